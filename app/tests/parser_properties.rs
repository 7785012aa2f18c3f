//! Properties of the parsers of what citizens and agents type: no input
//! makes them panic, a value reads back the same from its written form,
//! and codes forgive case, spaces, hyphens and look-alike characters.

use app::domain::follow_up_code::{FollowUpCode, RANDOM_BYTES};
use app::domain::queue::QueueCursor;
use app::domain::reference::{Reference, ReferenceKind};
use app::domain::values::{
    clean_multiline, clean_text, parse_date, parse_time, Amount, Email, Imei, Phone, Plate,
    Postcode,
};
use app::i18n::Lang;
use chrono::{DateTime, NaiveDate, NaiveTime};
use proptest::prelude::*;

fn kind() -> impl Strategy<Value = ReferenceKind> {
    prop_oneof![
        Just(ReferenceKind::PreComplaint),
        Just(ReferenceKind::Complaint),
        Just(ReferenceKind::Discrimination),
        Just(ReferenceKind::Violence),
    ]
}

/// Retypes a code loosely: any case, a separator (or none) between
/// characters, O for 0 and I or L for 1.
fn retyped(shown: &str, seps: &[u8], lower: &[bool]) -> String {
    let mut out = String::new();
    for (i, c) in shown.chars().filter(|c| *c != '-').enumerate() {
        let c = match (c, seps[i % seps.len()] % 3) {
            ('0', 0) => 'O',
            ('1', 0) => 'I',
            ('1', 1) => 'L',
            (c, _) => c,
        };
        out.push(if lower[i % lower.len()] {
            c.to_ascii_lowercase()
        } else {
            c
        });
        out.push_str(match seps[i % seps.len()] % 4 {
            0 => " ",
            1 => "-",
            _ => "",
        });
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_input_makes_a_parser_panic(input in any::<String>()) {
        let _ = input.parse::<Reference>();
        let _ = FollowUpCode::parse(&input);
        let _ = parse_date(&input);
        let _ = parse_time(&input);
        let _ = Postcode::parse(&input);
        let _ = Email::parse(&input);
        let _ = Phone::parse(&input);
        let _ = Imei::parse(&input);
        let _ = Plate::parse(&input);
        let _ = Amount::parse(&input);
        let _ = QueueCursor::parse(&input);
        let _ = Lang::negotiate(&input);
        let _ = Lang::from_code(&input);
    }

    #[test]
    fn a_reference_reads_back_however_it_is_typed(
        kind in kind(),
        random in any::<u64>(),
        seps in prop::collection::vec(any::<u8>(), 1..8),
        lower in prop::collection::vec(any::<bool>(), 1..8),
    ) {
        let reference = Reference::from_random(kind, random);
        let shown = reference.to_string();
        prop_assert_eq!(shown.parse::<Reference>(), Ok(reference));
        let typed = retyped(&shown, &seps, &lower);
        prop_assert_eq!(typed.parse::<Reference>(), Ok(reference), "{}", typed);
    }

    #[test]
    fn one_mistyped_reference_character_is_caught(
        kind in kind(),
        random in any::<u64>(),
        position in 0usize..9,
        replacement in prop::sample::select(b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".to_vec()),
    ) {
        let shown = Reference::from_random(kind, random).to_string();
        let mut chars: Vec<u8> = shown.bytes().filter(|b| *b != b'-').collect();
        let at = 2 + position;
        prop_assume!(chars[at] != replacement);
        chars[at] = replacement;
        let typed = String::from_utf8(chars).unwrap();
        prop_assert!(typed.parse::<Reference>().is_err(), "{} passed", typed);
    }

    #[test]
    fn a_follow_up_code_reads_back_however_it_is_typed(
        random in any::<[u8; RANDOM_BYTES]>(),
        seps in prop::collection::vec(any::<u8>(), 1..8),
        lower in prop::collection::vec(any::<bool>(), 1..8),
    ) {
        let code = FollowUpCode::from_random(random);
        let shown = code.grouped();
        prop_assert_eq!(FollowUpCode::parse(&shown), Some(code.clone()));
        let typed = retyped(&shown, &seps, &lower);
        prop_assert_eq!(FollowUpCode::parse(&typed), Some(code.clone()), "{}", typed);
        prop_assert_eq!(FollowUpCode::parse(&format!("{typed}0")), None);
    }

    #[test]
    fn dates_and_times_read_back_in_every_accepted_form(
        days in 0i64..(8000 * 366),
        minutes in 0u32..(24 * 60),
    ) {
        let date = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
        for format in ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", " %-d/%-m/%Y "] {
            let typed = date.format(format).to_string();
            prop_assert_eq!(parse_date(&typed), Some(date), "{}", typed);
        }
        let time = NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap();
        for format in ["%H:%M", "%Hh%M", "%-Hh%M"] {
            let typed = time.format(format).to_string();
            prop_assert_eq!(parse_time(&typed), Some(time), "{}", typed);
        }
    }

    #[test]
    fn postcodes_forgive_spaces(digits in "[0-9]{5}", spaces in "[ ]{0,3}") {
        let typed = format!("{spaces}{}{spaces}{}", &digits[..2], &digits[2..]);
        let postcode = Postcode::parse(&typed).expect("five digits");
        prop_assert_eq!(postcode.as_str(), digits.as_str());
        prop_assert_eq!(Postcode::parse(postcode.as_str()), Some(postcode));
    }

    #[test]
    fn amounts_read_back_from_their_french_form(cents in 0u64..1_000_000_000) {
        let amount = Amount::parse(&format!("{}.{:02}", cents / 100, cents % 100)).unwrap();
        prop_assert_eq!(amount.cents(), cents);
        prop_assert_eq!(Amount::parse(&amount.display()), Some(amount), "{}", amount.display());
    }

    #[test]
    fn plates_phones_and_imei_read_back(
        letters in "[a-zA-Z]{2}", digits in "[0-9]{3}", end in "[a-zA-Z]{2}",
        phone in "0[1-9]( ?[0-9]{2}){4}",
        imei in "[0-9]{14}",
    ) {
        let plate = Plate::parse(&format!("{letters} {digits}-{end}")).unwrap();
        prop_assert_eq!(
            plate.as_str(),
            format!("{}-{digits}-{}", letters.to_uppercase(), end.to_uppercase())
        );
        prop_assert_eq!(Plate::parse(plate.as_str()), Some(plate));
        let parsed = Phone::parse(&phone).unwrap();
        prop_assert_eq!(Phone::parse(parsed.as_str()), Some(parsed));
        // The one check digit that makes the fourteen digits an IMEI.
        let check = (0..10u8)
            .map(|d| format!("{imei}{d}"))
            .find(|full| app::domain::values::luhn_valid(full))
            .unwrap();
        prop_assert_eq!(Imei::parse(&check).map(|i| i.as_str().to_string()), Some(check));
    }

    #[test]
    fn clean_text_is_idempotent(input in any::<String>()) {
        if let Some(text) = clean_text(&input) {
            prop_assert_eq!(clean_text(&text), Some(text.clone()));
            prop_assert!(!text.starts_with(' ') && !text.ends_with(' '));
            prop_assert!(!text.chars().any(char::is_control));
        }
    }

    #[test]
    fn clean_multiline_is_idempotent(input in "[a-z \\r\\n\\t\\x00-\\x1f\\u{7f}-\\u{9f}]{0,40}") {
        if let Some(text) = clean_multiline(&input) {
            prop_assert_eq!(clean_multiline(&text), Some(text.clone()));
            prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
        }
    }

    #[test]
    fn a_queue_cursor_reads_back(priority in any::<i32>(), micros in 0i64..4_000_000_000_000_000, id in 1i64..i64::MAX) {
        let cursor = QueueCursor {
            priority,
            created_at: DateTime::from_timestamp_micros(micros).unwrap(),
            submission_id: id,
        };
        prop_assert_eq!(QueueCursor::parse(&cursor.encode()), Some(cursor));
    }

    #[test]
    fn a_negotiated_language_is_one_the_header_names(header in "[a-zA-Z,;=.0-9 -]{0,40}") {
        if let Some(lang) = Lang::negotiate(&header) {
            prop_assert!(header.to_ascii_lowercase().contains(lang.code()));
        }
    }
}
