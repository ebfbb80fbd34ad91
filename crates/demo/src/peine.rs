//! S1 and S3: Landkreis Peine — the Leitbild Integration of 2006 and the integration
//! concept of 2022 that replaced it, with a full measure plan and progress reports.

use crate::build::{COMMON_GROUPS, Demo, MeasureSpec, Outcome};
use teilhabe_domain::ConsultationRole;
use teilhabe_domain::{
    ActorClass as A, BodyKind, ConceptKind, ConceptStatus, MeasureStatus, OrganizationKind as K,
    Priority as P, Scope as S,
};
use teilhabe_store::{Result, Store};

pub async fn load(store: &Store) -> Result<()> {
    let mut d = Demo::body(
        store,
        "03157",
        "Landkreis Peine",
        BodyKind::Landkreis,
        "https://www.landkreis-peine.de",
    )
    .await?;
    d.orgs(&[
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
    ])
    .await?;
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
            &teilhabe_domain::meetings::LegislativeTermDraft {
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
    load_2022(&d).await
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

    // Paper 2006/037 and its consultation sequence: committee → Kreisausschuss → Kreistag.
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
    .await
}

/// S1: the integration concept of 2022.
async fn load_2022(d: &Demo<'_>) -> Result<()> {
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

    for (field, description, goals) in PLAN {
        let f = d.field(c, field, description).await?;
        for (goal, target, measures) in *goals {
            let g = d.goal(f, goal, *target).await?;
            for spec in *measures {
                let m = d.measure(g, spec).await?;
                reports(d, m, spec).await?;
            }
        }
    }
    Ok(())
}

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

type Goals = &'static [(&'static str, Option<&'static str>, &'static [MeasureSpec])];

const LAND: &str = "Land Niedersachsen";
const BUND: &str = "Bund (BAMF)";
const ESF: &str = "ESF Plus";
const KREIS: &str = "Haushalt Landkreis";

const PLAN: &[(&str, &str, Goals)] = &[
    (
        "Sprache und Bildung",
        "Deutschkenntnisse, frühe Bildung und Schulerfolg als Grundlage jeder Teilhabe.",
        &[
            (
                "Alle Neuzugewanderten finden zeitnah einen passenden Sprachkurs",
                Some("Wartezeit auf einen Integrationskurs unter 3 Monaten bis 2025"),
                &[
                    MeasureSpec {
                        code: "1.1",
                        title: "Sprachkurskoordination und Kursbörse",
                        description: "Eine kreisweite Übersicht über alle Integrations- und Sprachkurse mit freien Plätzen; Beratung zur Auswahl des passenden Kurses.",
                        lead: "kvhs",
                        partners: &["mut", "jobcenter"],
                        contact: Some("bildungskoordination"),
                        groups: &["refugees", "eu", "migrants"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-04-01",
                        end: Some("2026-12-31"),
                        priority: P::High,
                        budget: &[
                            (2023, 38_000, LAND, 7_600),
                            (2024, 39_000, LAND, 7_800),
                            (2025, 40_000, LAND, 8_000),
                        ],
                    },
                    MeasureSpec {
                        code: "1.2",
                        title: "Sprachkurse mit Kinderbetreuung für Mütter",
                        description: "Kurse am Vormittag mit paralleler Betreuung der Kinder, damit Mütter kleiner Kinder teilnehmen können.",
                        lead: "kvhs",
                        partners: &["awo", "jugend"],
                        contact: None,
                        groups: &["women", "refugees"],
                        scope: S::Municipality,
                        scope_detail: Some("Peine, Ilsede, Vechelde"),
                        start: "2022-09-01",
                        end: Some("2025-12-31"),
                        priority: P::High,
                        budget: &[
                            (2023, 24_000, BUND, 2_400),
                            (2024, 24_000, BUND, 2_400),
                            (2025, 25_000, BUND, 2_500),
                        ],
                    },
                ],
            ),
            (
                "Kinder und Jugendliche mit Migrationsgeschichte erreichen gleiche Bildungsabschlüsse",
                Some(
                    "Anteil ohne Abschluss an den Schulabgängern ausländischer Staatsangehörigkeit halbieren",
                ),
                &[
                    MeasureSpec {
                        code: "1.3",
                        title: "Bildungslotsinnen und -lotsen an Schulen",
                        description: "Mehrsprachige Lotsinnen und Lotsen begleiten Familien beim Übergang in Kita und Schule und bei Elterngesprächen.",
                        lead: "bildung",
                        partners: &["mso", "caritas"],
                        contact: Some("bildungskoordination"),
                        groups: &["youth", "migrants"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-08-01",
                        end: Some("2026-07-31"),
                        priority: P::High,
                        budget: &[
                            (2023, 52_000, LAND, 10_400),
                            (2024, 54_000, LAND, 10_800),
                            (2025, 55_000, LAND, 11_000),
                        ],
                    },
                    MeasureSpec {
                        code: "1.4",
                        title: "Sprachförderung in Kindertagesstätten",
                        description: "Fortbildung von Fachkräften für alltagsintegrierte Sprachbildung und Materialien in mehreren Sprachen.",
                        lead: "jugend",
                        partners: &["gemeinden"],
                        contact: None,
                        groups: &["youth"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2023-01-01",
                        end: Some("2025-12-31"),
                        priority: P::Medium,
                        budget: &[
                            (2023, 15_000, KREIS, 15_000),
                            (2024, 15_000, KREIS, 15_000),
                            (2025, 15_000, KREIS, 15_000),
                        ],
                    },
                ],
            ),
        ],
    ),
    (
        "Arbeit und Ausbildung",
        "Zugang zu Ausbildung, Beschäftigung und Anerkennung mitgebrachter Qualifikationen.",
        &[
            (
                "Mehr Zugewanderte finden eine Ausbildung oder sozialversicherungspflichtige Arbeit",
                Some("Beschäftigungsquote ausländischer Staatsangehöriger steigt jährlich"),
                &[
                    MeasureSpec {
                        code: "2.1",
                        title: "Übergangsmanagement mit individuellen Förderketten",
                        description: "Das Übergangsmanagement plant mit jeder Person die Schritte von Sprache über Qualifizierung bis zur Arbeit, auch für Geflüchtete aus der Ukraine.",
                        lead: "mut",
                        partners: &["jobcenter", "afa", "kvhs"],
                        contact: Some("uem"),
                        groups: &["refugees", "migrants"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-03-01",
                        end: None,
                        priority: P::High,
                        budget: &[
                            (2023, 85_000, LAND, 17_000),
                            (2024, 88_000, LAND, 17_600),
                            (2025, 90_000, LAND, 18_000),
                        ],
                    },
                    MeasureSpec {
                        code: "2.2",
                        title: "Ausbildungspatenschaften",
                        description: "Ehrenamtliche Patinnen und Paten begleiten Auszubildende mit Fluchtgeschichte durch Berufsschule und Betrieb.",
                        lead: "caritas",
                        partners: &["bbs", "kammern", "ehrenamt"],
                        contact: None,
                        groups: &["refugees", "youth", "volunteers"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-09-01",
                        end: Some("2025-08-31"),
                        priority: P::Medium,
                        budget: &[
                            (2023, 18_000, ESF, 3_600),
                            (2024, 18_000, ESF, 3_600),
                            (2025, 12_000, ESF, 2_400),
                        ],
                    },
                ],
            ),
            (
                "Mitgebrachte Berufsabschlüsse werden schneller anerkannt",
                None,
                &[
                    MeasureSpec {
                        code: "2.3",
                        title: "Anerkennungsberatung vor Ort",
                        description: "Regelmäßige Sprechstunden zur Anerkennung ausländischer Abschlüsse in Peine und in den Gemeinden.",
                        lead: "afa",
                        partners: &["mut", "kammern"],
                        contact: None,
                        groups: &["migrants", "eu", "refugees"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-06-01",
                        end: None,
                        priority: P::Medium,
                        budget: &[(2023, 6_000, KREIS, 6_000), (2024, 6_000, KREIS, 6_000)],
                    },
                    MeasureSpec {
                        code: "2.4",
                        title: "Betriebe für Vielfalt gewinnen",
                        description: "Informationsabende und ein Netzwerk für Arbeitgeber, die Zugewanderte ausbilden oder beschäftigen.",
                        lead: "kammern",
                        partners: &["jobcenter", "dgb"],
                        contact: None,
                        groups: &["workers"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2023-01-01",
                        end: Some("2024-12-31"),
                        priority: P::Low,
                        budget: &[(2023, 5_000, KREIS, 5_000), (2024, 5_000, KREIS, 5_000)],
                    },
                ],
            ),
        ],
    ),
    (
        "Gesundheit",
        "Gleicher Zugang zu Gesundheitsversorgung, Prävention und psychosozialer Hilfe.",
        &[
            (
                "Zugewanderte kennen und nutzen das Gesundheitssystem",
                None,
                &[
                    MeasureSpec {
                        code: "3.1",
                        title: "Mehrsprachige Gesundheitslotsen",
                        description: "Geschulte Lotsinnen und Lotsen informieren in ihrer Sprache über Vorsorge, Impfungen und den Weg zur Arztpraxis.",
                        lead: "gesundheit",
                        partners: &["mso", "drk"],
                        contact: None,
                        groups: &["migrants", "refugees"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-10-01",
                        end: Some("2025-12-31"),
                        priority: P::Medium,
                        budget: &[
                            (2023, 21_000, LAND, 4_200),
                            (2024, 21_000, LAND, 4_200),
                            (2025, 21_000, LAND, 4_200),
                        ],
                    },
                    MeasureSpec {
                        code: "3.2",
                        title: "Sprachmittlungspool für Praxen und Beratungsstellen",
                        description: "Ein Pool geschulter Sprachmittlerinnen und Sprachmittler, abrufbar für Gesundheits- und Beratungsgespräche.",
                        lead: "mut",
                        partners: &["klinikum", "diakonie"],
                        contact: Some("koordination"),
                        groups: &["refugees", "migrants"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-04-01",
                        end: None,
                        priority: P::High,
                        budget: &[
                            (2023, 30_000, KREIS, 30_000),
                            (2024, 32_000, KREIS, 32_000),
                            (2025, 34_000, KREIS, 34_000),
                        ],
                    },
                ],
            ),
            (
                "Traumatisierte Geflüchtete erhalten rasch psychosoziale Unterstützung",
                None,
                &[
                    MeasureSpec {
                        code: "3.3",
                        title: "Psychosoziale Erstberatung für Geflüchtete",
                        description: "Niedrigschwellige Beratung und Vermittlung in Therapie, in Zusammenarbeit mit einem psychosozialen Zentrum.",
                        lead: "diakonie",
                        partners: &["gesundheit"],
                        contact: None,
                        groups: &["refugees", "umf"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2023-01-01",
                        end: Some("2026-12-31"),
                        priority: P::High,
                        budget: &[
                            (2023, 40_000, LAND, 8_000),
                            (2024, 42_000, LAND, 8_400),
                            (2025, 42_000, LAND, 8_400),
                        ],
                    },
                    MeasureSpec {
                        code: "3.4",
                        title: "Fortbildung Traumasensibilität für Fachkräfte",
                        description: "Fortbildungsreihe für Beschäftigte in Verwaltung, Schule und Flüchtlingssozialarbeit.",
                        lead: "gesundheit",
                        partners: &["mut", "bildung"],
                        contact: None,
                        groups: &["volunteers"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2023-03-01",
                        end: Some("2024-12-31"),
                        priority: P::Low,
                        budget: &[(2023, 8_000, KREIS, 8_000), (2024, 8_000, KREIS, 8_000)],
                    },
                ],
            ),
        ],
    ),
    (
        "Wohnen und Sozialraum",
        "Angemessener Wohnraum und gute Nachbarschaft in Stadt und Gemeinden.",
        &[
            (
                "Geflüchtete ziehen schneller aus Gemeinschaftsunterkünften in eigene Wohnungen",
                Some(
                    "Durchschnittliche Verweildauer in Gemeinschaftsunterkünften unter 12 Monaten",
                ),
                &[
                    MeasureSpec {
                        code: "4.1",
                        title: "Wohnraumvermittlung und Mietführerschein",
                        description: "Vermittlung zwischen Vermietenden und Wohnungssuchenden; Kurs zu Rechten und Pflichten als Mieterin und Mieter.",
                        lead: "soziales",
                        partners: &["awo", "gemeinden"],
                        contact: None,
                        groups: &["refugees"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-07-01",
                        end: None,
                        priority: P::High,
                        budget: &[
                            (2023, 27_000, KREIS, 27_000),
                            (2024, 28_000, KREIS, 28_000),
                            (2025, 28_000, KREIS, 28_000),
                        ],
                    },
                    MeasureSpec {
                        code: "4.2",
                        title: "Flüchtlingssozialarbeit in den Gemeinden verstärken",
                        description: "Mehr Stellen und regelmäßiger Austausch der Flüchtlingssozialarbeit mit den Fachdiensten der Kreisverwaltung.",
                        lead: "gemeinden",
                        partners: &["mut", "soziales"],
                        contact: Some("referatsleitung"),
                        groups: &["refugees"],
                        scope: S::Municipality,
                        scope_detail: Some("alle Gemeinden und die Stadt Peine"),
                        start: "2022-04-01",
                        end: None,
                        priority: P::High,
                        budget: &[
                            (2023, 160_000, LAND, 48_000),
                            (2024, 170_000, LAND, 51_000),
                            (2025, 175_000, LAND, 52_500),
                        ],
                    },
                ],
            ),
            (
                "Nachbarschaften sind offen und solidarisch",
                None,
                &[
                    MeasureSpec {
                        code: "4.3",
                        title: "Quartierstreffs in Wohngebieten mit hohem Zuzug",
                        description: "Offene Treffpunkte mit Beratung, Hausaufgabenhilfe und Begegnung.",
                        lead: "awo",
                        partners: &["stadt", "kirche"],
                        contact: None,
                        groups: &["host", "migrants", "youth"],
                        scope: S::Municipality,
                        scope_detail: Some("Peine-Südstadt, Ilsede"),
                        start: "2023-01-01",
                        end: Some("2026-12-31"),
                        priority: P::Medium,
                        budget: &[
                            (2023, 35_000, ESF, 7_000),
                            (2024, 36_000, ESF, 7_200),
                            (2025, 36_000, ESF, 7_200),
                        ],
                    },
                    MeasureSpec {
                        code: "4.4",
                        title: "Konfliktberatung in Gemeinschaftsunterkünften",
                        description: "Mediation und Hausversammlungen, um Konflikte früh zu klären.",
                        lead: "drk",
                        partners: &["soziales"],
                        contact: None,
                        groups: &["refugees"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-05-01",
                        end: Some("2024-12-31"),
                        priority: P::Low,
                        budget: &[(2023, 12_000, KREIS, 12_000), (2024, 12_000, KREIS, 12_000)],
                    },
                ],
            ),
        ],
    ),
    (
        "Gesellschaftliche Teilhabe und Zusammenleben",
        "Begegnung, Engagement, politische Teilhabe und Schutz vor Diskriminierung.",
        &[
            (
                "Zugewanderte bringen sich in Vereinen, Ehrenamt und Politik ein",
                None,
                &[
                    MeasureSpec {
                        code: "5.1",
                        title: "Integration durch Sport",
                        description: "Vereine öffnen Angebote gezielt für Zugewanderte; Übungsleitungen werden qualifiziert.",
                        lead: "sport",
                        partners: &["mso"],
                        contact: None,
                        groups: &["youth", "migrants", "host"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-06-01",
                        end: None,
                        priority: P::Medium,
                        budget: &[
                            (2023, 10_000, LAND, 2_000),
                            (2024, 10_000, LAND, 2_000),
                            (2025, 10_000, LAND, 2_000),
                        ],
                    },
                    MeasureSpec {
                        code: "5.2",
                        title: "Stärkung der Migrantenorganisationen",
                        description: "Beratung, Räume und ein kleiner Projektfonds für Vereine von Zugewanderten; Vernetzung im Netzwerk.",
                        lead: "mut",
                        partners: &["mso", "ehrenamt"],
                        contact: Some("koordination"),
                        groups: &["migrants"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-09-01",
                        end: None,
                        priority: P::Medium,
                        budget: &[
                            (2023, 20_000, KREIS, 20_000),
                            (2024, 20_000, KREIS, 20_000),
                            (2025, 22_000, KREIS, 22_000),
                        ],
                    },
                ],
            ),
            (
                "Beteiligung auf Augenhöhe wird zur Regel",
                None,
                &[
                    MeasureSpec {
                        code: "5.3",
                        title: "Integrationskonferenz „lessons learned“",
                        description: "Die pandemiebedingt verschobene Konferenz mit allen Akteurinnen und Akteuren zur Bilanz und Weiterentwicklung des Konzepts.",
                        lead: "mut",
                        partners: &["kommission", "mso", "caritas", "diakonie"],
                        contact: Some("koordination"),
                        groups: &["migrants", "host", "volunteers"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-07-01",
                        end: Some("2024-06-30"),
                        priority: P::High,
                        budget: &[(2023, 15_000, BUND, 3_000), (2024, 8_000, BUND, 1_600)],
                    },
                    MeasureSpec {
                        code: "5.4",
                        title: "Beteiligungsworkshops in den Gemeinden",
                        description: "Workshops vor Ort, organisiert mit Flüchtlingssozialarbeit und Integrationsbeauftragten der Gemeinden.",
                        lead: "gemeinden",
                        partners: &["mut"],
                        contact: None,
                        groups: &["migrants", "host"],
                        scope: S::Municipality,
                        scope_detail: Some("jährlich wechselnd in zwei Gemeinden"),
                        start: "2022-09-01",
                        end: None,
                        priority: P::Medium,
                        budget: &[
                            (2023, 6_000, KREIS, 6_000),
                            (2024, 6_000, KREIS, 6_000),
                            (2025, 6_000, KREIS, 6_000),
                        ],
                    },
                ],
            ),
            (
                "Rassismus und Diskriminierung werden erkannt und abgebaut",
                None,
                &[MeasureSpec {
                    code: "5.5",
                    title: "Antidiskriminierungsberatung",
                    description: "Eine Anlaufstelle für Menschen, die Diskriminierung erleben, mit Verweisberatung.",
                    lead: "diakonie",
                    partners: &["dgb", "mso"],
                    contact: None,
                    groups: &["migrants"],
                    scope: S::County,
                    scope_detail: None,
                    start: "2023-04-01",
                    end: Some("2026-03-31"),
                    priority: P::Medium,
                    budget: &[
                        (2023, 28_000, BUND, 5_600),
                        (2024, 30_000, BUND, 6_000),
                        (2025, 30_000, BUND, 6_000),
                    ],
                }],
            ),
        ],
    ),
    (
        "Interkulturelle Öffnung der Verwaltung",
        "Eine Verwaltung, die für alle verständlich und erreichbar ist.",
        &[
            (
                "Beschäftigte der Kreisverwaltung handeln interkulturell kompetent",
                Some(
                    "Bis 2025 haben alle Beschäftigten mit Publikumsverkehr eine Fortbildung besucht",
                ),
                &[
                    MeasureSpec {
                        code: "6.1",
                        title: "Fortbildungsreihe interkulturelle Kompetenz",
                        description: "Pflichtmodul für Beschäftigte mit Publikumsverkehr, vertiefende Module für Führungskräfte.",
                        lead: "personal",
                        partners: &["mut"],
                        contact: None,
                        groups: &["host"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-10-01",
                        end: Some("2025-12-31"),
                        priority: P::Medium,
                        budget: &[
                            (2023, 9_000, KREIS, 9_000),
                            (2024, 9_000, KREIS, 9_000),
                            (2025, 9_000, KREIS, 9_000),
                        ],
                    },
                    MeasureSpec {
                        code: "6.2",
                        title: "Leichte Sprache und mehrsprachige Formulare",
                        description: "Die wichtigsten Bescheide und Formulare in Leichter Sprache und mehreren Sprachen.",
                        lead: "personal",
                        partners: &["mut", "soziales"],
                        contact: None,
                        groups: &["migrants"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2023-01-01",
                        end: Some("2025-12-31"),
                        priority: P::Low,
                        budget: &[(2023, 12_000, KREIS, 12_000), (2024, 10_000, KREIS, 10_000)],
                    },
                ],
            ),
            (
                "Die Verwaltung spiegelt die Vielfalt der Bevölkerung",
                None,
                &[MeasureSpec {
                    code: "6.3",
                    title: "Ausbildungskampagne für Menschen mit Migrationsgeschichte",
                    description: "Gezielte Ansprache für Ausbildungsplätze in der Kreisverwaltung, mit Praktika und Schulbesuchen.",
                    lead: "personal",
                    partners: &["bbs", "mso"],
                    contact: None,
                    groups: &["youth", "migrants"],
                    scope: S::County,
                    scope_detail: None,
                    start: "2023-06-01",
                    end: None,
                    priority: P::Low,
                    budget: &[
                        (2023, 4_000, KREIS, 4_000),
                        (2024, 4_000, KREIS, 4_000),
                        (2025, 4_000, KREIS, 4_000),
                    ],
                }],
            ),
        ],
    ),
    (
        "Integrationsmanagement und Strukturen",
        "Steuerung und Koordinierung über Ressorts hinweg, vorbereitet auch für Krisen.",
        &[
            (
                "Integration wird ressortübergreifend gesteuert",
                None,
                &[
                    MeasureSpec {
                        code: "7.1",
                        title: "Koordinierungsstab Migration und Teilhabe",
                        description: "Der Stab tagt regelmäßig und in Krisenlagen kurzfristig, etwa bei der Aufnahme von Geflüchteten aus der Ukraine.",
                        lead: "stab",
                        partners: &["mut", "soziales", "gesundheit", "jugend"],
                        contact: Some("referatsleitung"),
                        groups: &["refugees"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-03-01",
                        end: None,
                        priority: P::High,
                        budget: &[],
                    },
                    MeasureSpec {
                        code: "7.2",
                        title: "Kommission von Stadt und Landkreis",
                        description: "Abgleich der Gremien und Angebote von Stadt Peine und Landkreis, um Doppelstrukturen zu vermeiden.",
                        lead: "kommission",
                        partners: &["stadt", "mut"],
                        contact: None,
                        groups: &["migrants"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-05-01",
                        end: None,
                        priority: P::Medium,
                        budget: &[],
                    },
                    MeasureSpec {
                        code: "7.3",
                        title: "Integrationsmonitoring",
                        description: "Eckdaten im gedruckten Konzept, die vollständige Datensammlung online; jährliche Fortschreibung.",
                        lead: "mut",
                        partners: &["soziales"],
                        contact: Some("koordination"),
                        groups: &["migrants", "host"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-04-01",
                        end: None,
                        priority: P::Medium,
                        budget: &[
                            (2023, 5_000, KREIS, 5_000),
                            (2024, 5_000, KREIS, 5_000),
                            (2025, 5_000, KREIS, 5_000),
                        ],
                    },
                ],
            ),
            (
                "Politik und Öffentlichkeit sind regelmäßig informiert",
                None,
                &[
                    MeasureSpec {
                        code: "7.4",
                        title: "Jährlicher Sachstandsbericht an den Fachausschuss",
                        description: "Bericht über Umsetzung, Mittel und Kennzahlen an den Ausschuss für Gesundheit, Arbeit und Soziales.",
                        lead: "mut",
                        partners: &["ags"],
                        contact: Some("koordination"),
                        groups: &["host"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2023-01-01",
                        end: None,
                        priority: P::Medium,
                        budget: &[],
                    },
                    MeasureSpec {
                        code: "7.5",
                        title: "Vorstellung des Konzepts in den Fraktionen",
                        description: "Das Referat stellt das Konzept auf Wunsch in den Kreistagsfraktionen vor, besonders für neue Mandatsträger.",
                        lead: "mut",
                        partners: &["kt"],
                        contact: Some("referatsleitung"),
                        groups: &["host"],
                        scope: S::County,
                        scope_detail: None,
                        start: "2022-04-01",
                        end: Some("2022-12-31"),
                        priority: P::Low,
                        budget: &[],
                    },
                ],
            ),
        ],
    ),
];

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
    d.groups(&COMMON_GROUPS[..6]).await
}
