//! The printed concept, typeset for whoever asks.

use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::{Path, State};

use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/{key}/konzepte/{id}/druckfassung.pdf", get(print_pdf))
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
