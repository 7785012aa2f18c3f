//! The orientation (`/orientation`), its destinations
//! (`/orientation/result/<slug>`) and the information pages
//! (`/guide/<slug>`).
//!
//! The questions keep nothing on the server and nothing in a URL: each page
//! is a form posted to `/orientation` with the earlier answers in hidden
//! fields; the next question is rendered in answer to the POST, and the
//! last answer gets a 303 to the destination page, whose URL names the
//! destination only. The forms carry a double-submit token (no session).

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use axum_extra::extract::cookie::CookieJar;
use leptos::prelude::*;
use serde::Deserialize;

use app::domain::errors::FieldErrors;
use app::domain::orientation::{self, Answers, Destination, Next, Question};
use app::pages::guide::{GuidePage, GuideTopic};
use app::pages::orientation::{
    destination_href, missing_answer, DestinationPage, OrientationQuestionPage, START,
};

use super::form_token::FormToken;
use super::visitor::Visitor;
use super::{AppError, AppState};

/// The token of the orientation's forms.
const FORM: FormToken = FormToken {
    cookie: "portal_orientation",
    path: START,
};

/// The routes of the orientation and the information pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(START, get(first_question).post(answer))
        .route("/orientation/result/{slug}", get(destination))
        .route("/guide/{slug}", get(guide))
}

/// What a question form sends: the question it asked, whether the visitor
/// is going back, and the answers (each question's slug is its field name).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AnswerForm {
    csrf: String,
    question: String,
    go: String,
    danger: String,
    what: String,
    internet: String,
    known: String,
    identity: String,
}

impl AnswerForm {
    /// The answers sent; unknown slugs count as no answer.
    fn answers(&self) -> Answers {
        let mut answers = Answers::new();
        for (question, slug) in [
            (Question::Danger, &self.danger),
            (Question::WhatHappened, &self.what),
            (Question::Internet, &self.internet),
            (Question::KnownAuthor, &self.known),
            (Question::OnlineIdentity, &self.identity),
        ] {
            answers.set(question, slug);
        }
        answers
    }
}

/// Renders `question` with the answers on the way to it in hidden fields.
fn question_page(
    visitor: &Visitor,
    status: StatusCode,
    token: &str,
    question: Question,
    answers: &Answers,
    selected: Option<&'static str>,
    errors: FieldErrors,
) -> Response {
    let earlier = answers.on_path();
    visitor.page(status, token, move || {
        view! { <OrientationQuestionPage question=question earlier=earlier selected=selected errors=errors/> }
    })
}

/// `GET /orientation`: the first question, with a form token (the one the
/// browser holds, or a new one).
async fn first_question(visitor: Visitor, jar: CookieJar) -> Response {
    let (token, jar) = FORM.held_or_fresh(jar);
    let page = question_page(
        &visitor,
        StatusCode::OK,
        &token,
        Question::Danger,
        &Answers::new(),
        None,
        FieldErrors::new(),
    );
    (jar, page).into_response()
}

/// `POST /orientation`: goes back a question, asks the next one, sends to
/// the destination (303), or shows the same question with an error (422).
async fn answer(visitor: Visitor, jar: CookieJar, body: Bytes) -> Result<Response, AppError> {
    let form: AnswerForm = super::form::parse(&body)?;
    let token = FORM.check(&jar, &form.csrf)?;
    let answers = form.answers();
    if form.go == "back" {
        let (before, question, selected) = answers.step_back();
        let errors = FieldErrors::new();
        return Ok(question_page(
            &visitor,
            StatusCode::OK,
            &token,
            question,
            &before,
            selected,
            errors,
        ));
    }
    let asked = Question::from_slug(&form.question).ok_or(AppError::BadRequest)?;
    Ok(match orientation::next(&answers) {
        Next::Go(to) => Redirect::to(&destination_href(to)).into_response(),
        Next::Ask(question) if question == asked => question_page(
            &visitor,
            StatusCode::UNPROCESSABLE_ENTITY,
            &token,
            question,
            &answers,
            None,
            missing_answer(question),
        ),
        Next::Ask(question) => question_page(
            &visitor,
            StatusCode::OK,
            &token,
            question,
            &answers,
            None,
            FieldErrors::new(),
        ),
    })
}

/// `GET /orientation/result/{slug}`.
async fn destination(visitor: Visitor, Path(slug): Path<String>) -> Result<Response, AppError> {
    let destination = Destination::from_slug(&slug).ok_or(AppError::NotFound)?;
    Ok(visitor.page(StatusCode::OK, "", move || {
        view! { <DestinationPage destination=destination/> }
    }))
}

/// `GET /guide/{slug}`.
async fn guide(visitor: Visitor, Path(slug): Path<String>) -> Result<Response, AppError> {
    let topic = GuideTopic::from_slug(&slug).ok_or(AppError::NotFound)?;
    Ok(visitor.page(
        StatusCode::OK,
        "",
        move || view! { <GuidePage topic=topic/> },
    ))
}
