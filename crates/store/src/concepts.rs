//! Concept versions and their tree: principles, fields of action, goals.
//!
//! A concept version that is adopted supersedes the body's previously adopted one, so a
//! body has at most one adopted version and the history of versions stays linked.

use crate::db::now;
use crate::organizations::count_refs;
use crate::{Concept, FieldOfAction, Goal, Principle, Result, Store, StoreError};
use sqlx::AssertSqlSafe;
use sqlx::{Any, Transaction};
use teilhabe_domain::concepts::{ConceptDraft, FieldOfActionDraft, GoalDraft, PrincipleDraft};
use teilhabe_domain::{Coded, ConceptStatus};

const CONCEPT_COLUMNS: &str = "id, body_id, title, kind, version_label, status, adopted_on, summary, paper_reference, supersedes_id, consultation_from, consultation_until, created_at, modified_at";
const PRINCIPLE_COLUMNS: &str =
    "id, concept_id, position, title, text, carried_from_id, created_at, modified_at";
const FIELD_COLUMNS: &str =
    "id, concept_id, position, title, description, carried_from_id, created_at, modified_at";
const GOAL_COLUMNS: &str = "id, field_id, position, title, description, target_note, carried_from_id, created_at, modified_at";

/// The position after the last sibling, for records added without one.
pub(crate) async fn next_position(
    tx: &mut Transaction<'_, Any>,
    table: &str,
    parent_column: &str,
    parent_id: i64,
) -> Result<i64> {
    let max: Option<i64> = sqlx::query_scalar(AssertSqlSafe(format!(
        "SELECT MAX(position) FROM {table} WHERE {parent_column} = $1"
    )))
    .bind(parent_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(max.unwrap_or(0) + 1)
}

impl Store {
    pub async fn concepts(&self, body_id: i64) -> Result<Vec<Concept>> {
        let sql = format!(
            "SELECT {CONCEPT_COLUMNS} FROM concepts WHERE body_id = $1 ORDER BY COALESCE(adopted_on, created_at) DESC, id DESC"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn concept(&self, id: i64) -> Result<Concept> {
        let sql = format!("SELECT {CONCEPT_COLUMNS} FROM concepts WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Konzeptfassung"))
    }

    /// The version in force: the adopted one, else the newest version of any status.
    pub async fn current_concept(&self, body_id: i64) -> Result<Option<Concept>> {
        let concepts = self.concepts(body_id).await?;
        let adopted = concepts
            .iter()
            .find(|c| c.status == ConceptStatus::Adopted.code())
            .cloned();
        Ok(adopted.or_else(|| {
            concepts
                .into_iter()
                .find(|c| c.status != ConceptStatus::Superseded.code())
        }))
    }

    pub async fn create_concept(&self, body_id: i64, d: &ConceptDraft) -> Result<Concept> {
        self.body(body_id).await?;
        let mut tx = self.begin().await?;
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO concepts (body_id, title, kind, version_label, status, adopted_on, summary, paper_reference,
             consultation_from, consultation_until, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $10, $11, $9, $9) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.title)
        .bind(d.kind.code())
        .bind(&d.version_label)
        .bind(d.status.code())
        .bind(d.adopted_on.map(|x| x.iso()))
        .bind(&d.summary)
        .bind(&d.paper_reference)
        .bind(&ts)
        .bind(d.consultation.start().map(|x| x.iso()))
        .bind(d.consultation.end().map(|x| x.iso()))
        .fetch_one(&mut *tx)
        .await?;
        settle_versions(&mut tx, body_id, id, d, None).await?;
        self.commit(tx).await?;
        self.concept(id).await
    }

    pub async fn update_concept(&self, id: i64, d: &ConceptDraft) -> Result<Concept> {
        let current = self.concept(id).await?;
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE concepts SET title = $1, kind = $2, version_label = $3, status = $4, adopted_on = $5, summary = $6,
             paper_reference = $7, modified_at = $8, consultation_from = $10, consultation_until = $11 WHERE id = $9",
        )
        .bind(&d.title)
        .bind(d.kind.code())
        .bind(&d.version_label)
        .bind(d.status.code())
        .bind(d.adopted_on.map(|x| x.iso()))
        .bind(&d.summary)
        .bind(&d.paper_reference)
        .bind(now())
        .bind(id)
        .bind(d.consultation.start().map(|x| x.iso()))
        .bind(d.consultation.end().map(|x| x.iso()))
        .execute(&mut *tx)
        .await?;
        settle_versions(&mut tx, current.body_id, id, d, current.supersedes_id).await?;
        self.commit(tx).await?;
        self.concept(id).await
    }

    pub async fn delete_concept(&self, id: i64) -> Result<()> {
        let c = self.concept(id).await?;
        let mut tx = self.begin().await?;
        let fields = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM fields_of_action WHERE concept_id = $1",
            id,
        )
        .await?;
        let principles = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM principles WHERE concept_id = $1",
            id,
        )
        .await?;
        if fields + principles > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ ({}) hat noch {fields} Handlungsfeld(er) und {principles} Leitsatz/Leitsätze. Bitte diese zuerst löschen — oder die Fassung als „abgelöst“ kennzeichnen, damit die Geschichte erhalten bleibt.",
                c.title, c.version_label
            )));
        }
        let comments = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM comments WHERE concept_id = $1",
            id,
        )
        .await?;
        if comments > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ ({}) hat {comments} Kommentar(e) aus der Online-Beteiligung; sie bleiben nachvollziehbar. Die Fassung bitte als „abgelöst“ kennzeichnen.",
                c.title, c.version_label
            )));
        }
        sqlx::query("UPDATE concepts SET supersedes_id = NULL WHERE supersedes_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM measure_carry_overs WHERE concept_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        crate::translations::forget(&mut tx, "concepts", id).await?;
        sqlx::query("DELETE FROM concepts WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn principles(&self, concept_id: i64) -> Result<Vec<Principle>> {
        let sql = format!(
            "SELECT {PRINCIPLE_COLUMNS} FROM principles WHERE concept_id = $1 ORDER BY position, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn principle(&self, id: i64) -> Result<Principle> {
        let sql = format!("SELECT {PRINCIPLE_COLUMNS} FROM principles WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Leitsatz"))
    }

    pub async fn create_principle(&self, concept_id: i64, d: &PrincipleDraft) -> Result<Principle> {
        self.concept(concept_id).await?;
        let mut tx = self.begin().await?;
        let position = match d.position {
            Some(p) => p,
            None => next_position(&mut tx, "principles", "concept_id", concept_id).await?,
        };
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO principles (concept_id, position, title, text, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(concept_id)
        .bind(position)
        .bind(&d.title)
        .bind(&d.text)
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.principle(id).await
    }

    pub async fn update_principle(&self, id: i64, d: &PrincipleDraft) -> Result<Principle> {
        let current = self.principle(id).await?;
        self.execute(sqlx::query("UPDATE principles SET position = $1, title = $2, text = $3, modified_at = $4 WHERE id = $5")
            .bind(d.position.unwrap_or(current.position))
            .bind(&d.title)
            .bind(&d.text)
            .bind(now())
            .bind(id)
            )
            .await?;
        self.principle(id).await
    }

    pub async fn delete_principle(&self, id: i64) -> Result<()> {
        self.principle(id).await?;
        let mut tx = self.begin().await?;
        crate::translations::forget(&mut tx, "principles", id).await?;
        crate::revision::forget_lineage(&mut tx, "principles", id).await?;
        sqlx::query("DELETE FROM principles WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await
    }

    pub async fn fields_of_action(&self, concept_id: i64) -> Result<Vec<FieldOfAction>> {
        let sql = format!(
            "SELECT {FIELD_COLUMNS} FROM fields_of_action WHERE concept_id = $1 ORDER BY position, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn field_of_action(&self, id: i64) -> Result<FieldOfAction> {
        let sql = format!("SELECT {FIELD_COLUMNS} FROM fields_of_action WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Handlungsfeld"))
    }

    pub async fn create_field_of_action(
        &self,
        concept_id: i64,
        d: &FieldOfActionDraft,
    ) -> Result<FieldOfAction> {
        self.concept(concept_id).await?;
        let mut tx = self.begin().await?;
        let position = match d.position {
            Some(p) => p,
            None => next_position(&mut tx, "fields_of_action", "concept_id", concept_id).await?,
        };
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO fields_of_action (concept_id, position, title, description, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(concept_id)
        .bind(position)
        .bind(&d.title)
        .bind(&d.description)
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.field_of_action(id).await
    }

    pub async fn update_field_of_action(
        &self,
        id: i64,
        d: &FieldOfActionDraft,
    ) -> Result<FieldOfAction> {
        let current = self.field_of_action(id).await?;
        self.execute(sqlx::query("UPDATE fields_of_action SET position = $1, title = $2, description = $3, modified_at = $4 WHERE id = $5")
            .bind(d.position.unwrap_or(current.position))
            .bind(&d.title)
            .bind(&d.description)
            .bind(now())
            .bind(id)
            )
            .await?;
        self.field_of_action(id).await
    }

    /// Refused while goals hang on the field: no orphans, and no silent loss of measures.
    pub async fn delete_field_of_action(&self, id: i64) -> Result<()> {
        let field = self.field_of_action(id).await?;
        let mut tx = self.begin().await?;
        let goals = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM goals WHERE field_id = $1",
            id,
        )
        .await?;
        if goals > 0 {
            return Err(StoreError::Refused(format!(
                "Das Handlungsfeld „{}“ hat noch {goals} Ziel(e). Bitte die Ziele zuerst löschen oder einem anderen Handlungsfeld zuordnen.",
                field.title
            )));
        }
        crate::translations::forget(&mut tx, "fields_of_action", id).await?;
        crate::revision::forget_lineage(&mut tx, "fields_of_action", id).await?;
        sqlx::query("DELETE FROM fields_of_action WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    /// Every goal of a concept, in the order of fields and positions.
    pub async fn goals_of_concept(&self, concept_id: i64) -> Result<Vec<Goal>> {
        let sql = "SELECT g.id, g.field_id, g.position, g.title, g.description, g.target_note, g.carried_from_id, g.created_at, g.modified_at
                   FROM goals g JOIN fields_of_action f ON f.id = g.field_id
                   WHERE f.concept_id = $1 ORDER BY f.position, f.id, g.position, g.id";
        Ok(sqlx::query_as(sql)
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn goals(&self, field_id: i64) -> Result<Vec<Goal>> {
        let sql =
            format!("SELECT {GOAL_COLUMNS} FROM goals WHERE field_id = $1 ORDER BY position, id");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(field_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn goal(&self, id: i64) -> Result<Goal> {
        let sql = format!("SELECT {GOAL_COLUMNS} FROM goals WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Ziel"))
    }

    pub async fn create_goal(&self, field_id: i64, d: &GoalDraft) -> Result<Goal> {
        self.field_of_action(field_id).await?;
        let mut tx = self.begin().await?;
        let position = match d.position {
            Some(p) => p,
            None => next_position(&mut tx, "goals", "field_id", field_id).await?,
        };
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO goals (field_id, position, title, description, target_note, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(field_id)
        .bind(position)
        .bind(&d.title)
        .bind(&d.description)
        .bind(&d.target_note)
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.goal(id).await
    }

    pub async fn update_goal(&self, id: i64, d: &GoalDraft) -> Result<Goal> {
        let current = self.goal(id).await?;
        self.execute(sqlx::query(
            "UPDATE goals SET position = $1, title = $2, description = $3, target_note = $4, modified_at = $5 WHERE id = $6",
        )
        .bind(d.position.unwrap_or(current.position))
        .bind(&d.title)
        .bind(&d.description)
        .bind(&d.target_note)
        .bind(now())
        .bind(id)
        )
        .await?;
        self.goal(id).await
    }

    pub async fn delete_goal(&self, id: i64) -> Result<()> {
        let goal = self.goal(id).await?;
        let mut tx = self.begin().await?;
        let n = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM measures WHERE goal_id = $1",
            id,
        )
        .await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "Das Ziel „{}“ hat noch {n} Maßnahme(n). Bitte die Maßnahmen zuerst löschen oder einem anderen Ziel zuordnen.",
                goal.title
            )));
        }
        crate::translations::forget(&mut tx, "goals", id).await?;
        crate::revision::forget_lineage(&mut tx, "goals", id).await?;
        sqlx::query("DELETE FROM goals WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    /// The body a goal belongs to.
    pub async fn body_id_of_goal(&self, goal_id: i64) -> Result<i64> {
        sqlx::query_scalar(
            "SELECT c.body_id FROM goals g JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE g.id = $1",
        )
        .bind(goal_id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Ziel"))
    }
}

/// Keeps one adopted version per body and links the versions.
async fn settle_versions(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    id: i64,
    d: &ConceptDraft,
    kept: Option<i64>,
) -> Result<()> {
    if let Some(old) = d.supersedes_id {
        if old == id {
            return Err(StoreError::invalid(
                "supersedes_id",
                "Eine Fassung kann sich nicht selbst ablösen.",
            ));
        }
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM concepts WHERE id = $1 AND body_id = $2")
                .bind(old)
                .bind(body_id)
                .fetch_optional(&mut **tx)
                .await?;
        if found.is_none() {
            return Err(StoreError::invalid(
                "supersedes_id",
                format!("Die Fassung Nr. {old} gibt es in dieser Körperschaft nicht."),
            ));
        }
    }
    let mut supersedes = d.supersedes_id.or(kept);
    if d.status == ConceptStatus::Adopted {
        let previous: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM concepts WHERE body_id = $1 AND status = $2 AND id <> $3 ORDER BY adopted_on DESC, id DESC LIMIT 1",
        )
        .bind(body_id)
        .bind(ConceptStatus::Adopted.code())
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
        sqlx::query("UPDATE concepts SET status = $1, modified_at = $2 WHERE body_id = $3 AND status = $4 AND id <> $5")
            .bind(ConceptStatus::Superseded.code())
            .bind(now())
            .bind(body_id)
            .bind(ConceptStatus::Adopted.code())
            .bind(id)
            .execute(&mut **tx)
            .await?;
        supersedes = supersedes.or(previous);
    }
    sqlx::query("UPDATE concepts SET supersedes_id = $1 WHERE id = $2")
        .bind(supersedes)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
