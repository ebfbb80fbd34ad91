//! The API's measures and their progress reports under `/api/v1/`; non-public measures
//! are not served here.
//!
//! Bodies are addressed by their official key, everything else by id; writes take the same
//! field names as the administration forms and are checked by the same parsers.

use crate::kit::api::{ApiResult, created, deleted, flag, ok, parse, parse_with};
use crate::kit::error::{ApiError, ApiPath};
use crate::kit::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::get;
use serde_json::Value;
use teilhabe_domain::Money;
use teilhabe_domain::concepts::{MeasureDraft, ProgressReportDraft};
use teilhabe_domain::values::Hundredths;
use teilhabe_store::Measure;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/concepts/{id}/measures", get(list_concept_measures))
        .route(
            "/v1/goals/{id}/measures",
            get(list_goal_measures).post(create_measure),
        )
        .route(
            "/v1/measures/{id}",
            get(get_measure).put(update_measure).delete(delete_measure),
        )
        .route(
            "/v1/measures/{id}/progress-reports",
            get(list_reports).post(create_report),
        )
}

// ---- measures and reports

/// A measure as the API shows it: amounts as decimal euro strings, as they are written.
fn measure_json(m: &Measure) -> Value {
    let mut v = serde_json::to_value(m).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        let lines: Vec<Value> = m
            .budget_lines
            .iter()
            .map(|b| {
                serde_json::json!({
                    "year": b.year,
                    "amount": Money::from_cents(b.amount_cents).decimal(),
                    "funding_source": b.funding_source,
                    "programme_id": b.programme_id,
                    "own_share": b.own_share_cents.map(|c| Money::from_cents(c).decimal()),
                    "staff": b.staff_hundredths.map(|h| Hundredths::from_hundredths(h).decimal()),
                })
            })
            .collect();
        map.insert("budget_lines".into(), Value::Array(lines));
    }
    v
}

async fn visible_measure(app: &AppState, id: i64) -> Result<Measure, ApiError> {
    let m = app.store.measure(id).await?;
    if !m.public.0 {
        return Err(ApiError::NotFound("Maßnahme"));
    }
    Ok(m)
}

async fn list_concept_measures(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult {
    app.store.concept(id).await?;
    let measures = app.store.measures_of_concept(id).await?;
    ok(measures
        .iter()
        .filter(|m| m.public.0)
        .map(measure_json)
        .collect::<Vec<_>>())
}

async fn list_goal_measures(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    let goal = app.store.goal(id).await?;
    let field = app.store.field_of_action(goal.field_id).await?;
    let measures = app.store.measures_of_concept(field.concept_id).await?;
    ok(measures
        .iter()
        .filter(|m| m.goal_id == id && m.public.0)
        .map(measure_json)
        .collect::<Vec<_>>())
}

async fn create_measure(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.goal(id).await?;
    let d = parse(&body, MeasureDraft::parse)?;
    let m = app.store.create_measure(id, &d).await?;
    created(format!("/api/v1/measures/{}", m.id), measure_json(&m))
}

async fn get_measure(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(measure_json(&visible_measure(&app, id).await?))
}

async fn update_measure(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let current = app.store.measure(id).await?;
    let d = parse_with(
        &body,
        &[("public", flag(current.public.0))],
        MeasureDraft::parse,
    )?;
    ok(measure_json(&app.store.update_measure(id, &d).await?))
}

async fn delete_measure(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_measure(id).await?;
    deleted()
}

async fn list_reports(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    visible_measure(&app, id).await?;
    ok(app.store.progress_reports(id).await?)
}

async fn create_report(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.measure(id).await?;
    let d = parse(&body, ProgressReportDraft::parse)?;
    let r = app.store.create_progress_report(id, &d).await?;
    created(format!("/api/v1/measures/{id}/progress-reports"), r)
}
