//! Who is asking: their language (cookie, then `Accept-Language`, then
//! French) and the page they are on; and rendering a page for them.

use std::convert::Infallible;

use app::components::{render_document, PageContext};
use app::i18n::Lang;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use leptos::prelude::IntoView;

use super::assets::STYLESHEET_PATH;

/// Name of the cookie that keeps the language chosen with the switch.
pub const LANG_COOKIE: &str = "portal_lang";

/// The visitor of the current request.
#[derive(Debug, Clone)]
pub struct Visitor {
    /// Their language.
    pub lang: Lang,
    /// Path and query of the page.
    pub path: String,
}

impl Visitor {
    /// Reads the language and path from a request's headers and URI.
    pub fn from_headers(headers: &HeaderMap, uri: &Uri) -> Visitor {
        let from_cookie = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Lang::from_code(value));
        let from_header = || {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::negotiate)
        };
        Visitor {
            lang: from_cookie.or_else(from_header).unwrap_or_default(),
            path: uri
                .path_and_query()
                .map_or_else(|| "/".to_string(), |p| p.as_str().to_string()),
        }
    }

    /// Renders a page as a complete document; `csrf` goes into its forms.
    pub fn render_html<V: IntoView + 'static>(
        &self,
        csrf: &str,
        page: impl FnOnce() -> V,
    ) -> String {
        render_document(self.context(csrf), page)
    }

    fn context(&self, csrf: &str) -> PageContext {
        PageContext {
            lang: self.lang,
            path: self.path.clone(),
            stylesheet: STYLESHEET_PATH.clone(),
            csrf: csrf.to_string(),
            save_for_later: false,
        }
    }

    /// Renders a page of a citizen flow whose draft can be saved and
    /// reopened later (the page then offers it).
    pub fn flow_page<V: IntoView + 'static>(
        &self,
        status: StatusCode,
        csrf: &str,
        save_for_later: bool,
        page: impl FnOnce() -> V,
    ) -> Response {
        let context = PageContext {
            save_for_later,
            ..self.context(csrf)
        };
        (status, Html(render_document(context, page))).into_response()
    }

    /// Renders a page as a response with `status`.
    pub fn page<V: IntoView + 'static>(
        &self,
        status: StatusCode,
        csrf: &str,
        page: impl FnOnce() -> V,
    ) -> Response {
        (status, Html(self.render_html(csrf, page))).into_response()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Visitor::from_headers(&parts.headers, &parts.uri))
    }
}
