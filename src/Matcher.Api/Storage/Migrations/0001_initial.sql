-- Organisations, their API keys, candidates and vacancies, and the audit log.
-- Times are ISO 8601 UTC text; candidates and vacancies are stored as JSON documents of the core records,
-- with the columns needed for scoping and lookups next to them.

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('chamber', 'coaching', 'operator')),
    created_at  TEXT NOT NULL
);

CREATE TABLE api_keys (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    role             TEXT NOT NULL CHECK (role IN ('chamber', 'coach', 'admin')),
    key_hash         TEXT NOT NULL UNIQUE,
    prefix           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    revoked_at       TEXT
);

CREATE TABLE candidates (
    id                INTEGER PRIMARY KEY,
    public_id         TEXT NOT NULL UNIQUE,
    organisation_id   INTEGER NOT NULL REFERENCES organisations (id),
    document          TEXT NOT NULL,
    consent_given_on  TEXT,
    consent_scope     TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX candidates_by_organisation ON candidates (organisation_id);

CREATE TABLE vacancies (
    id               INTEGER PRIMARY KEY,
    public_id        TEXT NOT NULL UNIQUE,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    external_id      TEXT NOT NULL,
    document         TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (organisation_id, external_id)
);

CREATE TABLE audit_log (
    id               INTEGER PRIMARY KEY,
    at               TEXT NOT NULL,
    organisation_id  INTEGER,
    key_id           INTEGER,
    action           TEXT NOT NULL,
    subject_type     TEXT NOT NULL,
    subject_id       TEXT,
    detail           TEXT
);
CREATE INDEX audit_log_by_time ON audit_log (at);

-- Instance settings; the pseudonym secret keys the candidate pseudonyms chambers see.
CREATE TABLE settings (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO settings (name, value) VALUES ('pseudonym-secret', lower(hex(randomblob(32))));
