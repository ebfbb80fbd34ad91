//! The JSON API under `/api/v1/`, described by `/api/openapi.json`.
//!
//! Bodies are addressed by their official key, everything else by id. Writes take the
//! same field names as the administration forms and are checked by the same parsers;
//! invalid input is answered with 422 and `{"error": "validation", "fields": {…}}`.
//! Non-public measures are not served here until accounts and roles exist.

use crate::AppState;
use crate::auth::Viewer;
use crate::error::{ApiError, ApiPath};
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use serde_json::Value;
use teilhabe_domain::concept::*;
use teilhabe_domain::council::*;
use teilhabe_domain::{FieldErrors, Money, RawInput};
use teilhabe_store::{Measure, Person};

const OPENAPI: &str = include_str!("../../static/openapi.json");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
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

type ApiResult = Result<Response, ApiError>;

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Decodes a JSON body and parses it with the domain parser of the record.
fn parse<D>(body: &Bytes, parse: fn(&RawInput) -> Result<D, FieldErrors>) -> Result<D, ApiError> {
    parse_with(body, &[], parse)
}

/// [`parse`], with values for fields the body leaves out. Visibility fails closed: on an
/// update a missing `public` keeps what is stored (a PUT that forgets it must not publish
/// an internal record), and a new person is not public unless the body says so (personal
/// data, GDPR Art. 25(2): privacy by default).
fn parse_with<D>(
    body: &Bytes,
    absent: &[(&str, &str)],
    parse: fn(&RawInput) -> Result<D, FieldErrors>,
) -> Result<D, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::Invalid(FieldErrors::single(
            "body",
            format!(
                "Kein gültiges JSON (Zeile {}, Spalte {}): {e}",
                e.line(),
                e.column()
            ),
        ))
    })?;
    let mut input = RawInput::from_json(&value)?;
    for (field, value) in absent {
        if !input.contains(field) {
            input.push(*field, *value);
        }
    }
    Ok(parse(&input)?)
}

fn flag(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

fn ok<T: Serialize>(value: T) -> ApiResult {
    Ok(Json(value).into_response())
}

fn created<T: Serialize>(location: String, value: T) -> ApiResult {
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(value),
    )
        .into_response())
}

fn deleted() -> ApiResult {
    Ok(StatusCode::NO_CONTENT.into_response())
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
                    "own_share": b.own_share_cents.map(|c| Money::from_cents(c).decimal()),
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
