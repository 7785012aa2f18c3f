//! Middleware applied to every response: the security headers of
//! DESIGN.md §8, and the problem pages that replace bare error responses.

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::cookie::Cookie;

use app::pages::{Problem, ProblemPage};
use leptos::prelude::*;

use super::visitor::Visitor;

/// The content security policy: our own origin only, no inline script.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The content security policy of a page whose form leads, through a
/// redirect, to `origin` (form-action applies to the redirect's target).
pub fn policy_with_form_action(origin: &str) -> String {
    CONTENT_SECURITY_POLICY.replace(
        "form-action 'self'",
        &format!("form-action 'self' {origin}"),
    )
}

/// Every browser feature the portal never uses.
const PERMISSIONS_POLICY: &str = "accelerometer=(), ambient-light-sensor=(), autoplay=(), battery=(), camera=(), \
     display-capture=(), document-domain=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), \
     magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), \
     screen-wake-lock=(), sync-xhr=(), usb=(), web-share=(), xr-spatial-tracking=(), interest-cohort=()";

/// Over TLS, every cookie the portal sets is `Secure`, whichever handler
/// set it: a form token or the language choice sent in clear could be
/// overwritten by someone on the network, and no handler can forget it.
fn mark_cookies_secure(headers: &mut axum::http::HeaderMap) {
    let cookies: Vec<HeaderValue> = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|value| {
            let Some(mut cookie) = value
                .to_str()
                .ok()
                .and_then(|text| Cookie::parse(text.to_owned()).ok())
                .filter(|cookie| cookie.secure() != Some(true))
            else {
                return value.clone();
            };
            cookie.set_secure(true);
            HeaderValue::from_str(&cookie.to_string()).unwrap_or_else(|_| value.clone())
        })
        .collect();
    headers.remove(header::SET_COOKIE);
    for cookie in cookies {
        headers.append(header::SET_COOKIE, cookie);
    }
}

/// Whether the portal is served over TLS (HSTS is sent then).
#[derive(Debug, Clone, Copy)]
pub struct ServedOverTls(pub bool);

/// Adds the security headers to every response, `Strict-Transport-Security`
/// when served over TLS, and `Cache-Control: no-store` to every response
/// that did not set its own caching.
pub async fn headers(State(tls): State<ServedOverTls>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    // A page may widen the policy for itself (the online complaint's
    // start form posts to the identity provider); every other gets this one.
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(
        headers,
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        headers,
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    set(
        headers,
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    );
    if !headers.contains_key(header::CACHE_CONTROL) {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    if tls.0 {
        set(
            headers,
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=63072000; includeSubDomains",
        );
        mark_cookies_secure(headers);
    }
    headers.remove(header::SERVER);
    response
}

/// Replaces any error response that is not already a page (axum's plain
/// text rejections, bare statuses from handlers) with the problem page in
/// the visitor's language, keeping the status.
pub async fn problem_pages(request: Request, next: Next) -> Response {
    let visitor = Visitor::from_headers(request.headers(), request.uri());
    let response = next.run(request).await;
    let status = response.status();
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if !(status.is_client_error() || status.is_server_error()) || is_page {
        return response;
    }
    if status == StatusCode::INTERNAL_SERVER_ERROR {
        tracing::debug!("rendering the server error page");
    }
    let problem = Problem::from_status(status.as_u16());
    let html = visitor.render_html("", move || view! { <ProblemPage problem=problem/> });
    let mut page = (status, Html(html)).into_response();
    if let Some(allow) = response.headers().get(header::ALLOW) {
        page.headers_mut().insert(header::ALLOW, allow.clone());
    }
    if status == StatusCode::SERVICE_UNAVAILABLE {
        // The database is away; it is usually back within a minute.
        page.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from_static(RETRY_AFTER_SECONDS),
        );
    }
    page
}

/// The `Retry-After` of a 503: when to try again, in seconds.
pub const RETRY_AFTER_SECONDS: &str = "30";
