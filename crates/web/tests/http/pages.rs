//! The public pages show the demo's seed scenarios as a visitor would see them.

use crate::common::{Db, spawn, spawn_demo};

async fn health_check(db: Db) {
    let Some(app) = spawn(db).await else { return };
    let r = app.get("/healthz").await;
    assert_eq!((r.status, r.text.as_str()), (200, "ok"));
    let r = app.get("/").await;
    assert_eq!(r.status, 200);
    assert!(
        r.text.contains("noch keine Körperschaft"),
        "empty start page explains what to do"
    );
    app.finish().await;
}
both!(health_check);

async fn demo_shows_all_bodies(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let index = app.get("/").await;
    assert_eq!(index.status, 200);
    for (key, name) in [
        ("15083", "Landkreis Börde"),
        ("03157", "Landkreis Peine"),
        ("14626", "Landkreis Görlitz"),
        ("16065", "Kyffhäuserkreis"),
        ("03157006", "Stadt Peine"),
    ] {
        assert!(index.text.contains(name), "{name} on the start page");
        let page = app.get(&format!("/{key}")).await;
        assert_eq!(page.status, 200, "/{key}");
        assert!(page.text.contains(name));
    }
    app.finish().await;
}
both!(demo_shows_all_bodies);

async fn peine_concept_and_its_predecessor(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let concepts = app.json("/api/v1/bodies/03157/concepts").await;
    let concepts = concepts.as_array().expect("list");
    let find = |label: &str| {
        concepts
            .iter()
            .find(|c| c["version_label"] == label)
            .unwrap_or_else(|| panic!("concept {label}"))
            .clone()
    };
    let v2006 = find("2006");
    let v2022 = find("2022");
    assert_eq!(
        v2006["status"], "superseded",
        "the 2006 Leitbild is replaced"
    );
    assert_eq!(v2022["status"], "adopted");
    assert_eq!(v2022["supersedes_id"], v2006["id"]);
    assert_eq!(v2022["paper_reference"], "2022/032");

    let page = app.get(&format!("/03157/konzepte/{}", v2022["id"])).await;
    assert_eq!(page.status, 200);
    let fields = page.text.matches("<section class=\"field\"").count();
    let measures = page.text.matches("/03157/massnahmen/").count();
    assert!(fields >= 6, "at least 6 fields of action, found {fields}");
    assert!(measures >= 25, "at least 25 measures, found {measures}");
    assert!(
        page.text.contains("Leitbild Integration (2006)"),
        "links its predecessor"
    );

    let old = app.get(&format!("/03157/konzepte/{}", v2006["id"])).await;
    assert!(old.text.contains("wurde abgelöst durch"));

    // A measure page: lead, partners, budget and a history of reports over three years.
    let measures = app
        .json(&format!("/api/v1/concepts/{}/measures", v2022["id"]))
        .await;
    let m = measures
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["code"] == "2.1")
        .expect("measure 2.1")
        .clone();
    let page = app.get(&format!("/03157/massnahmen/{}", m["id"])).await;
    assert_eq!(page.status, 200);
    for text in [
        "Referat Migration und Teilhabe",
        "Jobcenter Landkreis Peine",
        "85.000,00 €",
        "Land Niedersachsen",
        "30.06.2023",
        "31.12.2025",
        "Verlauf",
    ] {
        assert!(page.text.contains(text), "measure page shows {text}");
    }
    let reports = app
        .json(&format!("/api/v1/measures/{}/progress-reports", m["id"]))
        .await;
    let years: std::collections::BTreeSet<String> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reported_on"].as_str().unwrap()[..4].to_owned())
        .collect();
    assert_eq!(
        years.into_iter().collect::<Vec<_>>(),
        ["2023", "2024", "2025"]
    );
    app.finish().await;
}
both!(peine_concept_and_its_predecessor);

async fn measure_of_another_body_is_not_found(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let concepts = app.json("/api/v1/bodies/03157/concepts").await;
    let id = concepts[0]["id"].clone();
    let measures = app.json(&format!("/api/v1/concepts/{id}/measures")).await;
    let m = &measures[0]["id"];
    assert_eq!(app.get(&format!("/03157/massnahmen/{m}")).await.status, 200);
    assert_eq!(
        app.get(&format!("/15083/massnahmen/{m}")).await.status,
        404,
        "wrong body in the URL"
    );
    assert_eq!(app.get(&format!("/15083/konzepte/{id}")).await.status, 404);
    assert_eq!(app.get("/99999").await.status, 404);
    app.finish().await;
}
both!(measure_of_another_body_is_not_found);

async fn every_page_links_the_accessibility_statement(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let home = app.get("/").await;
    assert!(
        home.text
            .contains(r#"<a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a>"#)
    );
    let r = app.get("/barrierefreiheit").await;
    assert_eq!(r.status, 200);
    for text in [
        "teilweise vereinbar",
        "WCAG 2.1",
        "Schlichtungs",
        "axe-core",
    ] {
        assert!(r.text.contains(text), "statement lacks {text}");
    }
    let r = app.get("/03157/barrierefreiheit").await;
    assert_eq!(r.status, 200);
    assert!(
        r.text
            .contains("die Seiten von Landkreis Peine unter /03157")
    );
    assert_eq!(app.get("/99999/barrierefreiheit").await.status, 404);
    app.finish().await;
}
both!(every_page_links_the_accessibility_statement);

async fn pages_carry_a_strict_content_security_policy(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let r = app
        .client
        .get(format!("{}/03157", app.base))
        .send()
        .await
        .unwrap();
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    for directive in [
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ] {
        assert!(csp.contains(directive), "{csp} lacks {directive}");
    }
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    // Nothing the policy would refuse: no inline script, no style attribute.
    for path in [
        "/03157",
        "/admin/",
        "/admin/statistics",
        "/14626/befragungen/2?sprache=ar",
        "/14626/beteiligung",
        "/admin/surveys/1",
    ] {
        let html = app.get(path).await.text;
        assert!(!html.contains(" style=\""), "{path} has a style attribute");
        for script in html.split("<script").skip(1) {
            assert!(
                script.trim_start().starts_with("src="),
                "{path} has an inline script"
            );
        }
    }
    app.finish().await;
}
both!(pages_carry_a_strict_content_security_policy);
