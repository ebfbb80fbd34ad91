//! Participation: processes and events with their contributions, what became of them, and
//! keywords; public pages, administration and API.

mod admin;
mod api;
mod public;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}
