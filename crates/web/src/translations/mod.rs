//! Translations of a concept's texts (and Leichte Sprache): their administration and API.

mod admin;
mod api;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}
