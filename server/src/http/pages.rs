//! The pages outside any flow: home, language switch, health checks, 404.

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use leptos::prelude::*;
use serde::Deserialize;

use app::i18n::Lang;
use app::pages::{HomePage, Problem, ProblemPage};

use super::visitor::{Visitor, LANG_COOKIE};
use super::AppState;

/// `GET /`.
pub async fn home(visitor: Visitor) -> Response {
    visitor.page(StatusCode::OK, "", || view! { <HomePage/> })
}

/// `GET /healthz`: the process answers.
pub async fn healthz() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "ok")
}

/// `GET /readyz`: the database answers too.
pub async fn readyz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        (
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "ready",
        )
            .into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "database unavailable",
        )
            .into_response()
    }
}

/// Fallback: 404 page.
pub async fn not_found(visitor: Visitor) -> Response {
    visitor.page(
        StatusCode::NOT_FOUND,
        "",
        || view! { <ProblemPage problem=Problem::NotFound/> },
    )
}

#[derive(Deserialize)]
pub struct LanguageQuery {
    #[serde(default)]
    back: String,
}

/// Only a path on this site may be a redirect target (no `//host`, no scheme).
fn local_path(back: &str) -> &str {
    let safe = back.starts_with('/')
        && !back.starts_with("//")
        && !back.contains('\\')
        && !back.contains("/\\");
    if safe {
        back
    } else {
        "/"
    }
}

/// `GET /language/{code}?back=/path`: remembers the choice in a session
/// cookie and returns to the same page; the draft is untouched.
pub async fn switch_language(
    Path(code): Path<String>,
    Query(query): Query<LanguageQuery>,
    jar: CookieJar,
) -> Response {
    let Some(lang) = Lang::from_code(&code).filter(|l| l.code() == code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cookie = Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .build();
    (jar.add(cookie), Redirect::to(local_path(&query.back))).into_response()
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(
            local_path("/pre-complaint/when?from=check"),
            "/pre-complaint/when?from=check"
        );
        assert_eq!(local_path("//evil.example/"), "/");
        assert_eq!(local_path("https://evil.example/"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path(""), "/");
    }
}
