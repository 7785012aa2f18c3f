//! Case references as typed by a citizen or an agent: never a panic, and a
//! reference that parses reads back the same from its written form.
#![no_main]

use app::domain::reference::Reference;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Ok(reference) = input.parse::<Reference>() {
        let written = reference.to_string();
        assert_eq!(written.parse::<Reference>(), Ok(reference), "{written}");
        assert_eq!(
            written.to_lowercase().parse::<Reference>(),
            Ok(reference),
            "case does not matter"
        );
    }
});
