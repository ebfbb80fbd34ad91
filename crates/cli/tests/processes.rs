//! Several `teilhabe serve` processes on one PostgreSQL, as a hosting provider runs them
//! behind a load balancer: a session begun on one is valid on the other and ends on both;
//! what one process writes the other shows within a second, though it had kept the page; both
//! run the search indexing job at the same time, and every change is indexed exactly once
//! and found through either process.

mod common;

use common::{fetch, free_port, spawn, teilhabe, workdir};
use serde_json::{Value, json};
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};
use teilhabe_store::testdb;

fn healthy(port: u16) -> bool {
    fetch(port, "/healthz").0 == 200
}

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(url: &str, dir: &Path) -> Server {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let child = spawn(&["--database-url", url, "serve", "--addr", &addr], dir);
    let started = Instant::now();
    while !healthy(port) {
        assert!(
            started.elapsed() < Duration::from_mins(1),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Server {
        child,
        base: format!("http://{addr}"),
    }
}

fn client(cookie: Option<&str>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(c) = cookie {
        headers.insert(
            reqwest::header::COOKIE,
            format!("teilhabe_sitzung={c}").parse().unwrap(),
        );
    }
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap()
}

async fn status(c: &reqwest::Client, url: String) -> u16 {
    c.get(url).send().await.unwrap().status().as_u16()
}

async fn text(c: &reqwest::Client, url: String) -> String {
    let r = c.get(&url).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "{url}");
    r.text().await.unwrap()
}

async fn json_of(c: &reqwest::Client, url: String) -> Value {
    serde_json::from_str(&text(c, url).await).unwrap()
}

async fn login(base: &str, login: &str, password: &str) -> String {
    let r = client(None)
        .post(format!("{base}/anmelden"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "login={login}&password={password}&weiter=%2Fadmin%2F"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303, "login");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    let pair = cookie.split(';').next().unwrap();
    let (name, value) = pair.split_once('=').unwrap();
    assert_eq!(name, "teilhabe_sitzung", "{cookie}");
    value.to_owned()
}

/// The search hits (as JSON) for `q` in body 03157 on one server.
async fn search(base: &str, q: &str) -> Value {
    json_of(
        &client(None),
        format!("{base}/api/v1/bodies/03157/search?q={q}&limit=50"),
    )
    .await
}

#[test]
fn servers_on_one_postgres_share_sessions_pages_jobs_and_search() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let dir = workdir("processes");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (store, url) = rt
        .block_on(testdb::fresh_postgres(&base))
        .expect("PostgreSQL reachable");
    rt.block_on(store.close());
    let out = teilhabe(&["--database-url", &url, "demo"], &dir);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let out = teilhabe(
        &[
            "--database-url",
            &url,
            "user",
            "token",
            "koordination.peine",
            "--label",
            "Test",
        ],
        &dir,
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let token = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .find(|w| w.len() >= 32)
        .expect("a token in the output")
        .to_owned();

    let a = serve(&url, &dir);
    let b = serve(&url, &dir);
    rt.block_on(async {
        // A session begun on A is valid on B; "logout everywhere" on B ends it on A.
        let session = login(&a.base, "koordination.peine", "demo-passwort-koordination").await;
        let me = client(Some(&session));
        assert_eq!(status(&me, format!("{}/admin/", b.base)).await, 200);
        assert_eq!(status(&me, format!("{}/admin/", a.base)).await, 200);

        // Writes on both at once: twelve measures get a new word in their title, half
        // through A, half through B, while both processes run the indexing job.
        let api = {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(
                reqwest::header::AUTHORIZATION,
                format!("Bearer {token}").parse().unwrap(),
            );
            reqwest::Client::builder()
                .default_headers(headers)
                .build()
                .unwrap()
        };
        let measures = first_measures(&api, &a.base, 12).await;
        let words: Vec<String> = (0..measures.len())
            .map(|i| {
                format!(
                    "Querschnittsprojekt{}",
                    [
                        "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta",
                        "Iota", "Kappa", "Lambda", "Omikron"
                    ][i]
                )
            })
            .collect();
        // Both servers keep the public pages of these measures.
        for m in &measures {
            for server in [&a.base, &b.base] {
                for _ in 0..2 {
                    text(
                        &client(None),
                        format!("{server}/03157/massnahmen/{}", m["id"]),
                    )
                    .await;
                }
            }
        }
        let kept = client(None)
            .get(format!("{}/03157/massnahmen/{}", b.base, measures[0]["id"]))
            .send()
            .await
            .unwrap();
        assert_eq!(kept.headers()["x-teilhabe-cache"], "hit");
        let mut writes = Vec::new();
        for (i, m) in measures.iter().enumerate() {
            let server = if i % 2 == 0 { &a.base } else { &b.base };
            let url = format!("{server}/api/v1/measures/{}", m["id"]);
            let mut changed = json_of(&api, url.clone()).await;
            changed["title"] = json!(format!("{} ({})", m["title"].as_str().unwrap(), words[i]));
            let api = api.clone();
            writes.push(tokio::spawn(async move {
                let r = api
                    .put(url)
                    .header("content-type", "application/json")
                    .body(serde_json::to_vec(&changed).unwrap())
                    .send()
                    .await
                    .unwrap();
                r.status().as_u16()
            }));
        }
        for w in writes {
            assert_eq!(w.await.unwrap(), 200);
        }
        // What A wrote, B shows within a second (B's watcher sees the change in the
        // database), and the other way round, though both had kept the old page.
        let started = Instant::now();
        for (i, m) in measures.iter().enumerate() {
            let other = if i % 2 == 0 { &b.base } else { &a.base };
            loop {
                let page = text(
                    &client(None),
                    format!("{other}/03157/massnahmen/{}", m["id"]),
                )
                .await;
                if page.contains(&words[i]) {
                    break;
                }
                assert!(
                    started.elapsed() < Duration::from_secs(1),
                    "{} not on the other server after a second",
                    words[i]
                );
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
        found_once_on_both(&a.base, &b.base, &words, &measures).await;
        // The search finds the same on both for a word many records share.
        let (ha, hb) = (
            search(&a.base, "Sprachkurs").await,
            search(&b.base, "Sprachkurs").await,
        );
        assert!(ha["total"].as_i64().unwrap() > 0);
        assert_eq!(ha, hb);

        let r = me
            .post(format!("{}/konto/ueberall-abmelden", b.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        for server in [&a.base, &b.base] {
            assert_eq!(
                status(&me, format!("{server}/admin/")).await,
                303,
                "{server}"
            );
        }
    });
    drop(a);
    drop(b);
    rt.block_on(testdb::drop_postgres(&url)).expect("drop");
}

/// The first `n` measures of Peine's 2022 concept, as the API gives them.
async fn first_measures(api: &reqwest::Client, base: &str, n: usize) -> Vec<Value> {
    let concepts = json_of(api, format!("{base}/api/v1/bodies/03157/concepts")).await;
    let concept = concepts
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["version_label"] == "2022")
        .unwrap()["id"]
        .clone();
    let measures = json_of(api, format!("{base}/api/v1/concepts/{concept}/measures")).await;
    measures
        .as_array()
        .unwrap()
        .iter()
        .take(n)
        .cloned()
        .collect()
}

/// Both indexing jobs ran over the same queue: each word is found exactly once, through
/// either server, within a few seconds.
async fn found_once_on_both(a: &str, b: &str, words: &[String], measures: &[Value]) {
    let started = Instant::now();
    for (i, word) in words.iter().enumerate() {
        loop {
            let (ha, hb) = (search(a, word).await, search(b, word).await);
            if ha["total"] == 1 && hb["total"] == 1 {
                assert_eq!(ha["data"][0]["path"], hb["data"][0]["path"]);
                assert_eq!(
                    ha["data"][0]["path"],
                    format!("/03157/massnahmen/{}", measures[i]["id"])
                );
                break;
            }
            assert!(
                ha["total"].as_i64().unwrap_or(0) <= 1 && hb["total"].as_i64().unwrap_or(0) <= 1,
                "{word} indexed twice: {ha} {hb}"
            );
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "{word} not indexed: {ha} {hb}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}
