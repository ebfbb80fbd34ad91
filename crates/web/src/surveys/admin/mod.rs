//! Surveys in the administration: build the questionnaire, translate it, issue invitation
//! codes, type in paper answers and weight to population margins. Imported answers, the
//! results and the CSV export are in `answers`.

mod answers;

mod codes;
mod paper;
mod questionnaire;
mod translations;
mod weighting;

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use answers::{export, import, results};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::response::{Html, Response};
use axum::routing::{get, post};
use codes::codes;
use paper::{paper, paper_save};
use questionnaire::{
    overview, question_create, question_delete, question_edit, question_new, question_update,
    survey_create, survey_delete, survey_edit, survey_new, survey_update,
};
use teilhabe_store::Body;
use teilhabe_store::surveys::{Questionnaire, Survey};
use translations::{translations, translations_save};
use weighting::{weighting, weighting_save};

/// Largest response file.
const MAX_IMPORT: usize = 32 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/bodies/{id}/surveys/new",
            get(survey_new).post(survey_create),
        )
        .route("/surveys/{id}", get(overview))
        .route("/surveys/{id}/edit", get(survey_edit).post(survey_update))
        .route(
            "/survey-questions/{id}/edit",
            get(question_edit).post(question_update),
        )
        .route("/survey-questions/{id}/delete", post(question_delete))
        .route(
            "/surveys/{id}/questions/new",
            get(question_new).post(question_create),
        )
        .route(
            "/surveys/{id}/uebersetzung/{lang}",
            get(translations).post(translations_save),
        )
        .route("/surveys/{id}/codes", post(codes))
        .route("/surveys/{id}/delete", post(survey_delete))
        .route("/surveys/{id}/papier", get(paper).post(paper_save))
        .route(
            "/surveys/{id}/import",
            post(import).layer(DefaultBodyLimit::max(MAX_IMPORT)),
        )
        .route(
            "/surveys/{id}/gewichtung",
            get(weighting).post(weighting_save),
        )
        .route("/surveys/{id}/ergebnisse", get(results))
        .route("/surveys/{id}/antworten.csv", get(export))
}

pub(super) type Page = Result<Html<String>, HtmlError>;
pub(super) type Submit = Result<Response, HtmlError>;

pub(super) fn href(id: i64) -> String {
    format!("/admin/surveys/{id}")
}

pub(super) fn survey_layout(
    cx: &Context,
    title: &str,
    body: &Body,
    survey: Option<&Survey>,
) -> Layout {
    let layout =
        Layout::admin(cx, title).crumb(format!("/admin/bodies/{}", body.id), body.name.clone());
    match survey {
        Some(s) => layout.crumb(href(s.id), s.title.clone()),
        None => layout,
    }
}

pub(super) async fn context(app: &AppState, id: i64) -> Result<(Questionnaire, Body), HtmlError> {
    let q = app.store.questionnaire(id).await?;
    let body = app.store.body(q.survey.body_id).await?;
    Ok((q, body))
}
