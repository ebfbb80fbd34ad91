//! Writing rows wholesale, for tools that fill a database with many rows at once (the
//! benchmark data of `teilhabe bench-data`): a transaction that the audit trail credits
//! like any other write, the multi-row `VALUES` list both backends read fast, the next
//! free ids, and the statistics refresh after a large write. The product's own writes go
//! through the typed methods of the other modules; the catalogue
//! ([`Store::catalogue`](crate::Store::catalogue)) tells such a tool which columns a table
//! requires, so that a new column cannot be forgotten silently.

use crate::db::Backend;
use crate::{Result, Store};
use sqlx::{Any, AssertSqlSafe, Transaction};

/// A transaction for wholesale writes.
pub type LoadTransaction = Transaction<'static, Any>;

/// The `VALUES` list of `rows` rows of `columns` parameters each (see the note on
/// numbering in the store's database module).
pub fn value_rows(conn: &sqlx::AnyConnection, rows: usize, columns: usize) -> String {
    crate::db::value_rows(conn, rows, columns)
}

/// The current time as the store writes it (RFC 3339, UTC).
pub fn now() -> String {
    crate::db::now()
}

impl Store {
    /// Opens a transaction for wholesale writes, with the audit context set.
    pub async fn begin_load(&self) -> Result<LoadTransaction> {
        self.begin().await
    }

    /// Commits a transaction of [`Store::begin_load`].
    pub async fn commit_load(&self, tx: LoadTransaction) -> Result<()> {
        self.commit(tx).await
    }

    /// The next free id of each of `tables` (one more than the largest).
    pub async fn next_ids(&self, tables: &[&'static str]) -> Result<Vec<(&'static str, i64)>> {
        let mut next = Vec::new();
        for table in tables {
            let max: Option<i64> =
                sqlx::query_scalar(AssertSqlSafe(format!("SELECT MAX(id) FROM {table}")))
                    .fetch_one(&self.pool)
                    .await?;
            next.push((*table, max.unwrap_or(0) + 1));
        }
        Ok(next)
    }

    /// After rows were written with ids of their own: PostgreSQL's id sequences continue
    /// after the largest id (SQLite needs nothing).
    pub async fn continue_ids(&self, tables: &[&'static str]) -> Result<()> {
        if self.backend() == Backend::Postgres {
            for table in tables {
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                )))
                .execute(&self.pool)
                .await?;
            }
        }
        Ok(())
    }

    /// Refreshes the planner statistics after a large write (both backends know `ANALYZE`);
    /// on PostgreSQL also the visibility map, so that index-only scans (the search's
    /// postings) need not visit the new rows' pages until autovacuum comes by.
    pub async fn analyze(&self) -> Result<()> {
        let sql = match self.backend() {
            Backend::Postgres => "VACUUM ANALYZE",
            Backend::Sqlite => "ANALYZE",
        };
        sqlx::query(sql).execute(&self.pool).await?;
        Ok(())
    }
}
