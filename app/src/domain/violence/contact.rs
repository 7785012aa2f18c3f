//! Anonymous or identified: the reporter's choice, and, when they give
//! their identity, how and when it is safe to contact them. Contact
//! details typed before choosing "anonymous" are not kept.

use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;
use crate::domain::form::{optional_text, SHORT_MAX};
use crate::domain::values::{Email, Phone};

/// How the reporter wants to be contacted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    /// By email: the acknowledgement and the agent's messages go there.
    Email(Email),
    /// By phone: an agent calls, at the times the reporter gave.
    Phone(Phone),
}

/// A reporter who gives their identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identified {
    /// The name they want to be called by, if given.
    pub name: Option<String>,
    /// How to contact them.
    pub reach: Reach,
    /// When it is safe to contact them, in their words.
    pub safe_times: Option<String>,
}

/// The reporter's choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "choice", rename_all = "kebab-case")]
pub enum Contact {
    /// No name, no contact details: the follow-up code is the only link.
    Anonymous,
    /// Name and a way to be contacted.
    Identified(Identified),
}

/// Form value of the anonymous choice.
pub const ANONYMOUS: &str = "anonymous";
/// Form value of the identified choice.
pub const IDENTIFIED: &str = "identified";

/// Raw answers of the contact page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    /// `anonymous`, `identified`, or nothing (skipped: anonymous).
    pub anonymity: String,
    /// The name to use (optional).
    pub name: String,
    /// `email` or `phone`.
    pub contact_by: String,
    /// Email address, when contacted by email.
    pub email: String,
    /// Phone number, when contacted by phone.
    pub phone: String,
    /// When it is safe to contact them (optional).
    pub safe_times: String,
}

/// Field order on the contact page, for the error summary.
pub const CONTACT_FIELDS: &[&str] = &[
    "anonymity",
    "name",
    "contact_by",
    "email",
    "phone",
    "safe_times",
];

impl ContactForm {
    /// Re-displays a saved answer.
    pub fn from_answer(contact: &Contact) -> Self {
        match contact {
            Contact::Anonymous => ContactForm {
                anonymity: ANONYMOUS.into(),
                ..Default::default()
            },
            Contact::Identified(who) => {
                let (contact_by, email, phone) = match &who.reach {
                    Reach::Email(email) => ("email", email.as_str().to_string(), String::new()),
                    Reach::Phone(phone) => ("phone", String::new(), phone.as_str().to_string()),
                };
                ContactForm {
                    anonymity: IDENTIFIED.into(),
                    name: who.name.clone().unwrap_or_default(),
                    contact_by: contact_by.into(),
                    email,
                    phone,
                    safe_times: who.safe_times.clone().unwrap_or_default(),
                }
            }
        }
    }

    /// Whether anything was typed in the contact fields.
    fn has_details(&self) -> bool {
        [&self.name, &self.email, &self.phone, &self.safe_times]
            .iter()
            .any(|f| !f.trim().is_empty())
    }

    /// Parses the page. Nothing chosen and nothing typed skips the
    /// question (`None`: anonymous); details typed without choosing ask
    /// for the choice, so that nothing typed is silently dropped.
    pub fn parse(&self) -> Result<Option<Contact>, FieldErrors> {
        let mut errors = FieldErrors::new();
        match self.anonymity.as_str() {
            "" if !self.has_details() && self.contact_by.is_empty() => Ok(None),
            ANONYMOUS => Ok(Some(Contact::Anonymous)),
            IDENTIFIED => self
                .parse_identified()
                .map(|c| Some(Contact::Identified(c))),
            _ => {
                errors.add("anonymity", "error-choose");
                Err(errors)
            }
        }
    }

    fn parse_identified(&self) -> Result<Identified, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = optional_text(&mut errors, "name", &self.name, SHORT_MAX);
        let reach = match self.contact_by.as_str() {
            "email" => self.parse_email(&mut errors).map(Reach::Email),
            "phone" => self.parse_phone(&mut errors).map(Reach::Phone),
            _ => {
                errors.add("contact_by", "error-choose");
                None
            }
        };
        let safe_times = optional_text(&mut errors, "safe_times", &self.safe_times, SHORT_MAX);
        errors.sort_by_fields(CONTACT_FIELDS);
        match reach {
            Some(reach) if errors.is_empty() => Ok(Identified {
                name,
                reach,
                safe_times,
            }),
            _ => Err(errors),
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

    fn parse_phone(&self, errors: &mut FieldErrors) -> Option<Phone> {
        let phone = Phone::parse(&self.phone);
        if phone.is_none() {
            let key = if self.phone.trim().is_empty() {
                "error-required"
            } else {
                "error-phone"
            };
            errors.add("phone", key);
        }
        phone
    }
}
