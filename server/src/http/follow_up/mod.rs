//! "Follow my report" under `/follow-up`: the reporter types their
//! follow-up code, and a right code opens a short session on the report.
//!
//! The session cookie (`portal_follow_up`, `__Host-` and `Secure` over TLS)
//! is random, `HttpOnly`, `SameSite=Strict`, without `Max-Age`; the
//! database keeps its SHA-256 only. It ends after [`IDLE_MINUTES`] without
//! a request, or when the reporter chooses "Stop here". Neither the code
//! nor anything identifying the browser is written to the database or the
//! logs.

mod code;
mod report;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::{provide_context, IntoView};
use subtle::ConstantTimeEq;

use app::components::QuickExit;
use app::pages::follow_up::{
    FOLLOW_UP, FOLLOW_UP_MESSAGES, FOLLOW_UP_REPORT, FOLLOW_UP_STOP, FOLLOW_UP_STOPPED,
};

use super::session::{draft_id, random_token};
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::follow_up::{self, SessionRow};

/// A follow-up session ends after this long without a request.
pub const IDLE_MINUTES: i64 = 30;

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(FOLLOW_UP, get(code::page).post(code::submit))
        .route(FOLLOW_UP_REPORT, get(report::page))
        .route(FOLLOW_UP_MESSAGES, post(report::reply))
        .route(FOLLOW_UP_STOP, post(report::stop))
        .route(FOLLOW_UP_STOPPED, get(report::stopped))
}

fn cookie_name(state: &AppState) -> &'static str {
    if state.config.secure_cookies {
        "__Host-portal_follow_up"
    } else {
        "portal_follow_up"
    }
}

/// The cookie that removes the session cookie.
fn removal_cookie(state: &AppState) -> Cookie<'static> {
    Cookie::build((cookie_name(state), "")).path("/").build()
}

/// Ends the browser's follow-up session, if any, and removes its cookie:
/// "Stop here" does, and so may the quick exit (`/leave`). Ending never
/// fails for the visitor: if the database cannot be reached, the session
/// is left to expire ([`IDLE_MINUTES`]) and the cookie still goes.
pub async fn end_session(state: &AppState, jar: CookieJar) -> CookieJar {
    if let Some(token) = session_token(state, &jar) {
        if let Err(e) = follow_up::delete_session(&state.db, &draft_id(&token)).await {
            tracing::warn!(error = %e, "the follow-up session is left to expire");
        }
    }
    jar.remove(removal_cookie(state))
}

/// The cookie's value, if the browser sent one that looks like ours.
fn session_token(state: &AppState, jar: &CookieJar) -> Option<String> {
    jar.get(cookie_name(state))
        .map(|c| c.value().to_string())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Opens a session on `submission_id` (ending the browser's previous one,
/// if any) and returns its cookie.
async fn open_session(
    state: &AppState,
    jar: &CookieJar,
    submission_id: i64,
    now: DateTime<Utc>,
) -> Result<Cookie<'static>, AppError> {
    if let Some(old) = session_token(state, jar) {
        follow_up::delete_session(&state.db, &draft_id(&old)).await?;
    }
    let token = random_token();
    let session = SessionRow {
        id: draft_id(&token),
        submission_id,
        csrf_token: random_token(),
        expires_at: now + Duration::minutes(IDLE_MINUTES),
    };
    follow_up::create_session(&state.db, &session).await?;
    Ok(Cookie::build((cookie_name(state), token))
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies)
        .same_site(SameSite::Strict)
        .build())
}

/// A reporter whose follow-up session is live; each request moves its end
/// [`IDLE_MINUTES`] later.
pub struct Reporter {
    /// The session.
    pub session: SessionRow,
    /// The visitor (language, path).
    pub visitor: Visitor,
    /// The app state.
    pub state: AppState,
}

impl Reporter {
    /// Checks a posted CSRF token against the session's, in constant time.
    pub fn check_csrf(&self, posted: &str) -> Result<(), AppError> {
        let expected = self.session.csrf_token.as_bytes();
        if bool::from(posted.as_bytes().ct_eq(expected)) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Renders a follow-up page with the session's CSRF token.
    pub fn render<V: IntoView + 'static>(
        &self,
        status: StatusCode,
        page: impl FnOnce() -> V + 'static,
    ) -> Response {
        render(&self.visitor, status, &self.session.csrf_token, page)
    }
}

/// Renders a page of the follow-up, with the quick exit ("Leave this
/// site") that every page about the report offers.
fn render<V: IntoView + 'static>(
    visitor: &Visitor,
    status: StatusCode,
    csrf: &str,
    page: impl FnOnce() -> V + 'static,
) -> Response {
    visitor.page(status, csrf, move || {
        provide_context(QuickExit);
        page()
    })
}

impl FromRequestParts<AppState> for Reporter {
    type Rejection = Response;

    /// Without a live session, a GET goes back to the code form and a POST
    /// is refused (it cannot carry the session's CSRF token).
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let now = crate::db::now();
        let found = match session_token(state, &jar) {
            Some(token) => follow_up::find_session(&state.db, &draft_id(&token), now)
                .await
                .map_err(|e| AppError::from(e).into_response())?,
            None => None,
        };
        let Some(session) = found else {
            return Err(match parts.method {
                Method::GET | Method::HEAD => Redirect::to(FOLLOW_UP).into_response(),
                _ => AppError::Forbidden.into_response(),
            });
        };
        follow_up::extend_session(
            &state.db,
            &session.id,
            now + Duration::minutes(IDLE_MINUTES),
        )
        .await
        .map_err(|e| AppError::from(e).into_response())?;
        Ok(Reporter {
            session,
            visitor: Visitor::from_headers(&parts.headers, &parts.uri),
            state: state.clone(),
        })
    }
}

/// Parses a posted form strictly: 400 when it is not a UTF-8 form.
fn parse_form<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    super::form::parse(body)
}
