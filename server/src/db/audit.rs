//! The append-only audit log: who did what, when, to which case — never
//! the case's content — each entry chained to the previous one by a hash.
//! Appends go through the one-row `audit_head`, whose row lock (write lock
//! on SQLite) puts them in a single order across every server process.

use app::domain::audit::{entry_hash, AuditRecord};
use chrono::{DateTime, SecondsFormat, Utc};

use super::{Db, Tx};
use crate::{on_pool, on_tx};

/// One entry to append.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    /// `agent:<id>`, `citizen`, `system` or `cli`.
    pub actor: &'a str,
    /// What happened, e.g. `case.view`.
    pub action: &'a str,
    /// The case concerned.
    pub submission_id: Option<i64>,
    /// A short description without personal data, e.g. `new -> in-review`.
    pub detail: &'a str,
}

/// Appends an entry inside `tx`, so it commits with the change it records.
///
/// The chain's head row is locked from the first statement to the commit:
/// every audited change of the whole portal passes there one at a time, so
/// the entry is best appended last, and in as few round trips as possible
/// (two on PostgreSQL).
pub async fn append(tx: &mut Tx, entry: &AuditEntry<'_>, now: DateTime<Utc>) -> sqlx::Result<()> {
    let at = now.to_rfc3339_opts(SecondsFormat::Micros, true);
    // Locks the head: a write on SQLite (so that a second server process
    // waits here rather than failing later), a row lock on PostgreSQL.
    let head: (String,) = match tx {
        Tx::Sqlite(conn) => {
            sqlx::query_as(
                "UPDATE audit_head SET last_id = last_id WHERE id = 1 RETURNING last_hash",
            )
            .fetch_one(&mut **conn)
            .await?
        }
        Tx::Postgres(conn) => {
            sqlx::query_as("SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .fetch_one(&mut **conn)
                .await?
        }
    };
    let prev_hash = head.0;
    let hash = entry_hash(
        &prev_hash,
        &at,
        entry.actor,
        entry.action,
        entry.submission_id,
        entry.detail,
    );
    let insert =
        "INSERT INTO audit_log (at, actor, action, submission_id, detail, prev_hash, hash) \
                  VALUES ($1, $2, $3, $4, $5, $6, $7)";
    // PostgreSQL moves the head in the same statement; SQLite (which has no
    // writing WITH) in a second one, from the row it just inserted.
    let sql = match tx {
        Tx::Sqlite(_) => insert.to_string(),
        Tx::Postgres(_) => format!(
            "WITH entry AS ({insert} RETURNING id) UPDATE audit_head \
             SET last_id = entry.id, last_hash = $7 FROM entry WHERE audit_head.id = 1"
        ),
    };
    on_tx!(tx, conn => sqlx::query(&sql).bind(&at).bind(entry.actor).bind(entry.action)
        .bind(entry.submission_id).bind(entry.detail).bind(&prev_hash).bind(&hash)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    if let Tx::Sqlite(conn) = tx {
        sqlx::query(
            "UPDATE audit_head SET last_id = last_insert_rowid(), last_hash = $1 WHERE id = 1",
        )
        .bind(&hash)
        .execute(&mut **conn)
        .await?;
    }
    Ok(())
}

/// Appends an entry on its own (sign-ins, views).
pub async fn record(db: &Db, entry: &AuditEntry<'_>, now: DateTime<Utc>) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    append(&mut tx, entry, now).await?;
    tx.commit().await
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    at: String,
    actor: String,
    action: String,
    submission_id: Option<i64>,
    detail: String,
    prev_hash: String,
    hash: String,
}

impl From<Row> for AuditRecord {
    fn from(r: Row) -> Self {
        AuditRecord {
            id: r.id,
            at: r.at,
            actor: r.actor,
            action: r.action,
            submission_id: r.submission_id,
            detail: r.detail,
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

/// Every entry in id order, for verification.
pub async fn all(db: &Db) -> sqlx::Result<Vec<AuditRecord>> {
    let sql = "SELECT id, at, actor, action, submission_id, detail, prev_hash, hash FROM audit_log ORDER BY id";
    let rows: Vec<Row> = on_pool!(db, pool => sqlx::query_as(sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(AuditRecord::from).collect())
}

/// The id and hash the chain must end with.
pub async fn head(db: &Db) -> sqlx::Result<(i64, String)> {
    on_pool!(db, pool => sqlx::query_as("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetch_one(pool).await)
}

/// The entries about one case, newest first (for supervisors).
pub async fn for_case(db: &Db, submission_id: i64) -> sqlx::Result<Vec<AuditRecord>> {
    let sql =
        "SELECT id, at, actor, action, submission_id, detail, prev_hash, hash FROM audit_log \
               WHERE submission_id = $1 ORDER BY id DESC";
    let rows: Vec<Row> =
        on_pool!(db, pool => sqlx::query_as(sql).bind(submission_id).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(AuditRecord::from).collect())
}
