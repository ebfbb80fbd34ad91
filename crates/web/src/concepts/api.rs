//! The API's concepts and their tree (principles, fields of action, goals) under `/api/v1/`.
//!
//! Bodies are addressed by their official key, everything else by id; writes take the same
//! field names as the administration forms and are checked by the same parsers.

use crate::kit::api::{ApiResult, created, deleted, ok, parse};
use crate::kit::error::ApiPath;
use crate::kit::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::get;
use teilhabe_domain::concepts::{ConceptDraft, FieldOfActionDraft, GoalDraft, PrincipleDraft};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/v1/bodies/{key}/concepts",
            get(list_concepts).post(create_concept),
        )
        .route(
            "/v1/concepts/{id}",
            get(get_concept).put(update_concept).delete(delete_concept),
        )
        .route(
            "/v1/concepts/{id}/principles",
            get(list_principles).post(create_principle),
        )
        .route(
            "/v1/principles/{id}",
            get(get_principle)
                .put(update_principle)
                .delete(delete_principle),
        )
        .route(
            "/v1/concepts/{id}/fields-of-action",
            get(list_fields).post(create_field),
        )
        .route(
            "/v1/fields-of-action/{id}",
            get(get_field).put(update_field).delete(delete_field),
        )
        .route(
            "/v1/fields-of-action/{id}/goals",
            get(list_goals).post(create_goal),
        )
        .route(
            "/v1/goals/{id}",
            get(get_goal).put(update_goal).delete(delete_goal),
        )
}

// ---- concepts and their tree

async fn list_concepts(State(app): State<AppState>, ApiPath(key): ApiPath<String>) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    ok(app.store.concepts(b.id).await?)
}

async fn create_concept(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
    body: Bytes,
) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    let d = parse(&body, ConceptDraft::parse)?;
    let c = app.store.create_concept(b.id, &d).await?;
    created(format!("/api/v1/concepts/{}", c.id), c)
}

async fn get_concept(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(app.store.concept(id).await?)
}

async fn update_concept(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.concept(id).await?;
    let d = parse(&body, ConceptDraft::parse)?;
    ok(app.store.update_concept(id, &d).await?)
}

async fn delete_concept(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_concept(id).await?;
    deleted()
}

async fn list_principles(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.concept(id).await?;
    ok(app.store.principles(id).await?)
}

async fn create_principle(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.concept(id).await?;
    let d = parse(&body, PrincipleDraft::parse)?;
    let p = app.store.create_principle(id, &d).await?;
    created(format!("/api/v1/principles/{}", p.id), p)
}

async fn get_principle(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(app.store.principle(id).await?)
}

async fn update_principle(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.principle(id).await?;
    let d = parse(&body, PrincipleDraft::parse)?;
    ok(app.store.update_principle(id, &d).await?)
}

async fn delete_principle(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_principle(id).await?;
    deleted()
}

async fn list_fields(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.concept(id).await?;
    ok(app.store.fields_of_action(id).await?)
}

async fn create_field(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.concept(id).await?;
    let d = parse(&body, FieldOfActionDraft::parse)?;
    let f = app.store.create_field_of_action(id, &d).await?;
    created(format!("/api/v1/fields-of-action/{}", f.id), f)
}

async fn get_field(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(app.store.field_of_action(id).await?)
}

async fn update_field(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.field_of_action(id).await?;
    let d = parse(&body, FieldOfActionDraft::parse)?;
    ok(app.store.update_field_of_action(id, &d).await?)
}

async fn delete_field(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_field_of_action(id).await?;
    deleted()
}

async fn list_goals(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.field_of_action(id).await?;
    ok(app.store.goals(id).await?)
}

async fn create_goal(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.field_of_action(id).await?;
    let d = parse(&body, GoalDraft::parse)?;
    let g = app.store.create_goal(id, &d).await?;
    created(format!("/api/v1/goals/{}", g.id), g)
}

async fn get_goal(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(app.store.goal(id).await?)
}

async fn update_goal(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.goal(id).await?;
    let d = parse(&body, GoalDraft::parse)?;
    ok(app.store.update_goal(id, &d).await?)
}

async fn delete_goal(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_goal(id).await?;
    deleted()
}
