//! Every registered route with what the guard demands for it, compared with the committed
//! `routes.txt`: a renamed path segment changes what the path-based policy derives (a
//! record becomes "Server", a write becomes public), and that must show up in review as a
//! changed line, not pass unnoticed. `TEILHABE_BLESS=1 cargo test -p teilhabe-web --lib
//! route_table` rewrites the file after a deliberate change.
//!
//! The routes are read from the router itself (axum describes its routes and their allowed
//! methods in its `Debug` output), so a route cannot be registered without being listed.

use axum::http::Method;

/// `(path, methods)` of every route the application registers, sorted. axum's `Debug`
/// shows each of its path routers (the routes, and the fallbacks) with its own route ids:
/// `routes: {RouteId(n): MethodRouter(… allow_header: Bytes(b"GET,HEAD") …)}` and
/// `node: Node { paths: {RouteId(n): "/path"} }`. A route that takes any method (a
/// redirect of a moved address) has no allow header and is listed as `ANY`.
fn registered() -> Vec<(String, Vec<String>)> {
    let text = format!("{:?}", crate::routes());
    let mut out = Vec::new();
    for block in text.split("PathRouter { routes: ").skip(1) {
        let mut paths = std::collections::BTreeMap::new();
        let mut methods = std::collections::BTreeMap::new();
        for chunk in block.split("RouteId(").skip(1) {
            let Some((id, rest)) = chunk.split_once("): ") else {
                continue;
            };
            if let Some(path) = rest.strip_prefix('"') {
                let path = path.split('"').next().unwrap_or_default();
                paths.insert(id.to_owned(), path.to_owned());
            } else if rest.starts_with("MethodRouter(") {
                let list: Vec<String> = match rest.split_once("allow_header: Bytes(b\"") {
                    Some((_, allowed)) => allowed
                        .split('"')
                        .next()
                        .unwrap_or_default()
                        .split(',')
                        .filter(|m| !m.is_empty() && *m != "HEAD")
                        .map(str::to_owned)
                        .collect(),
                    None => vec!["ANY".to_owned()],
                };
                methods.insert(id.to_owned(), list);
            }
        }
        for (id, path) in paths {
            if !path.contains("__private__axum_fallback") {
                out.push((path, methods.remove(&id).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

/// A path with its parameters filled in as a request would: numbers for ids, words else.
fn sample(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            let parameter = segment
                .strip_prefix('{')
                .map(|name| name.trim_end_matches('}'));
            match parameter {
                Some(name) if name.ends_with("id") => "7".to_owned(),
                // The audit history of a measure stands for every kind of record.
                Some("kind") => "measures".to_owned(),
                Some(name) => name.to_owned(),
                None => segment.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn table() -> String {
    let mut out = String::new();
    for (path, methods) in registered() {
        for m in methods {
            // A route for any method is judged as a write would be.
            let method = match m.as_str() {
                "ANY" => Method::POST,
                m => Method::from_bytes(m.as_bytes()).expect("a method"),
            };
            let need = crate::kit::auth::describe_need(&method, &sample(&path));
            out.push_str(&format!("{m:<6} {path}  →  {need}\n"));
        }
    }
    out
}

#[test]
fn every_route_demands_what_the_committed_table_says() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routes.txt");
    let actual = table();
    assert!(actual.lines().count() > 150, "{actual}");
    if std::env::var_os("TEILHABE_BLESS").is_some() {
        std::fs::write(&file, &actual).expect("routes.txt written");
        return;
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    let old: std::collections::BTreeSet<&str> = committed.lines().collect();
    let new: std::collections::BTreeSet<&str> = actual.lines().collect();
    let gone: Vec<_> = old.difference(&new).collect();
    let added: Vec<_> = new.difference(&old).collect();
    assert!(
        gone.is_empty() && added.is_empty(),
        "the routes or what they demand changed (TEILHABE_BLESS=1 rewrites routes.txt \
         after a deliberate change):\n- {}\n+ {}",
        gone.iter()
            .map(std::string::ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n- "),
        added
            .iter()
            .map(std::string::ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n+ "),
    );
}
