//! Mail as operators run it: `teilhabe serve` processes with SMTP settings, a real SMTP
//! server process (aiosmtpd), and the outbox in between. Two servers on one PostgreSQL send
//! each mail once; a server killed with `kill -9` while sending loses no mail; `mail test`
//! checks the settings; wrong settings stop `serve` with the reason.

mod common;

use common::{spawn, stderr, teilhabe, workdir};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};
use teilhabe_mail::testing::{Options, SmtpServer, free_port};
use teilhabe_store::outbox::{KIND_TEST, NewMail};
use teilhabe_store::testdb;
use teilhabe_store::{Store, outbox::OutboxCounts};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `serve` on a free port, sending through the SMTP server on `smtp_port`.
fn serve(url: &str, dir: &Path, smtp_port: u16, lease_seconds: u64) -> Server {
    let addr = format!("127.0.0.1:{}", free_port());
    let (port, lease) = (smtp_port.to_string(), lease_seconds.to_string());
    Server(spawn(
        &[
            "--database-url",
            url,
            "serve",
            "--addr",
            &addr,
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            &port,
            "--smtp-security",
            "none",
            "--mail-from",
            "Teilhabe Landkreis Peine <teilhabe@landkreis-peine.de>",
            "--mail-lease-seconds",
            &lease,
        ],
        dir,
    ))
}

async fn enqueue(store: &Store, n: usize) {
    for i in 0..n {
        store
            .enqueue_mail(&NewMail {
                body_id: None,
                kind: KIND_TEST.into(),
                recipient: format!("stelle{i}@example.org"),
                language: "de".into(),
                subject: format!("Sachstandsabfrage, Stelle {i}"),
                text: "Bitte berichten Sie.".into(),
                html: "<p>Bitte berichten Sie.</p>".into(),
                dedupe_key: None,
            })
            .await
            .expect("enqueue");
    }
}

/// Waits until every mail of the outbox is sent (or `limit` passed); the counts then.
async fn drained(store: &Store, n: i64, limit: Duration) -> OutboxCounts {
    let start = Instant::now();
    loop {
        let counts = store.outbox_counts(None).await.expect("counts");
        if counts.sent >= n || start.elapsed() > limit {
            return counts;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgres_send_each_mail_once() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let (store, url) = testdb::fresh_postgres(&base).await.unwrap();
    let smtp = SmtpServer::start(&root(), &Options::default());
    let n = 150;
    enqueue(&store, n).await;
    let dir = workdir("mail-two");
    let a = serve(&url, &dir, smtp.port, 600);
    let b = serve(&url, &dir, smtp.port, 600);
    let counts = drained(&store, n as i64, Duration::from_secs(120)).await;
    assert_eq!(
        (counts.sent, counts.waiting, counts.failed),
        (n as i64, 0, 0)
    );
    let got = smtp.wait_for(n, Duration::from_secs(10));
    // Give a late duplicate time to show itself before counting.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let got = if smtp.received().len() > got.len() {
        smtp.received()
    } else {
        got
    };
    assert_eq!(got.len(), n, "each mail received exactly once");
    let ids: BTreeSet<&str> = got.iter().map(|m| m.message_id()).collect();
    assert_eq!(ids.len(), n);
    drop((a, b));
    store.close().await;
    testdb::remove(&url).await.unwrap();
    let _ = std::fs::remove_dir_all(dir);
}

async fn killed_while_sending(url: &str, store: &Store) {
    // The SMTP server takes half a second per message, so the kill lands mid-conversation.
    let smtp = SmtpServer::start(
        &root(),
        &Options {
            delay: 0.5,
            ..Options::default()
        },
    );
    // A worker sends a batch of ten at once: four batches, the kill lands in the second.
    let n = 40;
    enqueue(store, n).await;
    let dir = workdir(&format!("mail-kill-{}", store.backend() as u8));
    let mut first = serve(url, &dir, smtp.port, 3);
    let start = Instant::now();
    while smtp.received().len() < 3 {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "nothing was sent"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(250));
    first.0.kill().expect("kill -9"); // SIGKILL: no shutdown, no cleanup.
    first.0.wait().expect("reaped");
    let before = smtp.received().len();
    assert!(
        before < n,
        "killed before the outbox was empty ({before} of {n})"
    );

    // Another server takes over the mails whose lease ran out, the interrupted one too.
    let second = serve(url, &dir, smtp.port, 3);
    let counts = drained(store, n as i64, Duration::from_secs(120)).await;
    assert_eq!(
        (counts.sent, counts.waiting, counts.failed),
        (n as i64, 0, 0)
    );
    let got = smtp.wait_for(n, Duration::from_secs(10));
    let to: BTreeSet<&str> = got.iter().map(|m| m.envelope_to.as_str()).collect();
    assert_eq!(to.len(), n, "every mail arrived");
    // At least once: the mails in flight at the kill (one batch at most) may come twice,
    // each under its one Message-ID.
    let ids: BTreeSet<&str> = got.iter().map(|m| m.message_id()).collect();
    assert_eq!(ids.len(), n, "one Message-ID per mail");
    let mut times: std::collections::BTreeMap<&str, usize> = Default::default();
    for m in &got {
        *times.entry(m.message_id()).or_default() += 1;
    }
    times.retain(|_, n| *n > 1);
    assert!(
        got.len() <= n + 10,
        "{} received for {n} mails, {before} before the kill; twice or more: {times:?}",
        got.len()
    );
    drop(second);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_while_sending_loses_no_mail_sqlite() {
    let (store, url) = testdb::fresh_sqlite().await.unwrap();
    killed_while_sending(&url, &store).await;
    store.close().await;
    testdb::remove(&url).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_while_sending_loses_no_mail_postgres() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let (store, url) = testdb::fresh_postgres(&base).await.unwrap();
    killed_while_sending(&url, &store).await;
    store.close().await;
    testdb::remove(&url).await.unwrap();
}

#[test]
fn mail_test_checks_the_settings() {
    let dir = workdir("mail-test");
    let smtp = SmtpServer::start(&root(), &Options::default());
    let port = smtp.port.to_string();
    let args = |port: &str, from: &str| {
        teilhabe(
            &[
                "mail",
                "test",
                "--to",
                "integration@example.org",
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                port,
                "--smtp-security",
                "none",
                "--mail-from",
                from,
                "--public-url",
                "https://teilhabe.landkreis-peine.de",
            ],
            &dir,
        )
    };
    let ok = args(&port, "teilhabe@landkreis-peine.de");
    assert!(ok.status.success(), "{}", stderr(&ok));
    let got = smtp.wait_for(1, Duration::from_secs(10));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].envelope_to, "integration@example.org");
    assert!(got[0].text.contains("https://teilhabe.landkreis-peine.de"));
    // No database was opened or made for it.
    assert!(!dir.join("teilhabe-data").exists());

    // Nobody listening: exit 1 with the reason; a wrong sender: exit 2 before connecting.
    let down = args(&free_port().to_string(), "teilhabe@landkreis-peine.de");
    assert_eq!(down.status.code(), Some(1), "{}", stderr(&down));
    assert!(
        stderr(&down).contains("nicht übergeben"),
        "{}",
        stderr(&down)
    );
    let bad = args(&port, "kein Absender");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--mail-from"), "{}", stderr(&bad));

    // `serve` with settings that cannot work stops at once, saying why.
    let url = format!("sqlite://{}?mode=rwc", dir.join("t.db").display());
    let refused = teilhabe(
        &[
            "--database-url",
            &url,
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-security",
            "none",
            "--smtp-user",
            "x",
            "--smtp-password",
            "y",
            "--mail-from",
            "teilhabe@landkreis-peine.de",
        ],
        &dir,
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("keine Zugangsdaten"),
        "{}",
        stderr(&refused)
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// `teilhabe notify` on the demo, a fortnight after the autumn round's deadline: the
/// reminders go to the late organisations' addresses only, the digest to the coordinator,
/// the notices of the two late milestones to their measures' organisations; a dry run
/// enters nothing, a real run enters them once however often it runs.
#[test]
fn notify_reminds_the_late_once() {
    let dir = workdir("notify");
    assert!(teilhabe(&["demo"], &dir).status.success());
    let run = |extra: &[&str]| {
        let mut args = vec!["notify", "--today", "2026-11-29", "--json"];
        args.extend_from_slice(extra);
        let out = teilhabe(&args, &dir);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("JSON")
    };
    let planned = run(&["--dry-run"]);
    let mails = planned.as_array().unwrap();
    let to = |kind: &str| -> BTreeSet<String> {
        mails
            .iter()
            .filter(|m| m["kind"] == kind)
            .map(|m| m["recipient"].as_str().unwrap().to_owned())
            .collect()
    };
    let reminded = to("round_reminder");
    assert!(
        reminded.contains("berichte.afa@peine.teilhabe-demo.example"),
        "{reminded:?}"
    );
    assert!(
        reminded.contains("traeger.peine@teilhabe-demo.example"),
        "the actor's account"
    );
    assert!(
        reminded.contains("berichte.diakonie@peine.teilhabe-demo.example"),
        "answered in part"
    );
    for answered in ["kvhs", "awo"] {
        let address = format!("berichte.{answered}@peine.teilhabe-demo.example");
        assert!(
            !reminded.contains(&address),
            "{answered} answered: {reminded:?}"
        );
    }
    assert_eq!(
        to("round_digest"),
        BTreeSet::from(["koordination.peine@teilhabe-demo.example".to_owned()])
    );
    let noticed = to("milestone_late");
    assert!(
        noticed.contains("berichte.afa@peine.teilhabe-demo.example"),
        "{noticed:?}"
    );
    assert!(
        noticed.contains("berichte.kvhs@peine.teilhabe-demo.example"),
        "{noticed:?}"
    );
    let entered = run(&[]);
    assert_eq!(
        entered.as_array().unwrap().len(),
        mails.len(),
        "the dry run's plan is entered"
    );
    assert_eq!(run(&[]).as_array().unwrap().len(), 0, "nothing twice");
    let status = teilhabe(&["mail", "status"], &dir);
    assert!(status.status.success(), "{}", stderr(&status));
}
