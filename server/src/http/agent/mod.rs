//! The agent workspace under `/agent/`. Every route but sign-in requires a
//! signed-in agent: an anonymous visitor gets the sign-in page (401) and
//! nothing else.

mod admin;
mod answers;
mod case;
mod queue;
mod sign_in;
mod statistics;

pub use case::{case_zone, slot_text};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::IntoView;

use app::components::SessionEnd;
use app::domain::case::Role;
use app::pages::agent::{AgentBadge, KEEP_SESSION};

use super::session::{draft_id, random_token};
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::agents::{self, AgentRow, SessionRow};

/// A session ends after this long without a request.
pub const IDLE_MINUTES: i64 = 30;
/// A session ends this long after sign-in, whatever happens.
pub const ABSOLUTE_HOURS: i64 = 12;
/// A request marks the session as used when it was last marked longer ago
/// than this: a second of idle time matters little against thirty minutes,
/// and an agent's every click would otherwise write to the database.
const TOUCH_AFTER_SECONDS: i64 = 60;

/// The routes of the workspace.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/agent", get(queue::page))
        .route("/agent/", get(queue::page))
        .route("/agent/sign-in", get(sign_in::page).post(sign_in::submit))
        .route(
            "/agent/sign-in/code",
            get(sign_in::code_page).post(sign_in::code_submit),
        )
        .route(
            "/agent/enrol",
            get(sign_in::enrol_page).post(sign_in::enrol_submit),
        )
        .route("/agent/sign-out", post(sign_in::sign_out))
        .route(KEEP_SESSION, post(keep_session))
        .route("/agent/queue/next", post(queue::take_next))
        .route("/agent/cases/{id}", get(case::page))
        .route("/agent/cases/{id}/action", post(case::action))
        .route("/agent/cases/{id}/notes", post(case::note))
        .route("/agent/cases/{id}/messages", post(case::message))
        .route("/agent/cases/{id}/slots", post(case::slots))
        .route("/agent/cases/{id}/assign", post(case::assign))
        .route("/agent/statistics", get(statistics::page))
        .route("/agent/statistics.csv", get(statistics::csv))
        .route("/agent/admin", get(admin::page))
        .route("/agent/admin/agents", post(admin::add))
        .route("/agent/admin/agents/{id}/disable", post(admin::disable))
        .route("/agent/{*rest}", get(not_found_or_sign_in))
}

/// `POST /agent/session/keep`: the session was marked as used on the way
/// in (now, or less than a minute ago: a full idle period again); back to
/// the page the agent was on.
async fn keep_session(agent: SignedIn, body: axum::body::Bytes) -> Result<Response, AppError> {
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct KeepForm {
        back: String,
    }
    let form: KeepForm = parse_agent_form(&agent, &body)?;
    let back = if form.back.starts_with("/agent") && !form.back.contains("//") {
        form.back
    } else {
        "/agent".to_string()
    };
    Ok(axum::response::Redirect::to(&back).into_response())
}

/// Unknown agent paths: 404 for agents, the sign-in page for anyone else.
async fn not_found_or_sign_in(_agent: SignedIn) -> Response {
    StatusCode::NOT_FOUND.into_response()
}

fn cookie_name(state: &AppState) -> &'static str {
    if state.config.secure_cookies {
        "__Host-portal_agent"
    } else {
        "portal_agent"
    }
}

/// Opens a new session for `agent_id` at `stage` (a new id at every stage,
/// so the cookie is renewed at sign-in) and returns its cookie.
pub async fn open_session(
    state: &AppState,
    agent_id: i64,
    stage: &str,
) -> Result<Cookie<'static>, AppError> {
    let token = random_token();
    agents::create_session(
        &state.db,
        &draft_id(&token),
        agent_id,
        stage,
        &random_token(),
        Utc::now(),
    )
    .await?;
    Ok(Cookie::build((cookie_name(state), token))
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies)
        .same_site(SameSite::Strict)
        .build())
}

/// The cookie that removes the session cookie.
pub fn removal_cookie(state: &AppState) -> Cookie<'static> {
    Cookie::build((cookie_name(state), "")).path("/").build()
}

/// The session of the request, at any stage, if live.
pub async fn current_session(
    state: &AppState,
    jar: &CookieJar,
) -> Result<Option<SessionRow>, AppError> {
    let Some(token) = jar.get(cookie_name(state)).map(|c| c.value().to_string()) else {
        return Ok(None);
    };
    let (idle_since, started_since) = live_window();
    let session =
        agents::find_session(&state.db, &draft_id(&token), idle_since, started_since).await?;
    Ok(session)
}

/// A live session was last used after the first instant, and started after
/// the second.
fn live_window() -> (DateTime<Utc>, DateTime<Utc>) {
    let now = Utc::now();
    (
        now - Duration::minutes(IDLE_MINUTES),
        now - Duration::hours(ABSOLUTE_HOURS),
    )
}

/// A signed-in agent: past the second factor, account active.
pub struct SignedIn {
    /// The session.
    pub session: SessionRow,
    /// The account.
    pub agent: AgentRow,
    /// The account's role.
    pub role: Role,
    /// The visitor (language, path).
    pub visitor: Visitor,
    /// The app state.
    pub state: AppState,
}

impl SignedIn {
    /// What the navigation shows.
    pub fn badge(&self) -> AgentBadge {
        // The session ends IDLE_MINUTES after it was last marked as used
        // (by this request, or less than a minute ago), or at the absolute
        // limit if that comes first.
        let idle_end = self.session.last_seen_at + Duration::minutes(IDLE_MINUTES);
        let end = idle_end.min(self.session.created_at + Duration::hours(ABSOLUTE_HOURS));
        AgentBadge {
            session_end: SessionEnd {
                idle_minutes: IDLE_MINUTES,
                at: end.format("%H:%M UTC").to_string(),
            },
            name: self.agent.name.clone(),
            role: self.agent.role.clone(),
            unit: self.agent.unit_code.clone(),
        }
    }

    /// Renders an agent page with the session's CSRF token.
    pub fn render<V: IntoView + 'static>(
        &self,
        status: StatusCode,
        page: impl FnOnce() -> V,
    ) -> Response {
        self.visitor.page(status, &self.session.csrf_token, page)
    }

    /// Checks a posted CSRF token.
    pub fn check_csrf(&self, posted: &str) -> Result<(), AppError> {
        if bool::from(subtle::ConstantTimeEq::ct_eq(
            posted.as_bytes(),
            self.session.csrf_token.as_bytes(),
        )) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// `agent:<id>`, as the audit log names the agent.
    pub fn actor(&self) -> String {
        format!("agent:{}", self.agent.id)
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let visitor = Visitor::from_headers(&parts.headers, &parts.uri);
        let jar = CookieJar::from_headers(&parts.headers);
        let anonymous = || sign_in::fresh_page(&visitor, StatusCode::UNAUTHORIZED);
        let found = match jar.get(cookie_name(state)) {
            Some(cookie) => {
                let (idle_since, started_since) = live_window();
                let id = draft_id(cookie.value());
                agents::find_session_and_agent(&state.db, &id, idle_since, started_since)
                    .await
                    .map_err(|e| AppError::from(e).into_response())?
            }
            None => None,
        };
        let Some((session, agent)) = found.filter(|(s, a)| s.stage == "signed-in" && !a.disabled)
        else {
            return Err(anonymous());
        };
        let Some(role) = Role::from_slug(&agent.role) else {
            return Err(anonymous());
        };
        let mut session = session;
        let now = Utc::now();
        if now - session.last_seen_at >= Duration::seconds(TOUCH_AFTER_SECONDS) {
            agents::touch_session(&state.db, &session.id, now)
                .await
                .map_err(|e| AppError::from(e).into_response())?;
            session.last_seen_at = now;
        }
        Ok(SignedIn {
            session,
            agent,
            role,
            visitor,
            state: state.clone(),
        })
    }
}

/// Parses a posted agent form and checks its CSRF token.
pub fn parse_agent_form<T: serde::de::DeserializeOwned>(
    agent: &SignedIn,
    body: &[u8],
) -> Result<T, AppError> {
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct Csrf {
        csrf: String,
    }
    let csrf: Csrf = super::form::parse(body)?;
    agent.check_csrf(&csrf.csrf)?;
    super::form::parse(body)
}
