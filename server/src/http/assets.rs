//! The stylesheet and the quick exit's script, embedded at compile time
//! and served from memory under URLs that carry their content hash, so
//! browsers may keep them for a year.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::IntoResponse;
use sha2::{Digest, Sha256};

/// The CSS, as written in `style/`.
const CSS: &str = include_str!("../../../style/main.css");

/// Route of the stylesheet; the hash part is checked by the handler.
pub const STYLESHEET_ROUTE: &str = "/style/{file}";

/// `/style/main-<hash>.css`, the stylesheet's URL.
pub static STYLESHEET_PATH: LazyLock<String> = LazyLock::new(|| {
    let hash = hex::encode(&Sha256::digest(CSS.as_bytes())[..8]);
    format!("/style/main-{hash}.css")
});

/// Serves the stylesheet, or 404 for any other file name (an old hash).
pub async fn stylesheet(
    axum::extract::Path(file): axum::extract::Path<String>,
) -> axum::response::Response {
    if format!("/style/{file}") != *STYLESHEET_PATH {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        CSS,
    )
        .into_response()
}

/// Route of the quick exit's script; the hash part is checked by the handler.
pub const SCRIPT_ROUTE: &str = "/script/{file}";

/// Serves the quick exit's script (`app::components::QUICK_EXIT_SCRIPT`),
/// or 404 for any other file name.
pub async fn script(
    axum::extract::Path(file): axum::extract::Path<String>,
) -> axum::response::Response {
    use app::components::{QUICK_EXIT_SCRIPT, QUICK_EXIT_SCRIPT_PATH};
    if format!("/script/{file}") != *QUICK_EXIT_SCRIPT_PATH {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        QUICK_EXIT_SCRIPT,
    )
        .into_response()
}

/// Route of the benchmark's upper bound, served only when
/// `PORTAL_BENCH_ROUTES=1`.
pub const BENCH_BYTES_ROUTE: &str = "/bench/bytes/{n}";

/// Largest answer of [`bench_bytes`] (a page is well under it).
const BENCH_BYTES_MAX: usize = 1 << 20;

/// The bytes [`bench_bytes`] serves: the stylesheet's ASCII repeated, so
/// that they compress like a page does and any prefix is valid text.
static BENCH_BYTES: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let ascii = CSS.bytes().filter(u8::is_ascii);
    ascii.cycle().take(BENCH_BYTES_MAX).collect()
});

/// `GET /bench/bytes/{n}`: `n` bytes of HTML-typed text from memory, with
/// nothing else done, as the upper bound a page of `n` bytes is measured
/// against (the same server, middleware and connection handling).
pub async fn bench_bytes(
    axum::extract::Path(n): axum::extract::Path<usize>,
) -> axum::response::Response {
    if n > BENCH_BYTES_MAX {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        axum::body::Bytes::from_static(&BENCH_BYTES.as_slice()[..n]),
    )
        .into_response()
}
