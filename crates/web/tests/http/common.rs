//! Test harness: the real server on port 0 over a fresh database, talked to over HTTP.
//! Every scenario runs on SQLite and, when `TEILHABE_TEST_DATABASE_URL` is set, on
//! PostgreSQL (where a failed connection fails the test, it does not skip it).

#![allow(dead_code)]

use serde_json::Value;
use std::future::Future;
use std::pin::Pin;
use teilhabe_domain::access::Role;
use teilhabe_store::Store;
use teilhabe_store::testdb;
use teilhabe_store::testdb::pgbouncer::PgBouncer;
use tokio::sync::oneshot;

#[derive(Clone, Copy, Debug)]
pub enum Db {
    Sqlite,
    Postgres,
    /// PostgreSQL through PgBouncer in transaction pooling mode, over TLS checked with
    /// `sslmode=verify-full` (see `teilhabe_store::testdb::pgbouncer`).
    PgBouncer,
}

pub struct TestApp {
    pub base: String,
    /// Anonymous: what the public sees.
    pub client: reqwest::Client,
    /// Logged in as the server's administrator (`admin`): the administration and API writes.
    pub admin: reqwest::Client,
    pub store: Store,
    pub url: String,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
    /// With [`Db::PgBouncer`]: the PgBouncer the store talks through.
    bouncer: Option<PgBouncer>,
}

pub struct Reply {
    pub status: u16,
    pub text: String,
    pub location: Option<String>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
}

/// The languages the tests' servers speak besides the built-in ones: Polish and Czech from
/// the catalogues the package ships, configured as an operator would (one process, one set).
pub const CONFIGURED_LANGUAGES: &[&str] = &["pl:Polski:Polnisch", "cs:Čeština:Tschechisch"];

pub fn configure_languages() {
    let languages: Vec<_> = CONFIGURED_LANGUAGES
        .iter()
        .map(|l| teilhabe_domain::languages::parse(l).expect("a language line"))
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let reports = teilhabe_web::i18n::configure(&dir, &languages).expect("the shipped catalogues");
    for r in reports {
        assert!(
            r.missing.is_empty() && r.unknown.is_empty(),
            "{}: {:?} {:?}",
            r.file,
            r.missing,
            r.unknown
        );
    }
}

/// Starts the server on a fresh database; `None` when PostgreSQL is not configured.
pub async fn spawn(db: Db) -> Option<TestApp> {
    spawn_with(db, None).await
}

/// [`spawn`], with single sign-on through `oidc`.
pub async fn spawn_with(db: Db, oidc: Option<teilhabe_web::oidc::OidcConfig>) -> Option<TestApp> {
    spawn_config(
        db,
        Setup {
            oidc,
            ..Setup::default()
        },
    )
    .await
}

/// Starts the server with the demo data, keeping pages, with `/metrics` open as `metrics`
/// says.
pub async fn spawn_demo_with_metrics(
    db: Db,
    metrics: teilhabe_web::MetricsAccess,
) -> Option<TestApp> {
    spawn_config(
        db,
        Setup {
            page_cache_bytes: 64 << 20,
            metrics,
            demo: true,
            ..Setup::default()
        },
    )
    .await
}

/// Starts the server with the demo data, keeping rendered public pages as `teilhabe serve`
/// does.
pub async fn spawn_demo_keeping_pages(db: Db) -> Option<TestApp> {
    spawn_config(
        db,
        Setup {
            page_cache_bytes: 64 << 20,
            demo: true,
            ..Setup::default()
        },
    )
    .await
}

/// Starts the server with the demo data, where server administrators need a second factor.
pub async fn spawn_demo_requiring_second_factor(db: Db) -> Option<TestApp> {
    spawn_config(
        db,
        Setup {
            second_factor_for_admins: true,
            demo: true,
            ..Setup::default()
        },
    )
    .await
}

/// How a test's server is set up.
#[derive(Default)]
struct Setup {
    oidc: Option<teilhabe_web::oidc::OidcConfig>,
    page_cache_bytes: usize,
    second_factor_for_admins: bool,
    metrics: teilhabe_web::MetricsAccess,
    /// The database holds the demo data.
    demo: bool,
}

/// The demo data, for the template every demo test's database is a copy of.
fn demo(store: &Store) -> Pin<Box<dyn Future<Output = teilhabe_store::Result<()>> + Send + '_>> {
    Box::pin(teilhabe_demo::load(store))
}

/// A fresh database for the test: migrated, with the demo data when `demo`.
async fn database(base: Option<&str>, demo: bool) -> (Store, String) {
    let (content, fill) = if demo {
        ("demo", Some(self::demo as testdb::Fill))
    } else {
        ("migrated", None)
    };
    testdb::fresh(base, content, fill)
        .await
        .unwrap_or_else(|e| panic!("a fresh test database ({}): {e}", base.unwrap_or("SQLite")))
}

async fn spawn_config(db: Db, setup: Setup) -> Option<TestApp> {
    let Setup {
        oidc,
        page_cache_bytes,
        second_factor_for_admins,
        metrics,
        demo,
    } = setup;
    configure_languages();
    let mut bouncer = None;
    let (store, url) = match db {
        Db::Sqlite => database(None, demo).await,
        Db::Postgres | Db::PgBouncer => {
            let base = testdb::postgres_base()?;
            let through_bouncer = match db {
                Db::PgBouncer => Some(PgBouncer::for_test(&base)?),
                _ => None,
            };
            let (store, url) = database(Some(&base), demo).await;
            if let Some(b) = through_bouncer {
                // Migrated directly (as an upgrade would be); everything after, the test's
                // own writes included, goes through PgBouncer.
                store.close().await;
                let name = testdb::database_name(&url);
                let through = Store::connect(&b.url(name, &b.ca))
                    .await
                    .unwrap_or_else(|e| panic!("through PgBouncer: {e}"));
                through
                    .migrate()
                    .await
                    .expect("nothing pending through PgBouncer");
                bouncer = Some(b);
                (through, url)
            } else {
                (store, url)
            }
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind port 0");
    let addr = listener.local_addr().expect("local addr");
    let (stop, stopped) = oneshot::channel::<()>();
    let server_store = store.clone();
    let server = tokio::spawn(async move {
        let config = teilhabe_web::Config {
            public_url: None,
            oidc,
            page_cache_bytes,
            // As behind a reverse proxy on this machine: a test names its client with
            // `X-Forwarded-For`, or is 127.0.0.1.
            trusted_proxies: vec!["127.0.0.1".parse().expect("an address")],
            second_factor_for_admins,
            metrics,
        };
        teilhabe_web::launch_configured(server_store, listener, config, async {
            let _ = stopped.await;
        })
        .await
        .expect("server runs");
    });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client");
    let admin_id = store
        .create_user("test-admin", "Test-Administration", None, None)
        .await
        .expect("test administrator");
    store
        .grant_role("test-admin", Role::Administrator, None, &[])
        .await
        .expect("administrator role");
    let admin = session_client(&store.create_session(admin_id).await.expect("session"));
    Some(TestApp {
        base: format!("http://{addr}"),
        client,
        admin,
        store,
        url,
        stop: Some(stop),
        server: Some(server),
        bouncer,
    })
}

/// A client that sends this session's cookie with every request.
pub fn session_client(token: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::COOKIE,
        format!("teilhabe_sitzung={token}").parse().expect("cookie"),
    );
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .expect("http client")
}

/// Starts the server on a database holding the demo data.
pub async fn spawn_demo(db: Db) -> Option<TestApp> {
    spawn_config(
        db,
        Setup {
            demo: true,
            ..Setup::default()
        },
    )
    .await
}

impl TestApp {
    /// The administrator for the administration and API writes, anonymous elsewhere.
    fn client_for(&self, method: &str, path: &str) -> &reqwest::Client {
        if path.starts_with("/admin") || (path.starts_with("/api/v1") && method != "GET") {
            &self.admin
        } else {
            &self.client
        }
    }

    pub async fn send(&self, req: reqwest::RequestBuilder) -> Reply {
        let resp = req.send().await.expect("request sent");
        let status = resp.status().as_u16();
        let location = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let url = resp.url().path().to_owned();
        let text = resp.text().await.expect("response body");
        // No scenario expects the server to fail; a 500 must not pass a check that a marker
        // is absent from the page.
        assert!(status < 500, "{url} answered {status}:\n{text}");
        Reply {
            status,
            text,
            location,
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(
            self.client_for("GET", path)
                .get(format!("{}{path}", self.base)),
        )
        .await
    }

    pub async fn post_form(&self, path: &str, pairs: &[(&str, &str)]) -> Reply {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        self.send(
            self.client_for("POST", path)
                .post(format!("{}{path}", self.base))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await
    }

    pub async fn send_json(&self, method: &str, path: &str, body: &Value) -> Reply {
        let m = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        self.send(
            self.client_for(method, path)
                .request(m, format!("{}{path}", self.base))
                .header("content-type", "application/json")
                .body(body.to_string()),
        )
        .await
    }

    pub async fn delete(&self, path: &str) -> Reply {
        self.send(
            self.client_for("DELETE", path)
                .delete(format!("{}{path}", self.base)),
        )
        .await
    }

    /// A client logged in (by a new session) as the account with this login.
    pub async fn session_for(&self, login: &str) -> reqwest::Client {
        let user = self
            .store
            .list_users()
            .await
            .expect("accounts")
            .into_iter()
            .find(|u| u.login == login)
            .unwrap_or_else(|| panic!("account {login}"));
        session_client(&self.store.create_session(user.id).await.expect("session"))
    }

    /// The JSON of a GET that must succeed.
    pub async fn json(&self, path: &str) -> Value {
        let r = self.get(path).await;
        assert_eq!(r.status, 200, "GET {path}: {}", r.text);
        r.json()
    }

    /// Counts rows of a table, to show that rejected input wrote nothing.
    pub async fn count(&self, table: &str) -> i64 {
        self.store.count_rows(table).await.expect("count")
    }

    pub async fn count_files(&self) -> i64 {
        self.store.count_rows("files").await.expect("count files")
    }

    /// Stops the server and removes its test database.
    pub async fn finish(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        self.store.close().await;
        // PgBouncer's server connections would keep the database from being dropped.
        drop(self.bouncer.take());
        testdb::remove(&self.url)
            .await
            .expect("remove test database");
    }
}

impl Drop for TestApp {
    /// A scenario that ends without [`TestApp::finish`] (an early return, a failed assertion)
    /// still removes its database — on a thread of its own, as `drop` cannot wait for it.
    fn drop(&mut self) {
        if self.stop.is_none() {
            return;
        }
        // PgBouncer's server connections would keep the database from being dropped.
        drop(self.bouncer.take());
        let url = self.url.clone();
        let removed = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            runtime
                .block_on(testdb::remove(&url))
                .map_err(|e| e.to_string())
        })
        .join();
        if let Ok(Err(e)) = removed {
            eprintln!("the test database was not removed: {e}");
        }
    }
}

/// Runs a scenario on SQLite and on PostgreSQL: `both!(name);` for `async fn name(db: Db)`.
#[macro_export]
macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name($crate::common::Db::Sqlite).await
            }
            #[tokio::test]
            async fn postgres() {
                super::$name($crate::common::Db::Postgres).await
            }
        }
    };
    // A scenario whose writes must also work through PgBouncer (transaction pooling, TLS).
    ($name:ident, pgbouncer) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name($crate::common::Db::Sqlite).await
            }
            #[tokio::test]
            async fn postgres() {
                super::$name($crate::common::Db::Postgres).await
            }
            #[tokio::test]
            async fn pgbouncer() {
                super::$name($crate::common::Db::PgBouncer).await
            }
        }
    };
}

/// A small concept built through the API: one body, two organisations, a target group,
/// a concept with one field of action and one goal.
pub struct Fixture {
    pub key: String,
    pub lead: i64,
    pub partner: i64,
    pub group: i64,
    pub concept: i64,
    pub field: i64,
    pub goal: i64,
}

fn id(v: &Value) -> i64 {
    v["id"].as_i64().unwrap_or_else(|| panic!("no id in {v}"))
}

pub async fn fixture(app: &TestApp) -> Fixture {
    let created = |r: Reply| {
        assert_eq!(r.status, 201, "create: {}", r.text);
        r.json()
    };
    let body = created(
        app.send_json(
            "POST",
            "/api/v1/bodies",
            &serde_json::json!({"key": "03157", "name": "Landkreis Peine", "kind": "landkreis"}),
        )
        .await,
    );
    let key = body["key"].as_str().unwrap().to_owned();
    let lead = id(&created(
        app.send_json(
            "POST",
            &format!("/api/v1/bodies/{key}/organizations"),
            &serde_json::json!({"name": "Referat Migration und Teilhabe", "kind": "department"}),
        )
        .await,
    ));
    let partner = id(&created(
        app.send_json(
            "POST",
            &format!("/api/v1/bodies/{key}/organizations"),
            &serde_json::json!({"name": "Caritasverband", "kind": "external", "classification": "welfare"}),
        )
        .await,
    ));
    let group = id(&created(
        app.send_json(
            "POST",
            &format!("/api/v1/bodies/{key}/target-groups"),
            &serde_json::json!({"name": "Geflüchtete"}),
        )
        .await,
    ));
    let concept = id(&created(
        app.send_json(
            "POST",
            &format!("/api/v1/bodies/{key}/concepts"),
            &serde_json::json!({"title": "Integrationskonzept", "kind": "concept", "version_label": "2022", "status": "adopted", "adopted_on": "2022-03-22"}),
        )
        .await,
    ));
    let field = id(&created(
        app.send_json(
            "POST",
            &format!("/api/v1/concepts/{concept}/fields-of-action"),
            &serde_json::json!({"title": "Sprache und Bildung"}),
        )
        .await,
    ));
    let goal = id(&created(
        app.send_json(
            "POST",
            &format!("/api/v1/fields-of-action/{field}/goals"),
            &serde_json::json!({"title": "Sprachkurse für alle"}),
        )
        .await,
    ));
    Fixture {
        key,
        lead,
        partner,
        group,
        concept,
        field,
        goal,
    }
}

/// A multipart/form-data body: `(name, file name, bytes)` per part.
pub fn multipart(parts: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "teilhabe-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, file_name, data) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file_name {
            Some(f) => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            ),
            None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// The escaping askama applies to text in a page.
pub fn askama_escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// A mail worker that sends the outbox to the test's SMTP server on `port`.
pub fn mail_worker(app: &TestApp, port: u16) -> teilhabe_mail::Worker {
    let args = teilhabe_mail::SmtpArgs {
        smtp_host: Some("127.0.0.1".into()),
        smtp_port: Some(port),
        smtp_security: teilhabe_mail::Security::None,
        smtp_user: None,
        smtp_password: None,
        smtp_ca_file: None,
        mail_from: Some("Integrationsbüro Landkreis Peine <integration@landkreis-peine.de>".into()),
        mail_lease_seconds: 600,
    };
    let mailer = args.mailer().expect("settings").expect("a mailer");
    teilhabe_mail::Worker::new(app.store.clone(), mailer, 600)
}

/// The first link under `path` (e.g. `/bericht/`) in a received mail's text, as a path.
pub fn mailed_link(mail: &teilhabe_mail::testing::Received, base: &str, path: &str) -> String {
    let start = mail
        .text
        .find(&format!("{base}{path}"))
        .unwrap_or_else(|| panic!("no {path} link in:\n{}", mail.text));
    let url: String = mail.text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    url.strip_prefix(base).unwrap().to_owned()
}
