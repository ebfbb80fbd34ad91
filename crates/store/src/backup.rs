//! Backup and restore of the whole database, while the server runs.
//!
//! - SQLite: `VACUUM INTO` writes a consistent, compacted copy of the database file from one
//!   read transaction; writers go on meanwhile. Restoring checks the copy (integrity, that it
//!   is a Teilhabe database no newer than this program) and moves it into place atomically.
//! - PostgreSQL: `pg_dump --format=custom` (a consistent snapshot as well) and
//!   `pg_restore --clean --single-transaction`, so a failed restore changes nothing.

use crate::db::{ensure_sqlite_dir, sqlite_path};
use crate::{Backend, Result, Store, StoreError};
use sqlx::{ConnectOptions, Connection};
use std::path::{Path, PathBuf};
use std::process::Command;

fn refuse(message: String) -> StoreError {
    StoreError::Refused(message)
}

/// Runs a PostgreSQL client tool; its own error text on failure.
fn run_tool(program: &str, args: &[&str]) -> Result<()> {
    let out = Command::new(program).args(args).output().map_err(|e| {
        refuse(format!(
            "{program} kann nicht gestartet werden ({e}); es gehört zu den PostgreSQL-Clientprogrammen (Debian: postgresql-client)."
        ))
    })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(refuse(format!(
            "{program} ist fehlgeschlagen: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    }
}

impl Store {
    /// Writes a backup of the whole database to `out`, which must not exist yet.
    pub async fn backup(&self, url: &str, out: &Path) -> Result<()> {
        if out.exists() {
            return Err(refuse(format!(
                "{} gibt es schon; eine Sicherung überschreibt nichts.",
                out.display()
            )));
        }
        let target = out.to_string_lossy().into_owned();
        match self.backend() {
            Backend::Sqlite => {
                sqlx::query("VACUUM INTO $1")
                    .bind(&target)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }
            Backend::Postgres => {
                let url = url.to_owned();
                tokio::task::spawn_blocking(move || {
                    run_tool(
                        "pg_dump",
                        &["--format=custom", "--no-owner", "--file", &target, &url],
                    )
                })
                .await
                .map_err(|e| refuse(e.to_string()))?
            }
        }
    }
}

/// Restores a backup into the database at `url`. For SQLite, stop the server first: the
/// file is replaced. For PostgreSQL the restore runs in one transaction.
pub async fn restore(url: &str, backup: &Path) -> Result<()> {
    if !backup.is_file() {
        return Err(refuse(format!(
            "{}: keine Sicherungsdatei gefunden.",
            backup.display()
        )));
    }
    if url.starts_with("sqlite:") {
        let target = sqlite_path(url).ok_or_else(|| {
            refuse("Eine SQLite-Datenbank im Speicher kann nicht wiederhergestellt werden.".into())
        })?;
        check_sqlite_backup(backup).await?;
        ensure_sqlite_dir(url)?;
        // Copy beside the target, then rename: the database is either the old or the new one.
        let staging = target.with_extension("db.wiederherstellung");
        std::fs::copy(backup, &staging)
            .map_err(|e| refuse(format!("{} → {}: {e}", backup.display(), staging.display())))?;
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", target.display()));
            if side.exists() {
                std::fs::remove_file(&side)
                    .map_err(|e| refuse(format!("{}: {e}", side.display())))?;
            }
        }
        std::fs::rename(&staging, &target)
            .map_err(|e| refuse(format!("{} → {}: {e}", staging.display(), target.display())))?;
        Ok(())
    } else {
        let (url, file) = (url.to_owned(), backup.to_string_lossy().into_owned());
        tokio::task::spawn_blocking(move || {
            run_tool(
                "pg_restore",
                &[
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--dbname",
                    &url,
                    &file,
                ],
            )
        })
        .await
        .map_err(|e| refuse(e.to_string()))?
    }
}

/// A SQLite backup must be intact and made by this program (or an older version of it).
async fn check_sqlite_backup(file: &Path) -> Result<()> {
    use std::str::FromStr;
    let url = format!("sqlite://{}?mode=ro", file.display());
    let bad = |why: String| {
        refuse(format!(
            "{} ist keine verwendbare Teilhabe-Sicherung: {why}",
            file.display()
        ))
    };
    let mut conn = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
        .map_err(|e| bad(e.to_string()))?
        .connect()
        .await
        .map_err(|e| bad(e.to_string()))?;
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| bad(e.to_string()))?;
    if check != "ok" {
        return Err(bad(check));
    }
    let newest: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(&mut conn)
        .await
        .map_err(|_| bad("keine Teilhabe-Datenbank (Migrationen fehlen)".into()))?;
    let known = crate::db::newest_migration(Backend::Sqlite);
    if newest.unwrap_or(0) > known {
        return Err(bad(format!(
            "sie stammt von einer neueren Version (Migration {}; dieses Programm kennt bis {known})",
            newest.unwrap_or(0)
        )));
    }
    conn.close().await.ok();
    Ok(())
}
