//! Official statistics for the demo's integration monitoring: the population of every Kreis
//! (12411-01-01-4), the Mikrozensus' labour force for Germany (12211-0001), employees subject to social insurance by nationality for Germany, the
//! demo's Länder and Kreise (an extract of 13111-01-03-4), and protection seekers for every
//! Kreis of those Länder (an extract of 12531-0043, zipped). Real downloads from the
//! regional database; licence dl-de/by-2-0, © Statistische Ämter des Bundes und der Länder.
//! They go through the same import as a coordinator's files.

use teilhabe_store::{Result, Store, StoreError};

const FILES: [(&str, &[u8]); 4] = [
    (
        "12211-0001_de.csv",
        include_bytes!("../data/12211-0001_de.csv"),
    ),
    (
        "12411-01-01-4_de.csv",
        include_bytes!("../data/12411-01-01-4_de.csv"),
    ),
    (
        "13111-01-03-4_demo.csv",
        include_bytes!("../data/13111-01-03-4_demo.csv"),
    ),
    (
        "12531-0043_demo.zip",
        include_bytes!("../data/12531-0043_demo.zip"),
    ),
];

pub async fn load(store: &Store) -> Result<()> {
    // One folder per call: several demos may load at once (tests do).
    static CALLS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "teilhabe-demo-{}-{}",
        std::process::id(),
        CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::Refused(e.to_string()))?;
    for (name, bytes) in FILES {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| StoreError::Refused(e.to_string()))?;
        let summary = store.import_statistics(&path).await.map_err(|e| match e {
            teilhabe_store::stats::StatsImportError::Store(s) => s,
            other => StoreError::Refused(other.to_string()),
        })?;
        tracing::debug!(%summary, "demo statistics");
    }
    let _ = std::fs::remove_dir_all(&dir);
    adopt(store).await
}

/// Peine adopts the indicators of the fuller catalogue that the demo's files give values
/// (protection seekers by sex, nationality and status; the Mikrozensus for Land and Bund).
async fn adopt(store: &Store) -> Result<()> {
    use teilhabe_stats::indicators::MONITORING_INDICATORS;
    let peine = store.body_by_key("03157").await?.id;
    store.indicators(peine).await?;
    for def in MONITORING_INDICATORS {
        if def
            .tables
            .iter()
            .all(|t| ["12531-0043", "12411-01-01-4", "12211-0001"].contains(t))
        {
            store.adopt_indicator(peine, def).await?;
        }
    }
    Ok(())
}
