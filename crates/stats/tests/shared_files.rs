//! Every real file in `../shared/data/genesis/` read without a database, its counts
//! compared with an independent reading by pandas (`tests/fixtures/genesis_reference.json`,
//! made by `tools/genesis_reference.py`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use teilhabe_stats::{Meta, Observation, OwnedObservation, Sink, read_path};

fn shared() -> PathBuf {
    std::env::var("TEILHABE_SHARED_DIR")
        .map_or_else(
            |_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")),
            PathBuf::from,
        )
        .join("data/genesis")
}

#[derive(Default)]
struct Collect {
    obs: Vec<OwnedObservation>,
    meta: Vec<Meta>,
}

impl Sink for Collect {
    fn meta(&mut self, meta: Meta) -> Result<(), String> {
        self.meta.push(meta);
        Ok(())
    }
    fn observation(&mut self, obs: &Observation<'_>) -> Result<(), String> {
        self.obs.push(obs.to_owned_observation());
        Ok(())
    }
}

#[test]
fn every_shared_file_reads_with_the_reference_counts() {
    let reference: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/genesis_reference.json")).unwrap();
    let mut seen = 0;
    for (name, want) in reference.as_object().unwrap() {
        let path = shared().join(name);
        let mut sink = Collect::default();
        let summary = read_path(&path, &mut sink).unwrap_or_else(|e| panic!("{e}"));
        eprintln!("{summary}");
        assert_eq!(summary.rows, want["rows"].as_u64().unwrap(), "{name}: rows");
        assert_eq!(
            summary.observations,
            want["observations"].as_u64().unwrap(),
            "{name}: observations"
        );
        assert_eq!(sink.obs.len() as u64, summary.observations);
        let flags: BTreeMap<String, u64> = serde_json::from_value(want["flags"].clone()).unwrap();
        assert_eq!(summary.flags, flags, "{name}: flags");
        let quality: BTreeMap<String, u64> =
            serde_json::from_value(want["quality"].clone()).unwrap();
        assert_eq!(summary.quality, quality, "{name}: quality");
        let sum: f64 = sink.obs.iter().filter_map(|o| o.value).sum();
        let want_sum = want["sum"].as_f64().unwrap();
        assert!(
            (sum - want_sum).abs() < 1e-6 * want_sum.abs().max(1.0),
            "{name}: sum {sum} vs {want_sum}"
        );
        seen += 1;
    }
    assert!(seen >= 10, "{seen} files");
}

#[test]
fn the_female_population_of_mannheim() {
    for file in ["ffcsv/12411-01-01-4_de.csv", "ffcsv/12411-01-01-4_en.csv"] {
        let mut sink = Collect::default();
        read_path(&shared().join(file), &mut sink).unwrap();
        let o = sink
            .obs
            .iter()
            .find(|o| o.region == "08222" && o.period == "2024-12-31" && o.dims == "GES=GESW")
            .expect("Mannheim, female, 2024-12-31");
        assert_eq!(o.value, Some(158_789.0));
        assert_eq!(o.variable, "BEVSTD");
    }
}
