//! The first answers: eligibility, who declares, identity and contact.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::domain::errors::FieldErrors;
use crate::domain::form::{choice, optional_text, required_text, yes_no, yes_no_value, SHORT_MAX};
use crate::domain::values::{parse_date, Email, Phone, Postcode};

/// Raw answers of the eligibility page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EligibilityForm {
    /// Is someone in danger, or is it happening now? `yes` or `no`.
    pub emergency: String,
    /// Does the citizen know who did it?
    pub known_perpetrator: String,
    /// Was anyone hurt or threatened, or is it sexual violence?
    pub violence: String,
}

/// Where the eligibility answers send the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eligibility {
    /// A pre-complaint fits.
    Eligible,
    /// Someone is in danger: call 17, 112 or text 114.
    Emergency,
    /// The perpetrator is known: a pre-complaint is for unknown perpetrators.
    KnownPerpetrator,
    /// Violence against a person: not a property offence.
    Violence,
}

impl EligibilityForm {
    /// The answers of an eligible citizen, for re-displaying the page.
    pub fn eligible() -> Self {
        EligibilityForm {
            emergency: yes_no_value(false),
            known_perpetrator: yes_no_value(false),
            violence: yes_no_value(false),
        }
    }

    /// Decides where the citizen goes; emergencies win over everything.
    pub fn parse(&self) -> Result<Eligibility, FieldErrors> {
        let mut errors = FieldErrors::new();
        let emergency = yes_no(&mut errors, "emergency", &self.emergency);
        let known = yes_no(&mut errors, "known_perpetrator", &self.known_perpetrator);
        let violence = yes_no(&mut errors, "violence", &self.violence);
        if emergency == Some(true) {
            return Ok(Eligibility::Emergency);
        }
        errors.into_result(|| ())?;
        Ok(if violence == Some(true) {
            Eligibility::Violence
        } else if known == Some(true) {
            Eligibility::KnownPerpetrator
        } else {
            Eligibility::Eligible
        })
    }
}

/// Who makes the declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Declarant {
    /// The victim, for themselves.
    Myself,
    /// A parent or legal guardian, for a minor child.
    MinorChild,
    /// A representative of a company or association.
    Organisation,
}

impl Declarant {
    /// Every choice, in display order.
    pub const ALL: &'static [Declarant] = &[
        Declarant::Myself,
        Declarant::MinorChild,
        Declarant::Organisation,
    ];

    /// Form value.
    pub fn slug(self) -> &'static str {
        match self {
            Declarant::Myself => "myself",
            Declarant::MinorChild => "minor-child",
            Declarant::Organisation => "organisation",
        }
    }

    /// Parses the declarant radio.
    pub fn parse(input: &str) -> Result<Declarant, FieldErrors> {
        let mut errors = FieldErrors::new();
        let declarant = choice(
            &mut errors,
            "declarant",
            input,
            Declarant::ALL,
            Declarant::slug,
        );
        declarant.ok_or(errors)
    }
}

/// The child on whose behalf a parent declares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    /// Surname.
    pub surname: String,
    /// Given names.
    pub given_names: String,
    /// Date of birth (under 18 on the day of declaration).
    pub birth_date: NaiveDate,
}

/// The company or association a representative declares for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    /// Registered name.
    pub name: String,
    /// SIRET number, 14 digits, when the organisation has one.
    pub siret: Option<String>,
    /// The declarant's role in it.
    pub role: String,
}

/// The declarant's identity and how to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// Surname.
    pub surname: String,
    /// Given names.
    pub given_names: String,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// Place of birth (town and country).
    pub birth_place: String,
    /// Street address.
    pub address: String,
    /// Postcode (five digits in France, free form abroad).
    pub postcode: String,
    /// Town.
    pub town: String,
    /// Country of residence.
    pub country: String,
    /// Email address, where the confirmation goes.
    pub email: Email,
    /// Phone number, for the unit to set the appointment.
    pub phone: Option<Phone>,
    /// The child, when a parent declares for a minor.
    pub child: Option<Child>,
    /// The organisation, when its representative declares.
    pub organisation: Option<Organisation>,
}

impl Identity {
    /// Whether the identity holds what `declarant` needs (a child or an
    /// organisation), so a changed declarant sends the citizen back here.
    pub fn fits(&self, declarant: Declarant) -> bool {
        match declarant {
            Declarant::Myself => self.child.is_none() && self.organisation.is_none(),
            Declarant::MinorChild => self.child.is_some() && self.organisation.is_none(),
            Declarant::Organisation => self.organisation.is_some() && self.child.is_none(),
        }
    }
}

/// Raw answers of the identity page.
#[derive(Debug, Clone, Default, Deserialize, Validate)]
#[serde(default)]
pub struct IdentityForm {
    pub surname: String,
    pub given_names: String,
    pub birth_date: String,
    pub birth_place: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub country: String,
    #[validate(length(max = 254, code = "too-long"))]
    pub email: String,
    pub phone: String,
    pub child_surname: String,
    pub child_given_names: String,
    pub child_birth_date: String,
    pub organisation_name: String,
    pub organisation_siret: String,
    pub organisation_role: String,
}

/// Field order on the identity page, for the error summary.
pub const IDENTITY_FIELDS: &[&str] = &[
    "organisation_name",
    "organisation_siret",
    "organisation_role",
    "child_surname",
    "child_given_names",
    "child_birth_date",
    "surname",
    "given_names",
    "birth_date",
    "birth_place",
    "address",
    "postcode",
    "town",
    "country",
    "email",
    "phone",
];

impl IdentityForm {
    /// Re-displays saved answers.
    pub fn from_answer(identity: &Identity) -> Self {
        let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        IdentityForm {
            surname: identity.surname.clone(),
            given_names: identity.given_names.clone(),
            birth_date: date(identity.birth_date),
            birth_place: identity.birth_place.clone(),
            address: identity.address.clone(),
            postcode: identity.postcode.clone(),
            town: identity.town.clone(),
            country: identity.country.clone(),
            email: identity.email.as_str().to_string(),
            phone: identity
                .phone
                .as_ref()
                .map(|p| p.as_str().to_string())
                .unwrap_or_default(),
            child_surname: identity
                .child
                .as_ref()
                .map(|c| c.surname.clone())
                .unwrap_or_default(),
            child_given_names: identity
                .child
                .as_ref()
                .map(|c| c.given_names.clone())
                .unwrap_or_default(),
            child_birth_date: identity
                .child
                .as_ref()
                .map(|c| date(c.birth_date))
                .unwrap_or_default(),
            organisation_name: identity
                .organisation
                .as_ref()
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            organisation_siret: identity
                .organisation
                .as_ref()
                .and_then(|o| o.siret.clone())
                .unwrap_or_default(),
            organisation_role: identity
                .organisation
                .as_ref()
                .map(|o| o.role.clone())
                .unwrap_or_default(),
        }
    }

    /// Parses the page for `declarant`, given today's date.
    pub fn parse(&self, declarant: Declarant, today: NaiveDate) -> Result<Identity, FieldErrors> {
        let mut errors = FieldErrors::new();
        if let Err(e) = self.validate() {
            errors.add_validation(&e, IDENTITY_FIELDS);
        }
        let surname = required_text(&mut errors, "surname", &self.surname, SHORT_MAX);
        let given_names = required_text(&mut errors, "given_names", &self.given_names, SHORT_MAX);
        let birth_date = past_date(&mut errors, "birth_date", &self.birth_date, today);
        let birth_place = required_text(&mut errors, "birth_place", &self.birth_place, SHORT_MAX);
        let address = required_text(&mut errors, "address", &self.address, SHORT_MAX);
        let country = optional_text(&mut errors, "country", &self.country, 100)
            .unwrap_or_else(|| "France".into());
        let in_france = crate::domain::unit::search_key(&country) == "france";
        let postcode = required_text(&mut errors, "postcode", &self.postcode, 12).and_then(|p| {
            if !in_france {
                return Some(p);
            }
            let parsed = Postcode::parse(&p).map(|p| p.as_str().to_string());
            if parsed.is_none() {
                errors.add("postcode", "error-postcode");
            }
            parsed
        });
        let town = required_text(&mut errors, "town", &self.town, 100);
        let email = match Email::parse(&self.email) {
            Some(email) => Some(email),
            None if self.email.trim().is_empty() => {
                errors.add("email", "error-required");
                None
            }
            None => {
                errors.add("email", "error-email");
                None
            }
        };
        let phone = optional_text(&mut errors, "phone", &self.phone, 30).and_then(|p| {
            let parsed = Phone::parse(&p);
            if parsed.is_none() {
                errors.add("phone", "error-phone");
            }
            parsed
        });
        let child = (declarant == Declarant::MinorChild)
            .then(|| self.parse_child(&mut errors, today))
            .flatten();
        let organisation = (declarant == Declarant::Organisation)
            .then(|| self.parse_organisation(&mut errors))
            .flatten();
        errors.sort_by_fields(IDENTITY_FIELDS);
        errors.into_result(|| Identity {
            surname: surname.unwrap_or_default(),
            given_names: given_names.unwrap_or_default(),
            birth_date: birth_date.unwrap_or_default(),
            birth_place: birth_place.unwrap_or_default(),
            address: address.unwrap_or_default(),
            postcode: postcode.unwrap_or_default(),
            town: town.unwrap_or_default(),
            country,
            email: email.expect("checked above"),
            phone,
            child,
            organisation,
        })
    }

    fn parse_child(&self, errors: &mut FieldErrors, today: NaiveDate) -> Option<Child> {
        let surname = required_text(errors, "child_surname", &self.child_surname, SHORT_MAX);
        let given_names = required_text(
            errors,
            "child_given_names",
            &self.child_given_names,
            SHORT_MAX,
        );
        let birth_date = past_date(errors, "child_birth_date", &self.child_birth_date, today);
        if let Some(born) = birth_date {
            if today.years_since(born).unwrap_or(0) >= 18 {
                errors.add("child_birth_date", "error-child-not-minor");
                return None;
            }
        }
        Some(Child {
            surname: surname?,
            given_names: given_names?,
            birth_date: birth_date?,
        })
    }

    fn parse_organisation(&self, errors: &mut FieldErrors) -> Option<Organisation> {
        let name = required_text(
            errors,
            "organisation_name",
            &self.organisation_name,
            SHORT_MAX,
        );
        let siret = optional_text(errors, "organisation_siret", &self.organisation_siret, 20)
            .and_then(|s| {
                let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
                let valid = digits.len() == 14 && digits.chars().all(|c| c.is_ascii_digit());
                if !valid {
                    errors.add("organisation_siret", "error-siret");
                }
                valid.then_some(digits)
            });
        let role = required_text(
            errors,
            "organisation_role",
            &self.organisation_role,
            SHORT_MAX,
        );
        Some(Organisation {
            name: name?,
            siret,
            role: role?,
        })
    }
}

/// A required date that is not after `today`.
pub(crate) fn past_date(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
    today: NaiveDate,
) -> Option<NaiveDate> {
    if input.trim().is_empty() {
        errors.add(field, "error-required");
        return None;
    }
    match parse_date(input) {
        None => {
            errors.add(field, "error-date");
            None
        }
        Some(date) if date > today => {
            errors.add(field, "error-date-future");
            None
        }
        Some(date) => Some(date),
    }
}
