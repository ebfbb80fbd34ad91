//! The measure plan's working sheet, stored: every change a filled-in sheet brings — a
//! measure's own fields, a new progress report, a milestone changed or added — in one
//! transaction, so that a sheet is taken over completely or not at all.

use crate::concepts::next_position;
use crate::db::now;
use crate::measures::{check_references, insert_measure, write_measure};
use crate::{Result, Store, StoreError};
use sqlx::{Any, Transaction};
use teilhabe_domain::concepts::{MeasureDraft, ProgressReportDraft};
use teilhabe_domain::controlling::MilestoneDraft;
use teilhabe_domain::{Coded, OrganizationKind};

/// One change of a sheet, checked by the forms' parsers.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanChange {
    /// The measure's own fields (its status and progress stay as they are: those follow
    /// the reports).
    Measure { id: i64, draft: MeasureDraft },
    /// A new progress report by the coordination.
    Report {
        measure_id: i64,
        draft: ProgressReportDraft,
    },
    /// A milestone changed (`id`) or added.
    Milestone {
        id: Option<i64>,
        measure_id: i64,
        draft: MilestoneDraft,
    },
    /// A measure the sheet brings (a row without a key), under its field of action and
    /// goal, led by its organisation — each an existing one or one made by the same name
    /// (once per name, however many rows name it). The draft's lead is set when stored.
    NewMeasure {
        field: Named,
        goal: Named,
        lead: Named,
        draft: MeasureDraft,
    },
}

/// A record a new measure names: one that exists, or one to be made by that name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Named {
    Existing(i64),
    New(String),
}

/// The records made for new measures in one import, by name.
#[derive(Default)]
struct Made {
    fields: std::collections::HashMap<String, i64>,
    goals: std::collections::HashMap<(i64, String), i64>,
    organizations: std::collections::HashMap<String, i64>,
}

impl Store {
    /// Stores `changes` to measures of `concept_id`, all or nothing. Returns how many.
    pub async fn apply_plan(&self, concept_id: i64, changes: &[PlanChange]) -> Result<usize> {
        let body_id: i64 = sqlx::query_scalar("SELECT body_id FROM concepts WHERE id = $1")
            .bind(concept_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Konzeptfassung"))?;
        let mut tx = self.begin().await?;
        self.plan_each_statement(&mut tx).await?;
        let stamp = now();
        let mut made = Made::default();
        for change in changes {
            match change {
                PlanChange::Measure { id, draft } => {
                    let position = of_concept(&mut tx, concept_id, *id).await?;
                    check_references(&mut tx, body_id, draft).await?;
                    write_measure(&mut tx, *id, position, draft, &stamp).await?;
                }
                PlanChange::Report { measure_id, draft } => {
                    of_concept(&mut tx, concept_id, *measure_id).await?;
                    insert_report(&mut tx, *measure_id, draft, &stamp).await?;
                }
                PlanChange::Milestone {
                    id,
                    measure_id,
                    draft,
                } => {
                    of_concept(&mut tx, concept_id, *measure_id).await?;
                    write_milestone(&mut tx, *id, *measure_id, draft, &stamp).await?;
                }
                PlanChange::NewMeasure {
                    field,
                    goal,
                    lead,
                    draft,
                } => {
                    let goal_id = made.goal(&mut tx, concept_id, field, goal, &stamp).await?;
                    let mut draft = draft.clone();
                    draft.lead_organization_id =
                        made.organization(&mut tx, body_id, lead, &stamp).await?;
                    insert_measure(&mut tx, body_id, goal_id, &draft, &stamp).await?;
                }
            }
        }
        self.commit(tx).await?;
        Ok(changes.len())
    }
}

/// The measure's position, if it is one of the concept's; refused otherwise.
async fn of_concept(
    tx: &mut Transaction<'_, Any>,
    concept_id: i64,
    measure_id: i64,
) -> Result<i64> {
    sqlx::query_scalar(
        "SELECT m.position FROM measures m JOIN goals g ON g.id = m.goal_id \
         JOIN fields_of_action f ON f.id = g.field_id WHERE m.id = $1 AND f.concept_id = $2",
    )
    .bind(measure_id)
    .bind(concept_id)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or_else(|| {
        StoreError::Refused(format!(
            "Die Maßnahme Nr. {measure_id} gehört nicht zu dieser Konzeptfassung."
        ))
    })
}

/// A coordinator's report: approved at once, and the measure takes over its status and
/// progress if it is the newest.
async fn insert_report(
    tx: &mut Transaction<'_, Any>,
    measure_id: i64,
    d: &ProgressReportDraft,
    stamp: &str,
) -> Result<()> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO progress_reports (measure_id, reported_on, status, progress, narrative, spent_cents, \
         reporter_organization_id, created_at, review_state) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'approved') RETURNING id",
    )
    .bind(measure_id)
    .bind(d.reported_on.iso())
    .bind(d.status.code())
    .bind(i64::from(d.progress.value()))
    .bind(&d.narrative)
    .bind(d.spent.map(|m| m.cents()))
    .bind(d.reporter_organization_id)
    .bind(stamp)
    .fetch_one(&mut **tx)
    .await?;
    crate::measures::adopt_if_newest(tx, measure_id, id).await
}

async fn write_milestone(
    tx: &mut Transaction<'_, Any>,
    id: Option<i64>,
    measure_id: i64,
    d: &MilestoneDraft,
    stamp: &str,
) -> Result<()> {
    let done = d.done_on.map(|x| x.iso());
    match id {
        Some(id) => {
            let n = sqlx::query(
                "UPDATE milestones SET title = $1, due_on = $2, done_on = $3, modified_at = $4 \
                 WHERE id = $5 AND measure_id = $6",
            )
            .bind(&d.title)
            .bind(d.due_on.iso())
            .bind(done)
            .bind(stamp)
            .bind(id)
            .bind(measure_id)
            .execute(&mut **tx)
            .await?
            .rows_affected();
            if n == 0 {
                return Err(StoreError::Refused(format!(
                    "Den Meilenstein Nr. {id} gibt es bei dieser Maßnahme nicht."
                )));
            }
        }
        None => {
            sqlx::query(
                "INSERT INTO milestones (measure_id, title, due_on, done_on, created_at, modified_at) \
                 VALUES ($1, $2, $3, $4, $5, $5)",
            )
            .bind(measure_id)
            .bind(&d.title)
            .bind(d.due_on.iso())
            .bind(done)
            .bind(stamp)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

impl Made {
    /// The goal, made (with its field) if new; an existing one is checked to be the
    /// concept's.
    async fn goal(
        &mut self,
        tx: &mut Transaction<'_, Any>,
        concept_id: i64,
        field: &Named,
        goal: &Named,
        stamp: &str,
    ) -> Result<i64> {
        let title = match goal {
            Named::New(title) => title,
            Named::Existing(id) => {
                let found: Option<i64> = sqlx::query_scalar(
                    "SELECT g.id FROM goals g JOIN fields_of_action f ON f.id = g.field_id \
                     WHERE g.id = $1 AND f.concept_id = $2",
                )
                .bind(id)
                .bind(concept_id)
                .fetch_optional(&mut **tx)
                .await?;
                return found.ok_or(StoreError::NotFound("Ziel"));
            }
        };
        let field_id = match field {
            Named::Existing(id) => *id,
            Named::New(name) => {
                if let Some(id) = self.fields.get(name) {
                    *id
                } else {
                    let position =
                        next_position(tx, "fields_of_action", "concept_id", concept_id).await?;
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO fields_of_action (concept_id, position, title, created_at, modified_at) \
                         VALUES ($1, $2, $3, $4, $4) RETURNING id",
                    )
                    .bind(concept_id)
                    .bind(position)
                    .bind(name)
                    .bind(stamp)
                    .fetch_one(&mut **tx)
                    .await?;
                    self.fields.insert(name.clone(), id);
                    id
                }
            }
        };
        if let Some(id) = self.goals.get(&(field_id, title.clone())) {
            return Ok(*id);
        }
        let position = next_position(tx, "goals", "field_id", field_id).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO goals (field_id, position, title, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(field_id)
        .bind(position)
        .bind(title)
        .bind(stamp)
        .fetch_one(&mut **tx)
        .await?;
        self.goals.insert((field_id, title.clone()), id);
        Ok(id)
    }

    /// The organisation, made (as an external actor) if new.
    async fn organization(
        &mut self,
        tx: &mut Transaction<'_, Any>,
        body_id: i64,
        lead: &Named,
        stamp: &str,
    ) -> Result<i64> {
        let name = match lead {
            Named::Existing(id) => return Ok(*id),
            Named::New(name) => name,
        };
        if let Some(id) = self.organizations.get(name) {
            return Ok(*id);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organizations (body_id, name, kind, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(body_id)
        .bind(name)
        .bind(OrganizationKind::External.code())
        .bind(stamp)
        .fetch_one(&mut **tx)
        .await?;
        self.organizations.insert(name.clone(), id);
        Ok(id)
    }
}
