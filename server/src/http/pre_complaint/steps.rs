//! The single-page steps of the flow, GET and POST for each.

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::errors::FieldErrors;
use app::domain::pre_complaint::*;
use app::pages::pre_complaint::*;
use app::pages::{Problem, ProblemPage};

use super::{citizen_today, Flow};
use crate::http::flow;
pub use crate::http::flow::FromCheck;
use crate::http::session::parse_form;
use crate::http::visitor::Visitor;
use crate::http::AppError;

/// `GET /pre-complaint`.
pub async fn start_page(visitor: Visitor, jar: CookieJar) -> Response {
    flow::start_page(&visitor, jar, || view! { <StartPage/> })
}

/// `GET /pre-complaint/elsewhere/{reason}`.
pub async fn elsewhere(visitor: Visitor, Path(reason): Path<String>) -> Response {
    match ElsewhereReason::from_slug(&reason) {
        Some(reason) => {
            let back = match reason {
                ElsewhereReason::InternetScam => step_href(Step::Facts),
                _ => step_href(Step::Eligibility),
            };
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

fn elsewhere_href(reason: ElsewhereReason) -> String {
    format!("{START}/elsewhere/{}", reason.slug())
}

pub async fn eligibility_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = if flow.answers.eligible {
        EligibilityForm::eligible()
    } else {
        EligibilityForm::default()
    };
    flow.show(
        Step::Eligibility,
        move || view! { <EligibilityPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn eligibility_save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<EligibilityForm>(&flow.draft, &body)?;
    let reason = match posted.form.parse() {
        Ok(Eligibility::Eligible) => {
            flow.answers.eligible = true;
            return flow.advance(Step::Eligibility).await;
        }
        Ok(Eligibility::Emergency) => ElsewhereReason::Emergency,
        Ok(Eligibility::KnownPerpetrator) => ElsewhereReason::KnownPerpetrator,
        Ok(Eligibility::Violence) => ElsewhereReason::Violence,
        Err(errors) => {
            let (form, from_check) = (posted.form, posted.from_check);
            return Ok(flow.invalid(
                move || view! { <EligibilityPage form=form errors=errors from_check=from_check/> },
            ));
        }
    };
    flow.answers.eligible = false;
    flow.save().await?;
    Ok(Redirect::to(&elsewhere_href(reason)).into_response())
}

pub async fn declarant_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let declarant = flow
        .answers
        .declarant
        .map(|d| d.slug().to_string())
        .unwrap_or_default();
    flow.show(Step::Declarant, move || view! { <DeclarantPage declarant=declarant errors=FieldErrors::new() from_check=q.yes()/> })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeclarantForm {
    declarant: String,
}

pub async fn declarant_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Declarant,
        &body,
        |f: &DeclarantForm| Declarant::parse(&f.declarant),
        |a, declarant| a.declarant = Some(declarant),
        move |form: DeclarantForm, errors, from_check| view! { <DeclarantPage declarant=form.declarant errors=errors from_check=from_check/> },
    )
    .await
}

/// The verified identity of an online complaint, with the name of the
/// provider that vouched for it.
fn verified(flow: &Flow) -> Option<(VerifiedIdentity, String)> {
    let identity = flow.answers.verified.clone()?;
    let name = match &flow.state().identity_provider {
        Some(provider) => provider.name().to_string(),
        None => identity.provider.clone(),
    };
    Some((identity, name))
}

pub async fn identity_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let declarant = flow.answers.declarant.unwrap_or(Declarant::Myself);
    let verified = verified(&flow);
    let form = match (&flow.answers.identity, &verified) {
        (Some(identity), _) => IdentityForm::from_answer(identity),
        (None, Some((identity, _))) => IdentityForm::from_verified(identity),
        (None, None) => IdentityForm::default(),
    };
    flow.show(Step::Identity, move || {
        view! { <IdentityPage form=form declarant=declarant errors=FieldErrors::new() from_check=q.yes() verified=verified/> }
    })
}

pub async fn identity_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let Some(declarant) = flow.answers.declarant else {
        // Refuse a forged or malformed form before anything else.
        parse_form::<IdentityForm>(&flow.draft, &body)?;
        return Ok(Redirect::to(&step_href(Step::Declarant)).into_response());
    };
    let verified = verified(&flow);
    let locked = verified.as_ref().map(|(identity, _)| identity.clone());
    flow.save_step(
        Step::Identity,
        &body,
        |f: &IdentityForm| {
            let mut form = f.clone();
            if let Some(identity) = &locked {
                form.take_verified(identity);
            }
            form.parse(declarant, citizen_today())
        },
        |a, identity| a.identity = Some(identity),
        move |form: IdentityForm, errors, from_check| view! { <IdentityPage form=form declarant=declarant errors=errors from_check=from_check verified=verified/> },
    )
    .await
}

pub async fn when_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .when
        .as_ref()
        .map(WhenForm::from_answer)
        .unwrap_or_default();
    flow.show(
        Step::When,
        move || view! { <WhenPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn when_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::When,
        &body,
        |f: &WhenForm| f.parse(citizen_today()),
        |a, when| a.when = Some(when),
        move |form: WhenForm, errors, from_check| view! { <WhenPage form=form errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn place_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .place
        .as_ref()
        .map(PlaceForm::from_answer)
        .unwrap_or_default();
    flow.show(
        Step::Place,
        move || view! { <PlacePage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn place_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Place,
        &body,
        PlaceForm::parse,
        |a, place| a.place = Some(place),
        move |form: PlaceForm, errors, from_check| view! { <PlacePage form=form errors=errors from_check=from_check/> },
    )
    .await
}

pub async fn facts_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .facts
        .as_ref()
        .map(FactsForm::from_answer)
        .unwrap_or_default();
    flow.show(
        Step::Facts,
        move || view! { <FactsPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn facts_save(mut flow: Flow, body: Bytes) -> Result<Response, AppError> {
    let posted = parse_form::<FactsForm>(&flow.draft, &body)?;
    match posted.form.parse() {
        Ok(FactsOutcome::Continue(facts)) => {
            flow.answers.facts = Some(facts);
            flow.advance(Step::Facts).await
        }
        Ok(FactsOutcome::InternetScam) => {
            Ok(Redirect::to(&elsewhere_href(ElsewhereReason::InternetScam)).into_response())
        }
        Err(errors) => {
            let (form, from_check) = (posted.form, posted.from_check);
            Ok(flow.invalid(
                move || view! { <FactsPage form=form errors=errors from_check=from_check/> },
            ))
        }
    }
}

pub async fn perpetrator_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .perpetrator
        .as_ref()
        .map(PerpetratorForm::from_answer)
        .unwrap_or_default();
    flow.show(
        Step::Perpetrator,
        move || view! { <PerpetratorPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn perpetrator_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Perpetrator,
        &body,
        PerpetratorForm::parse,
        |a, answer| a.perpetrator = Some(answer),
        move |form: PerpetratorForm, errors, from_check| view! { <PerpetratorPage form=form errors=errors from_check=from_check/> },
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
    flow.show(
        Step::Witnesses,
        move || view! { <WitnessesPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
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

pub async fn appointment_page(flow: Flow, Query(q): Query<FromCheck>) -> Response {
    let form = flow
        .answers
        .appointment
        .as_ref()
        .map(AppointmentForm::from_answer)
        .unwrap_or_default();
    flow.show(
        Step::Appointment,
        move || view! { <AppointmentPage form=form errors=FieldErrors::new() from_check=q.yes()/> },
    )
}

pub async fn appointment_save(flow: Flow, body: Bytes) -> Result<Response, AppError> {
    flow.save_step(
        Step::Appointment,
        &body,
        AppointmentForm::parse,
        |a, answer| a.appointment = Some(answer),
        move |form: AppointmentForm, errors, from_check| view! { <AppointmentPage form=form errors=errors from_check=from_check/> },
    )
    .await
}
