//! Online consultation (Online-Beteiligung) on a draft version: comments from anyone on
//! the draft or one of its items, their moderation, and the mails that tell a commenter
//! who left a confirmed address what became of the comment and when the version was
//! adopted. The rules live in `teilhabe_domain::comments`, the records in
//! `teilhabe_store::comments`; a published comment continues as a contribution of the
//! participation module, which tracks its fate.

mod admin;
mod notices;
mod public;

pub use notices::mail as notice_mail;

use crate::kit::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
}
