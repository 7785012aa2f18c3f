//! `GET /follow-up` and `POST /follow-up`: typing the follow-up code.
//!
//! Guessing is limited before any code is checked, in the database so that
//! every server process counts together: [`PER_CODE_FAILURES`] wrong codes
//! per locator in [`PER_CODE_WINDOW_MINUTES`], and [`GLOBAL_FAILURES`]
//! wrong codes in all per minute. Each attempt is recorded *before* it is
//! checked, so concurrent guesses count each other and cannot slip past
//! the limit together; a right code takes its attempt back. Every checked
//! code costs one Argon2 verification, right or wrong (the decoy hash is
//! checked when no report has the locator).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use chrono::Duration;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::errors::FieldErrors;
use app::domain::follow_up_code::FollowUpCode;
use app::pages::follow_up::{
    FollowUpCodePage, FollowUpPause, FollowUpPausedPage, FOLLOW_UP_REPORT,
};

use super::{open_session, parse_form, render};
use crate::db::follow_up;
use crate::http::form_token::FormToken;
use crate::http::visitor::Visitor;
use crate::http::{AppError, AppState};

/// Wrong codes allowed for one locator in [`PER_CODE_WINDOW_MINUTES`]:
/// enough for a reporter's typing mistakes, far too few to guess 80 bits.
pub const PER_CODE_FAILURES: i64 = 5;
/// The window of the per-code limit.
pub const PER_CODE_WINDOW_MINUTES: i64 = 60;
/// Wrong codes allowed in all, per minute, across every server process.
pub const GLOBAL_FAILURES: i64 = 100;

/// The code form's CSRF token (there is no session yet).
const FORM: FormToken = FormToken {
    cookie: "portal_follow_up_form",
    path: "/follow-up",
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    csrf: String,
    code: String,
}

/// The code form; the token the browser holds is reused, or a new one set.
fn form_page(
    visitor: &Visitor,
    jar: &CookieJar,
    status: StatusCode,
    error: Option<&'static str>,
) -> Response {
    let mut errors = FieldErrors::new();
    if let Some(key) = error {
        errors.add("code", key);
    }
    let (token, jar) = FORM.held_or_fresh(jar.clone());
    let page = render(visitor, status, &token, move || {
        view! { <FollowUpCodePage errors=errors/> }
    });
    (jar, page).into_response()
}

/// `GET /follow-up`.
pub async fn page(visitor: Visitor, jar: CookieJar) -> Response {
    form_page(&visitor, &jar, StatusCode::OK, None)
}

/// The code as typed, or the message key saying why it is not one.
fn read_code(typed: &str) -> Result<FollowUpCode, &'static str> {
    if typed.trim().is_empty() {
        return Err("follow-up-error-required");
    }
    FollowUpCode::parse(typed).ok_or("follow-up-error-format")
}

/// Which limit, if any, refuses the attempt just recorded.
async fn limit_reached(state: &AppState, locator: &str) -> Result<Option<FollowUpPause>, AppError> {
    let now = crate::db::now();
    let since = now - Duration::minutes(PER_CODE_WINDOW_MINUTES);
    if follow_up::failures_for(&state.db, locator, since).await? > PER_CODE_FAILURES {
        return Ok(Some(FollowUpPause::ThisCode));
    }
    let since = now - Duration::minutes(1);
    if follow_up::failures_in_all(&state.db, since).await? > GLOBAL_FAILURES {
        return Ok(Some(FollowUpPause::Everyone));
    }
    Ok(None)
}

/// `POST /follow-up`: checks the code; a right one opens the report.
pub async fn submit(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: CodeForm = parse_form(&body)?;
    FORM.check(&jar, &form.csrf)?;
    let code = match read_code(&form.code) {
        Ok(code) => code,
        Err(key) => {
            return Ok(form_page(
                &visitor,
                &jar,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(key),
            ))
        }
    };
    let now = crate::db::now();
    let attempt = follow_up::record_failure(&state.db, code.locator(), now).await?;
    if let Some(reason) = limit_reached(&state, code.locator()).await? {
        follow_up::forgive(&state.db, attempt).await?;
        tracing::info!(?reason, "follow-up code refused: too many wrong codes");
        let page = render(&visitor, StatusCode::TOO_MANY_REQUESTS, "", move || {
            view! { <FollowUpPausedPage reason=reason/> }
        });
        return Ok(page);
    }
    let candidates = follow_up::candidates(&state.db, code.locator()).await?;
    let hashes: Vec<String> = candidates.iter().map(|c| c.code_hash.clone()).collect();
    let matched = crate::follow_up::verify(&code, &hashes).await?;
    let Some(report) = matched.and_then(|i| candidates.get(i)) else {
        tracing::info!("follow-up code not recognised");
        return Ok(form_page(
            &visitor,
            &jar,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("follow-up-error-unknown"),
        ));
    };
    follow_up::forgive(&state.db, attempt).await?;
    follow_up::touch_code(&state.db, report.submission_id, now).await?;
    let cookie = open_session(&state, &jar, report.submission_id, now).await?;
    tracing::info!("follow-up session opened");
    let jar = jar.add(cookie).remove(FORM.removal());
    Ok((jar, Redirect::to(FOLLOW_UP_REPORT)).into_response())
}

#[cfg(test)]
mod tests {
    use super::read_code;

    #[test]
    fn a_typed_code_is_read_or_explained() {
        assert_eq!(read_code("  ").err(), Some("follow-up-error-required"));
        assert_eq!(read_code("1234").err(), Some("follow-up-error-format"));
        let code = read_code("abcd efgh jkmn pqrs tvwx").expect("a code");
        assert_eq!(code.locator(), "ABCD");
    }
}
