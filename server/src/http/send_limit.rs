//! Limits on sends: the submission of every flow, the save-for-later
//! emails and a reporter's messages, per session and in all.
//!
//! The counts live in this process's memory (`governor`'s keyed and direct
//! limiters, GCRA): a send is a rare event, losing the counts at a restart
//! costs nothing, and no database write is added to every send. The key is
//! the SHA-256 of the session cookie (the draft's or the follow-up's), never
//! an address: the portal stores no IP address. A send without any session
//! cookie is not counted (its handler refuses it anyway).

use std::num::NonZeroU32;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::CookieJar;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota};
use leptos::prelude::*;
use sha2::{Digest, Sha256};

use app::pages::{Problem, ProblemPage};

use super::visitor::Visitor;
use super::AppState;
use crate::config::SendLimitConfig;

/// The posts that send something: a submission, an email or a message.
pub const SEND_PATHS: &[&str] = &[
    "/pre-complaint/send",
    "/discrimination/send",
    app::pages::violence::SEND,
    "/save-for-later",
    app::pages::follow_up::FOLLOW_UP_MESSAGES,
];

/// The session cookies whose value keys the per-session limit.
const SESSION_COOKIES: &[&str] = &[
    "portal_session",
    "__Host-portal_session",
    "portal_follow_up",
    "__Host-portal_follow_up",
];

/// Past this many sessions remembered, the ones whose limit has fully
/// recovered are forgotten.
const FORGET_ABOVE: usize = 10_000;

/// The send limiters of this process.
pub struct SendLimits {
    per_session: DefaultKeyedRateLimiter<[u8; 32]>,
    in_all: DefaultDirectRateLimiter,
}

/// How long to wait when a send is refused.
#[derive(Debug, PartialEq, Eq)]
pub struct Refused {
    /// Seconds before the next send may pass (at least 1).
    pub retry_after_secs: u64,
}

impl SendLimits {
    /// Limiters for `config`: each allows its whole count at once, then
    /// refills evenly over the period.
    pub fn new(config: &SendLimitConfig) -> SendLimits {
        let quota = |count: NonZeroU32, period: Duration| {
            Quota::with_period(period / count.get())
                .expect("a period longer than zero")
                .allow_burst(count)
        };
        SendLimits {
            per_session: DefaultKeyedRateLimiter::keyed(quota(
                config.per_session_per_hour,
                Duration::from_secs(3600),
            )),
            in_all: DefaultDirectRateLimiter::direct(quota(
                config.per_minute,
                Duration::from_secs(60),
            )),
        }
    }

    /// Counts one send of `session` (the session cookie's hash), or says
    /// how long to wait.
    pub fn check(&self, session: [u8; 32]) -> Result<(), Refused> {
        let refused = |not_until: governor::NotUntil<_>| Refused {
            retry_after_secs: not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs()
                + 1,
        };
        if self.per_session.len() > FORGET_ABOVE {
            self.per_session.retain_recent();
        }
        self.per_session.check_key(&session).map_err(refused)?;
        self.in_all.check().map_err(refused)
    }
}

/// The per-session key of a request: the hash of its session cookie.
fn session_key(jar: &CookieJar) -> Option<[u8; 32]> {
    SESSION_COOKIES.iter().find_map(|name| {
        jar.get(name).map(|cookie| {
            let mut hash = Sha256::new();
            hash.update(name.as_bytes());
            hash.update(b"=");
            hash.update(cookie.value().as_bytes());
            hash.finalize().into()
        })
    })
}

/// Middleware: refuses a send past the limits with 429, the "too many
/// attempts" page in the visitor's language and `Retry-After`.
pub async fn limit_sends(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST || !SEND_PATHS.contains(&request.uri().path()) {
        return next.run(request).await;
    }
    let Some(key) = session_key(&CookieJar::from_headers(request.headers())) else {
        return next.run(request).await;
    };
    let Err(refused) = state.send_limits.check(key) else {
        return next.run(request).await;
    };
    tracing::info!(
        path = request.uri().path(),
        retry_after_secs = refused.retry_after_secs,
        "send refused: too many sends"
    );
    let visitor = Visitor::from_headers(request.headers(), request.uri());
    let mut response = visitor.page(StatusCode::TOO_MANY_REQUESTS, "", || {
        view! { <ProblemPage problem=Problem::TooManyRequests/> }
    });
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from(refused.retry_after_secs),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_session: u32, per_minute: u32) -> SendLimits {
        SendLimits::new(&SendLimitConfig {
            per_session_per_hour: NonZeroU32::new(per_session).unwrap(),
            per_minute: NonZeroU32::new(per_minute).unwrap(),
        })
    }

    #[test]
    fn each_session_has_its_own_count() {
        let limits = limits(2, 100);
        let (a, b) = ([1; 32], [2; 32]);
        assert_eq!(limits.check(a), Ok(()));
        assert_eq!(limits.check(a), Ok(()));
        let refused = limits.check(a).unwrap_err();
        // One send comes back every 30 minutes.
        assert!(
            (1..=1800).contains(&refused.retry_after_secs),
            "{refused:?}"
        );
        assert_eq!(limits.check(b), Ok(()));
    }

    #[test]
    fn every_session_shares_the_count_in_all() {
        let limits = limits(10, 3);
        for n in 0..3u8 {
            assert_eq!(limits.check([n; 32]), Ok(()));
        }
        let refused = limits.check([9; 32]).unwrap_err();
        assert!((1..=20).contains(&refused.retry_after_secs), "{refused:?}");
    }

    #[test]
    fn the_key_is_the_session_cookie_never_the_visitor() {
        let mut headers = axum::http::HeaderMap::new();
        assert_eq!(session_key(&CookieJar::from_headers(&headers)), None);
        headers.insert(header::COOKIE, "portal_lang=en".parse().unwrap());
        assert_eq!(session_key(&CookieJar::from_headers(&headers)), None);
        headers.insert(
            header::COOKIE,
            "portal_lang=en; portal_session=abc".parse().unwrap(),
        );
        let first = session_key(&CookieJar::from_headers(&headers)).unwrap();
        headers.insert(header::COOKIE, "portal_session=abd".parse().unwrap());
        let second = session_key(&CookieJar::from_headers(&headers)).unwrap();
        assert_ne!(first, second);
    }
}
