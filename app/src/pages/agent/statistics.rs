//! Statistics for supervisors.

use leptos::prelude::*;

use super::{AgentBadge, AgentLayout};
use crate::components::TableRegion;
use crate::domain::statistics::{plain_duration, Counts, WeekFigures};
use crate::i18n::{t, t_count};

fn duration(seconds: Option<i64>) -> String {
    match seconds {
        Some(s) => {
            let (amount, unit) = plain_duration(s);
            t_count(&format!("duration-{unit}"), "count", amount as usize)
        }
        None => "—".to_string(),
    }
}

/// Counts by category and status, and time to first claim per week.
#[component]
pub fn StatisticsPage(badge: AgentBadge, weeks: Vec<WeekFigures>, counts: Counts) -> impl IntoView {
    let week_rows = weeks
        .iter()
        .map(|w| {
            view! {
                <tr>
                    <th scope="row">{w.week.clone()}</th>
                    <td>{w.submitted}</td>
                    <td>{w.claimed}</td>
                    <td>{duration(w.median_seconds)}</td>
                    <td>{duration(w.p90_seconds)}</td>
                </tr>
            }
        })
        .collect_view();
    let count_rows = |pairs: &[(String, usize)], prefix: &str| {
        pairs
            .iter()
            .map(|(key, n)| view! { <tr><th scope="row">{t(&format!("{prefix}-{key}"))}</th><td>{*n}</td></tr> })
            .collect_view()
    };
    let by_category = count_rows(&counts.by_category, "category");
    let by_status = count_rows(&counts.by_status, "status");
    view! {
        <AgentLayout title=t("stats-title") badge=badge>
            <h1>{t("stats-title")}</h1>
            <p><a href="/agent/statistics.csv" download="statistics.csv">{t("stats-export")}</a></p>
            <h2>{t("stats-weeks-title")}</h2>
            <TableRegion label=t("stats-weeks-title")>
            <table class="queue">
                <thead>
                    <tr>
                        <th scope="col">{t("stats-week")}</th>
                        <th scope="col">{t("stats-submitted")}</th>
                        <th scope="col">{t("stats-claimed")}</th>
                        <th scope="col">{t("stats-median")}</th>
                        <th scope="col">{t("stats-p90")}</th>
                    </tr>
                </thead>
                <tbody>{week_rows}</tbody>
            </table>
            </TableRegion>
            <h2>{t("stats-by-category")}</h2>
            <table class="queue"><tbody>{by_category}</tbody></table>
            <h2>{t("stats-by-status")}</h2>
            <table class="queue"><tbody>{by_status}</tbody></table>
        </AgentLayout>
    }
}
