//! Documents for download from a body's administration page: the four PDFs (typeset off the
//! async runtime) and the measure plan as XLSX or CSV.
//!
//! Whoever may open the body's page gets the public version. The version with non-public
//! records (`intern=1`) only goes to those who read the body's internal records.

use crate::kit::auth::Viewer;
use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;
use teilhabe_report::{Audience, Kind, ReportError, Request};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/bodies/{id}/report", get(report))
        .route("/bodies/{id}/plan.xlsx", get(plan_xlsx))
        .route("/bodies/{id}/plan.csv", get(plan_csv))
}

#[derive(Deserialize)]
struct ReportQuery {
    dokument: String,
    #[serde(default)]
    stand: String,
    #[serde(default)]
    seit: String,
    #[serde(default)]
    vorlage: String,
    #[serde(default)]
    intern: Option<String>,
}

#[derive(Deserialize)]
struct PlanQuery {
    #[serde(default)]
    intern: Option<String>,
}

fn audience(viewer: &Viewer, body_id: i64, asked: bool) -> Result<Audience, HtmlError> {
    match (asked, viewer.reads_internal(body_id)) {
        (false, _) => Ok(Audience::Public),
        (true, true) => Ok(Audience::Internal),
        (true, false) => Err(HtmlError::Forbidden),
    }
}

fn day(raw: &str, label: &str) -> Result<Option<time::Date>, HtmlError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(raw, &format).map(Some).map_err(|_| {
        HtmlError::BadInput(format!(
            "{label}: „{raw}“ ist kein Datum. Bitte im Format JJJJ-MM-TT angeben."
        ))
    })
}

/// A report's failure as a page: the input's fault in German, a typesetting bug as 500.
pub(crate) fn refused(e: ReportError) -> HtmlError {
    match e {
        ReportError::Store(s) => s.into(),
        ReportError::Render(r) => HtmlError::Internal(r.to_string()),
        other => HtmlError::Refused(other.to_string()),
    }
}

async fn report(
    State(app): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, HtmlError> {
    let body = app.store.body(id).await?;
    let kind = Kind::from_code(&q.dokument)
        .ok_or_else(|| HtmlError::BadInput(format!("Dokument: „{}“ gibt es nicht.", q.dokument)))?;
    let request = Request {
        body_key: body.key.clone(),
        kind,
        as_of: day(&q.stand, "Stand")?,
        since: day(&q.seit, "Vergleich seit")?,
        paper: Some(q.vorlage.trim().to_owned()).filter(|v| !v.is_empty()),
        concept_id: None,
        public_url: app.public_url.clone(),
        audience: audience(&viewer, body.id, q.intern.is_some())?,
        created: Some(teilhabe_report::now()),
    };
    let prepared = teilhabe_report::prepare(&app.store, &request)
        .await
        .map_err(refused)?;
    // Typesetting takes a CPU for a while: not on the threads that serve the other requests.
    let (prepared, bytes) = tokio::task::spawn_blocking(move || {
        let bytes = prepared.pdf();
        (prepared, bytes)
    })
    .await
    .map_err(|e| HtmlError::Internal(e.to_string()))?;
    let bytes = bytes.map_err(|e| refused(e.into()))?;
    Ok(crate::kit::upload::attachment(
        bytes,
        "application/pdf",
        &prepared.file_name,
    ))
}

async fn plan(
    app: &AppState,
    viewer: &Viewer,
    id: i64,
    q: &PlanQuery,
) -> Result<teilhabe_report::plan::Plan, HtmlError> {
    let body = app.store.body(id).await?;
    let audience = audience(viewer, body.id, q.intern.is_some())?;
    teilhabe_report::plan::plan(&app.store, &body.key, audience)
        .await
        .map_err(refused)
}

async fn plan_xlsx(
    State(app): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<PlanQuery>,
) -> Result<Response, HtmlError> {
    xlsx_download(&plan(&app, &viewer, id, &q).await?)
}

/// The measure plan as an XLSX download (from here and from the body's public address).
pub(super) fn xlsx_download(plan: &teilhabe_report::plan::Plan) -> Result<Response, HtmlError> {
    let bytes = plan
        .xlsx()
        .map_err(|e| HtmlError::Internal(e.to_string()))?;
    Ok(crate::kit::upload::attachment(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &plan.file_name("xlsx"),
    ))
}

/// The measure plan as a CSV download.
pub(super) fn csv_download(plan: &teilhabe_report::plan::Plan) -> Response {
    crate::kit::upload::csv_attachment(plan.csv(), &plan.file_name("csv"))
}

async fn plan_csv(
    State(app): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<PlanQuery>,
) -> Result<Response, HtmlError> {
    Ok(csv_download(&plan(&app, &viewer, id, &q).await?))
}
