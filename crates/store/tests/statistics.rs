//! `import genesis` into the database, on SQLite and (when `TEILHABE_TEST_DATABASE_URL` is
//! set) PostgreSQL: every shared GENESIS file imports; re-importing replaces; broken files
//! are refused with file, line and column and leave the database as it was; REST status
//! envelopes become clear messages; zipped files and the county's own long CSV/XLSX work.

use std::io::Write;
use std::path::{Path, PathBuf};
use teilhabe_store::Store;
use teilhabe_store::stats::StatsImportError;
use teilhabe_store::testdb;

fn shared() -> PathBuf {
    std::env::var("TEILHABE_SHARED_DIR")
        .map_or_else(
            |_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")),
            PathBuf::from,
        )
        .join("data/genesis")
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).join(name)
}

async fn each_database(check: impl AsyncFn(&Store)) {
    let (store, url) = testdb::fresh_sqlite().await.expect("SQLite");
    check(&store).await;
    store.close().await;
    testdb::remove(&url).await.expect("remove");
    if let Some(base) = testdb::postgres_base() {
        let (store, url) = testdb::fresh_postgres(&base)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL: {e}"));
        check(&store).await;
        store.close().await;
        testdb::drop_postgres(&url).await.expect("drop");
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("teilhabe-stats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

async fn refused(store: &Store, path: &Path) -> String {
    match store.import_statistics(path).await {
        Err(StatsImportError::Read(e)) => e.to_string(),
        Err(other) => panic!("{}: not a read error: {other}", path.display()),
        Ok(s) => panic!("{}: imported, should be refused: {s}", path.display()),
    }
}

#[tokio::test]
async fn every_shared_file_imports_and_reimport_replaces() {
    each_database(async |store| {
        let reference: serde_json::Value = serde_json::from_str(include_str!(
            "../../stats/tests/fixtures/genesis_reference.json"
        ))
        .unwrap();
        let mut total = 0i64;
        for (name, want) in reference.as_object().unwrap() {
            let s = store.import_statistics(&shared().join(name)).await.unwrap();
            assert_eq!(
                s.observations,
                want["observations"].as_u64().unwrap(),
                "{name}"
            );
            total += s.observations as i64;
        }
        // Two files hold the same table (12411-01-01-4 with German and English labels):
        // the second replaces the first.
        let duplicate = reference["ffcsv/12411-01-01-4_en.csv"]["observations"]
            .as_i64()
            .unwrap();
        assert_eq!(store.count_observations().await.unwrap(), total - duplicate);
        let mannheim = store
            .observation("BEVSTD", "08222", "2024-12-31", "GES=GESW")
            .await
            .unwrap()
            .expect("Mannheim");
        assert_eq!(mannheim.value, Some(158_789.0));
        // A symbol stays a symbol.
        let cells = store
            .stat_cells("ERW032", "15154", "2025-06-30")
            .await
            .unwrap();
        assert!(
            cells
                .iter()
                .all(|c| c.value.is_none() && c.flag.as_deref() == Some("-")),
            "{cells:?}"
        );
        let before = store.count_observations().await.unwrap();
        store
            .import_statistics(&shared().join("ffcsv/12411-01-01-4_de.csv"))
            .await
            .unwrap();
        assert_eq!(
            store.count_observations().await.unwrap(),
            before,
            "replaced, not doubled"
        );
    })
    .await;
}

#[tokio::test]
async fn broken_files_are_refused_and_change_nothing() {
    let good = std::fs::read(shared().join("ffcsv/12411-01-01-4_de.csv")).unwrap();
    let text = String::from_utf8(good.clone()).unwrap();
    // Truncated in the middle of a line.
    let cut = scratch("truncated_12411-01-01-4.csv");
    let at = text[..text.len() / 2].rfind(';').unwrap();
    std::fs::write(&cut, &text[..at]).unwrap();
    // Commas instead of semicolons.
    let commas = scratch("commas_12411-01-01-4.csv");
    std::fs::write(&commas, text.replace(';', ",")).unwrap();
    // Saved as ISO-8859-1.
    let latin1 = scratch("latin1_12411-01-01-4.csv");
    let bytes: Vec<u8> = text
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    std::fs::write(&latin1, bytes).unwrap();
    // A region that does not exist, and one that is no key at all.
    let unknown = scratch("unknown_12411-01-01-4.csv");
    std::fs::write(
        &unknown,
        text.replacen(";08222;Mannheim", ";08299;Mannheim", 1),
    )
    .unwrap();
    let malformed = scratch("malformed_12411-01-01-4.csv");
    std::fs::write(
        &malformed,
        text.replacen(";08222;Mannheim", ";99222;Mannheim", 1),
    )
    .unwrap();
    // Text in the value column.
    let words = scratch("words_12411-01-01-4.csv");
    std::fs::write(&words, text.replacen(";158789;", ";viele;", 1)).unwrap();
    // An archive cut short.
    let zipped = scratch("12411-01-01-4.zip");
    {
        let mut z = zip::ZipWriter::new(std::fs::File::create(&zipped).unwrap());
        z.start_file(
            "12411-01-01-4_de.csv",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        z.write_all(&good).unwrap();
        z.finish().unwrap();
    }
    let zip_bytes = std::fs::read(&zipped).unwrap();
    let broken_zip = scratch("broken.zip");
    std::fs::write(&broken_zip, &zip_bytes[..zip_bytes.len() / 2]).unwrap();

    each_database(async |store| {
        store
            .import_statistics(&shared().join("ffcsv/13111-0005_de.csv"))
            .await
            .unwrap();
        let before = store.count_observations().await.unwrap();
        let cases: [(&Path, &[&str]); 8] = [
            (&cut, &["Zeile", "Felder", "abgeschnitten"]),
            (&commas, &["Zeile 1", "Trennzeichen", "„,“"]),
            (&latin1, &["Zeile", "Spalte", "UTF-8"]),
            (
                &unknown,
                &["Zeile", "Spalte 8", "08299", "Gemeindeverzeichnis"],
            ),
            (
                &malformed,
                &[
                    "Zeile",
                    "Spalte 8",
                    "99222",
                    "kein amtlicher Regionalschlüssel",
                ],
            ),
            (&words, &["Zeile", "Spalte 14 (value)", "„viele“"]),
            (&broken_zip, &["ZIP"]),
            (
                &fixture("peine_beratung.csv").with_file_name("does-not-exist.csv"),
                &["kann nicht geöffnet werden"],
            ),
        ];
        for (path, words) in cases {
            let message = refused(store, path).await;
            for w in words {
                assert!(
                    message.contains(w),
                    "{}: {message} lacks {w}",
                    path.display()
                );
            }
            assert!(
                message.starts_with(&path.display().to_string()),
                "{message}"
            );
            assert_eq!(
                store.count_observations().await.unwrap(),
                before,
                "{message}"
            );
        }
        // The whole file, zipped, imports.
        let s = store.import_statistics(&zipped).await.unwrap();
        assert_eq!(s.observations, 1467);
    })
    .await;
}

#[tokio::test]
async fn rest_envelopes_explain_their_status() {
    let rest = shared().join("rest");
    // A successful data call carries the flat file in Object.Content.
    let content = std::fs::read_to_string(shared().join("ffcsv/13111-0005_de.csv")).unwrap();
    let ok = scratch("13111-0005_rest.json");
    std::fs::write(
        &ok,
        serde_json::json!({
            "Ident": {"Service": "data", "Method": "tablefile"},
            "Status": {"Code": 0, "Content": "erfolgreich", "Type": "Information"},
            "Parameter": {"name": "13111-0005"},
            "Object": {"Content": content},
        })
        .to_string(),
    )
    .unwrap();
    each_database(async |store| {
        let cases: [(&str, &[&str]); 5] = [
            (
                "json_status-1_error.json",
                &["61111-0021", "Status -1", "kein Datenquader"],
            ),
            (
                "json_status98_too_large.json",
                &["12531-0043", "zu groß", "job=true"],
            ),
            (
                "json_status99_job_created.json",
                &["12531-0043_175879554", "resultfile"],
            ),
            (
                "json_status104_no_object.json",
                &["63121-0001", "keine Daten"],
            ),
            (
                "json_metadata_table_12411-01-01-4.json",
                &["12411-01-01-4", "keine Werte"],
            ),
        ];
        for (file, words) in cases {
            let message = refused(store, &rest.join(file)).await;
            for w in words {
                assert!(message.contains(w), "{file}: {message} lacks {w}");
            }
        }
        assert_eq!(store.count_observations().await.unwrap(), 0);
        let s = store.import_statistics(&ok).await.unwrap();
        assert_eq!((s.rows, s.observations), (384, 384));
        assert_eq!(s.tables, vec!["13111-0005".to_owned()]);
    })
    .await;
}

#[tokio::test]
async fn own_data_as_long_csv_and_xlsx() {
    each_database(async |store| {
        let s = store
            .import_statistics(&fixture("peine_beratung.csv"))
            .await
            .unwrap();
        assert_eq!((s.rows, s.observations), (3, 3));
        assert_eq!(s.flags.get("."), Some(&1));
        let c = store
            .observation("BERATUNG_FAELLE", "03157", "2024", "")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(c.value, Some(1342.0));
        let s = store
            .import_statistics(&fixture("peine_sprachkurse.xlsx"))
            .await
            .unwrap();
        assert_eq!((s.rows, s.observations), (5, 5), "{s}");
        let c = store
            .observation("SPRACHKURS_TN", "03157006", "2023", "")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(c.value, Some(190.0));
        let dash = store
            .observation("SPRACHKURS_TN", "03157002", "2023", "")
            .await
            .unwrap()
            .unwrap();
        assert_eq!((dash.value, dash.flag.as_deref()), (None, Some("-")));
    })
    .await;
}

#[tokio::test]
async fn indicators_are_computed_from_the_stored_cells() {
    use teilhabe_stats::indicators::{DEFAULT_INDICATORS, parse};
    let formula = |code: &str| {
        parse(
            DEFAULT_INDICATORS
                .iter()
                .find(|d| d.code == code)
                .unwrap()
                .formula,
        )
        .unwrap()
    };
    each_database(async |store| {
        store
            .import_statistics(&shared().join("ffcsv/13111-01-03-4_de.csv"))
            .await
            .unwrap();
        // Reference values computed with pandas from the same file.
        for (region, share, women) in [
            ("DG", 16.734514854474845, 38.99237330581666),
            ("03", 13.413421901419097, 36.51460731087682),
            ("16", 10.028858554773793, 35.735112491883015),
        ] {
            let o = store
                .indicator_value(
                    &formula("beschaeftigte_auslaendisch_anteil"),
                    region,
                    "2025-06-30",
                )
                .await
                .unwrap();
            assert!((o.value.unwrap() - share).abs() < 1e-9, "{region}: {o:?}");
            let o = store
                .indicator_value(
                    &formula("beschaeftigte_auslaendisch_frauen"),
                    region,
                    "2025-06-30",
                )
                .await
                .unwrap();
            assert!((o.value.unwrap() - women).abs() < 1e-9, "{region}: {o:?}");
        }
        // Peine's figures are withheld ("-"): the indicator says so instead of 0.
        let peine = store
            .indicator_value(
                &formula("beschaeftigte_auslaendisch_anteil"),
                "03157",
                "2025-06-30",
            )
            .await
            .unwrap();
        assert_eq!(
            (peine.value, peine.flag),
            (None, Some(teilhabe_stats::Flag::Nothing))
        );
    })
    .await;
}
