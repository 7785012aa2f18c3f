//! A session that ends after a time without action says so, without
//! script: how long, at what time if nothing happens, and a button that
//! gives the full time again (WCAG 2.2.1, timing adjustable).

use leptos::prelude::*;

use crate::i18n::t_args;

/// When a session ends if nothing happens, as the page states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEnd {
    /// Minutes without action after which it ends.
    pub idle_minutes: i64,
    /// The time it ends if nothing happens, as shown (e.g. `14:32 CET`).
    pub at: String,
}

/// The sentence that states the limit.
#[component]
pub fn SessionLimitNotice(
    /// When the session ends.
    end: SessionEnd,
) -> impl IntoView {
    let text = t_args(
        "session-limit",
        &[("minutes", end.idle_minutes.to_string()), ("time", end.at)],
    );
    view! { <p class="session-limit" id="session-limit">{text}</p> }
}

/// The button that keeps the session open, placed in a form whose handler
/// answers `intent=keep` by showing the page again with what was typed.
#[component]
pub fn KeepSessionButton() -> impl IntoView {
    view! {
        <button type="submit" name="intent" value="keep" class="button button-secondary"
            aria-describedby="session-limit">
            {crate::i18n::t("session-keep-button")}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_limit_names_its_length_and_its_end_and_the_button_keeps_it() {
        let owner = Owner::new();
        let html = owner.with(|| {
            provide_context(Lang::En);
            let end = SessionEnd {
                idle_minutes: 30,
                at: "14:32 CET".into(),
            };
            view! { <SessionLimitNotice end=end/><KeepSessionButton/> }.to_html()
        });
        assert!(html.contains("30 minutes without any action"), "{html}");
        assert!(html.contains("14:32 CET"), "{html}");
        assert!(html.contains(r#"name="intent" value="keep""#), "{html}");
        assert!(html.contains("Keep my session open"), "{html}");
    }
}
