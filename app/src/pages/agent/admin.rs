//! Administration: accounts and units. Administrators never see cases.

use leptos::prelude::*;

use super::{AgentBadge, AgentLayout};
use crate::components::{Choice, ChoiceGroup, ErrorSummary, FormGuard, TableRegion, TextField};
use crate::domain::case::Role;
use crate::domain::errors::FieldErrors;
use crate::i18n::t;

/// An account as listed.
#[derive(Debug, Clone)]
pub struct AccountLine {
    /// Row id.
    pub id: i64,
    /// Email.
    pub email: String,
    /// Name.
    pub name: String,
    /// Role slug.
    pub role: String,
    /// Unit code.
    pub unit: String,
    /// Enrolled, disabled…
    pub state: String,
}

/// The new-account form as typed.
#[derive(Debug, Clone, Default)]
pub struct NewAccountForm {
    /// Email.
    pub email: String,
    /// Name.
    pub name: String,
    /// Role slug.
    pub role: String,
    /// Unit code.
    pub unit: String,
}

/// Accounts, with a form to add one and buttons to disable.
#[component]
pub fn AdminPage(
    badge: AgentBadge,
    accounts: Vec<AccountLine>,
    form: NewAccountForm,
    errors: FieldErrors,
    /// The account just created and its password, shown once.
    created: Option<(String, String)>,
) -> impl IntoView {
    let rows = accounts
        .into_iter()
        .map(|a| {
            let disable = (a.state != "disabled").then(|| {
                let url = format!("/agent/admin/agents/{}/disable", a.id);
                view! {
                    <form method="post" action=url class="inline-form">
                        <FormGuard/>
                        <button type="submit" class="link-button">{t("admin-disable")}<span class="visually-hidden">" "{a.email.clone()}</span></button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{a.email.clone()}</td>
                    <td dir="auto">{a.name}</td>
                    <td>{t(&format!("role-{}", a.role))}</td>
                    <td>{a.unit}</td>
                    <td>{t(&format!("admin-state-{}", a.state))}</td>
                    <td>{disable}</td>
                </tr>
            }
        })
        .collect_view();
    let roles = Role::ALL
        .iter()
        .map(|r| Choice::new(r.slug(), t(&format!("role-{}", r.slug()))))
        .collect();
    let notice = created.map(|(email, password)| {
        view! {
            <div class="notice" role="status">
                <p>{t("admin-created")}" "<strong>{email}</strong></p>
                <p>{t("admin-password-once")}" "<code class="password-once">{password}</code></p>
            </div>
        }
    });
    let has_errors = !errors.is_empty();
    view! {
        <AgentLayout title=t("admin-title") badge=badge has_errors=has_errors>
            <ErrorSummary errors=errors.clone()/>
            {notice}
            <h1>{t("admin-title")}</h1>
            <TableRegion label=t("admin-title")>
            <table class="queue">
                <thead>
                    <tr>
                        <th scope="col">{t("agent-email")}</th>
                        <th scope="col">{t("admin-name")}</th>
                        <th scope="col">{t("admin-role")}</th>
                        <th scope="col">{t("admin-unit")}</th>
                        <th scope="col">{t("admin-state")}</th>
                        <th scope="col"><span class="visually-hidden">{t("admin-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </TableRegion>
            <h2>{t("admin-add-title")}</h2>
            <p>{t("admin-add-intro")}</p>
            <form method="post" action="/agent/admin/agents" class="narrow" novalidate>
                <FormGuard/>
                <TextField name="email" label=t("agent-email") value=form.email input_type="email" error=errors.get("email")/>
                <TextField name="name" label=t("admin-name") value=form.name error=errors.get("name")/>
                <ChoiceGroup name="role" legend=t("admin-role") choices=roles selected=vec![form.role] error=errors.get("role")/>
                <TextField name="unit" label=t("admin-unit") hint=t("admin-unit-hint") value=form.unit error=errors.get("unit") width="width-20"/>
                <button type="submit" class="button">{t("admin-add-button")}</button>
            </form>
        </AgentLayout>
    }
}
