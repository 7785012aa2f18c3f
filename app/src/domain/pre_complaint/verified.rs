//! The online complaint: a pre-complaint whose declarant's identity an
//! OpenID Connect provider (FranceConnect) vouched for. The verified names
//! and birth date fill the identity step and cannot be changed there; the
//! complaint is complete online and needs no signing appointment.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Identity, IdentityForm, PreComplaintDraft};

/// An identity vouched for by the identity provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifiedIdentity {
    /// Given names, as the provider holds them.
    pub given_names: String,
    /// Family name (birth name).
    pub family_name: String,
    /// Date of birth, when the provider gave it.
    pub birth_date: Option<NaiveDate>,
    /// Email address at the provider, when given; the citizen may use another.
    pub email: Option<String>,
    /// The provider's issuer URL.
    pub provider: String,
}

impl PreComplaintDraft {
    /// Takes the identity the provider vouched for: the draft becomes an
    /// online complaint, and names and birth date already typed are
    /// replaced by the verified ones.
    pub fn verify(&mut self, verified: VerifiedIdentity) {
        if let Some(identity) = &mut self.identity {
            identity.take_verified(&verified);
        }
        self.appointment = None;
        self.verified = Some(verified);
    }

    /// Whether the draft is an online complaint (identity verified) rather
    /// than a pre-complaint to sign in person.
    pub fn is_complaint(&self) -> bool {
        self.verified.is_some()
    }
}

impl Identity {
    /// Replaces the declarant's names and birth date with verified ones.
    pub fn take_verified(&mut self, verified: &VerifiedIdentity) {
        self.surname = verified.family_name.clone();
        self.given_names = verified.given_names.clone();
        if let Some(birth_date) = verified.birth_date {
            self.birth_date = birth_date;
        }
    }
}

impl IdentityForm {
    /// Fills the fields the provider vouched for, whatever was posted: a
    /// forged form cannot change a verified identity.
    pub fn take_verified(&mut self, verified: &VerifiedIdentity) {
        self.surname = verified.family_name.clone();
        self.given_names = verified.given_names.clone();
        if let Some(birth_date) = verified.birth_date {
            self.birth_date = birth_date.format("%Y-%m-%d").to_string();
        }
    }

    /// The identity page before the citizen answered it: the verified
    /// fields, and the provider's email address as a suggestion.
    pub fn from_verified(verified: &VerifiedIdentity) -> Self {
        let mut form = IdentityForm {
            email: verified.email.clone().unwrap_or_default(),
            ..IdentityForm::default()
        };
        form.take_verified(verified);
        form
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pre_complaint::Declarant;

    fn verified() -> VerifiedIdentity {
        VerifiedIdentity {
            given_names: "Camille".into(),
            family_name: "Martin".into(),
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 1),
            email: Some("camille@example.fr".into()),
            provider: "https://id.example".into(),
        }
    }

    #[test]
    fn a_posted_form_cannot_change_the_verified_fields() {
        let mut form = IdentityForm {
            surname: "Forged".into(),
            given_names: "Name".into(),
            birth_date: "2001-01-01".into(),
            email: "other@example.fr".into(),
            ..IdentityForm::default()
        };
        form.take_verified(&verified());
        assert_eq!(form.surname, "Martin");
        assert_eq!(form.given_names, "Camille");
        assert_eq!(form.birth_date, "1990-05-01");
        assert_eq!(form.email, "other@example.fr");
    }

    #[test]
    fn the_first_identity_page_suggests_the_providers_email() {
        let form = IdentityForm::from_verified(&verified());
        assert_eq!(form.email, "camille@example.fr");
        assert_eq!(form.surname, "Martin");
    }

    #[test]
    fn verifying_makes_a_complaint_and_replaces_typed_names() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("date");
        let typed = IdentityForm {
            surname: "Martine".into(),
            given_names: "Camile".into(),
            birth_date: "1990-05-02".into(),
            birth_place: "Lyon".into(),
            address: "1 rue de la Paix".into(),
            postcode: "69001".into(),
            town: "Lyon".into(),
            country: "France".into(),
            email: "camille@example.fr".into(),
            ..IdentityForm::default()
        };
        let mut draft = PreComplaintDraft {
            identity: Some(typed.parse(Declarant::Myself, today).expect("valid")),
            ..PreComplaintDraft::default()
        };
        assert!(!draft.is_complaint());
        draft.verify(verified());
        assert!(draft.is_complaint());
        let identity = draft.identity.expect("kept");
        assert_eq!(identity.surname, "Martin");
        assert_eq!(identity.given_names, "Camille");
        assert_eq!(
            identity.birth_date,
            NaiveDate::from_ymd_opt(1990, 5, 1).expect("date")
        );
        assert_eq!(identity.town, "Lyon");
    }
}
