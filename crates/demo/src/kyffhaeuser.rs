//! S4: Kyffhäuserkreis — the integration concept 2020 (paper 2021/7/014), continuing the
//! strategic integration paper adopted on 01.03.2017.

use crate::build::Outcome;
use crate::build::{COMMON_GROUPS, Demo, MeasureSpec};
use teilhabe_domain::ConsultationRole;
use teilhabe_domain::{
    BodyKind, ConceptKind, ConceptStatus, OrganizationKind as K, Priority as P, Scope as S,
};
use teilhabe_store::{Result, Store};

/// The organisations: `(handle, name, kind, classification)`.
const ORGS: &[(&str, &str, K, Option<teilhabe_domain::ActorClass>)] = &[
    (
        "verwaltung",
        "Landratsamt, Integrationsmanagement",
        K::Department,
        None,
    ),
    ("kaemmerei", "Kreiskämmerei", K::Department, None),
    (
        "sozial",
        "Ausschuss für Soziales, Familie, Gesundheit, Gleichstellung und Ausländerfragen",
        K::Committee,
        None,
    ),
    ("ka", "Kreisausschuss", K::Committee, None),
    ("kt", "Kreistag des Kyffhäuserkreises", K::Council, None),
];

pub async fn load(store: &Store) -> Result<()> {
    let mut d = Demo::body(
        store,
        "16065",
        "Kyffhäuserkreis",
        BodyKind::Landkreis,
        "https://www.kyffhaeuser.de",
    )
    .await?;
    d.orgs(ORGS).await?;
    d.groups(COMMON_GROUPS).await?;
    d.role("landraetin", "Landrätin", "verwaltung").await?;
    let paper = d
        .concept(
            "Strategisches Integrationspapier für den Kyffhäuserkreis",
            ConceptKind::StrategyPaper,
            "2017",
            ConceptStatus::Adopted,
            Some("2017-03-01"),
            None,
            "Nach der Aufnahme vieler Geflüchteter 2015 und 2016 legte der Kreistag Grundsätze einer menschenrechtsorientierten \
             Integrationspolitik fest, die Geflüchtete und andere Zugewanderte gleichermaßen einschließt.",
        )
        .await?;
    d.principles(paper, &[("Menschenrechte sind der Maßstab.", "Die Interessen von Geflüchteten und Migrantinnen und Migranten werden gleichermaßen berücksichtigt.")])
        .await?;
    let c = d
        .concept(
            "Integrationskonzept Kyffhäuserkreis 2020",
            ConceptKind::Concept,
            "2020",
            ConceptStatus::Adopted,
            Some("2021-03-31"),
            Some("2021/7/014"),
            "Das Konzept entwickelt das Strategiepapier von 2017 weiter: Eine neue Bestandsaufnahme führte zu neuen Zielen. Handlungsfelder \
             und Leitlinien geben Orientierung; Ziele, Maßnahmen, Verantwortlichkeiten und Umsetzungszeiträume werden durch fortlaufende \
             Berichte an die Gremien nachprüfbar. Die Maßnahmen sind auf Dauer angelegt, damit bewährte Strukturen bleiben. Beraten im \
             Sozialausschuss am 04.03.2021 (9 Ja), im Kreisausschuss am 17.03.2021 (6 Ja, 1 Nein) und beschlossen vom Kreistag am \
             31.03.2021 (27 Ja, 6 Nein).",
        )
        .await?;
    d.principles(c, &[
        ("Integration geschieht im Alltag.", "Sie entsteht im Miteinander aller Menschen und betrifft alle Lebensbereiche."),
        ("Respekt und Wertschätzung", "Der Kreis versteht sich als lebenswerte Region, in der sich alle respektvoll begegnen."),
        ("Gleiche Chancen", "Die Chancen auf gesellschaftliche Teilhabe sollen für alle gleich sein."),
        ("Jede und jeder trägt Verantwortung", "Auch die einzelnen Bürgerinnen und Bürger tragen zum Gelingen bei."),
    ])
    .await?;
    for (code, field, goal, measure) in [
        (
            "1.1",
            "Sprache und Bildung",
            "Sprachförderung ist für alle Neuzugewanderten erreichbar",
            "Sprachkurse im ländlichen Raum mit Fahrtkostenhilfe",
        ),
        (
            "2.1",
            "Arbeit und Ausbildung",
            "Neuzugewanderte finden in Arbeit",
            "Netzwerk Arbeitsmarktintegration mit Jobcenter und Betrieben",
        ),
        (
            "3.1",
            "Zusammenleben und Ehrenamt",
            "Das Miteinander vor Ort wird gestärkt",
            "Förderung von Begegnungsprojekten in den Städten und Gemeinden",
        ),
    ] {
        let f = d
            .field(c, field, "Handlungsfeld des Integrationskonzepts 2020.")
            .await?;
        let g = d.goal(f, goal, None).await?;
        d.measure(g, &MeasureSpec {
            code, title: measure, description: "Umsetzung mit fortlaufender Berichterstattung an den Sozialausschuss.",
            lead: "verwaltung", partners: &[], contact: Some("landraetin"), groups: &["refugees", "migrants"], scope: S::County, scope_detail: None,
            start: "2021-04-01", end: Some("2025-12-31"), priority: P::Medium, budget: &[(2021, 10_000, "Freistaat Thüringen", 2_000), (2022, 10_000, "Freistaat Thüringen", 2_000)],
        }).await?;
    }

    // Paper 2021/7/014 and its three consultations with their votes.
    let paper = d
        .paper(
            "2021/7/014",
            "Integrationskonzept Kyffhäuserkreis 2020",
            Some("verwaltung"),
            Some("landraetin"),
            None,
            Some(c),
            "Der Kreistag beschließt das Integrationskonzept Kyffhäuserkreis 2020 als Orientierung für den weiteren \
             Integrationsprozess; es entwickelt das bisherige Integrationspapier weiter.",
            "Das Konzept beruht auf dem Strategischen Integrationspapier, das der Kreistag am 01.03.2017 beschlossen hat. \
             Eine neue Bestandsaufnahme führte zu neuen Zielen; Ziele, Maßnahmen, Verantwortlichkeiten und Umsetzungszeiträume \
             werden durch fortlaufende Berichte an die Gremien nachprüfbar. Der Sozialausschuss hat das Konzept am 04.03.2021 \
             ausführlich beraten.",
            Some("Eine Abstimmung mit der Kreiskämmerei ist nicht erforderlich."),
        )
        .await?;
    for (org, name, day, role, result, votes) in [
        (
            "sozial",
            "Sitzung des Ausschusses für Soziales, Familie, Gesundheit, Gleichstellung und Ausländerfragen",
            "04.03.2021",
            ConsultationRole::Preliminary,
            "zugestimmt",
            (9, 0, 0, 0),
        ),
        (
            "ka",
            "Sitzung des Kreisausschusses",
            "17.03.2021",
            ConsultationRole::Preliminary,
            "zugestimmt",
            (6, 1, 0, 0),
        ),
        (
            "kt",
            "Sitzung des Kreistages",
            "31.03.2021",
            ConsultationRole::Decision,
            "beschlossen",
            (27, 6, 0, 0),
        ),
    ] {
        let meeting = d.meeting(name, org, day, None, None, None).await?;
        d.consult(
            paper,
            org,
            Some(meeting),
            role,
            Some(Outcome {
                number: None,
                result,
                votes: Some(votes),
                unanimous: false,
                minutes: None,
            }),
        )
        .await?;
    }
    attach_votes(&d, paper).await?;
    // The Kreistag's resolution enters resolution tracking as the coordination would take
    // it over from the minutes: with the paper's lead, no deadline yet.
    d.store.track_outcomes(d.body_id).await?;
    // Goals, measures, responsibilities and periods are accounted for by continuous reports.
    d.cycle(
        "Bericht über Ziele, Maßnahmen und Umsetzungsstand",
        "sozial",
        12,
        "2026-11-05",
        Some(c),
        Some(paper),
    )
    .await?;
    Ok(())
}

/// The vote results of paper 2021/7/014's consultations as a table, attached to the paper.
async fn attach_votes(d: &Demo<'_>, paper: i64) -> Result<()> {
    let csv = "Gremium;Datum;Ja;Nein;Enthaltungen;Befangen\n\
               Ausschuss für Soziales, Familie, Gesundheit, Gleichstellung und Ausländerfragen;04.03.2021;9;0;0;0\n\
               Kreisausschuss;17.03.2021;6;1;0;0\n\
               Kreistag;31.03.2021;27;6;0;0\n";
    let checked = teilhabe_domain::files::check_upload(
        Some("Abstimmungsergebnisse der Beratungsfolge"),
        "abstimmungen-2021-7-014.csv",
        csv.as_bytes(),
    )
    .map_err(teilhabe_store::StoreError::Invalid)?;
    d.store
        .attach_file(paper, &checked, csv.as_bytes(), true)
        .await?;
    Ok(())
}
