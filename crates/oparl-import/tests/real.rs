//! The recorded answers of real council systems (`../shared/oparl/real`, see its README):
//! each imports on SQLite and PostgreSQL, and per kind what was taken over plus what was left
//! out with a stated reason equals what the recording holds, counted here by walking the saved
//! pages independently of the importer. A second run changes nothing.
//!
//! Bodies whose server names no official key (Bonn, Wuppertal, Leipzig, …) get theirs from
//! the municipality directory; the keys expected here were looked up by hand.

mod common;

use common::stores;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use teilhabe_oparl_import::source::parse_json;
use teilhabe_oparl_import::{Options, run};
use teilhabe_store::testdb;

fn recording(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/oparl/real")
        .join(name)
}

/// The kinds counted: OParl type, the import's plural label, its singular in the list of
/// what was left out.
const KINDS: &[(&str, &str, &str)] = &[
    ("Organization", "Organisationen", "Gremium"),
    ("Person", "Personen", "Person"),
    ("Membership", "Mitgliedschaften", "Mitgliedschaft"),
    ("Location", "Orte", "Ort"),
    ("LegislativeTerm", "Wahlperioden", "Wahlperiode"),
    ("Meeting", "Sitzungen", "Sitzung"),
    ("AgendaItem", "Tagesordnungspunkte", "Tagesordnungspunkt"),
    ("Paper", "Vorlagen", "Vorlage"),
    ("Consultation", "Beratungen", "Beratung"),
    ("File", "Dateien", "Datei"),
];

/// Distinct ids per OParl type in every saved page, embedded objects included; deleted
/// objects are not counted (there is nothing to take over).
fn recorded(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    fn walk(v: &serde_json::Value, out: &mut BTreeMap<String, BTreeSet<String>>) {
        match v {
            serde_json::Value::Object(o) => {
                let kind = o
                    .get("type")
                    .and_then(|t| t.as_str())
                    .and_then(|t| t.trim_end_matches('/').rsplit('/').next());
                let id = o.get("id").and_then(|i| i.as_str());
                let deleted = o.get("deleted") == Some(&serde_json::Value::Bool(true));
                if let (Some(kind), Some(id), false) = (kind, id, deleted) {
                    out.entry(kind.to_owned())
                        .or_default()
                        .insert(id.to_owned());
                }
                o.values().for_each(|x| walk(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).expect("recording") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(v) = parse_json(&std::fs::read(&path).expect("page")) {
                walk(&v, &mut out);
            }
        }
    }
    out
}

/// Imports a recording into a new SQLite and a new PostgreSQL database; returns the report
/// of the first run (the last database's).
async fn imports_completely(name: &str, key: &str) -> teilhabe_store::oparl_import::ImportReport {
    let dir = recording(name);
    let want = recorded(&dir);
    let target = dir.display().to_string();
    let options = Options {
        quiet: true,
        ..Options::default()
    };
    let mut first = None;
    for (store, url) in stores().await {
        let reports = run(&store, &target, &options)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(reports.len(), 1, "{name}: one body");
        let r = &reports[0];
        assert_eq!(r.body_key, key, "{name}");
        for (kind, label, singular) in KINDS {
            let recorded = want.get(*kind).map_or(0, BTreeSet::len);
            let taken = r
                .tallies
                .iter()
                .find(|(l, _)| l == label)
                .map_or(0, |(_, t)| t.created);
            let left_out: Vec<&String> = r
                .skipped
                .iter()
                .filter(|s| s.starts_with(&format!("{singular} ")))
                .collect();
            assert!(
                left_out
                    .iter()
                    .all(|s| s.split_once(": ").is_some_and(|(_, why)| !why.is_empty())),
                "{name}: every left-out object with its reason: {left_out:?}"
            );
            assert_eq!(
                usize::try_from(taken).expect("a count") + left_out.len(),
                recorded,
                "{name}, {kind}: {taken} taken over and {} left out, the recording holds {recorded}\n{}",
                left_out.len(),
                r.skipped.join("\n")
            );
        }
        let again = run(&store, &target, &options).await.expect("second run");
        for (what, t) in &again[0].tallies {
            assert_eq!(
                (t.created, t.updated, t.deleted),
                (0, 0, 0),
                "{name} again, {what}: {t:?}"
            );
        }
        store.close().await;
        testdb::remove(&url).await.expect("remove");
        first = Some(reports.into_iter().next().expect("a report"));
    }
    first.expect("at least SQLite")
}

#[tokio::test]
async fn huertgenwald_sdnet_rim_full_crawl() {
    let report = imports_completely("huertgenwald", "05358016").await;
    assert!(
        report.notes.is_empty(),
        "the server names its key: {report}"
    );
}

#[tokio::test]
async fn specification_examples_with_the_system_at_a_host_root() {
    imports_completely("spec-examples", "05315").await;
}

#[tokio::test]
async fn braunschweig_with_raw_control_characters() {
    imports_completely("mst-testdata/braunschweig", "03101").await;
}

#[tokio::test]
async fn krefeld_body_list_answered_with_the_body() {
    imports_completely("mst-testdata/krefeld-bodylist", "05114").await;
}

#[tokio::test]
async fn krefeld_empty_list_answered_as_an_array() {
    imports_completely("mst-testdata/krefeld-emptylist", "05114").await;
}

#[tokio::test]
async fn bonn_without_an_official_key_found_by_its_name() {
    let report = imports_completely("mst-testdata/bonn", "05314").await;
    assert!(
        report.notes.iter().any(|n| n.contains("05314")
            && n.contains("nach dem Namen „Bundesstadt Bonn (SYNTHETISCH)“")),
        "the report says where the key came from: {report}"
    );
}

#[tokio::test]
async fn wuppertal_without_an_official_key_found_by_its_website() {
    let report = imports_completely("mst-testdata/wuppertal", "05124").await;
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("05124")
                && n.contains("nach der Website „https://ris.wuppertal.de/“")),
        "{report}"
    );
}

/// The 29 real System and Body objects (SD.NET RIM, ALLRIS, SessionNet), each its own
/// recording: keys as sent (`5358016`), as 9 or 12 digits, or not at all.
#[tokio::test]
async fn twenty_nine_real_bodies() {
    const KEYS: [&str; 29] = [
        "05358004", // Gemeinde Aldenhoven
        "05358016", // Gemeinde Hürtgenwald
        "05358020", // Gemeinde Inden
        "05366024", // Gemeinde Kall
        "05358028", // Gemeinde Kreuzau
        "05358032", // Gemeinde Langerwehe
        "05358040", // Gemeinde Merzenich
        "05366032", // Gemeinde Nettersheim
        "05358052", // Gemeinde Nörvenich
        "05166024", // Gemeinde Schwalmtal
        "05358056", // Gemeinde Titz
        "05358060", // Gemeinde Vettweiß
        "05366040", // Gemeinde Weilerswist
        "05362032", // Kolpingstadt Kerpen
        "05366",    // Kreisverwaltung Euskirchen: no key, the Kreis Euskirchen
        "12064",    // Landkreis Märkisch-Oderland: no key
        "05766048", // Leopoldshöhe: no key
        "05366004", // Stadt Bad Münstereifel
        "05362004", // Stadt Bedburg
        "05362012", // Stadt Brühl
        "05362020", // Stadt Erftstadt
        "05370004", // Rat der Stadt Erkelenz: no key
        "05358024", // Stadt Jülich
        "05114",    // Stadt Krefeld: 9-digit AGS, 12-digit RGS
        "14713",    // Stadt Leipzig: no key, the kreisfreie Stadt, not the Landkreis
        "05358036", // Stadt Linnich
        "05362040", // Stadt Wesseling
        "05166036", // Stadt Willich
        "05754040", // Steinhagen
    ];
    // Side by side: each creates its own two databases.
    let mut runs = tokio::task::JoinSet::new();
    for (i, key) in KEYS.iter().enumerate() {
        runs.spawn(async move {
            imports_completely(&format!("mst-testdata/bodies/{i:02}"), key).await;
        });
    }
    while let Some(done) = runs.join_next().await {
        done.expect("an import of the 29");
    }
}
