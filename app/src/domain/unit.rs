//! Police stations and gendarmerie units where a pre-complaint is signed.

use serde::{Deserialize, Serialize};

/// Whether a unit belongs to the national police or the gendarmerie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// A police station (commissariat).
    Police,
    /// A gendarmerie unit (brigade).
    Gendarmerie,
}

impl UnitKind {
    /// The stored and form value.
    pub fn slug(self) -> &'static str {
        match self {
            UnitKind::Police => "police",
            UnitKind::Gendarmerie => "gendarmerie",
        }
    }

    /// Parses the stored value.
    pub fn from_slug(slug: &str) -> Option<Self> {
        match slug {
            "police" => Some(UnitKind::Police),
            "gendarmerie" => Some(UnitKind::Gendarmerie),
            _ => None,
        }
    }
}

/// A unit as shown to a citizen choosing where to sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// Stable code, e.g. `PN-75-11`.
    pub code: String,
    /// Usual name.
    pub name: String,
    /// Police or gendarmerie.
    pub kind: UnitKind,
    /// Street address.
    pub address: String,
    /// Postcode.
    pub postcode: String,
    /// Town.
    pub town: String,
}

/// The time zone of a unit, from its postcode: overseas départements and
/// collectivités have their own; everywhere else is Europe/Paris.
/// Appointment times are typed and shown in the unit's local time.
pub fn unit_time_zone(postcode: &str) -> chrono_tz::Tz {
    use chrono_tz::{America, Europe, Indian, Pacific};
    match postcode.get(..3) {
        Some("971") => America::Guadeloupe,
        Some("972") => America::Martinique,
        Some("973") => America::Cayenne,
        Some("974") => Indian::Reunion,
        Some("975") => America::Miquelon,
        Some("976") => Indian::Mayotte,
        Some("986") => Pacific::Wallis,
        Some("987") => Pacific::Tahiti,
        Some("988") => Pacific::Noumea,
        _ => Europe::Paris,
    }
}

/// Folds a town name or a search for one into a comparable key: lower case,
/// no accents, hyphens and apostrophes as spaces (`Saint-Étienne` →
/// `saint etienne`).
pub fn search_key(text: &str) -> String {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            'œ' => 'o',
            '-' | '\'' | '’' => ' ',
            other => other,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The département of a postcode (two digits, three overseas): what to
/// search for units near a place before the citizen has searched.
pub fn department(postcode: &str) -> String {
    let digits = if postcode.starts_with("97") || postcode.starts_with("98") {
        3
    } else {
        2
    };
    postcode.chars().take(digits).collect()
}

/// What a unit search looks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitSearch {
    /// The start of a postcode (a département number or a full postcode).
    Postcode(String),
    /// Part of a town name, as a [`search_key`].
    Town(String),
}

impl UnitSearch {
    /// Reads what the citizen typed; `None` when it is too short to search.
    pub fn parse(input: &str) -> Option<Self> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if !compact.is_empty() && compact.len() <= 5 && compact.chars().all(|c| c.is_ascii_digit())
        {
            return (compact.len() >= 2).then_some(UnitSearch::Postcode(compact));
        }
        let key = search_key(input);
        (key.chars().count() >= 2 && key.chars().count() <= 60).then_some(UnitSearch::Town(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_overseas_have_their_own_time_zone() {
        assert_eq!(unit_time_zone("69001"), chrono_tz::Europe::Paris);
        assert_eq!(unit_time_zone("20000"), chrono_tz::Europe::Paris);
        assert_eq!(unit_time_zone("97400"), chrono_tz::Indian::Reunion);
        assert_eq!(unit_time_zone("97300"), chrono_tz::America::Cayenne);
    }

    #[test]
    fn search_keys_fold_accents_case_and_hyphens() {
        assert_eq!(search_key("Saint-Étienne"), "saint etienne");
        assert_eq!(search_key("  L'Haÿ-les-Roses "), "l hay les roses");
    }

    #[test]
    fn departments_have_two_digits_in_metropolitan_france_and_three_overseas() {
        assert_eq!(department("69003"), "69");
        assert_eq!(department("97400"), "974");
        assert_eq!(department("98800"), "988");
    }

    #[test]
    fn searches_read_postcodes_and_towns() {
        assert_eq!(
            UnitSearch::parse("75 011"),
            Some(UnitSearch::Postcode("75011".into()))
        );
        assert_eq!(
            UnitSearch::parse("69"),
            Some(UnitSearch::Postcode("69".into()))
        );
        assert_eq!(UnitSearch::parse("7"), None);
        assert_eq!(
            UnitSearch::parse("saint étienne"),
            Some(UnitSearch::Town("saint etienne".into()))
        );
        assert_eq!(UnitSearch::parse(" "), None);
    }
}
