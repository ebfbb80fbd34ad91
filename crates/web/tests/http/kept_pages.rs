//! Rendered public pages kept in memory (`teilhabe serve`'s default): the public gets the
//! kept page until anything changes; a write through this server is seen by the next
//! request, a write from elsewhere (another server process, the command line) within a
//! second; signed-in readers, forms and the search always get a fresh answer; each language
//! is kept apart.

use crate::common::{Db, TestApp, spawn_demo_keeping_pages};
use std::time::{Duration, Instant};

/// GET as the public: status, whether the page was kept, its text.
async fn fetch(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
) -> (u16, Option<String>, String) {
    let r = client
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .expect("request sent");
    let status = r.status().as_u16();
    let kept = r
        .headers()
        .get("x-teilhabe-cache")
        .map(|v| v.to_str().unwrap().to_owned());
    (status, kept, r.text().await.unwrap())
}

async fn pages_are_kept_for_the_public_until_something_changes(db: Db) {
    let Some(app) = spawn_demo_keeping_pages(db).await else {
        return;
    };
    let peine = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(peine.id).await.unwrap().unwrap();
    let measures = app.store.measures_of_concept(concept.id).await.unwrap();
    let measure = measures.iter().find(|m| m.public.0).unwrap();
    let page = format!("/03157/massnahmen/{}", measure.id);
    let concept_page = format!("/03157/konzepte/{}", concept.id);
    let public = &app.client;
    // The demo was loaded beside the running server: wait until its watcher has seen the
    // last of it (it looks every quarter second), so that nothing is forgotten in the
    // middle: the start page kept, unchanged, for half a second; at most five seconds.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let mut quiet_since: Option<std::time::Instant> = None;
    loop {
        let (_, kept, _) = fetch(public, &app, "/").await;
        if kept.as_deref() == Some("hit") {
            if quiet_since
                .get_or_insert_with(std::time::Instant::now)
                .elapsed()
                > Duration::from_millis(500)
            {
                break;
            }
        } else {
            quiet_since = None;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the page cache did not settle"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }

    // Rendered once, then kept: the same bytes.
    let (s, kept, first) = fetch(public, &app, &concept_page).await;
    assert_eq!((s, kept.as_deref()), (200, Some("miss")));
    let (s, kept, again) = fetch(public, &app, &concept_page).await;
    assert_eq!((s, kept.as_deref()), (200, Some("hit")));
    assert_eq!(first, again);
    // OParl and the JSON API are kept alike.
    for path in [
        "/oparl/v1/body/03157/papers",
        "/api/v1/bodies/03157/concepts",
    ] {
        fetch(public, &app, path).await;
        assert_eq!(
            fetch(public, &app, path).await.1.as_deref(),
            Some("hit"),
            "{path}"
        );
    }

    // Each language apart: Arabic is rendered for itself, German stays German.
    let arabic = crate::common::session_client("x")
        .get(format!("{}{page}", app.base))
        .send()
        .await
        .unwrap();
    assert!(
        arabic.headers().get("x-teilhabe-cache").is_none(),
        "a session cookie is never served a kept page"
    );
    let ar = reqwest::Client::builder()
        .default_headers(
            [(
                reqwest::header::COOKIE,
                "teilhabe_sprache=ar".parse().unwrap(),
            )]
            .into_iter()
            .collect(),
        )
        .build()
        .unwrap();
    fetch(public, &app, &page).await;
    let (_, kept, de) = fetch(public, &app, &page).await;
    assert_eq!(kept.as_deref(), Some("hit"));
    let (_, kept, text) = fetch(&ar, &app, &page).await;
    assert_eq!(
        kept.as_deref(),
        Some("miss"),
        "Arabic is not the German page"
    );
    assert!(text.contains("lang=\"ar\"") && text.contains("dir=\"rtl\""));
    assert!(de.contains("lang=\"de\""));
    assert_eq!(fetch(&ar, &app, &page).await.1.as_deref(), Some("hit"));

    // Signed in: never a kept page (it may hold non-public records), nor kept for others.
    let coordinator = app.session_for("koordination.peine").await;
    for _ in 0..2 {
        let (s, kept, _) = fetch(&coordinator, &app, &concept_page).await;
        assert_eq!((s, kept), (200, None));
    }
    // Never kept: the search, the login, the surveys.
    for path in [
        "/03157/suche?q=Sprachkurs",
        "/anmelden",
        "/03157/befragungen",
    ] {
        for _ in 0..2 {
            let (_, kept, _) = fetch(public, &app, path).await;
            assert_eq!(kept, None, "{path}");
        }
    }

    // A write through this server: the next request renders anew and shows it.
    let mut changed = app.json(&format!("/api/v1/measures/{}", measure.id)).await;
    changed["title"] = serde_json::json!("Sprachcafé im Kreishaus, jetzt auch samstags");
    let r = app
        .send_json("PUT", &format!("/api/v1/measures/{}", measure.id), &changed)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let (_, kept, text) = fetch(public, &app, &page).await;
    assert_eq!(kept.as_deref(), Some("miss"));
    assert!(text.contains("jetzt auch samstags"));
    let (_, kept, _) = fetch(public, &app, &concept_page).await;
    assert_eq!(kept.as_deref(), Some("miss"), "every page is forgotten");

    // A write from elsewhere (here straight into the database, as another server process
    // or the command line would): seen within a second.
    fetch(public, &app, &page).await;
    let yesterday = (time::OffsetDateTime::now_utc().date() - time::Duration::days(1)).to_string();
    let report = teilhabe_domain::concepts::ProgressReportDraft::parse(
        &teilhabe_domain::RawInput::from_pairs([
            ("reported_on", yesterday.as_str()),
            ("status", "in_progress"),
            ("progress", "55"),
            (
                "narrative",
                "Der Samstagstermin ist ausgebucht, ein zweiter folgt.",
            ),
        ]),
    )
    .expect("a valid report");
    app.store
        .create_progress_report(measure.id, &report)
        .await
        .unwrap();
    let started = Instant::now();
    loop {
        let (_, _, text) = fetch(public, &app, &page).await;
        if text.contains("Der Samstagstermin ist ausgebucht") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "a write from elsewhere not seen after a second"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    eprintln!(
        "kept pages ({db:?}): a write from elsewhere seen after {} ms",
        started.elapsed().as_millis()
    );
    app.finish().await;
}
both!(pages_are_kept_for_the_public_until_something_changes);
