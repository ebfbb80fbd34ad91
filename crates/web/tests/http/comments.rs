//! The online consultation end to end, with a real SMTP server (aiosmtpd): comments on a
//! draft in consultation refused on an adopted version, refused with their problems (the
//! form keeping what was typed, nothing stored), held back from readers until moderated,
//! published as contributions or rejected with a reason; the address confirmed, told the
//! fate exactly once, erased by one click and by the retention; a burst from one client
//! refused.

use crate::common::{Db, Fixture, TestApp, fixture, mail_worker, mailed_link, spawn};
use serde_json::json;
use std::path::PathBuf;
use std::time::Duration;
use teilhabe_domain::participation::{ContributionDraft, ContributionKind, ContributionStatus};
use teilhabe_mail::Worker;
use teilhabe_mail::testing::{Options, Received, SmtpServer};
use teilhabe_web::controlling::notify;

struct Draft {
    concept: i64,
    field: i64,
    measure: i64,
    hidden: i64,
}

/// A draft of the next version in consultation from yesterday for a month, with a field,
/// a goal, a public measure and one that is not public.
async fn draft(app: &TestApp, key: &str, lead: i64) -> Draft {
    let today = teilhabe_domain::Date::today();
    let created = |r: crate::common::Reply| {
        assert_eq!(r.status, 201, "{}", r.text);
        r.json()["id"].as_i64().unwrap()
    };
    let concept = created(
        app.send_json(
            "POST",
            &format!("/api/v1/bodies/{key}/concepts"),
            &json!({"title": "Integrationskonzept", "kind": "concept", "version_label": "2030",
                    "status": "consultation", "consultation_from": today.add_days(-1).iso(),
                    "consultation_until": today.add_days(30).iso()}),
        )
        .await,
    );
    let field = created(
        app.send_json(
            "POST",
            &format!("/api/v1/concepts/{concept}/fields-of-action"),
            &json!({"title": "Arbeit und Ausbildung"}),
        )
        .await,
    );
    let goal = created(
        app.send_json(
            "POST",
            &format!("/api/v1/fields-of-action/{field}/goals"),
            &json!({"title": "Schneller in Arbeit"}),
        )
        .await,
    );
    let measure = created(
        app.send_json(
            "POST",
            &format!("/api/v1/goals/{goal}/measures"),
            &json!({"title": "Jobcoaching für Geflüchtete", "lead_organization_id": lead}),
        )
        .await,
    );
    let hidden = created(
        app.send_json(
            "POST",
            &format!("/api/v1/goals/{goal}/measures"),
            &json!({"title": "Interne Abstimmung Jobcenter", "lead_organization_id": lead, "public": false}),
        )
        .await,
    );
    Draft {
        concept,
        field,
        measure,
        hidden,
    }
}

async fn stored(app: &TestApp, concept: i64) -> usize {
    app.store
        .comments_of_concept(concept, None)
        .await
        .unwrap()
        .len()
}

both!(
    a_comment_goes_from_the_form_to_its_fate_and_the_address_goes_again,
    pgbouncer
);
async fn a_comment_goes_from_the_form_to_its_fate_and_the_address_goes_again(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let f = fixture(&app).await;
    let d = draft(&app, &f.key, f.lead).await;
    let smtp = SmtpServer::start(
        &PathBuf::from(env!("CARGO_TARGET_TMPDIR")),
        &Options::default(),
    );
    let worker = mail_worker(&app, smtp.port);
    let page = format!("/{}/konzepte/{}/kommentare", f.key, d.concept);

    let s = Scene {
        app,
        f,
        d,
        smtp,
        worker,
        page,
    };
    refusals(&s).await;
    let comments = two_comments(&s).await;
    let contribution = moderated(&s, &comments).await;
    let fate = fate_told_once(&s, contribution).await;
    after_the_fate(&s, db, &fate).await;
    s.app.finish().await;
}

/// The comment with an address that goes all the way.
const TEXT: &str = "Bitte das Jobcoaching auch abends anbieten, viele arbeiten tagsüber schon.";

struct Scene {
    app: TestApp,
    f: Fixture,
    d: Draft,
    smtp: SmtpServer,
    worker: Worker,
    /// The draft's comments page.
    page: String,
}

/// Refused: the version in force, problems by field, a bot, a measure readers do not see.
async fn refusals(s: &Scene) {
    let Scene {
        app, f, d, page, ..
    } = s;
    // The version in force takes no comments: refused, nothing stored.
    let adopted = format!("/{}/konzepte/{}/kommentare", f.key, f.concept);
    let r = app
        .post_form(
            &adopted,
            &[
                ("target", "version"),
                ("text", "Ein Kommentar zur geltenden Fassung."),
            ],
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.text);
    assert!(
        r.text.contains("nicht (mehr) in der Beteiligung"),
        "{}",
        r.text
    );
    assert_eq!(stored(app, f.concept).await, 0);

    // Problems by field; the form keeps what was typed.
    let measure_target = format!("measure:{}", d.measure);
    let r = app
        .post_form(
            page,
            &[
                ("target", &measure_target),
                ("text", "zu kurz"),
                ("email", "keine-adresse"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(r.text.contains("mindestens 10 Zeichen"), "{}", r.text);
    assert!(
        r.text.contains("keine gültige E-Mail-Adresse"),
        "{}",
        r.text
    );
    assert!(r.text.contains(">zu kurz</textarea>"), "{}", r.text);
    assert!(r.text.contains("value=\"keine-adresse\""), "{}", r.text);
    // A bot fills the field people do not see.
    let r = app
        .post_form(
            page,
            &[
                ("target", "version"),
                ("text", "Günstige Uhren hier kaufen!"),
                ("website", "https://spam.example"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    // A measure readers do not see cannot be commented on.
    let hidden_target = format!("measure:{}", d.hidden);
    let r = app
        .post_form(
            page,
            &[
                ("target", &hidden_target),
                ("text", "Was wird hier abgestimmt?"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert_eq!(
        stored(app, d.concept).await,
        0,
        "nothing stored from refused forms"
    );
}

/// A comment with an address, one in Arabic without; the address confirmed from its mail.
async fn two_comments(s: &Scene) -> Vec<teilhabe_store::comments::Comment> {
    let Scene {
        app,
        d,
        page,
        smtp,
        worker,
        ..
    } = s;
    // A comment with an address, and one in Arabic without.
    let text = TEXT;
    let measure_target = format!("measure:{}", d.measure);
    let r = app
        .post_form(
            page,
            &[
                ("target", &measure_target),
                ("text", text),
                ("email", "Leserin@Example.org"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert!(r.location.as_deref().unwrap().contains("/danke"));
    let field_target = format!("field:{}", d.field);
    let arabic = "نرجو توفير معلومات عن الاعتراف بالشهادات المهنية.";
    let r = app
        .post_form(
            &format!("{page}?sprache=ar"),
            &[("target", &field_target), ("text", arabic)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let comments = app
        .store
        .comments_of_concept(d.concept, None)
        .await
        .unwrap();
    assert_eq!(comments.len(), 2);
    assert_eq!(comments[1].lang, "ar");
    // Waiting comments are not shown to readers.
    let public = app.get(page).await;
    assert_eq!(public.status, 200);
    assert!(!public.text.contains("abends anbieten"));
    assert!(!public.text.contains("الاعتراف"));

    // The confirmation mail, and the address confirmed by the button behind its link.
    worker.deliver().await.unwrap();
    let mails = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(mails.len(), 1);
    assert!(mails[0].envelope_to.contains("leserin@example.org"));
    let confirm = mailed_link(&mails[0], &app.base, "/kommentare/bestaetigen/");
    let r = app.get(&confirm).await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("Adresse bestätigen"), "{}", r.text);
    let r = app.post_form(&confirm, &[]).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.text.contains("ist bestätigt"), "{}", r.text);
    comments
}

/// Moderation: a rejection needs its reason; then one published, one rejected.
async fn moderated(
    s: &Scene,
    comments: &[teilhabe_store::comments::Comment],
) -> teilhabe_store::participation::Contribution {
    let measure_target = format!("measure:{}", s.d.measure);
    let Scene {
        app, f, d, page, ..
    } = s;
    // Moderation: a rejection needs its reason; then published and rejected.
    let queue = app
        .get(&format!("/admin/concepts/{}/comments", d.concept))
        .await;
    assert_eq!(queue.status, 200);
    assert!(queue.text.contains("abends anbieten") && queue.text.contains("الاعتراف"));
    let moderate = |id: i64| format!("/admin/concepts/{}/comments/{id}", d.concept);
    let r = app
        .post_form(&moderate(comments[1].id), &[("action", "reject")])
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    let reason = "Dazu gibt es schon die Anerkennungsberatung der Handwerkskammer.";
    let r = app
        .post_form(
            &moderate(comments[1].id),
            &[("action", "reject"), ("reason", reason)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let field = d.field.to_string();
    let group = f.group.to_string();
    let r = app
        .post_form(
            &moderate(comments[0].id),
            &[
                ("action", "publish"),
                ("kind", "idea"),
                ("field_ids", &field),
                ("target_group_ids", &group),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    // Decided once: a second decision (another moderator's stale page) is refused.
    let again = app
        .post_form(
            &moderate(comments[0].id),
            &[("action", "reject"), ("reason", reason)],
        )
        .await;
    assert_eq!(again.status, 422, "{}", again.text);
    assert!(again.text.contains("schon moderiert"), "{}", again.text);
    let published = app.store.comment(comments[0].id).await.unwrap();
    assert_eq!(published.state, "published");
    let contribution = app
        .store
        .contribution(published.contribution_id.expect("a contribution"))
        .await
        .unwrap();
    assert_eq!(contribution.text, TEXT);
    assert_eq!(contribution.field_ids, [d.field]);
    let event = app.store.event(contribution.event_id).await.unwrap();
    assert_eq!(event.format, "online");
    // Readers see the published comment, never the rejected one; so does the API.
    let public = app.get(page).await;
    assert!(public.text.contains("abends anbieten"), "{}", public.text);
    assert!(!public.text.contains("الاعتراف"));
    let api = app
        .json(&format!("/api/v1/bodies/{}/participation", f.key))
        .await
        .to_string();
    assert!(
        api.contains("abends anbieten") && !api.contains("الاعتراف"),
        "{api}"
    );
    assert!(
        api.contains(&format!("\"target\":\"{measure_target}\"")),
        "{api}"
    );
    contribution
}

/// The fate: taken into the measure; the scheduler tells the address once.
async fn fate_told_once(
    s: &Scene,
    contribution: teilhabe_store::participation::Contribution,
) -> Received {
    let Scene {
        app,
        f,
        d,
        smtp,
        worker,
        ..
    } = s;
    // The fate: taken into the measure. The scheduler tells the address once.
    app.store
        .update_contribution(
            contribution.id,
            &ContributionDraft {
                kind: ContributionKind::Idea,
                text: contribution.text.clone(),
                field_ids: vec![d.field],
                target_group_ids: vec![f.group],
                status: ContributionStatus::Taken,
                reason: Some("Ab Herbst gibt es Abendtermine.".into()),
                measure_ids: vec![d.measure],
                public: true,
                organization_id: None,
            },
        )
        .await
        .unwrap();
    let today = teilhabe_domain::Date::today();
    notify::run(&app.store, &app.base, today, false)
        .await
        .unwrap();
    notify::run(&app.store, &app.base, today, false)
        .await
        .unwrap();
    worker.deliver().await.unwrap();
    let mails = smtp.wait_for(2, Duration::from_secs(20));
    std::thread::sleep(Duration::from_millis(300));
    let mails_now = smtp.received();
    assert_eq!(mails_now.len(), 2, "confirmation and exactly one notice");
    let fate = &mails[1];
    assert!(fate.text.contains("wurde aufgenommen"), "{}", fate.text);
    assert!(
        fate.text.contains("Jobcoaching für Geflüchtete"),
        "{}",
        fate.text
    );
    assert!(
        fate.text.contains("Ab Herbst gibt es Abendtermine."),
        "{}",
        fate.text
    );
    fate.clone()
}

/// The dump round trip, the unsubscribe link, the retention and a burst.
async fn after_the_fate(s: &Scene, db: Db, fate: &Received) {
    let Scene {
        app, f, d, page, ..
    } = s;
    let today = teilhabe_domain::Date::today();
    // The dump keeps the comments, what became of them and the address, and comes back
    // the same.
    let dump = app.store.export_body(&f.key).await.expect("export");
    assert_eq!(dump.comments.len(), 2);
    assert_eq!(dump.comments[0].contribution.map(|(_, _, n)| n), Some(1));
    assert_eq!(dump.comments[0].target, "measure:1");
    assert_eq!(
        dump.comments[0]
            .subscription
            .as_ref()
            .map(|s| s.email.as_str()),
        Some("leserin@example.org")
    );
    if let Some(other) = spawn(db).await {
        other.store.import_body(&dump, false).await.expect("import");
        assert_eq!(other.store.export_body(&f.key).await.unwrap(), dump);
        other.finish().await;
    }

    // One click erases the address.
    let unsubscribe = mailed_link(fate, &app.base, "/kommentare/abmelden/");
    let r = app.get(&unsubscribe).await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("ist gelöscht"), "{}", r.text);
    assert!(
        app.store
            .comment_address_export("leserin@example.org")
            .await
            .unwrap()
            .is_empty()
    );
    let r = app.get(&unsubscribe).await;
    assert!(r.text.contains("schon gelöscht"), "{}", r.text);

    // An address never confirmed goes with the retention; the comment stays.
    let r = app
        .post_form(
            page,
            &[
                ("target", "version"),
                ("text", "Mehr Angebote in den Dörfern, bitte."),
                ("email", "zweite@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(
        app.store
            .comment_address_export("zweite@example.org")
            .await
            .unwrap()
            .len(),
        1
    );
    let later = today.add_days(8).iso();
    let done = app.store.apply_retention(&later).await.unwrap();
    assert_eq!(done.comment_addresses, 1);
    assert!(
        app.store
            .comment_address_export("zweite@example.org")
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(stored(app, d.concept).await, 3);

    // A burst from one client: five an hour (four taken so far, counting the refused
    // hidden measure), then refused with the text kept.
    let burst = "Noch ein Gedanke zum Entwurf, bitte prüfen.";
    let r = app
        .post_form(page, &[("target", "version"), ("text", burst)])
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let r = app
        .post_form(page, &[("target", "version"), ("text", burst)])
        .await;
    assert_eq!(r.status, 429, "{}", r.text);
    assert!(r.text.contains(burst), "the form keeps the text");
    assert_eq!(stored(app, d.concept).await, 4);
}
