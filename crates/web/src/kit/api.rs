//! The JSON API under `/api/v1/`, described by `/api/openapi.json`.
//!
//! Bodies are addressed by their official key, everything else by id. Writes take the
//! same field names as the administration forms and are checked by the same parsers;
//! invalid input is answered with 422 and `{"error": "validation", "fields": {…}}`.
//! Non-public measures are not served here until accounts and roles exist.

use crate::kit::error::ApiError;
use crate::kit::state::AppState;
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use serde_json::Value;
use teilhabe_domain::{FieldErrors, RawInput};

const OPENAPI: &str = include_str!("../../static/openapi.json");

/// The API's description, `/api/openapi.json`; each capability serves its own paths.
pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(openapi))
}

pub type ApiResult = Result<Response, ApiError>;

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Decodes a JSON body and parses it with the domain parser of the record.
pub fn parse<D>(
    body: &Bytes,
    parse: fn(&RawInput) -> Result<D, FieldErrors>,
) -> Result<D, ApiError> {
    parse_with(body, &[], parse)
}

/// [`parse`], with values for fields the body leaves out. Visibility fails closed: on an
/// update a missing `public` keeps what is stored (a PUT that forgets it must not publish
/// an internal record), and a new person is not public unless the body says so (personal
/// data, GDPR Art. 25(2): privacy by default).
pub fn parse_with<D>(
    body: &Bytes,
    absent: &[(&str, &str)],
    parse: fn(&RawInput) -> Result<D, FieldErrors>,
) -> Result<D, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::Invalid(FieldErrors::single(
            "body",
            format!(
                "Kein gültiges JSON (Zeile {}, Spalte {}): {e}",
                e.line(),
                e.column()
            ),
        ))
    })?;
    let mut input = RawInput::from_json(&value)?;
    for (field, value) in absent {
        if !input.contains(field) {
            input.push(*field, *value);
        }
    }
    Ok(parse(&input)?)
}

pub fn flag(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

pub fn ok<T: Serialize>(value: T) -> ApiResult {
    Ok(Json(value).into_response())
}

pub fn created<T: Serialize>(location: String, value: T) -> ApiResult {
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(value),
    )
        .into_response())
}

pub fn deleted() -> ApiResult {
    Ok(StatusCode::NO_CONTENT.into_response())
}
