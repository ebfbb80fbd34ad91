//! Backups while the server runs, restoring them, and `kill -9` in the middle of a large
//! import: the database is consistent afterwards (the import is all there or not at all)
//! and the server starts again. On SQLite always, on PostgreSQL when it is configured.

mod common;

use common::{fetch, free_port, spawn, teilhabe, workdir};
use std::path::Path;
use std::process::{Child, Command, Output};
use std::time::{Duration, Instant};
use teilhabe_store::testdb;

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The status code of `GET path`, or 0 when nothing answers.
fn status(port: u16, path: &str) -> u16 {
    fetch(port, path).0
}

fn serve(db: &[&str], dir: &Path) -> (Child, u16) {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut args = db.to_vec();
    args.extend(["serve", "--addr", &addr]);
    let child = spawn(&args, dir);
    let started = Instant::now();
    while status(port, "/healthz") != 200 {
        assert!(
            started.elapsed() < Duration::from_mins(1),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (child, port)
}

fn export(db: &[&str], dir: &Path, key: &str, file: &str) -> String {
    let mut args = db.to_vec();
    args.extend(["export", "--body", key, "--out", file]);
    ok(teilhabe(&args, dir));
    std::fs::read_to_string(dir.join(file)).unwrap()
}

#[test]
fn sqlite_backup_while_serving_and_restore() {
    let dir = workdir("backup");
    ok(teilhabe(&["demo"], &dir));
    // What the scheduler owes the demo (a commenter told the fate of a comment) is done
    // before: a run of the server's scheduler after the backup would change the live data
    // the restored copy is compared with.
    ok(teilhabe(&["notify"], &dir));
    let (mut server, port) = serve(&[], &dir);
    // The backup is taken while the server runs and while another process writes.
    let writer = spawn(
        &["user", "add", "nebenbei", "--name", "Schreibt nebenbei"],
        &dir,
    );
    let shown = ok(teilhabe(&["backup", "--out", "sicherung.db"], &dir));
    assert!(
        shown.contains("Sicherung nach sicherung.db geschrieben"),
        "{shown}"
    );
    assert_eq!(status(port, "/03157"), 200, "the server kept serving");
    let _ = writer.wait_with_output();
    // A second backup to the same file is refused; nothing is overwritten.
    let again = teilhabe(&["backup", "--out", "sicherung.db"], &dir);
    assert_eq!(again.status.code(), Some(2));
    server.kill().unwrap();
    server.wait().unwrap();

    // Restore into a new place: the same bodies, byte for byte.
    let restored = "sqlite://wiederhergestellt/teilhabe.db";
    let shown = ok(teilhabe(
        &["--database-url", restored, "restore", "sicherung.db"],
        &dir,
    ));
    assert!(shown.contains("wiederhergestellt"), "{shown}");
    for key in ["03157", "14626"] {
        assert_eq!(
            export(&[], &dir, key, "live.json"),
            export(&["--database-url", restored], &dir, key, "back.json"),
            "{key}"
        );
    }
    let (mut server, port) = serve(&["--database-url", restored], &dir);
    assert_eq!(status(port, "/14626"), 200);
    server.kill().unwrap();
    server.wait().unwrap();

    // Not a backup: refused with the reason, and the database stays as it was.
    std::fs::write(dir.join("falsch.db"), "keine Datenbank").unwrap();
    let out = teilhabe(&["--database-url", restored, "restore", "falsch.db"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("keine verwendbare Teilhabe-Sicherung"));
    assert_eq!(
        export(&[], &dir, "03157", "live.json"),
        export(&["--database-url", restored], &dir, "03157", "back.json")
    );
}

#[test]
fn postgres_backup_and_restore() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let dir = workdir("pg-backup");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let fresh = || {
        let (store, url) = rt
            .block_on(testdb::fresh_postgres(&base))
            .expect("PostgreSQL reachable");
        rt.block_on(store.close());
        url
    };
    let (live, other) = (fresh(), fresh());
    ok(teilhabe(&["--database-url", &live, "demo"], &dir));
    let (mut server, port) = serve(&["--database-url", &live], &dir);
    ok(teilhabe(
        &["--database-url", &live, "backup", "--out", "pg.dump"],
        &dir,
    ));
    assert_eq!(status(port, "/03157"), 200);
    server.kill().unwrap();
    server.wait().unwrap();
    ok(teilhabe(
        &["--database-url", &other, "restore", "pg.dump"],
        &dir,
    ));
    for key in ["03157", "16065"] {
        assert_eq!(
            export(&["--database-url", &live], &dir, key, "a.json"),
            export(&["--database-url", &other], &dir, key, "b.json"),
            "{key}"
        );
    }
    for url in [live, other] {
        rt.block_on(testdb::drop_postgres(&url)).expect("drop");
    }
}

/// A dump large enough that importing it takes seconds.
fn big_dump(dir: &Path) -> String {
    ok(teilhabe(
        &[
            "--database-url",
            "sqlite://quelle.db",
            "bench-data",
            "--papers",
            "20000",
        ],
        dir,
    ));
    export(
        &["--database-url", "sqlite://quelle.db"],
        dir,
        "09999",
        "gross.json",
    )
}

/// Kills an import at the moment `writing` says it is inside its transaction, then checks
/// that the body is not there, the server starts, and the import then succeeds whole.
fn kill_during_import(
    db: &[&str],
    dir: &Path,
    expected: &str,
    mut writing: impl FnMut(Duration) -> bool,
) {
    let mut args = db.to_vec();
    args.extend(["import", "dump", "gross.json"]);
    let mut import = spawn(&args, dir);
    let started = Instant::now();
    while !writing(started.elapsed()) {
        assert!(
            import.try_wait().unwrap().is_none(),
            "the import ended before it could be killed"
        );
        assert!(started.elapsed() < Duration::from_mins(2));
        std::thread::sleep(Duration::from_millis(5));
    }
    import.kill().unwrap(); // SIGKILL
    import.wait().unwrap();
    // Nothing of the body: exporting it finds none.
    let mut args = db.to_vec();
    args.extend(["export", "--body", "09999", "--out", "x.json"]);
    let out = teilhabe(&args, dir);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("nicht gefunden"));
    // The server starts again on the same database.
    let (mut server, port) = serve(db, dir);
    assert_eq!(status(port, "/"), 200);
    server.kill().unwrap();
    server.wait().unwrap();
    // And the import, run again, arrives whole.
    let mut args = db.to_vec();
    args.extend(["import", "dump", "gross.json"]);
    ok(teilhabe(&args, dir));
    assert_eq!(export(db, dir, "09999", "nachher.json"), expected);
}

#[test]
fn sqlite_kill_9_during_import_leaves_nothing_half_written() {
    let dir = workdir("kill");
    let expected = big_dump(&dir);
    // The write-ahead log grows once the import's transaction writes rows.
    let wal = dir.join("ziel.db-wal");
    kill_during_import(
        &["--database-url", "sqlite://ziel.db"],
        &dir,
        &expected,
        |_| std::fs::metadata(&wal).is_ok_and(|m| m.len() > 4 << 20),
    );
}

#[test]
fn postgres_kill_9_during_import_leaves_nothing_half_written() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let dir = workdir("pg-kill");
    let expected = big_dump(&dir);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (store, url) = rt
        .block_on(testdb::fresh_postgres(&base))
        .expect("PostgreSQL reachable");
    rt.block_on(store.close());
    // A session of this database holds a transaction id once it has written a row.
    let writing = || {
        let out = Command::new("psql")
            .args([
                url.as_str(),
                "-Atc",
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                 AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()",
            ])
            .output()
            .expect("psql");
        String::from_utf8_lossy(&out.stdout).trim() != "0"
    };
    let mut since: Option<Instant> = None;
    kill_during_import(&["--database-url", &url], &dir, &expected, |_| {
        if since.is_none() && writing() {
            since = Some(Instant::now());
        }
        // Well into the writing, not at its first row.
        since.is_some_and(|t| t.elapsed() > Duration::from_millis(300))
    });
    rt.block_on(testdb::drop_postgres(&url)).expect("drop");
}
