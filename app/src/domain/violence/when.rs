//! When and where, approximately: a period ("in the last weeks", "more
//! than a year ago", "I don't know") and a département or a postcode.
//! Both are optional; the département chooses the unit that receives the
//! report.

use serde::{Deserialize, Serialize};

use super::situation::optional_choice;
use crate::domain::errors::FieldErrors;
use crate::domain::unit::department;
use crate::domain::values::Postcode;

/// Roughly when it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Period {
    /// In the last few days.
    Days,
    /// In the last few weeks.
    Weeks,
    /// In the last few months.
    Months,
    /// More than a year ago.
    OverAYear,
    /// The person does not know.
    Unknown,
}

impl Period {
    /// Every choice, in display order.
    pub const ALL: &'static [Period] = &[
        Period::Days,
        Period::Weeks,
        Period::Months,
        Period::OverAYear,
        Period::Unknown,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Period::Days => "days",
            Period::Weeks => "weeks",
            Period::Months => "months",
            Period::OverAYear => "over-a-year",
            Period::Unknown => "unknown",
        }
    }
}

/// Where it happened: a département, and the postcode when one was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    /// The département: two digits, `2A` or `2B` (Corsica), three digits
    /// overseas.
    pub department: String,
    /// The postcode, when the person gave one.
    pub postcode: Option<Postcode>,
}

impl Area {
    /// Reads a département number (`69`, `2A`, `974`) or a postcode
    /// (`69003`); `None` for anything else.
    pub fn parse(input: &str) -> Option<Area> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        if let Some(postcode) = Postcode::parse(&compact) {
            let department = department(postcode.as_str());
            return Area::known_department(&department).then_some(Area {
                department,
                postcode: Some(postcode),
            });
        }
        Area::known_department(&compact).then_some(Area {
            department: compact,
            postcode: None,
        })
    }

    /// Whether `code` is a département number: 01 to 95 (20 standing for
    /// Corsica in postcodes), 2A, 2B, or 971 to 989 overseas.
    fn known_department(code: &str) -> bool {
        match code.len() {
            2 if code == "2A" || code == "2B" => true,
            2 => code.parse::<u8>().is_ok_and(|n| (1..=95).contains(&n)),
            3 => code.parse::<u16>().is_ok_and(|n| (971..=989).contains(&n)),
            _ => false,
        }
    }

    /// The start of the postcodes of the département, to search its units
    /// (Corsica's two départements share postcodes starting with 20).
    pub fn postcode_prefix(&self) -> String {
        match self.department.as_str() {
            "2A" | "2B" => "20".to_string(),
            other => other.to_string(),
        }
    }

    /// The place as typed back: the postcode, or the département.
    pub fn display(&self) -> &str {
        self.postcode
            .as_ref()
            .map_or(self.department.as_str(), Postcode::as_str)
    }
}

/// When and where, as answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhenWhere {
    /// Roughly when, if said.
    pub period: Option<Period>,
    /// Where, if said.
    pub area: Option<Area>,
}

/// Raw answers of the "when and where" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WhenForm {
    /// One of [`Period::slug`], or nothing.
    pub period: String,
    /// A département number or a postcode, or nothing.
    pub area: String,
}

impl WhenForm {
    /// Re-displays a saved answer.
    pub fn from_answer(answer: &WhenWhere) -> Self {
        WhenForm {
            period: answer
                .period
                .map(|p| p.slug().to_string())
                .unwrap_or_default(),
            area: answer
                .area
                .as_ref()
                .map(|a| a.display().to_string())
                .unwrap_or_default(),
        }
    }

    /// Parses the page: both parts optional (nothing at all is `None`); a
    /// place that is neither a département nor a postcode is refused.
    pub fn parse(&self) -> Result<Option<WhenWhere>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let period = optional_choice(
            &mut errors,
            "period",
            &self.period,
            Period::ALL,
            Period::slug,
        );
        let area = match self.area.trim() {
            "" => None,
            typed => {
                let parsed = Area::parse(typed);
                if parsed.is_none() {
                    errors.add("area", "error-area");
                }
                parsed
            }
        };
        errors.into_result(|| {
            (period.is_some() || area.is_some()).then_some(WhenWhere { period, area })
        })
    }
}
