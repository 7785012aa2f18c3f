//! Check your answers, send, and the page a sent report shows afterwards.
//!
//! Sending writes the submission (category `violence`, reference `VS-…`),
//! its queue entry, the hash of its follow-up code and, only when the
//! reporter gave their identity and asked to be contacted by email, a
//! neutral acknowledgement (no code, no detail) in one transaction. The
//! answer to that POST is the confirmation, with the code shown once: the
//! code is never put in a URL, a redirect or a log. A second send of the
//! same draft creates nothing and goes to the page without the code.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;

use app::components::QuickExit;
use app::domain::questionnaire::Questionnaire;
use app::domain::reference::ReferenceKind;
use app::domain::unit::Unit;
use app::domain::violence::NATIONAL_UNIT;
use app::emails;
use app::pages::violence::{
    step_href, CheckPage, ConfirmationPage, SentPage, ViolenceReceipt, CHECK, SENT,
};

use super::{Flow, FLOW};
use crate::db::{submissions, units};
use crate::http::flow::{self, Outgoing};
use crate::http::session::{parse_form, Draft};
use crate::http::visitor::Visitor;
use crate::http::{AppError, AppState};

/// Where to go when the draft lacks a required answer.
fn incomplete(flow: &Flow) -> Option<Response> {
    flow.answers
        .first_missing_step()
        .map(|missing| Redirect::to(&step_href(missing)).into_response())
}

/// The unit that receives the report: the first active unit of the
/// département given, else the gendarmerie's digital brigade.
async fn receiving_unit(flow: &Flow) -> Result<Unit, AppError> {
    let db = &flow.state().db;
    if let Some(search) = flow.answers.unit_search() {
        if let Some(unit) = units::search(db, &search, 1).await?.into_iter().next() {
            return Ok(unit);
        }
    }
    units::find(db, NATIONAL_UNIT)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the national unit is not active")))
}

/// `GET /report/check`.
pub async fn check_page(mut flow: Flow) -> Result<Response, AppError> {
    if let Some(redirect) = incomplete(&flow) {
        return Ok(redirect);
    }
    if !flow.answers.checked {
        flow.answers.checked = true;
        flow.save().await?;
    }
    let answers = flow.answers.clone();
    Ok(flow.render(StatusCode::OK, move || view! { <CheckPage draft=answers/> }))
}

/// The send form carries nothing but its CSRF token.
#[derive(serde::Deserialize, Default)]
pub struct SendForm {}

/// `POST /report/send`: sends, and answers with the confirmation that
/// shows the code once (200, not a redirect).
pub async fn send(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    parse_form::<SendForm>(&flow.draft, &body)?;
    if let Some(redirect) = incomplete(&flow) {
        return Ok(redirect);
    }
    let unit = receiving_unit(&flow).await?;
    let outgoing = Outgoing {
        category: FLOW,
        kind: ReferenceKind::Violence,
        unit_code: &unit.code,
        sign_by: None,
        priority: flow.answers.priority(),
        follow_up: true,
        anonymous: flow.answers.is_anonymous(),
    };
    let lang = flow.visitor.lang;
    let recipient = flow.answers.email_for_messages().map(str::to_string);
    let mut sent = None;
    let code = flow::submit(&flow, outgoing, |reference, now| {
        sent = Some((reference.to_string(), now.date_naive()));
        recipient.map(|to| (to, emails::violence_received(lang)))
    })
    .await?;
    let (Some(code), Some((reference, sent_on))) = (code, sent) else {
        // Sent already (a double click): the page without the code.
        return Ok(Redirect::to(SENT).into_response());
    };
    let answers = &flow.answers;
    let receipt = ViolenceReceipt {
        reference,
        sent_on,
        in_danger: answers.in_danger(),
        minor: answers.concerns_a_minor(),
        support: answers.support.clone(),
        identified: !answers.is_anonymous(),
    };
    let code = code.grouped();
    Ok(flow.render(
        StatusCode::OK,
        move || view! { <ConfirmationPage receipt=receipt code=code/> },
    ))
}

/// `GET /report/sent`: the session's sent report, without the code.
pub async fn sent_page(
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
    let (reference, sent_on) = (submission.reference, submission.submitted_at.date_naive());
    Ok(visitor.page(StatusCode::OK, "", move || {
        provide_context(QuickExit);
        view! { <SentPage reference=reference sent_on=sent_on/> }
    }))
}
