//! Choosing the unit that will handle the report: the pre-complaint's
//! search by postcode, département or town, starting near where it
//! happened. Works without script: the search button posts the same form
//! and the page comes back with the results.

use axum::body::Bytes;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::discrimination::Step;
use app::domain::errors::FieldErrors;
use app::domain::unit::{department, Unit, UnitSearch};
use app::pages::discrimination::UnitPage;

use super::{Flow, FromCheck};
use crate::db::units;
use crate::http::session::parse_form;
use crate::http::AppError;

/// Most units listed for one search.
const RESULTS: i64 = 20;
/// Longest search accepted.
const QUERY_MAX: usize = 60;

async fn search(flow: &Flow, query: &str) -> Result<Vec<Unit>, AppError> {
    match UnitSearch::parse(query) {
        Some(search) => Ok(units::search(&flow.state().db, &search, RESULTS).await?),
        None => Ok(Vec::new()),
    }
}

/// `GET /discrimination/unit`: units of the département where it
/// happened, with the chosen one first if it is elsewhere.
pub async fn page(flow: Flow, Query(q): Query<FromCheck>) -> Result<Response, AppError> {
    let chosen = flow.answers.unit.clone();
    let (query, mut results) = match &flow.answers.when_where {
        Some(answer) => {
            let query = department(answer.place.postcode.as_str());
            let results = search(&flow, &query).await?;
            (query, results)
        }
        None => (String::new(), Vec::new()),
    };
    if let Some(code) = &chosen {
        if !results.iter().any(|u| &u.code == code) {
            if let Some(unit) = units::find(&flow.state().db, code).await? {
                results.insert(0, unit);
            }
        }
    }
    let chosen = chosen.unwrap_or_default();
    Ok(flow.show(Step::Unit, move || {
        view! { <UnitPage query=query results=results chosen=chosen errors=FieldErrors::new() from_check=q.yes()/> }
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UnitForm {
    q: String,
    intent: String,
    unit: String,
}

/// `POST /discrimination/unit`: a search (the same page with results) or
/// a choice (saved, 303 onwards).
pub async fn save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<UnitForm>(&flow.draft, &body)?;
    let from_check = posted.from_check;
    let UnitForm { q, intent, unit } = posted.form;
    let mut errors = FieldErrors::new();
    if intent == "search" {
        if q.chars().count() > QUERY_MAX || UnitSearch::parse(&q).is_none() {
            errors.add("q", "error-unit-search");
        }
        let results = search(&flow, &q).await?;
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return Ok(flow.render(status, move || {
            view! { <UnitPage query=q results=results chosen=unit errors=errors from_check=from_check/> }
        }));
    }
    if let Some(found) = units::find(&flow.state().db, unit.trim()).await? {
        flow.answers.unit = Some(found.code);
        return flow.advance(Step::Unit).await;
    }
    let results = search(&flow, &q).await?;
    let field = if results.is_empty() { "q" } else { "unit" };
    errors.add(field, "discrimination-error-unit");
    Ok(flow.invalid(move || {
        view! { <UnitPage query=q results=results chosen=String::new() errors=errors from_check=from_check/> }
    }))
}
