//! Indicators from the county's own surveys: Görlitz's demo indicator (the weighted share
//! who see immigration as an enrichment) equals the survey engine's weighted estimate as the
//! survey's results API gives it; means of a scale and of a matrix row too, with the same
//! confidence interval; a malformed survey formula is refused with a field error; a goal can
//! target the indicator; a survey with internal results gives the public nothing; the value
//! stays when the raw answers are deleted after their storage limit, and in the dump.

use crate::common::{Db, TestApp, spawn_demo};
use serde_json::Value;
use teilhabe_domain::surveys::{SurveyDraft, SurveyStatus};

const GOERLITZ: &str = "14626";

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The total column's estimate and interval of a row of the survey results API.
fn total(results: &Value, question: &str, row: usize) -> (f64, f64, f64) {
    let q = results["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["code"] == question)
        .unwrap_or_else(|| panic!("{question} in {results}"));
    let cell = &q["rows"][row]["cells"][0];
    (
        cell["estimate"].as_f64().unwrap(),
        cell["ci_low"].as_f64().unwrap(),
        cell["ci_high"].as_f64().unwrap(),
    )
}

fn rows_of(results: &Value, question: &str) -> Vec<Value> {
    results["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["code"] == question)
        .unwrap()["rows"]
        .as_array()
        .unwrap()
        .clone()
}

both!(a_survey_indicator_is_the_engines_weighted_estimate);
async fn a_survey_indicator_is_the_engines_weighted_estimate(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key(GOERLITZ).await.unwrap();
    let surveys = app
        .json(&format!("/api/v1/bodies/{GOERLITZ}/surveys"))
        .await;
    let survey = surveys["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["status"] == "closed")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let results = app.json(&format!("/api/v1/surveys/{survey}/results")).await;
    assert_eq!(results["weighting"]["method"], "raking", "{results}");

    // Share of 4 and 5 (rows 4 and 5 of the five options): the engine's two shares summed.
    let (four, _, _) = total(&results, "bereicherung", 3);
    let (five, _, _) = total(&results, "bereicherung", 4);
    let series = app
        .json(&format!(
            "/api/v1/bodies/{GOERLITZ}/indicators/bereicherung_anteil"
        ))
        .await;
    assert_eq!(series["indicator"]["level"], "impact");
    let points = series["data"].as_array().unwrap();
    assert_eq!(points.len(), 1, "{series}");
    let p = &points[0];
    let share = p["value"].as_f64().unwrap();
    assert!(
        close(share, 100.0 * (four + five)),
        "{share} vs {}",
        100.0 * (four + five)
    );
    assert_eq!(p["region"], GOERLITZ);
    assert_eq!(p["answered"], 1000);
    let closed = app.store.survey(survey).await.unwrap().closed_on.unwrap();
    assert_eq!(p["period"], closed[..4]);
    assert!(p["ci_low"].as_f64().unwrap() < share && share < p["ci_high"].as_f64().unwrap());

    means_equal_the_engines(&app, body.id, &results).await;

    // A malformed survey formula: a field error, nothing stored.
    let before = app.store.indicators(body.id).await.unwrap().len();
    let r = app
        .post_form(
            &format!("/admin/bodies/{}/indicators/new", body.id),
            &[
                ("name", "Anteil"),
                ("code", "kaputt"),
                ("formula", "survey_share(bereicherung)"),
                ("direction", "higher"),
                ("level", "outcome"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(r.text.contains("Doppelpunkt"), "{}", r.text);
    assert_eq!(app.store.indicators(body.id).await.unwrap().len(), before);

    // A goal targets the survey indicator; the concept page shows where the county stands.
    let indicator = app
        .store
        .indicator_by_code(body.id, "bereicherung_anteil")
        .await
        .unwrap();
    let concept = app.store.concepts(body.id).await.unwrap()[0].id;
    let goal = app.store.goals_of_concept(concept).await.unwrap()[0].id;
    let r = app
        .post_form(
            &format!("/admin/goals/{goal}/indicator"),
            &[
                ("indicator_id", &indicator.id.to_string()),
                ("target_value", "75"),
                ("target_year", "2030"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let page = app.get(&format!("/admin/concepts/{concept}")).await;
    let shown = format!("{share:.1}").replace('.', ",");
    assert!(
        page.text.contains("Zuwanderung als Bereicherung gesehen") && page.text.contains(&shown),
        "{shown} on the concept page"
    );

    // The portal's indicator page: the survey, its year, the value and the interval.
    let page = app
        .get(&format!("/{GOERLITZ}/monitoring/bereicherung_anteil"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains(&shown), "{}", page.text);
    assert!(
        page.text
            .contains("Bevölkerungsbefragung zum Zusammenleben")
    );

    kept_after_deletion_and_hidden_when_internal(&app, survey, share, &shown).await;

    app.finish().await;
}

/// Means of a scale and of a matrix row equal the engine's, with its interval.
async fn means_equal_the_engines(app: &TestApp, body: i64, results: &Value) {
    // Means: the scale's and one matrix row's, with the engine's interval.
    let mean_row = rows_of(results, "bereicherung").len() - 1;
    let (mean, lo, hi) = total(results, "bereicherung", mean_row);
    let transit = rows_of(results, "zufriedenheit")
        .iter()
        .position(|r| r["label"] == "Bus und Bahn")
        .unwrap();
    let (transit_mean, transit_lo, transit_hi) = total(results, "zufriedenheit", transit);
    for (code, formula, (m, l, h)) in [
        (
            "bereicherung_mittel",
            "survey_mean(bereicherung)",
            (mean, lo, hi),
        ),
        (
            "nahverkehr_zufriedenheit",
            "survey_mean(zufriedenheit.nahverkehr)",
            (transit_mean, transit_lo, transit_hi),
        ),
    ] {
        let r = app
            .post_form(
                &format!("/admin/bodies/{body}/indicators/new"),
                &[
                    ("name", code),
                    ("code", code),
                    ("formula", formula),
                    ("direction", "higher"),
                    ("level", "outcome"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.text);
        let s = app
            .json(&format!("/api/v1/bodies/{GOERLITZ}/indicators/{code}"))
            .await;
        let p = &s["data"][0];
        assert!(
            close(p["value"].as_f64().unwrap(), m),
            "{code}: {p} vs {m} in {}",
            serde_json::to_string(&rows_of(results, "bereicherung")).unwrap()
        );
        assert!(
            close(p["ci_low"].as_f64().unwrap(), l),
            "{code}: {p} vs {l}"
        );
        assert!(
            close(p["ci_high"].as_f64().unwrap(), h),
            "{code}: {p} vs {h}"
        );
    }
}

/// The value stays when the raw answers are deleted; the public sees nothing once the
/// results are internal, a reader of internal records still does.
async fn kept_after_deletion_and_hidden_when_internal(
    app: &TestApp,
    survey: i64,
    share: f64,
    shown: &str,
) {
    // The raw answers deleted after their storage limit: the value stays.
    let s = app.store.survey(survey).await.unwrap();
    let draft = SurveyDraft {
        title: s.title.clone(),
        intro: s.intro.clone(),
        status: SurveyStatus::Closed,
        languages: s.languages().iter().map(|l| (*l).to_owned()).collect(),
        invitation_only: s.invitation_only.0,
        min_group_size: s.min_group_size,
        results_public: true,
        raw_data_days: Some(1),
        invitation_days: None,
    };
    app.store.update_survey(survey, &draft).await.unwrap();
    app.store.apply_retention("2100-01-01").await.unwrap();
    assert_eq!(app.store.count_responses(survey).await.unwrap(), 0);
    let after = app
        .json(&format!(
            "/api/v1/bodies/{GOERLITZ}/indicators/bereicherung_anteil"
        ))
        .await;
    assert!(
        close(after["data"][0]["value"].as_f64().unwrap(), share),
        "{after}"
    );

    // The dump keeps the value; replacing the body from it brings it back.
    let dump = app.store.export_body(GOERLITZ).await.unwrap();
    let kept = dump
        .surveys
        .iter()
        .flat_map(|s| &s.indicator_values)
        .find(|v| v.indicator == "bereicherung_anteil")
        .expect("the kept value in the dump");
    assert!(close(kept.estimate.unwrap() * 100.0, share), "{kept:?}");
    app.store.import_body(&dump, true).await.unwrap();
    let restored = app
        .json(&format!(
            "/api/v1/bodies/{GOERLITZ}/indicators/bereicherung_anteil"
        ))
        .await;
    assert!(
        close(restored["data"][0]["value"].as_f64().unwrap(), share),
        "{restored}"
    );
    let body = app.store.body_by_key(GOERLITZ).await.unwrap().id;
    let survey = app
        .store
        .surveys(body)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.status == "closed")
        .unwrap()
        .id;

    // Results made internal: the public sees no value, a reader of internal records does.
    app.store
        .update_survey(
            survey,
            &SurveyDraft {
                results_public: false,
                ..draft
            },
        )
        .await
        .unwrap();
    let public = app
        .json(&format!(
            "/api/v1/bodies/{GOERLITZ}/indicators/bereicherung_anteil"
        ))
        .await;
    assert_eq!(public["data"].as_array().unwrap().len(), 0, "{public}");
    let page = app
        .get(&format!("/{GOERLITZ}/monitoring/bereicherung_anteil"))
        .await;
    assert!(!page.text.contains(shown));
    let internal = app
        .send(app.admin.get(format!(
            "{}/api/v1/bodies/{GOERLITZ}/indicators/bereicherung_anteil",
            app.base
        )))
        .await
        .json();
    assert!(
        close(internal["data"][0]["value"].as_f64().unwrap(), share),
        "{internal}"
    );
}
