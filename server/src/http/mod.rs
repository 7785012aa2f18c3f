//! The HTTP side: state, routes, and the middleware stack.

mod agent;
mod appointment;
mod assets;
mod complaint;
mod discrimination;
mod error;
mod flow;
mod follow_up;
mod form;
mod form_token;
mod leave;
mod orientation;
mod pages;
mod pre_complaint;
mod save_for_later;
mod security;
mod send_limit;
mod session;
mod violence;
mod visitor;

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use axum::{middleware, Router};
use tokio::sync::Notify;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::config::Config;
use crate::db::Db;

pub use agent::IDLE_MINUTES as AGENT_IDLE_MINUTES;
pub use assets::STYLESHEET_PATH;
pub use error::AppError;
pub use send_limit::SendLimits;

/// Largest request body accepted (a form page is a few kilobytes).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Everything a handler may need, built once in `main`.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub db: Db,
    /// The keys that seal what citizens write, before it is stored.
    pub keys: Arc<crate::crypto::DataKeys>,
    /// The configuration.
    pub config: Arc<Config>,
    /// Wakes the outbox worker when a message is queued.
    pub outbox_wake: Arc<Notify>,
    /// Sign-in attempts allowed to this process (failures are also limited
    /// per account and in all, in the database).
    pub sign_in_limiter: Arc<governor::DefaultDirectRateLimiter>,
    /// Sends allowed per session and in all (see [`send_limit`]).
    pub send_limits: Arc<send_limit::SendLimits>,
    /// The identity provider for online complaints, when one is configured.
    pub identity_provider: Option<Arc<crate::identity_provider::IdentityProvider>>,
}

/// The whole application: routes and middleware.
pub fn router(state: AppState) -> Router {
    let tls = security::ServedOverTls(state.config.secure_cookies);
    let limits = state.clone();
    let timeout = state.config.request_timeout;
    let bench_routes = state.config.bench_routes;
    let routes = Router::new()
        .route("/", get(pages::home))
        .route("/healthz", get(pages::healthz))
        .route("/readyz", get(pages::readyz))
        .route("/language/{code}", get(pages::switch_language))
        .route(assets::STYLESHEET_ROUTE, get(assets::stylesheet))
        .route(assets::SCRIPT_ROUTE, get(assets::script))
        .route("/leave", get(leave::leave))
        .merge(pre_complaint::router())
        .merge(complaint::router())
        .merge(discrimination::router())
        .merge(violence::router())
        .merge(save_for_later::router())
        .merge(follow_up::router())
        .merge(agent::router())
        .merge(orientation::router())
        .route(
            "/appointment/{token}",
            get(appointment::page).post(appointment::choose),
        )
        .fallback(pages::not_found);
    let routes = match bench_routes {
        true => routes.route(assets::BENCH_BYTES_ROUTE, get(assets::bench_bytes)),
        false => routes,
    };
    routes
        .with_state(state)
        .layer(middleware::from_fn_with_state(
            limits,
            send_limit::limit_sends,
        ))
        // A body announced larger than the limit is refused (413) before a
        // byte of it is read; a longer body without a length fails once the
        // limit is crossed. Both, and the 408 of a request that takes too
        // long (a client that stalls its body), get the problem page below.
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(middleware::from_fn(security::problem_pages))
        .layer(middleware::from_fn_with_state(tls, security::headers))
        // Pages, the stylesheet and the script in Brotli or gzip when the
        // browser takes them (images already compressed and tiny bodies are
        // left alone). Brotli's own default (11) is far too slow for pages
        // made per request; 4 is its usual level for dynamic content.
        // Compressing pages that hold a secret (a CSRF token, a report's
        // messages) next to text a visitor typed is safe from BREACH here:
        // such a page is only rendered for a `SameSite=Strict` cookie, so
        // another site can neither have it rendered for its visitor nor
        // measure its size; the pages without a session get a new token at
        // each request (tests/headers.rs checks every cookie's attributes).
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
}
