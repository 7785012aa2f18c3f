//! Pages for things that went wrong: not found, bad request, server error,
//! unavailable database, expired session. Nothing the visitor typed is shown.

use leptos::prelude::*;

use crate::components::Layout;
use crate::i18n::t;

/// What went wrong, as the visitor needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// 404.
    NotFound,
    /// 400, 405, 415, 422 from a malformed request.
    BadRequest,
    /// 403: a form without its security token.
    Forbidden,
    /// 413: a form too large.
    TooLarge,
    /// 429: too many attempts.
    TooManyRequests,
    /// 500.
    Internal,
    /// 503: the database cannot be reached.
    Unavailable,
}

impl Problem {
    /// The problem a response status stands for.
    pub fn from_status(status: u16) -> Problem {
        match status {
            404 => Problem::NotFound,
            403 => Problem::Forbidden,
            413 => Problem::TooLarge,
            429 => Problem::TooManyRequests,
            503 | 504 => Problem::Unavailable,
            400..=499 => Problem::BadRequest,
            _ => Problem::Internal,
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Problem::NotFound => "not-found",
            Problem::BadRequest => "bad-request",
            Problem::Forbidden => "forbidden",
            Problem::TooLarge => "too-large",
            Problem::TooManyRequests => "too-many",
            Problem::Internal => "server-error",
            Problem::Unavailable => "unavailable",
        }
    }
}

/// The page for a problem, in the site's shell.
#[component]
pub fn ProblemPage(
    /// What went wrong.
    problem: Problem,
) -> impl IntoView {
    let title = t(&format!("problem-{}-title", problem.slug()));
    let body = t(&format!("problem-{}-body", problem.slug()));
    let emergency = matches!(problem, Problem::Internal | Problem::Unavailable)
        .then(|| view! { <p>{t("problem-emergency")}</p> });
    view! {
        <Layout title=title.clone()>
            <h1>{title}</h1>
            <p>{body}</p>
            {emergency}
            <p><a href="/">{t("go-home")}</a></p>
        </Layout>
    }
}

/// The draft is gone (it expired, or cookies are off): start again.
#[component]
pub fn SessionExpiredPage(
    /// Where to start again.
    #[prop(into)]
    start: String,
) -> impl IntoView {
    view! {
        <Layout title=t("session-expired-title")>
            <h1>{t("session-expired-title")}</h1>
            <p>{t("session-expired-body")}</p>
            <p><a class="button" href=start>{t("start-again")}</a></p>
        </Layout>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_problems() {
        assert_eq!(Problem::from_status(404), Problem::NotFound);
        assert_eq!(Problem::from_status(405), Problem::BadRequest);
        assert_eq!(Problem::from_status(413), Problem::TooLarge);
        assert_eq!(Problem::from_status(503), Problem::Unavailable);
        assert_eq!(Problem::from_status(500), Problem::Internal);
    }
}
