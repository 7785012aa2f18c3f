//! The report as its reporter follows it: `GET /follow-up/report`, an
//! answer to the officer (`POST /follow-up/messages`), and "Stop here"
//! (`POST /follow-up/stop`, then `GET /follow-up/stopped`).

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::Deserialize;

use app::components::SessionEnd;
use app::domain::case::CaseStatus;
use app::domain::errors::FieldErrors;
use app::domain::form::required_long_text;
use app::pages::follow_up::{
    FollowUpMessage, FollowUpReport, FollowUpReportPage, FollowUpStoppedPage, FOLLOW_UP_REPORT,
    FOLLOW_UP_STOPPED,
};

use super::{end_session, parse_form, render, Reporter};
use crate::db::audit::{self, AuditEntry};
use crate::db::{cases, follow_up};
use crate::http::agent::case_zone;
use crate::http::visitor::Visitor;
use crate::http::AppError;

/// The report of the session, as its page shows it.
async fn report_of(reporter: &Reporter) -> Result<FollowUpReport, AppError> {
    let db = &reporter.state.db;
    let id = reporter.session.submission_id;
    let head = cases::find(db, id).await?.ok_or(AppError::NotFound)?;
    let status = CaseStatus::from_slug(&head.status)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("unknown status {}", head.status)))?;
    let zone = case_zone(db, &head.unit_code).await?;
    let local = |at: DateTime<Utc>| at.with_timezone(&zone);
    let messages = cases::messages(db, &reporter.state.keys, id)
        .await?
        .into_iter()
        .map(|m| FollowUpMessage {
            from_reporter: m.author == "citizen",
            when: local(m.created_at).format("%d/%m/%Y %H:%M").to_string(),
            text: m.body,
        })
        .collect();
    // The extractor has just moved the session's end this far.
    let end = crate::db::now() + chrono::Duration::minutes(super::IDLE_MINUTES);
    Ok(FollowUpReport {
        status,
        sent_on: local(head.submitted_at).format("%d/%m/%Y").to_string(),
        messages,
        session_end: SessionEnd {
            idle_minutes: super::IDLE_MINUTES,
            at: local(end).format("%H:%M %Z").to_string(),
        },
    })
}

async fn show(
    reporter: &Reporter,
    status: StatusCode,
    reply: String,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let report = report_of(reporter).await?;
    Ok(reporter.render(status, move || {
        view! { <FollowUpReportPage report=report reply=reply errors=errors/> }
    }))
}

/// `GET /follow-up/report`.
pub async fn page(reporter: Reporter) -> Result<Response, AppError> {
    show(&reporter, StatusCode::OK, String::new(), FieldErrors::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReplyForm {
    csrf: String,
    reply: String,
    /// `keep`: the reporter asked for more time, nothing is sent yet.
    intent: String,
}

/// `POST /follow-up/messages`: the reporter writes to the officer, or
/// asks to keep the session open (the session has been extended on the
/// way in; the page comes back with the answer as typed).
pub async fn reply(reporter: Reporter, body: Bytes) -> Result<Response, AppError> {
    let form: ReplyForm = parse_form(&body)?;
    reporter.check_csrf(&form.csrf)?;
    if form.intent == "keep" {
        return show(&reporter, StatusCode::OK, form.reply, FieldErrors::new()).await;
    }
    let id = reporter.session.submission_id;
    let db = &reporter.state.db;
    let head = cases::find(db, id).await?.ok_or(AppError::NotFound)?;
    if !CaseStatus::from_slug(&head.status).is_some_and(CaseStatus::is_open) {
        return Ok(Redirect::to(FOLLOW_UP_REPORT).into_response());
    }
    let mut errors = FieldErrors::new();
    let Some(text) = required_long_text(&mut errors, "reply", &form.reply) else {
        return show(
            &reporter,
            StatusCode::UNPROCESSABLE_ENTITY,
            form.reply,
            errors,
        )
        .await;
    };
    let now = crate::db::now();
    let mut tx = db.begin().await?;
    let entry = AuditEntry {
        actor: "citizen",
        action: "case.message",
        submission_id: Some(id),
        detail: "",
    };
    audit::append(&mut tx, &entry, now).await?;
    cases::add_message(&mut tx, &reporter.state.keys, id, None, &text, now).await?;
    tx.commit().await?;
    follow_up::touch_code(db, id, now).await?;
    tracing::info!("follow-up message from the reporter");
    Ok(Redirect::to(FOLLOW_UP_REPORT).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StopForm {
    csrf: String,
}

/// `POST /follow-up/stop`: ends the session and removes its cookie.
pub async fn stop(reporter: Reporter, jar: CookieJar, body: Bytes) -> Result<Response, AppError> {
    let form: StopForm = parse_form(&body)?;
    reporter.check_csrf(&form.csrf)?;
    let jar = end_session(&reporter.state, jar).await;
    Ok((jar, Redirect::to(FOLLOW_UP_STOPPED)).into_response())
}

/// `GET /follow-up/stopped`.
pub async fn stopped(visitor: Visitor) -> Response {
    render(
        &visitor,
        StatusCode::OK,
        "",
        || view! { <FollowUpStoppedPage/> },
    )
}
