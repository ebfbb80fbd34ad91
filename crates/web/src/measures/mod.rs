//! Measures with their budget lines and progress reports: the public measure page, the
//! administration's forms and the API.

mod admin;
mod api;
mod public;

pub(crate) use admin::{measure_input, measure_options, report_fields};

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}
