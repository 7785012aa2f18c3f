//! The first steps, GET and POST for each: safety, role, domain, criteria,
//! words, author; and the pages for people in danger or attacked.

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::discrimination::*;
use app::domain::errors::FieldErrors;
use app::pages::discrimination::*;
use app::pages::{Problem, ProblemPage};

use super::{Flow, FromCheck};
use crate::http::session::parse_form;
use crate::http::visitor::Visitor;
use crate::http::AppError;

/// `GET /discrimination/elsewhere/{reason}`.
pub async fn elsewhere(visitor: Visitor, Path(reason): Path<String>) -> Response {
    match ElsewhereReason::from_slug(&reason) {
        Some(reason) => {
            let back = step_href(Step::Safety);
            visitor.page(
                StatusCode::OK,
                "",
                move || view! { <ElsewherePage reason=reason back=back/> },
            )
        }
        None => visitor.page(
            StatusCode::NOT_FOUND,
            "",
            || view! { <ProblemPage problem=Problem::NotFound/> },
        ),
    }
}

pub async fn safety_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = if flow.answers.safe {
        SafetyForm::safe()
    } else {
        SafetyForm::default()
    };
    flow.show(
        Step::Safety,
        move || view! { <SafetyPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

/// Danger or violence sends the citizen elsewhere and forgets the "safe"
/// answer, so the report cannot go on until it is answered again.
pub async fn safety_save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<SafetyForm>(&flow.draft, &body)?;
    let reason = match posted.form.parse() {
        Ok(Safety::Continue) => {
            flow.answers.safe = true;
            return flow.advance(Step::Safety).await;
        }
        Ok(Safety::Danger) => ElsewhereReason::Danger,
        Ok(Safety::Violence) => ElsewhereReason::Violence,
        Err(errors) => {
            let (form, from_check) = (posted.form, posted.from_check);
            return Ok(flow.invalid(
                move || view! { <SafetyPage form=form errors=errors from_check=from_check/> },
            ));
        }
    };
    flow.answers.safe = false;
    flow.save().await?;
    Ok(Redirect::to(&reason.href()).into_response())
}

pub async fn role_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let reporter = flow
        .answers
        .reporter
        .map(|r| r.slug().to_string())
        .unwrap_or_default();
    flow.show(Step::Role, move || {
        view! { <RolePage reporter=reporter errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    reporter: String,
}

pub async fn role_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Role,
        &body,
        |f: &RoleForm| Reporter::parse(&f.reporter),
        |a, reporter| a.reporter = Some(reporter),
        move |form: RoleForm, errors, from_check| view! { <RolePage reporter=form.reporter errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn domain_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let domain = flow
        .answers
        .domain
        .map(|d| d.slug().to_string())
        .unwrap_or_default();
    flow.show(Step::Domain, move || {
        view! { <DomainPage domain=domain errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DomainForm {
    domain: String,
}

pub async fn domain_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Domain,
        &body,
        |f: &DomainForm| Domain::parse(&f.domain),
        |a, domain| a.domain = Some(domain),
        move |form: DomainForm, errors, from_check| view! { <DomainPage domain=form.domain errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn criteria_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let criteria = flow
        .answers
        .criteria
        .as_ref()
        .map(Criteria::values)
        .unwrap_or_default();
    flow.show(Step::Criteria, move || {
        view! { <CriteriaPage criteria=criteria errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

pub async fn criteria_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Criteria,
        &body,
        CriteriaForm::parse,
        |a, criteria| a.criteria = Some(criteria),
        move |form: CriteriaForm, errors, from_check| view! { <CriteriaPage criteria=form.criteria errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn words_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .words
        .as_ref()
        .map(WordsForm::from_answer)
        .unwrap_or_default();
    flow.show(
        Step::Words,
        move || view! { <WordsPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn words_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Words,
        &body,
        WordsForm::parse,
        |a, words| a.words = Some(words),
        move |form: WordsForm, errors, from_check| view! { <WordsPage form=form errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn author_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .author
        .as_ref()
        .map(AuthorForm::from_answer)
        .unwrap_or_default();
    flow.show(
        Step::Author,
        move || view! { <AuthorPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn author_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Author,
        &body,
        AuthorForm::parse,
        |a, author| a.author = Some(author),
        move |form: AuthorForm, errors, from_check| view! { <AuthorPage form=form errors=errors from_check=from_check/> },
    )
    .await
}
