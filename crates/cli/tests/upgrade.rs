//! A real upgrade: the demo as an earlier version left it — its database at migration 27
//! (commit a886c57, before the survey indicators, the impact chain and the chosen comparison
//! groups), restored from that version's own backup — is migrated by this version, and every
//! body's dump afterwards holds everything the earlier version's dump held, value for value;
//! only fields added since may be new. On SQLite and PostgreSQL.
//!
//! The fixtures were made with the earlier binary (`teilhabe demo`; the statistics cells,
//! which no dump carries, deleted to keep them small; `teilhabe backup`; `teilhabe export`
//! for each body). See `fixtures/upgrade/README.md`.

mod common;

use common::{stderr, teilhabe, workdir};
use serde_json::Value;
use std::path::{Path, PathBuf};
use teilhabe_store::testdb;

const BODIES: [&str; 5] = ["03157", "15083", "14626", "16065", "03157006"];

fn fixture(backend: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/upgrade")
        .join(backend)
        .join(name)
}

/// A gzipped fixture, unpacked into `dir`.
fn unpacked(backend: &str, name: &str, dir: &Path) -> PathBuf {
    let mut text = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(
            std::fs::File::open(fixture(backend, &format!("{name}.gz"))).expect("fixture"),
        ),
        &mut text,
    )
    .expect("gunzip");
    let path = dir.join(format!("before-{name}"));
    std::fs::write(&path, text).expect("write");
    path
}

/// Where `after` lacks or changes something of `before` (objects may have gained keys).
fn lost(before: &Value, after: &Value, at: &str, out: &mut Vec<String>) {
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            for (k, v) in b {
                match a.get(k) {
                    Some(w) => lost(v, w, &format!("{at}.{k}"), out),
                    None => out.push(format!("{at}.{k}: gone")),
                }
            }
        }
        (Value::Array(b), Value::Array(a)) => {
            if b.len() == a.len() {
                for (i, (v, w)) in b.iter().zip(a).enumerate() {
                    lost(v, w, &format!("{at}[{i}]"), out);
                }
            } else {
                out.push(format!("{at}: {} entries, now {}", b.len(), a.len()));
            }
        }
        (b, a) if b == a => {}
        (b, a) => out.push(format!("{at}: {b} → {a}")),
    }
}

fn upgrade(url: &str, dir: &Path, backend: &str) {
    let db = |args: &[&str]| {
        let mut a = vec!["--database-url", url];
        a.extend(args);
        teilhabe(&a, dir)
    };
    let backup = if backend == "sqlite" {
        unpacked(backend, "demo-0027.db", dir)
    } else {
        fixture(backend, "demo-0027.pgdump")
    };
    let out = db(&["restore", backup.to_str().expect("path")]);
    assert!(out.status.success(), "restore: {}", stderr(&out));
    let out = db(&["migrate", "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pending = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        pending.contains("0028 survey indicators") && pending.contains("0030 peer groups"),
        "the earlier version's database lacks the later migrations:\n{pending}"
    );
    let out = db(&["migrate"]);
    assert!(out.status.success(), "migrate: {}", stderr(&out));
    for key in BODIES {
        let file = format!("{key}-after.json");
        let out = db(&["export", "--body", key, "--out", &file]);
        assert!(out.status.success(), "export {key}: {}", stderr(&out));
        let read = |p: &Path| -> Value {
            serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("JSON")
        };
        let before = read(&unpacked(backend, &format!("{key}.json"), dir));
        let after = read(&dir.join(&file));
        let mut missing = Vec::new();
        lost(&before, &after, key, &mut missing);
        assert!(
            missing.is_empty(),
            "{key}: the upgrade lost or changed {} things:\n{}",
            missing.len(),
            missing
                .iter()
                .take(20)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn an_earlier_versions_sqlite_database_keeps_every_record() {
    let dir = workdir("upgrade-sqlite");
    let url = format!("sqlite://{}", dir.join("teilhabe.db").display());
    upgrade(&url, &dir, "sqlite");
}

#[test]
fn an_earlier_versions_postgres_database_keeps_every_record() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let dir = workdir("upgrade-postgres");
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let url = rt.block_on(testdb::empty(Some(&base))).expect("database");
    upgrade(&url, &dir, "postgres");
    rt.block_on(testdb::remove(&url)).expect("drop");
}

#[test]
fn the_comparison_allows_added_fields_only() {
    let before = serde_json::json!({"a": 1, "b": [{"c": "x"}]});
    let mut found = Vec::new();
    lost(
        &before,
        &serde_json::json!({"a": 1, "b": [{"c": "x", "d": 2}], "e": []}),
        "k",
        &mut found,
    );
    assert!(found.is_empty(), "{found:?}");
    lost(
        &before,
        &serde_json::json!({"a": 2, "b": [{"d": 2}]}),
        "k",
        &mut found,
    );
    assert_eq!(found, ["k.a: 1 → 2", "k.b[0].c: gone"]);
    found.clear();
    lost(
        &before,
        &serde_json::json!({"a": 1, "b": []}),
        "k",
        &mut found,
    );
    assert_eq!(found, ["k.b: 1 entries, now 0"]);
}
