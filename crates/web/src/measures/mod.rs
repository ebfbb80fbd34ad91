//! Measures with their budget lines and progress reports: the public measure page, the
//! administration's forms and the API.

mod admin;
mod api;
mod public;

pub(crate) use admin::{measure_input, measure_options, report_fields};

use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use axum::Router;
use teilhabe_store::{Body, Measure};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(public::router())
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}

/// A measure and the body it belongs to, for the pages of what hangs on a measure
/// (milestones, outputs).
pub(crate) async fn measure_and_body(
    app: &AppState,
    measure_id: i64,
) -> Result<(Measure, Body), HtmlError> {
    let m = app.store.measure(measure_id).await?;
    let body = app
        .store
        .body(app.store.body_id_of_measure(measure_id).await?)
        .await?;
    Ok((m, body))
}
