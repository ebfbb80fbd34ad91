//! Revision in the API: the comparison of two versions as JSON (what a reader may see of
//! both, as the page shows it). The lineage itself is in the records: a version's
//! `supersedes_id`, an item's `carried_from_id`.

use crate::kit::api::{ApiResult, ok};
use crate::kit::auth::Viewer;
use crate::kit::error::{ApiError, ApiPath, ApiQuery};
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde_json::{Value, json};
use teilhabe_domain::revision::Words;
use teilhabe_store::revision::older_first;

pub fn router() -> Router<AppState> {
    Router::new().route("/v1/concepts/{id}/comparison", get(compare))
}

#[derive(serde::Deserialize)]
struct With {
    /// The other version; none: the one this version superseded.
    with: Option<i64>,
}

async fn compare(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<With>,
) -> ApiResult {
    let concept = app.store.concept(id).await?;
    let other_id = q.with.or(concept.supersedes_id).ok_or_else(|| {
        ApiError::invalid(
            "with",
            "Diese Fassung löst keine andere ab: Bitte nennen Sie die Fassung, mit der verglichen wird.",
        )
    })?;
    let other = app.store.concept(other_id).await?;
    if other.body_id != concept.body_id || other.id == concept.id {
        return Err(ApiError::invalid(
            "with",
            "Verglichen wird mit einer anderen Fassung derselben Körperschaft.",
        ));
    }
    let reader = viewer.reads_internal(concept.body_id);
    let (old, new) = older_first(concept, other);
    let c = app.store.comparison(old, new, reader).await?;
    let version = |v: &teilhabe_store::Concept| json!({ "id": v.id, "title": v.title, "version_label": v.version_label, "status": v.status });
    let differences: Vec<Value> = c
        .differences
        .iter()
        .map(|d| {
            json!({
                "kind": d.kind.code(),
                "change": d.change().code(),
                "old_id": d.old,
                "new_id": d.new,
                "title": d.title,
                "moved": d.moved.map(|(from, to)| json!({ "from_parent_id": from, "to_parent_id": to })),
                "texts": d.texts.iter().map(|t| json!({
                    "field": t.field,
                    "words": t.words.iter().map(|w| match w {
                        Words::Same(s) => json!({ "op": "same", "text": s }),
                        Words::Removed(s) => json!({ "op": "removed", "text": s }),
                        Words::Added(s) => json!({ "op": "added", "text": s }),
                    }).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "decision": c.decision(d).map(|(decision, reason)| json!({
                    "decision": teilhabe_domain::Coded::code(decision),
                    "reason": reason,
                })),
            })
        })
        .collect();
    ok(json!({
        "old": version(&c.old),
        "new": version(&c.new),
        "differences": differences,
    }))
}
