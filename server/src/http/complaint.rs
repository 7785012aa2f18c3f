//! The online complaint's way in: the start page, the trip to the identity
//! provider (OpenID Connect, code flow with PKCE), and the way back.
//!
//! The way back is a top-level navigation from the provider's site, so the
//! `SameSite=Strict` session cookie is not sent with it. The check is
//! found instead by the hash of its `state` value, and tied to the browser
//! that started it by a second, `SameSite=Lax` cookie scoped to the
//! callback path (whose hash is stored with the check). The callback then
//! shows a page rather than redirecting, so that the next request is a
//! same-site one that carries the session cookie again.

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use app::domain::pre_complaint::PreComplaintDraft;
use app::domain::questionnaire::Questionnaire;
use app::pages::complaint::{
    ComplaintStartPage, IdentityNotVerifiedPage, IdentityVerifiedPage, NotVerified, COMPLAINT_START,
};

use super::flow::{ensure_draft, CitizenFlow};
use super::form_token::FormToken;
use super::security::policy_with_form_action;
use super::session::random_token;
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::drafts;
use crate::db::identity_checks::{self, IdentityCheck};
use crate::identity_provider::VerificationError;

/// The start form's CSRF token.
const START_FORM: FormToken = FormToken {
    cookie: "portal_complaint_form",
    path: COMPLAINT_START,
};
/// The browser-binding cookie of an identity check.
const BINDING_COOKIE: &str = "portal_identity_check";
/// Where the provider sends the citizen back.
const CALLBACK: &str = "/complaint/callback";

/// The routes of the way in.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(COMPLAINT_START, get(start_page).post(start))
        .route(CALLBACK, get(callback))
}

fn sha256_hex(value: &str) -> String {
    hex::encode(Sha256::digest(value.as_bytes()))
}

/// `GET /complaint`.
async fn start_page(State(state): State<AppState>, visitor: Visitor) -> Response {
    let provider = state.identity_provider.clone();
    let name = provider.as_ref().map(|p| p.name().to_string());
    let (token, cookie) = START_FORM.fresh();
    let page = visitor.page(StatusCode::OK, &token, move || {
        view! { <ComplaintStartPage provider=name/> }
    });
    let mut response = (CookieJar::new().add(cookie), page).into_response();
    if let Some(provider) = provider {
        let policy = policy_with_form_action(provider.origin());
        if let Ok(value) = axum::http::HeaderValue::from_str(&policy) {
            response
                .headers_mut()
                .insert(axum::http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    response
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StartForm {
    csrf: String,
}

/// `POST /complaint`: opens (or reuses) the visitor's draft and sends them
/// to the identity provider.
async fn start(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: StartForm = super::form::parse(&body)?;
    START_FORM.check(&jar, &form.csrf)?;
    let Some(provider) = state.identity_provider.clone() else {
        return Ok(Redirect::to(COMPLAINT_START).into_response());
    };
    let authorisation = match provider.authorise().await {
        Ok(authorisation) => authorisation,
        Err(e) => return Ok(not_verified(&visitor, e)),
    };
    let (jar, draft_id) = ensure_draft::<PreComplaintDraft>(&state, jar).await?;
    let binding = random_token();
    let check = IdentityCheck {
        binding_hash: sha256_hex(&binding),
        draft_id,
        nonce: authorisation.nonce,
        pkce_verifier: authorisation.pkce_verifier,
    };
    identity_checks::create(
        &state.db,
        &sha256_hex(&authorisation.state),
        &check,
        Utc::now(),
    )
    .await?;
    let binding_cookie = Cookie::build((BINDING_COOKIE, binding))
        .path(CALLBACK)
        .http_only(true)
        .secure(state.config.secure_cookies)
        .same_site(SameSite::Lax)
        .build();
    let jar = jar.add(binding_cookie).add(START_FORM.removal());
    Ok((jar, Redirect::to(&authorisation.url)).into_response())
}

/// What the provider sends back.
#[derive(Deserialize, Default)]
#[serde(default)]
struct CallbackQuery {
    code: String,
    state: String,
    error: String,
}

/// `GET /complaint/callback`.
async fn callback(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    Query(answer): Query<CallbackQuery>,
) -> Result<Response, AppError> {
    let binding = jar.get(BINDING_COOKIE).map(|c| c.value().to_string());
    let jar = jar.remove(Cookie::build(BINDING_COOKIE).path(CALLBACK).build());
    let check = match answer.state.is_empty() {
        true => None,
        false => identity_checks::take(&state.db, &sha256_hex(&answer.state), Utc::now()).await?,
    };
    let Some(check) = check.filter(|c| binding.as_deref().is_some_and(|b| same_hash(b, c))) else {
        tracing::warn!("identity check answer with an unknown state or from another browser");
        return Ok((jar, failed(&visitor, StatusCode::BAD_REQUEST)).into_response());
    };
    let Some(provider) = state.identity_provider.clone() else {
        return Ok((jar, failed(&visitor, StatusCode::SERVICE_UNAVAILABLE)).into_response());
    };
    if !answer.error.is_empty() || answer.code.is_empty() {
        let page = visitor.page(StatusCode::OK, "", || {
            view! { <IdentityNotVerifiedPage reason=NotVerified::Refused/> }
        });
        return Ok((jar, page).into_response());
    }
    let identity = match provider
        .verify(&answer.code, &check.nonce, &check.pkce_verifier)
        .await
    {
        Ok(identity) => identity,
        Err(e) => return Ok((jar, not_verified(&visitor, e)).into_response()),
    };
    let Some(row) = drafts::find(&state.db, &state.keys, &check.draft_id, Utc::now()).await? else {
        return Ok((jar, failed(&visitor, StatusCode::GONE)).into_response());
    };
    let mut draft: PreComplaintDraft = serde_json::from_str(&row.data)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("unreadable draft: {e}")))?;
    draft.verify(identity.clone());
    let data = serde_json::to_string(&draft).map_err(|e| AppError::Internal(e.into()))?;
    if !drafts::save(&state.db, &state.keys, &row.id, &data, Utc::now()).await? {
        return Ok((jar, failed(&visitor, StatusCode::GONE)).into_response());
    }
    tracing::info!("identity verified for an online complaint");
    let next = draft.first_missing_step().map_or_else(
        || PreComplaintDraft::CHECK.to_string(),
        PreComplaintDraft::step_href,
    );
    let name = provider.name().to_string();
    let page = visitor.page(StatusCode::OK, "", move || {
        view! { <IdentityVerifiedPage identity=identity provider=name next=next/> }
    });
    Ok((jar, page).into_response())
}

/// Whether `binding` is the value whose hash the check holds (constant time).
fn same_hash(binding: &str, check: &IdentityCheck) -> bool {
    bool::from(
        sha256_hex(binding)
            .as_bytes()
            .ct_eq(check.binding_hash.as_bytes()),
    )
}

fn failed(visitor: &Visitor, status: StatusCode) -> Response {
    visitor.page(status, "", || {
        view! { <IdentityNotVerifiedPage reason=NotVerified::Failed/> }
    })
}

fn not_verified(visitor: &Visitor, error: VerificationError) -> Response {
    tracing::warn!(error = %error, "identity not verified");
    let status = match error {
        VerificationError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        VerificationError::Invalid(_) => StatusCode::BAD_REQUEST,
    };
    failed(visitor, status)
}
