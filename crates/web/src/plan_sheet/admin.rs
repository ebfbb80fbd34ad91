//! The pages of the working sheet: download and upload, the preview, the import.

use super::compare::{Comparison, compare, name_key};
use super::workbook;
use crate::concepts::{concept_and_body, concept_layout};
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use crate::kit::upload::{attachment, csv_attachment, read_file};
use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use base64::Engine;
use std::collections::HashMap;
use teilhabe_domain::Date;
use teilhabe_domain::plan_sheet::{MEASURES_SHEET, Problem, Sheet};
use teilhabe_store::{Body, Concept};

/// The largest sheet taken (a plan of a few hundred measures is well below 1 MB).
const MAX_SHEET: usize = 8 << 20;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/concepts/{id}/plan-sheet", get(page))
        .route("/concepts/{id}/plan-sheet/tabelle.xlsx", get(download_xlsx))
        .route("/concepts/{id}/plan-sheet/tabelle.csv", get(download_csv))
        .route(
            "/concepts/{id}/plan-sheet/preview",
            post(preview).layer(DefaultBodyLimit::max(MAX_SHEET)),
        )
        .route(
            "/concepts/{id}/plan-sheet/apply",
            post(apply).layer(DefaultBodyLimit::max(MAX_SHEET * 2)),
        )
}

fn href(id: i64) -> String {
    format!("/admin/concepts/{id}/plan-sheet")
}

#[derive(Template)]
#[template(path = "plan_sheet/admin_sheet.html")]
struct SheetPage {
    layout: Layout,
    concept: Concept,
    taken: Option<usize>,
}

#[derive(serde::Deserialize)]
struct Taken {
    uebernommen: Option<usize>,
}

async fn page(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    Query(q): Query<Taken>,
) -> Result<Html<String>, HtmlError> {
    let (concept, body) = concept_and_body(&app, id).await?;
    let page = SheetPage {
        layout: concept_layout(&cx, "Maßnahmenplan in Excel ausfüllen", &body, &concept),
        concept,
        taken: q.uebernommen,
    };
    Ok(Html(page.render()?))
}

fn file_name(body: &Body, concept: &Concept, ext: &str) -> String {
    let version: String = concept
        .version_label
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("{}-massnahmenplan-{version}-zum-ausfuellen.{ext}", body.key)
}

async fn download_xlsx(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, HtmlError> {
    let (concept, body) = concept_and_body(&app, id).await?;
    let rows = workbook::rows(&app, &concept).await?;
    let title = format!(
        "Maßnahmenplan {} – {} ({})",
        body.name, concept.title, concept.version_label
    );
    let bytes = workbook::xlsx(&title, &rows, Date::today())
        .map_err(|e| HtmlError::Internal(e.to_string()))?;
    Ok(attachment(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &file_name(&body, &concept, "xlsx"),
    ))
}

async fn download_csv(
    State(app): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, HtmlError> {
    let (concept, body) = concept_and_body(&app, id).await?;
    let rows = workbook::rows(&app, &concept).await?;
    let bytes = workbook::csv(&rows);
    Ok(csv_attachment(bytes, &file_name(&body, &concept, "csv")))
}

/// The sheets of an uploaded file: every sheet of an XLSX workbook, or a CSV file as the
/// measures sheet.
fn sheets(name: &str, bytes: &[u8]) -> Result<Vec<Sheet>, Vec<Problem>> {
    use teilhabe_survey::io::Table;
    let as_sheet = |sheet: String, t: Table| Sheet {
        name: sheet,
        headers: t.headers,
        rows: t.lines.into_iter().zip(t.rows).collect(),
    };
    let problems = |sheet: &str, p: teilhabe_survey::io::Problems| -> Vec<Problem> {
        p.problems
            .into_iter()
            .map(|x| Problem {
                sheet: sheet.to_owned(),
                row: x.line,
                column: x.field,
                message: x.message,
            })
            .collect()
    };
    if bytes.starts_with(b"PK") {
        Table::workbook(name, bytes)
            .map(|all| all.into_iter().map(|(s, t)| as_sheet(s, t)).collect())
            .map_err(|p| problems(name, p))
    } else {
        Table::parse(name, bytes)
            .map(|t| vec![as_sheet(MEASURES_SHEET.to_owned(), t)])
            .map_err(|p| problems(MEASURES_SHEET, p))
    }
}

#[derive(Template)]
#[template(path = "plan_sheet/admin_preview.html")]
struct PreviewPage {
    layout: Layout,
    concept: Concept,
    file_name: String,
    comparison: Comparison,
    /// The upload, to be sent again with the confirmation.
    data: String,
    fingerprint: String,
    /// The sheet changed meanwhile: the preview is a new one.
    moved: bool,
    /// The body's organisations, for assigning unknown leads: (id, name).
    organizations: Vec<(i64, String)>,
    /// The organisations chosen for unknown leads, by [`name_key`].
    assigned: HashMap<String, i64>,
}

impl PreviewPage {
    fn problems(&self) -> Vec<String> {
        self.comparison
            .problems
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// Whether `org` is the one chosen for the unknown lead `name`.
    fn chosen(&self, name: &str, org: &i64) -> bool {
        self.assigned.get(&name_key(name)) == Some(org)
    }
}

/// The organisations chosen for unknown leads in the preview's form: `org_name.N` is the
/// name as written, `org.N` the organisation's id or `new`.
fn assigned(input: &teilhabe_domain::RawInput) -> HashMap<String, i64> {
    input
        .with_prefix("org_name.")
        .into_iter()
        .filter_map(|(n, name)| {
            let id = input.get(&format!("org.{n}"))?.parse().ok()?;
            Some((name_key(&name), id))
        })
        .collect()
}

/// Compares the upload and shows the preview (422 when the sheet has problems).
async fn show(
    app: &AppState,
    cx: &Context,
    id: i64,
    (name, bytes): (String, Vec<u8>),
    moved: bool,
    assigned: HashMap<String, i64>,
) -> Result<Response, HtmlError> {
    let (concept, body) = concept_and_body(app, id).await?;
    let comparison = match sheets(&name, &bytes) {
        Ok(sheets) => compare(app, &concept, &sheets, Date::today(), &assigned).await?,
        Err(problems) => Comparison {
            rows: Vec::new(),
            problems,
            changes: Vec::new(),
            unknown: Vec::new(),
        },
    };
    let organizations = app
        .store
        .organizations(body.id)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let status = if comparison.problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = PreviewPage {
        layout: concept_layout(cx, "Vorschau: was die Tabelle ändert", &body, &concept)
            .crumb(href(id), cx.g("Maßnahmenplan in Excel ausfüllen")),
        fingerprint: comparison.fingerprint(),
        data: base64::engine::general_purpose::STANDARD.encode(&bytes),
        file_name: name,
        concept,
        comparison,
        moved,
        organizations,
        assigned,
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn preview(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, HtmlError> {
    let file = read_file(&mut multipart, "8 MB")
        .await
        .map_err(HtmlError::Refused)?
        .filter(|(n, b)| !n.is_empty() && !b.is_empty())
        .ok_or_else(|| HtmlError::Refused("Bitte eine Datei auswählen.".into()))?;
    show(&app, &cx, id, file, false, HashMap::new()).await
}

/// Stores the previewed changes, if the sheet compared again gives exactly those.
async fn apply(
    State(app): State<AppState>,
    cx: Context,
    Path(id): Path<i64>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(input.get("data").unwrap_or(""))
        .map_err(|_| {
            HtmlError::Refused("Die Tabelle kam nicht mit; bitte erneut hochladen.".into())
        })?;
    let name = input.get("file_name").unwrap_or("tabelle.xlsx").to_owned();
    let (concept, _) = concept_and_body(&app, id).await?;
    let chosen = assigned(&input);
    if input.get("action") == Some("review") {
        return show(&app, &cx, id, (name, bytes), false, chosen).await;
    }
    let comparison = match sheets(&name, &bytes) {
        Ok(sheets) => compare(&app, &concept, &sheets, Date::today(), &chosen).await?,
        Err(_) => return show(&app, &cx, id, (name, bytes), false, chosen).await,
    };
    if !comparison.problems.is_empty()
        || input.get("fingerprint") != Some(comparison.fingerprint().as_str())
    {
        return show(&app, &cx, id, (name, bytes), true, chosen).await;
    }
    let n = app.store.apply_plan(id, &comparison.changes).await?;
    Ok(Redirect::to(&format!("{}?uebernommen={n}", href(id))).into_response())
}
