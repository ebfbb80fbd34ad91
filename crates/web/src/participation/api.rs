//! The participation part of the JSON API: a body's processes with phases, events and the
//! fate of every public contribution. Read-only, and only what the portal shows.

use crate::kit::error::{ApiError, ApiPath};
use crate::kit::state::AppState;
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde_json::{Value, json};
use teilhabe_domain::comments::CommentState;
use teilhabe_domain::participation::current_phase;
use teilhabe_domain::{Coded, Date};

pub fn router() -> Router<AppState> {
    Router::new().route("/v1/bodies/{key}/participation", get(participation))
}

async fn participation(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
    let body = app.store.body_by_key(&key).await?;
    // Measures are named only when public.
    let mut public_measures = std::collections::HashMap::new();
    let mut data = Vec::new();
    for p in app.store.processes_of_body(body.id).await? {
        let phases = app.store.phases(p.id).await?;
        let contributions = app.store.contributions_of_process(p.id).await?;
        // Contributions that came from the online consultation say so (published and
        // merged comments only: the others are nobody's business but the moderator's).
        let comments = app
            .store
            .comments_of_concept(
                p.concept_id,
                Some(&[CommentState::Published, CommentState::Merged]),
            )
            .await?;
        let mut events = Vec::new();
        for e in app
            .store
            .events(p.id)
            .await?
            .into_iter()
            .filter(|e| e.public.0)
        {
            let mut list = Vec::new();
            for c in contributions
                .iter()
                .filter(|c| c.event_id == e.id && c.public.0)
            {
                let mut measures = Vec::new();
                for m in &c.measure_ids {
                    let public = if let Some(v) = public_measures.get(m) {
                        *v
                    } else {
                        let v = app.store.measure(*m).await?.public.0;
                        public_measures.insert(*m, v);
                        v
                    };
                    if public {
                        measures.push(*m);
                    }
                }
                let comment = comments
                    .iter()
                    .find(|k| k.contribution_id == Some(c.id))
                    .map(|k| {
                        let merged = comments
                            .iter()
                            .filter(|m| m.merged_into_id == Some(k.id))
                            .count();
                        json!({
                            "id": k.id,
                            "target": k.target().code(),
                            "lang": k.lang,
                            "created_at": k.created_at,
                            "merged_comments": merged,
                        })
                    });
                list.push(json!({
                    "id": c.id,
                    "comment": comment,
                    "kind": c.kind,
                    "text": c.text,
                    "status": c.status,
                    "reason": c.reason,
                    "field_of_action_ids": c.field_ids,
                    "target_group_ids": c.target_group_ids,
                    "measure_ids": measures,
                }));
            }
            events.push(json!({
                "id": e.id,
                "format": e.format,
                "title": e.title,
                "start_date": e.start_date,
                "end_date": e.end_date,
                "place": e.place,
                "planning_area_id": e.planning_area_id,
                "organizer_id": e.organizer_id,
                "languages": e.languages,
                "description": e.description,
                "participants": e.participants(),
                "participants_by_target_group": e.participants.iter().map(|(g, n)| json!({"target_group_id": g, "count": n})).collect::<Vec<_>>(),
                "contributions": list,
            }));
        }
        data.push(json!({
            "id": p.id,
            "concept_id": p.concept_id,
            "title": p.title,
            "description": p.description,
            "current_phase": current_phase(&phases, Date::today()).map(teilhabe_domain::Coded::code),
            "phases": phases.iter().map(|x| json!({
                "phase": x.phase.code(),
                "label": x.phase.label(),
                "start": x.start.map(|d| d.iso()),
                "end": x.end.map(|d| d.iso()),
                "note": x.note,
            })).collect::<Vec<_>>(),
            "events": events,
        }));
    }
    Ok(Json(json!({ "data": data })))
}
