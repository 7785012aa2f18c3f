//! The supervisor figures as one CSV table, safe to open in a spreadsheet.

use super::{Counts, WeekFigures};

/// One CSV cell: neutralised against formula injection, then quoted when
/// it holds a comma, a quote or a line break (RFC 4180).
fn cell(value: &str) -> String {
    // A spreadsheet runs a cell starting with one of these as a formula.
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn push_row(out: &mut String, cells: [&str; 7]) {
    let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The figures as one CSV table (RFC 4180, CRLF line ends) with a header
/// line; the first column, `kind`, says whether a row is a `week`, a
/// `category` or a `status`. Cells that do not apply to a kind are empty.
pub fn to_csv(weeks: &[WeekFigures], counts: &Counts) -> String {
    let mut out = String::new();
    push_row(
        &mut out,
        [
            "kind",
            "key",
            "submitted",
            "claimed",
            "median_seconds",
            "p90_seconds",
            "count",
        ],
    );
    let optional = |v: Option<i64>| v.map(|s| s.to_string()).unwrap_or_default();
    for week in weeks {
        let (submitted, claimed) = (week.submitted.to_string(), week.claimed.to_string());
        let (median, p90) = (optional(week.median_seconds), optional(week.p90_seconds));
        push_row(
            &mut out,
            ["week", &week.week, &submitted, &claimed, &median, &p90, ""],
        );
    }
    for (kind, rows) in [
        ("category", &counts.by_category),
        ("status", &counts.by_status),
    ] {
        for (key, count) in rows {
            push_row(&mut out, [kind, key, "", "", "", "", &count.to_string()]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "kind,key,submitted,claimed,median_seconds,p90_seconds,count";

    #[test]
    fn no_figures_give_the_header_alone() {
        assert_eq!(to_csv(&[], &Counts::default()), format!("{HEADER}\r\n"));
    }

    #[test]
    fn csv_has_one_table_with_a_kind_column() {
        let weeks = [
            WeekFigures {
                week: "2026-W48".into(),
                submitted: 2,
                claimed: 1,
                median_seconds: Some(120),
                p90_seconds: Some(120),
            },
            WeekFigures {
                week: "2026-W49".into(),
                submitted: 1,
                claimed: 0,
                median_seconds: None,
                p90_seconds: None,
            },
        ];
        let counts = Counts {
            by_category: vec![("pre-complaint".into(), 3)],
            by_status: vec![("in-review".into(), 3)],
        };
        let csv = to_csv(&weeks, &counts);
        let lines: Vec<_> = csv.split_terminator("\r\n").collect();
        assert_eq!(
            lines,
            [
                HEADER,
                "week,2026-W48,2,1,120,120,",
                "week,2026-W49,1,0,,,",
                "category,pre-complaint,,,,,3",
                "status,in-review,,,,,3",
            ]
        );
    }

    #[test]
    fn csv_cells_are_quoted_when_needed() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn csv_formulas_are_neutralised() {
        for formula in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"] {
            assert_eq!(cell(formula), format!("'{formula}"));
        }
        assert_eq!(
            cell("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        let counts = Counts {
            by_category: vec![("=cmd|' /C calc'!A0".into(), 1)],
            by_status: Vec::new(),
        };
        assert!(to_csv(&[], &counts).contains("\r\ncategory,'=cmd|' /C calc'!A0,"));
    }
}
