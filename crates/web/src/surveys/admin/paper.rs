//! Answers returned on paper, typed in by the staff through the same form the public
//! answers online.

use super::{Page, Submit, context, href, survey_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use crate::surveys::public::{FormState, form_page};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use teilhabe_store::surveys::NewResponse;
use teilhabe_survey::form::{self};

// ---- paper answers

pub(super) async fn paper(State(app): State<AppState>, cx: Context, Path(id): Path<i64>) -> Page {
    paper_page(&app, &cx, id, &[], &[], None)
        .await
        .map(|(_, h)| h)
}

pub(super) async fn paper_page(
    app: &AppState,
    cx: &Context,
    id: i64,
    input: &[(String, String)],
    problems: &[(String, form::Problem)],
    notice: Option<String>,
) -> Result<(bool, Html<String>), HtmlError> {
    let (q, body) = context(app, id).await?;
    let de = teilhabe_domain::languages::german();
    let page = form_page(
        &q,
        &Default::default(),
        de,
        survey_layout(
            cx,
            "Antwortbogen vom Papier eingeben",
            &body,
            Some(&q.survey),
        ),
        format!("{}/papier", href(id)),
        FormState {
            switch_base: None,
            paper: true,
            input,
            problems,
            invitation_error: None,
            notice,
        },
    );
    Ok((problems.is_empty(), Html(page.render()?)))
}

pub(super) async fn paper_save(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    bytes: axum::body::Bytes,
) -> Submit {
    let q = app.store.questionnaire(id).await?;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    match form::check(&q.form(), &pairs) {
        Ok(answers) => {
            app.store
                .add_responses(
                    id,
                    &[NewResponse {
                        design_weight: None,
                        channel: "paper",
                        lang: "de".into(),
                        answers,
                    }],
                    None,
                )
                .await?;
            let n = app.store.count_responses(id).await?;
            let notice = format!(
                "Gespeichert. Die Befragung hat jetzt {n} Antworten; hier den nächsten Bogen eingeben."
            );
            Ok(paper_page(&app, &cx, id, &[], &[], Some(notice))
                .await?
                .1
                .into_response())
        }
        Err(problems) => {
            let (_, html) = paper_page(&app, &cx, id, &pairs, &problems, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}
