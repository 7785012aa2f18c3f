//! Pages for things that went wrong: not found, server error, expired session.

use leptos::prelude::*;

use crate::components::Layout;
use crate::i18n::t;

/// 404: the page does not exist.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Layout title=t("not-found-title")>
            <h1>{t("not-found-title")}</h1>
            <p>{t("not-found-body")}</p>
            <p><a href="/">{t("go-home")}</a></p>
        </Layout>
    }
}

/// 500 or 503: something failed on our side; nothing the visitor typed is shown.
#[component]
pub fn ErrorPage(
    /// Whether the service is only temporarily unavailable (503).
    #[prop(optional)]
    unavailable: bool,
) -> impl IntoView {
    let (title, body) = if unavailable {
        (t("unavailable-title"), t("unavailable-body"))
    } else {
        (t("server-error-title"), t("server-error-body"))
    };
    view! {
        <Layout title=title.clone()>
            <h1>{title}</h1>
            <p>{body}</p>
            <p>{t("server-error-emergency")}</p>
            <p><a href="/">{t("go-home")}</a></p>
        </Layout>
    }
}

/// The draft is gone (it expired, or cookies are off): start again.
#[component]
pub fn SessionExpiredPage(
    /// Where to start again.
    #[prop(into)]
    start: String,
) -> impl IntoView {
    view! {
        <Layout title=t("session-expired-title")>
            <h1>{t("session-expired-title")}</h1>
            <p>{t("session-expired-body")}</p>
            <p><a class="button" href=start>{t("start-again")}</a></p>
        </Layout>
    }
}
