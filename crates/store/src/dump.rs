//! Lossless export and import of one body with everything that belongs to it.
//!
//! Records refer to each other by dump-local numbers (their 1-based position in their
//! list), not by database ids, so a dump moves between databases and backends unchanged:
//! export → import elsewhere → export gives the same JSON. Timestamps are kept. An
//! import runs in one transaction: it is stored completely or not at all.

use crate::{Result, Store, StoreError};
use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use std::collections::HashMap;
use teilhabe_domain::meetings::LocalDateTime;
use teilhabe_domain::{
    ActorClass, BodyKind, Coded, ConceptKind, ConceptStatus, ConsultationRole, Date, FieldErrors,
    MeasureStatus, MeetingState, OfficialKey, OrganizationKind, PaperType, Priority, Scope,
};

pub const FORMAT: &str = "teilhabe-dump";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dump {
    pub format: String,
    pub version: u32,
    pub body: DumpBody,
    pub organizations: Vec<DumpOrganization>,
    pub persons: Vec<DumpPerson>,
    pub target_groups: Vec<DumpTargetGroup>,
    pub concepts: Vec<DumpConcept>,
    pub locations: Vec<DumpLocation>,
    pub meetings: Vec<DumpMeeting>,
    pub papers: Vec<DumpPaper>,
    pub reporting_cycles: Vec<DumpReportingCycle>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpReportingCycle {
    pub title: String,
    pub organization: usize,
    pub concept: Option<usize>,
    pub interval_months: i64,
    pub next_due: String,
    pub requested_by_paper: Option<usize>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpLocation {
    pub id: usize,
    pub description: Option<String>,
    pub room: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpMeeting {
    pub id: usize,
    pub name: String,
    pub state: String,
    pub cancelled: bool,
    pub start_at: String,
    pub end_at: Option<String>,
    pub location: Option<usize>,
    pub organizations: Vec<usize>,
    pub note: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
    /// Numbered across all meetings, in order (1, 2, … over the whole file).
    pub agenda_items: Vec<DumpAgendaItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpAgendaItem {
    pub id: usize,
    pub position: i64,
    pub number: Option<String>,
    pub name: String,
    pub public: bool,
    pub paper: Option<usize>,
    pub result: Option<String>,
    pub resolution_text: Option<String>,
    pub votes_yes: Option<i64>,
    pub votes_no: Option<i64>,
    pub votes_abstain: Option<i64>,
    pub votes_conflicted: Option<i64>,
    pub minutes: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpPaper {
    pub id: usize,
    pub reference: String,
    pub name: String,
    pub paper_type: String,
    pub date: Option<String>,
    pub proposal: Option<String>,
    pub reasoning: Option<String>,
    pub submitter_person: Option<usize>,
    pub submitter_organization: Option<usize>,
    pub lead_organization: Option<usize>,
    pub editor: Option<String>,
    pub concept: Option<usize>,
    /// Measures by their position in the whole file, concepts → fields → goals → measures.
    pub measures: Vec<usize>,
    pub public: bool,
    pub finance_note: Option<String>,
    pub finance_total_cents: Option<i64>,
    pub finance_revenue_cents: Option<i64>,
    pub finance_own_share_cents: Option<i64>,
    pub finance_grants_cents: Option<i64>,
    pub finance_budget_year: Option<i64>,
    pub finance_overplanned: bool,
    pub finance_unplanned: bool,
    pub finance_budget_line: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
    pub consultations: Vec<DumpConsultation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpConsultation {
    pub position: i64,
    pub organization: usize,
    pub meeting: Option<usize>,
    pub agenda_item: Option<usize>,
    pub role: String,
    pub authoritative: bool,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpBody {
    pub key: String,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpOrganization {
    pub id: usize,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub classification: Option<String>,
    pub website: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpPerson {
    pub id: usize,
    pub name: String,
    pub role_title: Option<String>,
    pub organization: Option<usize>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpTargetGroup {
    pub id: usize,
    pub name: String,
    pub description: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpConcept {
    pub id: usize,
    pub title: String,
    pub kind: String,
    pub version_label: String,
    pub status: String,
    pub adopted_on: Option<String>,
    pub summary: Option<String>,
    pub paper_reference: Option<String>,
    pub supersedes: Option<usize>,
    pub created_at: String,
    pub modified_at: String,
    pub principles: Vec<DumpPrinciple>,
    pub fields_of_action: Vec<DumpField>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpPrinciple {
    pub position: i64,
    pub title: String,
    pub text: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpField {
    pub position: i64,
    pub title: String,
    pub description: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    pub goals: Vec<DumpGoal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpGoal {
    pub position: i64,
    pub title: String,
    pub description: Option<String>,
    pub target_note: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    pub measures: Vec<DumpMeasure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpMeasure {
    pub position: i64,
    pub code: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub lead_organization: usize,
    pub partners: Vec<usize>,
    pub contact_person: Option<usize>,
    pub target_groups: Vec<usize>,
    pub scope: String,
    pub scope_detail: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub priority: String,
    pub status: String,
    pub progress: i64,
    pub public: bool,
    pub created_at: String,
    pub modified_at: String,
    pub budget_lines: Vec<DumpBudgetLine>,
    pub progress_reports: Vec<DumpReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpBudgetLine {
    pub year: i64,
    pub amount_cents: i64,
    pub funding_source: Option<String>,
    pub own_share_cents: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpReport {
    pub reported_on: String,
    pub status: String,
    pub progress: i64,
    pub narrative: String,
    pub spent_cents: Option<i64>,
    pub reporter_organization: Option<usize>,
    pub created_at: String,
}

impl Dump {
    /// Parses a dump file; a syntax or shape error names line and column.
    pub fn from_json(text: &str) -> std::result::Result<Self, String> {
        let dump: Dump = serde_json::from_str(text).map_err(|e| {
            format!(
                "Zeile {}, Spalte {}: keine gültige Teilhabe-Exportdatei: {e}",
                e.line(),
                e.column()
            )
        })?;
        if dump.format != FORMAT {
            return Err(format!(
                "Feld format: erwartet „{FORMAT}“, gefunden „{}“.",
                dump.format
            ));
        }
        if dump.version != VERSION {
            return Err(format!(
                "Feld version: Version {} wird nicht unterstützt (erwartet {VERSION}).",
                dump.version
            ));
        }
        Ok(dump)
    }

    /// Checks everything a database constraint would check, and more, naming the path
    /// of each problem (e.g. `concepts[1].fields_of_action[0].goals[2].measures[0].lead_organization`).
    pub fn validate(&self) -> std::result::Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if let Err(m) = OfficialKey::parse(&self.body.key) {
            e.add("body.key", m);
        }
        code::<BodyKind>(&mut e, "body.kind", &self.body.kind);
        let orgs = self.organizations.len();
        let persons = self.persons.len();
        let groups = self.target_groups.len();
        check_ids(
            &mut e,
            "organizations",
            self.organizations.iter().map(|o| o.id),
        );
        check_ids(&mut e, "persons", self.persons.iter().map(|p| p.id));
        check_ids(
            &mut e,
            "target_groups",
            self.target_groups.iter().map(|t| t.id),
        );
        check_ids(&mut e, "concepts", self.concepts.iter().map(|c| c.id));
        for (i, o) in self.organizations.iter().enumerate() {
            let at = format!("organizations[{i}]");
            code::<OrganizationKind>(&mut e, &format!("{at}.kind"), &o.kind);
            if let Some(c) = &o.classification {
                code::<ActorClass>(&mut e, &format!("{at}.classification"), c);
            }
            date(&mut e, &format!("{at}.start_date"), &o.start_date);
            date(&mut e, &format!("{at}.end_date"), &o.end_date);
        }
        for (i, p) in self.persons.iter().enumerate() {
            reference(
                &mut e,
                &format!("persons[{i}].organization"),
                p.organization,
                orgs,
            );
        }
        for (ci, c) in self.concepts.iter().enumerate() {
            let at = format!("concepts[{ci}]");
            code::<ConceptKind>(&mut e, &format!("{at}.kind"), &c.kind);
            code::<ConceptStatus>(&mut e, &format!("{at}.status"), &c.status);
            date(&mut e, &format!("{at}.adopted_on"), &c.adopted_on);
            reference(
                &mut e,
                &format!("{at}.supersedes"),
                c.supersedes,
                self.concepts.len(),
            );
            for (fi, f) in c.fields_of_action.iter().enumerate() {
                for (gi, g) in f.goals.iter().enumerate() {
                    for (mi, m) in g.measures.iter().enumerate() {
                        let at = format!("{at}.fields_of_action[{fi}].goals[{gi}].measures[{mi}]");
                        reference(
                            &mut e,
                            &format!("{at}.lead_organization"),
                            Some(m.lead_organization),
                            orgs,
                        );
                        for p in &m.partners {
                            reference(&mut e, &format!("{at}.partners"), Some(*p), orgs);
                        }
                        for t in &m.target_groups {
                            reference(&mut e, &format!("{at}.target_groups"), Some(*t), groups);
                        }
                        reference(
                            &mut e,
                            &format!("{at}.contact_person"),
                            m.contact_person,
                            persons,
                        );
                        code::<Scope>(&mut e, &format!("{at}.scope"), &m.scope);
                        code::<Priority>(&mut e, &format!("{at}.priority"), &m.priority);
                        code::<MeasureStatus>(&mut e, &format!("{at}.status"), &m.status);
                        percent(&mut e, &format!("{at}.progress"), m.progress);
                        date(&mut e, &format!("{at}.start_date"), &m.start_date);
                        date(&mut e, &format!("{at}.end_date"), &m.end_date);
                        if let (Some(s), Some(x)) = (&m.start_date, &m.end_date)
                            && x < s
                        {
                            e.add(format!("{at}.end_date"), "Das Ende liegt vor dem Beginn.");
                        }
                        for (bi, b) in m.budget_lines.iter().enumerate() {
                            if b.amount_cents < 0 {
                                e.add(
                                    format!("{at}.budget_lines[{bi}].amount_cents"),
                                    "Der Betrag darf nicht negativ sein.",
                                );
                            }
                        }
                        for (ri, r) in m.progress_reports.iter().enumerate() {
                            let at = format!("{at}.progress_reports[{ri}]");
                            date(
                                &mut e,
                                &format!("{at}.reported_on"),
                                &Some(r.reported_on.clone()),
                            );
                            code::<MeasureStatus>(&mut e, &format!("{at}.status"), &r.status);
                            percent(&mut e, &format!("{at}.progress"), r.progress);
                            reference(
                                &mut e,
                                &format!("{at}.reporter_organization"),
                                r.reporter_organization,
                                orgs,
                            );
                        }
                    }
                }
            }
        }
        let measure_count: usize = self
            .concepts
            .iter()
            .flat_map(|c| &c.fields_of_action)
            .flat_map(|f| &f.goals)
            .map(|g| g.measures.len())
            .sum();
        let items: usize = self.meetings.iter().map(|m| m.agenda_items.len()).sum();
        check_ids(&mut e, "locations", self.locations.iter().map(|l| l.id));
        check_ids(&mut e, "meetings", self.meetings.iter().map(|m| m.id));
        check_ids(&mut e, "papers", self.papers.iter().map(|p| p.id));
        check_ids(
            &mut e,
            "agenda_items",
            self.meetings
                .iter()
                .flat_map(|m| &m.agenda_items)
                .map(|i| i.id),
        );
        for (mi, m) in self.meetings.iter().enumerate() {
            let at = format!("meetings[{mi}]");
            code::<MeetingState>(&mut e, &format!("{at}.state"), &m.state);
            if LocalDateTime::parse(&m.start_at).is_err() {
                e.add(
                    format!("{at}.start_at"),
                    format!("„{}“ ist kein Zeitpunkt.", m.start_at),
                );
            }
            reference(
                &mut e,
                &format!("{at}.location"),
                m.location,
                self.locations.len(),
            );
            for o in &m.organizations {
                reference(&mut e, &format!("{at}.organizations"), Some(*o), orgs);
            }
            for (ii, i) in m.agenda_items.iter().enumerate() {
                reference(
                    &mut e,
                    &format!("{at}.agenda_items[{ii}].paper"),
                    i.paper,
                    self.papers.len(),
                );
            }
        }
        for (pi, p) in self.papers.iter().enumerate() {
            let at = format!("papers[{pi}]");
            code::<PaperType>(&mut e, &format!("{at}.paper_type"), &p.paper_type);
            date(&mut e, &format!("{at}.date"), &p.date);
            reference(
                &mut e,
                &format!("{at}.submitter_person"),
                p.submitter_person,
                persons,
            );
            reference(
                &mut e,
                &format!("{at}.submitter_organization"),
                p.submitter_organization,
                orgs,
            );
            reference(
                &mut e,
                &format!("{at}.lead_organization"),
                p.lead_organization,
                orgs,
            );
            reference(
                &mut e,
                &format!("{at}.concept"),
                p.concept,
                self.concepts.len(),
            );
            for m in &p.measures {
                reference(&mut e, &format!("{at}.measures"), Some(*m), measure_count);
            }
            for (ci, c) in p.consultations.iter().enumerate() {
                let at = format!("{at}.consultations[{ci}]");
                code::<ConsultationRole>(&mut e, &format!("{at}.role"), &c.role);
                reference(
                    &mut e,
                    &format!("{at}.organization"),
                    Some(c.organization),
                    orgs,
                );
                reference(
                    &mut e,
                    &format!("{at}.meeting"),
                    c.meeting,
                    self.meetings.len(),
                );
                reference(&mut e, &format!("{at}.agenda_item"), c.agenda_item, items);
            }
        }
        for (i, c) in self.reporting_cycles.iter().enumerate() {
            let at = format!("reporting_cycles[{i}]");
            reference(
                &mut e,
                &format!("{at}.organization"),
                Some(c.organization),
                orgs,
            );
            reference(
                &mut e,
                &format!("{at}.concept"),
                c.concept,
                self.concepts.len(),
            );
            reference(
                &mut e,
                &format!("{at}.requested_by_paper"),
                c.requested_by_paper,
                self.papers.len(),
            );
            date(&mut e, &format!("{at}.next_due"), &Some(c.next_due.clone()));
            if !(1..=60).contains(&c.interval_months) {
                e.add(
                    format!("{at}.interval_months"),
                    "Zwischen 1 und 60 Monaten.",
                );
            }
        }
        e.into_result(())
    }
}

fn code<T: Coded>(e: &mut FieldErrors, at: &str, value: &str) {
    if let Err(m) = T::parse(value) {
        e.add(at, m);
    }
}

fn date(e: &mut FieldErrors, at: &str, value: &Option<String>) {
    if let Some(v) = value
        && (Date::parse(v).is_err() || v.contains('.'))
    {
        e.add(at, format!("„{v}“ ist kein Datum im Format JJJJ-MM-TT."));
    }
}

fn percent(e: &mut FieldErrors, at: &str, value: i64) {
    if !(0..=100).contains(&value) {
        e.add(at, format!("{value} liegt nicht zwischen 0 und 100."));
    }
}

fn reference(e: &mut FieldErrors, at: &str, r: Option<usize>, len: usize) {
    if let Some(r) = r
        && (r == 0 || r > len)
    {
        e.add(
            at,
            format!("Verweis auf Nr. {r}, es gibt aber nur {len} Einträge."),
        );
    }
}

/// The dump-local ids must be 1, 2, 3, … in list order.
fn check_ids(e: &mut FieldErrors, list: &str, ids: impl Iterator<Item = usize>) {
    for (i, id) in ids.enumerate() {
        if id != i + 1 {
            e.add(
                format!("{list}[{i}].id"),
                format!("Erwartet Nr. {}, gefunden {id}.", i + 1),
            );
        }
    }
}

/// Maps database ids to dump-local numbers.
fn numbering(ids: impl Iterator<Item = i64>) -> HashMap<i64, usize> {
    ids.enumerate().map(|(i, id)| (id, i + 1)).collect()
}

impl Store {
    pub async fn export_body(&self, key: &str) -> Result<Dump> {
        let body = self.body_by_key(key).await?;
        let mut orgs = self.organizations(body.id).await?;
        orgs.sort_by_key(|o| o.id);
        let mut persons = self.persons(body.id).await?;
        persons.sort_by_key(|p| p.id);
        let mut groups = self.target_groups(body.id).await?;
        groups.sort_by_key(|t| t.id);
        let mut concepts = self.concepts(body.id).await?;
        concepts.sort_by_key(|c| c.id);
        let org_no = numbering(orgs.iter().map(|o| o.id));
        let person_no = numbering(persons.iter().map(|p| p.id));
        let group_no = numbering(groups.iter().map(|t| t.id));
        let concept_no = numbering(concepts.iter().map(|c| c.id));
        let num = |map: &HashMap<i64, usize>, id: i64| map.get(&id).copied().unwrap_or(0);

        let mut dump_concepts = Vec::new();
        let mut measure_order: Vec<i64> = Vec::new();
        for c in &concepts {
            let principles = self
                .principles(c.id)
                .await?
                .into_iter()
                .map(|p| DumpPrinciple {
                    position: p.position,
                    title: p.title,
                    text: p.text,
                    created_at: p.created_at,
                    modified_at: p.modified_at,
                })
                .collect();
            let goals = self.goals_of_concept(c.id).await?;
            let measures = self.measures_of_concept(c.id).await?;
            let mut reports: HashMap<i64, Vec<DumpReport>> = HashMap::new();
            for m in &measures {
                let mut rs = self.progress_reports(m.id).await?;
                rs.reverse();
                reports.insert(
                    m.id,
                    rs.into_iter()
                        .map(|r| DumpReport {
                            reported_on: r.reported_on,
                            status: r.status,
                            progress: r.progress,
                            narrative: r.narrative,
                            spent_cents: r.spent_cents,
                            reporter_organization: r
                                .reporter_organization_id
                                .map(|o| num(&org_no, o)),
                            created_at: r.created_at,
                        })
                        .collect(),
                );
            }
            let mut fields = Vec::new();
            for f in self.fields_of_action(c.id).await? {
                let mut dump_goals = Vec::new();
                for g in goals.iter().filter(|g| g.field_id == f.id) {
                    measure_order
                        .extend(measures.iter().filter(|m| m.goal_id == g.id).map(|m| m.id));
                    let dump_measures = measures
                        .iter()
                        .filter(|m| m.goal_id == g.id)
                        .map(|m| DumpMeasure {
                            position: m.position,
                            code: m.code.clone(),
                            title: m.title.clone(),
                            description: m.description.clone(),
                            lead_organization: num(&org_no, m.lead_organization_id),
                            partners: m.partner_ids.iter().map(|p| num(&org_no, *p)).collect(),
                            contact_person: m.contact_person_id.map(|p| num(&person_no, p)),
                            target_groups: m
                                .target_group_ids
                                .iter()
                                .map(|t| num(&group_no, *t))
                                .collect(),
                            scope: m.scope.clone(),
                            scope_detail: m.scope_detail.clone(),
                            start_date: m.start_date.clone(),
                            end_date: m.end_date.clone(),
                            priority: m.priority.clone(),
                            status: m.status.clone(),
                            progress: m.progress,
                            public: m.public.0,
                            created_at: m.created_at.clone(),
                            modified_at: m.modified_at.clone(),
                            budget_lines: m
                                .budget_lines
                                .iter()
                                .map(|b| DumpBudgetLine {
                                    year: b.year,
                                    amount_cents: b.amount_cents,
                                    funding_source: b.funding_source.clone(),
                                    own_share_cents: b.own_share_cents,
                                })
                                .collect(),
                            progress_reports: reports.remove(&m.id).unwrap_or_default(),
                        })
                        .collect();
                    dump_goals.push(DumpGoal {
                        position: g.position,
                        title: g.title.clone(),
                        description: g.description.clone(),
                        target_note: g.target_note.clone(),
                        created_at: g.created_at.clone(),
                        modified_at: g.modified_at.clone(),
                        measures: dump_measures,
                    });
                }
                fields.push(DumpField {
                    position: f.position,
                    title: f.title,
                    description: f.description,
                    created_at: f.created_at,
                    modified_at: f.modified_at,
                    goals: dump_goals,
                });
            }
            dump_concepts.push(DumpConcept {
                id: num(&concept_no, c.id),
                title: c.title.clone(),
                kind: c.kind.clone(),
                version_label: c.version_label.clone(),
                status: c.status.clone(),
                adopted_on: c.adopted_on.clone(),
                summary: c.summary.clone(),
                paper_reference: c.paper_reference.clone(),
                supersedes: c.supersedes_id.map(|s| num(&concept_no, s)),
                created_at: c.created_at.clone(),
                modified_at: c.modified_at.clone(),
                principles,
                fields_of_action: fields,
            });
        }
        let measure_no = numbering(measure_order.into_iter());
        let (locations, meetings, papers, reporting_cycles) = self
            .export_council(body.id, &org_no, &person_no, &concept_no, &measure_no)
            .await?;
        Ok(Dump {
            format: FORMAT.into(),
            version: VERSION,
            body: DumpBody {
                key: body.key,
                name: body.name,
                short_name: body.short_name,
                kind: body.kind,
                website: body.website,
                contact_email: body.contact_email,
                created_at: body.created_at,
                modified_at: body.modified_at,
            },
            organizations: orgs
                .into_iter()
                .map(|o| DumpOrganization {
                    id: num(&org_no, o.id),
                    name: o.name,
                    short_name: o.short_name,
                    kind: o.kind,
                    classification: o.classification,
                    website: o.website,
                    start_date: o.start_date,
                    end_date: o.end_date,
                    created_at: o.created_at,
                    modified_at: o.modified_at,
                })
                .collect(),
            persons: persons
                .into_iter()
                .map(|p| DumpPerson {
                    id: num(&person_no, p.id),
                    name: p.name,
                    role_title: p.role_title,
                    organization: p.organization_id.map(|o| num(&org_no, o)),
                    email: p.email,
                    phone: p.phone,
                    created_at: p.created_at,
                    modified_at: p.modified_at,
                })
                .collect(),
            target_groups: groups
                .into_iter()
                .map(|t| DumpTargetGroup {
                    id: num(&group_no, t.id),
                    name: t.name,
                    description: t.description,
                    created_at: t.created_at,
                    modified_at: t.modified_at,
                })
                .collect(),
            concepts: dump_concepts,
            locations,
            meetings,
            papers,
            reporting_cycles,
        })
    }

    /// Imports a dump in one transaction and returns the body's key. An existing body with
    /// the same key is refused unless `replace` is set, in which case it is replaced.
    pub async fn import_body(&self, dump: &Dump, replace: bool) -> Result<String> {
        dump.validate().map_err(StoreError::Invalid)?;
        let mut tx = self.pool.begin().await?;
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE key = $1")
            .bind(&dump.body.key)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(id) = existing {
            if !replace {
                return Err(StoreError::invalid(
                    "body.key",
                    format!(
                        "Die Körperschaft {} gibt es schon; mit --replace wird sie durch den Import ersetzt.",
                        dump.body.key
                    ),
                ));
            }
            delete_body_data(&mut tx, id).await?;
        }
        let b = &dump.body;
        let body_id: i64 = sqlx::query_scalar(
            "INSERT INTO bodies (key, name, short_name, kind, website, contact_email, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(&b.key)
        .bind(&b.name)
        .bind(&b.short_name)
        .bind(&b.kind)
        .bind(&b.website)
        .bind(&b.contact_email)
        .bind(&b.created_at)
        .bind(&b.modified_at)
        .fetch_one(&mut *tx)
        .await?;
        let mut orgs = vec![0i64];
        for o in &dump.organizations {
            orgs.push(
                sqlx::query_scalar(
                    "INSERT INTO organizations (body_id, name, short_name, kind, classification, website, start_date, end_date, created_at, modified_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(body_id)
                .bind(&o.name)
                .bind(&o.short_name)
                .bind(&o.kind)
                .bind(&o.classification)
                .bind(&o.website)
                .bind(&o.start_date)
                .bind(&o.end_date)
                .bind(&o.created_at)
                .bind(&o.modified_at)
                .fetch_one(&mut *tx)
                .await?,
            );
        }
        let mut persons = vec![0i64];
        for p in &dump.persons {
            persons.push(
                sqlx::query_scalar(
                    "INSERT INTO persons (body_id, name, role_title, organization_id, email, phone, created_at, modified_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(body_id)
                .bind(&p.name)
                .bind(&p.role_title)
                .bind(p.organization.map(|o| orgs[o]))
                .bind(&p.email)
                .bind(&p.phone)
                .bind(&p.created_at)
                .bind(&p.modified_at)
                .fetch_one(&mut *tx)
                .await?,
            );
        }
        let mut groups = vec![0i64];
        for t in &dump.target_groups {
            groups.push(
                sqlx::query_scalar(
                    "INSERT INTO target_groups (body_id, name, description, created_at, modified_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(body_id)
                .bind(&t.name)
                .bind(&t.description)
                .bind(&t.created_at)
                .bind(&t.modified_at)
                .fetch_one(&mut *tx)
                .await?,
            );
        }
        let mut concepts = vec![0i64];
        let mut measures = vec![0i64];
        for c in &dump.concepts {
            let concept_id: i64 = sqlx::query_scalar(
                "INSERT INTO concepts (body_id, title, kind, version_label, status, adopted_on, summary, paper_reference, created_at, modified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(body_id)
            .bind(&c.title)
            .bind(&c.kind)
            .bind(&c.version_label)
            .bind(&c.status)
            .bind(&c.adopted_on)
            .bind(&c.summary)
            .bind(&c.paper_reference)
            .bind(&c.created_at)
            .bind(&c.modified_at)
            .fetch_one(&mut *tx)
            .await?;
            concepts.push(concept_id);
            import_concept_tree(
                &mut tx,
                concept_id,
                c,
                &orgs,
                &persons,
                &groups,
                &mut measures,
            )
            .await?;
        }
        for c in &dump.concepts {
            if let Some(s) = c.supersedes {
                sqlx::query("UPDATE concepts SET supersedes_id = $1 WHERE id = $2")
                    .bind(concepts[s])
                    .bind(concepts[c.id])
                    .execute(&mut *tx)
                    .await?;
            }
        }
        import_council(
            &mut tx, body_id, dump, &orgs, &persons, &concepts, &measures,
        )
        .await?;
        tx.commit().await?;
        Ok(dump.body.key.clone())
    }
}

async fn import_concept_tree(
    tx: &mut Transaction<'_, Any>,
    concept_id: i64,
    c: &DumpConcept,
    orgs: &[i64],
    persons: &[i64],
    groups: &[i64],
    measures: &mut Vec<i64>,
) -> Result<()> {
    for p in &c.principles {
        sqlx::query(
            "INSERT INTO principles (concept_id, position, title, text, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(concept_id)
        .bind(p.position)
        .bind(&p.title)
        .bind(&p.text)
        .bind(&p.created_at)
        .bind(&p.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    for f in &c.fields_of_action {
        let field_id: i64 = sqlx::query_scalar(
            "INSERT INTO fields_of_action (concept_id, position, title, description, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(concept_id)
        .bind(f.position)
        .bind(&f.title)
        .bind(&f.description)
        .bind(&f.created_at)
        .bind(&f.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        for g in &f.goals {
            let goal_id: i64 = sqlx::query_scalar(
                "INSERT INTO goals (field_id, position, title, description, target_note, created_at, modified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(field_id)
            .bind(g.position)
            .bind(&g.title)
            .bind(&g.description)
            .bind(&g.target_note)
            .bind(&g.created_at)
            .bind(&g.modified_at)
            .fetch_one(&mut **tx)
            .await?;
            for m in &g.measures {
                measures.push(import_measure(tx, goal_id, m, orgs, persons, groups).await?);
            }
        }
    }
    Ok(())
}

async fn import_measure(
    tx: &mut Transaction<'_, Any>,
    goal_id: i64,
    m: &DumpMeasure,
    orgs: &[i64],
    persons: &[i64],
    groups: &[i64],
) -> Result<i64> {
    let measure_id: i64 = sqlx::query_scalar(
        "INSERT INTO measures (goal_id, position, code, title, description, lead_organization_id, contact_person_id, scope,
         scope_detail, start_date, end_date, priority, status, progress, public, created_at, modified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
    )
    .bind(goal_id)
    .bind(m.position)
    .bind(&m.code)
    .bind(&m.title)
    .bind(&m.description)
    .bind(orgs[m.lead_organization])
    .bind(m.contact_person.map(|p| persons[p]))
    .bind(&m.scope)
    .bind(&m.scope_detail)
    .bind(&m.start_date)
    .bind(&m.end_date)
    .bind(&m.priority)
    .bind(&m.status)
    .bind(m.progress)
    .bind(i64::from(m.public))
    .bind(&m.created_at)
    .bind(&m.modified_at)
    .fetch_one(&mut **tx)
    .await?;
    for p in &m.partners {
        sqlx::query("INSERT INTO measure_partners (measure_id, organization_id) VALUES ($1, $2)")
            .bind(measure_id)
            .bind(orgs[*p])
            .execute(&mut **tx)
            .await?;
    }
    for t in &m.target_groups {
        sqlx::query(
            "INSERT INTO measure_target_groups (measure_id, target_group_id) VALUES ($1, $2)",
        )
        .bind(measure_id)
        .bind(groups[*t])
        .execute(&mut **tx)
        .await?;
    }
    for b in &m.budget_lines {
        sqlx::query(
            "INSERT INTO budget_lines (measure_id, year, amount_cents, funding_source, own_share_cents) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(measure_id)
        .bind(b.year)
        .bind(b.amount_cents)
        .bind(&b.funding_source)
        .bind(b.own_share_cents)
        .execute(&mut **tx)
        .await?;
    }
    for r in &m.progress_reports {
        sqlx::query(
            "INSERT INTO progress_reports (measure_id, reported_on, status, progress, narrative, spent_cents, reporter_organization_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(measure_id)
        .bind(&r.reported_on)
        .bind(&r.status)
        .bind(r.progress)
        .bind(&r.narrative)
        .bind(r.spent_cents)
        .bind(r.reporter_organization.map(|o| orgs[o]))
        .bind(&r.created_at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(measure_id)
}

/// Removes a body and everything below it, children first (used by `--replace`).
async fn delete_body_data(tx: &mut Transaction<'_, Any>, body_id: i64) -> Result<()> {
    const MEASURES: &str = "SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const GOALS: &str = "SELECT g.id FROM goals g JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const FIELDS: &str = "SELECT f.id FROM fields_of_action f JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const PAPERS: &str = "SELECT id FROM papers WHERE body_id = $1";
    const MEETINGS: &str = "SELECT id FROM meetings WHERE body_id = $1";
    let council: [String; 11] = [
        format!("DELETE FROM consultations WHERE paper_id IN ({PAPERS})"),
        format!("DELETE FROM agenda_items WHERE meeting_id IN ({MEETINGS})"),
        format!("DELETE FROM paper_measures WHERE paper_id IN ({PAPERS})"),
        "DELETE FROM files WHERE body_id = $1".into(),
        "DELETE FROM reporting_cycles WHERE body_id = $1".into(),
        "DELETE FROM papers WHERE body_id = $1".into(),
        format!("DELETE FROM meeting_organizations WHERE meeting_id IN ({MEETINGS})"),
        "DELETE FROM meetings WHERE body_id = $1".into(),
        "DELETE FROM locations WHERE body_id = $1".into(),
        "DELETE FROM legislative_terms WHERE body_id = $1".into(),
        "DELETE FROM memberships WHERE person_id IN (SELECT id FROM persons WHERE body_id = $1)"
            .into(),
    ];
    for sql in council {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(body_id)
            .execute(&mut **tx)
            .await?;
    }
    let statements: [String; 13] = [
        format!("DELETE FROM progress_reports WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM budget_lines WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM measure_partners WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM measure_target_groups WHERE measure_id IN ({MEASURES})"),
        format!("DELETE FROM measures WHERE goal_id IN ({GOALS})"),
        format!("DELETE FROM goals WHERE field_id IN ({FIELDS})"),
        "DELETE FROM fields_of_action WHERE concept_id IN (SELECT id FROM concepts WHERE body_id = $1)".into(),
        "DELETE FROM principles WHERE concept_id IN (SELECT id FROM concepts WHERE body_id = $1)".into(),
        "UPDATE concepts SET supersedes_id = NULL WHERE body_id = $1".into(),
        "DELETE FROM concepts WHERE body_id = $1".into(),
        "DELETE FROM persons WHERE body_id = $1".into(),
        "DELETE FROM target_groups WHERE body_id = $1".into(),
        "DELETE FROM organizations WHERE body_id = $1".into(),
    ];
    for sql in statements {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(body_id)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM bodies WHERE id = $1")
        .bind(body_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct LocationRow {
    id: i64,
    description: Option<String>,
    room: Option<String>,
    street_address: Option<String>,
    postal_code: Option<String>,
    locality: Option<String>,
    deleted: i64,
    created_at: String,
    modified_at: String,
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    id: i64,
    name: String,
    state: String,
    cancelled: i64,
    start_at: String,
    end_at: Option<String>,
    location_id: Option<i64>,
    note: Option<String>,
    deleted: i64,
    created_at: String,
    modified_at: String,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    meeting_id: i64,
    position: i64,
    number: Option<String>,
    name: String,
    public: i64,
    paper_id: Option<i64>,
    result: Option<String>,
    resolution_text: Option<String>,
    votes_yes: Option<i64>,
    votes_no: Option<i64>,
    votes_abstain: Option<i64>,
    votes_conflicted: Option<i64>,
    minutes: Option<String>,
    deleted: i64,
    created_at: String,
    modified_at: String,
}

#[derive(sqlx::FromRow)]
struct PaperRow {
    id: i64,
    reference: String,
    name: String,
    paper_type: String,
    date: Option<String>,
    proposal: Option<String>,
    reasoning: Option<String>,
    submitter_person_id: Option<i64>,
    submitter_organization_id: Option<i64>,
    lead_organization_id: Option<i64>,
    editor: Option<String>,
    concept_id: Option<i64>,
    public: i64,
    finance_note: Option<String>,
    finance_total_cents: Option<i64>,
    finance_revenue_cents: Option<i64>,
    finance_own_share_cents: Option<i64>,
    finance_grants_cents: Option<i64>,
    finance_budget_year: Option<i64>,
    finance_overplanned: i64,
    finance_unplanned: i64,
    finance_budget_line: Option<String>,
    deleted: i64,
    created_at: String,
    modified_at: String,
}

#[derive(sqlx::FromRow)]
struct ConsultationRow {
    paper_id: i64,
    position: i64,
    organization_id: i64,
    meeting_id: Option<i64>,
    agenda_item_id: Option<i64>,
    role: String,
    authoritative: i64,
    deleted: i64,
    created_at: String,
    modified_at: String,
}

type Council = (
    Vec<DumpLocation>,
    Vec<DumpMeeting>,
    Vec<DumpPaper>,
    Vec<DumpReportingCycle>,
);

impl Store {
    /// The council records of a body, soft-deleted ones included, in a stable order.
    async fn export_council(
        &self,
        body_id: i64,
        org_no: &HashMap<i64, usize>,
        person_no: &HashMap<i64, usize>,
        concept_no: &HashMap<i64, usize>,
        measure_no: &HashMap<i64, usize>,
    ) -> Result<Council> {
        let num = |map: &HashMap<i64, usize>, id: i64| map.get(&id).copied().unwrap_or(0);
        let locations: Vec<LocationRow> = sqlx::query_as(
            "SELECT id, description, room, street_address, postal_code, locality, deleted, created_at, modified_at
             FROM locations WHERE body_id = $1 ORDER BY id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let meetings: Vec<MeetingRow> = sqlx::query_as(
            "SELECT id, name, state, cancelled, start_at, end_at, location_id, note, deleted, created_at, modified_at
             FROM meetings WHERE body_id = $1 ORDER BY id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let meeting_orgs: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT mo.meeting_id, mo.organization_id FROM meeting_organizations mo JOIN meetings m ON m.id = mo.meeting_id
             WHERE m.body_id = $1 ORDER BY mo.meeting_id, mo.organization_id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let items: Vec<ItemRow> = sqlx::query_as(
            "SELECT a.id, a.meeting_id, a.position, a.number, a.name, a.public, a.paper_id, a.result, a.resolution_text, a.votes_yes,
             a.votes_no, a.votes_abstain, a.votes_conflicted, a.minutes, a.deleted, a.created_at, a.modified_at
             FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE m.body_id = $1 ORDER BY a.meeting_id, a.position, a.id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let papers: Vec<PaperRow> = sqlx::query_as(
            "SELECT id, reference, name, paper_type, date, proposal, reasoning, submitter_person_id, submitter_organization_id,
             lead_organization_id, editor, concept_id, public, finance_note, finance_total_cents, finance_revenue_cents,
             finance_own_share_cents, finance_grants_cents, finance_budget_year, finance_overplanned, finance_unplanned,
             finance_budget_line, deleted, created_at, modified_at FROM papers WHERE body_id = $1 ORDER BY id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let paper_measures: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT pm.paper_id, pm.measure_id FROM paper_measures pm JOIN papers p ON p.id = pm.paper_id WHERE p.body_id = $1
             ORDER BY pm.paper_id, pm.measure_id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let consultations: Vec<ConsultationRow> = sqlx::query_as(
            "SELECT c.paper_id, c.position, c.organization_id, c.meeting_id, c.agenda_item_id, c.role, c.authoritative, c.deleted,
             c.created_at, c.modified_at FROM consultations c JOIN papers p ON p.id = c.paper_id WHERE p.body_id = $1
             ORDER BY c.paper_id, c.position, c.id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let location_no = numbering(locations.iter().map(|l| l.id));
        let meeting_no = numbering(meetings.iter().map(|m| m.id));
        let paper_no = numbering(papers.iter().map(|p| p.id));
        // Agenda items are numbered in the order they appear: meeting by meeting.
        let mut item_order = Vec::new();
        for m in &meetings {
            item_order.extend(items.iter().filter(|i| i.meeting_id == m.id).map(|i| i.id));
        }
        let item_no = numbering(item_order.into_iter());
        let dump_locations = locations
            .into_iter()
            .map(|l| DumpLocation {
                id: num(&location_no, l.id),
                description: l.description,
                room: l.room,
                street_address: l.street_address,
                postal_code: l.postal_code,
                locality: l.locality,
                deleted: l.deleted != 0,
                created_at: l.created_at,
                modified_at: l.modified_at,
            })
            .collect();
        let dump_meetings = meetings
            .iter()
            .map(|m| DumpMeeting {
                id: num(&meeting_no, m.id),
                name: m.name.clone(),
                state: m.state.clone(),
                cancelled: m.cancelled != 0,
                start_at: m.start_at.clone(),
                end_at: m.end_at.clone(),
                location: m.location_id.map(|l| num(&location_no, l)),
                organizations: meeting_orgs
                    .iter()
                    .filter(|(mid, _)| *mid == m.id)
                    .map(|(_, o)| num(org_no, *o))
                    .collect(),
                note: m.note.clone(),
                deleted: m.deleted != 0,
                created_at: m.created_at.clone(),
                modified_at: m.modified_at.clone(),
                agenda_items: items
                    .iter()
                    .filter(|i| i.meeting_id == m.id)
                    .map(|i| DumpAgendaItem {
                        id: num(&item_no, i.id),
                        position: i.position,
                        number: i.number.clone(),
                        name: i.name.clone(),
                        public: i.public != 0,
                        paper: i.paper_id.map(|p| num(&paper_no, p)),
                        result: i.result.clone(),
                        resolution_text: i.resolution_text.clone(),
                        votes_yes: i.votes_yes,
                        votes_no: i.votes_no,
                        votes_abstain: i.votes_abstain,
                        votes_conflicted: i.votes_conflicted,
                        minutes: i.minutes.clone(),
                        deleted: i.deleted != 0,
                        created_at: i.created_at.clone(),
                        modified_at: i.modified_at.clone(),
                    })
                    .collect(),
            })
            .collect();
        let dump_papers = papers
            .into_iter()
            .map(|p| DumpPaper {
                id: num(&paper_no, p.id),
                measures: paper_measures
                    .iter()
                    .filter(|(pid, _)| *pid == p.id)
                    .map(|(_, m)| num(measure_no, *m))
                    .collect(),
                consultations: consultations
                    .iter()
                    .filter(|c| c.paper_id == p.id)
                    .map(|c| DumpConsultation {
                        position: c.position,
                        organization: num(org_no, c.organization_id),
                        meeting: c.meeting_id.map(|m| num(&meeting_no, m)),
                        agenda_item: c.agenda_item_id.map(|i| num(&item_no, i)),
                        role: c.role.clone(),
                        authoritative: c.authoritative != 0,
                        deleted: c.deleted != 0,
                        created_at: c.created_at.clone(),
                        modified_at: c.modified_at.clone(),
                    })
                    .collect(),
                reference: p.reference,
                name: p.name,
                paper_type: p.paper_type,
                date: p.date,
                proposal: p.proposal,
                reasoning: p.reasoning,
                submitter_person: p.submitter_person_id.map(|x| num(person_no, x)),
                submitter_organization: p.submitter_organization_id.map(|x| num(org_no, x)),
                lead_organization: p.lead_organization_id.map(|x| num(org_no, x)),
                editor: p.editor,
                concept: p.concept_id.map(|x| num(concept_no, x)),
                public: p.public != 0,
                finance_note: p.finance_note,
                finance_total_cents: p.finance_total_cents,
                finance_revenue_cents: p.finance_revenue_cents,
                finance_own_share_cents: p.finance_own_share_cents,
                finance_grants_cents: p.finance_grants_cents,
                finance_budget_year: p.finance_budget_year,
                finance_overplanned: p.finance_overplanned != 0,
                finance_unplanned: p.finance_unplanned != 0,
                finance_budget_line: p.finance_budget_line,
                deleted: p.deleted != 0,
                created_at: p.created_at,
                modified_at: p.modified_at,
            })
            .collect();
        let cycles = self
            .reporting_cycles(body_id)
            .await?
            .into_iter()
            .map(|c| DumpReportingCycle {
                title: c.title,
                organization: num(org_no, c.organization_id),
                concept: c.concept_id.map(|x| num(concept_no, x)),
                interval_months: c.interval_months,
                next_due: c.next_due,
                requested_by_paper: c.requested_by_paper_id.map(|x| num(&paper_no, x)),
                created_at: c.created_at,
                modified_at: c.modified_at,
            })
            .collect();
        Ok((dump_locations, dump_meetings, dump_papers, cycles))
    }
}

/// Inserts the council records of a dump; ids are looked up by dump-local number
/// (index 0 of each lookup list is unused).
async fn import_council(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    dump: &Dump,
    orgs: &[i64],
    persons: &[i64],
    concepts: &[i64],
    measures: &[i64],
) -> Result<()> {
    let mut locations = vec![0i64];
    for l in &dump.locations {
        locations.push(
            sqlx::query_scalar(
                "INSERT INTO locations (body_id, description, room, street_address, postal_code, locality, deleted, created_at, modified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(body_id)
            .bind(&l.description)
            .bind(&l.room)
            .bind(&l.street_address)
            .bind(&l.postal_code)
            .bind(&l.locality)
            .bind(i64::from(l.deleted))
            .bind(&l.created_at)
            .bind(&l.modified_at)
            .fetch_one(&mut **tx)
            .await?,
        );
    }
    let mut meetings = vec![0i64];
    for m in &dump.meetings {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO meetings (body_id, name, state, cancelled, start_at, end_at, location_id, note, deleted, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(body_id)
        .bind(&m.name)
        .bind(&m.state)
        .bind(i64::from(m.cancelled))
        .bind(&m.start_at)
        .bind(&m.end_at)
        .bind(m.location.map(|l| locations[l]))
        .bind(&m.note)
        .bind(i64::from(m.deleted))
        .bind(&m.created_at)
        .bind(&m.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        for o in &m.organizations {
            sqlx::query(
                "INSERT INTO meeting_organizations (meeting_id, organization_id) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(orgs[*o])
            .execute(&mut **tx)
            .await?;
        }
        meetings.push(id);
    }
    let mut papers = vec![0i64];
    for p in &dump.papers {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO papers (body_id, reference, name, paper_type, date, proposal, reasoning, submitter_person_id,
             submitter_organization_id, lead_organization_id, editor, concept_id, public, finance_note, finance_total_cents,
             finance_revenue_cents, finance_own_share_cents, finance_grants_cents, finance_budget_year, finance_overplanned,
             finance_unplanned, finance_budget_line, deleted, created_at, modified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
             RETURNING id",
        )
        .bind(body_id)
        .bind(&p.reference)
        .bind(&p.name)
        .bind(&p.paper_type)
        .bind(&p.date)
        .bind(&p.proposal)
        .bind(&p.reasoning)
        .bind(p.submitter_person.map(|x| persons[x]))
        .bind(p.submitter_organization.map(|x| orgs[x]))
        .bind(p.lead_organization.map(|x| orgs[x]))
        .bind(&p.editor)
        .bind(p.concept.map(|x| concepts[x]))
        .bind(i64::from(p.public))
        .bind(&p.finance_note)
        .bind(p.finance_total_cents)
        .bind(p.finance_revenue_cents)
        .bind(p.finance_own_share_cents)
        .bind(p.finance_grants_cents)
        .bind(p.finance_budget_year)
        .bind(i64::from(p.finance_overplanned))
        .bind(i64::from(p.finance_unplanned))
        .bind(&p.finance_budget_line)
        .bind(i64::from(p.deleted))
        .bind(&p.created_at)
        .bind(&p.modified_at)
        .fetch_one(&mut **tx)
        .await?;
        for m in &p.measures {
            sqlx::query("INSERT INTO paper_measures (paper_id, measure_id) VALUES ($1, $2)")
                .bind(id)
                .bind(measures[*m])
                .execute(&mut **tx)
                .await?;
        }
        papers.push(id);
    }
    let mut items = vec![0i64];
    for (m, meeting) in dump.meetings.iter().zip(meetings.iter().skip(1)) {
        for i in &m.agenda_items {
            items.push(
                sqlx::query_scalar(
                    "INSERT INTO agenda_items (meeting_id, position, number, name, public, paper_id, result, resolution_text,
                     votes_yes, votes_no, votes_abstain, votes_conflicted, minutes, deleted, created_at, modified_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
                )
                .bind(*meeting)
                .bind(i.position)
                .bind(&i.number)
                .bind(&i.name)
                .bind(i64::from(i.public))
                .bind(i.paper.map(|p| papers[p]))
                .bind(&i.result)
                .bind(&i.resolution_text)
                .bind(i.votes_yes)
                .bind(i.votes_no)
                .bind(i.votes_abstain)
                .bind(i.votes_conflicted)
                .bind(&i.minutes)
                .bind(i64::from(i.deleted))
                .bind(&i.created_at)
                .bind(&i.modified_at)
                .fetch_one(&mut **tx)
                .await?,
            );
        }
    }
    for c in &dump.reporting_cycles {
        sqlx::query(
            "INSERT INTO reporting_cycles (body_id, organization_id, concept_id, title, interval_months, next_due,
             requested_by_paper_id, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(body_id)
        .bind(orgs[c.organization])
        .bind(c.concept.map(|x| concepts[x]))
        .bind(&c.title)
        .bind(c.interval_months)
        .bind(&c.next_due)
        .bind(c.requested_by_paper.map(|x| papers[x]))
        .bind(&c.created_at)
        .bind(&c.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    for (p, paper) in dump.papers.iter().zip(papers.iter().skip(1)) {
        for c in &p.consultations {
            sqlx::query(
                "INSERT INTO consultations (paper_id, position, organization_id, meeting_id, agenda_item_id, role, authoritative,
                 deleted, created_at, modified_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(*paper)
            .bind(c.position)
            .bind(orgs[c.organization])
            .bind(c.meeting.map(|m| meetings[m]))
            .bind(c.agenda_item.map(|i| items[i]))
            .bind(&c.role)
            .bind(i64::from(c.authoritative))
            .bind(i64::from(c.deleted))
            .bind(&c.created_at)
            .bind(&c.modified_at)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}
