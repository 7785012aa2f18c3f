//! Who reports and how to reach them, the person they act for when they
//! represent the victim, and the consent to pass the file on to the
//! Défenseur des droits.

use serde::{Deserialize, Serialize};

use super::Reporter;
use crate::domain::errors::FieldErrors;
use crate::domain::form::{optional_text, required_text, SHORT_MAX};
use crate::domain::unit::search_key;
use crate::domain::values::{Email, Phone, Postcode};

/// The victim a representative acts for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Represented {
    /// The victim's name.
    pub name: String,
    /// The association the representative acts through, if any.
    pub organisation: Option<String>,
}

/// The reporter's identity, contact details and consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Surname.
    pub surname: String,
    /// Given names.
    pub given_names: String,
    /// Street address.
    pub address: String,
    /// Postcode (five digits in France, free form abroad).
    pub postcode: String,
    /// Town.
    pub town: String,
    /// Country of residence.
    pub country: String,
    /// Email address, where the confirmation and the agent's messages go.
    pub email: Email,
    /// Phone number, if given.
    pub phone: Option<Phone>,
    /// The victim, when a representative reports.
    pub represented: Option<Represented>,
    /// The reporter agrees that the file is passed on to the Défenseur
    /// des droits as well.
    pub consent_defenseur: bool,
}

impl Contact {
    /// Whether the answer holds what `reporter` needs (the victim for a
    /// representative, nothing more otherwise), so a changed role sends the
    /// citizen back here.
    pub fn fits(&self, reporter: Reporter) -> bool {
        self.represented.is_some() == (reporter == Reporter::Representative)
    }
}

/// Raw answers of the contact page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub represented_name: String,
    pub organisation_name: String,
    pub surname: String,
    pub given_names: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub country: String,
    pub email: String,
    pub phone: String,
    /// `["yes"]` when the consent box is ticked.
    pub consent_defenseur: Vec<String>,
}

/// Field order on the contact page, for the error summary.
pub const CONTACT_FIELDS: &[&str] = &[
    "represented_name",
    "organisation_name",
    "surname",
    "given_names",
    "address",
    "postcode",
    "town",
    "country",
    "email",
    "phone",
    "consent_defenseur",
];

impl ContactForm {
    /// Re-displays a saved answer.
    pub fn from_answer(contact: &Contact) -> Self {
        let represented = contact.represented.as_ref();
        ContactForm {
            represented_name: represented.map(|r| r.name.clone()).unwrap_or_default(),
            organisation_name: represented
                .and_then(|r| r.organisation.clone())
                .unwrap_or_default(),
            surname: contact.surname.clone(),
            given_names: contact.given_names.clone(),
            address: contact.address.clone(),
            postcode: contact.postcode.clone(),
            town: contact.town.clone(),
            country: contact.country.clone(),
            email: contact.email.as_str().to_string(),
            phone: contact
                .phone
                .as_ref()
                .map(|p| p.as_str().to_string())
                .unwrap_or_default(),
            consent_defenseur: if contact.consent_defenseur {
                vec!["yes".into()]
            } else {
                Vec::new()
            },
        }
    }

    /// Parses the page for `reporter`.
    pub fn parse(&self, reporter: Reporter) -> Result<Contact, FieldErrors> {
        let mut errors = FieldErrors::new();
        let represented = (reporter == Reporter::Representative)
            .then(|| self.parse_represented(&mut errors))
            .flatten();
        let surname = required_text(&mut errors, "surname", &self.surname, SHORT_MAX);
        let given_names = required_text(&mut errors, "given_names", &self.given_names, SHORT_MAX);
        let address = required_text(&mut errors, "address", &self.address, SHORT_MAX);
        let country = optional_text(&mut errors, "country", &self.country, 100)
            .unwrap_or_else(|| "France".into());
        let postcode = self.parse_postcode(&mut errors, &country);
        let town = required_text(&mut errors, "town", &self.town, 100);
        let email = self.parse_email(&mut errors);
        let phone = self.parse_phone(&mut errors);
        let consent_defenseur = self.parse_consent(&mut errors);
        errors.sort_by_fields(CONTACT_FIELDS);
        match (surname, given_names, address, postcode, town, email) {
            (
                Some(surname),
                Some(given_names),
                Some(address),
                Some(postcode),
                Some(town),
                Some(email),
            ) if errors.is_empty() => Ok(Contact {
                surname,
                given_names,
                address,
                postcode,
                town,
                country,
                email,
                phone,
                represented,
                consent_defenseur,
            }),
            _ => Err(errors),
        }
    }

    fn parse_represented(&self, errors: &mut FieldErrors) -> Option<Represented> {
        let name = required_text(
            errors,
            "represented_name",
            &self.represented_name,
            SHORT_MAX,
        );
        let organisation = optional_text(
            errors,
            "organisation_name",
            &self.organisation_name,
            SHORT_MAX,
        );
        Some(Represented {
            name: name?,
            organisation,
        })
    }

    /// Five digits in France; free form (up to 12 characters) abroad.
    fn parse_postcode(&self, errors: &mut FieldErrors, country: &str) -> Option<String> {
        let typed = required_text(errors, "postcode", &self.postcode, 12)?;
        if search_key(country) != "france" {
            return Some(typed);
        }
        let parsed = Postcode::parse(&typed).map(|p| p.as_str().to_string());
        if parsed.is_none() {
            errors.add("postcode", "error-postcode");
        }
        parsed
    }

    fn parse_phone(&self, errors: &mut FieldErrors) -> Option<Phone> {
        let typed = optional_text(errors, "phone", &self.phone, 30)?;
        let parsed = Phone::parse(&typed);
        if parsed.is_none() {
            errors.add("phone", "error-phone");
        }
        parsed
    }

    /// Ticked (`["yes"]`) or not (nothing); anything else is a forged form.
    fn parse_consent(&self, errors: &mut FieldErrors) -> bool {
        match self.consent_defenseur.as_slice() {
            [] => false,
            [yes] if yes == "yes" => true,
            _ => {
                errors.add("consent_defenseur", "error-invalid");
                false
            }
        }
    }

    fn parse_email(&self, errors: &mut FieldErrors) -> Option<Email> {
        let email = Email::parse(&self.email);
        if email.is_none() {
            let key = if self.email.trim().is_empty() {
                "error-required"
            } else {
                "error-email"
            };
            errors.add("email", key);
        }
        email
    }
}
