//! Revision (Fortschreibung): the next version of a concept made from the one in force —
//! principles, fields and goals carried over, each measure continued, changed, ended with a
//! reason or dropped — and the comparison of any two versions, word by word, as a public
//! page (what a reader may see of both) and as JSON. The rules live in
//! `teilhabe_domain::revision`, the copying and the comparison's reading in
//! `teilhabe_store::revision`.

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
