//! The administration forms: they save valid input, reject invalid input at the field in
//! German while keeping what was typed, and write nothing when they reject.

use crate::common::{Db, TestApp, fixture, spawn};

async fn measure_form_saves_and_shows_on_the_public_page(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let (lead, partner, group) = (
        f.lead.to_string(),
        f.partner.to_string(),
        f.group.to_string(),
    );
    let r = app
        .post_form(
            &format!("/admin/goals/{}/measures/new", f.goal),
            &[
                ("code", "1.1"),
                ("title", "Sprachkurse mit Kinderbetreuung"),
                ("lead_organization_id", &lead),
                ("partner_ids", &partner),
                ("target_group_ids", &group),
                ("scope", "county"),
                ("start_date", "01.09.2022"),
                ("end_date", "2025-12-31"),
                ("priority", "high"),
                ("status", "in_progress"),
                ("progress", "20"),
                ("budget_lines.year", "2023"),
                ("budget_lines.amount", "24.000,00"),
                ("budget_lines.funding_source", "Bund"),
                ("budget_lines.own_share", "2.400"),
                ("budget_lines.year", ""),
                ("budget_lines.amount", ""),
                ("budget_lines.funding_source", ""),
                ("budget_lines.own_share", ""),
                ("public", "1"),
                ("public", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/admin/concepts/{}", f.concept).as_str())
    );
    let measures = app
        .json(&format!("/api/v1/goals/{}/measures", f.goal))
        .await;
    let m = &measures[0];
    assert_eq!(m["title"], "Sprachkurse mit Kinderbetreuung");
    assert_eq!(m["start_date"], "2022-09-01", "German dates are read");
    assert_eq!(m["partner_ids"], serde_json::json!([f.partner]));
    assert_eq!(m["budget_lines"][0]["amount"], "24000.00");
    assert_eq!(m["budget_lines"][0]["own_share"], "2400.00");
    let page = app.get(&format!("/{}/massnahmen/{}", f.key, m["id"])).await;
    assert!(page.text.contains("24.000,00 €") && page.text.contains("Caritasverband"));

    // A progress report moves the measure's status and progress.
    let r = app
        .post_form(
            &format!("/admin/measures/{}/reports/new", m["id"]),
            &[
                ("reported_on", "2024-06-30"),
                ("status", "delayed"),
                ("progress", "35"),
                ("narrative", "Kursleitung fehlt."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let m = app.json(&format!("/api/v1/measures/{}", m["id"])).await;
    assert_eq!(
        (m["status"].as_str(), m["progress"].as_i64()),
        (Some("delayed"), Some(35))
    );
    app.finish().await;
}
both!(measure_form_saves_and_shows_on_the_public_page, pgbouncer);

async fn measure_form_rejects_bad_input_at_the_field(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let before = app.count("measures").await;
    let r = app
        .post_form(
            &format!("/admin/goals/{}/measures/new", f.goal),
            &[
                ("title", ""),
                ("description", "Bitte nicht verlieren"),
                ("lead_organization_id", &f.lead.to_string()),
                ("start_date", "2024-05-01"),
                ("end_date", "2023-05-01"),
                ("progress", "140"),
                ("budget_lines.year", "2023"),
                ("budget_lines.amount", "zwölf"),
                ("budget_lines.funding_source", "Land"),
                ("budget_lines.own_share", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    for msg in [
        "Bitte einen Titel angeben.",
        "liegt vor dem Beginn",
        "zwischen 0 und 100",
        "ist kein Geldbetrag",
        "es wurde nichts gespeichert",
    ] {
        assert!(r.text.contains(msg), "message {msg:?} shown");
    }
    assert!(r.text.contains("Bitte nicht verlieren"), "input kept");
    assert!(r.text.contains("value=\"zwölf\""), "budget row kept");
    assert!(
        r.text.contains("aria-invalid=\"true\""),
        "fields marked invalid"
    );
    assert!(
        r.text.contains("href=\"#f-title\""),
        "error summary links to the field"
    );
    assert_eq!(app.count("measures").await, before, "nothing written");

    // An organisation that does not exist (or belongs to another body) is refused too.
    let r = app
        .post_form(
            &format!("/admin/goals/{}/measures/new", f.goal),
            &[("title", "Sprachkurse"), ("lead_organization_id", "987654")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("gibt es in dieser Körperschaft nicht"));
    assert!(r.text.contains("value=\"Sprachkurse\""));
    assert_eq!(app.count("measures").await, before);
    app.finish().await;
}
both!(measure_form_rejects_bad_input_at_the_field);

async fn body_form_rejects_a_malformed_key(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let r = app
        .post_form(
            "/admin/bodies/new",
            &[
                ("key", "3157"),
                ("name", "Landkreis Peine"),
                ("kind", "landkreis"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("2, 3, 5, 8, 9 oder 12 Stellen"));
    assert!(r.text.contains("value=\"Landkreis Peine\""));
    assert_eq!(app.count("bodies").await, 0);
    let r = app
        .post_form(
            "/admin/bodies/new",
            &[
                ("key", "03157"),
                ("name", "Landkreis Peine"),
                ("kind", "landkreis"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = app
        .post_form(
            "/admin/bodies/new",
            &[("key", "03157"), ("name", "Doppelt"), ("kind", "landkreis")],
        )
        .await;
    assert_eq!(r.status, 422, "duplicate key");
    assert!(r.text.contains("gibt es schon"));
    assert_eq!(app.count("bodies").await, 1);
    app.finish().await;
}
both!(body_form_rejects_a_malformed_key);

async fn deleting_a_field_with_goals_is_refused(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let r = app
        .post_form(&format!("/admin/fields/{}/delete", f.field), &[])
        .await;
    assert_eq!(r.status, 409);
    assert!(
        r.text.contains("hat noch 1 Ziel"),
        "explains why: {}",
        r.text
    );
    assert_eq!(app.count("fields_of_action").await, 1);
    assert_eq!(app.count("goals").await, 1);
    // Once the goal is gone, the field can go.
    assert_eq!(
        app.post_form(&format!("/admin/goals/{}/delete", f.goal), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        app.post_form(&format!("/admin/fields/{}/delete", f.field), &[])
            .await
            .status,
        303
    );
    assert_eq!(app.count("fields_of_action").await, 0);
    app.finish().await;
}
both!(deleting_a_field_with_goals_is_refused);

async fn every_admin_page_of_the_demo_renders(db: Db) {
    let Some(app) = crate::common::spawn_demo(db).await else {
        return;
    };
    let mut pages = vec!["/admin/".to_owned(), "/admin/bodies/new".to_owned()];
    for b in app.json("/api/v1/bodies").await.as_array().unwrap() {
        let (id, key) = (b["id"].as_i64().unwrap(), b["key"].as_str().unwrap());
        pages.push(format!("/admin/bodies/{id}"));
        pages.push(format!("/admin/bodies/{id}/edit"));
        pages.push(format!("/admin/bodies/{id}/organizations/new"));
        pages.push(format!("/admin/bodies/{id}/concepts/new"));
        for c in app
            .json(&format!("/api/v1/bodies/{key}/concepts"))
            .await
            .as_array()
            .unwrap()
        {
            let cid = c["id"].as_i64().unwrap();
            pages.push(format!("/admin/concepts/{cid}"));
            pages.push(format!("/admin/concepts/{cid}/edit"));
            for m in app
                .json(&format!("/api/v1/concepts/{cid}/measures"))
                .await
                .as_array()
                .unwrap()
                .iter()
                .take(2)
            {
                pages.push(format!("/admin/measures/{}/edit", m["id"]));
                pages.push(format!("/admin/measures/{}/reports/new", m["id"]));
            }
        }
    }
    for p in &pages {
        let r = app.get(p).await;
        assert_eq!(r.status, 200, "{p}");
        assert!(
            r.text.contains("<main id=\"inhalt\""),
            "{p} uses the layout"
        );
    }
    assert!(pages.len() > 40, "{} pages", pages.len());
    app.finish().await;
}
both!(every_admin_page_of_the_demo_renders);

/// The administration's German path segments moved to English: the old addresses answer
/// with a permanent redirect that keeps the method, the rest of the path and the query.
async fn moved_addresses_lead_to_the_new_ones(db: Db) {
    let Some(app) = crate::common::spawn_demo(db).await else {
        return;
    };
    for (old, new) in [
        ("/admin/konten", "/admin/accounts"),
        ("/admin/statistik", "/admin/statistics"),
        ("/admin/protokoll?konto=admin", "/admin/audit?konto=admin"),
        ("/admin/protokoll.csv", "/admin/audit.csv"),
        ("/admin/measures/3/verlauf", "/admin/measures/3/history"),
    ] {
        let r = app.get(old).await;
        assert_eq!(r.status, 308, "{old}");
        assert_eq!(r.location.as_deref(), Some(new), "{old}");
        assert_eq!(app.get(new).await.status, 200, "{new}");
    }
    let r = app
        .post_form("/admin/konten/someone/erase", &[("confirm", "x")])
        .await;
    assert_eq!(r.status, 308);
    assert_eq!(r.location.as_deref(), Some("/admin/accounts/someone/erase"));
    app.finish().await;
}
both!(moved_addresses_lead_to_the_new_ones);

/// Every create and edit form of the administration refuses an empty submit with a German
/// message at a field, keeps the page usable, and writes nothing.
async fn every_form_rejects_an_empty_submit(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let m = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", f.goal),
            &serde_json::json!({"title": "Kursbörse", "lead_organization_id": f.lead}),
        )
        .await
        .json();
    let person = app
        .send_json(
            "POST",
            &format!("/api/v1/bodies/{}/persons", f.key),
            &serde_json::json!({"name": "Integrationskoordination"}),
        )
        .await
        .json();
    let principle = app
        .send_json(
            "POST",
            &format!("/api/v1/concepts/{}/principles", f.concept),
            &serde_json::json!({"title": "Teilhabe für alle"}),
        )
        .await
        .json();
    let body_id = app.json(&format!("/api/v1/bodies/{}", f.key)).await["id"].clone();
    let forms = [
        "/admin/bodies/new".to_owned(),
        format!("/admin/bodies/{body_id}/edit"),
        format!("/admin/bodies/{body_id}/organizations/new"),
        format!("/admin/organizations/{}/edit", f.lead),
        format!("/admin/organizations/{}/members/new", f.lead),
        format!("/admin/bodies/{body_id}/indicators/new"),
        format!("/admin/bodies/{body_id}/persons/new"),
        format!("/admin/persons/{}/edit", person["id"]),
        format!("/admin/bodies/{body_id}/target-groups/new"),
        format!("/admin/bodies/{body_id}/legislative-terms/new"),
        format!("/admin/bodies/{body_id}/meetings/new"),
        format!("/admin/bodies/{body_id}/papers/new"),
        format!("/admin/bodies/{body_id}/locations/new"),
        format!("/admin/bodies/{body_id}/reporting-cycles/new"),
        format!("/admin/target-groups/{}/edit", f.group),
        format!("/admin/bodies/{body_id}/concepts/new"),
        format!("/admin/concepts/{}/edit", f.concept),
        format!("/admin/concepts/{}/principles/new", f.concept),
        format!("/admin/principles/{}/edit", principle["id"]),
        format!("/admin/concepts/{}/fields/new", f.concept),
        format!("/admin/fields/{}/edit", f.field),
        format!("/admin/fields/{}/goals/new", f.field),
        format!("/admin/goals/{}/edit", f.goal),
        format!("/admin/goals/{}/measures/new", f.goal),
        format!("/admin/measures/{}/edit", m["id"]),
        format!("/admin/measures/{}/reports/new", m["id"]),
    ];
    let tables = [
        "bodies",
        "organizations",
        "persons",
        "target_groups",
        "concepts",
        "principles",
        "fields_of_action",
        "goals",
        "measures",
        "progress_reports",
    ];
    let mut before = Vec::new();
    for t in tables {
        before.push(app.count(t).await);
    }
    let export_before = app.store.export_body(&f.key).await.unwrap();
    for form in &forms {
        assert_eq!(app.get(form).await.status, 200, "GET {form}");
        let r = app.post_form(form, &[]).await;
        assert_eq!(r.status, 422, "POST {form} with nothing: {}", r.text);
        assert!(
            r.text.contains("es wurde nichts gespeichert"),
            "{form}: error summary"
        );
        assert!(
            r.text.contains("Fehler: Bitte"),
            "{form}: a German message at a field"
        );
    }
    for (t, n) in tables.iter().zip(before) {
        assert_eq!(app.count(t).await, n, "{t} unchanged");
    }
    assert_eq!(
        app.store.export_body(&f.key).await.unwrap(),
        export_before,
        "no record changed"
    );
    app.finish().await;
}
both!(every_form_rejects_an_empty_submit);

fn id_after(location: &Option<String>, prefix: &str) -> String {
    location
        .as_deref()
        .and_then(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("redirect {location:?} to {prefix}…"))
        .to_owned()
}

/// A coordinator records a meeting, a paper, the agenda item with its votes and the
/// consultation; the public paper page shows the outcome.
async fn council_is_recorded_through_the_forms(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let body_id = app.json(&format!("/api/v1/bodies/{}", f.key)).await["id"].to_string();
    let lead = f.lead.to_string();
    let r = app
        .post_form(
            &format!("/admin/bodies/{body_id}/locations/new"),
            &[
                ("room", "Mensa"),
                ("street_address", "Am Schulzentrum 35"),
                ("postal_code", "31241"),
                ("locality", "Ilsede"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let bad = app
        .post_form(
            &format!("/admin/bodies/{body_id}/locations/new"),
            &[("room", "Mensa"), ("postal_code", "3124")],
        )
        .await;
    assert_eq!(bad.status, 422, "postcode");
    let meeting_form = format!("/admin/bodies/{body_id}/meetings/new");
    let bad = app
        .post_form(
            &meeting_form,
            &[
                ("name", "Ausschuss"),
                ("organization_ids", &lead),
                ("start_at", "22.03.2022 17:00"),
                ("end_at", "22.03.2022 16:00"),
                ("state", "held"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.text.contains("Das Ende liegt vor dem Beginn."));
    let r = app
        .post_form(
            &meeting_form,
            &[
                ("name", "2. Sitzung des Ausschusses"),
                ("organization_ids", &lead),
                ("start_at", "22.03.2022 17:00"),
                ("end_at", "22.03.2022 19:34"),
                ("state", "held"),
                ("cancelled", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let meeting = id_after(&r.location, "/admin/meetings/");

    let paper_form = format!("/admin/bodies/{body_id}/papers/new");
    let concept = f.concept.to_string();
    let fields = [
        ("reference", "2022/032"),
        ("name", "Integrationskonzept"),
        ("paper_type", "resolution"),
        ("concept_id", concept.as_str()),
        ("finance_total", "12.000"),
        ("finance_own_share", "2.000,50"),
        ("public", "1"),
        ("public", "0"),
    ];
    let r = app.post_form(&paper_form, &fields).await;
    assert_eq!(r.status, 303, "{}", r.text);
    let paper = id_after(&r.location, "/admin/papers/");
    assert_eq!(
        app.post_form(&paper_form, &fields).await.status,
        422,
        "the reference is taken"
    );

    let item_form = format!("/admin/meetings/{meeting}/items/new");
    let bad = app
        .post_form(
            &item_form,
            &[("name", "Integrationskonzept"), ("votes_yes", "10")],
        )
        .await;
    assert_eq!(bad.status, 422, "votes need a result");
    let r = app
        .post_form(
            &item_form,
            &[
                ("number", "Ö 12"),
                ("name", "Integrationskonzept"),
                ("paper_id", &paper),
                ("result", "ungeändert beschlossen"),
                ("votes_yes", "10"),
                ("votes_no", "0"),
                ("votes_abstain", "0"),
                ("public", "1"),
                ("public", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let overview = app.get(&format!("/admin/meetings/{meeting}")).await;
    let item = overview
        .text
        .split("/admin/agenda-items/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("item link")
        .to_owned();

    let cons_form = format!("/admin/papers/{paper}/consultations/new");
    let bad = app
        .post_form(
            &cons_form,
            &[
                ("organization_id", &lead),
                ("role", "preliminary"),
                ("agenda_item_id", &item),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "an agenda item needs its meeting");
    assert!(bad.text.contains("gehört nicht zu dieser Sitzung"));
    let r = app
        .post_form(
            &cons_form,
            &[
                ("organization_id", &lead),
                ("role", "preliminary"),
                ("meeting_id", &meeting),
                ("agenda_item_id", &item),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);

    the_recorded_council_shows(&app, &f.key, &body_id, [&meeting, &paper, &item]).await;
    app.finish().await;
}
both!(council_is_recorded_through_the_forms);

/// What was recorded shows on the public paper page (vote, result, money, date), and every
/// staff page of it opens.
async fn the_recorded_council_shows(
    app: &TestApp,
    key: &str,
    body_id: &str,
    [meeting, paper, item]: [&str; 3],
) {
    let page = app.get(&format!("/{key}/vorlagen/{paper}")).await;
    assert_eq!(page.status, 200);
    // The form gave no count of conflicted members: none is shown (not "befangen: 0").
    assert!(!page.text.contains("befangen"), "no invented count");
    for text in [
        "einstimmig (Ja: 10, Nein: 0, Enthaltungen: 0)",
        "ungeändert beschlossen",
        "12.000,00 €",
        "2.000,50 €",
        "Di, 22.03.2022",
    ] {
        assert!(page.text.contains(text), "public paper page shows {text}");
    }
    for p in [
        format!("/admin/papers/{paper}"),
        format!("/admin/papers/{paper}/edit"),
        format!("/admin/meetings/{meeting}/edit"),
        format!("/admin/agenda-items/{item}/edit"),
        format!("/admin/bodies/{body_id}"),
    ] {
        assert_eq!(app.get(&p).await.status, 200, "{p}");
    }
}

/// Reports owed to committees show on the dashboard with their due date; overdue ones say
/// so in words; "Bericht erstattet" moves the next date on by the interval.
async fn reporting_cycles_are_tracked(db: Db) {
    let Some(app) = crate::common::spawn_demo(db).await else {
        return;
    };
    let dash = app.get("/admin/").await;
    assert!(
        dash.text
            .contains("Bericht über Ziele, Maßnahmen und Umsetzungsstand"),
        "Kyffhäuser's yearly report is due"
    );
    assert!(
        dash.text
            .contains("Stand der Arbeiten am Integrationskonzept"),
        "Börde's committee asked to be kept informed"
    );
    assert!(
        dash.text
            .contains("05.11.2026 <strong class=\"status status-delayed\">überfällig</strong>"),
        "overdue in words"
    );
    let body = app.store.body_by_key("16065").await.unwrap();
    let page = app.get(&format!("/admin/bodies/{}", body.id)).await;
    let id = page
        .text
        .split("/admin/reporting-cycles/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("cycle")
        .to_owned();
    let r = app
        .post_form(&format!("/admin/reporting-cycles/{id}/done"), &[])
        .await;
    assert_eq!(r.status, 303);
    let page = app.get(&format!("/admin/bodies/{}", body.id)).await;
    assert!(page.text.contains("05.11.2027"), "next report a year later");
    let bad = app
        .post_form(
            &format!("/admin/bodies/{}/reporting-cycles/new", body.id),
            &[("title", "Bericht"), ("interval_months", "0")],
        )
        .await;
    assert_eq!(bad.status, 422);
    app.finish().await;
}
both!(reporting_cycles_are_tracked);

/// A paper names the measures it concerns; the public paper page links them, and a measure
/// of another body is refused.
async fn papers_link_the_measures_they_concern(db: Db) {
    let Some(app) = crate::common::spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(peine.id).await.unwrap().unwrap();
    let measures = app.store.measures_of_concept(concept.id).await.unwrap();
    let (a, b) = (measures[0].id.to_string(), measures[1].id.to_string());
    let form = format!("/admin/bodies/{}/papers/new", peine.id);
    let fields = |ids: Vec<String>| {
        let mut f = vec![
            ("reference".to_owned(), "2023/101".to_owned()),
            ("name".into(), "Sachstand Sprachkurse".into()),
            ("paper_type".into(), "notice".into()),
            ("public".into(), "1".into()),
        ];
        f.extend(ids.into_iter().map(|i| ("measure_ids".to_owned(), i)));
        f
    };
    let post = |f: Vec<(String, String)>| {
        let pairs: Vec<(&str, &str)> = f
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect::<Vec<_>>();
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        app.admin
            .post(format!("{}{form}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let boerde = app.store.body_by_key("15083").await.unwrap();
    let foreign = app
        .store
        .measures_of_concept(
            app.store
                .current_concept(boerde.id)
                .await
                .unwrap()
                .unwrap()
                .id,
        )
        .await
        .unwrap()[0]
        .id;
    let r = post(fields(vec![a.clone(), foreign.to_string()]))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422, "a measure of another body");
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("gibt es in dieser Körperschaft nicht")
    );
    let r = post(fields(vec![a.clone(), b.clone()])).await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let paper = r.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/admin/papers/")
        .to_owned();
    let page = app.get(&format!("/03157/vorlagen/{paper}")).await;
    for m in [&measures[0], &measures[1]] {
        assert!(
            page.text.contains(&format!("/03157/massnahmen/{}\"", m.id)),
            "links measure {}",
            m.title
        );
    }
    let edit = app.get(&format!("/admin/papers/{paper}/edit")).await;
    assert!(
        edit.text.contains(&format!("value=\"{a}\" checked")),
        "the edit form shows the links"
    );
    app.finish().await;
}
both!(papers_link_the_measures_they_concern);

/// A member is added to a committee through the form, shows in the admin and in OParl
/// (embedded in the person, listed by the organisation), and can be removed again.
async fn memberships_are_kept_and_published(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let person = app
        .send_json(
            "POST",
            &format!("/api/v1/bodies/{}/persons", f.key),
            // Persons are private unless made public (GDPR Art. 25(2)).
            &serde_json::json!({"name": "Integrationskoordination", "public": true}),
        )
        .await
        .json();
    let body_id = app.json(&format!("/api/v1/bodies/{}", f.key)).await["id"].clone();
    let form = format!("/admin/organizations/{}/members/new", f.lead);
    let bad = app
        .post_form(
            &form,
            &[
                ("person_id", &person["id"].to_string()),
                ("start_date", "2024-05-01"),
                ("end_date", "2024-01-01"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "end before start");
    assert!(bad.text.contains("Fehler:"), "{}", bad.text);
    let ok = app
        .post_form(
            &form,
            &[
                ("person_id", &person["id"].to_string()),
                ("role", "Vorsitz"),
                ("voting_right", "1"),
                ("start_date", "2024-01-01"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text);
    let overview = app.get(&format!("/admin/bodies/{body_id}")).await.text;
    assert!(
        overview.contains("Integrationskoordination (Vorsitz)"),
        "listed in the admin"
    );

    let p = app
        .json(&format!("/oparl/v1/person/{}", person["id"]))
        .await;
    let m = &p["membership"][0];
    assert_eq!(m["role"], "Vorsitz");
    assert_eq!(m["votingRight"], true);
    assert_eq!(m["startDate"], "2024-01-01");
    let id = m["id"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let org = app
        .json(&format!("/oparl/v1/organization/{}", f.lead))
        .await;
    assert_eq!(org["membership"][0], m["id"]);
    let own = app.json(&format!("/oparl/v1/membership/{id}")).await;
    assert_eq!(own["person"], p["id"]);

    let r = app
        .post_form(&format!("/admin/memberships/{id}/delete"), &[])
        .await;
    assert_eq!(r.status, 303);
    let p = app
        .json(&format!("/oparl/v1/person/{}", person["id"]))
        .await;
    assert!(p.get("membership").is_none(), "{p}");
    let gone = app.json(&format!("/oparl/v1/membership/{id}")).await;
    assert_eq!(gone["deleted"], true);
    let listed = app
        .json(&format!("/oparl/v1/body/{}/memberships", f.key))
        .await;
    assert_eq!(
        listed["data"].as_array().unwrap().len(),
        0,
        "hidden without modified_since"
    );
    app.finish().await;
}
both!(memberships_are_kept_and_published);
