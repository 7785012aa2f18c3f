//! Sign-in: email and password, then the second factor (or its enrolment).

use leptos::prelude::*;

use crate::components::{ErrorSummary, FormGuard, Layout, TextField};
use crate::domain::errors::FieldErrors;
use crate::i18n::t;

/// Email and password.
#[component]
pub fn SignInPage(
    /// The email typed, kept on error.
    email: String,
    /// Errors.
    errors: FieldErrors,
) -> impl IntoView {
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=t("agent-sign-in-title") has_errors=has_errors>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <h1>{t("agent-sign-in-title")}</h1>
                <p>{t("agent-sign-in-intro")}</p>
                <form method="post" action="/agent/sign-in" novalidate>
                    <FormGuard/>
                    <TextField name="email" label=t("agent-email") value=email input_type="email"
                        autocomplete="username" error=errors.get("email")/>
                    <div class="field" class:field-with-error=errors.get("password").is_some()>
                        <label class="label" for="password">{t("agent-password")}</label>
                        <input class="input" type="password" id="password" name="password" autocomplete="current-password"/>
                    </div>
                    <button type="submit" class="button">{t("agent-sign-in-button")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// The six-digit code from the authenticator app.
#[component]
pub fn SecondFactorPage(
    /// Errors.
    errors: FieldErrors,
) -> impl IntoView {
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=t("agent-code-title") has_errors=has_errors>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <h1>{t("agent-code-title")}</h1>
                <form method="post" action="/agent/sign-in/code" novalidate>
                    <FormGuard/>
                    <TextField name="code" label=t("agent-code") hint=t("agent-code-hint") value=String::new()
                        autocomplete="one-time-code" inputmode="numeric" width="width-10" error=errors.get("code")/>
                    <button type="submit" class="button">{t("agent-code-button")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// Enrolment of an authenticator app: the QR code (SVG drawn by the
/// server) and the secret to type by hand, then a first code.
#[component]
pub fn EnrolPage(
    /// The QR code, an SVG document made by the server from the secret.
    qr_svg: String,
    /// The secret, base32, grouped for reading.
    secret: String,
    /// Errors.
    errors: FieldErrors,
) -> impl IntoView {
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=t("agent-enrol-title") has_errors=has_errors>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <h1>{t("agent-enrol-title")}</h1>
                <p>{t("agent-enrol-intro")}</p>
                <div class="qr-code" role="img" aria-label=t("agent-enrol-qr-label") inner_html=qr_svg></div>
                <p>{t("agent-enrol-manual")}</p>
                <p class="totp-secret"><code>{secret}</code></p>
                <form method="post" action="/agent/enrol" novalidate>
                    <FormGuard/>
                    <TextField name="code" label=t("agent-code") hint=t("agent-code-hint") value=String::new()
                        autocomplete="one-time-code" inputmode="numeric" width="width-10" error=errors.get("code")/>
                    <button type="submit" class="button">{t("agent-enrol-button")}</button>
                </form>
            </div>
        </Layout>
    }
}
