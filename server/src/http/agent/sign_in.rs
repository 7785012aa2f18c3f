//! Signing in: email and password, then a TOTP code (or, the first time,
//! enrolling an authenticator app), then a fresh signed-in session.
//!
//! A failed sign-in takes the same time whether the account exists or not
//! (the password is checked against a decoy hash), and failures are limited
//! per account and in all, in the database so that every server process
//! counts them together.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use chrono::{Duration, Utc};
use leptos::prelude::*;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use app::domain::errors::FieldErrors;
use app::pages::agent::{EnrolPage, SecondFactorPage, SignInPage};

use super::{current_session, open_session, removal_cookie, SignedIn};
use crate::auth;
use crate::db::agents::{self, SessionRow};
use crate::db::audit::{self, AuditEntry};
use crate::http::form_token::FormToken;
use crate::http::visitor::Visitor;
use crate::http::{AppError, AppState};

/// Failed attempts allowed per account in [`LOCK_MINUTES`].
const ACCOUNT_FAILURES: i64 = 5;
/// The window of the per-account limit.
const LOCK_MINUTES: i64 = 15;
/// Failed attempts allowed in all, per minute, before every sign-in waits.
const GLOBAL_FAILURES_PER_MINUTE: i64 = 100;
/// The sign-in form's CSRF token, in a cookie before any session exists.
const FORM: FormToken = FormToken {
    cookie: "portal_sign_in",
    path: "/agent",
};

fn account_key(email: &str) -> String {
    hex::encode(Sha256::digest(email.trim().to_lowercase().as_bytes()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInForm {
    csrf: String,
    email: String,
    password: String,
}

/// `GET /agent/sign-in`.
pub async fn page(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
) -> Result<Response, AppError> {
    if current_session(&state, &jar)
        .await?
        .is_some_and(|s| s.stage == "signed-in")
    {
        return Ok(Redirect::to("/agent").into_response());
    }
    Ok(fresh_page(&visitor, StatusCode::OK))
}

/// The sign-in page with a new form token (cookie and hidden field): what
/// `GET /agent/sign-in` shows, and what every agent route shows an
/// anonymous visitor.
pub fn fresh_page(visitor: &Visitor, status: StatusCode) -> Response {
    let (token, cookie) = FORM.fresh();
    let page = visitor.page(
        status,
        &token,
        || view! { <SignInPage email=String::new() errors=FieldErrors::new()/> },
    );
    (CookieJar::new().add(cookie), page).into_response()
}

fn refused(
    visitor: &Visitor,
    token: &str,
    email: String,
    message: &'static str,
    status: StatusCode,
) -> Response {
    let mut errors = FieldErrors::new();
    errors.add("email", message);
    visitor.page(
        status,
        token,
        move || view! { <SignInPage email=email errors=errors/> },
    )
}

/// `POST /agent/sign-in`.
pub async fn submit(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: SignInForm = crate::http::form::parse(&body)?;
    let expected = FORM.check(&jar, &form.csrf)?;
    if state.sign_in_limiter.check().is_err() {
        return Ok(refused(
            &visitor,
            &expected,
            form.email,
            "agent-error-too-many",
            StatusCode::TOO_MANY_REQUESTS,
        ));
    }
    let now = Utc::now();
    let email = form.email.trim().to_lowercase();
    let key = account_key(&email);
    let (account_failures, _) =
        agents::failures_since(&state.db, &key, now - Duration::minutes(LOCK_MINUTES)).await?;
    let (_, recent_failures) =
        agents::failures_since(&state.db, &key, now - Duration::minutes(1)).await?;
    let agent = agents::find_by_email(&state.db, &email)
        .await?
        .filter(|a| !a.disabled);
    let password = form.password.clone();
    let stored = agent.as_ref().map(|a| a.password_hash.clone());
    // Always pay for one Argon2 check, so timing says nothing about the account.
    let verified = auth::argon2(move || auth::verify_password(&password, stored.as_deref()))
        .await
        .map_err(AppError::Internal)?;
    if account_failures >= ACCOUNT_FAILURES || recent_failures >= GLOBAL_FAILURES_PER_MINUTE {
        agents::record_failure(&state.db, &key, now).await?;
        return Ok(refused(
            &visitor,
            &expected,
            form.email,
            "agent-error-too-many",
            StatusCode::TOO_MANY_REQUESTS,
        ));
    }
    let Some(agent) = agent.filter(|_| verified) else {
        agents::record_failure(&state.db, &key, now).await?;
        audit::record(
            &state.db,
            &AuditEntry {
                actor: "anonymous",
                action: "sign-in.failure",
                submission_id: None,
                detail: "password",
            },
            now,
        )
        .await?;
        return Ok(refused(
            &visitor,
            &expected,
            form.email,
            "agent-error-credentials",
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    let stage = if agent.totp_confirmed {
        "second-factor"
    } else {
        if agent.totp_secret.is_none() {
            agents::set_totp_secret(&state.db, agent.id, &auth::new_totp_secret()).await?;
        }
        "enrolment"
    };
    let cookie = open_session(&state, agent.id, stage).await?;
    let next = if stage == "enrolment" {
        "/agent/enrol"
    } else {
        "/agent/sign-in/code"
    };
    Ok((jar.remove(FORM.removal()).add(cookie), Redirect::to(next)).into_response())
}

/// The session of a visitor between password and second factor.
async fn pending(
    state: &AppState,
    jar: &CookieJar,
    stage: &str,
) -> Result<Option<SessionRow>, AppError> {
    Ok(current_session(state, jar)
        .await?
        .filter(|s| s.stage == stage))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    csrf: String,
    code: String,
}

/// `GET /agent/sign-in/code`.
pub async fn code_page(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let Some(session) = pending(&state, &jar, "second-factor").await? else {
        return Ok(Redirect::to("/agent/sign-in").into_response());
    };
    Ok(visitor.page(
        StatusCode::OK,
        &session.csrf_token,
        || view! { <SecondFactorPage errors=FieldErrors::new()/> },
    ))
}

/// Checks a TOTP code for the session's agent; on success, replaces the
/// pending session by a new signed-in one (a new cookie).
async fn second_factor(
    state: &AppState,
    jar: CookieJar,
    session: &SessionRow,
    form: &CodeForm,
) -> Result<Result<Response, &'static str>, AppError> {
    if !bool::from(subtle::ConstantTimeEq::ct_eq(
        form.csrf.as_bytes(),
        session.csrf_token.as_bytes(),
    )) {
        return Err(AppError::Forbidden);
    }
    let now = Utc::now();
    let agent = agents::find(&state.db, session.agent_id)
        .await?
        .filter(|a| !a.disabled)
        .ok_or(AppError::Forbidden)?;
    let key = account_key(&agent.email);
    let (failures, _) =
        agents::failures_since(&state.db, &key, now - Duration::minutes(LOCK_MINUTES)).await?;
    if failures >= ACCOUNT_FAILURES {
        return Ok(Err("agent-error-too-many"));
    }
    let secret = agent.totp_secret.clone().unwrap_or_default();
    let step = auth::totp_match(&secret, &form.code, now.timestamp());
    let accepted = match step {
        Some(step) => agents::accept_totp_step(&state.db, agent.id, step).await?,
        None => false,
    };
    let actor = format!("agent:{}", agent.id);
    if !accepted {
        agents::record_failure(&state.db, &key, now).await?;
        audit::record(
            &state.db,
            &AuditEntry {
                actor: &actor,
                action: "sign-in.failure",
                submission_id: None,
                detail: "second factor",
            },
            now,
        )
        .await?;
        return Ok(Err(if step.is_some() {
            "agent-error-code-used"
        } else {
            "agent-error-code"
        }));
    }
    agents::delete_session(&state.db, &session.id).await?;
    let cookie = open_session(state, agent.id, "signed-in").await?;
    audit::record(
        &state.db,
        &AuditEntry {
            actor: &actor,
            action: "sign-in.success",
            submission_id: None,
            detail: "",
        },
        now,
    )
    .await?;
    let landing = if agent.role == "admin" {
        "/agent/admin"
    } else {
        "/agent"
    };
    Ok(Ok((jar.add(cookie), Redirect::to(landing)).into_response()))
}

/// `POST /agent/sign-in/code`.
pub async fn code_submit(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, AppError> {
    let Some(session) = pending(&state, &jar, "second-factor").await? else {
        return Ok(Redirect::to("/agent/sign-in").into_response());
    };
    let form: CodeForm = crate::http::form::parse(&body)?;
    match second_factor(&state, jar, &session, &form).await? {
        Ok(response) => Ok(response),
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("code", message);
            Ok(visitor.page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &session.csrf_token,
                || view! { <SecondFactorPage errors=errors/> },
            ))
        }
    }
}

async fn render_enrolment(
    state: &AppState,
    visitor: &Visitor,
    session: &SessionRow,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let agent = agents::find(&state.db, session.agent_id)
        .await?
        .ok_or(AppError::Forbidden)?;
    let secret = agent.totp_secret.unwrap_or_default();
    let qr_svg = auth::enrolment_qr_svg(&secret, &agent.email)?;
    let grouped = secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).to_string())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(visitor.page(
        status,
        &session.csrf_token,
        move || view! { <EnrolPage qr_svg=qr_svg secret=grouped errors=errors/> },
    ))
}

/// `GET /agent/enrol`.
pub async fn enrol_page(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let Some(session) = pending(&state, &jar, "enrolment").await? else {
        return Ok(Redirect::to("/agent/sign-in").into_response());
    };
    render_enrolment(
        &state,
        &visitor,
        &session,
        FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

/// `POST /agent/enrol`: the first code proves the app holds the secret.
pub async fn enrol_submit(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, AppError> {
    let Some(session) = pending(&state, &jar, "enrolment").await? else {
        return Ok(Redirect::to("/agent/sign-in").into_response());
    };
    let form: CodeForm = crate::http::form::parse(&body)?;
    match second_factor(&state, jar, &session, &form).await? {
        Ok(response) => Ok(response),
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("code", message);
            render_enrolment(
                &state,
                &visitor,
                &session,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// `POST /agent/sign-out`: ends the session.
pub async fn sign_out(agent: SignedIn, jar: CookieJar, body: Bytes) -> Result<Response, AppError> {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Form {
        csrf: String,
    }
    let form: Form = crate::http::form::parse(&body)?;
    agent.check_csrf(&form.csrf)?;
    agents::delete_session(&agent.state.db, &agent.session.id).await?;
    let actor = agent.actor();
    audit::record(
        &agent.state.db,
        &AuditEntry {
            actor: &actor,
            action: "sign-out",
            submission_id: None,
            detail: "",
        },
        Utc::now(),
    )
    .await?;
    Ok((
        jar.add(removal_cookie(&agent.state)),
        Redirect::to("/agent/sign-in"),
    )
        .into_response())
}
