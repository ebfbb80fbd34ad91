//! The portal's full-text search: German inflection and compounds, filters, highlighting,
//! visibility (a public search never finds a non-public record, also not one inside a
//! non-public event), and an index that follows every change at once. The same records,
//! the same order, on SQLite and PostgreSQL: the expected lists below are one for both.

use crate::common::{Db, TestApp, fixture, spawn, spawn_demo};
use serde_json::json;
use teilhabe_store::search::SearchQuery;

/// The pages of the hits, best first, as the public (or a reader) finds them.
async fn found(
    app: &TestApp,
    text: &str,
    reader: bool,
    kinds: Vec<&'static str>,
    field: Option<i64>,
) -> Vec<String> {
    let body = app.store.body_by_key("03157").await.unwrap();
    app.store
        .search(&SearchQuery {
            body_id: body.id,
            text: text.into(),
            kinds,
            field_id: field,
            reader,
            limit: 100,
            offset: 0,
        })
        .await
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.path)
        .collect()
}

async fn search_finds_forms_and_compounds_never_non_public(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let ids = four_measures(&app, f.goal, f.lead).await;
    let page = |id: i64| format!("/03157/massnahmen/{id}");
    let events = two_events_with_contributions(&app, f.concept).await;
    let event_id = |e: &str| e.rsplit('/').next().unwrap().parse::<i64>().unwrap();
    let contributions = app
        .store
        .contributions_of_event(event_id(&events[0]))
        .await
        .unwrap();
    let public_contribution = format!(
        "/03157/beteiligung/{}#beitrag-{}",
        event_id(&events[0]),
        contributions[0].id
    );

    // "Sprachkurs" finds the plural and the compound, in title and text, and the goal
    // "Sprachkurse für alle"; exact words rank before compounds, titles before texts.
    let goal = format!("/03157/konzepte/{}#ziel-{}", f.concept, f.goal);
    assert_eq!(
        found(&app, "Sprachkurs", false, vec![], None).await,
        vec![
            goal.clone(),
            page(ids[0]),
            page(ids[1]),
            public_contribution.clone()
        ]
    );
    // A coordinator or council member also finds the non-public ones.
    let all = found(&app, "Sprachkurs", true, vec![], None).await;
    assert_eq!(all.len(), 6, "{all:?}");
    assert!(all.contains(&page(ids[2])));
    // The plural and an inner part of a compound find the same.
    assert_eq!(
        found(&app, "Sprachkurse", false, vec![], None).await.len(),
        4
    );
    assert!(
        found(&app, "Kurs", false, vec![], None)
            .await
            .contains(&page(ids[1]))
    );
    // Every word must occur; filters by kind and by field of action.
    assert_eq!(
        found(&app, "Sprachkurs Abend", false, vec![], None).await,
        vec![page(ids[1])]
    );
    assert_eq!(
        found(&app, "Sprachkurs", false, vec!["measure"], None).await,
        vec![page(ids[0]), page(ids[1])]
    );
    assert_eq!(
        found(&app, "Sprachkurs", false, vec![], Some(f.field + 1000)).await,
        Vec::<String>::new()
    );
    assert_eq!(
        found(&app, "Sprachkurs", false, vec!["measure"], Some(f.field))
            .await
            .len(),
        2
    );
    assert!(found(&app, "und der", false, vec![], None).await.is_empty());

    // The page: highlighted words, a label for non-public hits only where they may show.
    let r = app.get("/03157/suche?q=Sprachkurs").await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("4 Treffer für „Sprachkurs“"), "{}", r.text);
    assert!(r.text.contains("<mark>Sprachkursangebot</mark> für Eltern"));
    assert!(r.text.contains("<mark>Sprachkurse</mark> am Abend"));
    assert!(!r.text.contains("Beschäftigte") && !r.text.contains("nicht öffentlich"));
    let r = app
        .admin
        .get(format!(
            "{}/03157/suche?q=Sprachkurs&art=massnahme",
            app.base
        ))
        .send()
        .await
        .unwrap();
    let text = r.text().await.unwrap();
    assert!(
        text.contains("3 Treffer") && text.contains("nicht öffentlich"),
        "{text}"
    );
    // An unknown kind or field is said, and the search runs over everything.
    let r = app
        .get("/03157/suche?q=Sprachkurs&art=quatsch&feld=abc")
        .await;
    assert_eq!(r.status, 200);
    assert!(
        r.text.contains("4 Treffer") && r.text.contains("gibt es nicht"),
        "{}",
        r.text
    );
    assert_eq!(app.get("/99999/suche?q=x").await.status, 404);
    // The same in the API: the public's four, the administrator's six; bad filters are 422.
    let r = app.json("/api/v1/bodies/03157/search?q=Sprachkurs").await;
    assert_eq!(r["total"], 4, "{r}");
    assert_eq!(r["data"][1]["path"], page(ids[0]));
    assert_eq!(r["data"][1]["snippet"][0]["hit"], false);
    assert_eq!(r["data"][1]["title"], "Sprachkursangebot für Eltern");
    let r = app
        .send(app.admin.get(format!(
            "{}/api/v1/bodies/03157/search?q=Sprachkurs",
            app.base
        )))
        .await;
    assert_eq!(r.json()["total"], 6);
    // The total is the same on every page, also past the last one; with several words,
    // every word must occur, and one word of a record may answer two of them ("Kurs" is
    // inside "Sprachkurse").
    for (q, total) in [
        ("Sprachkurs", 4),
        ("Sprachkurs%20Kurs", 4),
        ("Sprachkurs%20Kinderbetreuung", 1),
        ("Sprachkurse%20Abend", 1),
    ] {
        for paging in ["", "&limit=1", "&limit=1&offset=5"] {
            let r = app
                .json(&format!("/api/v1/bodies/03157/search?q={q}{paging}"))
                .await;
            assert_eq!(r["total"], total, "{q}{paging}: {r}");
        }
    }
    for (query, field) in [
        ("kind=quatsch", "kind"),
        ("field=999999", "field"),
        ("", "query"),
    ] {
        let r = app
            .get(
                &format!("/api/v1/bodies/03157/search?{query}&q=Sprachkurs")
                    .replace("?&q=Sprachkurs", "?"),
            )
            .await;
        assert_eq!(r.status, 422, "{query}: {}", r.text);
        assert!(r.text.contains(field), "{query}: {}", r.text);
    }

    the_index_follows_every_change(&app, f.lead, &ids, event_id(&events[1])).await;
    // A rebuild gives the same answers as the index kept up to date.
    let before = found(&app, "Sprachkurs", true, vec![], None).await;
    assert!(app.store.rebuild_search_index().await.unwrap() > 0);
    assert_eq!(found(&app, "Sprachkurs", true, vec![], None).await, before);
    app.finish().await;
}
both!(search_finds_forms_and_compounds_never_non_public, pgbouncer);

/// Four measures: two public ones about language courses, an internal one, and a fourth.
async fn four_measures(app: &TestApp, goal: i64, lead: i64) -> Vec<i64> {
    let measure = |title: &str, description: &str, public: bool| json!({"title": title, "description": description, "lead_organization_id": lead, "public": public});
    let mut ids = Vec::new();
    for m in [
        measure(
            "Sprachkursangebot für Eltern",
            "Kurse am Vormittag, mit Kinderbetreuung.",
            true,
        ),
        measure(
            "Abendschule",
            "Sprachkurse am Abend für Berufstätige.",
            true,
        ),
        measure(
            "Sprachkurs für Beschäftigte der Verwaltung",
            "Intern abgestimmt.",
            false,
        ),
        measure("Lotsenprojekt", "Begleitung zu Ämtern.", true),
    ] {
        let r = app
            .send_json("POST", &format!("/api/v1/goals/{goal}/measures"), &m)
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
        ids.push(r.json()["id"].as_i64().unwrap());
    }
    ids
}

/// A public and a non-public event, each with a public contribution; answers their pages.
async fn two_events_with_contributions(app: &TestApp, concept: i64) -> Vec<String> {
    let r = app
        .post_form(
            &format!("/admin/concepts/{concept}/processes/new"),
            &[("title", "Fortschreibung")],
        )
        .await;
    let process = r.location.expect("process");
    let mut events = Vec::new();
    for (title, public) in [("Werkstatt Sprache", "1"), ("Klausur der Verwaltung", "0")] {
        let r = app
            .post_form(
                &format!("{process}/events/new"),
                &[
                    ("format", "workshop"),
                    ("title", title),
                    ("start_date", "2026-05-05"),
                    ("public", public),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.text);
        events.push(r.location.unwrap());
    }
    for (event, text) in [
        (&events[0], "Mehr Sprachkurse am Wochenende"),
        (
            &events[1],
            "Sprachkurse für Beschäftigte nur nach Dienstschluss",
        ),
    ] {
        let r = app
            .post_form(
                &format!("{event}/contributions/new"),
                &[
                    ("kind", "need"),
                    ("text", text),
                    ("status", "open"),
                    ("public", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.text);
    }
    events
}

/// The index follows every change at once: made non-public, the measure is not found any
/// more; renamed, found by its new title; deleted, gone; an event made public, its
/// contribution found by the public.
async fn the_index_follows_every_change(app: &TestApp, lead: i64, ids: &[i64], event: i64) {
    let measure = |title: &str, description: &str, public: bool| json!({"title": title, "description": description, "lead_organization_id": lead, "public": public});
    let page = |id: i64| format!("/03157/massnahmen/{id}");
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/measures/{}", ids[0]),
            &measure("Sprachkursangebot für Eltern", "Kurse am Vormittag.", false),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(
        !found(app, "Sprachkurs", false, vec![], None)
            .await
            .contains(&page(ids[0]))
    );
    assert!(
        found(app, "Sprachkurs", true, vec![], None)
            .await
            .contains(&page(ids[0]))
    );
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/measures/{}", ids[3]),
            &measure(
                "Lotsenprojekt Integrationslotsen",
                "Begleitung zu Ämtern.",
                true,
            ),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        found(app, "Integrationslotse", false, vec![], None).await,
        vec![page(ids[3])]
    );
    assert_eq!(
        app.delete(&format!("/api/v1/measures/{}", ids[3]))
            .await
            .status,
        204
    );
    assert!(
        found(app, "Lotsenprojekt", true, vec![], None)
            .await
            .is_empty()
    );
    // The event made public: its contribution is found by the public now.
    let r = app
        .post_form(
            &format!("/admin/events/{event}/edit"),
            &[
                ("format", "workshop"),
                ("title", "Klausur der Verwaltung"),
                ("start_date", "2026-05-05"),
                ("public", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert!(
        found(app, "Dienstschluss", false, vec![], None).await[0]
            .starts_with(&format!("/03157/beteiligung/{event}#"))
    );
}

/// Equal scores rank by the order in which the records were indexed, and that is the
/// records' own order on every database: the demo's fields of action, goals and measures
/// come in the same order on SQLite and PostgreSQL.
async fn equal_scores_keep_the_records_order(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("03157").await.unwrap();
    let r = app
        .store
        .search(&SearchQuery {
            body_id: body.id,
            text: "ung".into(),
            reader: true,
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    let mut ties = 0;
    for pair in r.hits.windows(2) {
        if pair[0].score == pair[1].score {
            ties += 1;
            assert_eq!(pair[0].kind, pair[1].kind);
            assert!(
                pair[0].record_id < pair[1].record_id,
                "{} {} before {}",
                pair[0].kind,
                pair[0].record_id,
                pair[1].record_id
            );
        }
    }
    assert!(
        ties >= 10,
        "only {ties} equal scores among {}",
        r.hits.len()
    );
    app.finish().await;
}
both!(equal_scores_keep_the_records_order);
