//! Integration monitoring: indicators from official statistics with charts and tables,
//! their administration, the statistics import and the API of regions and series.

mod admin;
mod admin_catalogue;
mod admin_statistics;
mod api;
mod public;

use crate::kit::state::AppState;
use axum::Router;

pub use public::{comparison, period_de, region_name, shown};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest(
            "/admin",
            admin::router()
                .merge(admin_catalogue::router())
                .merge(admin_statistics::router()),
        )
        .nest("/api", api::router())
}
