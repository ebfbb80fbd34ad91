//! The impact chain of a concept version: per field of action, its goals with the indicator
//! that measures each (level, target, latest value, standing) and the measures serving it
//! with their outputs — each link with the assumption it rests on. The page is the chain as
//! nested text (headings and lists), which is what a screen reader or a printout needs; the
//! administration edits the assumptions of all links on one form; the API gives the same
//! structure. Assembled by `teilhabe_store::impact_chain`.

use crate::kit::context::Context;
use crate::kit::error::{ApiError, ApiPath, HtmlError};
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};
use teilhabe_domain::Date;
use teilhabe_domain::impact::OutputState as Judgement;
use teilhabe_store::impact::Assumptions;
use teilhabe_store::impact_chain::{ChainField, ChainTarget};

pub fn public_router() -> Router<AppState> {
    Router::new().route("/{key}/konzepte/{id}/wirkungskette", get(page))
}

pub fn admin_router() -> Router<AppState> {
    Router::new().route("/concepts/{id}/impact-chain", get(edit).post(update))
}

pub fn api_router() -> Router<AppState> {
    Router::new().route("/v1/concepts/{id}/impact-chain", get(api))
}

struct MeasureView {
    id: i64,
    href: String,
    title: String,
    public: bool,
    assumption: Option<String>,
    outputs: Vec<String>,
    rating: Option<String>,
}

struct GoalView {
    id: i64,
    title: String,
    /// "Indicator (level)", the target, the latest value and the standing.
    measured_by: Option<(String, String, String, String)>,
    assumption: Option<String>,
    measures: Vec<MeasureView>,
}

struct FieldView {
    id: i64,
    title: String,
    goals: Vec<GoalView>,
}

fn number(v: f64) -> String {
    crate::kit::charts::de_number(v, crate::kit::charts::decimals_for(v))
}

fn target_view(cx: &Context, t: &ChainTarget) -> (String, String, String, String) {
    let unit = t.unit.as_deref().unwrap_or("");
    (
        format!(
            "{} ({})",
            t.name,
            cx.tr(&format!("chain-level-{}", t.level))
        ),
        cx.tr_with(
            "chain-target",
            &[
                (
                    "value",
                    format!("{} {unit}", number(t.target_value))
                        .trim()
                        .to_owned(),
                ),
                ("year", t.target_year.to_string()),
            ],
        ),
        match &t.latest {
            Some((period, v)) => format!(
                "{} {unit} ({})",
                number(*v),
                crate::monitoring::period_de(period)
            ),
            None => cx.tr("target-no-data"),
        },
        cx.tr_or(
            &format!("standing-{}", t.standing.code()),
            t.standing.label(),
        ),
    )
}

fn views(cx: &Context, key: &str, fields: Vec<ChainField>) -> Vec<FieldView> {
    fields
        .into_iter()
        .map(|f| FieldView {
            id: f.id,
            title: f.title,
            goals: f
                .goals
                .into_iter()
                .map(|g| GoalView {
                    id: g.id,
                    measured_by: g.target.as_ref().map(|t| target_view(cx, t)),
                    assumption: g.target.and_then(|t| t.assumption),
                    title: g.title,
                    measures: g
                        .measures
                        .into_iter()
                        .map(|m| MeasureView {
                            id: m.id,
                            href: format!("/{key}/massnahmen/{}", m.id),
                            title: match &m.code {
                                Some(c) => format!("{c} {}", m.title),
                                None => m.title.clone(),
                            },
                            public: m.public,
                            assumption: m.assumption,
                            outputs: m
                                .outputs
                                .iter()
                                .map(|o| format!("{}: {}", o.output.name, o.german()))
                                .collect(),
                            rating: m.rating.map(|r| {
                                let verdict = match r.state {
                                    Judgement::OnTrack => "chain-on-track",
                                    Judgement::Behind => "chain-behind",
                                    Judgement::FarBehind => "chain-far-behind",
                                };
                                format!(
                                    "{} – {}",
                                    cx.tr_with(
                                        "chain-rating",
                                        &[
                                            ("reached", r.percent().to_string()),
                                            ("elapsed", r.elapsed_percent().to_string()),
                                        ],
                                    ),
                                    cx.tr(verdict)
                                )
                            }),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "impact/chain.html")]
struct ChainPage {
    layout: Layout,
    concept_href: String,
    fields: Vec<FieldView>,
}

async fn page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body_by_key(&key).await?;
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let reader = cx.viewer().reads_internal(body.id);
    let fields = app
        .store
        .impact_chain(id, &Date::today().to_string(), reader)
        .await?;
    let layout = Layout::translated(
        &cx,
        &format!(
            "{}: {} ({})",
            cx.tr("chain-title"),
            concept.title,
            concept.version_label
        ),
    )
    .crumb(format!("/{}", body.key), body.name.clone())
    .crumb(
        format!("/{}/konzepte/{}", body.key, concept.id),
        format!("{} ({})", concept.title, concept.version_label),
    );
    Ok(Html(
        ChainPage {
            layout,
            concept_href: format!("/{}/konzepte/{}", body.key, concept.id),
            fields: views(&cx, &body.key, fields),
        }
        .render()?,
    ))
}

/// One text area per link: `m.ID` for a measure's, `g.ID` for a goal's indicator.
#[derive(Template)]
#[template(path = "impact/chain_edit.html")]
struct EditPage {
    layout: Layout,
    action: String,
    public_href: String,
    fields: Vec<FieldView>,
    goal_texts: Vec<(i64, String)>,
    measure_texts: Vec<(i64, String)>,
    errors: Vec<(String, String)>,
}

async fn edit_page(
    app: &AppState,
    cx: &Context,
    id: i64,
    texts: Option<&Assumptions>,
    errors: Vec<(String, String)>,
) -> Result<Response, HtmlError> {
    let concept = app.store.concept(id).await?;
    let body = app.store.body(concept.body_id).await?;
    let fields = app
        .store
        .impact_chain(id, &Date::today().to_string(), true)
        .await?;
    let stored = app.store.chain_assumptions(id).await?;
    let a = texts.unwrap_or(&stored);
    let mut goal_texts = Vec::new();
    let mut measure_texts = Vec::new();
    for g in fields.iter().flat_map(|f| &f.goals) {
        if g.target.is_some() {
            goal_texts.push((g.id, a.goals.get(&g.id).cloned().unwrap_or_default()));
        }
        for m in &g.measures {
            measure_texts.push((m.id, a.measures.get(&m.id).cloned().unwrap_or_default()));
        }
    }
    let invalid = !errors.is_empty();
    // Each error links to its field (`m.12` → `#f-m-12`).
    let errors = errors
        .into_iter()
        .map(|(field, message)| (field.replace('.', "-"), message))
        .collect();
    let layout = Layout::admin(cx, "Wirkungskette")
        .crumb(format!("/admin/bodies/{}", body.id), body.name.clone())
        .crumb(format!("/admin/concepts/{id}"), concept.title.clone());
    let html = EditPage {
        layout,
        action: format!("/admin/concepts/{id}/impact-chain"),
        public_href: format!("/{}/konzepte/{id}/wirkungskette", body.key),
        fields: views(cx, &body.key, fields),
        goal_texts,
        measure_texts,
        errors,
    }
    .render()?;
    let status = if invalid {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok((status, Html(html)).into_response())
}

async fn edit(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Result<Response, HtmlError> {
    edit_page(&app, &cx, id, None, Vec::new()).await
}

async fn update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let mut a = Assumptions::default();
    let mut errors = Vec::new();
    for (prefix, map) in [("m.", &mut a.measures), ("g.", &mut a.goals)] {
        for (raw, value) in input.with_prefix(prefix) {
            let Ok(record) = raw.parse::<i64>() else {
                continue;
            };
            if value.chars().count() > 2000 {
                errors.push((
                    format!("{prefix}{raw}"),
                    "Bitte höchstens 2.000 Zeichen.".to_owned(),
                ));
            }
            map.insert(record, value);
        }
    }
    if errors.is_empty() {
        match app.store.set_chain_assumptions(id, &a).await {
            Ok(()) => {
                return Ok(
                    Redirect::to(&format!("/admin/concepts/{id}/impact-chain")).into_response()
                );
            }
            Err(teilhabe_store::StoreError::Invalid(e)) => {
                errors = e
                    .iter()
                    .map(|x| (x.field.clone(), x.message.clone()))
                    .collect();
            }
            Err(e) => return Err(e.into()),
        }
    }
    edit_page(&app, &cx, id, Some(&a), errors).await
}

async fn api(
    State(app): State<AppState>,
    viewer: crate::kit::auth::Viewer,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    let concept = app.store.concept(id).await?;
    let internal = viewer.reads_internal(concept.body_id);
    let fields = app
        .store
        .impact_chain(id, &Date::today().to_string(), internal)
        .await?;
    Ok(Json(json!({ "concept_id": id, "fields": fields })))
}
