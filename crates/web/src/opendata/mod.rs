//! Open data: per body a catalogue of its public datasets in DCAT-AP.de 3.0, the metadata
//! standard GovData (Germany's open-data portal) harvests, so that a county's measure plan,
//! indicators, published survey results and council data are found beside every other
//! public dataset in Germany. At stable addresses: `/{key}/opendata/katalog.ttl` (Turtle),
//! `/{key}/opendata/katalog.jsonld` (JSON-LD), and `/{key}/opendata/katalog` — the name of
//! the catalogue in both — answering in the format asked for (Turtle by default).
//!
//! The catalogue is built on each request from what the public pages show (see
//! [`catalogue`]); the tests check it against GovData's SHACL shapes with pyshacl and follow
//! every download it names.

mod catalogue;
mod rdf;

use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/opendata/katalog", get(negotiated))
        .route("/{key}/opendata/katalog.ttl", get(turtle))
        .route("/{key}/opendata/katalog.jsonld", get(json_ld))
}

const TURTLE: &str = "text/turtle; charset=utf-8";
const JSON_LD: &str = "application/ld+json";

async fn graph(app: &AppState, key: &str) -> Result<rdf::Graph, HtmlError> {
    let body = app.store.body_by_key(key).await?;
    Ok(catalogue::catalogue(app, &body).await?)
}

async fn turtle(
    State(app): State<AppState>,
    Path(key): Path<String>,
) -> Result<Response, HtmlError> {
    let g = graph(&app, &key).await?;
    Ok(([(header::CONTENT_TYPE, TURTLE)], g.turtle()).into_response())
}

async fn json_ld(
    State(app): State<AppState>,
    Path(key): Path<String>,
) -> Result<Response, HtmlError> {
    let g = graph(&app, &key).await?;
    let text = serde_json::to_string_pretty(&g.json_ld())
        .map_err(|e| HtmlError::Internal(e.to_string()))?;
    Ok(([(header::CONTENT_TYPE, JSON_LD)], text).into_response())
}

/// The catalogue's own address: JSON-LD for who asks for it (or for JSON), Turtle otherwise.
async fn negotiated(
    state: State<AppState>,
    key: Path<String>,
    headers: HeaderMap,
) -> Result<Response, HtmlError> {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mut response = if accept.contains("ld+json") || accept.contains("application/json") {
        json_ld(state, key).await?
    } else {
        turtle(state, key).await?
    };
    response
        .headers_mut()
        .insert(header::VARY, header::HeaderValue::from_static("Accept"));
    Ok(response)
}
