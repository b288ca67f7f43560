-- People who log in to the web application: each belongs to an organisation and has its role (chamber, coach,
-- operator). Passwords are stored only as ASP.NET Core Identity's PasswordHasher hashes (PBKDF2). After repeated
-- failures an account is locked for a while. The audit log names the user where one acted.

CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    login            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name     TEXT NOT NULL,
    password_hash    TEXT NOT NULL,
    failed_logins    INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    created_at       TEXT NOT NULL,
    disabled_at      TEXT
);
CREATE INDEX users_by_organisation ON users (organisation_id);

ALTER TABLE audit_log ADD COLUMN user_id INTEGER;
