//! Field-level validation errors shared by every form of the portal.
//!
//! A form step parses its raw input into a domain answer or returns
//! [`FieldErrors`]: for each field in error, the catalogue key of the message
//! to show beside it and in the error summary.

use validator::ValidationErrors;

/// One field in error: its form name and the message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The `name` of the form control (also the `id` the summary links to).
    pub field: &'static str,
    /// The catalogue key of the message.
    pub message: &'static str,
}

/// The errors of one submitted form, in the order of the fields on the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records an error for `field`, keeping only the first one per field.
    pub fn add(&mut self, field: &'static str, message: &'static str) {
        if self.get(field).is_none() {
            self.0.push(FieldError { field, message });
        }
    }

    /// The message key for `field`, if it is in error.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message)
    }

    /// Whether every field is valid.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The errors, in field order.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// Orders the errors as the fields appear on the page.
    pub fn sort_by_fields(&mut self, order: &[&str]) {
        self.0.sort_by_key(|e| {
            order
                .iter()
                .position(|f| *f == e.field)
                .unwrap_or(usize::MAX)
        });
    }

    /// `Ok(value)` when there are no errors, the errors otherwise.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }

    /// Adds the errors found by `validator`, whose `code` is the message key.
    pub fn add_validation(&mut self, errors: &ValidationErrors, fields: &[&'static str]) {
        for (field, list) in errors.field_errors() {
            let Some(&name) = fields.iter().find(|f| **f == field.as_ref()) else {
                continue;
            };
            if let Some(first) = list.first() {
                self.add(name, message_key(&first.code));
            }
        }
    }
}

/// Maps a `validator` code to a static catalogue key.
fn message_key(code: &str) -> &'static str {
    match code {
        "too-long" => "error-too-long",
        "email" => "error-email",
        _ => "error-invalid",
    }
}
