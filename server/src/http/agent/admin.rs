//! Administration of accounts. Administrators manage accounts and units and
//! never read cases; the same rules as the `agent add` command apply.

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::case::Role;
use app::domain::errors::FieldErrors;
use app::domain::form::required_text;
use app::domain::values::Email;
use app::pages::agent::{AccountLine, AdminPage, NewAccountForm};

use super::{parse_agent_form, SignedIn};
use crate::auth;
use crate::db::audit::{self, AuditEntry};
use crate::db::{agents, units};
use crate::http::AppError;

fn admin_only(agent: &SignedIn) -> Result<(), AppError> {
    if agent.role.can_manage_accounts() {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

async fn render(
    agent: &SignedIn,
    form: NewAccountForm,
    errors: FieldErrors,
    created: Option<(String, String)>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let accounts = agents::list(&agent.state.db)
        .await?
        .into_iter()
        .map(|a| AccountLine {
            id: a.id,
            state: if a.disabled {
                "disabled"
            } else if a.totp_confirmed {
                "active"
            } else {
                "not-enrolled"
            }
            .to_string(),
            email: a.email,
            name: a.name,
            role: a.role,
            unit: a.unit_code.unwrap_or_default(),
        })
        .collect();
    let badge = agent.badge();
    Ok(agent.render(status, move || view! { <AdminPage badge=badge accounts=accounts form=form errors=errors created=created/> }))
}

/// `GET /agent/admin`.
pub async fn page(agent: SignedIn) -> Result<Response, AppError> {
    admin_only(&agent)?;
    render(
        &agent,
        NewAccountForm {
            role: "agent".into(),
            ..Default::default()
        },
        FieldErrors::new(),
        None,
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    email: String,
    name: String,
    role: String,
    unit: String,
}

/// `POST /agent/admin/agents`: creates an account with a generated
/// password, shown once to the administrator.
pub async fn add(agent: SignedIn, body: Bytes) -> Result<Response, AppError> {
    admin_only(&agent)?;
    let form: AddForm = parse_agent_form(&agent, &body)?;
    let mut errors = FieldErrors::new();
    let email = Email::parse(&form.email.to_lowercase());
    if email.is_none() {
        errors.add("email", "error-email");
    }
    let name = required_text(&mut errors, "name", &form.name, 200);
    let role = Role::from_slug(&form.role);
    if role.is_none() {
        errors.add("role", "error-choose");
    }
    let unit = form.unit.trim().to_uppercase();
    if role != Some(Role::Admin) && units::find(&agent.state.db, &unit).await?.is_none() {
        errors.add("unit", "admin-error-unit");
    }
    let shown = NewAccountForm {
        email: form.email.clone(),
        name: form.name.clone(),
        role: form.role.clone(),
        unit: form.unit.clone(),
    };
    let (Some(email), Some(name), Some(role)) = (email, name, role) else {
        return render(
            &agent,
            shown,
            errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    if !errors.is_empty() {
        return render(
            &agent,
            shown,
            errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let password = auth::generate_password();
    let hash = auth::argon2({
        let password = password.clone();
        move || auth::hash_password(&password)
    })
    .await
    .map_err(AppError::Internal)??;
    let unit_code = (!unit.is_empty()).then_some(unit.as_str());
    let new = agents::NewAgent {
        email: email.as_str(),
        name: &name,
        role: role.slug(),
        unit_code,
        password_hash: &hash,
    };
    let Some(id) = agents::insert(&agent.state.db, &new, Utc::now()).await? else {
        errors.add("email", "admin-error-taken");
        return render(
            &agent,
            shown,
            errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let actor = agent.actor();
    let detail = format!("agent:{id} role {}", role.slug());
    audit::record(
        &agent.state.db,
        &AuditEntry {
            actor: &actor,
            action: "agent.add",
            submission_id: None,
            detail: &detail,
        },
        Utc::now(),
    )
    .await?;
    let created = Some((email.as_str().to_string(), password));
    render(
        &agent,
        NewAccountForm {
            role: "agent".into(),
            ..Default::default()
        },
        FieldErrors::new(),
        created,
        StatusCode::OK,
    )
    .await
}

/// `POST /agent/admin/agents/{id}/disable`.
pub async fn disable(
    agent: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    admin_only(&agent)?;
    #[derive(Deserialize, Default)]
    struct Empty {}
    let _: Empty = parse_agent_form(&agent, &body)?;
    let target = agents::find(&agent.state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    agents::disable(&agent.state.db, &target.email).await?;
    let actor = agent.actor();
    let detail = format!("agent:{id}");
    audit::record(
        &agent.state.db,
        &AuditEntry {
            actor: &actor,
            action: "agent.disable",
            submission_id: None,
            detail: &detail,
        },
        Utc::now(),
    )
    .await?;
    Ok(Redirect::to("/agent/admin").into_response())
}
