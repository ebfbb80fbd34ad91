//! The impact chain of a concept version: per field of action, its goals with the indicator
//! that measures each (level, target, latest value, standing) and the measures serving it
//! with their outputs — each link with the assumption it rests on. The page is the chain as
//! nested text (headings and lists), which is what a screen reader or a printout needs; the
//! administration edits the assumptions of all links on one form (`admin_chain`); the API
//! gives the same structure. Assembled by `teilhabe_store::impact_chain`.

use crate::kit::context::Context;
use crate::kit::error::{ApiError, ApiPath, HtmlError};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};
use teilhabe_domain::Date;
use teilhabe_domain::impact::OutputState as Judgement;
use teilhabe_store::impact_chain::{ChainField, ChainTarget};

pub fn public_router() -> Router<AppState> {
    Router::new().route("/{key}/konzepte/{id}/wirkungskette", get(page))
}

pub fn api_router() -> Router<AppState> {
    Router::new().route("/v1/concepts/{id}/impact-chain", get(api))
}

pub(super) struct MeasureView {
    pub(super) id: i64,
    pub(super) href: String,
    pub(super) title: String,
    pub(super) public: bool,
    pub(super) assumption: Option<String>,
    pub(super) outputs: Vec<String>,
    pub(super) rating: Option<String>,
}

pub(super) struct GoalView {
    pub(super) id: i64,
    pub(super) title: String,
    /// "Indicator (level)", the target, the latest value and the standing.
    pub(super) measured_by: Option<(String, String, String, String)>,
    pub(super) assumption: Option<String>,
    pub(super) measures: Vec<MeasureView>,
}

pub(super) struct FieldView {
    pub(super) id: i64,
    pub(super) title: String,
    pub(super) goals: Vec<GoalView>,
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

pub(super) fn views(cx: &Context, key: &str, fields: Vec<ChainField>) -> Vec<FieldView> {
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
                            title: m.label(),
                            public: m.public,
                            assumption: m.assumption,
                            outputs: m
                                .outputs
                                .iter()
                                // Numbers only, so the line reads in every language.
                                .map(|o| {
                                    format!(
                                        "{}: {} / {}",
                                        o.output.name,
                                        o.reported.map_or_else(|| "–".to_owned(), |v| v.german()),
                                        o.output.amount(o.output.target())
                                    )
                                })
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
