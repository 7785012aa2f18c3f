//! Perpetrator, witnesses, the unit where the citizen will sign, and the
//! appointment preferences.

use leptos::prelude::*;

use super::{back_href, selected, step_position};
use crate::components::{
    yes_no_choices, Choice, ChoiceGroup, QuestionPage, TextArea, TextField, UnitChoicePage,
};
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{
    weekday_slug, AppointmentForm, PerpetratorForm, Step, TimeOfDay, WitnessesForm,
    APPOINTMENT_DAYS,
};
use crate::domain::unit::Unit;
use crate::i18n::t;

/// What the citizen knows of the perpetrator; "no" is a full answer.
#[component]
pub fn PerpetratorPage(
    form: PerpetratorForm,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::Perpetrator;
    let choices = vec![
        Choice::new("yes", t("perpetrator-seen-yes")),
        Choice::new("no", t("perpetrator-seen-no")),
    ];
    view! {
        <QuestionPage title=t("perpetrator-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <ChoiceGroup name="seen" legend=t("perpetrator-seen") choices=choices selected=selected(&form.seen) error=errors.get("seen")/>
            <TextArea name="description" label=t("perpetrator-description") hint=t("perpetrator-description-hint")
                value=form.description.clone() error=errors.get("description")/>
        </QuestionPage>
    }
}

/// Whether anyone saw what happened, and how to reach them.
#[component]
pub fn WitnessesPage(form: WitnessesForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Witnesses;
    view! {
        <QuestionPage title=t("witnesses-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <WitnessesFields form=form errors=errors legend=t("witnesses-any")/>
        </QuestionPage>
    }
}

/// The witness question and details, shared by the flows that ask them.
#[component]
pub fn WitnessesFields(
    form: WitnessesForm,
    errors: FieldErrors,
    /// The question, in the flow's words.
    #[prop(into)]
    legend: String,
) -> impl IntoView {
    view! {
        <ChoiceGroup name="any" legend=legend choices=yes_no_choices() selected=selected(&form.any)
            error=errors.get("any") inline=true/>
        <TextArea name="details" label=t("witnesses-details") hint=t("witnesses-details-hint")
            value=form.details.clone() error=errors.get("details") rows=4/>
    }
}

/// Searching and choosing the unit where the citizen will sign.
#[component]
pub fn UnitPage(
    /// What the citizen searched for.
    query: String,
    /// Units matching the search.
    results: Vec<Unit>,
    /// Code of the unit already chosen, if any.
    chosen: String,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::Unit;
    let (title, intro) = if super::is_online_complaint() {
        (t("unit-title-complaint"), t("unit-intro-complaint"))
    } else {
        (t("unit-title"), t("unit-intro"))
    };
    view! {
        <UnitChoicePage title=title intro=intro step=step_position(step) back=back_href(step, from_check)
            query=query results=results chosen=chosen errors=errors from_check=from_check/>
    }
}

/// Days and times the citizen prefers, and what they need at the unit.
#[component]
pub fn AppointmentPage(
    form: AppointmentForm,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::Appointment;
    let days = APPOINTMENT_DAYS
        .iter()
        .map(|d| Choice::new(weekday_slug(*d), t(&format!("day-{}", weekday_slug(*d)))))
        .collect();
    let times = TimeOfDay::ALL
        .iter()
        .map(|p| Choice::new(p.slug(), t(&format!("time-of-day-{}", p.slug()))))
        .collect();
    view! {
        <QuestionPage title=t("appointment-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <p>{t("appointment-intro")}</p>
            <ChoiceGroup name="days" legend=t("appointment-days") hint=t("appointment-days-hint") choices=days
                selected=form.days.clone() error=errors.get("days") multiple=true/>
            <ChoiceGroup name="time_of_day" legend=t("appointment-time") choices=times
                selected=selected(&form.time_of_day) error=errors.get("time_of_day")/>
            <TextField name="needs" label=t("appointment-needs") hint=t("appointment-needs-hint")
                value=form.needs.clone() error=errors.get("needs")/>
        </QuestionPage>
    }
}
