//! The report of sexual and sexist violence, under the neutral `/report`:
//! the interruption page and the safety advice, each step a GET that shows
//! the page with the saved answer and a POST that saves it (303 onwards)
//! or shows the errors (422, values kept), the numbers to call now, then
//! check, send (the answer shows the follow-up code once) and the page a
//! sent report shows afterwards.
//!
//! Every page offers the quick exit (see `app::components::safety`); no
//! draft of this flow can be saved for later (no emailed link).

mod send;
mod steps;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::CookieJar;
use leptos::prelude::*;

use app::components::QuickExit;
use app::domain::questionnaire::Questionnaire;
use app::domain::violence::{Step, ViolenceDraft};
use app::pages::violence::{
    step_href, HelpPage, SafetyAdvicePage, StartPage, CHECK, HELP, SAFETY_ADVICE, SEND, SENT, START,
};

pub use super::flow::FromCheck;
use super::flow::{self, CitizenFlow};
use super::visitor::Visitor;
use super::AppState;

/// The flow name stored with its drafts, and the queue category.
pub const FLOW: &str = "violence";

/// The routes of the flow.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(START, get(start_page).post(flow::open::<ViolenceDraft>))
        .route(SAFETY_ADVICE, get(advice_page))
        .route(HELP, get(help_page))
        .route("/report/safe", get(steps::safe_page).post(steps::safe_save))
        .route("/report/who", get(steps::who_page).post(steps::who_save))
        .route(
            "/report/contact-choice",
            get(steps::contact_page).post(steps::contact_save),
        )
        .route("/report/what", get(steps::what_page).post(steps::what_save))
        .route("/report/when", get(steps::when_page).post(steps::when_save))
        .route(
            "/report/person",
            get(steps::person_page).post(steps::person_save),
        )
        .route(
            "/report/details",
            get(steps::details_page).post(steps::details_save),
        )
        .route(
            "/report/support",
            get(steps::support_page).post(steps::support_save),
        )
        .route(CHECK, get(send::check_page))
        .route(SEND, post(send::send))
        .route(SENT, get(send::sent_page))
}

impl CitizenFlow for ViolenceDraft {
    const NAME: &'static str = FLOW;
    const CHECK: &'static str = CHECK;
    const CONFIRMATION: &'static str = SENT;
    /// No emailed link may reopen a report of violence.
    const SAVE_FOR_LATER: bool = false;

    fn step_href(step: Step) -> String {
        step_href(step)
    }

    /// Every page of the flow offers the quick exit (its path does too;
    /// the marker says so wherever the page is rendered from).
    fn provide_page_context(&self) {
        provide_context(QuickExit);
    }
}

/// A request inside the violence report.
pub type Flow = flow::Flow<ViolenceDraft>;

/// `GET /report`: the interruption page (quick exit, what it does not do,
/// the safety advice), then Start.
async fn start_page(visitor: Visitor, jar: CookieJar) -> Response {
    flow::start_page(&visitor, jar, || view! { <StartPage/> })
}

/// `GET /report/safety-advice`.
async fn advice_page(visitor: Visitor) -> Response {
    visitor.page(StatusCode::OK, "", || view! { <SafetyAdvicePage/> })
}

/// `GET /report/help`: 17, 112 and 114 for a person who is not safe, 119
/// for a person under 18; then the report goes on where it was.
async fn help_page(flow: Flow) -> Response {
    let answers = &flow.answers;
    let (in_danger, minor) = (answers.in_danger(), answers.concerns_a_minor());
    if !in_danger && !minor {
        return Redirect::to(&flow.resume_href()).into_response();
    }
    // The page comes after the safety question or the "for whom" one.
    let next = match answers.first_missing_step() {
        Some(missing) => step_href(missing),
        None if answers.checked => CHECK.to_string(),
        None => answers
            .step_after(Step::Who)
            .map_or_else(|| CHECK.to_string(), step_href),
    };
    flow.render(
        StatusCode::OK,
        move || view! { <HelpPage in_danger=in_danger minor=minor next=next/> },
    )
}
