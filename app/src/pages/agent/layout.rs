//! The frame of agent pages: who is signed in, the navigation, sign-out.

use leptos::prelude::*;

use crate::components::{
    page_context, FormGuard, KeepSessionButton, Layout, SessionEnd, SessionLimitNotice,
};
use crate::i18n::t;

/// Where the agent asks to keep the session open (`back`: the page to
/// show again).
pub const KEEP_SESSION: &str = "/agent/session/keep";

/// Who is signed in, as the navigation needs it.
#[derive(Debug, Clone)]
pub struct AgentBadge {
    /// Name.
    pub name: String,
    /// Role slug.
    pub role: String,
    /// Unit code.
    pub unit: Option<String>,
    /// When the session ends if nothing happens.
    pub session_end: SessionEnd,
}

/// An agent page: navigation by role, then the content.
#[component]
pub fn AgentLayout(
    /// Page title.
    #[prop(into)]
    title: String,
    /// Who is signed in.
    badge: AgentBadge,
    /// Whether the page shows errors.
    #[prop(optional)]
    has_errors: bool,
    /// Content.
    children: Children,
) -> impl IntoView {
    let role = badge.role.clone();
    let queue =
        (role != "admin").then(|| view! { <li><a href="/agent">{t("agent-nav-queue")}</a></li> });
    let statistics = (role == "supervisor")
        .then(|| view! { <li><a href="/agent/statistics">{t("agent-nav-statistics")}</a></li> });
    let admin = (role == "admin")
        .then(|| view! { <li><a href="/agent/admin">{t("agent-nav-admin")}</a></li> });
    let who = format!(
        "{} · {}{}",
        badge.name,
        t(&format!("role-{role}")),
        badge.unit.map(|u| format!(" · {u}")).unwrap_or_default()
    );
    view! {
        <Layout title=title has_errors=has_errors>
            <nav class="agent-nav" aria-label=t("agent-nav-label")>
                <ul>{queue}{statistics}{admin}</ul>
                <p class="agent-who" dir="auto">{who}</p>
                <form method="post" action="/agent/sign-out" class="inline-form">
                    <FormGuard/>
                    <button type="submit" class="link-button">{t("agent-sign-out")}</button>
                </form>
            </nav>
            <form method="post" action=KEEP_SESSION class="session-keep">
                <FormGuard/>
                <input type="hidden" name="back" value=page_context().path/>
                <SessionLimitNotice end=badge.session_end/>
                <KeepSessionButton/>
            </form>
            {children()}
        </Layout>
    }
}
