//! The property pre-complaint flow: each step a GET that shows the page with
//! the saved answer and a POST that saves it (303 onwards) or shows the
//! errors (422, values kept).

mod items;
mod send;
mod steps;
mod unit;

use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::CookieJar;
use chrono::{NaiveDate, Utc};
use leptos::prelude::IntoView;
use serde::de::DeserializeOwned;

use app::domain::errors::FieldErrors;
use app::domain::pre_complaint::{PreComplaintDraft, Step};
use app::pages::pre_complaint::{step_href, CHECK, START};

use super::session::{self, Draft};
use super::visitor::Visitor;
use super::{AppError, AppState};
use crate::db::drafts;

/// The flow name stored with its drafts.
pub const FLOW: &str = "pre-complaint";

/// The routes of the flow.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(START, get(steps::start_page).post(start))
        .route("/pre-complaint/elsewhere/{reason}", get(steps::elsewhere))
        .route(
            "/pre-complaint/eligibility",
            get(steps::eligibility_page).post(steps::eligibility_save),
        )
        .route(
            "/pre-complaint/declarant",
            get(steps::declarant_page).post(steps::declarant_save),
        )
        .route(
            "/pre-complaint/identity",
            get(steps::identity_page).post(steps::identity_save),
        )
        .route(
            "/pre-complaint/when",
            get(steps::when_page).post(steps::when_save),
        )
        .route(
            "/pre-complaint/place",
            get(steps::place_page).post(steps::place_save),
        )
        .route(
            "/pre-complaint/facts",
            get(steps::facts_page).post(steps::facts_save),
        )
        .route(
            "/pre-complaint/items",
            get(items::list_page).post(items::list_save),
        )
        .route(
            "/pre-complaint/items/new",
            get(items::kind_page).post(items::kind_save),
        )
        .route(
            "/pre-complaint/items/new/{kind}",
            get(items::new_page).post(items::new_save),
        )
        .route(
            "/pre-complaint/items/{index}",
            get(items::edit_page).post(items::edit_save),
        )
        .route("/pre-complaint/items/{index}/remove", post(items::remove))
        .route(
            "/pre-complaint/perpetrator",
            get(steps::perpetrator_page).post(steps::perpetrator_save),
        )
        .route(
            "/pre-complaint/witnesses",
            get(steps::witnesses_page).post(steps::witnesses_save),
        )
        .route("/pre-complaint/unit", get(unit::page).post(unit::save))
        .route(
            "/pre-complaint/appointment",
            get(steps::appointment_page).post(steps::appointment_save),
        )
        .route(CHECK, get(send::check_page))
        .route("/pre-complaint/send", post(send::send))
        .route("/pre-complaint/confirmation", get(send::confirmation))
}

/// `POST /pre-complaint`: opens a draft (or goes on with the visitor's
/// unsent one) and goes to the first question.
async fn start(State(state): State<AppState>, jar: CookieJar) -> Result<Response, AppError> {
    if let Some(draft) = session::load_draft(&state, &jar).await? {
        if draft.row.flow == FLOW && draft.row.submission_id.is_none() {
            return Ok(Redirect::to(&step_href(Step::Eligibility)).into_response());
        }
    }
    let token = session::random_token();
    drafts::create(
        &state.db,
        &session::draft_id(&token),
        FLOW,
        &session::random_token(),
        Utc::now(),
    )
    .await?;
    let jar = jar.add(session::session_cookie(&state, token));
    Ok((jar, Redirect::to(&step_href(Step::Eligibility))).into_response())
}

/// Today for the citizen, wherever they are: dates up to today in the
/// furthest time zone ahead (UTC+14) are not "in the future".
pub fn citizen_today() -> NaiveDate {
    (Utc::now() + chrono::Duration::hours(14)).date_naive()
}

/// A request inside the flow: the visitor, their unsent pre-complaint draft
/// and its answers.
pub struct Flow {
    /// The visitor.
    pub visitor: Visitor,
    /// The session's draft.
    pub draft: Draft,
    /// The answers so far.
    pub answers: PreComplaintDraft,
    state: AppState,
}

impl FromRequestParts<AppState> for Flow {
    type Rejection = Response;

    /// A sent draft sends the visitor to its confirmation (so Back and a
    /// second send show the same reference); a draft of another flow is
    /// treated as none.
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let visitor = Visitor::from_headers(&parts.headers, &parts.uri);
        let draft = Draft::from_request_parts(parts, state).await?;
        if draft.row.flow != FLOW {
            return Err(AppError::Forbidden.into_response());
        }
        if draft.row.submission_id.is_some() {
            return Err(Redirect::to("/pre-complaint/confirmation").into_response());
        }
        let answers = serde_json::from_str(&draft.row.data).map_err(|e| {
            AppError::Internal(anyhow::anyhow!("unreadable pre-complaint draft: {e}"))
                .into_response()
        })?;
        Ok(Flow {
            visitor,
            draft,
            answers,
            state: state.clone(),
        })
    }
}

impl Flow {
    /// Renders a page of the flow with the session's CSRF token.
    pub fn render<V: IntoView + 'static>(
        &self,
        status: StatusCode,
        page: impl FnOnce() -> V,
    ) -> Response {
        self.visitor.page(status, &self.draft.row.csrf_token, page)
    }

    /// Shows the page on a GET, or sends the visitor to the first
    /// unanswered step when this one cannot be opened yet.
    pub fn show<V: IntoView + 'static>(&self, step: Step, page: impl FnOnce() -> V) -> Response {
        match self.answers.first_missing_step() {
            Some(missing) if !self.answers.can_open(step) => {
                Redirect::to(&step_href(missing)).into_response()
            }
            _ => self.render(StatusCode::OK, page),
        }
    }

    /// Re-shows a page with errors: 422, values kept.
    pub fn invalid<V: IntoView + 'static>(&self, page: impl FnOnce() -> V) -> Response {
        self.render(StatusCode::UNPROCESSABLE_ENTITY, page)
    }

    /// Saves the answers.
    pub async fn save(&self) -> Result<(), AppError> {
        let data =
            serde_json::to_string(&self.answers).map_err(|e| AppError::Internal(e.into()))?;
        drafts::save(&self.state.db, &self.draft.row.id, &data, Utc::now()).await?;
        Ok(())
    }

    /// Saves the answers and goes on from `step`: to the check page when
    /// the citizen has been there and every answer is given, else onwards.
    pub async fn advance(&self, step: Step) -> Result<Response, AppError> {
        if let Some(missing) = self
            .answers
            .first_missing_step()
            .filter(|_| !self.answers.can_open(step))
        {
            return Ok(Redirect::to(&step_href(missing)).into_response());
        }
        self.save().await?;
        let next = match self.answers.first_missing_step() {
            None if self.answers.checked => CHECK.to_string(),
            _ => step.next().map_or_else(|| CHECK.to_string(), step_href),
        };
        Ok(Redirect::to(&next).into_response())
    }

    /// Handles the POST of a step answered by one form: parses the body,
    /// stores the answer and moves on (303), or shows the page again with
    /// the errors and the values as typed (422).
    pub async fn save_step<F, A, V>(
        mut self,
        step: Step,
        body: &Bytes,
        parse: impl FnOnce(&F) -> Result<A, FieldErrors>,
        store: impl FnOnce(&mut PreComplaintDraft, A),
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

    /// The database.
    pub fn state(&self) -> &AppState {
        &self.state
    }
}
