//! Statistics for supervisors, and their CSV export (figures only, never
//! personal data). Every export is audited.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{Duration, Utc};
use leptos::prelude::*;

use app::domain::statistics::{counts, to_csv, weekly, CaseTiming, Counts, WeekFigures};
use app::pages::agent::StatisticsPage;

use super::SignedIn;
use crate::db::audit::{self, AuditEntry};
use crate::db::cases;
use crate::http::AppError;

/// Weeks the figures cover.
const WEEKS: i64 = 12;

async fn figures(agent: &SignedIn) -> Result<(Vec<WeekFigures>, Counts), AppError> {
    if !agent.role.can_see_statistics() {
        return Err(AppError::NotFound);
    }
    let unit = agent.agent.unit_code.clone().ok_or(AppError::NotFound)?;
    let since = Utc::now() - Duration::weeks(WEEKS);
    let timings: Vec<CaseTiming> = cases::timings(&agent.state.db, &unit, since)
        .await?
        .into_iter()
        .map(|t| CaseTiming {
            category: t.category,
            status: t.status,
            submitted_at: t.created_at,
            first_claimed_at: t.first_claimed_at,
        })
        .collect();
    Ok((weekly(&timings), counts(&timings)))
}

/// `GET /agent/statistics`.
pub async fn page(agent: SignedIn) -> Result<Response, AppError> {
    let (weeks, counts) = figures(&agent).await?;
    let badge = agent.badge();
    Ok(agent.render(
        StatusCode::OK,
        move || view! { <StatisticsPage badge=badge weeks=weeks counts=counts/> },
    ))
}

/// `GET /agent/statistics.csv`.
pub async fn csv(agent: SignedIn) -> Result<Response, AppError> {
    let (weeks, counts) = figures(&agent).await?;
    let actor = agent.actor();
    audit::record(
        &agent.state.db,
        &AuditEntry {
            actor: &actor,
            action: "statistics.export",
            submission_id: None,
            detail: "csv",
        },
        Utc::now(),
    )
    .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"statistics.csv\"",
            ),
        ],
        to_csv(&weeks, &counts),
    )
        .into_response())
}
