//! Teilhabe's web application: public pages under `/`, administration under `/admin/`,
//! the JSON API under `/api/v1/` (described by `/api/openapi.json`), and `/healthz`.
//!
//! Each capability owns a folder (`measures/`, `council/`, …) with its public pages, its
//! administration, its API and its templates; `kit/` holds what they share. A request
//! flows `<capability>` → `teilhabe_store::Store` → database → an askama template (HTML)
//! or serde (JSON). Input is parsed once into domain drafts by
//! `teilhabe_domain`, the same way for forms and JSON.

mod accounts;
mod alignment;
mod audit;
mod bodies;
mod comments;
mod concepts;
pub mod controlling;
mod council;
mod dashboard;
mod funding;
mod impact;
mod kit;
mod measures;
mod monitoring;
mod oparl;
mod opendata;
mod operations;
mod participation;
mod peers;
mod plan_sheet;
mod portal;
mod reports;
pub mod resolutions;
mod revision;
mod search;
mod survey_indicators;
mod surveys;
mod translations;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
pub use kit::state::{AppState, MetricsAccess};
pub use kit::{i18n, oidc, pages, proxies::Cidr};
use std::future::Future;
use teilhabe_store::Store;
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Every capability's routes, before the guard, the language and the page cache wrap them.
fn routes() -> Router<AppState> {
    Router::new()
        .merge(portal::router())
        .merge(bodies::router())
        .merge(concepts::router())
        .merge(measures::router())
        .merge(controlling::router())
        .merge(council::router())
        .merge(resolutions::router())
        .merge(funding::router())
        .merge(impact::router())
        .merge(alignment::router())
        .merge(peers::router())
        .merge(revision::router())
        .merge(comments::router())
        .merge(monitoring::router())
        .merge(participation::router())
        .merge(plan_sheet::router())
        .merge(surveys::router())
        .merge(translations::router())
        .merge(reports::router())
        .merge(search::router())
        .merge(oparl::router())
        .merge(opendata::router())
        .merge(accounts::router())
        .merge(audit::router())
        .merge(dashboard::router())
        .nest("/api", kit::api::router())
        .merge(kit::assets::router())
        .merge(operations::router())
}

/// The whole application as a router, ready to serve.
pub fn app(state: AppState) -> Router {
    let pages = state.pages.clone();
    let hsts = strict_transport(&state.public_url);
    let router = routes()
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            kit::auth::guard,
        ))
        // Between the two: the error pages need the language, and the guard's own refusals
        // get their pages too.
        .layer(axum::middleware::from_fn(kit::error::pages))
        .layer(axum::middleware::from_fn(kit::i18n::choose));
    let router = match pages {
        Some(cache) => router.layer(axum::middleware::from_fn_with_state(
            cache,
            kit::pages::serve,
        )),
        None => router,
    };
    let metrics = state.metrics.clone();
    let router = router
        .with_state(state)
        // Outside the page cache, so pages served from it count too.
        .layer(axum::middleware::from_fn_with_state(
            metrics,
            kit::metrics::record,
        ));
    let router = match hsts {
        Some(value) => router.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            value,
        )),
        None => router,
    };
    router
        .layer(TraceLayer::new_for_http())
        // No page asks for a camera, a microphone, the location or payment: a script that
        // got in could not either.
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS_POLICY),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("x-frame-options"),
            HeaderValue::from_static("DENY"),
        ))
        // Everything comes from here: no inline script or style, no framing, forms only to
        // this site. The pages need none of that; an injected script would be refused.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; \
                 base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            ),
        ))
}

/// The browser features no page of Teilhabe uses, switched off for every page.
const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), \
     geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), \
     publickey-credentials-get=(), usb=(), screen-wake-lock=(), xr-spatial-tracking=()";

/// `Strict-Transport-Security` when clients reach the server over HTTPS: browsers then
/// never try plain HTTP for two years. Subdomains are left out, since a county's domain
/// usually carries other services that are not ours to pin.
fn strict_transport(public_url: &str) -> Option<HeaderValue> {
    public_url
        .starts_with("https://")
        .then(|| HeaderValue::from_static("max-age=63072000"))
}

/// Serves the app on `listener` until `shutdown` completes. `public_url` is the root URL
/// that clients see; without it, `http://` and the listener's address.
pub async fn launch(
    store: Store,
    listener: TcpListener,
    public_url: Option<String>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    launch_with(store, listener, public_url, None, shutdown).await
}

/// [`launch`], with single sign-on through an OpenID Connect provider.
pub async fn launch_with(
    store: Store,
    listener: TcpListener,
    public_url: Option<String>,
    oidc: Option<oidc::OidcConfig>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let config = Config {
        public_url,
        oidc,
        ..Config::default()
    };
    launch_configured(store, listener, config, shutdown).await
}

/// How a server runs.
#[derive(Default)]
pub struct Config {
    /// The root URL clients see; without it, `http://` and the listener's address.
    pub public_url: Option<String>,
    /// Single sign-on through an OpenID Connect provider.
    pub oidc: Option<oidc::OidcConfig>,
    /// Memory for rendered public pages ([`pages`]); 0 renders every request.
    pub page_cache_bytes: usize,
    /// Reverse proxies (addresses or ranges such as `10.0.0.0/8`) whose `X-Forwarded-For`
    /// is believed. Without them every client behind a proxy is the proxy, and the login
    /// throttle would count them all as one.
    pub trusted_proxies: Vec<Cidr>,
    /// Server administrators must set up a second factor (TOTP) before the administration
    /// and the API's writes open to them (ASVS 2.2; BSI ORP.4).
    pub second_factor_for_admins: bool,
    /// Who may read `/metrics` (default: nobody; it answers 404).
    pub metrics: MetricsAccess,
}

/// Serves the app on `listener` as `config` says until `shutdown` completes.
pub async fn launch_configured(
    store: Store,
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let Config {
        public_url,
        oidc,
        page_cache_bytes,
        trusted_proxies,
        second_factor_for_admins,
        metrics,
    } = config;

    let pages = (page_cache_bytes > 0)
        .then(|| std::sync::Arc::new(kit::pages::PageCache::new(page_cache_bytes)));
    let watcher = pages
        .clone()
        .map(|cache| tokio::spawn(cache.watch(store.clone())));
    let public_url = match public_url {
        Some(url) => url.trim_end_matches('/').to_owned(),
        None => format!("http://{}", listener.local_addr()?),
    };
    let app = app(AppState {
        store,
        public_url,
        oidc: oidc.map(|c| std::sync::Arc::new(kit::oidc::Oidc::new(c))),
        prints: Default::default(),
        pages,
        trusted_proxies: trusted_proxies.into(),
        second_factor_for_admins,
        metrics: Default::default(),
        metrics_access: std::sync::Arc::new(metrics),
    });
    let served = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    if let Some(w) = watcher {
        w.abort();
    }
    served
}

#[cfg(test)]
mod route_table;

#[cfg(test)]
mod tests {
    use super::strict_transport;

    #[test]
    fn hsts_only_over_https() {
        assert_eq!(
            strict_transport("https://teilhabe.kreis-peine.de").unwrap(),
            "max-age=63072000"
        );
        assert!(strict_transport("http://127.0.0.1:8080").is_none());
    }
}
