//! Translations: the language type, negotiation from `Accept-Language`, and
//! lookups in the Fluent catalogues under `app/locales/<code>/`.
//!
//! Every visible string comes from a catalogue. Pages call [`t`] or [`t_args`]
//! with a message key; the language is provided once per render through a
//! Leptos context (see [`crate::render_document`]), so adding a language means
//! adding a variant here and a catalogue folder, and touches no page.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use leptos::prelude::use_context;
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "fr",
        // Arabic: every placeable (a reference, an email, a number, a
        // name) is wrapped in Unicode isolates (FSI…PDI), so a left-to-right
        // value keeps its order and does not pull the punctuation around it.
        // The left-to-right languages need no marks.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(|l| l.language.as_str() == "ar");
            bundle.set_use_isolating(rtl)
        },
    };
}

/// One language's formatted messages, by key.
type Formatted = HashMap<Box<str>, String>;

/// The messages without arguments, per language, as formatted the first
/// time a page asked for them. A page asks for dozens, and each lookup
/// (parsing the language, negotiating the fallbacks, resolving the Fluent
/// message) was a tenth of the cost of serving the home page. Only keys of
/// the French catalogue (the reference) are kept, so a key built from a
/// visitor's input cannot grow the cache past the catalogue's size.
static PLAIN: LazyLock<HashMap<Lang, RwLock<Formatted>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&lang| (lang, RwLock::default()))
        .collect()
});

/// A language the portal is fully translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
    /// Spanish.
    Es,
    /// German.
    De,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
    /// Arabic, written right to left.
    Ar,
    /// Turkish.
    Tr,
    /// Ukrainian.
    Uk,
    /// Romanian.
    Ro,
}

impl Lang {
    /// Every supported language, in the order the language switch lists them.
    pub const ALL: &'static [Lang] = &[
        Lang::Fr,
        Lang::En,
        Lang::Es,
        Lang::De,
        Lang::It,
        Lang::Pt,
        Lang::Ar,
        Lang::Tr,
        Lang::Uk,
        Lang::Ro,
    ];

    /// The BCP 47 code, used in `<html lang>`, the cookie and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Uk => "uk",
            Lang::Ro => "ro",
        }
    }

    /// The language's own name for itself, shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::It => "Italiano",
            Lang::Pt => "Português",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Uk => "Українська",
            Lang::Ro => "Română",
        }
    }

    /// Writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Parses a language code such as `en` or `en-GB` (the region is ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// Picks the best supported language from an `Accept-Language` header,
    /// honouring quality values; `None` when nothing matches.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut candidates: Vec<(f32, usize, Lang)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::from_code(pieces.next()?)?;
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (quality > 0.0).then_some((quality, position, lang))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }

    fn identifier(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("language codes are valid identifiers")
    }

    /// Looks a message up in this language.
    pub fn text(self, key: &str) -> String {
        let cache = &PLAIN[&self];
        if let Some(text) = cache.read().ok().and_then(|known| known.get(key).cloned()) {
            return text;
        }
        let text = LOCALES.lookup(&self.identifier(), key);
        let in_catalogue = LOCALES
            .lookup_single_language::<&str>(&Lang::Fr.identifier(), key, None)
            .is_ok();
        if in_catalogue {
            if let Ok(mut known) = cache.write() {
                known.insert(key.into(), text.clone());
            }
        }
        text
    }

    /// Looks a message up in this language with named arguments.
    pub fn text_args(self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.clone())))
            .collect();
        LOCALES.lookup_with_args(&self.identifier(), key, &args)
    }

    /// Looks a message up with one numeric argument, so plural forms apply.
    pub fn text_count(self, key: &str, name: &'static str, count: usize) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed(name), FluentValue::from(count));
        LOCALES.lookup_with_args(&self.identifier(), key, &args)
    }

    /// Looks a message up in this language's own catalogue, without falling
    /// back to French; `None` when it is missing or does not format.
    pub fn text_exact(self, key: &str, args: &[(&'static str, String)]) -> Option<String> {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.clone())))
            .collect();
        LOCALES
            .lookup_single_language(&self.identifier(), key, Some(&args))
            .ok()
    }
}

/// The language of the page being rendered (French outside a render).
pub fn current_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Translates `key` into the language of the page being rendered.
pub fn t(key: &str) -> String {
    current_lang().text(key)
}

/// Translates `key` with a count, choosing the plural form.
pub fn t_count(key: &str, name: &'static str, count: usize) -> String {
    current_lang().text_count(key, name, count)
}

/// Translates `key` with named arguments into the page's language.
pub fn t_args(key: &str, args: &[(&'static str, String)]) -> String {
    current_lang().text_args(key, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_messages_are_kept_only_for_catalogue_keys() {
        let first = Lang::En.text("home-title");
        assert!(!first.is_empty() && first != "home-title", "{first}");
        assert_eq!(Lang::En.text("home-title"), first, "the kept text");
        assert_eq!(
            PLAIN[&Lang::En].read().unwrap().get("home-title"),
            Some(&first)
        );
        let _ = Lang::En.text("no-such-key-from-a-visitor");
        assert!(!PLAIN[&Lang::En]
            .read()
            .unwrap()
            .contains_key("no-such-key-from-a-visitor"));
        // Each language keeps its own text.
        assert_ne!(Lang::Fr.text("home-title"), first);
    }

    #[test]
    fn arabic_is_written_right_to_left_and_the_others_left_to_right() {
        for lang in Lang::ALL {
            let expected = if *lang == Lang::Ar { "rtl" } else { "ltr" };
            assert_eq!(lang.dir(), expected, "{lang:?}");
            assert_eq!(Lang::from_code(lang.code()), Some(*lang));
        }
    }

    #[test]
    fn negotiation_prefers_the_highest_quality_supported_language() {
        assert_eq!(Lang::negotiate("ja-JP,en;q=0.8,fr;q=0.5"), Some(Lang::En));
        assert_eq!(Lang::negotiate("fr-FR,fr;q=0.9,en;q=0.8"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("en;q=0.2, fr;q=0.9"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("ar-MA,fr;q=0.5"), Some(Lang::Ar));
        assert_eq!(Lang::negotiate("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::negotiate("ja, zh"), None);
        assert_eq!(Lang::negotiate("en;q=0"), None);
        assert_eq!(Lang::negotiate(""), None);
    }

    #[test]
    fn codes_parse_with_or_without_region() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn counts_choose_the_plural_form() {
        assert_eq!(
            Lang::En.text_count("unit-results", "count", 1),
            "1 result found."
        );
        assert_eq!(
            Lang::Fr.text_count("unit-results", "count", 3),
            "3 services trouvés."
        );
    }

    #[test]
    fn arguments_are_substituted() {
        let text = Lang::En.text_args("reference-label", &[("reference", "PP-1".into())]);
        assert!(text.contains("PP-1"), "{text}");
    }

    #[test]
    fn arabic_isolates_each_value_and_the_left_to_right_languages_do_not() {
        let reference = || [("reference", "PP-1234".to_string())];
        let arabic = Lang::Ar.text_args("reference-label", &reference());
        assert!(arabic.contains("\u{2068}PP-1234\u{2069}"), "{arabic:?}");
        for lang in Lang::ALL.iter().filter(|l| **l != Lang::Ar) {
            let text = lang.text_args("reference-label", &reference());
            assert!(
                text.contains("PP-1234") && !text.contains('\u{2068}'),
                "{lang:?}: {text:?}"
            );
        }
    }
}
