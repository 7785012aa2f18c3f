//! Keeping data only as long as its purpose needs. A pre-complaint not
//! signed within 30 days lapses: the worker closes it through the state
//! machine and deletes it. An online complaint and a discrimination report
//! are deleted a set time after their submission, any closed case a set
//! time after its closure, an anonymous report sooner; a follow-up code
//! unused for a set time stops opening its report.
//!
//! Deleting a case deletes everything that belongs to it (queue entry,
//! history, notes, messages, slots and links, follow-up code and sessions,
//! its sent draft, its mail still queued) and keeps the queue counts right;
//! the audit log records the deletion by the case's number, without its
//! reference or content. On SQLite, `secure_delete` overwrites the deleted
//! rows and a checkpoint after each batch empties the WAL of the old pages.

use app::domain::case::{transition, Actor, CaseAction, CaseState, CaseStatus};
use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::db::audit::{self, AuditEntry};
use crate::db::cases::{self, Expired};
use crate::db::Db;

/// Closes and deletes every lapsed pre-complaint; returns how many.
pub async fn close_lapsed(db: &Db, today: NaiveDate) -> anyhow::Result<usize> {
    let mut closed = 0;
    for (id, status, owner, unit) in cases::lapsed(db, today).await? {
        let Some(status) = CaseStatus::from_slug(&status) else {
            continue;
        };
        let from = CaseState { status, owner };
        let Ok(to) = transition(&from, &CaseAction::Close, &Actor::System, today, None) else {
            continue;
        };
        let now = crate::db::now();
        let mut tx = db.begin().await?;
        if !cases::set_state(
            &mut tx,
            id,
            (from.status.slug(), from.owner),
            (to.status.slug(), to.owner),
            false,
            now,
        )
        .await?
        {
            continue;
        }
        let summary = format!("{} -> {}", from.status.slug(), to.status.slug());
        audit::append(
            &mut tx,
            &AuditEntry {
                actor: "system",
                action: "case.lapse",
                submission_id: Some(id),
                detail: &summary,
            },
            now,
        )
        .await?;
        let expired = Expired {
            id,
            unit_code: unit,
            status: to.status.slug().into(),
            category: "pre-complaint".into(),
        };
        delete_in(&mut tx, &expired, "lapsed", now).await?;
        tx.commit().await?;
        closed += 1;
    }
    if closed > 0 {
        db.checkpoint().await?;
    }
    Ok(closed)
}

/// How long cases are kept; each period a number of days read from the
/// environment (see the README).
#[derive(Debug, Clone, Copy)]
pub struct RetentionPolicy {
    /// Days after closure before an anonymous report is deleted.
    pub anonymous_after_closure_days: i64,
    /// Days without use before a follow-up code stops opening its report.
    pub follow_up_inactivity_days: i64,
    /// Days after submission before an online complaint is deleted.
    pub complaint_days: i64,
    /// Days after submission before a discrimination report is deleted.
    pub discrimination_days: i64,
    /// Days after closure before any case is deleted.
    pub closed_days: i64,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        RetentionPolicy {
            anonymous_after_closure_days: 90,
            follow_up_inactivity_days: 180,
            complaint_days: 183,
            discrimination_days: 365,
            closed_days: 365,
        }
    }
}

/// Deletes one case in `tx` and records it in the audit log.
async fn delete_in(
    tx: &mut crate::db::Tx,
    case: &Expired,
    reason: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    if !cases::delete(tx, case.id, &case.unit_code, &case.status).await? {
        return Ok(false);
    }
    let detail = format!("{}, {reason}", case.category);
    audit::append(
        tx,
        &AuditEntry {
            actor: "system",
            action: "case.delete",
            submission_id: Some(case.id),
            detail: &detail,
        },
        now,
    )
    .await?;
    Ok(true)
}

/// Deletes each case of `batch`, one transaction each; returns how many.
async fn delete_all(
    db: &Db,
    batch: Vec<Expired>,
    reason: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let mut deleted = 0;
    for case in batch {
        let mut tx = db.begin().await?;
        if delete_in(&mut tx, &case, reason, now).await? {
            deleted += 1;
        }
        tx.commit().await?;
    }
    if deleted > 0 {
        db.checkpoint().await?;
    }
    Ok(deleted)
}

/// Deletes anonymous reports closed more than the policy's days ago;
/// returns how many.
pub async fn delete_closed_anonymous(
    db: &Db,
    policy: &RetentionPolicy,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let before = now - Duration::days(policy.anonymous_after_closure_days);
    let batch = cases::closed_anonymous(db, before).await?;
    delete_all(
        db,
        batch,
        "anonymous, closed beyond the retention period",
        now,
    )
    .await
}

/// Deletes the online complaints and discrimination reports submitted,
/// and the cases closed, longer ago than the policy's periods; returns
/// how many.
pub async fn delete_past_retention(
    db: &Db,
    policy: &RetentionPolicy,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let limits = cases::RetentionLimits {
        complaint_submitted_before: now - Duration::days(policy.complaint_days),
        discrimination_submitted_before: now - Duration::days(policy.discrimination_days),
        closed_before: now - Duration::days(policy.closed_days),
    };
    let mut deleted = 0;
    loop {
        let batch = cases::past_retention(db, &limits, BATCH).await?;
        let full = batch.len() == BATCH as usize;
        let done = delete_all(db, batch, "beyond the retention period", now).await?;
        deleted += done;
        // A batch of cases that all changed meanwhile is left for next time.
        if !full || done == 0 {
            return Ok(deleted);
        }
    }
}

/// Cases deleted per batch (one WAL checkpoint each).
const BATCH: i64 = 500;

/// Ends the follow-up access of codes unused for the policy's days (their
/// hash is deleted); returns how many.
pub async fn expire_follow_up_codes(
    db: &Db,
    policy: &RetentionPolicy,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let before = now - Duration::days(policy.follow_up_inactivity_days);
    Ok(cases::forget_unused_codes(db, before).await?)
}
