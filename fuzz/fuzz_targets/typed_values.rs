//! The small values a citizen or an agent types: dates, times, postcodes,
//! email addresses, phone numbers, IMEI, number plates, amounts, unit
//! searches, and the queue's filters and cursor. Never a panic, and a
//! value that parses reads back the same from its written form.
#![no_main]

use app::domain::queue::{QueueCursor, QueueFilter};
use app::domain::unit::UnitSearch;
use app::domain::values::{
    clean_multiline, clean_text, parse_date, parse_time, Amount, Email, Imei, Phone, Plate,
    Postcode,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Some(date) = parse_date(input) {
        assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Some(date));
        assert_eq!(parse_date(&date.format("%d/%m/%Y").to_string()), Some(date));
    }
    if let Some(time) = parse_time(input) {
        assert_eq!(parse_time(&time.format("%H:%M").to_string()), Some(time));
    }
    if let Some(postcode) = Postcode::parse(input) {
        assert_eq!(Postcode::parse(postcode.as_str()).as_ref(), Some(&postcode));
    }
    if let Some(email) = Email::parse(input) {
        assert_eq!(Email::parse(email.as_str()).as_ref(), Some(&email));
    }
    if let Some(phone) = Phone::parse(input) {
        assert_eq!(Phone::parse(phone.as_str()).as_ref(), Some(&phone));
    }
    if let Some(imei) = Imei::parse(input) {
        assert_eq!(Imei::parse(imei.as_str()).as_ref(), Some(&imei));
    }
    if let Some(plate) = Plate::parse(input) {
        assert_eq!(Plate::parse(plate.as_str()).as_ref(), Some(&plate));
    }
    if let Some(amount) = Amount::parse(input) {
        assert_eq!(Amount::parse(&amount.display()), Some(amount), "{}", amount.display());
    }
    if let Some(text) = clean_text(input) {
        assert_eq!(clean_text(&text).as_ref(), Some(&text));
    }
    if let Some(text) = clean_multiline(input) {
        assert_eq!(clean_multiline(&text).as_ref(), Some(&text));
    }
    let _ = UnitSearch::parse(input);
    if let Some(cursor) = QueueCursor::parse(input) {
        assert_eq!(cursor.encode(), input);
    }
    let mut parts = input.splitn(4, '|');
    let (status, category, from, to) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let _ = QueueFilter::parse(status, category, from, to);
});
