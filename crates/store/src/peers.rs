//! An indicator for many Kreise at once, for the ranking among peers (see
//! `teilhabe_stats::peers`): one query per variable of the formula reads the cells of every
//! Kreis in the period, not one query per Kreis — 400 Kreise are one page.

use crate::indicators::Loaded;
use crate::stats::{StatCell, parse_lines};
use crate::{Result, Store};
use sqlx::AssertSqlSafe;
use std::collections::HashMap;
use teilhabe_stats::indicators::{Expr, Outcome};

impl Store {
    /// The indicator for each of `kreise` in `period` (those without cells evaluate as
    /// missing, as on the indicator's own page).
    pub async fn indicator_for_regions(
        &self,
        expr: &Expr,
        kreise: &[&str],
        period: &str,
    ) -> Result<Vec<(String, Outcome)>> {
        let mut by_region: HashMap<&str, HashMap<String, Vec<StatCell>>> =
            kreise.iter().map(|k| (*k, HashMap::new())).collect();
        let mut dictionaries: HashMap<i64, HashMap<i64, String>> = HashMap::new();
        let keys = kreise
            .iter()
            .filter(|k| k.bytes().all(|b| b.is_ascii_alphanumeric()))
            .map(|k| format!("'{k}'"))
            .collect::<Vec<_>>()
            .join(",");
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        for v in expr.variables() {
            let sql = format!(
                "SELECT c.region, c.table_id, c.cells FROM stat_cells c JOIN stat_variables v ON v.id = c.variable_id \
                 WHERE v.code = $1 AND c.period = $2 AND c.region IN ({keys}) ORDER BY c.region, c.table_id, c.part"
            );
            let rows: Vec<(String, i64, String)> = sqlx::query_as(AssertSqlSafe(sql))
                .bind(v)
                .bind(period)
                .fetch_all(&self.pool)
                .await?;
            for (region, table, text) in rows {
                let dims = self.dims_dictionary(table, &mut dictionaries).await?;
                if let Some(cells) = by_region.get_mut(region.as_str()) {
                    parse_lines(&text, dims, cells.entry(v.to_owned()).or_default());
                }
            }
        }
        Ok(kreise
            .iter()
            .map(|k| {
                let cells = by_region.remove(k).unwrap_or_default();
                ((*k).to_owned(), expr.eval(&Loaded(cells)))
            })
            .collect())
    }
}

impl Store {
    /// The Kreise of the body's own comparison group, by key.
    pub async fn peer_group(&self, body_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT region_key FROM peer_group_members WHERE body_id = $1 ORDER BY region_key",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Replaces the body's comparison group as typed (one Kreis per line, see
    /// `teilhabe_stats::peers::parse_chosen`); a line that names no Kreis is a field error
    /// on `members` and nothing is stored.
    pub async fn set_peer_group(&self, body_id: i64, text: &str) -> Result<Vec<String>> {
        self.body(body_id).await?;
        let keys = teilhabe_stats::peers::parse_chosen(text).map_err(|lines| {
            let mut e = teilhabe_domain::FieldErrors::new();
            for line in lines {
                e.add("members", line);
            }
            crate::StoreError::Invalid(e)
        })?;
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM peer_group_members WHERE body_id = $1")
            .bind(body_id)
            .execute(&mut *tx)
            .await?;
        for k in &keys {
            sqlx::query("INSERT INTO peer_group_members (body_id, region_key) VALUES ($1, $2)")
                .bind(body_id)
                .bind(k)
                .execute(&mut *tx)
                .await?;
        }
        self.commit(tx).await?;
        Ok(keys.iter().map(|k| (*k).to_owned()).collect())
    }
}
