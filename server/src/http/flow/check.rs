//! The check page and the declaration before sending, shared by the flows
//! whose case goes to a chosen unit (pre-complaint, complaint,
//! discrimination report).

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::IntoView;
use serde::Deserialize;

use app::domain::errors::FieldErrors;
use app::domain::unit::Unit;

use super::unit::UnitStep;
use super::Flow;
use crate::db::units;
use crate::http::session::parse_form;
use crate::http::AppError;

/// A flow with a check page before sending.
pub trait CheckStep: UnitStep {
    /// Records that the citizen has seen the check page.
    fn mark_checked(&mut self);
    /// The flow's check page.
    fn check_page(answers: Self, unit: Unit, errors: FieldErrors) -> impl IntoView + 'static;
}

/// The chosen unit when every answer is given; otherwise where to go.
async fn ready<Q: CheckStep>(flow: &Flow<Q>) -> Result<Result<Unit, Response>, AppError> {
    if let Some(missing) = flow.answers.first_missing_step() {
        return Ok(Err(Redirect::to(&Q::step_href(missing)).into_response()));
    }
    let unit = match flow.answers.chosen_unit() {
        Some(code) => units::find(&flow.state().db, code).await?,
        None => None,
    };
    Ok(unit.ok_or_else(|| Redirect::to(&Q::step_href(Q::UNIT_STEP)).into_response()))
}

/// `GET …/check`: every answer with a Change link, the declaration, Send.
pub async fn page<Q: CheckStep>(mut flow: Flow<Q>) -> Result<Response, AppError> {
    let unit = match ready(&flow).await? {
        Ok(unit) => unit,
        Err(elsewhere) => return Ok(elsewhere),
    };
    if !flow.answers.checked() {
        flow.answers.mark_checked();
        flow.save().await?;
    }
    let answers = flow.answers.clone();
    Ok(flow.render(StatusCode::OK, move || {
        Q::check_page(answers, unit, FieldErrors::new())
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DeclarationForm {
    declaration: Vec<String>,
}

/// The POST of the check page: the unit to send to when the answers are
/// complete and the declaration ticked; otherwise the response to give
/// (a step to answer, or the check page again with the error, 422).
pub async fn declared<Q: CheckStep>(
    flow: &Flow<Q>,
    body: &Bytes,
) -> Result<Result<Unit, Response>, AppError> {
    let posted = parse_form::<DeclarationForm>(&flow.draft, body)?;
    let unit = match ready(flow).await? {
        Ok(unit) => unit,
        Err(elsewhere) => return Ok(Err(elsewhere)),
    };
    if posted.form.declaration != ["yes"] {
        let mut errors = FieldErrors::new();
        errors.add("declaration", "error-declaration");
        let answers = flow.answers.clone();
        return Ok(Err(
            flow.invalid(move || Q::check_page(answers, unit, errors))
        ));
    }
    Ok(Ok(unit))
}
