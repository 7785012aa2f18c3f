//! Eligibility, who declares, identity and contact.

use leptos::prelude::*;

use super::{back_href, selected, step_position};
use crate::components::{yes_no_choices, Choice, ChoiceGroup, QuestionPage, TextField};
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{
    Declarant, EligibilityForm, IdentityForm, Step, VerifiedIdentity,
};
use crate::i18n::{t, t_args};

/// Three questions that route emergencies, known perpetrators and violence elsewhere.
#[component]
pub fn EligibilityPage(
    form: EligibilityForm,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::Eligibility;
    view! {
        <QuestionPage title=t("eligibility-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <ChoiceGroup name="emergency" legend=t("eligibility-emergency") hint=t("eligibility-emergency-hint")
                choices=yes_no_choices() selected=selected(&form.emergency) error=errors.get("emergency") inline=true/>
            <ChoiceGroup name="known_perpetrator" legend=t("eligibility-known") hint=t("eligibility-known-hint")
                choices=yes_no_choices() selected=selected(&form.known_perpetrator) error=errors.get("known_perpetrator") inline=true/>
            <ChoiceGroup name="violence" legend=t("eligibility-violence") hint=t("eligibility-violence-hint")
                choices=yes_no_choices() selected=selected(&form.violence) error=errors.get("violence") inline=true/>
        </QuestionPage>
    }
}

/// Myself, my minor child, or a company or association.
#[component]
pub fn DeclarantPage(declarant: String, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Declarant;
    let choices = Declarant::ALL
        .iter()
        .map(|d| {
            Choice::with_hint(
                d.slug(),
                t(&format!("declarant-{}", d.slug())),
                t(&format!("declarant-{}-hint", d.slug())),
            )
        })
        .collect();
    view! {
        <QuestionPage title=t("declarant-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true>
            <ChoiceGroup name="declarant" legend=t("declarant-title") heading=true choices=choices
                selected=selected(&declarant) error=errors.get("declarant")/>
        </QuestionPage>
    }
}

/// Identity and contact details, with the child or organisation when relevant.
#[component]
pub fn IdentityPage(
    form: IdentityForm,
    declarant: Declarant,
    errors: FieldErrors,
    from_check: bool,
    /// The identity the provider vouched for, and the provider's name:
    /// the names and birth date are then shown but not editable.
    #[prop(optional_no_strip)]
    verified: Option<(VerifiedIdentity, String)>,
) -> impl IntoView {
    let step = Step::Identity;
    let e = {
        let errors = errors.clone();
        move |field: &str| errors.get(field)
    };
    let organisation = (declarant == Declarant::Organisation).then(|| {
        view! {
            <fieldset class="fieldset">
                <legend class="legend legend-m">{t("identity-organisation-legend")}</legend>
                <TextField name="organisation_name" label=t("identity-organisation-name") value=form.organisation_name.clone()
                    error=e("organisation_name") autocomplete="organization"/>
                <TextField name="organisation_siret" label=t("identity-organisation-siret") hint=t("identity-organisation-siret-hint")
                    value=form.organisation_siret.clone() error=e("organisation_siret") inputmode="numeric" width="width-20"/>
                <TextField name="organisation_role" label=t("identity-organisation-role") value=form.organisation_role.clone()
                    error=e("organisation_role") autocomplete="organization-title"/>
            </fieldset>
        }
    });
    let child = (declarant == Declarant::MinorChild).then(|| {
        view! {
            <fieldset class="fieldset">
                <legend class="legend legend-m">{t("identity-child-legend")}</legend>
                <TextField name="child_surname" label=t("identity-surname") value=form.child_surname.clone()
                    error=e("child_surname")/>
                <TextField name="child_given_names" label=t("identity-given-names") value=form.child_given_names.clone()
                    error=e("child_given_names")/>
                <TextField name="child_birth_date" label=t("identity-birth-date") hint=t("date-hint") input_type="date"
                    value=form.child_birth_date.clone() error=e("child_birth_date") width="width-10"/>
            </fieldset>
        }
    });
    let locked = verified.is_some();
    let locked_birth_date = verified
        .as_ref()
        .is_some_and(|(v, _)| v.birth_date.is_some());
    let verified_note = verified.map(|(_, provider)| {
        view! { <p class="verified-note">{t_args("identity-verified-note", &[("provider", provider)])}</p> }
    });
    let you = if declarant == Declarant::Myself {
        t("identity-you-legend")
    } else {
        t("identity-declarant-legend")
    };
    view! {
        <QuestionPage title=t("identity-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <p>{t("identity-intro")}</p>
            {organisation}
            {child}
            <fieldset class="fieldset">
                <legend class="legend legend-m">{you}</legend>
                {verified_note}
                <TextField name="surname" label=t("identity-surname") value=form.surname.clone()
                    error=e("surname") autocomplete="family-name" readonly=locked/>
                <TextField name="given_names" label=t("identity-given-names") value=form.given_names.clone()
                    error=e("given_names") autocomplete="given-name" readonly=locked/>
                <TextField name="birth_date" label=t("identity-birth-date") hint=t("date-hint") input_type="date"
                    value=form.birth_date.clone() error=e("birth_date") autocomplete="bday" width="width-10"
                    readonly=locked_birth_date/>
                <TextField name="birth_place" label=t("identity-birth-place") hint=t("identity-birth-place-hint")
                    value=form.birth_place.clone() error=e("birth_place")/>
            </fieldset>
            <fieldset class="fieldset">
                <legend class="legend legend-m">{t("identity-address-legend")}</legend>
                <TextField name="address" label=t("identity-address") value=form.address.clone()
                    error=e("address") autocomplete="street-address"/>
                <TextField name="postcode" label=t("identity-postcode") value=form.postcode.clone()
                    error=e("postcode") autocomplete="postal-code" width="width-5"/>
                <TextField name="town" label=t("identity-town") value=form.town.clone()
                    error=e("town") autocomplete="address-level2"/>
                <TextField name="country" label=t("identity-country") hint=t("identity-country-hint") value=form.country.clone()
                    error=e("country") autocomplete="country-name"/>
            </fieldset>
            <fieldset class="fieldset">
                <legend class="legend legend-m">{t("identity-contact-legend")}</legend>
                <TextField name="email" label=t("identity-email") hint=t("identity-email-hint") input_type="email"
                    value=form.email.clone() error=e("email") autocomplete="email"/>
                <TextField name="phone" label=t("identity-phone") hint=t("identity-phone-hint") input_type="tel"
                    value=form.phone.clone() error=e("phone") autocomplete="tel" width="width-20"/>
            </fieldset>
        </QuestionPage>
    }
}
