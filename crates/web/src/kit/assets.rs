//! Static assets compiled into the binary.

use crate::kit::state::AppState;
use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

const STYLE: &str = include_str!("../../static/style.css");
const UPLOAD_JS: &str = include_str!("../../static/upload.js");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/static/style.css", get(style))
        .route("/static/upload.js", get(upload_js))
}

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}

async fn upload_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        UPLOAD_JS,
    )
}
