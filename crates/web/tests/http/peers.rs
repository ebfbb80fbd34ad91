//! The county beside its peers: Peine's rank among Lower Saxony's Kreise on the share of
//! protection seekers with an unlimited status equals the rank computed here, independently
//! of the server's import and formula engine, from the raw cells of the shared 12531 file;
//! the page shows each group as a chart and a complete table, in every portal language.

use crate::common::{Db, spawn_demo};
use std::collections::HashMap;

/// The share per Kreis of Lower Saxony, straight from the flat file: sums of the cells with
/// the two protection statuses over sex and nationality.
fn shares_from_the_raw_file() -> HashMap<String, f64> {
    let root = std::env::var("TEILHABE_SHARED_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_owned());
    let path = format!("{root}/data/genesis/bench/12531-0043_flat.csv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(';').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (kreis, status, value) = (
        col("1_variable_attribute_code"),
        col("2_variable_attribute_code"),
        col("value"),
    );
    let mut sums: HashMap<String, (f64, f64)> = HashMap::new();
    for line in lines {
        let f: Vec<&str> = line.split(';').collect();
        if !f[kreis].starts_with("03") {
            continue;
        }
        let Ok(v) = f[value].parse::<f64>() else {
            continue; // a secrecy or missing symbol counts as nothing
        };
        let s = sums.entry(f[kreis].to_owned()).or_default();
        match f[status] {
            "SCHUTZST-AK-5" => s.0 += v,
            "SCHUTZST-AK-1" => s.1 += v,
            _ => {}
        }
    }
    sums.into_iter()
        .filter(|(_, (_, all))| *all > 0.0)
        .map(|(k, (unlimited, all))| (k, 100.0 * unlimited / all))
        .collect()
}

both!(ranks_among_lower_saxony_equal_the_raw_cells);
async fn ranks_among_lower_saxony_equal_the_raw_cells(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let shares = shares_from_the_raw_file();
    assert!(
        shares.len() >= 40,
        "{} Kreise in the raw file",
        shares.len()
    );
    // Higher is better; competition ranking.
    let expected: HashMap<&str, usize> = shares
        .iter()
        .map(|(k, v)| {
            let better = shares.values().filter(|w| *w > v).count();
            (k.as_str(), better + 1)
        })
        .collect();

    let v = app
        .json("/api/v1/bodies/03157/indicators/schutz_unbefristet_anteil/peers")
        .await;
    let land = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"] == "land")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(land["members"], 45, "{land}");
    let ranked = land["regions"].as_array().unwrap();
    assert_eq!(ranked.len(), expected.len(), "{land}");
    for r in ranked {
        let key = r["region"].as_str().unwrap();
        assert_eq!(
            r["rank"].as_u64().unwrap() as usize,
            expected[key],
            "{key}: {} against {}",
            r["value"],
            shares[key]
        );
        assert!(
            (r["value"].as_f64().unwrap() - shares[key]).abs() < 1e-9,
            "{key}"
        );
    }
    assert_eq!(
        land["rank"].as_u64().unwrap() as usize,
        expected["03157"],
        "Peine's own rank"
    );

    // The page: a chart and the complete table per group, the county marked.
    let r = app
        .get("/03157/monitoring/schutz_unbefristet_anteil/vergleich")
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let rank_text = format!("Rang {} von {}", expected["03157"], expected.len());
    assert!(r.text.contains(&rank_text), "{rank_text} in {}", r.text);
    assert_eq!(
        r.text.matches("<svg class=\"chart\"").count(),
        3,
        "a chart per group"
    );
    assert!(
        r.text.contains("class=\"self\""),
        "the county's row is marked"
    );
    assert!(r.text.contains("Hildesheim"), "the table names every Kreis");
    let en = app
        .get("/03157/monitoring/schutz_unbefristet_anteil/vergleich?sprache=en")
        .await;
    assert!(
        en.text.contains("Among the districts of Niedersachsen"),
        "{}",
        en.text
    );
    chosen_group(&app, &shares).await;

    // The indicator page links to it; a body that is no Kreis is told there is nothing.
    let page = app.get("/03157/monitoring/schutz_unbefristet_anteil").await;
    assert!(page.text.contains("/vergleich"), "{}", page.text);
    let bodies = app.json("/api/v1/bodies").await;
    let city = bodies["data"]
        .as_array()
        .or(bodies.as_array())
        .unwrap()
        .iter()
        .find_map(|b| b["key"].as_str().filter(|k| k.len() > 5))
        .expect("the demo's municipality")
        .to_owned();
    let r = app
        .get(&format!(
            "/{city}/monitoring/schutz_unbefristet_anteil/vergleich"
        ))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.text.contains("keine Werte"), "{}", r.text);
    app.finish().await;
}

/// A comparison group chosen by the body: a line that names no Kreis is refused and nothing
/// stored; then Peine ranks among its three chosen neighbours and itself as the raw cells say.
async fn chosen_group(app: &crate::common::TestApp, shares: &HashMap<String, f64>) {
    let peine = app.store.body_by_key("03157").await.unwrap().id;
    let path = format!("/admin/bodies/{peine}/peer-group");
    let r = app
        .post_form(&path, &[("members", "03151 Gifhorn\nNirgendwo")])
        .await;
    assert_eq!(r.status, 422, "{}", r.text);
    assert!(r.text.contains("Zeile 2"), "{}", r.text);
    assert!(app.store.peer_group(peine).await.unwrap().is_empty());
    let r = app
        .post_form(&path, &[("members", "03151 Gifhorn\nHildesheim\n03153\n")])
        .await;
    assert_eq!(r.status, 303, "{}", r.text);
    let v = app
        .json("/api/v1/bodies/03157/indicators/schutz_unbefristet_anteil/peers")
        .await;
    let chosen = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"] == "chosen")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(chosen["members"], 4, "{chosen}");
    let keys = ["03151", "03254", "03153", "03157"];
    for r in chosen["regions"].as_array().unwrap() {
        let key = r["region"].as_str().unwrap();
        let better = keys.iter().filter(|k| shares[**k] > shares[key]).count();
        assert_eq!(r["rank"].as_u64().unwrap() as usize, better + 1, "{key}");
    }
    let page = app
        .get("/03157/monitoring/schutz_unbefristet_anteil/vergleich")
        .await;
    assert_eq!(page.text.matches("<svg class=\"chart\"").count(), 4);
    assert!(page.text.contains("In der eigenen Vergleichsgruppe"));
}
