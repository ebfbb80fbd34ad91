//! A survey's translations: the questionnaire's German texts and their translation into
//! one language, with what changed since.

use super::questionnaire::source_texts;
use super::{Page, context, href, survey_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use teilhabe_domain::languages::language;

// ---- translations

pub struct TranslationRow {
    pub key: String,
    pub german: String,
    pub text: String,
    pub state: &'static str,
    pub long: bool,
}

#[derive(Template)]
#[template(path = "surveys/admin_survey_translations.html")]
pub(super) struct TranslationsPage {
    layout: Layout,
    action: String,
    lang_name: &'static str,
    lang: &'static str,
    dir: &'static str,
    rows: Vec<TranslationRow>,
    saved: bool,
}

pub(super) async fn translations_page(
    app: &AppState,
    cx: &Context,
    id: i64,
    code: &str,
    saved: bool,
) -> Page {
    let (q, body) = context(app, id).await?;
    let Some(l) =
        language(code).filter(|l| l.code != "de" && q.survey.languages().contains(&l.code))
    else {
        return Err(HtmlError::NotFound);
    };
    let tr = app.store.translations(id, l.code).await?;
    let rows = source_texts(&q)
        .into_iter()
        .map(|(key, german)| {
            let (text, state) = match tr.get(&key) {
                Some((t, source)) if *source == german => (t.clone(), "aktuell"),
                Some((t, _)) => (t.clone(), "veraltet – der deutsche Text hat sich geändert"),
                None => (String::new(), "fehlt"),
            };
            TranslationRow {
                long: german.chars().count() > 80,
                key,
                german,
                text,
                state,
            }
        })
        .collect();
    let page = TranslationsPage {
        layout: survey_layout(
            cx,
            &format!("Übersetzung: {}", l.german),
            &body,
            Some(&q.survey),
        ),
        action: format!("{}/uebersetzung/{}", href(id), l.code),
        lang_name: l.german,
        lang: l.code,
        dir: l.dir(),
        rows,
        saved,
    };
    Ok(Html(page.render()?))
}

pub(super) async fn translations(
    State(app): State<AppState>,
    cx: Context,
    Path((id, code)): Path<(i64, String)>,
) -> Page {
    translations_page(&app, &cx, id, &code, false).await
}

pub(super) async fn translations_save(
    State(app): State<AppState>,
    cx: Context,
    Path((id, code)): Path<(i64, String)>,
    FormInput(input): FormInput,
) -> Page {
    let (q, _) = context(&app, id).await?;
    let Some(l) =
        language(&code).filter(|l| l.code != "de" && q.survey.languages().contains(&l.code))
    else {
        return Err(HtmlError::NotFound);
    };
    let texts: Vec<(String, String, String)> = source_texts(&q)
        .into_iter()
        .filter(|(key, _)| input.contains(&format!("t.{key}")))
        .map(|(key, german)| {
            let text = input.get(&format!("t.{key}")).unwrap_or("").to_string();
            (key, text, german)
        })
        .collect();
    app.store.set_translations(id, l.code, &texts).await?;
    translations_page(&app, &cx, id, &code, true).await
}
