//! The impact chain's assumptions in the administration: one form for a concept version,
//! a text area per link — `m.ID` why a measure serves its goal, `g.ID` why the indicator
//! shows whether the goal is reached (only goals with an indicator target have one).

use super::chain::{FieldView, views};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use teilhabe_domain::Date;
use teilhabe_store::impact::Assumptions;

pub fn router() -> Router<AppState> {
    Router::new().route("/concepts/{id}/impact-chain", get(edit).post(update))
}

/// One text area per link: `m.ID` for a measure's, `g.ID` for a goal's indicator.
#[derive(Template)]
#[template(path = "impact/admin_chain.html")]
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
