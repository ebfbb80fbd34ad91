//! The audit trail: every record's history and the body's protocol of changes.

mod admin;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new().nest("/admin", admin::router())
}
