//! Keeping data only as long as its purpose needs: a pre-complaint not
//! signed within 30 days lapses; the worker closes it through the state
//! machine and deletes its content.

use app::domain::case::{transition, Actor, CaseAction, CaseState, CaseStatus};
use chrono::NaiveDate;

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
