//! Submissions and their triage-queue entries.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Db, Tx};
use crate::{on_pool, on_tx};

/// What is stored when a citizen sends a submission.
#[derive(Debug, Clone)]
pub struct NewSubmission<'a> {
    /// The reference shown to the citizen.
    pub reference: &'a str,
    /// e.g. `pre-complaint`.
    pub category: &'a str,
    /// The draft it was made from (one submission per draft).
    pub draft_id: &'a str,
    /// The citizen's language, for later messages.
    pub lang: &'a str,
    /// The unit it goes to.
    pub unit_code: &'a str,
    /// The answers, JSON.
    pub data: &'a str,
    /// When it was sent.
    pub submitted_at: DateTime<Utc>,
    /// Last day to sign, for pre-complaints.
    pub sign_by: Option<NaiveDate>,
    /// Triage priority, 0 first.
    pub priority: i32,
    /// Made without a name (deleted a set time after closure).
    pub anonymous: bool,
}

/// Inserts the submission and its queue entry (status `new`) in `tx`.
/// Returns `None` when the reference is already taken (the caller draws
/// another one) or the draft already made a submission
/// ([`sent_from_draft`] tells which); the transaction stays usable. Of two
/// sends of one draft at once, the second waits here for the first to end.
pub async fn insert(tx: &mut Tx, new: &NewSubmission<'_>) -> sqlx::Result<Option<i64>> {
    let sql = "INSERT INTO submissions (reference, category, draft_id, lang, unit_code, data, submitted_at, sign_by, anonymous) \
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id";
    let id: Option<(i64,)> = on_tx!(tx, conn => sqlx::query_as(sql)
        .bind(new.reference).bind(new.category).bind(new.draft_id).bind(new.lang).bind(new.unit_code)
        .bind(new.data).bind(new.submitted_at).bind(new.sign_by).bind(new.anonymous)
        .fetch_optional(conn).await)?;
    let Some((id,)) = id else { return Ok(None) };
    let sql = "INSERT INTO queue_entries (submission_id, unit_code, category, status, priority, created_at, updated_at) \
               VALUES ($1, $2, $3, 'new', $4, $5, $5)";
    on_tx!(tx, conn => sqlx::query(sql).bind(id).bind(new.unit_code).bind(new.category).bind(new.priority)
        .bind(new.submitted_at).execute(conn).await.map(|r| r.rows_affected()))?;
    super::cases::adjust_counts(tx, new.unit_code, id, &[("new", 1)]).await?;
    Ok(Some(id))
}

/// Whether the draft `draft_id` has made a submission, inside `tx`.
pub async fn sent_from_draft(tx: &mut Tx, draft_id: &str) -> sqlx::Result<bool> {
    let sql = "SELECT COUNT(*) FROM submissions WHERE draft_id = $1";
    let (n,): (i64,) =
        on_tx!(tx, conn => sqlx::query_as(sql).bind(draft_id).fetch_one(conn).await)?;
    Ok(n > 0)
}

/// A submission as the confirmation page needs it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SubmissionSummary {
    /// Row id.
    pub id: i64,
    /// Reference.
    pub reference: String,
    /// Category.
    pub category: String,
    /// Unit code.
    pub unit_code: String,
    /// When it was sent.
    pub submitted_at: DateTime<Utc>,
    /// Last day to sign.
    pub sign_by: Option<NaiveDate>,
}

/// The submission with this id.
pub async fn find(db: &Db, id: i64) -> sqlx::Result<Option<SubmissionSummary>> {
    let sql = "SELECT id, reference, category, unit_code, submitted_at, sign_by FROM submissions WHERE id = $1";
    on_pool!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await)
}

/// The submission with this reference.
pub async fn find_by_reference(
    db: &Db,
    reference: &str,
) -> sqlx::Result<Option<SubmissionSummary>> {
    let sql = "SELECT id, reference, category, unit_code, submitted_at, sign_by FROM submissions WHERE reference = $1";
    on_pool!(db, pool => sqlx::query_as(sql).bind(reference).fetch_optional(pool).await)
}

/// A triage-queue entry.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct QueueEntry {
    /// The submission.
    pub submission_id: i64,
    /// The unit whose queue it is in.
    pub unit_code: String,
    /// Category.
    pub category: String,
    /// Status, `new` when it arrives.
    pub status: String,
    /// Priority, 0 first.
    pub priority: i32,
}

/// The queue entry of a submission.
pub async fn queue_entry(db: &Db, submission_id: i64) -> sqlx::Result<Option<QueueEntry>> {
    let sql = "SELECT submission_id, unit_code, category, status, priority FROM queue_entries WHERE submission_id = $1";
    on_pool!(db, pool => sqlx::query_as(sql).bind(submission_id).fetch_optional(pool).await)
}

/// How many submissions there are (for tests and health figures).
pub async fn count(db: &Db) -> sqlx::Result<i64> {
    let row: (i64,) = on_pool!(db, pool => sqlx::query_as("SELECT COUNT(*) FROM submissions").fetch_one(pool).await)?;
    Ok(row.0)
}
