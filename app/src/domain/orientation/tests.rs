//! One test per orientation rule, and a walk down every answer path.

use super::*;
use Question::{Danger, Internet, KnownAuthor, OnlineIdentity, WhatHappened as What};

/// Answers from `(question, answer)` pairs.
fn answers(pairs: &[(Question, &str)]) -> Answers {
    let mut answers = Answers::new();
    for (question, slug) in pairs {
        assert!(answers.set(*question, slug), "{question:?}={slug}");
    }
    answers
}

#[test]
fn the_first_question_is_about_danger() {
    assert_eq!(next(&Answers::new()), Next::Ask(Danger));
}

#[test]
fn danger_now_goes_to_the_emergency_numbers() {
    assert_eq!(
        next(&answers(&[(Danger, "yes")])),
        Next::Go(Destination::Emergency)
    );
}

#[test]
fn danger_now_wins_over_any_other_answer() {
    let all = answers(&[(Danger, "yes"), (What, "property"), (Internet, "no")]);
    assert_eq!(next(&all), Next::Go(Destination::Emergency));
    assert_eq!(all.path(), vec![Danger]);
}

#[test]
fn no_danger_asks_what_happened() {
    assert_eq!(next(&answers(&[(Danger, "no")])), Next::Ask(What));
}

fn after_what(what: &str) -> Next {
    next(&answers(&[(Danger, "no"), (What, what)]))
}

#[test]
fn property_asks_about_the_internet() {
    assert_eq!(after_what("property"), Next::Ask(Internet));
}

#[test]
fn violence_goes_to_a_station() {
    assert_eq!(
        after_what("violence"),
        Next::Go(Destination::PoliceStation(StationReason::Violence))
    );
}

#[test]
fn sexual_violence_goes_to_help_and_support() {
    assert_eq!(
        after_what("sexual-violence"),
        Next::Go(Destination::Support)
    );
}

#[test]
fn discrimination_goes_to_the_discrimination_report() {
    assert_eq!(
        after_what("discrimination"),
        Next::Go(Destination::Discrimination)
    );
}

#[test]
fn a_public_service_goes_to_the_defenseur_des_droits() {
    assert_eq!(
        after_what("public-service"),
        Next::Go(Destination::DefenseurDesDroits)
    );
}

#[test]
fn something_else_goes_to_a_station() {
    assert_eq!(
        after_what("other"),
        Next::Go(Destination::PoliceStation(StationReason::NotCovered))
    );
}

fn property(more: &[(Question, &str)]) -> Next {
    let mut pairs = vec![(Danger, "no"), (What, "property")];
    pairs.extend_from_slice(more);
    next(&answers(&pairs))
}

#[test]
fn an_internet_property_case_goes_to_the_internet_services() {
    assert_eq!(
        property(&[(Internet, "yes")]),
        Next::Go(Destination::InternetScam)
    );
}

#[test]
fn off_the_internet_asks_whether_the_author_is_known() {
    assert_eq!(property(&[(Internet, "no")]), Next::Ask(KnownAuthor));
}

#[test]
fn a_known_author_goes_to_a_station() {
    assert_eq!(
        property(&[(Internet, "no"), (KnownAuthor, "yes")]),
        Next::Go(Destination::PoliceStation(StationReason::KnownAuthor))
    );
}

#[test]
fn an_unknown_author_asks_about_online_identity() {
    assert_eq!(
        property(&[(Internet, "no"), (KnownAuthor, "no")]),
        Next::Ask(OnlineIdentity)
    );
}

#[test]
fn a_verified_identity_goes_to_the_online_complaint() {
    assert_eq!(
        property(&[
            (Internet, "no"),
            (KnownAuthor, "no"),
            (OnlineIdentity, "yes")
        ]),
        Next::Go(Destination::OnlineComplaint)
    );
}

#[test]
fn no_or_unsure_identity_goes_to_the_pre_complaint() {
    for identity in ["no", "not-sure"] {
        assert_eq!(
            property(&[
                (Internet, "no"),
                (KnownAuthor, "no"),
                (OnlineIdentity, identity)
            ]),
            Next::Go(Destination::PreComplaint),
            "{identity}"
        );
    }
}

#[test]
fn an_unknown_slug_is_no_answer() {
    let mut a = Answers::new();
    assert!(!a.set(Danger, "maybe"));
    assert_eq!(a.get(Danger), None);
    assert!(a.set(Danger, "no"));
    assert!(!a.set(What, "<script>"));
    assert_eq!(next(&a), Next::Ask(What));
    assert_eq!(Question::from_slug("nope"), None);
    assert_eq!(Destination::from_slug("sexual-violence"), None);
}

#[test]
fn answers_off_the_path_are_not_carried() {
    let a = answers(&[(Danger, "no"), (What, "violence"), (Internet, "yes")]);
    assert_eq!(a.on_path(), vec![(Danger, "no"), (What, "violence")]);
}

#[test]
fn going_back_reopens_the_last_question_with_its_answer() {
    let a = answers(&[(Danger, "no"), (What, "property"), (Internet, "no")]);
    let (before, question, answer) = a.step_back();
    assert_eq!((question, answer), (Internet, Some("no")));
    assert_eq!(next(&before), Next::Ask(Internet));
    let (first, question, answer) = Answers::new().step_back();
    assert_eq!((question, answer), (Danger, None));
    assert_eq!(first, Answers::new());
}

#[test]
fn slugs_round_trip_and_stay_neutral() {
    for d in Destination::ALL {
        assert_eq!(Destination::from_slug(d.slug()), Some(*d));
        assert!(!d.slug().contains("sex"), "{}", d.slug());
    }
    for q in Question::ALL {
        assert_eq!(Question::from_slug(q.slug()), Some(*q));
    }
}

/// Every way through the questions: the answers given and where they lead.
fn every_path(so_far: Answers, trail: Vec<String>, out: &mut Vec<(String, Destination)>) {
    match next(&so_far) {
        Next::Go(to) => out.push((trail.join(" "), to)),
        Next::Ask(question) => {
            for choice in question.choices() {
                let mut more = so_far.clone();
                assert!(more.set(question, choice));
                let mut trail = trail.clone();
                trail.push(format!("{}={choice}", question.slug()));
                every_path(more, trail, out);
            }
        }
    }
}

#[test]
fn every_answer_path_lands_on_its_destination() {
    let mut paths = Vec::new();
    every_path(Answers::new(), Vec::new(), &mut paths);
    let found: Vec<(&str, &str)> = paths.iter().map(|(t, d)| (t.as_str(), d.slug())).collect();
    let expected = [
        ("danger=yes", "emergency"),
        ("danger=no what=property internet=yes", "internet"),
        (
            "danger=no what=property internet=no known=yes",
            "station-known-author",
        ),
        (
            "danger=no what=property internet=no known=no identity=yes",
            "online-complaint",
        ),
        (
            "danger=no what=property internet=no known=no identity=no",
            "pre-complaint",
        ),
        (
            "danger=no what=property internet=no known=no identity=not-sure",
            "pre-complaint",
        ),
        ("danger=no what=violence", "station-violence"),
        ("danger=no what=sexual-violence", "support"),
        ("danger=no what=discrimination", "discrimination"),
        ("danger=no what=public-service", "defenseur-des-droits"),
        ("danger=no what=other", "station-other"),
    ];
    assert_eq!(found, expected);
    for destination in Destination::ALL {
        assert!(
            paths.iter().any(|(_, d)| d == destination),
            "{destination:?} is reachable"
        );
    }
}
