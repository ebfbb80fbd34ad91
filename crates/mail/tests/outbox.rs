//! The outbox through a real SMTP server process (aiosmtpd), on SQLite and PostgreSQL:
//! what arrives, STARTTLS with login, refusals and outages, and two workers sharing one
//! outbox.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;
use teilhabe_mail::testing::{self, Options, SmtpServer};
use teilhabe_mail::{Delivery, Security, SmtpArgs, Worker};
use teilhabe_store::outbox::{KIND_TEST, NewMail};
use teilhabe_store::{Store, testdb};

#[derive(Clone, Copy)]
enum Db {
    Sqlite,
    Postgres,
}

macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(super::Db::Sqlite).await
            }
            /// Skipped without `TEILHABE_TEST_DATABASE_URL` (the README's `cargo test
            /// --workspace` runs on SQLite alone); CI sets it.
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if std::env::var_os(teilhabe_store::testdb::POSTGRES_ENV).is_none() {
                    eprintln!(
                        "skipped: {} is not set",
                        teilhabe_store::testdb::POSTGRES_ENV
                    );
                    return;
                }
                super::$name(super::Db::Postgres).await
            }
        }
    };
}

async fn fresh(db: Db) -> (Store, String) {
    match db {
        Db::Sqlite => testdb::fresh_sqlite().await.expect("sqlite"),
        Db::Postgres => {
            let base = std::env::var(testdb::POSTGRES_ENV).unwrap_or_else(|_| {
                panic!(
                    "{} is not set: the PostgreSQL tests cannot run",
                    testdb::POSTGRES_ENV
                )
            });
            testdb::fresh_postgres(&base).await.expect("postgres")
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

fn settings(port: u16, security: Security) -> SmtpArgs {
    SmtpArgs {
        smtp_host: Some("127.0.0.1".into()),
        smtp_port: Some(port),
        smtp_security: security,
        smtp_user: None,
        smtp_password: None,
        smtp_ca_file: None,
        mail_from: Some("Integrationsbüro Landkreis Peine <integration@landkreis-peine.de>".into()),
        mail_lease_seconds: 600,
    }
}

fn worker(store: &Store, args: &SmtpArgs) -> Worker {
    let mailer = args.mailer().expect("settings").expect("a mailer");
    Worker::new(store.clone(), mailer, args.mail_lease_seconds)
}

fn mail(to: &str, language: &str, subject: &str, text: &str) -> NewMail {
    NewMail {
        body_id: None,
        kind: KIND_TEST.into(),
        recipient: to.into(),
        language: language.into(),
        subject: subject.into(),
        text: text.into(),
        html: format!("<p>{text}</p>"),
        dedupe_key: None,
    }
}

async fn finish(store: Store, url: String) {
    store.close().await;
    testdb::remove(&url).await.expect("remove test database");
}

both!(mails_arrive_as_written);
async fn mails_arrive_as_written(db: Db) {
    let (store, url) = fresh(db).await;
    let server = SmtpServer::start(&root(), &Options::default());
    let german = mail(
        "caritas@example.org",
        "de",
        "Sachstandsabfrage 2026: Ihre Maßnahmen",
        "Bitte berichten Sie bis zum 31. März über Ihre Maßnahmen.",
    );
    let arabic = mail(
        "verein@example.org",
        "ar",
        "طلب تقرير عن الوضع",
        "يرجى تقديم تقريركم قبل الموعد النهائي.",
    );
    let first = store.enqueue_mail(&german).await.unwrap().expect("an id");
    store.enqueue_mail(&arabic).await.unwrap().expect("an id");

    let worker = worker(&store, &settings(server.port, Security::None));
    let done = worker.deliver().await.expect("deliver");
    assert_eq!(
        done,
        Delivery {
            sent: 2,
            deferred: 0,
            failed: 0
        }
    );
    let got = server.wait_for(2, Duration::from_secs(10));
    assert_eq!(got.len(), 2, "two messages received");
    assert_eq!(server.maildir_count(), 2, "both delivered to the Maildir");

    // A batch goes out over several connections at once: in no fixed order.
    let to = |address: &str| {
        got.iter()
            .find(|m| m.envelope_to == address)
            .unwrap_or_else(|| panic!("a message to {address}"))
    };
    let de = to("caritas@example.org");
    assert_eq!(
        de.header("Subject"),
        Some("Sachstandsabfrage 2026: Ihre Maßnahmen")
    );
    assert_eq!(
        de.header("From"),
        Some("Integrationsbüro Landkreis Peine <integration@landkreis-peine.de>")
    );
    assert_eq!(de.header("Content-Language"), Some("de"));
    assert_eq!(de.header("Auto-Submitted"), Some("auto-generated"));
    assert_eq!(de.content_type, "multipart/alternative");
    assert!(de.text.contains("über Ihre Maßnahmen"), "{}", de.text);
    assert!(de.html.contains("<p>Bitte berichten Sie"), "{}", de.html);
    // The Message-ID is the outbox row's: the same on a second attempt.
    let id = de.message_id();
    assert!(
        id.starts_with("<teilhabe.") && id.ends_with("@landkreis-peine.de>"),
        "{id}"
    );
    let ar = to("verein@example.org");
    assert_eq!(ar.header("Subject"), Some("طلب تقرير عن الوضع"));
    assert_eq!(ar.header("Content-Language"), Some("ar"));
    assert!(ar.text.contains("يرجى تقديم تقريركم"));
    assert_ne!(ar.message_id(), id);

    // Nothing is sent twice; the counts say where the outbox stands.
    assert!(worker.deliver().await.unwrap().is_empty());
    let counts = store.outbox_counts(None).await.unwrap();
    assert_eq!(
        (counts.waiting, counts.sending, counts.sent, counts.failed),
        (0, 0, 2, 0)
    );
    assert!(store.failed_mails(None).await.unwrap().is_empty());
    assert!(first > 0);
    finish(store, url).await;
}

both!(starttls_with_login_and_a_private_ca);
async fn starttls_with_login_and_a_private_ca(db: Db) {
    let (store, url) = fresh(db).await;
    let name = match db {
        Db::Sqlite => "sqlite",
        Db::Postgres => "postgres",
    };
    let certs = root().join(format!("certs-{}-{name}", std::process::id()));
    let (ca, cert, key) = testing::certificates(&certs);
    let server = SmtpServer::start(
        &root(),
        &Options {
            tls: Some((cert, key)),
            auth: Some(("teilhabe".into(), "geheim-42".into())),
            ..Options::default()
        },
    );
    let mut args = settings(server.port, Security::Starttls);
    args.smtp_host = Some("localhost".into());
    args.smtp_user = Some("teilhabe".into());
    args.smtp_password = Some("geheim-42".into());

    // Without the CA file the server's certificate is not trusted: nothing is sent, and the
    // mail waits for a later attempt (an operator mends the settings, the mail goes out).
    store
        .enqueue_mail(&mail("a@example.org", "de", "Erster", "Eins"))
        .await
        .unwrap();
    let done = worker(&store, &args).deliver().await.unwrap();
    assert_eq!(
        done,
        Delivery {
            sent: 0,
            deferred: 1,
            failed: 0
        }
    );
    assert!(server.received().is_empty());
    let counts = store.outbox_counts(None).await.unwrap();
    assert_eq!(counts.waiting, 1);

    // With it, and the right login, it arrives once it is due again.
    args.smtp_ca_file = Some(ca);
    store
        .enqueue_mail(&mail("b@example.org", "de", "Zweiter", "Zwei"))
        .await
        .unwrap();
    let done = worker(&store, &args).deliver().await.unwrap();
    assert_eq!(
        done,
        Delivery {
            sent: 1,
            deferred: 0,
            failed: 0
        },
        "only the due mail"
    );
    let got = server.wait_for(1, Duration::from_secs(10));
    assert_eq!(got[0].envelope_to, "b@example.org");

    // A wrong password is refused by the server (535): that mail fails for good and the
    // work queue shows why.
    args.smtp_password = Some("falsch".into());
    store
        .enqueue_mail(&mail("c@example.org", "de", "Dritter", "Drei"))
        .await
        .unwrap();
    let done = worker(&store, &args).deliver().await.unwrap();
    assert_eq!(
        done,
        Delivery {
            sent: 0,
            deferred: 0,
            failed: 1
        }
    );
    assert_eq!(server.received().len(), 1);
    let failed = store.failed_mails(None).await.unwrap();
    assert_eq!(failed[0].recipient, "c@example.org");
    assert!(
        failed[0].last_error.contains("535"),
        "{}",
        failed[0].last_error
    );
    let _ = std::fs::remove_dir_all(&certs);
    finish(store, url).await;
}

both!(refusals_fail_for_good_and_outages_wait);
async fn refusals_fail_for_good_and_outages_wait(db: Db) {
    let (store, url) = fresh(db).await;
    let server = SmtpServer::start(
        &root(),
        &Options {
            refuse: vec!["unbekannt@".into()],
            ..Options::default()
        },
    );
    let refused = store
        .enqueue_mail(&mail("unbekannt@example.org", "de", "Erinnerung", "Text"))
        .await
        .unwrap()
        .unwrap();
    store
        .enqueue_mail(&mail("bekannt@example.org", "de", "Erinnerung", "Text"))
        .await
        .unwrap();
    let done = worker(&store, &settings(server.port, Security::None))
        .deliver()
        .await
        .unwrap();
    assert_eq!(
        done,
        Delivery {
            sent: 1,
            deferred: 0,
            failed: 1
        }
    );
    let failed = store.failed_mails(None).await.unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].id, refused);
    assert_eq!(failed[0].recipient, "unbekannt@example.org");
    assert!(
        failed[0].last_error.contains("550"),
        "{}",
        failed[0].last_error
    );

    // Tried again on request: refused again, still one failure, nothing sent twice.
    assert_eq!(store.retry_failed_mails(None, &[refused]).await.unwrap(), 1);
    let done = worker(&store, &settings(server.port, Security::None))
        .deliver()
        .await
        .unwrap();
    assert_eq!(
        done,
        Delivery {
            sent: 0,
            deferred: 0,
            failed: 1
        }
    );
    assert_eq!(server.received().len(), 1);

    // No server listening: the mail is put off, not lost, and not retried at once.
    let closed = testing::free_port();
    store
        .enqueue_mail(&mail("spaeter@example.org", "de", "Erinnerung", "Text"))
        .await
        .unwrap();
    let down = worker(&store, &settings(closed, Security::None));
    assert_eq!(
        down.deliver().await.unwrap(),
        Delivery {
            sent: 0,
            deferred: 1,
            failed: 0
        }
    );
    assert!(
        down.deliver().await.unwrap().is_empty(),
        "waits for its next attempt"
    );
    let counts = store.outbox_counts(None).await.unwrap();
    assert_eq!((counts.waiting, counts.sent, counts.failed), (1, 1, 1));

    // A reminder composed twice (by two servers' schedulers) enters the outbox once.
    let mut reminder = mail("bekannt@example.org", "de", "Erinnerung", "Text");
    reminder.dedupe_key = Some("round:1:organization:2:before:7".into());
    assert!(store.enqueue_mail(&reminder).await.unwrap().is_some());
    assert!(store.enqueue_mail(&reminder).await.unwrap().is_none());
    finish(store, url).await;
}

both!(two_workers_send_each_mail_once);
async fn two_workers_send_each_mail_once(db: Db) {
    let (store, url) = fresh(db).await;
    // A second connection pool on the same database: another server's.
    let other = Store::connect(&url).await.expect("second store");
    let server = SmtpServer::start(&root(), &Options::default());
    let n = 120;
    for i in 0..n {
        store
            .enqueue_mail(&mail(
                &format!("stelle{i}@example.org"),
                "de",
                &format!("Sachstandsabfrage {i}"),
                "Text",
            ))
            .await
            .unwrap();
    }
    let args = settings(server.port, Security::None);
    let (a, b) = (worker(&store, &args), worker(&other, &args));
    let (da, db_) = tokio::join!(
        tokio::spawn(async move { a.deliver().await }),
        tokio::spawn(async move { b.deliver().await })
    );
    let (da, db_) = (da.unwrap().unwrap(), db_.unwrap().unwrap());
    assert_eq!(da.sent + db_.sent, n, "{da:?} {db_:?}");
    let got = server.wait_for(n as usize, Duration::from_secs(30));
    assert_eq!(got.len(), n as usize, "each mail received once");
    let ids: BTreeSet<&str> = got.iter().map(|m| m.message_id()).collect();
    assert_eq!(ids.len(), n as usize, "no Message-ID twice");
    let to: BTreeSet<&str> = got.iter().map(|m| m.envelope_to.as_str()).collect();
    assert_eq!(to.len(), n as usize);
    other.close().await;
    finish(store, url).await;
}

both!(a_claim_takes_one_batch);
async fn a_claim_takes_one_batch(db: Db) {
    // A worker holds what it claims under a lease: a claim must take the batch it asked
    // for, not every due mail (PostgreSQL once took all 40 of 40 through a LIMIT in an
    // `IN (…)` subquery), or one slow batch holds the whole outbox.
    let (store, url) = fresh(db).await;
    for i in 0..25 {
        store
            .enqueue_mail(&mail(
                &format!("stelle{i}@example.org"),
                "de",
                "Abfrage",
                "Text",
            ))
            .await
            .unwrap();
    }
    let mut sizes = Vec::new();
    let mut ids = BTreeSet::new();
    loop {
        let batch = store.claim_mails("w", 600, 10).await.unwrap();
        if batch.is_empty() {
            break;
        }
        sizes.push(batch.len());
        ids.extend(batch.iter().map(|m| m.id));
    }
    assert_eq!(sizes, [10, 10, 5]);
    assert_eq!(ids.len(), 25, "each mail claimed once");
    let counts = store.outbox_counts(None).await.unwrap();
    assert_eq!((counts.waiting, counts.sending), (0, 25));
    finish(store, url).await;
}

#[test]
fn settings_that_cannot_work_are_refused() {
    let mut args = settings(25, Security::None);
    args.smtp_host = None;
    assert!(args.mailer().unwrap().is_none(), "no host: no mailer");
    let mut args = settings(25, Security::None);
    args.mail_from = None;
    assert!(
        args.mailer()
            .unwrap_err()
            .to_string()
            .contains("--mail-from")
    );
    let mut args = settings(25, Security::None);
    args.mail_from = Some("kein Absender".into());
    assert!(
        args.mailer()
            .unwrap_err()
            .to_string()
            .contains("keine Absenderadresse")
    );
    let mut args = settings(25, Security::None);
    args.smtp_user = Some("teilhabe".into());
    args.smtp_password = Some("x".into());
    assert!(
        args.mailer()
            .unwrap_err()
            .to_string()
            .contains("keine Zugangsdaten")
    );
    let mut args = settings(587, Security::Starttls);
    args.smtp_ca_file = Some(Path::new("/nonexistent/ca.pem").into());
    assert!(
        args.mailer()
            .unwrap_err()
            .to_string()
            .contains("--smtp-ca-file")
    );
}
