//! The API of controlling under `/api/v1/`: a body's settings and its measures' reporting
//! obligations, and the milestones of a measure. Non-public measures (and their
//! milestones) only for those who read the body's internal records.

use super::reporting_rows;
use crate::kit::api::{ApiResult, created, deleted, ok, parse};
use crate::kit::auth::Viewer;
use crate::kit::error::{ApiError, ApiPath};
use crate::kit::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::get;
use serde_json::{Value, json};
use teilhabe_domain::Date;
use teilhabe_domain::controlling::{MilestoneDraft, SettingsDraft};
use teilhabe_store::controlling::Milestone;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/v1/bodies/{key}/controlling",
            get(get_settings).put(put_settings),
        )
        .route("/v1/bodies/{key}/reporting", get(body_reporting))
        .route("/v1/measures/{id}/reporting", get(measure_reporting))
        .route(
            "/v1/measures/{id}/milestones",
            get(list_milestones).post(create_milestone),
        )
        .route(
            "/v1/milestones/{id}",
            get(get_milestone)
                .put(update_milestone)
                .delete(delete_milestone),
        )
}

fn settings_json(s: teilhabe_store::controlling::Settings) -> Value {
    json!({
        "report_interval": s.report_interval.map(teilhabe_domain::Coded::code),
        "approval": s.approval,
    })
}

async fn get_settings(State(app): State<AppState>, ApiPath(key): ApiPath<String>) -> ApiResult {
    let body = app.store.body_by_key(&key).await?;
    ok(settings_json(
        app.store.controlling_settings(body.id).await?,
    ))
}

async fn put_settings(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
    body: Bytes,
) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    let d = parse(&body, SettingsDraft::parse)?;
    app.store.set_controlling_settings(b.id, &d).await?;
    ok(settings_json(app.store.controlling_settings(b.id).await?))
}

/// One measure's obligation: interval, next report, `due`/`overdue`/`not_yet`; `null`
/// when it owes none (completed, cancelled, not begun, or ended and reported on).
fn reporting_json(row: &super::ReportingRow) -> Value {
    let m = &row.measure;
    json!({
        "measure_id": m.measure_id,
        "code": m.code,
        "title": m.title,
        "lead_organization_id": m.lead_organization_id,
        "interval": teilhabe_domain::Coded::code(m.facts.interval),
        "last_report": m.facts.last_report.map(|d| d.iso()),
        "obligation": row.obligation.map(|o| json!({
            "next_due": o.next_due.iso(),
            "due": o.due.code(),
        })),
    })
}

/// `?today=YYYY-MM-DD` computes the obligations as of another day (for a report as of a
/// date); today by default.
fn today(query: &std::collections::HashMap<String, String>) -> Result<Date, ApiError> {
    match query.get("today") {
        Some(t) => Date::parse(t)
            .map_err(|e| ApiError::Invalid(teilhabe_domain::FieldErrors::single("today", e))),
        None => Ok(Date::today()),
    }
}

async fn body_reporting(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(key): ApiPath<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> ApiResult {
    let body = app.store.body_by_key(&key).await?;
    let internal = viewer.reads_internal(body.id);
    let measures = app
        .store
        .reporting_of_body(body.id)
        .await?
        .into_iter()
        .filter(|m| m.public || internal)
        .collect();
    let rows = reporting_rows(measures, today(&query)?);
    ok(rows.iter().map(reporting_json).collect::<Vec<_>>())
}

/// The measure, if the viewer may see it (non-public: 404 to anybody else).
async fn visible(app: &AppState, viewer: &Viewer, id: i64) -> Result<i64, ApiError> {
    let m = app.store.measure(id).await?;
    let body = app.store.body_id_of_measure(id).await?;
    if !m.public.0 && !viewer.reads_internal(body) {
        return Err(ApiError::NotFound("Maßnahme"));
    }
    Ok(body)
}

async fn measure_reporting(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(id): ApiPath<i64>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> ApiResult {
    visible(&app, &viewer, id).await?;
    let m = app.store.reporting_of_measure(id).await?;
    let rows = reporting_rows(vec![m], today(&query)?);
    ok(reporting_json(&rows[0]))
}

fn milestone_json(s: &Milestone, today: Date) -> Value {
    let mut v = serde_json::to_value(s).unwrap_or(Value::Null);
    let late = s.is_late(today);
    if let Value::Object(map) = &mut v {
        map.insert("late".into(), Value::Bool(late));
    }
    v
}

async fn list_milestones(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult {
    visible(&app, &viewer, id).await?;
    let today = Date::today();
    let list = app.store.milestones(id).await?;
    ok(list
        .iter()
        .map(|s| milestone_json(s, today))
        .collect::<Vec<_>>())
}

async fn create_milestone(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let d = parse(&body, MilestoneDraft::parse)?;
    let s = app.store.create_milestone(id, &d).await?;
    created(
        format!("/api/v1/milestones/{}", s.id),
        milestone_json(&s, Date::today()),
    )
}

async fn get_milestone(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult {
    let s = app.store.milestone(id).await?;
    visible(&app, &viewer, s.measure_id)
        .await
        .map_err(|_| ApiError::NotFound("Meilenstein"))?;
    ok(milestone_json(&s, Date::today()))
}

async fn update_milestone(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let d = parse(&body, MilestoneDraft::parse)?;
    ok(milestone_json(
        &app.store.update_milestone(id, &d).await?,
        Date::today(),
    ))
}

async fn delete_milestone(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_milestone(id).await?;
    deleted()
}
