//! Logins and what a session may: login with rate limiting, sessions, logout everywhere,
//! cross-site writes, API tokens, non-public records for council members only, and every
//! change in the audit trail.

use crate::common::{Db, session_client, spawn_demo};
use teilhabe_domain::access::Role;

const OWN: &str = "03157";
const FOREIGN: &str = "14626";

fn form(pairs: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

async fn login_sessions_and_rate_limit(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let post = |body: String| {
        app.client
            .post(format!("{}/anmelden", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    // The login page, and a wrong password: told, not which half was wrong.
    assert_eq!(app.get("/anmelden?weiter=/admin/").await.status, 200);
    let r = post(form(&[
        ("login", "koordination.peine"),
        ("password", "falsch-falsch-falsch"),
    ]))
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Anmeldename oder Passwort stimmen nicht")
    );
    // The right one: a session cookie that scripts cannot read, and back where we came from.
    let r = post(form(&[
        ("login", "Koordination.Peine"),
        ("password", "demo-passwort-koordination"),
        ("weiter", "/admin/"),
    ]))
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], "/admin/");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .to_owned();
    let me = session_client(&token);
    let r = me.get(format!("{}/admin/", app.base)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["cache-control"], "private, no-store");
    let text = r.text().await.unwrap();
    assert!(
        text.contains("Landkreis Peine") && !text.contains("Landkreis Görlitz"),
        "only the own body"
    );
    // Somewhere else, never: an open redirect is refused.
    let r = post(form(&[
        ("login", "koordination.peine"),
        ("password", "demo-passwort-koordination"),
        ("weiter", "//evil.example/"),
    ]))
    .await
    .unwrap();
    assert_eq!(r.headers()["location"], "/admin/");
    // A second session, then "logout everywhere" from the first ends both.
    let other = app.session_for("koordination.peine").await;
    assert_eq!(
        other
            .get(format!("{}/admin/", app.base))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    let r = me
        .post(format!("{}/konto/ueberall-abmelden", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    for c in [&me, &other] {
        assert_eq!(
            c.get(format!("{}/admin/", app.base))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            303
        );
    }
    // After three free failures from this client the next attempt waits, whatever it brings
    // (trust.rs shows the owner elsewhere is not held up, and parallel guesses).
    for _ in 0..4 {
        let r = post(form(&[
            ("login", "kreistag.peine"),
            ("password", "raten-raten-raten"),
        ]))
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 401);
    }
    let r = post(form(&[
        ("login", "kreistag.peine"),
        ("password", "demo-passwort-kreistag"),
    ]))
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 429);
    assert!(r.headers().contains_key("retry-after"));
    assert!(r.text().await.unwrap().contains("Zu viele Fehlversuche"));
    // A disabled account's session stops working at once.
    let session = app.session_for("traeger.peine").await;
    assert_eq!(
        session
            .get(format!("{}/admin/", app.base))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    app.store.set_disabled("traeger.peine", true).await.unwrap();
    assert_eq!(
        session
            .get(format!("{}/admin/", app.base))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        303
    );
    app.finish().await;
}
both!(login_sessions_and_rate_limit, pgbouncer);

async fn cross_site_writes_are_refused(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let before = app.count("organizations").await;
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let path = format!("{}/admin/bodies/{}/organizations/new", app.base, peine.id);
    let body = form(&[("name", "Eingeschleust"), ("kind", "department")]);
    for (header, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let r = app
            .admin
            .post(&path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header(header, value)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "{header}: {value}");
    }
    assert_eq!(app.count("organizations").await, before);
    // The same form from the site itself goes through.
    let r = app
        .admin
        .post(&path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.count("organizations").await, before + 1);
    app.finish().await;
}
both!(cross_site_writes_are_refused);

async fn api_tokens(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let token = app
        .store
        .create_api_token("koordination.peine", "Fachverfahren", 90)
        .await
        .unwrap();
    let send = |key: &'static str| {
        app.client
            .post(format!("{}/api/v1/bodies/{key}/target-groups", app.base))
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(r#"{"name": "Neuzugewanderte Familien"}"#)
            .send()
    };
    assert_eq!(send(OWN).await.unwrap().status().as_u16(), 201);
    assert_eq!(send(FOREIGN).await.unwrap().status().as_u16(), 403);
    app.store
        .set_disabled("koordination.peine", true)
        .await
        .unwrap();
    assert_eq!(
        send(OWN).await.unwrap().status().as_u16(),
        401,
        "tokens end with the account"
    );
    app.finish().await;
}
both!(api_tokens);

async fn council_members_read_non_public_papers(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    // A non-public paper of Peine with a marker that must not leak.
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let r = app
        .post_form(
            &format!("/admin/bodies/{}/papers/new", peine.id),
            &[
                ("reference", "2026/0815"),
                ("name", "Personalangelegenheit GEHEIM-7f3a"),
                ("paper_type", "resolution"),
                ("public", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let paper = r
        .location
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .parse::<i64>()
        .unwrap();
    let public = format!("/{OWN}/vorlagen/{paper}");
    let list = format!("/{OWN}/vorlagen");
    assert_eq!(app.get(&public).await.status, 404);
    assert!(!app.get(&list).await.text.contains("GEHEIM-7f3a"));
    let council = app.session_for("kreistag.peine").await;
    let r = council
        .get(format!("{}{public}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let text = r.text().await.unwrap();
    assert!(text.contains("GEHEIM-7f3a") && text.contains("Nicht öffentlich"));
    let text = council
        .get(format!("{}{list}", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.contains("GEHEIM-7f3a") && text.contains("nicht öffentlich"));
    // Council members of another body, and actors, see nothing of it.
    app.store
        .create_user("kreistag.goerlitz", "Kreisrat Görlitz", None, None)
        .await
        .unwrap();
    app.store
        .grant_role("kreistag.goerlitz", Role::CouncilMember, Some(FOREIGN), &[])
        .await
        .unwrap();
    for login in ["kreistag.goerlitz", "traeger.peine"] {
        let c = app.session_for(login).await;
        assert_eq!(
            c.get(format!("{}{public}", app.base))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            404,
            "{login}"
        );
    }
    app.finish().await;
}
both!(council_members_read_non_public_papers);

async fn every_change_is_in_the_audit_trail(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key(OWN).await.unwrap();
    let coordinator = app.session_for("koordination.peine").await;
    let post = |path: String, pairs: Vec<(&'static str, &'static str)>| {
        coordinator
            .post(format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form(&pairs))
            .send()
    };
    // Create, change and delete a target group as the coordinator.
    let r = post(
        format!("/admin/bodies/{}/target-groups/new", peine.id),
        vec![("name", "Saisonarbeitskräfte")],
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let groups = app
        .json(&format!("/api/v1/bodies/{OWN}/target-groups"))
        .await;
    let id = groups
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == "Saisonarbeitskräfte")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let r = post(
        format!("/admin/target-groups/{id}/edit"),
        vec![("name", "Saisonarbeitskräfte in der Landwirtschaft")],
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let r = post(format!("/admin/target-groups/{id}/delete"), vec![])
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);

    let entries = app
        .store
        .audit_entries(&teilhabe_store::audit::AuditFilter {
            record: Some(("target_groups".into(), id)),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = entries.iter().rev().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["insert", "update", "delete"]);
    for e in &entries {
        assert_eq!(e.login.as_deref(), Some("koordination.peine"));
        assert_eq!(e.via, "web");
        assert_eq!(
            (e.parent_entity.as_deref(), e.parent_id),
            (Some("bodies"), Some(peine.id))
        );
    }
    let update = &entries[1];
    assert!(
        update
            .before
            .as_deref()
            .unwrap()
            .contains("\"Saisonarbeitskräfte\"")
    );
    assert!(
        update
            .after
            .as_deref()
            .unwrap()
            .contains("in der Landwirtschaft")
    );
    assert!(entries[0].after.is_none() && entries[0].before.is_some());

    // The record's history page shows it to the coordinator, not to a foreign one.
    let page = coordinator
        .get(format!("{}/admin/target-groups/{id}/history", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let text = page.text().await.unwrap();
    assert!(text.contains("koordination.peine (Web)") && text.contains("in der Landwirtschaft"));
    let foreign = app.session_for("koordination.goerlitz").await;
    let page = foreign
        .get(format!("{}/admin/target-groups/{id}/history", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 403);
    // The server's log and its CSV export, for administrators.
    let r = app.get("/admin/audit?konto=koordination.peine").await;
    assert_eq!(r.status, 200);
    assert!(r.text.contains("Zielgruppe #"), "{}", r.text);
    let csv = app.get("/admin/audit.csv?konto=koordination.peine").await;
    assert_eq!(csv.status, 200);
    assert!(csv.text.starts_with('\u{feff}'));
    assert_eq!(
        csv.text.lines().count(),
        4,
        "header and three changes: {}",
        csv.text
    );

    // API writes are credited to the API; password hashes never enter the trail.
    let everything = app.store.audit_entries(&Default::default()).await.unwrap();
    assert!(
        everything
            .iter()
            .all(|e| !e.after.as_deref().unwrap_or("").contains("argon2"))
    );
    assert!(
        everything.iter().any(|e| e.entity == "users"),
        "accounts are audited"
    );
    app.finish().await;
}
both!(every_change_is_in_the_audit_trail, pgbouncer);
