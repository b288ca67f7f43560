-- Side constraints an operator may set for a run (off when NULL): new hires per employer across its vacancies, and how
-- many of the previous run's proposals may change. side_constraints holds what they did (JSON: proof, gap, cost of each).
ALTER TABLE match_runs ADD COLUMN max_new_hires_per_employer INTEGER;
ALTER TABLE match_runs ADD COLUMN max_changes INTEGER;
ALTER TABLE match_runs ADD COLUMN side_constraints TEXT;
