//! Helpers shared by every form parser: required and optional text with a
//! length limit, yes/no answers and choices from a fixed list.

use super::errors::FieldErrors;
use super::values::{clean_multiline, clean_text};

/// Longest single-line answer accepted.
pub const SHORT_MAX: usize = 200;
/// Longest free-text answer accepted.
pub const LONG_MAX: usize = 5000;

/// A required single-line text of at most `max` characters.
pub fn required_text(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
    max: usize,
) -> Option<String> {
    match clean_text(input) {
        None => {
            errors.add(field, "error-required");
            None
        }
        Some(text) if text.chars().count() > max => {
            errors.add(field, "error-too-long");
            None
        }
        Some(text) => Some(text),
    }
}

/// An optional single-line text of at most `max` characters.
pub fn optional_text(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
    max: usize,
) -> Option<String> {
    let text = clean_text(input)?;
    if text.chars().count() > max {
        errors.add(field, "error-too-long");
        return None;
    }
    Some(text)
}

/// A required multi-line text of at most [`LONG_MAX`] characters.
pub fn required_long_text(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
) -> Option<String> {
    match clean_multiline(input) {
        None => {
            errors.add(field, "error-required");
            None
        }
        Some(text) if text.chars().count() > LONG_MAX => {
            errors.add(field, "error-too-long");
            None
        }
        Some(text) => Some(text),
    }
}

/// An optional multi-line text of at most [`LONG_MAX`] characters.
pub fn optional_long_text(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
) -> Option<String> {
    let text = clean_multiline(input)?;
    if text.chars().count() > LONG_MAX {
        errors.add(field, "error-too-long");
        return None;
    }
    Some(text)
}

/// A required yes/no radio answer.
pub fn yes_no(errors: &mut FieldErrors, field: &'static str, input: &str) -> Option<bool> {
    match input {
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            errors.add(field, "error-choose");
            None
        }
    }
}

/// The form value of a yes/no answer, for re-displaying it.
pub fn yes_no_value(answer: bool) -> String {
    if answer { "yes" } else { "no" }.to_string()
}

/// A required choice among values with a `slug`.
pub fn choice<T: Copy>(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
    all: &[T],
    slug: impl Fn(T) -> &'static str,
) -> Option<T> {
    let found = all.iter().copied().find(|v| slug(*v) == input);
    if found.is_none() {
        errors.add(field, "error-choose");
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_reports_missing_and_too_long() {
        let mut errors = FieldErrors::new();
        assert_eq!(required_text(&mut errors, "a", "  ", 5), None);
        assert_eq!(required_text(&mut errors, "b", "abcdef", 5), None);
        assert_eq!(
            required_text(&mut errors, "c", " abc ", 5),
            Some("abc".into())
        );
        assert_eq!(errors.get("a"), Some("error-required"));
        assert_eq!(errors.get("b"), Some("error-too-long"));
        assert_eq!(errors.get("c"), None);
    }

    #[test]
    fn yes_no_refuses_anything_else() {
        let mut errors = FieldErrors::new();
        assert_eq!(yes_no(&mut errors, "q", "yes"), Some(true));
        assert_eq!(yes_no(&mut errors, "q", "no"), Some(false));
        assert!(errors.is_empty());
        assert_eq!(yes_no(&mut errors, "q", "maybe"), None);
        assert_eq!(errors.get("q"), Some("error-choose"));
    }
}
