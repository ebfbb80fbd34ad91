//! One error type per kind of response: HTML pages show a plain German message, the
//! API answers JSON that names the fields. Both log server errors with their cause.

use crate::kit::context::Context;
use crate::kit::i18n::RequestLanguage;
use crate::kit::layout::Layout;
use crate::kit::request::Viewer;
use askama::Template;
use axum::Json;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use std::sync::Arc;
use teilhabe_domain::FieldErrors;
use teilhabe_store::StoreError;

#[derive(Debug)]
pub enum HtmlError {
    NotFound,
    /// Logged in, but the role does not reach this page.
    Forbidden,
    Refused(String),
    /// Input that cannot be read (a date that is none, an unknown choice): 400, with the
    /// German reason.
    BadInput(String),
    Internal(String),
}

impl From<StoreError> for HtmlError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(_) => Self::NotFound,
            StoreError::Refused(msg) => Self::Refused(msg),
            StoreError::Invalid(errors) => Self::Refused(errors.to_string()),
            other => Self::Internal(cause_chain(&other)),
        }
    }
}

impl From<askama::Error> for HtmlError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(format!("template: {}", cause_chain(&e)))
    }
}

#[derive(Template)]
#[template(path = "kit/error.html")]
struct ErrorPage<'a> {
    layout: Layout,
    /// `lang`/`dir` of a German message in a page of another language.
    message_attributes: &'static str,
    heading: &'a str,
    message: &'a str,
}

impl IntoResponse for HtmlError {
    /// The status with the error itself in the response's extensions: [`pages`], which knows
    /// the request's language and person, makes the page.
    fn into_response(self) -> Response {
        let status = match &self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Refused(_) => StatusCode::CONFLICT,
            Self::BadInput(_) => StatusCode::BAD_REQUEST,
            Self::Internal(cause) => {
                tracing::error!(%cause, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(Failure(Arc::new(self)));
        response
    }
}

/// An [`HtmlError`] on its way out, for [`pages`].
#[derive(Clone)]
struct Failure(Arc<HtmlError>);

impl HtmlError {
    /// The error's page for the request `cx`.
    fn page(&self, cx: &Context) -> Html<String> {
        let (heading, message, german) = match self {
            Self::NotFound => (
                cx.tr("error-not-found"),
                cx.tr("error-not-found-text"),
                false,
            ),
            Self::Forbidden => (
                cx.tr("error-forbidden"),
                cx.tr("error-forbidden-text"),
                false,
            ),
            // The reason comes from the domain's rules, in German: in English on the
            // staff's English pages, marked as German elsewhere.
            Self::Refused(msg) | Self::BadInput(msg) => {
                let text = cx.g(msg);
                let german = text == *msg;
                (cx.tr("error-refused"), text, german)
            }
            Self::Internal(_) => (cx.tr("error-internal"), cx.tr("error-internal-text"), false),
        };
        let layout = Layout::translated(cx, &heading);
        let page = ErrorPage {
            message_attributes: if german { layout.src() } else { "" },
            layout,
            heading: &heading,
            message: &message,
        };
        Html(page.render().unwrap_or(message))
    }
}

/// Makes the page of every [`HtmlError`] that a handler or the guard answered, in the
/// request's language, with the person's name in the header.
pub async fn pages(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let language = request.extensions().get::<RequestLanguage>().cloned();
    let mut response = next.run(request).await;
    let Some(Failure(error)) = response.extensions_mut().remove::<Failure>() else {
        return response;
    };
    let cx = Context::of(
        &path,
        language.as_ref(),
        response.extensions().get::<Viewer>(),
    );
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    let page = error.page(&cx).into_response();
    let (page_parts, body) = page.into_parts();
    parts.headers.extend(page_parts.headers);
    Response::from_parts(parts, body)
}

/// JSON API errors: `{"error": "...", "message": "...", "fields": {...}}`.
#[derive(Debug)]
pub enum ApiError {
    /// No session and no API token.
    Unauthenticated,
    /// Authenticated, but the role does not reach this record.
    Forbidden,
    NotFound(&'static str),
    Invalid(FieldErrors),
    Refused(String),
    Internal(String),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => Self::NotFound(what),
            StoreError::Invalid(errors) => Self::Invalid(errors),
            StoreError::Refused(msg) => Self::Refused(msg),
            other => Self::Internal(cause_chain(&other)),
        }
    }
}

impl ApiError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::Invalid(FieldErrors::single(field, message))
    }
}

impl From<FieldErrors> for ApiError {
    fn from(e: FieldErrors) -> Self {
        Self::Invalid(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            Self::Unauthenticated => {
                return (
                    StatusCode::UNAUTHORIZED,
                    [(axum::http::header::WWW_AUTHENTICATE, "Bearer")],
                    Json(serde_json::json!({
                        "error": "unauthenticated",
                        "message": "Anmeldung erforderlich: eine Sitzung oder „Authorization: Bearer …“ mit einem API-Token."
                    })),
                )
                    .into_response();
            }
            Self::Forbidden => (
                StatusCode::FORBIDDEN,
                serde_json::json!({"error": "forbidden", "message": "Keine Berechtigung für diesen Eintrag."}),
            ),
            Self::NotFound(what) => (
                StatusCode::NOT_FOUND,
                serde_json::json!({"error": "not_found", "message": format!("{what} nicht gefunden.")}),
            ),
            Self::Invalid(fields) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                serde_json::json!({
                    "error": "validation",
                    "message": "Die Eingaben sind nicht gültig; nichts wurde gespeichert.",
                    "fields": fields.to_map(),
                }),
            ),
            Self::Refused(msg) => (
                StatusCode::CONFLICT,
                serde_json::json!({"error": "conflict", "message": msg}),
            ),
            Self::Internal(cause) => {
                tracing::error!(%cause, "api request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    serde_json::json!({"error": "internal", "message": "Interner Fehler; nichts wurde verändert."}),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}

/// A path parameter of the API; one that does not parse (`/measures/abc`) names no record,
/// so the answer is the API's JSON 404 rather than a plain-text 400.
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned + Send> axum::extract::FromRequestParts<S>
    for ApiPath<T>
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(v)| Self(v))
            .map_err(|_| ApiError::NotFound("Eintrag"))
    }
}

/// The query string of an API request; a malformed one is a validation error (422, JSON)
/// that says what is wrong.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned + Send> axum::extract::FromRequestParts<S>
    for ApiQuery<T>
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(v)| Self(v))
            .map_err(|e| {
                ApiError::invalid(
                    "query",
                    format!("Ungültige Abfrageparameter: {}", e.body_text()),
                )
            })
    }
}

/// An error with every cause below it (`a: b: c`), for the log: the page says only that
/// something failed, the operator needs the whole chain. A cause whose text the message
/// already holds is not repeated.
pub fn cause_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut next = error.source();
    while let Some(cause) = next {
        let part = cause.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        next = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::cause_chain;

    #[derive(Debug)]
    struct Outer(std::io::Error);

    impl std::fmt::Display for Outer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "Datenbankfehler")
        }
    }

    impl std::error::Error for Outer {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn internal_errors_keep_their_causes() {
        let text = cause_chain(&Outer(std::io::Error::other("disk full")));
        assert_eq!(text, "Datenbankfehler: disk full");
        // A cause the message already names is not repeated.
        let io = std::io::Error::other("disk full");
        assert_eq!(cause_chain(&io), "disk full");
    }
}
