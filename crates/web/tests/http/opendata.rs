//! The open-data catalogue: DCAT-AP.de 3.0 in Turtle and JSON-LD at stable addresses, the
//! same graph in both, conforming to GovData's SHACL shapes from `../shared/dcat-ap-de/`
//! (checked with pyshacl), every address it names answering with what it says, and nothing
//! in it that the public pages do not show.

use crate::common::{Db, TestApp, spawn_demo};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `shared/` beside the repository (as CI lays it out), or `TEILHABE_SHARED_DIR`.
fn shapes_dir() -> PathBuf {
    std::env::var_os("TEILHABE_SHARED_DIR")
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
            PathBuf::from,
        )
        .join("dcat-ap-de/v3.0")
}

struct Fetched {
    status: u16,
    kind: String,
    body: Vec<u8>,
}

async fn fetch(app: &TestApp, path: &str, accept: Option<&str>) -> Fetched {
    let mut req = app.client.get(format!("{}{path}", app.base));
    if let Some(a) = accept {
        req = req.header("accept", a);
    }
    let resp = req.send().await.expect("request sent");
    let status = resp.status().as_u16();
    let kind = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    Fetched {
        status,
        kind,
        body: resp.bytes().await.expect("body").to_vec(),
    }
}

/// pyshacl's verdict on the catalogue (see `fixtures/opendata/check.py`); `None` where
/// pyshacl is missing and need not be there.
fn check(key: &str, turtle: &[u8], json_ld: &[u8]) -> Option<Value> {
    // One directory per check: the scenarios on both databases run side by side.
    static CHECKS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = CHECKS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("teilhabe-dcat-{}-{key}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (ttl, jsonld) = (dir.join("katalog.ttl"), dir.join("katalog.jsonld"));
    std::fs::write(&ttl, turtle).unwrap();
    std::fs::write(&jsonld, json_ld).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opendata/check.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args([&ttl, &jsonld, &shapes_dir()])
        .output()
        .expect("python3 runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() && stderr.contains("No module named 'pyshacl'") {
        assert!(
            std::env::var_os("TEILHABE_REQUIRE_TOOLS").is_none(),
            "TEILHABE_REQUIRE_TOOLS is set, but pyshacl (pip) is missing"
        );
        eprintln!("pyshacl missing: the catalogue is not validated");
        return None;
    }
    assert!(out.status.success(), "check.py: {stderr}");
    Some(serde_json::from_slice(&out.stdout).expect("the check's JSON"))
}

/// The `@id`s a node names under `key`.
fn ids<'a>(node: &'a Value, key: &str) -> Vec<&'a str> {
    node[key]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v["@id"].as_str()).collect())
        .unwrap_or_default()
}

fn of_type<'a>(graph: &'a [Value], class: &str) -> Vec<&'a Value> {
    graph
        .iter()
        .filter(|n| {
            n["@type"]
                .as_array()
                .is_some_and(|t| t.iter().any(|c| c == class))
        })
        .collect()
}

async fn the_catalogue_conforms_and_names_only_what_is_public(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    // A measure of Peine that is not public: the catalogue must not know it.
    let body = app.store.body_by_key("03157").await.unwrap();
    let concept = app.store.current_concept(body.id).await.unwrap().unwrap();
    let measures = app.store.measures_of_concept(concept.id).await.unwrap();
    let r = app
        .send_json(
            "POST",
            &format!("/api/v1/goals/{}/measures", measures[0].goal_id),
            &serde_json::json!({
                "title": "Interne Personalplanung XYZ-SECRET",
                "lead_organization_id": measures[0].lead_organization_id,
                "public": false
            }),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    for key in ["03157", "14626", "03157006"] {
        let ttl = fetch(&app, &format!("/{key}/opendata/katalog.ttl"), None).await;
        assert_eq!(ttl.status, 200, "{key}");
        assert_eq!(ttl.kind, "text/turtle; charset=utf-8");
        let ld = fetch(&app, &format!("/{key}/opendata/katalog.jsonld"), None).await;
        assert_eq!((ld.status, ld.kind.as_str()), (200, "application/ld+json"));
        // The catalogue's own name answers in the format asked for.
        let asked = fetch(
            &app,
            &format!("/{key}/opendata/katalog"),
            Some("application/ld+json"),
        )
        .await;
        assert_eq!(
            (asked.kind.as_str(), &asked.body),
            ("application/ld+json", &ld.body)
        );
        let plain = fetch(&app, &format!("/{key}/opendata/katalog"), None).await;
        assert_eq!(plain.body, ttl.body);

        if let Some(verdict) = check(key, &ttl.body, &ld.body) {
            assert_eq!(
                verdict["isomorphic"], true,
                "{key}: Turtle and JSON-LD differ"
            );
            assert!(
                verdict["triples"].as_u64().unwrap() > 50,
                "{key}: {verdict}"
            );
            assert_eq!(
                verdict["results"],
                Value::Array(vec![]),
                "{key}: the shapes report violations or warnings"
            );
            assert!(
                verdict["tampered_violations"].as_u64().unwrap() >= 2,
                "{key}: the shapes did not catch a missing publisher and licence: {verdict}"
            );
        }

        let json: Value = serde_json::from_slice(&ld.body).expect("JSON-LD");
        let graph = json["@graph"].as_array().expect("@graph");
        let catalogue = of_type(graph, "dcat:Catalog");
        assert_eq!(catalogue.len(), 1);
        assert_eq!(
            catalogue[0]["@id"],
            format!("{}/{key}/opendata/katalog", app.base)
        );
        // Every address the catalogue names answers; a download with the type it declares.
        for node in graph {
            let declared = ids(node, "dcat:mediaType").first().map(|m| {
                m.trim_start_matches("https://www.iana.org/assignments/media-types/")
                    .to_owned()
            });
            for key in [
                "dcat:downloadURL",
                "dcat:accessURL",
                "dcat:landingPage",
                "dcat:endpointURL",
            ] {
                for url in ids(node, key) {
                    let path = url
                        .strip_prefix(&app.base)
                        .unwrap_or_else(|| panic!("{url} is not on this portal"));
                    let got = fetch(&app, path, None).await;
                    assert_eq!(got.status, 200, "{key} {url}");
                    if key == "dcat:downloadURL" {
                        let want = declared.as_deref().expect("a download declares its type");
                        assert!(
                            got.kind.starts_with(want),
                            "{url}: {} is not {want}",
                            got.kind
                        );
                    }
                }
            }
        }
    }

    // Peine: the measure plan names the public measures only, as many as the CSV has rows.
    let measures = app.store.measures_of_concept(concept.id).await.unwrap();
    let public = measures.iter().filter(|m| m.public.0).count();
    assert_eq!(public + 1, measures.len());
    let ld = fetch(&app, "/03157/opendata/katalog.jsonld", None).await;
    let text = String::from_utf8(ld.body).unwrap();
    assert!(
        text.contains(&format!("Die {public} öffentlichen Maßnahmen")),
        "the plan's description counts the public measures"
    );
    for m in measures.iter().filter(|m| !m.public.0) {
        assert!(
            !text.contains(&m.title),
            "non-public measure {} named",
            m.title
        );
    }
    let csv = fetch(&app, "/03157/massnahmenplan.csv", None).await;
    let rows = String::from_utf8(csv.body).unwrap().lines().count();
    assert_eq!(rows, public + 1, "header and one row per public measure");
    assert!(text.contains("politicalGeocoding/districtKey/03157"));
    assert!(text.contains("politicalGeocoding/Level/administrativeDistrict"));
    assert!(text.contains("dl-by-de/2.0"));

    // Görlitz: a dataset for each closed survey with published results, none for the others.
    let body = app.store.body_by_key("14626").await.unwrap();
    let ld = fetch(&app, "/14626/opendata/katalog.jsonld", None).await;
    let text = String::from_utf8(ld.body).unwrap();
    let mut published = 0;
    for s in app.store.surveys(body.id).await.unwrap() {
        let named = text.contains(&format!("#befragung-{}\"", s.id));
        let open_data = s.status == "closed" && s.results_public.0;
        assert_eq!(named, open_data, "survey {} ({})", s.id, s.title);
        published += usize::from(open_data);
    }
    assert!(published >= 1, "the demo publishes a survey's results");
    let results = fetch(&app, "/14626/befragungen/1/ergebnisse.csv", None).await;
    let csv = String::from_utf8(results.body).unwrap();
    assert!(
        csv.starts_with("\u{feff}Frage;Fragetext;Antwort;Einheit;Wert"),
        "{csv}"
    );
    assert!(csv.contains(";Prozent;"), "shares in percent");

    // Unknown bodies, and results nobody published, are not there.
    assert_eq!(
        fetch(&app, "/99999/opendata/katalog.ttl", None)
            .await
            .status,
        404
    );
    assert_eq!(
        fetch(&app, "/99999/massnahmenplan.csv", None).await.status,
        404
    );
    app.finish().await;
}
both!(the_catalogue_conforms_and_names_only_what_is_public);
