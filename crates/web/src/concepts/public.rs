//! A concept version's public pages: the concept with its principles, fields, goals and
//! measure plan (non-public measures only for those who read the body's non-public
//! records, marked as such), and its text in Leichte Sprache.

use super::tree::{FieldNode, concept_status};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::{coded_label, date_de};
use crate::kit::layout::{Layout, Texts};
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use teilhabe_domain::translations::EASY;
use teilhabe_domain::{Coded, ConceptKind, ConceptStatus};
use teilhabe_store::{Body, Concept, Principle};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/konzepte/{id}", get(concept_page))
        .route("/{key}/konzepte/{id}/leichte-sprache", get(easy_page))
}

type Page = Result<Html<String>, HtmlError>;

pub struct ConceptRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub version: String,
    pub status: String,
    pub adopted_on: String,
}

pub fn concept_row(cx: &Context, c: &Concept) -> ConceptRow {
    ConceptRow {
        id: c.id,
        title: c.title.clone(),
        kind: coded_label::<ConceptKind>(cx, "concept-kind", &c.kind),
        version: c.version_label.clone(),
        status: concept_status(cx, c),
        adopted_on: date_de(&c.adopted_on),
    }
}

#[derive(Template)]
#[template(path = "concepts/concept.html")]
struct ConceptPage {
    layout: Layout,
    body: Body,
    concept: ConceptRow,
    summary: Option<String>,
    paper: Option<String>,
    paper_id: Option<i64>,
    supersedes: Option<ConceptRow>,
    superseded_by: Option<ConceptRow>,
    /// Open for comments: the first and last day, German.
    consultation: Option<(String, String)>,
    principles: Vec<Principle>,
    fields: Vec<FieldNode>,
    measure_count: usize,
    texts: Texts,
    /// Some texts shown are German (no current translation).
    german_left: bool,
    /// There is a version in Leichte Sprache.
    easy: bool,
}

async fn concept_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Page {
    let viewer = cx.viewer();
    let body = app.store.body_by_key(&key).await?;
    let reader = viewer.reads_internal(body.id);
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let all = app.store.concepts(body.id).await?;
    let supersedes = concept
        .supersedes_id
        .and_then(|s| all.iter().find(|c| c.id == s))
        .map(|c| concept_row(&cx, c));
    let superseded_by = all
        .iter()
        .find(|c| c.supersedes_id == Some(concept.id))
        .map(|c| concept_row(&cx, c));
    let principles = app.store.principles(concept.id).await?;
    let paper_id = match &concept.paper_reference {
        Some(r) => app
            .store
            .paper_by_reference(body.id, r)
            .await
            .ok()
            .filter(|p| p.public.0 || reader)
            .map(|p| p.id),
        None => None,
    };
    let fields = super::tree::concept_tree(&cx, &app.store, &concept, reader).await?;
    let measure_count = fields
        .iter()
        .flat_map(|f| &f.goals)
        .map(|g| g.measures.len())
        .sum();
    let layout = Layout::translated(
        &cx,
        &format!("{} ({})", concept.title, concept.version_label),
    )
    .home()
    .crumb(format!("/{}", body.key), body.name.clone());
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let easy_texts = app.store.content_translations(body.id, EASY).await?;
    // The concept's texts are looked at only when there is something to compare them with:
    // a German page without any plain-language text needs none of them.
    let sources = if texts.lang() == "de" && easy_texts.is_empty() {
        Vec::new()
    } else {
        app.store.source_texts(&concept).await?
    };
    // Some text shown stays German: one the viewer sees without a current translation.
    let german_left = texts.german_left(
        sources
            .iter()
            .filter(|s| s.public || reader)
            .map(|s| (s.entity, s.record_id, s.field, s.german.as_str())),
    );
    let easy = sources.iter().any(|s| easy_texts.contains_key(&s.key()));
    Ok(Html(
        ConceptPage {
            layout,
            texts,
            german_left,
            easy,
            summary: concept.summary.clone(),
            paper: concept.paper_reference.clone(),
            paper_id,
            concept: concept_row(&cx, &concept),
            body,
            supersedes,
            superseded_by,
            consultation: (concept.status == ConceptStatus::Consultation.code()
                && concept.consultation_from.is_some()
                && concept.consultation_until.is_some())
            .then(|| {
                (
                    date_de(&concept.consultation_from),
                    date_de(&concept.consultation_until),
                )
            }),
            principles,
            fields,
            measure_count,
        }
        .render()?,
    ))
}

#[derive(Template)]
#[template(path = "concepts/easy.html")]
struct EasyPage {
    layout: Layout,
    body: Body,
    concept: Concept,
    summary: Option<(String, bool)>,
    /// Each field of action: its title and its text in Leichte Sprache (with whether the
    /// German text changed since).
    fields: Vec<(String, Option<(String, bool)>)>,
}

/// A concept version in Leichte Sprache: its summary and each field of action in plain
/// German, as far as they are written.
async fn easy_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let easy = app.store.content_translations(body.id, EASY).await?;
    let text = |entity: &str, id: i64, field: &str, german: &Option<String>| {
        easy.get(&(entity.to_owned(), id, field.to_owned()))
            .map(|t| {
                let outdated = t.source.trim() != german.as_deref().unwrap_or("").trim();
                (t.text.clone(), outdated)
            })
    };
    let fields = app
        .store
        .fields_of_action(concept.id)
        .await?
        .into_iter()
        .map(|f| {
            let t = text("fields_of_action", f.id, "description", &f.description);
            (f.title, t)
        })
        .collect();
    let layout = Layout::new(&cx, &format!("Leichte Sprache: {}", concept.title))
        .home()
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(
            format!("/{}/konzepte/{}", body.key, concept.id),
            format!("{} ({})", concept.title, concept.version_label),
        );
    let page = EasyPage {
        layout,
        summary: text("concepts", concept.id, "summary", &concept.summary),
        fields,
        concept,
        body,
    };
    Ok(Html(page.render()?))
}
