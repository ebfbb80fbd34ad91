//! Translations of a concept's texts: the coordinator sees what is missing, current and
//! outdated per language and translates beside the German text; the portal shows a
//! translation in its language, an outdated one with a note, and the German text where none
//! exists, marked German; Leichte Sprache has its own page. Translations of non-public
//! measures stay as non-public as the measures; a dump carries every translation.

use crate::common::{Db, TestApp, spawn_demo};
use teilhabe_domain::concept::FieldOfActionDraft;
use teilhabe_store::translations::TranslationInput;

async fn page(client: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let r = client
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .expect("request");
    (r.status().as_u16(), r.text().await.expect("body"))
}

/// The cells of a language's row in the overview: missing, outdated, current.
fn counts(html: &str, name: &str) -> (usize, usize, usize) {
    let row = html
        .split("<tr>")
        .find(|r| r.contains(&format!(r#"<th scope="row">{name}</th>"#)))
        .unwrap_or_else(|| panic!("no row for {name}"));
    let n: Vec<usize> = row
        .split(r#"<td class="num">"#)
        .skip(1)
        .map(|c| c.split('<').next().unwrap().parse().unwrap())
        .collect();
    (n[0], n[1], n[2])
}

async fn translated_outdated_and_missing(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(body.id).await.unwrap().unwrap();
    let coordinator = app.session_for("koordination.peine").await;
    let overview = format!("/admin/concepts/{}/translations", concept.id);

    // The demo translated the seven fields of action and four measures into Arabic, and
    // the summary and every field into Leichte Sprache.
    let (status, html) = page(&coordinator, &app, &overview).await;
    assert_eq!(status, 200);
    let (missing, outdated, current) = counts(&html, "Arabisch");
    assert_eq!((outdated, current), (0, 11));
    assert!(missing > 50, "{missing} Arabic texts missing");
    assert_eq!(counts(&html, "Leichte Sprache"), (0, 0, 8));
    assert_eq!(counts(&html, "Farsi").2, 0);
    // Anonymous visitors and other bodies' coordinators do not get in.
    assert_eq!(page(&app.client, &app, &overview).await.0, 303);
    let other = app.session_for("koordination.goerlitz").await;
    assert_eq!(page(&other, &app, &overview).await.0, 403);

    // The portal in Arabic: a translated title in Arabic, an untranslated one German and
    // marked, and a note that not everything is translated.
    let concept_page = format!("/03157/konzepte/{}?sprache=ar", concept.id);
    let (_, html) = page(&app.client, &app, &concept_page).await;
    assert!(
        html.contains(">1. اللغة والتعليم</h3>"),
        "field title in Arabic"
    );
    assert!(
        html.contains("دورات لغة مع رعاية الأطفال للأمهات"),
        "measure title in Arabic"
    );
    let goals = app.store.goals_of_concept(concept.id).await.unwrap();
    assert!(html.contains(&format!(
        r#"<span lang="de" dir="ltr">{}</span>"#,
        goals[0].title
    )));
    assert!(html.contains("لم تُترجم جميع نصوص هذه الصفحة بعد"));
    assert!(
        html.contains("/leichte-sprache"),
        "the link to Leichte Sprache"
    );

    // The German text changes: the translation is outdated, shown with a note, and counted
    // as such; the Leichte Sprache version of the same field too.
    let fields = app.store.fields_of_action(concept.id).await.unwrap();
    let field = &fields[0];
    app.store
        .update_field_of_action(
            field.id,
            &FieldOfActionDraft {
                position: Some(field.position),
                title: "Sprache, Bildung und Schule".into(),
                description: Some("Deutsch lernen von der Kita bis zum Beruf.".into()),
            },
        )
        .await
        .unwrap();
    let (_, html) = page(&app.client, &app, &concept_page).await;
    assert!(html.contains(
        r#"اللغة والتعليم <span class="translation-outdated">(الترجمة ليست محدّثة)</span>"#
    ));
    let (_, html) = page(&coordinator, &app, &overview).await;
    assert_eq!(counts(&html, "Arabisch").1, 1, "one outdated");
    assert_eq!(counts(&html, "Leichte Sprache"), (0, 1, 7));
    let (_, easy) = page(
        &app.client,
        &app,
        &format!("/03157/konzepte/{}/leichte-sprache", concept.id),
    )
    .await;
    assert_eq!(
        easy.matches("Dieser Text ist vielleicht nicht mehr ganz richtig")
            .count(),
        1
    );
    assert!(easy.contains("<p>Deutsch lernen ist wichtig.</p>"));

    // The coordinator translates a goal and confirms the outdated field title as still
    // right; an unchanged text without confirmation stays as it is.
    let form = format!("{overview}/ar");
    let (status, html) = page(&coordinator, &app, &form).await;
    assert_eq!(status, 200);
    assert!(
        html.contains(r#"lang="ar" dir="rtl""#),
        "inputs in Arabic, right to left"
    );
    let goal_key = format!("goals.{}.title", goals[0].id);
    let field_key = format!("fields_of_action.{}.title", field.id);
    let other_key = format!("fields_of_action.{}.title", fields[1].id);
    let pairs = [
        (format!("t.{goal_key}"), "هدف مترجم".to_owned()),
        (format!("g.{goal_key}"), goals[0].title.clone()),
        (format!("t.{field_key}"), "اللغة والتعليم".to_owned()),
        (
            format!("g.{field_key}"),
            "Sprache, Bildung und Schule".to_owned(),
        ),
        (format!("ok.{field_key}"), "1".to_owned()),
        (format!("t.{other_key}"), "العمل والتدريب المهني".to_owned()),
        (format!("g.{other_key}"), "ein anderer Text".to_owned()),
    ];
    let encoded: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .finish();
    let r = coordinator
        .post(format!("{}{form}", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encoded)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Gespeichert."));
    let (_, html) = page(&coordinator, &app, &overview).await;
    assert_eq!(counts(&html, "Arabisch").1, 0, "confirmed");
    assert_eq!(counts(&html, "Arabisch").2, 12, "one more current");
    let (_, html) = page(&app.client, &app, &concept_page).await;
    assert!(html.contains("هدف مترجم"));

    // A translation of another body's record, or of a text that cannot be translated, is
    // refused with the field named, and nothing of the batch is stored.
    let goerlitz = app.store.body_by_key("14626").await.unwrap();
    let foreign = app
        .store
        .current_concept(goerlitz.id)
        .await
        .unwrap()
        .unwrap();
    let before = app.count("content_translations").await;
    let err = app
        .store
        .set_content_translations(
            body.id,
            "en",
            &[
                TranslationInput {
                    entity: "goals".into(),
                    record_id: goals[1].id,
                    field: "title".into(),
                    text: "A goal".into(),
                    source: goals[1].title.clone(),
                },
                TranslationInput {
                    entity: "concepts".into(),
                    record_id: foreign.id,
                    field: "title".into(),
                    text: "Someone else's".into(),
                    source: foreign.title.clone(),
                },
                TranslationInput {
                    entity: "measures".into(),
                    record_id: 1,
                    field: "budget".into(),
                    text: "x".into(),
                    source: String::new(),
                },
            ],
        )
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!("concepts.{}.title", foreign.id)),
        "{err}"
    );
    assert!(err.contains("measures.1.budget"), "{err}");
    assert_eq!(app.count("content_translations").await, before);
    assert!(
        app.store
            .set_content_translations(body.id, "xx", &[])
            .await
            .is_err(),
        "an unknown language"
    );

    // A dump carries the translations and gives them back.
    let dump = app.store.export_body("03157").await.unwrap();
    let json = serde_json::to_string(&dump).unwrap();
    assert!(json.contains("\"lang\":\"ls\""));
    assert!(json.contains("هدف مترجم"));
    app.finish().await;
}
both!(translated_outdated_and_missing);

async fn translations_of_non_public_measures_stay_non_public(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(body.id).await.unwrap().unwrap();
    // A non-public measure, with an English title that must not leak.
    let goal = app.store.goals_of_concept(concept.id).await.unwrap()[0].clone();
    let lead = app.store.organizations(body.id).await.unwrap()[0].id;
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", goal.id),
            &serde_json::json!({"title": "Interne Abstimmung", "lead_organization_id": lead, "public": false}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let measure_id = r.json()["id"].as_i64().unwrap();
    let measure = app.store.measure(measure_id).await.unwrap();
    app.store
        .set_content_translations(
            body.id,
            "en",
            &[TranslationInput {
                entity: "measures".into(),
                record_id: measure.id,
                field: "title".into(),
                text: "Uebersetzungsgeheimnis".into(),
                source: measure.title.clone(),
            }],
        )
        .await
        .unwrap();
    let coordinator = app.session_for("koordination.peine").await;
    for path in [
        format!("/03157/konzepte/{}?sprache=en", concept.id),
        "/03157?sprache=en".to_owned(),
        "/03157/suche?q=Abstimmung&sprache=en".to_owned(),
    ] {
        let (_, html) = page(&app.client, &app, &path).await;
        assert!(!html.contains("Uebersetzungsgeheimnis"), "{path} leaks");
    }
    let (status, _) = page(
        &app.client,
        &app,
        &format!("/03157/massnahmen/{}?sprache=en", measure.id),
    )
    .await;
    assert_eq!(status, 404);
    // Those who read non-public records see it, marked.
    let (_, html) = page(
        &coordinator,
        &app,
        &format!("/03157/konzepte/{}?sprache=en", concept.id),
    )
    .await;
    assert!(html.contains("Uebersetzungsgeheimnis"));
    app.finish().await;
}
both!(translations_of_non_public_measures_stay_non_public);
