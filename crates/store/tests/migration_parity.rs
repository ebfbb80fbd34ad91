//! The two migration folders describe one schema: applied to an empty SQLite and an empty
//! PostgreSQL database, the catalogues the databases report (tables, columns with type
//! family and nullability, primary keys, indexes, foreign keys with `ON DELETE`) are the
//! same, but for the differences `migrations/parity.txt` lists with their reason. A listed
//! difference that is gone fails too, so the list stays true.
//!
//! Needs PostgreSQL (`TEILHABE_TEST_DATABASE_URL`); CI sets it.

use std::collections::BTreeSet;
use teilhabe_store::testdb;

/// `(side, fact)` pairs the list allows, read from `migrations/parity.txt`: lines
/// `sqlite-only: FACT  # reason` or `postgres-only: FACT  # reason`.
fn allowed() -> BTreeSet<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/parity.txt");
    let text = std::fs::read_to_string(path).expect("migrations/parity.txt");
    let mut out = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (entry, reason) = line
            .split_once("  # ")
            .unwrap_or_else(|| panic!("parity.txt:{}: no reason (`  # why`)", n + 1));
        assert!(
            !reason.trim().is_empty(),
            "parity.txt:{}: empty reason",
            n + 1
        );
        let (side, fact) = entry
            .split_once(": ")
            .unwrap_or_else(|| panic!("parity.txt:{}: `side: fact` expected", n + 1));
        assert!(
            side == "sqlite-only" || side == "postgres-only",
            "parity.txt:{}: side is sqlite-only or postgres-only",
            n + 1
        );
        out.insert((side.to_owned(), fact.trim().to_owned()));
    }
    out
}

#[tokio::test]
async fn both_migration_folders_make_the_same_schema() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let (sqlite, sqlite_url) = testdb::fresh_sqlite().await.expect("SQLite");
    let (postgres, postgres_url) = testdb::fresh_postgres(&base).await.expect("PostgreSQL");
    let lite = sqlite.catalogue().await.expect("SQLite catalogue");
    let pg = postgres.catalogue().await.expect("PostgreSQL catalogue");
    sqlite.close().await;
    postgres.close().await;
    testdb::remove(&sqlite_url).await.expect("remove");
    testdb::remove(&postgres_url).await.expect("remove");

    assert!(lite.tables().len() > 40, "{:?}", lite.tables());
    let mut found = BTreeSet::new();
    for f in lite.facts.difference(&pg.facts) {
        found.insert(("sqlite-only".to_owned(), f.clone()));
    }
    for f in pg.facts.difference(&lite.facts) {
        found.insert(("postgres-only".to_owned(), f.clone()));
    }
    let allowed = allowed();
    let unlisted: Vec<String> = found
        .difference(&allowed)
        .map(|(s, f)| format!("{s}: {f}"))
        .collect();
    let mut stale: Vec<String> = allowed
        .difference(&found)
        .map(|(s, f)| format!("{s}: {f}"))
        .collect();
    if stale.is_empty() {
        stale.push("(none)".into());
    }
    assert!(
        unlisted.is_empty() && stale == ["(none)"],
        "the migration folders drifted apart.\nNot listed in migrations/parity.txt:\n  {}\n\
         Listed but no longer a difference:\n  {}",
        unlisted.join("\n  "),
        stale.join("\n  ")
    );
}
