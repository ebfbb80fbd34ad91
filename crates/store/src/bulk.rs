//! Bulk generation of synthetic council data for benchmarks (`teilhabe bench-data`):
//! multi-row inserts in one transaction, deterministic content.

use crate::db::now;
use crate::{Result, Store, StoreError};
use sqlx::AssertSqlSafe;
use teilhabe_domain::{BodyKind, Coded, OfficialKey, PaperType};

/// Rows per INSERT statement: well below PostgreSQL's 65,535 parameters.
const BATCH: usize = 200;

impl Store {
    /// Creates a body with `papers` synthetic public papers (and ten organisations that lead
    /// them), in one transaction. Returns the number of papers written.
    pub async fn generate_bench_body(&self, key: &str, name: &str, papers: usize) -> Result<usize> {
        let key = OfficialKey::parse(key).map_err(|e| StoreError::invalid("key", e))?;
        let mut tx = self.begin().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE key = $1")
            .bind(key.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::invalid(
                "key",
                format!("Die Körperschaft {key} gibt es schon."),
            ));
        }
        let ts = now();
        let body_id: i64 = sqlx::query_scalar(
            "INSERT INTO bodies (key, name, kind, created_at, modified_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(key.as_str())
        .bind(name)
        .bind(BodyKind::Landkreis.code())
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        let mut orgs = Vec::new();
        for i in 1..=10 {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO organizations (body_id, name, kind, created_at, modified_at) VALUES ($1, $2, 'department', $3, $3) RETURNING id",
            )
            .bind(body_id)
            .bind(format!("Fachbereich {i}"))
            .bind(&ts)
            .fetch_one(&mut *tx)
            .await?;
            orgs.push(id);
        }
        let mut written = 0;
        while written < papers {
            let n = BATCH.min(papers - written);
            let mut sql = String::from(
                "INSERT INTO papers (body_id, reference, name, paper_type, date, proposal, lead_organization_id, public, created_at, modified_at) VALUES ",
            );
            for r in 0..n {
                let b = r * 9;
                if r > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!(
                    "(${}, ${}, ${}, ${}, ${}, ${}, ${}, 1, ${}, ${})",
                    b + 1,
                    b + 2,
                    b + 3,
                    b + 4,
                    b + 5,
                    b + 6,
                    b + 7,
                    b + 8,
                    b + 9
                ));
            }
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for r in 0..n {
                let i = written + r;
                let year = 2000 + (i / 4000) % 26;
                let month = 1 + i % 12;
                let day = 1 + i % 28;
                q = q
                    .bind(body_id)
                    .bind(format!("{year}/{:05}", i + 1))
                    .bind(format!("Vorlage Nr. {} zur Integrationsarbeit im Landkreis", i + 1))
                    .bind(PaperType::ALL[i % PaperType::ALL.len()].code())
                    .bind(format!("{year}-{month:02}-{day:02}"))
                    .bind("Der Ausschuss nimmt den Bericht zur Kenntnis und beauftragt die Verwaltung, die vorgeschlagenen Maßnahmen umzusetzen und im nächsten Sachstandsbericht über den Fortgang zu berichten.")
                    .bind(orgs[i % orgs.len()])
                    .bind(&ts)
                    .bind(&ts);
            }
            q.execute(&mut *tx).await?;
            written += n;
        }
        self.commit(tx).await?;
        // Fresh planner statistics: without them PostgreSQL sorts a whole body's list for the
        // first OParl page instead of walking the keyset index.
        self.analyze().await?;
        Ok(written)
    }
}

impl Store {
    /// Refreshes the planner statistics after a large write (both backends know `ANALYZE`).
    pub async fn analyze(&self) -> Result<()> {
        sqlx::query("ANALYZE").execute(&self.pool).await?;
        Ok(())
    }
}
