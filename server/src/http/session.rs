//! The citizen's session: a random cookie naming a server-side draft, the
//! CSRF token stored with it, and the parsing of a posted step.
//!
//! The cookie has no `Max-Age` (it dies with the browser), is `HttpOnly`
//! and `SameSite=Strict`, and `Secure` with the `__Host-` prefix when the
//! portal is served over TLS. The database stores only the SHA-256 of it.

use axum::body::Bytes;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use chrono::Utc;
use rand::TryRngCore;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::drafts::{self, DraftRow};

/// Cookie name without TLS.
const COOKIE: &str = "portal_session";
/// Cookie name with TLS: the prefix forbids `Domain` and requires `Secure` and `Path=/`.
const SECURE_COOKIE: &str = "__Host-portal_session";

/// 32 random bytes from the operating system, hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .expect("the operating system's random generator works");
    hex::encode(bytes)
}

/// The draft id stored for a cookie value.
pub fn draft_id(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn cookie_name(state: &AppState) -> &'static str {
    if state.config.secure_cookies {
        SECURE_COOKIE
    } else {
        COOKIE
    }
}

/// The session cookie for a new draft.
pub fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    Cookie::build((cookie_name(state), token))
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies)
        .same_site(SameSite::Strict)
        .build()
}

/// The session cookie's value, if the browser sent one.
pub fn session_token(state: &AppState, jar: &CookieJar) -> Option<String> {
    jar.get(cookie_name(state))
        .map(|c| c.value().to_string())
        .filter(|v| v.len() == 64)
}

/// The visitor's draft, loaded from their session cookie.
pub struct Draft {
    /// The stored row.
    pub row: DraftRow,
}

impl Draft {
    /// Checks a posted CSRF token against the session's, in constant time.
    pub fn check_csrf(&self, posted: &str) -> Result<(), AppError> {
        if bool::from(posted.as_bytes().ct_eq(self.row.csrf_token.as_bytes())) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Loads the draft of the session, if there is one and it has not expired.
pub async fn load_draft(state: &AppState, jar: &CookieJar) -> Result<Option<Draft>, AppError> {
    let Some(token) = session_token(state, jar) else {
        return Ok(None);
    };
    let row = drafts::find(&state.db, &state.keys, &draft_id(&token), Utc::now()).await?;
    Ok(row.map(|row| Draft { row }))
}

impl FromRequestParts<AppState> for Draft {
    type Rejection = Response;

    /// Without a live draft, a GET shows the "session expired" page and a
    /// POST is refused (it cannot carry a valid CSRF token).
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        match load_draft(state, &jar).await {
            Ok(Some(draft)) => Ok(draft),
            Ok(None) if parts.method == axum::http::Method::GET => {
                let visitor = Visitor::from_headers(&parts.headers, &parts.uri);
                let start = flow_start(parts.uri.path());
                Err(visitor.page(StatusCode::OK, "", move || {
                    leptos::view! { <app::pages::SessionExpiredPage start=start/> }
                }))
            }
            Ok(None) => Err(AppError::Forbidden.into_response()),
            Err(e) => Err(e.into_response()),
        }
    }
}

/// Where a flow starts: the first segment of a path inside it
/// (`/discrimination/when` → `/discrimination`).
fn flow_start(path: &str) -> String {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    format!("/{first}")
}

/// The fields every form carries besides its own.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Guard {
    csrf: String,
    from: String,
}

/// A posted form: its own fields, checked against the session's CSRF token.
pub struct Posted<T> {
    /// The form's fields.
    pub form: T,
    /// The citizen came from the check page.
    pub from_check: bool,
}

/// Parses a posted body for `draft`: refuses a wrong CSRF token (403) and a
/// body that is not a form (400).
pub fn parse_form<T: DeserializeOwned>(draft: &Draft, body: &Bytes) -> Result<Posted<T>, AppError> {
    let guard: Guard = super::form::parse(body)?;
    draft.check_csrf(&guard.csrf)?;
    let form = super::form::parse(body)?;
    Ok(Posted {
        form,
        from_check: guard.from == "check",
    })
}

#[cfg(test)]
mod tests {
    use super::flow_start;

    #[test]
    fn a_flow_starts_at_the_first_segment_of_its_paths() {
        assert_eq!(flow_start("/pre-complaint/when"), "/pre-complaint");
        assert_eq!(flow_start("/discrimination"), "/discrimination");
        assert_eq!(flow_start("/"), "/");
    }
}
