//! Resolution tracking end to end: Peine's demo entries in the public list, its CSV and
//! XLSX, the API, OParl and the coordinator's work queue; taking over a meeting's recorded
//! outcomes (decisions and deferrals, not what was only noted); refused input that stores
//! nothing; the reminder of a passed deadline through a real SMTP server, once per
//! deadline.

use crate::common::{Db, TestApp, fixture, spawn, spawn_demo};
use serde_json::json;
use std::time::Duration;
use teilhabe_domain::council::{AgendaItemDraft, LocalDateTime, MeetingDraft, Votes};
use teilhabe_domain::{Date, MeetingState};
use teilhabe_web::controlling::notify;

both!(peine_shows_what_became_of_its_resolutions);
async fn peine_shows_what_became_of_its_resolutions(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let page = app.get("/03157/beschluesse").await;
    assert_eq!(page.status, 200);
    for text in [
        "Integrationsbeirat einrichten",
        "zurückgestellt bis 22.03.2027",
        "erledigt am 22.03.2022",
        "Maßnahmen des Integrationskonzepts umsetzen und jährlich berichten",
        "Frist abgelaufen",
        "Vorlage 2022/032",
    ] {
        assert!(page.text.contains(text), "{text} in:\n{}", page.text);
    }
    let english = app.get("/03157/beschluesse?sprache=en").await;
    assert!(
        english.text.contains("deferred until 22.03.2027")
            && english.text.contains("Resolution tracking"),
        "{}",
        english.text
    );

    let csv = app.get("/03157/beschluesse.csv").await;
    assert!(
        csv.text
            .starts_with("\u{feff}Art;Beschluss;Beschlossen in;")
    );
    let deferral = csv
        .text
        .lines()
        .find(|l| l.contains("Integrationsbeirat einrichten"))
        .expect("the deferral in the CSV");
    assert!(
        deferral.starts_with("zurückgestellte Angelegenheit;")
            && deferral.contains(";2006-06-14;2006/037;")
            && deferral.contains(";zurückgestellt;2027-03-22;"),
        "{deferral}"
    );
    xlsx_holds_the_list(&app).await;

    let list = app.json("/api/v1/bodies/03157/resolutions").await;
    let overdue: Vec<&serde_json::Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["attention"] == "overdue")
        .collect();
    assert_eq!(overdue.len(), 1, "{list}");
    assert_eq!(overdue[0]["kind"], "review_request");
    assert_eq!(overdue[0]["measures"][0]["code"], "4.2");

    // OParl: the Kreistag's agenda item of 14.06.2006 carries both of its entries.
    let item = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["title"] == "Integrationsbeirat einrichten")
        .unwrap()["agenda_item_id"]
        .as_i64()
        .unwrap();
    let oparl = app.json(&format!("/oparl/v1/agendaItem/{item}")).await;
    let tracking = oparl["teilhabe:resolutionTracking"].as_array().unwrap();
    assert_eq!(tracking.len(), 2, "{oparl}");
    assert!(tracking.iter().any(|t| t["type"] == "deferral"
        && t["status"] == "deferred"
        && t["resubmissionDate"] == "2027-03-22"));

    // The coordinator's work queue points at the passed deadline.
    let queue = app.get("/admin/").await;
    assert!(
        queue
            .text
            .contains("Beschlüsse: Frist abgelaufen oder Wiedervorlage fällig")
            && queue
                .text
                .contains("Verstärkung der Flüchtlingssozialarbeit"),
        "{}",
        queue.text
    );
    app.finish().await;
}

/// The XLSX download: the same entries, dates as dates.
async fn xlsx_holds_the_list(app: &TestApp) {
    use calamine::{Data, Reader, Xlsx};
    let bytes = app
        .client
        .get(format!("{}/03157/beschluesse.xlsx", app.base))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("an XLSX file");
    let sheet = book
        .worksheet_range("Beschlussverfolgung")
        .expect("the sheet");
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows[3][1], Data::String("Beschluss".into()));
    let deferral = rows
        .iter()
        .find(|r| r[1] == Data::String("Integrationsbeirat einrichten".into()))
        .expect("the deferral in the XLSX");
    match &deferral[8] {
        // 22.03.2027 is day 46468 of Excel's calendar.
        Data::DateTime(d) => assert_eq!(d.as_f64(), 46468.0),
        other => panic!("resubmission date as a date, not {other:?}"),
    }
}

/// A meeting of the fixture's body with four agenda items: a decision with its paper, an
/// item only taken note of, a deferred one, and a non-public decision.
async fn meeting_with_outcomes(app: &TestApp, body_id: i64, lead: i64) -> (i64, Vec<i64>) {
    let paper = app
        .store
        .create_paper(
            body_id,
            &teilhabe_domain::council::PaperDraft::parse(&teilhabe_domain::RawInput::from_pairs([
                ("reference", "2026/041"),
                ("name", "Sprachmittlerpool einrichten"),
                ("paper_type", "resolution"),
                ("lead_organization_id", &lead.to_string()),
                ("public", "1"),
            ]))
            .unwrap(),
        )
        .await
        .unwrap();
    let meeting = app
        .store
        .create_meeting(
            body_id,
            &MeetingDraft {
                name: "Sitzung des Kreistages".into(),
                state: MeetingState::Held,
                cancelled: false,
                start: LocalDateTime::parse("2026-03-19 17:00").unwrap(),
                end: None,
                location_id: None,
                organization_ids: vec![],
                note: None,
            },
        )
        .await
        .unwrap();
    let mut items = Vec::new();
    for (number, name, paper, result, public) in [
        (
            "Ö 4",
            "Sprachmittlerpool einrichten",
            Some(paper.id),
            "einstimmig, 0 Enthaltungen",
            true,
        ),
        (
            "Ö 5",
            "Bericht der Integrationskoordination",
            None,
            "Der Ausschuss nimmt den Bericht zur Kenntnis.",
            true,
        ),
        (
            "Ö 6",
            "Integrationsbeirat",
            None,
            "vorläufig zurückgestellt",
            true,
        ),
        ("N 1", "Personalangelegenheit", None, "beschlossen", false),
    ] {
        let item = app
            .store
            .create_agenda_item(
                meeting.id,
                &AgendaItemDraft {
                    position: None,
                    number: Some(number.into()),
                    name: name.into(),
                    public,
                    paper_id: paper,
                    result: Some(result.into()),
                    resolution_text: None,
                    votes: Votes::default(),
                    minutes: None,
                },
            )
            .await
            .unwrap();
        items.push(item.id);
    }
    (meeting.id, items)
}

both!(the_minutes_are_taken_over_and_bad_input_stores_nothing);
async fn the_minutes_are_taken_over_and_bad_input_stores_nothing(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let body_id = app.store.body_by_key(&f.key).await.unwrap().id;
    let (_, items) = meeting_with_outcomes(&app, body_id, f.lead).await;
    let list = app
        .get(&format!("/admin/bodies/{body_id}/resolutions"))
        .await;
    assert_eq!(
        list.text.matches("einzeln erfassen").count(),
        3,
        "{}",
        list.text
    );
    assert!(!list.text.contains("Bericht der Integrationskoordination"));
    let r = app
        .post_form(
            &format!("/admin/bodies/{body_id}/resolutions/take-over"),
            &[],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(app.count("resolutions").await, 3);
    app.post_form(
        &format!("/admin/bodies/{body_id}/resolutions/take-over"),
        &[],
    )
    .await;
    assert_eq!(app.count("resolutions").await, 3, "taken over once");
    let all = app.store.resolutions(body_id, true).await.unwrap();
    let pool = all
        .iter()
        .find(|r| r.agenda_item_id == Some(items[0]))
        .unwrap();
    assert_eq!(
        (pool.kind.as_str(), pool.lead_organization_id),
        ("resolution", Some(f.lead))
    );
    let deferred = all
        .iter()
        .find(|r| r.agenda_item_id == Some(items[2]))
        .unwrap();
    assert_eq!(
        (deferred.kind.as_str(), deferred.status.as_str()),
        ("deferral", "deferred")
    );
    let list = app
        .get(&format!("/admin/bodies/{body_id}/resolutions"))
        .await;
    assert!(list.text.contains("zurückgestellt ohne Wiedervorlagedatum"));

    // A deferral without its resubmission date is refused, in German, and nothing changes.
    let edit = format!("/admin/resolutions/{}/edit", deferred.id);
    let r = app
        .post_form(
            &edit,
            &[
                ("kind", "deferral"),
                ("title", "Integrationsbeirat"),
                ("status", "deferred"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.text
            .contains("bis wann die Angelegenheit zurückgestellt ist"),
        "{}",
        r.text
    );
    assert_eq!(app.store.resolution(deferred.id).await.unwrap(), *deferred);
    let r = app
        .post_form(
            &edit,
            &[
                ("kind", "deferral"),
                ("title", "Integrationsbeirat"),
                ("status", "deferred"),
                ("resubmission_on", "01.03.2027"),
                ("measure_ids", "999999"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "a measure of no body: {}", r.text);
    assert_eq!(app.store.resolution(deferred.id).await.unwrap(), *deferred);

    // The API names the field; the public sees public items only.
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/resolutions/{}", pool.id),
            &json!({"title": "X", "status": "erledigt"}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.json()["fields"]["status"].is_string(), "{}", r.text);
    let public = app.get(&format!("/{}/beschluesse", f.key)).await;
    assert!(public.text.contains("Sprachmittlerpool einrichten"));
    assert!(!public.text.contains("Personalangelegenheit"));
    let hidden = all
        .iter()
        .find(|r| r.agenda_item_id == Some(items[3]))
        .unwrap();
    assert_eq!(
        app.get(&format!("/api/v1/resolutions/{}", hidden.id))
            .await
            .status,
        404
    );
    assert!(
        !app.get(&format!("/{}/beschluesse.csv", f.key))
            .await
            .text
            .contains("Personalangelegenheit")
    );

    // A measure that carries a resolution out is not deleted from under it.
    let measure = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", f.goal),
            &json!({"title": "Sprachmittlerpool", "lead_organization_id": f.lead}),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/resolutions/{}", pool.id),
            &json!({"title": "Sprachmittlerpool einrichten", "status": "in_progress", "measure_ids": [measure]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let r = app.delete(&format!("/api/v1/measures/{measure}")).await;
    assert_eq!(r.status, 409, "{}", r.text);
    assert!(r.text.contains("Beschlüssen"), "{}", r.text);
    app.finish().await;
}

both!(a_passed_deadline_reminds_the_coordinators_once_per_deadline);
async fn a_passed_deadline_reminds_the_coordinators_once_per_deadline(db: Db) {
    let Some(s) = crate::rounds::scene(db).await else {
        return;
    };
    let app = &s.app;
    let body_id = app.store.body_id_of_measure(s.courses).await.unwrap();
    let key = app.store.body(body_id).await.unwrap().key;
    crate::rounds::coordinator(app, &key).await;
    let (_, items) = meeting_with_outcomes(app, body_id, s.lead).await;
    let due = Date::today().add_days(10);
    let r = app
        .post_form(
            &format!("/admin/agenda-items/{}/resolutions/new", items[0]),
            &[
                ("kind", "resolution"),
                ("title", "Sprachmittlerpool einrichten"),
                ("due_on", &due.iso()),
                ("status", "in_progress"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let ours = |planned: &[notify::Planned]| -> Vec<String> {
        planned
            .iter()
            .filter(|p| p.kind == teilhabe_web::resolutions::KIND_RESOLUTION)
            .map(|p| p.recipient.clone())
            .collect()
    };
    let on_the_day = notify::run(&app.store, &app.base, due, true).await.unwrap();
    assert!(ours(&on_the_day).is_empty(), "not before the day after");
    let after = notify::run(&app.store, &app.base, due.add_days(1), false)
        .await
        .unwrap();
    assert_eq!(
        ours(&after),
        vec!["koordination@landkreis-peine.example".to_owned()]
    );
    let again = notify::run(&app.store, &app.base, due.add_days(5), false)
        .await
        .unwrap();
    assert!(ours(&again).is_empty(), "once per deadline");
    s.worker.deliver().await.unwrap();
    let mails = s.smtp.wait_for(1, Duration::from_secs(20));
    let notice: Vec<_> = mails
        .iter()
        .filter(|m| {
            m.envelope_to
                .contains("koordination@landkreis-peine.example")
        })
        .collect();
    assert_eq!(notice.len(), 1);
    let subject = notice[0].header("Subject").unwrap();
    assert!(
        subject.contains("Frist abgelaufen: Sprachmittlerpool einrichten")
            && notice[0]
                .text
                .contains("Sitzung des Kreistages, 19.03.2026, TOP Ö 4"),
        "{subject}\n{}",
        notice[0].text
    );
    s.app.finish().await;
}
