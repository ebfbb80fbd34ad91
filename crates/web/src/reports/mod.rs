//! Reports: the printed concept for everyone, and for the staff the PDF reports and the
//! measure plan as a spreadsheet.

mod admin;
mod public;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
}
