//! Council business: locations, meetings with their organisations and agenda items,
//! papers with finance block and linked measures, and the consultation sequence.
//! Lists leave out soft-deleted records.

use crate::concepts::next_position;
use crate::db::now;
use crate::organizations::{check_in_body, count_refs};
use crate::{AgendaItem, Consultation, Location, Meeting, Paper, Result, Store, StoreError};
use sqlx::{Any, AssertSqlSafe, Transaction};
use teilhabe_domain::Coded;
use teilhabe_domain::council::{
    AgendaItemDraft, ConsultationDraft, LocationDraft, MeetingDraft, PaperDraft,
};

pub(crate) const LOCATION_COLUMNS: &str = "id, body_id, description, room, street_address, postal_code, locality, created_at, modified_at";
pub(crate) const MEETING_COLUMNS: &str = "id, body_id, name, state, cancelled, start_at, end_at, location_id, note, created_at, modified_at";
pub(crate) const ITEM_COLUMNS: &str = "id, meeting_id, position, number, name, public, paper_id, result, resolution_text, votes_yes, votes_no, votes_abstain, votes_conflicted, votes_unanimous, minutes, created_at, modified_at";
pub(crate) const PAPER_COLUMNS: &str = "id, body_id, reference, name, paper_type, date, proposal, reasoning, submitter_person_id, submitter_organization_id, lead_organization_id, editor, concept_id, public, finance_note, finance_total_cents, finance_revenue_cents, finance_own_share_cents, finance_grants_cents, finance_budget_year, finance_overplanned, finance_unplanned, finance_budget_line, created_at, modified_at";
pub(crate) const CONSULTATION_COLUMNS: &str = "id, paper_id, position, organization_id, meeting_id, agenda_item_id, role, authoritative, created_at, modified_at";

impl Store {
    // ---- locations

    pub async fn locations(&self, body_id: i64) -> Result<Vec<Location>> {
        let sql = format!(
            "SELECT {LOCATION_COLUMNS} FROM locations WHERE body_id = $1 AND deleted = 0 ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn location(&self, id: i64) -> Result<Location> {
        let sql = format!("SELECT {LOCATION_COLUMNS} FROM locations WHERE id = $1 AND deleted = 0");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Ort"))
    }

    pub async fn create_location(&self, body_id: i64, d: &LocationDraft) -> Result<Location> {
        self.body(body_id).await?;
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO locations (body_id, description, room, street_address, postal_code, locality, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.description)
        .bind(&d.room)
        .bind(&d.street_address)
        .bind(&d.postal_code)
        .bind(&d.locality)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.location(id).await
    }

    // ---- meetings

    /// A body's meetings in time order.
    pub async fn meetings(&self, body_id: i64) -> Result<Vec<Meeting>> {
        let sql = format!(
            "SELECT {MEETING_COLUMNS} FROM meetings WHERE body_id = $1 AND deleted = 0 ORDER BY start_at, id"
        );
        let mut meetings: Vec<Meeting> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?;
        let links: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT mo.meeting_id, mo.organization_id FROM meeting_organizations mo JOIN meetings m ON m.id = mo.meeting_id
             WHERE m.body_id = $1 ORDER BY mo.meeting_id, mo.organization_id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        for m in &mut meetings {
            m.organization_ids = links
                .iter()
                .filter(|(mid, _)| *mid == m.id)
                .map(|(_, o)| *o)
                .collect();
        }
        Ok(meetings)
    }

    pub async fn meeting(&self, id: i64) -> Result<Meeting> {
        let sql = format!("SELECT {MEETING_COLUMNS} FROM meetings WHERE id = $1 AND deleted = 0");
        let mut m: Meeting = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Sitzung"))?;
        m.organization_ids =
            sqlx::query_scalar("SELECT organization_id FROM meeting_organizations WHERE meeting_id = $1 ORDER BY organization_id")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        Ok(m)
    }

    pub async fn create_meeting(&self, body_id: i64, d: &MeetingDraft) -> Result<Meeting> {
        self.body(body_id).await?;
        let mut tx = self.begin().await?;
        check_meeting_refs(&mut tx, body_id, d).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO meetings (body_id, name, state, cancelled, start_at, end_at, location_id, note, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.name)
        .bind(d.state.code())
        .bind(i64::from(d.cancelled))
        .bind(d.start.rfc3339())
        .bind(d.end.map(|e| e.rfc3339()))
        .bind(d.location_id)
        .bind(&d.note)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        write_meeting_orgs(&mut tx, id, &d.organization_ids).await?;
        self.commit(tx).await?;
        self.meeting(id).await
    }

    pub async fn update_meeting(&self, id: i64, d: &MeetingDraft) -> Result<Meeting> {
        let current = self.meeting(id).await?;
        let mut tx = self.begin().await?;
        check_meeting_refs(&mut tx, current.body_id, d).await?;
        sqlx::query(
            "UPDATE meetings SET name = $1, state = $2, cancelled = $3, start_at = $4, end_at = $5, location_id = $6, note = $7,
             modified_at = $8 WHERE id = $9",
        )
        .bind(&d.name)
        .bind(d.state.code())
        .bind(i64::from(d.cancelled))
        .bind(d.start.rfc3339())
        .bind(d.end.map(|e| e.rfc3339()))
        .bind(d.location_id)
        .bind(&d.note)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM meeting_organizations WHERE meeting_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        write_meeting_orgs(&mut tx, id, &d.organization_ids).await?;
        self.commit(tx).await?;
        self.meeting(id).await
    }

    /// Refused while the meeting has agenda items or consultations.
    pub async fn delete_meeting(&self, id: i64) -> Result<()> {
        let m = self.meeting(id).await?;
        let mut tx = self.begin().await?;
        let items = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM agenda_items WHERE meeting_id = $1 AND deleted = 0",
            id,
        )
        .await?;
        let cons = count_refs(
            &mut tx,
            "SELECT COUNT(*) FROM consultations WHERE meeting_id = $1 AND deleted = 0",
            id,
        )
        .await?;
        if items + cons > 0 {
            return Err(StoreError::Refused(format!(
                "Die Sitzung „{}“ hat noch {items} Tagesordnungspunkt(e) und {cons} Beratung(en). Bitte diese zuerst löschen; eine ausgefallene Sitzung wird als „abgesagt“ markiert.",
                m.name
            )));
        }
        sqlx::query("UPDATE meetings SET deleted = 1, modified_at = $1 WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    // ---- agenda items

    pub async fn agenda_items(&self, meeting_id: i64) -> Result<Vec<AgendaItem>> {
        let sql = format!(
            "SELECT {ITEM_COLUMNS} FROM agenda_items WHERE meeting_id = $1 AND deleted = 0 ORDER BY position, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(meeting_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The agenda items of all of a body's meetings, by meeting and position.
    pub async fn agenda_items_of_body(&self, body_id: i64) -> Result<Vec<AgendaItem>> {
        let sql = format!(
            "SELECT {} FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id \
             WHERE m.body_id = $1 AND m.deleted = 0 AND a.deleted = 0 ORDER BY a.meeting_id, a.position, a.id",
            crate::db::qualified("a", ITEM_COLUMNS)
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn agenda_item(&self, id: i64) -> Result<AgendaItem> {
        let sql = format!("SELECT {ITEM_COLUMNS} FROM agenda_items WHERE id = $1 AND deleted = 0");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Tagesordnungspunkt"))
    }

    pub async fn create_agenda_item(
        &self,
        meeting_id: i64,
        d: &AgendaItemDraft,
    ) -> Result<AgendaItem> {
        let meeting = self.meeting(meeting_id).await?;
        let mut tx = self.begin().await?;
        if let Some(p) = d.paper_id {
            check_in_body(
                &mut tx,
                "papers",
                meeting.body_id,
                &[p],
                "paper_id",
                "Die Vorlage",
            )
            .await?;
        }
        let position = match d.position {
            Some(p) => p,
            None => next_position(&mut tx, "agenda_items", "meeting_id", meeting_id).await?,
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO agenda_items (meeting_id, position, number, name, public, paper_id, result, resolution_text, votes_yes,
             votes_no, votes_abstain, votes_conflicted, minutes, created_at, modified_at, votes_unanimous)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15) RETURNING id",
        )
        .bind(meeting_id)
        .bind(position)
        .bind(&d.number)
        .bind(&d.name)
        .bind(i64::from(d.public))
        .bind(d.paper_id)
        .bind(&d.result)
        .bind(&d.resolution_text)
        .bind(d.votes.yes.map(i64::from))
        .bind(d.votes.no.map(i64::from))
        .bind(d.votes.abstain.map(i64::from))
        .bind(d.votes.conflicted.map(i64::from))
        .bind(&d.minutes)
        .bind(now())
        .bind(i64::from(d.votes.declared_unanimous))
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.agenda_item(id).await
    }

    pub async fn update_agenda_item(&self, id: i64, d: &AgendaItemDraft) -> Result<AgendaItem> {
        let current = self.agenda_item(id).await?;
        let meeting = self.meeting(current.meeting_id).await?;
        let mut tx = self.begin().await?;
        if let Some(p) = d.paper_id {
            check_in_body(
                &mut tx,
                "papers",
                meeting.body_id,
                &[p],
                "paper_id",
                "Die Vorlage",
            )
            .await?;
        }
        sqlx::query(
            "UPDATE agenda_items SET position = $1, number = $2, name = $3, public = $4, paper_id = $5, result = $6,
             resolution_text = $7, votes_yes = $8, votes_no = $9, votes_abstain = $10, votes_conflicted = $11, minutes = $12,
             modified_at = $13, votes_unanimous = $15 WHERE id = $14",
        )
        .bind(d.position.unwrap_or(current.position))
        .bind(&d.number)
        .bind(&d.name)
        .bind(i64::from(d.public))
        .bind(d.paper_id)
        .bind(&d.result)
        .bind(&d.resolution_text)
        .bind(d.votes.yes.map(i64::from))
        .bind(d.votes.no.map(i64::from))
        .bind(d.votes.abstain.map(i64::from))
        .bind(d.votes.conflicted.map(i64::from))
        .bind(&d.minutes)
        .bind(now())
        .bind(id)
        .bind(i64::from(d.votes.declared_unanimous))
        .execute(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.agenda_item(id).await
    }

    // ---- papers

    pub async fn papers(&self, body_id: i64) -> Result<Vec<Paper>> {
        let sql = format!(
            "SELECT {PAPER_COLUMNS} FROM papers WHERE body_id = $1 AND deleted = 0 ORDER BY date DESC, id DESC"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn paper(&self, id: i64) -> Result<Paper> {
        let sql = format!("SELECT {PAPER_COLUMNS} FROM papers WHERE id = $1 AND deleted = 0");
        let mut p: Paper = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Vorlage"))?;
        p.measure_ids = sqlx::query_scalar(
            "SELECT measure_id FROM paper_measures WHERE paper_id = $1 ORDER BY measure_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(p)
    }

    pub async fn paper_by_reference(&self, body_id: i64, reference: &str) -> Result<Paper> {
        let id: i64 = sqlx::query_scalar(
            "SELECT id FROM papers WHERE body_id = $1 AND reference = $2 AND deleted = 0 ORDER BY duplicate_no, id",
        )
        .bind(body_id)
        .bind(reference)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Vorlage"))?;
        self.paper(id).await
    }

    pub async fn create_paper(&self, body_id: i64, d: &PaperDraft) -> Result<Paper> {
        self.body(body_id).await?;
        let mut tx = self.begin().await?;
        check_paper_refs(&mut tx, body_id, d, None).await?;
        let ts = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO papers (body_id, reference, name, paper_type, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.reference)
        .bind(&d.name)
        .bind(d.paper_type.code())
        .bind(&ts)
        .fetch_one(&mut *tx)
        .await?;
        write_paper(&mut tx, id, d, &ts).await?;
        self.commit(tx).await?;
        self.paper(id).await
    }

    pub async fn update_paper(&self, id: i64, d: &PaperDraft) -> Result<Paper> {
        let current = self.paper(id).await?;
        let mut tx = self.begin().await?;
        check_paper_refs(&mut tx, current.body_id, d, Some(id)).await?;
        write_paper(&mut tx, id, d, &now()).await?;
        self.commit(tx).await?;
        self.paper(id).await
    }

    // ---- consultations

    pub async fn consultations(&self, paper_id: i64) -> Result<Vec<Consultation>> {
        let sql = format!(
            "SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE paper_id = $1 AND deleted = 0 ORDER BY position, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(paper_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn consultations_of_meeting(&self, meeting_id: i64) -> Result<Vec<Consultation>> {
        let sql = format!(
            "SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE meeting_id = $1 AND deleted = 0 ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(meeting_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn create_consultation(
        &self,
        paper_id: i64,
        d: &ConsultationDraft,
    ) -> Result<Consultation> {
        let paper = self.paper(paper_id).await?;
        let mut tx = self.begin().await?;
        check_in_body(
            &mut tx,
            "organizations",
            paper.body_id,
            &[d.organization_id],
            "organization_id",
            "Das Gremium",
        )
        .await?;
        if let Some(m) = d.meeting_id {
            check_in_body(
                &mut tx,
                "meetings",
                paper.body_id,
                &[m],
                "meeting_id",
                "Die Sitzung",
            )
            .await?;
        }
        if let Some(item) = d.agenda_item_id {
            let meeting: Option<i64> =
                sqlx::query_scalar("SELECT meeting_id FROM agenda_items WHERE id = $1")
                    .bind(item)
                    .fetch_optional(&mut *tx)
                    .await?;
            if meeting.is_none() || meeting != d.meeting_id {
                return Err(StoreError::invalid(
                    "agenda_item_id",
                    "Der Tagesordnungspunkt gehört nicht zu dieser Sitzung.",
                ));
            }
        }
        let position = match d.position {
            Some(p) => p,
            None => next_position(&mut tx, "consultations", "paper_id", paper_id).await?,
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO consultations (paper_id, position, organization_id, meeting_id, agenda_item_id, role, authoritative, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(paper_id)
        .bind(position)
        .bind(d.organization_id)
        .bind(d.meeting_id)
        .bind(d.agenda_item_id)
        .bind(d.role.code())
        .bind(i64::from(d.authoritative))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        let sql = format!("SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE id = $1");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&self.pool)
            .await?)
    }
}

async fn check_meeting_refs(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    d: &MeetingDraft,
) -> Result<()> {
    if let Some(l) = d.location_id {
        check_in_body(tx, "locations", body_id, &[l], "location_id", "Der Ort").await?;
    }
    check_in_body(
        tx,
        "organizations",
        body_id,
        &d.organization_ids,
        "organization_ids",
        "Das Gremium",
    )
    .await
}

async fn write_meeting_orgs(tx: &mut Transaction<'_, Any>, id: i64, orgs: &[i64]) -> Result<()> {
    for org in orgs {
        sqlx::query(
            "INSERT INTO meeting_organizations (meeting_id, organization_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(*org)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn check_paper_refs(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    d: &PaperDraft,
    except: Option<i64>,
) -> Result<()> {
    let taken: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM papers WHERE body_id = $1 AND reference = $2 AND id <> $3",
    )
    .bind(body_id)
    .bind(&d.reference)
    .bind(except.unwrap_or(0))
    .fetch_optional(&mut **tx)
    .await?;
    if taken.is_some() {
        return Err(StoreError::invalid(
            "reference",
            format!("Die Vorlage {} gibt es schon.", d.reference),
        ));
    }
    for (field, id, what) in [
        (
            "submitter_organization_id",
            d.submitter_organization_id,
            "Die einreichende Stelle",
        ),
        (
            "lead_organization_id",
            d.lead_organization_id,
            "Die federführende Stelle",
        ),
    ] {
        if let Some(id) = id {
            check_in_body(tx, "organizations", body_id, &[id], field, what).await?;
        }
    }
    if let Some(p) = d.submitter_person_id {
        check_in_body(
            tx,
            "persons",
            body_id,
            &[p],
            "submitter_person_id",
            "Die einreichende Person",
        )
        .await?;
    }
    if let Some(c) = d.concept_id {
        check_in_body(
            tx,
            "concepts",
            body_id,
            &[c],
            "concept_id",
            "Die Konzeptfassung",
        )
        .await?;
    }
    crate::measures::check_measures_in_body(tx, body_id, &d.measure_ids, "measure_ids").await
}

/// Writes every field of a paper and its measure links (for create and update alike).
async fn write_paper(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    d: &PaperDraft,
    modified_at: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE papers SET reference = $1, name = $2, paper_type = $3, date = $4, proposal = $5, reasoning = $6,
         submitter_person_id = $7, submitter_organization_id = $8, lead_organization_id = $9, editor = $10, concept_id = $11,
         public = $12, finance_note = $13, finance_total_cents = $14, finance_revenue_cents = $15, finance_own_share_cents = $16,
         finance_grants_cents = $17, finance_budget_year = $18, finance_overplanned = $19, finance_unplanned = $20,
         finance_budget_line = $21, modified_at = $22 WHERE id = $23",
    )
    .bind(&d.reference)
    .bind(&d.name)
    .bind(d.paper_type.code())
    .bind(d.date.map(|x| x.iso()))
    .bind(&d.proposal)
    .bind(&d.reasoning)
    .bind(d.submitter_person_id)
    .bind(d.submitter_organization_id)
    .bind(d.lead_organization_id)
    .bind(&d.editor)
    .bind(d.concept_id)
    .bind(i64::from(d.public))
    .bind(&d.finance.note)
    .bind(d.finance.total.map(|m| m.cents()))
    .bind(d.finance.revenue.map(|m| m.cents()))
    .bind(d.finance.own_share.map(|m| m.cents()))
    .bind(d.finance.grants.map(|m| m.cents()))
    .bind(d.finance.budget_year.map(i64::from))
    .bind(i64::from(d.finance.overplanned))
    .bind(i64::from(d.finance.unplanned))
    .bind(&d.finance.budget_line)
    .bind(modified_at)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM paper_measures WHERE paper_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    write_paper_measures(tx, id, &d.measure_ids).await
}

async fn write_paper_measures(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    measures: &[i64],
) -> Result<()> {
    for m in measures {
        sqlx::query("INSERT INTO paper_measures (paper_id, measure_id) VALUES ($1, $2)")
            .bind(id)
            .bind(*m)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

const CYCLE_COLUMNS: &str = "id, body_id, organization_id, concept_id, title, interval_months, next_due, requested_by_paper_id, created_at, modified_at";

impl Store {
    /// A body's reporting cycles, the next due first.
    pub async fn reporting_cycles(&self, body_id: i64) -> Result<Vec<crate::ReportingCycle>> {
        let sql = format!(
            "SELECT {CYCLE_COLUMNS} FROM reporting_cycles WHERE body_id = $1 ORDER BY next_due, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The cycles of `bodies` (None: every body's) due on or before `until` (ISO date): a
    /// coordinator's start page asks for her bodies only, so what it costs does not grow
    /// with the bodies on the server.
    pub async fn reporting_cycles_due(
        &self,
        bodies: Option<&[i64]>,
        until: &str,
    ) -> Result<Vec<crate::ReportingCycle>> {
        let sql = format!(
            "SELECT {CYCLE_COLUMNS} FROM reporting_cycles WHERE next_due <= $1{} ORDER BY next_due, id",
            crate::db::in_bodies(bodies)
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(until)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn reporting_cycle(&self, id: i64) -> Result<crate::ReportingCycle> {
        let sql = format!("SELECT {CYCLE_COLUMNS} FROM reporting_cycles WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Berichtszyklus"))
    }

    pub async fn create_reporting_cycle(
        &self,
        body_id: i64,
        d: &teilhabe_domain::council::ReportingCycleDraft,
    ) -> Result<crate::ReportingCycle> {
        self.body(body_id).await?;
        let mut tx = self.begin().await?;
        check_in_body(
            &mut tx,
            "organizations",
            body_id,
            &[d.organization_id],
            "organization_id",
            "Das Gremium",
        )
        .await?;
        if let Some(c) = d.concept_id {
            check_in_body(
                &mut tx,
                "concepts",
                body_id,
                &[c],
                "concept_id",
                "Die Konzeptfassung",
            )
            .await?;
        }
        if let Some(p) = d.requested_by_paper_id {
            check_in_body(
                &mut tx,
                "papers",
                body_id,
                &[p],
                "requested_by_paper_id",
                "Die Vorlage",
            )
            .await?;
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO reporting_cycles (body_id, organization_id, concept_id, title, interval_months, next_due, requested_by_paper_id, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(body_id)
        .bind(d.organization_id)
        .bind(d.concept_id)
        .bind(&d.title)
        .bind(i64::from(d.interval_months))
        .bind(d.next_due.iso())
        .bind(d.requested_by_paper_id)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.reporting_cycle(id).await
    }

    /// Marks the current report as given: the next one is due an interval later.
    pub async fn reporting_cycle_done(&self, id: i64) -> Result<crate::ReportingCycle> {
        let c = self.reporting_cycle(id).await?;
        let due = teilhabe_domain::Date::parse(&c.next_due).map_err(StoreError::Refused)?;
        let next = teilhabe_domain::council::add_months(due, c.interval_months as u32);
        self.execute(
            sqlx::query(
                "UPDATE reporting_cycles SET next_due = $1, modified_at = $2 WHERE id = $3",
            )
            .bind(next.iso())
            .bind(now())
            .bind(id),
        )
        .await?;
        self.reporting_cycle(id).await
    }
}

pub(crate) const TERM_COLUMNS: &str =
    "id, body_id, name, start_date, end_date, created_at, modified_at";

impl Store {
    /// A body's electoral terms, oldest first.
    pub async fn legislative_terms(&self, body_id: i64) -> Result<Vec<crate::LegislativeTerm>> {
        let sql = format!(
            "SELECT {TERM_COLUMNS} FROM legislative_terms WHERE body_id = $1 AND deleted = 0 ORDER BY start_date, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn create_legislative_term(
        &self,
        body_id: i64,
        d: &teilhabe_domain::council::LegislativeTermDraft,
    ) -> Result<crate::LegislativeTerm> {
        self.body(body_id).await?;
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO legislative_terms (body_id, name, start_date, end_date, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(body_id)
        .bind(&d.name)
        .bind(d.period.start().map(|x| x.iso()))
        .bind(d.period.end().map(|x| x.iso()))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        let sql = format!("SELECT {TERM_COLUMNS} FROM legislative_terms WHERE id = $1");
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&self.pool)
            .await?)
    }
}
