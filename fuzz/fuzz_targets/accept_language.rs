//! `Accept-Language` headers and language codes (cookie, URL): never a
//! panic, and a negotiated language is one the header names.
#![no_main]

use app::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Some(lang) = Lang::negotiate(input) {
        assert!(
            input.to_ascii_lowercase().contains(lang.code()),
            "{input:?} gave {}",
            lang.code()
        );
    }
    if let Some(lang) = Lang::from_code(input) {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
});
