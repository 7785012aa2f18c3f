//! Follow-up codes as typed by a reporter: never a panic, and a code that
//! parses reads back the same from its grouped form, in any case.
#![no_main]

use app::domain::follow_up_code::{FollowUpCode, CODE_LEN, LOCATOR_LEN};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Some(code) = FollowUpCode::parse(input) {
        let grouped = code.grouped();
        assert_eq!(FollowUpCode::parse(&grouped).as_ref(), Some(&code));
        assert_eq!(
            FollowUpCode::parse(&grouped.to_lowercase()).as_ref(),
            Some(&code)
        );
        assert_eq!(code.locator().len(), LOCATOR_LEN);
        assert_eq!(code.secret().len(), CODE_LEN - LOCATOR_LEN);
    }
});
