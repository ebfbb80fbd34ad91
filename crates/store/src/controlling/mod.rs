//! Controlling: a body's settings for reporting, the facts each measure's reporting
//! obligation is computed from ([`teilhabe_domain::controlling::obligation`]), and the
//! measures' milestones.

pub mod reviews;
pub mod rounds;

use crate::db::now;
use crate::{Result, Store, StoreError};
use sqlx::AssertSqlSafe;
use teilhabe_domain::controlling::{
    MilestoneDraft, ReportInterval, ReportingFacts, SettingsDraft, milestone_late,
};
use teilhabe_domain::{Coded, Date, MeasureStatus};

/// A body's controlling settings as stored (defaults when never saved).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settings {
    pub report_interval: Option<ReportInterval>,
    /// Actors' reports wait for approval.
    pub approval: bool,
}

/// A milestone as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct Milestone {
    pub id: i64,
    pub measure_id: i64,
    pub title: String,
    pub due_on: String,
    pub done_on: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

/// One measure with what its reporting obligation is computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureReporting {
    pub body_id: i64,
    pub measure_id: i64,
    pub concept_id: i64,
    pub code: Option<String>,
    pub title: String,
    pub lead_organization_id: i64,
    pub public: bool,
    pub facts: ReportingFacts,
}

impl Milestone {
    /// Whether it is late on `day`: its date passed and it was not reached by then (a
    /// milestone reached after `day` was still open on it).
    pub fn is_late(&self, day: Date) -> bool {
        let done = self
            .done_on
            .as_deref()
            .and_then(|d| Date::parse(d).ok())
            .filter(|d| *d <= day);
        Date::parse(&self.due_on).is_ok_and(|due| milestone_late(due, done, day))
    }
}

const MILESTONE_COLUMNS: &str = "id, measure_id, title, due_on, done_on, created_at, modified_at";

/// `$1, $2, … $n`.
fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// body, measure, concept, code, title, lead, public, status, start, end, own interval,
/// last report, adopted, created.
type ReportingRow = (
    i64,
    i64,
    i64,
    Option<String>,
    String,
    i64,
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
    Option<String>,
    String,
);

fn reporting(
    row: ReportingRow,
    intervals: &std::collections::HashMap<i64, Option<ReportInterval>>,
) -> Result<MeasureReporting> {
    let (
        body_id,
        id,
        concept_id,
        code,
        title,
        lead,
        public,
        status,
        start,
        end,
        own,
        last,
        adopted,
        created,
    ) = row;
    let since = match adopted {
        Some(a) => date("adopted_on", &a)?,
        None => date("created_at", created.get(..10).unwrap_or(&created))?,
    };
    Ok(MeasureReporting {
        body_id,
        measure_id: id,
        concept_id,
        code,
        title,
        lead_organization_id: lead,
        public: public != 0,
        facts: ReportingFacts {
            interval: ReportInterval::effective(
                own.and_then(ReportInterval::from_months),
                intervals.get(&body_id).copied().flatten(),
            ),
            status: MeasureStatus::from_code(&status).unwrap_or(MeasureStatus::Planned),
            start: start.map(|s| date("start_date", &s)).transpose()?,
            end: end.map(|s| date("end_date", &s)).transpose()?,
            last_report: last.map(|s| date("reported_on", &s)).transpose()?,
            since,
        },
    })
}

fn date(field: &str, text: &str) -> Result<Date> {
    Date::parse(text).map_err(|e| StoreError::Refused(format!("{field}: {e}")))
}

impl Store {
    /// The body's controlling settings.
    pub async fn controlling_settings(&self, body_id: i64) -> Result<Settings> {
        let row: Option<(Option<i64>, i64)> = sqlx::query_as(
            "SELECT report_interval_months, approval FROM controlling_settings WHERE body_id = $1",
        )
        .bind(body_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(
            row.map_or_else(Settings::default, |(months, approval)| Settings {
                report_interval: months.and_then(ReportInterval::from_months),
                approval: approval != 0,
            }),
        )
    }

    /// Saves the body's controlling settings.
    pub async fn set_controlling_settings(&self, body_id: i64, d: &SettingsDraft) -> Result<()> {
        let stamp = now();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO controlling_settings (body_id, report_interval_months, approval, created_at, modified_at) \
             VALUES ($1, $2, $4, $3, $3) ON CONFLICT (body_id) DO UPDATE SET \
             report_interval_months = excluded.report_interval_months, approval = excluded.approval, \
             modified_at = excluded.modified_at",
        )
        .bind(body_id)
        .bind(d.report_interval.map(|i| i64::from(i.months())))
        .bind(&stamp)
        .bind(i64::from(d.approval))
        .execute(&mut *tx)
        .await?;
        self.commit(tx).await
    }

    /// Every measure of the body's concept versions in force or in preparation (not those
    /// superseded), with its reporting facts, in plan order.
    pub async fn reporting_of_body(&self, body_id: i64) -> Result<Vec<MeasureReporting>> {
        self.reporting_of_bodies(&[body_id]).await
    }

    /// [`Self::reporting_of_body`] for several bodies at once (the work queue of a
    /// coordinator of many), in two queries whatever their number.
    pub async fn reporting_of_bodies(&self, body_ids: &[i64]) -> Result<Vec<MeasureReporting>> {
        self.reporting(body_ids, None).await
    }

    /// The measures of `body_ids` (only `measure_id`, where given) with their facts.
    async fn reporting(
        &self,
        body_ids: &[i64],
        measure_id: Option<i64>,
    ) -> Result<Vec<MeasureReporting>> {
        if body_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = placeholders(body_ids.len());
        let mut q = sqlx::query_as::<_, (i64, Option<i64>)>(AssertSqlSafe(format!(
            "SELECT body_id, report_interval_months FROM controlling_settings WHERE body_id IN ({list})"
        )));
        for id in body_ids {
            q = q.bind(id);
        }
        let intervals: std::collections::HashMap<i64, Option<ReportInterval>> = q
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|(b, m)| (b, m.and_then(ReportInterval::from_months)))
            .collect();
        let mut q = sqlx::query_as::<_, ReportingRow>(AssertSqlSafe(format!(
            "SELECT c.body_id, m.id, c.id, m.code, m.title, m.lead_organization_id, m.public, m.status, \
             m.start_date, m.end_date, m.report_interval_months, \
             (SELECT MAX(r.reported_on) FROM progress_reports r WHERE r.measure_id = m.id AND r.review_state <> 'returned'), \
             c.adopted_on, m.created_at \
             FROM measures m JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id \
             WHERE c.body_id IN ({list}) AND c.status <> 'superseded' {one} \
             ORDER BY c.body_id, c.id, f.position, f.id, g.position, g.id, m.position, m.id",
            one = if measure_id.is_some() {
                format!("AND m.id = ${}", body_ids.len() + 1)
            } else {
                String::new()
            }
        )));
        for id in body_ids {
            q = q.bind(id);
        }
        if let Some(id) = measure_id {
            q = q.bind(id);
        }
        q.fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|row| reporting(row, &intervals))
            .collect()
    }

    /// The reporting facts of one measure.
    pub async fn reporting_of_measure(&self, measure_id: i64) -> Result<MeasureReporting> {
        let body_id = self.body_id_of_measure(measure_id).await?;
        self.reporting(&[body_id], Some(measure_id))
            .await?
            .pop()
            .ok_or(StoreError::NotFound("Maßnahme"))
    }

    /// A measure's milestones by date.
    pub async fn milestones(&self, measure_id: i64) -> Result<Vec<Milestone>> {
        Ok(sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {MILESTONE_COLUMNS} FROM milestones WHERE measure_id = $1 ORDER BY due_on, id"
        )))
        .bind(measure_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The milestones of every measure of a concept version, by measure and date (one query
    /// for a whole plan, as its working sheet needs them).
    pub async fn milestones_of_concept(&self, concept_id: i64) -> Result<Vec<Milestone>> {
        Ok(sqlx::query_as(
            "SELECT s.id, s.measure_id, s.title, s.due_on, s.done_on, s.created_at, s.modified_at \
             FROM milestones s JOIN measures m ON m.id = s.measure_id JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id = $1 \
             ORDER BY s.measure_id, s.due_on, s.id",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Milestones not done whose date is before `today`, of every measure of the body.
    pub async fn late_milestones(&self, body_id: i64, today: &str) -> Result<Vec<Milestone>> {
        self.late_milestones_of_bodies(&[body_id], today).await
    }

    /// [`Self::late_milestones`] of several bodies, by date.
    pub async fn late_milestones_of_bodies(
        &self,
        body_ids: &[i64],
        today: &str,
    ) -> Result<Vec<Milestone>> {
        if body_ids.is_empty() {
            return Ok(Vec::new());
        }
        let n = body_ids.len();
        let mut q = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT s.id, s.measure_id, s.title, s.due_on, s.done_on, s.created_at, s.modified_at \
             FROM milestones s JOIN measures m ON m.id = s.measure_id \
             JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id \
             JOIN concepts c ON c.id = f.concept_id \
             WHERE s.done_on IS NULL AND s.due_on < $1 AND c.body_id IN ({}) \
             ORDER BY s.due_on, s.id",
            (2..=n + 1)
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        )))
        .bind(today);
        for id in body_ids {
            q = q.bind(id);
        }
        Ok(q.fetch_all(&self.pool).await?)
    }

    pub async fn milestone(&self, id: i64) -> Result<Milestone> {
        sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {MILESTONE_COLUMNS} FROM milestones WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Meilenstein"))
    }

    pub async fn create_milestone(&self, measure_id: i64, d: &MilestoneDraft) -> Result<Milestone> {
        self.measure(measure_id).await?;
        let stamp = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO milestones (measure_id, title, due_on, done_on, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(measure_id)
        .bind(&d.title)
        .bind(d.due_on.iso())
        .bind(d.done_on.map(|x| x.iso()))
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.milestone(id).await
    }

    pub async fn update_milestone(&self, id: i64, d: &MilestoneDraft) -> Result<Milestone> {
        self.milestone(id).await?;
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE milestones SET title = $1, due_on = $2, done_on = $3, modified_at = $4 WHERE id = $5",
        )
        .bind(&d.title)
        .bind(d.due_on.iso())
        .bind(d.done_on.map(|x| x.iso()))
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.milestone(id).await
    }

    pub async fn delete_milestone(&self, id: i64) -> Result<()> {
        self.milestone(id).await?;
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM milestones WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await
    }
}
