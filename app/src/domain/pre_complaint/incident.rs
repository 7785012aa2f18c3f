//! What happened: when, where, and the kind of offence with the account.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::about::past_date;
use crate::domain::errors::FieldErrors;
use crate::domain::form::{choice, optional_text, required_long_text, required_text, SHORT_MAX};
use crate::domain::values::{parse_time, Postcode};

/// When the offence happened: exactly, or somewhere between two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "kebab-case")]
pub enum When {
    /// A known day, with the time if known.
    Exact {
        /// The day.
        date: NaiveDate,
        /// The time, `None` for "I don't know the time".
        time: Option<NaiveTime>,
    },
    /// Between two days (e.g. a burglary during a holiday).
    Range {
        /// First possible day.
        from: NaiveDate,
        /// Last possible day.
        to: NaiveDate,
    },
}

/// Raw answers of the "when" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WhenForm {
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
}

impl WhenForm {
    /// Re-displays a saved answer.
    pub fn from_answer(when: &When) -> Self {
        let day = |d: &NaiveDate| d.format("%Y-%m-%d").to_string();
        match when {
            When::Exact { date, time } => WhenForm {
                mode: "exact".into(),
                date: day(date),
                time: time
                    .map(|t| t.format("%H:%M").to_string())
                    .unwrap_or_default(),
                ..Default::default()
            },
            When::Range { from, to } => WhenForm {
                mode: "range".into(),
                from: day(from),
                to: day(to),
                ..Default::default()
            },
        }
    }

    /// Parses the page; no date may be after `today`, and a range must be in order.
    pub fn parse(&self, today: NaiveDate) -> Result<When, FieldErrors> {
        let mut errors = FieldErrors::new();
        match self.mode.as_str() {
            "exact" => {
                let date = past_date(&mut errors, "date", &self.date, today);
                let time = optional_text(&mut errors, "time", &self.time, 10).and_then(|t| {
                    let parsed = parse_time(&t);
                    if parsed.is_none() {
                        errors.add("time", "error-time");
                    }
                    parsed
                });
                errors.into_result(|| When::Exact {
                    date: date.unwrap_or_default(),
                    time,
                })
            }
            "range" => {
                let from = past_date(&mut errors, "from", &self.from, today);
                let to = past_date(&mut errors, "to", &self.to, today);
                if let (Some(from), Some(to)) = (from, to) {
                    if from > to {
                        errors.add("to", "error-range-order");
                    }
                }
                errors.into_result(|| When::Range {
                    from: from.unwrap_or_default(),
                    to: to.unwrap_or_default(),
                })
            }
            _ => {
                errors.add("mode", "error-choose");
                Err(errors)
            }
        }
    }
}

/// The kind of place where it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// In the street or another public place.
    Street,
    /// At home.
    Home,
    /// In or on a vehicle.
    Vehicle,
    /// On public transport or in a station.
    Transport,
    /// In a shop, restaurant or other business.
    Business,
    /// At work or school.
    Work,
    /// Somewhere else.
    Other,
}

impl PlaceKind {
    /// Every choice, in display order.
    pub const ALL: &'static [PlaceKind] = &[
        PlaceKind::Street,
        PlaceKind::Home,
        PlaceKind::Vehicle,
        PlaceKind::Transport,
        PlaceKind::Business,
        PlaceKind::Work,
        PlaceKind::Other,
    ];

    /// Form value and the end of its catalogue key.
    pub fn slug(self) -> &'static str {
        match self {
            PlaceKind::Street => "street",
            PlaceKind::Home => "home",
            PlaceKind::Vehicle => "vehicle",
            PlaceKind::Transport => "transport",
            PlaceKind::Business => "business",
            PlaceKind::Work => "work",
            PlaceKind::Other => "other",
        }
    }
}

/// Where it happened (in France).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Kind of place.
    pub kind: PlaceKind,
    /// Street address or landmark, if known.
    pub address: Option<String>,
    /// Postcode.
    pub postcode: Postcode,
    /// Town.
    pub town: String,
    /// Anything that helps find the place (line, station, shop name).
    pub details: Option<String>,
}

/// Raw answers of the "where" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PlaceForm {
    pub kind: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub details: String,
}

impl PlaceForm {
    /// Re-displays a saved answer.
    pub fn from_answer(place: &Place) -> Self {
        PlaceForm {
            kind: place.kind.slug().into(),
            address: place.address.clone().unwrap_or_default(),
            postcode: place.postcode.as_str().into(),
            town: place.town.clone(),
            details: place.details.clone().unwrap_or_default(),
        }
    }

    /// Parses the page.
    pub fn parse(&self) -> Result<Place, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = choice(
            &mut errors,
            "kind",
            &self.kind,
            PlaceKind::ALL,
            PlaceKind::slug,
        );
        let address = optional_text(&mut errors, "address", &self.address, SHORT_MAX);
        let postcode = required_text(&mut errors, "postcode", &self.postcode, 12).and_then(|p| {
            let parsed = Postcode::parse(&p);
            if parsed.is_none() {
                errors.add("postcode", "error-postcode");
            }
            parsed
        });
        let town = required_text(&mut errors, "town", &self.town, 100);
        let details = optional_text(&mut errors, "details", &self.details, SHORT_MAX);
        if errors.is_empty() {
            if let (Some(kind), Some(postcode), Some(town)) = (kind, postcode, town) {
                return Ok(Place {
                    kind,
                    address,
                    postcode,
                    town,
                    details,
                });
            }
        }
        Err(errors)
    }
}

/// The offences a pre-complaint covers, plus internet scams, which belong
/// to a dedicated service and are routed there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Offence {
    /// Theft (of a bag, a bicycle, …).
    Theft,
    /// Pickpocketing.
    Pickpocketing,
    /// Theft from inside a vehicle.
    TheftFromVehicle,
    /// Burglary of a home, cellar or business.
    Burglary,
    /// Theft of a vehicle.
    VehicleTheft,
    /// Damage or vandalism.
    Damage,
    /// Fraudulent use of a bank card.
    CardFraud,
    /// A scam that did not happen on the internet.
    Scam,
    /// A scam on the internet: not for this procedure.
    InternetScam,
}

impl Offence {
    /// Every choice, in display order.
    pub const ALL: &'static [Offence] = &[
        Offence::Theft,
        Offence::Pickpocketing,
        Offence::TheftFromVehicle,
        Offence::Burglary,
        Offence::VehicleTheft,
        Offence::Damage,
        Offence::CardFraud,
        Offence::Scam,
        Offence::InternetScam,
    ];

    /// Form value and the end of its catalogue key.
    pub fn slug(self) -> &'static str {
        match self {
            Offence::Theft => "theft",
            Offence::Pickpocketing => "pickpocketing",
            Offence::TheftFromVehicle => "theft-from-vehicle",
            Offence::Burglary => "burglary",
            Offence::VehicleTheft => "vehicle-theft",
            Offence::Damage => "damage",
            Offence::CardFraud => "card-fraud",
            Offence::Scam => "scam",
            Offence::InternetScam => "internet-scam",
        }
    }
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The offence.
    pub offence: Offence,
    /// The citizen's account, in their words.
    pub account: String,
}

/// Raw answers of the "what happened" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FactsForm {
    pub offence: String,
    pub account: String,
}

/// Where the facts page sends the citizen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactsOutcome {
    /// Continue the pre-complaint with these facts.
    Continue(Facts),
    /// An internet scam: send the citizen to the dedicated service.
    InternetScam,
}

impl FactsForm {
    /// Re-displays a saved answer.
    pub fn from_answer(facts: &Facts) -> Self {
        FactsForm {
            offence: facts.offence.slug().into(),
            account: facts.account.clone(),
        }
    }

    /// Parses the page.
    pub fn parse(&self) -> Result<FactsOutcome, FieldErrors> {
        let mut errors = FieldErrors::new();
        let offence = choice(
            &mut errors,
            "offence",
            &self.offence,
            Offence::ALL,
            Offence::slug,
        );
        if offence == Some(Offence::InternetScam) {
            return Ok(FactsOutcome::InternetScam);
        }
        let account = required_long_text(&mut errors, "account", &self.account);
        match (offence, account) {
            (Some(offence), Some(account)) if errors.is_empty() => {
                Ok(FactsOutcome::Continue(Facts { offence, account }))
            }
            _ => Err(errors),
        }
    }
}
