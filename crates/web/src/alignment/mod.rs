//! County and municipalities together (Abgleich): a county's measures beside those of each
//! municipal body within it, field of action beside field of action, the likely duplicates
//! flagged (same target group, same words — `teilhabe_domain::alignment`) and the split of
//! tasks the two agreed noted with them. For the county's coordinators, in the
//! administration (`/admin/bodies/ID/alignment`), and in the API
//! (`/api/v1/bodies/KEY/alignment`).

mod admin;
mod api;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}
