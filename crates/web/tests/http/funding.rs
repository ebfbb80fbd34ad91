//! Funding programmes end to end: the programme form refuses what is wrong and stores
//! nothing; budget lines point to a programme of their own body only; the totals per
//! programme equal the sums of the measures' budget lines as the API lists them; the
//! warnings come on fixed dates (funding ending without follow-up, proofs due or overdue)
//! and a proof due soon reaches the work queue; a programme still paying lines cannot be
//! deleted; the dump keeps programmes, proofs and the lines' links.

use crate::common::{Db, TestApp, fixture, spawn};
use std::collections::BTreeMap;
use teilhabe_domain::Date;
use teilhabe_domain::funding::{ProofKind, Warning};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The programme's id from the redirect to its page.
fn programme_of(location: Option<&str>) -> i64 {
    location
        .and_then(|l| l.strip_prefix("/admin/funding-programmes/"))
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("redirect to a programme: {location:?}"))
}

async fn create_programme(app: &TestApp, body: i64, pairs: &[(&str, &str)]) -> i64 {
    let r = app
        .post_form(&format!("/admin/bodies/{body}/funding/new"), pairs)
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    programme_of(r.location.as_deref())
}

both!(programmes_pay_budget_lines_and_warn_on_time);
async fn programmes_pay_budget_lines_and_warn_on_time(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let f = fixture(&app).await;
    let body = app.store.body_by_key(&f.key).await.unwrap().id;

    // Wrong input: every field named, nothing stored.
    let r = app
        .post_form(
            &format!("/admin/bodies/{body}/funding/new"),
            &[
                ("funder", ""),
                ("name", "Förderrichtlinie Integrative Maßnahmen"),
                ("period_from", "2026-01-01"),
                ("period_until", "2025-12-31"),
                ("funding_rate", "120"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    for text in ["Zuwendungsgeber", "Das Ende", "100 Prozent"] {
        assert!(r.text.contains(text), "{text} in the errors:\n{}", r.text);
    }
    assert_eq!(app.count("funding_programmes").await, 0);

    let state = create_programme(
        &app,
        body,
        &[
            ("funder", "Freistaat Sachsen"),
            ("name", "Förderrichtlinie Integrative Maßnahmen"),
            ("grant_reference", "SAB 2025/0815"),
            ("period_from", "01.01.2025"),
            ("period_until", "30.06.2027"),
            ("funding_rate", "87,5"),
            ("budget_code", "31.5.01 / 414100"),
        ],
    )
    .await;
    let federal = create_programme(
        &app,
        body,
        &[
            ("funder", "Bundesamt für Migration und Flüchtlinge"),
            ("name", "Migrationsberatung"),
            ("period_from", "2025-01-01"),
            ("budget_code", "31.5.02"),
        ],
    )
    .await;

    // Budget lines: two years from the state programme, one from the federal one, one
    // from the county's own budget without a programme.
    let r = app
        .post_form(
            &format!("/admin/goals/{}/measures/new", f.goal),
            &[
                ("title", "Abendsprachkurse"),
                ("lead_organization_id", &f.lead.to_string()),
                ("scope", "county"),
                ("priority", "medium"),
                ("status", "in_progress"),
                ("progress", "10"),
                ("public", "1"),
                ("budget_lines.year", "2025"),
                ("budget_lines.amount", "10.000"),
                ("budget_lines.funding_source", ""),
                ("budget_lines.programme_id", &state.to_string()),
                ("budget_lines.own_share", "1.250"),
                ("budget_lines.staff", "0,5"),
                ("budget_lines.year", "2026"),
                ("budget_lines.amount", "12.000"),
                ("budget_lines.funding_source", ""),
                ("budget_lines.programme_id", &state.to_string()),
                ("budget_lines.own_share", "1.500"),
                ("budget_lines.staff", "1"),
                ("budget_lines.year", "2026"),
                ("budget_lines.amount", "4.000,50"),
                ("budget_lines.funding_source", ""),
                ("budget_lines.programme_id", &federal.to_string()),
                ("budget_lines.own_share", ""),
                ("budget_lines.staff", "0,25"),
                ("budget_lines.year", "2026"),
                ("budget_lines.amount", "3.000"),
                ("budget_lines.funding_source", "Kreishaushalt"),
                ("budget_lines.programme_id", ""),
                ("budget_lines.own_share", "3.000"),
                ("budget_lines.staff", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);

    refuses_another_bodys_programme(&app, f.goal, f.lead).await;
    totals_equal_the_lines(&app, body, f.concept, state, federal).await;

    let list = app.get(&format!("/admin/bodies/{body}/funding")).await;
    for text in [
        "Freistaat Sachsen – Förderrichtlinie Integrative Maßnahmen",
        "22.000,00 €",
        "87,5 %",
        "31.5.01 / 414100",
        "ohne Förderprogramm",
        "1,5",
    ] {
        assert!(list.text.contains(text), "{text} in:\n{}", list.text);
    }
    let page = app.get(&format!("/admin/funding-programmes/{state}")).await;
    assert!(page.text.contains("Abendsprachkurse") && page.text.contains("SAB 2025/0815"));

    warnings_come_on_fixed_dates(&app, body, state).await;

    // A proof due within four weeks of today stands in the work queue.
    let soon = Date::today().add_days(10);
    let r = app
        .post_form(
            &format!("/admin/funding-programmes/{federal}/proofs/new"),
            &[("kind", "interim"), ("due_on", &soon.iso())],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let queue = app.get("/admin/").await;
    assert!(
        queue.text.contains("Zwischennachweis fällig")
            && queue.text.contains(&soon.german())
            && queue.text.contains("Migrationsberatung"),
        "{}",
        queue.text
    );

    api_shows_notes_only_inside(&app, &f.key, state).await;

    // Still paying lines: not deleted.
    let r = app
        .post_form(&format!("/admin/funding-programmes/{state}/delete"), &[])
        .await;
    assert!(r.status >= 400, "{} {}", r.status, r.text);
    assert!(app.store.programme(state).await.is_ok());

    dump_keeps_programmes(&app, db, &f.key).await;
    app.finish().await;
}

async fn refuses_another_bodys_programme(app: &TestApp, goal: i64, lead: i64) {
    // A programme of another body is refused on the line, nothing stored.
    let other = app
        .send_json(
            "POST",
            "/api/v1/bodies",
            &serde_json::json!({"key": "03158", "name": "Landkreis Wolfenbüttel", "kind": "landkreis"}),
        )
        .await;
    assert_eq!(other.status, 201, "{}", other.text);
    let other_body = app.store.body_by_key("03158").await.unwrap().id;
    let foreign = create_programme(
        app,
        other_body,
        &[
            ("funder", "Land Niedersachsen"),
            ("name", "Integrationsfonds"),
        ],
    )
    .await;
    let lines_before = app.count("budget_lines").await;
    let r = app
        .post_form(
            &format!("/admin/goals/{goal}/measures/new"),
            &[
                ("title", "Fremdfinanziert"),
                ("lead_organization_id", &lead.to_string()),
                ("scope", "county"),
                ("priority", "medium"),
                ("status", "planned"),
                ("progress", "0"),
                ("budget_lines.year", "2026"),
                ("budget_lines.amount", "100"),
                ("budget_lines.programme_id", &foreign.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text.contains("Das Förderprogramm Nr."), "{}", r.text);
    assert_eq!(app.count("budget_lines").await, lines_before);
}

/// The totals per programme and year equal the API's lines, summed here.
async fn totals_equal_the_lines(app: &TestApp, body: i64, concept: i64, state: i64, federal: i64) {
    // The totals per programme and year equal the API's lines, summed here.
    let mut expected: BTreeMap<(Option<i64>, i64), (i64, i64)> = BTreeMap::new();
    for m in app
        .json(&format!("/api/v1/concepts/{concept}/measures"))
        .await
        .as_array()
        .unwrap()
    {
        for b in m["budget_lines"].as_array().unwrap() {
            let cents = |v: &serde_json::Value| {
                v.as_str().map_or(0, |s| {
                    let (e, c) = s.split_once('.').unwrap();
                    e.parse::<i64>().unwrap() * 100 + c.parse::<i64>().unwrap()
                })
            };
            let staff = b["staff"]
                .as_str()
                .map_or(0, |s| (s.parse::<f64>().unwrap() * 100.0).round() as i64);
            let e = expected
                .entry((b["programme_id"].as_i64(), b["year"].as_i64().unwrap()))
                .or_default();
            e.0 += cents(&b["amount"]);
            e.1 += staff;
        }
    }
    let totals: BTreeMap<(Option<i64>, i64), (i64, i64)> = app
        .store
        .programme_totals(body)
        .await
        .unwrap()
        .into_iter()
        .map(|t| {
            (
                (t.programme_id, t.year),
                (t.amount_cents, t.staff_hundredths),
            )
        })
        .collect();
    assert_eq!(totals, expected);
    assert_eq!(totals[&(Some(state), 2026)], (1_200_000, 100));
    assert_eq!(totals[&(Some(federal), 2026)], (400_050, 25));
}

/// Warnings on fixed dates: the state programme ends on 30.06.2027.
async fn warnings_come_on_fixed_dates(app: &TestApp, body: i64, state: i64) {
    // Warnings on fixed dates: the state programme ends on 30.06.2027.
    let ending_on = |day: &str| {
        let day = d(day);
        async move {
            app.store
                .funding_warnings(Some(&[body]), day)
                .await
                .unwrap()
                .into_iter()
                .map(|w| (w.programme_id, w.warning))
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(ending_on("2026-12-29").await, []);
    assert_eq!(
        ending_on("2026-12-30").await,
        [(
            state,
            Warning::Ending {
                until: d("2027-06-30")
            }
        )]
    );
    // A proof of use due on 31.03.2027: four weeks ahead, then overdue until submitted.
    let r = app
        .post_form(
            &format!("/admin/funding-programmes/{state}/proofs/new"),
            &[("kind", "final"), ("due_on", "31.03.2027")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let due = d("2027-03-31");
    assert_eq!(
        ending_on("2027-03-10").await,
        [
            (
                state,
                Warning::ProofDue {
                    kind: ProofKind::Final,
                    due_on: due
                }
            ),
            (
                state,
                Warning::Ending {
                    until: d("2027-06-30")
                }
            ),
        ]
    );
    assert_eq!(
        ending_on("2027-04-01").await[0],
        (
            state,
            Warning::ProofOverdue {
                kind: ProofKind::Final,
                due_on: due
            }
        )
    );
    // A follow-up programme silences the ending.
    create_programme(
        app,
        body,
        &[
            ("funder", "Freistaat Sachsen"),
            ("name", "Förderrichtlinie Integrative Maßnahmen 2027–2029"),
            ("period_from", "2027-07-01"),
            ("follows_id", &state.to_string()),
        ],
    )
    .await;
    assert!(
        !ending_on("2027-03-10")
            .await
            .iter()
            .any(|(_, w)| matches!(w, Warning::Ending { .. }))
    );
}

/// The dump keeps programmes, proofs, follow-ups and the lines' links.
async fn dump_keeps_programmes(app: &TestApp, db: Db, key: &str) {
    // The dump keeps programmes, proofs, follow-ups and the lines' links.
    let dump = app.store.export_body(key).await.unwrap();
    assert_eq!(
        dump.programmes.len(),
        3,
        "the API's programme was deleted again"
    );
    assert_eq!(dump.programmes[2].follows, Some(1));
    assert_eq!(dump.programmes[0].proofs.len(), 1);
    let linked = dump
        .concepts
        .iter()
        .flat_map(|c| &c.fields_of_action)
        .flat_map(|f| &f.goals)
        .flat_map(|g| &g.measures)
        .flat_map(|m| &m.budget_lines)
        .filter(|b| b.programme == Some(1))
        .count();
    assert_eq!(linked, 2);
    let other = spawn(db).await.unwrap();
    other.store.import_body(&dump, false).await.expect("import");
    assert_eq!(other.store.export_body(key).await.unwrap(), dump);
    other.finish().await;
}

both!(the_plan_export_reconciles_with_the_programme_totals);
/// Peine's internal measure plan (XLSX, sheet "Finanzierung"): summed per programme and per
/// budget code, its lines give exactly the totals the funding administration shows (all of
/// Peine's budget lines lie in the version in force).
async fn the_plan_export_reconciles_with_the_programme_totals(db: Db) {
    use calamine::{Data, Reader, Xlsx};
    let Some(app) = crate::common::spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key("03157").await.unwrap().id;
    let resp = app
        .admin
        .get(format!(
            "{}/admin/bodies/{peine}/plan.xlsx?intern=1",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let bytes = resp.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Finanzierung").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header, teilhabe_report::plan::FUNDING_COLUMNS);
    let cents = |d: &Data| match d {
        Data::Float(f) => (f * 100.0).round() as i64,
        Data::Int(i) => i * 100,
        Data::Empty => 0,
        other => panic!("not an amount: {other:?}"),
    };
    let (mut by_programme, mut by_code) = (BTreeMap::new(), BTreeMap::new());
    for row in sheet.rows().skip(1) {
        *by_programme.entry(row[5].to_string()).or_insert(0i64) += cents(&row[3]);
        *by_code.entry(row[6].to_string()).or_insert(0i64) += cents(&row[3]);
    }
    let programmes = app.store.programmes(peine).await.unwrap();
    let label = |id: Option<i64>| {
        id.and_then(|id| programmes.iter().find(|p| p.id == id))
            .map(teilhabe_store::funding::Programme::label)
            .unwrap_or_default()
    };
    let code = |id: Option<i64>| {
        id.and_then(|id| programmes.iter().find(|p| p.id == id))
            .and_then(|p| p.budget_code.clone())
            .unwrap_or_default()
    };
    let (mut totals, mut code_totals) = (BTreeMap::new(), BTreeMap::new());
    for t in app.store.programme_totals(peine).await.unwrap() {
        *totals.entry(label(t.programme_id)).or_insert(0i64) += t.amount_cents;
        *code_totals.entry(code(t.programme_id)).or_insert(0i64) += t.amount_cents;
    }
    assert_eq!(by_programme, totals);
    assert_eq!(by_code, code_totals);
    assert!(
        totals.len() >= 4,
        "three programmes and the lines without one: {totals:?}"
    );
    app.finish().await;
}

/// The API: a programme written as JSON; its notes only for those who read the body's
/// internal records; wrong input a 422 with the field; a programme in use not deleted.
async fn api_shows_notes_only_inside(app: &TestApp, key: &str, in_use: i64) {
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/bodies/{key}/funding-programmes"),
            &serde_json::json!({
                "funder": "Stiftung Integration",
                "name": "Patenschaftsprogramm",
                "funding_rate": "50",
                "notes": "Antrag über die Kreisverwaltung",
            }),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["funding_rate"], "50");
    let outside = app.json(&format!("/api/v1/funding-programmes/{id}")).await;
    assert_eq!(outside["notes"], serde_json::Value::Null);
    let inside = app
        .send(
            app.admin
                .get(format!("{}/api/v1/funding-programmes/{id}", app.base)),
        )
        .await
        .json();
    assert_eq!(inside["notes"], "Antrag über die Kreisverwaltung");
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/funding-programmes/{id}"),
            &serde_json::json!({"funder": "Stiftung Integration", "name": "x", "funding_rate": "101"}),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(r.text.contains("funding_rate"), "{}", r.text);
    let r = app
        .delete(&format!("/api/v1/funding-programmes/{in_use}"))
        .await;
    assert_eq!(r.status, 409, "{}", r.text);
    let r = app
        .delete(&format!("/api/v1/funding-programmes/{id}"))
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
}
