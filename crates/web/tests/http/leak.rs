//! The leak test: unique markers planted in non-public records of every kind, then
//! everything reachable is fetched — every HTML page and download by following links, every
//! GET of the JSON API for every id, the whole OParl tree — anonymously, as an actor of
//! another organization, as the coordinator and a council member of another body. No
//! response may contain a marker. The coordinator of the body itself must see them (so the
//! crawl does reach where they would show).

use crate::common::{Db, TestApp, spawn_demo_keeping_pages};
use serde_json::Value;
use std::collections::{BTreeSet, VecDeque};
use teilhabe_domain::access::Role;
use teilhabe_store::translations::TranslationInput;

const MARK: &str = "LECK7q";

fn first_id(v: &Value) -> i64 {
    v.as_array()
        .and_then(|a| a.first())
        .and_then(|x| x["id"].as_i64())
        .expect("an id")
}

fn id_after(location: &Option<String>, prefix: &str) -> i64 {
    let l = location.as_deref().expect("a redirect");
    l.strip_prefix(prefix)
        .and_then(|r| r.split(['/', '#', '?']).next())
        .and_then(|r| r.parse().ok())
        .unwrap_or_else(|| panic!("{l} after {prefix}"))
}

/// Non-public records of every kind, each carrying the marker.
async fn plant(app: &TestApp) {
    let peine = app.store.body_by_key("03157").await.unwrap();
    let concept = first_id(&app.json("/api/v1/bodies/03157/concepts").await);
    let field = first_id(
        &app.json(&format!("/api/v1/concepts/{concept}/fields-of-action"))
            .await,
    );
    let goal = first_id(
        &app.json(&format!("/api/v1/fields-of-action/{field}/goals"))
            .await,
    );
    let org = first_id(&app.json("/api/v1/bodies/03157/organizations").await).to_string();
    let ok = |r: crate::common::Reply| {
        assert_eq!(r.status, 303, "{}", r.text);
        r
    };
    plant_measure(app, concept, goal, &org).await;
    plant_submitted(app).await;
    // A non-public paper, linked to a public measure, and a non-public agenda item.
    let r = ok(app
        .post_form(
            &format!("/admin/bodies/{}/papers/new", peine.id),
            &[
                ("reference", &format!("2026/{MARK}")),
                ("name", &format!("{MARK} Vorlage")),
                ("paper_type", "resolution"),
                ("public", "0"),
            ],
        )
        .await);
    let paper = id_after(&r.location, "/admin/papers/");
    // A non-public person (a citizen member), seated in a committee and submitting a public
    // paper: neither name nor function may show.
    ok(app
        .post_form(
            &format!("/admin/bodies/{}/persons/new", peine.id),
            &[
                ("name", &format!("{MARK} Bürgerin")),
                ("role_title", &format!("{MARK} sachkundige Bürgerin")),
                ("public", "0"),
            ],
        )
        .await);
    let person = app
        .store
        .persons(peine.id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.name.starts_with(MARK))
        .unwrap()
        .id
        .to_string();
    // …and the contact of a public measure.
    ok(app
        .post_form(
            &format!("/admin/goals/{goal}/measures/new"),
            &[
                ("title", "Sprachmittlerpool"),
                ("lead_organization_id", &org),
                ("contact_person_id", &person),
                ("scope", "county"),
                ("priority", "high"),
                ("status", "planned"),
                ("progress", "0"),
                ("public", "1"),
            ],
        )
        .await);
    ok(app
        .post_form(
            &format!("/admin/organizations/{org}/members/new"),
            &[("person_id", &person), ("role", "Mitglied")],
        )
        .await);
    ok(app
        .post_form(
            &format!("/admin/bodies/{}/papers/new", peine.id),
            &[
                ("reference", "2026/0099"),
                ("name", "Antrag auf Sprachmittlung"),
                ("paper_type", "motion"),
                ("submitter_person_id", &person),
                ("public", "1"),
            ],
        )
        .await);
    let boerde = app.store.body_by_key("15083").await.unwrap();
    let meeting = app.store.meetings(boerde.id).await.unwrap()[0].id;
    ok(app
        .post_form(
            &format!("/admin/meetings/{meeting}/items/new"),
            &[
                ("number", "N 1"),
                ("name", &format!("{MARK} Tagesordnungspunkt")),
                ("result", &format!("{MARK} Ergebnis")),
                ("public", "0"),
            ],
        )
        .await);
    plant_files(app, paper).await;
    plant_resolutions(app, meeting).await;
    // Participation: a non-public event, and a non-public contribution at a public one.
    let participation = app.json("/api/v1/bodies/03157/participation").await;
    let process = participation["data"][0]["id"].as_i64().unwrap();
    let public_event = participation["data"][0]["events"][0]["id"]
        .as_i64()
        .unwrap();
    ok(app
        .post_form(
            &format!("/admin/processes/{process}/events/new"),
            &[
                ("format", "workshop"),
                ("title", &format!("{MARK} Werkstatt")),
                ("description", &format!("{MARK} intern")),
                ("start_date", "2026-05-05"),
                ("public", "0"),
            ],
        )
        .await);
    ok(app
        .post_form(
            &format!("/admin/events/{public_event}/contributions/new"),
            &[
                ("kind", "need"),
                ("text", &format!("{MARK} Beitrag")),
                ("status", "open"),
                ("public", "0"),
            ],
        )
        .await);
    translate_planted(app, (peine.id, boerde.id), process, public_event, paper).await;
    // A survey still in preparation.
    ok(app
        .post_form(
            &format!("/admin/bodies/{}/surveys/new", peine.id),
            &[("title", &format!("{MARK} Befragung")), ("status", "draft")],
        )
        .await);
    plant_comments(app).await;
    // A funding programme's working notes.
    ok(app
        .post_form(
            &format!("/admin/bodies/{}/funding/new", peine.id),
            &[
                ("funder", "Land Niedersachsen"),
                ("name", "Programm mit Notizen"),
                ("notes", &format!("{MARK} Notiz zum Förderantrag")),
            ],
        )
        .await);
}

/// A draft in consultation with comments a reader must not see: one waiting, one
/// rejected with its reason.
async fn plant_comments(app: &TestApp) {
    let today = teilhabe_domain::Date::today();
    let r = app
        .send_json(
            "POST",
            "/api/v1/bodies/03157/concepts",
            &serde_json::json!({"title": "Integrationskonzept", "kind": "concept", "version_label": "2031",
                "status": "consultation", "consultation_from": today.add_days(-1).iso(),
                "consultation_until": today.add_days(30).iso()}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let concept = r.json()["id"].as_i64().unwrap();
    let page = format!("/03157/konzepte/{concept}/kommentare");
    for text in [
        format!("{MARK} wartet auf die Moderation."),
        format!("{MARK} wird abgelehnt werden."),
    ] {
        let r = app
            .post_form(&page, &[("target", "version"), ("text", &text)])
            .await;
        assert_eq!(r.status, 303, "{}", r.text);
    }
    let rejected = app.store.comments_of_concept(concept, None).await.unwrap()[1].id;
    let r = app
        .post_form(
            &format!("/admin/concepts/{concept}/comments/{rejected}"),
            &[
                ("action", "reject"),
                ("reason", &format!("{MARK} Grund der Ablehnung")),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
}

/// Resolution tracking: an entry of the non-public agenda item of Börde's `meeting`, and
/// on a public item of Peine an entry carried out by the non-public measure.
async fn plant_resolutions(app: &TestApp, meeting: i64) {
    let item = app
        .store
        .agenda_items(meeting)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.name.starts_with(MARK))
        .expect("the planted item")
        .id;
    let r = app
        .post_form(
            &format!("/admin/agenda-items/{item}/resolutions/new"),
            &[
                ("kind", "review_request"),
                ("title", &format!("{MARK} Prüfauftrag")),
                ("due_on", "2026-01-31"),
                ("notes", &format!("{MARK} Vermerk")),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let peine = app.store.body_by_key("03157").await.unwrap();
    let mut hidden = None;
    for c in app.store.concepts(peine.id).await.unwrap() {
        for m in app.store.measures_of_concept(c.id).await.unwrap() {
            if m.title.starts_with(MARK) {
                hidden = Some(m.id);
            }
        }
    }
    let hidden = hidden.expect("planted measure");
    let public_item = app
        .store
        .resolutions(peine.id, false)
        .await
        .unwrap()
        .into_iter()
        .find_map(|r| r.agenda_item_id)
        .expect("a public tracked item of Peine");
    let r = app
        .post_form(
            &format!("/admin/agenda-items/{public_item}/resolutions/new"),
            &[
                ("title", "Sprachmittlung ausbauen"),
                ("measure_ids", &hidden.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
}

/// A non-public file on a public paper (of the Kyffhäuserkreis), and a file on the
/// non-public `paper`.
async fn plant_files(app: &TestApp, paper: i64) {
    let public_paper = app
        .store
        .papers(app.store.body_by_key("16065").await.unwrap().id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.public.0)
        .expect("a public paper")
        .id;
    for (paper, public) in [(public_paper, "0"), (paper, "1")] {
        let text = format!("%PDF-1.4\n% {MARK} Anlage\n");
        let (ct, body) = crate::common::multipart(&[
            ("name", None, format!("{MARK} Anlage").as_bytes()),
            ("public", None, public.as_bytes()),
            ("file", Some("anlage.pdf"), text.as_bytes()),
        ]);
        let r = app
            .admin
            .post(format!("{}/admin/papers/{paper}/files", app.base))
            .header("content-type", ct)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "{}", r.text().await.unwrap());
    }
}

/// A non-public measure with a progress report and a budget line.
async fn plant_measure(app: &TestApp, concept: i64, goal: i64, org: &str) {
    let ok = |r: crate::common::Reply| {
        assert_eq!(r.status, 303, "{}", r.text);
        r
    };
    ok(app
        .post_form(
            &format!("/admin/goals/{goal}/measures/new"),
            &[
                ("title", &format!("{MARK} Maßnahme")),
                ("description", &format!("{MARK} Beschreibung")),
                ("lead_organization_id", org),
                ("scope", "county"),
                ("priority", "high"),
                ("status", "planned"),
                ("progress", "0"),
                ("budget_lines.year", "2026"),
                ("budget_lines.amount", "1.000"),
                ("budget_lines.funding_source", &format!("{MARK} Fördertopf")),
                ("public", "0"),
            ],
        )
        .await);
    let measures = app.store.measures_of_concept(concept).await.unwrap();
    let measure = measures
        .iter()
        .find(|m| m.title.starts_with(MARK))
        .expect("planted measure");
    assert!(!measure.public.0);
    ok(app
        .post_form(
            &format!("/admin/measures/{}/reports/new", measure.id),
            &[
                ("reported_on", "2026-06-30"),
                ("status", "in_progress"),
                ("progress", "10"),
                ("narrative", &format!("{MARK} Sachstand")),
            ],
        )
        .await);
}

/// A report the actor filed on a public measure of its organisation: Peine asks for
/// approval, so it waits, unpublished, and the measure keeps its status.
async fn plant_submitted(app: &TestApp) {
    let peine = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(peine.id).await.unwrap().unwrap();
    let user = app.store.user_id("traeger.peine").await.unwrap();
    let token = app.store.create_session(user).await.unwrap();
    let org = app
        .store
        .authenticate(&token)
        .await
        .unwrap()
        .unwrap()
        .organizations[0];
    let measure = app
        .store
        .measures_of_concept(concept.id)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.lead_organization_id == org && m.public.0)
        .expect("a public measure of the actor's organisation");
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("reported_on", "2026-11-30"),
            ("status", "delayed"),
            ("progress", "12"),
            ("narrative", &format!("{MARK} eingereicht")),
            ("reporter_organization_id", &org.to_string()),
        ])
        .finish();
    let r = app
        .send(
            crate::common::session_client(&token)
                .post(format!(
                    "{}/admin/measures/{}/reports/new",
                    app.base, measure.id
                ))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let after = app.store.measure(measure.id).await.unwrap();
    assert_eq!(
        (after.status.as_str(), after.progress),
        (measure.status.as_str(), measure.progress),
        "a report waiting for approval does not set the measure's status"
    );
    // Where it does show: the coordination's list of reports to approve.
    let coordinator = app.session_for("koordination.peine").await;
    let reviews = app
        .send(coordinator.get(format!("{}/admin/bodies/{}/reviews", app.base, peine.id)))
        .await;
    assert!(
        reviews.text.contains(&format!("{MARK} eingereicht")),
        "{}",
        reviews.text
    );
}

/// Translations of the non-public records, which must stay as non-public as they are; the
/// crawl reaches the other languages through each page's language switcher.
async fn translate_planted(
    app: &TestApp,
    (peine, boerde): (i64, i64),
    process: i64,
    public_event: i64,
    paper: i64,
) {
    let translate = |entity: &str, id: i64, field: &str| TranslationInput {
        entity: entity.to_owned(),
        record_id: id,
        field: field.to_owned(),
        text: format!("{MARK} translated"),
        source: String::new(),
    };
    let item = app
        .store
        .agenda_items_of_body(boerde)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.name.starts_with(MARK))
        .unwrap()
        .id;
    let events = app.store.events(process).await.unwrap();
    let event = events
        .iter()
        .find(|e| e.title.starts_with(MARK))
        .unwrap()
        .id;
    let contribution = app
        .store
        .contributions_of_event(public_event)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.text.starts_with(MARK))
        .unwrap()
        .id;
    for (lang, field) in [("en", "name"), ("ar", "name")] {
        app.store
            .set_content_translations(
                peine,
                lang,
                &[
                    translate("papers", paper, field),
                    translate("participation_events", event, "title"),
                    translate("contributions", contribution, "text"),
                ],
            )
            .await
            .unwrap();
        app.store
            .set_content_translations(boerde, lang, &[translate("agenda_items", item, "name")])
            .await
            .unwrap();
    }
}

/// An event the actors of `organizer` document, holding a non-public contribution that
/// another organization brought in (written, then changed): the organizer's actors open the
/// event, its forms and its history, and must read the contribution in none of them.
async fn plant_in_own_event(app: &TestApp, organizer: i64) {
    let participation = app.json("/api/v1/bodies/03157/participation").await;
    let process = participation["data"][0]["id"].as_i64().unwrap();
    let other = app
        .json("/api/v1/bodies/03157/organizations")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .find(|o| *o != organizer)
        .unwrap()
        .to_string();
    let r = app
        .post_form(
            &format!("/admin/processes/{process}/events/new"),
            &[
                ("format", "workshop"),
                ("title", "Sprachcafé der Träger"),
                ("start_date", "2026-05-06"),
                ("organizer_id", &organizer.to_string()),
                ("public", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let event = id_after(&r.location, "/admin/events/");
    let contribution = |text: String| {
        vec![
            ("kind".to_owned(), "need".to_owned()),
            ("text".to_owned(), text),
            ("status".to_owned(), "open".to_owned()),
            ("organization_id".to_owned(), other.clone()),
            ("public".to_owned(), "0".to_owned()),
        ]
    };
    let pairs = contribution(format!("{MARK} fremder Beitrag"));
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app
        .post_form(&format!("/admin/events/{event}/contributions/new"), &pairs)
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let id = app
        .store
        .contributions_of_event(event)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.text.starts_with(MARK))
        .unwrap()
        .id;
    let pairs = contribution(format!("{MARK} fremder Beitrag, ergänzt"));
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app
        .post_form(&format!("/admin/contributions/{id}/edit"), &pairs)
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
}

/// Every administration page an actor of `organizations` may open: its measures, events
/// and contributions, their forms and their histories.
async fn actor_pages(app: &TestApp, organizations: &[i64]) -> Vec<String> {
    let mut pages = Vec::new();
    for (id, ..) in app.store.measures_led_by(organizations).await.unwrap() {
        for page in ["edit", "history", "reports/new"] {
            pages.push(format!("/admin/measures/{id}/{page}"));
        }
    }
    for (id, ..) in app.store.events_organized_by(organizations).await.unwrap() {
        pages.push(format!("/admin/events/{id}"));
        for page in ["edit", "history", "contributions/new"] {
            pages.push(format!("/admin/events/{id}/{page}"));
        }
    }
    for (id, ..) in app
        .store
        .contributions_brought_by(organizations)
        .await
        .unwrap()
    {
        for page in ["edit", "history"] {
            pages.push(format!("/admin/contributions/{id}/{page}"));
        }
    }
    pages
}

/// Local links and URLs in a response: `href`/`src` in HTML, URL strings in JSON.
fn references(base: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["href=\"", "src=\"", "\"http"] {
        let mut rest = text;
        while let Some(i) = rest.find(key) {
            rest = &rest[i + key.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            let raw = if key == "\"http" {
                format!("http{}", &rest[..end])
            } else {
                rest[..end].to_owned()
            };
            let raw = raw.replace("&amp;", "&").replace("\\/", "/");
            let path = raw.strip_prefix(base).map(str::to_owned).unwrap_or(raw);
            if path.starts_with('/') && !path.starts_with("//") {
                out.push(path.split('#').next().unwrap_or_default().to_owned());
            }
        }
    }
    out
}

/// Fetches everything reachable for one client; returns (requests, paths with a marker).
async fn crawl(
    app: &TestApp,
    client: &reqwest::Client,
    logged_in: bool,
    pages: &[String],
) -> (usize, Vec<String>) {
    let mut queue: VecDeque<String> = ["/", "/oparl/v1/system", "/api/openapi.json"]
        .into_iter()
        .map(str::to_owned)
        .chain(pages.iter().cloned())
        .collect();
    if logged_in {
        queue.push_back("/admin/".into());
    }
    // Every GET of the API, for every body and every id up to past the largest in use.
    let doc = app.json("/api/openapi.json").await;
    let keys: Vec<String> = app
        .store
        .list_bodies()
        .await
        .unwrap()
        .into_iter()
        .map(|b| b.key)
        .collect();
    for path in doc["paths"].as_object().unwrap().keys() {
        if doc["paths"][path].get("get").is_none() || path.contains("{code}") {
            continue;
        }
        for key in &keys {
            let p = path.replace("{key}", key).replace("{lang}", "en");
            if p.contains("{id}") {
                for id in 1..=90 {
                    queue.push_back(p.replace("{id}", &id.to_string()));
                }
            } else {
                queue.push_back(p);
            }
            if !path.contains("{key}") {
                break;
            }
        }
    }
    // The search, for the marker itself and for words of the planted records.
    for key in &keys {
        for q in [
            "leck7q",
            "leck",
            "Werkstatt",
            "Vorlage",
            "Beitrag",
            "Maßnahme",
        ] {
            queue.push_back(format!("/{key}/suche?q={q}"));
            queue.push_back(format!("/api/v1/bodies/{key}/search?q={q}&limit=100"));
        }
    }
    // Every stored file by id, whatever its name, under every body.
    for key in &keys {
        for id in 1..=12 {
            queue.push_back(format!("/{key}/dateien/{id}/anlage.pdf"));
        }
    }
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let (mut requests, mut leaks) = (0, Vec::new());
    while let Some(path) = queue.pop_front() {
        // Logging out would end the crawl's session; writes are not reading.
        if path.starts_with("/abmelden") || path.starts_with("/konto/") {
            continue;
        }
        let r = client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        requests += 1;
        let status = r.status().as_u16();
        let bytes = r.bytes().await.unwrap();
        let text = String::from_utf8_lossy(&bytes);
        // A page that failed hides nothing: it must not pass for one that kept the secret.
        if status >= 500 {
            leaks.push(format!("{path} answered {status}"));
        }
        if text.contains(MARK) {
            leaks.push(path.clone());
        }
        for next in references(&app.base, &text) {
            if seen.len() < 20_000 && seen.insert(next.clone()) {
                queue.push_back(next);
            }
        }
    }
    (requests, leaks)
}

async fn non_public_records_never_leak(db: Db) {
    // With rendered pages kept, as served: a page rendered for someone allowed must never
    // be handed to someone who is not.
    let Some(app) = spawn_demo_keeping_pages(db).await else {
        return;
    };
    plant(&app).await;
    // An actor of another organization, and a council member of another body.
    let other_org = app
        .json("/api/v1/bodies/03157/organizations")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .nth(3)
        .unwrap();
    app.store
        .create_user("akteur.anders", "Anderer Träger", None, None)
        .await
        .unwrap();
    app.store
        .grant_role("akteur.anders", Role::Actor, Some("03157"), &[other_org])
        .await
        .unwrap();
    plant_in_own_event(&app, other_org).await;
    let own_pages = actor_pages(&app, &[other_org]).await;
    assert!(
        own_pages
            .iter()
            .any(|p| p.ends_with("/history") && p.contains("/events/")),
        "the actor organizes an event: {own_pages:?}"
    );
    app.store
        .create_user("rat.goerlitz", "Kreisrat Görlitz", None, None)
        .await
        .unwrap();
    app.store
        .grant_role("rat.goerlitz", Role::CouncilMember, Some("14626"), &[])
        .await
        .unwrap();
    let viewers = [
        ("anonymous", app.client.clone(), false, Vec::new()),
        (
            "actor of another organization",
            app.session_for("akteur.anders").await,
            true,
            own_pages,
        ),
        (
            "coordinator of Görlitz",
            app.session_for("koordination.goerlitz").await,
            true,
            Vec::new(),
        ),
        (
            "council member of Görlitz",
            app.session_for("rat.goerlitz").await,
            true,
            Vec::new(),
        ),
    ];
    // The positive control first: those who may read them find the markers by the same
    // crawl (and the pages they saw would be kept, were they kept for anyone).
    let (_, seen) = crawl(
        &app,
        &app.session_for("koordination.peine").await,
        true,
        &[],
    )
    .await;
    for place in [
        "/03157/vorlagen",
        "/03157/massnahmen/",
        "/03157/suche?q=leck7q",
        "/api/v1/bodies/03157/search?q=leck7q",
    ] {
        assert!(
            seen.iter().any(|p| p.starts_with(place)),
            "coordinator sees {place}: {seen:?}"
        );
    }
    let mut report = Vec::new();
    for (who, client, logged_in, pages) in &viewers {
        let (requests, leaks) = crawl(&app, client, *logged_in, pages).await;
        eprintln!(
            "leak test ({db:?}) as {who}: {requests} requests, {} with a marker",
            leaks.len()
        );
        report.extend(leaks.into_iter().map(|p| format!("{who}: {p}")));
    }
    assert!(
        report.is_empty(),
        "markers reached the wrong people:\n{}",
        report.join("\n")
    );
    app.finish().await;
}
both!(non_public_records_never_leak);
