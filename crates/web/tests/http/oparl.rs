//! Crawls the demo's whole OParl tree from `/oparl/v1/system`, validates every object
//! (embedded ones included) against the OParl 1.1 JSON schemas in `../shared/oparl/`, and
//! checks the rules schemas do not catch.

use crate::common::{Db, TestApp, spawn_demo};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet, VecDeque};

/// `shared/` beside the repository (as CI lays it out), or `TEILHABE_SHARED_DIR`.
fn schema_dir() -> std::path::PathBuf {
    let shared = std::env::var_os("TEILHABE_SHARED_DIR").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        std::path::PathBuf::from,
    );
    shared.join("oparl/schema-draft7")
}

/// One validator per OParl type, with every schema registered under its `$id`.
fn validators() -> BTreeMap<String, (jsonschema::Validator, Vec<String>)> {
    let mut schemas = Vec::new();
    for entry in std::fs::read_dir(schema_dir()).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (shared/ beside the repository, or set TEILHABE_SHARED_DIR)",
            schema_dir().display()
        )
    }) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let schema: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            schemas.push(schema);
        }
    }
    let mut builder = jsonschema::Registry::new();
    for s in &schemas {
        let id = s["$id"].as_str().unwrap().to_owned();
        builder = builder
            .add(&id, s.clone())
            .unwrap()
            .add(format!("{id}.json"), s.clone())
            .unwrap();
    }
    let registry = builder.prepare().expect("registry");
    schemas
        .iter()
        .map(|s| {
            let name = s["title"].as_str().unwrap().to_owned();
            let required = s["required"]
                .as_array()
                .map(|r| r.iter().map(|x| x.as_str().unwrap().to_owned()).collect())
                .unwrap_or_default();
            let v = jsonschema::options()
                .with_registry(&registry)
                .should_validate_formats(true)
                .build(s)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, (v, required))
        })
        .collect()
}

struct Crawl {
    objects: usize,
    embedded: usize,
    lists: usize,
    types: BTreeMap<String, usize>,
    errors: Vec<String>,
    texts: Vec<String>,
}

/// Validates an object and everything embedded in it; collects URLs to visit.
fn check_object(
    v: &Value,
    validators: &BTreeMap<String, (jsonschema::Validator, Vec<String>)>,
    crawl: &mut Crawl,
    to_visit: &mut Vec<String>,
    embedded: bool,
    base: &str,
) {
    let Some(kind) = v["type"]
        .as_str()
        .and_then(|t| t.strip_prefix("https://schema.oparl.org/1.1/"))
    else {
        crawl.errors.push(format!("object without OParl type: {v}"));
        return;
    };
    *crawl.types.entry(kind.to_owned()).or_default() += 1;
    if embedded {
        crawl.embedded += 1;
    } else {
        crawl.objects += 1;
    }
    let Some((validator, required)) = validators.get(kind) else {
        crawl.errors.push(format!("no schema for {kind}"));
        return;
    };
    for e in validator.iter_errors(v) {
        crawl.errors.push(format!(
            "{} {}: {e} at {}",
            kind,
            v["id"],
            e.instance_path()
        ));
    }
    for field in ["created", "modified"] {
        if v.get(field).is_none() {
            crawl
                .errors
                .push(format!("{kind} {} lacks {field}", v["id"]));
        }
    }
    let Value::Object(map) = v else { return };
    for (key, value) in map {
        if key.contains(':') {
            // A vendor extension (`teilhabe:votes`): not an OParl object.
            continue;
        }
        let optional = !required.contains(key);
        match value {
            Value::Null => crawl.errors.push(format!("{kind}.{key} is null")),
            Value::String(s) if s.is_empty() && optional => {
                crawl.errors.push(format!("{kind}.{key} is \"\""));
            }
            Value::Array(a) if a.is_empty() && optional => {
                crawl.errors.push(format!("{kind}.{key} is []"));
            }
            _ => {}
        }
        let mut visit = |x: &Value| match x {
            Value::String(s) if s.starts_with(&format!("{base}/oparl/")) && key != "id" => {
                to_visit.push(s.clone());
            }
            Value::Object(_) => {
                check_object(x, validators, crawl, to_visit, true, base);
                if let Some(id) = x["id"].as_str() {
                    to_visit.push(id.to_owned());
                }
            }
            _ => {}
        };
        match value {
            Value::Array(items) => items.iter().for_each(&mut visit),
            other => visit(other),
        }
    }
}

async fn crawl(app: &TestApp) -> Crawl {
    let validators = validators();
    let mut crawl = Crawl {
        objects: 0,
        embedded: 0,
        lists: 0,
        types: BTreeMap::new(),
        errors: Vec::new(),
        texts: Vec::new(),
    };
    let mut queue: VecDeque<String> = VecDeque::from([format!("{}/oparl/v1/system", app.base)]);
    let mut seen: HashSet<String> = HashSet::new();
    while let Some(url) = queue.pop_front() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let resp = app.client.get(&url).send().await.unwrap();
        let status = resp.status().as_u16();
        let cors = resp
            .headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let text = resp.text().await.unwrap();
        if status != 200 {
            crawl
                .errors
                .push(format!("{url} answered {status}: {text}"));
            continue;
        }
        if cors.as_deref() != Some("*") {
            crawl
                .errors
                .push(format!("{url} has no Access-Control-Allow-Origin: *"));
        }
        if text.starts_with('\u{feff}') {
            crawl.errors.push(format!("{url} starts with a BOM"));
        }
        crawl.texts.push(text.clone());
        let v: Value = serde_json::from_str(&text).unwrap();
        let mut to_visit = Vec::new();
        if v.get("data").is_some() {
            crawl.lists += 1;
            for key in ["data", "pagination", "links"] {
                if v.get(key).is_none() {
                    crawl.errors.push(format!("list {url} lacks {key}"));
                }
            }
            for item in v["data"].as_array().unwrap() {
                check_object(
                    item,
                    &validators,
                    &mut crawl,
                    &mut to_visit,
                    false,
                    &app.base,
                );
                if let Some(id) = item["id"].as_str() {
                    to_visit.push(id.to_owned());
                }
            }
            if let Some(next) = v["links"]["next"].as_str() {
                to_visit.push(next.to_owned());
            }
        } else {
            if v["id"].as_str() != Some(url.as_str()) {
                crawl.errors.push(format!("{url} has id {}", v["id"]));
            }
            check_object(&v, &validators, &mut crawl, &mut to_visit, false, &app.base);
        }
        queue.extend(to_visit.into_iter().filter(|u| !seen.contains(u)));
    }
    crawl
}

async fn the_whole_oparl_tree_is_valid(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let crawl = crawl(&app).await;
    assert!(
        crawl.errors.is_empty(),
        "{} errors:\n{}",
        crawl.errors.len(),
        crawl.errors.join("\n")
    );
    for kind in [
        "System",
        "Body",
        "Organization",
        "Person",
        "Meeting",
        "AgendaItem",
        "Paper",
        "Consultation",
        "Location",
        "File",
        "LegislativeTerm",
        "Membership",
    ] {
        assert!(
            crawl.types.get(kind).copied().unwrap_or(0) > 0,
            "no {kind} crawled: {:?}",
            crawl.types
        );
    }
    assert!(
        crawl.embedded > 0 && crawl.lists >= 50,
        "{} lists, {} embedded",
        crawl.lists,
        crawl.embedded
    );
    let all = crawl.texts.join("\n");
    assert!(
        !all.contains("Nichtöffentlicher Teil"),
        "a non-public agenda item was exported"
    );
    assert!(
        all.contains("\"teilhabe:votes\""),
        "votes as extension property"
    );
    eprintln!(
        "crawled {} objects, {} embedded, {} lists: {:?}",
        crawl.objects, crawl.embedded, crawl.lists, crawl.types
    );
    app.finish().await;
}
both!(the_whole_oparl_tree_is_valid);

async fn paging_and_filters(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let base = "/oparl/v1/body/03157/organizations";
    let all = app.json(base).await;
    let total = all["data"].as_array().unwrap().len();
    assert!(total > 30);
    assert!(all["links"].get("next").is_none(), "one page: no next");
    // A chain of pages of 7 reaches every element exactly once, in id order.
    let mut url = format!("{base}?limit=7");
    let mut ids = Vec::new();
    let mut pages = 0;
    loop {
        let page = app.json(&url).await;
        pages += 1;
        ids.extend(
            page["data"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_owned()),
        );
        match page["links"]["next"].as_str() {
            Some(next) => {
                assert!(
                    next.contains("limit=7"),
                    "links keep the parameters: {next}"
                );
                url = next.strip_prefix(&app.base).unwrap().to_owned();
            }
            None => break,
        }
    }
    assert_eq!(ids.len(), total);
    assert_eq!(pages, total.div_ceil(7));
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), total);

    let future = app
        .json(&format!(
            "{base}?modified_since=2999-01-01T00:00:00%2B01:00"
        ))
        .await;
    assert_eq!(
        future["data"].as_array().unwrap().len(),
        0,
        "modified_since honoured"
    );
    assert!(
        future["links"]["first"]
            .as_str()
            .unwrap()
            .contains("modified_since=2999-01-01T00%3A00%3A00%2B01%3A00"),
        "filter kept in links"
    );
    let past = app
        .json(&format!("{base}?created_until=2000-01-01T00:00:00Z"))
        .await;
    assert_eq!(
        past["data"].as_array().unwrap().len(),
        0,
        "created_until honoured"
    );
    let since = app
        .json(&format!(
            "{base}?created_since=2000-01-01T00:00:00Z&limit=1000"
        ))
        .await;
    assert_eq!(since["data"].as_array().unwrap().len(), total);
    let bad = app.get(&format!("{base}?modified_since=gestern")).await;
    assert_eq!(bad.status, 400);
    assert!(
        bad.json()["message"]
            .as_str()
            .unwrap()
            .contains("modified_since")
    );
    let missing = app.get("/oparl/v1/meeting/999999").await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["type"], "https://schema.oparl.org/1.1/Error");

    // omit_internal leaves embedded objects out and stays in the links.
    let meetings = app
        .json("/oparl/v1/body/03157/meetings?omit_internal=true")
        .await;
    assert!(
        meetings["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m.get("agendaItem").is_none() && m.get("location").is_none())
    );
    assert!(
        meetings["links"]["first"]
            .as_str()
            .unwrap()
            .contains("omit_internal=true")
    );
    app.finish().await;
}
both!(paging_and_filters);

/// Soft deletes of meetings, organisations and persons: listed only under `modified_since`,
/// with `deleted: true`, so that harvesters learn of them.
async fn soft_deleted_meetings_show_only_with_modified_since(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let body = app.store.body_by_key("03157").await.unwrap();
    let loc = app.store.locations(body.id).await.unwrap();
    let org = app.store.organizations(body.id).await.unwrap()[0].id;
    let draft = teilhabe_domain::council::MeetingDraft {
        name: "Sondersitzung".into(),
        state: teilhabe_domain::MeetingState::Scheduled,
        cancelled: false,
        start: teilhabe_domain::council::LocalDateTime::parse("2026-01-20T17:00").unwrap(),
        end: None,
        location_id: loc.first().map(|l| l.id),
        organization_ids: vec![org],
        note: None,
    };
    let m = app.store.create_meeting(body.id, &draft).await.unwrap();
    app.store.delete_meeting(m.id).await.unwrap();
    let id = format!("{}/oparl/v1/meeting/{}", app.base, m.id);
    let plain = app.get("/oparl/v1/body/03157/meetings").await.text;
    assert!(
        !plain.contains(&id),
        "deleted meeting hidden without modified_since"
    );
    let since = app
        .json("/oparl/v1/body/03157/meetings?modified_since=2000-01-01T00:00:00Z")
        .await;
    let found = since["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id.as_str())
        .expect("listed with modified_since");
    assert_eq!(found["deleted"], true);

    // Organisations and persons too (OParl 1.1 §2.8): deleted, they are announced, a person
    // without its name; their pages are gone.
    let input =
        |pairs: &[(&str, &str)]| teilhabe_domain::RawInput::from_pairs(pairs.iter().copied());
    let group = app
        .store
        .create_organization(
            body.id,
            &teilhabe_domain::bodies::OrganizationDraft::parse(&input(&[
                ("name", "Arbeitskreis Sprachmittlung"),
                ("kind", "working_group"),
            ]))
            .unwrap(),
        )
        .await
        .unwrap();
    let person = app
        .store
        .create_person(
            body.id,
            &teilhabe_domain::bodies::PersonDraft::parse(&input(&[
                ("name", "Erika Probelauf"),
                ("role_title", "Sprachmittlerin"),
                ("public", "1"),
            ]))
            .unwrap(),
        )
        .await
        .unwrap();
    app.store.delete_organization(group.id).await.unwrap();
    app.store.delete_person(person.id).await.unwrap();
    for (list, kind, id) in [
        ("organizations", "organization", group.id),
        ("persons", "person", person.id),
    ] {
        let url = format!("{}/oparl/v1/{kind}/{id}", app.base);
        let plain = app.get(&format!("/oparl/v1/body/03157/{list}")).await.text;
        assert!(
            !plain.contains(&url),
            "deleted {kind} hidden without modified_since"
        );
        let since = app
            .json(&format!(
                "/oparl/v1/body/03157/{list}?modified_since=2000-01-01T00:00:00Z"
            ))
            .await;
        let found = since["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == url.as_str())
            .unwrap_or_else(|| panic!("deleted {kind} listed with modified_since"))
            .clone();
        assert_eq!(found["deleted"], true, "{found}");
        assert_eq!(
            app.json(&format!("/oparl/v1/{kind}/{id}")).await["deleted"],
            true
        );
    }
    let gone = app
        .get(&format!("/oparl/v1/person/{}", person.id))
        .await
        .text;
    assert!(
        !gone.contains("Probelauf") && !gone.contains("Sprachmittlerin"),
        "a deleted person is not named: {gone}"
    );
    assert!(app.store.organization(group.id).await.is_err());
    assert!(app.store.person(person.id).await.is_err());
    app.finish().await;
}
both!(soft_deleted_meetings_show_only_with_modified_since);
