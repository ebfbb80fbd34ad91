//! What the data centre's monitoring sees: liveness, readiness (refused while the database
//! is not this program's), and `/metrics` — absent by default, behind a bearer token when
//! configured, in a format `promtool check metrics` accepts, with counters that move with
//! the requests served (from the page cache too) and gauges read from the database.

use crate::common::{Db, spawn_demo_with_metrics};
use std::process::Command;
use teilhabe_store::testdb;
use teilhabe_web::MetricsAccess;

const TOKEN: &str = "prometheus-darf-lesen-7f3a";

/// The value of the one sample whose name and labels are exactly `series`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

/// `promtool check metrics` on the scrape; without promtool only where it need not be.
fn promtool(text: &str) {
    use std::io::Write;
    let child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        assert!(
            std::env::var_os("TEILHABE_REQUIRE_TOOLS").is_none(),
            "TEILHABE_REQUIRE_TOOLS is set, but promtool (Debian: prometheus) is missing"
        );
        eprintln!("promtool missing: the format is not checked");
        return;
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write to promtool");
    let out = child.wait_with_output().expect("promtool runs");
    assert!(
        out.status.success(),
        "promtool check metrics:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `GET /metrics` by `client` (anonymous: `app.client`; the administrator: `app.admin`).
async fn scrape(
    app: &crate::common::TestApp,
    client: &reqwest::Client,
    token: Option<&str>,
) -> (u16, String, String) {
    let mut r = client.get(format!("{}/metrics", app.base));
    if let Some(t) = token {
        r = r.bearer_auth(t);
    }
    let resp = r.send().await.expect("GET /metrics");
    let status = resp.status().as_u16();
    let kind = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    (status, kind, resp.text().await.expect("body"))
}

async fn metrics_count_requests_behind_a_token(db: Db) {
    let Some(app) = spawn_demo_with_metrics(db, MetricsAccess::Token(TOKEN.into())).await else {
        return;
    };
    assert_eq!(app.get("/healthz").await.text, "ok");
    let ready = app.get("/readyz").await;
    assert_eq!((ready.status, ready.text.as_str()), (200, "ready"));
    // Not for everyone, not with a wrong token, and no account's session or API token
    // opens it either.
    assert_eq!(scrape(&app, &app.client, None).await.0, 401);
    assert_eq!(scrape(&app, &app.client, Some("falsch")).await.0, 401);
    assert_eq!(scrape(&app, &app.admin, None).await.0, 401);

    let (status, kind, before) = scrape(&app, &app.client, Some(TOKEN)).await;
    assert_eq!(status, 200);
    assert_eq!(kind, "text/plain; version=0.0.4; charset=utf-8");
    let series = r#"teilhabe_http_requests_total{route="/{key}",method="GET",status="200"}"#;
    let hits = r#"teilhabe_page_cache_requests_total{result="hit"}"#;
    let served_before = sample(&before, series).unwrap_or(0.0);
    let hits_before = sample(&before, hits).expect("hits");
    for _ in 0..3 {
        assert_eq!(app.get("/03157").await.status, 200);
    }
    assert_eq!(app.get("/gibt-es-nicht/massnahmen/1").await.status, 404);
    let (_, _, after) = scrape(&app, &app.client, Some(TOKEN)).await;
    promtool(&after);
    assert_eq!(sample(&after, series), Some(served_before + 3.0), "{after}");
    assert!(
        sample(&after, hits).expect("hits") >= hits_before + 2.0,
        "the second and third request came from the page cache:\n{after}"
    );
    let bucket = r#"teilhabe_http_request_duration_seconds_count{route="/{key}"}"#;
    assert!(sample(&after, bucket).expect("latency") >= 3.0, "{after}");
    assert!(
        after.contains(r#"route="/{key}/massnahmen/{id}",method="GET",status="404"}"#),
        "a 404 counts under its route's pattern, not its path:\n{after}"
    );
    assert!(!after.contains("gibt-es-nicht"), "{after}");
    // Gauges from the database.
    let outbox = app.store.outbox_counts(None).await.expect("outbox");
    assert_eq!(
        sample(&after, r#"teilhabe_mail_outbox{state="waiting"}"#),
        Some(outbox.waiting as f64),
        "{after}"
    );
    assert_eq!(sample(&after, "teilhabe_db_up"), Some(1.0));
    assert!(sample(&after, "teilhabe_statistics_tables").expect("tables") >= 1.0);
    assert!(sample(&after, "teilhabe_search_queue").is_some());
    assert!(sample(&after, r#"teilhabe_db_connections{state="in_use"}"#).is_some());

    // A database a newer version migrated: the server stays alive but is not ready.
    testdb::execute(
        &app.url,
        &format!(
            "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) \
             VALUES (99990101, 'aus der Zukunft', CURRENT_TIMESTAMP, TRUE, {}, 1)",
            if matches!(db, Db::Sqlite) { "X'00'" } else { "decode('00', 'hex')" }
        ),
    )
    .await
    .expect("pretend a newer version");
    let ready = app
        .client
        .get(format!("{}/readyz", app.base))
        .send()
        .await
        .expect("GET /readyz");
    assert_eq!(ready.status().as_u16(), 503);
    let reason = ready.text().await.expect("body");
    assert!(reason.contains("99990101"), "{reason}");
    assert_eq!(app.get("/healthz").await.status, 200);
    testdb::execute(
        &app.url,
        "DELETE FROM _sqlx_migrations WHERE version = 99990101",
    )
    .await
    .expect("back");
    assert_eq!(app.get("/readyz").await.status, 200);
}
both!(metrics_count_requests_behind_a_token, pgbouncer);

async fn metrics_are_absent_unless_configured(db: Db) {
    let Some(app) = spawn_demo_with_metrics(db, MetricsAccess::Off).await else {
        return;
    };
    assert_eq!(scrape(&app, &app.client, None).await.0, 404);
    assert_eq!(scrape(&app, &app.client, Some(TOKEN)).await.0, 404);
    assert_eq!(
        scrape(&app, &app.admin, None).await.0,
        404,
        "not even for the administrator"
    );
    drop(app);
    let Some(open) = spawn_demo_with_metrics(db, MetricsAccess::Public).await else {
        return;
    };
    let (status, _, text) = scrape(&open, &open.client, None).await;
    assert_eq!(status, 200);
    promtool(&text);
}
both!(metrics_are_absent_unless_configured);
