//! The quick exit of the pages where a visitor may need to hide what they
//! are doing (DESIGN.md §6, "Safety on every VSS page"): a "Leave this
//! site" control, first in tab order and sticky at the top, that is a
//! plain link to [`LEAVE`] (which ends the session, clears the site's data
//! and goes to a neutral site) and, with script, also answers to Shift
//! pressed three times (see `quick_exit.js`).
//!
//! A page offers it when its path is under one of [`QUICK_EXIT_PATHS`]
//! (so error pages and the expired-session page there offer it too), or
//! when the [`QuickExit`] marker is in the render context (for pages
//! elsewhere: `provide_context(QuickExit)` before rendering).

use std::sync::LazyLock;

use leptos::prelude::*;
use sha2::{Digest, Sha256};

use crate::i18n::t;

/// Marker: the page being rendered offers the quick exit.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuickExit;

/// The route that ends the session and leaves for a neutral site.
pub const LEAVE: &str = "/leave";

/// Paths under which every page offers the quick exit (the report and its
/// follow-up, error pages included).
pub const QUICK_EXIT_PATHS: &[&str] = &["/report", "/follow-up"];

/// The quick exit's script (served by the portal itself; no inline script).
pub const QUICK_EXIT_SCRIPT: &str = include_str!("quick_exit.js");

/// `/script/quick-exit-<hash>.js`: the script's URL, which carries its
/// content hash so browsers may keep it for a year.
pub static QUICK_EXIT_SCRIPT_PATH: LazyLock<String> = LazyLock::new(|| {
    let hash = hex::encode(&Sha256::digest(QUICK_EXIT_SCRIPT.as_bytes())[..8]);
    format!("/script/quick-exit-{hash}.js")
});

/// Whether `path` (path and query) is under one of [`QUICK_EXIT_PATHS`].
pub fn under_quick_exit_path(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or("");
    QUICK_EXIT_PATHS.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Whether the page being rendered (at `path`) offers the quick exit.
pub fn offers_quick_exit(path: &str) -> bool {
    use_context::<QuickExit>().is_some() || under_quick_exit_path(path)
}

/// The quick exit's script tag, for the page's `<head>`.
#[component]
pub fn QuickExitScript() -> impl IntoView {
    view! { <script src=QUICK_EXIT_SCRIPT_PATH.clone() defer></script> }
}

/// The "Leave this site" bar: the first thing in the page's body.
#[component]
pub fn QuickExitBar() -> impl IntoView {
    view! {
        <nav class="quick-exit" aria-label=t("quick-exit-label")>
            <div class="container quick-exit-inner">
                <p class="quick-exit-hint" hidden>{t("quick-exit-shortcut")}</p>
                <a class="quick-exit-link" href=LEAVE>{t("quick-exit-link")}</a>
            </div>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_under_the_report_path_offer_the_quick_exit() {
        assert!(under_quick_exit_path("/report"));
        assert!(under_quick_exit_path("/report/who?from=check"));
        assert!(under_quick_exit_path("/report?x"));
        assert!(!under_quick_exit_path("/reports"));
        assert!(!under_quick_exit_path("/"));
        assert!(!under_quick_exit_path("/discrimination/report"));
        assert!(under_quick_exit_path("/follow-up/unknown"));
        assert!(!under_quick_exit_path("/follow-upx"));
    }

    #[test]
    fn the_script_url_carries_its_hash_and_names_nothing() {
        let path = QUICK_EXIT_SCRIPT_PATH.as_str();
        assert!(path.starts_with("/script/quick-exit-") && path.ends_with(".js"));
        assert_eq!(path.len(), "/script/quick-exit-.js".len() + 16);
        assert!(QUICK_EXIT_SCRIPT.contains("location.replace"));
    }
}
