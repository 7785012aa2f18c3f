//! Appointments, the signing deadline and the ways a case ends.

use super::*;

#[test]
fn only_the_owner_proposes_an_appointment_and_may_propose_again() {
    let proposed = case(CaseStatus::AppointmentProposed, Some(ALICE));
    let in_review = case(CaseStatus::InReview, Some(ALICE));
    assert_eq!(
        apply(in_review, CaseAction::ProposeAppointment, agent(ALICE)),
        Ok(proposed)
    );
    assert_eq!(
        apply(proposed, CaseAction::ProposeAppointment, agent(ALICE)),
        Ok(proposed)
    );
    assert_eq!(
        apply(in_review, CaseAction::ProposeAppointment, supervisor(BOB)),
        Err(TransitionError::NotOwner)
    );
}

#[test]
fn the_deadline_blocks_proposing_booking_and_signing_only_after_its_last_day() {
    let sign_by = day(2026, 11, 29);
    let cases = [
        (
            CaseStatus::InReview,
            CaseAction::ProposeAppointment,
            agent(ALICE),
        ),
        (
            CaseStatus::AppointmentProposed,
            CaseAction::BookAppointment,
            Actor::Citizen,
        ),
        (
            CaseStatus::AppointmentBooked,
            CaseAction::MarkSigned,
            agent(ALICE),
        ),
    ];
    for (status, action, actor) in cases {
        let state = case(status, Some(ALICE));
        assert!(transition(&state, &action, &actor, sign_by, Some(sign_by)).is_ok());
        let day_after = day(2026, 11, 30);
        assert_eq!(
            transition(&state, &action, &actor, day_after, Some(sign_by)),
            Err(TransitionError::SigningDeadlinePassed),
            "{action:?}"
        );
    }
}

#[test]
fn the_deadline_does_not_block_converting_to_a_complaint() {
    let state = case(CaseStatus::AppointmentBooked, Some(ALICE));
    let converted = transition(
        &state,
        &CaseAction::ConvertToComplaint,
        &agent(ALICE),
        day(2027, 1, 15),
        Some(day(2026, 11, 29)),
    );
    assert_eq!(
        converted.map(|s| s.status),
        Ok(CaseStatus::ConvertedToComplaint)
    );
}

#[test]
fn only_the_citizen_books_a_proposed_appointment() {
    let proposed = case(CaseStatus::AppointmentProposed, Some(ALICE));
    assert_eq!(
        apply(proposed, CaseAction::BookAppointment, Actor::Citizen),
        Ok(case(CaseStatus::AppointmentBooked, Some(ALICE)))
    );
    assert!(matches!(
        apply(proposed, CaseAction::BookAppointment, agent(ALICE)),
        Err(TransitionError::NotAllowed { .. })
    ));
}

#[test]
fn the_owner_marks_signed_or_converts_from_a_proposed_or_booked_appointment() {
    for status in [
        CaseStatus::AppointmentProposed,
        CaseStatus::AppointmentBooked,
    ] {
        let state = case(status, Some(ALICE));
        let signed = apply(state, CaseAction::MarkSigned, agent(ALICE));
        assert_eq!(signed, Ok(case(CaseStatus::Signed, Some(ALICE))));
        let converted = apply(state, CaseAction::ConvertToComplaint, agent(ALICE));
        assert_eq!(
            converted,
            Ok(case(CaseStatus::ConvertedToComplaint, Some(ALICE)))
        );
        assert_eq!(
            apply(state, CaseAction::MarkSigned, agent(BOB)),
            Err(TransitionError::NotOwner)
        );
    }
}

#[test]
fn a_referral_note_is_optional_but_bounded() {
    let state = case(CaseStatus::MoreInformationRequested, Some(ALICE));
    let refer = |note: String| CaseAction::Refer {
        to: Referral::DefenseurDesDroits,
        note,
    };
    assert_eq!(
        apply(state, refer(String::new()), agent(ALICE)),
        Ok(case(CaseStatus::Referred, Some(ALICE)))
    );
    assert_eq!(
        apply(state, refer("é".repeat(REASON_MAX_CHARS + 1)), agent(ALICE)),
        Err(TransitionError::ReasonTooLong)
    );
}

#[test]
fn information_is_requested_by_the_owner_and_received_from_anyone_concerned() {
    let in_review = case(CaseStatus::InReview, Some(ALICE));
    let waiting = apply(in_review, CaseAction::RequestInformation, agent(ALICE)).unwrap();
    assert_eq!(waiting.status, CaseStatus::MoreInformationRequested);
    for actor in [agent(ALICE), Actor::Citizen, Actor::System] {
        assert_eq!(
            apply(waiting, CaseAction::InformationReceived, actor),
            Ok(in_review)
        );
    }
    assert_eq!(
        apply(waiting, CaseAction::InformationReceived, agent(BOB)),
        Err(TransitionError::NotOwner)
    );
}

#[test]
fn a_rejection_needs_a_reason_of_at_most_a_thousand_characters() {
    let state = case(CaseStatus::InReview, Some(ALICE));
    let reject = |reason: String| CaseAction::Reject { reason };
    assert_eq!(
        apply(state, reject(" \n ".into()), agent(ALICE)),
        Err(TransitionError::ReasonRequired)
    );
    assert_eq!(
        apply(
            state,
            reject("x".repeat(REASON_MAX_CHARS + 1)),
            agent(ALICE)
        ),
        Err(TransitionError::ReasonTooLong)
    );
    assert_eq!(
        apply(state, reject("x".repeat(REASON_MAX_CHARS)), agent(ALICE)),
        Ok(case(CaseStatus::Rejected, Some(ALICE)))
    );
}

#[test]
fn an_open_case_is_closed_by_its_owner_a_supervisor_or_the_system() {
    for status in CaseStatus::ALL.into_iter().filter(|s| s.is_open()) {
        let owner = (status != CaseStatus::New).then_some(ALICE);
        let state = case(status, owner);
        for actor in [supervisor(BOB), Actor::System] {
            assert_eq!(
                apply(state, CaseAction::Close, actor).map(|s| s.status),
                Ok(CaseStatus::Closed)
            );
        }
        assert!(apply(state, CaseAction::Close, Actor::Citizen).is_err());
    }
    let owned = case(CaseStatus::InReview, Some(ALICE));
    assert!(apply(owned, CaseAction::Close, agent(ALICE)).is_ok());
    assert_eq!(
        apply(owned, CaseAction::Close, agent(BOB)),
        Err(TransitionError::NotOwner)
    );
}

#[test]
fn the_system_closes_a_lapsed_case() {
    let state = case(CaseStatus::AppointmentProposed, Some(ALICE));
    let closed = transition(
        &state,
        &CaseAction::Close,
        &Actor::System,
        day(2027, 1, 1),
        Some(day(2026, 11, 29)),
    );
    assert_eq!(closed, Ok(case(CaseStatus::Closed, Some(ALICE))));
}
