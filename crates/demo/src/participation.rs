//! The participation processes of the scenarios: Görlitz (S2) with its steering group,
//! population survey, interviews, workshops with unaccompanied minors, integration forum and
//! planning-area events; Peine 2006 (S3) with its kick-off, five working groups and the
//! deliberation of the draft. Contributions are traced into measures, or not and why.

use teilhabe_domain::Date;
use teilhabe_domain::participation::{
    ContributionDraft, ContributionKind as CK, ContributionStatus as CS, EventDraft,
    EventFormat as F, Phase, PhaseDates, ProcessDraft,
};
use teilhabe_store::Result;

use crate::build::Demo;

fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("demo date {s}: {e}"))
}

fn phases(list: &[(Phase, &str, Option<&str>, Option<&str>)]) -> Vec<PhaseDates> {
    list.iter()
        .map(|(phase, start, end, note)| PhaseDates {
            phase: *phase,
            start: Some(date(start)),
            end: end.map(date),
            note: note.map(str::to_string),
        })
        .collect()
}

struct Ev<'a> {
    format: F,
    title: &'a str,
    start: &'a str,
    end: Option<&'a str>,
    place: Option<&'a str>,
    area: Option<&'a str>,
    organizer: Option<&'a str>,
    languages: Option<&'a str>,
    total: Option<i64>,
    groups: &'a [(&'a str, i64)],
    description: &'a str,
}

const fn ev<'a>(format: F, title: &'a str, start: &'a str, description: &'a str) -> Ev<'a> {
    Ev {
        format,
        title,
        start,
        end: None,
        place: None,
        area: None,
        organizer: None,
        languages: None,
        total: None,
        groups: &[],
        description,
    }
}

async fn event(d: &Demo<'_>, process: i64, areas: &[(String, i64)], e: &Ev<'_>) -> Result<i64> {
    let draft = EventDraft {
        format: e.format,
        title: e.title.into(),
        start_date: date(e.start),
        end_date: e.end.map(date),
        place: e.place.map(str::to_string),
        planning_area_id: e.area.map(|a| {
            areas
                .iter()
                .find(|(n, _)| n == a)
                .map(|(_, id)| *id)
                .expect("demo planning area")
        }),
        organizer_id: e.organizer.map(|o| d.org(o)),
        languages: e.languages.map(str::to_string),
        description: Some(e.description.into()),
        participants_total: e.total,
        participants: e.groups.iter().map(|(g, n)| (d.group(g), *n)).collect(),
        public: true,
    };
    Ok(d.store.create_event(process, &draft).await?.id)
}

struct Co<'a> {
    kind: CK,
    text: &'a str,
    fields: &'a [&'a str],
    groups: &'a [&'a str],
    status: CS,
    measures: Vec<i64>,
    reason: Option<&'a str>,
    public: bool,
}

const fn co<'a>(kind: CK, text: &'a str, fields: &'a [&'a str], groups: &'a [&'a str]) -> Co<'a> {
    Co {
        kind,
        text,
        fields,
        groups,
        status: CS::Open,
        measures: Vec::new(),
        reason: None,
        public: true,
    }
}

async fn contribution(
    d: &Demo<'_>,
    event: i64,
    fields: &[(String, i64)],
    c: &Co<'_>,
) -> Result<()> {
    let draft = ContributionDraft {
        kind: c.kind,
        text: c.text.into(),
        field_ids: c
            .fields
            .iter()
            .map(|f| {
                fields
                    .iter()
                    .find(|(t, _)| t == f)
                    .map(|(_, id)| *id)
                    .expect("demo field")
            })
            .collect(),
        target_group_ids: c.groups.iter().map(|g| d.group(g)).collect(),
        status: c.status,
        reason: c.reason.map(str::to_string),
        measure_ids: c.measures.clone(),
        public: c.public,
        organization_id: None,
    };
    d.store.create_contribution(event, &draft).await?;
    Ok(())
}

/// The planning regions of Görlitz (a demo grouping of its Gemeinden around the towns).
const GOERLITZ_AREAS: &[(&str, &[&str])] = &[
    (
        "Raum Görlitz",
        &[
            "14626110", "14626300", "14626240", "14626450", "14626520", "14626330", "14626230",
        ],
    ),
    (
        "Raum Zittau",
        &[
            "14626610", "14626400", "14626430", "14626210", "14626140", "14626170", "14626310",
            "14626050", "14626420",
        ],
    ),
    (
        "Raum Löbau",
        &[
            "14626290", "14626085", "14626180", "14626245", "14626150", "14626270", "14626280",
            "14626530",
        ],
    ),
    (
        "Raum Niesky",
        &[
            "14626370", "14626190", "14626320", "14626440", "14626580", "14626200", "14626480",
        ],
    ),
    (
        "Raum Weißwasser",
        &[
            "14626600", "14626010", "14626060", "14626250", "14626120", "14626490", "14626560",
            "14626590",
        ],
    ),
];

const PLAN: &str = "Strategie und Planung";
const WORK: &str = "Arbeit und Grenzregion";
const YOUTH: &str = "Jugend und Bildung";

/// S2: "Ankommen und Leben im Landkreis Görlitz". `measures` are 1.1, 2.1 and 3.1.
pub async fn goerlitz(d: &Demo<'_>, concept: i64, measures: [i64; 3]) -> Result<()> {
    let mut areas = Vec::new();
    for (name, members) in GOERLITZ_AREAS {
        let members: Vec<String> = members
            .iter()
            .map(std::string::ToString::to_string)
            .collect();
        areas.push((
            name.to_string(),
            d.store
                .create_planning_area(d.body_id, name, &members)
                .await?
                .id,
        ));
    }
    let fields: Vec<(String, i64)> = d
        .store
        .fields_of_action(concept)
        .await?
        .into_iter()
        .map(|f| (f.title, f.id))
        .collect();
    let p = d
        .store
        .create_process(
            concept,
            &ProcessDraft {
                title: "Erarbeitung des Integrationskonzepts 2017–2019".into(),
                description: Some(
                    "Alle Akteure auf Augenhöhe: eine Steuerungsgruppe, eine repräsentative Befragung der Bevölkerung, Interviews \
                     mit Geflüchteten, Workshops mit unbegleiteten Minderjährigen, das Integrationsforum und Veranstaltungen in \
                     den Planungsräumen. Begleitet von einem Institut für Beteiligung."
                        .into(),
                ),
            },
        )
        .await?
        .id;
    d.store
        .set_phases(
            p,
            &phases(&[
                (
                    Phase::Inventory,
                    "2017-03-01",
                    Some("2017-08-31"),
                    Some("Sachgebiet Integration eingerichtet, Partner gebunden"),
                ),
                (Phase::Participation, "2017-09-01", Some("2018-12-31"), None),
                (Phase::Draft, "2019-01-01", Some("2019-04-30"), None),
                (
                    Phase::Deliberation,
                    "2019-05-01",
                    None,
                    Some("in den Ausschüssen und im Kreistag"),
                ),
            ]),
        )
        .await?;

    let held = goerlitz_events(d, p, &areas).await?;
    for (event, c) in &goerlitz_contributions(&held, measures) {
        contribution(d, *event, &fields, c).await?;
    }
    Ok(())
}

/// S3: the Leitbild Integration of 2006. `measures` by code: S-1, A-1, G-1, V-1.
pub async fn peine_2006(d: &Demo<'_>, concept: i64, measures: &[(&str, i64)]) -> Result<()> {
    let m = |code: &str| {
        measures
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, id)| *id)
            .expect("demo measure")
    };
    let fields: Vec<(String, i64)> = d
        .store
        .fields_of_action(concept)
        .await?
        .into_iter()
        .map(|f| (f.title, f.id))
        .collect();
    let p = d
        .store
        .create_process(
            concept,
            &ProcessDraft {
                title: "Erarbeitung des Leitbilds Integration 2004–2006".into(),
                description: Some(
                    "Nach einer Auftaktveranstaltung erarbeiteten fünf Arbeitsgruppen aus Verwaltung, Verbänden, Kirchen, \
                     Gewerkschaften und Vereinen von Zugewanderten Ziele, Bedarfe und Maßnahmen; der Entwurf wurde mit den Akteuren beraten."
                        .into(),
                ),
            },
        )
        .await?
        .id;
    d.store
        .set_phases(
            p,
            &phases(&[
                (
                    Phase::Inventory,
                    "2004-07-01",
                    Some("2004-09-29"),
                    Some("Anregung aus dem Kreistag aufgegriffen"),
                ),
                (
                    Phase::Participation,
                    "2004-09-30",
                    Some("2005-03-31"),
                    Some("Auftakt und fünf Arbeitsgruppen"),
                ),
                (
                    Phase::Draft,
                    "2005-04-01",
                    Some("2006-04-26"),
                    Some("fachbereichsübergreifende Gruppe der Verwaltung"),
                ),
                (Phase::Deliberation, "2006-04-27", Some("2006-06-13"), None),
                (
                    Phase::Adoption,
                    "2006-06-14",
                    Some("2006-06-14"),
                    Some("Kreistag"),
                ),
                (
                    Phase::Implementation,
                    "2006-07-01",
                    Some("2021-12-31"),
                    None,
                ),
                (
                    Phase::Evaluation,
                    "2021-01-01",
                    Some("2021-12-31"),
                    Some("fortgeschrieben im Integrationskonzept 2022"),
                ),
            ]),
        )
        .await?;
    let none: &[(String, i64)] = &[];
    event(
        d,
        p,
        none,
        &Ev {
            place: Some("Kreishaus Peine"),
            organizer: Some("leitstelle"),
            total: Some(70),
            ..ev(F::Conference, "Auftaktveranstaltung Migration und Integration", "2004-09-30", "Wohlfahrtsverbände, Kirchen, Gewerkschaften und Vereine von Zugewanderten vereinbaren die Arbeitsgruppen.")
        },
    )
    .await?;
    let topics = [
        ("ag1", "Sprache und Bildung", 14),
        ("ag2", "Arbeit und Beruf", 11),
        ("ag3", "Soziale Integration", 16),
        ("ag4", "Interkulturelle Öffnung", 9),
        ("ag5", "Leitbild", 8),
    ];
    let mut groups = Vec::new();
    for (i, (handle, topic, count)) in topics.iter().enumerate() {
        let title = format!("Arbeitsgruppe {}: {topic}", i + 1);
        groups.push(
            event(
                d,
                p,
                none,
                &Ev {
                    end: Some("2005-03-31"),
                    organizer: Some(handle),
                    total: Some(*count),
                    ..ev(F::WorkingGroup, &title, "2004-10-14", "Sitzungen von Oktober 2004 bis März 2005; Ergebnis: Ziele, Bedarfe und Maßnahmenvorschläge.")
                },
            )
            .await?,
        );
    }
    let deliberation = event(
        d,
        p,
        none,
        &Ev {
            place: Some("Kreishaus Peine"),
            organizer: Some("leitstelle"),
            total: Some(45),
            ..ev(
                F::Conference,
                "Beratung des Entwurfs mit den Akteuren",
                "2006-04-27",
                "Der Entwurf der Verwaltung wird mit allen Beteiligten beraten und danach ergänzt.",
            )
        },
    )
    .await?;
    for (event, c) in &peine_2006_contributions(&groups, deliberation, &m) {
        contribution(d, *event, &fields, c).await?;
    }
    Ok(())
}

/// The events of Görlitz's process that contributions came from.
struct Held {
    steering_meetings: Vec<i64>,
    survey: i64,
    interviews: i64,
    workshops: Vec<i64>,
    press: i64,
    forum: i64,
    area_events: Vec<i64>,
}

/// What was said at Görlitz's events, and what became of it (measures 1.1, 2.1, 3.1).
fn goerlitz_contributions(
    h: &Held,
    [steering, border, minors]: [i64; 3],
) -> Vec<(i64, Co<'static>)> {
    vec![
        (
            h.steering_meetings[1],
            Co {
                status: CS::Taken,
                measures: vec![steering],
                ..co(
                    CK::Need,
                    "Kreistag und Verwaltung sollen regelmäßig über Integration sprechen, nicht nur bei Beschlüssen.",
                    &[PLAN],
                    &[],
                )
            },
        ),
        (
            h.steering_meetings[3],
            Co {
                status: CS::Taken,
                measures: vec![border],
                ..co(
                    CK::Idea,
                    "Polnische und tschechische Beschäftigte über ihre Betriebe befragen und einladen.",
                    &[WORK],
                    &["border", "workers"],
                )
            },
        ),
        (
            h.forum,
            Co {
                status: CS::Taken,
                measures: vec![minors],
                ..co(
                    CK::Idea,
                    "Junge Geflüchtete selbst zu Wort kommen lassen, nicht nur über sie reden.",
                    &[YOUTH],
                    &["umf", "youth"],
                )
            },
        ),
        (
            h.interviews,
            Co {
                status: CS::NotTaken,
                reason: Some(
                    "Der Nahverkehr ist nicht Teil dieses Konzepts; der Hinweis ging an die Fortschreibung des Nahverkehrsplans.",
                ),
                ..co(
                    CK::Problem,
                    "Ohne Auto sind die Wege zu Ämtern und Beratungsstellen sehr lang.",
                    &[PLAN],
                    &["refugees"],
                )
            },
        ),
        (
            h.interviews,
            co(
                CK::Need,
                "Mehr Abendsprachkurse für Menschen, die tagsüber arbeiten.",
                &[YOUTH, WORK],
                &["refugees", "workers"],
            ),
        ),
        (
            h.workshops[0],
            co(
                CK::Resource,
                "Im Sportverein findet man schnell Freunde.",
                &[YOUTH],
                &["umf", "youth"],
            ),
        ),
        (
            h.workshops[1],
            Co {
                status: CS::Taken,
                measures: vec![minors],
                ..co(
                    CK::Need,
                    "Ansprechpersonen in der Schule, die Zeit zum Zuhören haben.",
                    &[YOUTH],
                    &["umf"],
                )
            },
        ),
        (
            h.survey,
            co(
                CK::Need,
                "Die Mehrheit wünscht sich mehr Gelegenheiten zur Begegnung im Alltag.",
                &[PLAN],
                &["host"],
            ),
        ),
        (
            h.press,
            co(
                CK::Idea,
                "Die Ergebnisse der Befragung in leichter Sprache veröffentlichen.",
                &[PLAN],
                &[],
            ),
        ),
        (
            h.area_events[1],
            co(
                CK::Resource,
                "Ehrenamtliche Sprachpatinnen und -paten aus der Nachbarschaft stehen bereit.",
                &[YOUTH],
                &["volunteers"],
            ),
        ),
        (
            h.area_events[4],
            co(
                CK::Problem,
                "Im ländlichen Raum fehlen Ausbildungsbetriebe, die Zugewanderte kennen.",
                &[WORK],
                &["youth"],
            ),
        ),
        (
            h.area_events[0],
            Co {
                public: false,
                ..co(
                    CK::Problem,
                    "Interner Hinweis: Spannungen in einer Gemeinschaftsunterkunft, Gespräch mit dem Träger vereinbart.",
                    &[PLAN],
                    &["refugees"],
                )
            },
        ),
    ]
}

/// What the working groups and the deliberation of 2004–2006 brought in, and what became of
/// it; `m` finds a measure by its code.
fn peine_2006_contributions(
    groups: &[i64],
    deliberation: i64,
    m: &dyn Fn(&str) -> i64,
) -> Vec<(i64, Co<'static>)> {
    vec![
        (
            groups[0],
            Co {
                status: CS::Taken,
                measures: vec![m("S-1")],
                ..co(
                    CK::Problem,
                    "Die Sprachkursangebote im Kreis sind kaum bekannt und nicht aufeinander abgestimmt.",
                    &["Sprache und Bildung"],
                    &["migrants"],
                )
            },
        ),
        (
            groups[0],
            co(
                CK::Need,
                "Hausaufgabenhilfe für Kinder aus zugewanderten Familien.",
                &["Sprache und Bildung"],
                &["youth"],
            ),
        ),
        (
            groups[1],
            Co {
                status: CS::Taken,
                measures: vec![m("A-1")],
                ..co(
                    CK::Problem,
                    "Beratung zu Arbeit und Beruf ist auf zu viele Stellen verteilt.",
                    &["Arbeit"],
                    &["migrants", "workers"],
                )
            },
        ),
        (
            groups[2],
            Co {
                status: CS::Taken,
                measures: vec![m("G-1")],
                ..co(
                    CK::Resource,
                    "Vereine von Zugewanderten können Brücken in die Nachbarschaft bauen.",
                    &["Soziale Integration"],
                    &["migrants", "volunteers"],
                )
            },
        ),
        (
            groups[3],
            Co {
                status: CS::Taken,
                measures: vec![m("V-1")],
                ..co(
                    CK::Need,
                    "Beschäftigte der Verwaltung wünschen Fortbildung in interkultureller Kompetenz.",
                    &["Interkulturelle Öffnung der Verwaltung"],
                    &[],
                )
            },
        ),
        (
            groups[4],
            Co {
                status: CS::NotTaken,
                reason: Some(
                    "Ein Integrationsbeirat wird vorerst nicht eingerichtet; die Steuerungsgruppe beteiligt die Akteure.",
                ),
                ..co(
                    CK::Idea,
                    "Einen Integrationsbeirat einrichten.",
                    &["Controlling"],
                    &["migrants"],
                )
            },
        ),
        (
            deliberation,
            co(
                CK::Idea,
                "Den Stand der Umsetzung jährlich öffentlich machen.",
                &["Controlling"],
                &[],
            ),
        ),
    ]
}

/// The events of Görlitz's process: eight steering group meetings, the survey, the
/// interviews, two workshops, the press conference, the forum (with its minutes) and one
/// event per planning area.
async fn goerlitz_events(d: &Demo<'_>, p: i64, areas: &[(String, i64)]) -> Result<Held> {
    let mut steering_meetings = Vec::new();
    for (i, day) in [
        "2017-09-20",
        "2017-11-15",
        "2018-01-24",
        "2018-03-21",
        "2018-05-16",
        "2018-07-04",
        "2018-09-19",
        "2018-11-21",
    ]
    .iter()
    .enumerate()
    {
        let title = format!("Steuerungsgruppe: {}. Arbeitstreffen", i + 1);
        let e = Ev {
            place: Some("Landratsamt Görlitz"),
            organizer: Some("steuerung"),
            total: Some(14),
            groups: &[("host", 12), ("migrants", 2)],
            ..ev(
                F::SteeringGroup,
                &title,
                day,
                "Verwaltung, Kreistagsfraktionen, Städte- und Gemeindetag und Zivilgesellschaft beraten Stand und Entwürfe.",
            )
        };
        steering_meetings.push(event(d, p, areas, &e).await?);
    }
    let survey = event(
        d,
        p,
        areas,
        &Ev {
            end: Some("2017-12-15"),
            organizer: Some("ikib"),
            total: Some(1000),
            groups: &[("host", 912), ("migrants", 88)],
            ..ev(
                F::Survey,
                "Repräsentative Bevölkerungsbefragung",
                "2017-10-02",
                "1.000 Erwachsene im ganzen Landkreis; Ergebnisse unter „Befragungen“.",
            )
        },
    )
    .await?;
    let interviews = event(
        d,
        p,
        areas,
        &Ev {
            end: Some("2018-04-30"),
            place: Some("Gemeinschaftsunterkünfte im Landkreis"),
            organizer: Some("ikib"),
            languages: Some("Arabisch, Dari, Farsi, Russisch, Deutsch"),
            groups: &[("refugees", 31)],
            ..ev(
                F::Interviews,
                "Interviews mit Geflüchteten",
                "2018-02-01",
                "31 leitfadengestützte Interviews, mit Sprachmittlung.",
            )
        },
    )
    .await?;
    let mut workshops = Vec::new();
    for (n, day, count) in [(1, "2018-05-12", 12), (2, "2018-06-09", 9)] {
        let title = format!("Konsultationsworkshop mit unbegleiteten Minderjährigen ({n})");
        let groups = [("umf", count)];
        workshops.push(
            event(
                d,
                p,
                areas,
                &Ev {
                    place: Some("Jugendhaus Görlitz"),
                    organizer: Some("ikib"),
                    languages: Some("Deutsch, Arabisch, Dari, Tigrinya"),
                    groups: &groups,
                    ..ev(F::Workshop, &title, day, "Junge Menschen schildern, wie sie das Ankommen erleben, und was ihnen hilft.")
                },
            )
            .await?,
        );
    }
    let press = event(
        d,
        p,
        areas,
        &Ev {
            place: Some("Landratsamt Görlitz"),
            organizer: Some("sg"),
            total: Some(25),
            ..ev(
                F::Conference,
                "Vorstellung der Befragungsergebnisse vor der Presse",
                "2018-03-06",
                "Presse, Vereine und Willkommensbündnisse werden über die Ergebnisse informiert.",
            )
        },
    )
    .await?;
    let forum = event(
        d,
        p,
        areas,
        &Ev {
            place: Some("Zittau"),
            organizer: Some("sg"),
            groups: &[("volunteers", 48), ("migrants", 17), ("host", 12)],
            ..ev(F::Forum, "Integrationsforum", "2018-09-29", "Vereine, Willkommensbündnisse und Engagierte diskutieren den Entwurf der Handlungsfelder.")
        },
    )
    .await?;
    attach_forum_minutes(d, forum).await?;
    let area_events = area_evenings(d, p, areas).await?;

    Ok(Held {
        steering_meetings,
        survey,
        interviews,
        workshops,
        press,
        forum,
        area_events,
    })
}

/// An evening in each planning area, organised by the Sachgebiet.
async fn area_evenings(d: &Demo<'_>, p: i64, areas: &[(String, i64)]) -> Result<Vec<i64>> {
    let mut area_events = Vec::new();
    for (area, day, count) in [
        ("Raum Görlitz", "2018-10-09", 34),
        ("Raum Zittau", "2018-10-16", 27),
        ("Raum Löbau", "2018-10-23", 19),
        ("Raum Niesky", "2018-11-06", 15),
        ("Raum Weißwasser", "2018-11-13", 22),
    ] {
        let title = format!("Beteiligungsabend im {area}");
        area_events.push(
            event(
                d,
                p,
                areas,
                &Ev {
                    area: Some(area),
                    organizer: Some("sg"),
                    total: Some(count),
                    ..ev(
                        F::PlanningArea,
                        &title,
                        day,
                        "Bürgerinnen und Bürger, Gemeinden und Vereine des Planungsraums.",
                    )
                },
            )
            .await?,
        );
    }
    Ok(area_events)
}

/// The forum's minutes, attached to the event as its documentation.
async fn attach_forum_minutes(d: &Demo<'_>, forum: i64) -> Result<()> {
    let minutes = "Integrationsforum 29.09.2018 – Ergebnisprotokoll (Demo)\n\n\
        1. Vorstellung der Handlungsfelder durch das Sachgebiet Integration.\n\
        2. Arbeit in drei Tischgruppen: Ankommen, Arbeit, Zusammenleben.\n\
        3. Wichtigste Anregung: junge Geflüchtete selbst zu Wort kommen lassen.\n";
    let checked = teilhabe_domain::files::check_upload(
        Some("Ergebnisprotokoll des Integrationsforums"),
        "integrationsforum-2018.txt",
        minutes.as_bytes(),
    )
    .unwrap_or_else(|e| panic!("demo file: {e}"));
    d.store
        .attach_event_file(forum, &checked, minutes.as_bytes(), true)
        .await?;
    Ok(())
}
