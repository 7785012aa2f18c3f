-- Identity checks in progress with the OpenID Connect provider, and the
-- emailed links that reopen a saved draft.

-- One row per authorisation request sent to the identity provider, deleted
-- when the provider answers (or after ten minutes). Only hashes of the
-- `state` value and of the browser-binding cookie are kept.
CREATE TABLE identity_checks (
    state_hash      TEXT PRIMARY KEY,
    binding_hash    TEXT NOT NULL,
    draft_id        TEXT NOT NULL,
    nonce           TEXT NOT NULL,
    pkce_verifier   TEXT NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX identity_checks_by_expiry ON identity_checks (expires_at);

-- "Save and continue later": a single-use link, stored as the SHA-256 of
-- its token, that moves a draft to a new session.
CREATE TABLE resume_links (
    token_hash      TEXT PRIMARY KEY,
    draft_id        TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX resume_links_by_draft ON resume_links (draft_id);
CREATE INDEX resume_links_by_expiry ON resume_links (expires_at);
