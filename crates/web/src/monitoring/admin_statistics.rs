//! Importing official statistics in the browser: the same import as
//! `teilhabe import genesis`, one file per upload. The upload streams to a temporary file;
//! with JavaScript a progress bar follows the upload, without it the form posts normally.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::layout::Layout;
use crate::kit::moved::moved;
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use std::io::Write;
use teilhabe_store::stats::{StatTable, StatsImportError};

/// Largest upload: the biggest GENESIS flat files are a few hundred MB unzipped.
const MAX_UPLOAD: usize = 512 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/statistics",
            get(page)
                .post(upload)
                .layer(DefaultBodyLimit::max(MAX_UPLOAD)),
        )
        .route("/statistik", moved("/admin/statistik", "/admin/statistics"))
}

#[derive(Template)]
#[template(path = "monitoring/admin_statistics.html")]
struct StatisticsPage {
    layout: Layout,
    tables: Vec<StatTable>,
    result: Option<String>,
    error: Option<String>,
}

async fn render(
    app: &AppState,
    cx: &Context,
    result: Option<String>,
    error: Option<String>,
) -> Result<Html<String>, HtmlError> {
    Ok(Html(
        StatisticsPage {
            layout: Layout::admin(cx, "Statistik importieren"),
            tables: app.store.stat_tables().await?,
            result,
            error,
        }
        .render()?,
    ))
}

async fn page(State(app): State<AppState>, cx: Context) -> Result<Html<String>, HtmlError> {
    render(&app, &cx, None, None).await
}

/// A file name without paths or characters a file system would mind.
fn safe_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = base
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    if clean.trim_matches('.').is_empty() {
        "upload.csv".into()
    } else {
        clean
    }
}

async fn upload(
    State(app): State<AppState>,
    cx: Context,
    mut multipart: Multipart,
) -> Result<Response, HtmlError> {
    static UPLOADS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "teilhabe-upload-{}-{}",
        std::process::id(),
        UPLOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let failed = |message: String| async {
        let _ = std::fs::remove_dir_all(&dir);
        Ok::<_, HtmlError>(
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                render(&app, &cx, None, Some(message)).await?,
            )
                .into_response(),
        )
    };
    let mut saved: Option<(String, std::path::PathBuf)> = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return failed(format!("Die Übertragung ist fehlgeschlagen ({e}).")).await,
        };
        if field.name() != Some("file") {
            continue;
        }
        let original = field.file_name().unwrap_or("").to_owned();
        if original.is_empty() {
            return failed("Bitte eine Datei auswählen.".into()).await;
        }
        if std::fs::create_dir_all(&dir).is_err() {
            return failed("Die Datei kann nicht zwischengespeichert werden.".into()).await;
        }
        let path = dir.join(safe_name(&original));
        let Ok(mut out) = std::fs::File::create(&path) else {
            return failed("Die Datei kann nicht zwischengespeichert werden.".into()).await;
        };
        let mut field = field;
        loop {
            match field.chunk().await {
                Ok(Some(bytes)) => {
                    if out.write_all(&bytes).is_err() {
                        return failed("Die Datei kann nicht zwischengespeichert werden.".into())
                            .await;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    return failed(format!(
                        "Die Datei kam nicht vollständig an ({e}); höchstens {} MB.",
                        MAX_UPLOAD / (1024 * 1024)
                    ))
                    .await;
                }
            }
        }
        saved = Some((original, path));
    }
    let Some((original, path)) = saved else {
        return failed("Bitte eine Datei auswählen.".into()).await;
    };
    let outcome = app.store.import_statistics(&path).await;
    let _ = std::fs::remove_dir_all(&dir);
    let shown_path = path.display().to_string();
    match outcome {
        Ok(summary) => {
            let text = summary.to_string().replacen(&shown_path, &original, 1);
            Ok(render(&app, &cx, Some(text), None).await?.into_response())
        }
        Err(StatsImportError::Read(e)) => {
            let text = format!(
                "{} Nichts aus dieser Datei wurde gespeichert.",
                e.to_string().replacen(&shown_path, &original, 1)
            );
            failed(text).await
        }
        Err(StatsImportError::Store(e)) => Err(e.into()),
    }
}
