//! The queue of a unit: the filters an agent sets and the keyset cursor
//! that pages through it.
//!
//! The queue is ordered by priority (lowest number first: immediate danger
//! and violence come first), then by age (oldest first), then by
//! submission id, so the order is total and a page never repeats or skips
//! a case when new ones arrive.

use chrono::{DateTime, NaiveDate, Utc};

use super::case::CaseStatus;
use super::errors::FieldErrors;
use super::values::parse_date;

/// Cases shown per page of the queue.
pub const PAGE_SIZE: usize = 25;

/// Submission categories an agent can filter on.
pub const CATEGORIES: [&str; 4] = ["pre-complaint", "complaint", "discrimination", "violence"];

/// Longest cursor worth reading: three 64-bit integers and two dots.
const CURSOR_MAX_LEN: usize = 64;

/// The last case of a page: the next page starts after it. Ordering the
/// cursors compares them in queue order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct QueueCursor {
    /// Priority of the case (lower comes first).
    pub priority: i32,
    /// When the case was submitted, at microsecond precision (what the
    /// database keeps; finer digits are dropped by [`QueueCursor::encode`]).
    pub created_at: DateTime<Utc>,
    /// The submission id, which breaks ties.
    pub submission_id: i64,
}

impl QueueCursor {
    /// The cursor as an opaque, URL-safe string:
    /// `{priority}.{unix microseconds}.{submission id}`.
    pub fn encode(&self) -> String {
        format!(
            "{}.{}.{}",
            self.priority,
            self.created_at.timestamp_micros(),
            self.submission_id
        )
    }

    /// Reads a cursor written by [`QueueCursor::encode`]; anything else,
    /// including a non-positive id or a number that is not written exactly
    /// as `encode` would write it, is `None`.
    pub fn parse(input: &str) -> Option<Self> {
        if input.len() > CURSOR_MAX_LEN {
            return None;
        }
        let mut parts = input.split('.');
        let priority: i32 = parts.next()?.parse().ok()?;
        let micros: i64 = parts.next()?.parse().ok()?;
        let submission_id: i64 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || submission_id <= 0 {
            return None;
        }
        let cursor = QueueCursor {
            priority,
            created_at: DateTime::from_timestamp_micros(micros)?,
            submission_id,
        };
        // One cursor, one spelling: refuses `+1`, `01` and the like.
        (cursor.encode() == input).then_some(cursor)
    }
}

/// What an agent narrows the queue to; `None` is "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// Only cases in this status.
    pub status: Option<CaseStatus>,
    /// Only submissions of this category, one of [`CATEGORIES`].
    pub category: Option<String>,
    /// Only cases submitted on or after this day.
    pub from: Option<NaiveDate>,
    /// Only cases submitted on or before this day.
    pub to: Option<NaiveDate>,
}

impl QueueFilter {
    /// Reads the filter form. A blank field means "any"; a field that cannot
    /// be read is reported and left out of the filter, so the queue still
    /// shows, with the error beside the field.
    pub fn parse(status: &str, category: &str, from: &str, to: &str) -> (QueueFilter, FieldErrors) {
        let mut errors = FieldErrors::new();
        let status = read(
            &mut errors,
            "status",
            status,
            "error-choose",
            CaseStatus::from_slug,
        );
        let category = read(&mut errors, "category", category, "error-choose", |c| {
            CATEGORIES.contains(&c).then(|| c.to_string())
        });
        let from = read(&mut errors, "from", from, "error-date", parse_date);
        let mut to = read(&mut errors, "to", to, "error-date", parse_date);
        if from.zip(to).is_some_and(|(from, to)| from > to) {
            errors.add("to", "error-range-order");
            to = None;
        }
        let filter = QueueFilter {
            status,
            category,
            from,
            to,
        };
        (filter, errors)
    }
}

/// Reads one optional field: blank is `None` without error; a value `parse`
/// refuses is `None` with the error `key` on `field`.
fn read<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
    key: &'static str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Option<T> {
    let input = input.trim();
    if input.is_empty() {
        return None;
    }
    let parsed = parse(input);
    if parsed.is_none() {
        errors.add(field, key);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn cursor() -> QueueCursor {
        QueueCursor {
            priority: 2,
            created_at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 15, 0).unwrap()
                + chrono::Duration::microseconds(123_456),
            submission_id: 42,
        }
    }

    #[test]
    fn a_cursor_round_trips_at_microsecond_precision() {
        let encoded = cursor().encode();
        assert_eq!(encoded, "2.1795947300123456.42");
        assert_eq!(QueueCursor::parse(&encoded), Some(cursor()));
        let negative = QueueCursor {
            priority: -1,
            created_at: DateTime::from_timestamp_micros(-5).unwrap(),
            ..cursor()
        };
        assert_eq!(QueueCursor::parse(&negative.encode()), Some(negative));
    }

    #[test]
    fn an_encoded_cursor_is_url_safe() {
        let encoded = cursor().encode();
        assert!(encoded
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')));
    }

    #[test]
    fn malformed_cursors_are_refused() {
        let too_long = format!("1.1.{}", "9".repeat(80));
        for garbage in [
            "",
            ".",
            "..",
            "1.2",
            "1.2.3.4",
            "a.b.c",
            "1..3",
            "1.2.3 ",
            " 1.2.3",
            "1,2,3",
            "2147483648.0.1",
            "1.9223372036854775808.1",
            "1.0.9223372036854775808",
            "1.9223372036854775807.1",
            "+1.0.1",
            "01.0.1",
            "1.0.01",
            "-0.0.1",
            "💥.0.1",
            &too_long,
        ] {
            assert_eq!(QueueCursor::parse(garbage), None, "{garbage:?}");
        }
    }

    #[test]
    fn cursors_with_non_positive_ids_are_refused() {
        assert_eq!(QueueCursor::parse("1.0.0"), None);
        assert_eq!(QueueCursor::parse("1.0.-7"), None);
        assert!(QueueCursor::parse("1.0.1").is_some());
    }

    #[test]
    fn cursors_compare_in_queue_order() {
        let first = cursor();
        let older = QueueCursor {
            created_at: first.created_at - chrono::Duration::microseconds(1),
            ..first
        };
        let urgent = QueueCursor {
            priority: 1,
            created_at: first.created_at + chrono::Duration::days(3),
            ..first
        };
        let tie = QueueCursor {
            submission_id: 43,
            ..first
        };
        let mut cursors = vec![tie, first, older, urgent];
        cursors.sort();
        assert_eq!(cursors, [urgent, older, first, tie]);
    }

    #[test]
    fn a_blank_filter_means_any() {
        let (filter, errors) = QueueFilter::parse("", " ", "", "");
        assert_eq!(filter, QueueFilter::default());
        assert!(errors.is_empty());
    }

    #[test]
    fn known_values_are_read() {
        let (filter, errors) =
            QueueFilter::parse("in-review", "violence", "2026-11-01", "30/11/2026");
        assert!(errors.is_empty());
        assert_eq!(
            filter,
            QueueFilter {
                status: Some(CaseStatus::InReview),
                category: Some("violence".into()),
                from: NaiveDate::from_ymd_opt(2026, 11, 1),
                to: NaiveDate::from_ymd_opt(2026, 11, 30),
            }
        );
    }

    #[test]
    fn unknown_choices_are_reported_and_ignored() {
        let (filter, errors) = QueueFilter::parse("archived", "theft", "", "");
        assert_eq!(filter, QueueFilter::default());
        assert_eq!(errors.get("status"), Some("error-choose"));
        assert_eq!(errors.get("category"), Some("error-choose"));
    }

    #[test]
    fn unreadable_dates_are_reported_and_ignored() {
        let (filter, errors) = QueueFilter::parse("", "", "yesterday", "2026-02-30");
        assert_eq!((filter.from, filter.to), (None, None));
        assert_eq!(errors.get("from"), Some("error-date"));
        assert_eq!(errors.get("to"), Some("error-date"));
    }

    #[test]
    fn a_range_ending_before_it_starts_is_reported_on_to() {
        let (filter, errors) = QueueFilter::parse("", "", "2026-11-30", "2026-11-01");
        assert_eq!(filter.from, NaiveDate::from_ymd_opt(2026, 11, 30));
        assert_eq!(filter.to, None);
        assert_eq!(errors.get("to"), Some("error-range-order"));
        assert_eq!(errors.get("from"), None);
    }

    #[test]
    fn a_page_holds_twenty_five_cases() {
        assert_eq!(PAGE_SIZE, 25);
    }
}
