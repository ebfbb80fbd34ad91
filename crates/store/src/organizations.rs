//! Organisations (departments, committees, groups, external actors), persons and target
//! groups: the "who" and "for whom" that measures refer to. All belong to one body.

use crate::db::now;
use crate::error::Taken;
use crate::{Organization, Person, Result, Store, StoreError, TargetGroup};
use sqlx::AssertSqlSafe;
use sqlx::{Any, Transaction};
use teilhabe_domain::Coded;
use teilhabe_domain::access::Principal;
use teilhabe_domain::bodies::{OrganizationDraft, PersonDraft};
use teilhabe_domain::concepts::TargetGroupDraft;

pub(crate) const ORG_COLUMNS: &str = "id, body_id, name, short_name, kind, classification, website, start_date, end_date, created_at, modified_at, deleted";
pub(crate) const PERSON_COLUMNS: &str = "id, body_id, name, role_title, organization_id, email, phone, created_at, modified_at, deleted, erased_on, public";
pub(crate) const MEMBERSHIP_COLUMNS: &str = "id, person_id, organization_id, role, voting_right, start_date, end_date, deleted, created_at, modified_at";
const TG_COLUMNS: &str = "id, body_id, name, description, created_at, modified_at";

impl Store {
    /// The rows of `sql` for `organizations`, in one query: `sql` names them as
    /// `IN (:organizations)`. What an actor's organizations lead, organize or brought in.
    pub(crate) async fn per_organization<T>(
        &self,
        sql: &'static str,
        organizations: &[i64],
    ) -> Result<Vec<T>>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
    {
        if organizations.is_empty() {
            return Ok(Vec::new());
        }
        let sql = sql.replace(":organizations", &crate::db::id_list(organizations));
        Ok(sqlx::query_as::<_, T>(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }
}

/// Fails with a field error unless every id names a row of `table` in the body.
pub(crate) async fn check_in_body(
    tx: &mut Transaction<'_, Any>,
    table: &str,
    body_id: i64,
    ids: &[i64],
    field: &str,
    what: &str,
) -> Result<()> {
    for id in ids {
        let found: Option<i64> = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT id FROM {table} WHERE id = $1 AND body_id = $2"
        )))
        .bind(*id)
        .bind(body_id)
        .fetch_optional(&mut **tx)
        .await?;
        if found.is_none() {
            return Err(StoreError::invalid(
                field,
                format!("{what} Nr. {id} gibt es in dieser Körperschaft nicht."),
            ));
        }
    }
    Ok(())
}

/// Counts rows that still refer to a record, for refusing deletes with an explanation.
pub(crate) async fn count_refs(
    tx: &mut Transaction<'_, Any>,
    sql: &'static str,
    id: i64,
) -> Result<i64> {
    Ok(sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&mut **tx)
        .await?)
}

impl Store {
    /// The body's organizations' names by id, for tables that name leads and partners.
    pub async fn organization_names(
        &self,
        body_id: i64,
    ) -> Result<std::collections::HashMap<i64, String>> {
        Ok(self
            .organizations(body_id)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect())
    }

    pub async fn organizations(&self, body_id: i64) -> Result<Vec<Organization>> {
        let sql = format!(
            "SELECT {ORG_COLUMNS} FROM organizations WHERE body_id = $1 AND deleted = 0 ORDER BY name, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// A live organisation: a deleted one is not found (its pages, its edits).
    pub async fn organization(&self, id: i64) -> Result<Organization> {
        self.organization_row(id, true).await
    }

    /// The organisation a record refers to, deleted or not (an imported committee deleted at
    /// its source stays named in the consultations it held).
    pub async fn organization_referred(&self, id: i64) -> Result<Organization> {
        self.organization_row(id, false).await
    }

    async fn organization_row(&self, id: i64, live: bool) -> Result<Organization> {
        let live = if live { " AND deleted = 0" } else { "" };
        let sql = format!("SELECT {ORG_COLUMNS} FROM organizations WHERE id = $1{live}");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Organisation"))
    }

    pub async fn create_organization(
        &self,
        body_id: i64,
        d: &OrganizationDraft,
    ) -> Result<Organization> {
        self.body(body_id).await?;
        let ts = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organizations (body_id, name, short_name, kind, classification, website, start_date, end_date, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.name)
        .bind(&d.short_name)
        .bind(d.kind.code())
        .bind(d.classification.map(teilhabe_domain::Coded::code))
        .bind(&d.website)
        .bind(d.period.start().map(|x| x.iso()))
        .bind(d.period.end().map(|x| x.iso()))
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.organization(id).await
    }

    pub async fn update_organization(
        &self,
        id: i64,
        d: &OrganizationDraft,
    ) -> Result<Organization> {
        let n = self.execute(sqlx::query(
            "UPDATE organizations SET name = $1, short_name = $2, kind = $3, classification = $4, website = $5,
             start_date = $6, end_date = $7, modified_at = $8 WHERE id = $9 AND deleted = 0",
        )
        .bind(&d.name)
        .bind(&d.short_name)
        .bind(d.kind.code())
        .bind(d.classification.map(teilhabe_domain::Coded::code))
        .bind(&d.website)
        .bind(d.period.start().map(|x| x.iso()))
        .bind(d.period.end().map(|x| x.iso()))
        .bind(now())
        .bind(id)
        )
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound("Organisation"));
        }
        self.organization(id).await
    }

    pub async fn delete_organization(&self, id: i64) -> Result<()> {
        let org = self.organization(id).await?;
        let mut tx = self.begin().await?;
        let lead = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM measures WHERE lead_organization_id = $1",
            id,
        )
        .await?;
        let partner = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM measure_partners WHERE organization_id = $1",
            id,
        )
        .await?;
        let reports = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM progress_reports WHERE reporter_organization_id = $1",
            id,
        )
        .await?;
        let persons = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM persons WHERE organization_id = $1 AND deleted = 0",
            id,
        )
        .await?;
        let council = count_refs(
            &mut tx,
            "SELECT (SELECT COUNT(*) FROM meeting_organizations WHERE organization_id = $1)
                  + (SELECT COUNT(*) FROM consultations WHERE organization_id = $1)
                  + (SELECT COUNT(*) FROM papers WHERE submitter_organization_id = $1 OR lead_organization_id = $1)
                  + (SELECT COUNT(*) FROM reporting_cycles WHERE organization_id = $1)
                  + (SELECT COUNT(*) FROM participation_events WHERE organizer_id = $1)
                  + (SELECT COUNT(*) FROM contributions WHERE organization_id = $1)
                  + (SELECT COUNT(*) FROM resolutions WHERE lead_organization_id = $1)",
            id,
        )
        .await?;
        let members = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM memberships WHERE organization_id = $1 AND deleted = 0",
            id,
        )
        .await?;
        let mut uses = Vec::new();
        if council > 0 {
            uses.push(format!("in {council} Sitzung(en), Beratung(en), Vorlage(n), Berichtspflicht(en), Beschlüssen oder Beteiligungsformat(en) genannt"));
        }
        if members > 0 {
            uses.push(format!("Gremium von {members} Mitgliedschaft(en)"));
        }
        if lead > 0 {
            uses.push(format!("federführend bei {lead} Maßnahme(n)"));
        }
        if partner > 0 {
            uses.push(format!("Partner bei {partner} Maßnahme(n)"));
        }
        if reports > 0 {
            uses.push(format!("Absender von {reports} Sachstandsmeldung(en)"));
        }
        if persons > 0 {
            uses.push(format!("Organisation von {persons} Person(en)"));
        }
        if !uses.is_empty() {
            return Err(StoreError::Refused(format!(
                "„{}“ kann nicht gelöscht werden: Sie ist noch {}. Bitte zuerst die Maßnahmen einer anderen Organisation zuordnen.",
                org.name,
                uses.join(", ")
            )));
        }
        // Kept as deleted: OParl clients that harvested it learn of the deletion (OParl 1.1
        // §2.8), and its history stays in the audit trail.
        sqlx::query("UPDATE organizations SET deleted = 1, modified_at = $1 WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn persons(&self, body_id: i64) -> Result<Vec<Person>> {
        let sql = format!(
            "SELECT {PERSON_COLUMNS} FROM persons WHERE body_id = $1 AND deleted = 0 ORDER BY name, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// A live person: a deleted one is not found (its pages, its edits).
    pub async fn person(&self, id: i64) -> Result<Person> {
        self.person_row(id, true).await
    }

    /// The person a record refers to (a paper's submitter), deleted or not; also what the
    /// privacy rights reach, which hold for a deleted person's stored data too.
    pub async fn person_referred(&self, id: i64) -> Result<Person> {
        self.person_row(id, false).await
    }

    async fn person_row(&self, id: i64, live: bool) -> Result<Person> {
        let live = if live { " AND deleted = 0" } else { "" };
        let sql = format!("SELECT {PERSON_COLUMNS} FROM persons WHERE id = $1{live}");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Person"))
    }

    /// The body's persons that `viewer` may see: the non-public ones only for those who read
    /// the body's non-public records. Every page and API that names persons to a viewer goes
    /// through this or [`Store::person_seen_by`].
    pub async fn persons_seen_by(
        &self,
        body_id: i64,
        viewer: Option<&Principal>,
    ) -> Result<Vec<Person>> {
        let reader = viewer.is_some_and(|v| v.reads_internal(body_id));
        let mut persons = self.persons(body_id).await?;
        persons.retain(|p| p.public.0 || reader);
        Ok(persons)
    }

    /// The person, if `viewer` may see it; `None` for a non-public one that the viewer may not
    /// (not told apart from one that does not exist).
    pub async fn person_seen_by(
        &self,
        id: i64,
        viewer: Option<&Principal>,
    ) -> Result<Option<Person>> {
        let p = self.person(id).await?;
        let seen = p.public.0 || viewer.is_some_and(|v| v.reads_internal(p.body_id));
        Ok(seen.then_some(p))
    }

    pub async fn create_person(&self, body_id: i64, d: &PersonDraft) -> Result<Person> {
        self.body(body_id).await?;
        let mut tx = self.begin().await?;
        if let Some(org) = d.organization_id {
            check_in_body(
                &mut tx,
                "organizations",
                body_id,
                &[org],
                "organization_id",
                "Die Organisation",
            )
            .await?;
        }
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO persons (body_id, name, role_title, organization_id, email, phone, created_at, modified_at, public)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.name)
        .bind(&d.role_title)
        .bind(d.organization_id)
        .bind(&d.email)
        .bind(&d.phone)
        .bind(&ts)
        .bind(i64::from(d.public))
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.person(id).await
    }

    pub async fn update_person(&self, id: i64, d: &PersonDraft) -> Result<Person> {
        let current = self.person(id).await?;
        let mut tx = self.begin().await?;
        if let Some(org) = d.organization_id {
            check_in_body(
                &mut tx,
                "organizations",
                current.body_id,
                &[org],
                "organization_id",
                "Die Organisation",
            )
            .await?;
        }
        sqlx::query(
            "UPDATE persons SET name = $1, role_title = $2, organization_id = $3, email = $4, phone = $5, modified_at = $6,
             public = $8 WHERE id = $7",
        )
        .bind(&d.name)
        .bind(&d.role_title)
        .bind(d.organization_id)
        .bind(&d.email)
        .bind(&d.phone)
        .bind(now())
        .bind(id)
        .bind(i64::from(d.public))
        .execute(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.person(id).await
    }

    pub async fn delete_person(&self, id: i64) -> Result<()> {
        let person = self.person(id).await?;
        let mut tx = self.begin().await?;
        let n = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM measures WHERE contact_person_id = $1",
            id,
        )
        .await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ ist noch Ansprechperson für {n} Maßnahme(n). Bitte dort zuerst eine andere Ansprechperson eintragen.",
                person.name
            )));
        }
        let seats = count_refs(
            &mut tx,
            "SELECT (SELECT COUNT(*) FROM memberships WHERE person_id = $1)
                  + (SELECT COUNT(*) FROM papers WHERE submitter_person_id = $1)",
            id,
        )
        .await?;
        if seats > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ hat noch {seats} Mitgliedschaft(en) oder eingereichte Vorlage(n); diese bleiben mit der Person verbunden.",
                person.name
            )));
        }
        // Kept as deleted, for OParl clients (§2.8); the OParl server shows a deleted person
        // without name or function. Erasing its data is `erase_person`.
        sqlx::query("UPDATE persons SET deleted = 1, modified_at = $1 WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn target_groups(&self, body_id: i64) -> Result<Vec<TargetGroup>> {
        let sql =
            format!("SELECT {TG_COLUMNS} FROM target_groups WHERE body_id = $1 ORDER BY name, id");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn target_group(&self, id: i64) -> Result<TargetGroup> {
        let sql = format!("SELECT {TG_COLUMNS} FROM target_groups WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Zielgruppe"))
    }

    pub async fn create_target_group(
        &self,
        body_id: i64,
        d: &TargetGroupDraft,
    ) -> Result<TargetGroup> {
        self.body(body_id).await?;
        let ts = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO target_groups (body_id, name, description, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.name)
        .bind(&d.description)
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await
        .taken("name", || {
            format!("Die Zielgruppe „{}“ gibt es schon.", d.name)
        })?;
        self.commit(tx).await?;
        self.target_group(id).await
    }

    pub async fn update_target_group(&self, id: i64, d: &TargetGroupDraft) -> Result<TargetGroup> {
        self.target_group(id).await?;
        self.execute(sqlx::query(
            "UPDATE target_groups SET name = $1, description = $2, modified_at = $3 WHERE id = $4",
        )
        .bind(&d.name)
        .bind(&d.description)
        .bind(now())
        .bind(id)
        )
        .await
        .taken("name", || {
            format!("Die Zielgruppe „{}“ gibt es schon.", d.name)
        })?;
        self.target_group(id).await
    }

    pub async fn delete_target_group(&self, id: i64) -> Result<()> {
        let tg = self.target_group(id).await?;
        let mut tx = self.begin().await?;
        let n = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM measure_target_groups WHERE target_group_id = $1",
            id,
        )
        .await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "Die Zielgruppe „{}“ ist noch {n} Maßnahme(n) zugeordnet und kann deshalb nicht gelöscht werden.",
                tg.name
            )));
        }
        sqlx::query("DELETE FROM target_groups WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }
}
