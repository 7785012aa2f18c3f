-- The anonymous follow-up of violence reports: the code's hash, wrong
-- attempts (to limit guessing), and the short sessions opened by a code.

-- One code per report. `locator` is the code's first group, in the clear,
-- so that a typed code is checked against the few hashes sharing it;
-- `code_hash` is an Argon2id PHC string with its own salt.
CREATE TABLE follow_up_codes (
    submission_id   INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    locator         TEXT NOT NULL,
    code_hash       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_used_at    TEXT NOT NULL
);
CREATE INDEX follow_up_codes_by_locator ON follow_up_codes (locator);
CREATE INDEX follow_up_codes_by_use ON follow_up_codes (last_used_at);

-- Wrong codes, by locator (per-code limit) and in all (global limit).
-- Nothing else about the attempt is kept.
CREATE TABLE follow_up_failures (
    id              INTEGER PRIMARY KEY,
    locator         TEXT NOT NULL,
    failed_at       TEXT NOT NULL
);
CREATE INDEX follow_up_failures_by_locator ON follow_up_failures (locator, failed_at);
CREATE INDEX follow_up_failures_by_time ON follow_up_failures (failed_at);

-- A browser session opened with a right code: the SHA-256 of its cookie.
CREATE TABLE follow_up_sessions (
    id              TEXT PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    csrf_token      TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);
CREATE INDEX follow_up_sessions_by_expiry ON follow_up_sessions (expires_at);

-- When a case was closed, for the deletion of anonymous reports.
ALTER TABLE queue_entries ADD COLUMN closed_at TEXT;

-- A report made without a name: deleted a set time after its closure.
ALTER TABLE submissions ADD COLUMN anonymous BOOLEAN NOT NULL DEFAULT FALSE;
