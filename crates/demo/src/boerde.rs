//! S0: Landkreis Börde — the culture and social committee commissions an integration
//! concept (paper 2017/FB3/0433) and asks to be kept informed about each work step.

use crate::build::{COMMON_GROUPS, Demo, MeasureSpec, Outcome};
use teilhabe_domain::ConsultationRole;
use teilhabe_domain::{
    BodyKind, ConceptKind, ConceptStatus, OrganizationKind as K, Priority as P, Scope as S,
};
use teilhabe_store::{Result, Store};

pub async fn load(store: &Store) -> Result<()> {
    let mut d = Demo::body(
        store,
        "15083",
        "Landkreis Börde",
        BodyKind::Landkreis,
        "https://www.boerdekreis.de",
    )
    .await?;
    d.orgs(&[
        ("fb3", "Fachbereich 3", K::Department, None),
        ("ksa", "Kultur- und Sozialausschuss", K::Committee, None),
        ("kt", "Kreistag des Landkreises Börde", K::Council, None),
    ])
    .await?;
    d.groups(COMMON_GROUPS).await?;
    d.role("koordination", "Integrationskoordination", "fb3")
        .await?;
    d.role("fbk", "Fachbereichskoordination", "fb3").await?;
    let c = d
        .concept(
            "Integrationskonzept des Landkreises Börde",
            ConceptKind::Concept,
            "Entwurf 2017",
            ConceptStatus::Draft,
            None,
            Some("2017/FB3/0433"),
            "Nach einer ersten Aussprache im Februar 2017 stellte die Integrationskoordination dem Kultur- und Sozialausschuss am \
             19.04.2017 Vorgehen und möglichen Aufbau eines Integrationskonzepts vor; der Ausschuss stimmte der Erarbeitung einstimmig zu. \
             Das Konzept soll Grundlage für alle regionalen Akteure sein, die vernetzte Integrationsarbeit weiterentwickeln und Verwaltung \
             und Politik als dauerhaftes Steuerungsinstrument dienen. Es richtet sich an Zugewanderte ebenso wie an Vereine, Institutionen, \
             Bevölkerung, Verwaltung und Politik und entsteht als gemeinsamer Prozess mit allen Akteuren. Der Ausschuss wird regelmäßig \
             über Zeitplan und Arbeitsergebnisse unterrichtet.",
        )
        .await?;
    let f = d
        .field(
            c,
            "Steuerung und Beteiligung",
            "Wie das Konzept gemeinsam erarbeitet und gesteuert wird.",
        )
        .await?;
    let g = d
        .goal(
            f,
            "Das Konzept wird mit allen Akteuren im Landkreis erarbeitet",
            None,
        )
        .await?;
    d.measure(
        g,
        &MeasureSpec {
            code: "0.1",
            title: "Regelmäßige Unterrichtung des Kultur- und Sozialausschusses",
            description: "Die Integrationskoordination berichtet dem Ausschuss über jeden Arbeitsschritt und stellt die Ergebnisse zur Diskussion.",
            lead: "fb3",
            partners: &["ksa"],
            contact: Some("koordination"),
            groups: &["host"],
            scope: S::County,
            scope_detail: None,
            start: "2017-04-19",
            end: None,
            priority: P::High,
            budget: &[],
        },
    )
    .await?;
    council(&d, c).await
}

/// The committee meeting of 19.04.2017 that commissioned the concept.
async fn council(d: &Demo<'_>, concept: i64) -> Result<()> {
    let room = d
        .location(
            "Sitzungsraum II",
            "Landkreis Börde, Verwaltungsgebäude",
            "Gerikestraße 104",
            "39340",
            "Haldensleben",
        )
        .await?;
    let meeting = d
        .meeting(
            "Ordentliche Sitzung des Kultur- und Sozialausschusses",
            "ksa",
            "19.04.2017 17:00",
            Some("19.04.2017 18:55"),
            Some(room),
            None,
        )
        .await?;
    let paper = d
        .paper(
            "2017/FB3/0433",
            "Beauftragung zur Erarbeitung eines Integrationskonzeptes",
            Some("fb3"),
            Some("koordination"),
            Some("Sachbearbeitung Fachbereich 3"),
            Some(concept),
            "Die Verwaltung wird beauftragt, gemeinsam mit den Akteuren im Landkreis ein Integrationskonzept zu erarbeiten; \
             der Kultur- und Sozialausschuss wird regelmäßig über die Arbeitsschritte unterrichtet.",
            "Nach einer ersten Aussprache im Februar 2017 stellt die Integrationskoordination Vorgehen und möglichen Aufbau \
             eines Integrationskonzepts vor. Das Konzept soll Grundlage der Arbeit aller Akteure und ein dauerhaftes \
             Steuerungsinstrument für Verwaltung und Politik werden. Über die Erarbeitung entscheidet der Kreistag.",
            None,
        )
        .await?;
    d.consult(
        paper,
        "ksa",
        Some(meeting),
        ConsultationRole::Preliminary,
        Some(Outcome {
            number: Some("Ö 5.1"),
            result: "beschlossen",
            // The minutes record the confirmation as unanimous, without counts.
            votes: None,
            unanimous: true,
            minutes: Some("Der Ausschuss bestätigt die Erarbeitung einstimmig und bittet, regelmäßig über den Stand der Arbeit informiert zu werden."),
        }),
    )
    .await?;
    d.closed_item(meeting, "N 1", "Nichtöffentlicher Teil")
        .await?;
    // The committee asked to be informed regularly about the work steps.
    d.cycle(
        "Stand der Arbeiten am Integrationskonzept",
        "ksa",
        6,
        "2026-12-09",
        Some(concept),
        Some(paper),
    )
    .await?;
    d.consult(paper, "kt", None, ConsultationRole::Decision, None)
        .await
}
