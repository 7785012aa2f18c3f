//! Typing the code: the form, the calm page shown when too many codes were
//! tried, and the page shown after "Stop here".

use leptos::prelude::*;

use super::FOLLOW_UP;
use crate::components::{ErrorSummary, FormGuard, Layout, TextField};
use crate::domain::errors::FieldErrors;
use crate::i18n::t;

/// The form where the reporter types their code. The field is always
/// empty: a code typed wrongly is not sent back to the browser.
#[component]
pub fn FollowUpCodePage(
    /// Why the last code was not accepted, if it was not.
    errors: FieldErrors,
) -> impl IntoView {
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=t("follow-up-title") has_errors=has_errors>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <h1>{t("follow-up-title")}</h1>
                <p class="lead">{t("follow-up-lead")}</p>
                <form method="post" action=FOLLOW_UP novalidate>
                    <FormGuard/>
                    <TextField name="code" label=t("follow-up-code-label") value=String::new()
                        hint=t("follow-up-code-hint") error=errors.get("code")
                        autocomplete="off" width="width-20"/>
                    <button type="submit" class="button">{t("follow-up-open")}</button>
                </form>
                <h2>{t("follow-up-lost-title")}</h2>
                <p>{t("follow-up-lost-body")}</p>
                <p class="inset">{t("follow-up-shared-device")}</p>
            </div>
        </Layout>
    }
}

/// Why codes cannot be tried for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpPause {
    /// Several wrong codes were typed for this code's first group.
    ThisCode,
    /// Many wrong codes were typed on the whole service.
    Everyone,
}

/// The calm page answered (status 429) when codes cannot be tried for now.
#[component]
pub fn FollowUpPausedPage(
    /// Which limit was reached.
    reason: FollowUpPause,
) -> impl IntoView {
    let body = match reason {
        FollowUpPause::ThisCode => t("follow-up-paused-this-code"),
        FollowUpPause::Everyone => t("follow-up-paused-everyone"),
    };
    view! {
        <Layout title=t("follow-up-paused-title")>
            <div class="narrow">
                <h1>{t("follow-up-paused-title")}</h1>
                <p>{body}</p>
                <p>{t("follow-up-paused-safe")}</p>
                <p class="inset">{t("follow-up-help")}</p>
                <p><a href=FOLLOW_UP>{t("follow-up-try-again")}</a></p>
            </div>
        </Layout>
    }
}

/// After "Stop here": access is closed in this browser.
#[component]
pub fn FollowUpStoppedPage() -> impl IntoView {
    view! {
        <Layout title=t("follow-up-stopped-title")>
            <div class="narrow">
                <h1>{t("follow-up-stopped-title")}</h1>
                <p>{t("follow-up-stopped-body")}</p>
                <p><a href=FOLLOW_UP>{t("follow-up-stopped-again")}</a></p>
                <p><a href="/">{t("go-home")}</a></p>
            </div>
        </Layout>
    }
}
