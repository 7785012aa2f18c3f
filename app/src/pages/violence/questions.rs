//! The first questions: is the person safe now, for whom they report, and
//! whether they stay anonymous.

use leptos::prelude::*;

use super::{back_href, selected, step_position};
use crate::components::{Choice, ChoiceGroup, QuestionPage, TextField};
use crate::domain::errors::FieldErrors;
use crate::domain::helpline::Helpline;
use crate::domain::violence::{Age, ContactForm, Reporter, SafeNow, Step, ANONYMOUS, IDENTIFIED};
use crate::i18n::t;
use crate::pages::orientation::HelplineList;

/// Choices whose label key is `{prefix}-{slug}` and, when `hinted`, whose
/// hint key is `{prefix}-{slug}-hint`.
pub(super) fn choices(
    prefix: &str,
    slugs: impl Iterator<Item = &'static str>,
    hinted: bool,
) -> Vec<Choice> {
    slugs
        .map(|slug| {
            let label = t(&format!("{prefix}-{slug}"));
            if hinted {
                Choice::with_hint(slug, label, t(&format!("{prefix}-{slug}-hint")))
            } else {
                Choice::new(slug, label)
            }
        })
        .collect()
}

/// Are you safe right now? Yes, no, not sure.
#[component]
pub fn SafePage(safe_now: String, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Safe;
    let options = choices(
        "violence-safe",
        SafeNow::ALL.iter().map(|s| s.slug()),
        false,
    );
    view! {
        <QuestionPage title=t("violence-safe-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true private=true>
            <ChoiceGroup name="safe_now" legend=t("violence-safe-title") heading=true hint=t("violence-safe-hint")
                choices=options selected=selected(&safe_now) error=errors.get("safe_now")/>
        </QuestionPage>
    }
}

/// For whom: myself, someone else, as a witness; and under 18 or not.
#[component]
pub fn WhoPage(
    report_for: String,
    age: String,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::Who;
    let reporters = choices(
        "violence-reporter",
        Reporter::ALL.iter().map(|r| r.slug()),
        true,
    );
    let ages = choices("violence-age", Age::ALL.iter().map(|a| a.slug()), false);
    view! {
        <QuestionPage title=t("violence-who-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true private=true>
            <ChoiceGroup name="report_for" legend=t("violence-who-title") heading=true choices=reporters
                selected=selected(&report_for) error=errors.get("report_for")/>
            <ChoiceGroup name="age" legend=t("violence-age-legend") hint=t("violence-age-hint")
                choices=ages selected=selected(&age) error=errors.get("age")/>
            <div class="inset">
                <p>{t("violence-who-child")}</p>
                <HelplineList lines=vec![Helpline::Children]/>
            </div>
        </QuestionPage>
    }
}

/// Anonymous, or a way to be contacted and when it is safe.
#[component]
pub fn ContactChoicePage(
    form: ContactForm,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::ContactChoice;
    let anonymity = vec![
        Choice::with_hint(
            ANONYMOUS,
            t("violence-contact-anonymous"),
            t("violence-contact-anonymous-hint"),
        ),
        Choice::with_hint(
            IDENTIFIED,
            t("violence-contact-identified"),
            t("violence-contact-identified-hint"),
        ),
    ];
    let by = choices("violence-contact-by", ["email", "phone"].into_iter(), true);
    view! {
        <QuestionPage title=t("violence-contact-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check private=true>
            <p>{t("violence-contact-intro-anonymous")}</p>
            <p>{t("violence-contact-intro-identified")}</p>
            <ChoiceGroup name="anonymity" legend=t("violence-contact-choice") hint=t("violence-optional")
                choices=anonymity selected=selected(&form.anonymity) error=errors.get("anonymity")/>
            <fieldset class="fieldset panel">
                <legend class="legend legend-m">{t("violence-contact-details")}</legend>
                <TextField name="name" label=t("violence-contact-name") hint=t("violence-contact-name-hint")
                    value=form.name.clone() error=errors.get("name") autocomplete="off"/>
                <ChoiceGroup name="contact_by" legend=t("violence-contact-by") choices=by
                    selected=selected(&form.contact_by) error=errors.get("contact_by")/>
                <TextField name="email" label=t("violence-contact-email") value=form.email.clone()
                    error=errors.get("email") input_type="email" autocomplete="off"/>
                <TextField name="phone" label=t("violence-contact-phone") value=form.phone.clone()
                    error=errors.get("phone") input_type="tel" autocomplete="off" width="width-20"/>
                <TextField name="safe_times" label=t("violence-contact-safe-times") hint=t("violence-contact-safe-times-hint")
                    value=form.safe_times.clone() error=errors.get("safe_times") autocomplete="off"/>
            </fieldset>
        </QuestionPage>
    }
}
