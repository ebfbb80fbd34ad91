//! Making the next version of a concept: a form that lists the version's measures field by
//! field and goal by goal, each with its decision (continue, change, end with a reason,
//! drop), and the draft it makes. A form with an error comes back with everything as it
//! was typed and nothing stored.

use crate::concepts::{concept_and_body, concept_href, concept_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use teilhabe_domain::revision::{CarryDecision, SuccessorDraft, decision_field, reason_field};
use teilhabe_domain::{Coded, FieldErrors, RawInput};
use teilhabe_store::{Body, Concept, StoreError};

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/concepts/{id}/successor",
        get(successor_form).post(successor_create),
    )
}

/// One measure of the old version with the decision the form shows.
struct Choice {
    id: i64,
    code: String,
    title: String,
    /// Each decision: its code, its words, whether it is the one chosen.
    options: Vec<(&'static str, &'static str, bool)>,
    reason: String,
    error: Option<String>,
}

struct GoalGroup {
    field: String,
    goal: String,
    measures: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "revision/admin_successor.html")]
struct SuccessorPage {
    layout: Layout,
    concept: Concept,
    title: String,
    version_label: String,
    title_error: Option<String>,
    version_error: Option<String>,
    groups: Vec<GoalGroup>,
    concept_name: String,
    /// The error summary: where, and what.
    summary: Vec<(String, String)>,
}

async fn page(
    app: &AppState,
    cx: &Context,
    concept: &Concept,
    body: &Body,
    input: &RawInput,
    errors: Option<&FieldErrors>,
) -> Result<String, HtmlError> {
    let layout = concept_layout(cx, "Neue Fassung aus dieser erstellen", body, concept);
    let error = |field: &str| errors.and_then(|e| e.get(field)).map(|m| layout.g(m));
    let (fields, goals, measures) = tokio::try_join!(
        app.store.fields_of_action(concept.id),
        app.store.goals_of_concept(concept.id),
        app.store.measure_list_of_concept(concept.id),
    )?;
    let mut groups = Vec::new();
    for f in &fields {
        for g in goals.iter().filter(|g| g.field_id == f.id) {
            let measures: Vec<Choice> = measures
                .iter()
                .filter(|m| m.goal_id == g.id)
                .map(|m| Choice {
                    id: m.id,
                    code: m.code.clone().unwrap_or_default(),
                    title: m.title.clone(),
                    options: {
                        let chosen = input
                            .get(&decision_field(m.id))
                            .unwrap_or(CarryDecision::Continue.code());
                        CarryDecision::ALL
                            .iter()
                            .map(|d| (d.code(), d.label(), d.code() == chosen))
                            .collect()
                    },
                    reason: input.get(&reason_field(m.id)).unwrap_or("").to_owned(),
                    error: error(&reason_field(m.id)).or_else(|| error(&decision_field(m.id))),
                })
                .collect();
            if !measures.is_empty() {
                groups.push(GoalGroup {
                    field: f.title.clone(),
                    goal: g.title.clone(),
                    measures,
                });
            }
        }
    }
    let summary = errors
        .map(|e| {
            e.iter()
                .map(|fe| (format!("#f-{}", fe.field), layout.g(&fe.message)))
                .collect()
        })
        .unwrap_or_default();
    let page = SuccessorPage {
        title: input
            .get("title")
            .map_or_else(|| concept.title.clone(), str::to_owned),
        version_label: input.get("version_label").unwrap_or("").to_owned(),
        title_error: error("title"),
        version_error: error("version_label"),
        groups,
        summary,
        concept_name: format!("{} ({})", concept.title, concept.version_label),
        concept: concept.clone(),
        layout,
    };
    Ok(page.render()?)
}

async fn successor_form(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Result<Html<String>, HtmlError> {
    let (concept, body) = concept_and_body(&app, id).await?;
    Ok(Html(
        page(&app, &cx, &concept, &body, &RawInput::new(), None).await?,
    ))
}

async fn successor_create(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let (concept, body) = concept_and_body(&app, id).await?;
    let ids: Vec<i64> = app
        .store
        .measure_list_of_concept(id)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let errors = match SuccessorDraft::parse(&input, &ids) {
        Ok(draft) => match app.store.carry_over(id, &draft).await {
            Ok(new) => return Ok(Redirect::to(&concept_href(new.id)).into_response()),
            Err(StoreError::Invalid(errors)) => errors,
            // A draft that already supersedes this version, or measures changed meanwhile:
            // said above the form, which keeps what was typed.
            Err(StoreError::Refused(message)) => FieldErrors::single("title", message),
            Err(other) => return Err(other.into()),
        },
        Err(errors) => errors,
    };
    let html = page(&app, &cx, &concept, &body, &input, Some(&errors)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}
