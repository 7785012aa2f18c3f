//! One test per rule of the violence report: the answers of each page, the
//! order of the steps, the priority and the unit.

use super::*;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::unit::UnitSearch;
use crate::domain::values::Phone;

fn who(reporter: &str, age: &str) -> Result<Who, crate::domain::errors::FieldErrors> {
    WhoForm {
        report_for: reporter.into(),
        age: age.into(),
    }
    .parse()
}

fn started(safe: SafeNow) -> ViolenceDraft {
    ViolenceDraft {
        safe_now: Some(safe),
        who: Some(who("myself", "").unwrap()),
        ..Default::default()
    }
}

fn when(period: &str, area: &str) -> Result<Option<WhenWhere>, crate::domain::errors::FieldErrors> {
    WhenForm {
        period: period.into(),
        area: area.into(),
    }
    .parse()
}

#[test]
fn only_the_first_two_questions_must_be_answered_before_checking() {
    let mut draft = ViolenceDraft::default();
    assert_eq!(draft.first_missing_step(), Some(Step::Safe));
    assert!(!draft.can_open(Step::What));
    draft.safe_now = Some(SafeNow::Yes);
    assert_eq!(draft.first_missing_step(), Some(Step::Who));
    draft.who = Some(who("witness", "").unwrap());
    assert_eq!(draft.first_missing_step(), None, "you can stop here");
    assert!(draft.can_open(Step::Support));
    assert_eq!(draft.step_after(Step::Who), Some(Step::ContactChoice));
    assert_eq!(draft.progress(Step::Details), (7, 8));
    assert!(Step::Who.required() && !Step::What.required());
}

#[test]
fn slugs_are_neutral_and_read_back() {
    for step in Step::ALL {
        assert_eq!(Step::from_slug(step.slug()), Some(*step));
        for word in ["sex", "violen", "rape", "assault", "viol", "agress"] {
            assert!(!step.slug().contains(word), "{}", step.slug());
        }
    }
}

#[test]
fn the_safety_question_must_be_answered_with_one_of_its_choices() {
    let parse = |v: &str| SafeForm { safe_now: v.into() }.parse();
    assert_eq!(parse("yes"), Ok(SafeNow::Yes));
    assert_eq!(parse("not-sure"), Ok(SafeNow::NotSure));
    assert_eq!(parse("").unwrap_err().get("safe_now"), Some("error-choose"));
    assert!(parse("maybe").is_err());
}

#[test]
fn not_being_safe_or_not_sure_comes_first_in_the_queue() {
    assert_eq!(started(SafeNow::No).priority(), PRIORITY_DANGER);
    assert_eq!(started(SafeNow::NotSure).priority(), PRIORITY_DANGER);
    assert_eq!(started(SafeNow::Yes).priority(), PRIORITY_REPORT);
    assert_eq!((PRIORITY_DANGER, PRIORITY_REPORT), (0, 1));
}

#[test]
fn the_reporter_is_required_and_the_age_is_not() {
    assert_eq!(
        who("someone-else", ""),
        Ok(Who {
            reporter: Reporter::SomeoneElse,
            age: None
        })
    );
    assert_eq!(
        who("", "adult").unwrap_err().get("report_for"),
        Some("error-choose")
    );
    assert_eq!(
        who("myself", "twelve").unwrap_err().get("age"),
        Some("error-invalid")
    );
    let form = WhoForm::from_answer(&who("witness", "unknown").unwrap());
    assert_eq!(
        (form.report_for.as_str(), form.age.as_str()),
        ("witness", "unknown")
    );
}

#[test]
fn a_person_under_18_is_offered_119() {
    let mut draft = started(SafeNow::Yes);
    assert!(!draft.concerns_a_minor());
    draft.who = Some(who("someone-else", "under-18").unwrap());
    assert!(draft.concerns_a_minor());
}

#[test]
fn skipping_the_contact_question_leaves_the_reporter_anonymous() {
    assert_eq!(ContactForm::default().parse(), Ok(None));
    let draft = started(SafeNow::Yes);
    assert!(draft.is_anonymous());
    assert_eq!(draft.email_for_messages(), None);
}

#[test]
fn choosing_anonymous_drops_any_detail_typed() {
    let form = ContactForm {
        anonymity: ANONYMOUS.into(),
        email: "camille@example.fr".into(),
        ..Default::default()
    };
    assert_eq!(form.parse(), Ok(Some(Contact::Anonymous)));
}

#[test]
fn details_typed_without_a_choice_ask_for_the_choice() {
    let form = ContactForm {
        phone: "06 12 34 56 78".into(),
        ..Default::default()
    };
    assert_eq!(
        form.parse().unwrap_err().get("anonymity"),
        Some("error-choose")
    );
}

#[test]
fn an_identified_reporter_gives_a_valid_way_to_be_contacted() {
    let base = ContactForm {
        anonymity: IDENTIFIED.into(),
        ..Default::default()
    };
    assert_eq!(
        base.parse().unwrap_err().get("contact_by"),
        Some("error-choose")
    );
    let by_email = ContactForm {
        contact_by: "email".into(),
        email: "camille@".into(),
        ..base.clone()
    };
    assert_eq!(
        by_email.parse().unwrap_err().get("email"),
        Some("error-email")
    );
    let by_phone = ContactForm {
        contact_by: "phone".into(),
        ..base.clone()
    };
    assert_eq!(
        by_phone.parse().unwrap_err().get("phone"),
        Some("error-required")
    );
    let good = ContactForm {
        contact_by: "phone".into(),
        phone: "06 12 34 56 78".into(),
        email: "ignored@example.fr".into(),
        safe_times: " weekdays, 9 to 12 ".into(),
        ..base
    };
    let Ok(Some(Contact::Identified(identified))) = good.parse() else {
        panic!("identified by phone");
    };
    assert_eq!(
        identified.reach,
        Reach::Phone(Phone::parse("0612345678").unwrap())
    );
    assert_eq!(identified.safe_times.as_deref(), Some("weekdays, 9 to 12"));
    assert_eq!(
        ContactForm::from_answer(&Contact::Identified(identified)).email,
        ""
    );
}

#[test]
fn email_is_used_only_when_identified_and_asked_for() {
    let form = |by: &str| ContactForm {
        anonymity: IDENTIFIED.into(),
        contact_by: by.into(),
        email: "camille@example.fr".into(),
        phone: "0612345678".into(),
        ..Default::default()
    };
    let mut draft = started(SafeNow::Yes);
    draft.contact = form("email").parse().unwrap();
    assert_eq!(draft.email_for_messages(), Some("camille@example.fr"));
    assert!(!draft.is_anonymous());
    draft.contact = form("phone").parse().unwrap();
    assert_eq!(draft.email_for_messages(), None);
}

#[test]
fn facts_are_optional_and_not_sure_may_go_with_a_kind() {
    let parse = |values: &[&str]| {
        FactsForm {
            facts: values.iter().map(|v| v.to_string()).collect(),
        }
        .parse()
    };
    assert_eq!(parse(&[]), Ok(None));
    let facts = parse(&["images", "sexist", "not-sure", "sexist"])
        .unwrap()
        .unwrap();
    assert_eq!(facts.kinds, vec![FactKind::Sexist, FactKind::Images]);
    assert!(facts.not_sure);
    assert_eq!(facts.values(), vec!["sexist", "images", "not-sure"]);
    assert_eq!(
        parse(&["worse"]).unwrap_err().get("facts"),
        Some("error-invalid")
    );
}

#[test]
fn when_and_where_are_approximate_and_optional() {
    assert_eq!(when("", "  "), Ok(None));
    let answer = when("weeks", "").unwrap().unwrap();
    assert_eq!((answer.period, answer.area), (Some(Period::Weeks), None));
    assert_eq!(
        when("yesterday", "").unwrap_err().get("period"),
        Some("error-invalid")
    );
}

#[test]
fn the_place_is_a_departement_or_a_postcode() {
    let area = |typed: &str| Area::parse(typed).map(|a| a.department);
    assert_eq!(area("69"), Some("69".into()));
    assert_eq!(area("2a"), Some("2A".into()));
    assert_eq!(area("974"), Some("974".into()));
    assert_eq!(area("69 003"), Some("69".into()));
    assert_eq!(area("97400"), Some("974".into()));
    for refused in ["00", "96", "970", "Lyon", "6900", "99000"] {
        assert_eq!(area(refused), None, "{refused}");
    }
    assert_eq!(
        when("", "Lyon").unwrap_err().get("area"),
        Some("error-area")
    );
    let typed_back = WhenForm::from_answer(&when("", "69003").unwrap().unwrap());
    assert_eq!(typed_back.area, "69003");
}

#[test]
fn the_unit_is_searched_in_the_departement_given() {
    let mut draft = started(SafeNow::Yes);
    assert_eq!(draft.unit_search(), None, "national unit then");
    draft.when_where = when("", "69003").unwrap();
    assert_eq!(draft.unit_search(), Some(UnitSearch::Postcode("69".into())));
    draft.when_where = when("", "2B").unwrap();
    assert_eq!(draft.unit_search(), Some(UnitSearch::Postcode("20".into())));
    draft.when_where = when("months", "").unwrap();
    assert_eq!(draft.unit_search(), None);
    assert_eq!(NATIONAL_UNIT, "GN-35-BRIGADE-NUMERIQUE");
}

#[test]
fn the_relationship_and_the_description_are_optional() {
    let relationship = |v: &str| {
        RelationshipForm {
            relationship: v.into(),
        }
        .parse()
    };
    assert_eq!(relationship(""), Ok(None));
    assert_eq!(relationship("partner"), Ok(Some(Relationship::Partner)));
    assert!(relationship("boss").is_err());
    let details = |v: &str| DetailsForm { details: v.into() }.parse();
    assert_eq!(details(" \n "), Ok(None));
    assert_eq!(details(" a\r\nb "), Ok(Some("a\nb".into())));
    let long = "x".repeat(crate::domain::form::LONG_MAX + 1);
    assert_eq!(
        details(&long).unwrap_err().get("details"),
        Some("error-too-long")
    );
}

#[test]
fn support_wishes_are_optional_ordered_and_from_the_list() {
    let parse = |values: &[&str]| {
        SupportForm {
            support: values.iter().map(|v| v.to_string()).collect(),
        }
        .parse()
    };
    assert_eq!(parse(&[]), Ok(vec![]));
    assert_eq!(
        parse(&["victim-support", "call-back", "call-back"]),
        Ok(vec![SupportWish::CallBack, SupportWish::VictimSupport])
    );
    assert!(parse(&["money"]).is_err());
    assert_eq!(
        SupportForm::values(&[SupportWish::ViolenceAgainstWomenLine]),
        vec!["line-3919"]
    );
}

#[test]
fn a_draft_survives_its_storage_as_json() {
    let mut draft = started(SafeNow::No);
    draft.contact = Some(Contact::Identified(Identified {
        name: Some("Camille".into()),
        reach: Reach::Email(crate::domain::values::Email::parse("c@example.fr").unwrap()),
        safe_times: None,
    }));
    draft.when_where = when("over-a-year", "75011").unwrap();
    draft.support = vec![SupportWish::CallBack];
    let json = serde_json::to_string(&draft).unwrap();
    assert_eq!(serde_json::from_str::<ViolenceDraft>(&json).unwrap(), draft);
    let empty: ViolenceDraft = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, ViolenceDraft::default());
}
