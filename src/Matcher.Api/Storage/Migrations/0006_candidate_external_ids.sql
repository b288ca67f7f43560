-- A coaching organisation's own id for a person (e.g. from its case management), optional: a retried registration or
-- a repeated import finds the person instead of creating a second one.

ALTER TABLE candidates ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX candidates_by_external_id ON candidates (organisation_id, external_id) WHERE external_id IS NOT NULL;
