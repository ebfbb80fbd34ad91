//! Funding programmes (Förderprogramme): the grants that pay for measures, with their grant
//! decisions, periods, funding rates, budget codes and deadlines for the proof of use. The
//! administration keeps them per body and sees, per programme and per budget code, what the
//! measures' budget lines add up to — the same lines the measure plan lists — and what needs
//! attention: funding that ends within half a year with no programme following it, proofs
//! of use due within four weeks or overdue. The work queue and the status report show the
//! same warnings; the API (`/api/v1/bodies/KEY/funding-programmes`) carries all of it.

mod admin;
mod api;

use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use axum::Router;
use teilhabe_domain::Date;
use teilhabe_store::Body;

pub fn router() -> Router<AppState> {
    Router::new()
        .nest("/admin", admin::router())
        .nest("/api", api::router())
}

/// A body's programmes as the options of a budget line's select: (id, "Funder – Name").
pub async fn options(app: &AppState, body_id: i64) -> Result<Vec<(String, String)>, HtmlError> {
    Ok(app
        .store
        .programmes(body_id)
        .await?
        .into_iter()
        .map(|p| (p.id.to_string(), p.label()))
        .collect())
}

/// A body's programmes' names ("Funder – Name") by id, for pages that name the programme
/// of a budget line.
pub async fn labels(
    app: &AppState,
    body_id: i64,
) -> Result<std::collections::HashMap<i64, String>, HtmlError> {
    Ok(app
        .store
        .programmes(body_id)
        .await?
        .into_iter()
        .map(|p| (p.id, p.label()))
        .collect())
}

/// A programme needing attention, as the work queue lists it.
pub struct Due {
    pub programme_id: i64,
    pub body: String,
    pub label: String,
    /// What is due, in German words ("Verwendungsnachweis fällig").
    pub warning: &'static str,
    /// Its day, German.
    pub day: String,
}

/// The programmes of these bodies that need attention on `today`.
pub async fn due(app: &AppState, bodies: &[Body], today: Date) -> teilhabe_store::Result<Vec<Due>> {
    let ids: Vec<i64> = bodies.iter().map(|b| b.id).collect();
    Ok(app
        .store
        .funding_warnings(Some(&ids), today)
        .await?
        .into_iter()
        .map(|w| Due {
            programme_id: w.programme_id,
            body: bodies
                .iter()
                .find(|b| b.id == w.body_id)
                .map(|b| b.name.clone())
                .unwrap_or_default(),
            label: w.label,
            warning: w.warning.label(),
            day: w.warning.day().german(),
        })
        .collect())
}
