//! A survey's answers in and out of the administration: answers imported from CSV/XLSX
//! (all or nothing, with a line-by-line report), the results, and every answer as CSV.

use super::{Page, Submit, context, href, survey_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use crate::surveys::public::{ByQuery, ResultsPage, by_options};
use crate::surveys::results as survey_results;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use teilhabe_domain::spreadsheet::GermanCsv;
use teilhabe_store::survey_tables::{TableResponses, responses_from_table};
use teilhabe_survey::io;

// ---- import of answers

#[derive(Template)]
#[template(path = "surveys/admin_survey_import.html")]
struct ImportPage {
    layout: Layout,
    back: String,
    imported: usize,
    problems: Vec<String>,
    more: usize,
    ignored: Vec<String>,
}

pub(super) async fn import(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Submit {
    let (q, body) = context(&app, id).await?;
    let file = crate::kit::upload::read_file(&mut multipart, "32 MB")
        .await
        .map_err(HtmlError::Refused)?;
    let layout = survey_layout(&cx, "Antworten importieren", &body, Some(&q.survey));
    let back = href(id);
    let page = |imported, problems, more, ignored| ImportPage {
        layout,
        back,
        imported,
        problems,
        more,
        ignored,
    };
    let Some((name, bytes)) = file else {
        let html = page(0, vec!["Bitte eine Datei auswählen.".into()], 0, Vec::new()).render()?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    };
    let TableResponses {
        responses,
        problems,
        more,
        ignored,
    } = match io::Table::read(&name, &bytes) {
        Ok(table) => responses_from_table(&q, &table),
        Err(p) => TableResponses {
            problems: p.problems.iter().map(ToString::to_string).collect(),
            more: p.more,
            ..TableResponses::default()
        },
    };
    if !problems.is_empty() || responses.is_empty() {
        let problems = if problems.is_empty() {
            vec![format!("{name}: enthält keine Antworten.")]
        } else {
            problems
        };
        let html = page(0, problems, more, ignored).render()?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    let n = app.store.add_responses(id, &responses, None).await?;
    Ok(Html(page(n, Vec::new(), 0, ignored).render()?).into_response())
}

// ---- weighting

// ---- results and export

pub(super) async fn results(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    Query(query): Query<ByQuery>,
) -> Page {
    let (q, body) = context(&app, id).await?;
    let t = app.store.response_table(id).await?;
    let margins = app.store.survey_margins(id).await?;
    let by = query.nach.filter(|s| !s.is_empty());
    let results = survey_results::compute(&q, &t, &margins, by.as_deref());
    let page = ResultsPage {
        layout: survey_layout(&cx, "Ergebnisse", &body, Some(&q.survey)),
        title: q.survey.title.clone(),
        by_options: by_options(&q, by.as_deref()),
        results,
        action: format!("{}/ergebnisse", href(id)),
        admin: true,
        german: Default::default(),
        title_lang: None,
    };
    Ok(Html(page.render()?))
}

/// All responses, one per line, columns by question code (matrix `code.row`; multiple
/// choice codes joined by `|`), plus channel, language and weight. Semicolons and a BOM, so
/// that German Excel opens it as it is.
pub(super) async fn export(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, HtmlError> {
    let q = app.store.questionnaire(id).await?;
    let t = app.store.response_table(id).await?;
    let mut columns: Vec<(i64, String, String)> = Vec::new();
    for (x, options) in &q.questions {
        if x.kind == "matrix" {
            for item in options.iter().filter(|o| o.role == "item") {
                columns.push((x.id, item.code.clone(), format!("{}.{}", x.code, item.code)));
            }
        } else {
            columns.push((x.id, String::new(), x.code.clone()));
        }
    }
    let mut file = GermanCsv::new(columns.iter().map(|(_, _, h)| h.as_str()).chain([
        "kanal",
        "sprache",
        "designgewicht",
        "gewicht",
    ]));
    for r in 0..t.len() {
        let mut record: Vec<String> = columns
            .iter()
            .map(|(qid, item, _)| t.item_values(r, *qid, item).join("|"))
            .collect();
        record.push(t.channels[r].clone());
        record.push(t.languages[r].clone());
        record.push(t.design_weights[r].to_string());
        record.push(t.weights[r].map(|w| w.to_string()).unwrap_or_default());
        file.row(record);
    }
    Ok(crate::kit::upload::csv_attachment(
        file.finish(),
        &format!("befragung-{id}.csv"),
    ))
}
