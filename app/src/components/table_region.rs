//! A wide table in its own horizontally scrolling region.

use leptos::prelude::*;

/// Wraps a table that may be wider than a narrow screen: the region
/// scrolls sideways, the page never does (WCAG 1.4.10, 320 CSS px and
/// 400 % zoom). The region is named and focusable, so a keyboard user can
/// reach it and scroll it with the arrow keys.
#[component]
pub fn TableRegion(
    /// What the table shows (the region's accessible name).
    #[prop(into)]
    label: String,
    /// The table.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-region" role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_is_named_and_focusable() {
        let html = view! { <TableRegion label="Queue"><table></table></TableRegion> }.to_html();
        for attribute in [
            r#"class="table-region""#,
            r#"role="region""#,
            r#"aria-label="Queue""#,
            r#"tabindex="0""#,
        ] {
            assert!(html.contains(attribute), "{attribute} in {html}");
        }
    }
}
