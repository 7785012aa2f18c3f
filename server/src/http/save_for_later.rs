//! "Save and continue later" on the identified flows (pre-complaint,
//! online complaint, discrimination report): the citizen asks for a link by
//! email; the link, used once within 30 days, moves the saved draft to the
//! session of the browser that opens it.
//!
//! The link's token is stored as its SHA-256 only. Opening the link shows
//! a button (mail scanners follow links; they do not press buttons), and
//! pressing it moves the draft to a new session cookie: the old cookie, on
//! whatever device it was, no longer reaches the draft.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use axum_extra::extract::cookie::CookieJar;
use chrono::{Duration, Utc};
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::discrimination::DiscriminationDraft;
use app::domain::errors::FieldErrors;
use app::domain::pre_complaint::PreComplaintDraft;
use app::domain::values::Email;
use app::emails;
use app::pages::{
    ResumeGonePage, ResumePage, SaveForLaterPage, SaveForLaterSentPage, SAVE_FOR_LATER,
};

use super::flow::CitizenFlow;
use super::form_token::FormToken;
use super::session::{self, draft_id, parse_form, random_token, Draft};
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::drafts::DraftRow;
use crate::db::outbox::{self, NewMessage};
use crate::db::resume_links::{self, LINKS_PER_DRAFT_PER_DAY, LINK_LIFETIME_DAYS};

/// The resume button's CSRF token (there is no session yet).
const RESUME_FORM: FormToken = FormToken {
    cookie: "portal_resume_form",
    path: "/resume",
};

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(SAVE_FOR_LATER, get(page).post(send_link))
        .route("/resume/{token}", get(resume_page).post(resume))
}

/// A draft that can be saved for later: where it goes on (its first
/// unanswered step, or its check page) and the address the citizen gave.
struct Savable {
    resume: String,
    email: String,
}

/// What saving needs to know of a draft; `None` for a sent draft or a flow
/// that cannot be saved (the anonymous report leaves no link behind).
fn savable(row: &DraftRow) -> Option<Savable> {
    fn read<Q: CitizenFlow>(data: &str) -> Option<Savable> {
        let answers: Q = serde_json::from_str(data).ok()?;
        Some(Savable {
            resume: answers
                .first_missing_step()
                .map_or_else(|| Q::CHECK.to_string(), Q::step_href),
            email: answers.contact_email().unwrap_or_default(),
        })
        .filter(|_| Q::SAVE_FOR_LATER)
    }
    if row.submission_id.is_some() {
        return None;
    }
    match row.flow.as_str() {
        PreComplaintDraft::NAME => read::<PreComplaintDraft>(&row.data),
        DiscriminationDraft::NAME => read::<DiscriminationDraft>(&row.data),
        _ => None,
    }
}

/// `GET /save-for-later`.
async fn page(visitor: Visitor, draft: Draft) -> Response {
    let Some(Savable {
        resume: back,
        email,
    }) = savable(&draft.row)
    else {
        return Redirect::to("/").into_response();
    };
    visitor.page(StatusCode::OK, &draft.row.csrf_token, move || {
        view! { <SaveForLaterPage email=email errors=FieldErrors::new() back=back/> }
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EmailForm {
    email: String,
}

/// `POST /save-for-later`: emails a single-use link to the draft.
async fn send_link(
    State(state): State<AppState>,
    visitor: Visitor,
    draft: Draft,
    body: Bytes,
) -> Result<Response, AppError> {
    let posted = parse_form::<EmailForm>(&draft, &body)?;
    let Some(saved) = savable(&draft.row) else {
        return Ok(Redirect::to("/").into_response());
    };
    let typed = posted.form.email;
    let now = Utc::now();
    let sent_today =
        resume_links::count_since(&state.db, &draft.row.id, now - Duration::days(1)).await?;
    let mut errors = FieldErrors::new();
    let (status, email) = match Email::parse(&typed) {
        _ if sent_today >= LINKS_PER_DRAFT_PER_DAY => {
            errors.add("email", "error-save-for-later-limit");
            (StatusCode::TOO_MANY_REQUESTS, None)
        }
        None if typed.trim().is_empty() => {
            errors.add("email", "error-required-email");
            (StatusCode::UNPROCESSABLE_ENTITY, None)
        }
        None => {
            errors.add("email", "error-email");
            (StatusCode::UNPROCESSABLE_ENTITY, None)
        }
        Some(email) => (StatusCode::OK, Some(email)),
    };
    let Some(email) = email else {
        let back = saved.resume;
        return Ok(visitor.page(status, &draft.row.csrf_token, move || {
            view! { <SaveForLaterPage email=typed errors=errors back=back/> }
        }));
    };
    let token = random_token();
    let link = format!(
        "{}/resume/{token}",
        state.config.public_url.trim_end_matches('/')
    );
    let content = emails::resume_link(visitor.lang, &link, LINK_LIFETIME_DAYS);
    let message_id = format!("resume.{}", &random_token()[..24]);
    let mut tx = state.db.begin().await?;
    resume_links::create(&mut tx, &draft_id(&token), &draft.row.id, now).await?;
    let message = NewMessage {
        submission_id: None,
        message_id: &message_id,
        recipient: email.as_str(),
        subject: &content.subject,
        body_text: &content.text,
        body_html: &content.html,
    };
    outbox::enqueue(&mut tx, &state.keys, &message, now).await?;
    tx.commit().await?;
    state.outbox_wake.notify_one();
    let shown = email.as_str().to_string();
    Ok(visitor.page(StatusCode::OK, "", move || {
        view! { <SaveForLaterSentPage email=shown/> }
    }))
}

fn gone(visitor: &Visitor) -> Response {
    visitor.page(StatusCode::GONE, "", || view! { <ResumeGonePage/> })
}

/// `GET /resume/{token}`: the button that uses the link.
async fn resume_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if !resume_links::is_live(&state.db, &draft_id(&token), Utc::now()).await? {
        return Ok(gone(&visitor));
    }
    let (csrf, cookie) = RESUME_FORM.fresh();
    let action = format!("/resume/{token}");
    let page = visitor.page(StatusCode::OK, &csrf, move || {
        view! { <ResumePage action=action/> }
    });
    Ok((CookieJar::new().add(cookie), page).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ResumeForm {
    csrf: String,
}

/// `POST /resume/{token}`: uses the link, moves the draft to a new
/// session, and goes on where the citizen stopped.
async fn resume(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: ResumeForm = super::form::parse(&body)?;
    RESUME_FORM.check(&jar, &form.csrf)?;
    let now = Utc::now();
    let session_token = random_token();
    let new_id = draft_id(&session_token);
    let mut tx = state.db.begin().await?;
    let Some(old_id) = resume_links::take(&mut tx, &draft_id(&token), now).await? else {
        return Ok(gone(&visitor));
    };
    if !crate::db::drafts::rebind(&mut tx, &old_id, &new_id, now).await? {
        tx.commit().await?;
        return Ok(gone(&visitor));
    }
    tx.commit().await?;
    let Some(row) = crate::db::drafts::find(&state.db, &state.keys, &new_id, now).await? else {
        return Ok(gone(&visitor));
    };
    tracing::info!(flow = %row.flow, "saved draft reopened");
    let jar = jar
        .add(session::session_cookie(&state, session_token))
        .add(RESUME_FORM.removal());
    let next = savable(&row).map_or_else(|| "/".to_string(), |s| s.resume);
    Ok((jar, Redirect::to(&next)).into_response())
}
