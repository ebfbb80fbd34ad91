//! The side-by-side view of a county and its municipalities in the API: per municipal body
//! within the county its concept in force, the likely duplicates (measure ids and titles,
//! the shared target groups and word stems) and the agreed split of tasks. Measures a viewer
//! may not read are left out before duplicates are sought (as on the page); the agreed split
//! is a working note of the county's and only for readers of its internal records.

use crate::kit::api::{ApiResult, ok};
use crate::kit::auth::Viewer;
use crate::kit::error::ApiPath;
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde_json::json;
use teilhabe_domain::alignment::likely_duplicates;

pub fn router() -> Router<AppState> {
    Router::new().route("/v1/bodies/{key}/alignment", get(alignment))
}

async fn alignment(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(key): ApiPath<String>,
) -> ApiResult {
    let county = app.store.body_by_key(&key).await?;
    let plan = app
        .store
        .plan_in_force(county.id, viewer.reads_internal(county.id))
        .await?;
    let ours: Vec<_> = plan.measures.iter().map(|(_, m)| m.clone()).collect();
    let title = |list: &[teilhabe_domain::alignment::Candidate], id: i64| {
        list.iter()
            .find(|m| m.id == id)
            .map(|m| m.title.clone())
            .unwrap_or_default()
    };
    let mut municipalities = Vec::new();
    for m in app.store.municipalities_within(&county).await? {
        let theirs_plan = app
            .store
            .plan_in_force(m.id, viewer.reads_internal(m.id))
            .await?;
        let theirs: Vec<_> = theirs_plan
            .measures
            .iter()
            .map(|(_, x)| x.clone())
            .collect();
        let note = if viewer.reads_internal(county.id) {
            app.store
                .alignment_note(county.id, m.id)
                .await?
                .map(|n| n.agreed_split)
        } else {
            None
        };
        municipalities.push(json!({
            "key": m.key,
            "name": m.name,
            "concept": theirs_plan.concept.map(|(_, t)| t),
            "agreed_split": note,
            "likely_duplicates": likely_duplicates(&ours, &theirs).iter().map(|p| json!({
                "county_measure_id": p.county,
                "county_measure": title(&ours, p.county),
                "municipal_measure_id": p.municipality,
                "municipal_measure": title(&theirs, p.municipality),
                "shared_target_groups": p.shared_groups,
                "shared_stems": p.shared_stems,
            })).collect::<Vec<_>>(),
        }));
    }
    ok(json!({
        "key": county.key,
        "concept": plan.concept.map(|(_, t)| t),
        "municipalities": municipalities,
    }))
}
