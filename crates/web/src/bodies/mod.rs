//! Bodies (counties, cities, municipalities) with their organisations, persons and target
//! groups: the public body page, their administration and their API.

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
