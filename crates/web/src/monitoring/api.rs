//! The monitoring part of the JSON API: the region reference, imported variables and
//! observations, a body's indicators and their series.

use crate::kit::auth::Viewer;
use crate::kit::error::{ApiError, ApiPath, ApiQuery};
use crate::kit::state::AppState;
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};
use teilhabe_stats::regions::{Level, Region, regions};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/regions", get(list_regions))
        .route("/v1/regions/{key}", get(get_region))
        .route("/v1/statistics/variables", get(list_variables))
        .route("/v1/statistics/observations", get(observations))
        .route("/v1/bodies/{key}/indicators", get(list_indicators))
        .route("/v1/bodies/{key}/indicators/{code}", get(indicator_series))
}

fn region_json(r: &Region) -> Value {
    json!({
        "key": r.key,
        "ars": r.ars,
        "level": r.level.code(),
        "kind": r.kind,
        "name": r.name,
        "population": r.population,
        "parent": r.parent_key(),
    })
}

#[derive(Deserialize)]
struct RegionQuery {
    level: Option<String>,
    parent: Option<String>,
}

async fn list_regions(ApiQuery(q): ApiQuery<RegionQuery>) -> Result<Json<Value>, ApiError> {
    let level = match q.level.as_deref() {
        None => None,
        Some(l) => Some(
            [
                Level::Bund,
                Level::Land,
                Level::Regierungsbezirk,
                Level::Kreis,
                Level::Gemeindeverband,
                Level::Gemeinde,
            ]
            .into_iter()
            .find(|x| x.code() == l)
            .ok_or_else(|| {
                ApiError::invalid(
                    "level",
                    "Erlaubt: bund, land, rb, kreis, verband, gemeinde.",
                )
            })?,
        ),
    };
    let list: Vec<Value> = regions()
        .all()
        .iter()
        .filter(|r| level.is_none_or(|l| r.level == l))
        .filter(|r| {
            q.parent
                .as_deref()
                .is_none_or(|p| r.key != p && (p == "DG" || r.key.starts_with(p)))
        })
        .map(region_json)
        .collect();
    Ok(Json(json!({ "data": list })))
}

async fn get_region(ApiPath(key): ApiPath<String>) -> Result<Json<Value>, ApiError> {
    regions()
        .get(&key)
        .map(|r| Json(region_json(r)))
        .ok_or(ApiError::NotFound("Gebietseinheit"))
}

async fn list_variables(State(app): State<AppState>) -> Result<Json<Value>, ApiError> {
    let vars = app.store.stat_variables().await?;
    Ok(Json(json!({
        "data": vars.into_iter().map(|(code, label, unit)| json!({"code": code, "label": label, "unit": unit})).collect::<Vec<_>>()
    })))
}

#[derive(Deserialize)]
struct ObservationQuery {
    variable: Option<String>,
    region: Option<String>,
    period: Option<String>,
}

async fn observations(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<ObservationQuery>,
) -> Result<Json<Value>, ApiError> {
    let variable = q.variable.filter(|v| !v.is_empty()).ok_or_else(|| {
        ApiError::invalid("variable", "Bitte ein Merkmal angeben (z. B. BEVSTD).")
    })?;
    let region = q.region.filter(|v| !v.is_empty()).ok_or_else(|| {
        ApiError::invalid(
            "region",
            "Bitte einen Regionalschlüssel angeben (z. B. 03157).",
        )
    })?;
    let periods = match q.period {
        Some(p) => vec![p],
        None => app.store.stat_periods_of(&variable, &region).await?,
    };
    let mut data = Vec::new();
    for p in periods {
        for c in app.store.stat_cells(&variable, &region, &p).await? {
            data.push(json!({
                "variable": variable,
                "region": region,
                "period": p,
                "dims": c.dims,
                "value": c.value,
                "flag": c.flag,
                "quality": c.quality,
            }));
        }
    }
    Ok(Json(json!({ "data": data })))
}

async fn list_indicators(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
    let body = app.store.body_by_key(&key).await?;
    Ok(Json(
        json!({ "data": app.store.indicators(body.id).await? }),
    ))
}

#[derive(Deserialize)]
struct SeriesQuery {
    /// Comma-separated region keys; default: the body, its Land, Germany.
    regions: Option<String>,
}

async fn indicator_series(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath((key, code)): ApiPath<(String, String)>,
    ApiQuery(q): ApiQuery<SeriesQuery>,
) -> Result<Json<Value>, ApiError> {
    let body = app.store.body_by_key(&key).await?;
    let indicator = app.store.indicator_by_code(body.id, &code).await?;
    if let Some(f) = indicator.survey() {
        return crate::survey_indicators::series_json(&app, &viewer, &indicator, &f).await;
    }
    let expr = indicator
        .expr()
        .ok_or_else(|| ApiError::invalid("formula", "Die Formel des Indikators ist ungültig."))?;
    let regions: Vec<String> = match q.regions {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .collect(),
        None => crate::monitoring::comparison(&body),
    };
    if let Some(bad) = regions
        .iter()
        .find(|r| !teilhabe_stats::regions::well_formed(r))
    {
        return Err(ApiError::invalid(
            "regions",
            format!("„{bad}“ ist kein amtlicher Regionalschlüssel."),
        ));
    }
    let series = app.store.indicator_series(&expr, &regions).await?;
    Ok(Json(json!({ "indicator": indicator, "data": series })))
}
