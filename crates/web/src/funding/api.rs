//! The API of funding programmes under `/api/v1/`: a body's programmes with their proofs
//! of use, the totals of the budget lines they pay per year and what needs attention today;
//! writing programmes and proofs. A programme's notes are working notes: only for those who
//! read the body's internal records.

use crate::kit::api::{ApiResult, created, deleted, ok, parse};
use crate::kit::auth::Viewer;
use crate::kit::error::ApiPath;
use crate::kit::state::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::{get, post};
use serde_json::{Value, json};
use teilhabe_domain::funding::{ProgrammeDraft, ProofDraft};
use teilhabe_domain::values::Hundredths;
use teilhabe_domain::{Date, Money};
use teilhabe_store::funding::{Programme, ProgrammeWarning, Proof, Total};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/v1/bodies/{key}/funding-programmes",
            get(list).post(create),
        )
        .route(
            "/v1/funding-programmes/{id}",
            get(one).put(update).delete(remove),
        )
        .route("/v1/funding-programmes/{id}/proofs", post(create_proof))
        .route(
            "/v1/funding-proofs/{id}",
            axum::routing::put(update_proof).delete(remove_proof),
        )
}

fn proof_json(p: &Proof) -> Value {
    json!({
        "id": p.id,
        "kind": p.kind,
        "due_on": p.due_on,
        "submitted_on": p.submitted_on,
    })
}

/// Everything the API tells of one programme.
struct Parts<'a> {
    proofs: &'a [Proof],
    totals: &'a [Total],
    warnings: &'a [ProgrammeWarning],
    internal: bool,
}

fn programme_json(p: &Programme, parts: &Parts<'_>) -> Value {
    json!({
        "id": p.id,
        "funder": p.funder,
        "name": p.name,
        "grant_reference": p.grant_reference,
        "granted_on": p.granted_on,
        "period_from": p.period_from,
        "period_until": p.period_until,
        "funding_rate": p.funding_rate_hundredths.map(|r| Hundredths::from_hundredths(r).decimal()),
        "budget_code": p.budget_code,
        "follows_id": p.follows_id,
        "notes": if parts.internal { p.notes.clone() } else { None },
        "proofs": parts.proofs.iter().filter(|x| x.programme_id == p.id).map(proof_json).collect::<Vec<_>>(),
        "totals": parts.totals.iter().filter(|t| t.programme_id == Some(p.id)).map(|t| json!({
            "year": t.year,
            "amount": Money::from_cents(t.amount_cents).decimal(),
            "own_share": Money::from_cents(t.own_share_cents).decimal(),
            "staff": Hundredths::from_hundredths(t.staff_hundredths).decimal(),
            "measures": t.measures,
        })).collect::<Vec<_>>(),
        "warnings": parts.warnings.iter().filter(|w| w.programme_id == p.id).map(|w| json!({
            "code": w.warning.code(),
            "day": w.warning.day().iso(),
            "text": w.warning.german(),
        })).collect::<Vec<_>>(),
    })
}

/// The body's programmes as the API shows them to `viewer`.
async fn programmes_json(
    app: &AppState,
    viewer: &Viewer,
    body_id: i64,
    only: Option<i64>,
) -> Result<Vec<Value>, crate::kit::error::ApiError> {
    let programmes = app.store.programmes(body_id).await?;
    let ids: Vec<i64> = programmes.iter().map(|p| p.id).collect();
    let (proofs, totals) =
        tokio::try_join!(app.store.proofs(&ids), app.store.programme_totals(body_id),)?;
    // Over all the body's programmes: whether one is followed depends on the others.
    let warnings = teilhabe_store::funding::warnings(&programmes, &proofs, Date::today());
    let parts = Parts {
        proofs: &proofs,
        totals: &totals,
        warnings: &warnings,
        internal: viewer.reads_internal(body_id),
    };
    Ok(programmes
        .iter()
        .filter(|p| only.is_none_or(|id| p.id == id))
        .map(|p| programme_json(p, &parts))
        .collect())
}

async fn list(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(key): ApiPath<String>,
) -> ApiResult {
    let body = app.store.body_by_key(&key).await?;
    ok(programmes_json(&app, &viewer, body.id, None).await?)
}

async fn one_json(
    app: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<Value, crate::kit::error::ApiError> {
    let p = app.store.programme(id).await?;
    Ok(programmes_json(app, viewer, p.body_id, Some(id))
        .await?
        .pop()
        .unwrap_or(Value::Null))
}

async fn one(State(app): State<AppState>, viewer: Viewer, ApiPath(id): ApiPath<i64>) -> ApiResult {
    ok(one_json(&app, &viewer, id).await?)
}

async fn create(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(key): ApiPath<String>,
    body: Bytes,
) -> ApiResult {
    let b = app.store.body_by_key(&key).await?;
    let d = parse(&body, ProgrammeDraft::parse)?;
    let p = app.store.create_programme(b.id, &d).await?;
    created(
        format!("/api/v1/funding-programmes/{}", p.id),
        one_json(&app, &viewer, p.id).await?,
    )
}

async fn update(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let d = parse(&body, ProgrammeDraft::parse)?;
    app.store.update_programme(id, &d).await?;
    ok(one_json(&app, &viewer, id).await?)
}

async fn remove(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_programme(id).await?;
    deleted()
}

async fn create_proof(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let d = parse(&body, ProofDraft::parse)?;
    let p = app.store.create_proof(id, &d).await?;
    created(format!("/api/v1/funding-proofs/{}", p.id), proof_json(&p))
}

async fn update_proof(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> ApiResult {
    let d = parse(&body, ProofDraft::parse)?;
    ok(proof_json(&app.store.update_proof(id, &d).await?))
}

async fn remove_proof(State(app): State<AppState>, ApiPath(id): ApiPath<i64>) -> ApiResult {
    app.store.delete_proof(id).await?;
    deleted()
}
