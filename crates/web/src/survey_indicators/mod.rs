//! Indicators from the body's own surveys, as the portal and the API show them: a survey
//! indicator's page (one value per survey year with its 95 % confidence interval and the
//! number who answered, a chart and its table) and its series in the API. The values come
//! from `teilhabe_store::survey_indicators` (the survey engine's weighted estimate, kept per
//! survey); the catalogue, goals and reports treat the indicator like any other.

use crate::kit::auth::Viewer;
use crate::kit::charts::{self, Series, de_number, decimals_for};
use crate::kit::context::Context;
use crate::kit::error::{ApiError, HtmlError};
use crate::kit::indicator_head::{Head, head};
use crate::kit::layout::{Layout, Texts};
use crate::kit::state::AppState;
use askama::Template;
use axum::Json;
use axum::response::Html;
use serde_json::{Value, json};
use teilhabe_domain::survey_indicators::SurveyFormula;
use teilhabe_store::Body;
use teilhabe_store::indicators::Indicator;
use teilhabe_store::survey_indicators::SurveyPoint;

/// A row of the page's table.
struct Row {
    survey_id: i64,
    survey: String,
    year: String,
    value: String,
    ci: String,
    answered: String,
}

#[derive(Template)]
#[template(path = "survey_indicators/indicator.html")]
struct Page {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    indicator: Indicator,
    direction: String,
    what: String,
    rows: Vec<Row>,
    chart: String,
}

fn shown(points: &[SurveyPoint]) -> (usize, impl Fn(Option<f64>) -> String) {
    let d = points
        .iter()
        .filter_map(|p| p.value)
        .map(decimals_for)
        .max()
        .unwrap_or(0)
        .max(1);
    (d, move |v: Option<f64>| {
        v.map_or_else(|| "–".into(), |v| de_number(v, d))
    })
}

/// The portal page of a survey indicator (public survey results only: the page is the same
/// for everyone and may be cached).
pub async fn page(
    app: &AppState,
    cx: &Context,
    body: Body,
    indicator: Indicator,
    f: &SurveyFormula,
) -> Result<Html<String>, HtmlError> {
    let points = app.store.survey_points(&indicator, f, false).await?;
    let Head {
        layout,
        texts,
        name,
        german_left,
        direction,
    } = head(app, cx, &body, &indicator).await?;
    let (_, number) = shown(&points);
    let rows = points
        .iter()
        .map(|p| Row {
            survey_id: p.survey_id,
            survey: p.survey_title.clone(),
            year: p.period.clone(),
            value: number(p.value),
            ci: match (p.ci_low, p.ci_high) {
                (Some(lo), Some(hi)) => format!("{} – {}", number(Some(lo)), number(Some(hi))),
                _ => "–".into(),
            },
            answered: if p.value.is_some() {
                p.answered.to_string()
            } else {
                "–".into()
            },
        })
        .collect();
    let periods: Vec<String> = points.iter().map(|p| p.period.clone()).collect();
    let chart = if points.iter().any(|p| p.value.is_some()) {
        charts::line_chart(
            "verlauf",
            &format!("{name}: {}", cx.tr("measure-history")),
            indicator.unit.as_deref().unwrap_or(""),
            &periods,
            &[Series {
                label: body.name.clone(),
                points: points.iter().map(|p| p.value).collect(),
            }],
        )
    } else {
        String::new()
    };
    Ok(Html(
        Page {
            layout,
            texts,
            german_left,
            direction,
            what: f.describe(),
            body,
            indicator,
            rows,
            chart,
        }
        .render()?,
    ))
}

/// The API's series of a survey indicator: one point per survey, with its confidence
/// interval; surveys with internal results only for readers of the body's internal records.
pub async fn series_json(
    app: &AppState,
    viewer: &Viewer,
    indicator: &Indicator,
    f: &SurveyFormula,
) -> Result<Json<Value>, ApiError> {
    let internal = viewer.reads_internal(indicator.body_id);
    let body = app.store.body(indicator.body_id).await?;
    let points = app.store.survey_points(indicator, f, internal).await?;
    let data: Vec<Value> = points
        .iter()
        .map(|p| {
            json!({
                "region": body.key,
                "period": p.period,
                "value": p.value,
                "flag": p.value.is_none().then_some("."),
                "ci_low": p.ci_low,
                "ci_high": p.ci_high,
                "se": p.se,
                "answered": p.answered,
                "survey_id": p.survey_id,
                "survey_title": p.survey_title,
            })
        })
        .collect();
    Ok(Json(json!({ "indicator": indicator, "data": data })))
}
