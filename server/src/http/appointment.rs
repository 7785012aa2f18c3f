//! The citizen picks an appointment slot from the link in their email,
//! without an account. The link's token is the only key: it is stored as a
//! hash, works until the signing deadline, and only once. The form also
//! carries a CSRF token (a double-submit cookie scoped to `/appointment`),
//! so that no other site can book a slot with a link it has seen.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::case::{transition, Actor, CaseAction, CaseState, CaseStatus};
use app::domain::errors::FieldErrors;
use app::pages::agent::{SlotChoicePage, SlotOutcomePage};

use super::agent::{case_zone, slot_text};
use super::form_token::FormToken;
use super::session::draft_id;
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::audit::{self, AuditEntry};
use crate::db::cases::{self, EventRow};
use crate::db::units;

/// The slot form's CSRF token (the citizen has no session).
const FORM: FormToken = FormToken {
    cookie: "portal_appointment_form",
    path: "/appointment",
};

fn gone(visitor: &Visitor) -> Response {
    visitor.page(
        StatusCode::GONE,
        "",
        || view! { <SlotOutcomePage chosen=None/> },
    )
}

/// The unit's name and address, as the citizen will look for it.
async fn unit_address(state: &AppState, code: &str) -> Result<String, AppError> {
    Ok(units::find(&state.db, code)
        .await?
        .map(|u| format!("{}, {}, {} {}", u.name, u.address, u.postcode, u.town))
        .unwrap_or_default())
}

/// `GET /appointment/{token}`.
pub async fn page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some(id) = cases::case_of_link(&state.db, &draft_id(&token), Utc::now()).await? else {
        return Ok(gone(&visitor));
    };
    let head = cases::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if head.status != CaseStatus::AppointmentProposed.slug() {
        return Ok(gone(&visitor));
    }
    let zone = case_zone(&state.db, &head.unit_code).await?;
    let slots: Vec<(i64, String)> = cases::slots(&state.db, id)
        .await?
        .into_iter()
        .map(|s| (s.id, slot_text(s.starts_at, zone)))
        .collect();
    let unit = unit_address(&state, &head.unit_code).await?;
    let (csrf, cookie) = FORM.fresh();
    let page = visitor.page(StatusCode::OK, &csrf, move || {
        view! { <SlotChoicePage reference=head.reference unit=unit slots=slots errors=FieldErrors::new()/> }
    });
    Ok((CookieJar::new().add(cookie), page).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SlotForm {
    csrf: String,
    slot: String,
}

/// `POST /appointment/{token}`: books the slot, through the state machine.
pub async fn choose(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: SlotForm = super::form::parse(&body)?;
    let csrf = FORM.check(&jar, &form.csrf)?;
    let token_hash = draft_id(&token);
    let now = Utc::now();
    let Some(id) = cases::case_of_link(&state.db, &token_hash, now).await? else {
        return Ok(gone(&visitor));
    };
    let head = cases::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let slots = cases::slots(&state.db, id).await?;
    let zone = case_zone(&state.db, &head.unit_code).await?;
    let Some(slot) = form
        .slot
        .parse::<i64>()
        .ok()
        .and_then(|s| slots.iter().find(|x| x.id == s))
    else {
        let mut errors = FieldErrors::new();
        errors.add("slot", "error-choose");
        let choices: Vec<(i64, String)> = slots
            .iter()
            .map(|s| (s.id, slot_text(s.starts_at, zone)))
            .collect();
        let reference = head.reference.clone();
        let unit = unit_address(&state, &head.unit_code).await?;
        return Ok(visitor.page(StatusCode::UNPROCESSABLE_ENTITY, &csrf, move || {
            view! { <SlotChoicePage reference=reference unit=unit slots=choices errors=errors/> }
        }));
    };
    let status = CaseStatus::from_slug(&head.status)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("unknown status")))?;
    let from = CaseState {
        status,
        owner: head.owner_id,
    };
    let Ok(to) = transition(
        &from,
        &CaseAction::BookAppointment,
        &Actor::Citizen,
        now.date_naive(),
        head.sign_by,
    ) else {
        return Ok(gone(&visitor));
    };
    let when = slot_text(slot.starts_at, zone);
    let mut tx = state.db.begin().await?;
    if !cases::set_state(
        &mut tx,
        id,
        (from.status.slug(), from.owner),
        (to.status.slug(), to.owner),
        false,
        now,
    )
    .await?
    {
        return Ok(gone(&visitor));
    }
    cases::choose_slot(&mut tx, id, slot.id, &token_hash, now).await?;
    let event = EventRow {
        actor: "citizen".into(),
        action: "book-appointment".into(),
        from_status: from.status.slug().into(),
        to_status: to.status.slug().into(),
        detail: when.clone(),
        created_at: now,
    };
    cases::add_event(&mut tx, &state.keys, id, &event).await?;
    let summary = format!("{} -> {}", from.status.slug(), to.status.slug());
    audit::append(
        &mut tx,
        &AuditEntry {
            actor: "citizen",
            action: "case.book-appointment",
            submission_id: Some(id),
            detail: &summary,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    let page = visitor.page(
        StatusCode::OK,
        "",
        move || view! { <SlotOutcomePage chosen=Some(when)/> },
    );
    Ok((jar.add(FORM.removal()), page).into_response())
}
