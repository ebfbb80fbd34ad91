//! The fuller catalogue: indicators after the Länder integration monitoring that the
//! official tables allow, offered beside the body's own catalogue — each with the GENESIS
//! tables it needs and whether the imported statistics already give it a value for the body,
//! its Land or Germany — and adopted into the catalogue with one button.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::form::FormInput;
use crate::kit::layout::Layout;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use teilhabe_stats::indicators::{DEFAULT_INDICATORS, IndicatorDef, MONITORING_INDICATORS, parse};

pub fn router() -> Router<AppState> {
    Router::new().route("/bodies/{id}/indicators/catalogue", get(page).post(adopt))
}

struct Entry {
    def: &'static IndicatorDef,
    /// Already in the body's catalogue (by code).
    adopted: bool,
    /// The imported statistics give it periods for the body, its Land or Germany.
    has_data: bool,
}

#[derive(Template)]
#[template(path = "monitoring/admin_catalogue.html")]
struct CataloguePage {
    layout: Layout,
    body_id: i64,
    body_name: String,
    entries: Vec<Entry>,
}

async fn page(
    State(app): State<AppState>,
    cx: Context,
    Path(body_id): Path<i64>,
) -> Result<Html<String>, HtmlError> {
    let body = app.store.body(body_id).await?;
    let have: Vec<String> = app
        .store
        .indicators(body_id)
        .await?
        .into_iter()
        .map(|i| i.code)
        .collect();
    let regions = crate::monitoring::comparison(&body);
    let mut entries = Vec::new();
    for def in MONITORING_INDICATORS.iter().chain(DEFAULT_INDICATORS) {
        let expr = parse(def.formula).map_err(HtmlError::Internal)?;
        entries.push(Entry {
            def,
            adopted: have.iter().any(|c| c == def.code),
            has_data: !app.store.stat_periods(&expr, &regions).await?.is_empty(),
        });
    }
    let layout = Layout::admin(&cx, "Indikatoren des Länder-Integrationsmonitorings")
        .crumb(format!("/admin/bodies/{body_id}"), body.name.clone());
    Ok(Html(
        CataloguePage {
            layout,
            body_id,
            body_name: body.name,
            entries,
        }
        .render()?,
    ))
}

/// Adopts the entry named by `code` into the body's catalogue.
async fn adopt(
    State(app): State<AppState>,
    Path(body_id): Path<i64>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    app.store.body(body_id).await?;
    let code = input.get("code").unwrap_or_default();
    let def = MONITORING_INDICATORS
        .iter()
        .chain(DEFAULT_INDICATORS)
        .find(|d| d.code == code)
        .ok_or(HtmlError::NotFound)?;
    app.store.adopt_indicator(body_id, def).await?;
    Ok(Redirect::to(&format!(
        "/admin/bodies/{body_id}/indicators/catalogue#i-{}",
        def.code
    ))
    .into_response())
}
