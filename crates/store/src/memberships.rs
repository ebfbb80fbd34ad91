//! Memberships: who sits in which organisation, with role, voting right and period.

use crate::db::now;
use crate::organizations::MEMBERSHIP_COLUMNS;
use crate::{Membership, Result, Store, StoreError};
use sqlx::AssertSqlSafe;
use teilhabe_domain::bodies::MembershipDraft;

impl Store {
    /// The current (not deleted) members of an organisation, in the order they were added.
    pub async fn memberships_of_organization(
        &self,
        organization_id: i64,
    ) -> Result<Vec<Membership>> {
        let sql = format!(
            "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE organization_id = $1 AND deleted = 0 ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(organization_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn membership(&self, id: i64) -> Result<Membership> {
        let sql = format!("SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Mitgliedschaft"))
    }

    /// Adds a person to an organisation of the same body.
    pub async fn create_membership(
        &self,
        organization_id: i64,
        d: &MembershipDraft,
    ) -> Result<Membership> {
        let org = self.organization(organization_id).await?;
        let person = self
            .person(d.person_id)
            .await
            .map_err(|_| StoreError::invalid("person_id", "Diese Person gibt es nicht."))?;
        if person.body_id != org.body_id || person.deleted != 0 {
            return Err(StoreError::invalid(
                "person_id",
                "Die Person gehört nicht zu dieser Körperschaft.",
            ));
        }
        let stamp = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO memberships (person_id, organization_id, role, voting_right, start_date, end_date, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(d.person_id)
        .bind(organization_id)
        .bind(&d.role)
        .bind(i64::from(d.voting_right))
        .bind(d.period.start().map(|x| x.iso()))
        .bind(d.period.end().map(|x| x.iso()))
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.membership(id).await
    }

    /// Ends a membership record (soft delete, so OParl clients learn of it).
    pub async fn delete_membership(&self, id: i64) -> Result<()> {
        self.membership(id).await?;
        self.execute(
            sqlx::query("UPDATE memberships SET deleted = 1, modified_at = $1 WHERE id = $2")
                .bind(now())
                .bind(id),
        )
        .await?;
        Ok(())
    }

    /// Memberships of several persons, for embedding in OParl (one query, not deleted).
    pub async fn oparl_memberships_of_persons(
        &self,
        person_ids: &[i64],
    ) -> Result<Vec<Membership>> {
        self.memberships_where("person_id", person_ids, false).await
    }

    /// Memberships of several organisations held by public persons (what OParl embeds).
    pub async fn oparl_public_memberships_of_organizations(
        &self,
        organization_ids: &[i64],
    ) -> Result<Vec<Membership>> {
        self.memberships_where("organization_id", organization_ids, true)
            .await
    }

    /// Memberships of several organisations (one query, not deleted).
    pub async fn oparl_memberships_of_organizations(
        &self,
        organization_ids: &[i64],
    ) -> Result<Vec<Membership>> {
        self.memberships_where("organization_id", organization_ids, false)
            .await
    }

    async fn memberships_where(
        &self,
        column: &str,
        ids: &[i64],
        public_persons: bool,
    ) -> Result<Vec<Membership>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = crate::db::id_list(ids);
        let public = if public_persons {
            " AND person_id IN (SELECT id FROM persons WHERE public = 1)"
        } else {
            ""
        };
        let sql = format!(
            "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE {column} IN ({list}) AND deleted = 0{public} ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }
}
