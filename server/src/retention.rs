//! Keeping data only as long as its purpose needs: a pre-complaint not
//! signed within 30 days lapses (the worker closes it through the state
//! machine and deletes its content); an anonymous report is deleted a set
//! time after its closure; a follow-up code unused for a set time stops
//! opening its report.

use app::domain::case::{transition, Actor, CaseAction, CaseState, CaseStatus};
use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::db::audit::{self, AuditEntry};
use crate::db::cases::{self, EventRow};
use crate::db::Db;

/// Closes and erases every lapsed pre-complaint; returns how many.
pub async fn close_lapsed(db: &Db, today: NaiveDate) -> anyhow::Result<usize> {
    let mut closed = 0;
    for (id, status, owner) in cases::lapsed(db, today).await? {
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
        let event = EventRow {
            actor: "system".into(),
            action: "close".into(),
            from_status: from.status.slug().into(),
            to_status: to.status.slug().into(),
            detail: "lapsed: not signed within 30 days".into(),
            created_at: now,
        };
        cases::add_event(&mut tx, id, &event).await?;
        cases::erase_content(&mut tx, id).await?;
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
        tx.commit().await?;
        closed += 1;
    }
    Ok(closed)
}

/// How long what citizens leave without a name is kept.
#[derive(Debug, Clone, Copy)]
pub struct RetentionPolicy {
    /// Days after closure before an anonymous report is deleted.
    pub anonymous_after_closure_days: i64,
    /// Days without use before a follow-up code stops opening its report.
    pub follow_up_inactivity_days: i64,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        RetentionPolicy {
            anonymous_after_closure_days: 90,
            follow_up_inactivity_days: 180,
        }
    }
}

/// Deletes anonymous reports closed more than the policy's days ago (the
/// submission and, by cascade, its queue entry, history, messages, notes
/// and follow-up code); returns how many.
pub async fn delete_closed_anonymous(
    db: &Db,
    policy: &RetentionPolicy,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let before = now - Duration::days(policy.anonymous_after_closure_days);
    let mut deleted = 0;
    for (id, unit, status) in cases::closed_anonymous(db, before).await? {
        let mut tx = db.begin().await?;
        if cases::delete(&mut tx, id, &unit, &status).await? {
            audit::append(
                &mut tx,
                &AuditEntry {
                    actor: "system",
                    action: "case.delete",
                    submission_id: Some(id),
                    detail: "anonymous report, closed beyond the retention period",
                },
                now,
            )
            .await?;
            deleted += 1;
        }
        tx.commit().await?;
    }
    Ok(deleted)
}

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
