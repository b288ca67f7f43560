-- What became of a proposal or a placement: recorded by the person's coach or the vacancy's chamber, one row per
-- event, the latest per pair being the current state. A person's erasure deletes their outcomes (counted by stage in
-- anonymous_statistics first); a deleted vacancy keeps its outcomes, with the occupation recorded beside them.
CREATE TABLE outcomes (
    id               INTEGER PRIMARY KEY,
    candidate_id     TEXT NOT NULL REFERENCES candidates (public_id) ON DELETE CASCADE,
    vacancy_id       TEXT NOT NULL,
    occupation       TEXT NOT NULL,
    stage            TEXT NOT NULL CHECK (stage IN ('contacted', 'interview', 'offer', 'started', 'retained', 'ended_early', 'declined')),
    decided_by       TEXT CHECK (decided_by IN ('person', 'employer', 'coach')),
    reason           TEXT CHECK (reason IN ('language', 'commute', 'fit', 'pay', 'hours', 'legal', 'childcare', 'other')),
    happened_on      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    organisation_id  INTEGER NOT NULL,
    key_id           INTEGER
);
CREATE INDEX outcomes_by_candidate ON outcomes (candidate_id);
CREATE INDEX outcomes_by_vacancy ON outcomes (vacancy_id);
