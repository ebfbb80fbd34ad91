//! The API of output indicators under `/api/v1/`: a measure's outputs with their targets,
//! the value last reported (approved reports only) and the rating they give the measure
//! today; writing outputs. As for measures, the outputs of non-public measures are not
//! served. Values are reported with progress reports (`outputs` in their body).

use crate::kit::api::{ApiResult, created, deleted, ok, parse};
use crate::kit::error::{ApiError, ApiPath};
use crate::kit::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::get;
use serde_json::{Value, json};
use teilhabe_domain::Date;
use teilhabe_domain::impact::OutputDraft;
use teilhabe_store::impact::{OutputState, rating_of};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/measures/{id}/outputs", get(list).post(create))
        .route("/v1/outputs/{id}", get(one).put(update).delete(remove))
}

fn output_json(s: &OutputState) -> Value {
    json!({
        "id": s.output.id,
        "measure_id": s.output.measure_id,
        "name": s.output.name,
        "unit": s.output.unit,
        "target": s.output.target().decimal(),
        "reported": s.reported.map(|v| v.decimal()),
        "reported_on": s.reported_on,
    })
}

/// The outputs of a public measure with today's states and rating.
async fn outputs_json(app: &AppState, measure_id: i64) -> Result<Value, ApiError> {
    let m = app.store.measure(measure_id).await?;
    if !m.public.0 {
        return Err(ApiError::NotFound("Maßnahme"));
    }
    let today = Date::today().iso();
    let states = app.store.output_states(measure_id, &today).await?;
    let rating = rating_of(
        &states,
        m.start_date.as_deref(),
        m.end_date.as_deref(),
        &today,
    );
    Ok(json!({
        "outputs": states.iter().map(output_json).collect::<Vec<_>>(),
        "rating": rating.map(|r| json!({
            "attained_percent": r.percent(),
            "elapsed_percent": (r.expected * 100.0).round() as i64,
            "state": match r.state {
                teilhabe_domain::impact::OutputState::OnTrack => "on_track",
                teilhabe_domain::impact::OutputState::Behind => "behind",
                teilhabe_domain::impact::OutputState::FarBehind => "far_behind",
            },
        })),
    }))
}

async fn list(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(outputs_json(&app, id).await?)
}

/// One output as the list shows it.
async fn one_json(app: &AppState, id: i64) -> Result<Value, ApiError> {
    let o = app.store.output(id).await?;
    let all = outputs_json(app, o.measure_id).await?;
    Ok(all["outputs"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["id"] == json!(id)).cloned())
        .unwrap_or(Value::Null))
}

async fn one(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(one_json(&app, id).await?)
}

async fn create(State(app): State<AppState>, ApiPath(id): ApiPath<i64>, body: Bytes) -> ApiResult {
    let d = parse(&body, OutputDraft::parse)?;
    let o = app.store.create_output(id, &d).await?;
    let state = OutputState {
        output: o,
        reported: None,
        reported_on: None,
    };
    created(
        format!("/api/v1/outputs/{}", state.output.id),
        output_json(&state),
    )
}

async fn update(State(app): State<AppState>, ApiPath(id): ApiPath<i64>, body: Bytes) -> ApiResult {
    let d = parse(&body, OutputDraft::parse)?;
    let o = app.store.update_output(id, &d).await?;
    let today = Date::today().iso();
    let state = app
        .store
        .output_states(o.measure_id, &today)
        .await?
        .into_iter()
        .find(|s| s.output.id == id)
        .ok_or(ApiError::NotFound("Output-Kennzahl"))?;
    ok(output_json(&state))
}

async fn remove(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_output(id).await?;
    deleted()
}
