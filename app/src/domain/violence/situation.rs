//! The two questions every report answers: is the person safe right now,
//! and for whom they report (and whether that person is under 18).

use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;
use crate::domain::form::choice;

/// The answer to "are you safe right now?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SafeNow {
    /// Safe right now.
    Yes,
    /// Not safe right now.
    No,
    /// Not sure: treated as not safe.
    NotSure,
}

impl SafeNow {
    /// Every choice, in display order.
    pub const ALL: &'static [SafeNow] = &[SafeNow::Yes, SafeNow::No, SafeNow::NotSure];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            SafeNow::Yes => "yes",
            SafeNow::No => "no",
            SafeNow::NotSure => "not-sure",
        }
    }
}

/// Raw answer of the "are you safe?" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SafeForm {
    /// `yes`, `no` or `not-sure`.
    pub safe_now: String,
}

impl SafeForm {
    /// Parses the answer: one of the three choices, required.
    pub fn parse(&self) -> Result<SafeNow, FieldErrors> {
        let mut errors = FieldErrors::new();
        choice(
            &mut errors,
            "safe_now",
            &self.safe_now,
            SafeNow::ALL,
            SafeNow::slug,
        )
        .ok_or(errors)
    }
}

/// For whom the person reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reporter {
    /// It happened to the person reporting.
    Myself,
    /// It happened to someone the person knows (a friend, a child…).
    SomeoneElse,
    /// The person saw or heard it happen.
    Witness,
}

impl Reporter {
    /// Every choice, in display order.
    pub const ALL: &'static [Reporter] =
        &[Reporter::Myself, Reporter::SomeoneElse, Reporter::Witness];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Reporter::Myself => "myself",
            Reporter::SomeoneElse => "someone-else",
            Reporter::Witness => "witness",
        }
    }
}

/// Whether the person it happened to is under 18.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Age {
    /// Under 18: 119 is offered.
    Under18,
    /// 18 or over.
    Adult,
    /// The reporter does not know.
    Unknown,
}

impl Age {
    /// Every choice, in display order.
    pub const ALL: &'static [Age] = &[Age::Under18, Age::Adult, Age::Unknown];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Age::Under18 => "under-18",
            Age::Adult => "adult",
            Age::Unknown => "unknown",
        }
    }
}

/// For whom, and whether the person it happened to is under 18.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who {
    /// Myself, someone else, or as a witness.
    pub reporter: Reporter,
    /// The age question's answer; `None` when skipped.
    pub age: Option<Age>,
}

/// Raw answers of the "for whom" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WhoForm {
    /// `myself`, `someone-else` or `witness`.
    pub report_for: String,
    /// `under-18`, `adult`, `unknown`, or nothing (optional).
    pub age: String,
}

impl WhoForm {
    /// Re-displays a saved answer.
    pub fn from_answer(who: &Who) -> Self {
        WhoForm {
            report_for: who.reporter.slug().into(),
            age: who.age.map(|a| a.slug().to_string()).unwrap_or_default(),
        }
    }

    /// Parses the page: the reporter is required, the age is not.
    pub fn parse(&self) -> Result<Who, FieldErrors> {
        let mut errors = FieldErrors::new();
        let reporter = choice(
            &mut errors,
            "report_for",
            &self.report_for,
            Reporter::ALL,
            Reporter::slug,
        );
        let age = optional_choice(&mut errors, "age", &self.age, Age::ALL, Age::slug);
        match reporter {
            Some(reporter) if errors.is_empty() => Ok(Who { reporter, age }),
            _ => Err(errors),
        }
    }
}

/// An optional choice among values with a `slug`: nothing chosen is
/// `None`; a value that is not offered is an error (a forged form).
pub fn optional_choice<T: Copy>(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
    all: &[T],
    slug: impl Fn(T) -> &'static str,
) -> Option<T> {
    if input.is_empty() {
        return None;
    }
    let found = all.iter().copied().find(|v| slug(*v) == input);
    if found.is_none() {
        errors.add(field, "error-invalid");
    }
    found
}
