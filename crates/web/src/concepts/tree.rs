//! A concept's tree as its pages show it: fields of action → goals (with their targets
//! against the monitoring) → measures, built with a fixed number of queries per page.

use crate::kit::context::Context;
use crate::kit::format::{coded_label, period_de};
use std::collections::HashMap;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{ConceptStatus, MeasureStatus};
use teilhabe_store::{Concept, FieldOfAction, Goal, Measure, Result, Store};

pub fn concept_status(cx: &Context, c: &Concept) -> String {
    coded_label::<ConceptStatus>(cx, "concept-status", &c.status)
}

/// A measure as a row in a plan table.
pub struct MeasureRow {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub lead: String,
    pub period: String,
    pub status: String,
    pub status_code: String,
    pub progress: i64,
    pub public: bool,
    pub last_report: String,
}

pub struct GoalNode {
    pub goal: Goal,
    pub measures: Vec<MeasureRow>,
    pub target: Option<TargetView>,
}

/// A goal's indicator target and where the body stands.
pub struct TargetView {
    pub indicator: String,
    pub code: String,
    pub target: String,
    pub year: i64,
    /// latest value with its period, or "keine Daten"
    pub current: String,
    pub standing: String,
    pub standing_code: &'static str,
}

async fn target_view(
    cx: &Context,
    store: &Store,
    region: &str,
    t: &teilhabe_store::indicators::GoalTarget,
    internal: bool,
) -> Result<Option<TargetView>> {
    use teilhabe_stats::indicators::{assess, period_year};
    let indicator = store.indicator(t.indicator_id).await?;
    let series = store
        .indicator_points(&indicator, &[region.to_owned()], internal)
        .await?;
    let points: Vec<(f64, f64)> = series
        .iter()
        .filter_map(|p| Some((period_year(&p.period)?, p.value?)))
        .collect();
    let standing = assess(
        indicator.direction(),
        &points,
        t.target_value,
        t.target_year,
    );
    let unit = indicator.unit.clone().unwrap_or_default();
    let d = crate::kit::charts::decimals_for(t.target_value);
    let current = match series
        .iter()
        .rev()
        .find(|p| p.value.is_some() || p.flag.is_some())
    {
        Some(p) => format!(
            "{} {unit} ({})",
            crate::monitoring::shown(
                p.value,
                p.flag.as_deref(),
                p.value.map_or(d, crate::kit::charts::decimals_for)
            ),
            crate::monitoring::period_de(&p.period)
        ),
        None => cx.tr("target-no-data"),
    };
    Ok(Some(TargetView {
        indicator: indicator.name.clone(),
        code: indicator.code.clone(),
        target: format!(
            "{} {unit}",
            crate::kit::charts::de_number(t.target_value, d)
        ),
        year: t.target_year,
        current,
        standing: cx.tr_or(&format!("standing-{}", standing.code()), standing.label()),
        standing_code: standing.code(),
    }))
}

pub struct FieldNode {
    pub field: FieldOfAction,
    pub goals: Vec<GoalNode>,
}

/// Fields → goals → measures of one concept. Non-public measures only when asked for.
pub async fn concept_tree(
    cx: &Context,
    store: &Store,
    concept: &Concept,
    with_non_public: bool,
) -> Result<Vec<FieldNode>> {
    // Independent reads, run side by side on the pool.
    let (fields, goals, measures, latest, orgs) = tokio::try_join!(
        store.fields_of_action(concept.id),
        store.goals_of_concept(concept.id),
        store.measure_list_of_concept(concept.id),
        store.latest_report_dates_of_concept(concept.id),
        store.organization_names(concept.body_id),
    )?;
    let mut by_goal: HashMap<i64, Vec<MeasureRow>> = HashMap::new();
    for m in measures
        .into_iter()
        .filter(|m| with_non_public || m.public.0)
    {
        by_goal.entry(m.goal_id).or_default().push(measure_row(
            cx,
            &m,
            &orgs,
            latest.get(&m.id).map(String::as_str),
        ));
    }
    let targets = store.goal_targets_of_concept(concept.id).await?;
    let region = if targets.is_empty() {
        String::new()
    } else {
        store.body(concept.body_id).await?.key
    };
    let mut goals_by_field: HashMap<i64, Vec<GoalNode>> = HashMap::new();
    for g in goals {
        let measures = by_goal.remove(&g.id).unwrap_or_default();
        let target = match targets.iter().find(|t| t.goal_id == g.id) {
            Some(t) => target_view(cx, store, &region, t, with_non_public).await?,
            None => None,
        };
        goals_by_field
            .entry(g.field_id)
            .or_default()
            .push(GoalNode {
                goal: g,
                measures,
                target,
            });
    }
    Ok(fields
        .into_iter()
        .map(|f| {
            let goals = goals_by_field.remove(&f.id).unwrap_or_default();
            FieldNode { field: f, goals }
        })
        .collect())
}

pub fn measure_row(
    cx: &Context,
    m: &Measure,
    orgs: &HashMap<i64, String>,
    last_report: Option<&str>,
) -> MeasureRow {
    MeasureRow {
        id: m.id,
        code: m.code.clone().unwrap_or_default(),
        title: m.title.clone(),
        lead: orgs
            .get(&m.lead_organization_id)
            .cloned()
            .unwrap_or_default(),
        period: period_de(cx, &m.start_date, &m.end_date),
        status: coded_label::<MeasureStatus>(cx, "measure-status", &m.status),
        status_code: m.status.clone(),
        progress: m.progress,
        public: m.public.0,
        last_report: last_report.map_or_else(|| "—".into(), german_date),
    }
}
