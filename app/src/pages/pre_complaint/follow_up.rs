//! Perpetrator, witnesses, the unit where the citizen will sign, and the
//! appointment preferences.

use leptos::prelude::*;

use super::{back_href, selected, step_position};
use crate::components::{
    yes_no_choices, BackLink, Choice, ChoiceGroup, ErrorSummary, FormGuard, Layout, QuestionPage,
    TextArea, TextField,
};
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{
    weekday_slug, AppointmentForm, PerpetratorForm, Step, TimeOfDay, WitnessesForm,
    APPOINTMENT_DAYS,
};
use crate::domain::unit::Unit;
use crate::i18n::{t, t_args, t_count};

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
            <ChoiceGroup name="any" legend=t("witnesses-any") choices=yes_no_choices() selected=selected(&form.any)
                error=errors.get("any") inline=true/>
            <TextArea name="details" label=t("witnesses-details") hint=t("witnesses-details-hint")
                value=form.details.clone() error=errors.get("details") rows=4/>
        </QuestionPage>
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
    let online = super::is_online_complaint();
    let title = if online {
        t("unit-title-complaint")
    } else {
        t("unit-title")
    };
    let (position, total) = step_position(step);
    let count = results.len();
    let choices: Vec<Choice> = results
        .into_iter()
        .map(|u| {
            let kind = t(&format!("unit-kind-{}", u.kind.slug()));
            Choice::with_hint(
                u.code,
                u.name,
                format!("{kind} · {}, {} {}", u.address, u.postcode, u.town),
            )
        })
        .collect();
    let results_view = if choices.is_empty() {
        (!query.trim().is_empty())
            .then(|| view! { <p class="inset" role="status">{t("unit-no-results")}</p> }.into_any())
    } else {
        Some(
            view! {
                <p role="status">{t_count("unit-results", "count", count)}</p>
                <ChoiceGroup name="unit" legend=t("unit-choose") choices=choices selected=selected(&chosen) error=errors.get("unit")/>
            }
            .into_any(),
        )
    };
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=title.clone() has_errors=has_errors>
            <BackLink href=back_href(step, from_check)/>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <p class="step-indicator">{t_args("step-of", &[("step", position.to_string()), ("total", total.to_string())])}</p>
                <h1>{title}</h1>
                <p>{if online { t("unit-intro-complaint") } else { t("unit-intro") }}</p>
                <form method="post" novalidate>
                    <FormGuard from_check=from_check/>
                    <div class="search-row">
                        <TextField name="q" label=t("unit-search") hint=t("unit-search-hint") value=query error=errors.get("q")/>
                        <button type="submit" class="button button-secondary" name="intent" value="search">{t("unit-search-button")}</button>
                    </div>
                    {results_view}
                    <button type="submit" class="button" name="intent" value="choose">{t("continue")}</button>
                </form>
            </div>
        </Layout>
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
