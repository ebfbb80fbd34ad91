//! Counties at full size for the scale benchmarks (`teilhabe bench-data --bodies N`): real
//! Kreise from the municipality directory, each with two concept versions, ~300 measures,
//! eight years of quarterly progress reports, papers, meetings, participation and a survey;
//! and the official statistics for every region (`--statistics`).
//!
//! Every row goes through the same tables, triggers (audit trail, search queue) and
//! indexes as in use; rows are written many per statement with ids counted here, so a
//! county takes about a second. The content is deterministic: the same options write the
//! same database.

use crate::bulk::{THINGS, WANTS, WHERE, WHY, Xorshift};
use crate::db::now;
use crate::{Backend, Result, Store, StoreError};
use sqlx::{Any, AssertSqlSafe, Transaction};
use teilhabe_domain::participation::{ContributionKind, ContributionStatus, EventFormat, Phase};
use teilhabe_domain::surveys::SurveyStatus;
use teilhabe_domain::{
    BodyKind, Coded, ConceptKind, ConceptStatus, ConsultationRole, MeasureStatus, MeetingState,
    OrganizationKind, PaperType, Priority, Scope,
};
use teilhabe_stats::regions::{Level, regions};
use teilhabe_stats::{Meta, Observation, ReadError};

/// Money is stored in cents.
const CENTS: i64 = 100;

/// What one generated county holds.
#[derive(Debug, Clone)]
pub struct ScaleOptions {
    pub bodies: usize,
    /// Measures of the concept in force (the superseded version has a seventh of them).
    pub measures: usize,
    /// Years of quarterly progress reports per measure, up to the end of 2025.
    pub report_years: usize,
    pub papers: usize,
    /// Meetings per year of the committee, over the same years as the reports.
    pub meetings_per_year: usize,
    pub contributions: usize,
    pub responses: usize,
}

impl Default for ScaleOptions {
    fn default() -> Self {
        Self {
            bodies: 400,
            measures: 300,
            report_years: 8,
            papers: 240,
            meetings_per_year: 8,
            contributions: 600,
            responses: 400,
        }
    }
}

/// One value of a generated row.
enum V {
    I(i64),
    T(String),
    F(f64),
    NullI,
    NullT,
}

impl From<i64> for V {
    fn from(v: i64) -> Self {
        V::I(v)
    }
}
impl From<String> for V {
    fn from(v: String) -> Self {
        V::T(v)
    }
}
impl From<&str> for V {
    fn from(v: &str) -> Self {
        V::T(v.to_owned())
    }
}
impl From<f64> for V {
    fn from(v: f64) -> Self {
        V::F(v)
    }
}
impl From<Option<i64>> for V {
    fn from(v: Option<i64>) -> Self {
        v.map_or(V::NullI, V::I)
    }
}
impl From<Option<String>> for V {
    fn from(v: Option<String>) -> Self {
        v.map_or(V::NullT, V::T)
    }
}

/// Rows of one table, written many per statement.
struct Rows {
    table: &'static str,
    columns: &'static [&'static str],
    values: Vec<V>,
    written: u64,
}

/// Parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535.
const PARAMS: usize = 30_000;

impl Rows {
    fn new(table: &'static str, columns: &'static [&'static str]) -> Self {
        Self {
            table,
            columns,
            values: Vec::new(),
            written: 0,
        }
    }

    async fn push<const N: usize>(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        row: [V; N],
    ) -> Result<()> {
        debug_assert_eq!(N, self.columns.len(), "{}", self.table);
        self.values.extend(row);
        if self.values.len() + N > PARAMS {
            self.flush(tx).await?;
        }
        Ok(())
    }

    async fn flush(&mut self, tx: &mut Transaction<'static, Any>) -> Result<()> {
        if self.values.is_empty() {
            return Ok(());
        }
        let n = self.columns.len();
        let rows = self.values.len() / n;
        let sql = format!(
            "INSERT INTO {} ({}) VALUES {}",
            self.table,
            self.columns.join(", "),
            crate::db::value_rows(tx, rows, n)
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for v in self.values.drain(..) {
            q = match v {
                V::I(i) => q.bind(i),
                V::T(t) => q.bind(t),
                V::F(f) => q.bind(f),
                V::NullI => q.bind(None::<i64>),
                V::NullT => q.bind(None::<String>),
            };
        }
        q.execute(&mut **tx).await?;
        self.written += rows as u64;
        Ok(())
    }
}

/// The next free id of each table with one, counted here instead of by the database.
struct Ids {
    next: Vec<(&'static str, i64)>,
}

const WITH_IDS: &[&str] = &[
    "bodies",
    "organizations",
    "persons",
    "target_groups",
    "concepts",
    "principles",
    "fields_of_action",
    "goals",
    "measures",
    "budget_lines",
    "progress_reports",
    "meetings",
    "papers",
    "agenda_items",
    "consultations",
    "reporting_cycles",
    "participation_processes",
    "participation_events",
    "contributions",
    "surveys",
    "survey_questions",
    "survey_options",
    "survey_responses",
];

impl Ids {
    async fn load(store: &Store) -> Result<Self> {
        let mut next = Vec::new();
        for table in WITH_IDS {
            let max: Option<i64> =
                sqlx::query_scalar(AssertSqlSafe(format!("SELECT MAX(id) FROM {table}")))
                    .fetch_one(&store.pool)
                    .await?;
            next.push((*table, max.unwrap_or(0) + 1));
        }
        Ok(Self { next })
    }

    fn take(&mut self, table: &str) -> i64 {
        let slot = self
            .next
            .iter_mut()
            .find(|(t, _)| *t == table)
            .unwrap_or_else(|| panic!("no id counter for {table}"));
        slot.1 += 1;
        slot.1 - 1
    }
}

const FIELDS: &[(&str, &str)] = &[
    (
        "Sprache und Bildung",
        "Deutsch lernen von der Kita bis zum Beruf, Herkunftssprachen als Stärke.",
    ),
    (
        "Arbeit und Ausbildung",
        "Wege in Ausbildung und Beschäftigung, Anerkennung ausländischer Abschlüsse.",
    ),
    (
        "Wohnen und Sozialraum",
        "Bezahlbarer Wohnraum und Nachbarschaften, in denen man sich begegnet.",
    ),
    (
        "Gesundheit und Pflege",
        "Zugang zu Gesundheitsversorgung, Pflege und Beratung in mehreren Sprachen.",
    ),
    (
        "Kinder, Jugend und Familie",
        "Frühe Förderung, Ganztag und Unterstützung für Familien.",
    ),
    (
        "Teilhabe und Ehrenamt",
        "Vereine, Sport, Kultur und Engagement offen für alle.",
    ),
    (
        "Interkulturelle Öffnung der Verwaltung",
        "Eine Verwaltung, die ihre Kundschaft versteht und Vielfalt im Personal zeigt.",
    ),
    (
        "Antidiskriminierung und Zusammenhalt",
        "Beratung bei Diskriminierung und Dialog in der Stadtgesellschaft.",
    ),
];

const GROUPS: &[&str] = &[
    "Geflüchtete",
    "Neuzugewanderte aus der EU",
    "Frauen mit Migrationsgeschichte",
    "Jugendliche",
    "Kinder im Vorschulalter",
    "Ältere Menschen",
    "Fachkräfte",
    "Ehrenamtliche",
];

const STATUSES: &[MeasureStatus] = &[
    MeasureStatus::InProgress,
    MeasureStatus::InProgress,
    MeasureStatus::InProgress,
    MeasureStatus::Completed,
    MeasureStatus::Planned,
    MeasureStatus::Delayed,
    MeasureStatus::Paused,
    MeasureStatus::Cancelled,
];

/// What was generated.
#[derive(Debug, Default)]
pub struct ScaleSummary {
    /// Official keys of the bodies, in the order written (the first is body #1).
    pub keys: Vec<String>,
    pub rows: Vec<(&'static str, u64)>,
}

impl Store {
    /// Generates `options.bodies` counties (the Kreise of the directory in key order that
    /// are not in the database yet), one transaction each, each indexed for the search
    /// right after it; then refreshes the planner statistics. `progress` hears each body's
    /// key.
    pub async fn generate_scale(
        &self,
        options: &ScaleOptions,
        mut progress: impl FnMut(usize, &str),
    ) -> Result<ScaleSummary> {
        let existing: Vec<String> = sqlx::query_scalar("SELECT key FROM bodies")
            .fetch_all(&self.pool)
            .await?;
        let kreise: Vec<_> = regions()
            .all()
            .iter()
            .filter(|r| r.level == Level::Kreis && !existing.iter().any(|k| k == r.key))
            .take(options.bodies)
            .collect();
        if kreise.len() < options.bodies {
            return Err(StoreError::invalid(
                "bodies",
                format!(
                    "Es gibt nur noch {} Kreise, die nicht schon in der Datenbank sind.",
                    kreise.len()
                ),
            ));
        }
        let mut ids = Ids::load(self).await?;
        let mut g = Generator::new();
        let mut summary = ScaleSummary::default();
        for (n, kreis) in kreise.iter().enumerate() {
            let mut tx = self.begin().await?;
            let place = short_name(kreis.name);
            let (kind, name) = match kreis.kind.unwrap_or("Landkreis") {
                "Kreisfreie Stadt" | "Stadtkreis" => {
                    (BodyKind::KreisfreieStadt, format!("Stadt {place}"))
                }
                _ if place.starts_with("Region") || place.starts_with("Städteregion") => {
                    (BodyKind::Landkreis, place.to_owned())
                }
                kind => (BodyKind::Landkreis, format!("{kind} {place}")),
            };
            g.body(
                &mut tx,
                &mut ids,
                options,
                kreis.key,
                (&name, place),
                kind,
                n as u64,
            )
            .await?;
            g.flush(&mut tx).await?;
            self.commit(tx).await?;
            // Indexed for the search now, not by the server while it is being measured;
            // and body by body, so that no transaction holds the whole index and a body is
            // searchable once it is generated. (At 400 counties on PostgreSQL that did not
            // make the indexing faster than one pass at the end: see BENCHMARKS.md.)
            self.refresh_search_index().await?;
            summary.keys.push(kreis.key.to_owned());
            progress(n + 1, kreis.key);
        }
        if self.backend() == Backend::Postgres {
            for table in WITH_IDS {
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                )))
                .execute(&self.pool)
                .await?;
            }
        }
        summary.rows = g.counts();
        self.analyze().await?;
        Ok(summary)
    }
}

/// "Kiel, Landeshauptstadt" → "Kiel".
fn short_name(name: &str) -> &str {
    name.split_once(", ").map_or(name, |(n, _)| n)
}

struct Generator {
    random: Xorshift,
    ts: String,
    bodies: Rows,
    organizations: Rows,
    persons: Rows,
    target_groups: Rows,
    concepts: Rows,
    principles: Rows,
    fields: Rows,
    goals: Rows,
    measures: Rows,
    partners: Rows,
    measure_groups: Rows,
    budget_lines: Rows,
    reports: Rows,
    meetings: Rows,
    meeting_orgs: Rows,
    papers: Rows,
    paper_measures: Rows,
    agenda_items: Rows,
    consultations: Rows,
    cycles: Rows,
    processes: Rows,
    phases: Rows,
    events: Rows,
    participants: Rows,
    contributions: Rows,
    contribution_fields: Rows,
    surveys: Rows,
    questions: Rows,
    options: Rows,
    responses: Rows,
    answers: Rows,
}

impl Generator {
    fn new() -> Self {
        Self {
            random: Xorshift::new(0x2545_F491_4F6C_DD1D),
            ts: now(),
            bodies: Rows::new(
                "bodies",
                &[
                    "id",
                    "key",
                    "name",
                    "kind",
                    "website",
                    "created_at",
                    "modified_at",
                ],
            ),
            organizations: Rows::new(
                "organizations",
                &[
                    "id",
                    "body_id",
                    "name",
                    "short_name",
                    "kind",
                    "classification",
                    "created_at",
                    "modified_at",
                ],
            ),
            persons: Rows::new(
                "persons",
                &[
                    "id",
                    "body_id",
                    "name",
                    "role_title",
                    "organization_id",
                    "public",
                    "created_at",
                    "modified_at",
                ],
            ),
            target_groups: Rows::new(
                "target_groups",
                &["id", "body_id", "name", "created_at", "modified_at"],
            ),
            concepts: Rows::new(
                "concepts",
                &[
                    "id",
                    "body_id",
                    "title",
                    "kind",
                    "version_label",
                    "status",
                    "adopted_on",
                    "summary",
                    "paper_reference",
                    "supersedes_id",
                    "created_at",
                    "modified_at",
                ],
            ),
            principles: Rows::new(
                "principles",
                &[
                    "id",
                    "concept_id",
                    "position",
                    "title",
                    "text",
                    "created_at",
                    "modified_at",
                ],
            ),
            fields: Rows::new(
                "fields_of_action",
                &[
                    "id",
                    "concept_id",
                    "position",
                    "title",
                    "description",
                    "created_at",
                    "modified_at",
                ],
            ),
            goals: Rows::new(
                "goals",
                &[
                    "id",
                    "field_id",
                    "position",
                    "title",
                    "description",
                    "target_note",
                    "created_at",
                    "modified_at",
                ],
            ),
            measures: Rows::new(
                "measures",
                &[
                    "id",
                    "goal_id",
                    "position",
                    "code",
                    "title",
                    "description",
                    "lead_organization_id",
                    "contact_person_id",
                    "scope",
                    "start_date",
                    "end_date",
                    "priority",
                    "status",
                    "progress",
                    "public",
                    "created_at",
                    "modified_at",
                ],
            ),
            partners: Rows::new("measure_partners", &["measure_id", "organization_id"]),
            measure_groups: Rows::new("measure_target_groups", &["measure_id", "target_group_id"]),
            budget_lines: Rows::new(
                "budget_lines",
                &[
                    "id",
                    "measure_id",
                    "year",
                    "amount_cents",
                    "funding_source",
                    "own_share_cents",
                ],
            ),
            reports: Rows::new(
                "progress_reports",
                &[
                    "id",
                    "measure_id",
                    "reported_on",
                    "status",
                    "progress",
                    "narrative",
                    "spent_cents",
                    "reporter_organization_id",
                    "created_at",
                ],
            ),
            meetings: Rows::new(
                "meetings",
                &[
                    "id",
                    "body_id",
                    "name",
                    "state",
                    "start_at",
                    "end_at",
                    "created_at",
                    "modified_at",
                ],
            ),
            meeting_orgs: Rows::new("meeting_organizations", &["meeting_id", "organization_id"]),
            papers: Rows::new(
                "papers",
                &[
                    "id",
                    "body_id",
                    "reference",
                    "name",
                    "paper_type",
                    "date",
                    "proposal",
                    "reasoning",
                    "lead_organization_id",
                    "concept_id",
                    "public",
                    "finance_total_cents",
                    "finance_budget_year",
                    "created_at",
                    "modified_at",
                ],
            ),
            paper_measures: Rows::new("paper_measures", &["paper_id", "measure_id"]),
            agenda_items: Rows::new(
                "agenda_items",
                &[
                    "id",
                    "meeting_id",
                    "position",
                    "number",
                    "name",
                    "public",
                    "paper_id",
                    "result",
                    "votes_yes",
                    "votes_no",
                    "votes_abstain",
                    "created_at",
                    "modified_at",
                ],
            ),
            consultations: Rows::new(
                "consultations",
                &[
                    "id",
                    "paper_id",
                    "position",
                    "organization_id",
                    "meeting_id",
                    "agenda_item_id",
                    "role",
                    "authoritative",
                    "created_at",
                    "modified_at",
                ],
            ),
            cycles: Rows::new(
                "reporting_cycles",
                &[
                    "id",
                    "body_id",
                    "organization_id",
                    "concept_id",
                    "title",
                    "interval_months",
                    "next_due",
                    "created_at",
                    "modified_at",
                ],
            ),
            processes: Rows::new(
                "participation_processes",
                &[
                    "id",
                    "concept_id",
                    "title",
                    "description",
                    "created_at",
                    "modified_at",
                ],
            ),
            phases: Rows::new(
                "participation_phases",
                &["process_id", "phase", "start_date", "end_date"],
            ),
            events: Rows::new(
                "participation_events",
                &[
                    "id",
                    "process_id",
                    "format",
                    "title",
                    "start_date",
                    "place",
                    "organizer_id",
                    "participants_total",
                    "public",
                    "created_at",
                    "modified_at",
                ],
            ),
            participants: Rows::new(
                "event_participants",
                &["event_id", "target_group_id", "count"],
            ),
            contributions: Rows::new(
                "contributions",
                &[
                    "id",
                    "event_id",
                    "kind",
                    "text",
                    "status",
                    "reason",
                    "public",
                    "created_at",
                    "modified_at",
                ],
            ),
            contribution_fields: Rows::new("contribution_fields", &["contribution_id", "field_id"]),
            surveys: Rows::new(
                "surveys",
                &[
                    "id",
                    "body_id",
                    "title",
                    "intro",
                    "status",
                    "languages",
                    "min_group_size",
                    "results_public",
                    "closed_on",
                    "created_at",
                    "modified_at",
                ],
            ),
            questions: Rows::new(
                "survey_questions",
                &[
                    "id",
                    "survey_id",
                    "position",
                    "code",
                    "kind",
                    "text",
                    "required",
                ],
            ),
            options: Rows::new(
                "survey_options",
                &["id", "question_id", "role", "position", "code", "label"],
            ),
            responses: Rows::new(
                "survey_responses",
                &["id", "survey_id", "channel", "lang", "submitted_on"],
            ),
            answers: Rows::new(
                "survey_answers",
                &["response_id", "question_id", "item", "value"],
            ),
        }
    }

    fn all(&mut self) -> [&mut Rows; 31] {
        [
            &mut self.bodies,
            &mut self.organizations,
            &mut self.persons,
            &mut self.target_groups,
            &mut self.concepts,
            &mut self.principles,
            &mut self.fields,
            &mut self.goals,
            &mut self.measures,
            &mut self.partners,
            &mut self.measure_groups,
            &mut self.budget_lines,
            &mut self.reports,
            &mut self.meetings,
            &mut self.meeting_orgs,
            &mut self.papers,
            &mut self.paper_measures,
            &mut self.agenda_items,
            &mut self.consultations,
            &mut self.cycles,
            &mut self.processes,
            &mut self.phases,
            &mut self.events,
            &mut self.participants,
            &mut self.contributions,
            &mut self.contribution_fields,
            &mut self.surveys,
            &mut self.questions,
            &mut self.options,
            &mut self.responses,
            &mut self.answers,
        ]
    }

    /// Writes what is still buffered, parents before children.
    async fn flush(&mut self, tx: &mut Transaction<'static, Any>) -> Result<()> {
        for rows in self.all() {
            rows.flush(tx).await?;
        }
        Ok(())
    }

    fn counts(&mut self) -> Vec<(&'static str, u64)> {
        self.all().iter().map(|r| (r.table, r.written)).collect()
    }

    #[allow(clippy::too_many_arguments)]
    async fn body(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        o: &ScaleOptions,
        key: &str,
        (name, place): (&str, &str),
        kind: BodyKind,
        n: u64,
    ) -> Result<()> {
        let ts = self.ts.clone();
        // Parents are written before their children reach the database: a child table's
        // batch may fill (and be written) before the parent's.
        let body = ids.take("bodies");
        self.bodies
            .push(
                tx,
                [
                    body.into(),
                    key.into(),
                    name.into(),
                    kind.code().into(),
                    format!("https://www.kreis-{key}.example").into(),
                    ts.clone().into(),
                    ts.clone().into(),
                ],
            )
            .await?;
        self.bodies.flush(tx).await?;

        // Departments lead, external actors partner, the committee decides.
        let mut departments = Vec::new();
        for (i, d) in [
            "Ordnungsamt",
            "Jugendamt",
            "Sozialamt",
            "Schulamt",
            "Gesundheitsamt",
            "Jobcenter",
            "Bildungsbüro",
            "Wirtschaftsförderung",
            "Ausländerbehörde",
            "Stabsstelle Integration",
        ]
        .iter()
        .enumerate()
        {
            let id = ids.take("organizations");
            departments.push(id);
            self.organizations
                .push(
                    tx,
                    [
                        id.into(),
                        body.into(),
                        (*d).into(),
                        format!("FB {}", i + 1).into(),
                        OrganizationKind::Department.code().into(),
                        V::NullT,
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
        }
        let mut actors = Vec::new();
        for (i, (a, class)) in [
            ("Caritasverband", "welfare"),
            ("Diakonisches Werk", "church"),
            ("Arbeiterwohlfahrt", "welfare"),
            ("Deutsches Rotes Kreuz", "welfare"),
            ("Volkshochschule", "education"),
            ("Migrantenselbstorganisation", "migrant_organisation"),
            ("Agentur für Arbeit", "jobcenter"),
            ("Industrie- und Handelskammer", "business"),
            ("Kreissportbund", "association"),
            ("Netzwerk Ehrenamt", "association"),
        ]
        .iter()
        .enumerate()
        {
            let id = ids.take("organizations");
            actors.push(id);
            self.organizations
                .push(
                    tx,
                    [
                        id.into(),
                        body.into(),
                        format!("{a} {place}").into(),
                        format!("A{}", i + 1).into(),
                        OrganizationKind::External.code().into(),
                        (*class).into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
        }
        let committee = ids.take("organizations");
        let council = ids.take("organizations");
        for (id, title, kind) in [
            (
                committee,
                "Ausschuss für Soziales und Integration",
                OrganizationKind::Committee,
            ),
            (council, "Kreistag", OrganizationKind::Council),
        ] {
            self.organizations
                .push(
                    tx,
                    [
                        id.into(),
                        body.into(),
                        title.into(),
                        V::NullT,
                        kind.code().into(),
                        V::NullT,
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
        }
        self.organizations.flush(tx).await?;
        let coordinator = ids.take("persons");
        self.persons
            .push(
                tx,
                [
                    coordinator.into(),
                    body.into(),
                    "Integrationskoordination".into(),
                    "Integrationskoordinatorin".into(),
                    departments[9].into(),
                    1i64.into(),
                    ts.clone().into(),
                    ts.clone().into(),
                ],
            )
            .await?;
        self.persons.flush(tx).await?;
        let mut groups = Vec::new();
        for g in GROUPS {
            let id = ids.take("target_groups");
            groups.push(id);
            self.target_groups
                .push(
                    tx,
                    [
                        id.into(),
                        body.into(),
                        (*g).into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
        }
        self.target_groups.flush(tx).await?;

        // The superseded concept of 2016 and the one in force since 2022.
        let old = ids.take("concepts");
        let current = ids.take("concepts");
        for (id, label, status, adopted, supersedes, reference) in [
            (
                old,
                "2016",
                ConceptStatus::Superseded,
                "2016-06-20",
                None,
                "2016/KT/012",
            ),
            (
                current,
                "2022",
                ConceptStatus::Adopted,
                "2022-03-28",
                Some(old),
                "2022/KT/041",
            ),
        ] {
            self.concepts
                .push(
                    tx,
                    [
                        id.into(),
                        body.into(),
                        format!("Integrationskonzept {place} {label}").into(),
                        ConceptKind::Concept.code().into(),
                        label.into(),
                        status.code().into(),
                        adopted.into(),
                        format!(
                            "Das Integrationskonzept beschreibt, wie {name} das Zusammenleben gestaltet: \
                             {} Handlungsfelder mit Zielen und Maßnahmen, abgestimmt mit den Akteuren vor Ort.",
                            FIELDS.len()
                        )
                        .into(),
                        reference.into(),
                        supersedes.into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
        }
        self.concepts.flush(tx).await?;

        let mut all_measures = Vec::new();
        let mut current_fields = Vec::new();
        for (concept, measures) in [
            (old, (o.measures / 7).max(FIELDS.len())),
            (current, o.measures),
        ] {
            for (p, (title, text)) in [
                (
                    "Teilhabe für alle",
                    "Alle Menschen im Kreis sollen gleichberechtigt teilhaben.",
                ),
                (
                    "Vielfalt als Stärke",
                    "Unterschiedliche Herkunft bereichert Wirtschaft und Gesellschaft.",
                ),
                (
                    "Verbindlich zusammenarbeiten",
                    "Verwaltung, Träger und Ehrenamt stimmen sich ab.",
                ),
                (
                    "Wirkung messen",
                    "Ziele werden mit Kennzahlen hinterlegt und regelmäßig überprüft.",
                ),
            ]
            .iter()
            .enumerate()
            {
                let id = ids.take("principles");
                self.principles
                    .push(
                        tx,
                        [
                            id.into(),
                            concept.into(),
                            (p as i64 + 1).into(),
                            (*title).into(),
                            (*text).into(),
                            ts.clone().into(),
                            ts.clone().into(),
                        ],
                    )
                    .await?;
            }
            let mut goals = Vec::new();
            for (f, (title, text)) in FIELDS.iter().enumerate() {
                let field = ids.take("fields_of_action");
                if concept == current {
                    current_fields.push(field);
                }
                self.fields
                    .push(
                        tx,
                        [
                            field.into(),
                            concept.into(),
                            (f as i64 + 1).into(),
                            (*title).into(),
                            (*text).into(),
                            ts.clone().into(),
                            ts.clone().into(),
                        ],
                    )
                    .await?;
                for k in 0..3 {
                    let goal = ids.take("goals");
                    goals.push((goal, f));
                    let thing = THINGS[(f * 3 + k) % THINGS.len()];
                    self.goals
                        .push(
                            tx,
                            [
                                goal.into(),
                                field.into(),
                                (k as i64 + 1).into(),
                                format!("{thing} für alle erreichbar machen").into(),
                                format!("Bis 2027 sollen {thing} im ganzen Kreis verlässlich angeboten werden.").into(),
                                format!("Zielwert: {}0 % mehr Angebote als 2021", k + 2).into(),
                                ts.clone().into(),
                                ts.clone().into(),
                            ],
                        )
                        .await?;
                }
            }
            self.fields.flush(tx).await?;
            self.goals.flush(tx).await?;
            for m in 0..measures {
                let (goal, field) = goals[m % goals.len()];
                let id = ids.take("measures");
                let status = if concept == old {
                    MeasureStatus::Completed
                } else {
                    STATUSES[self.random.below(STATUSES.len())]
                };
                let progress = match status {
                    MeasureStatus::Completed => 100,
                    MeasureStatus::Planned => 0,
                    _ => 10 + self.random.below(80) as i64,
                };
                let start = if concept == old { 2016 } else { 2022 } + (m % 3) as i64;
                let title = format!(
                    "{} {} {}",
                    WANTS[self.random.below(WANTS.len())],
                    THINGS[self.random.below(THINGS.len())],
                    WHERE[self.random.below(WHERE.len())]
                );
                self.measures
                    .push(
                        tx,
                        [
                            id.into(),
                            goal.into(),
                            ((m / goals.len() + 1) as i64).into(),
                            format!("{}.{}", field + 1, m + 1).into(),
                            title.into(),
                            format!(
                                "{} Die Maßnahme wird mit den Trägern vor Ort umgesetzt und jährlich ausgewertet.",
                                WHY[self.random.below(WHY.len())]
                            )
                            .into(),
                            departments[m % departments.len()].into(),
                            Some(coordinator).into(),
                            [Scope::County, Scope::Municipality, Scope::PlanningArea][m % 3]
                                .code()
                                .into(),
                            format!("{start}-01-01").into(),
                            format!("{}-12-31", start + 3).into(),
                            [Priority::High, Priority::Medium, Priority::Low][m % 3]
                                .code()
                                .into(),
                            status.code().into(),
                            progress.into(),
                            // One in twenty is internal.
                            i64::from(m % 20 != 7).into(),
                            ts.clone().into(),
                            ts.clone().into(),
                        ],
                    )
                    .await?;
                all_measures.push((id, concept == current, status, progress));
            }
        }
        self.measures.flush(tx).await?;

        let report_start = 2026 - o.report_years as i64;
        for (i, &(measure, current_version, status, progress)) in all_measures.iter().enumerate() {
            self.partners
                .push(tx, [measure.into(), actors[i % actors.len()].into()])
                .await?;
            self.partners
                .push(tx, [measure.into(), actors[(i + 3) % actors.len()].into()])
                .await?;
            self.measure_groups
                .push(tx, [measure.into(), groups[i % groups.len()].into()])
                .await?;
            self.measure_groups
                .push(tx, [measure.into(), groups[(i + 5) % groups.len()].into()])
                .await?;
            if !current_version {
                continue;
            }
            for year in 2022..=2025i64 {
                let amount = (5_000 + self.random.below(60) as i64 * 1_000) * CENTS;
                self.budget_lines
                    .push(
                        tx,
                        [
                            ids.take("budget_lines").into(),
                            measure.into(),
                            year.into(),
                            amount.into(),
                            [
                                "Kreishaushalt",
                                "Land (Integrationsförderung)",
                                "ESF Plus",
                                "Bund (BAMF)",
                            ][i % 4]
                                .into(),
                            Some(amount / 4).into(),
                        ],
                    )
                    .await?;
            }
            if status == MeasureStatus::Planned {
                continue;
            }
            let quarters = o.report_years * 4;
            for q in 0..quarters {
                let year = report_start + (q / 4) as i64;
                let day = ["03-31", "06-30", "09-30", "12-31"][q % 4];
                let share = (progress * (q as i64 + 1)) / quarters as i64;
                let state = if q + 1 == quarters {
                    status
                } else {
                    MeasureStatus::InProgress
                };
                self.reports
                    .push(
                        tx,
                        [
                            ids.take("progress_reports").into(),
                            measure.into(),
                            format!("{year}-{day}").into(),
                            state.code().into(),
                            share.into(),
                            format!(
                                "Quartal {}/{year}: {} Teilnehmende erreicht, {}",
                                q % 4 + 1,
                                5 + self.random.below(60),
                                [
                                    "Angebot läuft wie geplant.",
                                    "Nachfrage höher als erwartet, Warteliste eingerichtet.",
                                    "Personalwechsel beim Träger, Termine verschoben.",
                                    "Neue Kooperation mit einer Schule vereinbart.",
                                ][self.random.below(4)]
                            )
                            .into(),
                            Some((1_000 + self.random.below(40) as i64 * 250) * CENTS).into(),
                            Some(departments[i % departments.len()]).into(),
                            format!("{year}-{day}T12:00:00Z").into(),
                        ],
                    )
                    .await?;
            }
        }

        // The committee meets `meetings_per_year` times a year; papers go through it.
        let mut meetings = Vec::new();
        for y in 0..o.report_years as i64 {
            let year = report_start + y;
            for k in 0..o.meetings_per_year {
                let id = ids.take("meetings");
                let month = 1 + (k * 12 / o.meetings_per_year.max(1)) as i64;
                let day = 10 + (n % 15) as i64;
                meetings.push((id, format!("{year}-{month:02}-{day:02}")));
                self.meetings
                    .push(
                        tx,
                        [
                            id.into(),
                            body.into(),
                            format!(
                                "{}. Sitzung des Ausschusses für Soziales und Integration",
                                k + 1
                            )
                            .into(),
                            MeetingState::Held.code().into(),
                            format!("{year}-{month:02}-{day:02}T16:00:00Z").into(),
                            format!("{year}-{month:02}-{day:02}T18:30:00Z").into(),
                            ts.clone().into(),
                            ts.clone().into(),
                        ],
                    )
                    .await?;
                self.meeting_orgs
                    .push(tx, [id.into(), committee.into()])
                    .await?;
            }
        }
        self.meetings.flush(tx).await?;
        let current_measures: Vec<i64> = all_measures.iter().filter(|m| m.1).map(|m| m.0).collect();
        let mut positions = vec![0i64; meetings.len()];
        for p in 0..o.papers {
            let id = ids.take("papers");
            let (meeting, day) = &meetings[p % meetings.len()];
            let year = &day[..4];
            let kind = PaperType::ALL[p % PaperType::ALL.len()];
            let public = p % 25 != 11;
            self.papers
                .push(
                    tx,
                    [
                        id.into(),
                        body.into(),
                        format!("{year}/{:04}", p + 1).into(),
                        format!(
                            "{}: {} {}",
                            kind.label(),
                            THINGS[self.random.below(THINGS.len())],
                            WHERE[self.random.below(WHERE.len())]
                        )
                        .into(),
                        kind.code().into(),
                        day.clone().into(),
                        "Der Ausschuss nimmt den Bericht zur Kenntnis und empfiehlt dem Kreistag, die Maßnahmen fortzuführen."
                            .into(),
                        format!("{} Die Verwaltung berichtet über den Stand der Umsetzung.", WHY[self.random.below(WHY.len())])
                            .into(),
                        departments[p % departments.len()].into(),
                        Some(current).filter(|_| p == 0).into(),
                        i64::from(public).into(),
                        Some((20_000 + self.random.below(100) as i64 * 1_000) * CENTS).into(),
                        year.parse::<i64>().ok().into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
            self.paper_measures
                .push(
                    tx,
                    [
                        id.into(),
                        current_measures[p % current_measures.len()].into(),
                    ],
                )
                .await?;
            let slot = p % meetings.len();
            positions[slot] += 1;
            let item = ids.take("agenda_items");
            self.agenda_items
                .push(
                    tx,
                    [
                        item.into(),
                        (*meeting).into(),
                        positions[slot].into(),
                        format!("Ö {}", positions[slot]).into(),
                        format!("Vorlage {year}/{:04}", p + 1).into(),
                        i64::from(public).into(),
                        Some(id).into(),
                        Some("angenommen".to_owned()).into(),
                        Some(9 + (p % 3) as i64).into(),
                        Some((p % 2) as i64).into(),
                        Some(1i64).into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
            self.consultations
                .push(
                    tx,
                    [
                        ids.take("consultations").into(),
                        id.into(),
                        1i64.into(),
                        committee.into(),
                        Some(*meeting).into(),
                        Some(item).into(),
                        ConsultationRole::Decision.code().into(),
                        1i64.into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
        }
        self.cycles
            .push(
                tx,
                [
                    ids.take("reporting_cycles").into(),
                    body.into(),
                    committee.into(),
                    Some(current).into(),
                    "Sachstandsbericht zum Integrationskonzept".into(),
                    6i64.into(),
                    "2026-06-30".into(),
                    ts.clone().into(),
                    ts.clone().into(),
                ],
            )
            .await?;

        // Participation in making the 2022 version.
        let process = ids.take("participation_processes");
        self.processes
            .push(
                tx,
                [
                    process.into(),
                    current.into(),
                    format!("Beteiligung zum Integrationskonzept {place} 2022").into(),
                    "Bestandsaufnahme, Workshops in allen Planungsräumen und eine Online-Beteiligung."
                        .into(),
                    ts.clone().into(),
                    ts.clone().into(),
                ],
            )
            .await?;
        self.processes.flush(tx).await?;
        for (i, phase) in Phase::ALL.iter().enumerate() {
            let year = 2020 + i as i64;
            self.phases
                .push(
                    tx,
                    [
                        process.into(),
                        phase.code().into(),
                        Some(format!("{year}-01-01")).into(),
                        Some(format!("{year}-12-31")).into(),
                    ],
                )
                .await?;
        }
        let mut events = Vec::new();
        for e in 0..12usize {
            let id = ids.take("participation_events");
            events.push(id);
            let format = EventFormat::ALL[e % EventFormat::ALL.len()];
            self.events
                .push(
                    tx,
                    [
                        id.into(),
                        process.into(),
                        format.code().into(),
                        format!("{} {}", format.label(), e + 1).into(),
                        format!("2021-{:02}-15", e % 12 + 1).into(),
                        Some(format!("Kreishaus {place}")).into(),
                        Some(departments[9]).into(),
                        Some(20 + (e as i64) * 3).into(),
                        i64::from(e != 11).into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
            for (g, group) in groups.iter().enumerate().take(3) {
                self.participants
                    .push(
                        tx,
                        [
                            id.into(),
                            groups[(e + g) % groups.len()].into(),
                            (5 + g as i64).into(),
                        ],
                    )
                    .await?;
                let _ = group;
            }
        }
        self.events.flush(tx).await?;
        for c in 0..o.contributions {
            let id = ids.take("contributions");
            let status = ContributionStatus::ALL[c % ContributionStatus::ALL.len()];
            self.contributions
                .push(
                    tx,
                    [
                        id.into(),
                        events[c % events.len()].into(),
                        ContributionKind::ALL[c % ContributionKind::ALL.len()]
                            .code()
                            .into(),
                        format!(
                            "{} {} {}. {}",
                            WANTS[self.random.below(WANTS.len())],
                            THINGS[self.random.below(THINGS.len())],
                            WHERE[self.random.below(WHERE.len())],
                            WHY[self.random.below(WHY.len())]
                        )
                        .into(),
                        status.code().into(),
                        match status {
                            ContributionStatus::NotTaken => {
                                Some("Liegt nicht in der Zuständigkeit des Kreises.".to_owned())
                            }
                            _ => None,
                        }
                        .into(),
                        i64::from(c % 10 != 0).into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
            self.contribution_fields
                .push(
                    tx,
                    [id.into(), current_fields[c % current_fields.len()].into()],
                )
                .await?;
        }

        // A closed survey with published results.
        let survey = ids.take("surveys");
        self.surveys
            .push(
                tx,
                [
                    survey.into(),
                    body.into(),
                    format!("Befragung Zusammenleben in {place} 2024").into(),
                    "Wie erleben Sie das Zusammenleben im Kreis? Die Befragung ist anonym.".into(),
                    SurveyStatus::Closed.code().into(),
                    "de,en,ar,uk,tr".into(),
                    10i64.into(),
                    1i64.into(),
                    Some("2024-10-31".to_owned()).into(),
                    ts.clone().into(),
                    ts.clone().into(),
                ],
            )
            .await?;
        self.surveys.flush(tx).await?;
        let mut questions = Vec::new();
        for (q, text) in [
            "Wie zufrieden sind Sie mit den Beratungsangeboten?",
            "Wie gut fühlen Sie sich über Angebote informiert?",
            "Wie oft haben Sie Kontakt zu Nachbarinnen und Nachbarn?",
            "Haben Sie in den letzten zwölf Monaten einen Sprachkurs besucht?",
            "Wie lange leben Sie schon im Kreis?",
        ]
        .iter()
        .enumerate()
        {
            let id = ids.take("survey_questions");
            questions.push(id);
            self.questions
                .push(
                    tx,
                    [
                        id.into(),
                        survey.into(),
                        (q as i64 + 1).into(),
                        format!("f{}", q + 1).into(),
                        "single".into(),
                        (*text).into(),
                        1i64.into(),
                    ],
                )
                .await?;
        }
        self.questions.flush(tx).await?;
        for &question in &questions {
            for (k, label) in ["sehr gut", "eher gut", "eher schlecht", "schlecht"]
                .iter()
                .enumerate()
            {
                self.options
                    .push(
                        tx,
                        [
                            ids.take("survey_options").into(),
                            question.into(),
                            "option".into(),
                            (k as i64 + 1).into(),
                            (k + 1).to_string().into(),
                            (*label).into(),
                        ],
                    )
                    .await?;
            }
        }
        for r in 0..o.responses {
            let id = ids.take("survey_responses");
            self.responses
                .push(
                    tx,
                    [
                        id.into(),
                        survey.into(),
                        ["online", "paper"][r % 2].into(),
                        ["de", "de", "de", "ar", "uk", "tr", "en"][r % 7].into(),
                        format!("2024-{:02}-{:02}", 9 + r % 2, 1 + r % 28).into(),
                    ],
                )
                .await?;
            for &question in &questions {
                let value = (1 + self.random.below(4)).to_string();
                self.answers
                    .push(tx, [id.into(), question.into(), "".into(), value.into()])
                    .await?;
            }
        }
        Ok(())
    }
}

/// The variables with attributes that the default indicators read, each with its cells.
const NAMED: &[(&str, &str, &str, &[&str])] = &[
    (
        "BEVSTD",
        "Bevölkerungsstand",
        "Anzahl",
        &["", "GES=GESM", "GES=GESW"],
    ),
    (
        "ERW032",
        "Sozialversicherungspflichtig Beschäftigte am Arbeitsort",
        "Anzahl",
        &["", "NAT=NATA", "GES=GESW;NAT=NATA"],
    ),
    (
        "BEV030",
        "Schutzsuchende",
        "Anzahl",
        &[
            "SCHST2=SCHUTZST-AK-1",
            "SCHST2=SCHUTZST-AK-5",
            "SCHST2=SCHUTZST-OF",
        ],
    ),
];

/// Share of a region's population each cell of a named variable stands at.
const SHARES: &[&[f64]] = &[
    &[1.0, 0.49, 0.51],
    &[0.38, 0.05, 0.02],
    &[0.012, 0.004, 0.003],
];

impl Store {
    /// Generates and imports, through the statistics import, `variables` variables
    /// (the three the default indicators read, with their attributes, and synthetic
    /// totals) for `years` reference days up to 2024-12-31, for every Gemeinde, Kreis and
    /// Land of the directory and Germany; Kreise, Länder and Germany are the sums of their
    /// Gemeinden. Returns the number of observations.
    pub async fn generate_scale_statistics(&self, variables: usize, years: usize) -> Result<u64> {
        let generate = move |sink: &mut dyn teilhabe_stats::Sink| {
            let fail = |message: String| ReadError {
                file: "bench-data".into(),
                line: None,
                column: None,
                message,
            };
            let all = regions().all();
            // Gemeinden (not Gemeindeverbände) with their Kreis, Land; their population.
            let gemeinden: Vec<_> = all
                .iter()
                .filter(|r| r.level == Level::Gemeinde)
                .map(|r| (r.key, r.population.unwrap_or(1000) as f64))
                .collect();
            let table = "99999-01-01-4";
            sink.meta(Meta::Table {
                code: table.into(),
                label: "Teilhabe: erzeugte Daten für Lasttests".into(),
            })
            .map_err(fail)?;
            let mut codes: Vec<(String, String, Vec<String>, Vec<f64>)> = NAMED
                .iter()
                .zip(SHARES)
                .map(|((c, l, _, dims), s)| {
                    (
                        c.to_string(),
                        l.to_string(),
                        dims.iter().map(|d| d.to_string()).collect(),
                        s.to_vec(),
                    )
                })
                .collect();
            for v in codes.len()..variables {
                codes.push((
                    format!("TLH{v:03}"),
                    format!("Erzeugte Kennzahl {v}"),
                    vec![String::new()],
                    vec![0.001 * (v as f64 + 1.0)],
                ));
            }
            codes.truncate(variables);
            for (code, label, _, _) in &codes {
                sink.meta(Meta::Variable {
                    code: code.clone(),
                    label: label.clone(),
                    unit: Some("Anzahl".into()),
                })
                .map_err(fail)?;
            }
            for (variable, variable_label, code, label) in [
                ("GES", "Geschlecht", "GESM", "männlich"),
                ("GES", "Geschlecht", "GESW", "weiblich"),
                ("NAT", "Nationalität", "NATA", "Ausländer(innen)"),
                (
                    "SCHST2",
                    "Schutzstatus",
                    "SCHUTZST-AK-1",
                    "anerkannter Schutzstatus",
                ),
                (
                    "SCHST2",
                    "Schutzstatus",
                    "SCHUTZST-AK-5",
                    "unbefristeter Schutzstatus",
                ),
                (
                    "SCHST2",
                    "Schutzstatus",
                    "SCHUTZST-OF",
                    "offener Schutzstatus",
                ),
            ] {
                sink.meta(Meta::Attribute {
                    variable: variable.into(),
                    variable_label: variable_label.into(),
                    code: code.into(),
                    label: label.into(),
                })
                .map_err(fail)?;
            }
            let mut n = 0u64;
            let mut sums: std::collections::HashMap<&str, f64> = Default::default();
            for y in 0..years {
                let year = 2024 - (years - 1 - y);
                let period = format!("{year}-12-31");
                let growth = 1.0 + 0.004 * (year as f64 - 2012.0);
                for (code, _, dims, shares) in &codes {
                    for (dim, share) in dims.iter().zip(shares) {
                        sums.clear();
                        for (i, (key, population)) in gemeinden.iter().enumerate() {
                            // A little noise per Gemeinde, the same in every run.
                            let noise = 1.0 + ((i * 7 + year) % 11) as f64 / 200.0;
                            let value = (population * growth * share * noise).round();
                            for region in [&key[..5], &key[..2], "DG"] {
                                *sums.entry(region).or_insert(0.0) += value;
                            }
                            sink.observation(&Observation {
                                table,
                                variable: code,
                                region: key,
                                period: &period,
                                dims: dim,
                                value: Some(value),
                                flag: None,
                                quality: None,
                            })
                            .map_err(fail)?;
                            n += 1;
                        }
                        let mut totals: Vec<_> = sums.iter().collect();
                        totals.sort_by(|a, b| a.0.cmp(b.0));
                        for (region, value) in totals {
                            if regions().get(region).is_none() {
                                continue;
                            }
                            sink.observation(&Observation {
                                table,
                                variable: code,
                                region,
                                period: &period,
                                dims: dim,
                                value: Some(*value),
                                flag: None,
                                quality: None,
                            })
                            .map_err(fail)?;
                            n += 1;
                        }
                    }
                }
            }
            Ok(n)
        };
        let n = self
            .import_observations("bench-data".into(), generate)
            .await
            .map_err(|e| match e {
                crate::stats::StatsImportError::Store(e) => e,
                crate::stats::StatsImportError::Read(e) => StoreError::Refused(e.to_string()),
            })?;
        self.analyze().await?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn names_lose_their_kind() {
        assert_eq!(short_name("Kiel, Landeshauptstadt"), "Kiel");
        assert_eq!(short_name("Flensburg, Stadt"), "Flensburg");
        assert_eq!(short_name("Peine"), "Peine");
    }
}
