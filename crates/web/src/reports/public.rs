//! The printed concept, typeset for whoever asks, and the public measure plan as a
//! spreadsheet (the open-data catalogue names both files).

use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::{Path, State};

use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/konzepte/{id}/druckfassung.pdf", get(print_pdf))
        .route("/{key}/massnahmenplan.csv", get(plan_csv))
        .route("/{key}/massnahmenplan.xlsx", get(plan_xlsx))
}

/// The measure plan of the concept in force, public measures only: the file the
/// administration downloads without `intern`, at an address of the body's own.
async fn public_plan(app: &AppState, key: &str) -> Result<teilhabe_report::plan::Plan, HtmlError> {
    teilhabe_report::plan::plan(&app.store, key, teilhabe_report::Audience::Public)
        .await
        .map_err(|e| match e {
            teilhabe_report::ReportError::UnknownBody(_) => HtmlError::NotFound,
            other => super::admin::refused(other),
        })
}

async fn plan_csv(
    State(app): State<AppState>,
    Path(key): Path<String>,
) -> Result<axum::response::Response, HtmlError> {
    Ok(super::admin::csv_download(&public_plan(&app, &key).await?))
}

async fn plan_xlsx(
    State(app): State<AppState>,
    Path(key): Path<String>,
) -> Result<axum::response::Response, HtmlError> {
    super::admin::xlsx_download(&public_plan(&app, &key).await?)
}

/// The concept version as the printed brochure (PDF/A-2a, PDF/UA-1, QR codes to the
/// portal): public records only, whoever asks, dated today.
async fn print_pdf(
    State(app): State<AppState>,
    Path((key, id)): Path<(String, i64)>,
) -> Result<axum::response::Response, HtmlError> {
    use axum::http::header;
    use axum::response::IntoResponse;
    use teilhabe_report::{Audience, Kind, Request};
    let body = app.store.body_by_key(&key).await?;
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let request = Request {
        body_key: body.key.clone(),
        kind: Kind::Concept,
        as_of: None,
        since: None,
        paper: None,
        concept_id: Some(concept.id),
        public_url: app.public_url.clone(),
        audience: Audience::Public,
        created: None,
    };
    let prepared = teilhabe_report::prepare(&app.store, &request)
        .await
        .map_err(super::admin::refused)?;
    let name = format!(
        "{}-integrationskonzept-{}.pdf",
        body.key,
        concept
            .version_label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
    );
    let bytes = app
        .prints
        .pdf(prepared)
        .await
        .map_err(|e| super::admin::refused(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
        ],
        bytes.as_ref().clone(),
    )
        .into_response())
}
