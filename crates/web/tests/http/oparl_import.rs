//! `import oparl`: the demo's OParl output, imported into a fresh database and served
//! again, is the same (ids aside); re-runs add nothing twice and carry changes and
//! deletions over; failures leave the database as it was.

use crate::common::*;
use serde_json::Value;
use std::collections::{HashMap, HashSet, VecDeque};
use teilhabe_oparl_import::{ImportError, Options, run};
use teilhabe_store::oparl_import::{ImportReport, Tally};

/// Every document reachable from `/oparl/v1/system` (objects and list pages, following
/// `links.next`), in crawl order, as `(url, json)`.
async fn crawl(app: &TestApp) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut queue = VecDeque::from([format!("{}/oparl/v1/system", app.base)]);
    let mut seen = HashSet::new();
    while let Some(url) = queue.pop_front() {
        if !url.contains("/oparl/v1/") || !seen.insert(url.clone()) {
            continue;
        }
        let text = app
            .client
            .get(&url)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{url}: {e}"));
        let mut links = Vec::new();
        collect_urls(&v, &mut links);
        queue.extend(links);
        out.push((url, v));
    }
    out
}

fn collect_urls(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if s.starts_with("http") => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|x| collect_urls(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_urls(x, out)),
        _ => {}
    }
}

/// The crawl with every id replaced by `kind#n`, n counting the objects of a kind in the
/// order the crawl meets them, and the server's base replaced by `BASE`. Two servers
/// holding the same records give the same snapshot.
fn snapshot(base: &str, docs: &[(String, Value)]) -> Vec<(String, Value)> {
    let mut ordinals: HashMap<(String, String), usize> = HashMap::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    fn number_ids(
        v: &Value,
        base: &str,
        ordinals: &mut HashMap<(String, String), usize>,
        counts: &mut HashMap<String, usize>,
    ) {
        match v {
            Value::Object(o) => {
                if let Some((kind, n)) = o
                    .get("id")
                    .and_then(Value::as_str)
                    .and_then(|id| object_ref(base, id))
                {
                    let next = counts.entry(kind.clone()).or_insert(0);
                    ordinals.entry((kind, n)).or_insert_with(|| {
                        *next += 1;
                        *next
                    });
                }
                o.values()
                    .for_each(|x| number_ids(x, base, ordinals, counts));
            }
            Value::Array(items) => items
                .iter()
                .for_each(|x| number_ids(x, base, ordinals, counts)),
            _ => {}
        }
    }
    for (_, v) in docs {
        number_ids(v, base, &mut ordinals, &mut counts);
    }
    let map = |s: &str| -> String {
        let Some(rest) = s.strip_prefix(base) else {
            return s.to_owned();
        };
        if let Some((kind, n)) = object_ref(base, s) {
            return format!("{kind}#{:?}", ordinals.get(&(kind.clone(), n)));
        }
        // Portal pages name meetings, papers and files by id.
        let parts: Vec<&str> = rest.split('/').collect();
        if parts.len() >= 4 {
            let kind = match parts[2] {
                "sitzungen" => Some("meeting"),
                "vorlagen" => Some("paper"),
                "dateien" => Some("file"),
                _ => None,
            };
            if let Some(kind) = kind {
                let n = ordinals.get(&(kind.to_owned(), parts[3].to_owned()));
                return format!(
                    "BASE/{}/{}/{kind}#{n:?}/{}",
                    parts[1],
                    parts[2],
                    parts[4..].join("/")
                );
            }
        }
        format!("BASE{rest}")
    };
    fn rewrite(v: &Value, map: &dyn Fn(&str) -> String) -> Value {
        match v {
            Value::String(s) => Value::String(map(s)),
            Value::Array(items) => Value::Array(items.iter().map(|x| rewrite(x, map)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .filter(|(k, _)| k.as_str() != "links")
                    .map(|(k, x)| (k.clone(), rewrite(x, map)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    // A later page is named by the last id of the one before.
    let page = |url: &str| match url.split_once("after=") {
        Some((head, tail)) => {
            let rest = tail.trim_start_matches(|c: char| c.is_ascii_digit());
            map(&format!("{head}after=N{rest}"))
        }
        None => map(url),
    };
    docs.iter()
        .map(|(url, v)| (page(url), rewrite(v, &map)))
        .collect()
}

/// `BASE/oparl/v1/paper/17` → `("paper", "17")`.
fn object_ref(base: &str, url: &str) -> Option<(String, String)> {
    let rest = url.strip_prefix(base)?.strip_prefix("/oparl/v1/")?;
    let (kind, n) = rest.split_once('/')?;
    (kind != "body" && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (kind.to_owned(), n.to_owned()))
}

fn assert_same(a: &[(String, Value)], b: &[(String, Value)]) {
    for (x, y) in a.iter().zip(b) {
        assert_eq!(
            x,
            y,
            "first difference:\n old {}\n new {}",
            serde_json::to_string(&x.1).unwrap(),
            serde_json::to_string(&y.1).unwrap()
        );
    }
    assert_eq!(a.len(), b.len(), "number of documents");
}

fn quiet() -> Options {
    Options {
        quiet: true,
        ..Options::default()
    }
}

fn tally(reports: &[ImportReport], key: &str, what: &str) -> Tally {
    reports
        .iter()
        .find(|r| r.body_key == key)
        .and_then(|r| r.tallies.iter().find(|(w, _)| *w == what))
        .map(|(_, t)| *t)
        .unwrap_or_default()
}

async fn round_trip_equals_the_source(db: Db) {
    let Some(source) = spawn_demo(db).await else {
        return;
    };
    let Some(target) = spawn(db).await else {
        return;
    };
    let system = format!("{}/oparl/v1/system", source.base);
    let reports = run(&target.store, &system, &quiet()).await.expect("import");
    assert_eq!(reports.len(), 5, "five bodies");
    assert!(
        reports
            .iter()
            .all(|r| r.body_created && r.skipped.is_empty()),
        "{reports:?}"
    );
    let before = crawl(&source).await;
    let old = snapshot(&source.base, &before);
    let new = snapshot(&target.base, &crawl(&target).await);
    assert!(old.len() > 60, "{} documents", old.len());
    assert_same(&old, &new);
    // The paper of S1 with its three votes came over.
    let paper = new
        .iter()
        .find(|(_, v)| v["reference"] == "2021/7/014")
        .expect("paper 2021/7/014");
    let text = serde_json::to_string(&paper.1).unwrap();
    assert_eq!(
        paper.1["consultation"].as_array().unwrap().len(),
        3,
        "{text}"
    );
    let all = serde_json::to_string(&new).unwrap();
    for votes in [
        r#""teilhabe:votes":{"abstain":0,"conflicted":0,"no":0,"unanimous":true,"yes":9}"#,
        r#""teilhabe:votes":{"abstain":0,"conflicted":0,"no":6,"unanimous":false,"yes":27}"#,
    ] {
        assert!(all.contains(votes), "{votes} missing after the import");
    }

    // A second run changes nothing and doubles nothing.
    let files = target.store.count_rows("files").await.unwrap();
    let again = run(&target.store, &system, &quiet()).await.unwrap();
    for r in &again {
        assert!(
            r.tallies
                .iter()
                .all(|(_, t)| t.created == 0 && t.updated == 0),
            "{r}"
        );
    }
    assert_eq!(target.store.count_rows("files").await.unwrap(), files);
    assert_same(&old, &snapshot(&target.base, &crawl(&target).await));

    // A meeting added at the source arrives; deleted there, it is deleted here too.
    let body = source.store.body_by_key("03157").await.unwrap();
    let org = source.store.organizations(body.id).await.unwrap()[0].id;
    let draft = teilhabe_domain::council::MeetingDraft {
        name: "Sondersitzung".into(),
        state: teilhabe_domain::MeetingState::Scheduled,
        cancelled: false,
        start: teilhabe_domain::council::LocalDateTime::parse("2026-12-10T17:00").unwrap(),
        end: None,
        location_id: None,
        organization_ids: vec![org],
        note: None,
    };
    let m = source.store.create_meeting(body.id, &draft).await.unwrap();
    let added = run(&target.store, &system, &quiet()).await.unwrap();
    assert_eq!(tally(&added, "03157", "Sitzungen").created, 1, "{added:?}");
    assert_same(
        &snapshot(&source.base, &crawl(&source).await),
        &snapshot(&target.base, &crawl(&target).await),
    );
    // At once, most likely within the same second: timestamps have seconds, the content's
    // fingerprint tells the change.
    source.store.delete_meeting(m.id).await.unwrap();
    let deleted = run(&target.store, &system, &quiet()).await.unwrap();
    assert_eq!(
        tally(&deleted, "03157", "Sitzungen").deleted,
        1,
        "{deleted:?}"
    );
    assert_same(&old, &snapshot(&target.base, &crawl(&target).await));
    target.finish().await;
    source.finish().await;
}
both!(round_trip_equals_the_source);

/// Saves every page of a server as `wget --mirror --adjust-extension` would (`….json`),
/// and the files under their own path.
async fn mirror(app: &TestApp, dir: &std::path::Path) {
    let host = app.base.trim_start_matches("http://").to_owned();
    let docs = crawl(app).await;
    let mut files = Vec::new();
    for (url, v) in &docs {
        let path = dir
            .join(&host)
            .join(format!("{}.json", source_path(&app.base, url)));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, serde_json::to_vec(v).unwrap()).unwrap();
        let mut urls = Vec::new();
        collect_urls(v, &mut urls);
        files.extend(urls.into_iter().filter(|u| u.contains("/dateien/")));
    }
    files.sort();
    files.dedup();
    for url in files {
        let bytes = app
            .client
            .get(&url)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let path = dir.join(&host).join(source_path(&app.base, &url));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
    }
}

fn source_path(base: &str, url: &str) -> String {
    url.strip_prefix(base)
        .unwrap()
        .trim_start_matches('/')
        .to_owned()
}

async fn saved_pages_import_like_the_server(db: Db) {
    let Some(source) = spawn_demo(db).await else {
        return;
    };
    let Some(target) = spawn(db).await else {
        return;
    };
    let dir = std::env::temp_dir().join(format!(
        "teilhabe-oparl-mirror-{}-{:?}",
        std::process::id(),
        db
    ));
    let _ = std::fs::remove_dir_all(&dir);
    mirror(&source, &dir).await;

    // A broken page, all or nothing asked for: the import names it and stores nothing.
    let host = source.base.trim_start_matches("http://");
    let page = dir.join(host).join("oparl/v1/body/03157/papers.json");
    let good = std::fs::read(&page).unwrap();
    std::fs::write(&page, &good[..good.len() / 2]).unwrap();
    let strict = Options {
        strict: true,
        ..quiet()
    };
    let err = run(&target.store, dir.to_str().unwrap(), &strict)
        .await
        .expect_err("broken JSON is refused");
    let message = err.to_string();
    assert!(
        matches!(err, ImportError::Input(_))
            && message.contains("body/03157/papers")
            && message.contains("kein gültiges JSON")
            && message.contains("Zeile"),
        "{message}"
    );
    assert_eq!(target.store.list_bodies().await.unwrap().len(), 0);
    assert_eq!(target.store.count_rows("organizations").await.unwrap(), 0);

    // Without: what can be read comes in, and the report names the page and what is missing.
    let Some(lenient) = spawn(db).await else {
        return;
    };
    let reports = run(&lenient.store, dir.to_str().unwrap(), &quiet())
        .await
        .expect("the readable pages import");
    assert_eq!(reports.len(), 5, "every body");
    let peine = reports.iter().find(|r| r.body_key == "03157").unwrap();
    assert!(
        peine.skipped.iter().any(|s| s.starts_with("Seite ")
            && s.contains("body/03157/papers")
            && s.contains("kein gültiges JSON")
            && s.contains("fehlen")),
        "{peine}"
    );
    assert_eq!(tally(&reports, "03157", "Vorlagen").created, 0, "{peine}");
    assert!(tally(&reports, "03157", "Sitzungen").created > 0, "{peine}");
    assert!(tally(&reports, "16065", "Vorlagen").created > 0);
    lenient.finish().await;

    // An unreachable server: a clear message, nothing stored.
    let err = run(
        &target.store,
        "http://127.0.0.1:9/oparl/v1/system",
        &quiet(),
    )
    .await
    .expect_err("nobody listens on port 9");
    assert!(
        matches!(err, ImportError::Unreachable(_)) && err.to_string().contains("127.0.0.1:9"),
        "{err}"
    );
    assert_eq!(target.store.list_bodies().await.unwrap().len(), 0);

    std::fs::write(&page, &good).unwrap();
    let reports = run(&target.store, dir.to_str().unwrap(), &quiet())
        .await
        .expect("import from the directory");
    assert_eq!(reports.len(), 5);
    assert_eq!(
        tally(&reports, "16065", "Dateien").created,
        1,
        "{reports:?}"
    );
    assert_same(
        &snapshot(&source.base, &crawl(&source).await),
        &snapshot(&target.base, &crawl(&target).await),
    );
    let _ = std::fs::remove_dir_all(&dir);
    target.finish().await;
    source.finish().await;
}
both!(saved_pages_import_like_the_server);
