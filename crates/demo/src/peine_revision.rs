//! S3 → S1 as one revision: the Leitbild of 2006 and the concept of 2022 were written years
//! apart, but the 2022 concept continues much of the Leitbild — two guiding principles in new
//! words, four of its fields of action, three of its goals, three of its measures (renamed,
//! one under a new goal); the fourth ended. Recorded here as the coordinator would link
//! them, so the comparison page shows what changed from 2006 to 2022.

use crate::build::Demo;
use teilhabe_domain::revision::{CarryDecision, ItemKind, MeasureCarry};
use teilhabe_store::{Result, StoreError};

/// Which 2022 item continues which 2006 item, by title: (kind, 2022, 2006).
const LINKS: &[(ItemKind, &str, &str)] = &[
    (
        ItemKind::Principle,
        "Vielfalt als Stärke",
        "Vielfalt wird als Bereicherung für den Landkreis verstanden.",
    ),
    (
        ItemKind::Principle,
        "Gemeinsame Verantwortung",
        "Integration ist eine gemeinsame Aufgabe von Einheimischen und Zugewanderten.",
    ),
    (
        ItemKind::Field,
        "Sprache und Bildung",
        "Sprache und Bildung",
    ),
    (ItemKind::Field, "Arbeit und Ausbildung", "Arbeit"),
    (
        ItemKind::Field,
        "Gesellschaftliche Teilhabe und Zusammenleben",
        "Soziale Integration",
    ),
    (
        ItemKind::Field,
        "Interkulturelle Öffnung der Verwaltung",
        "Interkulturelle Öffnung der Verwaltung",
    ),
    (
        ItemKind::Field,
        "Integrationsmanagement und Strukturen",
        "Controlling",
    ),
    (
        ItemKind::Goal,
        "Alle Neuzugewanderten finden zeitnah einen passenden Sprachkurs",
        "Deutschkenntnisse und Bildungserfolg stärken",
    ),
    (
        ItemKind::Goal,
        "Beschäftigte der Kreisverwaltung handeln interkulturell kompetent",
        "Die Verwaltung öffnet sich für alle Bürgerinnen und Bürger",
    ),
    (
        ItemKind::Goal,
        "Politik und Öffentlichkeit sind regelmäßig informiert",
        "Jährlicher Bericht der Leitstelle Integration an den Fachausschuss",
    ),
    (
        ItemKind::Measure,
        "Sprachkurskoordination und Kursbörse",
        "Sprachkursangebote kreisweit abstimmen und bekannt machen",
    ),
    (
        ItemKind::Measure,
        "Anerkennungsberatung vor Ort",
        "Beratung zur beruflichen Eingliederung bündeln",
    ),
    (
        ItemKind::Measure,
        "Fortbildungsreihe interkulturelle Kompetenz",
        "Fortbildungen zur interkulturellen Kompetenz für Beschäftigte",
    ),
];

/// What became of the Leitbild's measures: (code, decision, reason).
const DECISIONS: &[(&str, CarryDecision, Option<&str>)] = &[
    ("S-1", CarryDecision::Change, None),
    ("A-1", CarryDecision::Change, None),
    (
        "G-1",
        CarryDecision::End,
        Some(
            "Die Begegnungsangebote tragen inzwischen die Vereine selbst; der Landkreis fördert stattdessen Quartierstreffs in Wohngebieten mit hohem Zuzug (Maßnahme 4.3).",
        ),
    ),
    ("V-1", CarryDecision::Change, None),
];

pub(crate) async fn link(d: &Demo<'_>) -> Result<()> {
    let concepts = d.store.concepts(d.body_id).await?;
    let version = |label: &str| {
        concepts
            .iter()
            .find(|c| c.version_label == label)
            .map(|c| c.id)
            .ok_or_else(|| StoreError::Refused(format!("Peine's version {label}")))
    };
    let (old, new) = (version("2006")?, version("2022")?);
    let before = d.store.version_items(old, true).await?;
    let after = d.store.version_items(new, true).await?;
    let find = |list: &[teilhabe_domain::revision::Item], kind: ItemKind, title: &str| {
        list.iter()
            .find(|i| i.kind == kind && i.title == title)
            .map(|i| i.id)
            .ok_or_else(|| StoreError::Refused(format!("{} „{title}“", kind.label())))
    };
    let mut links = Vec::new();
    for &(kind, now, then) in LINKS {
        links.push((kind, find(&after, kind, now)?, find(&before, kind, then)?));
    }
    let measures = d.store.measure_list_of_concept(old).await?;
    let mut decisions = Vec::new();
    for &(code, decision, reason) in DECISIONS {
        let m = measures
            .iter()
            .find(|m| m.code.as_deref() == Some(code))
            .ok_or_else(|| StoreError::Refused(format!("measure {code} of 2006")))?;
        decisions.push(MeasureCarry {
            measure_id: m.id,
            decision,
            reason: reason.map(str::to_owned),
        });
    }
    d.store.link_versions(new, &links, &decisions).await?;
    Ok(())
}
