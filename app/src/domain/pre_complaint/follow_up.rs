//! The last answers: perpetrator, witnesses, and the signing appointment.

use chrono::Weekday;
use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;
use crate::domain::form::{choice, optional_text, required_long_text, yes_no, SHORT_MAX};

/// What the citizen knows of whoever did it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "known", rename_all = "kebab-case")]
pub enum Perpetrator {
    /// "I don't know": nothing seen.
    Unknown,
    /// A description: number of people, appearance, vehicle, direction.
    Described {
        /// The description.
        description: String,
    },
}

/// Raw answers of the perpetrator page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PerpetratorForm {
    /// `yes` when the citizen can describe someone.
    pub seen: String,
    pub description: String,
}

impl PerpetratorForm {
    /// Re-displays a saved answer.
    pub fn from_answer(answer: &Perpetrator) -> Self {
        match answer {
            Perpetrator::Unknown => PerpetratorForm {
                seen: "no".into(),
                ..Default::default()
            },
            Perpetrator::Described { description } => PerpetratorForm {
                seen: "yes".into(),
                description: description.clone(),
            },
        }
    }

    /// Parses the page; a description is needed only when someone was seen.
    pub fn parse(&self) -> Result<Perpetrator, FieldErrors> {
        let mut errors = FieldErrors::new();
        match yes_no(&mut errors, "seen", &self.seen) {
            Some(true) => required_long_text(&mut errors, "description", &self.description)
                .map(|description| Perpetrator::Described { description })
                .ok_or(errors),
            Some(false) => Ok(Perpetrator::Unknown),
            None => Err(errors),
        }
    }
}

/// Whether anyone saw what happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "any", rename_all = "kebab-case")]
pub enum Witnesses {
    /// Nobody, or nobody the citizen knows of.
    None,
    /// Names and how to reach them.
    Some {
        /// Who they are and how to contact them.
        details: String,
    },
}

/// Raw answers of the witnesses page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WitnessesForm {
    /// `yes` when there were witnesses.
    pub any: String,
    pub details: String,
}

impl WitnessesForm {
    /// Re-displays a saved answer.
    pub fn from_answer(answer: &Witnesses) -> Self {
        match answer {
            Witnesses::None => WitnessesForm {
                any: "no".into(),
                ..Default::default()
            },
            Witnesses::Some { details } => WitnessesForm {
                any: "yes".into(),
                details: details.clone(),
            },
        }
    }

    /// Parses the page; details are needed only when there were witnesses.
    pub fn parse(&self) -> Result<Witnesses, FieldErrors> {
        let mut errors = FieldErrors::new();
        match yes_no(&mut errors, "any", &self.any) {
            Some(true) => required_long_text(&mut errors, "details", &self.details)
                .map(|details| Witnesses::Some { details })
                .ok_or(errors),
            Some(false) => Ok(Witnesses::None),
            None => Err(errors),
        }
    }
}

/// The part of the day the citizen prefers for the appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeOfDay {
    Any,
    Morning,
    Afternoon,
    Evening,
}

impl TimeOfDay {
    /// Every choice, in display order.
    pub const ALL: &'static [TimeOfDay] = &[
        TimeOfDay::Any,
        TimeOfDay::Morning,
        TimeOfDay::Afternoon,
        TimeOfDay::Evening,
    ];

    /// Form value and the end of its catalogue key.
    pub fn slug(self) -> &'static str {
        match self {
            TimeOfDay::Any => "any",
            TimeOfDay::Morning => "morning",
            TimeOfDay::Afternoon => "afternoon",
            TimeOfDay::Evening => "evening",
        }
    }
}

/// Days a unit can offer appointments, Monday to Saturday.
pub const APPOINTMENT_DAYS: &[Weekday] = &[
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
];

/// The form value of a weekday, also the end of its catalogue key.
pub fn weekday_slug(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// When the citizen would rather come to sign, and what they need there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentPreferences {
    /// Preferred days; empty means any day.
    pub days: Vec<Weekday>,
    /// Preferred part of the day.
    pub time_of_day: TimeOfDay,
    /// Needs for the appointment: an interpreter, step-free access, …
    pub needs: Option<String>,
}

/// Raw answers of the appointment page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AppointmentForm {
    /// Checked days (repeated field).
    pub days: Vec<String>,
    pub time_of_day: String,
    pub needs: String,
}

impl AppointmentForm {
    /// Re-displays a saved answer.
    pub fn from_answer(answer: &AppointmentPreferences) -> Self {
        AppointmentForm {
            days: answer
                .days
                .iter()
                .map(|d| weekday_slug(*d).to_string())
                .collect(),
            time_of_day: answer.time_of_day.slug().into(),
            needs: answer.needs.clone().unwrap_or_default(),
        }
    }

    /// Parses the page.
    pub fn parse(&self) -> Result<AppointmentPreferences, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut days = Vec::new();
        for typed in &self.days {
            match APPOINTMENT_DAYS.iter().find(|d| weekday_slug(**d) == typed) {
                Some(day) if !days.contains(day) => days.push(*day),
                Some(_) => {}
                None => errors.add("days", "error-choose"),
            }
        }
        days.sort_by_key(|d| d.num_days_from_monday());
        let time_of_day = choice(
            &mut errors,
            "time_of_day",
            &self.time_of_day,
            TimeOfDay::ALL,
            TimeOfDay::slug,
        );
        let needs = optional_text(&mut errors, "needs", &self.needs, SHORT_MAX);
        match time_of_day {
            Some(time_of_day) if errors.is_empty() => Ok(AppointmentPreferences {
                days,
                time_of_day,
                needs,
            }),
            _ => Err(errors),
        }
    }
}
