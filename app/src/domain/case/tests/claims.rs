//! Claiming and releasing a case.

use super::*;

#[test]
fn agents_and_supervisors_claim_a_new_case() {
    for actor in [agent(ALICE), supervisor(ALICE)] {
        let claimed = apply(case(CaseStatus::New, None), CaseAction::Claim, actor);
        assert_eq!(claimed, Ok(case(CaseStatus::InReview, Some(ALICE))));
    }
}

#[test]
fn the_citizen_and_the_system_cannot_claim() {
    for actor in [Actor::Citizen, Actor::System] {
        let refused = apply(case(CaseStatus::New, None), CaseAction::Claim, actor);
        assert!(matches!(refused, Err(TransitionError::NotAllowed { .. })));
    }
}

#[test]
fn an_owned_case_cannot_be_claimed() {
    let owned = case(CaseStatus::InReview, Some(ALICE));
    for actor in [agent(BOB), supervisor(BOB), agent(ALICE)] {
        assert_eq!(
            apply(owned, CaseAction::Claim, actor),
            Err(TransitionError::AlreadyClaimed)
        );
    }
}

#[test]
fn a_released_case_can_be_claimed_again() {
    let claimed = case(CaseStatus::InReview, Some(ALICE));
    let released = apply(claimed, CaseAction::Release, agent(ALICE)).unwrap();
    assert_eq!(released, case(CaseStatus::New, None));
    assert_eq!(
        apply(released, CaseAction::Claim, agent(BOB)),
        Ok(case(CaseStatus::InReview, Some(BOB)))
    );
}

#[test]
fn a_supervisor_releases_someone_elses_claim_but_an_agent_cannot() {
    let claimed = case(CaseStatus::InReview, Some(ALICE));
    assert_eq!(
        apply(claimed, CaseAction::Release, supervisor(BOB)),
        Ok(case(CaseStatus::New, None))
    );
    assert_eq!(
        apply(claimed, CaseAction::Release, agent(BOB)),
        Err(TransitionError::NotOwner)
    );
}

#[test]
fn an_agent_must_claim_a_case_before_acting_as_its_owner() {
    assert_eq!(
        apply(case(CaseStatus::New, None), CaseAction::Close, agent(ALICE)),
        Err(TransitionError::NotClaimed)
    );
}
