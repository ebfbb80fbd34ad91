//! Addresses that moved keep answering: the administration's German path segments
//! (`/admin/konten`, `/admin/statistik`, `/admin/protokoll`, `…/verlauf`) became English
//! like all the others, and bookmarks and links in old e-mails still lead there. `308
//! Permanent Redirect` keeps the method and the body, so an old form still posts.

use crate::kit::state::AppState;
use axum::extract::OriginalUri;
use axum::response::{IntoResponse, Redirect};
use axum::routing::{MethodRouter, any};

/// A route that sends every method to the same address with `old` replaced by `new`
/// (once), the query kept.
pub fn moved(old: &'static str, new: &'static str) -> MethodRouter<AppState> {
    any(move |OriginalUri(uri): OriginalUri| async move {
        let path = uri.path().replacen(old, new, 1);
        let target = match uri.query() {
            Some(q) => format!("{path}?{q}"),
            None => path,
        };
        Redirect::permanent(&target).into_response()
    })
}
