//! The surveys part of the JSON API: a body's public surveys and the published results of a
//! survey (weighted estimates with 95 % intervals, small groups suppressed). Read-only, and
//! only what the portal shows.

use super::results::{self, Weighting};
use crate::kit::error::{ApiError, ApiPath, ApiQuery};
use crate::kit::state::AppState;
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/bodies/{key}/surveys", get(surveys))
        .route("/v1/surveys/{id}/results", get(results))
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
        .filter(teilhabe_store::surveys::Survey::is_public)
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
    let r = results::compute(
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
