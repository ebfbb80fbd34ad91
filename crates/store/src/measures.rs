//! Measures with partners, target groups and budget lines, and the progress reports that
//! build up their history. A measure's status and progress follow its latest report.

use crate::audit::check_may_set;
use crate::concepts::next_position;
use crate::db::now;
use crate::organizations::{check_in_body, count_refs};
use crate::{BudgetLine, Measure, ProgressReport, Result, Store, StoreError};
use sqlx::AssertSqlSafe;
use sqlx::{Any, Transaction};
use std::collections::HashMap;
use teilhabe_domain::Coded;
use teilhabe_domain::concepts::{MeasureDraft, ProgressReportDraft};

const MEASURE_COLUMNS: &str = "m.id, m.goal_id, m.position, m.code, m.title, m.description, m.lead_organization_id, m.contact_person_id, m.scope, m.scope_detail, m.start_date, m.end_date, m.priority, m.status, m.progress, m.public, m.report_interval_months, m.carried_from_id, m.created_at, m.modified_at";
pub(crate) const REPORT_COLUMNS: &str = "r.id, r.measure_id, r.reported_on, r.status, r.progress, r.narrative, r.spent_cents, r.reporter_organization_id, r.created_at, r.review_state, r.review_note";

/// Reports that may be shown: those approved (where a body asks for approval, an actor's
/// report is public only once a coordinator approved it; elsewhere every report is).
pub(crate) const APPROVED: &str = "r.review_state = 'approved'";

/// Joins from measures (`m`) up to their concept, for queries over a whole concept.
const UP_TO_CONCEPT: &str = "JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id = $1";

impl Store {
    /// Every measure of a concept in plan order, without partners, target groups and
    /// budget lines (left empty): for a list of measures, where those would be ten rows
    /// read for each one shown.
    pub async fn measure_list_of_concept(&self, concept_id: i64) -> Result<Vec<Measure>> {
        Ok(self.measure_rows_of_concept(concept_id).await?)
    }

    fn measure_rows_of_concept(
        &self,
        concept_id: i64,
    ) -> impl std::future::Future<Output = sqlx::Result<Vec<Measure>>> + Send + '_ {
        let sql = format!(
            "SELECT {MEASURE_COLUMNS} FROM measures m {UP_TO_CONCEPT} ORDER BY f.position, f.id, g.position, g.id, m.position, m.id"
        );
        sqlx::query_as::<_, Measure>(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
    }

    /// Every measure of a concept with partners, target groups and budget, in plan order.
    /// A fixed number of queries, whatever the number of measures.
    pub async fn measures_of_concept(&self, concept_id: i64) -> Result<Vec<Measure>> {
        // Four independent reads, run side by side on the pool.
        let measures = self.measure_rows_of_concept(concept_id);
        let partners = sqlx::query_as::<_, (i64, i64)>(AssertSqlSafe(format!(
            "SELECT p.measure_id, p.organization_id FROM measure_partners p JOIN measures m ON m.id = p.measure_id {UP_TO_CONCEPT} ORDER BY p.measure_id, p.organization_id"
        )))
        .bind(concept_id)
        .fetch_all(&self.pool);
        let groups = sqlx::query_as::<_, (i64, i64)>(AssertSqlSafe(format!(
            "SELECT t.measure_id, t.target_group_id FROM measure_target_groups t JOIN measures m ON m.id = t.measure_id {UP_TO_CONCEPT} ORDER BY t.measure_id, t.target_group_id"
        )))
        .bind(concept_id)
        .fetch_all(&self.pool);
        let budget = sqlx::query_as::<_, BudgetLine>(AssertSqlSafe(format!(
            "SELECT b.id, b.measure_id, b.year, b.amount_cents, b.funding_source, b.programme_id, b.own_share_cents, b.staff_hundredths FROM budget_lines b JOIN measures m ON m.id = b.measure_id {UP_TO_CONCEPT} ORDER BY b.measure_id, b.year, b.id"
        )))
        .bind(concept_id)
        .fetch_all(&self.pool);
        let (mut measures, partners, groups, budget) =
            tokio::try_join!(measures, partners, groups, budget)?;
        attach(&mut measures, partners, groups, budget);
        Ok(measures)
    }

    /// `(measure id, code, title, concept title)` of the measures these organizations lead,
    /// in concepts that are not superseded: what an actor reports on.
    pub async fn measures_led_by(
        &self,
        organizations: &[i64],
    ) -> Result<Vec<(i64, Option<String>, String, String)>> {
        self.per_organization(
            "SELECT m.id, m.code, m.title, c.title || ' (' || c.version_label || ')' FROM measures m \
             JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id \
             JOIN concepts c ON c.id = f.concept_id \
             WHERE m.lead_organization_id IN (:organizations) AND c.status <> 'superseded' \
             ORDER BY c.id, f.position, g.position, m.position, m.id",
            organizations,
        )
        .await
    }

    pub async fn measure(&self, id: i64) -> Result<Measure> {
        let sql = format!("SELECT {MEASURE_COLUMNS} FROM measures m WHERE m.id = $1");
        let m: Measure = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Maßnahme"))?;
        let partners: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT measure_id, organization_id FROM measure_partners WHERE measure_id = $1 ORDER BY organization_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let groups: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT measure_id, target_group_id FROM measure_target_groups WHERE measure_id = $1 ORDER BY target_group_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let budget: Vec<BudgetLine> = sqlx::query_as(
            "SELECT id, measure_id, year, amount_cents, funding_source, programme_id, own_share_cents, staff_hundredths FROM budget_lines WHERE measure_id = $1 ORDER BY year, id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut one = vec![m];
        attach(&mut one, partners, groups, budget);
        Ok(one.remove(0))
    }

    pub async fn create_measure(&self, goal_id: i64, d: &MeasureDraft) -> Result<Measure> {
        let body_id = self.body_id_of_goal(goal_id).await?;
        let mut tx = self.begin().await?;
        let id = insert_measure(&mut tx, body_id, goal_id, d, &now()).await?;
        self.commit(tx).await?;
        self.measure(id).await
    }

    pub async fn update_measure(&self, id: i64, d: &MeasureDraft) -> Result<Measure> {
        let current = self.measure(id).await?;
        let body_id = self.body_id_of_goal(current.goal_id).await?;
        check_may_set(
            body_id,
            &[("lead_organization_id", Some(d.lead_organization_id))],
            Some((current.public.0, d.public)),
        )?;
        let mut tx = self.begin().await?;
        check_references(&mut tx, body_id, d).await?;
        write_measure(
            &mut tx,
            id,
            d.position.unwrap_or(current.position),
            d,
            &now(),
        )
        .await?;
        self.commit(tx).await?;
        self.measure(id).await
    }

    /// Refused once actors have reported on it: the history must stay. Such a measure is
    /// ended by setting its status to "eingestellt" instead.
    pub async fn delete_measure(&self, id: i64) -> Result<()> {
        let m = self.measure(id).await?;
        let mut tx = self.begin().await?;
        let n = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM progress_reports WHERE measure_id = $1",
            id,
        )
        .await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "Zur Maßnahme „{}“ gibt es {n} Sachstandsmeldung(en); sie bleibt deshalb erhalten. Wird sie nicht weiterverfolgt, bitte den Status „eingestellt“ setzen.",
                m.title
            )));
        }
        let traced = count_refs(
            &mut tx,
            "SELECT (SELECT COUNT(*) FROM contribution_measures WHERE measure_id = $1) \
                  + (SELECT COUNT(*) FROM paper_measures WHERE measure_id = $1) \
                  + (SELECT COUNT(*) FROM resolution_measures WHERE measure_id = $1)",
            id,
        )
        .await?;
        if traced > 0 {
            return Err(StoreError::Refused(format!(
                "Die Maßnahme „{}“ ist mit {traced} Beitrag/Beiträgen aus der Beteiligung, Vorlage(n) oder Beschlüssen verknüpft; diese Spur bleibt erhalten. Wird sie nicht weiterverfolgt, bitte den Status „eingestellt“ setzen.",
                m.title
            )));
        }
        crate::translations::forget(&mut tx, "measures", id).await?;
        crate::revision::forget_lineage(&mut tx, "measures", id).await?;
        sqlx::query("DELETE FROM milestones WHERE measure_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM measures WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    /// A measure's approved reports, newest first: what the portal, the API, the printed
    /// documents and the exports show.
    pub async fn progress_reports(&self, measure_id: i64) -> Result<Vec<ProgressReport>> {
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM progress_reports r WHERE r.measure_id = $1 AND {APPROVED} ORDER BY r.reported_on DESC, r.id DESC"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(measure_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Every report of a measure whatever its review, newest first: for the dump, and for
    /// those who filed or review them.
    pub async fn all_progress_reports(&self, measure_id: i64) -> Result<Vec<ProgressReport>> {
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM progress_reports r WHERE r.measure_id = $1 ORDER BY r.reported_on DESC, r.id DESC"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(measure_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Every report of every measure of a concept, by measure, newest first: one query for
    /// a whole plan (the status report reads each measure's history up to its day).
    pub async fn reports_of_concept(
        &self,
        concept_id: i64,
    ) -> Result<HashMap<i64, Vec<ProgressReport>>> {
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM progress_reports r JOIN measures m ON m.id = r.measure_id {UP_TO_CONCEPT} \
             AND {APPROVED} ORDER BY r.reported_on DESC, r.id DESC"
        );
        let rows: Vec<ProgressReport> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?;
        let mut out: HashMap<i64, Vec<ProgressReport>> = HashMap::new();
        for r in rows {
            out.entry(r.measure_id).or_default().push(r);
        }
        Ok(out)
    }

    /// The latest report of every measure of a concept, in one query that returns one row
    /// per measure however many years of reports there are: per measure one step into the
    /// `(measure_id, reported_on)` index, not a look at every report of every measure.
    pub async fn latest_reports_of_concept(
        &self,
        concept_id: i64,
    ) -> Result<HashMap<i64, ProgressReport>> {
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM measures m
             JOIN progress_reports r ON r.id = (SELECT r2.id FROM progress_reports r2 WHERE r2.measure_id = m.id
                                                AND r2.review_state = 'approved'
                                                ORDER BY r2.reported_on DESC, r2.id DESC LIMIT 1)
             {UP_TO_CONCEPT}"
        );
        let rows: Vec<ProgressReport> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| (r.measure_id, r)).collect())
    }

    /// The date of the latest report of every measure of a concept that has one: for a
    /// list that shows only when a measure last reported (one index step per measure,
    /// none of the reports' texts read).
    pub async fn latest_report_dates_of_concept(
        &self,
        concept_id: i64,
    ) -> Result<HashMap<i64, String>> {
        let sql = format!(
            "SELECT m.id, (SELECT MAX(r.reported_on) FROM progress_reports r WHERE r.measure_id = m.id AND {APPROVED})
             FROM measures m {UP_TO_CONCEPT}"
        );
        let rows: Vec<(i64, Option<String>)> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, date)| Some((id, date?)))
            .collect())
    }

    /// Records a report. If it is the newest one, the measure takes over its status and
    /// progress — unless the body asks for approval and an actor filed it: then it waits,
    /// "submitted", until a coordinator approves it ([`Self::approve_report`]).
    pub async fn create_progress_report(
        &self,
        measure_id: i64,
        d: &ProgressReportDraft,
    ) -> Result<ProgressReport> {
        self.insert_progress_report(measure_id, d, None).await
    }

    /// [`Self::create_progress_report`], noting the reporting round whose link it came
    /// through.
    pub(crate) async fn insert_progress_report(
        &self,
        measure_id: i64,
        d: &ProgressReportDraft,
        round_id: Option<i64>,
    ) -> Result<ProgressReport> {
        self.measure(measure_id).await?;
        let body_id = self.body_id_of_measure(measure_id).await?;
        check_may_set(
            body_id,
            &[("reporter_organization_id", d.reporter_organization_id)],
            None,
        )?;
        let mut tx = self.begin().await?;
        if let Some(org) = d.reporter_organization_id {
            check_in_body(
                &mut tx,
                "organizations",
                body_id,
                &[org],
                "reporter_organization_id",
                "Die Organisation",
            )
            .await?;
        }
        let waits = self.controlling_settings(body_id).await?.approval
            && crate::audit::acting_principal().is_some_and(|p| !p.manages(body_id));
        let state = if waits { "submitted" } else { "approved" };
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO progress_reports (measure_id, reported_on, status, progress, narrative, spent_cents, reporter_organization_id, created_at, round_id, review_state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(measure_id)
        .bind(d.reported_on.iso())
        .bind(d.status.code())
        .bind(i64::from(d.progress.value()))
        .bind(&d.narrative)
        .bind(d.spent.map(|m| m.cents()))
        .bind(d.reporter_organization_id)
        .bind(&ts)
        .bind(round_id)
        .bind(state)
        .fetch_one(&mut *tx)
        .await?;
        crate::impact::write_values(&mut tx, measure_id, id, &d.outputs).await?;
        if !waits {
            adopt_if_newest(&mut tx, measure_id, id).await?;
        }
        self.commit(tx).await?;
        let sql = format!("SELECT {REPORT_COLUMNS} FROM progress_reports r WHERE r.id = $1");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&self.pool)
            .await?)
    }

    pub async fn body_id_of_measure(&self, measure_id: i64) -> Result<i64> {
        let goal_id: i64 = sqlx::query_scalar("SELECT goal_id FROM measures WHERE id = $1")
            .bind(measure_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Maßnahme"))?;
        self.body_id_of_goal(goal_id).await
    }
}

/// A new measure below `goal_id` (at the end of the goal unless the draft says where),
/// its references checked; returns its id.
pub(crate) async fn insert_measure(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    goal_id: i64,
    d: &MeasureDraft,
    stamp: &str,
) -> Result<i64> {
    check_references(tx, body_id, d).await?;
    let position = match d.position {
        Some(p) => p,
        None => next_position(tx, "measures", "goal_id", goal_id).await?,
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO measures (goal_id, position, title, lead_organization_id, scope, priority, status, progress, created_at, modified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(goal_id)
    .bind(position)
    .bind(&d.title)
    .bind(d.lead_organization_id)
    .bind(d.scope.code())
    .bind(d.priority.code())
    .bind(d.status.code())
    .bind(i64::from(d.progress.value()))
    .bind(stamp)
    .fetch_one(&mut **tx)
    .await?;
    write_measure(tx, id, position, d, stamp).await?;
    Ok(id)
}

/// Fails with a field error unless every id names a measure of one of the body's concept
/// versions.
pub(crate) async fn check_measures_in_body(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    ids: &[i64],
    field: &str,
) -> Result<()> {
    for m in ids {
        let owner: Option<i64> = sqlx::query_scalar(
            "SELECT c.body_id FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id
             JOIN concepts c ON c.id = f.concept_id WHERE m.id = $1",
        )
        .bind(*m)
        .fetch_optional(&mut **tx)
        .await?;
        if owner != Some(body_id) {
            return Err(StoreError::invalid(
                field,
                format!("Die Maßnahme Nr. {m} gibt es in dieser Körperschaft nicht."),
            ));
        }
    }
    Ok(())
}

pub(crate) async fn check_references(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    d: &MeasureDraft,
) -> Result<()> {
    check_in_body(
        tx,
        "organizations",
        body_id,
        &[d.lead_organization_id],
        "lead_organization_id",
        "Die federführende Organisation",
    )
    .await?;
    check_in_body(
        tx,
        "organizations",
        body_id,
        &d.partner_ids,
        "partner_ids",
        "Die Partnerorganisation",
    )
    .await?;
    check_in_body(
        tx,
        "target_groups",
        body_id,
        &d.target_group_ids,
        "target_group_ids",
        "Die Zielgruppe",
    )
    .await?;
    let programmes: Vec<i64> = d
        .budget_lines
        .iter()
        .filter_map(|b| b.programme_id)
        .collect();
    check_in_body(
        tx,
        "funding_programmes",
        body_id,
        &programmes,
        "budget_lines.programme_id",
        "Das Förderprogramm",
    )
    .await?;
    if let Some(p) = d.contact_person_id {
        check_in_body(
            tx,
            "persons",
            body_id,
            &[p],
            "contact_person_id",
            "Die Ansprechperson",
        )
        .await?;
    }
    Ok(())
}

/// Writes every field of a measure and replaces its partners, target groups and budget
/// lines (for create and update alike).
pub(crate) async fn write_measure(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    position: i64,
    d: &MeasureDraft,
    modified_at: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE measures SET position = $1, code = $2, title = $3, description = $4, lead_organization_id = $5,
         contact_person_id = $6, scope = $7, scope_detail = $8, start_date = $9, end_date = $10, priority = $11,
         status = $12, progress = $13, public = $14, report_interval_months = $15, modified_at = $16
         WHERE id = $17",
    )
    .bind(position)
    .bind(&d.code)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.lead_organization_id)
    .bind(d.contact_person_id)
    .bind(d.scope.code())
    .bind(&d.scope_detail)
    .bind(d.period.start().map(|x| x.iso()))
    .bind(d.period.end().map(|x| x.iso()))
    .bind(d.priority.code())
    .bind(d.status.code())
    .bind(i64::from(d.progress.value()))
    .bind(i64::from(d.public))
    .bind(d.report_interval.map(|i| i64::from(i.months())))
    .bind(modified_at)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    for table in ["measure_partners", "measure_target_groups", "budget_lines"] {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE measure_id = $1"
        )))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    }
    write_links(tx, id, d).await
}

async fn write_links(tx: &mut Transaction<'_, Any>, id: i64, d: &MeasureDraft) -> Result<()> {
    for org in &d.partner_ids {
        sqlx::query("INSERT INTO measure_partners (measure_id, organization_id) VALUES ($1, $2)")
            .bind(id)
            .bind(*org)
            .execute(&mut **tx)
            .await?;
    }
    for tg in &d.target_group_ids {
        sqlx::query(
            "INSERT INTO measure_target_groups (measure_id, target_group_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(*tg)
        .execute(&mut **tx)
        .await?;
    }
    for line in &d.budget_lines {
        sqlx::query(
            "INSERT INTO budget_lines (measure_id, year, amount_cents, funding_source, programme_id, own_share_cents, staff_hundredths) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(i64::from(line.year))
        .bind(line.amount.cents())
        .bind(&line.funding_source)
        .bind(line.programme_id)
        .bind(line.own_share.map(|m| m.cents()))
        .bind(line.staff.map(|s| s.hundredths()))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

fn attach(
    measures: &mut [Measure],
    partners: Vec<(i64, i64)>,
    groups: Vec<(i64, i64)>,
    budget: Vec<BudgetLine>,
) {
    let index: HashMap<i64, usize> = measures
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id, i))
        .collect();
    for (m, org) in partners {
        if let Some(i) = index.get(&m) {
            measures[*i].partner_ids.push(org);
        }
    }
    for (m, tg) in groups {
        if let Some(i) = index.get(&m) {
            measures[*i].target_group_ids.push(tg);
        }
    }
    for line in budget {
        if let Some(i) = index.get(&line.measure_id) {
            measures[*i].budget_lines.push(line);
        }
    }
}

/// The measure takes over the status and progress of report `report_id` if it is the
/// newest approved one.
pub(crate) async fn adopt_if_newest(
    tx: &mut Transaction<'_, Any>,
    measure_id: i64,
    report_id: i64,
) -> Result<()> {
    let newest: Option<(i64, String, i64)> = sqlx::query_as(
        "SELECT id, status, progress FROM progress_reports WHERE measure_id = $1 AND review_state = 'approved'
         ORDER BY reported_on DESC, id DESC LIMIT 1",
    )
    .bind(measure_id)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some((id, status, progress)) = newest.filter(|n| n.0 == report_id) {
        sqlx::query(
            "UPDATE measures SET status = $1, progress = $2, modified_at = $3 WHERE id = $4",
        )
        .bind(status)
        .bind(progress)
        .bind(now())
        .bind(measure_id)
        .execute(&mut **tx)
        .await?;
        debug_assert_eq!(id, report_id);
    }
    Ok(())
}
