//! The property pre-complaint flow: each step a GET that shows the page with
//! the saved answer and a POST that saves it (303 onwards) or shows the
//! errors (422, values kept).

mod items;
mod send;
mod steps;

use axum::routing::{get, post};
use axum::Router;
use chrono::{NaiveDate, Utc};

use app::domain::errors::FieldErrors;
use app::domain::pre_complaint::{PreComplaintDraft, Step};
use app::domain::unit::Unit;
use app::pages::pre_complaint::{step_href, CheckPage, OnlineComplaint, UnitPage, CHECK, START};
use leptos::prelude::*;

use super::flow::check::CheckStep;
use super::flow::unit::{self, UnitStep};
use super::flow::{self, CitizenFlow};
use super::AppState;

/// The flow name stored with its drafts.
pub const FLOW: &str = "pre-complaint";

/// The routes of the flow.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            START,
            get(steps::start_page).post(flow::open::<PreComplaintDraft>),
        )
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
        .route(
            "/pre-complaint/unit",
            get(unit::page::<PreComplaintDraft>).post(unit::save::<PreComplaintDraft>),
        )
        .route(
            "/pre-complaint/appointment",
            get(steps::appointment_page).post(steps::appointment_save),
        )
        .route(CHECK, get(send::check_page))
        .route("/pre-complaint/send", post(send::send))
        .route("/pre-complaint/confirmation", get(send::confirmation))
}

impl CitizenFlow for PreComplaintDraft {
    const NAME: &'static str = FLOW;
    const CHECK: &'static str = CHECK;
    const CONFIRMATION: &'static str = "/pre-complaint/confirmation";
    const SAVE_FOR_LATER: bool = true;

    fn step_href(step: Step) -> String {
        step_href(step)
    }

    fn contact_email(&self) -> Option<String> {
        self.identity.as_ref().map(|i| i.email.as_str().to_string())
    }

    fn provide_page_context(&self) {
        if self.is_complaint() {
            leptos::prelude::provide_context(OnlineComplaint);
        }
    }
}

impl UnitStep for PreComplaintDraft {
    const UNIT_STEP: Step = Step::Unit;
    const NO_UNIT_ERROR: &'static str = "error-choose-unit";

    fn chosen_unit(&self) -> Option<&str> {
        self.unit.as_deref()
    }

    fn choose_unit(&mut self, code: String) {
        self.unit = Some(code);
    }

    fn incident_postcode(&self) -> Option<&str> {
        self.place.as_ref().map(|p| p.postcode.as_str())
    }

    fn unit_page(
        query: String,
        results: Vec<Unit>,
        chosen: String,
        errors: FieldErrors,
        from_check: bool,
    ) -> impl IntoView + 'static {
        view! { <UnitPage query=query results=results chosen=chosen errors=errors from_check=from_check/> }
    }
}

impl CheckStep for PreComplaintDraft {
    fn mark_checked(&mut self) {
        self.checked = true;
    }

    fn check_page(answers: Self, unit: Unit, errors: FieldErrors) -> impl IntoView + 'static {
        view! { <CheckPage draft=answers unit=Some(unit) errors=errors/> }
    }
}

/// A request inside the pre-complaint flow.
pub type Flow = flow::Flow<PreComplaintDraft>;

/// Today for the citizen, wherever they are: dates up to today in the
/// furthest time zone ahead (UTC+14) are not "in the future".
pub fn citizen_today() -> NaiveDate {
    (Utc::now() + chrono::Duration::hours(14)).date_naive()
}
