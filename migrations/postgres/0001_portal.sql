-- Units, drafts, submissions with their triage-queue entries, and the mail outbox.

CREATE TABLE units (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('police', 'gendarmerie')),
    address     TEXT NOT NULL,
    postcode    TEXT NOT NULL,
    town        TEXT NOT NULL,
    town_key    TEXT NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX units_by_postcode ON units (postcode text_pattern_ops);
CREATE INDEX units_by_town ON units (town_key text_pattern_ops);

-- A citizen's answers in progress. The id is the SHA-256 of the session
-- cookie, so the table alone does not let anyone resume a draft.
CREATE TABLE drafts (
    id              TEXT PRIMARY KEY,
    flow            TEXT NOT NULL,
    data            TEXT NOT NULL,
    csrf_token      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    submission_id   BIGINT
);
CREATE INDEX drafts_by_expiry ON drafts (expires_at);

CREATE TABLE submissions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    category        TEXT NOT NULL,
    draft_id        TEXT NOT NULL UNIQUE,
    lang            TEXT NOT NULL,
    unit_code       TEXT NOT NULL REFERENCES units (code),
    data            TEXT NOT NULL,
    submitted_at    TIMESTAMPTZ NOT NULL,
    sign_by         DATE
);

CREATE TABLE queue_entries (
    submission_id   BIGINT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    unit_code       TEXT NOT NULL REFERENCES units (code),
    category        TEXT NOT NULL,
    status          TEXT NOT NULL,
    priority        INTEGER NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX queue_by_unit ON queue_entries (unit_code, status, priority, created_at, submission_id);

CREATE TABLE outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id      TEXT NOT NULL UNIQUE,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    body_html       TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at);
