//! `teilhabe`: the command line. Parses arguments and calls the library crates; nothing else.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use teilhabe_store::{Store, StoreError, default_database_url};

mod bench;
mod config;
mod import;
mod mail;
mod notify;
mod privacy;
mod report;
mod survey;
mod user;

#[derive(Parser)]
#[command(
    name = "teilhabe",
    version,
    about = "Teilhabe – Steuerung kommunaler Integrationsarbeit"
)]
struct Cli {
    /// Database: sqlite://PATH (default: a file under ./teilhabe-data/) or postgres://…
    #[arg(
        long,
        global = true,
        env = "TEILHABE_DATABASE_URL",
        hide_env_values = true
    )]
    database_url: Option<String>,
    /// A TOML file with settings (keys: the environment variables without TEILHABE_, in
    /// lower case); flags and the environment take precedence. `teilhabe config` shows
    /// what is in effect.
    #[arg(long, global = true, env = "TEILHABE_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run migrations and serve the web application.
    Serve {
        #[arg(long, env = "TEILHABE_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Load the demo data when the database is empty.
        #[arg(long)]
        demo: bool,
        /// The root URL clients see (for OParl ids and links), e.g. https://teilhabe.landkreis.de
        #[arg(long, env = "TEILHABE_PUBLIC_URL")]
        public_url: Option<String>,
        /// Single sign-on: the OpenID Connect issuer, e.g.
        /// https://sso.landkreis.de/realms/verwaltung (the provider must know the redirect
        /// URI PUBLIC_URL/anmelden/sso/antwort).
        #[arg(long, env = "TEILHABE_OIDC_ISSUER")]
        oidc_issuer: Option<String>,
        #[arg(long, env = "TEILHABE_OIDC_CLIENT_ID")]
        oidc_client_id: Option<String>,
        /// Better given in the environment than on the command line.
        #[arg(long, env = "TEILHABE_OIDC_CLIENT_SECRET", hide_env_values = true)]
        oidc_client_secret: Option<String>,
        /// The claim compared with the login name when an account first logs in this way.
        #[arg(
            long,
            env = "TEILHABE_OIDC_LOGIN_CLAIM",
            default_value = "preferred_username"
        )]
        oidc_login_claim: String,
        /// Memory in MiB for rendered public pages, reused until anything changes (0: render
        /// every request).
        #[arg(long, env = "TEILHABE_PAGE_CACHE_MB", default_value_t = 64)]
        page_cache_mb: usize,
        /// A reverse proxy (address or range, e.g. 10.0.0.0/8; repeat, or comma-separated in
        /// the environment) whose X-Forwarded-For names the client. Needed behind a proxy:
        /// otherwise the login throttle counts every client as the proxy.
        #[arg(
            long = "trusted-proxy",
            env = "TEILHABE_TRUSTED_PROXIES",
            value_delimiter = ','
        )]
        trusted_proxy: Vec<teilhabe_web::Cidr>,
        /// Server administrators must set up a second factor (a one-time code app) before
        /// the administration opens to them.
        #[arg(long, env = "TEILHABE_SECOND_FACTOR_FOR_ADMINS")]
        second_factor_for_admins: bool,
        #[command(flatten)]
        mail: teilhabe_mail::SmtpArgs,
    },
    /// Load the demo data (the seed scenarios) into the database.
    Demo,
    /// Apply the database migrations (`--dry-run`: only list the pending ones).
    Migrate {
        #[arg(long)]
        dry_run: bool,
    },
    /// Show the settings in effect and where each comes from (environment, configuration
    /// file and line, default), as TOML; secrets are not shown.
    Config,
    /// Write one body, with everything that belongs to it, as JSON.
    Export {
        /// The body's official key, e.g. 03157.
        #[arg(long)]
        body: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Generate a synthetic body for benchmarks (papers led by ten departments).
    BenchData(bench::BenchArgs),
    /// Bring the full-text search index up to date (`--rebuild`: index everything again).
    SearchIndex {
        #[arg(long)]
        rebuild: bool,
    },
    /// Survey tools that work on files, without the database.
    Survey {
        #[command(subcommand)]
        what: survey::SurveyCommand,
    },
    /// Write a backup of the whole database while the server runs (SQLite: a consistent
    /// copy of the file; PostgreSQL: pg_dump's custom format).
    Backup {
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore a backup made by `backup` into the database (SQLite: stop the server first;
    /// the file is replaced. PostgreSQL: in one transaction).
    Restore { file: PathBuf },
    /// Accounts, roles and API tokens.
    User {
        #[command(subcommand)]
        what: user::UserCommand,
    },
    /// Data protection: information about and erasure of a person's data, storage limits.
    Privacy {
        #[command(subcommand)]
        what: privacy::PrivacyCommand,
    },
    /// Printed documents as PDF (concept, status, resolution, monitoring) and the measure
    /// plan as XLSX or CSV.
    Report(report::ReportArgs),
    /// Import data.
    Import {
        #[command(subcommand)]
        what: import::ImportCommand,
    },
    /// Compose the reminders, digests and notices due today and put them in the outbox.
    Notify(notify::NotifyArgs),
    /// Mail: check the SMTP settings, send the outbox, see how it stands.
    Mail {
        #[command(subcommand)]
        what: mail::MailCommand,
    },
}

/// Failures with the exit code they mean: 2 for bad input, 1 for everything else.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn input(message: impl Into<String>) -> Self {
        Self {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        let code = match e {
            StoreError::Connect(_)
            | StoreError::Invalid(_)
            | StoreError::NotFound(_)
            | StoreError::Refused(_) => 2,
            _ => 1,
        };
        Self {
            code,
            message: e.to_string(),
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Self {
            code: 1,
            message: e.to_string(),
        }
    }
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

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cmd = Cli::command();
    let defaults = match config::path_from(&args).map(|p| config::load(&p, &cmd)) {
        Some(Ok(d)) => d,
        Some(Err(e)) => {
            eprintln!("teilhabe: {e}");
            return ExitCode::from(2);
        }
        None => config::Defaults::default(),
    };
    let mut defaults = defaults;
    if let Err(e) = config::secret_files_from_env(&cmd, &mut defaults) {
        eprintln!("teilhabe: {e}");
        return ExitCode::from(2);
    }
    let matches = config::apply(cmd.clone(), &defaults).get_matches_from(args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Command::Config = cli.command {
        let flag =
            matches.value_source("database_url") == Some(clap::parser::ValueSource::CommandLine);
        print!("{}", config::show(&cmd, &defaults, flag));
        return ExitCode::SUCCESS;
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("teilhabe: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("teilhabe: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

async fn run(cli: Cli) -> Result<(), Failure> {
    let url = cli.database_url.unwrap_or_else(default_database_url);
    let command = match cli.command {
        Command::Survey { what } => return survey::run(what),
        // Checking the mail settings needs no database.
        Command::Mail {
            what:
                mail::MailCommand::Test {
                    to,
                    smtp,
                    public_url,
                },
        } => return mail::test(&to, &smtp, public_url.as_deref()).await,
        // Restoring replaces the database; it must not be opened (or migrated) first.
        Command::Restore { file } => {
            teilhabe_store::backup::restore(&url, &file).await?;
            println!("Sicherung {} wiederhergestellt.", file.display());
            return Ok(());
        }
        other => other,
    };
    let store = Store::connect(&url).await?;
    // Changes a command makes are credited to the command line in the audit trail; the
    // server credits each request's account.
    let store = match command {
        Command::Serve { .. } => store,
        _ => store.for_command_line(),
    };
    if let Command::Migrate { dry_run: true } = command {
        let listed = migrate_dry_run(&store).await;
        store.close().await;
        return listed;
    }
    store.migrate().await?;
    match command {
        Command::Survey { .. } | Command::Restore { .. } | Command::Config => {
            unreachable!("these commands run without opening the database")
        }
        Command::Backup { out } => {
            let started = std::time::Instant::now();
            store.backup(&url, &out).await?;
            let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
            println!(
                "Sicherung nach {} geschrieben ({:.1} MB in {:.1} s).",
                out.display(),
                size as f64 / 1_048_576.0,
                started.elapsed().as_secs_f64()
            );
        }
        Command::User { what } => user::run(&store, what).await?,
        Command::Privacy { what } => privacy::run(&store, what).await?,
        Command::Report(args) => report::run(&store, args).await?,
        Command::Migrate { .. } => {
            println!("Datenbank ist auf dem neuesten Stand.");
        }
        Command::Demo => {
            if !store.is_empty().await? {
                return Err(Failure::input(
                    "Die Datenbank enthält schon Körperschaften; Demodaten werden nur in eine leere Datenbank geladen.",
                ));
            }
            teilhabe_demo::load(&store).await?;
            println!(
                "Demodaten geladen: {} Körperschaften.",
                store.list_bodies().await?.len()
            );
        }
        Command::Serve {
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
            mail,
        } => {
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
                teilhabe_demo::load(&store).await?;
            }
            let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
                Failure::input(format!("Adresse {addr} kann nicht belegt werden: {e}"))
            })?;
            tracing::info!("Teilhabe läuft auf http://{addr}");
            tokio::spawn(retention_every_hour(store.clone()));
            tokio::spawn(search_index_every_two_seconds(store.clone()));
            let links_root = public_url
                .clone()
                .unwrap_or_else(|| format!("http://{addr}"));
            let background = Background::start(&store, links_root, mailer, mail.mail_lease_seconds);
            let config = teilhabe_web::Config {
                public_url,
                oidc,
                page_cache_bytes: page_cache_mb << 20,
                trusted_proxies: trusted_proxy,
                second_factor_for_admins,
            };
            let served =
                teilhabe_web::launch_configured(store.clone(), listener, config, shutdown_signal())
                    .await;
            background.finish().await;
            served?;
        }
        Command::BenchData(args) => bench::run(&store, args).await?,
        Command::SearchIndex { rebuild } => {
            let started = std::time::Instant::now();
            let n = if rebuild {
                store.rebuild_search_index().await?
            } else {
                store.refresh_search_index().await?
            };
            println!(
                "{n} Einträge in {:.1} s für die Suche erfasst.",
                started.elapsed().as_secs_f64()
            );
        }
        Command::Export { body, out } => {
            let dump = store.export_body(&body).await?;
            let json = serde_json::to_string_pretty(&dump).map_err(|e| Failure {
                code: 1,
                message: e.to_string(),
            })?;
            std::fs::write(&out, json + "\n").map_err(|e| {
                Failure::input(format!(
                    "{}: kann nicht geschrieben werden: {e}",
                    out.display()
                ))
            })?;
            println!("{} nach {} exportiert.", body, out.display());
        }
        Command::Import { what } => import::run(&store, what).await?,
        Command::Mail { what } => mail::run(&store, what).await?,
        Command::Notify(args) => notify::run(&store, args).await?,
    }
    store.close().await;
    Ok(())
}

/// `migrate --dry-run`: what `migrate` would apply, and whether a newer version already
/// migrated the database (then it would refuse).
async fn migrate_dry_run(store: &Store) -> Result<(), Failure> {
    let status = store.migration_status().await?;
    for (v, d) in &status.unknown {
        println!("Unbekannt (von einer neueren Version): {v} {d}");
    }
    if status.pending.is_empty() {
        println!(
            "Keine ausstehenden Migrationen: die Datenbank ist auf dem Stand {}.",
            status.applied.last().map_or(0, |(v, _)| *v)
        );
    } else {
        println!("Ausstehende Migrationen ({}):", status.pending.len());
        for (v, d) in &status.pending {
            println!("  {v:04} {d}");
        }
    }
    if status.unknown.is_empty() {
        Ok(())
    } else {
        Err(Failure::input(
            "Die Datenbank ist neuer als dieses Programm; es würde sie nicht migrieren.",
        ))
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
