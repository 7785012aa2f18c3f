-- Agents and their sessions, claiming, case history, notes, messages,
-- appointment slots, and the hash-chained audit log.

CREATE TABLE agents (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
    unit_code       TEXT REFERENCES units (code),
    password_hash   TEXT NOT NULL,
    totp_secret     TEXT,
    totp_confirmed  BOOLEAN NOT NULL DEFAULT FALSE,
    totp_last_step  INTEGER NOT NULL DEFAULT 0,
    disabled        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TEXT NOT NULL
);

CREATE TABLE agent_sessions (
    id              TEXT PRIMARY KEY,
    agent_id        INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    stage           TEXT NOT NULL CHECK (stage IN ('second-factor', 'enrolment', 'signed-in')),
    csrf_token      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_seen_at    TEXT NOT NULL
);
CREATE INDEX agent_sessions_by_agent ON agent_sessions (agent_id);

-- Failed sign-ins, keyed by a hash of the email typed (existing or not).
CREATE TABLE sign_in_failures (
    id              INTEGER PRIMARY KEY,
    account_key     TEXT NOT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_account ON sign_in_failures (account_key, at);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (at);

ALTER TABLE queue_entries ADD COLUMN owner_id INTEGER REFERENCES agents (id);
ALTER TABLE queue_entries ADD COLUMN claimed_at TEXT;
ALTER TABLE queue_entries ADD COLUMN first_claimed_at TEXT;
CREATE INDEX queue_by_unit_order ON queue_entries (unit_code, priority, created_at, submission_id);

CREATE TABLE case_events (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    from_status     TEXT NOT NULL,
    to_status       TEXT NOT NULL,
    detail          TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX case_events_by_case ON case_events (submission_id, id);

CREATE TABLE case_notes (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    agent_id        INTEGER NOT NULL REFERENCES agents (id),
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX case_notes_by_case ON case_notes (submission_id, id);

CREATE TABLE case_messages (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    author          TEXT NOT NULL CHECK (author IN ('agent', 'citizen')),
    agent_id        INTEGER REFERENCES agents (id),
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX case_messages_by_case ON case_messages (submission_id, id);

CREATE TABLE appointment_slots (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    starts_at       TEXT NOT NULL,
    chosen          BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TEXT NOT NULL
);
CREATE INDEX appointment_slots_by_case ON appointment_slots (submission_id);

-- The link a citizen follows to pick a slot; only its hash is stored.
CREATE TABLE appointment_links (
    token_hash      TEXT PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    expires_at      TEXT NOT NULL,
    used_at         TEXT
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    submission_id   INTEGER,
    detail          TEXT NOT NULL,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
);

-- The latest hash of the chain, kept apart so that deleting the last
-- entries is detected too; its row lock serialises appends.
CREATE TABLE audit_head (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    last_id         INTEGER NOT NULL,
    last_hash       TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
