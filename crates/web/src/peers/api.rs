//! The ranking of a body among its peers in the API: per group the members, the body's
//! rank and every ranked Kreis with its value.

use super::rankings;
use crate::kit::api::{ApiResult, ok};
use crate::kit::error::{ApiError, ApiPath};
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde_json::json;

pub fn router() -> Router<AppState> {
    Router::new().route("/v1/bodies/{key}/indicators/{code}/peers", get(peers))
}

async fn peers(
    State(app): State<AppState>,
    ApiPath((key, code)): ApiPath<(String, String)>,
) -> ApiResult {
    let body = app.store.body_by_key(&key).await?;
    let indicator = app.store.indicator_by_code(body.id, &code).await?;
    let (period, groups) = rankings(&app, &body.key, &indicator)
        .await?
        .ok_or(ApiError::NotFound("Vergleich"))?;
    ok(json!({
        "indicator": indicator.code,
        "region": body.key,
        "period": period,
        "direction": indicator.direction,
        "groups": groups.iter().map(|g| json!({
            "group": g.group.code(),
            "members": g.members,
            "rank": g.rank,
            "ranked": g.ranked.len(),
            "ahead_of_percent": g.ahead_of,
            "regions": g.ranked.iter().map(|r| json!({"region": r.key, "value": r.value, "rank": r.rank})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    }))
}
