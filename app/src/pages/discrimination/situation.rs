//! The first questions: safety, role, domain, criteria, words, author.

use leptos::prelude::*;

use super::{back_href, selected, step_position};
use crate::components::{yes_no_choices, Choice, ChoiceGroup, QuestionPage, TextArea, TextField};
use crate::domain::discrimination::{
    AuthorForm, AuthorKind, Criterion, Domain, Reporter, SafetyForm, Step, WordsForm, NOT_SURE,
};
use crate::domain::errors::FieldErrors;
use crate::i18n::t;

/// Choices whose label and hint keys are `{prefix}-{slug}` and `{prefix}-{slug}-hint`.
fn hinted_choices(prefix: &str, slugs: impl Iterator<Item = &'static str>) -> Vec<Choice> {
    slugs
        .map(|slug| {
            Choice::with_hint(
                slug,
                t(&format!("{prefix}-{slug}")),
                t(&format!("{prefix}-{slug}-hint")),
            )
        })
        .collect()
}

/// Danger now? Physical violence? Either sends the citizen elsewhere.
#[component]
pub fn SafetyPage(form: SafetyForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Safety;
    view! {
        <QuestionPage title=t("discrimination-safety-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <ChoiceGroup name="danger" legend=t("discrimination-safety-danger") hint=t("discrimination-safety-danger-hint")
                choices=yes_no_choices() selected=selected(&form.danger) error=errors.get("danger") inline=true/>
            <ChoiceGroup name="violence" legend=t("discrimination-safety-violence") hint=t("discrimination-safety-violence-hint")
                choices=yes_no_choices() selected=selected(&form.violence) error=errors.get("violence") inline=true/>
        </QuestionPage>
    }
}

/// Victim, witness, or representative of the victim.
#[component]
pub fn RolePage(reporter: String, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Role;
    let choices = hinted_choices(
        "discrimination-reporter",
        Reporter::ALL.iter().map(|r| r.slug()),
    );
    view! {
        <QuestionPage title=t("discrimination-role-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true>
            <ChoiceGroup name="reporter" legend=t("discrimination-role-title") heading=true choices=choices
                selected=selected(&reporter) error=errors.get("reporter")/>
        </QuestionPage>
    }
}

/// The domain of life, as the law sorts it.
#[component]
pub fn DomainPage(domain: String, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Domain;
    let choices = hinted_choices(
        "discrimination-domain",
        Domain::ALL.iter().map(|d| d.slug()),
    );
    view! {
        <QuestionPage title=t("discrimination-domain-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true>
            <ChoiceGroup name="domain" legend=t("discrimination-domain-title") heading=true
                hint=t("discrimination-domain-hint") choices=choices selected=selected(&domain) error=errors.get("domain")/>
        </QuestionPage>
    }
}

/// The grounds of article 225-1, as checkboxes, and "not sure".
#[component]
pub fn CriteriaPage(criteria: Vec<String>, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Criteria;
    let mut choices: Vec<Choice> = Criterion::ALL
        .iter()
        .map(|c| {
            let label = t(&format!("discrimination-criterion-{}", c.slug()));
            if c.has_hint() {
                let hint = t(&format!("discrimination-criterion-{}-hint", c.slug()));
                Choice::with_hint(c.slug(), label, hint)
            } else {
                Choice::new(c.slug(), label)
            }
        })
        .collect();
    choices.push(Choice::with_hint(
        NOT_SURE,
        t("discrimination-criterion-not-sure"),
        t("discrimination-criterion-not-sure-hint"),
    ));
    view! {
        <QuestionPage title=t("discrimination-criteria-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check heading_in_form=true>
            <ChoiceGroup name="criteria" legend=t("discrimination-criteria-title") heading=true multiple=true
                hint=t("discrimination-criteria-hint") choices=choices selected=criteria error=errors.get("criteria")/>
        </QuestionPage>
    }
}

/// Insulting, defamatory or provoking words, quoted exactly.
#[component]
pub fn WordsPage(form: WordsForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Words;
    let choices = vec![
        Choice::new("yes", t("answer-yes")),
        Choice::new("no", t("answer-no")),
    ];
    view! {
        <QuestionPage title=t("discrimination-words-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <p>{t("discrimination-words-intro")}</p>
            <ChoiceGroup name="words_said" legend=t("discrimination-words-said") choices=choices
                selected=selected(&form.words_said) error=errors.get("words_said") inline=true/>
            <p class="inset">{t("discrimination-words-exact")}</p>
            <TextArea name="words" label=t("discrimination-words-verbatim") hint=t("discrimination-words-verbatim-hint")
                value=form.words.clone() error=errors.get("words") rows=5/>
        </QuestionPage>
    }
}

/// A person, a company or an administration; known or not; its name.
#[component]
pub fn AuthorPage(form: AuthorForm, errors: FieldErrors, from_check: bool) -> impl IntoView {
    let step = Step::Author;
    let kinds = hinted_choices(
        "discrimination-author-kind",
        AuthorKind::ALL.iter().map(|k| k.slug()),
    );
    let known = vec![
        Choice::new("yes", t("discrimination-author-known-yes")),
        Choice::new("no", t("discrimination-author-known-no")),
    ];
    view! {
        <QuestionPage title=t("discrimination-author-title") step=step_position(step) back=back_href(step, from_check)
            errors=errors.clone() from_check=from_check>
            <ChoiceGroup name="author_kind" legend=t("discrimination-author-kind") choices=kinds
                selected=selected(&form.author_kind) error=errors.get("author_kind")/>
            <ChoiceGroup name="author_known" legend=t("discrimination-author-known") hint=t("discrimination-author-known-hint")
                choices=known selected=selected(&form.author_known) error=errors.get("author_known")/>
            <TextField name="author_name" label=t("discrimination-author-name") hint=t("discrimination-author-name-hint")
                value=form.author_name.clone() error=errors.get("author_name")/>
        </QuestionPage>
    }
}
