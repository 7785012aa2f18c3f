//! The items loop: the list so far, choosing a kind, and one page per kind.

use leptos::prelude::*;

use super::{back_href, selected, step_position, START};
use crate::components::{
    yes_no_choices, BackLink, Choice, ChoiceGroup, ErrorSummary, FormGuard, Layout, QuestionPage,
    TextField,
};
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{DocumentKind, Item, ItemForm, ItemKind, Step};
use crate::i18n::{t, t_args};

/// One line describing an item, for the list and the check page.
pub fn item_summary(item: &Item) -> String {
    let kind = t(&format!("item-kind-{}", item.kind().slug()));
    let details: Vec<String> = match item {
        Item::Phone(p) => [
            Some(p.brand.clone()),
            p.model.clone(),
            p.imei.as_ref().map(|i| format!("IMEI {}", i.as_str())),
        ]
        .into_iter()
        .flatten()
        .collect(),
        Item::Vehicle(v) => [
            Some(v.plate.as_str().to_string()),
            Some(v.brand.clone()),
            v.model.clone(),
            v.colour.clone(),
        ]
        .into_iter()
        .flatten()
        .collect(),
        Item::BankCard(c) => {
            let mut parts = vec![c.bank.clone(), format!("•••• {}", c.last_digits)];
            parts.push(t(if c.blocked {
                "item-card-blocked"
            } else {
                "item-card-not-blocked"
            }));
            if c.fraudulent_payments {
                parts.push(match c.amount {
                    Some(amount) => {
                        t_args("item-card-fraud-amount", &[("amount", amount.display())])
                    }
                    None => t("item-card-fraud"),
                });
            }
            parts
        }
        Item::IdentityDocument(d) => [
            Some(t(&format!("document-{}", d.document.slug()))),
            d.number.clone(),
        ]
        .into_iter()
        .flatten()
        .collect(),
        Item::Other(o) => [
            Some(o.description.clone()),
            o.serial.clone(),
            o.value.map(|v| v.display()),
        ]
        .into_iter()
        .flatten()
        .collect(),
    };
    t_args(
        "item-summary",
        &[("kind", kind), ("details", details.join(", "))],
    )
}

/// The items so far, each with Change and Remove, and "add another?".
/// Each Remove button is its own small form after the list, so that Enter
/// in the question below submits the question, never a removal.
#[component]
pub fn ItemsPage(
    items: Vec<Item>,
    add_item: String,
    errors: FieldErrors,
    from_check: bool,
) -> impl IntoView {
    let step = Step::Items;
    let title = if items.is_empty() {
        t("items-title-empty")
    } else {
        t("items-title")
    };
    let (position, total) = step_position(step);
    let list = (!items.is_empty()).then(|| {
        let rows = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let summary = item_summary(item);
                view! {
                    <li class="item-row">
                        <span class="item-summary" dir="auto">{summary.clone()}</span>
                        <span class="item-actions">
                            <a href=format!("{START}/items/{i}")>{t("change")}<span class="visually-hidden">" "{summary.clone()}</span></a>
                            <form method="post" action=format!("{START}/items/{i}/remove") class="inline-form">
                                <FormGuard/>
                                <button type="submit" class="link-button">
                                    {t("remove")}<span class="visually-hidden">" "{summary}</span>
                                </button>
                            </form>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="item-list">{rows}</ul> }
    });
    let legend = if items.is_empty() {
        t("items-add-first")
    } else {
        t("items-add-another")
    };
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=title.clone() has_errors=has_errors>
            <BackLink href=back_href(step, from_check)/>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <p class="step-indicator">{t_args("step-of", &[("step", position.to_string()), ("total", total.to_string())])}</p>
                <h1>{title}</h1>
                {list}
                <form method="post" action=format!("{START}/items") novalidate>
                    <FormGuard from_check=from_check/>
                    <ChoiceGroup name="add_item" legend=legend hint=t("items-hint") choices=yes_no_choices()
                        selected=selected(&add_item) error=errors.get("add_item") inline=true/>
                    <button type="submit" class="button">{t("continue")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// Which kind of item to add.
#[component]
pub fn ItemKindPage(kind: String, errors: FieldErrors) -> impl IntoView {
    let kinds = ItemKind::ALL
        .iter()
        .map(|k| Choice::new(k.slug(), t(&format!("item-kind-{}", k.slug()))))
        .collect();
    view! {
        <QuestionPage title=t("item-kind-title") step=step_position(Step::Items) back=format!("{START}/items")
            errors=errors.clone() heading_in_form=true>
            <ChoiceGroup name="kind" legend=t("item-kind-title") heading=true choices=kinds
                selected=selected(&kind) error=errors.get("kind")/>
        </QuestionPage>
    }
}

/// The questions about one item of a given kind.
#[component]
pub fn ItemPage(kind: ItemKind, form: ItemForm, errors: FieldErrors) -> impl IntoView {
    let e = {
        let errors = errors.clone();
        move |field: &str| errors.get(field)
    };
    let fields = match kind {
        ItemKind::Phone => view! {
            <TextField name="brand" label=t("item-brand") value=form.brand.clone() error=e("brand")/>
            <TextField name="model" label=t("item-model-optional") value=form.model.clone() error=e("model")/>
            <TextField name="imei" label=t("item-imei") hint=t("item-imei-hint") value=form.imei.clone()
                error=e("imei") inputmode="numeric" width="width-20"/>
        }
        .into_any(),
        ItemKind::Vehicle => view! {
            <div class="warning" role="note">
                <strong>{t("item-vehicle-warning")}</strong>
            </div>
            <TextField name="plate" label=t("item-plate") hint=t("item-plate-hint") value=form.plate.clone()
                error=e("plate") width="width-10"/>
            <TextField name="brand" label=t("item-brand") value=form.brand.clone() error=e("brand")/>
            <TextField name="model" label=t("item-model-optional") value=form.model.clone() error=e("model")/>
            <TextField name="colour" label=t("item-colour") value=form.colour.clone() error=e("colour") width="width-10"/>
        }
        .into_any(),
        ItemKind::BankCard => view! {
            <TextField name="bank" label=t("item-bank") value=form.bank.clone() error=e("bank")/>
            <TextField name="last_digits" label=t("item-last-digits") hint=t("item-last-digits-hint")
                value=form.last_digits.clone() error=e("last_digits") inputmode="numeric" width="width-4"/>
            <ChoiceGroup name="blocked" legend=t("item-blocked") hint=t("item-blocked-hint") choices=yes_no_choices()
                selected=selected(&form.blocked) error=e("blocked") inline=true/>
            <ChoiceGroup name="fraudulent_payments" legend=t("item-fraudulent") choices=yes_no_choices()
                selected=selected(&form.fraudulent_payments) error=e("fraudulent_payments") inline=true/>
            <TextField name="amount" label=t("item-amount") hint=t("item-amount-hint") value=form.amount.clone()
                error=e("amount") inputmode="decimal" width="width-10"/>
        }
        .into_any(),
        ItemKind::IdentityDocument => {
            let documents = DocumentKind::ALL
                .iter()
                .map(|d| Choice::new(d.slug(), t(&format!("document-{}", d.slug()))))
                .collect();
            view! {
                <ChoiceGroup name="document" legend=t("item-document") choices=documents
                    selected=selected(&form.document) error=e("document")/>
                <TextField name="number" label=t("item-document-number") hint=t("item-document-number-hint")
                    value=form.number.clone() error=e("number") width="width-20"/>
            }
            .into_any()
        }
        ItemKind::Other => view! {
            <TextField name="description" label=t("item-description") hint=t("item-description-hint")
                value=form.description.clone() error=e("description")/>
            <TextField name="serial" label=t("item-serial") value=form.serial.clone() error=e("serial") width="width-20"/>
            <TextField name="value" label=t("item-value") hint=t("item-amount-hint") value=form.value.clone()
                error=e("value") inputmode="decimal" width="width-10"/>
        }
        .into_any(),
    };
    view! {
        <QuestionPage title=t(&format!("item-title-{}", kind.slug())) step=step_position(Step::Items)
            back=format!("{START}/items") errors=errors.clone() submit=t("item-save")>
            {fields}
        </QuestionPage>
    }
}
