//! Running Teilhabe as an operator does: settings from a configuration file beneath the
//! environment and the flags, secrets from files, migrations listed before they run, and a
//! database that a newer version migrated refused by the older one — on SQLite and
//! PostgreSQL.

mod common;

use common::{command, fetch, free_port, stderr, teilhabe, workdir};
use std::path::Path;
use std::process::{Output, Stdio};
use teilhabe_store::testdb;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn with_env(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut c = command(args, dir);
    c.envs(env.iter().copied());
    c.output().expect("run teilhabe")
}

/// Starts `serve` and returns the port among `ports` that answers `/healthz`.
fn answering_port(args: &[&str], dir: &Path, env: &[(&str, &str)], ports: &[u16]) -> u16 {
    let mut c = command(args, dir);
    c.env_remove("TEILHABE_ADDR")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .envs(env.iter().copied());
    let mut child = c.spawn().expect("start teilhabe");
    let started = std::time::Instant::now();
    let found = loop {
        if let Some(p) = ports
            .iter()
            .copied()
            .find(|p| fetch(*p, "/healthz").0 == 200)
        {
            break p;
        }
        assert!(
            started.elapsed().as_secs() < 60,
            "no server answered on {ports:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let _ = child.kill();
    let _ = child.wait();
    found
}

#[test]
fn a_flag_beats_the_environment_which_beats_the_file() {
    let dir = workdir("config-order");
    let [file, env, flag] = [free_port(), free_port(), free_port()];
    let all = [file, env, flag];
    std::fs::write(
        dir.join("teilhabe.toml"),
        format!("# Teilhabe\naddr = \"127.0.0.1:{file}\"\npage_cache_mb = 4\n"),
    )
    .unwrap();
    let env_addr = format!("127.0.0.1:{env}");
    let flag_addr = format!("127.0.0.1:{flag}");
    let config = ["--config", "teilhabe.toml", "serve"];
    assert_eq!(answering_port(&config, &dir, &[], &all), file);
    assert_eq!(
        answering_port(&config, &dir, &[("TEILHABE_ADDR", &env_addr)], &all),
        env
    );
    let mut with_flag = config.to_vec();
    with_flag.extend(["--addr", &flag_addr]);
    assert_eq!(
        answering_port(&with_flag, &dir, &[("TEILHABE_ADDR", &env_addr)], &all),
        flag
    );
    // The file's path may also come from the environment.
    assert_eq!(
        answering_port(
            &["serve"],
            &dir,
            &[("TEILHABE_CONFIG", "teilhabe.toml")],
            &all
        ),
        file
    );
}

#[test]
fn the_configuration_shows_where_each_setting_comes_from() {
    let dir = workdir("config-show");
    std::fs::write(dir.join("oidc-secret"), "sehr-geheim\n").unwrap();
    std::fs::write(dir.join("smtp-secret"), "auch-geheim\n").unwrap();
    std::fs::write(
        dir.join("teilhabe.toml"),
        "public_url = \"https://integration.landkreis.example\"\nsmtp_host = \"smtp.datei.example\"\noidc_client_secret_file = \"oidc-secret\"\ntrusted_proxies = [\"10.0.0.0/8\"]\n",
    )
    .unwrap();
    let out = with_env(
        &["--config", "teilhabe.toml", "config"],
        &dir,
        &[
            ("TEILHABE_SMTP_HOST", "smtp.umgebung.example"),
            ("TEILHABE_SMTP_PASSWORD_FILE", "smtp-secret"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    for line in [
        "public_url = \"https://integration.landkreis.example\" # teilhabe.toml:1",
        "smtp_host = \"smtp.umgebung.example\" # Umgebung TEILHABE_SMTP_HOST",
        "# oidc_client_secret = (gesetzt, verborgen) # teilhabe.toml:3",
        "# smtp_password = (gesetzt, verborgen) # TEILHABE_SMTP_PASSWORD_FILE",
        "trusted_proxies = [\"10.0.0.0/8\"] # teilhabe.toml:4",
        "page_cache_mb = \"64\" # Vorgabe",
    ] {
        assert!(shown.lines().any(|l| l == line), "{line}\n{shown}");
    }
    assert!(!shown.contains("geheim"), "no secret is printed:\n{shown}");
    // A secret given both ways is a mistake, not a guess.
    let out = with_env(
        &["config"],
        &dir,
        &[
            ("TEILHABE_SMTP_PASSWORD", "x"),
            ("TEILHABE_SMTP_PASSWORD_FILE", "smtp-secret"),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("TEILHABE_SMTP_PASSWORD_FILE"),
        "{}",
        stderr(&out)
    );
    // A secret file that cannot be read names itself.
    let out = with_env(
        &["config"],
        &dir,
        &[("TEILHABE_OIDC_CLIENT_SECRET_FILE", "fehlt")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("fehlt"), "{}", stderr(&out));
}

/// The database itself from the file, as a secret file (`database_url_file`), beneath the
/// environment and the flag — on SQLite and PostgreSQL.
fn the_database_from_the_configuration(base: Option<&str>, name: &str) {
    let dir = workdir(name);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let url = rt.block_on(testdb::empty(base)).expect("database");
    std::fs::write(dir.join("database-url"), format!("{url}\n")).unwrap();
    std::fs::write(
        dir.join("teilhabe.toml"),
        "database_url_file = \"database-url\"\n",
    )
    .unwrap();
    let config = ["--config", "teilhabe.toml"];
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut a = config.to_vec();
        a.extend(args);
        with_env(&a, &dir, env)
    };
    let out = run(&["migrate"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["migrate", "--dry-run"], &[]);
    assert!(
        stdout(&out).starts_with("Keine ausstehenden Migrationen"),
        "the file's database was migrated: {}",
        stdout(&out)
    );
    // The environment beats the file, the flag the environment: both name a new SQLite file,
    // which nothing has migrated.
    let env_db = format!("sqlite://{}/umgebung.db?mode=rwc", dir.display());
    let flag_db = format!("sqlite://{}/flagge.db?mode=rwc", dir.display());
    let out = run(
        &["migrate", "--dry-run"],
        &[("TEILHABE_DATABASE_URL", &env_db)],
    );
    assert!(
        stdout(&out).starts_with("Ausstehende Migrationen"),
        "{}",
        stdout(&out)
    );
    assert!(dir.join("umgebung.db").exists());
    let out = run(
        &["--database-url", &flag_db, "migrate", "--dry-run"],
        &[("TEILHABE_DATABASE_URL", &env_db)],
    );
    assert!(
        stdout(&out).starts_with("Ausstehende Migrationen"),
        "{}",
        stdout(&out)
    );
    assert!(dir.join("flagge.db").exists());
    rt.block_on(testdb::remove(&url)).expect("remove");
}

#[test]
fn the_database_from_the_configuration_sqlite() {
    the_database_from_the_configuration(None, "config-database-sqlite");
}

#[test]
fn the_database_from_the_configuration_postgres() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    the_database_from_the_configuration(Some(&base), "config-database-postgres");
}

#[test]
fn a_wrong_configuration_file_stops_with_file_and_line() {
    let dir = workdir("config-wrong");
    std::fs::write(
        dir.join("teilhabe.toml"),
        "# Teilhabe\npublic_url = \"https://x.example\"\n\nsmtp_hots = \"smtp.example\"\n",
    )
    .unwrap();
    let out = teilhabe(&["--config", "teilhabe.toml", "serve"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(
        err.starts_with("teilhabe: teilhabe.toml:4: „smtp_hots“ ist keine Einstellung"),
        "{err}"
    );
    std::fs::write(dir.join("teilhabe.toml"), "\n\nsmtp_port = 99999\n").unwrap();
    let out = teilhabe(&["--config", "teilhabe.toml", "migrate"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("teilhabe.toml:3: „smtp_port“"), "{err}");
    assert!(!dir.join("teilhabe-data").exists(), "nothing was started");
    let out = teilhabe(&["--config", "fehlt.toml", "migrate"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("fehlt.toml"), "{}", stderr(&out));
}

fn migrations_on(base: Option<&str>, name: &str) {
    let dir = workdir(name);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let url = rt.block_on(testdb::empty(base)).expect("database");
    let db = ["--database-url", url.as_str()];
    let run = |args: &[&str]| {
        let mut a = db.to_vec();
        a.extend(args);
        teilhabe(&a, &dir)
    };
    let count = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../store/migrations/sqlite"
    ))
    .unwrap()
    .count();
    // Listing changes nothing: asked twice, the same migrations are pending.
    for _ in 0..2 {
        let out = run(&["migrate", "--dry-run"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let listed = stdout(&out);
        assert!(
            listed.starts_with(&format!("Ausstehende Migrationen ({count}):")),
            "{listed}"
        );
        assert!(listed.contains("  0001 concept"), "{listed}");
    }
    let out = run(&["migrate"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["migrate", "--dry-run"]);
    assert!(
        stdout(&out).starts_with("Keine ausstehenden Migrationen"),
        "{}",
        stdout(&out)
    );
    // A newer version migrated the database further: this one refuses it, whatever the
    // command, and changes nothing.
    let checksum = if base.is_some() {
        "decode('00', 'hex')"
    } else {
        "X'00'"
    };
    rt.block_on(testdb::execute(
        &url,
        &format!(
            "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) \
             VALUES (99990101, 'aus der Zukunft', CURRENT_TIMESTAMP, TRUE, {checksum}, 1)"
        ),
    ))
    .expect("pretend a newer version");
    for args in [
        &["migrate"][..],
        &["serve"][..],
        &["export", "--body", "03157", "--out", "x.json"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(
            err.contains("Die Datenbank ist neuer als dieses Programm")
                && err.contains("99990101")
                && err.contains("aus der Zukunft"),
            "{err}"
        );
    }
    let out = run(&["migrate", "--dry-run"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("Unbekannt (von einer neueren Version): 99990101 aus der Zukunft"),
        "{}",
        stdout(&out)
    );
    rt.block_on(testdb::remove(&url)).expect("remove");
}

#[test]
fn migrations_are_listed_before_they_run_and_a_newer_database_is_refused_sqlite() {
    migrations_on(None, "migrate-sqlite");
}

#[test]
fn migrations_are_listed_before_they_run_and_a_newer_database_is_refused_postgres() {
    let Some(base) = testdb::postgres_base() else {
        return;
    };
    migrations_on(Some(&base), "migrate-postgres");
}

/// Starts `serve` with its log lines kept (stderr), once it answers `/healthz` on `port`.
fn serving(mut cmd: std::process::Command, port: u16) -> std::process::Child {
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start teilhabe");
    let started = std::time::Instant::now();
    while fetch(port, "/healthz").0 != 200 {
        // The demo loads its statistics before the server listens.
        assert!(
            started.elapsed().as_secs() < 120,
            "the server did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    child
}

/// With `--log-format json` every log line is a JSON object; SIGTERM while a printed
/// concept is being typeset lets that request finish, then the process ends cleanly.
#[test]
fn json_logs_and_a_graceful_stop() {
    let dir = workdir("graceful");
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut cmd = command(
        &["--log-format", "json", "serve", "--demo", "--addr", &addr],
        &dir,
    );
    cmd.env("RUST_LOG", "info,sqlx=warn");
    let mut child = serving(cmd, port);
    let request = std::thread::spawn(move || {
        let (status, body) = fetch(port, "/03157/konzepte/3/druckfassung.pdf");
        (status, body, std::time::Instant::now())
    });
    std::thread::sleep(std::time::Duration::from_millis(30));
    let signalled = std::time::Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let (status, body, answered) = request.join().expect("request thread");
    assert_eq!(status, 200);
    assert!(
        body.starts_with(b"%PDF-") && body.trim_ascii_end().ends_with(b"%%EOF"),
        "a whole PDF"
    );
    let exit = child.wait().expect("wait");
    assert!(exit.success(), "a clean exit after SIGTERM: {exit:?}");
    eprintln!(
        "PDF answered {} ms after SIGTERM",
        answered.saturating_duration_since(signalled).as_millis()
    );
    let mut logs = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut logs)
        .expect("logs");
    let lines: Vec<&str> = logs.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for line in &lines {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            v["level"].is_string() && v["timestamp"].is_string(),
            "{line}"
        );
    }
    assert!(
        lines.iter().any(|l| l.contains("Teilhabe läuft auf")),
        "{logs}"
    );
}

/// A language is added by a line of configuration and a catalogue file, no build: Polish
/// with the catalogue the package ships, and Upper Sorbian (spoken in Görlitz's neighbour
/// Bautzen) with a catalogue of three messages — its pages show the others in German, marked
/// `lang="de"`, and the log names what is missing. A line or catalogue that cannot be taken
/// stops the start with the file and line.
#[test]
fn a_language_is_added_by_configuration_and_a_catalogue() {
    let dir = workdir("languages");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/locales/pl/portal.ftl");
    std::fs::create_dir_all(dir.join("locales/pl")).unwrap();
    std::fs::copy(&shipped, dir.join("locales/pl/portal.ftl")).unwrap();
    std::fs::create_dir_all(dir.join("locales/hsb")).unwrap();
    std::fs::write(
        dir.join("locales/hsb/portal.ftl"),
        "skip-link = K wobsahej\nnav-login = Přizjewić\nindex-title = Integraciske koncepty\n",
    )
    .unwrap();
    let port = free_port();
    std::fs::write(
        dir.join("teilhabe.toml"),
        format!(
            "addr = \"127.0.0.1:{port}\"\nlocales_dir = \"locales\"\n\
             languages = [\"pl:Polski:Polnisch\", \"hsb:Hornjoserbsce:Obersorbisch\"]\n"
        ),
    )
    .unwrap();
    let mut child = serving(command(&["--config", "teilhabe.toml", "serve"], &dir), port);
    let page = |path: &str| {
        let (status, body) = fetch(port, path);
        assert_eq!(status, 200, "{path}");
        String::from_utf8(body).expect("UTF-8")
    };
    let polish = page("/?sprache=pl");
    assert!(polish.contains(r#"<html lang="pl" dir="ltr">"#));
    assert!(polish.contains("<h1>Koncepcje integracji</h1>"));
    assert!(
        !polish.contains(r#"<span lang="de""#),
        "the shipped catalogue is complete"
    );
    let sorbian = page("/?sprache=hsb");
    assert!(sorbian.contains(r#"<html lang="hsb" dir="ltr">"#));
    assert!(sorbian.contains("<h1>Integraciske koncepty</h1>"));
    assert!(sorbian.contains(">K wobsahej</a>"));
    assert!(
        sorbian.contains(r#"<span lang="de" dir="ltr">Hauptnavigation</span>"#)
            || sorbian.contains(r#"<span lang="de" dir="ltr">Integration steuern</span>"#),
        "German fallbacks marked: {sorbian}"
    );
    assert!(!sorbian.contains('\u{E000}') && !sorbian.contains('\u{E001}'));
    let statement = page("/barrierefreiheit?sprache=hsb");
    assert!(statement.contains(r#"<span lang="pl" dir="ltr">Polski</span>"#));
    assert!(statement.contains(r#"<span lang="hsb" dir="ltr">Hornjoserbsce</span>"#));
    let (_, api) = fetch(port, "/api/v1/languages");
    let api: serde_json::Value = serde_json::from_slice(&api).expect("JSON");
    let codes: Vec<&str> = api["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["code"].as_str())
        .collect();
    assert_eq!(
        codes,
        ["de", "en", "ar", "uk", "tr", "ru", "fa", "pl", "hsb"]
    );
    let _ = child.kill();
    let _ = child.wait();
    let mut logs = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut logs)
        .expect("logs");
    assert!(
        logs.contains("hsb") && logs.contains("Dem Katalog fehlen Meldungen"),
        "{logs}"
    );

    for (line, says) in [
        (
            "languages = [\"pl\"]",
            "bad.toml:1: „languages“: „pl“ ist kein gültiger Wert („pl“: erwartet wird Code:Name:deutscher Name",
        ),
        (
            "languages = [\"sk:Slovenčina:Slowakisch\"]",
            "locales/sk/portal.ftl: der Katalog der Sprache „sk“ kann nicht gelesen werden",
        ),
        (
            "languages = [\"ar:Arabic:Arabisch:rtl\"]",
            "Die Sprache „ar“ ist eingebaut.",
        ),
    ] {
        std::fs::write(
            dir.join("bad.toml"),
            format!("{line}\nlocales_dir = \"locales\"\n"),
        )
        .unwrap();
        let out = teilhabe(&["--config", "bad.toml", "serve"], &dir);
        assert_eq!(out.status.code(), Some(2), "{line}");
        assert!(stderr(&out).contains(says), "{line}: {}", stderr(&out));
    }
}
