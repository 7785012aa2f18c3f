//! One test per rule of the case state machine: the rules that span every
//! status here, claiming in `claims`, the way a case ends in `outcomes`.

mod claims;
mod outcomes;

use super::*;
use chrono::NaiveDate;

const ALICE: i64 = 1;
const BOB: i64 = 2;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 29)
}

fn agent(id: i64) -> Actor {
    Actor::Agent {
        id,
        role: Role::Agent,
    }
}

fn supervisor(id: i64) -> Actor {
    Actor::Agent {
        id,
        role: Role::Supervisor,
    }
}

fn case(status: CaseStatus, owner: Option<i64>) -> CaseState {
    CaseState { status, owner }
}

fn apply(state: CaseState, action: CaseAction, actor: Actor) -> Result<CaseState, TransitionError> {
    transition(&state, &action, &actor, today(), None)
}

fn every_action() -> Vec<CaseAction> {
    CaseAction::SLUGS
        .iter()
        .filter_map(|slug| CaseAction::from_form(slug, "other-unit", "a reason"))
        .collect()
}

/// The (status, action) pairs the rules allow, for some actor.
const ALLOWED: &[(CaseStatus, &str)] = {
    use CaseStatus::*;
    &[
        (New, "claim"),
        (New, "close"),
        (InReview, "release"),
        (InReview, "propose-appointment"),
        (InReview, "refer"),
        (InReview, "request-information"),
        (InReview, "reject"),
        (InReview, "close"),
        (AppointmentProposed, "propose-appointment"),
        (AppointmentProposed, "book-appointment"),
        (AppointmentProposed, "mark-signed"),
        (AppointmentProposed, "convert-to-complaint"),
        (AppointmentProposed, "refer"),
        (AppointmentProposed, "reject"),
        (AppointmentProposed, "close"),
        (AppointmentBooked, "mark-signed"),
        (AppointmentBooked, "convert-to-complaint"),
        (AppointmentBooked, "refer"),
        (AppointmentBooked, "close"),
        (MoreInformationRequested, "refer"),
        (MoreInformationRequested, "information-received"),
        (MoreInformationRequested, "reject"),
        (MoreInformationRequested, "close"),
    ]
};

#[test]
fn every_pair_not_listed_is_refused_and_every_listed_pair_is_reachable() {
    let actors = [
        agent(ALICE),
        supervisor(ALICE),
        Actor::Citizen,
        Actor::System,
    ];
    for status in CaseStatus::ALL {
        for action in every_action() {
            let reachable = [None, Some(ALICE)].into_iter().any(|owner| {
                actors
                    .iter()
                    .any(|actor| apply(case(status, owner), action.clone(), *actor).is_ok())
            });
            let listed = ALLOWED.contains(&(status, action.slug()));
            assert_eq!(reachable, listed, "{status:?} {}", action.slug());
        }
    }
}

#[test]
fn an_action_from_the_wrong_status_is_not_allowed() {
    assert_eq!(
        apply(
            case(CaseStatus::Signed, Some(ALICE)),
            CaseAction::Close,
            agent(ALICE)
        ),
        Err(TransitionError::NotAllowed {
            from: CaseStatus::Signed,
            action: "close"
        })
    );
}

#[test]
fn an_admin_can_do_nothing() {
    let admin = Actor::Agent {
        id: ALICE,
        role: Role::Admin,
    };
    for status in CaseStatus::ALL {
        for action in every_action() {
            let state = case(status, Some(ALICE));
            assert_eq!(apply(state, action, admin), Err(TransitionError::Forbidden));
        }
    }
}

#[test]
fn error_keys_are_distinct_catalogue_keys() {
    let errors = [
        TransitionError::Forbidden,
        TransitionError::AlreadyClaimed,
        TransitionError::NotOwner,
        TransitionError::NotClaimed,
        TransitionError::SigningDeadlinePassed,
        TransitionError::ReasonRequired,
        TransitionError::ReasonTooLong,
        TransitionError::NotAllowed {
            from: CaseStatus::New,
            action: "close",
        },
    ];
    let mut keys: Vec<_> = errors.iter().map(TransitionError::message_key).collect();
    assert!(keys.iter().all(|k| k.starts_with("case-error-")));
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), errors.len());
}

#[test]
fn available_actions_are_those_that_would_succeed() {
    let in_review = case(CaseStatus::InReview, Some(ALICE));
    assert_eq!(
        available_actions(&in_review, &agent(ALICE), today(), None),
        [
            "release",
            "propose-appointment",
            "refer",
            "request-information",
            "reject",
            "close"
        ]
    );
    assert_eq!(
        available_actions(&in_review, &agent(BOB), today(), None),
        Vec::<&str>::new()
    );
    assert_eq!(
        available_actions(&in_review, &supervisor(BOB), today(), None),
        ["release", "close"]
    );
    let proposed = case(CaseStatus::AppointmentProposed, Some(ALICE));
    let lapsed = Some(day(2026, 11, 1));
    assert_eq!(
        available_actions(&proposed, &agent(ALICE), today(), lapsed),
        ["convert-to-complaint", "refer", "reject", "close"]
    );
    assert_eq!(
        available_actions(&proposed, &Actor::Citizen, today(), None),
        ["book-appointment"]
    );
}
