//! The figures a supervisor sees for their unit: cases submitted and claimed
//! per ISO week, how long a case waits for its first claim, counts by
//! category and status, and the same as a CSV file.
//!
//! The input carries no personal data (category, status and two instants),
//! so neither can the output.

mod csv;

pub use csv::to_csv;

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Utc};

/// What the statistics need to know of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTiming {
    /// The submission category slug, e.g. `pre-complaint`.
    pub category: String,
    /// The case status slug, e.g. `in-review`.
    pub status: String,
    /// When the citizen submitted it.
    pub submitted_at: DateTime<Utc>,
    /// When an agent first claimed it, if ever.
    pub first_claimed_at: Option<DateTime<Utc>>,
}

/// The figures of one ISO week of submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekFigures {
    /// The ISO week, e.g. `2026-W48`.
    pub week: String,
    /// Cases submitted that week.
    pub submitted: usize,
    /// Of those, cases claimed since.
    pub claimed: usize,
    /// Median time to first claim (nearest rank), in seconds.
    pub median_seconds: Option<i64>,
    /// 90th percentile of the time to first claim (nearest rank), in seconds.
    pub p90_seconds: Option<i64>,
}

/// Cases counted by category and by status, each sorted by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// `(category slug, cases)`.
    pub by_category: Vec<(String, usize)>,
    /// `(status slug, cases)`.
    pub by_status: Vec<(String, usize)>,
}

/// The `p`-th percentile of sorted `values` by the nearest-rank method: the
/// smallest value such that at least `p` % of the values are less than or
/// equal to it, i.e. the value at rank ⌈p/100 × n⌉ (counting from 1). It is
/// always one of the values, never an interpolation.
fn nearest_rank(sorted: &[i64], p: usize) -> Option<i64> {
    let n = sorted.len();
    let rank = (p * n).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

/// Figures per ISO week of submission, oldest week first. The time to first
/// claim counts only claimed cases; a claim stamped before the submission
/// (clock skew) counts as zero.
pub fn weekly(timings: &[CaseTiming]) -> Vec<WeekFigures> {
    let mut weeks: BTreeMap<(i32, u32), (usize, Vec<i64>)> = BTreeMap::new();
    for timing in timings {
        let iso = timing.submitted_at.iso_week();
        let (submitted, waits) = weeks.entry((iso.year(), iso.week())).or_default();
        *submitted += 1;
        if let Some(claimed_at) = timing.first_claimed_at {
            waits.push((claimed_at - timing.submitted_at).num_seconds().max(0));
        }
    }
    weeks
        .into_iter()
        .map(|((year, week), (submitted, mut waits))| {
            waits.sort_unstable();
            WeekFigures {
                week: format!("{year}-W{week:02}"),
                submitted,
                claimed: waits.len(),
                median_seconds: nearest_rank(&waits, 50),
                p90_seconds: nearest_rank(&waits, 90),
            }
        })
        .collect()
}

/// Cases counted by category and by status.
pub fn counts(timings: &[CaseTiming]) -> Counts {
    let mut by_category: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for timing in timings {
        *by_category.entry(&timing.category).or_default() += 1;
        *by_status.entry(&timing.status).or_default() += 1;
    }
    let owned = |map: BTreeMap<&str, usize>| {
        map.into_iter()
            .map(|(name, count)| (name.to_string(), count))
            .collect()
    };
    Counts {
        by_category: owned(by_category),
        by_status: owned(by_status),
    }
}

/// A duration said plainly: an amount and the catalogue unit key among
/// `minutes`, `hours` and `days`. Under two hours it counts minutes, rounded
/// up and at least one (so a wait never reads "0 minutes"); under two days,
/// whole hours; beyond, whole days. A negative duration reads as one minute.
pub fn plain_duration(seconds: i64) -> (u64, &'static str) {
    let seconds = seconds.max(0).unsigned_abs();
    const HOUR: u64 = 3600;
    if seconds < 2 * HOUR {
        (seconds.div_ceil(60).max(1), "minutes")
    } else if seconds < 48 * HOUR {
        (seconds / HOUR, "hours")
    } else {
        (seconds / (24 * HOUR), "days")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).unwrap()
    }

    fn timing(submitted_at: DateTime<Utc>, wait: Option<i64>) -> CaseTiming {
        CaseTiming {
            category: "pre-complaint".into(),
            status: "in-review".into(),
            submitted_at,
            first_claimed_at: wait.map(|s| submitted_at + Duration::seconds(s)),
        }
    }
    #[test]
    fn percentiles_use_the_nearest_rank() {
        let values: Vec<i64> = (1..=10).collect();
        assert_eq!(nearest_rank(&values, 50), Some(5));
        assert_eq!(nearest_rank(&values, 90), Some(9));
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[], 50), None);
    }

    #[test]
    fn weeks_count_submissions_and_time_claimed_cases_only() {
        let monday = at(2026, 11, 23);
        let mut timings: Vec<_> = (1..=10).map(|s| timing(monday, Some(s * 60))).collect();
        timings.push(timing(monday, None));
        let weeks = weekly(&timings);
        assert_eq!(
            weeks,
            [WeekFigures {
                week: "2026-W48".into(),
                submitted: 11,
                claimed: 10,
                median_seconds: Some(300),
                p90_seconds: Some(540),
            }]
        );
    }

    #[test]
    fn a_week_without_claims_has_no_times() {
        let weeks = weekly(&[timing(at(2026, 11, 23), None)]);
        assert_eq!(
            (weeks[0].median_seconds, weeks[0].p90_seconds),
            (None, None)
        );
    }

    #[test]
    fn a_claim_before_the_submission_counts_as_zero() {
        let weeks = weekly(&[timing(at(2026, 11, 23), Some(-30))]);
        assert_eq!(weeks[0].median_seconds, Some(0));
    }

    #[test]
    fn weeks_follow_iso_numbering_across_the_year_boundary() {
        let timings = [
            timing(at(2027, 1, 4), None),
            timing(at(2026, 12, 31), None),
            timing(at(2027, 1, 1), None),
            timing(at(2026, 1, 1), None),
        ];
        let weeks: Vec<_> = weekly(&timings)
            .into_iter()
            .map(|w| (w.week, w.submitted))
            .collect();
        assert_eq!(
            weeks,
            [
                ("2026-W01".to_string(), 1),
                ("2026-W53".to_string(), 2),
                ("2027-W01".to_string(), 1),
            ]
        );
    }

    #[test]
    fn counts_are_sorted_by_name() {
        let mut violence = timing(at(2026, 11, 23), None);
        violence.category = "violence".into();
        violence.status = "new".into();
        let timings = [
            violence,
            timing(at(2026, 11, 23), None),
            timing(at(2026, 11, 24), None),
        ];
        let counts = counts(&timings);
        assert_eq!(
            counts.by_category,
            [
                ("pre-complaint".to_string(), 2),
                ("violence".to_string(), 1)
            ]
        );
        assert_eq!(
            counts.by_status,
            [("in-review".to_string(), 2), ("new".to_string(), 1)]
        );
    }

    #[test]
    fn durations_are_said_in_minutes_hours_or_days() {
        assert_eq!(plain_duration(0), (1, "minutes"));
        assert_eq!(plain_duration(59), (1, "minutes"));
        assert_eq!(plain_duration(61), (2, "minutes"));
        assert_eq!(plain_duration(2 * 3600 - 1), (120, "minutes"));
        assert_eq!(plain_duration(2 * 3600), (2, "hours"));
        assert_eq!(plain_duration(48 * 3600 - 1), (47, "hours"));
        assert_eq!(plain_duration(48 * 3600), (2, "days"));
        assert_eq!(plain_duration(-5), (1, "minutes"));
    }
    #[test]
    fn empty_input_gives_no_rows() {
        assert!(weekly(&[]).is_empty());
        assert_eq!(counts(&[]), Counts::default());
    }
}
