//! Revision end to end: the next version made from the one in force through the
//! administration's form (refused input keeps what was typed and stores nothing), the
//! measures' history across versions, the comparison as a page and as JSON checked against
//! differences computed here from the two versions' records, and the dump round trip of
//! the lineage.

use crate::common::{Db, TestApp, fixture, spawn};
use serde_json::{Value, json};
use std::collections::BTreeSet;

async fn measure(app: &TestApp, goal: i64, lead: i64, code: &str, title: &str) -> i64 {
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{goal}/measures"),
            &json!({"code": code, "title": title, "lead_organization_id": lead, "description": "Für alle, die neu im Landkreis sind."}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()["id"].as_i64().unwrap()
}

/// Every (kind, title) of a version, read through the API.
async fn titles(app: &TestApp, concept: i64) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let list = |v: Value| v.as_array().cloned().unwrap_or_default();
    for p in list(
        app.json(&format!("/api/v1/concepts/{concept}/principles"))
            .await,
    ) {
        out.insert(("principle".into(), p["title"].as_str().unwrap().to_owned()));
    }
    for f in list(
        app.json(&format!("/api/v1/concepts/{concept}/fields-of-action"))
            .await,
    ) {
        out.insert(("field".into(), f["title"].as_str().unwrap().to_owned()));
        for g in list(
            app.json(&format!("/api/v1/fields-of-action/{}/goals", f["id"]))
                .await,
        ) {
            out.insert(("goal".into(), g["title"].as_str().unwrap().to_owned()));
        }
    }
    for m in list(
        app.json(&format!("/api/v1/concepts/{concept}/measures"))
            .await,
    ) {
        out.insert(("measure".into(), m["title"].as_str().unwrap().to_owned()));
    }
    out
}

both!(a_new_version_carries_the_old_one_over);
async fn a_new_version_carries_the_old_one_over(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/concepts/{}/principles", f.concept),
            &json!({"title": "Vielfalt ist Stärke", "text": "Wir begegnen allen mit Respekt."}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let course = measure(&app, f.goal, f.lead, "1.1", "Kursbörse").await;
    let cafe = measure(&app, f.goal, f.lead, "1.2", "Sprachcafé").await;
    let parents = measure(&app, f.goal, f.lead, "1.3", "Elternkurse").await;
    let guide = measure(&app, f.goal, f.partner, "1.4", "Wegweiser").await;
    let report = app
        .send_json(
            "POST",
            &format!("/api/v1/measures/{course}/progress-reports"),
            &json!({"reported_on": "2024-06-30", "status": "in_progress", "progress": 40, "narrative": "Zwölf Kurse vermittelt."}),
        )
        .await;
    assert_eq!(report.status, 201, "{}", report.text);

    let path = format!("/admin/concepts/{}/successor", f.concept);
    let form = app.get(&path).await;
    assert_eq!(form.status, 200);
    for text in [
        "Kursbörse",
        "Sprachcafé",
        "Elternkurse",
        "Wegweiser",
        "name=\"decision_",
    ] {
        assert!(form.text.contains(text), "{text} in the form");
    }

    let concepts_before = app.count("concepts").await;
    let measures_before = app.count("measures").await;
    refused_input_is_kept(&app, &path, [course, cafe, parents, guide]).await;
    let [course_s, cafe_s, parents_s, guide_s] =
        [course, cafe, parents, guide].map(|id| id.to_string());
    let decision = |id: &str| format!("decision_{id}");
    let reason = |id: &str| format!("reason_{id}");

    let made = app
        .post_form(
            &path,
            &[
                ("title", "Integrationskonzept 2030"),
                ("version_label", "2030"),
                (&decision(&course_s), "continue"),
                (&decision(&cafe_s), "change"),
                (&decision(&parents_s), "end"),
                (&reason(&parents_s), "Das Landesprogramm ist ausgelaufen."),
                (&decision(&guide_s), "drop"),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.text);
    let draft: i64 = made
        .location
        .as_deref()
        .and_then(|l| l.strip_prefix("/admin/concepts/"))
        .and_then(|id| id.parse().ok())
        .expect("redirect to the draft");
    let new = app.json(&format!("/api/v1/concepts/{draft}")).await;
    assert_eq!(new["status"], "draft");
    assert_eq!(new["supersedes_id"], f.concept);
    let old = app.json(&format!("/api/v1/concepts/{}", f.concept)).await;
    assert_eq!(
        old["status"], "adopted",
        "the version in force is untouched"
    );
    assert_eq!(app.count("measures").await, measures_before + 2);

    // Carried measures remember their origin; the reports stay where they were written and
    // the continued measure's page shows them.
    let carried = app
        .json(&format!("/api/v1/concepts/{draft}/measures"))
        .await;
    let carried = carried.as_array().unwrap();
    let origins: BTreeSet<i64> = carried
        .iter()
        .map(|m| m["carried_from_id"].as_i64().expect("carried_from_id"))
        .collect();
    assert_eq!(origins, BTreeSet::from([course, cafe]));
    let successor = carried
        .iter()
        .find(|m| m["carried_from_id"] == course)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(app.count("progress_reports").await, 1);
    let page = app.get(&format!("/{}/massnahmen/{successor}", f.key)).await;
    assert!(
        page.text.contains("Zwölf Kurse vermittelt."),
        "{}",
        page.text
    );
    assert!(
        page.text.contains("Integrationskonzept (2022)"),
        "{}",
        page.text
    );

    // A second draft from the same version while this one is open: refused, said on the form.
    let again = app
        .post_form(&path, &[("title", "Noch eins"), ("version_label", "2031")])
        .await;
    assert_eq!(again.status, 422);
    assert!(
        again.text.contains("soll diese Fassung schon ablösen"),
        "{}",
        again.text
    );
    assert_eq!(app.count("concepts").await, concepts_before + 1);

    // Change the carried Sprachcafé's title in the draft, then compare.
    let cafe_new = carried
        .iter()
        .find(|m| m["carried_from_id"] == cafe)
        .unwrap()
        .clone();
    let mut edited = cafe_new.clone();
    edited["title"] = json!("Sprachcafé für Familien");
    edited["description"] = json!("Für Familien, die neu im Landkreis sind.");
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/measures/{}", cafe_new["id"]),
            &edited,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);

    comparison_agrees(&app, f.concept, draft).await;
    let page = app
        .get(&format!("/{}/konzepte/{draft}/vergleich", f.key))
        .await;
    assert_eq!(page.status, 200);
    for text in [
        "Vergleich der Fassungen",
        "Das Landesprogramm ist ausgelaufen.",
        "nicht weitergeführt",
        "<del><span class=\"visually-hidden\">[gestrichen:</span>alle,<span",
        "<ins><span class=\"visually-hidden\">[eingefügt:</span>für Familien",
    ] {
        assert!(page.text.contains(text), "{text} in:\n{}", page.text);
    }

    dump_keeps_the_lineage(&app, db, &f.key).await;
    app.finish().await;
}

/// An ending without a reason and no version label: refused, all kept, nothing stored.
async fn refused_input_is_kept(app: &TestApp, path: &str, ids: [i64; 4]) {
    let concepts_before = app.count("concepts").await;
    let measures_before = app.count("measures").await;
    let parents = ids[2];
    let [course_s, cafe_s, parents_s, guide_s] = ids.map(|id| id.to_string());
    let decision = |id: &str| format!("decision_{id}");
    let reason = |id: &str| format!("reason_{id}");
    let refused = app
        .post_form(
            path,
            &[
                ("title", "Integrationskonzept 2030"),
                ("version_label", ""),
                (&decision(&course_s), "continue"),
                (&decision(&cafe_s), "change"),
                (&decision(&parents_s), "end"),
                (&reason(&parents_s), ""),
                (&decision(&guide_s), "drop"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(refused.text.contains("warum die Maßnahme endet"));
    assert!(refused.text.contains("value=\"Integrationskonzept 2030\""));
    assert!(refused.text.contains(&format!(
        "id=\"d-{parents}-end\" name=\"decision_{parents}\" value=\"end\" checked"
    )));
    assert_eq!(app.count("concepts").await, concepts_before);
    assert_eq!(app.count("measures").await, measures_before);
}

/// The dump keeps lineage and decisions and every report once, and comes back the same.
async fn dump_keeps_the_lineage(app: &TestApp, db: Db, key: &str) {
    let dump = app.store.export_body(key).await.expect("export");
    let json = serde_json::to_value(&dump).unwrap();
    assert_eq!(json["revision"]["carry_overs"].as_array().unwrap().len(), 4);
    let reports: usize = dump
        .concepts
        .iter()
        .flat_map(|c| &c.fields_of_action)
        .flat_map(|f| &f.goals)
        .flat_map(|g| &g.measures)
        .map(|m| m.progress_reports.len())
        .sum();
    assert_eq!(reports, 1, "nothing duplicated in the dump");
    let Some(other) = spawn(db).await else { return };
    other.store.import_body(&dump, false).await.expect("import");
    assert_eq!(other.store.export_body(key).await.unwrap(), dump);
    other.finish().await;
}

/// The API's comparison against differences computed here from the versions' records: what
/// only one version has by title, and the one measure whose title changed.
async fn comparison_agrees(app: &TestApp, old: i64, new: i64) {
    let before = titles(app, old).await;
    let after = titles(app, new).await;
    let c = app
        .json(&format!("/api/v1/concepts/{new}/comparison"))
        .await;
    assert_eq!(c["old"]["id"], old);
    let got: BTreeSet<(String, String, String)> = c["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["change"].as_str().unwrap().to_owned(),
                d["kind"].as_str().unwrap().to_owned(),
                d["title"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut expected = BTreeSet::new();
    for (kind, title) in before.difference(&after) {
        // The renamed measure is one change, not a removal and an addition.
        if title != "Sprachcafé" {
            expected.insert(("removed".to_owned(), kind.clone(), title.clone()));
        }
    }
    for (kind, title) in after.difference(&before) {
        let change = if title == "Sprachcafé für Familien" {
            "changed"
        } else {
            "added"
        };
        expected.insert((change.to_owned(), kind.clone(), title.clone()));
    }
    assert_eq!(got, expected, "{c}");
    let ended = c["differences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "Elternkurse")
        .unwrap();
    assert_eq!(ended["decision"]["decision"], "end");
    assert_eq!(
        ended["decision"]["reason"],
        "Das Landesprogramm ist ausgelaufen."
    );
}
