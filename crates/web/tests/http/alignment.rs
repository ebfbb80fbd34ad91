//! County and municipalities together: on the demo, Peine's measures beside those of the
//! Stadt Peine flag exactly the planted duplicate (the city's own course overview beside the
//! county's course exchange) and nothing else; the commission's agreed split is noted (and
//! kept in both bodies' dumps) and
//! edited; a body outside the county is refused.

use crate::common::{Db, spawn_demo};
use teilhabe_domain::alignment::likely_duplicates;

both!(the_planted_duplicate_and_nothing_else);
async fn the_planted_duplicate_and_nothing_else(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let county = app.store.body_by_key("03157").await.unwrap();
    let city = app.store.body_by_key("03157006").await.unwrap();
    let within = app.store.municipalities_within(&county).await.unwrap();
    assert_eq!(
        within.iter().map(|b| b.key.as_str()).collect::<Vec<_>>(),
        vec!["03157006"]
    );
    let mine = app.store.plan_in_force(county.id, true).await.unwrap();
    let theirs = app.store.plan_in_force(city.id, true).await.unwrap();
    assert!(mine.measures.len() >= 20 && theirs.measures.len() == 4);
    let title = |plan: &teilhabe_store::alignment::Plan, id: i64| {
        plan.measures
            .iter()
            .find(|(_, m)| m.id == id)
            .unwrap()
            .1
            .title
            .clone()
    };
    let pairs = likely_duplicates(
        &mine
            .measures
            .iter()
            .map(|(_, m)| m.clone())
            .collect::<Vec<_>>(),
        &theirs
            .measures
            .iter()
            .map(|(_, m)| m.clone())
            .collect::<Vec<_>>(),
    );
    let named: Vec<(String, String)> = pairs
        .iter()
        .map(|p| (title(&mine, p.county), title(&theirs, p.municipality)))
        .collect();
    assert_eq!(
        named,
        vec![(
            "Sprachkurskoordination und Kursbörse".to_string(),
            "Sprachkursbörse im Bürgerbüro".to_string()
        )],
        "{pairs:?}"
    );

    // The page: fields side by side, the pair with its reasons, the agreed split.
    let r = app
        .get(&format!("/admin/bodies/{}/alignment", county.id))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    for s in [
        "Stadt Peine",
        "Mögliche Doppelungen",
        "Sprachkursbörse im Bürgerbüro",
        "Geflüchtete",
        "führt die Kursbörse",
        "Zusammenleben in den Stadtteilen",
    ] {
        assert!(r.text.contains(s), "{s} in {}", r.text);
    }
    assert_eq!(
        r.text
            .matches("Sprachkurskoordination und Kursbörse")
            .count(),
        2,
        "once in the pair, once in its field"
    );

    // The agreed split is edited; a body outside the county is refused, nothing stored.
    let edit = format!("/admin/bodies/{}/alignment/{}", county.id, city.id);
    let r = app
        .post_form(
            &edit,
            &[("agreed_split", "Sprachkurse: Landkreis. Feste: Stadt.")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let note = app
        .store
        .alignment_note(county.id, city.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(note.agreed_split, "Sprachkurse: Landkreis. Feste: Stadt.");
    let goerlitz = app.store.body_by_key("14626").await.unwrap();
    let r = app
        .post_form(
            &format!("/admin/bodies/{}/alignment/{}", county.id, goerlitz.id),
            &[("agreed_split", "Nichts")],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(
        app.store
            .alignment_note(county.id, goerlitz.id)
            .await
            .unwrap()
            .is_none()
    );

    // The API: the same pair for anyone; the agreed split only for readers of the county's
    // internal records.
    let public = app.json("/api/v1/bodies/03157/alignment").await;
    let city_json = public["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["key"] == city.key)
        .unwrap_or_else(|| panic!("{public}"))
        .clone();
    let pairs = city_json["likely_duplicates"].as_array().unwrap();
    assert_eq!(pairs.len(), 1, "{city_json}");
    assert_eq!(
        pairs[0]["county_measure"],
        "Sprachkurskoordination und Kursbörse"
    );
    assert_eq!(
        pairs[0]["municipal_measure"],
        "Sprachkursbörse im Bürgerbüro"
    );
    assert!(city_json["agreed_split"].is_null(), "{city_json}");
    let admin = app
        .send(
            app.admin
                .get(format!("{}/api/v1/bodies/03157/alignment", app.base)),
        )
        .await
        .json();
    assert!(
        admin
            .to_string()
            .contains("Sprachkurse: Landkreis. Feste: Stadt."),
        "{admin}"
    );
    kept_in_both_dumps(&app, &city).await;
    app.finish().await;
}

/// Both bodies' dumps carry the note; replacing the county from its dump keeps it (the city
/// is there); a dump naming a body outside the pair is refused.
async fn kept_in_both_dumps(app: &crate::common::TestApp, city: &teilhabe_store::Body) {
    let county_dump = app.store.export_body("03157").await.unwrap();
    let city_dump = app.store.export_body(&city.key).await.unwrap();
    assert_eq!(county_dump.alignment_notes.len(), 1);
    assert_eq!(county_dump.alignment_notes[0].partner, city.key);
    assert_eq!(city_dump.alignment_notes[0].role, "municipality");
    app.store.import_body(&county_dump, true).await.unwrap();
    let county = app.store.body_by_key("03157").await.unwrap();
    let note = app
        .store
        .alignment_note(county.id, city.id)
        .await
        .unwrap()
        .expect("the note after the county came back from its dump");
    assert_eq!(note.agreed_split, "Sprachkurse: Landkreis. Feste: Stadt.");
    let mut wrong = county_dump.clone();
    wrong.alignment_notes[0].partner = "14626".into();
    let e = app.store.import_body(&wrong, true).await.unwrap_err();
    assert!(
        format!("{e:?}").contains("alignment_notes[0].partner"),
        "{e:?}"
    );
}
