//! Concept versions and their tree: principles, fields of action, goals.

use super::tree::{FieldNode, concept_status};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::opt;
use crate::kit::form::{FieldDef, Form, FormInput, Kind};
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use teilhabe_domain::concepts::{ConceptDraft, FieldOfActionDraft, GoalDraft, PrincipleDraft};
use teilhabe_domain::{ConceptKind, ConceptStatus, RawInput};
use teilhabe_store::{Body, Concept, Principle};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/bodies/{id}/concepts/new",
            get(concept_new).post(concept_create),
        )
        .route("/concepts/{id}", get(concept_overview))
        .route(
            "/concepts/{id}/edit",
            get(concept_edit).post(concept_update),
        )
        .route("/concepts/{id}/delete", post(concept_delete))
        .route(
            "/concepts/{id}/principles/new",
            get(principle_new).post(principle_create),
        )
        .route(
            "/principles/{id}/edit",
            get(principle_edit).post(principle_update),
        )
        .route("/principles/{id}/delete", post(principle_delete))
        .route(
            "/concepts/{id}/fields/new",
            get(field_new).post(field_create),
        )
        .route("/fields/{id}/edit", get(field_edit).post(field_update))
        .route("/fields/{id}/delete", post(field_delete))
        .route("/fields/{id}/goals/new", get(goal_new).post(goal_create))
        .route("/goals/{id}/edit", get(goal_edit).post(goal_update))
        .route("/goals/{id}/delete", post(goal_delete))
}

type Page = Result<Html<String>, HtmlError>;
type Submit = Result<Response, HtmlError>;

pub fn concept_href(id: i64) -> String {
    format!("/admin/concepts/{id}")
}

/// The admin layout for anything inside a concept.
pub fn concept_layout(cx: &Context, title: &str, body: &Body, concept: &Concept) -> Layout {
    Layout::admin(cx, title)
        .crumb(format!("/admin/bodies/{}", body.id), body.name.clone())
        .crumb(
            concept_href(concept.id),
            format!("{} ({})", concept.title, concept.version_label),
        )
}

/// Loads a concept and its body together.
pub async fn concept_and_body(
    app: &AppState,
    concept_id: i64,
) -> Result<(Concept, Body), HtmlError> {
    let concept = app.store.concept(concept_id).await?;
    let body = app.store.body(concept.body_id).await?;
    Ok((concept, body))
}

// ---- concepts

async fn concept_fields(
    app: &AppState,
    body_id: i64,
    except: Option<i64>,
) -> Result<Vec<FieldDef>, HtmlError> {
    let others = app
        .store
        .concepts(body_id)
        .await?
        .into_iter()
        .filter(|c| Some(c.id) != except)
        .map(|c| {
            (
                c.id.to_string(),
                format!("{} ({})", c.title, c.version_label),
            )
        })
        .collect();
    Ok(vec![
        FieldDef::new("title", "Titel", Kind::Text).required(),
        FieldDef::new("kind", "Art", Kind::Select)
            .required()
            .codes::<ConceptKind>(),
        FieldDef::new("version_label", "Fassung", Kind::Text)
            .required()
            .hint("z. B. das Jahr: 2022"),
        FieldDef::new("status", "Status", Kind::Select)
            .required()
            .codes::<ConceptStatus>()
            .hint("Wird eine Fassung „beschlossen“, gilt die bisher beschlossene als „abgelöst“."),
        FieldDef::new("adopted_on", "Beschlossen am", Kind::Date),
        FieldDef::new("consultation_from", "Beteiligung vom", Kind::Date)
            .hint("Für den Status „in Beteiligung“: ab wann die Fassung kommentiert werden kann."),
        FieldDef::new("consultation_until", "Beteiligung bis", Kind::Date),
        FieldDef::new("paper_reference", "Vorlage (Drucksachennummer)", Kind::Text)
            .hint("z. B. 2022/032"),
        FieldDef::new("supersedes_id", "Löst ab", Kind::Select).options(others),
        FieldDef::new("summary", "Zusammenfassung", Kind::Textarea),
    ])
}

fn concept_input(c: &Concept) -> RawInput {
    RawInput::from_pairs([
        ("title", c.title.clone()),
        ("kind", c.kind.clone()),
        ("version_label", c.version_label.clone()),
        ("status", c.status.clone()),
        ("adopted_on", opt(&c.adopted_on)),
        ("consultation_from", opt(&c.consultation_from)),
        ("consultation_until", opt(&c.consultation_until)),
        ("paper_reference", opt(&c.paper_reference)),
        ("supersedes_id", opt(&c.supersedes_id)),
        ("summary", opt(&c.summary)),
    ])
}

async fn concept_form(
    app: &AppState,
    cx: &Context,
    body: &Body,
    existing: Option<&Concept>,
) -> Result<Form, HtmlError> {
    Ok(Form {
        layout: match existing {
            Some(c) => concept_layout(cx, "Fassung bearbeiten", body, c),
            None => Layout::admin(cx, "Neue Fassung")
                .crumb(format!("/admin/bodies/{}", body.id), body.name.clone()),
        },
        heading: existing.map_or_else(
            || "Neue Fassung eines Leitbilds oder Integrationskonzepts".into(),
            |c| format!("{} ({}) bearbeiten", c.title, c.version_label),
        ),
        intro: None,
        action: match existing {
            Some(c) => format!("/admin/concepts/{}/edit", c.id),
            None => format!("/admin/bodies/{}/concepts/new", body.id),
        },
        defs: concept_fields(app, body.id, existing.map(|c| c.id)).await?,
        submit: "Speichern",
        cancel: existing.map_or_else(
            || format!("/admin/bodies/{}", body.id),
            |c| concept_href(c.id),
        ),
        delete_action: existing.map(|c| format!("/admin/concepts/{}/delete", c.id)),
        extra_button: None,
    })
}

async fn concept_new(State(app): State<AppState>, cx: Context, Path(body_id): Path<i64>) -> Page {
    let body = app.store.body(body_id).await?;
    let defaults = RawInput::from_pairs([("kind", "concept"), ("status", "draft")]);
    concept_form(&app, &cx, &body, None)
        .await?
        .render(&defaults, None)
}

async fn concept_create(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let body = app.store.body(body_id).await?;
    concept_form(&app, &cx, &body, None)
        .await?
        .submit(input, ConceptDraft::parse, |d| async move {
            Ok(concept_href(
                app.store.create_concept(body_id, &d).await?.id,
            ))
        })
        .await
}

async fn concept_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (c, body) = concept_and_body(&app, id).await?;
    concept_form(&app, &cx, &body, Some(&c))
        .await?
        .render(&concept_input(&c), None)
}

async fn concept_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (c, body) = concept_and_body(&app, id).await?;
    concept_form(&app, &cx, &body, Some(&c))
        .await?
        .submit(input, ConceptDraft::parse, |d| async move {
            app.store.update_concept(id, &d).await?;
            Ok(concept_href(id))
        })
        .await
}

async fn concept_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let c = app.store.concept(id).await?;
    app.store.delete_concept(id).await?;
    Ok(Redirect::to(&format!("/admin/bodies/{}", c.body_id)).into_response())
}

#[derive(Template)]
#[template(path = "concepts/admin_concept.html")]
struct ConceptOverview {
    layout: Layout,
    body: Body,
    concept: Concept,
    status: String,
    principles: Vec<Principle>,
    fields: Vec<FieldNode>,
    processes: Vec<teilhabe_store::participation::Process>,
}

async fn concept_overview(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let (concept, body) = concept_and_body(&app, id).await?;
    let layout = Layout::admin(
        &cx,
        &format!("{} ({})", concept.title, concept.version_label),
    )
    .crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    let page = ConceptOverview {
        layout,
        status: concept_status(&cx, &concept),
        principles: app.store.principles(id).await?,
        fields: super::tree::concept_tree(&cx, &app.store, &concept, true).await?,
        processes: app.store.processes_of_concept(id).await?,
        body,
        concept,
    };
    Ok(Html(page.render()?))
}

// ---- principles

fn principle_form(
    cx: &Context,
    body: &Body,
    concept: &Concept,
    existing: Option<&Principle>,
) -> Form {
    Form {
        layout: concept_layout(
            cx,
            if existing.is_some() {
                "Leitsatz bearbeiten"
            } else {
                "Neuer Leitsatz"
            },
            body,
            concept,
        ),
        heading: if existing.is_some() {
            "Leitsatz bearbeiten".into()
        } else {
            "Neuer Leitsatz".into()
        },
        intro: None,
        action: match existing {
            Some(p) => format!("/admin/principles/{}/edit", p.id),
            None => format!("/admin/concepts/{}/principles/new", concept.id),
        },
        defs: vec![
            FieldDef::new("title", "Leitsatz", Kind::Text).required(),
            FieldDef::new("text", "Erläuterung", Kind::Textarea),
            FieldDef::new("position", "Reihenfolge", Kind::Number)
                .hint("Leer lassen, um ihn ans Ende zu setzen."),
        ],
        submit: "Speichern",
        cancel: concept_href(concept.id),
        delete_action: existing.map(|p| format!("/admin/principles/{}/delete", p.id)),
        extra_button: None,
    }
}

async fn principle_new(
    State(app): State<AppState>,
    cx: Context,
    Path(concept_id): Path<i64>,
) -> Page {
    let (c, body) = concept_and_body(&app, concept_id).await?;
    principle_form(&cx, &body, &c, None).render(&RawInput::new(), None)
}

async fn principle_create(
    State(app): State<AppState>,
    cx: Context,
    Path(concept_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (c, body) = concept_and_body(&app, concept_id).await?;
    principle_form(&cx, &body, &c, None)
        .submit(input, PrincipleDraft::parse, |d| async move {
            app.store.create_principle(concept_id, &d).await?;
            Ok(concept_href(concept_id))
        })
        .await
}

async fn principle_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let p = app.store.principle(id).await?;
    let (c, body) = concept_and_body(&app, p.concept_id).await?;
    let input = RawInput::from_pairs([
        ("title", p.title.clone()),
        ("text", opt(&p.text)),
        ("position", p.position.to_string()),
    ]);
    principle_form(&cx, &body, &c, Some(&p)).render(&input, None)
}

async fn principle_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let p = app.store.principle(id).await?;
    let (c, body) = concept_and_body(&app, p.concept_id).await?;
    principle_form(&cx, &body, &c, Some(&p))
        .submit(input, PrincipleDraft::parse, |d| async move {
            app.store.update_principle(id, &d).await?;
            Ok(concept_href(p.concept_id))
        })
        .await
}

async fn principle_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let p = app.store.principle(id).await?;
    app.store.delete_principle(id).await?;
    Ok(Redirect::to(&concept_href(p.concept_id)).into_response())
}

// ---- fields of action

fn field_form(cx: &Context, body: &Body, concept: &Concept, existing: Option<(i64, &str)>) -> Form {
    Form {
        layout: concept_layout(
            cx,
            if existing.is_some() {
                "Handlungsfeld bearbeiten"
            } else {
                "Neues Handlungsfeld"
            },
            body,
            concept,
        ),
        heading: existing.map_or_else(
            || "Neues Handlungsfeld".into(),
            |(_, t)| format!("Handlungsfeld „{t}“ bearbeiten"),
        ),
        intro: None,
        action: match existing {
            Some((id, _)) => format!("/admin/fields/{id}/edit"),
            None => format!("/admin/concepts/{}/fields/new", concept.id),
        },
        defs: vec![
            FieldDef::new("title", "Titel", Kind::Text)
                .required()
                .hint("z. B. Sprache und Bildung"),
            FieldDef::new("description", "Beschreibung", Kind::Textarea),
            FieldDef::new("position", "Reihenfolge", Kind::Number)
                .hint("Leer lassen, um es ans Ende zu setzen."),
        ],
        submit: "Speichern",
        cancel: concept_href(concept.id),
        delete_action: existing.map(|(id, _)| format!("/admin/fields/{id}/delete")),
        extra_button: None,
    }
}

async fn field_new(State(app): State<AppState>, cx: Context, Path(concept_id): Path<i64>) -> Page {
    let (c, body) = concept_and_body(&app, concept_id).await?;
    field_form(&cx, &body, &c, None).render(&RawInput::new(), None)
}

async fn field_create(
    State(app): State<AppState>,
    cx: Context,
    Path(concept_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let (c, body) = concept_and_body(&app, concept_id).await?;
    field_form(&cx, &body, &c, None)
        .submit(input, FieldOfActionDraft::parse, |d| async move {
            app.store.create_field_of_action(concept_id, &d).await?;
            Ok(concept_href(concept_id))
        })
        .await
}

async fn field_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let f = app.store.field_of_action(id).await?;
    let (c, body) = concept_and_body(&app, f.concept_id).await?;
    let input = RawInput::from_pairs([
        ("title", f.title.clone()),
        ("description", opt(&f.description)),
        ("position", f.position.to_string()),
    ]);
    field_form(&cx, &body, &c, Some((f.id, &f.title))).render(&input, None)
}

async fn field_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let f = app.store.field_of_action(id).await?;
    let (c, body) = concept_and_body(&app, f.concept_id).await?;
    field_form(&cx, &body, &c, Some((f.id, &f.title)))
        .submit(input, FieldOfActionDraft::parse, |d| async move {
            app.store.update_field_of_action(id, &d).await?;
            Ok(concept_href(f.concept_id))
        })
        .await
}

async fn field_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let f = app.store.field_of_action(id).await?;
    app.store.delete_field_of_action(id).await?;
    Ok(Redirect::to(&concept_href(f.concept_id)).into_response())
}

// ---- goals

fn goal_form(
    cx: &Context,
    body: &Body,
    concept: &Concept,
    field_id: i64,
    existing: Option<i64>,
) -> Form {
    Form {
        layout: concept_layout(
            cx,
            if existing.is_some() {
                "Ziel bearbeiten"
            } else {
                "Neues Ziel"
            },
            body,
            concept,
        ),
        heading: if existing.is_some() {
            "Ziel bearbeiten".into()
        } else {
            "Neues Ziel".into()
        },
        intro: None,
        action: match existing {
            Some(id) => format!("/admin/goals/{id}/edit"),
            None => format!("/admin/fields/{field_id}/goals/new"),
        },
        defs: vec![
            FieldDef::new("title", "Ziel", Kind::Text).required(),
            FieldDef::new("description", "Beschreibung", Kind::Textarea),
            FieldDef::new("target_note", "Indikator und Zielwert", Kind::Text)
                .hint("z. B. „Wartezeit auf einen Integrationskurs unter 3 Monaten bis 2025“"),
            FieldDef::new("position", "Reihenfolge", Kind::Number),
        ],
        submit: "Speichern",
        cancel: concept_href(concept.id),
        delete_action: existing.map(|id| format!("/admin/goals/{id}/delete")),
        extra_button: None,
    }
}

async fn goal_new(State(app): State<AppState>, cx: Context, Path(field_id): Path<i64>) -> Page {
    let f = app.store.field_of_action(field_id).await?;
    let (c, body) = concept_and_body(&app, f.concept_id).await?;
    goal_form(&cx, &body, &c, field_id, None).render(&RawInput::new(), None)
}

async fn goal_create(
    State(app): State<AppState>,
    cx: Context,
    Path(field_id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let f = app.store.field_of_action(field_id).await?;
    let (c, body) = concept_and_body(&app, f.concept_id).await?;
    goal_form(&cx, &body, &c, field_id, None)
        .submit(input, GoalDraft::parse, |d| async move {
            app.store.create_goal(field_id, &d).await?;
            Ok(concept_href(f.concept_id))
        })
        .await
}

async fn goal_edit(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let g = app.store.goal(id).await?;
    let f = app.store.field_of_action(g.field_id).await?;
    let (c, body) = concept_and_body(&app, f.concept_id).await?;
    let input = RawInput::from_pairs([
        ("title", g.title.clone()),
        ("description", opt(&g.description)),
        ("target_note", opt(&g.target_note)),
        ("position", g.position.to_string()),
    ]);
    goal_form(&cx, &body, &c, g.field_id, Some(id)).render(&input, None)
}

async fn goal_update(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Submit {
    let g = app.store.goal(id).await?;
    let f = app.store.field_of_action(g.field_id).await?;
    let (c, body) = concept_and_body(&app, f.concept_id).await?;
    goal_form(&cx, &body, &c, g.field_id, Some(id))
        .submit(input, GoalDraft::parse, |d| async move {
            app.store.update_goal(id, &d).await?;
            Ok(concept_href(f.concept_id))
        })
        .await
}

async fn goal_delete(State(app): State<AppState>, Path(id): Path<i64>) -> Submit {
    let g = app.store.goal(id).await?;
    let f = app.store.field_of_action(g.field_id).await?;
    app.store.delete_goal(id).await?;
    Ok(Redirect::to(&concept_href(f.concept_id)).into_response())
}
