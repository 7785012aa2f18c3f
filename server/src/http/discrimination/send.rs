//! Check your answers, send, and the confirmation.
//!
//! Sending writes the submission, its triage-queue entry (category
//! `discrimination`, reference `DI-…`) and the confirmation email in one
//! transaction; the reference is shown only after it commits. A second
//! send of the same draft creates nothing and shows the same reference.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;

use app::domain::reference::ReferenceKind;
use app::domain::unit::Unit;
use app::emails;
use app::pages::discrimination::{ConfirmationPage, DiscriminationReceipt, CHECK, CONFIRMATION};

use super::{Flow, FLOW};
use crate::db::{submissions, units};
use crate::http::flow::{self, check, Outgoing};
use crate::http::session::Draft;
use crate::http::visitor::Visitor;
use crate::http::{AppError, AppState};

/// `GET /discrimination/check`.
pub async fn check_page(flow: Flow) -> Result<Response, AppError> {
    check::page(flow).await
}

/// `POST /discrimination/send`.
pub async fn send(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let unit = match check::declared(&flow, &body).await? {
        Ok(unit) => unit,
        Err(elsewhere) => return Ok(elsewhere),
    };
    submit(&flow, unit).await?;
    Ok(Redirect::to(CONFIRMATION).into_response())
}

/// Writes the submission, its queue entry and its email in one transaction.
async fn submit(flow: &Flow, unit: Unit) -> Result<(), AppError> {
    let unit_code = unit.code.clone();
    let outgoing = Outgoing {
        category: FLOW,
        kind: ReferenceKind::Discrimination,
        unit_code: &unit_code,
        sign_by: None,
        priority: flow.answers.priority(),
        follow_up: false,
        anonymous: false,
    };
    let lang = flow.visitor.lang;
    let recipient = flow.answers.email().map(str::to_string);
    flow::submit(flow, outgoing, move |reference, now| {
        let receipt = DiscriminationReceipt {
            reference: reference.to_string(),
            sent_on: now.date_naive(),
            unit,
        };
        recipient.map(|to| (to, emails::discrimination_received(lang, &receipt)))
    })
    .await?;
    Ok(())
}

/// `GET /discrimination/confirmation`: the reference of the session's sent
/// report.
pub async fn confirmation(
    visitor: Visitor,
    draft: Draft,
    State(state): State<AppState>,
) -> Result<Response, AppError> {
    let Some(submission_id) = draft.row.submission_id else {
        return Ok(Redirect::to(CHECK).into_response());
    };
    let submission = submissions::find(&state.db, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if submission.category != FLOW {
        return Err(AppError::NotFound);
    }
    let unit = units::find(&state.db, &submission.unit_code)
        .await?
        .ok_or(AppError::NotFound)?;
    let receipt = DiscriminationReceipt {
        reference: submission.reference,
        sent_on: submission.submitted_at.date_naive(),
        unit,
    };
    Ok(visitor.page(
        StatusCode::OK,
        "",
        move || view! { <ConfirmationPage receipt=receipt/> },
    ))
}
