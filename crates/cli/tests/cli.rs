//! The `teilhabe` binary as a user runs it: exit codes, one-line errors, and the dump
//! moving from SQLite to PostgreSQL unchanged.

mod common;

use common::{stderr, teilhabe, workdir};
use std::path::Path;
use std::process::{Command, Output};
use teilhabe_store::testdb;

#[test]
fn bad_database_urls_give_one_line_and_exit_2() {
    let dir = workdir("urls");
    for url in [
        "mysql://localhost/x",
        "postgres://postgres@127.0.0.1:1/nothing",
    ] {
        let out = teilhabe(&["--database-url", url, "migrate"], &dir);
        assert_eq!(out.status.code(), Some(2), "{url}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("teilhabe: "), "{err}");
    }
}

#[test]
fn demo_goes_into_the_default_sqlite_file_once() {
    let dir = workdir("demo");
    let out = teilhabe(&["demo"], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("teilhabe-data/teilhabe.db").exists());
    let again = teilhabe(&["demo"], &dir);
    assert_eq!(again.status.code(), Some(2), "not loaded twice");
}

#[test]
fn broken_dump_files_are_refused_with_file_line_and_field() {
    let dir = workdir("broken");
    assert!(teilhabe(&["demo"], &dir).status.success());
    let out = teilhabe(&["export", "--body", "03157", "--out", "peine.json"], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let good = std::fs::read_to_string(dir.join("peine.json")).unwrap();

    std::fs::write(dir.join("cut.json"), &good[..good.len() / 2]).unwrap();
    let out = teilhabe(&["import", "dump", "cut.json"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("cut.json") && err.contains("Zeile"), "{err}");

    let wrong = good
        .replacen("\"progress\": 0", "\"progress\": 250", 1)
        .replacen("\"kind\": \"landkreis\"", "\"kind\": \"bundesland\"", 1);
    std::fs::write(dir.join("wrong.json"), wrong).unwrap();
    let out = teilhabe(&["import", "dump", "--replace", "wrong.json"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("wrong.json") && err.contains("body.kind"),
        "{err}"
    );

    let out = teilhabe(&["import", "dump", "peine.json"], &dir);
    assert_eq!(out.status.code(), Some(2), "exists already");
    assert!(stderr(&out).contains("--replace"));

    // Nothing of the refused imports reached the database.
    let out = teilhabe(&["export", "--body", "03157", "--out", "after.json"], &dir);
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.join("after.json")).unwrap(),
        good
    );
}

/// A file of a dump as the export writes it, with matching size and checksum, so that
/// only the upload checks can refuse it.
fn dump_file(name: &str, file_name: &str, mime: &str, bytes: &[u8]) -> serde_json::Value {
    use base64::Engine;
    use sha2::Digest;
    serde_json::json!({
        "paper": 0, "name": name, "file_name": file_name, "mime_type": mime,
        "size": bytes.len(), "sha256": hex(&sha2::Sha256::digest(bytes)),
        "data_base64": base64::engine::general_purpose::STANDARD.encode(bytes),
        "public": true, "deleted": false,
        "created_at": "2026-01-01T00:00:00Z", "modified_at": "2026-01-01T00:00:00Z",
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn dump_files_pass_the_same_checks_as_uploads() {
    let dir = workdir("dumpfiles");
    assert!(teilhabe(&["demo"], &dir).status.success());
    let out = teilhabe(&["export", "--body", "16065", "--out", "good.json"], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let good = std::fs::read_to_string(dir.join("good.json")).unwrap();
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(25 * 1024 * 1024, b' ');
    let html = b"<html><script>alert(1)</script></html>";
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
    for (what, file, field) in [
        (
            "HTML as PDF",
            dump_file("Anlage", "anlage.pdf", "application/pdf", html),
            "file_name",
        ),
        (
            "HTML",
            dump_file("Anlage", "anlage.html", "text/html", html),
            "file_name",
        ),
        (
            "SVG",
            dump_file("Plan", "plan.svg", "image/svg+xml", svg),
            "file_name",
        ),
        (
            "25 MB",
            dump_file("Groß", "gross.pdf", "application/pdf", &big),
            "file_name",
        ),
        (
            "a path",
            dump_file(
                "Passwörter",
                "../../etc/passwd.txt",
                "text/plain",
                b"root:x:0:0",
            ),
            "file_name",
        ),
        (
            "a direction override",
            dump_file(
                "Rechnung",
                "rechnung\u{202e}fdp.txt",
                "text/plain",
                b"Betrag",
            ),
            "file_name",
        ),
        (
            "a type the content is not",
            dump_file("Liste", "liste.txt", "application/pdf", b"eins;zwei"),
            "mime_type",
        ),
    ] {
        let mut dump: serde_json::Value = serde_json::from_str(&good).unwrap();
        let files = dump["files"].as_array_mut().unwrap();
        let index = files.len();
        files.push(file);
        std::fs::write(dir.join("bad.json"), dump.to_string()).unwrap();
        let out = teilhabe(&["import", "dump", "--replace", "bad.json"], &dir);
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("bad.json") && err.contains(&format!("files[{index}].{field}")),
            "{what}: {err}"
        );
    }
    let out = teilhabe(&["export", "--body", "16065", "--out", "after.json"], &dir);
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.join("after.json")).unwrap(),
        good
    );
}

#[test]
fn export_from_sqlite_import_into_postgres_export_again_is_identical() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    let dir = workdir("cross");
    assert!(teilhabe(&["demo"], &dir).status.success());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (store, pg) = rt
        .block_on(testdb::fresh_postgres(&base))
        .expect("PostgreSQL reachable");
    rt.block_on(store.close());
    // All bodies first, then every export compared: a note of a county and a municipality
    // comes back with the second of the two (the county is imported before the city).
    let keys = ["03157", "15083", "14626", "16065", "03157006"];
    for key in keys {
        let a = format!("{key}-sqlite.json");
        let out = teilhabe(&["export", "--body", key, "--out", &a], &dir);
        assert!(out.status.success(), "{}", stderr(&out));
        let out = teilhabe(&["--database-url", &pg, "import", "dump", &a], &dir);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for key in keys {
        let a = format!("{key}-sqlite.json");
        let b = format!("{key}-postgres.json");
        let out = teilhabe(
            &["--database-url", &pg, "export", "--body", key, "--out", &b],
            &dir,
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            std::fs::read_to_string(dir.join(&a)).unwrap(),
            std::fs::read_to_string(dir.join(&b)).unwrap(),
            "{key}"
        );
    }
    rt.block_on(testdb::drop_postgres(&pg)).expect("drop");
}

#[test]
fn oparl_import_failures_exit_2_and_store_nothing() {
    let dir = workdir("oparl");
    let out = teilhabe(
        &[
            "import",
            "oparl",
            "-q",
            "http://127.0.0.1:9/oparl/v1/system",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("127.0.0.1:9") && err.contains("nicht erreichbar"),
        "{err}"
    );
    assert!(err.contains("Nichts wurde gespeichert"), "{err}");
    let out = teilhabe(&["import", "oparl", "-q", "kein-verzeichnis"], &dir);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("weder eine URL"), "{}", stderr(&out));

    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../oparl-import/tests/fixtures/quirky"
    );
    let report = std::path::Path::new(&dir).join("bericht.txt");
    let out = teilhabe(
        &[
            "import",
            "oparl",
            fixture,
            "--report",
            report.to_str().unwrap(),
        ],
        &dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(
        summary.contains("Körperschaft 15083 (neu angelegt)"),
        "{summary}"
    );
    assert!(
        summary.contains("2 nicht übernommen, mit Grund:"),
        "{summary}"
    );
    // The whole report, also as a file.
    let written = std::fs::read_to_string(&report).expect("the report file");
    assert!(
        written.contains(
            "Hinweis: 1 Vorlage(n) mit einem Aktenzeichen, das schon eine andere Vorlage trägt"
        ) && written.contains("Inhalt nicht abrufbar")
            && summary.contains(&written),
        "{written}"
    );
    assert!(
        stderr(&out).contains("Seiten"),
        "progress: {}",
        stderr(&out)
    );
}

#[test]
fn genesis_import_prints_a_json_summary_and_refuses_a_broken_file() {
    let dir = workdir("genesis");
    let shared = std::env::var("TEILHABE_SHARED_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_owned());
    let file = format!("{shared}/data/genesis/ffcsv/12211-0001_de.csv");
    let out = teilhabe(&["import", "genesis", "--json", &file], &dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["rows"], 225);
    assert_eq!(v["observations"], 225);
    assert_eq!(v["flags"]["x"], 9);
    assert_eq!(v["flags"]["/"], 6);

    let broken = dir.join("12211-0001_kaputt.csv");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&broken, text.replacen(";4543;", ";viertausend;", 1)).unwrap();
    let out = teilhabe(&["import", "genesis", broken.to_str().unwrap()], &dir);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("12211-0001_kaputt.csv, Zeile 2, Spalte 18 (value)")
            && err.contains("viertausend")
            && err.contains("Nichts aus dieser Datei wurde gespeichert"),
        "{err}"
    );
}

#[test]
fn survey_weight_writes_r_equal_weights_and_refuses_unknown_categories() {
    let dir = workdir("survey");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../survey/tests/fixtures/landkreis");
    let (responses, margins) = (fixture.join("responses.csv"), fixture.join("margins.csv"));
    let out = dir.join("w.csv");
    let args = |responses: &Path, out: &Path| {
        vec![
            "survey".to_string(),
            "weight".into(),
            "--responses".into(),
            responses.display().to_string(),
            "--margins".into(),
            margins.display().to_string(),
            "--out".into(),
            out.display().to_string(),
            "--json".into(),
            // R's stopping rule as the fixture was made with it.
            "--epsilon".into(),
            "1".into(),
            "--max-iter".into(),
            "50".into(),
        ]
    };
    let run = |a: Vec<String>| teilhabe(&a.iter().map(String::as_str).collect::<Vec<_>>(), &dir);
    let o = run(args(&responses, &out));
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["n"], 1000);
    assert_eq!(report["converged"], true);
    assert!(report["iterations"].as_u64().unwrap() >= 1);
    let (n_eff, deff) = (
        report["effective_n"].as_f64().unwrap(),
        report["design_effect"].as_f64().unwrap(),
    );
    assert!(
        (n_eff * deff - 1000.0).abs() < 1e-6,
        "n_eff {n_eff} × deff {deff} = n"
    );

    // The output is the responses plus `weight`, equal to R's weights.
    let written = std::fs::read_to_string(&out).unwrap();
    let expected = std::fs::read_to_string(fixture.join("weights.csv")).unwrap();
    let mut lines = written.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,alter,geschlecht,staat,gemeinde,zufrieden,kontakt,sprache,weight"
    );
    let mut count = 0;
    for (line, reference) in lines.zip(expected.lines().skip(1)) {
        let ours: f64 = line.rsplit(',').next().unwrap().parse().unwrap();
        let r: f64 = reference
            .rsplit(',')
            .next()
            .unwrap()
            .trim_matches('"')
            .parse()
            .unwrap();
        assert!((ours - r).abs() / r < 1e-8, "{line} vs {reference}");
        count += 1;
    }
    assert_eq!(count, 1000);

    // A category the margins do not know: exit 2, file, line and column named, nothing written.
    let bad = dir.join("bad.csv");
    let text = std::fs::read_to_string(&responses).unwrap().replacen(
        "\"R00017\",\"45-64\"",
        "\"R00017\",\"90+\"",
        1,
    );
    std::fs::write(&bad, text).unwrap();
    let out2 = dir.join("w2.csv");
    let o = run(args(&bad, &out2));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("bad.csv, Zeile 18, Spalte „alter“: „90+“ hat keinen Sollwert"),
        "{err}"
    );
    assert!(!out2.exists());
}

fn teilhabe_stdin(args: &[&str], dir: &Path, input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_teilhabe"))
        .args(args)
        .current_dir(dir)
        .env_remove("TEILHABE_DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run teilhabe");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().expect("output")
}

#[test]
fn accounts_are_made_and_locked_from_the_command_line() {
    let dir = workdir("users");
    let stdout = |o: &Output| String::from_utf8_lossy(&o.stdout).into_owned();
    // The first administrator, with a generated password shown once.
    let out = teilhabe(
        &[
            "user",
            "add",
            "it-betrieb",
            "--name",
            "IT-Betrieb",
            "--role",
            "administrator",
        ],
        &dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    let password = shown
        .lines()
        .find_map(|l| l.strip_prefix("Passwort (wird nur jetzt angezeigt): "))
        .expect("generated password");
    assert_eq!(password.len(), 20);
    // Bad input: one line naming the field, exit 2, nothing stored.
    for (args, field) in [
        (vec!["user", "add", "a b", "--name", "X"], "Anmeldename"),
        (
            vec![
                "user",
                "add",
                "koordination",
                "--name",
                "K",
                "--role",
                "chef",
            ],
            "--role",
        ),
        (
            vec![
                "user",
                "add",
                "koordination",
                "--name",
                "K",
                "--role",
                "coordinator",
            ],
            "--body",
        ),
        (
            vec!["user", "add", "it-betrieb", "--name", "Doppelt"],
            "gibt es schon",
        ),
    ] {
        let out = teilhabe(&args, &dir);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(field), "{args:?}: {}", stderr(&out));
    }
    let out = teilhabe_stdin(
        &["user", "add", "anna", "--name", "Anna", "--password-stdin"],
        &dir,
        "kurz\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("mindestens 12"), "{}", stderr(&out));
    let list = stdout(&teilhabe(&["user", "list"], &dir));
    assert_eq!(list.lines().count(), 1, "only the administrator: {list}");
    assert!(
        list.starts_with("it-betrieb\tIT-Betrieb\tadministrator@alle"),
        "{list}"
    );
    // A password from standard input, then locked and unlocked.
    let out = teilhabe_stdin(
        &["user", "passwd", "it-betrieb", "--password-stdin"],
        &dir,
        "eine lange Wortfolge\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        teilhabe(&["user", "disable", "it-betrieb"], &dir)
            .status
            .success()
    );
    assert!(stdout(&teilhabe(&["user", "list"], &dir)).contains("(gesperrt)"));
    assert!(
        teilhabe(&["user", "enable", "it-betrieb"], &dir)
            .status
            .success()
    );
    let out = teilhabe(
        &["user", "token", "it-betrieb", "--label", "Fachverfahren"],
        &dir,
    );
    assert!(stdout(&out).contains("API-Token"), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("90 Tage"),
        "the default lifetime is told"
    );
    let out = teilhabe(&["user", "token", "it-betrieb", "--days", "400"], &dir);
    assert_eq!(out.status.code(), Some(2), "at most 366 days");
    // Administrators are never linked to single sign-on by name; others may be.
    let out = teilhabe(&["user", "sso", "it-betrieb"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Administrationsrolle"),
        "{}",
        stderr(&out)
    );
    let out = teilhabe(&["user", "second-factor-off", "it-betrieb"], &dir);
    assert!(stdout(&out).contains("abgeschaltet"), "{}", stderr(&out));
    let out = teilhabe(&["user", "disable", "niemand"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Konto nicht gefunden"),
        "{}",
        stderr(&out)
    );
}
