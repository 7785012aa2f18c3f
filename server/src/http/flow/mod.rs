//! What every citizen flow shares on the HTTP side: the [`Flow`] extractor
//! (the visitor, their unsent draft and its answers), opening a draft, and
//! the save-then-redirect of a step.
//!
//! A flow is a [`Questionnaire`] (app side: its answers and the order of
//! its steps) plus its URLs ([`CitizenFlow`]).

pub mod check;
mod send;
pub mod unit;

pub use send::{submit, Outgoing};

use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use chrono::Utc;
use leptos::prelude::IntoView;
use serde::de::DeserializeOwned;

use app::domain::errors::FieldErrors;
use app::domain::questionnaire::Questionnaire;

use super::form_token::FormToken;
use super::session::{self, Draft};
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::drafts;

/// `?from=check` on a step's URL: the citizen came from the check page, so
/// the back link and the saved answer lead there.
#[derive(Debug, Default, serde::Deserialize)]
pub struct FromCheck {
    #[serde(default)]
    from: String,
}

impl FromCheck {
    /// The citizen came from the check page.
    pub fn yes(&self) -> bool {
        self.from == "check"
    }
}

/// A citizen flow's name and URLs.
pub trait CitizenFlow: Questionnaire {
    /// The flow name stored with its drafts, e.g. `pre-complaint`.
    const NAME: &'static str;
    /// The check-your-answers page.
    const CHECK: &'static str;
    /// The confirmation page of a sent draft.
    const CONFIRMATION: &'static str;
    /// Whether the citizen may save the draft and reopen it from an
    /// emailed link (identified flows only).
    const SAVE_FOR_LATER: bool;
    /// The URL of a step.
    fn step_href(step: Self::Step) -> String;
    /// The email address the citizen gave, if any (suggested when they
    /// save the draft for later).
    fn contact_email(&self) -> Option<String> {
        None
    }
    /// Puts into the page's context what the flow's pages read from it
    /// (called inside the render, before the page).
    fn provide_page_context(&self) {}
}

/// The CSRF token of the start pages' forms (there is no session yet). One
/// token for every flow, under a name that says nothing of which flow the
/// visitor opened; `/leave` removes it.
pub const START_FORM: FormToken = FormToken {
    cookie: "portal_start",
    path: "/",
};

/// A flow's start page, whose form carries the start token: the one the
/// browser holds already (another tab's start page stays usable), or a new
/// one with its cookie.
pub fn start_page<V: IntoView + 'static>(
    visitor: &Visitor,
    jar: CookieJar,
    page: impl FnOnce() -> V,
) -> Response {
    let (token, jar) = START_FORM.held_or_fresh(jar);
    (jar, visitor.page(StatusCode::OK, &token, page)).into_response()
}

/// `POST` to a flow's start: opens a draft of flow `Q` (or goes on with the visitor's unsent one of
/// the same flow) and goes to its first question. The start form's token
/// is checked first: no other site can open a draft in the visitor's
/// browser, which would take the place of the one they were filling in.
pub async fn open<Q: CitizenFlow>(
    State(state): State<AppState>,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, AppError> {
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct StartForm {
        csrf: String,
    }
    let form: StartForm = super::form::parse(&body)?;
    START_FORM.check(&jar, &form.csrf)?;
    let (jar, _) = ensure_draft::<Q>(&state, jar).await?;
    Ok((jar, Redirect::to(&Q::step_href(Q::STEPS[0]))).into_response())
}

/// The id of the visitor's unsent draft of flow `Q`, created (with its
/// session cookie, added to `jar`) when there is none.
pub async fn ensure_draft<Q: CitizenFlow>(
    state: &AppState,
    jar: CookieJar,
) -> Result<(CookieJar, String), AppError> {
    if let Some(draft) = session::load_draft(state, &jar).await? {
        if draft.row.flow == Q::NAME && draft.row.submission_id.is_none() {
            return Ok((jar, draft.row.id));
        }
    }
    let token = session::random_token();
    let id = session::draft_id(&token);
    drafts::create(
        &state.db,
        &id,
        Q::NAME,
        &session::random_token(),
        Utc::now(),
    )
    .await?;
    Ok((jar.add(session::session_cookie(state, token)), id))
}

/// A request inside flow `Q`: the visitor, their unsent draft and its answers.
pub struct Flow<Q> {
    /// The visitor.
    pub visitor: Visitor,
    /// The session's draft.
    pub draft: Draft,
    /// The answers so far.
    pub answers: Q,
    state: AppState,
}

impl<Q: CitizenFlow> FromRequestParts<AppState> for Flow<Q> {
    type Rejection = Response;

    /// A sent draft sends the visitor to its confirmation (so Back and a
    /// second send show the same reference); a draft of another flow is
    /// refused.
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let visitor = Visitor::from_headers(&parts.headers, &parts.uri);
        let draft = Draft::from_request_parts(parts, state).await?;
        if draft.row.flow != Q::NAME {
            return Err(AppError::Forbidden.into_response());
        }
        if draft.row.submission_id.is_some() {
            return Err(Redirect::to(Q::CONFIRMATION).into_response());
        }
        let answers = serde_json::from_str(&draft.row.data).map_err(|e| {
            AppError::Internal(anyhow::anyhow!("unreadable {} draft: {e}", Q::NAME)).into_response()
        })?;
        Ok(Flow {
            visitor,
            draft,
            answers,
            state: state.clone(),
        })
    }
}

impl<Q: CitizenFlow> Flow<Q> {
    /// Renders a page of the flow with the session's CSRF token.
    pub fn render<V: IntoView + 'static>(
        &self,
        status: StatusCode,
        page: impl FnOnce() -> V,
    ) -> Response {
        self.visitor.flow_page(
            status,
            &self.draft.row.csrf_token,
            Q::SAVE_FOR_LATER,
            || {
                self.answers.provide_page_context();
                page()
            },
        )
    }

    /// Shows the page on a GET, or sends the visitor to the first
    /// unanswered step when this one cannot be opened yet (or is not asked).
    pub fn show<V: IntoView + 'static>(&self, step: Q::Step, page: impl FnOnce() -> V) -> Response {
        if !self.answers.applies(step) {
            return Redirect::to(&self.resume_href()).into_response();
        }
        match self.answers.first_missing_step() {
            Some(missing) if !self.answers.can_open(step) => {
                Redirect::to(&Q::step_href(missing)).into_response()
            }
            _ => self.render(StatusCode::OK, page),
        }
    }

    /// Re-shows a page with errors: 422, values kept.
    pub fn invalid<V: IntoView + 'static>(&self, page: impl FnOnce() -> V) -> Response {
        self.render(StatusCode::UNPROCESSABLE_ENTITY, page)
    }

    /// Where the citizen goes on from: the first unanswered step, or the
    /// check page.
    pub fn resume_href(&self) -> String {
        self.answers
            .first_missing_step()
            .map_or_else(|| Q::CHECK.to_string(), Q::step_href)
    }

    /// Saves the answers.
    pub async fn save(&self) -> Result<(), AppError> {
        let data =
            serde_json::to_string(&self.answers).map_err(|e| AppError::Internal(e.into()))?;
        drafts::save(
            &self.state.db,
            &self.state.keys,
            &self.draft.row.id,
            &data,
            Utc::now(),
        )
        .await?;
        Ok(())
    }

    /// Saves the answers and goes on from `step`: to the check page when
    /// the citizen has been there and every answer is given, else onwards.
    pub async fn advance(&self, step: Q::Step) -> Result<Response, AppError> {
        if let Some(missing) = self
            .answers
            .first_missing_step()
            .filter(|_| !self.answers.can_open(step))
        {
            return Ok(Redirect::to(&Q::step_href(missing)).into_response());
        }
        self.save().await?;
        let next = match self.answers.first_missing_step() {
            None if self.answers.checked() => Q::CHECK.to_string(),
            _ => self
                .answers
                .step_after(step)
                .map_or_else(|| Q::CHECK.to_string(), Q::step_href),
        };
        Ok(Redirect::to(&next).into_response())
    }

    /// Handles the POST of a step answered by one form: parses the body,
    /// stores the answer and moves on (303), or shows the page again with
    /// the errors and the values as typed (422).
    pub async fn save_step<F, A, V>(
        mut self,
        step: Q::Step,
        body: &Bytes,
        parse: impl FnOnce(&F) -> Result<A, FieldErrors>,
        store: impl FnOnce(&mut Q, A),
        page: impl FnOnce(F, FieldErrors, bool) -> V + Send + 'static,
    ) -> Result<Response, AppError>
    where
        F: DeserializeOwned + Send + 'static,
        V: IntoView + 'static,
    {
        let posted = session::parse_form::<F>(&self.draft, body)?;
        match parse(&posted.form) {
            Ok(answer) => {
                store(&mut self.answers, answer);
                self.advance(step).await
            }
            Err(errors) => {
                let (form, from_check) = (posted.form, posted.from_check);
                Ok(self.invalid(move || page(form, errors, from_check)))
            }
        }
    }

    /// The application state.
    pub fn state(&self) -> &AppState {
        &self.state
    }
}
