//! The measure plan filled in as a spreadsheet, end to end on Peine's demo plan: the
//! working sheet is downloaded, cells are changed as a lead would in Excel, the preview
//! lists every change, the import takes them over and the next download shows them; a
//! sheet with errors names sheet, row and column and changes nothing; a preview the data
//! moved away from is shown again instead of being stored.

use crate::common::{Db, TestApp, askama_escape, multipart, spawn_demo};
use calamine::{Data, Reader, Xlsx};

/// The sheets of a workbook as text cells (dates as `YYYY-MM-DD`, as Teilhabe reads them).
fn read(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("an XLSX file");
    let epoch = teilhabe_domain::Date::from_ymd(1899, 12, 30).unwrap();
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let rows = range
            .rows()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Data::DateTime(d) => epoch.add_days(d.as_f64() as i64).iso(),
                        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                        Data::Empty => String::new(),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .collect();
        out.push((name, rows));
    }
    out
}

/// A workbook of text cells, as a lead's Excel would save it.
fn write(sheets: &[(String, Vec<Vec<String>>)]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let sheet = wb.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                sheet.write(r as u32, c as u16, v.as_str()).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

async fn download(app: &TestApp, concept: i64) -> Vec<(String, Vec<Vec<String>>)> {
    let r = app
        .admin
        .get(format!(
            "{}/admin/concepts/{concept}/plan-sheet/tabelle.xlsx",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    read(&r.bytes().await.unwrap())
}

/// Uploads a sheet for the preview: its status and page.
async fn upload(app: &TestApp, concept: i64, name: &str, bytes: &[u8]) -> (u16, String) {
    let (ct, body) = multipart(&[("file", Some(name), bytes)]);
    let r = app
        .admin
        .post(format!(
            "{}/admin/concepts/{concept}/plan-sheet/preview",
            app.base
        ))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// The value of a hidden field of the preview's form.
fn hidden(page: &str, name: &str) -> String {
    let key = format!(r#"name="{name}" value=""#);
    let start = page
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in:\n{page}"))
        + key.len();
    page[start..start + page[start..].find('"').unwrap()].to_owned()
}

/// Confirms the preview `page` of plan.xlsx as shown: its sheet and fingerprint sent back.
async fn confirm(app: &TestApp, concept: i64, page: &str) -> crate::common::Reply {
    app.post_form(
        &format!("/admin/concepts/{concept}/plan-sheet/apply"),
        &[
            ("file_name", "plan.xlsx"),
            ("data", &hidden(page, "data")),
            ("fingerprint", &hidden(page, "fingerprint")),
        ],
    )
    .await
}

fn column(rows: &[Vec<String>], header: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h == header)
        .unwrap_or_else(|| panic!("{header}"))
}

both!(a_filled_in_sheet_comes_back_after_its_preview);
async fn a_filled_in_sheet_comes_back_after_its_preview(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key("03157").await.unwrap();
    let concept = app
        .store
        .current_concept(peine.id)
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut book = download(&app, concept).await;
    assert_eq!(book[0].0, "Maßnahmen");
    assert_eq!(book[1].0, "Meilensteine");
    let (status, progress, text, day, title) = {
        let m = &book[0].1;
        (
            column(m, "Status"),
            column(m, "Fortschritt (%)"),
            column(m, "Neuer Sachstand"),
            column(m, "Stand vom"),
            column(m, "Maßnahme"),
        )
    };
    let reports = app.count("progress_reports").await;
    let milestones = app.count("milestones").await;
    let measure_b = book[0].1[2][0].clone();
    {
        let rows = &mut book[0].1;
        rows[1][status] = "abgeschlossen".into();
        rows[1][progress] = "100".into();
        rows[1][text] = "Alle Kurse des Jahres haben stattgefunden.".into();
        rows[1][day] = "01.12.2026".into();
        rows[2][title] = "Sprachkurse in allen Gemeinden, auch abends".into();
    }
    book[1].1.push(vec![
        String::new(),
        measure_b.clone(),
        String::new(),
        "Abendkurse ausgeschrieben".into(),
        "2027-02-28".into(),
        String::new(),
    ]);
    let bytes = write(&book);
    let (code, page) = upload(&app, concept, "plan.xlsx", &bytes).await;
    assert_eq!(code, 200, "{page}");
    for text in [
        "Neue Sachstandsmeldung vom 01.12.2026",
        "→ abgeschlossen, ",
        "Sprachkurse in allen Gemeinden, auch abends",
        "Meilenstein neu: „Abendkurse ausgeschrieben“, zu erreichen bis 28.02.2027",
    ] {
        assert!(page.contains(&askama_escape(text)), "{text} in:\n{page}");
    }
    assert_eq!(
        app.count("progress_reports").await,
        reports,
        "a preview stores nothing"
    );
    let r = confirm(&app, concept, &page).await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert!(r.location.unwrap().ends_with("?uebernommen=3"));
    assert_eq!(app.count("progress_reports").await, reports + 1);
    assert_eq!(app.count("milestones").await, milestones + 1);
    let again = download(&app, concept).await;
    assert_eq!(again[0].1[1][status], "abgeschlossen");
    assert_eq!(again[0].1[1][progress], "100");
    assert_eq!(
        again[0].1[2][title],
        "Sprachkurse in allen Gemeinden, auch abends"
    );
    assert!(
        again[1].1.iter().any(|r| r[1] == measure_b
            && r[3] == "Abendkurse ausgeschrieben"
            && r[4] == "2027-02-28")
    );
    // The same sheet again changes nothing more.
    let (_, page) = upload(&app, concept, "plan.xlsx", &write(&again)).await;
    assert!(page.contains("Die Tabelle ändert nichts."), "{page}");
    app.finish().await;
}

both!(a_broken_or_outdated_sheet_changes_nothing);
async fn a_broken_or_outdated_sheet_changes_nothing(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key("03157").await.unwrap();
    let concept = app
        .store
        .current_concept(peine.id)
        .await
        .unwrap()
        .unwrap()
        .id;
    let before = app.store.export_body("03157").await.unwrap();
    let mut book = download(&app, concept).await;
    let (status, key) = (column(&book[0].1, "Status"), column(&book[0].1, "Kennung"));
    book[0].1[3][status] = "fast fertig".into();
    book[0].1[4][key] = "999999".into();
    let (code, page) = upload(&app, concept, "plan.xlsx", &write(&book)).await;
    assert_eq!(code, 422);
    for text in [
        "Blatt „Maßnahmen“, Zeile 4, Spalte „Status“: „fast fertig“ ist kein Status.",
        "Blatt „Maßnahmen“, Zeile 5, Spalte „Kennung“: Die Kennung 999999 ist keine Maßnahme dieser Konzeptfassung.",
    ] {
        assert!(page.contains(&askama_escape(text)), "{text} in:\n{page}");
    }
    assert!(
        !page.contains(r#"name="fingerprint""#),
        "no way to store a broken sheet"
    );
    // Whatever is sent anyway is compared again and refused.
    let data = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, write(&book));
    let r = app
        .post_form(
            &format!("/admin/concepts/{concept}/plan-sheet/apply"),
            &[
                ("file_name", "plan.xlsx"),
                ("data", &data),
                ("fingerprint", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    let (code, page) = upload(&app, concept, "plan.xlsx", b"PK\x03\x04 not a workbook").await;
    assert_eq!(code, 422);
    assert!(page.contains("keine lesbare Excel-Datei"), "{page}");

    // A preview the data moved away from is shown again, not stored.
    let mut book = download(&app, concept).await;
    let progress = column(&book[0].1, "Fortschritt (%)");
    let text = column(&book[0].1, "Neuer Sachstand");
    book[0].1[1][progress] = "55".into();
    book[0].1[1][text] = "Halbzeit.".into();
    let (_, page) = upload(&app, concept, "plan.xlsx", &write(&book)).await;
    let measure = book[0].1[1][0].clone();
    let r = app
        .post_form(
            &format!("/admin/measures/{measure}/reports/new"),
            &[
                ("reported_on", &teilhabe_domain::Date::today().iso()),
                ("status", "in_progress"),
                ("progress", "60"),
                ("narrative", "Zwischenstand."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let after_report = app.store.export_body("03157").await.unwrap();
    let r = confirm(&app, concept, &page).await;
    assert_eq!(r.status, 200);
    assert!(
        r.text.contains("Die Vorschau hat sich geändert"),
        "{}",
        r.text
    );
    assert_eq!(app.store.export_body("03157").await.unwrap(), after_report);
    assert_ne!(before, after_report);

    // The CSV of the measures comes back the same way.
    let csv = app
        .admin
        .get(format!(
            "{}/admin/concepts/{concept}/plan-sheet/tabelle.csv",
            app.base
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let mut records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let at = |h: &str| headers.iter().position(|x| x == h).unwrap();
    let old: i64 = records[0][at("Fortschritt (%)")].parse().unwrap();
    let new = (old + 10) % 100;
    let mut cells: Vec<String> = records[0].iter().map(str::to_owned).collect();
    cells[at("Fortschritt (%)")] = new.to_string();
    cells[at("Neuer Sachstand")] = "Mehr Teilnehmende als geplant.".into();
    records[0] = csv::StringRecord::from(cells);
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    w.write_record(&headers).unwrap();
    for r in &records {
        w.write_record(r).unwrap();
    }
    let changed = w.into_inner().unwrap();
    let (code, page) = upload(&app, concept, "plan.csv", &changed).await;
    assert_eq!(code, 200, "{page}");
    assert!(page.contains(&format!("{old} % → {new} %")), "{page}");
    app.finish().await;
}

both!(a_countys_own_plan_brings_new_measures_and_its_leads_are_reviewed);
async fn a_countys_own_plan_brings_new_measures_and_its_leads_are_reviewed(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let peine = app.store.body_by_key("03157").await.unwrap();
    let concept = app
        .store
        .current_concept(peine.id)
        .await
        .unwrap()
        .unwrap()
        .id;
    let book = download(&app, concept).await;
    let first = &book[0].1[1];
    let (field, goal) = (first[1].clone(), first[2].clone());
    let caritas = app.store.organizations(peine.id).await.unwrap()[0].clone();
    // A county's own plan: no keys, its own column order, a lead written its own way.
    let header: Vec<String> = [
        "Maßnahme",
        "Handlungsfeld",
        "Ziel",
        "Federführung",
        "Status",
        "Beginn",
    ]
    .iter()
    .map(|h| (*h).to_owned())
    .collect();
    let row = |cells: [&str; 6]| {
        cells
            .iter()
            .map(|c| (*c).to_owned())
            .collect::<Vec<String>>()
    };
    let own = vec![(
        "Maßnahmen".to_owned(),
        vec![
            header,
            row([
                "Interkulturelles Sommerfest",
                &field,
                &goal,
                "Kulturverein Ilsede",
                "geplant",
                "01.06.2027",
            ]),
            row([
                "Wohnungsbörse",
                "Wohnen",
                "Bezahlbarer Wohnraum für alle",
                "Kulturverein Ilsede",
                "",
                "",
            ]),
            row([
                "Sprachcafé im Familienzentrum",
                &field,
                &goal,
                "Caritas Kreisverband",
                "in Umsetzung",
                "",
            ]),
            row(["", &field, &goal, "Kulturverein Ilsede", "", ""]),
        ],
    )];
    let (code, page) = upload(&app, concept, "eigener-plan.xlsx", &write(&own)).await;
    assert_eq!(code, 422, "a row without a title: {page}");
    assert!(
        page.contains(&askama_escape(
            "Blatt „Maßnahmen“, Zeile 5, Spalte „Maßnahme“"
        )),
        "{page}"
    );
    let mut own = own;
    own[0].1.pop();
    let bytes = write(&own);
    let (code, page) = upload(&app, concept, "eigener-plan.xlsx", &bytes).await;
    assert_eq!(code, 200, "{page}");
    assert!(
        page.contains(&askama_escape(
            "Neue Maßnahme: Handlungsfeld „Wohnen“ (neu), Ziel „Bezahlbarer Wohnraum für alle“ (neu), federführend „Kulturverein Ilsede“ (neu)"
        )),
        "{page}"
    );
    assert_eq!(
        page.matches(r#"name="org_name."#).count(),
        2,
        "two leads to review"
    );
    // The coordinator assigns one of them to an organisation the body has.
    let data = hidden(&page, "data");
    let mapping = [
        ("file_name", "eigener-plan.xlsx".to_owned()),
        ("data", data.clone()),
        ("org_name.1", "Kulturverein Ilsede".to_owned()),
        ("org.1", "new".to_owned()),
        ("org_name.2", "Caritas Kreisverband".to_owned()),
        ("org.2", caritas.id.to_string()),
    ];
    let mut review: Vec<(&str, &str)> = mapping.iter().map(|(k, v)| (*k, v.as_str())).collect();
    review.push(("action", "review"));
    review.push(("fingerprint", "0"));
    let path = format!("/admin/concepts/{concept}/plan-sheet/apply");
    let r = app.post_form(&path, &review).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(
        r.text.contains(&format!(
            "{}</li>",
            askama_escape("federführend „Caritas Kreisverband“")
        )),
        "{}",
        r.text
    );
    let (orgs, fields, goals, measures) = (
        app.count("organizations").await,
        app.count("fields_of_action").await,
        app.count("goals").await,
        app.count("measures").await,
    );
    let fingerprint = hidden(&r.text, "fingerprint");
    let mut apply: Vec<(&str, &str)> = mapping.iter().map(|(k, v)| (*k, v.as_str())).collect();
    apply.push(("fingerprint", &fingerprint));
    let r = app.post_form(&path, &apply).await;
    assert_eq!(r.status, 303, "{}", r.text);
    assert_eq!(
        app.count("organizations").await,
        orgs + 1,
        "the new lead made once"
    );
    assert_eq!(app.count("fields_of_action").await, fields + 1);
    assert_eq!(app.count("goals").await, goals + 1);
    assert_eq!(app.count("measures").await, measures + 3);
    let again = download(&app, concept).await;
    let sommerfest = again[0]
        .1
        .iter()
        .find(|r| r[4] == "Interkulturelles Sommerfest")
        .expect("the new measure in the sheet");
    assert!(!sommerfest[0].is_empty(), "with its key");
    assert_eq!(
        (sommerfest[6].as_str(), sommerfest[7].as_str()),
        ("Kulturverein Ilsede", "2027-06-01")
    );
    let cafe = again[0]
        .1
        .iter()
        .find(|r| r[4] == "Sprachcafé im Familienzentrum")
        .unwrap();
    assert_eq!(cafe[6], caritas.name);
    app.finish().await;
}
