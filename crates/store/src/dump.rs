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
use teilhabe_domain::{
    ActorClass, BodyKind, Coded, ConceptKind, ConceptStatus, Date, FieldErrors, MeasureStatus,
    OfficialKey, OrganizationKind, Priority, Scope,
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
            import_concept_tree(&mut tx, concept_id, c, &orgs, &persons, &groups).await?;
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
                import_measure(tx, goal_id, m, orgs, persons, groups).await?;
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
) -> Result<()> {
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
    Ok(())
}

/// Removes a body and everything below it, children first (used by `--replace`).
async fn delete_body_data(tx: &mut Transaction<'_, Any>, body_id: i64) -> Result<()> {
    const MEASURES: &str = "SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const GOALS: &str = "SELECT g.id FROM goals g JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
    const FIELDS: &str = "SELECT f.id FROM fields_of_action f JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1";
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
