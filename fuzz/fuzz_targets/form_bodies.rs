//! Posted form bodies, read as the server reads them (`serde_html_form`)
//! into every step form of the three citizen flows, then parsed by the
//! step's domain rules: never a panic, whatever the bytes.
#![no_main]

use app::domain::{discrimination as di, pre_complaint as pc, violence as vi};
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;

/// The form `T` read from `body`, as the server reads it (or nothing when
/// the body does not fit it: the server answers 400 then).
fn form<T: DeserializeOwned>(body: &[u8]) -> Option<T> {
    serde_html_form::from_bytes(body).ok()
}

fuzz_target!(|body: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
    if let Some(f) = form::<pc::EligibilityForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<pc::IdentityForm>(body) {
        for declarant in pc::Declarant::ALL {
            let _ = f.parse(*declarant, today);
        }
    }
    if let Some(f) = form::<pc::WhenForm>(body) {
        let _ = f.parse(today);
    }
    if let Some(f) = form::<pc::PlaceForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<pc::FactsForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<pc::ItemForm>(body) {
        for kind in pc::ItemKind::ALL {
            let _ = f.parse(*kind);
        }
    }
    if let Some(f) = form::<pc::PerpetratorForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<pc::WitnessesForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<pc::AppointmentForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<di::SafetyForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<di::WordsForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<di::AuthorForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<di::CriteriaForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<di::WhenWhereForm>(body) {
        let _ = f.parse(today);
    }
    if let Some(f) = form::<di::AccountForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<di::ContactForm>(body) {
        for reporter in di::Reporter::ALL {
            let _ = f.parse(*reporter);
        }
    }
    if let Some(f) = form::<vi::SafeForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<vi::WhoForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<vi::FactsForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<vi::RelationshipForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<vi::DetailsForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<vi::ContactForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<vi::SupportForm>(body) {
        let _ = f.parse();
    }
    if let Some(f) = form::<vi::WhenForm>(body) {
        let _ = f.parse();
    }
    // The single-choice answers the server reads from one field.
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = pc::Declarant::parse(text);
        let _ = pc::ItemKind::from_slug(text);
        let _ = di::Reporter::parse(text);
        let _ = di::Domain::parse(text);
        let _ = vi::Area::parse(text);
    }
});
