//! Output indicators of demo measures: Peine's course coordination counts the advice it
//! gives on choosing a course and the courses it lists in the course exchange, with the
//! running totals of its report of December 2025. Against its period (April 2022 to the end
//! of 2026) the courses lag behind: the status report shows the measure yellow, its stand
//! read from the outputs. The figures are invented for the demo, as is the assumption the
//! impact chain notes for the measure.

use teilhabe_domain::codes::{ConceptStatus, MeasureStatus};
use teilhabe_domain::concepts::ProgressReportDraft;
use teilhabe_domain::impact::{OutputDraft, OutputValue};
use teilhabe_domain::values::{Hundredths, Percent};
use teilhabe_domain::{Coded, Date};
use teilhabe_store::{Result, Store};

pub async fn load(store: &Store) -> Result<()> {
    let peine = store.body_by_key("03157").await?;
    for c in store.concepts(peine.id).await? {
        if c.status != ConceptStatus::Adopted.code() {
            continue;
        }
        let measures = store.measure_list_of_concept(c.id).await?;
        let Some(m) = measures
            .iter()
            .find(|m| m.title == "Sprachkurskoordination und Kursbörse")
        else {
            continue;
        };
        let mut values = Vec::new();
        for (name, unit, target, reached) in [
            ("Beratungen zur Kurswahl", "Personen", 1200, 1000),
            ("Kurse in der Kursbörse veröffentlicht", "Kurse", 150, 95),
        ] {
            let o = store
                .create_output(
                    m.id,
                    &OutputDraft {
                        name: name.into(),
                        unit: Some(unit.into()),
                        target: Hundredths::from_hundredths(target * 100),
                    },
                )
                .await?;
            values.push(OutputValue {
                output_id: o.id,
                value: Hundredths::from_hundredths(reached * 100),
            });
        }
        let Some(on) = Date::from_ymd(2025, 12, 20) else {
            continue;
        };
        store
            .create_progress_report(
                m.id,
                &ProgressReportDraft {
                    reported_on: on,
                    status: MeasureStatus::InProgress,
                    progress: Percent::new(85).unwrap_or_default(),
                    narrative: "Die Kursbörse ist eingeführt; die Beratung läuft in allen Gemeinden. Weniger Träger als erwartet melden ihre Kurse, vor allem Abendkurse fehlen.".into(),
                    spent: None,
                    reporter_organization_id: Some(m.lead_organization_id),
                    outputs: values,
                },
            )
            .await?;
        // The impact chain's assumption for the measure (and for its goal's indicator,
        // where the goal has one).
        let mut a = store.chain_assumptions(c.id).await?;
        a.measures.insert(
            m.id,
            "Wer einen passenden Kurs schnell findet, beginnt früher und bricht seltener ab; eine Übersicht aller Kurse und eine Beratung zur Wahl verkürzen die Suche.".into(),
        );
        if store.goal_target(m.goal_id).await?.is_some() {
            a.goals.insert(
                m.goal_id,
                "Der Indikator zeigt, ob mehr Menschen den Zugang zu Sprache und Arbeit finden, dem die Kurse dienen.".into(),
            );
        }
        store.set_chain_assumptions(c.id, &a).await?;
    }
    Ok(())
}
