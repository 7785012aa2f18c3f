//! Lists of emergency and support numbers, each a link that dials it.

use leptos::prelude::*;

use crate::domain::helpline::Helpline;
use crate::i18n::t;

/// Numbers with their name and, when `hours` is set, when they answer.
#[component]
pub fn HelplineList(
    /// The numbers, in the order shown.
    lines: Vec<Helpline>,
    /// Whether to say when each number answers.
    #[prop(optional)]
    hours: bool,
) -> impl IntoView {
    let items = lines
        .into_iter()
        .map(|line| {
            let slug = line.slug();
            let when = hours.then(|| {
                view! { <span class="helpline-hours">{t(&format!("helpline-{slug}-hours"))}</span> }
            });
            view! {
                <li class="helpline">
                    <a class="phone-number helpline-number" href=line.href()>{line.number()}</a>
                    <span class="helpline-text">
                        <span class="helpline-name">{t(&format!("helpline-{slug}-name"))}</span>
                        {when}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="helplines">{items}</ul> }
}
