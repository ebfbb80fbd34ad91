//! Participation in the dump: processes by concept number, events with organisers and
//! target groups by number and planning areas by name, contributions with fields of action
//! by position and measures by number; the keyword stems the coordinator edited.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use teilhabe_domain::Date;
use teilhabe_domain::participation::{Phase, PhaseDates};

use super::DumpTranslation;
use super::translations::import_translations;
use crate::participation::write_phases;
use crate::{Result, Store, StoreError};
use teilhabe_domain::Coded;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpProcess {
    /// The concept version, by its number in the dump.
    pub concept: usize,
    pub title: String,
    pub description: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    /// (phase, start, end, note).
    pub phases: Vec<crate::participation::PhaseRow>,
    pub events: Vec<DumpEvent>,
    /// Translations of this record's texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpEvent {
    pub format: String,
    pub title: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub place: Option<String>,
    /// The planning area by name.
    pub planning_area: Option<String>,
    pub organizer: Option<usize>,
    pub languages: Option<String>,
    pub description: Option<String>,
    pub participants_total: Option<i64>,
    /// (target group number, count).
    pub participants: Vec<(usize, i64)>,
    pub public: bool,
    pub created_at: String,
    pub modified_at: String,
    pub contributions: Vec<DumpContribution>,
    /// Translations of this record's texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpContribution {
    pub kind: String,
    pub text: String,
    pub status: String,
    pub reason: Option<String>,
    pub public: bool,
    /// Fields of action of the process's concept, by position.
    pub fields: Vec<i64>,
    pub target_groups: Vec<usize>,
    pub measures: Vec<usize>,
    pub created_at: String,
    pub modified_at: String,
    /// The organization that brought it in, by number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<usize>,
    /// Translations of this record's texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

/// Keyword stems of a field of action: (concept number, field position, stems).
pub type DumpKeywords = (usize, i64, Vec<String>);

pub(crate) type Participation = (
    Vec<DumpProcess>,
    Vec<DumpKeywords>,
    HashMap<i64, (usize, usize)>,
);

pub(crate) struct Numbers<'a> {
    pub orgs: &'a HashMap<i64, usize>,
    pub groups: &'a HashMap<i64, usize>,
    pub concepts: &'a HashMap<i64, usize>,
    pub measures: &'a HashMap<i64, usize>,
}

impl Store {
    /// The processes, the edited keyword stems, and each event's place in the dump
    /// (process number, event number) for the files that document them.
    pub(crate) async fn dump_participation(
        &self,
        body_id: i64,
        n: &Numbers<'_>,
        translations: &mut super::translations::ByRecord,
    ) -> Result<Participation> {
        use super::translations::take;
        let num = |map: &HashMap<i64, usize>, id: i64| map.get(&id).copied().unwrap_or(0);
        let areas: HashMap<i64, String> = self
            .planning_areas(body_id)
            .await?
            .into_iter()
            .map(|(a, _)| (a.id, a.name))
            .collect();
        let mut processes = Vec::new();
        let mut event_no = HashMap::new();
        let mut list = self.processes_of_body(body_id).await?;
        list.sort_by_key(|p| p.id);
        for p in list {
            let positions: HashMap<i64, i64> = self
                .fields_of_action(p.concept_id)
                .await?
                .into_iter()
                .map(|f| (f.id, f.position))
                .collect();
            let phases = self
                .phases(p.id)
                .await?
                .into_iter()
                .map(|x| {
                    (
                        x.phase.code().to_string(),
                        x.start.map(|d| d.iso()),
                        x.end.map(|d| d.iso()),
                        x.note,
                    )
                })
                .collect();
            let contributions = self.contributions_of_process(p.id).await?;
            let mut events = Vec::new();
            for e in self.events(p.id).await? {
                event_no.insert(e.id, (processes.len() + 1, events.len() + 1));
                events.push(DumpEvent {
                    translations: take(translations, "participation_events", e.id),
                    contributions: contributions
                        .iter()
                        .filter(|c| c.event_id == e.id)
                        .map(|c| DumpContribution {
                            translations: take(translations, "contributions", c.id),
                            organization: c.organization_id.map(|o| num(n.orgs, o)),
                            kind: c.kind.clone(),
                            text: c.text.clone(),
                            status: c.status.clone(),
                            reason: c.reason.clone(),
                            public: c.public.0,
                            fields: c
                                .field_ids
                                .iter()
                                .filter_map(|f| positions.get(f).copied())
                                .collect(),
                            target_groups: c
                                .target_group_ids
                                .iter()
                                .map(|g| num(n.groups, *g))
                                .collect(),
                            measures: c.measure_ids.iter().map(|m| num(n.measures, *m)).collect(),
                            created_at: c.created_at.clone(),
                            modified_at: c.modified_at.clone(),
                        })
                        .collect(),
                    format: e.format,
                    title: e.title,
                    start_date: e.start_date,
                    end_date: e.end_date,
                    place: e.place,
                    planning_area: e.planning_area_id.and_then(|a| areas.get(&a).cloned()),
                    organizer: e.organizer_id.map(|o| num(n.orgs, o)),
                    languages: e.languages,
                    description: e.description,
                    participants_total: e.participants_total,
                    participants: e
                        .participants
                        .iter()
                        .map(|(g, c)| (num(n.groups, *g), *c))
                        .collect(),
                    public: e.public.0,
                    created_at: e.created_at,
                    modified_at: e.modified_at,
                });
            }
            processes.push(DumpProcess {
                translations: take(translations, "participation_processes", p.id),
                concept: num(n.concepts, p.concept_id),
                title: p.title,
                description: p.description,
                created_at: p.created_at,
                modified_at: p.modified_at,
                phases,
                events,
            });
        }
        let rows: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT f.concept_id, f.position, k.stem FROM field_keywords k JOIN fields_of_action f ON f.id = k.field_id
             JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1 ORDER BY f.concept_id, f.position, k.stem",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let mut keywords: Vec<DumpKeywords> = Vec::new();
        for (concept, position, stem) in rows {
            let c = num(n.concepts, concept);
            match keywords.last_mut() {
                Some((kc, kp, stems)) if *kc == c && *kp == position => stems.push(stem),
                _ => keywords.push((c, position, vec![stem])),
            }
        }
        Ok((processes, keywords, event_no))
    }
}

/// The ids the import gave the dump's numbered records (index = number; 0 unused).
pub(crate) struct Ids<'a> {
    pub orgs: &'a [i64],
    pub groups: &'a [i64],
    pub concepts: &'a [i64],
    pub measures: &'a [i64],
}

pub(crate) async fn import_participation(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    processes: &[DumpProcess],
    keywords: &[DumpKeywords],
    ids: &Ids<'_>,
) -> Result<Vec<Vec<i64>>> {
    let areas: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
        "SELECT name, id FROM planning_areas WHERE body_id = $1",
    )
    .bind(body_id)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .collect();
    let mut event_ids = Vec::with_capacity(processes.len());
    for p in processes {
        let mut these = Vec::with_capacity(p.events.len());
        let concept = number(ids.concepts, p.concept, "Die Konzeptfassung")?;
        let process: i64 = sqlx::query_scalar(
            "INSERT INTO participation_processes (concept_id, title, description, created_at, modified_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(concept)
        .bind(&p.title)
        .bind(&p.description)
        .bind(&p.created_at)
        .bind(&p.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        import_translations(
            tx,
            body_id,
            "participation_processes",
            process,
            &p.translations,
        )
        .await?;
        write_phases(tx, process, &phases(p)?).await?;
        for e in &p.events {
            let area = match &e.planning_area {
                Some(name) => Some(*areas.get(name).ok_or_else(|| {
                    StoreError::invalid(
                        "processes",
                        format!("Planungsraum „{name}“ fehlt in der Datei."),
                    )
                })?),
                None => None,
            };
            let organizer = e
                .organizer
                .map(|o| number(ids.orgs, o, "Die Organisation"))
                .transpose()?;
            let event: i64 = sqlx::query_scalar(
                "INSERT INTO participation_events (process_id, format, title, start_date, end_date, place, planning_area_id, organizer_id,
                 languages, description, participants_total, public, created_at, modified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
            )
            .bind(process)
            .bind(&e.format)
            .bind(&e.title)
            .bind(&e.start_date)
            .bind(&e.end_date)
            .bind(&e.place)
            .bind(area)
            .bind(organizer)
            .bind(&e.languages)
            .bind(&e.description)
            .bind(e.participants_total)
            .bind(i64::from(e.public))
            .bind(&e.created_at)
            .bind(&e.modified_at)
            .fetch_one(&mut **tx)
            .await?;
            import_translations(tx, body_id, "participation_events", event, &e.translations)
                .await?;
            these.push(event);
            for (g, count) in &e.participants {
                sqlx::query("INSERT INTO event_participants (event_id, target_group_id, count) VALUES ($1, $2, $3)")
                    .bind(event)
                    .bind(number(ids.groups, *g, "Die Zielgruppe")?)
                    .bind(count)
                    .execute(&mut **tx)
                    .await?;
            }
            for c in &e.contributions {
                import_contribution(tx, body_id, event, concept, c, ids).await?;
            }
        }
        event_ids.push(these);
    }
    for (concept, position, stems) in keywords {
        let field = field_id(
            tx,
            number(ids.concepts, *concept, "Die Konzeptfassung")?,
            *position,
        )
        .await?;
        for s in stems {
            sqlx::query("INSERT INTO field_keywords (field_id, stem) VALUES ($1, $2)")
                .bind(field)
                .bind(s)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(event_ids)
}

/// The record a dump number stands for, or the error that names it (numbers start at 1).
fn number(list: &[i64], i: usize, what: &str) -> Result<i64> {
    list.get(i).copied().filter(|_| i > 0).ok_or_else(|| {
        StoreError::invalid(
            "processes",
            format!("{what} Nr. {i} gibt es in der Datei nicht."),
        )
    })
}

/// The id of a concept's field of action at `position`.
async fn field_id(tx: &mut Transaction<'_, Any>, concept: i64, position: i64) -> Result<i64> {
    sqlx::query_scalar("SELECT id FROM fields_of_action WHERE concept_id = $1 AND position = $2")
        .bind(concept)
        .bind(position)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or_else(|| {
            StoreError::invalid(
                "processes",
                format!("Ein Beitrag nennt Handlungsfeld {position}, das es nicht gibt."),
            )
        })
}

/// A process's phases with their dates, checked.
fn phases(p: &DumpProcess) -> Result<Vec<PhaseDates>> {
    let mut phases = Vec::new();
    for (phase, start, end, note) in &p.phases {
        let date = |s: &Option<String>| s.as_deref().map(Date::parse).transpose();
        let (Some(phase), Ok(start), Ok(end)) = (Phase::from_code(phase), date(start), date(end))
        else {
            return Err(StoreError::invalid(
                "processes",
                format!("Phase „{phase}“ oder ihre Daten sind ungültig."),
            ));
        };
        phases.push(PhaseDates {
            phase,
            start,
            end,
            note: note.clone(),
        });
    }
    Ok(phases)
}

/// A contribution with its translations and what it names: fields, target groups, measures.
async fn import_contribution(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    event: i64,
    concept: i64,
    c: &DumpContribution,
    ids: &Ids<'_>,
) -> Result<()> {
    let organization = c
        .organization
        .map(|o| number(ids.orgs, o, "Die Organisation"))
        .transpose()?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO contributions (event_id, kind, text, status, reason, public, created_at, modified_at, organization_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(event)
    .bind(&c.kind)
    .bind(&c.text)
    .bind(&c.status)
    .bind(&c.reason)
    .bind(i64::from(c.public))
    .bind(&c.created_at)
    .bind(&c.modified_at)
    .bind(organization)
    .fetch_one(&mut **tx)
    .await?;
    import_translations(tx, body_id, "contributions", id, &c.translations).await?;
    let mut links: Vec<(&str, &str, i64)> = Vec::new();
    for f in &c.fields {
        links.push((
            "contribution_fields",
            "field_id",
            field_id(tx, concept, *f).await?,
        ));
    }
    for g in &c.target_groups {
        links.push((
            "contribution_target_groups",
            "target_group_id",
            number(ids.groups, *g, "Die Zielgruppe")?,
        ));
    }
    for m in &c.measures {
        links.push((
            "contribution_measures",
            "measure_id",
            number(ids.measures, *m, "Die Maßnahme")?,
        ));
    }
    for (table, column, x) in links {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} (contribution_id, {column}) VALUES ($1, $2)"
        )))
        .bind(id)
        .bind(x)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Statements that remove a body's participation records, children first (for `--replace`).
pub(crate) const DELETE: [&str; 10] = [
    "DELETE FROM files WHERE event_id IN (SELECT e.id FROM participation_events e JOIN participation_processes p ON p.id = e.process_id JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM field_keywords WHERE field_id IN (SELECT f.id FROM fields_of_action f JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1)",
    "DELETE FROM contribution_fields WHERE contribution_id IN (SELECT x.id FROM contributions x JOIN participation_events e ON e.id = x.event_id JOIN participation_processes p ON p.id = e.process_id JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM contribution_target_groups WHERE contribution_id IN (SELECT x.id FROM contributions x JOIN participation_events e ON e.id = x.event_id JOIN participation_processes p ON p.id = e.process_id JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM contribution_measures WHERE contribution_id IN (SELECT x.id FROM contributions x JOIN participation_events e ON e.id = x.event_id JOIN participation_processes p ON p.id = e.process_id JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM contributions WHERE event_id IN (SELECT e.id FROM participation_events e JOIN participation_processes p ON p.id = e.process_id JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM event_participants WHERE event_id IN (SELECT e.id FROM participation_events e JOIN participation_processes p ON p.id = e.process_id JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM participation_events WHERE process_id IN (SELECT p.id FROM participation_processes p JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM participation_phases WHERE process_id IN (SELECT p.id FROM participation_processes p JOIN concepts c ON c.id = p.concept_id WHERE c.body_id = $1)",
    "DELETE FROM participation_processes WHERE concept_id IN (SELECT id FROM concepts WHERE body_id = $1)",
];
