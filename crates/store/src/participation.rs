//! Participation processes with their phases, events with participant counts, contributions
//! with their fate (taken into which measures, or not and why), and the keyword stems that
//! suggest a contribution's fields of action.

use crate::audit::check_may_set;
use std::collections::HashMap;

use serde::Serialize;
use sqlx::{Any, AssertSqlSafe, Transaction};
use teilhabe_domain::participation::{
    ContributionDraft, EventDraft, Phase, PhaseDates, ProcessDraft, default_stems,
};
use teilhabe_domain::{Coded, Date};

use crate::db::{id_list, now, qualified};
use crate::organizations::check_in_body;
use crate::{Flag, Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Process {
    pub id: i64,
    pub concept_id: i64,
    pub title: String,
    pub description: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Event {
    pub id: i64,
    pub process_id: i64,
    pub format: String,
    pub title: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub place: Option<String>,
    pub planning_area_id: Option<i64>,
    pub organizer_id: Option<i64>,
    pub languages: Option<String>,
    pub description: Option<String>,
    pub participants_total: Option<i64>,
    #[sqlx(try_from = "i64")]
    pub public: Flag,
    pub created_at: String,
    pub modified_at: String,
    /// (target group, count).
    #[sqlx(skip)]
    pub participants: Vec<(i64, i64)>,
}

impl Event {
    /// Who came: the total given, else the sum of the groups counted.
    pub fn participants(&self) -> i64 {
        self.participants_total
            .unwrap_or_else(|| self.participants.iter().map(|(_, c)| c).sum())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Contribution {
    pub id: i64,
    pub event_id: i64,
    pub kind: String,
    pub text: String,
    pub status: String,
    pub reason: Option<String>,
    #[sqlx(try_from = "i64")]
    pub public: Flag,
    pub created_at: String,
    pub modified_at: String,
    /// The organization that brought it in.
    pub organization_id: Option<i64>,
    #[sqlx(skip)]
    pub field_ids: Vec<i64>,
    #[sqlx(skip)]
    pub target_group_ids: Vec<i64>,
    #[sqlx(skip)]
    pub measure_ids: Vec<i64>,
}

/// A stored phase: (phase code, start, end, note), dates as ISO text.
pub type PhaseRow = (String, Option<String>, Option<String>, Option<String>);

const PROCESS_COLUMNS: &str = "id, concept_id, title, description, created_at, modified_at";
const EVENT_COLUMNS: &str = "id, process_id, format, title, start_date, end_date, place, planning_area_id, organizer_id, languages, description, participants_total, public, created_at, modified_at";
const CONTRIBUTION_COLUMNS: &str =
    "id, event_id, kind, text, status, reason, public, created_at, modified_at, organization_id";

impl Store {
    pub async fn processes_of_concept(&self, concept_id: i64) -> Result<Vec<Process>> {
        let sql = format!(
            "SELECT {PROCESS_COLUMNS} FROM participation_processes WHERE concept_id = $1 ORDER BY id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The processes of all of a body's concept versions, newest concept first.
    pub async fn processes_of_body(&self, body_id: i64) -> Result<Vec<Process>> {
        let sql = format!(
            "SELECT {} FROM participation_processes p JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1 ORDER BY c.id DESC, p.id",
            qualified("p", PROCESS_COLUMNS)
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(body_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn process(&self, id: i64) -> Result<Process> {
        let sql = format!("SELECT {PROCESS_COLUMNS} FROM participation_processes WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Beteiligungsprozess"))
    }

    /// The body a process belongs to (through its concept).
    pub async fn body_id_of_process(&self, id: i64) -> Result<i64> {
        let p = self.process(id).await?;
        Ok(self.concept(p.concept_id).await?.body_id)
    }

    pub async fn create_process(&self, concept_id: i64, d: &ProcessDraft) -> Result<Process> {
        self.concept(concept_id).await?;
        let stamp = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO participation_processes (concept_id, title, description, created_at, modified_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(concept_id)
        .bind(&d.title)
        .bind(&d.description)
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.process(id).await
    }

    /// Removes a process that has no events yet (with its phase dates).
    pub async fn delete_process(&self, id: i64) -> Result<()> {
        let p = self.process(id).await?;
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM participation_events WHERE process_id = $1")
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ hat noch {n} Format(e) mit ihren Beiträgen; sie bleiben nachvollziehbar. Erst die Formate löschen.",
                p.title
            )));
        }
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM participation_phases WHERE process_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM participation_processes WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        crate::translations::forget(&mut tx, "participation_processes", id).await?;
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn update_process(&self, id: i64, d: &ProcessDraft) -> Result<Process> {
        self.process(id).await?;
        self.execute(sqlx::query("UPDATE participation_processes SET title = $1, description = $2, modified_at = $3 WHERE id = $4")
            .bind(&d.title)
            .bind(&d.description)
            .bind(now())
            .bind(id)
            )
            .await?;
        self.process(id).await
    }

    pub async fn phases(&self, process_id: i64) -> Result<Vec<PhaseDates>> {
        let rows: Vec<PhaseRow> = sqlx::query_as(
            "SELECT phase, start_date, end_date, note FROM participation_phases WHERE process_id = $1",
        )
        .bind(process_id)
        .fetch_all(&self.pool)
        .await?;
        let date = |s: Option<String>| s.and_then(|s| Date::parse(&s).ok());
        let mut out: Vec<PhaseDates> = rows
            .into_iter()
            .filter_map(|(phase, start, end, note)| {
                Some(PhaseDates {
                    phase: Phase::from_code(&phase)?,
                    start: date(start),
                    end: date(end),
                    note,
                })
            })
            .collect();
        out.sort_by_key(|p| Phase::ALL.iter().position(|x| *x == p.phase));
        Ok(out)
    }

    /// Replaces the process's phase dates.
    pub async fn set_phases(&self, process_id: i64, phases: &[PhaseDates]) -> Result<()> {
        self.process(process_id).await?;
        let mut tx = self.begin().await?;
        write_phases(&mut tx, process_id, phases).await?;
        sqlx::query("UPDATE participation_processes SET modified_at = $1 WHERE id = $2")
            .bind(now())
            .bind(process_id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn events(&self, process_id: i64) -> Result<Vec<Event>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM participation_events WHERE process_id = $1 ORDER BY start_date, id"
        );
        let mut events: Vec<Event> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(process_id)
            .fetch_all(&self.pool)
            .await?;
        self.attach_participants(&mut events).await?;
        Ok(events)
    }

    pub async fn event(&self, id: i64) -> Result<Event> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM participation_events WHERE id = $1");
        let event: Event = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Beteiligungsformat"))?;
        let mut one = vec![event];
        self.attach_participants(&mut one).await?;
        Ok(one.remove(0))
    }

    async fn events_by_id(&self, ids: &[i64]) -> Result<Vec<Event>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM participation_events WHERE id IN ({})",
            id_list(ids)
        );
        let mut events: Vec<Event> = sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        self.attach_participants(&mut events).await?;
        Ok(events)
    }

    async fn attach_participants(&self, events: &mut [Event]) -> Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
        let sql = format!(
            "SELECT event_id, target_group_id, count FROM event_participants WHERE event_id IN ({}) ORDER BY event_id, target_group_id",
            id_list(&ids)
        );
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        let mut by_event: HashMap<i64, Vec<(i64, i64)>> = HashMap::new();
        for (e, g, c) in rows {
            by_event.entry(e).or_default().push((g, c));
        }
        for e in events {
            e.participants = by_event.remove(&e.id).unwrap_or_default();
        }
        Ok(())
    }

    pub async fn create_event(&self, process_id: i64, d: &EventDraft) -> Result<Event> {
        let body_id = self.body_id_of_process(process_id).await?;
        let stamp = now();
        let mut tx = self.begin().await?;
        check_event(&mut tx, body_id, d).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO participation_events (process_id, format, title, start_date, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(process_id)
        .bind(d.format.code())
        .bind(&d.title)
        .bind(d.start_date.iso())
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        write_event(&mut tx, id, d, &stamp).await?;
        self.commit(tx).await?;
        self.event(id).await
    }

    pub async fn update_event(&self, id: i64, d: &EventDraft) -> Result<Event> {
        let event = self.event(id).await?;
        let body_id = self.body_id_of_process(event.process_id).await?;
        check_may_set(
            body_id,
            &[("organizer_id", d.organizer_id)],
            Some((event.public.0, d.public)),
        )?;
        let mut tx = self.begin().await?;
        check_event(&mut tx, body_id, d).await?;
        write_event(&mut tx, id, d, &now()).await?;
        self.commit(tx).await?;
        self.event(id).await
    }

    /// Refused while contributions refer to the event: what was said there must stay traceable.
    pub async fn delete_event(&self, id: i64) -> Result<()> {
        let event = self.event(id).await?;
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM contributions WHERE event_id = $1")
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        if n > 0 {
            return Err(StoreError::Refused(format!(
                "„{}“ hat noch {n} Beitrag/Beiträge; sie bleiben nachvollziehbar. Erst die Beiträge löschen.",
                event.title
            )));
        }
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE concepts SET comment_event_id = NULL WHERE comment_event_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM event_participants WHERE event_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM participation_events WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        crate::translations::forget(&mut tx, "participation_events", id).await?;
        self.commit(tx).await?;
        Ok(())
    }

    pub async fn contributions_of_event(&self, event_id: i64) -> Result<Vec<Contribution>> {
        let sql = format!(
            "SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE event_id = $1 ORDER BY id"
        );
        let mut list: Vec<Contribution> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(event_id)
            .fetch_all(&self.pool)
            .await?;
        self.attach_contribution_links(&mut list).await?;
        Ok(list)
    }

    /// All contributions of a process (for its overview).
    pub async fn contributions_of_process(&self, process_id: i64) -> Result<Vec<Contribution>> {
        let sql = format!(
            "SELECT {} FROM contributions c JOIN participation_events e ON e.id = c.event_id WHERE e.process_id = $1 ORDER BY c.id",
            qualified("c", CONTRIBUTION_COLUMNS)
        );
        let mut list: Vec<Contribution> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(process_id)
            .fetch_all(&self.pool)
            .await?;
        self.attach_contribution_links(&mut list).await?;
        Ok(list)
    }

    /// The contributions taken into a measure, with their events. `public_only` leaves out
    /// contributions and events that are not public.
    pub async fn contributions_of_measure(
        &self,
        measure_id: i64,
        public_only: bool,
    ) -> Result<Vec<(Contribution, Event)>> {
        let filter = if public_only {
            " AND c.public = 1 AND e.public = 1"
        } else {
            ""
        };
        let sql = format!(
            "SELECT {} FROM contributions c JOIN contribution_measures cm ON cm.contribution_id = c.id
             JOIN participation_events e ON e.id = c.event_id WHERE cm.measure_id = $1{filter} ORDER BY e.start_date, c.id",
            qualified("c", CONTRIBUTION_COLUMNS)
        );
        let mut list: Vec<Contribution> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(measure_id)
            .fetch_all(&self.pool)
            .await?;
        self.attach_contribution_links(&mut list).await?;
        // Their events in one query, not one each.
        let mut ids: Vec<i64> = list.iter().map(|c| c.event_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let events: HashMap<i64, Event> = self
            .events_by_id(&ids)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        Ok(list
            .into_iter()
            .filter_map(|c| {
                let e = events.get(&c.event_id)?.clone();
                Some((c, e))
            })
            .collect())
    }

    pub async fn contribution(&self, id: i64) -> Result<Contribution> {
        let sql = format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE id = $1");
        let c: Contribution = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Beitrag"))?;
        let mut one = vec![c];
        self.attach_contribution_links(&mut one).await?;
        Ok(one.remove(0))
    }

    async fn attach_contribution_links(&self, list: &mut [Contribution]) -> Result<()> {
        if list.is_empty() {
            return Ok(());
        }
        let ids = id_list(&list.iter().map(|c| c.id).collect::<Vec<_>>());
        let mut links: [HashMap<i64, Vec<i64>>; 3] = Default::default();
        for (i, (table, column)) in [
            ("contribution_fields", "field_id"),
            ("contribution_target_groups", "target_group_id"),
            ("contribution_measures", "measure_id"),
        ]
        .into_iter()
        .enumerate()
        {
            let sql = format!(
                "SELECT contribution_id, {column} FROM {table} WHERE contribution_id IN ({ids}) ORDER BY contribution_id, {column}"
            );
            let rows: Vec<(i64, i64)> = sqlx::query_as(AssertSqlSafe(sql))
                .fetch_all(&self.pool)
                .await?;
            for (c, x) in rows {
                links[i].entry(c).or_default().push(x);
            }
        }
        for c in list {
            c.field_ids = links[0].remove(&c.id).unwrap_or_default();
            c.target_group_ids = links[1].remove(&c.id).unwrap_or_default();
            c.measure_ids = links[2].remove(&c.id).unwrap_or_default();
        }
        Ok(())
    }

    /// Participation events organized by these organizations: `(id, title, start date)`.
    pub async fn events_organized_by(
        &self,
        organizations: &[i64],
    ) -> Result<Vec<(i64, String, String)>> {
        self.per_organization(
            "SELECT id, title, start_date FROM participation_events WHERE organizer_id IN (:organizations) ORDER BY start_date DESC, id",
            organizations,
        )
        .await
    }

    /// Contributions these organizations brought in: `(id, text, event title)`.
    pub async fn contributions_brought_by(
        &self,
        organizations: &[i64],
    ) -> Result<Vec<(i64, String, String)>> {
        self.per_organization(
            "SELECT c.id, c.text, e.title FROM contributions c JOIN participation_events e ON e.id = c.event_id
             WHERE c.organization_id IN (:organizations) ORDER BY e.start_date DESC, c.id",
            organizations,
        )
        .await
    }

    pub async fn create_contribution(
        &self,
        event_id: i64,
        d: &ContributionDraft,
    ) -> Result<Contribution> {
        let event = self.event(event_id).await?;
        let process = self.process(event.process_id).await?;
        let body_id = self.concept(process.concept_id).await?.body_id;
        check_may_set(body_id, &[("organization_id", d.organization_id)], None)?;
        let stamp = now();
        let mut tx = self.begin().await?;
        check_contribution(&mut tx, body_id, d).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO contributions (event_id, kind, text, status, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(event_id)
        .bind(d.kind.code())
        .bind(&d.text)
        .bind(d.status.code())
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        write_contribution(&mut tx, id, d, &stamp).await?;
        self.commit(tx).await?;
        self.contribution(id).await
    }

    pub async fn update_contribution(
        &self,
        id: i64,
        d: &ContributionDraft,
    ) -> Result<Contribution> {
        let c = self.contribution(id).await?;
        let event = self.event(c.event_id).await?;
        let body_id = self.body_id_of_process(event.process_id).await?;
        check_may_set(
            body_id,
            &[("organization_id", d.organization_id)],
            Some((c.public.0, d.public)),
        )?;
        let mut tx = self.begin().await?;
        check_contribution(&mut tx, body_id, d).await?;
        write_contribution(&mut tx, id, d, &now()).await?;
        self.commit(tx).await?;
        self.contribution(id).await
    }

    pub async fn delete_contribution(&self, id: i64) -> Result<()> {
        self.contribution(id).await?;
        let mut tx = self.begin().await?;
        // A published comment stays, no longer filed as a contribution.
        sqlx::query("UPDATE comments SET contribution_id = NULL WHERE contribution_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for table in [
            "contribution_fields",
            "contribution_target_groups",
            "contribution_measures",
        ] {
            sqlx::query(AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE contribution_id = $1"
            )))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM contributions WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        crate::translations::forget(&mut tx, "contributions", id).await?;
        self.commit(tx).await?;
        Ok(())
    }

    /// Keyword stems per field of action of a concept: the coordinator's list where she has
    /// edited one, else the defaults chosen by the field's title. (field id, stem, edited).
    pub async fn field_keywords(&self, concept_id: i64) -> Result<Vec<(i64, String, bool)>> {
        let fields = self.fields_of_action(concept_id).await?;
        let stored: Vec<(i64, String)> = sqlx::query_as(
            "SELECT k.field_id, k.stem FROM field_keywords k JOIN fields_of_action f ON f.id = k.field_id WHERE f.concept_id = $1 ORDER BY k.field_id, k.stem",
        )
            .bind(concept_id)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for f in fields {
            let own: Vec<&String> = stored
                .iter()
                .filter(|(id, _)| *id == f.id)
                .map(|(_, s)| s)
                .collect();
            if own.is_empty() {
                out.extend(
                    default_stems(&f.title)
                        .into_iter()
                        .map(|s| (f.id, s.to_string(), false)),
                );
            } else {
                out.extend(own.into_iter().map(|s| (f.id, s.clone(), true)));
            }
        }
        Ok(out)
    }

    /// Replaces the stems of one field of action (lower-cased, duplicates dropped).
    pub async fn set_field_keywords(&self, field_id: i64, stems: &[String]) -> Result<()> {
        self.field_of_action(field_id).await?;
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM field_keywords WHERE field_id = $1")
            .bind(field_id)
            .execute(&mut *tx)
            .await?;
        let mut seen: Vec<String> = Vec::new();
        for s in stems {
            let s = s.trim().to_lowercase();
            if s.is_empty() || seen.contains(&s) {
                continue;
            }
            sqlx::query("INSERT INTO field_keywords (field_id, stem) VALUES ($1, $2)")
                .bind(field_id)
                .bind(&s)
                .execute(&mut *tx)
                .await?;
            seen.push(s);
        }
        self.commit(tx).await?;
        Ok(())
    }
}

pub(crate) async fn write_phases(
    tx: &mut Transaction<'_, Any>,
    process_id: i64,
    phases: &[PhaseDates],
) -> Result<()> {
    sqlx::query("DELETE FROM participation_phases WHERE process_id = $1")
        .bind(process_id)
        .execute(&mut **tx)
        .await?;
    for p in phases {
        sqlx::query("INSERT INTO participation_phases (process_id, phase, start_date, end_date, note) VALUES ($1, $2, $3, $4, $5)")
            .bind(process_id)
            .bind(p.phase.code())
            .bind(p.start.map(|d| d.iso()))
            .bind(p.end.map(|d| d.iso()))
            .bind(&p.note)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn check_event(tx: &mut Transaction<'_, Any>, body_id: i64, d: &EventDraft) -> Result<()> {
    if let Some(o) = d.organizer_id {
        check_in_body(
            tx,
            "organizations",
            body_id,
            &[o],
            "organizer_id",
            "Die Organisation",
        )
        .await?;
    }
    if let Some(a) = d.planning_area_id {
        check_in_body(
            tx,
            "planning_areas",
            body_id,
            &[a],
            "planning_area_id",
            "Der Planungsraum",
        )
        .await?;
    }
    let groups: Vec<i64> = d.participants.iter().map(|(g, _)| *g).collect();
    check_in_body(
        tx,
        "target_groups",
        body_id,
        &groups,
        "participants",
        "Die Zielgruppe",
    )
    .await?;
    for (i, g) in groups.iter().enumerate() {
        if groups[..i].contains(g) {
            return Err(StoreError::invalid(
                "participants",
                "Eine Zielgruppe steht zweimal in der Liste.",
            ));
        }
    }
    Ok(())
}

pub(crate) async fn write_event(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    d: &EventDraft,
    modified_at: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE participation_events SET format = $1, title = $2, start_date = $3, end_date = $4, place = $5, planning_area_id = $6,
         organizer_id = $7, languages = $8, description = $9, participants_total = $10, public = $11, modified_at = $12 WHERE id = $13",
    )
    .bind(d.format.code())
    .bind(&d.title)
    .bind(d.start_date.iso())
    .bind(d.end_date.map(|x| x.iso()))
    .bind(&d.place)
    .bind(d.planning_area_id)
    .bind(d.organizer_id)
    .bind(&d.languages)
    .bind(&d.description)
    .bind(d.participants_total)
    .bind(i64::from(d.public))
    .bind(modified_at)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM event_participants WHERE event_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (g, c) in &d.participants {
        sqlx::query(
            "INSERT INTO event_participants (event_id, target_group_id, count) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(*g)
        .bind(*c)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

pub(crate) async fn check_contribution(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    d: &ContributionDraft,
) -> Result<()> {
    check_in_body(
        tx,
        "target_groups",
        body_id,
        &d.target_group_ids,
        "target_group_ids",
        "Die Zielgruppe",
    )
    .await?;
    check_in_body(
        tx,
        "organizations",
        body_id,
        d.organization_id.as_slice(),
        "organization_id",
        "Die Organisation",
    )
    .await?;
    for (ids, field, what, sql) in [
        (
            &d.field_ids,
            "field_ids",
            "Das Handlungsfeld",
            "SELECT c.body_id FROM fields_of_action f JOIN concepts c ON c.id = f.concept_id WHERE f.id = $1",
        ),
        (
            &d.measure_ids,
            "measure_ids",
            "Die Maßnahme",
            "SELECT c.body_id FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE m.id = $1",
        ),
    ] {
        for id in ids {
            let owner: Option<i64> = sqlx::query_scalar(sql)
                .bind(*id)
                .fetch_optional(&mut **tx)
                .await?;
            if owner != Some(body_id) {
                return Err(StoreError::invalid(
                    field,
                    format!("{what} Nr. {id} gibt es in dieser Körperschaft nicht."),
                ));
            }
        }
    }
    Ok(())
}

pub(crate) async fn write_contribution(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    d: &ContributionDraft,
    modified_at: &str,
) -> Result<()> {
    sqlx::query("UPDATE contributions SET kind = $1, text = $2, status = $3, reason = $4, public = $5, modified_at = $6, organization_id = $7 WHERE id = $8")
        .bind(d.kind.code())
        .bind(&d.text)
        .bind(d.status.code())
        .bind(&d.reason)
        .bind(i64::from(d.public))
        .bind(modified_at)
        .bind(d.organization_id)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (table, column, ids) in [
        ("contribution_fields", "field_id", &d.field_ids),
        (
            "contribution_target_groups",
            "target_group_id",
            &d.target_group_ids,
        ),
        ("contribution_measures", "measure_id", &d.measure_ids),
    ] {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE contribution_id = $1"
        )))
        .bind(id)
        .execute(&mut **tx)
        .await?;
        let mut seen = Vec::new();
        for x in ids {
            if seen.contains(x) {
                continue;
            }
            seen.push(*x);
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO {table} (contribution_id, {column}) VALUES ($1, $2)"
            )))
            .bind(id)
            .bind(*x)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}
