//! What the request carries: the person it runs for (found by the guard, which puts a
//! [`Viewer`] into the request's extensions and the response's, for the error pages) and its
//! cookies.

use axum::http::{HeaderMap, header};
use std::sync::Arc;
use teilhabe_domain::access::Principal;

/// The session cookie's name; with HTTPS the `__Host-` prefix pins it to this host and path.
pub const COOKIE: &str = "teilhabe_sitzung";
pub const SECURE_COOKIE: &str = "__Host-teilhabe_sitzung";

/// The person behind the request, if any (for public pages and the layout).
#[derive(Clone, Default)]
pub struct Viewer(pub Option<Arc<Principal>>);

impl Viewer {
    /// Whether non-public records of this body may be shown.
    pub fn reads_internal(&self, body_id: i64) -> bool {
        self.0.as_ref().is_some_and(|p| p.reads_internal(body_id))
    }

    pub fn principal(&self) -> Option<&Principal> {
        self.0.as_deref()
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .unwrap_or_default())
    }
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
