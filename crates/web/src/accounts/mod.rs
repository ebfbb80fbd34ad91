//! Accounts: logging in (password, second factor, single sign-on), one's own account and
//! API tokens, and the administration of a body's accounts and the server's.

mod account;
mod admin;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(account::router())
        .nest("/admin", admin::router())
}
