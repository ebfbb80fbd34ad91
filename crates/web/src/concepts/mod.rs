//! Integration concepts and their tree: Leitbild principles, fields of action, goals. The
//! public concept page (also in Leichte Sprache), its administration and its API.

mod admin;
mod api;
mod public;
mod tree;

use crate::kit::state::AppState;
use axum::Router;

pub use admin::{concept_and_body, concept_href, concept_layout};
pub use public::{ConceptRow, concept_row};
pub use tree::concept_status;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}
