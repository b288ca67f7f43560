-- Parity between women and men an operator may ask of a run (off when NULL): the share of women with a proposal at
-- least this percentage of the share of men with one, by the voluntary monitoring data.
ALTER TABLE match_runs ADD COLUMN min_women_rate_percent INTEGER;
