-- Personal data of candidates next to their profile (deleted with the row), accepted proposals that the next run keeps,
-- match runs with their proposals, and anonymous statistics that survive a deletion.

ALTER TABLE candidates ADD COLUMN display_name TEXT;
ALTER TABLE candidates ADD COLUMN contact TEXT;

-- A proposal a coach has accepted, or a job or training the candidate has started: pinned in the next runs.
-- Deleting the candidate or the vacancy deletes it.
CREATE TABLE commitments (
    candidate_id  TEXT PRIMARY KEY REFERENCES candidates (public_id) ON DELETE CASCADE,
    vacancy_id    TEXT NOT NULL REFERENCES vacancies (public_id) ON DELETE CASCADE,
    state         TEXT NOT NULL CHECK (state IN ('accepted', 'started')),
    since         TEXT NOT NULL,
    key_id        INTEGER
);
CREATE INDEX commitments_by_vacancy ON commitments (vacancy_id);

CREATE TABLE match_runs (
    id            INTEGER PRIMARY KEY,
    status        TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'abandoned')),
    trigger       TEXT NOT NULL CHECK (trigger IN ('api', 'schedule', 'cli')),
    started_at    TEXT NOT NULL,
    heartbeat_at  TEXT NOT NULL,
    finished_at   TEXT,
    candidates    INTEGER,
    vacancies     INTEGER,
    pairs_scored  INTEGER,
    proposals     INTEGER,
    objective     INTEGER,
    dropped_pins  INTEGER,
    message       TEXT,
    timings       TEXT
);
-- At most one run at a time, across processes (the service and the rematch command).
CREATE UNIQUE INDEX match_runs_one_running ON match_runs (status) WHERE status = 'running';

-- Written with the run's completion in one transaction: a run killed before it has none.
CREATE TABLE proposals (
    run_id                   INTEGER NOT NULL REFERENCES match_runs (id) ON DELETE CASCADE,
    candidate_id             TEXT NOT NULL,
    vacancy_id               TEXT NOT NULL,
    candidate_organisation   INTEGER NOT NULL,
    vacancy_organisation     INTEGER NOT NULL,
    score                    REAL NOT NULL,
    pinned                   INTEGER NOT NULL,
    verdict                  TEXT NOT NULL,
    permitted_from           TEXT,
    explanation              TEXT NOT NULL,
    explanation_for_chamber  TEXT NOT NULL,
    PRIMARY KEY (run_id, candidate_id)
);
CREATE INDEX proposals_by_candidate ON proposals (candidate_id);
CREATE INDEX proposals_by_vacancy ON proposals (run_id, vacancy_id);

-- Counts without any person in them (e.g. candidates deleted per organisation and month, and how many of them had started work).
CREATE TABLE anonymous_statistics (
    organisation_id  INTEGER NOT NULL,
    month            TEXT NOT NULL,
    metric           TEXT NOT NULL,
    count            INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, month, metric)
);
