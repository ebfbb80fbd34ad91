//! Controlling: reporting obligations (interval, next report, due and overdue) against
//! dates the test computes on its own, milestones through the API and the administration,
//! non-public measures kept from the public, and the dump round trip.

use crate::common::{Db, TestApp, fixture, spawn};
use serde_json::{Value, json};
use time::{Date, Duration, Month, OffsetDateTime};

/// The same day `months` later, clamped to the month's end — computed here with `time`'s
/// own calendar, not with the product's `add_months`.
fn plus_months(d: Date, months: i32) -> Date {
    let index = d.year() * 12 + i32::from(u8::from(d.month())) - 1 + months;
    let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
    let month = Month::try_from(month).unwrap();
    let last = time::util::days_in_month(month, year);
    Date::from_calendar_date(year, month, d.day().min(last)).unwrap()
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

async fn measure(app: &TestApp, goal: i64, lead: i64, extra: Value) -> i64 {
    let mut body = json!({"title": "Maßnahme", "lead_organization_id": lead});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    let r = app
        .send_json("POST", &format!("/api/v1/goals/{goal}/measures"), &body)
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()["id"].as_i64().unwrap()
}

/// The obligation of measure `id` in a reporting list.
fn of(list: &Value, id: i64) -> Option<&Value> {
    list.as_array()
        .unwrap()
        .iter()
        .find(|m| m["measure_id"].as_i64() == Some(id))
}

both!(reporting_obligations_follow_the_last_report);
async fn reporting_obligations_follow_the_last_report(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let today = OffsetDateTime::now_utc().date();
    // The body's default: half-yearly.
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/bodies/{}/controlling", f.key),
            &json!({"report_interval": "half_yearly"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["report_interval"], "half_yearly");
    let bad = app
        .send_json(
            "PUT",
            &format!("/api/v1/bodies/{}/controlling", f.key),
            &json!({"report_interval": "monthly"}),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.json()["fields"]["report_interval"].is_string(),
        "{}",
        bad.text
    );

    let start = today - Duration::days(200);
    // Quarterly, reported 100 days ago: its next report passed about ten days ago.
    let quarterly = measure(
        &app,
        f.goal,
        f.lead,
        json!({"title": "Sprachcafé", "start_date": iso(start), "report_interval": "quarterly", "status": "in_progress"}),
    )
    .await;
    let reported = today - Duration::days(100);
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/measures/{quarterly}/progress-reports"),
            &json!({"reported_on": iso(reported), "status": "in_progress", "progress": 40, "narrative": "Läuft."}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    // Half-yearly by the body's default, begun 170 days ago: due within the month.
    let begun = today - Duration::days(170);
    let due_soon = measure(
        &app,
        f.goal,
        f.lead,
        json!({"title": "Lotsenprojekt", "start_date": iso(begun)}),
    )
    .await;
    // Begun ten days ago: not due for months.
    let fresh = today - Duration::days(10);
    let later = measure(
        &app,
        f.goal,
        f.lead,
        json!({"title": "Elterncafé", "start_date": iso(fresh)}),
    )
    .await;
    // Completed: owes nothing.
    let done = measure(
        &app,
        f.goal,
        f.lead,
        json!({"title": "Abgeschlossen", "start_date": iso(start), "status": "completed"}),
    )
    .await;
    // Not public: only for those who read the body's internal records.
    let internal = measure(
        &app,
        f.goal,
        f.lead,
        json!({"title": "Intern", "start_date": iso(start), "public": false}),
    )
    .await;

    let list = app
        .json(&format!("/api/v1/bodies/{}/reporting", f.key))
        .await;
    let q = of(&list, quarterly).expect("listed");
    assert_eq!(q["interval"], "quarterly");
    assert_eq!(q["last_report"], iso(reported));
    assert_eq!(q["obligation"]["next_due"], iso(plus_months(reported, 3)));
    assert_eq!(q["obligation"]["due"], "overdue");
    let s = of(&list, due_soon).unwrap();
    assert_eq!(s["interval"], "half_yearly");
    assert_eq!(s["obligation"]["next_due"], iso(plus_months(begun, 6)));
    assert_eq!(s["obligation"]["due"], "due");
    let l = of(&list, later).unwrap();
    assert_eq!(l["obligation"]["next_due"], iso(plus_months(fresh, 6)));
    assert_eq!(l["obligation"]["due"], "not_yet");
    assert!(of(&list, done).unwrap()["obligation"].is_null());
    assert!(
        of(&list, internal).is_none(),
        "a non-public measure is not listed anonymously"
    );
    // Late first.
    assert_eq!(list[0]["measure_id"], quarterly);
    // As of another day: the day after the quarterly report, nothing of it is due yet.
    let then = iso(reported + Duration::days(1));
    let earlier = app
        .json(&format!("/api/v1/bodies/{}/reporting?today={then}", f.key))
        .await;
    assert_eq!(
        of(&earlier, quarterly).unwrap()["obligation"]["due"],
        "not_yet"
    );
    let r = app
        .get(&format!("/api/v1/bodies/{}/reporting?today=gestern", f.key))
        .await;
    assert_eq!(r.status, 422);

    // Those who read internal records see the non-public measure; anonymous gets 404.
    let admin = app
        .send(
            app.admin
                .get(format!("{}/api/v1/bodies/{}/reporting", app.base, f.key)),
        )
        .await;
    assert!(of(&admin.json(), internal).is_some());
    assert_eq!(
        app.get(&format!("/api/v1/measures/{internal}/reporting"))
            .await
            .status,
        404
    );
    let one = app
        .json(&format!("/api/v1/measures/{quarterly}/reporting"))
        .await;
    assert_eq!(one["obligation"]["due"], "overdue");

    // A measure's own interval wins over the body's; a later report moves the date on.
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/measures/{quarterly}/progress-reports"),
            &json!({"reported_on": iso(today), "status": "in_progress", "progress": 60, "narrative": "Weiter."}),
        )
        .await;
    assert_eq!(r.status, 201);
    let one = app
        .json(&format!("/api/v1/measures/{quarterly}/reporting"))
        .await;
    assert_eq!(one["obligation"]["next_due"], iso(plus_months(today, 3)));
    assert_eq!(one["obligation"]["due"], "not_yet");

    overview_lists_them(&app, &f.key).await;
    app.finish().await;
}

/// The administration's overview lists the obligations, late first, in the words it uses;
/// only for those who may administer the body.
async fn overview_lists_them(app: &TestApp, key: &str) {
    let body = body_id(app, key).await;
    let page = app.get(&format!("/admin/bodies/{body}/controlling")).await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains("Lotsenprojekt") && page.text.contains("fällig"));
    assert!(
        page.text.contains("Intern"),
        "coordinators see internal measures"
    );
    let anonymous = app
        .send(
            app.client
                .get(format!("{}/admin/bodies/{body}/controlling", app.base)),
        )
        .await;
    assert_eq!(anonymous.status, 303, "the administration needs a login");
}

async fn body_id(app: &TestApp, key: &str) -> i64 {
    app.store.body_by_key(key).await.unwrap().id
}

both!(milestones_are_kept_and_flagged_when_late);
async fn milestones_are_kept_and_flagged_when_late(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let today = OffsetDateTime::now_utc().date();
    let public = measure(&app, f.goal, f.lead, json!({"title": "Sprachcafé"})).await;
    let internal = measure(
        &app,
        f.goal,
        f.lead,
        json!({"title": "Intern", "public": false}),
    )
    .await;

    let url = format!("/api/v1/measures/{public}/milestones");
    let bad = app
        .send_json("POST", &url, &json!({"due_on": "31.02.2026"}))
        .await;
    assert_eq!(bad.status, 422);
    let fields = &bad.json()["fields"];
    assert!(
        fields["title"].is_string() && fields["due_on"].is_string(),
        "{}",
        bad.text
    );
    let before = app.count("milestones").await;
    assert_eq!(before, 0, "nothing stored from bad input");

    let past = iso(today - Duration::days(5));
    let r = app
        .send_json(
            "POST",
            &url,
            &json!({"title": "Kursangebot steht", "due_on": past}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let late = r.json();
    assert_eq!(late["late"], true);
    let id = late["id"].as_i64().unwrap();
    let r = app
        .send_json(
            "POST",
            &url,
            &json!({"title": "Evaluation", "due_on": iso(today + Duration::days(60))}),
        )
        .await;
    assert_eq!(r.json()["late"], false);
    let list = app.json(&url).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["title"], "Kursangebot steht", "by date");

    // Shown late in the administration: on the measure's page and the body's overview.
    let page = app
        .get(&format!("/admin/measures/{public}/milestones"))
        .await;
    assert!(page.text.contains("verspätet"), "{}", page.text);
    let body = body_id(&app, &f.key).await;
    let overview = app.get(&format!("/admin/bodies/{body}/controlling")).await;
    assert!(overview.text.contains("Kursangebot steht"));

    // Done: no longer late, and off the overview's list.
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/milestones/{id}"),
            &json!({"title": "Kursangebot steht", "due_on": past, "done_on": iso(today)}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["late"], false);
    let overview = app.get(&format!("/admin/bodies/{body}/controlling")).await;
    assert!(overview.text.contains("Kein Meilenstein ist verspätet"));

    // The administration's form: errors at the field, nothing stored.
    let r = app
        .post_form(
            &format!("/admin/measures/{public}/milestones/new"),
            &[("title", ""), ("due_on", "morgen")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(app.count("milestones").await, 2);
    let r = app
        .post_form(
            &format!("/admin/measures/{public}/milestones/new"),
            &[("title", "Fachtag"), ("due_on", "01.10.2026")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(app.count("milestones").await, 3);

    // A non-public measure's milestones stay hidden from the public.
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/measures/{internal}/milestones"),
            &json!({"title": "Intern", "due_on": past}),
        )
        .await;
    let hidden = r.json()["id"].as_i64().unwrap();
    assert_eq!(
        app.get(&format!("/api/v1/measures/{internal}/milestones"))
            .await
            .status,
        404
    );
    assert_eq!(
        app.get(&format!("/api/v1/milestones/{hidden}"))
            .await
            .status,
        404
    );
    // And writes need a role.
    let anonymous = app
        .send(
            app.client
                .delete(format!("{}/api/v1/milestones/{id}", app.base)),
        )
        .await;
    assert!(
        matches!(anonymous.status, 401 | 403),
        "{}",
        anonymous.status
    );

    survives_the_dump(&app, db, &f.key, f.lead, public).await;
    app.delete(&format!("/api/v1/milestones/{id}")).await;
    assert_eq!(app.count("milestones").await, 3);
    app.finish().await;
}

/// The dump carries the intervals and milestones; importing it elsewhere gives the same
/// dump, and a broken one is refused with the paths of its faults, nothing changed.
async fn survives_the_dump(app: &TestApp, db: Db, key: &str, lead: i64, measure: i64) {
    app.send_json(
        "PUT",
        &format!("/api/v1/bodies/{key}/controlling"),
        &json!({"report_interval": "quarterly"}),
    )
    .await;
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/measures/{measure}"),
            &json!({"title": "Sprachcafé", "lead_organization_id": lead, "report_interval": "yearly"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["report_interval_months"], 12);
    let dump = app.store.export_body(key).await.unwrap();
    assert_eq!(dump.controlling.report_interval_months, Some(3));
    assert_eq!(dump.controlling.milestones.len(), 4);
    let Some(other) = spawn(db).await else { return };
    other.store.import_body(&dump, false).await.expect("import");
    assert_eq!(other.store.export_body(key).await.unwrap(), dump);
    let mut broken = dump.clone();
    broken.controlling.milestones[0].measure = 99;
    broken.controlling.milestones[1].due_on = "gestern".into();
    let e = other
        .store
        .import_body(&broken, true)
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("controlling.milestones[0].measure"), "{e}");
    assert!(e.contains("controlling.milestones[1].due_on"), "{e}");
    assert_eq!(
        other.store.export_body(key).await.unwrap(),
        dump,
        "nothing changed"
    );

    other.finish().await;
}
