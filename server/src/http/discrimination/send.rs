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
use serde::Deserialize;

use app::domain::discrimination::Step;
use app::domain::errors::FieldErrors;
use app::domain::questionnaire::Questionnaire;
use app::domain::reference::ReferenceKind;
use app::domain::unit::Unit;
use app::emails;
use app::pages::discrimination::{
    step_href, CheckPage, ConfirmationPage, DiscriminationReceipt, CHECK, CONFIRMATION,
};

use super::{Flow, FLOW};
use crate::db::{submissions, units};
use crate::http::flow::{self, Outgoing};
use crate::http::session::{parse_form, Draft};
use crate::http::visitor::Visitor;
use crate::http::{AppError, AppState};

/// Where to go when the draft lacks an answer.
fn incomplete(flow: &Flow) -> Option<Response> {
    flow.answers
        .first_missing_step()
        .map(|missing| Redirect::to(&step_href(missing)).into_response())
}

async fn chosen_unit(flow: &Flow) -> Result<Option<Unit>, AppError> {
    match &flow.answers.unit {
        Some(code) => Ok(units::find(&flow.state().db, code).await?),
        None => Ok(None),
    }
}

/// `GET /discrimination/check`.
pub async fn check_page(mut flow: Flow) -> Result<Response, AppError> {
    if let Some(redirect) = incomplete(&flow) {
        return Ok(redirect);
    }
    let Some(unit) = chosen_unit(&flow).await? else {
        return Ok(Redirect::to(&step_href(Step::Unit)).into_response());
    };
    if !flow.answers.checked {
        flow.answers.checked = true;
        flow.save().await?;
    }
    let answers = flow.answers.clone();
    Ok(flow.render(
        StatusCode::OK,
        move || view! { <CheckPage draft=answers unit=Some(unit) errors=FieldErrors::new()/> },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeclarationForm {
    declaration: Vec<String>,
}

/// `POST /discrimination/send`.
pub async fn send(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<DeclarationForm>(&flow.draft, &body)?;
    if let Some(redirect) = incomplete(&flow) {
        return Ok(redirect);
    }
    let Some(unit) = chosen_unit(&flow).await? else {
        return Ok(Redirect::to(&step_href(Step::Unit)).into_response());
    };
    if posted.form.declaration != ["yes"] {
        let mut errors = FieldErrors::new();
        errors.add("declaration", "error-declaration");
        let answers = flow.answers.clone();
        return Ok(flow
            .invalid(move || view! { <CheckPage draft=answers unit=Some(unit) errors=errors/> }));
    }
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
