//! Impact-oriented steering: a measure's output indicators (what it is to produce, with a
//! target over its period), their running totals reported with progress reports, and the
//! measure's rating read from them against the share of its time elapsed. The catalogue's
//! indicators carry their level (outcome, impact) in the monitoring capability; outputs
//! belong to measures and live here — the administration's list per measure, the API
//! (`/api/v1/measures/ID/outputs`) — and in the report form's fields. The impact chain
//! (measures → outputs → goals → indicators, each link with its assumption) has its page,
//! its API in `chain`, its form in `admin_chain`.

mod admin;
mod admin_chain;
mod api;
mod chain;

use crate::kit::error::HtmlError;
use crate::kit::form::{FieldDef, Kind};
use crate::kit::state::AppState;
use axum::Router;
use teilhabe_domain::values::german_date;
use teilhabe_store::impact::OutputState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(chain::public_router())
        .nest("/admin", admin::router().merge(admin_chain::router()))
        .nest("/api", api::router().merge(chain::api_router()))
}

/// The field a progress report form adds for a measure's outputs (none without outputs):
/// one running total per output, sent as `outputs.ID` (the report's parser reads them),
/// labelled with the target and what was reported last.
pub async fn report_field(app: &AppState, measure_id: i64) -> Result<Option<FieldDef>, HtmlError> {
    let rows: Vec<(String, String)> = states(app, measure_id)
        .await?
        .into_iter()
        .map(|s| {
            let last = match (&s.reported, &s.reported_on) {
                (Some(v), Some(on)) => {
                    format!("zuletzt {} am {}", s.output.amount(*v), german_date(on))
                }
                _ => "noch nichts gemeldet".into(),
            };
            (
                s.output.id.to_string(),
                format!(
                    "{} (Ziel {}; {last})",
                    s.output.name,
                    s.output.amount(s.output.target())
                ),
            )
        })
        .collect();
    Ok((!rows.is_empty()).then(|| {
        FieldDef::new("outputs", "Outputs – bisher insgesamt erreicht", Kind::Counts)
            .options(rows)
            .hint("Laufende Summe seit Beginn der Maßnahme; leer lassen, was diesmal nicht gezählt wurde.")
    }))
}

/// The outputs of a measure with their states today, for pages that show them.
pub async fn states(app: &AppState, measure_id: i64) -> Result<Vec<OutputState>, HtmlError> {
    Ok(app
        .store
        .output_states(measure_id, &teilhabe_domain::Date::today().iso())
        .await?)
}

/// A measure with outputs as the controlling overview lists it.
pub struct RatedMeasure {
    pub measure_id: i64,
    pub title: String,
    /// (output id, "Name: 12 von 20 Kurse").
    pub outputs: Vec<(i64, String)>,
    /// The rating in words, if the outputs give one today.
    pub rating: Option<String>,
}

/// Those of these measures that have outputs, with their states and rating today.
pub async fn rated(app: &AppState, measure_ids: &[i64]) -> Result<Vec<RatedMeasure>, HtmlError> {
    let today = teilhabe_domain::Date::today().iso();
    let mut states = app.store.output_states_of(measure_ids, &today).await?;
    let mut out = Vec::new();
    for id in measure_ids {
        let Some(states) = states.remove(id) else {
            continue;
        };
        let m = app.store.measure(*id).await?;
        out.push(RatedMeasure {
            measure_id: m.id,
            rating: admin::rating_text(&states, &m, &today),
            outputs: states
                .iter()
                .map(|s| (s.output.id, format!("{}: {}", s.output.name, s.german())))
                .collect(),
            title: m.title,
        });
    }
    Ok(out)
}
