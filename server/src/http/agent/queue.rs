//! The queue page and "take the next".

use axum::body::Bytes;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, NaiveTime, Utc};
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::queue::{QueueCursor, QueueFilter, PAGE_SIZE};
use app::pages::agent::{QueueFilterForm, QueueLine, QueuePage, QueueView};

use super::{parse_agent_form, SignedIn};
use crate::db::audit::{self, AuditEntry};
use crate::db::cases::{self, EventRow, QueueQuery};
use crate::http::AppError;

/// The query string of the queue page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueParams {
    status: String,
    category: String,
    from: String,
    to: String,
    after: String,
    notice: String,
}

impl QueueParams {
    fn link(&self, after: Option<&str>) -> String {
        let pairs: Vec<(&str, &str)> = [
            ("status", self.status.as_str()),
            ("category", self.category.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
            ("after", after.unwrap_or("")),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect();
        let query = serde_html_form::to_string(&pairs).unwrap_or_default();
        if query.is_empty() {
            "/agent".to_string()
        } else {
            format!("/agent?{query}")
        }
    }
}

/// The unit whose queue the agent works; `None` for administrators, who
/// have no queue (they go to their own page).
fn unit_of(agent: &SignedIn) -> Option<String> {
    agent
        .agent
        .unit_code
        .clone()
        .filter(|_| agent.role.can_read_cases())
}

/// `GET /agent`: the unit's queue, by priority then age, filtered and paged.
pub async fn page(
    agent: SignedIn,
    Query(params): Query<QueueParams>,
) -> Result<Response, AppError> {
    let Some(unit) = unit_of(&agent) else {
        return Ok(Redirect::to("/agent/admin").into_response());
    };
    let (filter, errors) =
        QueueFilter::parse(&params.status, &params.category, &params.from, &params.to);
    let cursor = QueueCursor::parse(&params.after);
    let day_start = |d: chrono::NaiveDate| d.and_time(NaiveTime::MIN).and_utc();
    let query = QueueQuery {
        unit_code: unit.clone(),
        status: filter.status.map(|s| s.slug().to_string()),
        category: filter.category.clone(),
        from: filter.from.map(day_start),
        until: filter.to.map(|d| day_start(d) + Duration::days(1)),
        after: cursor
            .as_ref()
            .map(|c| (c.priority, c.created_at, c.submission_id)),
        limit: PAGE_SIZE as i64 + 1,
    };
    let mut rows = cases::queue_page(&agent.state.db, &query).await?;
    let more = rows.len() > PAGE_SIZE;
    rows.truncate(PAGE_SIZE);
    let next = more.then(|| {
        let last = rows.last().expect("a full page has a last row");
        let cursor = QueueCursor {
            priority: last.priority,
            created_at: last.created_at,
            submission_id: last.submission_id,
        };
        params.link(Some(&cursor.encode()))
    });
    let lines = rows
        .into_iter()
        .map(|r| QueueLine {
            submission_id: r.submission_id,
            reference: r.reference,
            category: r.category,
            status: r.status,
            priority: r.priority,
            arrived: r.created_at,
            owner: r.owner_name,
        })
        .collect::<Vec<_>>();
    let counts = cases::counts_by_status(&agent.state.db, &unit).await?;
    let notice = match params.notice.as_str() {
        "empty" => Some("agent-queue-nothing-to-claim"),
        _ => None,
    };
    let view_data = QueueView {
        counts,
        lines,
        filter: QueueFilterForm {
            status: params.status.clone(),
            category: params.category.clone(),
            from: params.from.clone(),
            to: params.to.clone(),
        },
        next,
        first: cursor.is_some().then(|| params.link(None)),
        notice,
        now: Utc::now(),
    };
    let badge = agent.badge();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(agent.render(
        status,
        move || view! { <QueuePage badge=badge view=view_data errors=errors/> },
    ))
}

/// `POST /agent/queue/next`: claims the most urgent new case of the unit.
pub async fn take_next(agent: SignedIn, body: Bytes) -> Result<Response, AppError> {
    #[derive(Deserialize, Default)]
    struct Empty {}
    let _: Empty = parse_agent_form(&agent, &body)?;
    let Some(unit) = unit_of(&agent) else {
        return Ok(Redirect::to("/agent/admin").into_response());
    };
    let now = Utc::now();
    let actor = agent.actor();
    let mut tx = agent.state.db.begin().await?;
    let Some(id) = cases::claim_next(&mut tx, &unit, agent.agent.id, now).await? else {
        return Ok(Redirect::to("/agent?notice=empty").into_response());
    };
    let event = EventRow {
        actor: actor.clone(),
        action: "claim".into(),
        from_status: "new".into(),
        to_status: "in-review".into(),
        detail: String::new(),
        created_at: now,
    };
    cases::add_event(&mut tx, &agent.state.keys, id, &event).await?;
    audit::append(
        &mut tx,
        &AuditEntry {
            actor: &actor,
            action: "case.claim",
            submission_id: Some(id),
            detail: "new -> in-review",
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/agent/cases/{id}")).into_response())
}
