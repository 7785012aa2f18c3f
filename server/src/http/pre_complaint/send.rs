//! Check your answers, send, and the confirmation.
//!
//! Sending writes the submission, its triage-queue entry and the
//! confirmation email (outbox row) in one transaction; the reference is
//! shown only after it commits. A second send of the same draft (double
//! click, Back and resubmit) creates nothing and shows the same reference.

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;

use app::domain::pre_complaint::signing_deadline;
use app::domain::reference::ReferenceKind;
use app::domain::unit::Unit;
use app::emails;
use app::pages::complaint::{ComplaintConfirmationPage, ComplaintReceipt};
use app::pages::pre_complaint::{ConfirmationPage, Receipt};

use super::{Flow, FLOW};

/// The queue category of an online complaint.
pub const COMPLAINT: &str = "complaint";
use crate::db::{submissions, units};
use crate::http::flow::{self, check, Outgoing};
use crate::http::session::Draft;
use crate::http::visitor::Visitor;
use crate::http::{AppError, AppState};

/// `GET /pre-complaint/check`.
pub async fn check_page(flow: Flow) -> Result<Response, AppError> {
    check::page(flow).await
}

/// `POST /pre-complaint/send`.
pub async fn send(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let unit = match check::declared(&flow, &body).await? {
        Ok(unit) => unit,
        Err(elsewhere) => return Ok(elsewhere),
    };
    submit(&flow, unit).await?;
    Ok(Redirect::to("/pre-complaint/confirmation").into_response())
}

/// Writes the submission, its queue entry and its email in one transaction.
async fn submit(flow: &Flow, unit: Unit) -> Result<(), AppError> {
    if flow.answers.is_complaint() {
        return submit_complaint(flow, unit).await;
    }
    let sign_by = signing_deadline(crate::db::now().date_naive());
    let outgoing = Outgoing {
        category: FLOW,
        kind: ReferenceKind::PreComplaint,
        unit_code: &unit.code.clone(),
        sign_by: Some(sign_by),
        priority: flow.answers.priority(),
        follow_up: false,
        anonymous: false,
    };
    let lang = flow.visitor.lang;
    let recipient = flow
        .answers
        .identity
        .as_ref()
        .map(|i| i.email.as_str().to_string());
    flow::submit(flow, outgoing, move |reference, now| {
        let receipt = Receipt {
            reference: reference.to_string(),
            sent_on: now.date_naive(),
            sign_by,
            unit,
        };
        recipient.map(|to| (to, emails::pre_complaint_received(lang, &receipt)))
    })
    .await?;
    Ok(())
}

/// Files an online complaint: identity verified, nothing to sign.
async fn submit_complaint(flow: &Flow, unit: Unit) -> Result<(), AppError> {
    let outgoing = Outgoing {
        category: COMPLAINT,
        kind: ReferenceKind::Complaint,
        unit_code: &unit.code.clone(),
        sign_by: None,
        priority: flow.answers.priority(),
        follow_up: false,
        anonymous: false,
    };
    let lang = flow.visitor.lang;
    let recipient = flow
        .answers
        .identity
        .as_ref()
        .map(|i| i.email.as_str().to_string());
    flow::submit(flow, outgoing, move |reference, now| {
        let receipt = ComplaintReceipt {
            reference: reference.to_string(),
            sent_on: now.date_naive(),
            unit,
        };
        recipient.map(|to| (to, emails::complaint_received(lang, &receipt)))
    })
    .await?;
    Ok(())
}

/// `GET /pre-complaint/confirmation`: the reference of the session's sent draft.
pub async fn confirmation(
    visitor: Visitor,
    draft: Draft,
    axum::extract::State(state): axum::extract::State<AppState>,
) -> Result<Response, AppError> {
    let Some(submission_id) = draft.row.submission_id else {
        return Ok(Redirect::to(super::CHECK).into_response());
    };
    let submission = submissions::find(&state.db, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let unit = units::find(&state.db, &submission.unit_code)
        .await?
        .ok_or(AppError::NotFound)?;
    let sent_on = submission.submitted_at.date_naive();
    if submission.category == COMPLAINT {
        let receipt = ComplaintReceipt {
            reference: submission.reference,
            sent_on,
            unit,
        };
        return Ok(visitor.page(StatusCode::OK, "", move || {
            view! { <ComplaintConfirmationPage receipt=receipt/> }
        }));
    }
    let receipt = Receipt {
        reference: submission.reference,
        sent_on,
        sign_by: submission
            .sign_by
            .unwrap_or_else(|| signing_deadline(sent_on)),
        unit,
    };
    Ok(visitor.page(
        StatusCode::OK,
        "",
        move || view! { <ConfirmationPage receipt=receipt/> },
    ))
}
