//! The discrimination report: each step a GET that shows the page with the
//! saved answer and a POST that saves it (303 onwards) or shows the errors
//! (422, values kept); then check, send and the confirmation.

mod facts;
mod send;
mod situation;

use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::CookieJar;
use leptos::prelude::*;

use app::domain::discrimination::{DiscriminationDraft, Step};
use app::domain::errors::FieldErrors;
use app::domain::unit::Unit;
use app::pages::discrimination::{
    step_href, CheckPage, StartPage, UnitPage, CHECK, CONFIRMATION, START,
};

use super::flow::check::CheckStep;
use super::flow::unit::{self, UnitStep};
pub use super::flow::FromCheck;
use super::flow::{self, CitizenFlow};
use super::visitor::Visitor;
use super::AppState;

/// The flow name stored with its drafts, and the queue category.
pub const FLOW: &str = "discrimination";

/// The routes of the flow.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            START,
            get(start_page).post(flow::open::<DiscriminationDraft>),
        )
        .route(
            "/discrimination/elsewhere/{reason}",
            get(situation::elsewhere),
        )
        .route(
            "/discrimination/safety",
            get(situation::safety_page).post(situation::safety_save),
        )
        .route(
            "/discrimination/role",
            get(situation::role_page).post(situation::role_save),
        )
        .route(
            "/discrimination/domain",
            get(situation::domain_page).post(situation::domain_save),
        )
        .route(
            "/discrimination/criteria",
            get(situation::criteria_page).post(situation::criteria_save),
        )
        .route(
            "/discrimination/words",
            get(situation::words_page).post(situation::words_save),
        )
        .route(
            "/discrimination/author",
            get(situation::author_page).post(situation::author_save),
        )
        .route(
            "/discrimination/when-where",
            get(facts::when_where_page).post(facts::when_where_save),
        )
        .route(
            "/discrimination/account",
            get(facts::account_page).post(facts::account_save),
        )
        .route(
            "/discrimination/witnesses",
            get(facts::witnesses_page).post(facts::witnesses_save),
        )
        .route(
            "/discrimination/unit",
            get(unit::page::<DiscriminationDraft>).post(unit::save::<DiscriminationDraft>),
        )
        .route(
            "/discrimination/contact",
            get(facts::contact_page).post(facts::contact_save),
        )
        .route(CHECK, get(send::check_page))
        .route("/discrimination/send", post(send::send))
        .route(CONFIRMATION, get(send::confirmation))
}

impl CitizenFlow for DiscriminationDraft {
    const NAME: &'static str = FLOW;
    const CHECK: &'static str = CHECK;
    const CONFIRMATION: &'static str = CONFIRMATION;
    const SAVE_FOR_LATER: bool = true;

    fn step_href(step: Step) -> String {
        step_href(step)
    }

    fn contact_email(&self) -> Option<String> {
        self.contact.as_ref().map(|c| c.email.as_str().to_string())
    }
}

impl UnitStep for DiscriminationDraft {
    const UNIT_STEP: Step = Step::Unit;
    const NO_UNIT_ERROR: &'static str = "discrimination-error-unit";

    fn chosen_unit(&self) -> Option<&str> {
        self.unit.as_deref()
    }

    fn choose_unit(&mut self, code: String) {
        self.unit = Some(code);
    }

    fn incident_postcode(&self) -> Option<&str> {
        self.when_where.as_ref().map(|w| w.place.postcode.as_str())
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

impl CheckStep for DiscriminationDraft {
    fn mark_checked(&mut self) {
        self.checked = true;
    }

    fn check_page(answers: Self, unit: Unit, errors: FieldErrors) -> impl IntoView + 'static {
        view! { <CheckPage draft=answers unit=Some(unit) errors=errors/> }
    }
}

/// A request inside the discrimination flow.
pub type Flow = flow::Flow<DiscriminationDraft>;

/// `GET /discrimination`: what discrimination is, and the two routes.
async fn start_page(visitor: Visitor, jar: CookieJar) -> Response {
    flow::start_page(&visitor, jar, || view! { <StartPage/> })
}
