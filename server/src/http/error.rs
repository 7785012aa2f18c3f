//! The one error type of the HTTP boundary. Internal details are logged,
//! never shown: the visitor gets the problem page for the status (rendered
//! by [`super::security::problem_pages`] in their language).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// What a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The database failed or cannot be reached.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A bug or an unexpected state.
    #[error("internal: {0}")]
    Internal(#[from] anyhow::Error),
    /// The request is malformed.
    #[error("bad request")]
    BadRequest,
    /// A form without the right CSRF token.
    #[error("forbidden")]
    Forbidden,
    /// Nothing here.
    #[error("not found")]
    NotFound,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            AppError::Database(e) if crate::db::is_unavailable(e) => {
                tracing::warn!(error = %e, "database unavailable");
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Database(e) => {
                tracing::error!(error = %e, "database error");
                StatusCode::INTERNAL_SERVER_ERROR
            }
            AppError::Internal(e) => {
                tracing::error!(error = %e, "internal error");
                StatusCode::INTERNAL_SERVER_ERROR
            }
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
        };
        status.into_response()
    }
}
