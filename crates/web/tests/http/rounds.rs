//! A reporting round end to end, through a real SMTP server (aiosmtpd): the coordinator
//! starts it, every lead organisation's contacts receive their link, an organisation opens
//! it without an account and files its reports, the round page shows who answered, and
//! after the deadline the reminder goes only to those who did not — in the account's
//! language. The link's scope: only its organisation's measures, only in its round, not
//! after the coordinator stops it or the round closes.

use crate::common::{Db, TestApp, fixture, mail_worker, mailed_link, spawn};
use serde_json::json;
use std::path::PathBuf;
use std::time::Duration;
use teilhabe_domain::Date;
use teilhabe_mail::Worker;
use teilhabe_mail::testing::{Options, Received, SmtpServer};
use teilhabe_web::controlling::notify;

fn to<'a>(mails: &'a [Received], address: &str) -> Vec<&'a Received> {
    mails
        .iter()
        .filter(|m| m.envelope_to.contains(address))
        .collect()
}

async fn measure(app: &TestApp, goal: i64, lead: i64, title: &str, contact: Option<i64>) -> i64 {
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{goal}/measures"),
            &json!({"title": title, "lead_organization_id": lead, "status": "in_progress",
                    "start_date": "2024-01-01", "contact_person_id": contact}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()["id"].as_i64().unwrap()
}

/// A body with two organisations: the lead department (three measures' worth: two here,
/// its contact person with an address) and the welfare association (one measure, an actor
/// account that reads its mail in Arabic); a real SMTP server and a mail worker.
pub(crate) struct Scene {
    pub(crate) app: TestApp,
    pub(crate) smtp: SmtpServer,
    pub(crate) worker: Worker,
    concept: i64,
    pub(crate) lead: i64,
    partner: i64,
    pub(crate) courses: i64,
    cafe: i64,
    advice: i64,
    /// The lead's measure in another concept version, which the round does not ask about.
    other_version: i64,
}

const LEAD_ADDRESS: &str = "sprache@landkreis-peine.example";
const PARTNER_ADDRESS: &str = "integration@caritas.example";

pub(crate) async fn scene(db: Db) -> Option<Scene> {
    let app = spawn(db).await?;
    let f = fixture(&app).await;
    let smtp = SmtpServer::start(
        &PathBuf::from(env!("CARGO_TARGET_TMPDIR")),
        &Options::default(),
    );
    let person = app
        .send_json(
            "POST",
            &format!("/api/v1/bodies/{}/persons", f.key),
            &json!({"name": "Sachbearbeitung Sprachkurse", "organization_id": f.lead, "email": LEAD_ADDRESS}),
        )
        .await;
    assert_eq!(person.status, 201, "{}", person.text);
    let contact = person.json()["id"].as_i64();
    let actor = app
        .store
        .create_user(
            "caritas.peine",
            "Caritasverband Peine",
            Some(PARTNER_ADDRESS),
            Some("ein-langes-passwort-fuer-tests"),
        )
        .await
        .unwrap();
    app.store
        .grant_role(
            "caritas.peine",
            teilhabe_domain::access::Role::Actor,
            Some(&f.key),
            &[f.partner],
        )
        .await
        .unwrap();
    app.store
        .set_user_language(actor, Some("ar"))
        .await
        .unwrap();
    let courses = measure(
        &app,
        f.goal,
        f.lead,
        "Sprachkurse in allen Gemeinden",
        contact,
    )
    .await;
    let cafe = measure(&app, f.goal, f.lead, "Sprachcafé", None).await;
    let advice = measure(&app, f.goal, f.partner, "Migrationsberatung", None).await;
    let other_version = other_version(&app, &f.key, f.lead).await;
    let worker = mail_worker(&app, smtp.port);
    Some(Scene {
        app,
        smtp,
        worker,
        concept: f.concept,
        lead: f.lead,
        partner: f.partner,
        courses,
        cafe,
        advice,
        other_version,
    })
}

/// A draft of the next version with a measure of the lead: a round of the current version
/// does not ask about it.
async fn other_version(app: &TestApp, key: &str, lead: i64) -> i64 {
    let steps = [
        (
            "fields-of-action",
            json!({"title": "Integrationskonzept 2030", "kind": "concept", "version_label": "2030", "status": "draft"}),
        ),
        ("goals", json!({"title": "Sprache"})),
        ("measures", json!({"title": "Sprachkurse"})),
        (
            "",
            json!({"title": "Sprachpatenschaften", "lead_organization_id": lead}),
        ),
    ];
    // Each record is made below the one before: concept, field, goal, measure.
    let (mut parent, mut kind, mut made) =
        (format!("/api/v1/bodies/{key}/concepts"), "concepts", 0);
    for (child, body) in steps {
        let r = app.send_json("POST", &parent, &body).await;
        assert_eq!(r.status, 201, "{parent}: {}", r.text);
        made = r.json()["id"].as_i64().unwrap();
        parent = format!("/api/v1/{kind}/{made}/{child}");
        kind = child;
    }
    made
}

both!(
    a_round_asks_reminds_and_records_through_real_mail,
    pgbouncer
);
async fn a_round_asks_reminds_and_records_through_real_mail(db: Db) {
    let Some(s) = scene(db).await else { return };
    let deadline = Date::today().add_days(14);
    let (round_path, lead_mail) = start(&s, deadline).await;
    let link = mailed_link(&lead_mail, &s.app.base, "/bericht/");
    file_through_link(&s, &link).await;
    let round = s.app.get(&round_path).await;
    assert_eq!(round.status, 200);
    assert!(
        round
            .text
            .contains("1 von 2 Organisationen haben vollständig berichtet"),
        "{}",
        round.text
    );
    assert!(round.text.contains("beantwortet") && round.text.contains("offen"));
    // The work queue counts the same: one of two organisations, two of three measures.
    let queue = s.app.get("/admin/").await;
    assert!(
        queue.text.contains("Laufende Berichtsabfragen"),
        "{}",
        queue.text
    );
    assert!(
        queue.text.contains("<td>1 / 2</td><td>2 / 3</td>"),
        "{}",
        queue.text
    );
    let xlsx = s.app.get(&format!("{round_path}/export.xlsx")).await;
    assert_eq!(xlsx.status, 200);
    let reminder = remind(&s, deadline).await;
    links_end(
        &s,
        &round_path,
        &link,
        &mailed_link(&reminder, &s.app.base, "/bericht/"),
    )
    .await;
    s.app.finish().await;
}

/// The coordinator starts the round (after a refused try); one mail per organisation
/// arrives, each with only its measures, in the recipient's language.
async fn start(s: &Scene, deadline: Date) -> (String, Received) {
    let (app, today) = (&s.app, Date::today());
    let new = format!("/admin/concepts/{}/rounds/new", s.concept);
    let bad = app
        .post_form(
            &new,
            &[
                ("title", "Sachstand"),
                ("deadline", &today.add_days(-1).iso()),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "a deadline in the past is refused");
    assert!(bad.text.contains("Vergangenheit"), "{}", bad.text);
    assert_eq!(app.count("reporting_rounds").await, 0);
    let started = app
        .post_form(
            &new,
            &[
                ("title", "Sachstand Frühjahr"),
                ("deadline", &deadline.iso()),
                ("message", "Bitte kurz: was lief, was steht an."),
            ],
        )
        .await;
    assert_eq!(started.status, 303, "{}", started.text);
    let sent = s.worker.deliver().await.unwrap();
    assert_eq!(sent.sent, 2, "{sent:?}");
    let mails = s.smtp.wait_for(2, Duration::from_secs(20));
    let lead_mail = to(&mails, LEAD_ADDRESS);
    let partner_mail = to(&mails, PARTNER_ADDRESS);
    assert_eq!((lead_mail.len(), partner_mail.len()), (1, 1), "{mails:?}");
    let lead_mail = lead_mail[0];
    assert!(
        lead_mail.text.contains("Sprachkurse in allen Gemeinden")
            && lead_mail.text.contains("Sprachcafé")
    );
    assert!(
        !lead_mail.text.contains("Migrationsberatung"),
        "only its own measures"
    );
    assert!(
        lead_mail
            .text
            .contains("Bitte kurz: was lief, was steht an.")
    );
    assert_eq!(lead_mail.header("Content-Language"), Some("de"));
    assert_eq!(partner_mail[0].header("Content-Language"), Some("ar"));
    assert!(partner_mail[0].text.contains("Migrationsberatung"));
    let subject = partner_mail[0].header("Subject").unwrap();
    assert!(subject.contains("طلب تقارير"), "{subject}");
    (started.location.clone().unwrap(), lead_mail.clone())
}

/// The link opens without an account, exactly the lead's measures; its reports are filed
/// in the lead's name.
async fn file_through_link(s: &Scene, link: &str) {
    let (app, today) = (&s.app, Date::today().iso());
    let page = app.get(link).await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert!(
        page.text.contains("Sprachkurse in allen Gemeinden")
            && !page.text.contains("Migrationsberatung")
    );
    assert_eq!(
        app.get(&format!("{link}/{}", s.advice)).await.status,
        404,
        "another organisation's measure"
    );
    assert_eq!(
        app.get(&format!("{link}x")).await.status,
        404,
        "a guessed link"
    );
    let other = app.get(&format!("{link}/{}", s.other_version)).await;
    assert_eq!(
        other.status, 404,
        "its measure in another version: not this round's"
    );
    assert_eq!(app.get(&format!("{link}/{}", s.courses)).await.status, 200);
    let empty = app
        .post_form(&format!("{link}/{}", s.courses), &[("reported_on", &today)])
        .await;
    assert_eq!(empty.status, 422, "a report needs its fields");
    assert_eq!(app.count("progress_reports").await, 0);
    for m in [s.courses, s.cafe] {
        let filed = app
            .post_form(
                &format!("{link}/{m}"),
                &[
                    ("reported_on", &today),
                    ("status", "in_progress"),
                    ("progress", "60"),
                    (
                        "narrative",
                        "Zwölf Kurse laufen, zwei Gemeinden fehlen noch.",
                    ),
                ],
            )
            .await;
        assert_eq!(filed.status, 303, "{}", filed.text);
    }
    let reports = app
        .json(&format!("/api/v1/measures/{}/progress-reports", s.courses))
        .await;
    let reporter = reports
        .as_array()
        .and_then(|r| r.first())
        .map(|r| r["reporter_organization_id"].clone());
    assert_eq!(reporter, Some(json!(s.lead)), "{reports}");
}

/// A week after the deadline: a reminder to the partner only (no coordinator with an
/// address here, so no digest), entered once however often the scheduler runs.
async fn remind(s: &Scene, deadline: Date) -> Received {
    let app = &s.app;
    let later = deadline.add_days(7);
    let planned = notify::run(&app.store, &app.base, later, true)
        .await
        .unwrap();
    assert_eq!(planned.len(), 1, "{planned:?}");
    assert_eq!(planned[0].recipient, PARTNER_ADDRESS);
    assert_eq!(
        app.count("round_links").await,
        2,
        "a dry run enters nothing"
    );
    notify::run(&app.store, &app.base, later, false)
        .await
        .unwrap();
    notify::run(&app.store, &app.base, later, false)
        .await
        .unwrap();
    assert_eq!(
        s.worker.deliver().await.unwrap().sent,
        1,
        "entered once, however often run"
    );
    let mails = s.smtp.wait_for(3, Duration::from_secs(20));
    assert_eq!(mails.len(), 3);
    assert_eq!(
        to(&mails, LEAD_ADDRESS).len(),
        1,
        "no reminder to those who answered"
    );
    let reminder = to(&mails, PARTNER_ADDRESS)[1].clone();
    assert_eq!(reminder.header("Content-Language"), Some("ar"));
    assert!(reminder.text.contains("Migrationsberatung"));
    reminder
}

/// The coordinator stops the partner's links (the lead's work on); no link opens after
/// the round closes or once it is ended.
async fn links_end(s: &Scene, round_path: &str, link: &str, partner_link: &str) {
    let app = &s.app;
    assert_eq!(app.get(partner_link).await.status, 200);
    let revoke = app
        .post_form(
            &format!("{round_path}/organizations/{}/revoke", s.partner),
            &[],
        )
        .await;
    assert_eq!(revoke.status, 303);
    assert_eq!(app.get(partner_link).await.status, 404);
    assert_eq!(app.get(link).await.status, 200);
    let round_id: i64 = round_path.rsplit('/').next().unwrap().parse().unwrap();
    let token = link.rsplit('/').next().unwrap();
    let round = app.store.round(round_id).await.unwrap();
    assert!(
        app.store
            .round_link(token, round.closes_on())
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        app.store
            .round_link(token, round.closes_on().add_days(1))
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        app.post_form(&format!("{round_path}/close"), &[])
            .await
            .status,
        303
    );
    assert_eq!(app.get(link).await.status, 404);
}

/// Files the lead's report on "Sprachkurse" through `link`.
async fn file(s: &Scene, link: &str, narrative: &str) {
    let r = s
        .app
        .post_form(
            &format!("{link}/{}", s.courses),
            &[
                ("reported_on", &Date::today().iso()),
                ("status", "delayed"),
                ("progress", "35"),
                ("narrative", narrative),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
}

both!(
    approval_keeps_actors_reports_until_a_coordinator_decides,
    pgbouncer
);
async fn approval_keeps_actors_reports_until_a_coordinator_decides(db: Db) {
    let Some(s) = scene(db).await else { return };
    let app = &s.app;
    let key = app
        .store
        .body(app.store.body_id_of_measure(s.courses).await.unwrap())
        .await
        .unwrap();
    let r = app
        .send_json(
            "PUT",
            &format!("/api/v1/bodies/{}/controlling", key.key),
            &json!({"approval": true}),
        )
        .await;
    assert_eq!(r.json()["approval"], true, "{}", r.text);
    let (round_path, lead_mail) = start(&s, Date::today().add_days(14)).await;
    let link = mailed_link(&lead_mail, &app.base, "/bericht/");
    file(&s, &link, "Erste Fassung ohne Zahlen").await;
    // Submitted: nowhere public, the measure unchanged, waiting on the round page and in
    // the work queue.
    let public = app
        .json(&format!("/api/v1/measures/{}/progress-reports", s.courses))
        .await;
    assert_eq!(public, json!([]), "not public before approval");
    let measure = app.json(&format!("/api/v1/measures/{}", s.courses)).await;
    assert_eq!(
        (measure["status"].as_str(), measure["progress"].as_i64()),
        (Some("in_progress"), Some(0))
    );
    assert!(
        app.get(&round_path)
            .await
            .text
            .contains("wartet auf Freigabe")
    );
    assert!(
        app.get("/admin/")
            .await
            .text
            .contains("warten auf Freigabe")
    );
    let waiting = app.store.reports_waiting(&[key.id]).await.unwrap();
    assert_eq!(waiting.len(), 1);
    let first = waiting[0].report.id;

    // Returned with a reason: mailed to the lead; its measure is open again in the round.
    let back = format!("/admin/reports/{first}/return");
    assert_eq!(app.get(&back).await.status, 200);
    assert_eq!(
        app.post_form(&back, &[("reason", " ")]).await.status,
        422,
        "a reason is needed"
    );
    let returned = app
        .post_form(
            &back,
            &[("reason", "Bitte die Zahl der Teilnehmenden nennen.")],
        )
        .await;
    assert_eq!(returned.status, 303, "{}", returned.text);
    assert_eq!(
        app.post_form(&back, &[("reason", "noch einmal")])
            .await
            .status,
        409,
        "already decided"
    );
    assert_eq!(s.worker.deliver().await.unwrap().sent, 1);
    let mails = s.smtp.wait_for(3, Duration::from_secs(20));
    let notice = to(&mails, LEAD_ADDRESS).into_iter().last().unwrap();
    assert!(
        notice
            .text
            .contains("Bitte die Zahl der Teilnehmenden nennen."),
        "{}",
        notice.text
    );
    assert!(notice.header("Subject").unwrap().contains("zurückgegeben"));
    let page = app.get(&link).await;
    assert!(
        !page.text.contains("wartet auf Freigabe"),
        "a returned report answers nothing"
    );
    assert!(
        page.text
            .contains("Zurückgegeben: Bitte die Zahl der Teilnehmenden nennen."),
        "the organisation sees why it is asked again: {}",
        page.text
    );

    // Filed again and approved: public, and the measure takes its status.
    file(&s, &link, "Zweite Fassung: 48 Teilnehmende in vier Kursen").await;
    let second = app.store.reports_waiting(&[key.id]).await.unwrap()[0]
        .report
        .id;
    assert_eq!(
        app.post_form(&format!("/admin/reports/{second}/approve"), &[])
            .await
            .status,
        303
    );
    let public = app
        .json(&format!("/api/v1/measures/{}/progress-reports", s.courses))
        .await;
    assert_eq!(public.as_array().unwrap().len(), 1, "{public}");
    assert_eq!(
        public[0]["narrative"],
        "Zweite Fassung: 48 Teilnehmende in vier Kursen"
    );
    let measure = app.json(&format!("/api/v1/measures/{}", s.courses)).await;
    assert_eq!(
        (measure["status"].as_str(), measure["progress"].as_i64()),
        (Some("delayed"), Some(35))
    );
    assert!(
        app.get(&format!("/admin/bodies/{}/reviews", key.id))
            .await
            .text
            .contains("Keine Meldung wartet auf Freigabe.")
    );
    s.app.finish().await;
}

/// A coordinator of the body `key` with the address koordination@landkreis-peine.example.
pub(crate) async fn coordinator(app: &TestApp, key: &str) {
    app.store
        .create_user(
            "koordination.test",
            "Koordination",
            Some("koordination@landkreis-peine.example"),
            None,
        )
        .await
        .unwrap();
    app.store
        .grant_role(
            "koordination.test",
            teilhabe_domain::access::Role::Coordinator,
            Some(key),
            &[],
        )
        .await
        .unwrap();
}

both!(committee_reports_due_remind_the_coordinators_once);
async fn committee_reports_due_remind_the_coordinators_once(db: Db) {
    let Some(s) = scene(db).await else { return };
    let app = &s.app;
    let body_id = app.store.body_id_of_measure(s.courses).await.unwrap();
    let key = app.store.body(body_id).await.unwrap().key;
    coordinator(app, &key).await;
    let due = Date::today().add_days(20);
    app.store
        .create_reporting_cycle(
            body_id,
            &teilhabe_domain::council::ReportingCycleDraft {
                title: "Jährlicher Sachstandsbericht".into(),
                organization_id: s.lead,
                concept_id: None,
                interval_months: 12,
                next_due: due,
                requested_by_paper_id: None,
            },
        )
        .await
        .unwrap();
    let kinds = |planned: &[notify::Planned]| -> Vec<String> {
        planned
            .iter()
            .filter(|p| p.kind == notify::KIND_CYCLE)
            .map(|p| p.recipient.clone())
            .collect()
    };
    let early = notify::run(&app.store, &app.base, Date::today(), true)
        .await
        .unwrap();
    assert!(kinds(&early).is_empty(), "20 days ahead: not yet");
    let near = due.add_days(-notify::CYCLE_NOTICE_DAYS);
    let planned = notify::run(&app.store, &app.base, near, false)
        .await
        .unwrap();
    assert_eq!(
        kinds(&planned),
        vec!["koordination@landkreis-peine.example".to_owned()]
    );
    let again = notify::run(&app.store, &app.base, due.add_days(3), false)
        .await
        .unwrap();
    assert!(kinds(&again).is_empty(), "once per due date");
    s.worker.deliver().await.unwrap();
    let mails = s.smtp.wait_for(1, Duration::from_secs(20));
    let notice = to(&mails, "koordination@landkreis-peine.example");
    assert_eq!(notice.len(), 1);
    assert!(
        notice[0].text.contains("Jährlicher Sachstandsbericht"),
        "{}",
        notice[0].text
    );
    s.app.finish().await;
}
