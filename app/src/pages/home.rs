//! The home page: what the portal is for and where to start.

use leptos::prelude::*;

use crate::components::Layout;
use crate::i18n::t;

/// The portal's front page.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Layout title=t("home-title")>
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <div class="card-list">
                <section class="card">
                    <h2><a href="/pre-complaint">{t("home-pre-complaint-title")}</a></h2>
                    <p>{t("home-pre-complaint-body")}</p>
                </section>
            </div>
            <h2>{t("home-emergency-title")}</h2>
            <ul class="numbers">
                <li><strong>"17"</strong>" "{t("number-17")}</li>
                <li><strong>"112"</strong>" "{t("number-112")}</li>
                <li><strong>"114"</strong>" "{t("number-114")}</li>
                <li><strong>"3919"</strong>" "{t("number-3919")}</li>
                <li><strong>"119"</strong>" "{t("number-119")}</li>
                <li><strong>"116 006"</strong>" "{t("number-116006")}</li>
            </ul>
        </Layout>
    }
}
