-- A minimum share of a run's proposed training places (apprenticeship, EQ) for people under 25, by the voluntary
-- monitoring data (off when NULL).
ALTER TABLE match_runs ADD COLUMN min_young_training_share_percent INTEGER;
