//! Participation over HTTP: where a process stands, who was reached, what became of each
//! contribution (and that internal ones never show), and building it in the administration.

use crate::common::*;

const INTERNAL: &str = "Spannungen in einer Gemeinschaftsunterkunft";

/// All links of a page that match `prefix` followed by digits.
fn links(html: &str, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = html
        .split(&format!("href=\"{prefix}"))
        .skip(1)
        .filter_map(|rest| {
            let id: String = rest.chars().take_while(char::is_ascii_digit).collect();
            (!id.is_empty()).then(|| format!("{prefix}{id}"))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

async fn the_portal_shows_the_process_and_every_contributions_fate(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let r = app.get("/14626/beteiligung").await;
    assert_eq!(r.status, 200);
    for text in [
        "Stand heute: Beratung in den Gremien",
        r#"aria-current="step""#,
        "Sitzung der Steuerungsgruppe</th><td class=\"num\">8</td><td class=\"num\">112</td>",
        "Interviewreihe</th><td class=\"num\">1</td><td class=\"num\">31</td><td>Geflüchtete</td>",
        "Workshop</th><td class=\"num\">2</td><td class=\"num\">21</td>",
        "Befragung</th><td class=\"num\">1</td><td class=\"num\">1.000</td>",
        r#"<svg class="chart""#,
        "5 in Maßnahmen aufgenommen, 1 nicht aufgenommen (mit Begründung), 7 noch offen",
        // What became of the contributions, per format and per target group (of those
        // decided): the online comments' one decided was taken up.
        "Online-Beteiligung</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">100 %</td>",
        "Aufgenommene Beiträge nach Zielgruppe",
        "Planungsraum Raum Zittau",
    ] {
        assert!(r.text.contains(text), "overview lacks {text}");
    }
    // Every public event page: the internal contribution never shows.
    let events = links(&r.text, "/14626/beteiligung/");
    assert_eq!(
        events.len(),
        20,
        "8 + 1 + 1 + 2 + 1 + 1 + 5 events and the online comments"
    );
    let mut fates = 0;
    for e in &events {
        let page = app.get(e).await;
        assert_eq!(page.status, 200, "{e}");
        assert!(
            !page.text.contains(INTERNAL),
            "{e} shows an internal contribution"
        );
        fates += page.text.matches(r#"class="fate fate-"#).count();
    }
    assert_eq!(
        fates, 13,
        "eleven public contributions and two published comments"
    );
    let forum = app
        .get(
            &events
                .iter()
                .find(|e| app_contains(&r.text, e, "Integrationsforum"))
                .unwrap()
                .clone(),
        )
        .await;
    assert!(
        forum
            .text
            .contains("<strong>aufgenommen</strong> in <a href=\"/14626/massnahmen/"),
        "{}",
        forum.text
    );
    let interviews = app
        .get(
            &events
                .iter()
                .find(|e| app_contains(&r.text, e, "Interviews mit Geflüchteten"))
                .unwrap()
                .clone(),
        )
        .await;
    assert!(interviews.text.contains(
        "<strong>nicht aufgenommen</strong>: Der Nahverkehr ist nicht Teil dieses Konzepts"
    ));

    // The measure shows where it came from.
    let measure = forum
        .text
        .split("href=\"/14626/massnahmen/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let m = app.get(&format!("/14626/massnahmen/{measure}")).await;
    assert!(
        m.text.contains("Aus der Beteiligung")
            && m.text
                .contains("Junge Geflüchtete selbst zu Wort kommen lassen")
    );

    // Peine 2006: five working groups, the Beirat idea not taken with its reason.
    let r = app.get("/03157/beteiligung").await;
    assert!(
        r.text
            .contains("Sitzung einer Arbeitsgruppe</th><td class=\"num\">5</td>")
    );
    assert!(r.text.contains(
        "4 in Maßnahmen aufgenommen, 1 nicht aufgenommen (mit Begründung), 2 noch offen"
    ));
    let leitbild = links(&r.text, "/03157/beteiligung/");
    let mut found = false;
    for e in leitbild {
        found |= app
            .get(&e)
            .await
            .text
            .contains("Ein Integrationsbeirat wird vorerst nicht eingerichtet");
    }
    assert!(found);
    app.finish().await;
}
both!(the_portal_shows_the_process_and_every_contributions_fate);

/// Whether the row of the overview that links to `href` has `title`.
fn app_contains(overview: &str, href: &str, title: &str) -> bool {
    overview.contains(&format!("<a href=\"{href}\">{title}</a>"))
}

async fn building_a_process_with_suggestions_and_refusals(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("16065").await.unwrap();
    let concept = app.store.current_concept(body.id).await.unwrap().unwrap();
    let r = app
        .post_form(
            &format!("/admin/concepts/{}/processes/new", concept.id),
            &[("title", "Fortschreibung 2026")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let process = r.location.unwrap();
    // A process without events can go again; one with events cannot.
    let r = app
        .post_form(
            &format!("/admin/concepts/{}/processes/new", concept.id),
            &[("title", "Versehentlich angelegt")],
        )
        .await;
    let extra = r.location.unwrap();
    assert_eq!(
        app.post_form(&format!("{extra}/delete"), &[]).await.status,
        303
    );
    assert_eq!(app.get(&extra).await.status, 404);

    phases_are_checked(&app, &process).await;

    // An event with participants per target group; a bad count is refused.
    let groups = app.store.target_groups(body.id).await.unwrap();
    let (g1, g2) = (
        format!("participants.{}", groups[0].id),
        format!("participants.{}", groups[1].id),
    );
    let r = app
        .post_form(
            &format!("{process}/events/new"),
            &[
                ("format", "workshop"),
                ("title", "Werkstatt Sprache"),
                ("start_date", "2026-05-05"),
                (&g1, "viele"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("„viele“ ist keine Anzahl"));
    let r = app
        .post_form(
            &format!("{process}/events/new"),
            &[
                ("format", "workshop"),
                ("title", "Werkstatt Sprache"),
                ("start_date", "05.05.2026"),
                (&g1, "12"),
                (&g2, "4"),
                ("public", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let event = r.location.unwrap();
    let event_id: i64 = event.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(app.store.event(event_id).await.unwrap().participants(), 16);

    // The suggestion ticks the field whose stems occur, and says why.
    let text = "Mehr Abendsprachkurse für Eltern";
    let r = app
        .post_form(
            &format!("{event}/contributions/new"),
            &[
                ("kind", "need"),
                ("text", text),
                ("status", "open"),
                ("action", "suggest"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(
        r.text.contains("Vorschlag, bitte prüfen und speichern:"),
        "{}",
        r.text
    );
    assert!(r.text.contains("„sprach“ in „Abendsprachkurse“"));
    let fields = app.store.fields_of_action(concept.id).await.unwrap();
    let language = fields
        .iter()
        .find(|f| f.title.contains("Sprache"))
        .expect("a language field in the Kyffhäuser concept");
    assert!(
        r.text
            .contains(&format!(r#"value="{}" checked"#, language.id)),
        "the field is ticked"
    );

    // "Taken" needs a measure, "not taken" a reason.
    let measure = app.store.measures_of_concept(concept.id).await.unwrap()[0]
        .id
        .to_string();
    let field = language.id.to_string();
    let r = app
        .post_form(
            &format!("{event}/contributions/new"),
            &[
                ("kind", "need"),
                ("text", text),
                ("status", "taken"),
                ("field_ids", &field),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("Bitte die Maßnahme(n) wählen"));
    let r = app
        .post_form(
            &format!("{event}/contributions/new"),
            &[
                ("kind", "need"),
                ("text", text),
                ("status", "taken"),
                ("field_ids", &field),
                ("measure_ids", &measure),
                ("public", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let public = app.get(&format!("/16065/beteiligung/{event_id}")).await;
    assert!(public.text.contains(text) && public.text.contains("<strong>aufgenommen</strong> in"));

    an_event_with_contributions_stays(&app, &process, &event, event_id).await;
    event_files_follow_the_event(&app, &event, event_id).await;

    // The coordinator's own stems replace the defaults.
    let r = app
        .post_form(
            &format!("/admin/concepts/{}/keywords", concept.id),
            &[(&format!("stems.{}", language.id), "eltern, kita")],
        )
        .await;
    assert_eq!(r.status, 200);
    let r = app
        .post_form(
            &format!("{event}/contributions/new"),
            &[
                ("kind", "idea"),
                ("text", "Ein Elterncafé"),
                ("status", "open"),
                ("action", "suggest"),
            ],
        )
        .await;
    assert!(r.text.contains("„eltern“ in „Elterncafé“"), "{}", r.text);
    app.finish().await;
}
both!(building_a_process_with_suggestions_and_refusals);

/// An event with contributions cannot be deleted, nor its process.
async fn an_event_with_contributions_stays(
    app: &TestApp,
    process: &str,
    event: &str,
    event_id: i64,
) {
    let r = app.post_form(&format!("{event}/delete"), &[]).await;
    assert_eq!(r.status, 409);
    assert_eq!(
        app.post_form(&format!("{process}/delete"), &[])
            .await
            .status,
        409
    );
    assert!(app.store.event(event_id).await.is_ok());
}

/// Phases: an end before the start is refused and nothing is stored; good dates are.
async fn phases_are_checked(app: &TestApp, process: &str) {
    let r = app
        .post_form(
            &format!("{process}/phases"),
            &[
                ("inventory.start", "2026-03-01"),
                ("inventory.end", "2026-01-31"),
                ("participation.start", "2026-04-01"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("Das Ende liegt vor dem Beginn."));
    assert!(r.text.contains(r#"value="2026-01-31""#), "input kept");
    let id: i64 = process.rsplit('/').next().unwrap().parse().unwrap();
    assert!(app.store.phases(id).await.unwrap().is_empty());
    let r = app
        .post_form(
            &format!("{process}/phases"),
            &[
                ("inventory.start", "2026-01-01"),
                ("inventory.end", "2026-03-31"),
                ("participation.start", "2026-04-01"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(app.store.phases(id).await.unwrap().len(), 2);
}

/// Documentation files: listed and served while the event is public, never through OParl;
/// made internal, the event takes its file with it.
async fn event_files_follow_the_event(app: &TestApp, event: &str, event_id: i64) {
    let upload = |name: &'static str, bytes: &'static [u8]| {
        let (ct, body) = multipart(&[
            ("file", Some(name), bytes),
            ("name", None, b"Protokoll"),
            ("public", None, b"1"),
        ]);
        app.admin
            .post(format!("{}{event}/files", app.base))
            .header("content-type", ct)
            .body(body)
            .send()
    };
    let files_before = app.count_files().await;
    let r = upload("werkstatt.exe", b"MZ\x90\x00\x03\x00\x00\x00")
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(
        app.count_files().await,
        files_before,
        "a refused upload stores nothing"
    );
    let r = upload("werkstatt.txt", b"Ergebnisse der Werkstatt Sprache\n")
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let public = app.get(&format!("/16065/beteiligung/{event_id}")).await;
    let href = public
        .text
        .split("href=\"/16065/dateien/")
        .nth(1)
        .expect("the file is listed")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        app.get(&format!("/16065/dateien/{href}")).await.text,
        "Ergebnisse der Werkstatt Sprache\n"
    );
    let oparl = app.get("/oparl/v1/body/16065/files").await;
    assert!(
        !oparl.text.contains("werkstatt.txt"),
        "event files are not council files"
    );
    // Made internal, the event takes its file with it.
    let r = app
        .post_form(
            &format!("{event}/edit"),
            &[
                ("format", "workshop"),
                ("title", "Werkstatt Sprache"),
                ("start_date", "2026-05-05"),
                ("public", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(app.get(&format!("/16065/dateien/{href}")).await.status, 404);
    assert_eq!(
        app.get(&format!("/16065/beteiligung/{event_id}"))
            .await
            .status,
        404
    );
}

async fn the_api_publishes_what_the_portal_shows(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let doc = app.json("/api/openapi.json").await;
    // Each answer checked against its 200 schema in the OpenAPI document.
    let check = |path: &str, value: &serde_json::Value| {
        // The response schema, with the document's components beside it for its $refs.
        let mut root = doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"]
            .clone();
        root["components"] = doc["components"].clone();
        let validator = jsonschema::validator_for(&root).unwrap_or_else(|e| panic!("{path}: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    };
    let p = app.json("/api/v1/bodies/14626/participation").await;
    check("/api/v1/bodies/{key}/participation", &p);
    let text = p.to_string();
    assert!(
        !text.contains(INTERNAL),
        "internal contributions stay internal"
    );
    let contributions: usize = p["data"][0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["contributions"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        contributions, 13,
        "eleven from the events, two published comments"
    );
    assert_eq!(p["data"][0]["current_phase"], "deliberation");
    assert_eq!(p["data"][0]["events"].as_array().unwrap().len(), 20);
    // The published comments say so, the one said twice with its merged twin; the
    // rejected and the waiting ones are not there.
    let comments: Vec<&serde_json::Value> = p["data"][0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["contributions"].as_array().unwrap())
        .filter_map(|c| c["comment"].as_object().map(|_| &c["comment"]))
        .collect();
    assert_eq!(comments.len(), 2);
    assert_eq!(comments[0]["merged_comments"], 1);
    assert_eq!(comments[1]["lang"], "ar");
    assert!(!text.contains("Zittau saniert") && !text.contains("Planungsräume wieder"));

    let s = app.json("/api/v1/bodies/14626/surveys").await;
    check("/api/v1/bodies/{key}/surveys", &s);
    let list = s["data"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    let closed = list.iter().find(|x| x["status"] == "closed").unwrap()["id"]
        .as_i64()
        .unwrap();
    let open = list.iter().find(|x| x["status"] == "open").unwrap()["id"]
        .as_i64()
        .unwrap();
    let r = app
        .json(&format!("/api/v1/surveys/{closed}/results?by=geschlecht"))
        .await;
    check("/api/v1/surveys/{id}/results", &r);
    assert_eq!(r["n"], 1000);
    assert_eq!(r["weighting"]["method"], "raking");
    // Raked to 108,000 women of 210,000 adults: the share is exact, its standard error 0.
    let sex = r["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["code"] == "geschlecht")
        .unwrap();
    let women = &sex["rows"][0]["cells"][0];
    assert!(
        (women["estimate"].as_f64().unwrap() - 108_000.0 / 210_000.0).abs() < 1e-9,
        "{women}"
    );
    assert!(women["se"].as_f64().unwrap() < 1e-9);
    assert_eq!(
        app.get(&format!("/api/v1/surveys/{open}/results"))
            .await
            .status,
        404,
        "results not published"
    );
    app.finish().await;
}
both!(the_api_publishes_what_the_portal_shows);
