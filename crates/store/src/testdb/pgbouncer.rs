//! PgBouncer in transaction pooling mode, with TLS towards its clients, in front of the
//! test PostgreSQL — as operators run it — for the scenarios that must work through it.
//!
//! Each instance is a process of its own on a free port, with a certificate for
//! `localhost`/127.0.0.1 signed by a throw-away CA made with `openssl` (and a second CA
//! that signed nothing, for the refused connection); it is stopped when dropped.
//! The binary is `TEILHABE_PGBOUNCER` or `pgbouncer` on the PATH and must be 1.21 or newer:
//! older versions cannot keep the protocol-level prepared statements sqlx uses apart between
//! clients in transaction mode (`max_prepared_statements`). PgBouncer refuses to run as
//! root, so under root it runs as `postgres`.

use crate::{Result, StoreError};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The environment variable naming the PgBouncer binary.
pub const PGBOUNCER_ENV: &str = "TEILHABE_PGBOUNCER";

pub struct PgBouncer {
    pub port: u16,
    /// The CA that signed PgBouncer's certificate.
    pub ca: PathBuf,
    /// A CA that signed nothing here: verification against it must fail.
    pub wrong_ca: PathBuf,
    dir: PathBuf,
    child: Child,
}

fn fail(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Connect(format!("PgBouncer for tests: {what}: {e}"))
}

fn run(cmd: &mut Command, what: &str) -> Result<String> {
    let out = cmd.output().map_err(|e| fail(what, e))?;
    if !out.status.success() {
        return Err(fail(what, String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn openssl(dir: &Path, args: &[&str]) -> Result<()> {
    run(
        Command::new("openssl").current_dir(dir).args(args),
        "openssl",
    )
    .map(|_| ())
}

/// A CA (`name.pem`, `name.key`) in `dir`.
fn ca(dir: &Path, name: &str) -> Result<()> {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            &format!("/CN=Teilhabe Test {name}"),
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
        ],
    )
}

/// A CA that signed nothing, in a directory of its own: a server's certificate checked
/// against it must be refused.
pub fn unrelated_ca() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("{}_ca", super::unique_name()));
    std::fs::create_dir_all(&dir).map_err(|e| fail("directory", e))?;
    ca(&dir, "wrong-ca")?;
    Ok(dir.join("wrong-ca.pem"))
}

/// The binary and whether it is new enough.
fn binary() -> Result<String> {
    let bin = std::env::var(PGBOUNCER_ENV).unwrap_or_else(|_| "pgbouncer".to_owned());
    let version = run(Command::new(&bin).arg("--version"), &bin)?;
    let number = version
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    let parts: Vec<u32> = number.split('.').filter_map(|p| p.parse().ok()).collect();
    if parts.as_slice() < [1, 21].as_slice() {
        return Err(fail(
            &bin,
            format!(
                "version {number}: only from 1.21 on does PgBouncer keep the clients' prepared \
                 statements apart in transaction mode (max_prepared_statements); point {PGBOUNCER_ENV} at a newer one"
            ),
        ));
    }
    Ok(bin)
}

impl PgBouncer {
    /// Starts PgBouncer in front of the PostgreSQL `base_url` names (host and port).
    pub fn start(base_url: &str) -> Result<Self> {
        let bin = binary()?;
        let (host, port) = server_of(base_url);
        let dir = std::env::temp_dir().join(format!("{}_pgbouncer", super::unique_name()));
        std::fs::create_dir_all(&dir).map_err(|e| fail("directory", e))?;
        ca(&dir, "ca")?;
        // A CA that signed nothing, kept (and removed) with the rest of this PgBouncer's files.
        ca(&dir, "wrong-ca")?;
        openssl(
            &dir,
            &[
                "req",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-keyout",
                "server.key",
                "-out",
                "server.csr",
            ],
        )?;
        std::fs::write(
            dir.join("san.ext"),
            "subjectAltName=DNS:localhost,IP:127.0.0.1\n",
        )
        .map_err(|e| fail("san.ext", e))?;
        openssl(
            &dir,
            &[
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "san.ext",
                "-out",
                "server.pem",
            ],
        )?;
        let listen = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| fail("free port", e))?
            .port();
        std::fs::write(dir.join("users.txt"), "\"postgres\" \"\"\n")
            .map_err(|e| fail("users.txt", e))?;
        let d = dir.display();
        std::fs::write(
            dir.join("pgbouncer.ini"),
            format!(
                "[databases]\n* = host={host} port={port}\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\n\
                 listen_port = {listen}\nunix_socket_dir =\nauth_type = trust\nauth_file = {d}/users.txt\n\
                 pool_mode = transaction\nmax_prepared_statements = 200\nmax_client_conn = 500\n\
                 default_pool_size = 10\nclient_tls_sslmode = require\nclient_tls_key_file = {d}/server.key\n\
                 client_tls_cert_file = {d}/server.pem\nignore_startup_parameters = extra_float_digits,options\n"
            ),
        )
        .map_err(|e| fail("pgbouncer.ini", e))?;
        let mut cmd = if run(Command::new("id").arg("-u"), "id")?.trim() == "0" {
            // PgBouncer does not run as root.
            let uid: u32 = run(Command::new("id").args(["-u", "postgres"]), "id")?
                .trim()
                .parse()
                .map_err(|e| fail("id -u postgres", e))?;
            for entry in std::fs::read_dir(&dir).map_err(|e| fail("directory", e))? {
                let path = entry.map_err(|e| fail("directory", e))?.path();
                std::os::unix::fs::chown(&path, Some(uid), None).map_err(|e| fail("chown", e))?;
            }
            std::os::unix::fs::chown(&dir, Some(uid), None).map_err(|e| fail("chown", e))?;
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--", &bin]);
            c
        } else {
            Command::new(&bin)
        };
        let child = cmd
            .arg(dir.join("pgbouncer.ini"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| fail(&bin, e))?;
        let me = Self {
            port: listen,
            ca: dir.join("ca.pem"),
            wrong_ca: dir.join("wrong-ca.pem"),
            dir,
            child,
        };
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", listen)).is_err() {
            if started.elapsed().as_secs() >= 10 {
                return Err(fail(&bin, "not listening after 10 s"));
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Ok(me)
    }

    /// [`PgBouncer::start`] for a test: without a suitable PgBouncer the test is skipped
    /// (None, with the reason on stderr) — unless `TEILHABE_REQUIRE_TOOLS` is set, as in CI,
    /// where it fails.
    pub fn for_test(base_url: &str) -> Option<Self> {
        match Self::start(base_url) {
            Ok(b) => Some(b),
            Err(e) if std::env::var_os("TEILHABE_REQUIRE_TOOLS").is_none() => {
                eprintln!("skipped: {e}");
                None
            }
            Err(e) => panic!("TEILHABE_REQUIRE_TOOLS is set: {e}"),
        }
    }

    /// The URL of `database` through PgBouncer, with TLS checked against `ca`.
    pub fn url(&self, database: &str, ca: &Path) -> String {
        format!(
            "postgres://postgres@localhost:{}/{database}?sslmode=verify-full&sslrootcert={}",
            self.port,
            ca.display()
        )
    }
}

impl Drop for PgBouncer {
    fn drop(&mut self) {
        // runuser passes the signal on to PgBouncer.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Host and port of a `postgres://` URL (defaults: 127.0.0.1, 5432).
pub fn server_of(url: &str) -> (String, u16) {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    match hostport.rsplit_once(':') {
        Some((h, p)) => (h.to_owned(), p.parse().unwrap_or(5432)),
        None if hostport.is_empty() => ("127.0.0.1".to_owned(), 5432),
        None => (hostport.to_owned(), 5432),
    }
}
