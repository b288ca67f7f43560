-- Voluntary monitoring data for the disparity report, kept apart from the matched profile: the matcher never reads it,
-- chambers never see it, and it goes with the person on erasure. Each field may be NULL (not given).
CREATE TABLE candidate_monitoring (
    candidate_id   TEXT PRIMARY KEY REFERENCES candidates (public_id) ON DELETE CASCADE,
    gender         TEXT CHECK (gender IN ('female', 'male', 'diverse')),
    birth_year     INTEGER,
    origin_region  TEXT
);
