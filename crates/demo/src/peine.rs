//! S1 and S3: Landkreis Peine — the Leitbild Integration of 2006 and the integration
//! concept of 2022 that replaced it, with a full measure plan and progress reports.

use crate::build::{COMMON_GROUPS, Demo, MeasureSpec, Outcome, Track};
use crate::peine_plan::PLAN;
use teilhabe_domain::ConsultationRole;
use teilhabe_domain::controlling::ReportInterval;
use teilhabe_domain::resolutions::{ResolutionKind, ResolutionStatus};
use teilhabe_domain::{
    ActorClass as A, BodyKind, ConceptKind, ConceptStatus, MeasureStatus, OrganizationKind as K,
    Priority as P, Scope as S,
};
use teilhabe_store::{Result, Store};

/// The organisations: `(handle, name, kind, classification)`.
const ORGS: &[(&str, &str, K, Option<A>)] = &[
    ("mut", "Referat Migration und Teilhabe", K::Department, None),
    ("soziales", "Fachdienst Soziales", K::Department, None),
    ("jugend", "Fachdienst Jugend", K::Department, None),
    (
        "bildung",
        "Fachdienst Bildung und Schule",
        K::Department,
        None,
    ),
    ("gesundheit", "Fachdienst Gesundheit", K::Department, None),
    (
        "personal",
        "Fachdienst Personal und Organisation",
        K::Department,
        None,
    ),
    ("leitstelle", "Leitstelle Integration", K::Department, None),
    (
        "stab",
        "Koordinierungsstab Migration und Teilhabe",
        K::SteeringGroup,
        None,
    ),
    (
        "kommission",
        "Kommission Migration und Teilhabe (Stadt und Landkreis Peine)",
        K::SteeringGroup,
        None,
    ),
    (
        "steuerung2006",
        "Steuerungsgruppe Integration",
        K::SteeringGroup,
        None,
    ),
    (
        "ags",
        "Ausschuss für Gesundheit, Arbeit und Soziales",
        K::Committee,
        None,
    ),
    (
        "afas",
        "Ausschuss für Frauen, Arbeit und Soziales",
        K::Committee,
        None,
    ),
    ("ka", "Kreisausschuss", K::Committee, None),
    ("kt", "Kreistag des Landkreises Peine", K::Council, None),
    (
        "jobcenter",
        "Jobcenter Landkreis Peine",
        K::External,
        Some(A::Jobcenter),
    ),
    ("afa", "Agentur für Arbeit", K::External, Some(A::Jobcenter)),
    ("caritas", "Caritasverband", K::External, Some(A::Welfare)),
    (
        "diakonie",
        "Diakonisches Werk",
        K::External,
        Some(A::Welfare),
    ),
    ("awo", "AWO Kreisverband", K::External, Some(A::Welfare)),
    ("drk", "DRK-Kreisverband", K::External, Some(A::Welfare)),
    (
        "kvhs",
        "Kreisvolkshochschule",
        K::External,
        Some(A::Education),
    ),
    (
        "bbs",
        "Berufsbildende Schulen",
        K::External,
        Some(A::Education),
    ),
    (
        "mso",
        "Netzwerk der Migrantenorganisationen",
        K::External,
        Some(A::MigrantOrganisation),
    ),
    (
        "gemeinden",
        "Gemeinden des Landkreises (Flüchtlingssozialarbeit)",
        K::External,
        Some(A::Municipality),
    ),
    ("stadt", "Stadt Peine", K::External, Some(A::Municipality)),
    (
        "kammern",
        "Industrie- und Handelskammer / Kreishandwerkerschaft",
        K::External,
        Some(A::Business),
    ),
    (
        "dgb",
        "Gewerkschaftsbund, Region",
        K::External,
        Some(A::Union),
    ),
    (
        "kirche",
        "Ev.-luth. Kirchenkreis",
        K::External,
        Some(A::Church),
    ),
    ("sport", "Kreissportbund", K::External, Some(A::Association)),
    (
        "ehrenamt",
        "Freiwilligenagentur",
        K::External,
        Some(A::Association),
    ),
    (
        "klinikum",
        "Klinikum und niedergelassene Praxen",
        K::External,
        Some(A::Health),
    ),
];

pub async fn load(store: &Store) -> Result<()> {
    let mut d = Demo::body(
        store,
        "03157",
        "Landkreis Peine",
        BodyKind::Landkreis,
        "https://www.landkreis-peine.de",
    )
    .await?;
    d.orgs(ORGS).await?;
    d.groups(COMMON_GROUPS).await?;
    d.role(
        "referatsleitung",
        "Referatsleitung Migration und Teilhabe",
        "mut",
    )
    .await?;
    d.role("koordination", "Integrationskoordination", "mut")
        .await?;
    d.role(
        "bildungskoordination",
        "Bildungskoordination für Neuzugewanderte",
        "bildung",
    )
    .await?;
    d.role("uem", "Übergangsmanagement", "mut").await?;
    // Who works in the steering bodies (a demo choice: the seeds name the bodies, not
    // their seats). Advisory seats carry no vote.
    d.member("referatsleitung", "stab", "Leitung", true).await?;
    d.member("koordination", "stab", "Geschäftsführung", true)
        .await?;
    d.member("bildungskoordination", "stab", "Mitglied", true)
        .await?;
    d.member(
        "koordination",
        "kommission",
        "Geschäftsführung (beratend)",
        false,
    )
    .await?;

    d.store
        .create_legislative_term(
            d.body_id,
            &teilhabe_domain::council::LegislativeTermDraft {
                name: "Wahlperiode 2021–2026".into(),
                period: teilhabe_domain::Period::new(
                    Some(crate::build::date("2021-11-01")),
                    Some(crate::build::date("2026-10-31")),
                )
                .unwrap_or_default(),
            },
        )
        .await?;
    load_2006(&mut d).await?;
    load_2022(&mut d).await?;
    crate::peine_revision::link(&d).await
}

/// S3: the Leitbild of 2006 — introduction, three guiding principles, four fields with
/// measures, controlling; prepared by five working groups in 2004–2005.
async fn load_2006(d: &mut Demo<'_>) -> Result<()> {
    for (i, topic) in [
        "Sprache und Bildung",
        "Arbeit und Beruf",
        "Soziale Integration",
        "Interkulturelle Öffnung",
        "Leitbild",
    ]
    .iter()
    .enumerate()
    {
        let handle: &'static str = ["ag1", "ag2", "ag3", "ag4", "ag5"][i];
        d.org_with_period(
            handle,
            &format!("Arbeitsgruppe {}: {topic}", i + 1),
            K::WorkingGroup,
            None,
            Some("2004-09-30"),
            Some("2005-03-31"),
        )
        .await?;
    }
    let c = d
        .concept(
            "Leitbild Integration",
            ConceptKind::Leitbild,
            "2006",
            ConceptStatus::Adopted,
            Some("2006-06-14"),
            Some("2006/037"),
            "Auf Anregung aus dem Kreistag griff die Kreisverwaltung das Thema Migration und Integration im zweiten Halbjahr 2004 auf. \
             Nach einer Auftaktveranstaltung am 30.09.2004 mit Wohlfahrtsverbänden, Kirchen, Gewerkschaften und Vereinen von Zugewanderten \
             erarbeiteten fünf Arbeitsgruppen bis März 2005 Ziele, Bedarfe und Maßnahmen. Eine fachbereichsübergreifende Gruppe der \
             Verwaltung formte daraus einen Entwurf, der am 27.04.2006 mit den Akteuren beraten und danach ergänzt wurde. \
             Das Leitbild besteht aus einer Einleitung, drei Leitsätzen, vier Handlungsfeldern mit Maßnahmen und einem Abschnitt zum Controlling. \
             Gesteuert wird die Integrationsarbeit von der Leitstelle Integration und einer Steuerungsgruppe; ein Integrationsbeirat wurde \
             vorerst nicht eingerichtet. Beschluss: Ausschuss für Frauen, Arbeit und Soziales am 15.05.2006, Kreistag am 14.06.2006.",
        )
        .await?;
    d.principles(
        c,
        &[
            ("Integration ist eine gemeinsame Aufgabe von Einheimischen und Zugewanderten.", "Gelingende Integration braucht Schritte von beiden Seiten und den Dialog zwischen ihnen."),
            ("Sprache und Bildung öffnen die Türen zur Teilhabe.", "Der Landkreis unterstützt den Erwerb der deutschen Sprache und gleiche Bildungschancen."),
            ("Vielfalt wird als Bereicherung für den Landkreis verstanden.", "Verwaltung, Verbände und Vereine wirken gegen Ausgrenzung und für ein respektvolles Miteinander."),
        ],
    )
    .await?;
    let plan: [(&str, &str, &str, &str); 4] = [
        (
            "Sprache und Bildung",
            "Deutschkenntnisse und Bildungserfolg stärken",
            "S-1",
            "Sprachkursangebote kreisweit abstimmen und bekannt machen",
        ),
        (
            "Arbeit",
            "Zugang zu Ausbildung und Arbeit verbessern",
            "A-1",
            "Beratung zur beruflichen Eingliederung bündeln",
        ),
        (
            "Soziale Integration",
            "Begegnung und Engagement fördern",
            "G-1",
            "Begegnungsangebote in Vereinen und Nachbarschaften unterstützen",
        ),
        (
            "Interkulturelle Öffnung der Verwaltung",
            "Die Verwaltung öffnet sich für alle Bürgerinnen und Bürger",
            "V-1",
            "Fortbildungen zur interkulturellen Kompetenz für Beschäftigte",
        ),
    ];
    let mut measures = Vec::new();
    for (field, goal, code, measure) in plan {
        let f = d
            .field(c, field, "Handlungsfeld des Leitbilds von 2006.")
            .await?;
        let g = d.goal(f, goal, None).await?;
        let m = d
            .measure(
                g,
                &MeasureSpec {
                    code,
                    title: measure,
                    description: "Maßnahme aus dem Leitbild 2006; fortgeführt oder abgelöst durch das Integrationskonzept 2022.",
                    lead: "leitstelle",
                    partners: &["steuerung2006"],
                    contact: None,
                    groups: &["migrants"],
                    scope: S::County,
                    scope_detail: None,
                    start: "2006-07-01",
                    end: Some("2021-12-31"),
                    priority: P::Medium,
                    budget: &[],
                },
            )
            .await?;
        d.report(
            m,
            "2021-12-31",
            MeasureStatus::Completed,
            100,
            "Mit dem Integrationskonzept 2022 in neue Maßnahmen überführt.",
            None,
            "leitstelle",
        )
        .await?;
        measures.push((code, m));
    }
    let f = d.field(c, "Controlling", "Die Steuerungsgruppe prüft jährlich, was umgesetzt wurde, und berichtet dem Fachausschuss.").await?;
    d.goal(
        f,
        "Jährlicher Bericht der Leitstelle Integration an den Fachausschuss",
        None,
    )
    .await?;
    crate::participation::peine_2006(d, c, &measures).await?;

    adopt_2006(d, c).await
}

/// Paper 2006/037 and its consultation sequence: committee → Kreisausschuss → Kreistag.
async fn adopt_2006(d: &Demo<'_>, c: i64) -> Result<()> {
    let paper = d
        .paper(
            "2006/037",
            "Leitbild Integration",
            Some("soziales"),
            None,
            Some("Sachbearbeitung Fachdienst Soziales"),
            Some(c),
            "Der Kreistag beschließt das vorgelegte Leitbild Integration.",
            "Fünf Arbeitsgruppen aus Verwaltung, Verbänden, Kirchen, Gewerkschaften und Vereinen von Zugewanderten haben \
             2004 und 2005 Ziele, Bedarfe und Maßnahmen erarbeitet; eine fachbereichsübergreifende Gruppe der Verwaltung hat daraus \
             den Entwurf entwickelt, der im April 2006 mit den Akteuren beraten wurde. Ein Integrationsbeirat ist vorerst nicht vorgesehen.",
            None,
        )
        .await?;
    let committee = d
        .meeting(
            "Sitzung des Ausschusses für Frauen, Arbeit und Soziales",
            "afas",
            "15.05.2006",
            None,
            None,
            None,
        )
        .await?;
    let outcome = || Outcome {
        number: None,
        result: "ungeändert beschlossen",
        votes: None,
        unanimous: false,
        minutes: None,
    };
    d.consult(
        paper,
        "afas",
        Some(committee),
        ConsultationRole::Preliminary,
        Some(outcome()),
    )
    .await?;
    d.consult(paper, "ka", None, ConsultationRole::Preliminary, None)
        .await?;
    let council = d
        .meeting(
            "Sitzung des Kreistages des Landkreises Peine",
            "kt",
            "14.06.2006",
            None,
            None,
            None,
        )
        .await?;
    d.consult(
        paper,
        "kt",
        Some(council),
        ConsultationRole::Decision,
        Some(outcome()),
    )
    .await?;
    // Resolution tracking: the Leitbild was carried out until the 2022 concept replaced
    // it; the integration advisory council it left aside comes back with the yearly report.
    d.track(
        paper,
        Some(council),
        &Track {
            kind: ResolutionKind::Resolution,
            title: "Leitbild Integration umsetzen",
            lead: Some("soziales"),
            due: None,
            status: ResolutionStatus::Done,
            resubmission: None,
            done: Some("2022-03-22"),
            notes: Some("Abgelöst durch das Integrationskonzept 2022 (Drucksache 2022/032)."),
            measures: &[],
        },
    )
    .await?;
    d.track(
        paper,
        Some(council),
        &Track {
            kind: ResolutionKind::Deferral,
            title: "Integrationsbeirat einrichten",
            lead: Some("soziales"),
            due: None,
            status: ResolutionStatus::Deferred,
            resubmission: Some("2027-03-22"),
            done: None,
            notes: Some("2006 vorläufig zurückgestellt; bis dahin beteiligt die Steuerungsgruppe die Akteure. Wieder vorzulegen mit dem jährlichen Sachstandsbericht."),
            measures: &[],
        },
    )
    .await
}

/// S1: the integration concept of 2022.
async fn load_2022(d: &mut Demo<'_>) -> Result<()> {
    let c = d
        .concept(
            "Integrationskonzept des Landkreises Peine",
            ConceptKind::Concept,
            "2022",
            ConceptStatus::Adopted,
            Some("2022-03-22"),
            Some("2022/032"),
            "Das Konzept erklärt zuerst, was Integration als gesellschaftliche Teilhabe für den Landkreis bedeutet und wen sie betrifft: \
             die Aufnahmegesellschaft ebenso wie Zugewanderte und Menschen mit Migrationsgeschichte. Es enthält ein gemeinsam mit den \
             Akteurinnen und Akteuren neu gefasstes Leitbild, das das Leitbild von 2006 ersetzt. Es beschreibt die Strukturen des \
             Integrationsmanagements — die ressortübergreifende Zusammenarbeit, den Koordinierungsstab Migration und Teilhabe für Krisenlagen \
             und die Kommission von Stadt und Landkreis, die Doppelstrukturen vermeidet. Ein Integrationsmonitoring stellt Eckdaten im \
             gedruckten Konzept dar, weitere Daten online. Beteiligungsgremien, eine geplante Integrationskonferenz und Workshops in den \
             Gemeinden setzen die Arbeit fort; QR-Codes im Druck führen zu den Online-Inhalten. Der Fachausschuss stimmte am 22.03.2022 \
             mit 10 Ja-Stimmen ohne Gegenstimmen und Enthaltungen zu.",
        )
        .await?;
    d.principles(
        c,
        &[
            ("Teilhabe für alle", "Alle Menschen im Landkreis sollen gleichberechtigt am gesellschaftlichen, wirtschaftlichen, politischen und kulturellen Leben teilhaben können."),
            ("Vielfalt als Stärke", "Unterschiedliche Herkunft, Sprachen und Lebenswege sind ein Gewinn für die Region."),
            ("Auf Augenhöhe beteiligen", "Zugewanderte und Einheimische gestalten Integration gemeinsam; ihre Erfahrung fließt in Planung und Umsetzung ein."),
            ("Gemeinsame Verantwortung", "Integration gelingt nur, wenn Verwaltung, Politik, Träger, Wirtschaft und Zivilgesellschaft zusammenwirken."),
            ("Offene Verwaltung", "Die Kreisverwaltung ist für alle da: verständlich, erreichbar und diskriminierungsfrei."),
        ],
    )
    .await?;

    // Paper 2022/032 in the committee on 22.03.2022, then the Kreistag.
    let mensa = d
        .location(
            "Mensa des Schulzentrums Ilsede",
            "Schulzentrum Ilsede",
            "Am Schulzentrum 35",
            "31241",
            "Ilsede",
        )
        .await?;
    let meeting = d
        .meeting(
            "2. Sitzung des Ausschusses für Gesundheit, Arbeit und Soziales",
            "ags",
            "22.03.2022 17:00",
            Some("22.03.2022 19:34"),
            Some(mensa),
            Some("Es gelten die 3G-Regel und die Maskenpflicht."),
        )
        .await?;
    let paper = d
        .paper(
            "2022/032",
            "Integrationskonzept des Landkreises Peine",
            Some("mut"),
            None,
            Some("Sachbearbeitung Referat Migration und Teilhabe"),
            Some(c),
            "Dem Integrationskonzept des Landkreises Peine und der Umsetzung der darin vorgeschlagenen Maßnahmen wird zugestimmt.",
            "Das Konzept verbindet die bisherige Integrationsarbeit des Landkreises mit den geplanten Maßnahmen. Es erklärt die \
             Bedeutung von Integration, enthält das mit den Akteuren neu gefasste Leitbild, beschreibt das Integrationsmanagement \
             und stellt Eckdaten des Integrationsmonitorings dar. QR-Codes im Druck führen zu weiteren Inhalten im Netz.",
            None,
        )
        .await?;
    d.consult(
        paper,
        "ags",
        Some(meeting),
        ConsultationRole::Preliminary,
        Some(Outcome {
            number: Some("Ö 12"),
            result: "ungeändert beschlossen",
            votes: Some((10, 0, 0, 0)),
            unanimous: false,
            minutes: Some("Das Referat stellt die Teile des Konzepts vor und bietet an, es in den Fraktionen vorzustellen; \
                 die Verstärkung der Flüchtlingssozialarbeit in den Gemeinden wird mit den Hauptverwaltungsbeamten abgestimmt."),
        }),
    )
    .await?;
    d.consult(paper, "kt", None, ConsultationRole::Decision, None)
        .await?;
    d.cycle(
        "Jährlicher Sachstandsbericht zum Integrationskonzept",
        "ags",
        12,
        "2027-03-22",
        Some(c),
        Some(paper),
    )
    .await?;

    // The measures reported half-yearly until the end of 2025 (below); since then nobody
    // was asked — the reporting round of the controlling demo asks them. Actors' reports
    // wait for the coordination's approval.
    d.reporting_interval(ReportInterval::HalfYearly, true)
        .await?;
    let mut plan = Vec::new();
    for (field, description, goals) in PLAN {
        let f = d.field(c, field, description).await?;
        for (goal, target, measures) in *goals {
            let g = d.goal(f, goal, *target).await?;
            for spec in *measures {
                let m = d.measure(g, spec).await?;
                reports(d, m, spec).await?;
                for (_, title, due, done) in MILESTONES.iter().filter(|x| x.0 == spec.code) {
                    d.milestone(m, title, due, *done).await?;
                }
                plan.push((m, spec));
            }
        }
    }
    track_2022(d, paper, meeting, &plan).await?;
    round(d, c, &plan).await
}

/// Resolution tracking of paper 2022/032: carrying out the concept's measures (decided by
/// the Kreistag, recorded on the paper), and the committee's follow-up on refugee social
/// work in the municipalities, whose deadline has passed.
async fn track_2022(
    d: &Demo<'_>,
    paper: i64,
    meeting: i64,
    plan: &[(i64, &MeasureSpec)],
) -> Result<()> {
    let measures = |codes: &[&str]| -> Vec<i64> {
        plan.iter()
            .filter(|(_, s)| codes.contains(&s.code))
            .map(|(m, _)| *m)
            .collect()
    };
    d.track(
        paper,
        None,
        &Track {
            kind: ResolutionKind::Resolution,
            title: "Maßnahmen des Integrationskonzepts umsetzen und jährlich berichten",
            lead: Some("mut"),
            due: None,
            status: ResolutionStatus::InProgress,
            resubmission: None,
            done: None,
            notes: Some("Jährlicher Sachstandsbericht an den Fachausschuss; die Maßnahmen berichten halbjährlich."),
            measures: &measures(&["1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1"]),
        },
    )
    .await?;
    d.track(
        paper,
        Some(meeting),
        &Track {
            kind: ResolutionKind::ReviewRequest,
            title: "Verstärkung der Flüchtlingssozialarbeit mit den Hauptverwaltungsbeamten der Gemeinden abstimmen",
            lead: Some("mut"),
            due: Some("2026-09-30"),
            status: ResolutionStatus::InProgress,
            resubmission: None,
            done: None,
            notes: Some("Die Abstimmung hat begonnen; ihr Ergebnis steht noch aus."),
            measures: &measures(&["4.2"]),
        },
    )
    .await
}

/// The lead organisations that have a contact address for reports in the demo (the
/// Referat's reports reach its actor account; the Kreissportbund, the steering group and
/// the commission have none yet, which the round page points out), and those that
/// answered the autumn round: the Diakonie for one of its two measures only.
const ROUND_CONTACTS: &[&str] = &[
    "kvhs",
    "bildung",
    "afa",
    "diakonie",
    "soziales",
    "gemeinden",
    "awo",
    "personal",
];
const ROUND_ANSWERED: &[&str] = &["kvhs", "awo", "diakonie"];

/// The reporting round of autumn 2026: asked on 1 October, due on 15 November. Two
/// organisations answered in full, the Diakonie for its running measure but not for the
/// one whose period ended in March; the others are late.
async fn round(d: &mut Demo<'_>, concept: i64, plan: &[(i64, &MeasureSpec)]) -> Result<()> {
    for org in ROUND_CONTACTS {
        d.contact(
            None,
            "Ansprechperson für Sachstandsberichte",
            org,
            Some(format!("berichte.{org}@peine.teilhabe-demo.example")),
        )
        .await?;
    }
    let draft = teilhabe_domain::controlling::rounds::RoundDraft {
        title: "Sachstandsabfrage Herbst 2026".into(),
        message: "Für den Sachstandsbericht an den Ausschuss im Frühjahr bitten wir um einen kurzen Stand \
                  jeder Maßnahme: was erreicht wurde, was ansteht und wo Unterstützung nötig ist."
            .into(),
        deadline: crate::build::date("2026-11-15"),
        closes_on: crate::build::date("2027-01-14"),
        remind_before_days: 7,
        remind_after_days: 14,
    };
    d.round(concept, &draft, "2026-10-01").await?;
    for (m, spec) in plan {
        let answered = ROUND_ANSWERED.contains(&spec.lead);
        if !answered || matches!(spec.end, Some(end) if end < "2026-10-01") {
            continue;
        }
        d.report(
            *m,
            "2026-11-10",
            MeasureStatus::InProgress,
            70,
            "Die Maßnahme läuft wie geplant; die Angebote des Herbstes sind ausgebucht, für das Frühjahr werden zusätzliche Termine vorbereitet.",
            None,
            spec.lead,
        )
        .await?;
    }
    // The social services office answered too; its report waits for approval.
    for (m, spec) in plan.iter().filter(|(_, s)| s.lead == "soziales") {
        d.actor_report(
            *m,
            "2026-11-12",
            55,
            "Die Beratung in den Unterkünften läuft in allen Gemeinden; offen ist die Vertretung während der Elternzeit einer Fachkraft.",
            spec.lead,
        )
        .await?;
    }
    Ok(())
}

/// Milestones of the 2022 measures `(code, title, due, done)`: one reached, two late (their
/// date passed in autumn 2026), one ahead.
const MILESTONES: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "1.1",
        "Kursbörse mit freien Plätzen online",
        "2026-03-31",
        Some("2026-03-20"),
    ),
    (
        "1.1",
        "Abendkurse für Berufstätige in allen Gemeinden",
        "2026-10-31",
        None,
    ),
    (
        "2.3",
        "Beratungssprechstunden in allen Gemeinden eingerichtet",
        "2026-09-30",
        None,
    ),
    (
        "3.2",
        "Pool mit 30 Sprachmittlerinnen und Sprachmittlern aufgebaut",
        "2027-06-30",
        None,
    ),
];

/// Half-yearly reports from mid-2023 to the end of 2025, deterministic per measure, so
/// that the history and the "as of" views have something to show.
async fn reports(d: &Demo<'_>, measure_id: i64, spec: &MeasureSpec) -> Result<()> {
    let seed: usize = spec.code.bytes().map(usize::from).sum();
    let dates = [
        "2023-06-30",
        "2023-12-31",
        "2024-06-30",
        "2024-12-31",
        "2025-06-30",
        "2025-12-31",
    ];
    let stalls = seed % 7 == 3;
    let yearly_budget: i64 =
        spec.budget.iter().map(|b| b.1).sum::<i64>() / spec.budget.len().max(1) as i64;
    let mut progress: i64 = 0;
    for (i, on) in dates.iter().enumerate() {
        if on < &spec.start {
            continue;
        }
        let step = 8 + (seed + i * 5) % 12;
        progress = (progress + step as i64).min(100);
        let finished = spec.end.is_some_and(|end| *on >= end);
        let (status, text) = if finished {
            progress = 100;
            (
                MeasureStatus::Completed,
                "Die Maßnahme ist abgeschlossen; die Ergebnisse sind dokumentiert und an die Träger übergeben.",
            )
        } else if stalls && i >= 3 {
            (
                MeasureStatus::Delayed,
                "Die Umsetzung verzögert sich, weil Personal fehlt; eine Nachbesetzung ist beantragt.",
            )
        } else if progress < 15 {
            (
                MeasureStatus::InProgress,
                "Die Vorbereitung läuft: Partner sind angesprochen, ein Zeitplan ist abgestimmt.",
            )
        } else if progress < 45 {
            (
                MeasureStatus::InProgress,
                "Erste Angebote laufen; die Rückmeldungen der Teilnehmenden werden ausgewertet.",
            )
        } else if progress < 80 {
            (
                MeasureStatus::InProgress,
                "Die Angebote sind etabliert und werden gut angenommen; weitere Gemeinden kommen hinzu.",
            )
        } else {
            (
                MeasureStatus::InProgress,
                "Die Maßnahme läuft stabil; die Verstetigung über das Förderende hinaus wird vorbereitet.",
            )
        };
        let spent =
            (yearly_budget > 0).then(|| yearly_budget / 2 * (85 + (seed % 20) as i64) / 100);
        d.report(measure_id, on, status, progress, text, spent, spec.lead)
            .await?;
        if finished {
            break;
        }
    }
    Ok(())
}

/// The city of Peine, partner in the city–county commission.
pub async fn load_city(store: &Store) -> Result<()> {
    let mut d = Demo::body(
        store,
        "03157006",
        "Stadt Peine",
        BodyKind::Stadt,
        "https://www.peine.de",
    )
    .await?;
    d.orgs(&[
        (
            "integration",
            "Fachbereich Integration und Soziales",
            K::Department,
            None,
        ),
        ("rat", "Rat der Stadt Peine", K::Council, None),
        (
            "kommission",
            "Kommission Migration und Teilhabe (Stadt und Landkreis Peine)",
            K::SteeringGroup,
            None,
        ),
        (
            "landkreis",
            "Landkreis Peine, Referat Migration und Teilhabe",
            K::External,
            Some(A::Municipality),
        ),
    ])
    .await?;
    d.groups(&COMMON_GROUPS[..6]).await?;
    city_concept(&d).await?;
    let county = store.body_by_key("03157").await?;
    store
        .set_alignment_note(
            county.id,
            d.body_id,
            Some(
                "Die Kommission hat vereinbart: Der Landkreis stimmt die Sprachkurse kreisweit ab und führt die Kursbörse; \
                 die Stadt verweist im Bürgerbüro darauf und baut keine eigene Übersicht auf. Begegnung und Quartiersarbeit \
                 in der Kernstadt liegen bei der Stadt, die Flüchtlingssozialarbeit beim Landkreis.",
            ),
        )
        .await
}

/// The city's own concept: two fields, four measures. One of them — a course overview of
/// its own — is what the commission agreed to leave to the county: the planted duplicate
/// the side-by-side view flags (the figures and wording are the demo's own).
async fn city_concept(d: &Demo<'_>) -> Result<()> {
    let concept = d
        .concept(
            "Integrationskonzept der Stadt Peine",
            ConceptKind::Concept,
            "2024",
            ConceptStatus::Adopted,
            Some("2024-03-14"),
            None,
            "Die Stadt bündelt ihre Angebote für Neuzugewanderte und das Zusammenleben in den Stadtteilen.",
        )
        .await?;
    let spec = |code, title, description, groups, start| MeasureSpec {
        code,
        title,
        description,
        lead: "integration",
        partners: &[],
        contact: None,
        groups,
        scope: S::Municipality,
        scope_detail: Some("Stadt Peine"),
        start,
        end: Some("2027-12-31"),
        priority: P::Medium,
        budget: &[],
    };
    let plan: [(&str, &str, [MeasureSpec; 2]); 2] = [
        (
            "Sprache und Bildung in der Stadt",
            "Neuzugewanderte finden rasch einen Kurs und Hilfe beim Lernen",
            [
                spec(
                    "S1",
                    "Sprachkursbörse im Bürgerbüro",
                    "Eine Übersicht der Sprachkurse mit freien Plätzen in der Stadt und Beratung zur Auswahl des passenden Kurses.",
                    &["refugees", "eu"],
                    "2024-06-01",
                ),
                spec(
                    "S2",
                    "Lernhilfe am Nachmittag",
                    "Ehrenamtliche helfen Kindern der Grundschulen in der Kernstadt nach dem Unterricht.",
                    &["youth"],
                    "2024-09-01",
                ),
            ],
        ),
        (
            "Zusammenleben in den Stadtteilen",
            "Nachbarn lernen sich kennen",
            [
                spec(
                    "Z1",
                    "Stadtteilfest Südstadt",
                    "Jedes Jahr im Juni feiern Initiativen und Anwohner auf dem Marktplatz der Südstadt.",
                    &["host"],
                    "2024-06-01",
                ),
                spec(
                    "Z2",
                    "Willkommensbriefe der Bürgermeisterin",
                    "Wer neu in die Stadt zieht, bekommt einen Brief in seiner Sprache mit den wichtigsten Anlaufstellen.",
                    &["eu", "women"],
                    "2025-01-01",
                ),
            ],
        ),
    ];
    for (field, goal, measures) in &plan {
        let f = d.field(concept, field, "").await?;
        let g = d.goal(f, goal, None).await?;
        for m in measures {
            d.measure(g, m).await?;
        }
    }
    Ok(())
}
