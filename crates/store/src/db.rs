use crate::{Result, StoreError};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Connection, Executor};
use std::str::FromStr;
use std::time::Duration;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The newest migration this program carries for a backend.
pub(crate) fn newest_migration(backend: Backend) -> i64 {
    let migrator = match backend {
        Backend::Sqlite => &SQLITE_MIGRATIONS,
        Backend::Postgres => &POSTGRES_MIGRATIONS,
    };
    migrator.iter().map(|m| m.version).max().unwrap_or(0)
}

/// Where the database stands against this program's migrations.
#[derive(Debug, Clone)]
pub struct MigrationStatus {
    pub applied: Vec<(i64, String)>,
    pub pending: Vec<(i64, String)>,
    /// Applied migrations this program does not carry: the database is newer.
    pub unknown: Vec<(i64, String)>,
    /// This program's newest migration.
    pub newest: i64,
}

/// The embedded default: a SQLite file under `./teilhabe-data/`.
pub fn default_database_url() -> String {
    "sqlite://teilhabe-data/teilhabe.db?mode=rwc".to_owned()
}

/// A handle to the database; cheap to clone (the pool is shared).
#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
    /// How changes are credited in the audit trail when no request sets an actor.
    pub(crate) via: &'static str,
}

impl Store {
    /// Connects by URL (`sqlite://…` or `postgres://…`). Errors are one German line
    /// that names the URL (without its password) and the cause.
    pub async fn connect(url: &str) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::Connect(format!(
                "Unbekannte Datenbank-URL „{}“: erwartet wird sqlite://PFAD oder postgres://…",
                redact(url)
            )));
        };
        // A new SQLite file is created unless the URL says otherwise (`?mode=ro`).
        let url = &if backend == Backend::Sqlite && !url.contains("mode=") {
            let sep = if url.contains('?') { '&' } else { '?' };
            format!("{url}{sep}mode=rwc")
        } else {
            url.to_owned()
        };
        if backend == Backend::Sqlite {
            ensure_sqlite_dir(url)?;
        }
        let options = AnyConnectOptions::from_str(url)
            .map_err(|e| {
                StoreError::Connect(format!("Ungültige Datenbank-URL „{}“: {e}", redact(url)))
            })?
            // Every statement with its rows and time at debug level, for
            // `RUST_LOG=info,sqlx::query=debug`; no slow-statement warnings: a bulk import's
            // statements are long by design and would flood the log with their text.
            .log_statements(log::LevelFilter::Debug)
            .log_slow_statements(log::LevelFilter::Off, Duration::from_secs(1));
        // One direct connection first: a pool would only report a time-out, this tells
        // the real cause (refused, unknown host, authentication, missing database).
        let probe = options.connect().await.map_err(|e| {
            StoreError::Connect(format!("Datenbank „{}“ nicht erreichbar: {e}", redact(url)))
        })?;
        probe.close().await.ok();
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside a writer; the busy timeout makes a
                        // second writer wait instead of failing; foreign keys guard orphans.
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| {
                StoreError::Connect(format!("Datenbank „{}“ nicht erreichbar: {e}", redact(url)))
            })?;
        Ok(Self {
            pool,
            backend,
            via: "system",
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies the embedded migrations of this backend that have not run yet.
    /// Applies the pending migrations — after making sure the database is not newer than
    /// this program: a database an upgrade has already migrated further must not be run by
    /// the old binary (after a rollback of the package, say), whose queries no longer fit it.
    pub async fn migrate(&self) -> Result<()> {
        let status = self.migration_status().await?;
        if let Some((version, description)) = status.unknown.first() {
            return Err(StoreError::Refused(format!(
                "Die Datenbank ist neuer als dieses Programm: sie wurde schon von einer späteren \
                 Teilhabe-Version eingerichtet (Migration {version} „{description}“ kennt diese \
                 Version nicht; ihre neueste ist {}). Bitte die neuere Version starten oder die \
                 Sicherung von vor dem Update einspielen; an der Datenbank wurde nichts geändert.",
                status.newest
            )));
        }
        // Nothing to do, nothing locked: the migrator takes a session-level advisory lock,
        // which behind PgBouncer in transaction mode can stay with a server connection the
        // unlock never reaches — every later start would wait for it.
        if !status.pending.is_empty() {
            let migrator = match self.backend {
                Backend::Sqlite => &SQLITE_MIGRATIONS,
                Backend::Postgres => &POSTGRES_MIGRATIONS,
            };
            migrator.run(&self.pool).await?;
        }
        self.install_audit_triggers().await
    }

    /// Which of this program's migrations the database has, which are pending, and which
    /// it has that this program does not know (a newer version migrated it). Reads only.
    pub async fn migration_status(&self) -> Result<MigrationStatus> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        let exists: i64 = sqlx::query_scalar(match self.backend {
            Backend::Sqlite => {
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"
            }
            Backend::Postgres => {
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations'"
            }
        })
        .fetch_one(&self.pool)
        .await?;
        let applied: Vec<(i64, String)> = if exists > 0 {
            sqlx::query_as(
                "SELECT version, description FROM _sqlx_migrations WHERE success = TRUE ORDER BY version",
            )
            .fetch_all(&self.pool)
            .await?
        } else {
            Vec::new()
        };
        let known = |v: i64| {
            migrator
                .iter()
                .any(|m| m.version == v && m.migration_type.is_up_migration())
        };
        Ok(MigrationStatus {
            pending: migrator
                .iter()
                .filter(|m| m.migration_type.is_up_migration())
                .filter(|m| !applied.iter().any(|(v, _)| *v == m.version))
                .map(|m| (m.version, m.description.to_string()))
                .collect(),
            unknown: applied
                .iter()
                .filter(|(v, _)| !known(*v))
                .cloned()
                .collect(),
            applied,
            newest: newest_migration(self.backend),
        })
    }

    /// The same store, crediting changes made outside a request to the command line.
    pub fn for_command_line(mut self) -> Self {
        self.via = "cli";
        self
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub fn is_closed(&self) -> bool {
        self.pool.is_closed()
    }

    /// Changes whenever anything readers see may have changed, whoever wrote it (this
    /// process, another server on the same database, the command line): the newest row of
    /// the audit trail, which every write of a record reaches through its triggers, and the
    /// statistics tables (imported in bulk, outside the audit trail). Two index lookups.
    pub async fn change_stamp(&self) -> Result<String> {
        let (audit, tables, imported): (Option<i64>, i64, Option<String>) = sqlx::query_as(
            "SELECT (SELECT MAX(id) FROM audit_log), (SELECT COUNT(*) FROM stat_tables), \
             (SELECT MAX(imported_at) FROM stat_tables)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(format!(
            "{}/{tables}/{}",
            audit.unwrap_or(0),
            imported.unwrap_or_default()
        ))
    }

    /// True when no body exists yet (the demo loads only into an empty database).
    pub async fn is_empty(&self) -> Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bodies")
            .fetch_one(&self.pool)
            .await?;
        Ok(n == 0)
    }
}

/// The file path of a `sqlite:` URL (`None` for an in-memory database).
pub(crate) fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or("");
    (!path.is_empty() && path != ":memory:").then(|| std::path::PathBuf::from(path))
}

/// Creates the directory a SQLite file will live in.
pub(crate) fn ensure_sqlite_dir(url: &str) -> Result<()> {
    let Some(path) = sqlite_path(url) else {
        return Ok(());
    };
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| {
            StoreError::Connect(format!(
                "Verzeichnis „{}“ kann nicht angelegt werden: {e}",
                dir.display()
            ))
        })?;
    }
    Ok(())
}

/// The URL without its password, for messages and logs.
pub(crate) fn redact(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((userinfo, host)) = rest.split_once('@')
        && let Some((user, _password)) = userinfo.split_once(':')
    {
        return format!("{scheme}://{user}:***@{host}");
    }
    url.to_owned()
}

/// Ids as a literal SQL list (`1,2,3`) for `IN (…)`; ids are integers, so this is safe.
pub(crate) fn id_list(ids: &[i64]) -> String {
    ids.iter()
        .map(std::string::ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// The condition that keeps a query to some bodies' rows: `AND body_id IN (…)`, nothing for
/// None (every body's, and rows of no body), never true for no bodies.
pub(crate) fn in_bodies(bodies: Option<&[i64]>) -> String {
    match bodies {
        None => String::new(),
        Some([]) => " AND 1 = 0".to_owned(),
        Some(ids) => format!(" AND body_id IN ({})", id_list(ids)),
    }
}

/// Placeholders for a multi-row INSERT: `($1,$2),($3,$4)` for 2 rows of 2 columns.
/// A column list with a table alias before each column: `qualified("c", "id, text")` is
/// `c.id, c.text`.
pub(crate) fn qualified(alias: &str, columns: &str) -> String {
    columns
        .split(", ")
        .map(|c| format!("{alias}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The parameters of a multi-row insert of `rows` rows of `columns` values:
/// `($1,$2),($3,$4)…` on PostgreSQL, `(?,?),(?,?)…` on SQLite. SQLite looks a numbered
/// parameter up in a list of all of them, when parsing and again when binding, which makes
/// a statement of thousands quadratic; its anonymous `?` costs nothing to find. The
/// statement must have no other parameters.
pub(crate) fn value_rows(conn: &sqlx::AnyConnection, rows: usize, columns: usize) -> String {
    let numbered = conn.backend_name() != "SQLite";
    let mut sql = String::with_capacity(rows * columns * 6);
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ",(" });
        for c in 0..columns {
            if c > 0 {
                sql.push(',');
            }
            if numbered {
                sql.push('$');
                sql.push_str(&(r * columns + c + 1).to_string());
            } else {
                sql.push('?');
            }
        }
        sql.push(')');
    }
    sql
}

/// The current time as stored: RFC 3339 in UTC with seconds.
/// Sets nullable double columns of one row, binding only the values that are present:
/// through the Any driver a NULL double and a real one prepare a statement with different
/// parameter types on PostgreSQL, and the cached statement then refuses the other.
pub(crate) async fn set_reals(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    table: &str,
    id: i64,
    columns: &[(&str, Option<f64>)],
) -> Result<()> {
    for (column, value) in columns {
        if let Some(v) = value {
            let sql = format!("UPDATE {table} SET {column} = $1 WHERE id = $2");
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(*v)
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// The day of a stored date or timestamp (`2026-12-07`, `2026-12-07T09:30:00Z`); None for
/// nothing or something else.
pub(crate) fn day_of(s: Option<&str>) -> Option<teilhabe_domain::Date> {
    s.and_then(|s| s.get(..10))
        .and_then(|s| teilhabe_domain::Date::parse(s).ok())
}

pub(crate) fn now() -> String {
    minutes_from_now(0)
}

/// Today's date (UTC), `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    now()[..10].to_owned()
}

/// The RFC 3339 UTC timestamp (whole seconds) `minutes` from now, as stored.
pub(crate) fn minutes_from_now(minutes: i64) -> String {
    seconds_from_now(minutes * 60)
}

/// The RFC 3339 UTC timestamp (whole seconds) `seconds` from now, as stored.
pub(crate) fn seconds_from_now(seconds: i64) -> String {
    let t = time::OffsetDateTime::now_utc() + time::Duration::seconds(seconds);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

impl Store {
    /// For a transaction whose tables grow by many thousand rows (an import, the search
    /// index's refresh after a bulk load): on PostgreSQL each statement is planned for the
    /// sizes it meets, since a plan cached while the tables were small scans them whole on
    /// every later batch. SQLite plans each statement anew anyway.
    pub(crate) async fn plan_each_statement(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    ) -> Result<()> {
        if self.backend() == crate::Backend::Postgres {
            sqlx::query("SET LOCAL plan_cache_mode = force_custom_plan")
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// The number of rows in one of Teilhabe's tables (for tests and summaries).
    pub async fn count_rows(&self, table: &str) -> Result<i64> {
        const TABLES: [&str; 46] = [
            "peer_group_members",
            "measure_assumptions",
            "survey_indicator_values",
            "alignment_notes",
            "outputs",
            "output_values",
            "files",
            "funding_programmes",
            "funding_proofs",
            "resolutions",
            "resolution_measures",
            "reporting_rounds",
            "round_links",
            "milestones",
            "controlling_settings",
            "outbox",
            "bodies",
            "organizations",
            "persons",
            "target_groups",
            "concepts",
            "principles",
            "fields_of_action",
            "goals",
            "measures",
            "measure_partners",
            "measure_target_groups",
            "budget_lines",
            "progress_reports",
            "memberships",
            "meetings",
            "agenda_items",
            "papers",
            "consultations",
            "locations",
            "legislative_terms",
            "oparl_ids",
            "observations",
            "stat_tables",
            "stat_variables",
            "surveys",
            "survey_questions",
            "survey_responses",
            "survey_answers",
            "survey_invitations",
            "content_translations",
        ];
        let Some(table) = TABLES.iter().find(|t| **t == table) else {
            return Err(StoreError::NotFound("Tabelle"));
        };
        let sql = format!("SELECT COUNT(*) FROM {table}");
        Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_one(&self.pool)
            .await?)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_not_shown() {
        assert_eq!(
            super::redact("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(super::redact("sqlite://x.db"), "sqlite://x.db");
    }
}
