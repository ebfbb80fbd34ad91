//! `teilhabe`: the command line. Parses arguments and calls the library crates; nothing else.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
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
mod serve;
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
    /// Log lines as text (for a terminal) or as JSON objects, one per line (for journald
    /// or a log collector).
    #[arg(
        long,
        global = true,
        env = "TEILHABE_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    log_format: LogFormat,
    /// Languages beyond the built-in ones (de en ar uk tr ru fa), each as
    /// `code:Name:German name`, `:rtl` added for a right-to-left script, e.g.
    /// `pl:Polski:Polnisch,cs:Čeština:Tschechisch`; each needs its catalogue
    /// LOCALES_DIR/CODE/portal.ftl.
    #[arg(
        long,
        global = true,
        env = "TEILHABE_LANGUAGES",
        value_delimiter = ',',
        value_parser = teilhabe_domain::languages::parse
    )]
    languages: Vec<teilhabe_domain::languages::Language>,
    /// Where the catalogues of the configured languages are (one folder per language code).
    #[arg(
        long,
        global = true,
        env = "TEILHABE_LOCALES_DIR",
        default_value = "/usr/share/teilhabe/locales"
    )]
    locales_dir: PathBuf,
    #[command(subcommand)]
    command: Command,
}

/// Adds the configured languages with their catalogues; a catalogue that lacks messages is
/// taken (they are shown in German, marked) and named in the log.
fn configure_languages(cli: &Cli) -> Result<(), Failure> {
    if cli.languages.is_empty() {
        return Ok(());
    }
    let reports =
        teilhabe_web::i18n::configure(&cli.locales_dir, &cli.languages).map_err(Failure::input)?;
    for r in reports {
        if !r.missing.is_empty() {
            tracing::warn!(
                language = r.code,
                file = r.file,
                missing = r.missing.len(),
                first = r
                    .missing
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                "Dem Katalog fehlen Meldungen; sie erscheinen deutsch (als deutsch ausgezeichnet)"
            );
        }
        if !r.unknown.is_empty() {
            tracing::warn!(
                language = r.code,
                file = r.file,
                unknown = r.unknown.join(", "),
                "Der Katalog hat Meldungen, die keine Seite kennt (Tippfehler in der Kennung?)"
            );
        }
    }
    Ok(())
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Run migrations and serve the web application.
    Serve(serve::ServeArgs),
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

fn main() -> ExitCode {
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
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match cli.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().flatten_event(true).init(),
    }
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
    if !matches!(cli.command, Command::Migrate { .. }) {
        configure_languages(&cli)?;
    }
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
        Command::Serve(_) => store,
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
        Command::Serve(args) => serve::run(&store, args).await?,
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
