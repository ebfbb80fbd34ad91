//! Translations of a concept's texts, and of the body's papers, meetings, participation and
//! indicators: the coordinator sees what is missing, current and
//! outdated per language and translates beside the German text; the portal shows a
//! translation in its language, an outdated one with a note, and the German text where none
//! exists, marked German; Leichte Sprache has its own page. Translations of non-public
//! measures stay as non-public as the measures; a dump carries every translation.

use crate::common::{Db, TestApp, spawn_demo};
use teilhabe_domain::concepts::FieldOfActionDraft;
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

/// A non-public measure under the concept's first goal, led by the body's first organization.
async fn non_public_measure(app: &TestApp, concept_id: i64, title: &str) -> i64 {
    let goal = app.store.goals_of_concept(concept_id).await.unwrap()[0].clone();
    let body = app.store.body_id_of_goal(goal.id).await.unwrap();
    let lead = app.store.organizations(body).await.unwrap()[0].id;
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", goal.id),
            &serde_json::json!({"title": title, "lead_organization_id": lead, "public": false}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()["id"].as_i64().unwrap()
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

    foreign_or_untranslatable_texts_are_refused(&app, body.id, &goals[1]).await;
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

/// A translation of another body's record, or of a text that cannot be translated, is
/// refused with the field named, and nothing of the batch is stored.
async fn foreign_or_untranslatable_texts_are_refused(
    app: &TestApp,
    body: i64,
    goal: &teilhabe_store::Goal,
) {
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
            body,
            "en",
            &[
                TranslationInput {
                    entity: "goals".into(),
                    record_id: goal.id,
                    field: "title".into(),
                    text: "A goal".into(),
                    source: goal.title.clone(),
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
}

async fn translations_of_non_public_measures_stay_non_public(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(body.id).await.unwrap().unwrap();
    // A non-public measure, with an English title that must not leak.
    let measure_id = non_public_measure(&app, concept.id, "Interne Abstimmung").await;
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

/// The rows of one part's table in the body's overview, by language: (missing, outdated,
/// current).
fn part_counts(html: &str, part: &str, name: &str) -> (usize, usize, usize) {
    let section = html
        .split("<h2>")
        .find(|s| s.starts_with(&format!("{part}</h2>")))
        .unwrap_or_else(|| panic!("no part {part}"));
    counts(section, name)
}

async fn body_texts_are_translated_part_by_part(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("03157").await.unwrap();
    let coordinator = app.session_for("koordination.peine").await;
    let overview = format!("/admin/bodies/{}/translations", body.id);

    // The demo translated the 2022 paper's title and proposal, the 2004–2006 process and
    // its opening conference, and three indicators into English and Arabic.
    let (status, html) = page(&coordinator, &app, &overview).await;
    assert_eq!(status, 200);
    let (missing, outdated, current) = part_counts(&html, "Vorlagen und Sitzungen", "Englisch");
    assert_eq!((outdated, current), (0, 2));
    assert!(missing > 5, "{missing} council texts missing in English");
    assert_eq!(part_counts(&html, "Beteiligung", "Arabisch").2, 2);
    assert_eq!(part_counts(&html, "Kennzahlen", "Englisch").2, 3);
    assert!(
        !html.contains("Leichte Sprache"),
        "Leichte Sprache is for the concept's summaries only"
    );
    assert_eq!(page(&app.client, &app, &overview).await.0, 303);
    let other = app.session_for("koordination.goerlitz").await;
    assert_eq!(page(&other, &app, &overview).await.0, 403);
    let actor = app.session_for("traeger.peine").await;
    assert_eq!(page(&actor, &app, &overview).await.0, 403);
    for missing in ["rat/ls", "rat/de", "konzept/en"] {
        let (status, _) = page(&coordinator, &app, &format!("{overview}/{missing}")).await;
        assert_eq!(status, 404, "{missing}");
    }

    // The portal in English and Arabic.
    let papers = app.store.papers(body.id).await.unwrap();
    let paper = papers.iter().find(|p| p.reference == "2022/032").unwrap();
    let paper_page = format!("/03157/vorlagen/{}?sprache=ar", paper.id);
    the_portal_shows_body_texts_translated(&app, &paper_page).await;

    // The German title changes: outdated, with a note, and counted so.
    let input = teilhabe_domain::RawInput::from_pairs([
        ("reference", "2022/032"),
        ("name", "Integrationskonzept 2022 des Landkreises Peine"),
        ("paper_type", paper.paper_type.as_str()),
    ]);
    let mut draft = teilhabe_domain::council::PaperDraft::parse(&input).unwrap();
    draft.proposal = paper.proposal.clone();
    draft.reasoning = paper.reasoning.clone();
    draft.concept_id = paper.concept_id;
    draft.lead_organization_id = paper.lead_organization_id;
    draft.editor = paper.editor.clone();
    draft.measure_ids = paper.measure_ids.clone();
    draft.public = true;
    app.store.update_paper(paper.id, &draft).await.unwrap();
    let (_, html) = page(&app.client, &app, &paper_page).await;
    assert!(html.contains(
        r#"مفهوم الاندماج في مقاطعة باينه <span class="translation-outdated">(الترجمة ليست محدّثة)</span>"#
    ));
    let (_, html) = page(&coordinator, &app, &overview).await;
    assert_eq!(
        part_counts(&html, "Vorlagen und Sitzungen", "Arabisch").1,
        1
    );

    // The coordinator translates a meeting in the form; the meetings page shows it.
    let meeting = app.store.meetings(body.id).await.unwrap()[0].clone();
    let form = format!("{overview}/rat/en");
    let (status, html) = page(&coordinator, &app, &form).await;
    assert_eq!(status, 200);
    let key = format!("meetings.{}.name", meeting.id);
    assert!(html.contains(&format!(r#"id="t-{key}""#)));
    let post = |pairs: Vec<(String, String)>| {
        let encoded: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .finish();
        coordinator
            .post(format!("{}{form}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encoded)
            .send()
    };
    let r = post(vec![
        (format!("t.{key}"), "Committee meeting".into()),
        (format!("g.{key}"), meeting.name.clone()),
    ])
    .await
    .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Gespeichert."));
    let (_, html) = page(&app.client, &app, "/03157/sitzungen?sprache=en").await;
    assert!(html.contains(">Committee meeting</a>"));

    // Too long a text: refused, the summary links to its field, nothing of the batch stored.
    let before = app.count("content_translations").await;
    let paper_key = format!("papers.{}.reasoning", paper.id);
    let r = post(vec![
        (format!("t.{key}"), "Another meeting title".into()),
        (format!("g.{key}"), meeting.name.clone()),
        (format!("t.{paper_key}"), "x".repeat(20_001)),
        (format!("g.{paper_key}"), paper.reasoning.clone().unwrap()),
    ])
    .await
    .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains("Nicht gespeichert"));
    assert!(html.contains(&format!(r##"<a href="#t-{paper_key}">"##)));
    assert_eq!(app.count("content_translations").await, before);
    let (_, html) = page(&app.client, &app, "/03157/sitzungen?sprache=en").await;
    assert!(
        html.contains(">Committee meeting</a>"),
        "the batch was not stored"
    );

    // A dump carries them, and an import gives them back.
    let dump = app.store.export_body("03157").await.unwrap();
    let json = serde_json::to_string(&dump).unwrap();
    assert!(json.contains("Committee meeting"));
    assert!(json.contains("Share of foreign employees"));
    assert!(json.contains("Opening conference on migration and integration"));
    dump.validate().unwrap();
    let mut wrong = dump.clone();
    wrong.papers[0]
        .translations
        .push(teilhabe_store::dump::DumpTranslation {
            field: "reference".into(),
            lang: "en".into(),
            text: "x".into(),
            source: "x".into(),
            modified_at: "2026-01-01T00:00:00Z".into(),
        });
    let errors = wrong.validate().unwrap_err().to_string();
    assert!(errors.contains("papers[0].translations["), "{errors}");
    let count = app.count("content_translations").await;
    app.store.import_body(&dump, true).await.unwrap();
    assert_eq!(app.count("content_translations").await, count);
    let (_, html) = page(&app.client, &app, "/03157/monitoring?sprache=en").await;
    assert!(html.contains(">Share of foreign employees</a>"));

    // Deleting a record deletes its translations.
    let body = app.store.body_by_key("03157").await.unwrap();
    let indicator = app
        .store
        .indicators(body.id)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.name == "Bevölkerung")
        .unwrap();
    let before = app.count("content_translations").await;
    app.store.delete_indicator(indicator.id).await.unwrap();
    assert_eq!(app.count("content_translations").await, before - 2);
    app.finish().await;
}
both!(body_texts_are_translated_part_by_part);

/// The portal in English and Arabic shows the translated body texts, German ones marked
/// where a translation is missing; German pages show the German texts, unmarked.
async fn the_portal_shows_body_texts_translated(app: &TestApp, paper_page: &str) {
    let (_, html) = page(&app.client, app, "/03157/vorlagen?sprache=en").await;
    assert!(html.contains("Integration concept of the district of Peine"));
    assert!(html.contains(r#"<span lang="de" dir="ltr">Leitbild Integration</span>"#));
    assert!(html.contains("Not all texts on this page have been translated yet"));
    let (_, html) = page(&app.client, app, paper_page).await;
    assert!(html.contains("<h1>مفهوم الاندماج في مقاطعة باينه</h1>"));
    assert!(html.contains("تتم الموافقة على مفهوم الاندماج"));
    assert!(
        html.contains(r#"<p><span lang="de" dir="ltr">Das Konzept verbindet"#),
        "the reasoning is not translated: German, marked"
    );
    let (_, html) = page(&app.client, app, "/03157/monitoring?sprache=en").await;
    assert!(html.contains(">Share of foreign employees</a>"));
    let (_, html) = page(&app.client, app, "/03157/beteiligung?sprache=en").await;
    assert!(html.contains("Developing the integration guidelines, 2004–2006"));
    assert!(html.contains("Opening conference on migration and integration"));
    // German pages show the German texts, unmarked.
    let (_, html) = page(&app.client, app, "/03157/vorlagen?sprache=de").await;
    assert!(html.contains(">Integrationskonzept des Landkreises Peine"));
    assert!(!html.contains("Integration concept of the district"));
}

async fn translations_through_the_api(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(body.id).await.unwrap().unwrap();
    // A non-public measure: its texts are listed for the coordinator only.
    non_public_measure(&app, concept.id, "Geheime Abstimmungsrunde").await;

    let list = app.json("/api/v1/bodies/03157/translations/en").await;
    let data = list["data"].as_array().unwrap();
    let of = |entity: &str, german: &str| {
        data.iter()
            .find(|t| t["entity"] == entity && t["german"] == german)
            .cloned()
    };
    let paper = of("papers", "Integrationskonzept des Landkreises Peine").unwrap();
    assert_eq!(paper["state"], "current");
    assert_eq!(
        paper["text"],
        "Integration concept of the district of Peine"
    );
    let field = app.store.fields_of_action(concept.id).await.unwrap()[0].id;
    let field = data
        .iter()
        .find(|t| t["entity"] == "fields_of_action" && t["id"] == field && t["field"] == "title")
        .unwrap();
    assert_eq!(field["text"], "Language and education");
    assert!(
        of("measures", "Geheime Abstimmungsrunde").is_none(),
        "not public"
    );
    let states = |v: &serde_json::Value| {
        ["missing", "outdated", "current"].map(|s| {
            v["data"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|t| t["state"] == s)
                .count()
        })
    };
    assert_eq!(
        states(&list),
        [
            list["missing"].as_u64().unwrap() as usize,
            list["outdated"].as_u64().unwrap() as usize,
            list["current"].as_u64().unwrap() as usize
        ]
    );
    let coordinator = app.session_for("koordination.peine").await;
    let (status, theirs) = page(&coordinator, &app, "/api/v1/bodies/03157/translations/en").await;
    assert_eq!(status, 200);
    let theirs: serde_json::Value = serde_json::from_str(&theirs).unwrap();
    let secret = theirs["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["german"] == "Geheime Abstimmungsrunde")
        .expect("the coordinator lists the non-public measure");
    assert_eq!(secret["public"], false);
    assert_eq!(
        app.get("/api/v1/bodies/03157/translations/xx").await.status,
        422
    );

    // Writing: anonymous is refused; one wrong item refuses the batch, named by field.
    let indicator = of("indicators", "Bevölkerung").unwrap();
    let item = serde_json::json!([
        {"entity": "indicators", "id": indicator["id"], "field": "name", "text": "Population (total)"},
        {"entity": "indicators", "id": indicator["id"], "field": "formula", "text": "x"},
    ]);
    let r = app
        .client
        .put(format!("{}/api/v1/bodies/03157/translations/en", app.base))
        .header("content-type", "application/json")
        .body(item.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let before = app.count("content_translations").await;
    let r = app
        .send_json("PUT", "/api/v1/bodies/03157/translations/en", &item)
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(
        r.text
            .contains(&format!("indicators.{}.formula", indicator["id"])),
        "{}",
        r.text
    );
    assert_eq!(app.count("content_translations").await, before);
    let r = app
        .send_json(
            "PUT",
            "/api/v1/bodies/03157/translations/en",
            &serde_json::json!("nein"),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    let item = serde_json::json!([
        {"entity": "indicators", "id": indicator["id"], "field": "name", "text": "Population (total)"},
    ]);
    let r = app
        .send_json("PUT", "/api/v1/bodies/03157/translations/en", &item)
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let list = app.json("/api/v1/bodies/03157/translations/en").await;
    let t = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["entity"] == "indicators" && t["id"] == indicator["id"] && t["field"] == "name")
        .unwrap()
        .clone();
    assert_eq!(t["text"], "Population (total)");
    assert_eq!(t["state"], "current", "made from the German text now");
    let (_, html) = page(&app.client, &app, "/03157/monitoring?sprache=en").await;
    assert!(html.contains(">Population (total)</a>"));
    app.finish().await;
}
both!(translations_through_the_api);
