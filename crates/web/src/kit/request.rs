//! What the request carries that code without an extractor reads: the person it runs for
//! (set by the guard for the request's task) and its cookies.

use axum::http::{HeaderMap, header};
use std::sync::Arc;
use teilhabe_domain::access::Principal;

/// The session cookie's name; with HTTPS the `__Host-` prefix pins it to this host and path.
pub const COOKIE: &str = "teilhabe_sitzung";
pub const SECURE_COOKIE: &str = "__Host-teilhabe_sitzung";

tokio::task_local! {
    static CURRENT: Option<Arc<Principal>>;
}

/// The person the current request runs for, read where no extractor reaches (the layout).
pub fn current() -> Option<Arc<Principal>> {
    CURRENT.try_with(Clone::clone).ok().flatten()
}

/// The value of the request's cookie `name`.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether the request carries a session cookie (valid or not).
pub fn has_session_cookie(headers: &HeaderMap) -> bool {
    cookie(headers, COOKIE).is_some() || cookie(headers, SECURE_COOKIE).is_some()
}

/// Runs `f` as the request of `principal`.
pub async fn scope<F: std::future::Future>(principal: Option<Arc<Principal>>, f: F) -> F::Output {
    CURRENT.scope(principal, f).await
}
