//! When, where, and what happened.

use leptos::prelude::*;

use super::{back_href, selected, step_position};
use crate::components::{Choice, ChoiceGroup, QuestionPage, TextArea, TextField};
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{FactsForm, Offence, PlaceForm, PlaceKind, Step, WhenForm};
use crate::i18n::t;

/// The date, or a range of dates, with the time when known.
#[component]
pub fn WhenPage(form: WhenForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::When;
    let e = {
        let errors = errors.clone();
        move |field: &str| errors.get(field)
    };
    let modes = vec![
        Choice::new("exact", t("when-mode-exact")),
        Choice::new("range", t("when-mode-range")),
    ];
    view! {
        <QuestionPage title=t("when-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <ChoiceGroup name="mode" legend=t("when-mode-legend") choices=modes selected=selected(&form.mode) error=e("mode")/>
            <div class="panel">
                <h2 class="heading-s">{t("when-exact-heading")}</h2>
                <TextField name="date" label=t("when-date") hint=t("date-hint") input_type="date"
                    value=form.date.clone() error=e("date") width="width-10"/>
                <TextField name="time" label=t("when-time") hint=t("when-time-hint") input_type="time"
                    value=form.time.clone() error=e("time") width="width-5"/>
            </div>
            <div class="panel">
                <h2 class="heading-s">{t("when-range-heading")}</h2>
                <TextField name="from" label=t("when-from") hint=t("date-hint") input_type="date"
                    value=form.from.clone() error=e("from") width="width-10"/>
                <TextField name="to" label=t("when-to") hint=t("date-hint") input_type="date"
                    value=form.to.clone() error=e("to") width="width-10"/>
            </div>
        </QuestionPage>
    }
}

/// The kind of place, its postcode and town, and details.
#[component]
pub fn PlacePage(form: PlaceForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Place;
    let e = {
        let errors = errors.clone();
        move |field: &str| errors.get(field)
    };
    let kinds = PlaceKind::ALL
        .iter()
        .map(|k| Choice::new(k.slug(), t(&format!("place-kind-{}", k.slug()))))
        .collect();
    view! {
        <QuestionPage title=t("place-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <ChoiceGroup name="kind" legend=t("place-kind-legend") choices=kinds selected=selected(&form.kind) error=e("kind")/>
            <TextField name="address" label=t("place-address") hint=t("place-address-hint")
                value=form.address.clone() error=e("address")/>
            <TextField name="postcode" label=t("place-postcode") value=form.postcode.clone()
                error=e("postcode") inputmode="numeric" width="width-5"/>
            <TextField name="town" label=t("place-town") value=form.town.clone() error=e("town")/>
            <TextField name="details" label=t("place-details") hint=t("place-details-hint")
                value=form.details.clone() error=e("details")/>
        </QuestionPage>
    }
}

/// The offence and the citizen's account.
#[component]
pub fn FactsPage(form: FactsForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Facts;
    let e = {
        let errors = errors.clone();
        move |field: &str| errors.get(field)
    };
    let offences = Offence::ALL
        .iter()
        .map(|o| {
            Choice::with_hint(
                o.slug(),
                t(&format!("offence-{}", o.slug())),
                t(&format!("offence-{}-hint", o.slug())),
            )
        })
        .collect();
    view! {
        <QuestionPage title=t("facts-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <ChoiceGroup name="offence" legend=t("facts-offence-legend") choices=offences
                selected=selected(&form.offence) error=e("offence")/>
            <TextArea name="account" label=t("facts-account") hint=t("facts-account-hint")
                value=form.account.clone() error=e("account") rows=8/>
        </QuestionPage>
    }
}
