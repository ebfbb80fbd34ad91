//! Who is asking, and may they. Every request passes [`guard`] once: it finds the person
//! behind a session cookie or an API token, refuses cross-site writes, and applies the one
//! policy ([`Principal::may`]) to every page of the administration and every write of the
//! API, by the record the path names. Handlers below it can rely on that; the public pages
//! ask [`Viewer`] only whether to show non-public records.

use crate::kit::error::{ApiError, HtmlError};
use crate::kit::proxies::{ClientAddr, client_address};
use crate::kit::request::{COOKIE, SECURE_COOKIE, cookie};
use crate::kit::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use std::net::SocketAddr;
use std::sync::Arc;
use teilhabe_domain::access::{Operation, Principal, Target};
use teilhabe_store::audit::{ACTOR, Actor};

pub use crate::kit::request::Viewer;

/// Whether cookies carry `Secure` (and the `__Host-` name): when clients use HTTPS.
pub fn secure(app: &AppState) -> bool {
    app.public_url.starts_with("https://")
}

pub fn cookie_name(app: &AppState) -> &'static str {
    if secure(app) { SECURE_COOKIE } else { COOKIE }
}

/// `Set-Cookie` for a new session: not readable by scripts, not sent on cross-site
/// sub-requests or posts, for the session's lifetime.
pub fn session_cookie(app: &AppState, token: &str) -> String {
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        cookie_name(app),
        teilhabe_store::accounts::SESSION_HOURS * 3600,
        if secure(app) { "; Secure" } else { "" }
    )
}

/// The cookie that ties a single sign-on under way to the browser that began it.
pub fn sso_cookie_name(app: &AppState) -> &'static str {
    if secure(app) {
        "__Host-teilhabe_sso"
    } else {
        "teilhabe_sso"
    }
}

pub fn sso_cookie(app: &AppState, value: &str, max_age: u32) -> String {
    format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
        sso_cookie_name(app),
        if secure(app) { "; Secure" } else { "" }
    )
}

/// How an authenticator app names this server's entries: `Teilhabe (host)`.
pub fn totp_issuer(app: &AppState) -> String {
    let host = app.public_url.split("://").nth(1).unwrap_or("localhost");
    format!("Teilhabe ({host})")
}

/// The cookie that holds a password login waiting for its second factor.
pub fn challenge_cookie_name(app: &AppState) -> &'static str {
    if secure(app) {
        "__Host-teilhabe_faktor"
    } else {
        "teilhabe_faktor"
    }
}

pub fn challenge_cookie(app: &AppState, value: &str, max_age: u32) -> String {
    format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{}",
        challenge_cookie_name(app),
        if secure(app) { "; Secure" } else { "" }
    )
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(app: &AppState) -> String {
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        cookie_name(app),
        if secure(app) { "; Secure" } else { "" }
    )
}

/// The session token from the cookie, or an API token from `Authorization: Bearer`.
pub fn token(app: &AppState, headers: &HeaderMap) -> Option<String> {
    if let Some(bearer) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return Some(bearer.trim().to_owned());
    }
    cookie(headers, cookie_name(app))
        .map(str::to_owned)
        .filter(|v| !v.is_empty())
}

/// What the policy must allow for this request, or `None` for public requests.
enum Need {
    /// A fixed target (the dashboard, server-wide pages).
    Fixed(Target, Operation),
    /// The record `kind`/`id` names, looked up in the store.
    Record {
        kind: String,
        id: i64,
        op: Operation,
    },
    /// The body with this official key.
    BodyKey { key: String, op: Operation },
}

fn operation(method: &Method, rest: &[&str]) -> Operation {
    if rest.first() == Some(&"accounts") {
        return Operation::Administer;
    }
    // Information about and erasure of personal data are for those who may delete.
    if method == Method::DELETE
        || matches!(rest.last(), Some(&"delete" | &"erase" | &"privacy-export"))
    {
        Operation::Delete
    } else if rest == ["reports", "new"] || rest == ["progress-reports"] && method != Method::GET {
        Operation::Report
    } else if method == Method::GET || method == Method::HEAD {
        Operation::Read
    } else {
        Operation::Edit
    }
}

/// Sorts a request into what it needs. Anything under `/admin` that names no known record
/// is the server's (closed by default), as is every API write that names none.
fn need(method: &Method, path: &str) -> Option<Need> {
    let (api, rest) = if let Some(rest) = path.strip_prefix("/admin") {
        (false, rest)
    } else if let Some(rest) = path.strip_prefix("/api/v1") {
        if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
            return None;
        }
        (true, rest)
    } else {
        return None;
    };
    if !api && !rest.is_empty() && !rest.starts_with('/') {
        return None; // "/administration…": not ours
    }
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let server = |op| Some(Need::Fixed(Target::Server, op));
    match segments.as_slice() {
        [] if !api => Some(Need::Fixed(Target::Dashboard, Operation::Read)),
        ["bodies", key, rest @ ..] if api => Some(Need::BodyKey {
            key: (*key).to_owned(),
            op: operation(method, rest),
        }),
        [kind, id, rest @ ..] => match id.parse::<i64>() {
            Ok(id) => {
                let kind = match *kind {
                    "fields-of-action" => "fields",
                    other => other,
                };
                if !teilhabe_store::accounts::is_owned_kind(kind) {
                    return server(operation(method, rest));
                }
                Some(Need::Record {
                    kind: kind.to_owned(),
                    id,
                    op: operation(method, rest),
                })
            }
            Err(_) => server(operation(method, rest)),
        },
        other => server(operation(method, other)),
    }
}

/// What the guard requires for `method` on `path`, in one line: `public`, or the target and
/// the operation the policy is asked for (the route table test lists it for every route).
#[cfg(test)]
pub fn describe_need(method: &Method, path: &str) -> String {
    match need(method, path) {
        None => "public".to_owned(),
        Some(Need::Fixed(target, op)) => format!("{target:?} {op:?}"),
        Some(Need::Record { kind, op, .. }) => format!("record {kind} {op:?}"),
        Some(Need::BodyKey { op, .. }) => format!("body {op:?}"),
    }
}

/// Refuses state-changing requests a browser sent on another site's behalf: the
/// `Sec-Fetch-Site` header where browsers send it, else `Origin` against the scheme clients
/// use (`https` when the public URL is) and `Host`: a page on `http://` of the same host is
/// another origin, one a network attacker can write. Clients that send neither (scripts,
/// curl) are no browser victims and pass, as with Go's `http.CrossOriginProtection`.
fn cross_site(method: &Method, headers: &HeaderMap, https: bool) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let scheme = if https { "https" } else { "http" };
    let origin = origin.to_str().unwrap_or_default().trim_end_matches('/');
    !origin.eq_ignore_ascii_case(&format!("{scheme}://{host}"))
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

fn forbidden(path: &str) -> Response {
    if is_api(path) {
        ApiError::Forbidden.into_response()
    } else {
        HtmlError::Forbidden.into_response()
    }
}

/// The response with the person it was made for: the error pages are made outside the
/// guard, from the response, and name the person in their header as every page does.
fn seen_by(mut response: Response, principal: &Option<Arc<Principal>>) -> Response {
    response.extensions_mut().insert(Viewer(principal.clone()));
    response
}

/// The middleware around every request.
pub async fn guard(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    if cross_site(req.method(), req.headers(), secure(&app)) {
        tracing::warn!(path, "cross-site write refused");
        return forbidden(&path);
    }
    // Style sheets, scripts and the probes are the same for everyone: no session lookup
    // for them, which a page load would otherwise pay once per asset (and `/metrics`
    // checks its own token, which is no account's).
    let anonymous = path.starts_with("/static/")
        || matches!(path.as_str(), "/healthz" | "/readyz" | "/metrics");
    let principal = match token(&app, req.headers()).filter(|_| !anonymous) {
        Some(token) => match app.store.authenticate(&token).await {
            Ok(p) => p.map(Arc::new),
            Err(e) => return HtmlError::from(e).into_response(),
        },
        None => None,
    };
    if let Some(need) = need(req.method(), &path) {
        let Some(person) = principal.as_deref() else {
            return if is_api(&path) {
                ApiError::Unauthenticated.into_response()
            } else {
                let back = req
                    .uri()
                    .path_and_query()
                    .map_or_else(|| path.clone(), |p| p.as_str().to_owned());
                let query: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("weiter", &back)
                    .finish();
                Redirect::to(&format!("/anmelden?{query}")).into_response()
            };
        };
        if app.second_factor_for_admins && person.is_server_admin() && !person.second_factor {
            tracing::warn!(path, "server administrator without a second factor");
            return if is_api(&path) {
                ApiError::Forbidden.into_response()
            } else {
                Redirect::to("/konto?faktor=noetig").into_response()
            };
        }
        let (target, op) = match need {
            Need::Fixed(target, op) => (Some(target), op),
            Need::Record { kind, id, op } => {
                let mut target = app.store.target_of(&kind, id).await.ok().flatten();
                if target.is_none() && op == Operation::Read && path.ends_with("/history") {
                    // The history of a deleted record belongs to whoever manages its body.
                    target = app.store.target_of_deleted(&kind, id).await.ok().flatten();
                }
                (target, op)
            }
            Need::BodyKey { key, op } => {
                (app.store.target_of_body_key(&key).await.ok().flatten(), op)
            }
        };
        match target {
            // Nothing there: the handler answers 404 for those who could see it, others
            // learn no more than that they may not.
            None if person.is_server_admin() => {}
            None => return seen_by(forbidden(&path), &principal),
            Some(target) if person.may(target, op) => {}
            Some(_) => return seen_by(forbidden(&path), &principal),
        }
    }
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let client = client_address(peer, req.headers(), &app.trusted_proxies);
    req.extensions_mut().insert(ClientAddr(client));
    req.extensions_mut().insert(Viewer(principal.clone()));
    // Changes made by this request are credited to this person in the audit trail.
    let actor = Actor {
        user_id: principal.as_ref().map(|p| p.user_id),
        via: if is_api(&path) { "api" } else { "web" },
        principal: principal.clone(),
    };
    let mut response = seen_by(ACTOR.scope(actor, next.run(req)).await, &principal);
    if principal.is_some() {
        // Pages seen while logged in may hold non-public records: no shared caches.
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("private, no-store"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn cross_site_posts_are_told_apart() {
        let post = Method::POST;
        let https = true;
        assert!(cross_site(
            &post,
            &headers(&[("sec-fetch-site", "cross-site")]),
            https
        ));
        assert!(cross_site(
            &post,
            &headers(&[("sec-fetch-site", "same-site")]),
            https
        ));
        assert!(!cross_site(
            &post,
            &headers(&[("sec-fetch-site", "same-origin")]),
            https
        ));
        assert!(cross_site(
            &post,
            &headers(&[("origin", "https://evil.example"), ("host", "kreis.de")]),
            https
        ));
        assert!(cross_site(
            &post,
            &headers(&[("origin", "null"), ("host", "kreis.de")]),
            https
        ));
        assert!(!cross_site(
            &post,
            &headers(&[("origin", "https://kreis.de"), ("host", "kreis.de")]),
            https
        ));
        assert!(
            cross_site(
                &post,
                &headers(&[("origin", "http://kreis.de"), ("host", "kreis.de")]),
                https
            ),
            "plain HTTP on the same host is another origin"
        );
        assert!(!cross_site(
            &post,
            &headers(&[
                ("origin", "http://127.0.0.1:8080"),
                ("host", "127.0.0.1:8080")
            ]),
            false
        ));
        assert!(
            cross_site(
                &post,
                &headers(&[
                    ("origin", "https://kreis.de.evil.example"),
                    ("host", "kreis.de")
                ]),
                https
            ),
            "a longer host is another host"
        );
        assert!(
            !cross_site(&post, &headers(&[]), https),
            "curl sends neither"
        );
        assert!(!cross_site(
            &Method::GET,
            &headers(&[("sec-fetch-site", "cross-site")]),
            https
        ));
    }

    #[test]
    fn paths_map_to_what_they_need() {
        let get = Method::GET;
        let post = Method::POST;
        assert!(need(&get, "/").is_none());
        assert!(need(&get, "/03157/massnahmen/4").is_none());
        assert!(need(&get, "/api/v1/bodies").is_none());
        assert!(matches!(
            need(&get, "/admin/"),
            Some(Need::Fixed(Target::Dashboard, Operation::Read))
        ));
        assert!(matches!(
            need(&post, "/admin/bodies/new"),
            Some(Need::Fixed(Target::Server, Operation::Edit))
        ));
        assert!(matches!(
            need(&get, "/admin/statistics"),
            Some(Need::Fixed(Target::Server, Operation::Read))
        ));
        assert!(matches!(
            need(&post, "/admin/measures/7/reports/new"),
            Some(Need::Record { ref kind, id: 7, op: Operation::Report }) if kind == "measures"
        ));
        assert!(matches!(
            need(&post, "/admin/goals/3/delete"),
            Some(Need::Record {
                op: Operation::Delete,
                ..
            })
        ));
        assert!(matches!(
            need(&post, "/admin/unknown/3/edit"),
            Some(Need::Fixed(Target::Server, _))
        ));
        assert!(matches!(
            need(&Method::PUT, "/api/v1/fields-of-action/3"),
            Some(Need::Record { ref kind, op: Operation::Edit, .. }) if kind == "fields"
        ));
        assert!(matches!(
            need(&post, "/api/v1/measures/3/progress-reports"),
            Some(Need::Record {
                op: Operation::Report,
                ..
            })
        ));
        assert!(matches!(
            need(&Method::DELETE, "/api/v1/bodies/03157"),
            Some(Need::BodyKey {
                op: Operation::Delete,
                ..
            })
        ));
        assert!(matches!(
            need(&post, "/api/v1/bodies"),
            Some(Need::Fixed(Target::Server, Operation::Edit))
        ));
        assert!(need(&get, "/administration").is_none());
    }
}
