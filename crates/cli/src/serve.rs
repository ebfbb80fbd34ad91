//! `teilhabe serve`: the web application with its companions — the reminder scheduler,
//! the mail worker, the storage limits and the search index kept close behind the writes —
//! until SIGTERM or Ctrl-C; requests in flight are answered before the process ends.

use crate::{Failure, notify};
use std::net::SocketAddr;
use teilhabe_store::Store;

#[derive(clap::Args)]
pub struct ServeArgs {
    #[arg(long, env = "TEILHABE_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Load the demo data when the database is empty.
    #[arg(long)]
    pub demo: bool,
    /// The root URL clients see (for OParl ids and links), e.g. https://teilhabe.landkreis.de
    #[arg(long, env = "TEILHABE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Single sign-on: the OpenID Connect issuer, e.g.
    /// https://sso.landkreis.de/realms/verwaltung (the provider must know the redirect
    /// URI PUBLIC_URL/anmelden/sso/antwort).
    #[arg(long, env = "TEILHABE_OIDC_ISSUER")]
    pub oidc_issuer: Option<String>,
    #[arg(long, env = "TEILHABE_OIDC_CLIENT_ID")]
    pub oidc_client_id: Option<String>,
    /// Better given in the environment than on the command line.
    #[arg(long, env = "TEILHABE_OIDC_CLIENT_SECRET", hide_env_values = true)]
    pub oidc_client_secret: Option<String>,
    /// The claim compared with the login name when an account first logs in this way.
    #[arg(
        long,
        env = "TEILHABE_OIDC_LOGIN_CLAIM",
        default_value = "preferred_username"
    )]
    pub oidc_login_claim: String,
    /// Memory in MiB for rendered public pages, reused until anything changes (0: render
    /// every request).
    #[arg(long, env = "TEILHABE_PAGE_CACHE_MB", default_value_t = 64)]
    pub page_cache_mb: usize,
    /// A reverse proxy (address or range, e.g. 10.0.0.0/8; repeat, or comma-separated in
    /// the environment) whose X-Forwarded-For names the client. Needed behind a proxy:
    /// otherwise the login throttle counts every client as the proxy.
    #[arg(
        long = "trusted-proxy",
        env = "TEILHABE_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxy: Vec<teilhabe_web::Cidr>,
    /// Server administrators must set up a second factor (a one-time code app) before
    /// the administration opens to them.
    #[arg(long, env = "TEILHABE_SECOND_FACTOR_FOR_ADMINS")]
    pub second_factor_for_admins: bool,
    /// `/metrics` (Prometheus) for whoever sends this bearer token; without it and
    /// without --metrics-public, `/metrics` answers 404.
    #[arg(long, env = "TEILHABE_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// `/metrics` for everyone (only where the port is reached by monitoring alone; a
    /// token, if also set, wins).
    #[arg(long, env = "TEILHABE_METRICS_PUBLIC")]
    pub metrics_public: bool,
    #[command(flatten)]
    pub mail: teilhabe_mail::SmtpArgs,
}

pub async fn run(store: &Store, args: ServeArgs) -> Result<(), Failure> {
    let ServeArgs {
        addr,
        demo,
        public_url,
        oidc_issuer,
        oidc_client_id,
        oidc_client_secret,
        oidc_login_claim,
        page_cache_mb,
        trusted_proxy,
        second_factor_for_admins,
        metrics_token,
        metrics_public,
        mail,
    } = args;
    // Checked before anything starts: wrong mail settings stop the server with the
    // reason rather than leave mails waiting unnoticed.
    let mailer = mail.mailer()?;
    let oidc = match (oidc_issuer, oidc_client_id) {
        (Some(issuer), Some(client_id)) => Some(teilhabe_web::oidc::OidcConfig {
            issuer,
            client_id,
            client_secret: oidc_client_secret,
            login_claim: oidc_login_claim,
        }),
        (Some(_), None) => {
            return Err(Failure::input(
                "--oidc-issuer braucht --oidc-client-id (TEILHABE_OIDC_CLIENT_ID, oidc_client_id).",
            ));
        }
        _ => None,
    };
    if demo && store.is_empty().await? {
        teilhabe_demo::load(store).await?;
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Failure::input(format!("Adresse {addr} kann nicht belegt werden: {e}")))?;
    tracing::info!("Teilhabe läuft auf http://{addr}");
    tokio::spawn(retention_every_hour(store.clone()));
    tokio::spawn(search_index_every_two_seconds(store.clone()));
    let links_root = public_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"));
    let background = Background::start(store, links_root, mailer, mail.mail_lease_seconds);
    let config = teilhabe_web::Config {
        public_url,
        oidc,
        page_cache_bytes: page_cache_mb << 20,
        trusted_proxies: trusted_proxy,
        second_factor_for_admins,
        metrics: match (metrics_token, metrics_public) {
            (Some(token), _) => teilhabe_web::MetricsAccess::Token(token),
            (None, true) => teilhabe_web::MetricsAccess::Public,
            (None, false) => teilhabe_web::MetricsAccess::Off,
        },
    };
    let served =
        teilhabe_web::launch_configured(store.clone(), listener, config, shutdown_signal()).await;
    background.finish().await;
    served?;
    Ok(())
}

/// Applies the storage limits (survey raw data, invitation codes, expired sessions) at start
/// and then every hour; several servers on one database may all do it.
/// Keeps the search index close behind the writes, so a search seldom has anything to
/// index first (it would, before answering, if this fell behind).
async fn search_index_every_two_seconds(store: Store) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(2));
    loop {
        tick.tick().await;
        match store.refresh_search_index().await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(records = n, "Suchindex nachgeführt"),
            Err(e) => tracing::warn!("Suchindex: {e}"),
        }
    }
}

/// The tasks `serve` runs beside the requests that need the database — the reminder
/// scheduler and, with an SMTP server, the mail worker — stopped with the server before the
/// pool closes.
struct Background {
    stop: tokio::sync::watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Background {
    fn start(
        store: &Store,
        links_root: String,
        mailer: Option<teilhabe_mail::Mailer>,
        lease: u64,
    ) -> Self {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let until_stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
            let _ = rx.wait_for(|s| *s).await;
        };
        let mut tasks = vec![tokio::spawn(notify::every_hour(
            store.clone(),
            links_root,
            until_stopped(stopped.clone()),
        ))];
        if let Some(mailer) = mailer {
            let worker = teilhabe_mail::Worker::new(store.clone(), mailer, lease);
            tasks.push(tokio::spawn(worker.run(until_stopped(stopped))));
        } else {
            tracing::info!(
                "Kein SMTP-Server eingestellt (--smtp-host): E-Mails warten im Postausgang."
            );
        }
        Self { stop, tasks }
    }

    async fn finish(self) {
        let _ = self.stop.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

async fn retention_every_hour(store: Store) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let today = time::OffsetDateTime::now_utc().date().to_string();
        match store.apply_retention(&today).await {
            Ok(done) if done.responses + done.invitations > 0 => tracing::info!(
                responses = done.responses,
                invitations = done.invitations,
                "Aufbewahrungsfristen angewandt"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!("Aufbewahrungsfristen: {e}"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
