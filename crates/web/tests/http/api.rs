//! The JSON API: the same validation as the forms, 422 with field names, nothing partly written.

use crate::common::{Db, fixture, spawn, spawn_demo};
use serde_json::{Value, json};

async fn invalid_input_is_422_with_field_names(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let measures = format!("/api/v1/goals/{}/measures", f.goal);
    let cases = [
        (
            json!({"title": "", "lead_organization_id": f.lead}),
            "title",
        ),
        (
            json!({"title": "A", "lead_organization_id": f.lead, "start_date": "2024-01-01", "end_date": "2023-12-31"}),
            "end_date",
        ),
        (
            json!({"title": "A", "lead_organization_id": f.lead, "progress": 101}),
            "progress",
        ),
        (
            json!({"title": "A", "lead_organization_id": f.lead, "progress": -1}),
            "progress",
        ),
        (
            json!({"title": "A", "lead_organization_id": 424242}),
            "lead_organization_id",
        ),
        (
            json!({"title": "A", "lead_organization_id": f.lead, "partner_ids": [f.partner, 424242]}),
            "partner_ids",
        ),
        (
            json!({"title": "A", "lead_organization_id": f.lead, "target_group_ids": [424242]}),
            "target_group_ids",
        ),
        (
            json!({"title": "A", "lead_organization_id": f.lead, "status": "urgent"}),
            "status",
        ),
        (
            json!({"title": "A", "lead_organization_id": f.lead, "budget_lines": [{"year": 2023, "amount": "100", "own_share": "200"}]}),
            "budget_lines.own_share",
        ),
    ];
    for (body, field) in cases {
        let r = app.send_json("POST", &measures, &body).await;
        assert_eq!(r.status, 422, "{body}: {}", r.text);
        let v = r.json();
        assert_eq!(v["error"], "validation");
        assert!(v["fields"][field].is_string(), "{body} names {field}: {v}");
    }
    let r = app
        .send_json(
            "POST",
            "/api/v1/bodies",
            &json!({"key": "0315", "name": "X", "kind": "landkreis"}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.json()["fields"]["key"]
            .as_str()
            .unwrap()
            .contains("Stellen")
    );
    let r = app
        .send_json(
            "POST",
            "/api/v1/bodies",
            &json!({"key": "99157", "name": "X", "kind": "landkreis"}),
        )
        .await;
    assert!(
        r.json()["fields"]["key"]
            .as_str()
            .unwrap()
            .contains("kein Land")
    );
    let r = app
        .send_json("POST", "/api/v1/measures/0/progress-reports", &json!({}))
        .await;
    assert_eq!(r.status, 404);
    let r = app.send_json("POST", &measures, &json!([1, 2])).await;
    assert_eq!(r.status, 422);
    let raw = app
        .admin
        .post(format!("{}{measures}", app.base))
        .body("{\"title\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 422, "broken JSON");
    assert_eq!(app.count("measures").await, 0, "nothing written");
    assert_eq!(app.count("bodies").await, 1);
    app.finish().await;
}
both!(invalid_input_is_422_with_field_names);

async fn measure_lifecycle(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let body = json!({
        "code": "1.1", "title": "Kursbörse", "lead_organization_id": f.lead, "partner_ids": [f.partner],
        "target_group_ids": [f.group], "start_date": "2023-01-01", "priority": "high",
        "budget_lines": [{"year": 2023, "amount": 1200.5, "funding_source": "Land", "own_share": "200"}]
    });
    let r = app
        .send_json("POST", &format!("/api/v1/goals/{}/measures", f.goal), &body)
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let m = r.json();
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/api/v1/measures/{}", m["id"]).as_str())
    );
    assert_eq!(m["budget_lines"][0]["amount"], "1200.50");
    assert_eq!(m["status"], "planned");

    // GET → PUT round trips: the API's own output is valid input.
    let mut changed = app.json(&format!("/api/v1/measures/{}", m["id"])).await;
    changed["title"] = json!("Kursbörse kreisweit");
    let r = app
        .send_json("PUT", &format!("/api/v1/measures/{}", m["id"]), &changed)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["title"], "Kursbörse kreisweit");
    assert_eq!(r.json()["budget_lines"], m["budget_lines"]);

    let reports = format!("/api/v1/measures/{}/progress-reports", m["id"]);
    for (on, progress) in [("2023-12-31", 40), ("2023-06-30", 10)] {
        let r = app
            .send_json("POST", &reports, &json!({"reported_on": on, "status": "in_progress", "progress": progress, "narrative": "läuft", "spent": "500,00"}))
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
    }
    let m2 = app.json(&format!("/api/v1/measures/{}", m["id"])).await;
    assert_eq!(
        m2["progress"], 40,
        "the newest report wins, not the last one entered"
    );
    let future = app.send_json("POST", &reports, &json!({"reported_on": "2999-01-01", "status": "in_progress", "progress": 50, "narrative": "x"})).await;
    assert_eq!(future.status, 422);

    let r = app.delete(&format!("/api/v1/measures/{}", m["id"])).await;
    assert_eq!(r.status, 409, "reports keep the measure");
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .contains("eingestellt")
    );
    let r = app
        .delete(&format!("/api/v1/organizations/{}", f.lead))
        .await;
    assert_eq!(r.status, 409, "the lead organisation is in use");
    let r = app
        .delete(&format!("/api/v1/fields-of-action/{}", f.field))
        .await;
    assert_eq!(r.status, 409);
    assert!(r.json()["message"].as_str().unwrap().contains("Ziel"));
    app.finish().await;
}
both!(measure_lifecycle, pgbouncer);

async fn adopting_a_version_supersedes_the_old_one(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/bodies/{}/concepts", f.key),
            &json!({"title": "Integrationskonzept", "kind": "concept", "version_label": "2026", "status": "draft"}),
        )
        .await;
    let new = r.json();
    assert_eq!(
        app.json(&format!("/api/v1/concepts/{}", f.concept)).await["status"],
        "adopted",
        "a draft changes nothing"
    );
    let mut adopt = new.clone();
    adopt["status"] = json!("adopted");
    let r = app
        .send_json("PUT", &format!("/api/v1/concepts/{}", new["id"]), &adopt)
        .await;
    assert_eq!(r.status, 422, "an adopted version needs its date");
    assert!(r.json()["fields"]["adopted_on"].is_string());
    adopt["adopted_on"] = json!("2026-06-30");
    let r = app
        .send_json("PUT", &format!("/api/v1/concepts/{}", new["id"]), &adopt)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["supersedes_id"], json!(f.concept));
    assert_eq!(
        app.json(&format!("/api/v1/concepts/{}", f.concept)).await["status"],
        "superseded"
    );
    app.finish().await;
}
both!(adopting_a_version_supersedes_the_old_one);

async fn non_public_measures_stay_out_of_public_pages_and_api(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", f.goal),
            &json!({"title": "Interne Personalplanung XYZ-SECRET", "lead_organization_id": f.lead, "public": false}),
        )
        .await;
    assert_eq!(r.status, 201);
    let id = r.json()["id"].clone();
    assert_eq!(app.get(&format!("/api/v1/measures/{id}")).await.status, 404);
    assert_eq!(
        app.get(&format!("/{}/massnahmen/{id}", f.key)).await.status,
        404
    );
    for path in [
        format!("/{}/konzepte/{}", f.key, f.concept),
        format!("/api/v1/concepts/{}/measures", f.concept),
        format!("/api/v1/goals/{}/measures", f.goal),
        format!("/api/v1/measures/{id}/progress-reports"),
    ] {
        assert!(!app.get(&path).await.text.contains("XYZ-SECRET"), "{path}");
    }
    app.finish().await;
}
both!(non_public_measures_stay_out_of_public_pages_and_api);

async fn openapi_describes_the_served_paths(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let doc = app.json("/api/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let peine = app.json("/api/v1/bodies/03157").await;
    let concept = app.json("/api/v1/bodies/03157/concepts").await[0].clone();
    let field = app
        .json(&format!(
            "/api/v1/concepts/{}/fields-of-action",
            concept["id"]
        ))
        .await[0]
        .clone();
    let goal = app
        .json(&format!("/api/v1/fields-of-action/{}/goals", field["id"]))
        .await[0]
        .clone();
    let measure = app
        .json(&format!("/api/v1/goals/{}/measures", goal["id"]))
        .await[0]
        .clone();
    let principle = app
        .json(&format!("/api/v1/concepts/{}/principles", concept["id"]))
        .await[0]
        .clone();
    let org = app.json("/api/v1/bodies/03157/organizations").await[0].clone();
    let person = app.json("/api/v1/bodies/03157/persons").await[0].clone();
    let group = app.json("/api/v1/bodies/03157/target-groups").await[0].clone();
    let peine_id = app.store.body_by_key("03157").await.unwrap().id;
    let milestone = serde_json::json!(
        app.store
            .late_milestones(peine_id, "2999-12-31")
            .await
            .unwrap()[0]
            .id
    );
    let resolution = app.json("/api/v1/bodies/03157/resolutions").await[0]["id"].clone();
    let programme = app.json("/api/v1/bodies/03157/funding-programmes").await[0]["id"].clone();
    let mut output = None;
    for c in app.store.concepts(peine_id).await.unwrap() {
        let ids: Vec<i64> = app
            .store
            .measure_list_of_concept(c.id)
            .await
            .unwrap()
            .iter()
            .map(|m| m.id)
            .collect();
        let outputs = app.store.outputs_of_measures(&ids).await.unwrap();
        output = output.or(outputs.values().flatten().next().map(|o| o.id));
    }
    let output = serde_json::json!(output.expect("the demo has outputs"));
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        if item.get("get").is_none() {
            continue;
        }
        let survey = app.json("/api/v1/bodies/14626/surveys").await["data"][0]["id"].clone();
        let id = if path.starts_with("/api/v1/surveys/") {
            &survey
        } else if path.contains("/organizations/{id}") {
            &org["id"]
        } else if path.contains("/persons/{id}") {
            &person["id"]
        } else if path.contains("/target-groups/{id}") {
            &group["id"]
        } else if path.starts_with("/api/v1/concepts/") {
            &concept["id"]
        } else if path.starts_with("/api/v1/principles/") {
            &principle["id"]
        } else if path.starts_with("/api/v1/fields-of-action/") {
            &field["id"]
        } else if path.starts_with("/api/v1/goals/") {
            &goal["id"]
        } else if path.starts_with("/api/v1/milestones/") {
            &milestone
        } else if path.starts_with("/api/v1/resolutions/") {
            &resolution
        } else if path.starts_with("/api/v1/outputs/") {
            &output
        } else if path.starts_with("/api/v1/funding-programmes/") {
            &programme
        } else {
            &measure["id"]
        };
        let mut url = path
            .replace("{key}", peine["key"].as_str().unwrap())
            .replace("{id}", &id.to_string())
            .replace("{code}", "bevoelkerung")
            .replace("{lang}", "en");
        if path.ends_with("/observations") {
            url.push_str("?variable=BEVSTD&region=03157");
        }
        if path.ends_with("/search") {
            url.push_str("?q=Sprachkurs");
        }
        let r = app.get(&url).await;
        assert_eq!(r.status, 200, "{path} as {url}: {}", r.text);
        checked += 1;
    }
    assert!(checked >= 25, "{checked} documented GET paths answered");
    assert!(
        !app.get("/api/v1/bodies/03157/persons")
            .await
            .text
            .contains("email"),
        "no contact details in the public API"
    );
    app.finish().await;
}
both!(openapi_describes_the_served_paths);

async fn dump_round_trip_on_the_same_backend(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let first = app.store.export_body("03157").await.expect("export");
    let Some(other) = spawn(db).await else { return };
    other
        .store
        .import_body(&first, false)
        .await
        .expect("import");
    let second = other
        .store
        .export_body("03157")
        .await
        .expect("export again");
    // The agreed split with Stadt Peine comes back only with the city, which this database
    // does not hold (see the alignment scenario for both bodies); everything else is equal.
    let mut expected = first.clone();
    expected.alignment_notes.clear();
    assert_eq!(
        serde_json::to_string_pretty(&expected).unwrap(),
        serde_json::to_string_pretty(&second).unwrap()
    );
    let again = other.store.import_body(&first, false).await;
    assert!(
        again.is_err(),
        "an existing body is not overwritten without --replace"
    );
    other
        .store
        .import_body(&first, true)
        .await
        .expect("replace");
    assert_eq!(other.store.export_body("03157").await.unwrap(), expected);
    let measures_before = other.count("measures").await;
    let mut broken = first.clone();
    broken.concepts[1].fields_of_action[0].goals[0].measures[0].lead_organization = 999;
    let e = other
        .store
        .import_body(&broken, true)
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("lead_organization"), "{e}");
    assert_eq!(
        other.count("measures").await,
        measures_before,
        "a refused import leaves the data as it was"
    );
    // Resolution tracking travels with its agenda items, papers and measures.
    assert_eq!(first.resolutions.len(), 4, "Peine's tracked resolutions");
    assert!(first.resolutions.iter().any(|r| r.kind == "deferral"
        && r.resubmission_on.as_deref() == Some("2027-03-22")
        && r.agenda_item.is_some()));
    let mut broken = first.clone();
    broken.resolutions[0].agenda_item = Some(9999);
    broken.resolutions[1].status = "done".into();
    broken.resolutions[1].done_on = None;
    let e = other
        .store
        .import_body(&broken, true)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("resolutions[0].agenda_item") && e.contains("resolutions[1].done_on"),
        "{e}"
    );
    assert_eq!(other.count("resolutions").await, 4);
    other.finish().await;
    app.finish().await;
}
both!(dump_round_trip_on_the_same_backend, pgbouncer);

/// Every create and replace endpoint answers an empty object with 422 naming a field.
async fn every_write_endpoint_rejects_an_empty_object(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let m = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", f.goal),
            &json!({"title": "Kursbörse", "lead_organization_id": f.lead}),
        )
        .await
        .json();
    let writes = [
        ("POST", "/api/v1/bodies".to_owned()),
        ("PUT", format!("/api/v1/bodies/{}", f.key)),
        ("POST", format!("/api/v1/bodies/{}/organizations", f.key)),
        ("PUT", format!("/api/v1/organizations/{}", f.lead)),
        ("POST", format!("/api/v1/bodies/{}/persons", f.key)),
        ("POST", format!("/api/v1/bodies/{}/target-groups", f.key)),
        ("PUT", format!("/api/v1/target-groups/{}", f.group)),
        ("POST", format!("/api/v1/bodies/{}/concepts", f.key)),
        ("PUT", format!("/api/v1/concepts/{}", f.concept)),
        ("POST", format!("/api/v1/concepts/{}/principles", f.concept)),
        (
            "POST",
            format!("/api/v1/concepts/{}/fields-of-action", f.concept),
        ),
        ("PUT", format!("/api/v1/fields-of-action/{}", f.field)),
        (
            "POST",
            format!("/api/v1/fields-of-action/{}/goals", f.field),
        ),
        ("PUT", format!("/api/v1/goals/{}", f.goal)),
        ("POST", format!("/api/v1/goals/{}/measures", f.goal)),
        ("PUT", format!("/api/v1/measures/{}", m["id"])),
        (
            "POST",
            format!("/api/v1/measures/{}/progress-reports", m["id"]),
        ),
    ];
    let before = app.store.export_body(&f.key).await.unwrap();
    for (method, path) in &writes {
        let r = app.send_json(method, path, &json!({})).await;
        assert_eq!(r.status, 422, "{method} {path}: {}", r.text);
        let fields = r.json()["fields"].as_object().cloned().unwrap_or_default();
        assert!(!fields.is_empty(), "{method} {path} names the fields");
    }
    assert_eq!(
        app.store.export_body(&f.key).await.unwrap(),
        before,
        "nothing changed"
    );
    app.finish().await;
}
both!(every_write_endpoint_rejects_an_empty_object);

async fn monitoring_api_serves_regions_observations_and_indicators(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let kreise = app.json("/api/v1/regions?level=kreis&parent=03").await;
    assert_eq!(
        kreise["data"].as_array().unwrap().len(),
        45,
        "Kreise of Niedersachsen"
    );
    let peine = app.json("/api/v1/regions/03157").await;
    assert_eq!(
        (peine["name"].as_str(), peine["parent"].as_str()),
        (Some("Peine"), Some("031"))
    );
    assert_eq!(app.get("/api/v1/regions/99999").await.status, 404);
    let bad = app.get("/api/v1/regions?level=dorf").await;
    assert_eq!(bad.status, 422);
    assert!(bad.json()["fields"]["level"].is_string(), "{}", bad.text);
    let obs = app
        .json("/api/v1/statistics/observations?variable=ERW032&region=03157")
        .await;
    let cells = obs["data"].as_array().unwrap();
    assert_eq!(cells.len(), 6);
    assert!(
        cells
            .iter()
            .all(|c| c["value"].is_null() && c["flag"] == "-"),
        "{obs}"
    );
    assert_eq!(
        app.get("/api/v1/statistics/observations?region=03157")
            .await
            .status,
        422
    );
    let list = app.json("/api/v1/bodies/03157/indicators").await;
    assert!(list["data"].as_array().unwrap().len() >= 6);
    let series = app
        .json("/api/v1/bodies/03157/indicators/bevoelkerung?regions=03157,03")
        .await;
    let data = series["data"].as_array().unwrap();
    assert_eq!(data[0]["region"], "03157");
    assert_eq!(data[0]["value"], 137045.0);
    assert_eq!(
        app.get("/api/v1/bodies/03157/indicators/bevoelkerung?regions=abc")
            .await
            .status,
        422
    );
    app.finish().await;
}
both!(monitoring_api_serves_regions_observations_and_indicators);

/// Deleting what is still in use is refused with a reason (409), never a server error, and
/// malformed ids or queries get the API's JSON errors.
async fn deletes_of_records_in_use_are_refused(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let processes = app.json("/api/v1/bodies/03157/participation").await;
    let events: Vec<&Value> = processes["data"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["events"].as_array().unwrap())
        .collect();
    let organizer = events
        .iter()
        .find_map(|e| e["organizer_id"].as_i64())
        .expect("an event with an organizer");
    let traced = events
        .iter()
        .flat_map(|e| e["contributions"].as_array().unwrap())
        .find_map(|c| {
            c["measure_ids"]
                .as_array()
                .and_then(|m| m.first())
                .and_then(Value::as_i64)
        })
        .expect("a contribution taken into a measure");
    let before = (
        app.count("organizations").await,
        app.count("measures").await,
    );
    for path in [
        format!("/api/v1/organizations/{organizer}"),
        format!("/api/v1/measures/{traced}"),
    ] {
        let r = app.delete(&path).await;
        assert_eq!(r.status, 409, "{path}: {}", r.text);
        assert_eq!(r.json()["error"], "conflict");
    }
    assert_eq!(
        (
            app.count("organizations").await,
            app.count("measures").await
        ),
        before
    );
    let r = app.get("/api/v1/measures/null,null").await;
    assert_eq!(
        (r.status, r.json()["error"].as_str()),
        (404, Some("not_found"))
    );
    let r = app.get("/api/v1/regions?level=kreis&level=land").await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"], "validation");
    app.finish().await;
}
both!(deletes_of_records_in_use_are_refused);
