//! The optional questions about what happened: the kinds of facts, when
//! and where, who the author is to the person, the description ("you can
//! stop here"), and the support wanted.

use leptos::prelude::*;

use super::questions::choices;
use super::{back_href, selected, step_position, CHECK};
use crate::components::{Choice, ChoiceGroup, QuestionPage, TextArea, TextField};
use crate::domain::errors::FieldErrors;
use crate::domain::helpline::Helpline;
use crate::domain::violence::{
    FactKind, Period, Relationship, Step, SupportWish, WhenForm, NOT_SURE,
};
use crate::i18n::t;
use crate::pages::orientation::HelplineList;

/// The kinds of facts, in plain words, and "not sure".
#[component]
pub fn WhatPage(facts: Vec<String>, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::What;
    let mut options = choices(
        "violence-fact",
        FactKind::ALL.iter().map(|k| k.slug()),
        false,
    );
    options.push(Choice::new(NOT_SURE, t("violence-fact-not-sure")));
    view! {
        <QuestionPage title=t("violence-what-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true private=true>
            <ChoiceGroup name="facts" legend=t("violence-what-title") heading=true multiple=true
                hint=t("violence-what-hint") choices=options selected=facts error=errors.get("facts")/>
        </QuestionPage>
    }
}

/// Roughly when, and the département or postcode.
#[component]
pub fn WhenPage(form: WhenForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::When;
    let periods = choices(
        "violence-period",
        Period::ALL.iter().map(|p| p.slug()),
        false,
    );
    view! {
        <QuestionPage title=t("violence-when-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check private=true>
            <p class="hint">{t("violence-when-hint")}</p>
            <ChoiceGroup name="period" legend=t("violence-period-legend") choices=periods
                selected=selected(&form.period) error=errors.get("period")/>
            <TextField name="area" label=t("violence-area-label") hint=t("violence-area-hint")
                value=form.area.clone() error=errors.get("area") autocomplete="off" width="width-10"/>
        </QuestionPage>
    }
}

/// Who the author is to the person it happened to.
#[component]
pub fn PersonPage(relationship: String, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Person;
    let options = choices(
        "violence-relationship",
        Relationship::ALL.iter().map(|r| r.slug()),
        false,
    );
    view! {
        <QuestionPage title=t("violence-person-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true private=true>
            <ChoiceGroup name="relationship" legend=t("violence-person-title") heading=true
                hint=t("violence-person-hint") choices=options selected=selected(&relationship)
                error=errors.get("relationship")/>
        </QuestionPage>
    }
}

/// The description, optional, with "you can stop here".
#[component]
pub fn DetailsPage(details: String, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Details;
    view! {
        <QuestionPage title=t("violence-details-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check private=true>
            <div class="inset">
                <p>{t("violence-details-stop")}</p>
                <p><a href=CHECK>{t("violence-details-stop-link")}</a></p>
            </div>
            <TextArea name="details" label=t("violence-details-label") hint=t("violence-details-hint")
                value=details error=errors.get("details") rows=8 autocomplete="off"/>
        </QuestionPage>
    }
}

/// The support wanted, and the numbers to call now.
#[component]
pub fn SupportPage(support: Vec<String>, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Support;
    let options = choices(
        "violence-support",
        SupportWish::ALL.iter().map(|w| w.slug()),
        true,
    );
    view! {
        <QuestionPage title=t("violence-support-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true private=true>
            <ChoiceGroup name="support" legend=t("violence-support-title") heading=true multiple=true
                hint=t("violence-support-hint") choices=options selected=support error=errors.get("support")/>
            <p>{t("violence-support-now")}</p>
            <HelplineList lines=vec![Helpline::ViolenceAgainstWomen, Helpline::Victims] hours=true/>
        </QuestionPage>
    }
}
