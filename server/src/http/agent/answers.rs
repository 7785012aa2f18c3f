//! A submission's answers as the case page reads them: the stored JSON is
//! read as the questionnaire of its category, so each kind of case is laid
//! out in its own sections and messages reach its own contact address.

use app::components::SummaryRow;
use app::domain::discrimination::DiscriminationDraft;
use app::domain::pre_complaint::PreComplaintDraft;
use app::domain::unit::Unit;
use app::domain::violence::ViolenceDraft;
use app::pages::{discrimination, pre_complaint, violence};

/// The answers of a case, by the flow that collected them.
#[derive(Debug, Clone)]
pub enum CaseAnswers {
    /// A pre-complaint, or an online complaint (same answers, verified identity).
    PreComplaint(Box<PreComplaintDraft>),
    /// A discrimination report.
    Discrimination(Box<DiscriminationDraft>),
    /// A report of sexual or sexist violence.
    Violence(Box<ViolenceDraft>),
}

impl CaseAnswers {
    /// Reads the stored answers of a submission of `category`. Unreadable
    /// answers (erased after a lapse, for example) read as empty ones.
    pub fn read(category: &str, data: &str) -> CaseAnswers {
        match category {
            "discrimination" => CaseAnswers::Discrimination(Box::new(
                serde_json::from_str(data).unwrap_or_default(),
            )),
            "violence" => {
                CaseAnswers::Violence(Box::new(serde_json::from_str(data).unwrap_or_default()))
            }
            _ => {
                CaseAnswers::PreComplaint(Box::new(serde_json::from_str(data).unwrap_or_default()))
            }
        }
    }

    /// The answers in titled sections, in the language of the render in
    /// progress (call it inside the render).
    pub fn sections(&self, unit: Option<&Unit>) -> Vec<(String, Vec<SummaryRow>)> {
        match self {
            CaseAnswers::PreComplaint(draft) => pre_complaint::answer_sections(draft, unit),
            CaseAnswers::Discrimination(draft) => discrimination::answer_sections(draft, unit),
            CaseAnswers::Violence(draft) => violence::answer_sections(draft),
        }
    }

    /// Where the citizen's messages go.
    pub fn email(&self) -> Option<String> {
        match self {
            CaseAnswers::PreComplaint(draft) => draft
                .identity
                .as_ref()
                .map(|i| i.email.as_str().to_string()),
            CaseAnswers::Discrimination(draft) => draft.email().map(str::to_string),
            // Only when the reporter gave their identity and asked for email.
            CaseAnswers::Violence(draft) => draft.email_for_messages().map(str::to_string),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CaseAnswers;

    #[test]
    fn answers_are_read_as_their_category() {
        let data = r#"{"contact":{"surname":"D","given_names":"A","address":"1","postcode":"75011",
            "town":"Paris","country":"France","email":"a@example.fr","phone":null,
            "represented":null,"consent_defenseur":true}}"#;
        let answers = CaseAnswers::read("discrimination", data);
        assert!(matches!(answers, CaseAnswers::Discrimination(_)));
        assert_eq!(answers.email().as_deref(), Some("a@example.fr"));
        let other = CaseAnswers::read("pre-complaint", data);
        assert!(matches!(other, CaseAnswers::PreComplaint(_)));
        assert_eq!(other.email(), None);
        assert!(matches!(
            CaseAnswers::read("complaint", "not json"),
            CaseAnswers::PreComplaint(_)
        ));
    }

    #[test]
    fn a_violence_report_is_emailed_only_when_asked() {
        let by_email = r#"{"safe_now":"yes","who":{"reporter":"myself","age":null},
            "contact":{"choice":"identified","name":null,"reach":{"email":"c@example.fr"},"safe_times":null}}"#;
        let answers = CaseAnswers::read("violence", by_email);
        assert!(matches!(answers, CaseAnswers::Violence(_)));
        assert_eq!(answers.email().as_deref(), Some("c@example.fr"));
        let by_phone = by_email.replace(r#"{"email":"c@example.fr"}"#, r#"{"phone":"0612345678"}"#);
        assert_eq!(CaseAnswers::read("violence", &by_phone).email(), None);
        let anonymous = r#"{"safe_now":"no","contact":{"choice":"anonymous"}}"#;
        assert_eq!(CaseAnswers::read("violence", anonymous).email(), None);
    }
}
