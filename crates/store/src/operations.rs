//! What operators watch of the database, read at each scrape of `/metrics` and each
//! readiness check: the connection pool, the mail outbox, the search index's queue, the
//! statistics imports, and whether the schema is this program's. A few aggregate queries,
//! each answered from an index or a small table.

use crate::outbox::OutboxCounts;
use crate::{Result, Store};

#[derive(Debug, Clone)]
pub struct OperationsState {
    /// Connections open, idle among them, and the most the pool opens.
    pub pool_open: u32,
    pub pool_idle: usize,
    pub pool_max: u32,
    pub outbox: OutboxCounts,
    /// Records written but not yet in the search index.
    pub search_queue: i64,
    /// Statistics tables imported, and when the newest import finished (RFC 3339).
    pub stat_tables: i64,
    pub last_stat_import: Option<String>,
}

impl Store {
    pub async fn operations_state(&self) -> Result<OperationsState> {
        let outbox = self.outbox_counts(None).await?;
        let (search_queue, stat_tables, last_stat_import): (i64, i64, Option<String>) =
            sqlx::query_as(
                "SELECT (SELECT COUNT(*) FROM search_queue), (SELECT COUNT(*) FROM stat_tables), \
                 (SELECT MAX(imported_at) FROM stat_tables)",
            )
            .fetch_one(&self.pool)
            .await?;
        Ok(OperationsState {
            pool_open: self.pool.size(),
            pool_idle: self.pool.num_idle(),
            pool_max: self.pool.options().get_max_connections(),
            outbox,
            search_queue,
            stat_tables,
            last_stat_import,
        })
    }

    /// Ready to serve: the database answers and holds exactly this program's migrations.
    /// The reason when not, for the operator reading the probe's answer.
    pub async fn readiness(&self) -> std::result::Result<(), String> {
        let status = self
            .migration_status()
            .await
            .map_err(|e| format!("Datenbank nicht erreichbar: {e}"))?;
        if let Some((v, d)) = status.unknown.first() {
            return Err(format!(
                "Datenbank ist neuer als dieses Programm (Migration {v} {d})"
            ));
        }
        if let Some((v, d)) = status.pending.first() {
            return Err(format!("Migration {v} {d} steht noch aus"));
        }
        Ok(())
    }
}
