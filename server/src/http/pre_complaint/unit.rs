//! Choosing the unit where the citizen will sign: a search by postcode,
//! département or town that works without script (the search button posts
//! the same form and the page comes back with the results).

use axum::body::Bytes;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::errors::FieldErrors;
use app::domain::pre_complaint::Step;
use app::domain::unit::{Unit, UnitSearch};
use app::pages::pre_complaint::UnitPage;

use super::steps::FromCheck;
use super::Flow;
use crate::db::units;
use crate::http::session::parse_form;
use crate::http::AppError;

/// Most units listed for one search.
const RESULTS: i64 = 20;

/// The département of a postcode: what to search when the citizen has not
/// searched yet (units near where it happened).
fn department(postcode: &str) -> String {
    let digits = if postcode.starts_with("97") || postcode.starts_with("98") {
        3
    } else {
        2
    };
    postcode.chars().take(digits).collect()
}

async fn search(flow: &Flow, query: &str) -> Result<Vec<Unit>, AppError> {
    match UnitSearch::parse(query) {
        Some(search) => Ok(units::search(&flow.state().db, &search, RESULTS).await?),
        None => Ok(Vec::new()),
    }
}

pub async fn page(flow: Flow, Query(q): Query<FromCheck>) -> Result<Response, AppError> {
    let chosen = flow.answers.unit.clone();
    let (query, mut results) = match &flow.answers.place {
        Some(place) => {
            let query = department(place.postcode.as_str());
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

pub async fn save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<UnitForm>(&flow.draft, &body)?;
    let from_check = posted.from_check;
    let UnitForm { q, intent, unit } = posted.form;
    let mut errors = FieldErrors::new();
    if intent == "search" {
        if q.chars().count() > 60 || UnitSearch::parse(&q).is_none() {
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
    errors.add("unit", "error-choose-unit");
    let results = search(&flow, &q).await?;
    if results.is_empty() {
        errors = FieldErrors::new();
        errors.add("q", "error-choose-unit");
    }
    Ok(flow.invalid(move || view! { <UnitPage query=q results=results chosen=String::new() errors=errors from_check=from_check/> }))
}

#[cfg(test)]
mod tests {
    use super::department;

    #[test]
    fn departments_have_two_digits_in_metropolitan_france_and_three_overseas() {
        assert_eq!(department("69003"), "69");
        assert_eq!(department("97400"), "974");
    }
}
