//! Fresh databases for tests: a new SQLite file, or a new PostgreSQL database created next
//! to the one `TEILHABE_TEST_DATABASE_URL` names.
//!
//! Migrating a database (and loading the demo into it) takes seconds on PostgreSQL, and a
//! test process makes hundreds: so each process migrates (and fills) one *template* per
//! server and content, and every test gets a copy of it — `CREATE DATABASE … TEMPLATE` on
//! PostgreSQL, a copy of the file on SQLite. A copy is what migrating and filling anew
//! would have made. Templates are named with the process's id; a later test process removes
//! those of processes that have ended.

pub mod pgbouncer;

use crate::{Result, Store, StoreError};
use sqlx::{AssertSqlSafe, Executor};
use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use tokio::sync::OnceCell;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The environment variable that turns on the PostgreSQL variants of the tests.
pub const POSTGRES_ENV: &str = "TEILHABE_TEST_DATABASE_URL";

/// The PostgreSQL server of the tests, from [`POSTGRES_ENV`]; `None`, said on stderr, when it
/// is not set: the PostgreSQL variants then skip, so that the README's `cargo test
/// --workspace` runs on SQLite alone. CI sets it, and there a server that cannot be reached
/// fails the test.
pub fn postgres_base() -> Option<String> {
    let base = std::env::var(POSTGRES_ENV).ok();
    if base.is_none() {
        eprintln!("skipped: {POSTGRES_ENV} is not set");
    }
    base
}

pub(crate) fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "teilhabe_t_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}

/// What a template holds beyond the migrated schema: the records `fill` writes into it.
pub type Fill = for<'a> fn(&'a Store) -> Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;

/// A migrated store on a new SQLite file in the system's temp directory, and its URL.
pub async fn fresh_sqlite() -> Result<(Store, String)> {
    fresh(None, "migrated", None).await
}

/// A migrated store on a new PostgreSQL database beside `base_url`'s, and its URL.
pub async fn fresh_postgres(base_url: &str) -> Result<(Store, String)> {
    fresh(Some(base_url), "migrated", None).await
}

/// A migrated store holding what `fill` writes, on a new database (SQLite without
/// `base_url`, else PostgreSQL beside it), and its URL: a copy of the process's template
/// named `content`, which the first call makes. One name, one `fill`.
pub async fn fresh(
    base_url: Option<&str>,
    content: &'static str,
    fill: Option<Fill>,
) -> Result<(Store, String)> {
    let template = template(base_url, content, fill).await?;
    let name = unique_name();
    let url = match base_url {
        None => {
            let url = sqlite_url(&name);
            let to = sqlite_file(&url);
            std::fs::copy(sqlite_file(&template), &to).map_err(|e| {
                StoreError::Connect(format!("{} nicht angelegt: {e}", to.display()))
            })?;
            url
        }
        Some(base) => create_database(base, &name, Some(database_name(&template))).await?,
    };
    Ok((Store::connect(&url).await?, url))
}

/// The templates of this process: by server (`sqlite` for files) and content, the URL.
type Templates = HashMap<(String, &'static str), Arc<OnceCell<String>>>;
static TEMPLATES: LazyLock<Mutex<Templates>> = LazyLock::new(Default::default);

/// How a template's name begins; the process's id and the content follow.
const TEMPLATE_PREFIX: &str = "teilhabe_t_tmpl_";

/// The URL of this process's template `content` on `base_url`'s server (SQLite without it),
/// made, migrated and filled on the first call.
async fn template(
    base_url: Option<&str>,
    content: &'static str,
    fill: Option<Fill>,
) -> Result<String> {
    let server = base_url.unwrap_or("sqlite").to_owned();
    let cell = TEMPLATES
        .lock()
        .expect("the templates")
        .entry((server, content))
        .or_default()
        .clone();
    let url = cell
        .get_or_try_init(|| async {
            remove_ended_templates(base_url).await;
            let name = format!("{TEMPLATE_PREFIX}{}_{content}", std::process::id());
            let url = match base_url {
                None => sqlite_url(&name),
                Some(base) => postgres_url(base, &name),
            };
            // One left by an earlier process with this id.
            remove(&url).await?;
            if let Some(base) = base_url {
                create_database(base, &name, None).await?;
            }
            let store = Store::connect(&url).await?;
            store.migrate().await?;
            if let Some(fill) = fill {
                fill(&store).await?;
            }
            if base_url.is_none() {
                // Everything into the file itself, so that a copy of the file is all of it.
                store
                    .pool
                    .execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    .await?;
            }
            store.close().await;
            Ok::<_, StoreError>(url)
        })
        .await?;
    Ok(url.clone())
}

/// Removes the templates of test processes that have ended (where the system says which
/// processes run); what cannot be removed is left for the next process.
async fn remove_ended_templates(base_url: Option<&str>) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let ended = |name: &&String| {
        name.strip_prefix(TEMPLATE_PREFIX)
            .and_then(|rest| rest.split('_').next())
            .filter(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            .is_some_and(|pid| !Path::new("/proc").join(pid).exists())
    };
    let names: Vec<String> = match base_url {
        None => std::fs::read_dir(std::env::temp_dir())
            .map(|dir| {
                dir.filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter_map(|f| f.strip_suffix(".db").map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        Some(base) => match Store::connect(base).await {
            Ok(admin) => {
                let names = sqlx::query_scalar(
                    r"SELECT datname::text FROM pg_database WHERE datname LIKE 'teilhabe\_t\_tmpl\_%'",
                )
                .fetch_all(&admin.pool)
                .await
                .unwrap_or_default();
                admin.close().await;
                names
            }
            Err(_) => Vec::new(),
        },
    };
    for name in names.iter().filter(ended) {
        let url = match base_url {
            None => sqlite_url(name),
            Some(base) => postgres_url(base, name),
        };
        if let Err(e) = remove(&url).await {
            eprintln!("template {name} of an ended test process not removed: {e}");
        }
    }
}

/// The URL of the SQLite test file `name` in the system's temp directory.
fn sqlite_url(name: &str) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        std::env::temp_dir().join(format!("{name}.db")).display()
    )
}

/// The file a SQLite URL names.
fn sqlite_file(url: &str) -> PathBuf {
    crate::db::sqlite_path(url).expect("a SQLite file's URL")
}

/// The URL of database `name` on `base_url`'s server, with `base_url`'s parameters.
fn postgres_url(base_url: &str, name: &str) -> String {
    let (prefix, query) = match base_url.split_once('?') {
        Some((p, q)) => (p, format!("?{q}")),
        None => (base_url, String::new()),
    };
    let root = prefix.rsplit_once('/').map_or(prefix, |(r, _)| r);
    format!("{root}/{name}{query}")
}

/// Creates database `name` (a copy of `template`, or empty) on `base_url`'s server; its URL.
/// A test database does not wait for its commits to reach the disk: no test outlives a
/// crash of the server, and the tests' many small transactions run faster.
async fn create_database(base_url: &str, name: &str, template: Option<&str>) -> Result<String> {
    let admin = Store::connect(base_url).await?;
    let from = template
        .map(|t| format!(" TEMPLATE {t}"))
        .unwrap_or_default();
    let created = async {
        admin
            .pool
            .execute(AssertSqlSafe(format!("CREATE DATABASE {name}{from}")))
            .await?;
        admin
            .pool
            .execute(AssertSqlSafe(format!(
                "ALTER DATABASE {name} SET synchronous_commit = off"
            )))
            .await
    }
    .await;
    admin.close().await;
    created
        .map_err(|e| StoreError::Connect(format!("Testdatenbank {name} nicht angelegt: {e}")))?;
    Ok(postgres_url(base_url, name))
}

/// A new database with no tables yet (SQLite without `base_url`, else PostgreSQL beside
/// it), for tests of migrating; its URL.
pub async fn empty(base_url: Option<&str>) -> Result<String> {
    match base_url {
        Some(base) => create_database(base, &unique_name(), None).await,
        None => Ok(sqlite_url(&unique_name())),
    }
}

/// One text value a query returns (for tests that look at the server itself).
pub async fn text(store: &Store, sql: &str) -> Result<String> {
    Ok(sqlx::query_scalar(AssertSqlSafe(sql.to_owned()))
        .fetch_one(&store.pool)
        .await?)
}

/// One boolean a query returns.
pub async fn boolean(store: &Store, sql: &str) -> Result<bool> {
    Ok(sqlx::query_scalar(AssertSqlSafe(sql.to_owned()))
        .fetch_one(&store.pool)
        .await?)
}

/// One number a query with two bound numbers returns (a prepared statement with parameters).
pub async fn number_with(store: &Store, sql: &str, a: i64, b: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(AssertSqlSafe(sql.to_owned()))
        .bind(a)
        .bind(b)
        .fetch_one(&store.pool)
        .await?)
}

/// Runs statements against a test database, e.g. to make it look as a newer version left it.
pub async fn execute(url: &str, sql: &str) -> Result<()> {
    let store = Store::connect(url).await?;
    store.pool.execute(AssertSqlSafe(sql.to_owned())).await?;
    store.close().await;
    Ok(())
}

/// Removes a database made by [`fresh_sqlite`] or [`fresh_postgres`]; close its store first.
pub async fn remove(url: &str) -> Result<()> {
    if url.starts_with("sqlite:") {
        remove_sqlite(url)
    } else {
        drop_postgres(url).await
    }
}

/// Deletes a test SQLite file with its write-ahead log and shared-memory file.
fn remove_sqlite(url: &str) -> Result<()> {
    let path = crate::db::sqlite_path(url).filter(|path| {
        path.parent() == Some(std::env::temp_dir().as_path())
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("teilhabe_t_") && n.ends_with(".db"))
    });
    let Some(path) = path else {
        return Err(StoreError::Connect(format!(
            "{url} ist keine Testdatenbank"
        )));
    };
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(StoreError::Connect(format!(
                    "{} nicht gelöscht: {e}",
                    std::path::Path::new(&file).display()
                )));
            }
        }
    }
    Ok(())
}

/// The database a `postgres://…/NAME?…` URL names.
pub fn database_name(url: &str) -> &str {
    let prefix = url.split('?').next().unwrap_or(url);
    prefix.rsplit_once('/').map_or("", |(_, name)| name)
}

/// Drops a database made by [`fresh_postgres`], connecting to the `postgres` database beside it.
pub async fn drop_postgres(url: &str) -> Result<()> {
    let (prefix, query) = match url.split_once('?') {
        Some((p, q)) => (p, format!("?{q}")),
        None => (url, String::new()),
    };
    let Some((root, name)) = prefix.rsplit_once('/') else {
        return Ok(());
    };
    if !name.starts_with("teilhabe_t_") {
        return Err(StoreError::Connect(format!(
            "{name} ist keine Testdatenbank"
        )));
    }
    let admin = Store::connect(&format!("{root}/postgres{query}")).await?;
    admin
        .pool
        .execute(AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
        )))
        .await?;
    admin.close().await;
    Ok(())
}
