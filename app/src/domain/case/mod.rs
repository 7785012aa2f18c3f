//! The agent side of a case: who may act on it ([`Role`], [`Actor`]), where
//! it stands ([`CaseStatus`], [`CaseState`]) and the one state machine that
//! decides every change ([`transition`]).
//!
//! A status is stored and sent in forms as its slug; a slug nobody knows
//! parses to `None` rather than to a default, so a bad value never becomes a
//! real status.

mod action;
mod transition;

#[cfg(test)]
mod tests;

pub use action::*;
pub use transition::*;

use serde::{Deserialize, Serialize};

/// What an account may do on the agent side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Works the queue of their unit.
    Agent,
    /// Works the queue, assigns cases and sees the unit's statistics.
    Supervisor,
    /// Manages accounts and units; never reads case contents.
    Admin,
}

impl Role {
    /// Every role, from least to most administrative.
    pub const ALL: [Role; 3] = [Role::Agent, Role::Supervisor, Role::Admin];

    /// The stored and form value.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Supervisor => "supervisor",
            Role::Admin => "admin",
        }
    }

    /// Parses the stored value.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.slug() == slug)
    }

    /// Whether the role opens the queue and case pages.
    pub fn can_read_cases(self) -> bool {
        matches!(self, Role::Agent | Role::Supervisor)
    }

    /// Whether the role assigns cases to agents.
    pub fn can_assign(self) -> bool {
        self == Role::Supervisor
    }

    /// Whether the role creates and disables accounts and units.
    pub fn can_manage_accounts(self) -> bool {
        self == Role::Admin
    }

    /// Whether the role sees the unit's statistics.
    pub fn can_see_statistics(self) -> bool {
        self == Role::Supervisor
    }
}

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaseStatus {
    /// Submitted, in the queue, claimed by nobody.
    New,
    /// Claimed by one agent, who reads it.
    InReview,
    /// The unit proposed appointment slots; the citizen has not picked one.
    AppointmentProposed,
    /// The citizen picked a slot.
    AppointmentBooked,
    /// The citizen signed the complaint at the unit.
    Signed,
    /// Turned into a complaint without a signing appointment.
    ConvertedToComplaint,
    /// Sent to another unit, the Défenseur des droits or the prosecutor.
    Referred,
    /// Waits on the citizen for more information.
    MoreInformationRequested,
    /// Refused, with a reason given to the citizen.
    Rejected,
    /// Closed (including a pre-complaint that lapsed unsigned).
    Closed,
}

impl CaseStatus {
    /// Every status, in the order of the flow.
    pub const ALL: [CaseStatus; 10] = [
        CaseStatus::New,
        CaseStatus::InReview,
        CaseStatus::AppointmentProposed,
        CaseStatus::AppointmentBooked,
        CaseStatus::Signed,
        CaseStatus::ConvertedToComplaint,
        CaseStatus::Referred,
        CaseStatus::MoreInformationRequested,
        CaseStatus::Rejected,
        CaseStatus::Closed,
    ];

    /// The stored and form value, in kebab case.
    pub fn slug(self) -> &'static str {
        match self {
            CaseStatus::New => "new",
            CaseStatus::InReview => "in-review",
            CaseStatus::AppointmentProposed => "appointment-proposed",
            CaseStatus::AppointmentBooked => "appointment-booked",
            CaseStatus::Signed => "signed",
            CaseStatus::ConvertedToComplaint => "converted-to-complaint",
            CaseStatus::Referred => "referred",
            CaseStatus::MoreInformationRequested => "more-information-requested",
            CaseStatus::Rejected => "rejected",
            CaseStatus::Closed => "closed",
        }
    }

    /// Parses the stored value.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Whether the case still needs work (it stays in the queue).
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            CaseStatus::Signed
                | CaseStatus::ConvertedToComplaint
                | CaseStatus::Referred
                | CaseStatus::Rejected
                | CaseStatus::Closed
        )
    }
}

/// Where a case is referred to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Referral {
    /// Another police station or gendarmerie unit.
    OtherUnit,
    /// The Défenseur des droits (discrimination, public services).
    DefenseurDesDroits,
    /// The public prosecutor (procureur de la République).
    Prosecutor,
}

impl Referral {
    /// Every destination.
    pub const ALL: [Referral; 3] = [
        Referral::OtherUnit,
        Referral::DefenseurDesDroits,
        Referral::Prosecutor,
    ];

    /// The stored and form value.
    pub fn slug(self) -> &'static str {
        match self {
            Referral::OtherUnit => "other-unit",
            Referral::DefenseurDesDroits => "defenseur-des-droits",
            Referral::Prosecutor => "prosecutor",
        }
    }

    /// Parses the stored value.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

/// A case as the state machine sees it: its status and who claimed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseState {
    /// Where the case stands.
    pub status: CaseStatus,
    /// The account id of the agent who claimed it, if any.
    pub owner: Option<i64>,
}

#[cfg(test)]
mod vocabulary_tests {
    use super::*;

    #[test]
    fn role_slugs_round_trip_and_unknown_ones_are_refused() {
        for role in Role::ALL {
            assert_eq!(Role::from_slug(role.slug()), Some(role));
        }
        assert_eq!(Role::from_slug("Agent"), None);
        assert_eq!(Role::from_slug(""), None);
    }

    #[test]
    fn only_agents_and_supervisors_read_cases() {
        assert!(Role::Agent.can_read_cases());
        assert!(Role::Supervisor.can_read_cases());
        assert!(!Role::Admin.can_read_cases());
    }

    #[test]
    fn only_supervisors_assign_and_see_statistics() {
        for role in Role::ALL {
            let supervisor = role == Role::Supervisor;
            assert_eq!(role.can_assign(), supervisor, "{role:?}");
            assert_eq!(role.can_see_statistics(), supervisor, "{role:?}");
        }
    }

    #[test]
    fn only_admins_manage_accounts() {
        for role in Role::ALL {
            assert_eq!(role.can_manage_accounts(), role == Role::Admin);
        }
    }

    #[test]
    fn status_slugs_are_kebab_case_and_round_trip() {
        for status in CaseStatus::ALL {
            assert_eq!(CaseStatus::from_slug(status.slug()), Some(status));
        }
        assert_eq!(
            CaseStatus::MoreInformationRequested.slug(),
            "more-information-requested"
        );
        assert_eq!(CaseStatus::from_slug("in_review"), None);
    }

    #[test]
    fn finished_statuses_are_not_open() {
        let open: Vec<_> = CaseStatus::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .collect();
        assert_eq!(
            open,
            [
                CaseStatus::New,
                CaseStatus::InReview,
                CaseStatus::AppointmentProposed,
                CaseStatus::AppointmentBooked,
                CaseStatus::MoreInformationRequested,
            ]
        );
    }

    #[test]
    fn referral_slugs_round_trip() {
        for referral in Referral::ALL {
            assert_eq!(Referral::from_slug(referral.slug()), Some(referral));
        }
        assert_eq!(Referral::from_slug("police"), None);
    }
}
