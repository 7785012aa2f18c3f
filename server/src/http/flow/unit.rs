//! The step where the citizen chooses the police station or gendarmerie
//! unit that receives their case, shared by the flows that have one: a
//! search by postcode, département or town that starts near where it
//! happened, and works without script (the search button posts the same
//! form and the page comes back with the results).

use axum::body::Bytes;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::IntoView;
use serde::Deserialize;

use app::domain::errors::FieldErrors;
use app::domain::unit::{department, Unit, UnitSearch};

use super::{CitizenFlow, Flow, FromCheck};
use crate::db::units;
use crate::http::session::parse_form;
use crate::http::AppError;

/// Most units listed for one search.
const RESULTS: i64 = 20;
/// Longest search accepted.
const QUERY_MAX: usize = 60;

/// A flow with a unit step.
pub trait UnitStep: CitizenFlow {
    /// The step.
    const UNIT_STEP: Self::Step;
    /// The message when no unit was chosen.
    const NO_UNIT_ERROR: &'static str;
    /// The unit chosen so far.
    fn chosen_unit(&self) -> Option<&str>;
    /// Records the unit chosen.
    fn choose_unit(&mut self, code: String);
    /// The postcode of where it happened, to list nearby units first.
    fn incident_postcode(&self) -> Option<&str>;
    /// The flow's page for this step.
    fn unit_page(
        query: String,
        results: Vec<Unit>,
        chosen: String,
        errors: FieldErrors,
        from_check: bool,
    ) -> impl IntoView + 'static;
}

async fn search<Q: UnitStep>(flow: &Flow<Q>, query: &str) -> Result<Vec<Unit>, AppError> {
    match UnitSearch::parse(query) {
        Some(search) => Ok(units::search(&flow.state().db, &search, RESULTS).await?),
        None => Ok(Vec::new()),
    }
}

/// `GET …/unit`: units of the département where it happened, with the
/// chosen one first if it is elsewhere.
pub async fn page<Q: UnitStep>(
    flow: Flow<Q>,
    Query(q): Query<FromCheck>,
) -> Result<Response, AppError> {
    let chosen = flow.answers.chosen_unit().map(str::to_string);
    let query = flow
        .answers
        .incident_postcode()
        .map(department)
        .unwrap_or_default();
    let mut results = search(&flow, &query).await?;
    if let Some(code) = &chosen {
        if !results.iter().any(|u| &u.code == code) {
            if let Some(unit) = units::find(&flow.state().db, code).await? {
                results.insert(0, unit);
            }
        }
    }
    let chosen = chosen.unwrap_or_default();
    Ok(flow.show(Q::UNIT_STEP, move || {
        Q::unit_page(query, results, chosen, FieldErrors::new(), q.yes())
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct UnitForm {
    q: String,
    intent: String,
    unit: String,
}

/// `POST …/unit`: a search (the same page with results) or a choice
/// (saved, 303 onwards).
pub async fn save<Q: UnitStep>(mut flow: Flow<Q>, body: Bytes) -> Result<Response, AppError> {
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
            Q::unit_page(q, results, unit, errors, from_check)
        }));
    }
    if let Some(found) = units::find(&flow.state().db, unit.trim()).await? {
        flow.answers.choose_unit(found.code);
        return flow.advance(Q::UNIT_STEP).await;
    }
    let results = search(&flow, &q).await?;
    let field = if results.is_empty() { "q" } else { "unit" };
    errors.add(field, Q::NO_UNIT_ERROR);
    Ok(flow.invalid(move || Q::unit_page(q, results, String::new(), errors, from_check)))
}
