//! Bodies (Körperschaften): the tenants, named by their official key.

use crate::db::now;
use crate::error::Taken;
use crate::{Body, Result, Store, StoreError};
use sqlx::AssertSqlSafe;
use teilhabe_domain::Coded;
use teilhabe_domain::bodies::BodyDraft;

const COLUMNS: &str =
    "id, key, name, short_name, kind, website, contact_email, created_at, modified_at";

impl Store {
    pub async fn list_bodies(&self) -> Result<Vec<Body>> {
        let sql = format!("SELECT {COLUMNS} FROM bodies ORDER BY name, id");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn body(&self, id: i64) -> Result<Body> {
        let sql = format!("SELECT {COLUMNS} FROM bodies WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Körperschaft"))
    }

    pub async fn body_by_key(&self, key: &str) -> Result<Body> {
        let sql = format!("SELECT {COLUMNS} FROM bodies WHERE key = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(key)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Körperschaft"))
    }

    pub async fn create_body(&self, d: &BodyDraft) -> Result<Body> {
        let mut tx = self.begin().await?;
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO bodies (key, name, short_name, kind, website, contact_email, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(d.key.as_str())
        .bind(&d.name)
        .bind(&d.short_name)
        .bind(d.kind.code())
        .bind(&d.website)
        .bind(&d.contact_email)
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await
        .taken("key", || {
            format!("Eine Körperschaft mit dem Schlüssel {} gibt es schon.", d.key)
        })?;
        self.commit(tx).await?;
        self.body(id).await
    }

    pub async fn update_body(&self, id: i64, d: &BodyDraft) -> Result<Body> {
        let mut tx = self.begin().await?;
        let n = sqlx::query(
            "UPDATE bodies SET key = $1, name = $2, short_name = $3, kind = $4, website = $5,
             contact_email = $6, modified_at = $7 WHERE id = $8",
        )
        .bind(d.key.as_str())
        .bind(&d.name)
        .bind(&d.short_name)
        .bind(d.kind.code())
        .bind(&d.website)
        .bind(&d.contact_email)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await
        .taken("key", || {
            format!(
                "Eine andere Körperschaft hat schon den Schlüssel {}.",
                d.key
            )
        })?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound("Körperschaft"));
        }
        self.commit(tx).await?;
        self.body(id).await
    }

    /// Deletes a body only when nothing hangs on it any more.
    pub async fn delete_body(&self, id: i64) -> Result<()> {
        let body = self.body(id).await?;
        let mut tx = self.begin().await?;
        let mut parts = Vec::new();
        for (table, what) in [
            ("concepts", "Konzeptfassungen"),
            ("organizations", "Organisationen"),
            ("persons", "Personen"),
            ("target_groups", "Zielgruppen"),
            ("meetings", "Sitzungen"),
            ("papers", "Vorlagen"),
            ("resolutions", "Beschlüsse der Beschlussverfolgung"),
            ("locations", "Orte"),
            ("funding_programmes", "Förderprogramme"),
        ] {
            let n: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM {table} WHERE body_id = $1"
            )))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        if !parts.is_empty() {
            return Err(StoreError::Refused(format!(
                "{} kann nicht gelöscht werden, solange noch {} dazugehören. Bitte diese zuerst löschen.",
                body.name,
                parts.join(", ")
            )));
        }
        for sql in [
            "DELETE FROM planning_area_members WHERE area_id IN (SELECT id FROM planning_areas WHERE body_id = $1)",
            "DELETE FROM planning_areas WHERE body_id = $1",
            "DELETE FROM indicators WHERE body_id = $1",
            "DELETE FROM content_translations WHERE body_id = $1",
            "DELETE FROM oparl_ids WHERE source_id IN (SELECT id FROM oparl_sources WHERE body_id = $1)",
            "DELETE FROM oparl_sources WHERE body_id = $1",
            "DELETE FROM bodies WHERE id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        self.commit(tx).await?;
        Ok(())
    }
}
