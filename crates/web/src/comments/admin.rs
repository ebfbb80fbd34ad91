//! Moderating a version's comments: each waiting comment with what it is about, the fields
//! of action its item and the keyword stems suggest, and three forms — publish (it becomes
//! a contribution of the version's online event), reject with the reason the commenter is
//! told, merge into a published comment that says the same. Below, what was decided.

use crate::concepts::{concept_and_body, concept_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::format::date_de;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use std::collections::HashMap;
use teilhabe_domain::comments::{CommentState, Moderation, Target};
use teilhabe_domain::participation::{ContributionKind, suggest_fields};
use teilhabe_domain::revision::ItemKind;
use teilhabe_domain::{Coded, RawInput};
use teilhabe_store::comments::{Comment, excerpt};
use teilhabe_store::{Body, Concept, StoreError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/concepts/{id}/comments", get(queue))
        .route("/concepts/{id}/comments/{comment}", post(moderate))
}

struct Waiting {
    id: i64,
    about: String,
    text: String,
    lang: String,
    date: String,
    /// Left an address (confirmed or not): the decision will be mailed.
    address: bool,
    /// (code, label, chosen).
    kinds: Vec<(&'static str, &'static str, bool)>,
    /// (id, title, ticked).
    fields: Vec<(i64, String, bool)>,
    groups: Vec<(i64, String, bool)>,
    reason: String,
    error: Option<String>,
}

struct Decided {
    id: i64,
    about: String,
    excerpt: String,
    state: String,
    note: String,
}

#[derive(Template)]
#[template(path = "comments/admin_queue.html")]
struct QueuePage {
    layout: Layout,
    concept: Concept,
    waiting: Vec<Waiting>,
    /// Published comments a waiting one may be merged into: (id, excerpt).
    published: Vec<(i64, String)>,
    decided: Vec<Decided>,
    public_href: String,
    /// Why a decision on a comment no longer waiting was refused.
    notice: Option<String>,
}

/// What each target is called: "Maßnahme: Title", and the field of action it lies in.
struct Targets {
    names: HashMap<String, String>,
    fields: HashMap<String, i64>,
}

async fn targets(app: &AppState, concept: &Concept) -> Result<Targets, HtmlError> {
    let items = app.store.version_items(concept.id, true).await?;
    let mut names = HashMap::from([(Target::Version.code(), "Der Entwurf insgesamt".to_owned())]);
    let mut fields = HashMap::new();
    for i in &items {
        let code = Target::Item(i.kind, i.id).code();
        names.insert(code.clone(), format!("{}: {}", i.kind.label(), i.title));
        let field = match i.kind {
            ItemKind::Principle => None,
            ItemKind::Field => Some(i.id),
            ItemKind::Goal => i.parent,
            ItemKind::Measure => items
                .iter()
                .find(|g| g.kind == ItemKind::Goal && Some(g.id) == i.parent)
                .and_then(|g| g.parent),
        };
        if let Some(f) = field {
            fields.insert(code, f);
        }
    }
    Ok(Targets { names, fields })
}

async fn page(
    app: &AppState,
    cx: &Context,
    concept: &Concept,
    body: &Body,
    failed: Option<(i64, &RawInput, String)>,
) -> Result<String, HtmlError> {
    let layout = concept_layout(cx, "Kommentare moderieren", body, concept);
    let (comments, fields, groups, keywords) = tokio::try_join!(
        app.store.comments_of_concept(concept.id, None),
        app.store.fields_of_action(concept.id),
        app.store.target_groups(body.id),
        app.store.field_keywords(concept.id),
    )?;
    let keywords: Vec<(i64, String)> = keywords.into_iter().map(|(f, s, _)| (f, s)).collect();
    let t = targets(app, concept).await?;
    let about = |c: &Comment| {
        t.names
            .get(&c.target().code())
            .cloned()
            .unwrap_or_else(|| "Der Entwurf insgesamt".to_owned())
    };
    let addresses = app.store.comments_with_address(concept.id).await?;
    let mut waiting = Vec::new();
    for c in comments
        .iter()
        .filter(|c| c.state() == CommentState::Pending)
    {
        let typed = failed.as_ref().filter(|(id, ..)| *id == c.id);
        let input = typed.map(|(_, input, _)| *input);
        // Ticked: what was typed, else the item's field and the stems' suggestions.
        let mut suggested: Vec<i64> = t
            .fields
            .get(&c.target().code())
            .copied()
            .into_iter()
            .collect();
        suggested.extend(
            suggest_fields(&c.text, &keywords)
                .iter()
                .map(|s| s.field_id),
        );
        let ticked = |name: &str, id: i64, default: bool| {
            input.map_or(default, |i| {
                i.all(name).iter().any(|v| *v == id.to_string())
            })
        };
        let kind = input
            .and_then(|i| i.get("kind"))
            .unwrap_or(ContributionKind::Idea.code());
        waiting.push(Waiting {
            id: c.id,
            about: about(c),
            text: c.text.clone(),
            lang: c.lang.clone(),
            date: date_de(&Some(c.created_at.clone())),
            address: addresses.contains(&c.id),
            kinds: ContributionKind::ALL
                .iter()
                .map(|k| (k.code(), k.label(), k.code() == kind))
                .collect(),
            fields: fields
                .iter()
                .map(|f| {
                    (
                        f.id,
                        f.title.clone(),
                        ticked("field_ids", f.id, suggested.contains(&f.id)),
                    )
                })
                .collect(),
            groups: groups
                .iter()
                .map(|g| {
                    (
                        g.id,
                        g.name.clone(),
                        ticked("target_group_ids", g.id, false),
                    )
                })
                .collect(),
            reason: input.and_then(|i| i.get("reason")).unwrap_or("").to_owned(),
            error: typed.map(|(_, _, e)| layout.g(e)),
        });
    }
    let published = comments
        .iter()
        .filter(|c| c.state() == CommentState::Published)
        .map(|c| (c.id, excerpt(&c.text)))
        .collect();
    let decided = comments
        .iter()
        .filter(|c| c.state() != CommentState::Pending)
        .rev()
        .map(|c| Decided {
            id: c.id,
            about: about(c),
            excerpt: excerpt(&c.text),
            state: c.state().label().to_owned(),
            note: match c.state() {
                CommentState::Rejected => c.reason.clone().unwrap_or_default(),
                CommentState::Merged => c
                    .merged_into_id
                    .map(|i| format!("→ Nr. {i}"))
                    .unwrap_or_default(),
                _ => c
                    .contribution_id
                    .map(|i| format!("Beitrag Nr. {i}"))
                    .unwrap_or_default(),
            },
        })
        .collect();
    // A refusal for a comment that no longer waits (decided meanwhile) has no form to
    // stand at: it is said above the list.
    let notice = failed
        .as_ref()
        .filter(|(id, ..)| !waiting.iter().any(|w| w.id == *id))
        .map(|(_, _, e)| layout.g(e));
    let page = QueuePage {
        notice,
        public_href: format!("/{}/konzepte/{}/kommentare", body.key, concept.id),
        layout,
        concept: concept.clone(),
        waiting,
        published,
        decided,
    };
    Ok(page.render()?)
}

async fn queue(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
) -> Result<Html<String>, HtmlError> {
    let (concept, body) = concept_and_body(&app, id).await?;
    Ok(Html(page(&app, &cx, &concept, &body, None).await?))
}

async fn moderate(
    State(app): State<AppState>,
    cx: Context,
    Path((id, comment)): Path<(i64, i64)>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let (concept, body) = concept_and_body(&app, id).await?;
    if app.store.comment(comment).await?.concept_id != id {
        return Err(HtmlError::NotFound);
    }
    let error = match Moderation::parse(&input) {
        Ok(m) => match app.store.moderate_comment(comment, &m).await {
            Ok(_) => {
                return Ok(Redirect::to(&format!("/admin/concepts/{id}/comments")).into_response());
            }
            Err(StoreError::Invalid(errors)) => errors
                .iter()
                .map(|e| e.message.clone())
                .collect::<Vec<_>>()
                .join(" "),
            Err(StoreError::Refused(message)) => message,
            Err(other) => return Err(other.into()),
        },
        Err(errors) => errors
            .iter()
            .map(|e| e.message.clone())
            .collect::<Vec<_>>()
            .join(" "),
    };
    let html = page(&app, &cx, &concept, &body, Some((comment, &input, error))).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}
