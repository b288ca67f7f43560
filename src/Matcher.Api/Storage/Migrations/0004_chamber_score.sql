-- The score a chamber sees of a proposal: without the commute, which would let a chamber with vacancies at several places
-- read off where a person lives (see EmployerScore). Proposals of earlier runs show 0 to chambers until the next run.

ALTER TABLE proposals ADD COLUMN score_for_chamber REAL NOT NULL DEFAULT 0;
