//! The API's bodies, their organisations, persons and target groups under `/api/v1/`.
//!
//! Bodies are addressed by their official key, everything else by id; writes take the same
//! field names as the administration forms and are checked by the same parsers.

use crate::kit::api::{ApiResult, created, deleted, flag, ok, parse, parse_with};
use crate::kit::auth::Viewer;
use crate::kit::error::ApiPath;
use crate::kit::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::get;
use serde::Serialize;
use teilhabe_domain::bodies::{BodyDraft, OrganizationDraft, PersonDraft};
use teilhabe_domain::concepts::TargetGroupDraft;
use teilhabe_store::Person;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/bodies", get(list_bodies).post(create_body))
        .route(
            "/v1/bodies/{key}",
            get(get_body).put(update_body).delete(delete_body),
        )
        .route(
            "/v1/bodies/{key}/organizations",
            get(list_orgs).post(create_org),
        )
        .route(
            "/v1/organizations/{id}",
            get(get_org).put(update_org).delete(delete_org),
        )
        .route(
            "/v1/bodies/{key}/persons",
            get(list_persons).post(create_person),
        )
        .route(
            "/v1/persons/{id}",
            get(get_person).put(update_person).delete(delete_person),
        )
        .route(
            "/v1/bodies/{key}/target-groups",
            get(list_groups).post(create_group),
        )
        .route(
            "/v1/target-groups/{id}",
            get(get_group).put(update_group).delete(delete_group),
        )
}

// ---- bodies

async fn list_bodies(State(app): State<AppState>) -> ApiResult {
    ok(app.store.list_bodies().await?)
}

async fn create_body(State(app): State<AppState>, body: Bytes) -> ApiResult {
    let d = parse(&body, BodyDraft::parse)?;
    let b = app.store.create_body(&d).await?;
    created(format!("/api/v1/bodies/{}", b.key), b)
}

async fn get_body(State(app): State<AppState>, ApiPath(key): ApiPath<String>) -> ApiResult {
    ok(app.store.body_by_key(&key).await?)
}

async fn update_body(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
    body: Bytes,
) -> ApiResult {
    let current = app.store.body_by_key(&key).await?;
    let d = parse(&body, BodyDraft::parse)?;
    ok(app.store.update_body(current.id, &d).await?)
}

async fn delete_body(State(app): State<AppState>, ApiPath(key): ApiPath<String>) -> ApiResult {
    let current = app.store.body_by_key(&key).await?;
    app.store.delete_body(current.id).await?;
    deleted()
}

// ---- organisations, persons, target groups

async fn list_orgs(State(app): State<AppState>, ApiPath(key): ApiPath<String>) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    ok(app.store.organizations(b.id).await?)
}

async fn create_org(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
    body: Bytes,
) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    let d = parse(&body, OrganizationDraft::parse)?;
    let o = app.store.create_organization(b.id, &d).await?;
    created(format!("/api/v1/organizations/{}", o.id), o)
}

async fn get_org(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(app.store.organization(id).await?)
}

async fn update_org(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.organization(id).await?;
    let d = parse(&body, OrganizationDraft::parse)?;
    ok(app.store.update_organization(id, &d).await?)
}

async fn delete_org(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_organization(id).await?;
    deleted()
}

/// Persons without contact details: those stay in the administration.
#[derive(Serialize)]
struct PublicPerson {
    id: i64,
    body_id: i64,
    name: String,
    role_title: Option<String>,
    organization_id: Option<i64>,
    public: bool,
}

fn public_person(p: Person) -> PublicPerson {
    PublicPerson {
        id: p.id,
        body_id: p.body_id,
        name: p.name,
        role_title: p.role_title,
        organization_id: p.organization_id,
        public: p.public.0,
    }
}

/// Non-public persons only for those who read the body's non-public records.
async fn list_persons(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(key): ApiPath<String>,
) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    ok(app
        .store
        .persons_seen_by(b.id, viewer.principal())
        .await?
        .into_iter()
        .map(public_person)
        .collect::<Vec<_>>())
}

async fn create_person(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
    body: Bytes,
) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    let d = parse_with(&body, &[("public", "false")], PersonDraft::parse)?;
    let p = app.store.create_person(b.id, &d).await?;
    created(format!("/api/v1/persons/{}", p.id), public_person(p))
}

async fn get_person(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(id): ApiPath<i64>,
) -> ApiResult {
    match app.store.person_seen_by(id, viewer.principal()).await? {
        Some(p) => ok(public_person(p)),
        None => Err(teilhabe_store::StoreError::NotFound("Person").into()),
    }
}

async fn update_person(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let current = app.store.person(id).await?;
    let d = parse_with(
        &body,
        &[("public", flag(current.public.0))],
        PersonDraft::parse,
    )?;
    ok(public_person(app.store.update_person(id, &d).await?))
}

async fn delete_person(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_person(id).await?;
    deleted()
}

async fn list_groups(State(app): State<AppState>, ApiPath(key): ApiPath<String>) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    ok(app.store.target_groups(b.id).await?)
}

async fn create_group(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
    body: Bytes,
) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    let d = parse(&body, TargetGroupDraft::parse)?;
    let t = app.store.create_target_group(b.id, &d).await?;
    created(format!("/api/v1/target-groups/{}", t.id), t)
}

async fn get_group(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(app.store.target_group(id).await?)
}

async fn update_group(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    app.store.target_group(id).await?;
    let d = parse(&body, TargetGroupDraft::parse)?;
    ok(app.store.update_target_group(id, &d).await?)
}

async fn delete_group(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_target_group(id).await?;
    deleted()
}
