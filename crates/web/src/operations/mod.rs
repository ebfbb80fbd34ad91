//! What a data centre's monitoring asks of the server: `/healthz` (liveness: the process
//! answers; no database, so a slow database does not get the process restarted),
//! `/readyz` (readiness: the database answers and has this program's schema — a load
//! balancer sends no traffic before), and `/metrics` in the Prometheus text format. The
//! metrics are not public by default: without `--metrics-token` or `--metrics-public`
//! `/metrics` does not exist (404); with a token, Prometheus sends it as a bearer token.

use crate::kit::metrics::family;
use crate::kit::state::{AppState, MetricsAccess};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::fmt::Write as _;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
}

async fn ready(State(app): State<AppState>) -> Response {
    match app.store.readiness().await {
        Ok(()) => "ready".into_response(),
        Err(reason) => {
            tracing::warn!(reason, "nicht bereit");
            (StatusCode::SERVICE_UNAVAILABLE, reason).into_response()
        }
    }
}

/// Compares in constant time, so the token cannot be guessed byte by byte from timing.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn metrics(State(app): State<AppState>, headers: HeaderMap) -> Response {
    match &*app.metrics_access {
        MetricsAccess::Off => return StatusCode::NOT_FOUND.into_response(),
        MetricsAccess::Public => {}
        MetricsAccess::Token(token) => {
            let given = headers
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "));
            if !given.is_some_and(|g| same(g.as_bytes(), token.as_bytes())) {
                return (
                    StatusCode::UNAUTHORIZED,
                    [(header::WWW_AUTHENTICATE, "Bearer")],
                    "Für /metrics fehlt das Token (Authorization: Bearer …).",
                )
                    .into_response();
            }
        }
    }
    let mut out = String::new();
    app.metrics.write(&mut out);
    let state = app.store.operations_state().await;
    if let Err(e) = &state {
        tracing::warn!("Metriken: {e}");
    }
    if let Ok(s) = &state {
        family(
            &mut out,
            "teilhabe_db_connections",
            "gauge",
            "Database connections of the pool, by state.",
        );
        let busy = i64::from(s.pool_open) - s.pool_idle as i64;
        let _ = writeln!(
            out,
            "teilhabe_db_connections{{state=\"idle\"}} {}",
            s.pool_idle
        );
        let _ = writeln!(out, "teilhabe_db_connections{{state=\"in_use\"}} {busy}");
        family(
            &mut out,
            "teilhabe_db_connections_max",
            "gauge",
            "The most connections the pool opens.",
        );
        let _ = writeln!(out, "teilhabe_db_connections_max {}", s.pool_max);
        family(
            &mut out,
            "teilhabe_mail_outbox",
            "gauge",
            "Mails in the outbox, by state (failed: given up after the last attempt).",
        );
        for (state, n) in [
            ("waiting", s.outbox.waiting),
            ("sending", s.outbox.sending),
            ("failed", s.outbox.failed),
        ] {
            let _ = writeln!(out, "teilhabe_mail_outbox{{state=\"{state}\"}} {n}");
        }
        family(
            &mut out,
            "teilhabe_mail_sent",
            "gauge",
            "Mails the outbox holds as sent.",
        );
        let _ = writeln!(out, "teilhabe_mail_sent {}", s.outbox.sent);
        family(
            &mut out,
            "teilhabe_search_queue",
            "gauge",
            "Records written but not yet in the search index (the indexing job's backlog).",
        );
        let _ = writeln!(out, "teilhabe_search_queue {}", s.search_queue);
        family(
            &mut out,
            "teilhabe_statistics_tables",
            "gauge",
            "Official statistics tables imported.",
        );
        let _ = writeln!(out, "teilhabe_statistics_tables {}", s.stat_tables);
        if let Some(at) = s.last_stat_import.as_deref().and_then(epoch) {
            family(
                &mut out,
                "teilhabe_statistics_last_import_timestamp_seconds",
                "gauge",
                "When the newest statistics import finished, since the Unix epoch.",
            );
            let _ = writeln!(
                out,
                "teilhabe_statistics_last_import_timestamp_seconds {at}"
            );
        }
    }
    family(
        &mut out,
        "teilhabe_db_up",
        "gauge",
        "Whether the database answered this scrape (1) or not (0).",
    );
    let _ = writeln!(out, "teilhabe_db_up {}", u8::from(state.is_ok()));
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
        .into_response()
}

fn epoch(rfc3339: &str) -> Option<i64> {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(time::OffsetDateTime::unix_timestamp)
}
