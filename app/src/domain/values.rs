//! Small domain values parsed from what a citizen types: dates and times,
//! postcodes, email addresses, phone numbers, IMEI, number plates, amounts.
//!
//! Each parser forgives harmless differences (spaces, case, separators) and
//! refuses anything else; a value that exists has been checked.

use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use validator::ValidateEmail;

/// Whether `c` is a control character that is not white space (NUL,
/// escape, …): nothing a person types, and nothing a page should show.
fn is_invisible_control(c: char) -> bool {
    c.is_control() && !c.is_whitespace()
}

/// Trims and collapses runs of whitespace, dropping control characters;
/// `None` when nothing is left.
pub fn clean_text(input: &str) -> Option<String> {
    let visible: String = input
        .chars()
        .filter(|&c| !is_invisible_control(c))
        .collect();
    let cleaned = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Trims a multi-line text, keeping its line breaks (each `\r\n` or lone
/// `\r` becomes `\n`) and tabs, dropping the other control characters;
/// `None` when blank.
pub fn clean_multiline(input: &str) -> Option<String> {
    let mut cleaned = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cleaned.push('\n');
            }
            '\n' | '\t' => cleaned.push(c),
            c if c.is_control() => {}
            c => cleaned.push(c),
        }
    }
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Parses a date typed as `YYYY-MM-DD` (what a date field sends) or
/// `DD/MM/YYYY` (what people type where the field is plain text).
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let input = input.trim();
    NaiveDate::parse_from_str(input, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(input, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(input, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(input, "%d.%m.%Y"))
        .ok()
        .filter(|d| (1900..=9999).contains(&d.year()))
}

/// Parses a time typed as `HH:MM` or `HHhMM`.
pub fn parse_time(input: &str) -> Option<NaiveTime> {
    let normalised = input.trim().to_ascii_lowercase().replace('h', ":");
    let normalised = if normalised.ends_with(':') {
        format!("{normalised}00")
    } else {
        normalised
    };
    NaiveTime::parse_from_str(&normalised, "%H:%M").ok()
}

/// A French postcode: five digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Postcode(String);

impl Postcode {
    /// Parses five digits, ignoring spaces (`75 011` is `75011`).
    pub fn parse(input: &str) -> Option<Self> {
        let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        (digits.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()))
            .then_some(Postcode(digits))
    }

    /// The five digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An email address as `validator` accepts it, at most 254 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// Parses a trimmed address.
    pub fn parse(input: &str) -> Option<Self> {
        let trimmed = input.trim();
        (trimmed.len() <= 254 && trimmed.validate_email()).then(|| Email(trimmed.to_string()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone number: digits with an optional leading `+`, 8 to 15 digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    /// Parses a number, ignoring spaces, dots, hyphens and brackets.
    pub fn parse(input: &str) -> Option<Self> {
        let trimmed = input.trim();
        let plus = trimmed.starts_with('+');
        let digits: String = trimmed
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')' | '+'))
            .collect();
        let valid = (8..=15).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
            && trimmed.matches('+').count() <= usize::from(plus);
        valid.then(|| Phone(if plus { format!("+{digits}") } else { digits }))
    }

    /// The number as digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone's IMEI: 15 digits whose last one is a Luhn check digit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Imei(String);

impl Imei {
    /// Parses 15 digits (spaces, slashes and hyphens ignored) and checks them.
    pub fn parse(input: &str) -> Option<Self> {
        let digits: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '/'))
            .collect();
        if digits.len() != 15 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        luhn_valid(&digits).then_some(Imei(digits))
    }

    /// The 15 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Luhn check over a string of ASCII digits.
pub fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A vehicle registration: the current French format `AB-123-CD`, the older
/// `1234 AB 56`, or, for foreign vehicles, 2 to 12 letters and digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Plate(String);

impl Plate {
    /// Parses a plate, normalising case and separators of French plates.
    pub fn parse(input: &str) -> Option<Self> {
        let compact: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-'))
            .collect::<String>()
            .to_ascii_uppercase();
        if !(2..=12).contains(&compact.len()) || !compact.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return None;
        }
        let b = compact.as_bytes();
        let is_letter = |i: usize| b[i].is_ascii_uppercase();
        let is_digit = |i: usize| b[i].is_ascii_digit();
        if b.len() == 7
            && is_letter(0)
            && is_letter(1)
            && (2..5).all(is_digit)
            && is_letter(5)
            && is_letter(6)
        {
            return Some(Plate(format!(
                "{}-{}-{}",
                &compact[..2],
                &compact[2..5],
                &compact[5..]
            )));
        }
        Some(Plate(compact))
    }

    /// The plate as it should be written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An amount of money in euro cents, typed as `12`, `12,50` or `1 200.5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Amount(u64);

impl Amount {
    /// Parses a non-negative amount with at most two decimals, under ten million euros.
    pub fn parse(input: &str) -> Option<Self> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '€' && *c != '\u{a0}')
            .collect::<String>()
            .replace(',', ".");
        let (units, cents) = match compact.split_once('.') {
            Some((u, c)) => (u, c),
            None => (compact.as_str(), ""),
        };
        if units.is_empty() || units.len() > 7 || cents.len() > 2 {
            return None;
        }
        if !units
            .chars()
            .chain(cents.chars())
            .all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let units: u64 = units.parse().ok()?;
        let cents: u64 = if cents.is_empty() {
            0
        } else {
            format!("{cents:0<2}").parse().ok()?
        };
        Some(Amount(units * 100 + cents))
    }

    /// The amount in cents.
    pub fn cents(self) -> u64 {
        self.0
    }

    /// The amount written the French way, e.g. `1 200,50 €`.
    pub fn display(self) -> String {
        let units = (self.0 / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in units.chars().enumerate() {
            if i > 0 && (units.len() - i).is_multiple_of(3) {
                grouped.push('\u{202f}');
            }
            grouped.push(c);
        }
        format!("{grouped},{:02}\u{a0}€", self.0 % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_dropped_and_line_breaks_normalised() {
        // Found by the typed_values fuzz target: "\r\r\n" became "\r\n",
        // so cleaning twice changed the text, and NUL stayed in it.
        assert_eq!(
            clean_multiline("a\r\r\nb\u{1}\0c\rd\u{c}e\tf"),
            Some("a\n\nbc\nde\tf".into())
        );
        assert_eq!(
            clean_text("Jean\0\u{1b}[31m Pierre"),
            Some("Jean[31m Pierre".into())
        );
        assert_eq!(clean_text("\0\u{7}"), None);
    }

    #[test]
    fn text_is_trimmed_and_collapsed() {
        assert_eq!(clean_text("  Jean   Pierre "), Some("Jean Pierre".into()));
        assert_eq!(clean_text(" \t "), None);
        assert_eq!(clean_multiline(" a\r\nb \n"), Some("a\nb".into()));
    }

    #[test]
    fn dates_accept_iso_and_french_forms() {
        let expected = NaiveDate::from_ymd_opt(2026, 3, 9);
        assert_eq!(parse_date("2026-03-09"), expected);
        assert_eq!(parse_date("09/03/2026"), expected);
        assert_eq!(parse_date("9.3.2026"), expected);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("09/03/26"), None);
    }

    #[test]
    fn times_accept_colon_and_h() {
        assert_eq!(parse_time("14:30"), NaiveTime::from_hms_opt(14, 30, 0));
        assert_eq!(parse_time("14h30"), NaiveTime::from_hms_opt(14, 30, 0));
        assert_eq!(parse_time("9h"), NaiveTime::from_hms_opt(9, 0, 0));
        assert_eq!(parse_time("25:00"), None);
    }

    #[test]
    fn postcodes_are_five_digits() {
        assert_eq!(
            Postcode::parse(" 75 011").map(|p| p.0),
            Some("75011".into())
        );
        assert!(Postcode::parse("7501").is_none());
        assert!(Postcode::parse("75A11").is_none());
    }

    #[test]
    fn emails_are_checked() {
        assert!(Email::parse(" camille@example.fr ").is_some());
        assert!(Email::parse("camille@").is_none());
        assert!(Email::parse("not an email").is_none());
    }

    #[test]
    fn phones_keep_digits_and_one_leading_plus() {
        assert_eq!(
            Phone::parse("06 12 34 56 78").map(|p| p.0),
            Some("0612345678".into())
        );
        assert_eq!(
            Phone::parse("+33 6.12.34.56.78").map(|p| p.0),
            Some("+33612345678".into())
        );
        assert!(Phone::parse("12345").is_none());
        assert!(Phone::parse("06 12 ab 56 78").is_none());
        assert!(Phone::parse("06+12345678").is_none());
    }

    #[test]
    fn imei_needs_fifteen_digits_and_a_valid_check_digit() {
        assert!(Imei::parse("490154203237518").is_some());
        assert!(Imei::parse("49-015420-323751-8").is_some());
        assert!(Imei::parse("490154203237519").is_none());
        assert!(Imei::parse("49015420323751").is_none());
    }

    #[test]
    fn plates_are_normalised() {
        assert_eq!(
            Plate::parse("ab123cd").map(|p| p.0),
            Some("AB-123-CD".into())
        );
        assert_eq!(
            Plate::parse("AB 123 CD").map(|p| p.0),
            Some("AB-123-CD".into())
        );
        assert_eq!(
            Plate::parse("1234 ab 56").map(|p| p.0),
            Some("1234AB56".into())
        );
        assert!(Plate::parse("A").is_none());
        assert!(Plate::parse("AB_123").is_none());
    }

    #[test]
    fn amounts_parse_to_cents_and_display_in_french() {
        assert_eq!(Amount::parse("12").map(Amount::cents), Some(1200));
        assert_eq!(Amount::parse("12,5").map(Amount::cents), Some(1250));
        assert_eq!(Amount::parse("1 200.05 €").map(Amount::cents), Some(120005));
        assert!(Amount::parse("-3").is_none());
        assert!(Amount::parse("1,234").is_none());
        assert!(Amount::parse("").is_none());
        assert_eq!(
            Amount::parse("1200,5").map(Amount::display),
            Some("1\u{202f}200,50\u{a0}€".into())
        );
    }
}
