//! What every handler gets as axum `State`. A leaf: it names the shared parts, and every
//! capability reaches the store and the configuration through it, never through `lib.rs`.

use crate::kit::metrics::Metrics;
use crate::kit::oidc::Oidc;
use crate::kit::pages::PageCache;
use crate::kit::prints::Prints;
use crate::kit::proxies::Cidr;
use std::sync::Arc;
use teilhabe_store::Store;

/// Everything a handler needs, passed as axum `State`.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// The public root URL (`https://…`, no trailing slash): OParl ids and QR codes use it.
    pub public_url: String,
    /// Single sign-on, when configured.
    pub oidc: Option<Arc<Oidc>>,
    /// The printed concepts the portal has typeset, for the next reader.
    pub prints: Arc<Prints>,
    /// Rendered public pages, when the server keeps them.
    pub pages: Option<Arc<PageCache>>,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for throttling).
    pub trusted_proxies: Arc<[Cidr]>,
    /// Server administrators must have a second factor before they administer anything.
    pub second_factor_for_admins: bool,
    /// The process's request counters, for `/metrics`.
    pub metrics: Arc<Metrics>,
    /// Who may read `/metrics`.
    pub metrics_access: Arc<MetricsAccess>,
}

/// Who may read `/metrics`: nobody (the default: it answers 404), whoever brings the
/// token, or everyone (for a port only the monitoring network reaches).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum MetricsAccess {
    #[default]
    Off,
    Token(String),
    Public,
}
