//! Translating a body's public texts: per language what is missing, current or outdated,
//! and a form with the German text beside each translation. A concept version's texts
//! (with Leichte Sprache for its summary and each field of action) are translated from the
//! version; the body's papers and meetings, its participation and its indicators from the
//! body, one part at a time.

use crate::concepts::{concept_href, concept_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use std::collections::HashMap;
use teilhabe_domain::RawInput as Input;
use teilhabe_domain::languages::language;
use teilhabe_domain::translations::{EASY, FIELDS, Part, State as Translation};
use teilhabe_store::translations::{
    SourceText, TranslationInput, Translations, states, target_languages,
};
use teilhabe_store::{Body, Concept, StoreError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/concepts/{id}/translations", get(concept_overview))
        .route(
            "/concepts/{id}/translations/{lang}",
            get(concept_form).post(concept_save),
        )
        .route("/bodies/{id}/translations", get(body_overview))
        .route(
            "/bodies/{id}/translations/{part}/{lang}",
            get(body_form).post(body_save),
        )
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

/// What is translated on one page: a concept version, or one part of a body's records.
enum Scope {
    Concept(Box<Concept>),
    Part(Part),
}

/// The texts of a scope and where its pages are.
struct Texts {
    body: Body,
    scope: Scope,
    sources: Vec<SourceText>,
}

impl Texts {
    async fn of_concept(app: &AppState, id: i64) -> Result<Self, HtmlError> {
        let concept = app.store.concept(id).await?;
        let body = app.store.body(concept.body_id).await?;
        let sources = app.store.source_texts(&concept).await?;
        Ok(Self {
            body,
            scope: Scope::Concept(Box::new(concept)),
            sources,
        })
    }

    async fn of_part(app: &AppState, body: Body, part: &str) -> Result<Self, HtmlError> {
        let part = Part::from_code(part).ok_or(HtmlError::NotFound)?;
        let sources = app.store.body_source_texts(body.id, part).await?;
        Ok(Self {
            body,
            scope: Scope::Part(part),
            sources,
        })
    }

    /// The languages this scope is translated into: Leichte Sprache only for a concept.
    fn targets(&self) -> Vec<&'static str> {
        target_languages()
            .into_iter()
            .filter(|c| *c != EASY || matches!(self.scope, Scope::Concept(_)))
            .collect()
    }

    /// A target of this scope: its German name, `lang` and `dir`; 404 for any other.
    fn target(&self, code: &str) -> Result<(&'static str, &'static str, &'static str), HtmlError> {
        target(code)
            .filter(|_| self.targets().contains(&code))
            .ok_or(HtmlError::NotFound)
    }

    fn href(&self, code: &str) -> String {
        match &self.scope {
            Scope::Concept(c) => format!("{}/translations/{code}", concept_href(c.id)),
            Scope::Part(p) => format!(
                "/admin/bodies/{}/translations/{}/{code}",
                self.body.id,
                p.code()
            ),
        }
    }

    fn layout(&self, cx: &Context, title: &str) -> Layout {
        match &self.scope {
            Scope::Concept(c) => concept_layout(cx, title, &self.body, c).crumb(
                format!("{}/translations", concept_href(c.id)),
                "Übersetzungen",
            ),
            Scope::Part(_) => body_layout(cx, title, &self.body).crumb(
                format!("/admin/bodies/{}/translations", self.body.id),
                "Übersetzungen",
            ),
        }
    }

    /// What the texts are, for the form's caption.
    fn what(&self) -> String {
        match &self.scope {
            Scope::Concept(_) => "Texte der Fassung".to_owned(),
            Scope::Part(p) => format!("Texte: {}", p.label()),
        }
    }
}

fn body_layout(cx: &Context, title: &str, body: &Body) -> Layout {
    Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone())
}

pub struct LanguageRow {
    pub name: &'static str,
    pub href: String,
    pub missing: usize,
    pub current: usize,
    pub outdated: usize,
}

/// The body's translations into each of these languages, read once for every table.
async fn translations_of(
    app: &AppState,
    body_id: i64,
    codes: &[&'static str],
) -> Result<HashMap<&'static str, Translations>, HtmlError> {
    let mut out = HashMap::new();
    for code in codes {
        out.insert(*code, app.store.content_translations(body_id, code).await?);
    }
    Ok(out)
}

/// Per target language, how many of the texts are missing, current and outdated.
fn language_rows(texts: &Texts, by_lang: &HashMap<&'static str, Translations>) -> Vec<LanguageRow> {
    texts
        .targets()
        .into_iter()
        .map(|code| {
            let (name, _, _) = target(code).expect("a target language");
            let states = states(texts.sources.clone(), &by_lang[code], code);
            let count = |s: Translation| states.iter().filter(|(_, x)| *x == s).count();
            LanguageRow {
                name,
                href: texts.href(code),
                missing: count(Translation::Missing),
                current: count(Translation::Current),
                outdated: count(Translation::Outdated),
            }
        })
        .collect()
}

/// One table of the overview: a concept version, or one part of the body.
pub struct Section {
    pub heading: String,
    pub intro: &'static str,
    pub rows: Vec<LanguageRow>,
    /// No texts to translate yet.
    pub empty: bool,
}

#[derive(Template)]
#[template(path = "translations/admin_translations.html")]
struct OverviewPage {
    layout: Layout,
    heading: String,
    intro: &'static str,
    sections: Vec<Section>,
}

async fn concept_overview(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let texts = Texts::of_concept(&app, id).await?;
    let Scope::Concept(concept) = &texts.scope else {
        unreachable!("a concept's texts")
    };
    let heading = format!(
        "Übersetzungen: {} ({})",
        concept.title, concept.version_label
    );
    let layout = concept_layout(&cx, "Übersetzungen", &texts.body, concept);
    let rows = language_rows(
        &texts,
        &translations_of(&app, texts.body.id, &texts.targets()).await?,
    );
    let page = OverviewPage {
        layout,
        heading,
        intro: "Jeder öffentliche Text der Fassung – Titel, Zusammenfassung, Leitsätze, Handlungsfelder, Ziele und Maßnahmen – lässt sich übersetzen; Zusammenfassung und Handlungsfelder auch in Leichte Sprache.",
        sections: vec![Section {
            heading: "Stand der Übersetzungen nach Sprache".to_owned(),
            intro: "",
            empty: texts.sources.is_empty(),
            rows,
        }],
    };
    Ok(Html(page.render()?))
}

async fn body_overview(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    let body = app.store.body(id).await?;
    let codes: Vec<_> = target_languages()
        .into_iter()
        .filter(|c| *c != EASY)
        .collect();
    let by_lang = translations_of(&app, body.id, &codes).await?;
    let mut sections = Vec::new();
    for part in Part::ALL {
        let texts = Texts::of_part(&app, body.clone(), part.code()).await?;
        sections.push(Section {
            heading: part.label().to_owned(),
            intro: match part {
                Part::Council => {
                    "Titel, Beschlussvorschlag und Sachverhalt der Vorlagen; Sitzungen und ihre Tagesordnungspunkte."
                }
                Part::Participation => {
                    "Beteiligungsprozesse, ihre Formate und die Beiträge mit der Begründung, was aus ihnen wurde."
                }
                Part::Monitoring => "Name und Beschreibung jeder Kennzahl.",
            },
            empty: texts.sources.is_empty(),
            rows: language_rows(&texts, &by_lang),
        });
    }
    let page = OverviewPage {
        layout: body_layout(&cx, "Übersetzungen", &body),
        heading: format!("Übersetzungen: {}", body.name),
        intro: "Die Texte der Vorlagen und Sitzungen, der Beteiligung und der Kennzahlen lassen sich übersetzen; die Texte eines Integrationskonzepts übersetzen Sie bei seiner Fassung.",
        sections,
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

/// A problem with one text, linked from the error summary to its field.
pub struct FieldError {
    pub key: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "translations/admin_translation_form.html")]
struct FormPage {
    layout: Layout,
    action: String,
    what: String,
    name: &'static str,
    lang: &'static str,
    dir: &'static str,
    easy: bool,
    rows: Vec<TextRow>,
    saved: bool,
    errors: Vec<FieldError>,
}

async fn form_page(
    app: &AppState,
    cx: &Context,
    texts: &Texts,
    code: &str,
    saved: bool,
    errors: Vec<FieldError>,
) -> Page {
    let (name, lang, dir) = texts.target(code)?;
    let translations = app.store.content_translations(texts.body.id, code).await?;
    let rows = states(texts.sources.clone(), &translations, code)
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
                long: !matches!(s.field, "title" | "name") || s.german.chars().count() > 80,
                place: s.place,
                what,
                german: s.german,
                state,
                public: s.public,
            }
        })
        .collect();
    let page = FormPage {
        layout: texts.layout(cx, &format!("Übersetzung: {name}")),
        action: texts.href(code),
        what: texts.what(),
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

async fn concept_form(
    State(app): State<AppState>,
    cx: Context,
    Path((id, code)): Path<(i64, String)>,
) -> Page {
    let texts = Texts::of_concept(&app, id).await?;
    form_page(&app, &cx, &texts, &code, false, Vec::new()).await
}

async fn body_form(
    State(app): State<AppState>,
    cx: Context,
    Path((id, part, code)): Path<(i64, String, String)>,
) -> Page {
    let texts = Texts::of_part(&app, app.store.body(id).await?, &part).await?;
    form_page(&app, &cx, &texts, &code, false, Vec::new()).await
}

async fn concept_save(
    State(app): State<AppState>,
    cx: Context,
    Path((id, code)): Path<(i64, String)>,
    FormInput(input): FormInput,
) -> Page {
    let texts = Texts::of_concept(&app, id).await?;
    let errors = save(&app, &texts, &code, &input).await?;
    form_page(&app, &cx, &texts, &code, errors.is_empty(), errors).await
}

async fn body_save(
    State(app): State<AppState>,
    cx: Context,
    Path((id, part, code)): Path<(i64, String, String)>,
    FormInput(input): FormInput,
) -> Page {
    let texts = Texts::of_part(&app, app.store.body(id).await?, &part).await?;
    let errors = save(&app, &texts, &code, &input).await?;
    form_page(&app, &cx, &texts, &code, errors.is_empty(), errors).await
}

/// Stores what changed: a text that differs from the stored translation (made from the
/// German text the translator saw), or an unchanged one confirmed as still right for the
/// German text now. All or nothing: refused input is answered with what is wrong, by field.
async fn save(
    app: &AppState,
    texts: &Texts,
    code: &str,
    input: &Input,
) -> Result<Vec<FieldError>, HtmlError> {
    texts.target(code)?;
    let stored = app.store.content_translations(texts.body.id, code).await?;
    let mut items = Vec::new();
    for (s, _) in states(texts.sources.clone(), &stored, code) {
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
        .set_content_translations(texts.body.id, code, &items)
        .await
    {
        Ok(()) => Ok(Vec::new()),
        Err(StoreError::Invalid(errors)) => Ok(errors
            .iter()
            .map(|e| FieldError {
                key: e.field.clone(),
                message: e.message.clone(),
            })
            .collect()),
        Err(e) => Err(e.into()),
    }
}
