//! Every distinct vote text of the recorded real council systems (`../shared/oparl/real`)
//! against the tally a person reads in it (`vote_texts.tsv`, written by hand; the texts stay
//! in the recordings and `tools/vote_texts.py` prints them beside the table). The reader may
//! take less than a person reads only by giving no tally at all, never another number.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use teilhabe_oparl_import::votes::{Tally, parse};

fn recordings() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/oparl/real")
}

/// FNV-1a of the text: the table's key.
fn key(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Every `result` string in the recordings, by key. Raw control characters (one of the
/// recorded quirks) are read as spaces.
fn texts() -> BTreeMap<String, String> {
    fn walk(v: &serde_json::Value, out: &mut BTreeMap<String, String>) {
        match v {
            serde_json::Value::Object(o) => {
                if let Some(serde_json::Value::String(r)) = o.get("result") {
                    out.insert(key(r), r.clone());
                }
                o.values().for_each(|x| walk(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    let mut dirs = vec![recordings()];
    while let Some(d) = dirs.pop() {
        let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        for entry in entries {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let raw = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
            let raw: String = raw.chars().map(|c| if c < ' ' { ' ' } else { c }).collect();
            if let Ok(v) = serde_json::from_str(&raw) {
                walk(&v, &mut out);
            }
        }
    }
    out
}

/// A table reading: `yes no abstain conflicted [einstimmig]` with `-` for unknown, or `none`.
fn reading(s: &str) -> Option<Tally> {
    if s == "none" {
        return None;
    }
    let parts: Vec<&str> = s.split(' ').collect();
    let mut counts = [None; 4];
    for (k, p) in parts[..4].iter().enumerate() {
        counts[k] = (*p != "-").then(|| p.parse().expect("a count"));
    }
    Some(Tally {
        counts,
        unanimous: parts.get(4) == Some(&"einstimmig"),
    })
}

#[test]
fn every_recorded_vote_text_reads_as_a_person_reads_it() {
    let table: BTreeMap<String, Option<Tally>> = include_str!("vote_texts.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (k, r) = l.split_once('\t').expect("key and reading");
            (k.to_owned(), reading(r))
        })
        .collect();
    let texts = texts();
    assert!(
        texts.len() > 500,
        "the recordings hold {} vote texts",
        texts.len()
    );
    let missing: Vec<&String> = texts.keys().filter(|k| !table.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "texts without a reading in vote_texts.tsv (tools/vote_texts.py shows them): {missing:?}"
    );
    let mut wrong = Vec::new();
    let mut tallies = 0;
    for (k, text) in &texts {
        let want = table[k];
        let got = parse(text);
        tallies += usize::from(got.is_some());
        if got != want {
            wrong.push(format!(
                "{text:?}\n  a person reads {want:?}\n  the reader gives {got:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {}:\n{}",
        wrong.len(),
        texts.len(),
        wrong.join("\n")
    );
    assert!(tallies > 250, "{tallies} tallies read");
}
