//! The case page and what an agent does on it: status changes through the
//! domain's state machine, notes, messages, appointment slots, assignment.
//! A case of another unit answers 404, and the attempt is audited.

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDateTime, TimeZone, Utc};
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::case::{
    available_actions, transition, Actor, CaseAction, CaseState, CaseStatus, TransitionError,
};
use app::domain::errors::FieldErrors;
use app::domain::form::{optional_text, required_long_text};
use app::emails;
use app::i18n::Lang;
use app::pages::agent::{display_time, CasePage, CaseView, HistoryLine, TimelineLine};
use app::pages::pre_complaint::display_date;

use super::answers::CaseAnswers;
use super::{parse_agent_form, SignedIn};
use crate::crypto::DataKeys;
use crate::db::audit::{self, AuditEntry};
use crate::db::cases::{self, CaseHead, EventRow};
use crate::db::outbox::{self, NewMessage};
use crate::db::{agents, units, Tx};
use crate::http::session::{draft_id, random_token};
use crate::http::AppError;

/// Loads a case the agent may read: same unit, a role that reads cases.
/// Anything else is 404 (the case's existence is not revealed) and audited.
async fn readable(agent: &SignedIn, id: i64) -> Result<CaseHead, AppError> {
    let head = cases::find(&agent.state.db, id).await?;
    let allowed = head.as_ref().is_some_and(|h| {
        agent.role.can_read_cases()
            && agent.agent.unit_code.as_deref() == Some(h.unit_code.as_str())
    });
    if !allowed {
        let actor = agent.actor();
        let entry = AuditEntry {
            actor: &actor,
            action: "case.denied",
            submission_id: Some(id),
            detail: "",
        };
        audit::record(&agent.state.db, &entry, Utc::now()).await?;
        return Err(AppError::NotFound);
    }
    head.ok_or(AppError::NotFound)
}

fn state_of(head: &CaseHead) -> Result<CaseState, AppError> {
    let status = CaseStatus::from_slug(&head.status)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("unknown status {}", head.status)))?;
    Ok(CaseState {
        status,
        owner: head.owner_id,
    })
}

fn actor_of(agent: &SignedIn) -> Actor {
    Actor::Agent {
        id: agent.agent.id,
        role: agent.role,
    }
}

fn who(actor: &str, names: &[(i64, String)]) -> String {
    actor
        .strip_prefix("agent:")
        .and_then(|id| id.parse::<i64>().ok())
        .and_then(|id| names.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone()))
        .unwrap_or_else(|| actor.to_string())
}

async fn case_view(agent: &SignedIn, head: &CaseHead) -> Result<CaseView, AppError> {
    let db = &agent.state.db;
    let state = state_of(head)?;
    let today = Utc::now().date_naive();
    let colleagues: Vec<(i64, String)> = agents::of_unit(db, &head.unit_code)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let history = cases::events(db, &agent.state.keys, head.submission_id)
        .await?
        .into_iter()
        .map(|e| HistoryLine {
            who: who(&e.actor, &colleagues),
            when: display_time(e.created_at),
            action: e.action,
            from: e.from_status,
            to: e.to_status,
            detail: e.detail,
        })
        .collect();
    let text_lines = |rows: Vec<cases::TextRow>| -> Vec<TimelineLine> {
        rows.into_iter()
            .map(|r| TimelineLine {
                who: r.agent_name.unwrap_or_else(|| r.author.clone()),
                when: display_time(r.created_at),
                text: r.body,
            })
            .collect()
    };
    let keys = &agent.state.keys;
    let notes = text_lines(cases::notes(db, keys, head.submission_id).await?);
    let messages = text_lines(cases::messages(db, keys, head.submission_id).await?);
    let zone = case_zone(db, &head.unit_code).await?;
    let slots = cases::slots(db, head.submission_id)
        .await?
        .into_iter()
        .map(|s| (slot_text(s.starts_at, zone), s.chosen))
        .collect();
    let actor = actor_of(agent);
    let is_owner = head.owner_id == Some(agent.agent.id);
    let assignable = if agent.role.can_assign()
        && matches!(state.status, CaseStatus::New | CaseStatus::InReview)
    {
        colleagues.clone()
    } else {
        Vec::new()
    };
    Ok(CaseView {
        submission_id: head.submission_id,
        reference: head.reference.clone(),
        category: head.category.clone(),
        status: head.status.clone(),
        owner: head.owner_name.clone(),
        submitted: display_time(head.submitted_at),
        sign_by: head
            .sign_by
            .map(|d| (display_date(d), (d - today).num_days())),
        language: Lang::from_code(&head.lang)
            .unwrap_or_default()
            .endonym()
            .to_string(),
        answers: Vec::new(),
        history,
        notes,
        messages,
        slots,
        actions: available_actions(&state, &actor, today, head.sign_by),
        is_owner,
        assignable,
    })
}

/// Renders the case page; the answers are laid out inside the render,
/// where the page's language is known.
async fn show(
    agent: &SignedIn,
    head: &CaseHead,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let view_data = case_view(agent, head).await?;
    let answers = CaseAnswers::read(&head.category, &head.answers(&agent.state.keys)?);
    let unit = units::find(&agent.state.db, &head.unit_code).await?;
    let badge = agent.badge();
    Ok(agent.render(status, move || {
        let mut view_data = view_data;
        view_data.answers = answers.sections(unit.as_ref());
        view! { <CasePage badge=badge case=view_data errors=errors notice=None/> }
    }))
}

/// `GET /agent/cases/{id}`: the case, and an audit entry for the view.
pub async fn page(agent: SignedIn, Path(id): Path<i64>) -> Result<Response, AppError> {
    let head = readable(&agent, id).await?;
    let actor = agent.actor();
    audit::record(
        &agent.state.db,
        &AuditEntry {
            actor: &actor,
            action: "case.view",
            submission_id: Some(id),
            detail: "",
        },
        Utc::now(),
    )
    .await?;
    show(&agent, &head, FieldErrors::new(), StatusCode::OK).await
}

/// Applies a checked transition in `tx`: compare-and-set of the status and
/// owner, a history line and an audit entry. `false` when the case changed
/// meanwhile (another agent was faster).
#[allow(clippy::too_many_arguments)]
async fn record_transition(
    tx: &mut Tx,
    keys: &DataKeys,
    head: &CaseHead,
    from: &CaseState,
    to: &CaseState,
    actor: &str,
    action: &str,
    detail: &str,
) -> Result<bool, AppError> {
    let now = Utc::now();
    let claimed = matches!(action, "claim" | "assign");
    if !cases::set_state(
        tx,
        head.submission_id,
        (from.status.slug(), from.owner),
        (to.status.slug(), to.owner),
        claimed,
        now,
    )
    .await?
    {
        return Ok(false);
    }
    let event = EventRow {
        actor: actor.to_string(),
        action: action.to_string(),
        from_status: from.status.slug().to_string(),
        to_status: to.status.slug().to_string(),
        detail: detail.to_string(),
        created_at: now,
    };
    cases::add_event(tx, keys, head.submission_id, &event).await?;
    let summary = format!("{} -> {}", from.status.slug(), to.status.slug());
    audit::append(
        tx,
        &AuditEntry {
            actor,
            action: &format!("case.{action}"),
            submission_id: Some(head.submission_id),
            detail: &summary,
        },
        now,
    )
    .await?;
    Ok(true)
}

fn refused(message: &'static str, field: &'static str) -> FieldErrors {
    let mut errors = FieldErrors::new();
    errors.add(field, message);
    errors
}

fn field_of(error: &TransitionError) -> &'static str {
    match error {
        TransitionError::ReasonRequired | TransitionError::ReasonTooLong => "reason",
        _ => "action",
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActionForm {
    action: String,
    destination: String,
    reason: String,
    note: String,
}

/// `POST /agent/cases/{id}/action`: a status change.
pub async fn action(
    agent: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: ActionForm = parse_agent_form(&agent, &body)?;
    let head = readable(&agent, id).await?;
    let text = if form.action == "reject" {
        &form.reason
    } else {
        &form.note
    };
    let Some(action) = CaseAction::from_form(&form.action, &form.destination, text) else {
        return Err(AppError::BadRequest);
    };
    let from = state_of(&head)?;
    let to = match transition(
        &from,
        &action,
        &actor_of(&agent),
        Utc::now().date_naive(),
        head.sign_by,
    ) {
        Ok(to) => to,
        Err(error) => {
            return show(
                &agent,
                &head,
                refused(error.message_key(), field_of(&error)),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let detail = match &action {
        CaseAction::Refer { to, note } => format!("{} {}", to.slug(), note),
        CaseAction::Reject { reason } => reason.clone(),
        _ => String::new(),
    };
    let mut tx = agent.state.db.begin().await?;
    if !record_transition(
        &mut tx,
        &agent.state.keys,
        &head,
        &from,
        &to,
        &agent.actor(),
        action.slug(),
        &detail,
    )
    .await?
    {
        drop(tx);
        let head = readable(&agent, id).await?;
        return show(
            &agent,
            &head,
            refused("case-error-changed", "action"),
            StatusCode::CONFLICT,
        )
        .await;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/agent/cases/{id}")).into_response())
}

/// The owner of an open case, or the page again with why not.
async fn owner_only(
    agent: &SignedIn,
    head: &CaseHead,
    field: &'static str,
) -> Result<Option<Response>, AppError> {
    let open = CaseStatus::from_slug(&head.status).is_some_and(CaseStatus::is_open);
    if head.owner_id == Some(agent.agent.id) && open {
        return Ok(None);
    }
    Ok(Some(
        show(
            agent,
            head,
            refused("case-error-not-owner", field),
            StatusCode::FORBIDDEN,
        )
        .await?,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TextForm {
    note_body: String,
    message_body: String,
}

/// What the owner of an open case typed in `field` (a note or a message),
/// with the case; or the page again saying why not.
async fn owner_text(
    agent: &SignedIn,
    id: i64,
    body: &[u8],
    field: &'static str,
) -> Result<Result<(CaseHead, String), Response>, AppError> {
    let form: TextForm = parse_agent_form(agent, body)?;
    let head = readable(agent, id).await?;
    if let Some(refusal) = owner_only(agent, &head, field).await? {
        return Ok(Err(refusal));
    }
    let typed = if field == "note_body" {
        &form.note_body
    } else {
        &form.message_body
    };
    let mut errors = FieldErrors::new();
    match required_long_text(&mut errors, field, typed) {
        Some(text) => Ok(Ok((head, text))),
        None => Ok(Err(show(
            agent,
            &head,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await?)),
    }
}

/// `POST /agent/cases/{id}/notes`: an internal note, never shown to the citizen.
pub async fn note(agent: SignedIn, Path(id): Path<i64>, body: Bytes) -> Result<Response, AppError> {
    let text = match owner_text(&agent, id, &body, "note_body").await? {
        Ok((_, text)) => text,
        Err(refusal) => return Ok(refusal),
    };
    let now = Utc::now();
    let actor = agent.actor();
    let mut tx = agent.state.db.begin().await?;
    let entry = AuditEntry {
        actor: &actor,
        action: "case.note",
        submission_id: Some(id),
        detail: "",
    };
    audit::append(&mut tx, &entry, now).await?;
    cases::add_note(&mut tx, &agent.state.keys, id, agent.agent.id, &text, now).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/agent/cases/{id}")).into_response())
}

fn citizen_email(head: &CaseHead, keys: &DataKeys) -> Option<String> {
    let answers = head.answers(keys).ok()?;
    CaseAnswers::read(&head.category, &answers).email()
}

async fn queue_email(
    tx: &mut Tx,
    keys: &DataKeys,
    head: &CaseHead,
    email: emails::EmailContent,
) -> Result<(), AppError> {
    let Some(recipient) = citizen_email(head, keys) else {
        return Ok(());
    };
    // The reporter of a violence case is only told that something waits on
    // the follow-up page: never the text, the code or the reference.
    let (email, prefix) = match head.category.as_str() {
        "violence" => {
            let lang = Lang::from_code(&head.lang).unwrap_or_default();
            let waiting = emails::follow_up_message_waiting(lang);
            (waiting, "follow-up".to_string())
        }
        _ => (email, head.reference.to_lowercase()),
    };
    let message_id = format!("{prefix}.{}", &random_token()[..16]);
    let message = NewMessage {
        submission_id: Some(head.submission_id),
        message_id: &message_id,
        recipient: &recipient,
        subject: &email.subject,
        body_text: &email.text,
        body_html: &email.html,
    };
    outbox::enqueue(tx, keys, &message, Utc::now()).await?;
    Ok(())
}

/// `POST /agent/cases/{id}/messages`: a message to the citizen, by email
/// in their language (and kept for their follow-up page).
pub async fn message(
    agent: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let (head, text) = match owner_text(&agent, id, &body, "message_body").await? {
        Ok(found) => found,
        Err(refusal) => return Ok(refusal),
    };
    let now = Utc::now();
    let actor = agent.actor();
    let lang = Lang::from_code(&head.lang).unwrap_or_default();
    let mut tx = agent.state.db.begin().await?;
    let entry = AuditEntry {
        actor: &actor,
        action: "case.message",
        submission_id: Some(id),
        detail: "",
    };
    audit::append(&mut tx, &entry, now).await?;
    cases::add_message(
        &mut tx,
        &agent.state.keys,
        id,
        Some(agent.agent.id),
        &text,
        now,
    )
    .await?;
    queue_email(
        &mut tx,
        &agent.state.keys,
        &head,
        emails::agent_message(lang, &head.reference, &text),
    )
    .await?;
    tx.commit().await?;
    agent.state.outbox_wake.notify_one();
    Ok(Redirect::to(&format!("/agent/cases/{id}")).into_response())
}

/// A slot as shown: in the unit's local time, as the agent typed it.
pub fn slot_text(at: chrono::DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    at.with_timezone(&zone).format("%d/%m/%Y %H:%M").to_string()
}

/// The time zone of the case's unit.
pub async fn case_zone(db: &crate::db::Db, unit_code: &str) -> Result<chrono_tz::Tz, AppError> {
    let unit = units::find(db, unit_code).await?;
    Ok(unit.map_or(chrono_tz::Europe::Paris, |u| {
        app::domain::unit::unit_time_zone(&u.postcode)
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SlotsForm {
    slot_1: String,
    slot_2: String,
    slot_3: String,
}

/// `POST /agent/cases/{id}/slots`: offers up to three slots before the
/// signing deadline, and emails the citizen a link to pick one.
pub async fn slots(
    agent: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: SlotsForm = parse_agent_form(&agent, &body)?;
    let head = readable(&agent, id).await?;
    let now = Utc::now();
    let zone = case_zone(&agent.state.db, &head.unit_code).await?;
    let mut errors = FieldErrors::new();
    let mut slots = Vec::new();
    for (field, typed) in [
        ("slot_1", &form.slot_1),
        ("slot_2", &form.slot_2),
        ("slot_3", &form.slot_3),
    ] {
        let Some(typed) = optional_text(&mut errors, field, typed, 20) else {
            continue;
        };
        // Typed in the unit's local time; a time skipped by a clock change does not exist.
        let local = NaiveDateTime::parse_from_str(&typed, "%Y-%m-%dT%H:%M").ok();
        let at = local
            .and_then(|l| zone.from_local_datetime(&l).earliest())
            .map(|at| at.with_timezone(&Utc));
        match (local, at) {
            (Some(_), Some(at)) if at <= now => errors.add(field, "case-error-slot-past"),
            (Some(local), Some(_)) if head.sign_by.is_some_and(|d| local.date() > d) => {
                errors.add(field, "case-error-slot-after-deadline")
            }
            (Some(_), Some(at)) => slots.push(at),
            _ => errors.add(field, "case-error-slot-format"),
        }
    }
    if slots.is_empty() && errors.is_empty() {
        errors.add("slot_1", "case-error-slot-none");
    }
    if !errors.is_empty() {
        return show(&agent, &head, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let from = state_of(&head)?;
    let to = match transition(
        &from,
        &CaseAction::ProposeAppointment,
        &actor_of(&agent),
        now.date_naive(),
        head.sign_by,
    ) {
        Ok(to) => to,
        Err(error) => {
            return show(
                &agent,
                &head,
                refused(error.message_key(), "slot_1"),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    };
    let token = random_token();
    let expires_at = head
        .sign_by
        .map(|d| d.and_hms_opt(23, 59, 59).unwrap_or_default().and_utc())
        .unwrap_or(now + chrono::Duration::days(30));
    let unit = units::find(&agent.state.db, &head.unit_code).await?;
    let link = format!(
        "{}/appointment/{token}",
        agent.state.config.public_url.trim_end_matches('/')
    );
    let lang = Lang::from_code(&head.lang).unwrap_or_default();
    let shown: Vec<String> = slots.iter().map(|s| slot_text(*s, zone)).collect();
    let unit_text = unit
        .map(|u| format!("{}, {}, {} {}", u.name, u.address, u.postcode, u.town))
        .unwrap_or_default();
    let mut tx = agent.state.db.begin().await?;
    if !record_transition(
        &mut tx,
        &agent.state.keys,
        &head,
        &from,
        &to,
        &agent.actor(),
        "propose-appointment",
        &shown.join(", "),
    )
    .await?
    {
        drop(tx);
        return show(
            &agent,
            &head,
            refused("case-error-changed", "slot_1"),
            StatusCode::CONFLICT,
        )
        .await;
    }
    cases::offer_slots(&mut tx, id, &slots, &draft_id(&token), expires_at, now).await?;
    queue_email(
        &mut tx,
        &agent.state.keys,
        &head,
        emails::appointment_proposed(lang, &head.reference, &unit_text, &shown, &link),
    )
    .await?;
    tx.commit().await?;
    agent.state.outbox_wake.notify_one();
    Ok(Redirect::to(&format!("/agent/cases/{id}")).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AssignForm {
    agent_id: String,
}

/// `POST /agent/cases/{id}/assign`: a supervisor gives a new or claimed
/// case to an agent of the unit.
pub async fn assign(
    agent: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form: AssignForm = parse_agent_form(&agent, &body)?;
    let head = readable(&agent, id).await?;
    if !agent.role.can_assign() {
        return Err(AppError::Forbidden);
    }
    let target: i64 = form.agent_id.parse().map_err(|_| AppError::BadRequest)?;
    let colleagues = agents::of_unit(&agent.state.db, &head.unit_code).await?;
    if !colleagues.iter().any(|a| a.id == target) {
        return show(
            &agent,
            &head,
            refused("case-error-assign", "agent_id"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let from = state_of(&head)?;
    if !matches!(from.status, CaseStatus::New | CaseStatus::InReview) {
        return show(
            &agent,
            &head,
            refused("case-error-assign", "agent_id"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let to = CaseState {
        status: CaseStatus::InReview,
        owner: Some(target),
    };
    let mut tx = agent.state.db.begin().await?;
    if !record_transition(
        &mut tx,
        &agent.state.keys,
        &head,
        &from,
        &to,
        &agent.actor(),
        "assign",
        &format!("agent:{target}"),
    )
    .await?
    {
        drop(tx);
        return show(
            &agent,
            &head,
            refused("case-error-changed", "agent_id"),
            StatusCode::CONFLICT,
        )
        .await;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/agent/cases/{id}")).into_response())
}
