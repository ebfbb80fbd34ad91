//! Counties at full size for the scale benchmarks (`teilhabe bench-data --bodies N`): real
//! Kreise from the municipality directory, each with two concept versions, ~300 measures,
//! eight years of quarterly progress reports, papers, meetings, participation and a survey;
//! and the official statistics for every region (`--statistics`).
//!
//! Every row goes through the same tables, triggers (audit trail, search queue) and
//! indexes as in use; rows are written many per statement with ids counted here, so a
//! county takes about a second. The content is deterministic: the same options write the
//! same database.

use crate::columns::Generator;
use crate::rows::{Ids, WITH_IDS};
use teilhabe_domain::BodyKind;
use teilhabe_stats::regions::{Level, regions};
use teilhabe_store::{Result, Store, StoreError};

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

/// What was generated.
#[derive(Debug, Default)]
pub struct ScaleSummary {
    /// Official keys of the bodies, in the order written (the first is body #1).
    pub keys: Vec<String>,
    pub rows: Vec<(&'static str, u64)>,
}

/// Generates `options.bodies` counties (the Kreise of the directory in key order that
/// are not in the database yet), one transaction each, each indexed for the search
/// right after it; then refreshes the planner statistics. `progress` hears each body's
/// key.
pub async fn generate_scale(
    store: &Store,
    options: &ScaleOptions,
    mut progress: impl FnMut(usize, &str),
) -> Result<ScaleSummary> {
    let existing: Vec<String> = store
        .list_bodies()
        .await?
        .into_iter()
        .map(|b| b.key)
        .collect();
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
    let mut ids = Ids::load(store).await?;
    let mut g = Generator::new();
    let mut summary = ScaleSummary::default();
    for (n, kreis) in kreise.iter().enumerate() {
        let mut tx = store.begin_load().await?;
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
        store.commit_load(tx).await?;
        // Indexed for the search now, not by the server while it is being measured;
        // and body by body, so that no transaction holds the whole index and a body is
        // searchable once it is generated. (At 400 counties on PostgreSQL that did not
        // make the indexing faster than one pass at the end: see BENCHMARKS.md.)
        store.refresh_search_index().await?;
        summary.keys.push(kreis.key.to_owned());
        progress(n + 1, kreis.key);
    }
    store.continue_ids(WITH_IDS).await?;
    summary.rows = g.counts();
    store.analyze().await?;
    Ok(summary)
}

/// "Kiel, Landeshauptstadt" → "Kiel".
fn short_name(name: &str) -> &str {
    name.split_once(", ").map_or(name, |(n, _)| n)
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
