//! The citizen picks an appointment slot from the link in their email,
//! without an account. The link's token is the only key: it is stored as a
//! hash, works until the signing deadline, and only once.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::case::{transition, Actor, CaseAction, CaseState, CaseStatus};
use app::domain::errors::FieldErrors;
use app::pages::agent::{SlotChoicePage, SlotOutcomePage};

use super::agent::{case_zone, slot_text};
use super::session::draft_id;
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::audit::{self, AuditEntry};
use crate::db::cases::{self, EventRow};
use crate::db::units;

fn gone(visitor: &Visitor) -> Response {
    visitor.page(
        StatusCode::GONE,
        "",
        || view! { <SlotOutcomePage chosen=None/> },
    )
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
    let unit = units::find(&state.db, &head.unit_code).await?;
    let unit = unit
        .map(|u| format!("{}, {}, {} {}", u.name, u.address, u.postcode, u.town))
        .unwrap_or_default();
    Ok(visitor.page(StatusCode::OK, "", move || {
        view! { <SlotChoicePage reference=head.reference unit=unit slots=slots errors=FieldErrors::new()/> }
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SlotForm {
    slot: String,
}

/// `POST /appointment/{token}`: books the slot, through the state machine.
pub async fn choose(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: SlotForm = super::form::parse(&body)?;
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
        return Ok(visitor.page(StatusCode::UNPROCESSABLE_ENTITY, "", move || {
            view! { <SlotChoicePage reference=reference unit=String::new() slots=choices errors=errors/> }
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
    Ok(visitor.page(
        StatusCode::OK,
        "",
        move || view! { <SlotOutcomePage chosen=Some(when)/> },
    ))
}
