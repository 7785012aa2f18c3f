//! The first answers: safety, role, domain, criteria, words, author.

use super::*;

#[test]
fn danger_wins_even_when_the_other_answer_is_missing() {
    let form = SafetyForm {
        danger: "yes".into(),
        ..Default::default()
    };
    assert_eq!(form.parse(), Ok(Safety::Danger));
}

#[test]
fn physical_violence_goes_to_a_complaint_in_person() {
    let mut form = SafetyForm::safe();
    assert_eq!(form.parse(), Ok(Safety::Continue));
    form.violence = "yes".into();
    assert_eq!(form.parse(), Ok(Safety::Violence));
}

#[test]
fn the_safety_check_needs_both_answers() {
    let errors = SafetyForm {
        danger: "no".into(),
        ..Default::default()
    }
    .parse()
    .unwrap_err();
    assert_eq!(errors.get("violence"), Some("error-choose"));
}

#[test]
fn role_and_domain_are_chosen_from_their_lists() {
    assert_eq!(Reporter::parse("witness"), Ok(Reporter::Witness));
    assert_eq!(
        Reporter::parse("boss").unwrap_err().get("reporter"),
        Some("error-choose")
    );
    assert_eq!(Domain::parse("public-official"), Ok(Domain::PublicOfficial));
    assert_eq!(
        Domain::parse("").unwrap_err().get("domain"),
        Some("error-choose")
    );
}

#[test]
fn criteria_follow_the_order_of_the_law_and_count_once() {
    let parsed = criteria(&["age", "origin", "age"]).parse().unwrap();
    assert_eq!(
        parsed,
        Criteria::Known {
            criteria: vec![Criterion::Origin, Criterion::Age]
        }
    );
    assert_eq!(parsed.values(), vec!["origin", "age"]);
}

#[test]
fn not_sure_alone_is_an_answer() {
    assert_eq!(criteria(&[NOT_SURE]).parse(), Ok(Criteria::NotSure));
}

#[test]
fn not_sure_cannot_be_combined_with_a_criterion() {
    let errors = criteria(&["disability", NOT_SURE]).parse().unwrap_err();
    assert_eq!(
        errors.get("criteria"),
        Some("error-criteria-not-sure-alone")
    );
}

#[test]
fn criteria_need_at_least_one_known_box() {
    assert_eq!(
        criteria(&[]).parse().unwrap_err().get("criteria"),
        Some("error-choose")
    );
    assert_eq!(
        criteria(&["horoscope"])
            .parse()
            .unwrap_err()
            .get("criteria"),
        Some("error-invalid")
    );
}

#[test]
fn the_law_lists_twenty_one_criteria_with_distinct_slugs() {
    let mut slugs: Vec<_> = Criterion::ALL.iter().map(|c| c.slug()).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 21);
    assert!(!slugs.contains(&NOT_SURE));
}

#[test]
fn words_said_must_be_quoted() {
    let form = WordsForm {
        words_said: "yes".into(),
        words: "  ".into(),
    };
    assert_eq!(
        form.parse().unwrap_err().get("words"),
        Some("error-required")
    );
    let quoted = WordsForm {
        words: "« Pas de ça ici »\n".into(),
        ..form
    };
    assert_eq!(
        quoted.parse(),
        Ok(Words::Said {
            verbatim: "« Pas de ça ici »".into()
        })
    );
}

#[test]
fn no_words_needs_no_quote_and_drops_any() {
    let form = WordsForm {
        words_said: "no".into(),
        words: "typed before changing my mind".into(),
    };
    assert_eq!(form.parse(), Ok(Words::None));
    let missing = WordsForm::default().parse().unwrap_err();
    assert_eq!(missing.get("words_said"), Some("error-choose"));
}

#[test]
fn an_author_name_is_optional_and_kept_only_when_known() {
    let known = AuthorForm {
        author_kind: "company".into(),
        author_known: "yes".into(),
        author_name: "Agence Dupont".into(),
    };
    assert_eq!(
        known.parse().unwrap().name.as_deref(),
        Some("Agence Dupont")
    );
    let nameless = AuthorForm {
        author_name: String::new(),
        ..known.clone()
    };
    assert_eq!(nameless.parse().unwrap().name, None);
    let unknown = AuthorForm {
        author_known: "no".into(),
        ..known
    };
    let author = unknown.parse().unwrap();
    assert!(!author.known);
    assert_eq!(author.name, None);
}

#[test]
fn an_author_needs_a_kind_and_whether_known() {
    let errors = AuthorForm::default().parse().unwrap_err();
    assert_eq!(errors.get("author_kind"), Some("error-choose"));
    assert_eq!(errors.get("author_known"), Some("error-choose"));
}
