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
        // Resolution tracking is not compared (see `without_tracking`); nor is the order in
        // which its links would lead the crawl.
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| *k != "teilhabe:resolutionTracking")
            .for_each(|(_, x)| collect_urls(x, out)),
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
        .map(|(url, v)| (page(url), without_tracking(rewrite(v, &map))))
        .collect()
}

/// The document without Teilhabe's resolution tracking (`teilhabe:resolutionTracking`):
/// the county's own follow-up of a resolution, which an OParl import of council records
/// does not bring along (no council information system has it), so it is not compared.
fn without_tracking(v: Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.into_iter()
                .filter(|(k, _)| k != "teilhabe:resolutionTracking")
                .map(|(k, x)| (k, without_tracking(x)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_tracking).collect()),
        other => other,
    }
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

/// A body given inline ([`teilhabe_oparl_import::harvest_document`]), written as an import
/// writes it; each live file gets a small PDF as its content, as if downloaded from the source.
async fn import_document(app: &TestApp, doc: &Value) -> ImportReport {
    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    let mut h =
        teilhabe_oparl_import::harvest_document("https://ris.example.org/system", doc, None)
            .expect("harvest");
    for f in h.files.iter_mut().filter(|f| !f.meta.deleted) {
        f.data = Some(PDF.to_vec());
    }
    app.store.import_oparl(&h).await.expect("import")
}

/// A real recording (Bonn's council system, from Meine Stadt Transparent's test data): the
/// body names no official key and gets Bonn's from the municipality directory; the
/// meeting's invitation and auxiliary file come back on the served Meeting (not as files
/// of nobody) and on the portal's meeting page, and download.
async fn meeting_files_come_back(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/oparl/real/mst-testdata/bonn");
    let reports = run(&app.store, dir.to_str().unwrap(), &quiet())
        .await
        .expect("Bonn imports");
    assert_eq!(reports[0].body_key, "05314", "{}", reports[0]);
    let list: Value = serde_json::from_str(&app.get("/oparl/v1/body/05314/meetings").await.text)
        .expect("meeting list");
    let meetings = list["data"].as_array().expect("meetings");
    let with_files: Vec<&Value> = meetings
        .iter()
        .filter(|m| m.get("invitation").is_some())
        .collect();
    assert_eq!(with_files.len(), 1, "{list:#}");
    let meeting = with_files[0];
    let invitation = &meeting["invitation"];
    assert_eq!(
        invitation["name"], "Öffentliche Tagesordnung",
        "{meeting:#}"
    );
    assert_eq!(invitation["meeting"][0], meeting["id"], "{invitation:#}");
    let auxiliary = meeting["auxiliaryFile"]
        .as_array()
        .expect("auxiliary files");
    assert_eq!(auxiliary.len(), 1, "{meeting:#}");
    assert_eq!(auxiliary[0]["name"], "Alle Anlagen öffentlich");

    // The object at its own address says the same.
    let own: Value = serde_json::from_str(
        &app.client
            .get(meeting["id"].as_str().unwrap())
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(own["invitation"]["id"], invitation["id"]);

    // The portal lists both with their role, and each downloads with its content.
    let web = meeting["web"].as_str().unwrap();
    let page = app.get(web.strip_prefix(&app.base).unwrap()).await;
    assert!(
        page.text.contains("Einladung:") && page.text.contains("Anlage:"),
        "{}",
        page.text
    );
    for f in [invitation, &auxiliary[0]] {
        let url = f["accessUrl"].as_str().unwrap();
        let reply = app.client.get(url).send().await.unwrap();
        assert_eq!(reply.status(), 200, "{url}");
        let bytes = reply.bytes().await.unwrap();
        assert_eq!(
            Some(bytes.len() as u64),
            f["size"].as_u64(),
            "{url}: the stored content"
        );
    }
    app.finish().await;
}
both!(meeting_files_come_back);

/// Two papers with one reference, as council systems have them: both are kept, a second
/// run changes nothing, and a paper typed in here still cannot take a reference in use.
async fn duplicate_references_are_kept(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let doc = serde_json::json!({
        "body": {"id": "https://ris.example.org/body/1", "type": "https://schema.oparl.org/1.1/Body",
                 "name": "Landkreis Peine", "ags": "03157000"},
        "organization": [{"id": "https://ris.example.org/org/1", "name": "Kreistag"}],
        "paper": [
            {"id": "https://ris.example.org/paper/1", "reference": "2022/032", "name": "Integrationskonzept",
             "modified": "2022-05-01T10:00:00+02:00"},
            {"id": "https://ris.example.org/paper/2", "reference": "2022/032", "name": "Integrationskonzept, Ergänzung",
             "modified": "2022-05-02T10:00:00+02:00"},
            {"id": "https://ris.example.org/paper/3", "reference": "2022/032", "name": "Integrationskonzept, Berichtigung",
             "modified": "2022-05-03T10:00:00+02:00"}
        ]
    });
    for round in 0..2 {
        let report = import_document(&app, &doc).await;
        let papers = report
            .tallies
            .iter()
            .find(|(w, _)| *w == "Vorlagen")
            .map(|(_, t)| *t)
            .unwrap_or_default();
        if round == 0 {
            assert_eq!(papers.created, 3, "{report}");
            assert!(report.skipped.is_empty(), "{report}");
            assert!(
                report
                    .notes
                    .iter()
                    .any(|n| n.starts_with("2 Vorlage(n) mit einem Aktenzeichen")),
                "{report}"
            );
        } else {
            assert_eq!((papers.created, papers.updated), (0, 0), "{report}");
        }
    }
    let body = app.store.body_by_key("03157").await.unwrap();
    let papers = app.store.papers(body.id).await.unwrap();
    let mut names: Vec<&str> = papers
        .iter()
        .filter(|p| p.reference == "2022/032")
        .map(|p| p.name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Integrationskonzept",
            "Integrationskonzept, Berichtigung",
            "Integrationskonzept, Ergänzung"
        ]
    );
    let input = teilhabe_domain::RawInput::from_pairs([
        ("reference", "2022/032"),
        ("name", "Hier eingegeben"),
        ("paper_type", "resolution"),
    ]);
    let draft = teilhabe_domain::council::PaperDraft::parse(&input).unwrap();
    let local = app.store.create_paper(body.id, &draft).await;
    assert!(
        local.is_err(),
        "a reference in use is refused here: {local:?}"
    );
    app.finish().await;
}
both!(duplicate_references_are_kept);

/// OParl 1.1 §2.8 for every kind: what the source deletes (a second run with `deleted:
/// true`) this server lists with `deleted: true` under `modified_since`, and leaves out of
/// its lists without — so that a harvester of this server learns of it in turn.
async fn soft_deletes_of_every_kind_are_announced(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let doc = |deleted: bool, modified: &str| {
        let o = |id: &str, rest: Value| {
            let mut v = serde_json::json!({"id": format!("https://ris.example.org/{id}"), "modified": modified});
            if deleted {
                v["deleted"] = Value::Bool(true);
            } else {
                for (k, x) in rest.as_object().unwrap() {
                    v[k] = x.clone();
                }
            }
            v
        };
        let r = |id: &str| Value::String(format!("https://ris.example.org/{id}"));
        // Every object in its own list (a deleted one has nothing but its id), the
        // parents naming their children by id.
        serde_json::json!({
            "body": {"id": "https://ris.example.org/body/1", "name": "Landkreis Peine", "ags": "03157000"},
            "legislativeTermList": [o("term/1", serde_json::json!({"name": "2021–2026"}))],
            "organization": [o("org/1", serde_json::json!({"name": "Kreistag"}))],
            "person": [o("person/1", serde_json::json!({"name": "Erika Probelauf"}))],
            "membership": [o("membership/1", serde_json::json!({"person": r("person/1"), "organization": r("org/1")}))],
            "locationList": [o("location/1", serde_json::json!({"description": "Kreishaus, Sitzungssaal"}))],
            "meeting": [o("meeting/1", serde_json::json!({"name": "Kreistag", "start": "2026-03-01T17:00:00+01:00",
                "organization": [r("org/1")], "location": r("location/1"), "invitation": r("file/1")}))],
            "agendaItem": [o("item/1", serde_json::json!({"meeting": r("meeting/1"), "name": "Integrationskonzept",
                "number": "1", "public": true}))],
            "paper": [o("paper/1", serde_json::json!({"name": "Integrationskonzept", "reference": "2026/001"}))],
            "consultation": [o("consultation/1", serde_json::json!({"paper": r("paper/1"), "meeting": r("meeting/1"),
                "agendaItem": r("item/1"), "organization": [r("org/1")], "role": "Entscheidung"}))],
            "file": [o("file/1", serde_json::json!({"name": "Einladung", "fileName": "einladung.pdf",
                "mimeType": "application/pdf"}))],
        })
    };
    for (deleted, modified) in [
        (false, "2026-03-02T10:00:00+01:00"),
        (true, "2026-03-05T10:00:00+01:00"),
    ] {
        let report = import_document(&app, &doc(deleted, modified)).await;
        assert!(report.skipped.is_empty(), "{report}");
        if deleted {
            for (what, t) in &report.tallies {
                assert!(t.deleted >= 1, "{what} deleted at the source: {report}");
            }
        }
    }
    for (list, kind) in [
        ("organizations", "Organization"),
        ("persons", "Person"),
        ("memberships", "Membership"),
        ("locations", "Location"),
        ("legislativeTerms", "LegislativeTerm"),
        ("meetings", "Meeting"),
        ("agendaItems", "AgendaItem"),
        ("papers", "Paper"),
        ("consultations", "Consultation"),
        ("files", "File"),
    ] {
        let plain: Value =
            serde_json::from_str(&app.get(&format!("/oparl/v1/body/03157/{list}")).await.text)
                .unwrap();
        assert_eq!(
            plain["data"],
            serde_json::json!([]),
            "{list} without modified_since"
        );
        let since: Value = serde_json::from_str(
            &app.get(&format!(
                "/oparl/v1/body/03157/{list}?modified_since=2026-03-03T00:00:00Z"
            ))
            .await
            .text,
        )
        .unwrap();
        let data = since["data"].as_array().unwrap();
        assert_eq!(data.len(), 1, "{list}: {since:#}");
        assert_eq!(data[0]["deleted"], true, "{list}: {since:#}");
        assert!(
            data[0]["type"]
                .as_str()
                .unwrap()
                .ends_with(&format!("/{kind}")),
            "{list}: {since:#}"
        );
    }
    app.finish().await;
}
both!(soft_deletes_of_every_kind_are_announced);

/// A resolution of a non-public agenda item is as non-public as the item: not on the
/// meeting page, not in OParl (list, embedded, own address), not downloadable for anyone
/// without the right to read it; the public item's file is.
async fn files_of_non_public_agenda_items_stay_hidden(db: Db) {
    let Some(app) = spawn(db).await else {
        return;
    };
    let r = |id: &str| Value::String(format!("https://ris.example.org/{id}"));
    let doc = serde_json::json!({
        "body": {"id": "https://ris.example.org/body/1", "name": "Landkreis Peine", "ags": "03157000"},
        "organization": [{"id": r("org/1"), "name": "Kreisausschuss"}],
        "meeting": [{"id": r("meeting/1"), "name": "Kreisausschuss", "start": "2026-03-01T17:00:00+01:00",
            "organization": [r("org/1")]}],
        "agendaItem": [
            {"id": r("item/1"), "meeting": r("meeting/1"), "number": "Ö 1", "name": "Integrationskonzept",
             "public": true, "resolutionFile": r("file/1")},
            {"id": r("item/2"), "meeting": r("meeting/1"), "number": "N 1", "name": "Grundstücksangelegenheit",
             "public": false, "resolutionFile": r("file/2")}
        ],
        "file": [
            {"id": r("file/1"), "name": "Beschluss öffentlich", "fileName": "beschluss-oe.pdf", "mimeType": "application/pdf"},
            {"id": r("file/2"), "name": "Beschluss Grundstück", "fileName": "beschluss-grundstueck.pdf", "mimeType": "application/pdf"}
        ]
    });
    let report = import_document(&app, &doc).await;
    assert!(report.skipped.is_empty(), "{report}");

    let body = app.store.body_by_key("03157").await.unwrap();
    let meeting = app.store.meetings(body.id).await.unwrap()[0].id;
    let files = app.store.files_of_meeting(meeting).await.unwrap();
    assert_eq!(files.len(), 2, "both stored with their meeting");
    assert!(
        files
            .iter()
            .all(|f| f.role.as_deref() == Some("resolution"))
    );
    let hidden = files
        .iter()
        .find(|f| f.file_name == "beschluss-grundstueck.pdf")
        .unwrap();
    let shown = files
        .iter()
        .find(|f| f.file_name == "beschluss-oe.pdf")
        .unwrap();

    let page = app.get(&format!("/03157/sitzungen/{meeting}")).await.text;
    assert!(
        page.contains("Beschluss öffentlich") && page.contains("(TOP Ö 1)"),
        "{page}"
    );
    assert!(!page.contains("Beschluss Grundstück"), "{page}");
    let oparl = app.get("/oparl/v1/body/03157/files").await.text;
    assert!(
        oparl.contains("beschluss-oe.pdf") && !oparl.contains("beschluss-grundstueck"),
        "{oparl}"
    );
    let meetings = app.get("/oparl/v1/body/03157/meetings").await.text;
    assert!(
        meetings.contains("resolutionFile") && !meetings.contains("beschluss-grundstueck"),
        "{meetings}"
    );
    let own = app.get(&format!("/oparl/v1/file/{}", hidden.id)).await;
    assert_eq!(own.status, 404, "{}", own.text);
    let download =
        |f: &teilhabe_store::StoredFile| format!("/03157/dateien/{}/{}", f.id, f.file_name);
    assert_eq!(app.get(&download(shown)).await.status, 200);
    assert_eq!(app.get(&download(hidden)).await.status, 404);
    // The administrator reads it, marked as not public.
    let staff = app
        .send(
            app.admin
                .get(format!("{}/03157/sitzungen/{meeting}", app.base)),
        )
        .await
        .text;
    assert!(
        staff.contains("Beschluss Grundstück") && staff.contains("(beschluss-grundstueck.pdf, 1 kB)</span> <span class=\"internal\">nicht öffentlich</span>"),
        "{staff}"
    );
    app.finish().await;
}
both!(files_of_non_public_agenda_items_stay_hidden);
