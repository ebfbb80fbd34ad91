//! One county's rows: its organisations, two concept versions with fields, goals,
//! measures, budgets and quarterly reports, the committee's meetings and papers, the
//! participation in making the concept, and a closed survey.

use crate::columns::Generator;
use crate::counties::ScaleOptions;
use crate::names::{ACTORS, DEPARTMENTS, FIELDS, GROUPS};
use crate::pages::{THINGS, WANTS, WHERE, WHY};
use crate::rows::{Ids, V};
use sqlx::{Any, Transaction};
use teilhabe_domain::participation::{ContributionKind, ContributionStatus, EventFormat, Phase};
use teilhabe_domain::surveys::SurveyStatus;
use teilhabe_domain::{
    BodyKind, Coded, ConceptKind, ConceptStatus, ConsultationRole, MeasureStatus, MeetingState,
    OrganizationKind, PaperType, Priority, Scope,
};
use teilhabe_store::Result;

/// Money is stored in cents.
const CENTS: i64 = 100;

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

/// What the parts of one county share: its ids and the records later parts refer to.
pub(crate) struct County {
    ts: String,
    body: i64,
    n: u64,
    departments: Vec<i64>,
    actors: Vec<i64>,
    committee: i64,
    coordinator: i64,
    groups: Vec<i64>,
    old: i64,
    current: i64,
    /// Every measure: id, whether of the version in force, status, progress.
    all_measures: Vec<(i64, bool, MeasureStatus, i64)>,
    current_fields: Vec<i64>,
    report_start: i64,
    name: String,
    place: String,
}

impl Generator {
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn body(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        o: &ScaleOptions,
        key: &str,
        place: (&str, &str),
        kind: BodyKind,
        n: u64,
    ) -> Result<()> {
        let mut c = self.people(tx, ids, key, place, kind, n).await?;
        c.report_start = 2026 - o.report_years as i64;
        self.concept_versions(tx, ids, o, &mut c).await?;
        self.reports(tx, ids, o, &c).await?;
        self.council_records(tx, ids, o, &c).await?;
        self.participation(tx, ids, o, &c).await?;
        self.survey(tx, ids, o, &c).await
    }

    /// The coordinator (every measure's contact) and one contact person with an address per
    /// department: who a reporting round writes to (bench/rounds.sh). Returns the
    /// coordinator.
    async fn contacts(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        key: &str,
        body: i64,
        departments: &[i64],
    ) -> Result<i64> {
        let ts = self.ts.clone();
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
                    format!("integration@kreis-{key}.example").into(),
                    1i64.into(),
                    ts.clone().into(),
                    ts.clone().into(),
                ],
            )
            .await?;
        for (i, department) in departments.iter().enumerate() {
            let id = ids.take("persons");
            self.persons
                .push(
                    tx,
                    [
                        id.into(),
                        body.into(),
                        format!("Ansprechperson FB {}", i + 1).into(),
                        "Sachbearbeitung".into(),
                        (*department).into(),
                        format!("fb{}@kreis-{key}.example", i + 1).into(),
                        0i64.into(),
                        ts.clone().into(),
                        ts.clone().into(),
                    ],
                )
                .await?;
        }
        self.persons.flush(tx).await?;
        Ok(coordinator)
    }

    /// The body, its departments, external actors, committee and council, the coordinator
    /// and the target groups.
    async fn people(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        key: &str,
        (name, place): (&str, &str),
        kind: BodyKind,
        n: u64,
    ) -> Result<County> {
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
        for (i, d) in DEPARTMENTS.iter().enumerate() {
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
        for (i, (a, class)) in ACTORS.iter().enumerate() {
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
        let coordinator = self.contacts(tx, ids, key, body, &departments).await?;
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

        Ok(County {
            ts,
            body,
            n,
            departments,
            actors,
            committee,
            coordinator,
            groups,
            old: 0,
            current: 0,
            all_measures: Vec::new(),
            current_fields: Vec::new(),
            report_start: 0,
            name: name.to_owned(),
            place: place.to_owned(),
        })
    }

    /// The superseded concept of 2016 and the one in force since 2022, with their fields,
    /// goals and measures.
    async fn concept_versions(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        o: &ScaleOptions,
        c: &mut County,
    ) -> Result<()> {
        let coordinator = c.coordinator;
        let ts = &c.ts;
        let departments = &c.departments;
        // The superseded concept of 2016 and the one in force since 2022.
        let (old, current) = self.two_versions(tx, ids, c).await?;

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
                let (status, progress) = self.status_and_progress(concept == old);
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

        c.old = old;
        c.current = current;
        c.all_measures = all_measures;
        c.current_fields = current_fields;
        Ok(())
    }

    /// The concept of 2016, superseded, and the one adopted in 2022; answers their ids.
    async fn two_versions(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        c: &County,
    ) -> Result<(i64, i64)> {
        let body = c.body;
        let ts = &c.ts;
        let name = &c.name;
        let place = &c.place;
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
        Ok((old, current))
    }

    /// A measure's status and progress: the old version's are completed, the others drawn.
    fn status_and_progress(&mut self, old_version: bool) -> (MeasureStatus, i64) {
        let status = if old_version {
            MeasureStatus::Completed
        } else {
            STATUSES[self.random.below(STATUSES.len())]
        };
        let progress = match status {
            MeasureStatus::Completed => 100,
            MeasureStatus::Planned => 0,
            _ => 10 + self.random.below(80) as i64,
        };
        (status, progress)
    }

    /// Budget lines, partners, target groups and the quarterly progress reports of every
    /// measure.
    async fn reports(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        o: &ScaleOptions,
        c: &County,
    ) -> Result<()> {
        let report_start = c.report_start;
        let departments = &c.departments;
        let actors = &c.actors;
        let groups = &c.groups;
        let all_measures = &c.all_measures;
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

        Ok(())
    }

    /// The committee's meetings, papers with agenda items and consultations, and the
    /// reporting cycle.
    async fn council_records(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        o: &ScaleOptions,
        c: &County,
    ) -> Result<()> {
        let body = c.body;
        let n = c.n;
        let committee = c.committee;
        let current = c.current;
        let report_start = c.report_start;
        let ts = &c.ts;
        let departments = &c.departments;
        let all_measures = &c.all_measures;
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

        Ok(())
    }

    /// Participation in making the 2022 version: the process, its phases, events and
    /// contributions.
    async fn participation(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        o: &ScaleOptions,
        c: &County,
    ) -> Result<()> {
        let current = c.current;
        let ts = &c.ts;
        let departments = &c.departments;
        let groups = &c.groups;
        let current_fields = &c.current_fields;
        let place = &c.place;
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

        Ok(())
    }

    /// A closed survey with published results.
    async fn survey(
        &mut self,
        tx: &mut Transaction<'static, Any>,
        ids: &mut Ids,
        o: &ScaleOptions,
        c: &County,
    ) -> Result<()> {
        let body = c.body;
        let ts = &c.ts;
        let place = &c.place;
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
