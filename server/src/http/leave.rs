//! `GET /leave`: the quick exit's destination. It deletes the visitor's
//! draft (their unsent answers, or the link to a sent report: the session
//! ends) and ends their follow-up session if they were following a
//! report, removes those cookies, the start forms' token and the language
//! one, asks the browser to clear the site's cache, cookies and storage,
//! and sends the visitor on to a neutral public site (303). It works
//! without script: the "Leave this site" control is a plain link here.
//!
//! Leaving never fails: if the draft or the follow-up session cannot be
//! deleted now (database unavailable), the visitor still leaves, and they
//! expire later.

use axum::extract::State;
use axum::http::HeaderName;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};

use super::session;
use super::visitor::LANG_COOKIE;
use super::AppState;
use crate::db::drafts;

/// Where the visitor lands: a public site that says nothing about them.
pub const NEUTRAL_SITE: &str = "https://meteofrance.com/";

/// What the browser is asked to forget about this site.
pub const CLEAR_SITE_DATA: &str = "\"cache\", \"cookies\", \"storage\"";

/// `GET /leave`.
pub async fn leave(State(state): State<AppState>, jar: CookieJar) -> Response {
    if let Some(token) = session::session_token(&state, &jar) {
        if let Err(e) = drafts::delete(&state.db, &session::draft_id(&token)).await {
            tracing::warn!(error = %e, "quick exit: the draft is left to expire");
        }
    }
    let jar = super::follow_up::end_session(&state, jar)
        .await
        .remove(session::session_cookie(&state, String::new()))
        .remove(super::flow::START_FORM.removal())
        .remove(Cookie::build((LANG_COOKIE, "")).path("/"));
    (
        jar,
        [(HeaderName::from_static("clear-site-data"), CLEAR_SITE_DATA)],
        Redirect::to(NEUTRAL_SITE),
    )
        .into_response()
}
