//! A concept's impact chain, assembled once for the portal page, the administration, the
//! API and the reports: per field of action its goals, each with the indicator that
//! measures it (level, target, latest value, standing, and the assumption why it measures
//! the goal), and the measures serving the goal, each with its outputs (target, reported,
//! rating) and the assumption why it serves the goal.
//!
//! It reads in a fixed number of queries per concept plus one series per goal target.

use crate::impact::{OutputState, rating_of};
use crate::{Result, Store};
use serde::Serialize;
use std::collections::HashMap;
use teilhabe_domain::impact::Rating;
use teilhabe_stats::indicators::{Standing, assess, period_year};

#[derive(Debug, Clone, Serialize)]
pub struct ChainField {
    pub id: i64,
    pub title: String,
    pub goals: Vec<ChainGoal>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChainGoal {
    pub id: i64,
    pub title: String,
    pub target: Option<ChainTarget>,
    pub measures: Vec<ChainMeasure>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChainTarget {
    pub indicator_id: i64,
    pub code: String,
    pub name: String,
    /// `outcome` or `impact`.
    pub level: String,
    pub unit: Option<String>,
    pub target_value: f64,
    pub target_year: i64,
    /// The latest value for the body with its period.
    pub latest: Option<(String, f64)>,
    #[serde(serialize_with = "standing_code")]
    pub standing: Standing,
    pub assumption: Option<String>,
}

fn standing_code<S: serde::Serializer>(
    s: &Standing,
    ser: S,
) -> std::result::Result<S::Ok, S::Error> {
    ser.serialize_str(s.code())
}

#[derive(Debug, Clone, Serialize)]
pub struct ChainMeasure {
    pub id: i64,
    pub code: Option<String>,
    pub title: String,
    pub public: bool,
    pub assumption: Option<String>,
    pub outputs: Vec<OutputState>,
    /// From the outputs against the share of the period elapsed, as of the day asked.
    #[serde(skip)]
    pub rating: Option<Rating>,
}

impl ChainMeasure {
    /// "1.1 Kursbörse": the code (if any) before the title.
    pub fn label(&self) -> String {
        match &self.code {
            Some(c) => format!("{c} {}", self.title),
            None => self.title.clone(),
        }
    }
}

impl Store {
    /// The chain of a concept as of `day` (`YYYY-MM-DD`); non-public measures and internal
    /// survey results only with `internal`.
    pub async fn impact_chain(
        &self,
        concept_id: i64,
        day: &str,
        internal: bool,
    ) -> Result<Vec<ChainField>> {
        let concept = self.concept(concept_id).await?;
        let body = self.body(concept.body_id).await?;
        let (fields, goals, measures, targets, assumptions, indicators) = tokio::try_join!(
            self.fields_of_action(concept_id),
            self.goals_of_concept(concept_id),
            self.measures_of_concept(concept_id),
            self.goal_targets_of_concept(concept_id),
            self.chain_assumptions(concept_id),
            self.indicators(concept.body_id),
        )?;
        let measures: Vec<_> = measures
            .into_iter()
            .filter(|m| internal || m.public.0)
            .collect();
        let ids: Vec<i64> = measures.iter().map(|m| m.id).collect();
        let mut states = self.output_states_of(&ids, day).await?;
        let mut by_goal: HashMap<i64, Vec<ChainMeasure>> = HashMap::new();
        for m in measures {
            let outputs = states.remove(&m.id).unwrap_or_default();
            let rating = rating_of(
                &outputs,
                m.start_date.as_deref(),
                m.end_date.as_deref(),
                day,
            );
            by_goal.entry(m.goal_id).or_default().push(ChainMeasure {
                id: m.id,
                code: m.code.clone(),
                title: m.title.clone(),
                public: m.public.0,
                assumption: assumptions.measures.get(&m.id).cloned(),
                outputs,
                rating,
            });
        }
        let mut goal_nodes: HashMap<i64, Vec<ChainGoal>> = HashMap::new();
        for g in goals {
            let mut target = None;
            if let Some(t) = targets.iter().find(|t| t.goal_id == g.id)
                && let Some(i) = indicators.iter().find(|i| i.id == t.indicator_id)
            {
                let series = self
                    .indicator_points(i, std::slice::from_ref(&body.key), internal)
                    .await?;
                let year = day.get(0..4).unwrap_or("9999");
                let points: Vec<(f64, f64)> = series
                    .iter()
                    .filter(|p| p.period.get(0..4).is_some_and(|y| y <= year))
                    .filter_map(|p| Some((period_year(&p.period)?, p.value?)))
                    .collect();
                let latest = series
                    .iter()
                    .filter(|p| p.period.get(0..4).is_some_and(|y| y <= year))
                    .rev()
                    .find_map(|p| Some((p.period.clone(), p.value?)));
                target = Some(ChainTarget {
                    indicator_id: i.id,
                    code: i.code.clone(),
                    name: i.name.clone(),
                    level: i.level.clone(),
                    unit: i.unit.clone(),
                    target_value: t.target_value,
                    target_year: t.target_year,
                    latest,
                    standing: assess(i.direction(), &points, t.target_value, t.target_year),
                    assumption: t.assumption.clone(),
                });
            }
            goal_nodes.entry(g.field_id).or_default().push(ChainGoal {
                id: g.id,
                title: g.title.clone(),
                target,
                measures: by_goal.remove(&g.id).unwrap_or_default(),
            });
        }
        Ok(fields
            .into_iter()
            .map(|f| ChainField {
                id: f.id,
                title: f.title.clone(),
                goals: goal_nodes.remove(&f.id).unwrap_or_default(),
            })
            .collect())
    }
}
