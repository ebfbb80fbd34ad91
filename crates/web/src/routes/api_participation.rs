//! The participation part of the JSON API: a body's processes with phases, events and the
//! fate of every public contribution; its public surveys; the published results of a survey
//! (weighted estimates with 95 % intervals, small groups suppressed). Read-only, and only
//! what the portal shows.

use crate::AppState;
use crate::error::{ApiError, ApiPath, ApiQuery};
use crate::survey_results::{self, Weighting};
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};
use teilhabe_domain::participation::current_phase;
use teilhabe_domain::{Coded, Date};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/bodies/{key}/participation", get(participation))
        .route("/v1/bodies/{key}/surveys", get(surveys))
        .route("/v1/surveys/{id}/results", get(results))
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
                    let public = match public_measures.get(m) {
                        Some(v) => *v,
                        None => {
                            let v = app.store.measure(*m).await?.public.0;
                            public_measures.insert(*m, v);
                            v
                        }
                    };
                    if public {
                        measures.push(*m);
                    }
                }
                list.push(json!({
                    "id": c.id,
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
            "current_phase": current_phase(&phases, Date::today()).map(|x| x.code()),
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

async fn surveys(
    State(app): State<AppState>,
    ApiPath(key): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
    let body = app.store.body_by_key(&key).await?;
    let data: Vec<Value> = app
        .store
        .surveys(body.id)
        .await?
        .into_iter()
        .filter(|s| s.is_public())
        .map(|s| {
            json!({
                "id": s.id,
                "title": s.title,
                "status": s.status,
                "languages": s.languages(),
                "invitation_only": s.invitation_only.0,
                "results_public": s.results_public.0,
                "url": format!("/{}/befragungen/{}", body.key, s.id),
            })
        })
        .collect();
    Ok(Json(json!({ "data": data })))
}

#[derive(Deserialize)]
struct By {
    by: Option<String>,
}

async fn results(
    State(app): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<By>,
) -> Result<Json<Value>, ApiError> {
    let questionnaire = app.store.questionnaire(id).await?;
    // Only what the portal publishes: drafts and unpublished results are not there at all.
    if !questionnaire.survey.is_public() || !questionnaire.survey.results_public.0 {
        return Err(ApiError::NotFound("Befragung"));
    }
    let t = app.store.response_table(id).await?;
    let margins = app.store.survey_margins(id).await?;
    let r = survey_results::compute(
        &questionnaire,
        &t,
        &margins,
        q.by.as_deref().filter(|s| !s.is_empty()),
    );
    let weighting = match &r.weighting {
        Weighting::Raked {
            summary,
            iterations,
            converged,
        } => json!({
            "method": "raking",
            "iterations": iterations,
            "converged": converged,
            "effective_n": summary.effective_n,
            "design_effect": summary.design_effect,
            "min_weight": summary.min,
            "max_weight": summary.max,
        }),
        Weighting::Failed(why) => json!({ "method": "none", "error": why }),
        Weighting::None => json!({ "method": "none" }),
    };
    let questions: Vec<Value> = r
        .questions
        .iter()
        .map(|x| {
            json!({
                "code": x.code,
                "text": x.text,
                "kind": x.kind,
                "unit": x.unit,
                "answered": x.answered,
                "rows": x.rows.iter().map(|row| json!({
                    "label": row.label,
                    "cells": row.cells.iter().zip(&r.columns).map(|(c, column)| match c.estimate {
                        Some(e) => {
                            let (low, high) = e.ci95();
                            json!({"group": column, "estimate": e.estimate, "se": e.se, "ci_low": low, "ci_high": high, "n": c.n, "suppressed": false})
                        }
                        // No size: with it, the total minus the others would tell.
                        None => json!({"group": column, "suppressed": true}),
                    }).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(Json(json!({
        "survey_id": id,
        "n": r.n,
        "min_group_size": r.min_group,
        "by": r.by,
        "weighting": weighting,
        "questions": questions,
    })))
}
