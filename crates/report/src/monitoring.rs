//! The monitoring report: one section per indicator with its time series for the body, its
//! Land and Germany (chart and table), the municipalities in the latest period, the goal
//! target where a goal names one, and the sources with their licence.

use crate::ReportError;
use crate::gather::{Context, Link};
use serde::Serialize;
use serde_json::Value;
use teilhabe_domain::links::Short;
use teilhabe_stats::indicators::{assess, period_year};
use teilhabe_stats::regions::regions;
use teilhabe_stats::show::{comparison, de_number, decimals_for, period_de, region_name, shown};
use teilhabe_store::indicators::{GoalTarget, Indicator};

/// One indicator as every document shows it.
#[derive(Serialize)]
pub struct IndicatorBlock {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub description: Option<String>,
    pub source: Option<String>,
    pub direction: String,
    /// The periods as read (`2023`, `31.12.2023`), oldest first.
    pub periods: Vec<String>,
    /// One line per region; `null` where a period has no number.
    pub series: Vec<Series>,
    /// The same numbers as text, with the statistics symbols: one row per period.
    pub rows: Vec<Vec<String>>,
    pub target: Option<Target>,
    /// The latest value of the body, as text with its period.
    pub latest: String,
}

#[derive(Serialize)]
pub struct Series {
    pub label: String,
    pub values: Vec<Option<f64>>,
}

#[derive(Serialize)]
pub struct Target {
    pub goal: Option<String>,
    pub value: f64,
    pub text: String,
    pub year: i64,
    pub standing: &'static str,
    pub standing_code: &'static str,
}

/// The indicator's block up to the report's day, or `None` for one without a formula.
pub async fn indicator_block(
    ctx: &Context<'_>,
    indicator: &Indicator,
    target: Option<&GoalTarget>,
) -> Result<Option<IndicatorBlock>, ReportError> {
    if indicator.expr().is_none() && indicator.survey().is_none() {
        return Ok(None);
    }
    let regions = comparison(&ctx.body.key);
    let year = ctx.as_of.year();
    let points: Vec<_> = ctx
        .store
        .indicator_points(indicator, &regions, ctx.internal)
        .await?
        .into_iter()
        .filter(|p| {
            p.period
                .get(0..4)
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| y <= year)
        })
        .collect();
    let mut periods: Vec<String> = points.iter().map(|p| p.period.clone()).collect();
    periods.sort();
    periods.dedup();
    let decimals = points
        .iter()
        .filter_map(|p| p.value)
        .map(decimals_for)
        .max()
        .unwrap_or(0);
    let at = |r: &str, period: &str| points.iter().find(|p| p.region == r && p.period == period);
    let series = regions
        .iter()
        .map(|r| Series {
            label: region_name(r),
            values: periods
                .iter()
                .map(|p| at(r, p).and_then(|x| x.value))
                .collect(),
        })
        .collect();
    let rows = periods
        .iter()
        .map(|p| {
            let mut row = vec![period_de(p)];
            row.extend(regions.iter().map(|r| {
                at(r, p).map_or_else(
                    || "–".into(),
                    |x| shown(x.value, x.flag.as_deref(), decimals),
                )
            }));
            row
        })
        .collect();
    let unit = indicator.unit.clone().unwrap_or_default();
    let own: Vec<_> = points.iter().filter(|p| p.region == ctx.body.key).collect();
    let latest = own
        .iter()
        .rev()
        .find(|p| p.value.is_some() || p.flag.is_some())
        .map_or_else(
            || "keine Daten".into(),
            |p| {
                let unit = if p.value.is_some() { unit.as_str() } else { "" };
                let value = format!("{} {unit}", shown(p.value, p.flag.as_deref(), decimals));
                format!("{} ({})", value.trim_end(), period_de(&p.period))
            },
        );
    let target = match target {
        Some(t) => {
            let values: Vec<(f64, f64)> = own
                .iter()
                .filter_map(|p| Some((period_year(&p.period)?, p.value?)))
                .collect();
            let standing = assess(
                indicator.direction(),
                &values,
                t.target_value,
                t.target_year,
            );
            let goal = ctx.store.goal(t.goal_id).await.ok().map(|g| g.title);
            Some(Target {
                goal,
                value: t.target_value,
                text: format!(
                    "{} {unit}",
                    de_number(t.target_value, decimals_for(t.target_value))
                )
                .trim_end()
                .to_owned(),
                year: t.target_year,
                standing: standing.label(),
                standing_code: standing.code(),
            })
        }
        None => None,
    };
    Ok(Some(IndicatorBlock {
        code: indicator.code.clone(),
        name: indicator.name.clone(),
        unit,
        description: indicator.description.clone(),
        source: indicator.source.clone(),
        direction: indicator.direction_label().to_owned(),
        periods: periods.iter().map(|p| period_de(p)).collect(),
        series,
        rows,
        target,
        latest,
    }))
}

#[derive(Serialize)]
struct Doc {
    regions: Vec<String>,
    indicators: Vec<Section>,
    link: Link,
}

#[derive(Serialize)]
struct Section {
    #[serde(flatten)]
    block: IndicatorBlock,
    link: Link,
    /// The municipalities of a Kreis in the latest period with data.
    municipalities: Vec<(String, String)>,
    municipal_period: String,
}

pub async fn data(ctx: &Context<'_>) -> Result<(String, String, Value), ReportError> {
    let store = ctx.store;
    let indicators = store.indicators(ctx.body.id).await?;
    let targets = match ctx.concept().await {
        Ok(c) => store.goal_targets_of_concept(c.id).await?,
        Err(ReportError::NoConcept(..)) => Vec::new(),
        Err(e) => return Err(e),
    };
    let gemeinden: Vec<String> = if ctx.body.key.len() == 5 {
        regions()
            .gemeinden_of(&ctx.body.key)
            .into_iter()
            .map(|r| r.key.to_owned())
            .collect()
    } else {
        Vec::new()
    };
    let year = ctx.as_of.year().to_string();
    let mut sections = Vec::new();
    for ind in &indicators {
        let target = targets.iter().find(|t| t.indicator_id == ind.id);
        let Some(block) = indicator_block(ctx, ind, target).await? else {
            continue;
        };
        let mut municipalities = Vec::new();
        let mut municipal_period = String::new();
        if let Some(expr) = ind.expr()
            && !gemeinden.is_empty()
            && let Some(p) = store
                .stat_periods(&expr, &gemeinden)
                .await?
                .into_iter()
                .rev()
                .find(|p| p.get(0..4).is_some_and(|y| y <= year.as_str()))
        {
            municipal_period = period_de(&p);
            let mut values = Vec::new();
            for g in &gemeinden {
                let o = store
                    .indicator_at(&expr, std::slice::from_ref(g), &p)
                    .await?;
                values.push((region_name(g), o));
            }
            let d = values
                .iter()
                .filter_map(|(_, o)| o.value)
                .map(decimals_for)
                .max()
                .unwrap_or(0);
            municipalities = values
                .into_iter()
                .map(|(name, o)| {
                    (
                        name,
                        shown(o.value, o.flag.map(teilhabe_stats::Flag::symbol), d),
                    )
                })
                .collect();
        }
        sections.push(Section {
            link: ctx.link(ctx.indicator_url(&ind.code), Short::Indicator(ind.id)),
            block,
            municipalities,
            municipal_period,
        });
    }
    let doc = Doc {
        regions: comparison(&ctx.body.key)
            .iter()
            .map(|r| region_name(r))
            .collect(),
        indicators: sections,
        link: ctx.link(
            format!("{}/{}/monitoring", ctx.portal, ctx.body.key),
            Short::Monitoring(ctx.body.id),
        ),
    };
    Ok((
        format!("Integrationsmonitoring {}", ctx.body.name),
        format!("{} Indikatoren", doc.indicators.len()),
        serde_json::to_value(doc).expect("the monitoring report serialises"),
    ))
}
