//! The translations of a body's texts in the JSON API, for a translator's own tools: every
//! text that can be translated into a language, with its German wording, the translation
//! and its state (`missing`, `current`, `outdated`); and a write of several at once, all or
//! none, as in the administration's form.

use crate::kit::auth::Viewer;
use crate::kit::error::{ApiError, ApiPath};
use crate::kit::state::AppState;
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};
use teilhabe_domain::FieldErrors;
use teilhabe_domain::translations::{Part, State as Translation};
use teilhabe_store::translations::{SourceText, TranslationInput, states, target_languages};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/languages", get(languages))
        .route("/v1/bodies/{key}/translations/{lang}", get(list).put(save))
}

/// The languages offered: the built-in ones and those the operator configured, each with
/// its names and direction, and whether texts are translated into it.
async fn languages() -> Json<Value> {
    let data: Vec<Value> = teilhabe_domain::languages::all()
        .iter()
        .map(|l| {
            json!({
                "code": l.code,
                "name": l.name,
                "german": l.german,
                "direction": l.dir(),
                "built_in": teilhabe_domain::languages::BUILT_IN.contains(l),
                "translation_target": target_languages().contains(&l.code),
            })
        })
        .collect();
    Json(json!({ "data": data }))
}

/// Every translatable text of the body: each concept version's, then the other parts'.
async fn sources(app: &AppState, body_id: i64) -> Result<Vec<SourceText>, ApiError> {
    let mut out = Vec::new();
    let mut concepts = app.store.concepts(body_id).await?;
    concepts.sort_by_key(|c| c.id);
    for c in &concepts {
        out.extend(app.store.source_texts(c).await?);
    }
    for part in Part::ALL {
        out.extend(app.store.body_source_texts(body_id, part).await?);
    }
    Ok(out)
}

fn unknown_language(lang: &str) -> ApiError {
    ApiError::Invalid(FieldErrors::single(
        "lang",
        format!(
            "In „{lang}“ wird nicht übersetzt; möglich sind: {}.",
            target_languages().join(", ")
        ),
    ))
}

async fn list(
    State(app): State<AppState>,
    viewer: Viewer,
    ApiPath((key, lang)): ApiPath<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let body = app.store.body_by_key(&key).await?;
    if !target_languages().contains(&lang.as_str()) {
        return Err(unknown_language(&lang));
    }
    // Non-public records' texts only for those who read them.
    let reader = viewer.reads_internal(body.id);
    let translations = app.store.content_translations(body.id, &lang).await?;
    let texts: Vec<_> = states(sources(&app, body.id).await?, &translations, &lang)
        .into_iter()
        .filter(|(s, _)| s.public || reader)
        .collect();
    let count = |x: Translation| texts.iter().filter(|(_, s)| *s == x).count();
    let (missing, outdated, current) = (
        count(Translation::Missing),
        count(Translation::Outdated),
        count(Translation::Current),
    );
    let data: Vec<Value> = texts
        .into_iter()
        .map(|(s, state)| {
            let t = translations.get(&s.key());
            json!({
                "entity": s.entity,
                "id": s.record_id,
                "field": s.field,
                "place": s.place,
                "public": s.public,
                "german": s.german,
                "state": state.code(),
                "text": t.map(|t| t.text.as_str()),
                "source": t.map(|t| t.source.as_str()),
            })
        })
        .collect();
    Ok(Json(json!({
        "lang": lang,
        "missing": missing,
        "outdated": outdated,
        "current": current,
        "data": data,
    })))
}

/// One translation to store: `source` is the German text it was made from (by default the
/// German text now); an empty `text` removes the translation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    entity: String,
    id: i64,
    field: String,
    text: String,
    source: Option<String>,
}

async fn save(
    State(app): State<AppState>,
    ApiPath((key, lang)): ApiPath<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let b = app.store.body_by_key(&key).await?;
    if !target_languages().contains(&lang.as_str()) {
        return Err(unknown_language(&lang));
    }
    let items: Vec<Item> = serde_json::from_slice(&body).map_err(|e| {
        ApiError::Invalid(FieldErrors::single(
            "body",
            format!(
                "Erwartet wird eine Liste von Übersetzungen (entity, id, field, text, source) als JSON (Zeile {}, Spalte {}): {e}",
                e.line(),
                e.column()
            ),
        ))
    })?;
    let german: std::collections::HashMap<_, _> = sources(&app, b.id)
        .await?
        .into_iter()
        .map(|s| (s.key(), s.german))
        .collect();
    let input: Vec<TranslationInput> = items
        .into_iter()
        .map(|i| {
            let now = german
                .get(&(i.entity.clone(), i.id, i.field.clone()))
                .cloned()
                .unwrap_or_default();
            TranslationInput {
                source: i.source.unwrap_or(now),
                entity: i.entity,
                record_id: i.id,
                field: i.field,
                text: i.text,
            }
        })
        .collect();
    app.store
        .set_content_translations(b.id, &lang, &input)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
