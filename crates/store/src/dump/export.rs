//! A body and everything below it, read into the dump format in a stable order.

use super::translations::{ByRecord, take};
use super::{
    Dump, DumpAgendaItem, DumpBody, DumpBudgetLine, DumpConcept, DumpConsultation, DumpField,
    DumpFile, DumpGoal, DumpIndicator, DumpLegislativeTerm, DumpLocation, DumpMeasure, DumpMeeting,
    DumpMembership, DumpOrganization, DumpPaper, DumpPerson, DumpPlanningArea, DumpPrinciple,
    DumpReport, DumpReportingCycle, DumpTarget, DumpTargetGroup, FORMAT, VERSION, numbering,
};
use crate::{Result, Store};
use std::collections::HashMap;
use teilhabe_domain::revision::ItemKind;

/// The dump's numbers of the records a concept refers to.
struct ConceptNumbers<'a> {
    orgs: &'a HashMap<i64, usize>,
    persons: &'a HashMap<i64, usize>,
    groups: &'a HashMap<i64, usize>,
    concepts: &'a HashMap<i64, usize>,
    programmes: &'a HashMap<i64, usize>,
}

fn num(map: &HashMap<i64, usize>, id: i64) -> usize {
    map.get(&id).copied().unwrap_or(0)
}

impl Store {
    pub async fn export_body(&self, key: &str) -> Result<Dump> {
        let body = self.body_by_key(key).await?;
        // Soft-deleted organisations and persons too: council records still name them.
        let orgs: Vec<crate::Organization> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM organizations WHERE body_id = $1 ORDER BY id",
            crate::organizations::ORG_COLUMNS
        )))
        .bind(body.id)
        .fetch_all(&self.pool)
        .await?;
        let persons: Vec<crate::Person> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM persons WHERE body_id = $1 ORDER BY id",
            crate::organizations::PERSON_COLUMNS
        )))
        .bind(body.id)
        .fetch_all(&self.pool)
        .await?;
        let memberships: Vec<crate::Membership> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM memberships WHERE person_id IN (SELECT id FROM persons WHERE body_id = $1) ORDER BY id",
            crate::organizations::MEMBERSHIP_COLUMNS
        )))
        .bind(body.id)
        .fetch_all(&self.pool)
        .await?;
        let mut groups = self.target_groups(body.id).await?;
        groups.sort_by_key(|t| t.id);
        let mut concepts = self.concepts(body.id).await?;
        concepts.sort_by_key(|c| c.id);
        let org_no = numbering(orgs.iter().map(|o| o.id));
        let person_no = numbering(persons.iter().map(|p| p.id));
        let group_no = numbering(groups.iter().map(|t| t.id));
        let concept_no = numbering(concepts.iter().map(|c| c.id));
        let (programmes, programme_no) = self.dump_programmes(body.id).await?;

        let mut translations = self.dump_translations(body.id).await?;
        let mut dump_concepts = Vec::new();
        let mut order = super::revision::ItemOrder::default();
        let n = ConceptNumbers {
            orgs: &org_no,
            persons: &person_no,
            groups: &group_no,
            concepts: &concept_no,
            programmes: &programme_no,
        };
        for c in &concepts {
            dump_concepts.push(
                self.export_concept(c, &n, &mut translations, &mut order)
                    .await?,
            );
        }
        let measure_no = numbering(order.measures());
        let mut revision = super::DumpRevision {
            lineage: order.lineage(),
            carry_overs: Vec::new(),
        };
        for c in &concepts {
            for co in self.carry_overs(c.id).await? {
                if let Some(measure) = measure_no.get(&co.measure_id) {
                    revision.carry_overs.push(super::DumpCarryOver {
                        concept: num(&concept_no, c.id),
                        measure: *measure,
                        decision: co.decision,
                        reason: co.reason,
                        created_at: co.created_at,
                    });
                }
            }
        }
        let numbers = super::participation::Numbers {
            orgs: &org_no,
            groups: &group_no,
            concepts: &concept_no,
            measures: &measure_no,
        };
        let controlling = self
            .dump_controlling(body.id, &concept_no, &measure_no)
            .await?;
        let (processes, field_keywords, event_no) = self
            .dump_participation(body.id, &numbers, &mut translations)
            .await?;
        let comments = self
            .dump_comments(body.id, &concept_no, &order, &event_no)
            .await?;
        let (locations, meetings, papers, reporting_cycles, files, resolutions) = self
            .export_council(body.id, &numbers, &person_no, &event_no, &mut translations)
            .await?;
        let (organizations, persons, memberships) =
            dump_people(orgs, persons, memberships, &org_no, &person_no);
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
            organizations,
            persons,
            memberships,
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
            files,
            indicators_seeded: sqlx::query_scalar::<_, i64>(
                "SELECT indicators_seeded FROM bodies WHERE id = $1",
            )
            .bind(body.id)
            .fetch_one(&self.pool)
            .await?
                != 0,
            indicators: self.export_indicators(body.id, &mut translations).await?,
            planning_areas: self
                .planning_areas(body.id)
                .await?
                .into_iter()
                .map(|(a, members)| DumpPlanningArea {
                    name: a.name,
                    members,
                    created_at: a.created_at,
                    modified_at: a.modified_at,
                })
                .collect(),
            peer_group: self.peer_group(body.id).await?,
            alignment_notes: self.dump_alignment_notes(body.id).await?,
            surveys: self.dump_surveys(body.id).await?,
            processes,
            field_keywords,
            controlling,
            revision,
            resolutions,
            comments,
            programmes,
            legislative_terms: self.export_terms(body.id).await?,
        })
    }

    /// One concept with its principles, fields, goals and measures (with their reports);
    /// its items are added to `order` in the order they are written.
    async fn export_concept(
        &self,
        c: &crate::Concept,
        n: &ConceptNumbers<'_>,
        translations: &mut ByRecord,
        order: &mut super::revision::ItemOrder,
    ) -> Result<DumpConcept> {
        let principles = self
            .principles(c.id)
            .await?
            .into_iter()
            .inspect(|p| order.push(ItemKind::Principle, p.id, p.carried_from_id))
            .map(|p| DumpPrinciple {
                translations: take(translations, "principles", p.id),
                position: p.position,
                title: p.title,
                text: p.text,
                created_at: p.created_at,
                modified_at: p.modified_at,
            })
            .collect();
        let goals = self.goals_of_concept(c.id).await?;
        let measures = self.measures_of_concept(c.id).await?;
        let measure_ids: Vec<i64> = measures.iter().map(|m| m.id).collect();
        let mut outputs = self.outputs_of_measures(&measure_ids).await?;
        let mut assumptions = self.chain_assumptions(c.id).await?;
        let values = self.output_values(&measure_ids).await?;
        let mut reports: HashMap<i64, Vec<DumpReport>> = HashMap::new();
        for m in &measures {
            let own = outputs.get(&m.id).map(Vec::as_slice).unwrap_or_default();
            let mut rs = self.all_progress_reports(m.id).await?;
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
                        reporter_organization: r.reporter_organization_id.map(|o| num(n.orgs, o)),
                        created_at: r.created_at,
                        review_state: r.review_state,
                        review_note: r.review_note,
                        outputs: super::impact::values(own, &values, r.id),
                    })
                    .collect(),
            );
        }
        let mut fields = Vec::new();
        for f in self.fields_of_action(c.id).await? {
            order.push(ItemKind::Field, f.id, f.carried_from_id);
            let mut dump_goals = Vec::new();
            for g in goals.iter().filter(|g| g.field_id == f.id) {
                order.push(ItemKind::Goal, g.id, g.carried_from_id);
                for m in measures.iter().filter(|m| m.goal_id == g.id) {
                    order.push(ItemKind::Measure, m.id, m.carried_from_id);
                }
                let dump_measures = measures
                    .iter()
                    .filter(|m| m.goal_id == g.id)
                    .map(|m| DumpMeasure {
                        translations: take(translations, "measures", m.id),
                        position: m.position,
                        code: m.code.clone(),
                        title: m.title.clone(),
                        description: m.description.clone(),
                        lead_organization: num(n.orgs, m.lead_organization_id),
                        partners: m.partner_ids.iter().map(|p| num(n.orgs, *p)).collect(),
                        contact_person: m.contact_person_id.map(|p| num(n.persons, p)),
                        target_groups: m
                            .target_group_ids
                            .iter()
                            .map(|t| num(n.groups, *t))
                            .collect(),
                        scope: m.scope.clone(),
                        scope_detail: m.scope_detail.clone(),
                        start_date: m.start_date.clone(),
                        end_date: m.end_date.clone(),
                        priority: m.priority.clone(),
                        status: m.status.clone(),
                        progress: m.progress,
                        public: m.public.0,
                        report_interval_months: m.report_interval_months,
                        created_at: m.created_at.clone(),
                        modified_at: m.modified_at.clone(),
                        budget_lines: m
                            .budget_lines
                            .iter()
                            .map(|b| DumpBudgetLine {
                                year: b.year,
                                amount_cents: b.amount_cents,
                                funding_source: b.funding_source.clone(),
                                programme: b.programme_id.map(|p| num(n.programmes, p)),
                                own_share_cents: b.own_share_cents,
                                staff_hundredths: b.staff_hundredths,
                            })
                            .collect(),
                        assumption: assumptions.measures.remove(&m.id),
                        outputs: super::impact::outputs(outputs.remove(&m.id).unwrap_or_default()),
                        progress_reports: reports.remove(&m.id).unwrap_or_default(),
                    })
                    .collect();
                let target = match self.goal_target(g.id).await? {
                    Some(t) => Some(DumpTarget {
                        indicator: self.indicator(t.indicator_id).await?.code,
                        value: t.target_value,
                        year: t.target_year,
                        assumption: t.assumption,
                    }),
                    None => None,
                };
                dump_goals.push(DumpGoal {
                    translations: take(translations, "goals", g.id),
                    position: g.position,
                    title: g.title.clone(),
                    description: g.description.clone(),
                    target_note: g.target_note.clone(),
                    target,
                    created_at: g.created_at.clone(),
                    modified_at: g.modified_at.clone(),
                    measures: dump_measures,
                });
            }
            fields.push(DumpField {
                translations: take(translations, "fields_of_action", f.id),
                position: f.position,
                title: f.title,
                description: f.description,
                created_at: f.created_at,
                modified_at: f.modified_at,
                goals: dump_goals,
            });
        }
        Ok(DumpConcept {
            translations: take(translations, "concepts", c.id),
            id: num(n.concepts, c.id),
            title: c.title.clone(),
            kind: c.kind.clone(),
            version_label: c.version_label.clone(),
            status: c.status.clone(),
            adopted_on: c.adopted_on.clone(),
            summary: c.summary.clone(),
            paper_reference: c.paper_reference.clone(),
            supersedes: c.supersedes_id.map(|s| num(n.concepts, s)),
            consultation_from: c.consultation_from.clone(),
            consultation_until: c.consultation_until.clone(),
            created_at: c.created_at.clone(),
            modified_at: c.modified_at.clone(),
            principles,
            fields_of_action: fields,
        })
    }

    async fn export_indicators(
        &self,
        body_id: i64,
        translations: &mut ByRecord,
    ) -> Result<Vec<DumpIndicator>> {
        Ok(sqlx::query_as::<_, crate::indicators::Indicator>(
                        "SELECT id, body_id, code, name, formula, unit, direction, field, source, description, position, created_at, modified_at, level
                         FROM indicators WHERE body_id = $1 ORDER BY position, id",
                    )
                    .bind(body_id)
                    .fetch_all(&self.pool)
                    .await?
                    .into_iter()
                    .map(|i| DumpIndicator {
                        translations: take(translations, "indicators", i.id),
                        code: i.code,
                        name: i.name,
                        formula: i.formula,
                        unit: i.unit,
                        direction: i.direction,
                        level: i.level,
                        field: i.field,
                        source: i.source,
                        description: i.description,
                        position: i.position,
                        created_at: i.created_at,
                        modified_at: i.modified_at,
                    })
                    .collect())
    }

    async fn export_terms(&self, body_id: i64) -> Result<Vec<DumpLegislativeTerm>> {
        Ok(sqlx::query_as::<_, TermRow>(
                        "SELECT name, start_date, end_date, deleted, created_at, modified_at FROM legislative_terms WHERE body_id = $1 ORDER BY id",
                    )
                    .bind(body_id)
                    .fetch_all(&self.pool)
                    .await?
                    .into_iter()
                    .map(|t| DumpLegislativeTerm {
                        name: t.name,
                        start_date: t.start_date,
                        end_date: t.end_date,
                        deleted: t.deleted != 0,
                        created_at: t.created_at,
                        modified_at: t.modified_at,
                    })
                    .collect())
    }
}

#[derive(sqlx::FromRow)]
struct TermRow {
    name: String,
    start_date: Option<String>,
    end_date: Option<String>,
    deleted: i64,
    created_at: String,
    modified_at: String,
}

#[derive(sqlx::FromRow)]
struct FileRow {
    paper_id: Option<i64>,
    meeting_id: Option<i64>,
    agenda_item_id: Option<i64>,
    role: Option<String>,
    event_id: Option<i64>,
    name: String,
    file_name: String,
    mime_type: String,
    size: i64,
    sha256: String,
    data: Vec<u8>,
    public: i64,
    deleted: i64,
    created_at: String,
    modified_at: String,
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
    votes_unanimous: i64,
    minutes: Option<String>,
    deleted: i64,
    created_at: String,
    modified_at: String,
}

#[derive(sqlx::FromRow)]
struct PaperRow {
    id: i64,
    reference: String,
    duplicate_no: i64,
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
    Vec<DumpFile>,
    Vec<super::DumpResolution>,
);

impl Store {
    /// The council records of a body, soft-deleted ones included, in a stable order.
    async fn export_council(
        &self,
        body_id: i64,
        numbers: &super::participation::Numbers<'_>,
        person_no: &HashMap<i64, usize>,
        event_no: &HashMap<i64, (usize, usize)>,
        translations: &mut ByRecord,
    ) -> Result<Council> {
        let (org_no, concept_no, measure_no) = (numbers.orgs, numbers.concepts, numbers.measures);
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
             a.votes_no, a.votes_abstain, a.votes_conflicted, a.votes_unanimous, a.minutes, a.deleted, a.created_at, a.modified_at
             FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE m.body_id = $1 ORDER BY a.meeting_id, a.position, a.id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let papers: Vec<PaperRow> = sqlx::query_as(
            "SELECT id, reference, duplicate_no, name, paper_type, date, proposal, reasoning, submitter_person_id, submitter_organization_id,
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
                translations: take(translations, "meetings", m.id),
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
                    .map(|i| dump_agenda_item(i, &item_no, &paper_no, translations))
                    .collect(),
            })
            .collect();
        let council_no = CouncilNumbers {
            orgs: org_no,
            persons: person_no,
            concepts: concept_no,
            measures: measure_no,
            meetings: &meeting_no,
            items: &item_no,
            papers: &paper_no,
        };
        let dump_papers = papers
            .into_iter()
            .map(|p| {
                dump_paper(
                    p,
                    &council_no,
                    &paper_measures,
                    &consultations,
                    translations,
                )
            })
            .collect();
        let cycles = self.export_cycles(body_id, &council_no).await?;
        let files = self.export_files(body_id, &council_no, event_no).await?;
        let resolutions = self
            .dump_resolutions(
                body_id,
                &super::resolutions::Numbers {
                    orgs: org_no,
                    measures: measure_no,
                    items: &item_no,
                    papers: &paper_no,
                },
            )
            .await?;
        Ok((
            dump_locations,
            dump_meetings,
            dump_papers,
            cycles,
            files,
            resolutions,
        ))
    }

    /// The body's reporting cycles, by the dump's numbers.
    async fn export_cycles(
        &self,
        body_id: i64,
        n: &CouncilNumbers<'_>,
    ) -> Result<Vec<DumpReportingCycle>> {
        Ok(self
            .reporting_cycles(body_id)
            .await?
            .into_iter()
            .map(|c| DumpReportingCycle {
                title: c.title,
                organization: num(n.orgs, c.organization_id),
                concept: c.concept_id.map(|x| num(n.concepts, x)),
                interval_months: c.interval_months,
                next_due: c.next_due,
                requested_by_paper: c.requested_by_paper_id.map(|x| num(n.papers, x)),
                created_at: c.created_at,
                modified_at: c.modified_at,
            })
            .collect())
    }

    /// The body's files, their content in Base64, with the dump's numbers of paper or event.
    async fn export_files(
        &self,
        body_id: i64,
        numbers: &CouncilNumbers<'_>,
        event_no: &HashMap<i64, (usize, usize)>,
    ) -> Result<Vec<DumpFile>> {
        let files: Vec<FileRow> = sqlx::query_as(
            "SELECT paper_id, meeting_id, agenda_item_id, role, event_id, name, file_name, mime_type, size, sha256, data,
             public, deleted, created_at, modified_at FROM files WHERE body_id = $1 ORDER BY id",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(files
            .into_iter()
            .map(|f| {
                use base64::Engine;
                DumpFile {
                    paper: f.paper_id.map(|p| num(numbers.papers, p)),
                    meeting: f.meeting_id.map(|m| num(numbers.meetings, m)),
                    agenda_item: f.agenda_item_id.map(|i| num(numbers.items, i)),
                    role: f.role,
                    event: f.event_id.and_then(|e| event_no.get(&e).copied()),
                    name: f.name,
                    file_name: f.file_name,
                    mime_type: f.mime_type,
                    size: f.size,
                    sha256: f.sha256,
                    data_base64: base64::engine::general_purpose::STANDARD.encode(&f.data),
                    public: f.public != 0,
                    deleted: f.deleted != 0,
                    created_at: f.created_at,
                    modified_at: f.modified_at,
                }
            })
            .collect())
    }
}

/// An agenda item with the dump's numbers of itself and its paper.
fn dump_agenda_item(
    i: &ItemRow,
    item_no: &HashMap<i64, usize>,
    paper_no: &HashMap<i64, usize>,
    translations: &mut ByRecord,
) -> DumpAgendaItem {
    DumpAgendaItem {
        translations: take(translations, "agenda_items", i.id),
        id: num(item_no, i.id),
        position: i.position,
        number: i.number.clone(),
        name: i.name.clone(),
        public: i.public != 0,
        paper: i.paper_id.map(|p| num(paper_no, p)),
        result: i.result.clone(),
        resolution_text: i.resolution_text.clone(),
        votes_yes: i.votes_yes,
        votes_no: i.votes_no,
        votes_abstain: i.votes_abstain,
        votes_conflicted: i.votes_conflicted,
        votes_unanimous: i.votes_unanimous != 0,
        minutes: i.minutes.clone(),
        deleted: i.deleted != 0,
        created_at: i.created_at.clone(),
        modified_at: i.modified_at.clone(),
    }
}

/// A paper's consultation with the dump's numbers of its committee, meeting and item.
fn dump_consultation(
    c: &ConsultationRow,
    org_no: &HashMap<i64, usize>,
    meeting_no: &HashMap<i64, usize>,
    item_no: &HashMap<i64, usize>,
) -> DumpConsultation {
    DumpConsultation {
        position: c.position,
        organization: num(org_no, c.organization_id),
        meeting: c.meeting_id.map(|m| num(meeting_no, m)),
        agenda_item: c.agenda_item_id.map(|i| num(item_no, i)),
        role: c.role.clone(),
        authoritative: c.authoritative != 0,
        deleted: c.deleted != 0,
        created_at: c.created_at.clone(),
        modified_at: c.modified_at.clone(),
    }
}

/// Organisations, persons and memberships with the dump's numbers.
fn dump_people(
    orgs: Vec<crate::Organization>,
    persons: Vec<crate::Person>,
    memberships: Vec<crate::Membership>,
    org_no: &HashMap<i64, usize>,
    person_no: &HashMap<i64, usize>,
) -> (Vec<DumpOrganization>, Vec<DumpPerson>, Vec<DumpMembership>) {
    (
        orgs.into_iter()
            .map(|o| DumpOrganization {
                id: num(org_no, o.id),
                name: o.name,
                short_name: o.short_name,
                kind: o.kind,
                classification: o.classification,
                website: o.website,
                start_date: o.start_date,
                end_date: o.end_date,
                deleted: o.deleted != 0,
                created_at: o.created_at,
                modified_at: o.modified_at,
            })
            .collect(),
        persons
            .into_iter()
            .map(|p| DumpPerson {
                id: num(person_no, p.id),
                name: p.name,
                role_title: p.role_title,
                organization: p.organization_id.map(|o| num(org_no, o)),
                email: p.email,
                phone: p.phone,
                deleted: p.deleted != 0,
                created_at: p.created_at,
                modified_at: p.modified_at,
                public: p.public.0,
            })
            .collect(),
        memberships
            .into_iter()
            .map(|m| DumpMembership {
                person: num(person_no, m.person_id),
                organization: num(org_no, m.organization_id),
                role: m.role,
                voting_right: m.voting_right != 0,
                start_date: m.start_date,
                end_date: m.end_date,
                deleted: m.deleted != 0,
                created_at: m.created_at,
                modified_at: m.modified_at,
            })
            .collect(),
    )
}

/// The dump's numbers of the records a paper refers to.
struct CouncilNumbers<'a> {
    orgs: &'a HashMap<i64, usize>,
    persons: &'a HashMap<i64, usize>,
    concepts: &'a HashMap<i64, usize>,
    measures: &'a HashMap<i64, usize>,
    meetings: &'a HashMap<i64, usize>,
    items: &'a HashMap<i64, usize>,
    papers: &'a HashMap<i64, usize>,
}

/// A paper with its measures, consultations and finance, by the dump's numbers.
fn dump_paper(
    p: PaperRow,
    n: &CouncilNumbers<'_>,
    paper_measures: &[(i64, i64)],
    consultations: &[ConsultationRow],
    translations: &mut ByRecord,
) -> DumpPaper {
    DumpPaper {
        translations: take(translations, "papers", p.id),
        id: num(n.papers, p.id),
        measures: paper_measures
            .iter()
            .filter(|(pid, _)| *pid == p.id)
            .map(|(_, m)| num(n.measures, *m))
            .collect(),
        consultations: consultations
            .iter()
            .filter(|c| c.paper_id == p.id)
            .map(|c| dump_consultation(c, n.orgs, n.meetings, n.items))
            .collect(),
        reference: p.reference,
        duplicate_no: p.duplicate_no,
        name: p.name,
        paper_type: p.paper_type,
        date: p.date,
        proposal: p.proposal,
        reasoning: p.reasoning,
        submitter_person: p.submitter_person_id.map(|x| num(n.persons, x)),
        submitter_organization: p.submitter_organization_id.map(|x| num(n.orgs, x)),
        lead_organization: p.lead_organization_id.map(|x| num(n.orgs, x)),
        editor: p.editor,
        concept: p.concept_id.map(|x| num(n.concepts, x)),
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
    }
}
