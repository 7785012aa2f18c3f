//! The page shell: `<html>` with the right `lang` and `dir`, the header with
//! the service name and the language switch, the emergency banner, the main
//! content and the footer.

use leptos::prelude::*;

use crate::i18n::{t, Lang};

/// What every page needs from the request, provided once per render.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    /// The visitor's language.
    pub lang: Lang,
    /// The path of the page, so the language switch can come back to it.
    pub path: String,
    /// URL of the stylesheet (it carries a content hash).
    pub stylesheet: String,
    /// The visitor's CSRF token, put in every form; empty without a session.
    pub csrf: String,
    /// The page belongs to a flow whose draft can be saved and reopened
    /// from an emailed link: it offers "save and continue later".
    pub save_for_later: bool,
}

/// The page context of the render in progress.
pub fn page_context() -> PageContext {
    use_context::<PageContext>().unwrap_or_default()
}

/// Renders a complete HTML document for `page` in the given context.
pub fn render_document<V: IntoView + 'static>(
    context: PageContext,
    page: impl FnOnce() -> V,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(context.lang);
        provide_context(context);
        let html = page().into_view().to_html();
        format!("<!DOCTYPE html>{html}")
    })
}

/// The shell around every page. `title` is the page's own title; the
/// service name is appended.
#[component]
pub fn Layout(
    /// The page title (the `<title>` starts with it).
    #[prop(into)]
    title: String,
    /// Whether the page shows errors: the title then starts with "Error: ".
    #[prop(optional)]
    has_errors: bool,
    /// Page content.
    children: Children,
) -> impl IntoView {
    let context = page_context();
    let lang = context.lang;
    let quick_exit = super::safety::offers_quick_exit(&context.path);
    let service = t("service-name");
    let full_title = if has_errors {
        format!("{} {} – {}", t("error-title-prefix"), title, service)
    } else {
        format!("{title} – {service}")
    };
    view! {
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{full_title}</title>
                <link rel="stylesheet" href=context.stylesheet.clone()/>
                {quick_exit.then(|| view! { <super::safety::QuickExitScript/> })}
            </head>
            <body>
                {quick_exit.then(|| view! { <super::safety::QuickExitBar/> })}
                <a class="skip-link" href="#main">{t("skip-to-content")}</a>
                <header class="site-header">
                    <div class="container header-inner">
                        <a class="service-name" href="/">{service}</a>
                        <LanguageSwitch/>
                    </div>
                </header>
                <EmergencyBanner/>
                <main id="main" class="container" tabindex="-1">
                    {children()}
                    {context.save_for_later.then(|| view! {
                        <p class="save-for-later">
                            <a href=crate::pages::SAVE_FOR_LATER>{t("save-for-later-link")}</a>
                        </p>
                    })}
                </main>
                <footer class="site-footer">
                    <div class="container">
                        <ul class="footer-links">
                            <li><a href="/">{t("footer-home")}</a></li>
                            <li><a href="/pre-complaint">{t("footer-pre-complaint")}</a></li>
                            <li><a href=crate::pages::orientation::START>{t("orientation-footer-start")}</a></li>
                        </ul>
                        <crate::pages::guide::GuideFooterLinks/>
                        <p>{t("footer-privacy")}</p>
                    </div>
                </footer>
            </body>
        </html>
    }
}

/// Links to the page in each other language; plain links, no script.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let context = page_context();
    let back = context.path.clone();
    let links = Lang::ALL
        .iter()
        .map(|lang| {
            let current = *lang == context.lang;
            let href = format!("/language/{}?back={}", lang.code(), encode_path(&back));
            view! {
                <li>
                    <a href=href lang=lang.code() hreflang=lang.code() aria-current=current.then_some("true")>
                        {lang.endonym()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switch" aria-label=t("language-switch-label")>
            <ul>{links}</ul>
        </nav>
    }
}

/// Percent-encodes a path for use as a query value.
fn encode_path(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The emergency numbers, on every page.
#[component]
pub fn EmergencyBanner() -> impl IntoView {
    view! {
        <aside class="emergency-banner" aria-label=t("emergency-banner-label")>
            <div class="container">
                <p>
                    <strong>{t("emergency-banner-title")}</strong>" "
                    {t("emergency-banner-call")}" "
                    <a href="tel:17" class="phone-number">"17"</a>" · "
                    <a href="tel:112" class="phone-number">"112"</a>" · "
                    {t("emergency-banner-sms")}" "
                    <a href="sms:114" class="phone-number">"114"</a>
                </p>
            </div>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_sets_language_title_and_banner() {
        let context = PageContext {
            lang: Lang::En,
            path: "/a?b".into(),
            ..Default::default()
        };
        let html = render_document(context, || view! { <Layout title="Hello">"body"</Layout> });
        assert!(
            html.starts_with("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">"),
            "{html}"
        );
        assert!(html.contains("<title>Hello – "), "{html}");
        assert!(html.contains("href=\"tel:112\""));
        assert!(html.contains("/language/fr?back=/a%3Fb"), "{html}");
    }
}
