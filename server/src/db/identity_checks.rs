//! Identity checks in progress with the OpenID Connect provider: what the
//! portal must remember between sending the citizen to the provider and
//! the provider sending them back (the nonce, the PKCE verifier, the draft
//! being verified). A check is taken once: reading it deletes it.

use chrono::{DateTime, Duration, Utc};

use super::Db;
use crate::on_writer;

/// How long the citizen has to sign in at the provider.
pub const CHECK_LIFETIME_MINUTES: i64 = 10;

/// A pending check.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IdentityCheck {
    /// SHA-256 of the browser-binding cookie, hex.
    pub binding_hash: String,
    /// The draft that the verified identity goes into.
    pub draft_id: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// The PKCE code verifier.
    pub pkce_verifier: String,
}

/// Records a check sent to the provider under the SHA-256 of its `state`.
pub async fn create(
    db: &Db,
    state_hash: &str,
    check: &IdentityCheck,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql = "INSERT INTO identity_checks (state_hash, binding_hash, draft_id, nonce, pkce_verifier, expires_at) \
               VALUES ($1, $2, $3, $4, $5, $6)";
    let expires = now + Duration::minutes(CHECK_LIFETIME_MINUTES);
    on_writer!(db, pool => sqlx::query(sql).bind(state_hash).bind(&check.binding_hash).bind(&check.draft_id)
        .bind(&check.nonce).bind(&check.pkce_verifier).bind(expires)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Takes the live check with this state hash: returns it and deletes it,
/// so a replayed answer from the provider finds nothing.
pub async fn take(
    db: &Db,
    state_hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<IdentityCheck>> {
    let sql = "DELETE FROM identity_checks WHERE state_hash = $1 AND expires_at > $2 \
               RETURNING binding_hash, draft_id, nonce, pkce_verifier";
    on_writer!(db, pool => sqlx::query_as(sql).bind(state_hash).bind(now).fetch_optional(pool).await)
}

/// Deletes checks the citizen never came back from; returns how many.
pub async fn purge_expired(db: &Db, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let sql = "DELETE FROM identity_checks WHERE expires_at <= $1";
    on_writer!(db, pool => sqlx::query(sql).bind(now).execute(pool).await.map(|r| r.rows_affected()))
}
