//! Identity, contact details, and the consent to pass the file on to the
//! Défenseur des droits.

use leptos::prelude::*;

use super::{back_href, step_position};
use crate::components::{Choice, ChoiceGroup, QuestionPage, TextField};
use crate::domain::discrimination::{ContactForm, Reporter, Step};
use crate::domain::errors::FieldErrors;
use crate::i18n::t;

/// The reporter's identity and contact, the victim they represent when
/// they do, and the consent box (unticked unless the citizen ticked it).
#[component]
pub fn ContactPage(
    form: ContactForm,
    reporter: Reporter,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::Contact;
    let e = {
        let errors = errors.clone();
        move |field: &str| errors.get(field)
    };
    let represented = (reporter == Reporter::Representative).then(|| {
        view! {
            <fieldset class="fieldset">
                <legend class="legend legend-m">{t("discrimination-contact-represented-legend")}</legend>
                <TextField name="represented_name" label=t("discrimination-contact-represented-name")
                    value=form.represented_name.clone() error=e("represented_name")/>
                <TextField name="organisation_name" label=t("discrimination-contact-organisation")
                    hint=t("discrimination-contact-organisation-hint")
                    value=form.organisation_name.clone() error=e("organisation_name") autocomplete="organization"/>
            </fieldset>
        }
    });
    let consent = vec![Choice::new("yes", t("discrimination-consent-label"))];
    view! {
        <QuestionPage title=t("discrimination-contact-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <p>{t("discrimination-contact-intro")}</p>
            {represented}
            <fieldset class="fieldset">
                <legend class="legend legend-m">{t("identity-you-legend")}</legend>
                <TextField name="surname" label=t("identity-surname") value=form.surname.clone()
                    error=e("surname") autocomplete="family-name"/>
                <TextField name="given_names" label=t("identity-given-names") value=form.given_names.clone()
                    error=e("given_names") autocomplete="given-name"/>
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
                <TextField name="email" label=t("identity-email") hint=t("discrimination-contact-email-hint") input_type="email"
                    value=form.email.clone() error=e("email") autocomplete="email"/>
                <TextField name="phone" label=t("identity-phone") hint=t("discrimination-contact-phone-hint") input_type="tel"
                    value=form.phone.clone() error=e("phone") autocomplete="tel" width="width-20"/>
            </fieldset>
            <h2>{t("discrimination-consent-title")}</h2>
            <p>{t("discrimination-consent-body")}</p>
            <ChoiceGroup name="consent_defenseur" legend=t("discrimination-consent-legend")
                hint=t("discrimination-consent-hint") choices=consent selected=form.consent_defenseur.clone()
                error=e("consent_defenseur") multiple=true/>
        </QuestionPage>
    }
}
