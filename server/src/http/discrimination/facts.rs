//! The later steps, GET and POST for each: when and where, the account,
//! witnesses, and the reporter's contact details with their consent.

use axum::body::Bytes;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;

use app::domain::discrimination::*;
use app::domain::errors::FieldErrors;
use app::domain::pre_complaint::WitnessesForm;
use app::pages::discrimination::*;

use super::{Flow, FromCheck};
use crate::http::pre_complaint::citizen_today;
use crate::http::session::parse_form;
use crate::http::AppError;

pub async fn when_where_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .when_where
        .as_ref()
        .map(WhenWhereForm::from_answer)
        .unwrap_or_default();
    flow.show(Step::WhenWhere, move || {
        view! { <WhenWherePage form=form errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

pub async fn when_where_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::WhenWhere,
        &body,
        |f: &WhenWhereForm| f.parse(citizen_today()),
        |a, answer| a.when_where = Some(answer),
        move |form: WhenWhereForm, errors, from_check| view! { <WhenWherePage form=form errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn account_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let account = flow.answers.account.clone().unwrap_or_default();
    flow.show(Step::Account, move || {
        view! { <AccountPage account=account errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

pub async fn account_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Account,
        &body,
        AccountForm::parse,
        |a, account| a.account = Some(account),
        move |form: AccountForm, errors, from_check| view! { <AccountPage account=form.account errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn witnesses_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .witnesses
        .as_ref()
        .map(WitnessesForm::from_answer)
        .unwrap_or_default();
    flow.show(Step::Witnesses, move || {
        view! { <WitnessesPage form=form errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

pub async fn witnesses_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Witnesses,
        &body,
        WitnessesForm::parse,
        |a, answer| a.witnesses = Some(answer),
        move |form: WitnessesForm, errors, from_check| view! { <WitnessesPage form=form errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn contact_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let reporter = flow.answers.reporter.unwrap_or(Reporter::Victim);
    let form = flow
        .answers
        .contact
        .as_ref()
        .map(ContactForm::from_answer)
        .unwrap_or_default();
    flow.show(Step::Contact, move || {
        view! { <ContactPage form=form reporter=reporter errors=FieldErrors::new() from_check=q.yes()/> }
    })
}

pub async fn contact_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let Some(reporter) = flow.answers.reporter else {
        // Refuse a forged or malformed form before anything else.
        parse_form::<ContactForm>(&flow.draft, &body)?;
        return Ok(Redirect::to(&step_href(Step::Role)).into_response());
    };
    flow.save_step(
        Step::Contact,
        &body,
        |f: &ContactForm| f.parse(reporter),
        |a, contact| a.contact = Some(contact),
        move |form: ContactForm, errors, from_check| view! { <ContactPage form=form reporter=reporter errors=errors from_check=from_check/> },
    )
    .await
}
