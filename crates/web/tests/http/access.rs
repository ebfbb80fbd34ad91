//! Accounts and roles: the authorization matrix (every administration route and every API
//! write × every role × own and foreign body). Logins, sessions and the other checks of
//! who may do what are in `sessions`.

use crate::common::{Db, TestApp, spawn_demo};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum As {
    Anonymous,
    ServerAdmin,
    /// Coordinator of Peine (03157), the "own" body of the role accounts.
    Coordinator,
    /// Coordinator of Görlitz (14626): a foreign body for Peine's records.
    ForeignCoordinator,
    /// Actor of Peine, speaking for one organization.
    Actor,
    /// Council member of Peine.
    Council,
}

const OWN: &str = "03157";
const FOREIGN: &str = "14626";

/// Links (`href`) and post-form actions of a page, with `&amp;` decoded.
fn links_and_forms(html: &str) -> (Vec<String>, Vec<String>) {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let key = format!("{name}=\"");
        let start = tag.find(&key)? + key.len();
        let end = tag[start..].find('"')? + start;
        Some(tag[start..end].replace("&amp;", "&"))
    };
    let mut links = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<a ") {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e);
        if let Some(href) = attr(&rest[i..end], "href") {
            links.push(href);
        }
        rest = &rest[end..];
    }
    let mut forms = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<form") {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e);
        let tag = &rest[i..end];
        if attr(tag, "method").as_deref() == Some("post")
            && let Some(action) = attr(tag, "action")
        {
            forms.push(action);
        }
        rest = &rest[end..];
    }
    (links, forms)
}

fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut digits = false;
    for c in path.chars() {
        if c.is_ascii_digit() {
            if !digits {
                out.push('N');
            }
            digits = true;
        } else {
            out.push(c);
            digits = false;
        }
    }
    out
}

/// Every administration page and form of one body, found by following links from its
/// page as the server administrator (at most two of each shape).
async fn crawl_body(
    app: &TestApp,
    body_id: i64,
    other_bodies: &[i64],
) -> (BTreeSet<String>, BTreeSet<String>) {
    let start = format!("/admin/bodies/{body_id}");
    let foreign: Vec<String> = other_bodies
        .iter()
        .map(|b| format!("/admin/bodies/{b}"))
        .collect();
    let mut queue = vec![start.clone()];
    let mut seen = BTreeSet::from([start]);
    let mut shapes = BTreeMap::<String, usize>::new();
    let (mut gets, mut posts) = (BTreeSet::new(), BTreeSet::new());
    while let Some(path) = queue.pop() {
        let count = shapes.entry(shape(&path)).or_default();
        if *count >= 2 {
            continue;
        }
        *count += 1;
        let r = app.get(&path).await;
        assert_eq!(r.status, 200, "GET {path} as administrator");
        gets.insert(path.clone());
        if !r.text.starts_with("<!doctype html>") {
            continue; // a download
        }
        let (links, forms) = links_and_forms(&r.text);
        for action in forms {
            if action.starts_with("/admin/") {
                posts.insert(action);
            }
        }
        for link in links {
            let link = link.split('#').next().unwrap_or_default().to_owned();
            let global = link == "/admin/"
                || link == "/admin/bodies/new"
                || link.starts_with("/admin/statistics")
                || link.starts_with("/admin/audit");
            let other = foreign
                .iter()
                .any(|f| link == *f || link.starts_with(&format!("{f}/")));
            if link.starts_with("/admin/") && !global && !other && seen.insert(link.clone()) {
                queue.push(link);
            }
        }
    }
    (gets, posts)
}

/// The administration's route templates as the router declares them: each capability's
/// `admin.rs`, `admin_*.rs` or `admin/` (mounted under `/admin`), but for moved addresses.
fn admin_routes() -> Vec<String> {
    let mut files = Vec::new();
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("entry").path();
            let in_admin = path.parent().is_some_and(|p| p.ends_with("admin"));
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() {
                dirs.push(path);
            } else if name.ends_with(".rs") && (in_admin || name.starts_with("admin")) {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 10, "admin route files: {files:?}");
    let mut routes = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).expect("source");
        let mut rest = text.as_str();
        while let Some(i) = rest.find(".route(") {
            rest = &rest[i + 7..];
            let start = rest.find('"').expect("route path") + 1;
            let end = rest[start..].find('"').expect("route end") + start;
            let path = &rest[start..end];
            // A moved address only redirects; nothing links to it.
            if rest[end..]
                .trim_start_matches(['"', ',', ' ', '\n'])
                .starts_with("moved(")
            {
                continue;
            }
            routes.push(if path.starts_with("/admin") {
                path.to_owned()
            } else {
                format!("/admin{path}")
            });
        }
    }
    routes
}

fn matches_template(template: &str, path: &str) -> bool {
    let path = path.split('?').next().unwrap_or_default();
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| t.starts_with('{') && !p.is_empty() || t == p)
}

/// What the policy must answer, written out independently of the server's code.
/// What the demo actor owns: measures its organization leads, events it organizes,
/// contributions it brought in.
struct Owned {
    measures: Vec<i64>,
    /// Milestones of the actor's measures: the lead keeps them up to date.
    milestones: Vec<i64>,
    /// Output indicators of the actor's measures: the lead keeps them too.
    outputs: Vec<i64>,
    events: Vec<i64>,
    contributions: Vec<i64>,
}

fn allowed(who: As, body: Option<&str>, method: &str, path: &str, owned: &Owned) -> bool {
    let path = path.split('?').next().unwrap_or_default();
    let path = if path == "/admin" { "/admin/" } else { path };
    let body_delete = path.starts_with("/admin/bodies/") && path.ends_with("/delete");
    // A body's accounts: its administrators only (the server's, in this matrix).
    let accounts = path.starts_with("/admin/bodies/") && path.contains("/accounts");
    match who {
        As::ServerAdmin => true,
        As::Anonymous => false,
        As::Council => path == "/admin/" && method == "GET",
        As::Coordinator | As::ForeignCoordinator => {
            let own = if who == As::Coordinator { OWN } else { FOREIGN };
            (path == "/admin/" && method == "GET")
                || (body == Some(own) && !body_delete && !accounts)
        }
        As::Actor => {
            if path == "/admin/" && method == "GET" {
                return true;
            }
            let parts: Vec<&str> = path.split('/').collect();
            let of = |id: &str, list: &[i64]| {
                body == Some(OWN) && id.parse().is_ok_and(|id: i64| list.contains(&id))
            };
            match parts.as_slice() {
                [
                    "",
                    "admin",
                    "measures",
                    id,
                    "edit" | "history" | "milestones" | "outputs",
                ]
                | [
                    "",
                    "admin",
                    "measures",
                    id,
                    "reports" | "milestones" | "outputs",
                    "new",
                ] => of(id, &owned.measures),
                ["", "admin", "milestones", id, "edit" | "history"] => of(id, &owned.milestones),
                ["", "admin", "outputs", id, "edit" | "history"] => of(id, &owned.outputs),
                ["", "admin", "events", id]
                | ["", "admin", "events", id, "edit" | "history" | "files"]
                | ["", "admin", "events", id, "contributions", "new"] => of(id, &owned.events),
                ["", "admin", "contributions", id, "edit" | "history"] => {
                    of(id, &owned.contributions)
                }
                _ => false,
            }
        }
    }
}

async fn status(
    client: &reqwest::Client,
    base: &str,
    method: &str,
    path: &str,
    json: bool,
) -> (u16, Option<String>) {
    let url = format!("{base}{path}");
    let req = match (method, json) {
        ("GET", _) => client.get(url),
        ("POST", false) => client
            .post(url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(""),
        (m, _) => client
            .request(reqwest::Method::from_bytes(m.as_bytes()).unwrap(), url)
            .header("content-type", "application/json")
            .body("{}"),
    };
    let r = req.send().await.expect("request");
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (r.status().as_u16(), location)
}

/// Rows of the tables a stray write would touch.
async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for t in [
        "bodies",
        "organizations",
        "persons",
        "target_groups",
        "concepts",
        "principles",
        "fields_of_action",
        "goals",
        "measures",
        "progress_reports",
        "meetings",
        "agenda_items",
        "papers",
        "consultations",
        "files",
        "resolutions",
        "surveys",
        "survey_questions",
        "survey_responses",
    ] {
        out.push(app.count(t).await);
    }
    out
}

/// Every administration request of every body of the demo, with the body it belongs to:
/// found by crawling each body's pages, and those no link leads to.
async fn admin_requests(app: &TestApp) -> Vec<(Option<String>, &'static str, String)> {
    let bodies = app.store.list_bodies().await.unwrap();
    let ids: Vec<i64> = bodies.iter().map(|b| b.id).collect();
    // Every administration request of every body, with the body it belongs to.
    let mut requests: Vec<(Option<String>, &'static str, String)> = vec![
        (None, "GET", "/admin/".into()),
        (None, "GET", "/admin".into()),
        (None, "GET", "/admin/bodies/new".into()),
        (None, "POST", "/admin/bodies/new".into()),
        (None, "GET", "/admin/statistics".into()),
        (None, "POST", "/admin/statistics".into()),
        (None, "GET", "/admin/audit".into()),
        (None, "GET", "/admin/audit.csv".into()),
        (None, "GET", "/admin/accounts".into()),
        (
            None,
            "GET",
            "/admin/accounts/traeger.peine/privacy-export".into(),
        ),
        (None, "POST", "/admin/accounts/traeger.peine/erase".into()),
    ];
    for b in &bodies {
        let others: Vec<i64> = ids.iter().copied().filter(|i| *i != b.id).collect();
        let (gets, posts) = crawl_body(app, b.id, &others).await;
        requests.extend(gets.into_iter().map(|p| (Some(b.key.clone()), "GET", p)));
        requests.extend(posts.into_iter().map(|p| (Some(b.key.clone()), "POST", p)));
        // The documents are asked for by a GET form, which the crawl does not submit.
        requests.push((
            Some(b.key.clone()),
            "GET",
            format!("/admin/bodies/{}/report?dokument=monitoring&intern=1", b.id),
        ));
        // "Stop the links" shows only beside an organisation that was mailed, which no one
        // of the demo's round was.
        for round in app.store.rounds(b.id).await.unwrap() {
            let asked = app.store.round_asks(&round).await.unwrap();
            if let Some(a) = asked.first() {
                requests.push((
                    Some(b.key.clone()),
                    "POST",
                    format!(
                        "/admin/rounds/{}/organizations/{}/revoke",
                        round.id, a.organization_id
                    ),
                ));
            }
        }
        // A sheet is taken over from its preview, which only an upload shows.
        for c in app.store.concepts(b.id).await.unwrap().iter().take(1) {
            requests.push((
                Some(b.key.clone()),
                "POST",
                format!("/admin/concepts/{}/plan-sheet/apply", c.id),
            ));
        }
        // "Take over" shows only where the minutes hold outcomes not yet tracked.
        requests.push((
            Some(b.key.clone()),
            "POST",
            format!("/admin/bodies/{}/resolutions/take-over", b.id),
        ));
        // "Send again" shows only beside an undeliverable mail, which the demo has none of.
        requests.push((
            Some(b.key.clone()),
            "POST",
            format!("/admin/bodies/{}/mails/retry", b.id),
        ));
    }
    requests.push((None, "POST", "/admin/mails/retry".into()));
    requests
}

async fn authorization_matrix(db: Db) {
    let Some(app) = spawn_demo(db).await else {
        return;
    };
    let mut requests = admin_requests(&app).await;
    // The crawl reached every route the administration declares.
    let missing: Vec<String> = admin_routes()
        .into_iter()
        .filter(|t| !requests.iter().any(|(_, _, p)| matches_template(t, p)))
        .collect();
    assert!(
        missing.is_empty(),
        "routes the crawl did not reach: {missing:?}"
    );

    // Every API write, with own and foreign ids taken from the public API.
    for key in [OWN, FOREIGN] {
        let body = Some(key.to_owned());
        let writes = api_writes(&app, key).await;
        requests.extend(writes.into_iter().map(|(m, p)| (body.clone(), m, p)));
    }
    requests.push((None, "POST", "/api/v1/bodies".into()));

    let owned = owned_by_the_actor(&app).await;
    // The crawl saw at most two measures per body: add the actor's own pages explicitly.
    for id in &owned.measures[..2.min(owned.measures.len())] {
        for p in [
            format!("/admin/measures/{id}/edit"),
            format!("/admin/measures/{id}/reports/new"),
        ] {
            requests.push((Some(OWN.into()), "GET", p.clone()));
            requests.push((Some(OWN.into()), "POST", p));
        }
    }

    let clients = [
        (As::Anonymous, app.client.clone()),
        (As::ServerAdmin, app.admin.clone()),
        (As::Coordinator, app.session_for("koordination.peine").await),
        (
            As::ForeignCoordinator,
            app.session_for("koordination.goerlitz").await,
        ),
        (As::Actor, app.session_for("traeger.peine").await),
        (As::Council, app.session_for("kreistag.peine").await),
    ];
    let before = fingerprint(&app).await;
    let (mut sent, mut granted, mut refused, mut wrong) = (0, 0, 0, Vec::new());
    for (who, client) in &clients {
        for (body, method, path) in &requests {
            let api = path.starts_with("/api/");
            let allow = if api {
                match who {
                    As::ServerAdmin => true,
                    As::Coordinator => {
                        body.as_deref() == Some(OWN)
                            && !(path.starts_with("/api/v1/bodies/")
                                && *method == "DELETE"
                                && path.matches('/').count() == 4)
                    }
                    As::ForeignCoordinator => {
                        body.as_deref() == Some(FOREIGN)
                            && !(path.starts_with("/api/v1/bodies/")
                                && *method == "DELETE"
                                && path.matches('/').count() == 4)
                    }
                    As::Actor => {
                        *method == "POST" && path.ends_with("/progress-reports") && {
                            let id: i64 = path.split('/').nth(4).unwrap().parse().unwrap();
                            owned.measures.contains(&id)
                        }
                    }
                    _ => false,
                }
            } else {
                allowed(*who, body.as_deref(), method, path, &owned)
            };
            if allow && *method != "GET" {
                // Allowed writes are the other scenarios' business; sending empty ones here
                // would delete the demo. Only refusals are checked for writes.
                granted += 1;
                continue;
            }
            let (code, location) = status(client, &app.base, method, path, api).await;
            sent += 1;
            let refusal = match (who, api) {
                (As::Anonymous, false) => {
                    code == 303
                        && location
                            .as_deref()
                            .is_some_and(|l| l.starts_with("/anmelden?weiter="))
                }
                (As::Anonymous, true) => code == 401,
                _ => code == 403,
            };
            if allow {
                granted += 1;
                if code != 200 {
                    wrong.push(format!("{who:?} {method} {path}: {code}, expected 200"));
                }
            } else {
                refused += 1;
                if !refusal {
                    wrong.push(format!(
                        "{who:?} {method} {path}: {code}, expected a refusal"
                    ));
                }
            }
        }
    }
    assert_eq!(
        fingerprint(&app).await,
        before,
        "a refused request changed data"
    );
    eprintln!(
        "authorization matrix ({db:?}): {} requests × {} roles; {sent} sent, {granted} allowed, {refused} refused, {} wrong",
        requests.len(),
        clients.len(),
        wrong.len()
    );
    assert!(
        wrong.is_empty(),
        "{} unexpected answers:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    app.finish().await;
}
both!(authorization_matrix);

/// Every API write of body `key`, with its own ids taken from the public API.
async fn api_writes(app: &TestApp, key: &str) -> Vec<(&'static str, String)> {
    let first = |v: serde_json::Value| {
        v.as_array()
            .and_then(|a| a.first())
            .map(|x| x["id"].as_i64().unwrap())
    };
    let concept = first(app.json(&format!("/api/v1/bodies/{key}/concepts")).await).unwrap();
    let field = first(
        app.json(&format!("/api/v1/concepts/{concept}/fields-of-action"))
            .await,
    )
    .unwrap();
    let goal = first(
        app.json(&format!("/api/v1/fields-of-action/{field}/goals"))
            .await,
    )
    .unwrap();
    let measure = first(app.json(&format!("/api/v1/goals/{goal}/measures")).await).unwrap();
    let org = first(
        app.json(&format!("/api/v1/bodies/{key}/organizations"))
            .await,
    )
    .unwrap();
    let group = first(
        app.json(&format!("/api/v1/bodies/{key}/target-groups"))
            .await,
    );
    let person = first(app.json(&format!("/api/v1/bodies/{key}/persons")).await);
    let principle = first(
        app.json(&format!("/api/v1/concepts/{concept}/principles"))
            .await,
    );
    let mut api = vec![
        ("PUT", format!("/api/v1/bodies/{key}")),
        ("DELETE", format!("/api/v1/bodies/{key}")),
        ("POST", format!("/api/v1/bodies/{key}/organizations")),
        ("POST", format!("/api/v1/bodies/{key}/persons")),
        ("POST", format!("/api/v1/bodies/{key}/target-groups")),
        ("POST", format!("/api/v1/bodies/{key}/concepts")),
        ("POST", format!("/api/v1/concepts/{concept}/principles")),
        (
            "POST",
            format!("/api/v1/concepts/{concept}/fields-of-action"),
        ),
        ("POST", format!("/api/v1/fields-of-action/{field}/goals")),
        ("POST", format!("/api/v1/goals/{goal}/measures")),
        (
            "POST",
            format!("/api/v1/measures/{measure}/progress-reports"),
        ),
    ];
    for (kind, id) in [
        ("organizations", Some(org)),
        ("target-groups", group),
        ("persons", person),
        ("concepts", Some(concept)),
        ("principles", principle),
        ("fields-of-action", Some(field)),
        ("goals", Some(goal)),
        ("measures", Some(measure)),
    ] {
        if let Some(id) = id {
            api.push(("PUT", format!("/api/v1/{kind}/{id}")));
            api.push(("DELETE", format!("/api/v1/{kind}/{id}")));
        }
    }
    // Resolution tracking: an entry of the body, and new ones on its papers and items.
    let body_id = app.store.body_by_key(key).await.unwrap().id;
    for r in app
        .store
        .resolutions(body_id, true)
        .await
        .unwrap()
        .iter()
        .take(1)
    {
        api.push(("PUT", format!("/api/v1/resolutions/{}", r.id)));
        api.push(("DELETE", format!("/api/v1/resolutions/{}", r.id)));
    }
    if let Some(p) = app.store.papers(body_id).await.unwrap().first() {
        api.push(("POST", format!("/api/v1/papers/{}/resolutions", p.id)));
    }
    if let Some(m) = app.store.meetings(body_id).await.unwrap().first()
        && let Some(i) = app.store.agenda_items(m.id).await.unwrap().first()
    {
        api.push(("POST", format!("/api/v1/agenda-items/{}/resolutions", i.id)));
    }
    api
}

/// What the demo's actor (traeger.peine) may change: the measures its organisations lead,
/// the events they organise and the contributions they brought in.
async fn owned_by_the_actor(app: &TestApp) -> Owned {
    let actor_org = app
        .store
        .list_users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.login == "traeger.peine")
        .unwrap()
        .organizations;
    let actor_measures: Vec<i64> = app
        .store
        .measures_led_by(&actor_org)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.0)
        .collect();
    assert!(!actor_measures.is_empty(), "the demo actor leads measures");
    let mut milestones = Vec::new();
    for m in &actor_measures {
        milestones.extend(
            app.store
                .milestones(*m)
                .await
                .unwrap()
                .into_iter()
                .map(|s| s.id),
        );
    }
    let outputs = app
        .store
        .outputs_of_measures(&actor_measures)
        .await
        .unwrap()
        .into_values()
        .flatten()
        .map(|o| o.id)
        .collect();
    Owned {
        milestones,
        outputs,
        events: app
            .store
            .events_organized_by(&actor_org)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.0)
            .collect(),
        contributions: app
            .store
            .contributions_brought_by(&actor_org)
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.0)
            .collect(),
        measures: actor_measures,
    }
}
