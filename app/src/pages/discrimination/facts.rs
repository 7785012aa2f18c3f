//! When and where, the account, witnesses, and the unit that will handle
//! the report.

use leptos::prelude::*;

use super::{back_href, selected, step_position};
use crate::components::{Choice, ChoiceGroup, QuestionPage, TextArea, TextField, UnitChoicePage};
use crate::domain::discrimination::{Step, WhenWhereForm};
use crate::domain::errors::FieldErrors;
use crate::domain::form::LONG_MAX;
use crate::domain::pre_complaint::WitnessesForm;
use crate::domain::unit::Unit;
use crate::i18n::{t, t_args};
use crate::pages::pre_complaint::WitnessesFields;

/// The date or a range of dates, and the town.
#[component]
pub fn WhenWherePage(form: WhenWhereForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::WhenWhere;
    let e = {
        let errors = errors.clone();
        move |field: &str| errors.get(field)
    };
    let modes = vec![
        Choice::new("exact", t("when-mode-exact")),
        Choice::new("range", t("when-mode-range")),
    ];
    view! {
        <QuestionPage title=t("discrimination-when-where-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <h2>{t("discrimination-when-heading")}</h2>
            <ChoiceGroup name="mode" legend=t("when-mode-legend") choices=modes selected=selected(&form.mode) error=e("mode")/>
            <div class="panel">
                <h3 class="heading-s">{t("when-exact-heading")}</h3>
                <TextField name="date" label=t("when-date") hint=t("date-hint") input_type="date"
                    value=form.date.clone() error=e("date") width="width-10"/>
                <TextField name="time" label=t("when-time") hint=t("when-time-hint") input_type="time"
                    value=form.time.clone() error=e("time") width="width-5"/>
            </div>
            <div class="panel">
                <h3 class="heading-s">{t("when-range-heading")}</h3>
                <TextField name="from" label=t("when-from") hint=t("date-hint") input_type="date"
                    value=form.from.clone() error=e("from") width="width-10"/>
                <TextField name="to" label=t("when-to") hint=t("date-hint") input_type="date"
                    value=form.to.clone() error=e("to") width="width-10"/>
            </div>
            <h2>{t("discrimination-where-heading")}</h2>
            <TextField name="postcode" label=t("place-postcode") value=form.postcode.clone()
                error=e("postcode") inputmode="numeric" width="width-5"/>
            <TextField name="town" label=t("place-town") value=form.town.clone() error=e("town")/>
            <TextField name="place" label=t("discrimination-place") hint=t("discrimination-place-hint")
                value=form.place.clone() error=e("place")/>
        </QuestionPage>
    }
}

/// What happened, in the citizen's words.
#[component]
pub fn AccountPage(account: String, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Account;
    let hint = t_args(
        "discrimination-account-hint",
        &[("max", LONG_MAX.to_string())],
    );
    view! {
        <QuestionPage title=t("discrimination-account-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <p>{t("discrimination-account-intro")}</p>
            <TextArea name="account" label=t("discrimination-account-label") hint=hint
                value=account error=errors.get("account") rows=10/>
        </QuestionPage>
    }
}

/// Whether anyone saw or heard it, and how to reach them.
#[component]
pub fn WitnessesPage(form: WitnessesForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Witnesses;
    view! {
        <QuestionPage title=t("witnesses-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <WitnessesFields form=form errors=errors.clone() legend=t("discrimination-witnesses-any")/>
        </QuestionPage>
    }
}

/// Searching and choosing the unit that will handle the report.
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
    view! {
        <UnitChoicePage title=t("discrimination-unit-title") intro=t("discrimination-unit-intro")
            step=step_position(step) back=back_href(step, from_check)
            query=query results=results chosen=chosen errors=errors from_check=from_check/>
    }
}
