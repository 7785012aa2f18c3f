//! Form controls with their label, hint and error message tied together
//! (`aria-describedby`, `aria-invalid`), and the error summary that links
//! to each field in error.

use leptos::prelude::*;

use crate::domain::errors::FieldErrors;
use crate::i18n::{current_lang, t};

/// The message for a field in error: the field's own message when the
/// catalogue has one (`error-required-surname`: "Enter your surname"),
/// else the generic one (`error-required`).
pub fn error_text(field: &str, key: &str) -> String {
    let specific = format!("{key}-{}", field.replace('_', "-"));
    current_lang()
        .text_exact(&specific, &[])
        .unwrap_or_else(|| t(key))
}

/// Ids of the hint and error of a field, for `aria-describedby`.
fn described_by(name: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{name}-hint"));
    }
    if has_error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The hint and error paragraphs of a field.
fn hint_and_error(
    name: &'static str,
    hint: Option<String>,
    error: Option<&'static str>,
) -> impl IntoView {
    let hint = hint.map(|h| view! { <p class="hint" id=format!("{name}-hint")>{h}</p> });
    let error = error.map(|key| {
        view! {
            <p class="field-error" id=format!("{name}-error")>
                <span class="visually-hidden">{t("error-title-prefix")}" "</span>
                {error_text(name, key)}
            </p>
        }
    });
    (hint, error)
}

/// The form value of a single choice (a radio group's answer), as the
/// selection a [`ChoiceGroup`] takes: nothing when unanswered.
pub fn selected(value: &str) -> Vec<String> {
    if value.is_empty() {
        Vec::new()
    } else {
        vec![value.to_string()]
    }
}

/// A single-line text input.
#[component]
pub fn TextField(
    /// Form name and id.
    name: &'static str,
    /// Label text.
    #[prop(into)]
    label: String,
    /// Current value (what the citizen typed).
    #[prop(into)]
    value: String,
    /// Message key of the error, if any.
    #[prop(optional_no_strip)]
    error: Option<&'static str>,
    /// Hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// `autocomplete` token for personal data.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// Input type: text (default), email, tel, date, time.
    #[prop(default = "text")]
    input_type: &'static str,
    /// `inputmode`, e.g. numeric.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// CSS width class, e.g. `width-5`.
    #[prop(optional)]
    width: Option<&'static str>,
    /// The value is shown but cannot be changed (a verified identity).
    #[prop(optional)]
    readonly: bool,
) -> impl IntoView {
    let describedby = described_by(name, hint.is_some(), error.is_some());
    let class = match (width, error.is_some()) {
        (Some(w), true) => format!("input {w} input-error"),
        (Some(w), false) => format!("input {w}"),
        (None, true) => "input input-error".to_string(),
        (None, false) => "input".to_string(),
    };
    view! {
        <div class="field" class:field-with-error=error.is_some()>
            <label class="label" for=name>{label}</label>
            {hint_and_error(name, hint, error)}
            <input
                class=class
                type=input_type
                id=name
                name=name
                value=value
                dir="auto"
                spellcheck="false"
                autocomplete=autocomplete
                inputmode=inputmode
                readonly=readonly
                aria-describedby=describedby
                aria-invalid=error.map(|_| "true")
            />
        </div>
    }
}

/// A multi-line text input.
#[component]
pub fn TextArea(
    /// Form name and id.
    name: &'static str,
    /// Label text.
    #[prop(into)]
    label: String,
    /// Current value.
    #[prop(into)]
    value: String,
    /// Message key of the error, if any.
    #[prop(optional_no_strip)]
    error: Option<&'static str>,
    /// Hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Visible rows.
    #[prop(default = 6)]
    rows: u32,
    /// `autocomplete` token (`off` for sensitive text).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let describedby = described_by(name, hint.is_some(), error.is_some());
    view! {
        <div class="field" class:field-with-error=error.is_some()>
            <label class="label" for=name>{label}</label>
            {hint_and_error(name, hint, error)}
            <textarea
                class="textarea"
                class:input-error=error.is_some()
                id=name
                name=name
                rows=rows
                dir="auto"
                autocomplete=autocomplete
                aria-describedby=describedby
                aria-invalid=error.map(|_| "true")
            >{textarea_text(&value)}</textarea>
        </div>
    }
}

/// The text of a `<textarea>`, escaped here because the renderer writes a
/// textarea's children as raw text: typed markup such as `</textarea><form>`
/// would otherwise close the field and be read as HTML. The browser decodes
/// the entities, so the visitor finds exactly what they typed.
fn textarea_text(value: &str) -> String {
    value.replace('&', "&amp;").replace('<', "&lt;")
}

/// One option of a radio or checkbox group.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Form value.
    pub value: String,
    /// Visible label.
    pub label: String,
    /// Optional hint under the label.
    pub hint: Option<String>,
}

impl Choice {
    /// An option without hint.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    /// An option with a hint.
    pub fn with_hint(
        value: impl Into<String>,
        label: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: Some(hint.into()),
        }
    }
}

/// Yes and No, the most common choice.
pub fn yes_no_choices() -> Vec<Choice> {
    vec![
        Choice::new("yes", t("answer-yes")),
        Choice::new("no", t("answer-no")),
    ]
}

/// A group of radio buttons or checkboxes in a fieldset with a legend.
/// The first control's id is `name`, so the error summary can link to it.
#[component]
pub fn ChoiceGroup(
    /// Form name.
    name: &'static str,
    /// The question.
    #[prop(into)]
    legend: String,
    /// The options.
    choices: Vec<Choice>,
    /// Values currently selected.
    selected: Vec<String>,
    /// Message key of the error, if any.
    #[prop(optional_no_strip)]
    error: Option<&'static str>,
    /// Hint under the legend.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Checkboxes instead of radios.
    #[prop(optional)]
    multiple: bool,
    /// The legend is the page's heading (one-question pages).
    #[prop(optional)]
    heading: bool,
    /// Lay the options out on one line (yes/no).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let describedby = described_by(name, hint.is_some(), error.is_some());
    let kind = if multiple { "checkbox" } else { "radio" };
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let id = if i == 0 {
                name.to_string()
            } else {
                format!("{name}-{}", i + 1)
            };
            let checked = selected.contains(&choice.value);
            let hint_id = format!("{id}-item-hint");
            let option_hint = choice
                .hint
                .map(|h| view! { <p class="hint choice-hint" id=hint_id.clone()>{h}</p> });
            let has_hint = option_hint.is_some();
            view! {
                <div class="choice">
                    <input
                        class="choice-input"
                        type=kind
                        id=id.clone()
                        name=name
                        value=choice.value
                        checked=checked
                        aria-describedby=has_hint.then_some(hint_id)
                    />
                    <label class="choice-label" for=id>{choice.label}</label>
                    {option_hint}
                </div>
            }
        })
        .collect_view();
    let legend = if heading {
        view! { <legend class="legend legend-heading"><h1>{legend}</h1></legend> }.into_any()
    } else {
        view! { <legend class="legend">{legend}</legend> }.into_any()
    };
    view! {
        <div class="field" class:field-with-error=error.is_some()>
            <fieldset class="fieldset" aria-describedby=describedby>
                {legend}
                {hint_and_error(name, hint, error)}
                <div class="choices" class:choices-inline=inline>{options}</div>
            </fieldset>
        </div>
    }
}

/// The list of errors at the top of a page, each linking to its field.
#[component]
pub fn ErrorSummary(
    /// The errors of the submitted form.
    errors: FieldErrors,
) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        let items = errors
            .iter()
            .map(|e| view! { <li><a href=format!("#{}", e.field)>{error_text(e.field, e.message)}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
                <h2 id="error-summary-title" class="error-summary-title">{t("error-summary-title")}</h2>
                <ul class="error-summary-list">{items}</ul>
            </div>
        }
    })
}

/// The hidden fields every form carries: the CSRF token and, when the
/// citizen came from the check page, the way back to it.
#[component]
pub fn FormGuard(
    /// Whether to return to the check page after saving.
    #[prop(optional)]
    from_check: bool,
) -> impl IntoView {
    let csrf = super::layout::page_context().csrf;
    view! {
        <input type="hidden" name="csrf" value=csrf/>
        {from_check.then(|| view! { <input type="hidden" name="from" value="check"/> })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_markup_stays_inside_the_text_area() {
        let typed = "</textarea><a href=\"https://example.org\">here</a> &amp; 3 < 4";
        let html = view! { <TextArea name="account" label="What happened" value=typed/> }.to_html();
        assert!(
            html.contains("&lt;/textarea>&lt;a href=\"https://example.org\">here&lt;/a> &amp;amp; 3 &lt; 4</textarea>"),
            "{html}"
        );
        assert_eq!(html.matches("</textarea>").count(), 1, "{html}");
        assert!(!html.contains("<a href"), "{html}");
    }
}
