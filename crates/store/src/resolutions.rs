//! Resolution tracking (Beschlussverfolgung): the entries that follow a resolution, a
//! review request or a deferred matter from the agenda item where it was decided to its
//! completion. Whether an entry is public is never stored: it is computed in every query
//! from its agenda item (public, not deleted, of a meeting not deleted) and its paper, so
//! an item made non-public later takes its entries with it.

use crate::db::{id_list, now};
use crate::organizations::check_in_body;
use crate::{Result, Store, StoreError};
use sqlx::{Any, AssertSqlSafe, Transaction};
use std::collections::HashMap;
use teilhabe_domain::resolutions::{
    Attention, ResolutionDraft, ResolutionKind, ResolutionStatus, attention,
};
use teilhabe_domain::{Coded, Date};

/// A tracking entry with where it was decided, as every list shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct Resolution {
    pub id: i64,
    pub body_id: i64,
    pub agenda_item_id: Option<i64>,
    pub paper_id: Option<i64>,
    pub kind: String,
    pub title: String,
    pub lead_organization_id: Option<i64>,
    pub due_on: Option<String>,
    pub resubmission_on: Option<String>,
    pub status: String,
    pub done_on: Option<String>,
    pub notes: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    /// Computed: its agenda item and paper are public.
    #[sqlx(try_from = "i64")]
    pub public: crate::Flag,
    pub meeting_id: Option<i64>,
    pub meeting_name: Option<String>,
    /// When the meeting began (RFC 3339 or a date).
    pub meeting_start: Option<String>,
    pub item_number: Option<String>,
    pub item_name: Option<String>,
    pub paper_reference: Option<String>,
    pub paper_name: Option<String>,
    /// The measures that carry it out, in plan order; filled after the query.
    #[sqlx(skip)]
    pub measures: Vec<LinkedMeasure>,
}

/// A measure that carries a resolution out, as lists name and link it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct LinkedMeasure {
    #[serde(skip)]
    pub resolution_id: i64,
    pub id: i64,
    pub code: Option<String>,
    pub title: String,
    #[sqlx(try_from = "i64")]
    pub public: crate::Flag,
}

impl Resolution {
    pub fn kind(&self) -> ResolutionKind {
        ResolutionKind::from_code(&self.kind).unwrap_or(ResolutionKind::Resolution)
    }

    pub fn status(&self) -> ResolutionStatus {
        ResolutionStatus::from_code(&self.status).unwrap_or(ResolutionStatus::Open)
    }

    /// Why it needs attention on `today`, if it does.
    pub fn attention(&self, today: Date) -> Option<Attention> {
        let day = |s: &Option<String>| s.as_deref().and_then(|d| Date::parse(d).ok());
        attention(
            self.status(),
            day(&self.due_on),
            day(&self.resubmission_on),
            today,
        )
    }

    /// The day it was decided: its meeting's.
    pub fn decided_on(&self) -> Option<&str> {
        self.meeting_start.as_deref().and_then(|s| s.get(..10))
    }
}

/// An agenda item whose outcome calls for tracking but has no entry yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untracked {
    pub agenda_item_id: i64,
    pub paper_id: Option<i64>,
    pub kind: ResolutionKind,
    pub title: String,
    pub lead_organization_id: Option<i64>,
    pub meeting_name: String,
    pub meeting_start: String,
    pub item_number: Option<String>,
}

/// Where a new entry was decided: an agenda item (with its paper, if it has one), or a
/// paper alone (a resolution taken by circulation, or one recorded before its meeting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    AgendaItem(i64),
    Paper(i64),
}

/// Computed publicity of an entry `r` joined with its item `a`, meeting `mt` and paper `p`.
/// (A `CASE` is an `integer` on PostgreSQL, hence the cast to the `BIGINT` every flag is.)
const PUBLIC: &str = "CAST(CASE WHEN (r.agenda_item_id IS NULL OR (a.public = 1 AND a.deleted = 0 AND mt.deleted = 0)) \
     AND (r.paper_id IS NULL OR (p.public = 1 AND p.deleted = 0)) THEN 1 ELSE 0 END AS BIGINT)";

fn select(filter: &str) -> String {
    format!(
        "SELECT r.id, r.body_id, r.agenda_item_id, r.paper_id, r.kind, r.title, r.lead_organization_id, \
         r.due_on, r.resubmission_on, r.status, r.done_on, r.notes, r.created_at, r.modified_at, \
         {PUBLIC} AS public, mt.id AS meeting_id, mt.name AS meeting_name, mt.start_at AS meeting_start, \
         a.number AS item_number, a.name AS item_name, p.reference AS paper_reference, p.name AS paper_name \
         FROM resolutions r LEFT JOIN agenda_items a ON a.id = r.agenda_item_id \
         LEFT JOIN meetings mt ON mt.id = a.meeting_id LEFT JOIN papers p ON p.id = r.paper_id \
         WHERE {filter} \
         ORDER BY COALESCE(mt.start_at, p.date, r.created_at) DESC, a.position, r.id"
    )
}

impl Store {
    /// The body's entries, newest decision first; only public ones unless `internal`.
    pub async fn resolutions(&self, body_id: i64, internal: bool) -> Result<Vec<Resolution>> {
        self.resolutions_by("body_id", &[body_id], internal).await
    }

    /// The entries of the given agenda items (public ones only unless `internal`), for
    /// OParl.
    pub async fn resolutions_of_items(
        &self,
        item_ids: &[i64],
        internal: bool,
    ) -> Result<Vec<Resolution>> {
        self.resolutions_by("agenda_item_id", item_ids, internal)
            .await
    }

    /// The entries of the given papers (of their agenda items or of the papers themselves),
    /// public ones only unless `internal`.
    pub async fn resolutions_of_papers(
        &self,
        paper_ids: &[i64],
        internal: bool,
    ) -> Result<Vec<Resolution>> {
        self.resolutions_by("paper_id", paper_ids, internal).await
    }

    /// The entries whose `column` is one of `ids`; only public ones unless `internal`.
    async fn resolutions_by(
        &self,
        column: &str,
        ids: &[i64],
        internal: bool,
    ) -> Result<Vec<Resolution>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut filter = format!("r.{column} IN ({})", id_list(ids));
        if !internal {
            filter.push_str(&format!(" AND {PUBLIC} = 1"));
        }
        let rows = sqlx::query_as(AssertSqlSafe(select(&filter)))
            .fetch_all(&self.pool)
            .await?;
        self.with_measures(rows).await
    }

    /// Entries of `body_ids` that need attention on `today` (deadline passed, resubmission
    /// due), for the work queue and the reminders.
    pub async fn resolutions_needing_attention(
        &self,
        body_ids: &[i64],
        today: Date,
    ) -> Result<Vec<Resolution>> {
        if body_ids.is_empty() {
            return Ok(Vec::new());
        }
        let filter = format!(
            "r.body_id IN ({}) AND ((r.status IN ('open', 'in_progress') AND r.due_on < $1) \
             OR (r.status = 'deferred' AND (r.resubmission_on IS NULL OR r.resubmission_on <= $1)))",
            id_list(body_ids)
        );
        let rows = sqlx::query_as(AssertSqlSafe(select(&filter)))
            .bind(today.iso())
            .fetch_all(&self.pool)
            .await?;
        self.with_measures(rows).await
    }

    pub async fn resolution(&self, id: i64) -> Result<Resolution> {
        let row: Option<Resolution> = sqlx::query_as(AssertSqlSafe(select("r.id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let row = row.ok_or(StoreError::NotFound("Beschluss"))?;
        Ok(self.with_measures(vec![row]).await?.remove(0))
    }

    async fn with_measures(&self, mut rows: Vec<Resolution>) -> Result<Vec<Resolution>> {
        if rows.is_empty() {
            return Ok(rows);
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let links: Vec<LinkedMeasure> = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT l.resolution_id, m.id, m.code, m.title, m.public FROM resolution_measures l \
             JOIN measures m ON m.id = l.measure_id WHERE l.resolution_id IN ({}) \
             ORDER BY l.resolution_id, m.position, m.id",
            id_list(&ids)
        )))
        .fetch_all(&self.pool)
        .await?;
        let mut by_entry: HashMap<i64, Vec<LinkedMeasure>> = HashMap::new();
        for l in links {
            by_entry.entry(l.resolution_id).or_default().push(l);
        }
        for r in &mut rows {
            r.measures = by_entry.remove(&r.id).unwrap_or_default();
        }
        Ok(rows)
    }

    /// Makes an entry for a resolution decided at `anchor`.
    pub async fn create_resolution(
        &self,
        body_id: i64,
        anchor: Anchor,
        d: &ResolutionDraft,
    ) -> Result<Resolution> {
        let mut tx = self.begin().await?;
        let (item, paper) = anchored(&mut tx, body_id, anchor).await?;
        check_refs(&mut tx, body_id, d).await?;
        let stamp = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO resolutions (body_id, agenda_item_id, paper_id, kind, title, lead_organization_id, \
             due_on, resubmission_on, status, done_on, notes, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        )
        .bind(body_id)
        .bind(item)
        .bind(paper)
        .bind(d.kind.code())
        .bind(&d.title)
        .bind(d.lead_organization_id)
        .bind(d.due_on.map(|x| x.iso()))
        .bind(d.resubmission_on.map(|x| x.iso()))
        .bind(d.status.code())
        .bind(d.done_on.map(|x| x.iso()))
        .bind(&d.notes)
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        write_measures(&mut tx, id, &d.measure_ids).await?;
        self.commit(tx).await?;
        self.resolution(id).await
    }

    pub async fn update_resolution(&self, id: i64, d: &ResolutionDraft) -> Result<Resolution> {
        let r = self.resolution(id).await?;
        let mut tx = self.begin().await?;
        check_refs(&mut tx, r.body_id, d).await?;
        sqlx::query(
            "UPDATE resolutions SET kind = $1, title = $2, lead_organization_id = $3, due_on = $4, \
             resubmission_on = $5, status = $6, done_on = $7, notes = $8, modified_at = $9 WHERE id = $10",
        )
        .bind(d.kind.code())
        .bind(&d.title)
        .bind(d.lead_organization_id)
        .bind(d.due_on.map(|x| x.iso()))
        .bind(d.resubmission_on.map(|x| x.iso()))
        .bind(d.status.code())
        .bind(d.done_on.map(|x| x.iso()))
        .bind(&d.notes)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM resolution_measures WHERE resolution_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        write_measures(&mut tx, id, &d.measure_ids).await?;
        self.commit(tx).await?;
        self.resolution(id).await
    }

    pub async fn delete_resolution(&self, id: i64) -> Result<()> {
        self.resolution(id).await?;
        let mut tx = self.begin().await?;
        for sql in [
            "DELETE FROM resolution_measures WHERE resolution_id = $1",
            "DELETE FROM resolutions WHERE id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        self.commit(tx).await
    }

    /// The body's agenda items whose outcome calls for tracking
    /// ([`ResolutionKind::of_outcome`]) and that have no entry yet, oldest meeting first.
    /// An item that treats a paper in a preliminary consultation (a recommendation to the
    /// deciding body), a hearing or for notice is left out: what is tracked is the decision.
    pub async fn untracked_outcomes(&self, body_id: i64) -> Result<Vec<Untracked>> {
        type Row = (
            i64,
            Option<i64>,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
            Option<i64>,
            String,
            String,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.paper_id, a.name, a.number, a.result, a.resolution_text, \
             CAST(CASE WHEN a.votes_yes IS NOT NULL OR a.votes_no IS NOT NULL OR a.votes_unanimous = 1 THEN 1 ELSE 0 END AS BIGINT), \
             p.lead_organization_id, mt.name, mt.start_at \
             FROM agenda_items a JOIN meetings mt ON mt.id = a.meeting_id LEFT JOIN papers p ON p.id = a.paper_id \
             WHERE mt.body_id = $1 AND a.deleted = 0 AND mt.deleted = 0 AND mt.cancelled = 0 \
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.agenda_item_id = a.id) \
             AND NOT EXISTS (SELECT 1 FROM consultations c WHERE c.agenda_item_id = a.id AND c.deleted = 0 \
                             AND c.role <> 'decision') \
             ORDER BY mt.start_at, a.position, a.id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(
                |(id, paper, name, number, result, text, votes, lead, meeting, start)| {
                    let kind =
                        ResolutionKind::of_outcome(result.as_deref(), text.as_deref(), votes != 0)?;
                    Some(Untracked {
                        agenda_item_id: id,
                        paper_id: paper,
                        kind,
                        title: name,
                        lead_organization_id: lead,
                        meeting_name: meeting,
                        meeting_start: start,
                        item_number: number,
                    })
                },
            )
            .collect())
    }

    /// Makes an entry for every untracked outcome of the body, in one transaction: the
    /// title from the agenda item, the lead from its paper; a deferred matter without its
    /// resubmission date, which the coordinator is asked for at once. An item another
    /// request took over meanwhile is skipped. Returns how many were made.
    pub async fn track_outcomes(&self, body_id: i64) -> Result<u64> {
        let untracked = self.untracked_outcomes(body_id).await?;
        let mut tx = self.begin().await?;
        let stamp = now();
        let mut made = 0;
        for u in &untracked {
            made += sqlx::query(
                "INSERT INTO resolutions (body_id, agenda_item_id, paper_id, kind, title, lead_organization_id, \
                 status, created_at, modified_at) \
                 SELECT $1, $2, $3, $4, $5, $6, $7, $8, $8 \
                 WHERE NOT EXISTS (SELECT 1 FROM resolutions WHERE agenda_item_id = $2)",
            )
            .bind(body_id)
            .bind(u.agenda_item_id)
            .bind(u.paper_id)
            .bind(u.kind.code())
            .bind(&u.title)
            .bind(u.lead_organization_id)
            .bind(u.kind.initial_status().code())
            .bind(&stamp)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        self.commit(tx).await?;
        Ok(made)
    }
}

/// The agenda item and paper of an anchor, checked to be the body's.
async fn anchored(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    anchor: Anchor,
) -> Result<(Option<i64>, Option<i64>)> {
    match anchor {
        Anchor::AgendaItem(id) => {
            let row: Option<(i64, Option<i64>)> = sqlx::query_as(
                "SELECT mt.body_id, a.paper_id FROM agenda_items a JOIN meetings mt ON mt.id = a.meeting_id \
                 WHERE a.id = $1 AND a.deleted = 0",
            )
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
            match row {
                Some((b, paper)) if b == body_id => Ok((Some(id), paper)),
                _ => Err(StoreError::NotFound("Tagesordnungspunkt")),
            }
        }
        Anchor::Paper(id) => {
            check_in_body(tx, "papers", body_id, &[id], "paper_id", "Die Vorlage").await?;
            Ok((None, Some(id)))
        }
    }
}

async fn check_refs(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    d: &ResolutionDraft,
) -> Result<()> {
    if let Some(org) = d.lead_organization_id {
        check_in_body(
            tx,
            "organizations",
            body_id,
            &[org],
            "lead_organization_id",
            "Die federführende Stelle",
        )
        .await?;
    }
    crate::measures::check_measures_in_body(tx, body_id, &d.measure_ids, "measure_ids").await
}

async fn write_measures(tx: &mut Transaction<'_, Any>, id: i64, measures: &[i64]) -> Result<()> {
    for m in measures {
        sqlx::query("INSERT INTO resolution_measures (resolution_id, measure_id) VALUES ($1, $2)")
            .bind(id)
            .bind(*m)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
