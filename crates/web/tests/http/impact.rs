//! Impact-oriented steering end to end: an indicator's level constrains what it may be
//! (output indicators belong to measures; the catalogue refuses them with a field error in
//! the form); the API lists each indicator's level; a measure's outputs with targets are kept, wrong input names its
//! field and stores nothing; output values come with progress reports (only the measure's
//! own outputs); a reported output value changes the measure's light and stand in the
//! status PDF (`pdftotext`); reported outputs cannot be deleted; the API of a non-public
//! measure's outputs answers 404; the dump keeps outputs and values. The impact chain links
//! measures, outputs, goals and indicators with their assumptions on the portal (internal
//! measures only for readers), in the API and the dump; a wrong link is refused.

use crate::common::{Db, fixture, spawn};
use std::process::Command;

both!(indicator_levels_constrain_their_links);
async fn indicator_levels_constrain_their_links(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let f = fixture(&app).await;
    let body = app.store.body_by_key(&f.key).await.unwrap().id;

    // The catalogue takes outcome and impact indicators; an output indicator is refused
    // with a field error, in the form and in the API, and nothing is stored.
    let before = app.store.indicators(body).await.unwrap().len();
    let output_indicator = [
        ("name", "Sprachkurse durchgeführt"),
        ("code", "kurse"),
        ("formula", "BEVSTD"),
        ("direction", "higher"),
        ("level", "output"),
    ];
    let r = app
        .post_form(
            &format!("/admin/bodies/{body}/indicators/new"),
            &output_indicator,
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(r.text.contains("gehört zu einer Maßnahme"), "{}", r.text);
    assert_eq!(app.store.indicators(body).await.unwrap().len(), before);
    let mut impact = output_indicator.to_vec();
    impact[1] = ("code", "einwohner_gesamt");
    impact[4] = ("level", "impact");
    let r = app
        .post_form(&format!("/admin/bodies/{body}/indicators/new"), &impact)
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let listed = app
        .json(&format!("/api/v1/bodies/{}/indicators", f.key))
        .await;
    assert!(
        listed["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["code"] == "einwohner_gesamt" && i["level"] == "impact"),
        "{listed}"
    );
    assert_eq!(app.store.indicators(body).await.unwrap().len(), before + 1);

    app.finish().await;
}

both!(outputs_rate_measures_in_the_status_report);
async fn outputs_rate_measures_in_the_status_report(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let f = fixture(&app).await;

    // A measure over the year 2026 with an output: 20 language courses.
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", f.goal),
            &serde_json::json!({"code": "7.1", "title": "Abendsprachkurse", "lead_organization_id": f.lead,
                "start_date": "2026-01-01", "end_date": "2026-12-31", "status": "in_progress", "public": true}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let measure = r.json()["id"].as_i64().unwrap();
    let r = app
        .post_form(
            &format!("/admin/measures/{measure}/outputs/new"),
            &[("name", ""), ("target", "0")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("größer als 0"), "{}", r.text);
    assert_eq!(app.count("outputs").await, 0);
    let r = app
        .post_form(
            &format!("/admin/measures/{measure}/outputs/new"),
            &[
                ("name", "Sprachkurse durchgeführt"),
                ("unit", "Kurse"),
                ("target", "20"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let outputs = app.store.outputs_of_measure(measure).await.unwrap();
    assert_eq!(outputs.len(), 1);
    let output = outputs[0].id;

    // A report without output values: the light follows the status.
    let report = |day: &str, outputs: serde_json::Value| {
        serde_json::json!({"reported_on": day, "status": "in_progress", "progress": "80",
            "narrative": "Die Kurse laufen.", "outputs": outputs})
    };
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/measures/{measure}/progress-reports"),
            &report("2026-06-01", serde_json::json!([])),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let day = time::macros::date!(2026 - 07 - 02);
    let (green, text_before) = status_of(&app, day, "Abendsprachkurse").await;
    assert_eq!(green, "green");

    // Another measure's output is refused on this measure's report; nothing is stored.
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", f.goal),
            &serde_json::json!({"title": "Elterncafé", "lead_organization_id": f.lead}),
        )
        .await;
    let other = r.json()["id"].as_i64().unwrap();
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/measures/{other}/progress-reports"),
            &report(
                "2026-07-01",
                serde_json::json!([{"output_id": output, "value": "2"}]),
            ),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(r.json()["fields"]["outputs"].is_string(), "{}", r.text);
    assert_eq!(app.count("output_values").await, 0);
    assert_eq!(app.store.progress_reports(other).await.unwrap().len(), 0);

    // Two of twenty courses by 1 July, half the year gone: far behind — red, 10 %,
    // although the reporter typed 80 %. The form's field shape stores the same.
    let r = app
        .post_form(
            &format!("/admin/measures/{measure}/reports/new"),
            &[
                ("reported_on", "2026-07-01"),
                ("status", "in_progress"),
                ("progress", "80"),
                ("narrative", "Zwei Kurse sind gelaufen."),
                (&format!("outputs.{output}"), "2"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(app.count("output_values").await, 1);
    let (red, text_after) = status_of(&app, day, "Abendsprachkurse").await;
    assert_eq!(red, "red");
    if let (Some(before), Some(after)) = (text_before, text_after) {
        // "(Outputs)" marks a stand read from outputs (and is named once in the legend).
        let marked = |t: &str| t.matches("(Outputs)").count();
        assert_eq!(marked(&after), marked(&before) + 1, "{after}");
        assert!(
            before.contains("Output Sprachkurse durchgeführt: noch nichts"),
            "{before}"
        );
        for s in ["Output Sprachkurse durchgeführt: 2 von 20", "10 %"] {
            assert!(after.contains(s), "{s} in\n{after}");
        }
    }
    // Eleven courses reported later: on track again for a day after that report.
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/measures/{measure}/progress-reports"),
            &report(
                "2026-07-10",
                serde_json::json!([{"output_id": output, "value": "11"}]),
            ),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let (light, _) = status_of(
        &app,
        time::macros::date!(2026 - 07 - 12),
        "Abendsprachkurse",
    )
    .await;
    assert_eq!(light, "green");

    served_kept_and_dumped(&app, &f, measure, output).await;
    app.finish().await;
}

/// After the reports: the API gives the output's last value and the rating; a reported
/// output cannot be deleted; a non-public measure's outputs are not served; the dump
/// keeps outputs and values.
async fn served_kept_and_dumped(
    app: &crate::common::TestApp,
    f: &crate::common::Fixture,
    measure: i64,
    output: i64,
) {
    // The API: the output with its last value and the rating it gives.
    let v = app
        .json(&format!("/api/v1/measures/{measure}/outputs"))
        .await;
    assert_eq!(v["outputs"][0]["reported"], "11", "{v}");
    assert_eq!(v["outputs"][0]["target"], "20", "{v}");
    assert!(v["rating"]["attained_percent"].as_i64() == Some(55), "{v}");
    // A reported output stays; the page lists it.
    let r = app
        .post_form(&format!("/admin/outputs/{output}/delete"), &[])
        .await;
    assert_ne!(r.status, 303, "{}", r.text);
    assert_eq!(app.count("outputs").await, 1);
    let r = app.get(&format!("/admin/measures/{measure}/outputs")).await;
    assert_eq!(r.status, 200);
    assert!(
        r.text.contains("Sprachkurse durchgeführt") && r.text.contains("11 Kurse"),
        "{}",
        r.text
    );

    // A non-public measure's outputs are not served.
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/measures/{measure}"),
            &serde_json::json!({"title": "Abendsprachkurse", "lead_organization_id": f.lead, "public": false}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let anonymous = reqwest::Client::new();
    let r = app
        .send(anonymous.get(format!("{}/api/v1/measures/{measure}/outputs", app.base)))
        .await;
    assert_eq!(r.status, 404, "{}", r.text);

    // The dump keeps outputs and their values.
    let dump = app.store.export_body(&f.key).await.unwrap();
    let json = serde_json::to_string(&dump).unwrap();
    assert!(
        json.contains("\"target_hundredths\":2000"),
        "outputs in the dump"
    );
    assert!(
        json.contains("\"value_hundredths\":1100"),
        "values in the dump"
    );
}

/// The light of a measure in the internal status report for a day, and the PDF's text
/// (when poppler-utils is installed).
async fn status_of(
    app: &crate::common::TestApp,
    day: time::Date,
    title: &str,
) -> (String, Option<String>) {
    let request = teilhabe_report::Request {
        body_key: "03157".into(),
        kind: teilhabe_report::Kind::Status,
        as_of: Some(day),
        since: None,
        paper: None,
        concept_id: None,
        public_url: "https://teilhabe.example".into(),
        audience: teilhabe_report::Audience::Internal,
        created: Some(time::macros::datetime!(2026-07-02 10:00:00)),
    };
    let prepared = teilhabe_report::prepare(&app.store, &request)
        .await
        .expect("prepared");
    let data = prepared.data();
    let light = data["fields"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["measures"].as_array().unwrap().iter())
        .find(|m| m["title"] == title)
        .unwrap_or_else(|| panic!("{title} in {data}"))["light"]
        .as_str()
        .unwrap()
        .to_owned();
    let pdf = prepared.pdf().expect("typeset");
    let path = std::env::temp_dir().join(format!(
        "teilhabe-impact-{}-{}.pdf",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::write(&path, &pdf).unwrap();
    let text = Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    let _ = std::fs::remove_file(&path);
    if text.is_none() {
        assert!(
            std::env::var_os("TEILHABE_REQUIRE_TOOLS").is_none(),
            "TEILHABE_REQUIRE_TOOLS is set, but pdftotext is missing"
        );
    }
    (light, text)
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

both!(the_chain_links_measures_outputs_goals_and_indicators);
async fn the_chain_links_measures_outputs_goals_and_indicators(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let f = fixture(&app).await;
    let body = app.store.body_by_key(&f.key).await.unwrap().id;
    let measure = |title: &str, public: bool| {
        serde_json::json!({"title": title, "lead_organization_id": f.lead, "start_date": "2026-01-01",
            "end_date": "2026-12-31", "status": "in_progress", "public": public})
    };
    let mut ids = Vec::new();
    for (title, public) in [("Kursbörse", true), ("Interne Trägerrunde", false)] {
        let r = app
            .send_json(
                "POST",
                &format!("/api/v1/goals/{}/measures", f.goal),
                &measure(title, public),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
        ids.push(r.json()["id"].as_i64().unwrap());
    }
    let (public, internal) = (ids[0], ids[1]);
    let r = app
        .post_form(
            &format!("/admin/measures/{public}/outputs/new"),
            &[
                ("name", "Kurse veröffentlicht"),
                ("unit", "Kurse"),
                ("target", "40"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let indicator = indicator_target(&app, &f, body).await;

    // An assumption for a goal without an indicator target is refused; nothing is stored.
    let chain = format!("/admin/concepts/{}/impact-chain", f.concept);
    let r = app.get(&chain).await;
    assert_eq!(r.status, 200);
    assert!(
        r.text.contains(&format!("name=\"m.{internal}\"")),
        "{}",
        r.text
    );
    let m_public = format!("m.{public}");
    let m_internal = format!("m.{internal}");
    let g = format!("g.{}", f.goal);
    let r = app
        .post_form(
            &chain,
            &[
                (
                    m_public.as_str(),
                    "Wer schnell einen Kurs findet, beginnt früher.",
                ),
                ("g.999999", "Falsch zugeordnet."),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(r.text.contains("keine Zielgröße"), "{}", r.text);
    assert_eq!(app.count("measure_assumptions").await, 0);

    let r = app
        .post_form(
            &chain,
            &[
                (
                    m_public.as_str(),
                    "Wer schnell einen Kurs findet, beginnt früher.",
                ),
                (m_internal.as_str(), "Die Träger stimmen ihr Angebot ab."),
                (g.as_str(), "Mehr Einwohner heißt mehr Kursbedarf."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(app.count("measure_assumptions").await, 2);

    // The portal page: goal, indicator with level and target, the public measure with its
    // output and assumption; the internal measure and its assumption only for readers.
    let page = app
        .get(&format!("/{}/konzepte/{}/wirkungskette", f.key, f.concept))
        .await;
    assert_eq!(page.status, 200);
    for shown in [
        "Einwohnerzahl (Impact",
        "1.000 bis 2030",
        "Kursbörse",
        "Wer schnell einen Kurs findet, beginnt früher.",
        "Kurse veröffentlicht: – / 40 Kurse",
        "Mehr Einwohner heißt mehr Kursbedarf.",
    ] {
        assert!(page.text.contains(shown), "{shown} in {}", page.text);
    }
    assert!(!page.text.contains("Interne Trägerrunde"));
    assert!(!page.text.contains("Die Träger stimmen ihr Angebot ab."));
    let admin = app
        .send(app.admin.get(format!(
            "{}/{}/konzepte/{}/wirkungskette",
            app.base, f.key, f.concept
        )))
        .await;
    assert!(admin.text.contains("Die Träger stimmen ihr Angebot ab."));
    let english = app
        .get(&format!(
            "/{}/konzepte/{}/wirkungskette?sprache=en",
            f.key, f.concept
        ))
        .await;
    assert!(english.text.contains("Impact chain"), "{}", english.text);

    // The API: the same chain, the internal measure only for readers.
    let api = app
        .json(&format!("/api/v1/concepts/{}/impact-chain", f.concept))
        .await;
    let measures = &api["fields"][0]["goals"][0]["measures"];
    assert_eq!(measures.as_array().unwrap().len(), 1, "{api}");
    assert_eq!(
        measures[0]["assumption"],
        "Wer schnell einen Kurs findet, beginnt früher."
    );
    assert_eq!(
        api["fields"][0]["goals"][0]["target"]["assumption"],
        "Mehr Einwohner heißt mehr Kursbedarf."
    );

    kept_reported_and_dumped(&app, &f, indicator).await;

    app.finish().await;
}

/// Changing the goal's target keeps the link's assumption; the dump carries both kinds; the
/// status report has the chain.
async fn kept_reported_and_dumped(
    app: &crate::common::TestApp,
    f: &crate::common::Fixture,
    indicator: i64,
) {
    // Changing the goal's target keeps the link's assumption; the dump carries both kinds.
    let r = app
        .post_form(
            &format!("/admin/goals/{}/indicator", f.goal),
            &[
                ("indicator_id", indicator.to_string().as_str()),
                ("target_value", "1200"),
                ("target_year", "2031"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let target = app.store.goal_target(f.goal).await.unwrap().unwrap();
    assert_eq!(
        target.assumption.as_deref(),
        Some("Mehr Einwohner heißt mehr Kursbedarf.")
    );
    let dump = serde_json::to_string(&app.store.export_body(&f.key).await.unwrap()).unwrap();
    assert!(dump.contains("Die Träger stimmen ihr Angebot ab."));
    assert!(dump.contains("Mehr Einwohner heißt mehr Kursbedarf."));

    // The status report's chain: the goal with its indicator, each measure with its output
    // and assumption (an internal report shows the internal measure too).
    let (_, text) = status_of(app, time::macros::date!(2026 - 07 - 02), "Kursbörse").await;
    if let Some(text) = text {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for shown in [
            "Wirkungskette",
            "Gemessen an: Einwohnerzahl (Impact): Zielwert 1.200 bis 2031",
            "Annahme: Wer schnell einen Kurs findet, beginnt früher.",
            "Output Kurse veröffentlicht: noch nichts gemeldet",
            "Interne Trägerrunde (nicht öffentlich)",
        ] {
            assert!(flat.contains(shown), "{shown} in {flat}");
        }
    }
}

/// An impact indicator as the fixture goal's target: 1,000 inhabitants by 2030.
async fn indicator_target(
    app: &crate::common::TestApp,
    f: &crate::common::Fixture,
    body: i64,
) -> i64 {
    let r = app
        .post_form(
            &format!("/admin/bodies/{body}/indicators/new"),
            &[
                ("name", "Einwohnerzahl"),
                ("code", "einwohner"),
                ("formula", "BEVSTD"),
                ("direction", "higher"),
                ("level", "impact"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let indicator = app
        .store
        .indicator_by_code(body, "einwohner")
        .await
        .unwrap()
        .id;
    let r = app
        .post_form(
            &format!("/admin/goals/{}/indicator", f.goal),
            &[
                ("indicator_id", indicator.to_string().as_str()),
                ("target_value", "1000"),
                ("target_year", "2030"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);

    indicator
}
