//! Fresh, empty databases for tests: a new SQLite file, or a new PostgreSQL database
//! created next to the one `TEILHABE_TEST_DATABASE_URL` names.

pub mod pgbouncer;

use crate::{Result, Store, StoreError};
use sqlx::{AssertSqlSafe, Executor};
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The environment variable that turns on the PostgreSQL variants of the tests.
pub const POSTGRES_ENV: &str = "TEILHABE_TEST_DATABASE_URL";

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

/// A migrated store on a new SQLite file in the system's temp directory, and its URL.
pub async fn fresh_sqlite() -> Result<(Store, String)> {
    let url = empty(None).await?;
    let store = Store::connect(&url).await?;
    store.migrate().await?;
    Ok((store, url))
}

/// A migrated store on a new PostgreSQL database beside `base_url`'s, and its URL.
pub async fn fresh_postgres(base_url: &str) -> Result<(Store, String)> {
    let url = create_postgres(base_url).await?;
    let store = Store::connect(&url).await?;
    store.migrate().await?;
    Ok((store, url))
}

/// A new, empty PostgreSQL database beside `base_url`'s; its URL.
async fn create_postgres(base_url: &str) -> Result<String> {
    let admin = Store::connect(base_url).await?;
    let name = unique_name();
    admin
        .pool
        .execute(AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .map_err(|e| StoreError::Connect(format!("Testdatenbank {name} nicht angelegt: {e}")))?;
    admin.close().await;
    let (prefix, query) = match base_url.split_once('?') {
        Some((p, q)) => (p, format!("?{q}")),
        None => (base_url, String::new()),
    };
    let root = prefix.rsplit_once('/').map_or(prefix, |(r, _)| r);
    Ok(format!("{root}/{name}{query}"))
}

/// A new database with no tables yet (SQLite without `base_url`, else PostgreSQL beside
/// it), for tests of migrating; its URL.
pub async fn empty(base_url: Option<&str>) -> Result<String> {
    match base_url {
        Some(base) => create_postgres(base).await,
        None => Ok(format!(
            "sqlite://{}?mode=rwc",
            std::env::temp_dir()
                .join(format!("{}.db", unique_name()))
                .display()
        )),
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

/// Drops a database made by [`fresh_postgres`], connecting to the `postgres` database beside it.
/// The database a `postgres://…/NAME?…` URL names.
pub fn database_name(url: &str) -> &str {
    let prefix = url.split('?').next().unwrap_or(url);
    prefix.rsplit_once('/').map_or("", |(_, name)| name)
}

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
