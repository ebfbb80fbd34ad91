//! The API of resolution tracking under `/api/v1/`: a body's entries, one entry, and
//! making, changing and deleting entries (a council information system or a task tool
//! can keep them in step). Non-public entries only for those who read the body's
//! internal records; to anyone else they do not exist.

use crate::kit::api::{ApiResult, created, deleted, ok, parse};
use crate::kit::auth::Viewer;
use crate::kit::error::{ApiError, ApiPath};
use crate::kit::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::{get, post};
use serde_json::{Value, json};
use teilhabe_domain::Date;
use teilhabe_domain::resolutions::ResolutionDraft;
use teilhabe_store::resolutions::{Anchor, Resolution};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/bodies/{key}/resolutions", get(list))
        .route("/v1/agenda-items/{id}/resolutions", post(create_for_item))
        .route("/v1/papers/{id}/resolutions", post(create_for_paper))
        .route("/v1/resolutions/{id}", get(one).put(update).delete(remove))
}

/// An entry with what needs attention today (`overdue`, `resubmission`, `undated` or
/// `null`) and only the measures the viewer may see.
fn entry_json(r: &Resolution, internal: bool, today: Date) -> Value {
    json!({
        "id": r.id,
        "kind": r.kind,
        "title": r.title,
        "agenda_item_id": r.agenda_item_id,
        "meeting_id": r.meeting_id,
        "decided_on": r.decided_on(),
        "paper_id": r.paper_id,
        "paper_reference": r.paper_reference,
        "lead_organization_id": r.lead_organization_id,
        "due_on": r.due_on,
        "status": r.status,
        "resubmission_on": r.resubmission_on,
        "done_on": r.done_on,
        "notes": r.notes,
        "public": r.public.0,
        "attention": r.attention(today).map(|a| a.code()),
        "measures": r.measures.iter().filter(|m| internal || m.public.0).collect::<Vec<_>>(),
        "created_at": r.created_at,
        "modified_at": r.modified_at,
    })
}

async fn list(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(key): ApiPath<String>,
) -> ApiResult {
    let body = app.store.body_by_key(&key).await?;
    let internal = viewer.reads_internal(body.id);
    let today = Date::today();
    let list = app.store.resolutions(body.id, internal).await?;
    ok(list
        .iter()
        .map(|r| entry_json(r, internal, today))
        .collect::<Vec<_>>())
}

/// The entry, if the viewer may read it (else 404, as if it did not exist).
async fn readable(
    app: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<(Resolution, bool), ApiError> {
    let r = app.store.resolution(id).await?;
    let internal = viewer.reads_internal(r.body_id);
    if !r.public.0 && !internal {
        return Err(ApiError::NotFound("Beschluss"));
    }
    Ok((r, internal))
}

async fn one(State(app): State<AppState>, viewer: Viewer, ApiPath(id): ApiPath<i64>) -> ApiResult {
    let (r, internal) = readable(&app, &viewer, id).await?;
    ok(entry_json(&r, internal, Date::today()))
}

async fn create_for_item(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let d = parse(&body, ResolutionDraft::parse)?;
    let item = app.store.agenda_item(id).await?;
    let body_id = app.store.meeting(item.meeting_id).await?.body_id;
    let r = app
        .store
        .create_resolution(body_id, Anchor::AgendaItem(id), &d)
        .await?;
    created(
        format!("/api/v1/resolutions/{}", r.id),
        entry_json(&r, true, Date::today()),
    )
}

async fn create_for_paper(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let d = parse(&body, ResolutionDraft::parse)?;
    let body_id = app.store.paper(id).await?.body_id;
    let r = app
        .store
        .create_resolution(body_id, Anchor::Paper(id), &d)
        .await?;
    created(
        format!("/api/v1/resolutions/{}", r.id),
        entry_json(&r, true, Date::today()),
    )
}

async fn update(State(app): State<AppState>, ApiPath(id): ApiPath<i64>, body: Bytes) -> ApiResult {
    let d = parse(&body, ResolutionDraft::parse)?;
    ok(entry_json(
        &app.store.update_resolution(id, &d).await?,
        true,
        Date::today(),
    ))
}

async fn remove(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_resolution(id).await?;
    deleted()
}
