//! The facts of a discrimination report: when and where, and the account.
//! Dates follow the pre-complaint's rules (an exact day, or a range when
//! the citizen only remembers roughly).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;
use crate::domain::form::{optional_text, required_long_text, required_text, SHORT_MAX};
use crate::domain::pre_complaint::{When, WhenForm};
use crate::domain::values::Postcode;

/// The town where it happened (in France) and, optionally, the place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Postcode.
    pub postcode: Postcode,
    /// Town.
    pub town: String,
    /// The place itself: a shop's name, an address, a website.
    pub details: Option<String>,
}

/// When and where, answered on one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhenWhere {
    /// The day, or a range of days.
    pub when: When,
    /// The town.
    pub place: Place,
}

/// Raw answers of the "when and where" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WhenWhereForm {
    /// `exact` or `range`.
    pub mode: String,
    /// The day, for `exact`.
    pub date: String,
    /// The time (optional), for `exact`.
    pub time: String,
    /// First day, for `range`.
    pub from: String,
    /// Last day, for `range`.
    pub to: String,
    /// Postcode of the town.
    pub postcode: String,
    /// Town.
    pub town: String,
    /// The place (optional).
    pub place: String,
}

/// Field order on the page, for the error summary.
pub const WHEN_WHERE_FIELDS: &[&str] = &[
    "mode", "date", "time", "from", "to", "postcode", "town", "place",
];

impl WhenWhereForm {
    /// Re-displays a saved answer.
    pub fn from_answer(answer: &WhenWhere) -> Self {
        let when = WhenForm::from_answer(&answer.when);
        WhenWhereForm {
            mode: when.mode,
            date: when.date,
            time: when.time,
            from: when.from,
            to: when.to,
            postcode: answer.place.postcode.as_str().into(),
            town: answer.place.town.clone(),
            place: answer.place.details.clone().unwrap_or_default(),
        }
    }

    /// The date part, as the pre-complaint's form.
    fn when_form(&self) -> WhenForm {
        WhenForm {
            mode: self.mode.clone(),
            date: self.date.clone(),
            time: self.time.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
        }
    }

    /// Parses the page; no date after `today`, a range in order, a French
    /// postcode and a town.
    pub fn parse(&self, today: NaiveDate) -> Result<WhenWhere, FieldErrors> {
        let mut errors = FieldErrors::new();
        let when = match self.when_form().parse(today) {
            Ok(when) => Some(when),
            Err(found) => {
                for error in found.iter() {
                    errors.add(error.field, error.message);
                }
                None
            }
        };
        let postcode = required_text(&mut errors, "postcode", &self.postcode, 12).and_then(|p| {
            let parsed = Postcode::parse(&p);
            if parsed.is_none() {
                errors.add("postcode", "error-postcode");
            }
            parsed
        });
        let town = required_text(&mut errors, "town", &self.town, 100);
        let details = optional_text(&mut errors, "place", &self.place, SHORT_MAX);
        errors.sort_by_fields(WHEN_WHERE_FIELDS);
        match (when, postcode, town) {
            (Some(when), Some(postcode), Some(town)) if errors.is_empty() => Ok(WhenWhere {
                when,
                place: Place {
                    postcode,
                    town,
                    details,
                },
            }),
            _ => Err(errors),
        }
    }
}

/// Raw answer of the account page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    /// What happened, in the citizen's words.
    pub account: String,
}

impl AccountForm {
    /// Parses the account: required, at most [`crate::domain::form::LONG_MAX`]
    /// characters.
    pub fn parse(&self) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        required_long_text(&mut errors, "account", &self.account).ok_or(errors)
    }
}
