//! Data protection: information and erasure of a person's and an account's data, reaching
//! into the audit trail; the storage limits of survey raw data and invitation codes; and the
//! accounts page of a body's administrators.

use crate::common::{Db, TestApp, spawn_demo};
use teilhabe_domain::RawInput;
use teilhabe_domain::access::Role;
use teilhabe_domain::bodies::{MembershipDraft, PersonDraft};
use teilhabe_domain::surveys::SurveyDraft;
use teilhabe_store::audit::AuditFilter;
use teilhabe_store::surveys::NewResponse;

const OWN: &str = "03157";
const FOREIGN: &str = "14626";

/// A form sent by `client`.
async fn post(
    client: &reqwest::Client,
    url: impl reqwest::IntoUrl,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

/// Every audit entry as one text, to search for what must be gone.
async fn whole_trail(app: &crate::common::TestApp) -> String {
    app.store
        .audit_entries(&AuditFilter::default())
        .await
        .unwrap()
        .iter()
        .map(|e| format!("{:?} {:?}\n", e.before, e.after))
        .collect()
}

async fn erasure_reaches_the_audit_trail(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let person = |name: &str, email: &str| {
        PersonDraft::parse(&RawInput::from_pairs([
            ("name", name),
            ("role_title", "Sprecherin des Migrationsbeirats"),
            ("email", email),
            ("phone", "05171 401-0815"),
        ]))
        .unwrap()
    };
    // One person with a seat (must stay, anonymised), one without (deleted), each changed
    // once so that the trail holds the name before and after.
    let seated = app
        .store
        .create_person(peine.id, &person("Erika Sitzmann", "erika@example.org"))
        .await
        .unwrap();
    app.store
        .update_person(
            seated.id,
            &person("Erika Sitzmann-Berg", "erika@example.org"),
        )
        .await
        .unwrap();
    let org = app.store.organizations(peine.id).await.unwrap()[0].id;
    app.store
        .create_membership(
            org,
            &MembershipDraft::parse(&RawInput::from_pairs([(
                "person_id",
                seated.id.to_string(),
            )]))
            .unwrap(),
        )
        .await
        .unwrap();
    let loose = app
        .store
        .create_person(peine.id, &person("Otto Losmann", "otto@example.org"))
        .await
        .unwrap();
    assert!(whole_trail(&app).await.contains("Erika Sitzmann-Berg"));

    // Information: the coordinator gets everything; an actor and the public get nothing.
    let coordinator = app.session_for("koordination.peine").await;
    let export = format!("{}/admin/persons/{}/privacy-export", app.base, seated.id);
    let r = coordinator.get(&export).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data: serde_json::Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert_eq!(data["person"]["name"], "Erika Sitzmann-Berg");
    assert_eq!(data["person"]["email"], "erika@example.org");
    assert_eq!(data["mitgliedschaften"].as_array().unwrap().len(), 1);
    assert_eq!(data["aenderungsverlauf"].as_array().unwrap().len(), 2);
    let actor = app.session_for("traeger.peine").await;
    assert_eq!(
        actor.get(&export).send().await.unwrap().status().as_u16(),
        403
    );
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    assert_eq!(
        anonymous
            .get(&export)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        303
    );
    let foreign = app.session_for("koordination.goerlitz").await;
    assert_eq!(
        foreign.get(&export).send().await.unwrap().status().as_u16(),
        403
    );

    // Erasure as the coordinator.
    for p in [&seated, &loose] {
        let r = post(
            &coordinator,
            format!("{}/admin/persons/{}/erase", app.base, p.id),
            "",
        )
        .await;
        assert_eq!(r.status().as_u16(), 303, "{}", r.text().await.unwrap());
    }
    let kept = app.store.person(seated.id).await.unwrap();
    assert_eq!(kept.name, format!("Gelöschte Person {}", seated.id));
    assert_eq!(
        (kept.email, kept.phone, kept.role_title),
        (None, None, None)
    );
    assert!(kept.erased_on.is_some());
    assert!(app.store.person(loose.id).await.is_err(), "deleted");
    let trail = whole_trail(&app).await;
    for gone in ["Erika", "Sitzmann", "Losmann", "example.org", "401-0815"] {
        assert!(!trail.contains(gone), "{gone} is still in the audit trail");
    }
    // Who, when and what stay; the erasure itself is logged.
    let history = app
        .store
        .audit_entries(&AuditFilter {
            record: Some(("persons".into(), seated.id)),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = history
        .iter()
        .filter(|e| e.entity == "persons")
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(actions.iter().filter(|a| **a == "erase").count(), 1);
    assert!(actions.contains(&"insert") && actions.contains(&"update"));
    assert!(history.iter().any(|e| {
        e.before
            .as_deref()
            .is_some_and(|b| b.contains("[gelöscht]"))
    }));
    // The public council pages name nobody.
    let page = app
        .get(&format!("/{OWN}/oparl/v1/body/{}/person", peine.id))
        .await;
    assert!(!page.text.contains("Sitzmann"));
    // A second erasure is refused, not repeated.
    let r = post(
        &coordinator,
        format!("{}/admin/persons/{}/erase", app.base, seated.id),
        "",
    )
    .await;
    assert_eq!(r.status().as_u16(), 409);
    app.finish().await;
}
both!(erasure_reaches_the_audit_trail);

async fn accounts_are_exported_and_erased(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    // The actor changes a measure, so the trail names the account as an author.
    let user_id = app.store.user_id("traeger.peine").await.unwrap();
    app.store.end_sessions_of("traeger.peine").await.unwrap();
    let _ = app.session_for("traeger.peine").await;
    let r = app
        .get("/admin/accounts/traeger.peine/privacy-export")
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let data = r.json();
    assert_eq!(data["konto"]["anmeldename"], "traeger.peine");
    assert_eq!(data["rollen"][0]["rolle"], "actor");
    assert_eq!(data["sitzungen"].as_array().unwrap().len(), 1);
    assert!(!r.text.contains("argon2"), "no password hash");
    // Only the server's administrators.
    let coordinator = app.session_for("koordination.peine").await;
    let r = coordinator
        .get(format!(
            "{}/admin/accounts/traeger.peine/privacy-export",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert!(
        app.get("/admin/accounts")
            .await
            .text
            .contains("traeger.peine")
    );

    let r = app
        .post_form("/admin/accounts/traeger.peine/erase", &[])
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert!(app.store.user_id("traeger.peine").await.is_err());
    let principal = app.store.principal(user_id).await.unwrap();
    assert!(principal.is_none_or(|p| p.grants.is_empty()));
    let trail = whole_trail(&app).await;
    assert!(!trail.contains("traeger.peine"), "login redacted");
    assert_eq!(
        app.store
            .login("traeger.peine", "demo-passwort-traeger", "test")
            .await
            .unwrap(),
        teilhabe_store::accounts::LoginOutcome::Refused
    );
    app.finish().await;
}
both!(accounts_are_exported_and_erased);

async fn storage_limits_delete_raw_data_and_codes(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let goerlitz = app.store.body_by_key(FOREIGN).await.unwrap();
    let draft = |status: &str, days: &str| {
        SurveyDraft::parse(&RawInput::from_pairs([
            ("title", "Kurzbefragung Sprachcafé"),
            ("status", status),
            ("raw_data_days", days),
            ("invitation_days", "0"),
        ]))
        .unwrap()
    };
    let survey = app
        .store
        .create_survey(goerlitz.id, &draft("open", "30"))
        .await
        .unwrap();
    assert_eq!(survey.closed_on, None);
    app.store
        .add_responses(
            survey.id,
            &[NewResponse {
                channel: "paper",
                lang: "de".into(),
                answers: Vec::new(),
                design_weight: None,
            }],
            None,
        )
        .await
        .unwrap();
    app.store.create_invitations(survey.id, 3).await.unwrap();
    // Open surveys are never touched.
    let far = "2099-01-01";
    assert_eq!(app.store.apply_retention(far).await.unwrap().responses, 0);
    let closed = app
        .store
        .update_survey(survey.id, &draft("closed", "30"))
        .await
        .unwrap();
    let closed_on = closed.closed_on.clone().expect("closing sets the day");
    // Before the limit: the codes (0 days) go, the answers stay.
    let done = app.store.apply_retention(&closed_on).await.unwrap();
    assert_eq!((done.responses, done.invitations), (0, 3));
    assert_eq!(app.store.count_responses(survey.id).await.unwrap(), 1);
    // 30 days later the answers go too, and the survey says when.
    let done = app.store.apply_retention(far).await.unwrap();
    assert_eq!(done.responses, 1);
    assert_eq!(app.store.count_responses(survey.id).await.unwrap(), 0);
    let s = app.store.survey(survey.id).await.unwrap();
    assert_eq!(s.raw_data_deleted_on.as_deref(), Some(far));
    // The demo's closed survey keeps its answers (no limit set).
    let kept = app.store.surveys(goerlitz.id).await.unwrap();
    let demo = kept
        .iter()
        .find(|s| s.status == "closed" && s.id != survey.id)
        .unwrap();
    assert!(app.store.count_responses(demo.id).await.unwrap() >= 1000);
    let page = app.get(&format!("/admin/surveys/{}", survey.id)).await;
    assert!(
        page.text
            .contains(&format!("wurden am {far} nach Ablauf der Frist gelöscht"))
    );
    // The form offers both limits.
    let form = app.get(&format!("/admin/surveys/{}/edit", survey.id)).await;
    assert!(form.text.contains("name=\"raw_data_days\"") && form.text.contains("value=\"30\""));
    app.finish().await;
}
both!(storage_limits_delete_raw_data_and_codes);

async fn body_administrators_manage_accounts(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let goerlitz = app.store.body_by_key(FOREIGN).await.unwrap();
    app.store
        .create_user("it.peine", "IT-Administration Peine", None, None)
        .await
        .unwrap();
    app.store
        .grant_role("it.peine", Role::Administrator, Some(OWN), &[])
        .await
        .unwrap();
    let admin = app.session_for("it.peine").await;
    let page = format!("{}/admin/bodies/{}/accounts", app.base, peine.id);
    let post = |path: String, body: String| {
        admin
            .post(format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let r = admin.get(&page).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let text = r.text().await.unwrap();
    assert!(text.contains("koordination.peine") && text.contains("kreistag.peine"));
    assert!(!text.contains("koordination.goerlitz"));
    only_administrators_reach_accounts(&app, &admin, &page, (peine.id, goerlitz.id)).await;

    // A new actor without an organization: refused with a linked error, nothing created.
    let path = format!("/admin/bodies/{}/accounts", peine.id);
    let r = post(
        path.clone(),
        "login=caritas.peine&name=Caritas+Peine&role=actor".into(),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let text = r.text().await.unwrap();
    assert!(text.contains("href=\"#f-organization\"") && text.contains("value=\"caritas.peine\""));
    assert!(app.store.user_id("caritas.peine").await.is_err());
    // With one: created, and its first password works once shown.
    let org = app.store.organizations(peine.id).await.unwrap()[0].id;
    let r = post(
        path.clone(),
        format!("login=caritas.peine&name=Caritas+Peine&role=actor&organization={org}"),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let text = r.text().await.unwrap();
    let password = text
        .split("<code>")
        .nth(1)
        .and_then(|t| t.split("</code>").next())
        .unwrap()
        .to_owned();
    assert_eq!(password.len(), 20);
    assert!(matches!(
        app.store
            .login("caritas.peine", &password, "test")
            .await
            .unwrap(),
        teilhabe_store::accounts::LoginOutcome::Session { .. }
    ));
    // An organization of another body is refused.
    let foreign_org = app.store.organizations(goerlitz.id).await.unwrap()[0].id;
    let r = post(
        path.clone(),
        format!("login=caritas.peine&role=actor&organization={foreign_org}"),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    // Lock, new password, revoke.
    let r = post(
        format!("{path}/lock"),
        "login=caritas.peine&disabled=1".into(),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        app.store
            .login("caritas.peine", &password, "test")
            .await
            .unwrap(),
        teilhabe_store::accounts::LoginOutcome::Refused
    );
    post(
        format!("{path}/lock"),
        "login=caritas.peine&disabled=0".into(),
    )
    .await
    .unwrap();
    let r = post(format!("{path}/password"), "login=caritas.peine".into())
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(!r.text().await.unwrap().contains(&password));
    let r = post(
        format!("{path}/revoke"),
        "login=caritas.peine&role=actor".into(),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert!(
        !admin
            .get(&page)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("caritas.peine")
    );
    // Accounts that also work elsewhere: only their roles here, not password or lock.
    app.store
        .grant_role("koordination.goerlitz", Role::CouncilMember, Some(OWN), &[])
        .await
        .unwrap();
    let r = post(
        format!("{path}/password"),
        "login=koordination.goerlitz".into(),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 409);
    let r = post(
        format!("{path}/lock"),
        "login=koordination.goerlitz&disabled=1".into(),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 409);
    // Accounts without a role here are not this page's business.
    let r = post(format!("{path}/password"), "login=admin".into())
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    app.finish().await;
}
both!(body_administrators_manage_accounts);

/// Coordinators edit everything but accounts; nobody reaches another body's accounts; the
/// body page links to them for administrators only.
async fn only_administrators_reach_accounts(
    app: &TestApp,
    admin: &reqwest::Client,
    page: &str,
    (peine, goerlitz): (i64, i64),
) {
    let coordinator = app.session_for("koordination.peine").await;
    assert_eq!(
        coordinator
            .get(page)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        403
    );
    let foreign = format!("{}/admin/bodies/{}/accounts", app.base, goerlitz);
    assert_eq!(
        admin.get(&foreign).send().await.unwrap().status().as_u16(),
        403
    );
    // The body page links to it for administrators only.
    let body_page = format!("{}/admin/bodies/{}", app.base, peine);
    assert!(
        admin
            .get(&body_page)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("/accounts\"")
    );
    assert!(
        !coordinator
            .get(&body_page)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("/accounts\"")
    );
}

async fn council_members_see_non_public_participation(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let process = app.store.processes_of_body(peine.id).await.unwrap()[0].id;
    let before = app.store.events(process).await.unwrap().remove(0);
    let event = before.id;
    // The event made non-public, everything else as it was.
    let draft = teilhabe_domain::participation::EventDraft::parse(&RawInput::from_pairs([
        ("title", "Werkstatt INTERN-5c1d"),
        ("format", before.format.as_str()),
        ("start_date", before.start_date.as_str()),
        ("public", "0"),
    ]))
    .unwrap_or_else(|e| panic!("{e}"));
    app.store.update_event(event, &draft).await.unwrap();
    let overview = format!("/{OWN}/beteiligung");
    let page = format!("/{OWN}/beteiligung/{event}");
    assert!(!app.get(&overview).await.text.contains("INTERN-5c1d"));
    assert_eq!(app.get(&page).await.status, 404);
    let council = app.session_for("kreistag.peine").await;
    let text = council
        .get(format!("{}{overview}", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.contains("INTERN-5c1d") && text.contains("nicht öffentlich"));
    let r = council
        .get(format!("{}{page}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("Nicht öffentlich"));
    let actor = app.session_for("traeger.peine").await;
    let r = actor
        .get(format!("{}{page}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    app.finish().await;
}
both!(council_members_see_non_public_participation);

async fn actors_edit_their_own_contributions(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let actor_orgs = app
        .store
        .list_users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.login == "traeger.peine")
        .unwrap()
        .organizations;
    let own = actor_orgs[0];
    let other = app
        .store
        .organizations(peine.id)
        .await
        .unwrap()
        .into_iter()
        .find(|o| !actor_orgs.contains(&o.id))
        .unwrap()
        .id;
    let process = app.store.processes_of_body(peine.id).await.unwrap()[0].id;
    let events = app.store.events(process).await.unwrap();
    let contributions = app.store.contributions_of_process(process).await.unwrap();
    assert!(
        contributions.len() >= 2,
        "the demo has contributions in Peine"
    );
    // The coordinator records that the actor's organization brought the first one in.
    let coordinator = app.session_for("koordination.peine").await;
    let mine = &contributions[0];
    let theirs = &contributions[1];
    let edit = |id: i64| format!("{}/admin/contributions/{id}/edit", app.base);
    let form_of = |c: &teilhabe_store::participation::Contribution, org: i64| {
        let mut pairs = vec![
            ("kind".to_string(), c.kind.clone()),
            ("text".to_string(), c.text.clone()),
            ("status".to_string(), "open".to_string()),
            ("public".to_string(), "1".to_string()),
            ("organization_id".to_string(), org.to_string()),
        ];
        for f in &c.field_ids {
            pairs.push(("field_ids".into(), f.to_string()));
        }
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    };
    let r = post(&coordinator, edit(mine.id), form_of(mine, own)).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        app.store
            .contribution(mine.id)
            .await
            .unwrap()
            .organization_id,
        Some(own)
    );

    let actor = app.session_for("traeger.peine").await;
    let dashboard = actor
        .get(format!("{}/admin/", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(dashboard.contains(&format!("/admin/contributions/{}/edit", mine.id)));
    // Its own: the form offers only its organizations and no delete button.
    let r = actor.get(edit(mine.id)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let text = r.text().await.unwrap();
    let select = text
        .split("name=\"organization_id\"")
        .nth(1)
        .and_then(|t| t.split("</select>").next())
        .unwrap();
    assert!(select.contains(&format!("value=\"{own}\"")));
    assert!(
        !select.contains(&format!("value=\"{other}\"")),
        "foreign organizations offered"
    );
    assert!(!text.contains(&format!("/admin/contributions/{}/delete", mine.id)));
    // It cannot give the contribution to another organization…
    let r = post(&actor, edit(mine.id), form_of(mine, other)).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("href=\"#f-organization_id\"")
    );
    // …but edits it under its own.
    let changed = teilhabe_store::participation::Contribution {
        text: format!("{} (ergänzt vom Träger)", mine.text),
        ..mine.clone()
    };
    let r = post(&actor, edit(mine.id), form_of(&changed, own)).await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(
        app.store
            .contribution(mine.id)
            .await
            .unwrap()
            .text
            .ends_with("(ergänzt vom Träger)")
    );
    let trail = app
        .store
        .audit_entries(&AuditFilter {
            record: Some(("contributions".into(), mine.id)),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        trail[0].login.as_deref(),
        Some("traeger.peine"),
        "newest first, by the actor"
    );
    others_records_stay_closed(
        &app,
        &actor,
        (&edit(theirs.id), mine.id),
        &events,
        &actor_orgs,
    )
    .await;
    actors_document_their_own_events(&app, &actor, process, (own, other)).await;
    app.finish().await;
}
both!(actors_edit_their_own_contributions);

/// Others' contributions, deleting one's own, and events the actor's organizations do not
/// organize stay closed.
async fn others_records_stay_closed(
    app: &TestApp,
    actor: &reqwest::Client,
    (theirs_edit, mine): (&str, i64),
    events: &[teilhabe_store::participation::Event],
    actor_orgs: &[i64],
) {
    assert_eq!(
        actor
            .get(theirs_edit)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        403
    );
    let r = actor
        .post(format!("{}/admin/contributions/{}/delete", app.base, mine))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let foreign_event = events
        .iter()
        .find(|e| !e.organizer_id.is_some_and(|o| actor_orgs.contains(&o)))
        .unwrap();
    let r = actor
        .get(format!(
            "{}/admin/events/{}/contributions/new",
            app.base, foreign_event.id
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
}

/// An event its organization organizes: the actor documents it and adds contributions,
/// which are its own whatever the form says; deleting the event stays closed.
async fn actors_document_their_own_events(
    app: &TestApp,
    actor: &reqwest::Client,
    process: i64,
    (own, other): (i64, i64),
) {
    let event = app.store.events(process).await.unwrap().remove(0);
    let draft = teilhabe_domain::participation::EventDraft::parse(&RawInput::from_pairs([
        ("title", event.title.clone()),
        ("format", event.format.clone()),
        ("start_date", event.start_date.clone()),
        ("organizer_id", own.to_string()),
        ("public", "1".into()),
    ]))
    .unwrap();
    app.store.update_event(event.id, &draft).await.unwrap();
    let new = format!("{}/admin/events/{}/contributions/new", app.base, event.id);
    let r = actor.get(&new).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains(&format!("value=\"{own}\" selected"))
    );
    let r = post(actor, &new, format!("kind=need&text=Kinderbetreuung+w%C3%A4hrend+der+Kurse&status=open&public=1&organization_id={other}")).await;
    assert_eq!(r.status().as_u16(), 422);
    let r = post(actor, &new, format!("kind=need&text=Kinderbetreuung+w%C3%A4hrend+der+Kurse&status=open&public=1&organization_id={own}")).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        r.headers()["location"].to_str().unwrap(),
        format!("/admin/events/{}", event.id)
    );
    assert_eq!(
        actor
            .get(format!("{}/admin/events/{}", app.base, event.id))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    let r = post(
        actor,
        format!("{}/admin/events/{}/delete", app.base, event.id),
        "",
    )
    .await;
    assert_eq!(r.status().as_u16(), 403);
}

/// Mails to a person's address are part of the information about it and go with its
/// erasure — unless another record still holds the address (a shared team mailbox).
async fn mails_follow_the_person(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let person = |name: &str, email: &str| {
        PersonDraft::parse(&RawInput::from_pairs([("name", name), ("email", email)])).unwrap()
    };
    let ida = app
        .store
        .create_person(
            peine.id,
            &person("Ida Beispiel", "Ida.Beispiel@example.org"),
        )
        .await
        .unwrap();
    let team_a = app
        .store
        .create_person(peine.id, &person("Team A", "team@example.org"))
        .await
        .unwrap();
    let team_b = app
        .store
        .create_person(peine.id, &person("Team B", "team@example.org"))
        .await
        .unwrap();
    let mail = |to: &str| teilhabe_store::outbox::NewMail {
        body_id: Some(peine.id),
        kind: "test".into(),
        recipient: to.into(),
        language: "de".into(),
        subject: "Sachstandsabfrage 2026".into(),
        text: "Bitte berichten Sie.".into(),
        html: "<p>Bitte berichten Sie.</p>".into(),
        dedupe_key: None,
    };
    let before = app.count("outbox").await;
    app.store
        .enqueue_mail(&mail("ida.beispiel@example.org"))
        .await
        .unwrap();
    app.store
        .enqueue_mail(&mail("team@example.org"))
        .await
        .unwrap();

    let data = app.store.person_export(ida.id).await.unwrap();
    let mails = data["e_mails"].as_array().unwrap();
    assert_eq!(
        mails.len(),
        1,
        "the address matched whatever its case: {data}"
    );
    assert_eq!(mails[0]["betreff"], "Sachstandsabfrage 2026");

    app.store.erase_person(ida.id).await.unwrap();
    assert_eq!(app.count("outbox").await, before + 1, "Ida's mail is gone");
    app.store.erase_person(team_a.id).await.unwrap();
    assert_eq!(
        app.count("outbox").await,
        before + 1,
        "Team B still holds the address"
    );
    app.store.erase_person(team_b.id).await.unwrap();
    assert_eq!(
        app.count("outbox").await,
        before,
        "the last holder erased: the mail goes"
    );
    app.finish().await;
}
both!(mails_follow_the_person);
