//! The steps, GET and POST for each: safe now, for whom, anonymity, what,
//! when and where, the person, the description, the support wanted.
//! Not being safe, or a person under 18, shows the numbers to call before
//! the report goes on.

use axum::body::Bytes;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;

use app::domain::errors::FieldErrors;
use app::domain::questionnaire::Questionnaire;
use app::domain::violence::*;
use app::pages::violence::*;

use super::{Flow, FromCheck};
use crate::http::session::parse_form;
use crate::http::AppError;

/// `GET /report/safe`.
pub async fn safe_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let safe_now = flow
        .answers
        .safe_now
        .map(|s| s.slug().to_string())
        .unwrap_or_default();
    flow.show(Step::Safe, move || {
        view! { <SafePage safe_now=safe_now errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/safe`: saves the answer; a person who is not safe (or
/// not sure) sees the emergency numbers first.
pub async fn safe_save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<SafeForm>(&flow.draft, &body)?;
    match posted.form.parse() {
        Ok(answer) => {
            flow.answers.safe_now = Some(answer);
            if flow.answers.in_danger() {
                flow.save().await?;
                return Ok(Redirect::to(HELP).into_response());
            }
            flow.advance(Step::Safe).await
        }
        Err(errors) => {
            let (safe_now, from_check) = (posted.form.safe_now, posted.from_check);
            Ok(flow.invalid(
                move || view! { <SafePage safe_now=safe_now errors=errors from_check=from_check/> },
            ))
        }
    }
}

/// `GET /report/who`.
pub async fn who_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .who
        .as_ref()
        .map(WhoForm::from_answer)
        .unwrap_or_default();
    flow.show(Step::Who, move || {
        view! { <WhoPage report_for=form.report_for age=form.age errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/who`: saves the answer; for a person under 18, 119 is
/// shown first.
pub async fn who_save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<WhoForm>(&flow.draft, &body)?;
    match posted.form.parse() {
        Ok(answer) => {
            flow.answers.who = Some(answer);
            if flow.answers.concerns_a_minor() && flow.answers.can_open(Step::Who) {
                flow.save().await?;
                return Ok(Redirect::to(HELP).into_response());
            }
            flow.advance(Step::Who).await
        }
        Err(errors) => {
            let (form, from_check) = (posted.form, posted.from_check);
            Ok(flow.invalid(move || {
                view! { <WhoPage report_for=form.report_for age=form.age errors=errors from_check=from_check/> }
            }))
        }
    }
}

/// `GET /report/contact-choice`.
pub async fn contact_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .contact
        .as_ref()
        .map(ContactForm::from_answer)
        .unwrap_or_default();
    flow.show(Step::ContactChoice, move || {
        view! { <ContactChoicePage form=form errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/contact-choice`.
pub async fn contact_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::ContactChoice,
        &body,
        ContactForm::parse,
        |a, contact| a.contact = contact,
        move |form: ContactForm, errors, from_check| view! { <ContactChoicePage form=form errors=errors from_check=from_check/> },
    )
    .await
}

/// `GET /report/what`.
pub async fn what_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let facts = flow
        .answers
        .facts
        .as_ref()
        .map(Facts::values)
        .unwrap_or_default();
    flow.show(Step::What, move || {
        view! { <WhatPage facts=facts errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/what`.
pub async fn what_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::What,
        &body,
        FactsForm::parse,
        |a, facts| a.facts = facts,
        move |form: FactsForm, errors, from_check| view! { <WhatPage facts=form.facts errors=errors from_check=from_check/> },
    )
    .await
}

/// `GET /report/when`.
pub async fn when_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .when_where
        .as_ref()
        .map(WhenForm::from_answer)
        .unwrap_or_default();
    flow.show(Step::When, move || {
        view! { <WhenPage form=form errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/when`.
pub async fn when_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::When,
        &body,
        WhenForm::parse,
        |a, answer| a.when_where = answer,
        move |form: WhenForm, errors, from_check| view! { <WhenPage form=form errors=errors from_check=from_check/> },
    )
    .await
}

/// `GET /report/person`.
pub async fn person_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let relationship = flow
        .answers
        .relationship
        .map(|r| r.slug().to_string())
        .unwrap_or_default();
    flow.show(Step::Person, move || {
        view! { <PersonPage relationship=relationship errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/person`.
pub async fn person_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Person,
        &body,
        RelationshipForm::parse,
        |a, answer| a.relationship = answer,
        move |form: RelationshipForm, errors, from_check| view! { <PersonPage relationship=form.relationship errors=errors from_check=from_check/> },
    )
    .await
}

/// `GET /report/details`.
pub async fn details_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let details = flow.answers.description.clone().unwrap_or_default();
    flow.show(Step::Details, move || {
        view! { <DetailsPage details=details errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/details`.
pub async fn details_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Details,
        &body,
        DetailsForm::parse,
        |a, answer| a.description = answer,
        move |form: DetailsForm, errors, from_check| view! { <DetailsPage details=form.details errors=errors from_check=from_check/> },
    )
    .await
}

/// `GET /report/support`.
pub async fn support_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let support = SupportForm::values(&flow.answers.support);
    flow.show(Step::Support, move || {
        view! { <SupportPage support=support errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

/// `POST /report/support`.
pub async fn support_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Support,
        &body,
        SupportForm::parse,
        |a, answer| a.support = answer,
        move |form: SupportForm, errors, from_check| view! { <SupportPage support=form.support errors=errors from_check=from_check/> },
    )
    .await
}
