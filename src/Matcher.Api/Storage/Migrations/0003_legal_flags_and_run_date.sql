-- What an employer must act on, stored with each proposal so that the chamber's view shows it (permit of the
-- Ausländerbehörde, consent of the BA) without the residence title; and the date a run judged the law and pay floors for.

ALTER TABLE proposals ADD COLUMN permit_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE proposals ADD COLUMN ba_consent_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE match_runs ADD COLUMN as_of TEXT;
