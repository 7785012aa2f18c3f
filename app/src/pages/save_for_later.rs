//! "Save and continue later": the page that asks where to send the link,
//! the page that says it was sent, and the page the emailed link opens.

use leptos::prelude::*;

use crate::components::{BackLink, ErrorSummary, FormGuard, Layout, TextField};
use crate::domain::errors::FieldErrors;
use crate::i18n::{t, t_args};

/// URL of the page that asks for the email address.
pub const SAVE_FOR_LATER: &str = "/save-for-later";

/// Where to send the link to come back.
#[component]
pub fn SaveForLaterPage(
    /// The address as typed, or the one given at the identity step.
    #[prop(into)]
    email: String,
    /// Errors of the submitted form.
    errors: FieldErrors,
    /// The page the citizen came from.
    #[prop(into)]
    back: String,
) -> impl IntoView {
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=t("save-for-later-title") has_errors=has_errors>
            <BackLink href=back/>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <h1>{t("save-for-later-title")}</h1>
                <p>{t("save-for-later-body")}</p>
                <p class="inset">{t("save-for-later-shared-device")}</p>
                <form method="post" action=SAVE_FOR_LATER novalidate>
                    <FormGuard/>
                    <TextField name="email" label=t("identity-email") input_type="email"
                        value=email error=errors.get("email") autocomplete="email"/>
                    <button type="submit" class="button">{t("save-for-later-button")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// The link is on its way.
#[component]
pub fn SaveForLaterSentPage(
    /// Where it was sent.
    email: String,
) -> impl IntoView {
    view! {
        <Layout title=t("save-for-later-sent-title")>
            <div class="narrow">
                <h1>{t("save-for-later-sent-title")}</h1>
                <p>{t_args("save-for-later-sent-body", &[("email", email)])}</p>
                <p>{t("save-for-later-sent-expiry")}</p>
                <p class="inset">{t("save-for-later-sent-close")}</p>
            </div>
        </Layout>
    }
}

/// What the emailed link opens: a button, so that a mail scanner that
/// follows links does not use the single-use link up.
#[component]
pub fn ResumePage(
    /// Where the button posts (the link's own URL).
    #[prop(into)]
    action: String,
) -> impl IntoView {
    view! {
        <Layout title=t("resume-title")>
            <div class="narrow">
                <h1>{t("resume-title")}</h1>
                <p>{t("resume-body")}</p>
                <form method="post" action=action>
                    <FormGuard/>
                    <button type="submit" class="button button-start">{t("resume-button")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// The link was used already, or is too old.
#[component]
pub fn ResumeGonePage() -> impl IntoView {
    view! {
        <Layout title=t("resume-gone-title")>
            <div class="narrow">
                <h1>{t("resume-gone-title")}</h1>
                <p>{t("resume-gone-body")}</p>
                <p><a href="/">{t("go-home")}</a></p>
            </div>
        </Layout>
    }
}
