//! The council: meetings with their agenda items and votes, papers with their
//! consultations and files, legislative terms, locations and reporting cycles. Public
//! pages and calendars, and their administration.

mod admin;
mod ical;
mod public;

use crate::kit::state::AppState;
use axum::Router;

pub use admin::{CycleRow, cycle_rows};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
}
