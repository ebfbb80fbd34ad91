//! Translating a concept version's public texts: per language what is missing, current or
//! outdated, and a form with the German text beside each translation. Leichte Sprache is one
//! more target, for the version's summary and each field of action.

use super::concepts::{concept_href, concept_layout};
use crate::AppState;
use crate::error::HtmlError;
use crate::form::FormInput;
use crate::views::Layout;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use teilhabe_domain::surveys::language;
use teilhabe_domain::translations::{EASY, FIELDS, State as Translation};
use teilhabe_store::translations::{TranslationInput, states, target_languages};
use teilhabe_store::{Body, Concept, StoreError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/concepts/{id}/translations", get(overview))
        .route("/concepts/{id}/translations/{lang}", get(form).post(save))
}

type Page = Result<Html<String>, HtmlError>;

/// A target's name in German, its `lang` and `dir` for the input fields.
fn target(code: &str) -> Option<(&'static str, &'static str, &'static str)> {
    if code == EASY {
        return Some(("Leichte Sprache", "de", "ltr"));
    }
    language(code)
        .filter(|l| l.code != "de")
        .map(|l| (l.german, l.code, l.dir()))
}

async fn context(app: &AppState, id: i64) -> Result<(Concept, Body), HtmlError> {
    let concept = app.store.concept(id).await?;
    let body = app.store.body(concept.body_id).await?;
    Ok((concept, body))
}

pub struct LanguageRow {
    pub code: &'static str,
    pub name: &'static str,
    pub missing: usize,
    pub current: usize,
    pub outdated: usize,
}

#[derive(Template)]
#[template(path = "admin/translations.html")]
struct OverviewPage {
    layout: Layout,
    concept: Concept,
    rows: Vec<LanguageRow>,
}

async fn overview(State(app): State<AppState>, Path(id): Path<i64>) -> Page {
    let (concept, body) = context(&app, id).await?;
    let sources = app.store.source_texts(&concept).await?;
    let mut rows = Vec::new();
    for code in target_languages() {
        let (name, _, _) = target(code).expect("a target language");
        let translations = app.store.content_translations(body.id, code).await?;
        let states = states(sources.clone(), &translations, code);
        let count = |s: Translation| states.iter().filter(|(_, x)| *x == s).count();
        rows.push(LanguageRow {
            code,
            name,
            missing: count(Translation::Missing),
            current: count(Translation::Current),
            outdated: count(Translation::Outdated),
        });
    }
    let page = OverviewPage {
        layout: concept_layout("Übersetzungen", &body, &concept),
        concept,
        rows,
    };
    Ok(Html(page.render()?))
}

pub struct TextRow {
    /// `entity.id.field`, the form's key.
    pub key: String,
    pub place: String,
    pub what: &'static str,
    pub german: String,
    pub text: String,
    pub state: Translation,
    pub public: bool,
    pub long: bool,
}

#[derive(Template)]
#[template(path = "admin/translation_form.html")]
struct FormPage {
    layout: Layout,
    action: String,
    name: &'static str,
    lang: &'static str,
    dir: &'static str,
    easy: bool,
    rows: Vec<TextRow>,
    saved: bool,
    errors: Vec<String>,
}

async fn form_page(app: &AppState, id: i64, code: &str, saved: bool, errors: Vec<String>) -> Page {
    let (concept, body) = context(app, id).await?;
    let Some((name, lang, dir)) = target(code) else {
        return Err(HtmlError::NotFound);
    };
    let translations = app.store.content_translations(body.id, code).await?;
    let rows = states(app.store.source_texts(&concept).await?, &translations, code)
        .into_iter()
        .map(|(s, state)| {
            let what = FIELDS
                .iter()
                .find(|(e, f, _)| *e == s.entity && *f == s.field)
                .map_or("", |(_, _, w)| w);
            TextRow {
                key: format!("{}.{}.{}", s.entity, s.record_id, s.field),
                text: translations
                    .get(&s.key())
                    .map(|t| t.text.clone())
                    .unwrap_or_default(),
                long: s.field != "title" || s.german.chars().count() > 80,
                place: s.place,
                what,
                german: s.german,
                state,
                public: s.public,
            }
        })
        .collect();
    let page = FormPage {
        layout: concept_layout(&format!("Übersetzung: {name}"), &body, &concept).crumb(
            format!("{}/translations", concept_href(id)),
            "Übersetzungen",
        ),
        action: format!("{}/translations/{code}", concept_href(id)),
        name,
        lang,
        dir,
        easy: code == EASY,
        rows,
        saved,
        errors,
    };
    Ok(Html(page.render()?))
}

async fn form(State(app): State<AppState>, Path((id, code)): Path<(i64, String)>) -> Page {
    form_page(&app, id, &code, false, Vec::new()).await
}

/// Stores what changed: a text that differs from the stored translation (made from the
/// German text the translator saw), or an unchanged one confirmed as still right for the
/// German text now.
async fn save(
    State(app): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
    FormInput(input): FormInput,
) -> Page {
    let (concept, body) = context(&app, id).await?;
    if target(&code).is_none() {
        return Err(HtmlError::NotFound);
    }
    let stored = app.store.content_translations(body.id, &code).await?;
    let mut items = Vec::new();
    for (s, _) in states(app.store.source_texts(&concept).await?, &stored, &code) {
        let key = format!("{}.{}.{}", s.entity, s.record_id, s.field);
        let Some(text) = input.get(&format!("t.{key}")) else {
            continue;
        };
        let seen = input.get(&format!("g.{key}")).unwrap_or(&s.german);
        let confirmed = input.get(&format!("ok.{key}")).is_some();
        let unchanged = match stored.get(&s.key()) {
            Some(t) => t.text.trim() == text.trim(),
            None => text.trim().is_empty(),
        };
        if unchanged && !confirmed {
            continue;
        }
        items.push(TranslationInput {
            entity: s.entity.to_owned(),
            record_id: s.record_id,
            field: s.field.to_owned(),
            text: text.to_owned(),
            source: seen.to_owned(),
        });
    }
    match app
        .store
        .set_content_translations(body.id, &code, &items)
        .await
    {
        Ok(()) => form_page(&app, id, &code, true, Vec::new()).await,
        Err(StoreError::Invalid(errors)) => {
            let errors = errors
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect();
            form_page(&app, id, &code, false, errors).await
        }
        Err(e) => Err(e.into()),
    }
}
