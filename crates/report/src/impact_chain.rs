//! The impact chain as the status report and the printed concept show it: per field of
//! action, each goal with the indicator that measures it (target, latest value, standing)
//! and the assumption of that link, then the measures serving the goal with their outputs,
//! rating and assumption — as text, the same content as the portal's page. Assembled by
//! `teilhabe_store::impact_chain`.

use crate::ReportError;
use crate::gather::Context;
use serde::Serialize;
use teilhabe_stats::show::{period_de, shown};
use teilhabe_store::impact_chain::ChainTarget;

#[derive(Serialize)]
pub struct ChainField {
    pub title: String,
    pub goals: Vec<ChainGoal>,
}

#[derive(Serialize)]
pub struct ChainGoal {
    pub title: String,
    /// "Name (Outcome|Impact): Zielwert … bis …; zuletzt … (…) – standing"; none without.
    pub measured_by: Option<String>,
    pub assumption: Option<String>,
    pub measures: Vec<ChainMeasure>,
}

#[derive(Serialize)]
pub struct ChainMeasure {
    pub title: String,
    pub public: bool,
    pub assumption: Option<String>,
    pub outputs: Vec<String>,
    pub rating: Option<String>,
}

fn measured_by(t: &ChainTarget) -> String {
    let unit = t.unit.as_deref().unwrap_or("");
    let number = |v: f64| shown(Some(v), None, teilhabe_stats::show::decimals_for(v));
    let latest = match &t.latest {
        Some((p, v)) => format!("zuletzt {} {unit} ({})", number(*v), period_de(p)),
        None => "noch keine Daten".into(),
    };
    let level = if t.level == "impact" {
        "Impact"
    } else {
        "Outcome"
    };
    format!(
        "{} ({level}): Zielwert {} {unit} bis {}; {latest} – {}",
        t.name,
        number(t.target_value),
        t.target_year,
        t.standing.label()
    )
    .replace("  ", " ")
}

/// The chain of the report's concept version as of the report's day (non-public measures
/// only in an internal report).
pub async fn chain(ctx: &Context<'_>, concept_id: i64) -> Result<Vec<ChainField>, ReportError> {
    let fields = ctx
        .store
        .impact_chain(concept_id, &ctx.as_of_iso(), ctx.internal)
        .await?;
    Ok(fields
        .into_iter()
        .map(|f| ChainField {
            title: f.title,
            goals: f
                .goals
                .into_iter()
                .map(|g| ChainGoal {
                    measured_by: g.target.as_ref().map(measured_by),
                    assumption: g.target.and_then(|t| t.assumption),
                    title: g.title,
                    measures: g
                        .measures
                        .into_iter()
                        .map(|m| ChainMeasure {
                            title: m.label(),
                            public: m.public,
                            assumption: m.assumption,
                            outputs: m
                                .outputs
                                .iter()
                                .map(|o| format!("{}: {}", o.output.name, o.german()))
                                .collect(),
                            rating: m.rating.map(|r| r.german()),
                        })
                        .collect(),
                })
                .collect(),
        })
        .filter(|f| !f.goals.is_empty())
        .collect())
}
