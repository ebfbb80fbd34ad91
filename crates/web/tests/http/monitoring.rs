//! The integration monitoring in the portal, on the demo's official statistics.

use crate::common::*;

async fn monitoring_pages_show_county_land_and_germany(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let r = app.get("/03157/monitoring").await;
    assert_eq!(r.status, 200, "{}", r.text);
    // Population of the Kreis as imported (12411, 31.12.2024), Niedersachsen and Germany as
    // the sums of their Kreise.
    for text in [
        "Landkreis Peine",
        "Niedersachsen",
        "Deutschland",
        "137.045",
        "31.12.2024",
    ] {
        assert!(r.text.contains(text), "overview lacks {text}");
    }
    // Peine's employment figures are withheld: shown as "-", never as 0.
    assert!(r.text.contains("Anteil ausländischer Beschäftigter"));
    let row = r
        .text
        .split("Anteil ausländischer Beschäftigter")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap()
        .to_owned();
    assert!(
        row.contains(">-<") && row.contains("13,4") && row.contains("16,7"),
        "{row}"
    );

    let page = app.get("/03157/monitoring/schutz_anerkannt_je_1000").await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains(r#"<svg class="chart""#) && page.text.contains(r#"role="img""#));
    assert!(
        page.text.contains("<caption>"),
        "a data table beside the chart"
    );
    assert!(page.text.contains("39,8"), "Peine's value");
    let csv = app.get("/03157/monitoring/bevoelkerung/daten.csv").await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.text
            .contains("03157;Landkreis Peine;2024-12-31;137045;"),
        "{}",
        csv.text
    );
    let xlsx = app
        .client
        .get(format!(
            "{}/03157/monitoring/bevoelkerung/daten.xlsx",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status().as_u16(), 200);
    let bytes = xlsx.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "an XLSX (zip) file");
    // Read back with the importer's XLSX reader: the county's value is there as a number.
    let path = std::env::temp_dir().join(format!(
        "teilhabe-download-{}-{db:?}.xlsx",
        std::process::id()
    ));
    std::fs::write(&path, &bytes).unwrap();
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    use calamine::Reader;
    let range = wb.worksheet_range("Daten").unwrap();
    let row = range
        .rows()
        .find(|r| r.first().map(std::string::ToString::to_string) == Some("03157".into()))
        .expect("row of Peine");
    assert_eq!(row[3], calamine::Data::Float(137_045.0));
    let _ = std::fs::remove_file(&path);
    assert_eq!(app.get("/03157/monitoring/gibt_es_nicht").await.status, 404);
    // The body page links to it.
    assert!(app.get("/03157").await.text.contains("/03157/monitoring"));
    app.finish().await;
}
both!(monitoring_pages_show_county_land_and_germany);

/// The coordinator adds an indicator, names it as a goal's target, and the concept page
/// shows where the county stands; bad formulas and targets are refused at the field.
async fn goals_are_measured_by_indicators(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.json("/api/v1/bodies/03157").await;
    let body_id = body["id"].as_i64().unwrap();
    let form = format!("/admin/bodies/{body_id}/indicators/new");
    let bad = app
        .post_form(
            &form,
            &[
                ("name", "Kaputt"),
                ("code", "Kaputt!"),
                ("formula", "100 * (BEVSTD"),
                ("direction", "neutral"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.text.contains("Fehler: Formel") || bad.text.contains("„)“ fehlt"),
        "{}",
        bad.text
    );
    assert!(bad.text.contains("Kleinbuchstaben"), "code checked");
    let ok = app
        .post_form(
            &form,
            &[
                ("name", "Anerkannte Schutzsuchende je 1.000 (Ziel)"),
                ("code", "schutz_ziel"),
                (
                    "formula",
                    "1000 * sum(BEV030[SCHST2=SCHUTZST-AK-1]) / BEVSTD",
                ),
                ("unit", "je 1.000 Einwohner"),
                ("direction", "higher"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text);
    let list = app.json("/api/v1/bodies/03157/indicators").await;
    let ind = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "schutz_ziel")
        .unwrap()
        .clone();

    let concept = app.json("/api/v1/bodies/03157/concepts").await[0].clone();
    let field = app
        .json(&format!(
            "/api/v1/concepts/{}/fields-of-action",
            concept["id"]
        ))
        .await[0]
        .clone();
    let goal = app
        .json(&format!("/api/v1/fields-of-action/{}/goals", field["id"]))
        .await[0]
        .clone();
    let target_form = format!("/admin/goals/{}/indicator", goal["id"]);
    assert_eq!(app.get(&target_form).await.status, 200);
    let missing = app
        .post_form(
            &target_form,
            &[
                ("indicator_id", &ind["id"].to_string()),
                ("target_value", "viel"),
            ],
        )
        .await;
    assert_eq!(missing.status, 422);
    assert!(
        missing.text.contains("keine Zahl") && missing.text.contains("Zieljahr"),
        "{}",
        missing.text
    );
    let set = app
        .post_form(
            &target_form,
            &[
                ("indicator_id", &ind["id"].to_string()),
                ("target_value", "30"),
                ("target_year", "2030"),
            ],
        )
        .await;
    assert_eq!(set.status, 303, "{}", set.text);
    // Peine has 39,8 (31.12.2024): the target of 30 is reached.
    let page = app
        .get(&format!("/03157/konzepte/{}", concept["id"]))
        .await
        .text;
    assert!(
        page.contains("Zielgröße") && page.contains("erreicht"),
        "{page}"
    );
    assert!(page.contains("39,8"), "current value shown");
    // An indicator named by a goal cannot be deleted.
    let refused = app
        .post_form(&format!("/admin/indicators/{}/delete", ind["id"]), &[])
        .await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    planning_areas_are_sets_of_municipalities(&app, body_id).await;
    // The dump carries catalogue, target and areas: replaced by itself, the body exports
    // the same.
    let dump = app.store.export_body("03157").await.unwrap();
    assert!(dump.indicators.iter().any(|i| i.code == "schutz_ziel") && dump.indicators_seeded);
    let targets = dump
        .concepts
        .iter()
        .flat_map(|c| &c.fields_of_action)
        .flat_map(|f| &f.goals)
        .filter(|g| g.target.is_some())
        .count();
    assert_eq!(targets, 1);
    assert_eq!(dump.planning_areas.len(), 2);
    assert!(
        dump.planning_areas
            .iter()
            .any(|a| a.members == vec!["03157001", "03157006"])
    );
    app.store.import_body(&dump, true).await.unwrap();
    assert_eq!(app.store.export_body("03157").await.unwrap(), dump);
    app.finish().await;
}
both!(goals_are_measured_by_indicators);

/// Planning areas are sets of the county's municipalities: another county's is refused, an
/// empty one too; made in the form, listed with its Gemeinden.
async fn planning_areas_are_sets_of_municipalities(app: &TestApp, body_id: i64) {
    let wrong = app
        .store
        .create_planning_area(body_id, "Nord", &["03157001".into(), "03158001".into()])
        .await
        .unwrap_err();
    assert!(wrong.to_string().contains("03158001"), "{wrong}");
    app.store
        .create_planning_area(body_id, "Nord", &["03157001".into(), "03157006".into()])
        .await
        .unwrap();
    let area_form = format!("/admin/bodies/{body_id}/planning-areas/new");
    assert!(
        app.get(&area_form).await.text.contains("Edemissen"),
        "the Gemeinden to choose"
    );
    let empty = app.post_form(&area_form, &[("name", "Süd")]).await;
    assert_eq!(empty.status, 422);
    assert!(
        empty.text.contains("mindestens eine Gemeinde"),
        "{}",
        empty.text
    );
    let made = app
        .post_form(
            &area_form,
            &[
                ("name", "Süd"),
                ("members", "03157002"),
                ("members", "03157005"),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.text);
    assert!(
        app.get(&format!("/admin/bodies/{body_id}"))
            .await
            .text
            .contains("Hohenhameln, Lengede"),
        "listed with its Gemeinden"
    );
}

fn shared_file(name: &str) -> Vec<u8> {
    let root = std::env::var("TEILHABE_SHARED_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_owned());
    std::fs::read(format!("{root}/data/genesis/{name}")).unwrap()
}

/// The clerk uploads a GENESIS file in the browser; a broken one is refused with line and
/// column under its own name, and nothing of it is stored.
async fn statistics_are_uploaded_in_the_administration(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    assert_eq!(app.get("/admin/statistics").await.status, 200);
    let good = shared_file("ffcsv/13111-0005_de.csv");
    let (ct, body) = multipart(&[("file", Some("13111-0005_de.csv"), &good)]);
    let r = app
        .admin
        .post(format!("{}/admin/statistics", app.base))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("13111-0005_de.csv: GENESIS-Flatfile-CSV") && text.contains("384 Werte"),
        "{text}"
    );
    assert!(text.contains("<th scope=\"row\">13111-0005</th>"), "listed");
    let before = app.store.count_observations().await.unwrap();
    let broken = String::from_utf8(good)
        .unwrap()
        .replacen(";211786;", ";zweihundert;", 1);
    let (ct, body) = multipart(&[("file", Some("kaputt.csv"), broken.as_bytes())]);
    let r = app
        .admin
        .post(format!("{}/admin/statistics", app.base))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("kaputt.csv, Zeile 2, Spalte 14 (value)")
            && text.contains("Nichts aus dieser Datei"),
        "{text}"
    );
    assert!(
        !text.contains("teilhabe-upload-"),
        "no temporary paths shown"
    );
    assert_eq!(app.store.count_observations().await.unwrap(), before);
    let (ct, body) = multipart(&[("file", Some(""), b"")]);
    let r = app
        .admin
        .post(format!("{}/admin/statistics", app.base))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    app.finish().await;
}
both!(statistics_are_uploaded_in_the_administration, pgbouncer);

/// Own data by Gemeinde: the indicator page compares the Gemeinden and a planning area
/// (the sum of its Gemeinden), symbols included.
async fn gemeinden_and_planning_areas_are_compared(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../store/tests/fixtures/peine_sprachkurse.xlsx"
    );
    app.store
        .import_statistics(std::path::Path::new(fixture))
        .await
        .unwrap();
    let body_id = app.json("/api/v1/bodies/03157").await["id"]
        .as_i64()
        .unwrap();
    let r = app
        .post_form(
            &format!("/admin/bodies/{body_id}/indicators/new"),
            &[
                ("name", "Teilnehmende an Sprachkursen"),
                ("code", "sprachkurs"),
                ("formula", "SPRACHKURS_TN"),
                ("unit", "Personen"),
                ("direction", "higher"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    app.store
        .create_planning_area(body_id, "Nord", &["03157001".into(), "03157006".into()])
        .await
        .unwrap();
    let page = app.get("/03157/monitoring/sprachkurs").await.text;
    let compare = page
        .split("Gemeinden und Planungsräume")
        .nth(1)
        .expect("comparison section");
    for (name, value) in [
        ("Edemissen", "37"),
        ("Peine, Stadt", "190"),
        ("Hohenhameln", "-"),
        ("Planungsraum Nord", "227"),
    ] {
        let row = compare
            .split(&format!("<th scope=\"row\">{name}</th>"))
            .nth(1)
            .unwrap_or_else(|| panic!("{name} missing"));
        let cell = row.split("</td>").next().unwrap();
        assert!(cell.ends_with(&format!(">{value}")), "{name}: {cell}");
    }
    assert!(compare.contains(r#"<svg class="chart""#), "bar chart");
    app.finish().await;
}
both!(gemeinden_and_planning_areas_are_compared);
