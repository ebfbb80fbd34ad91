//! Surveys: the questionnaire in every language, answering online and on paper, access
//! codes, imported answers, weighting and the weighted results.

mod admin;
mod api;
mod public;
pub(crate) mod results;
mod text;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}
