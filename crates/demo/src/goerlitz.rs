//! S2: Landkreis Görlitz — "Ankommen und Leben im Landkreis Görlitz", developed in a broad
//! participation process funded by the Free State of Saxony.

use crate::build::{COMMON_GROUPS, Demo, MeasureSpec};
use teilhabe_domain::{
    ActorClass as A, BodyKind, ConceptKind, ConceptStatus, OrganizationKind as K, Priority as P,
    Scope as S,
};
use teilhabe_store::{Result, Store};

const FRL: &str = "Freistaat Sachsen, Förderrichtlinie Integrative Maßnahmen";

/// The organisations: `(handle, name, kind, classification)`.
const ORGS: &[(&str, &str, K, Option<A>)] = &[
    ("sg", "Sachgebiet Integration", K::Department, None),
    ("dezernat", "Dezernat für Soziales", K::Department, None),
    (
        "steuerung",
        "Steuerungsgruppe Integrationskonzept",
        K::SteeringGroup,
        None,
    ),
    ("kt", "Kreistag des Landkreises Görlitz", K::Council, None),
    (
        "kwg",
        "Kultur- und Weiterbildungsgesellschaft",
        K::External,
        Some(A::Education),
    ),
    (
        "ikib",
        "Institut für Kommunikation, Information und Bildung",
        K::External,
        Some(A::Association),
    ),
    (
        "sgt",
        "Städte- und Gemeindetag, Kreisverband",
        K::External,
        Some(A::Municipality),
    ),
    (
        "buendnisse",
        "Willkommensbündnisse und Vereine",
        K::External,
        Some(A::Association),
    ),
    (
        "betriebe",
        "Unternehmen mit Beschäftigten aus Polen und Tschechien",
        K::External,
        Some(A::Business),
    ),
];

pub async fn load(store: &Store) -> Result<()> {
    let mut d = Demo::body(
        store,
        "14626",
        "Landkreis Görlitz",
        BodyKind::Landkreis,
        "https://www.kreis-goerlitz.de",
    )
    .await?;
    d.orgs(ORGS).await?;
    d.groups(COMMON_GROUPS).await?;
    d.groups(&[(
        "border",
        "Grenzpendlerinnen und Grenzpendler",
        "Beschäftigte aus Polen und Tschechien, die im Landkreis arbeiten oder zeitweise wohnen",
    )])
    .await?;
    let c = d
        .concept(
            "Ankommen und Leben im Landkreis Görlitz",
            ConceptKind::Concept,
            "2019",
            ConceptStatus::Draft,
            None,
            None,
            "Die Kreisverwaltung richtete ein Sachgebiet Integration mit Personal und Budget ein und band externe Partner: eine \
             Gesellschaft für Organisation und Finanzierung und ein Institut für die Begleitung des Beteiligungsprozesses. Eine \
             Steuerungsgruppe aus Verwaltung, Kreistagsfraktionen, Städte- und Gemeindetag und Zivilgesellschaft traf sich achtmal. \
             Beteiligt wurden die Bevölkerung mit einer repräsentativen Befragung (1.000 Befragte), Geflüchtete in Gemeinschaftsunterkünften \
             mit 31 Interviews, unbegleitete Minderjährige in zwei Konsultationsworkshops, Vereine und Engagierte im Integrationsforum und \
             bei der Vorstellung der Befragungsergebnisse vor der Presse sowie 2018 die Planungsräume mit eigenen Veranstaltungen. \
             Befragungen und Workshops mit polnischen und tschechischen Beschäftigten über ihre Betriebe sind vorgesehen. Finanziert \
             wurde das Vorhaben mit Mitteln des Freistaates Sachsen.",
        )
        .await?;
    d.principles(
        c,
        &[
            (
                "Integration ist eine Aufgabe der ganzen Gesellschaft.",
                "Sie betrifft viele Lebensbereiche und braucht die Erfahrung aller Beteiligten.",
            ),
            (
                "Beteiligung ist echt und breit.",
                "Menschen entwickeln gemeinsam Projekte und setzen sie um.",
            ),
        ],
    )
    .await?;
    let f = d
        .field(
            c,
            "Strategie und Planung",
            "Das Konzept als Strategiepapier für kommunales Handeln.",
        )
        .await?;
    let g = d
        .goal(
            f,
            "Die Diskussionskultur zwischen Kreistag und Verwaltung verbessert sich",
            None,
        )
        .await?;
    let m11 = d.measure(g, &MeasureSpec {
        code: "1.1", title: "Steuerungsgruppe Integrationskonzept", description: "Acht Arbeitstreffen mit Verwaltung, Fraktionen, Städte- und Gemeindetag und Zivilgesellschaft.",
        lead: "sg", partners: &["steuerung", "sgt", "ikib"], contact: None, groups: &["host"], scope: S::County, scope_detail: None,
        start: "2017-09-01", end: Some("2019-06-30"), priority: P::High, budget: &[(2018, 45_000, FRL, 4_500), (2019, 30_000, FRL, 3_000)],
    }).await?;
    let f = d
        .field(
            c,
            "Arbeit und Grenzregion",
            "Beschäftigte aus den Nachbarländern und ihre Betriebe.",
        )
        .await?;
    let g = d
        .goal(
            f,
            "Die Lage der Grenzpendlerinnen und Grenzpendler ist bekannt und berücksichtigt",
            None,
        )
        .await?;
    let m21 = d.measure(g, &MeasureSpec {
        code: "2.1", title: "Befragungen und Workshops mit Beschäftigten aus Polen und Tschechien", description: "Über die Betriebe, in denen sie arbeiten, werden polnische und tschechische Beschäftigte befragt und zu Workshops eingeladen.",
        lead: "sg", partners: &["betriebe", "ikib"], contact: None, groups: &["border", "workers"], scope: S::County, scope_detail: None,
        start: "2019-01-01", end: Some("2020-12-31"), priority: P::Medium, budget: &[(2019, 18_000, FRL, 1_800)],
    }).await?;
    let f = d
        .field(
            c,
            "Jugend und Bildung",
            "Kinder, Jugendliche und unbegleitete Minderjährige.",
        )
        .await?;
    let g = d
        .goal(f, "Unbegleitete Minderjährige werden gehört", None)
        .await?;
    let m31 = d.measure(g, &MeasureSpec {
        code: "3.1", title: "Konsultationsworkshops mit unbegleiteten Minderjährigen", description: "Zwei Workshops, in denen junge Menschen ihre Wahrnehmung des Ankommens schildern.",
        lead: "ikib", partners: &["sg"], contact: None, groups: &["umf", "youth"], scope: S::County, scope_detail: None,
        start: "2018-03-01", end: Some("2018-12-31"), priority: P::Medium, budget: &[(2018, 6_000, FRL, 600)],
    }).await?;
    crate::participation::goerlitz(&d, c, [m11, m21, m31]).await?;
    crate::comments::goerlitz(store, c, m21, m11).await?;

    // The draft in its consultation, and the draft resolution that will put it to the Kreistag.
    let paper = d
        .paper(
            "2019/KT/031",
            "Integrationskonzept „Ankommen und Leben im Landkreis Görlitz“",
            Some("sg"),
            None,
            Some("Sachgebiet Integration"),
            Some(c),
            "Der Kreistag beschließt das Integrationskonzept „Ankommen und Leben im Landkreis Görlitz“ als Grundlage \
             der Integrationsarbeit des Landkreises. Die Verwaltung berichtet dem Kreistag regelmäßig über die Umsetzung.",
            "Das Konzept ist in einem breiten Beteiligungsprozess entstanden: mit einer repräsentativen Befragung der \
             Bevölkerung, Interviews in Gemeinschaftsunterkünften, Workshops mit unbegleiteten Minderjährigen, einem \
             Integrationsforum und Veranstaltungen in den Planungsräumen. Eine Steuerungsgruppe aus Verwaltung, \
             Kreistagsfraktionen, Städte- und Gemeindetag und Zivilgesellschaft hat den Entwurf begleitet.",
            Some("Die Maßnahmen werden aus dem Budget des Sachgebiets Integration und mit Fördermitteln des Freistaates Sachsen finanziert."),
        )
        .await?;
    d.consult(
        paper,
        "steuerung",
        None,
        teilhabe_domain::ConsultationRole::Preliminary,
        None,
    )
    .await?;
    d.consult(
        paper,
        "kt",
        None,
        teilhabe_domain::ConsultationRole::Decision,
        None,
    )
    .await?;
    crate::surveys::load(store, d.body_id).await?;
    Ok(())
}
