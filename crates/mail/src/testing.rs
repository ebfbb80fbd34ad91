//! A real SMTP server for the tests of every crate that sends mail: Python's aiosmtpd
//! (from PyPI, installed once into the test's target directory) running
//! `smtp_server.py`, which delivers to a Maildir and notes each message, decoded by
//! Python's own `email` package, as one JSON line — so tests assert on what an independent
//! MIME parser read, not on what our builder meant to write.

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SCRIPT: &str = include_str!("smtp_server.py");
const AIOSMTPD: &str = "aiosmtpd==1.4.6";

/// How the server behaves.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Certificate and key (PEM): STARTTLS offered and required.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// Login and password: AUTH required.
    pub auth: Option<(String, String)>,
    /// Recipients starting with one of these are refused for good (550).
    pub refuse: Vec<String>,
    /// Seconds the server waits before accepting each message.
    pub delay: f64,
}

/// A running SMTP server process; stopped when dropped.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    dir: PathBuf,
}

/// A message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    /// The addresses of RCPT TO.
    pub envelope_to: String,
    /// Headers, decoded (RFC 2047), by name as written.
    pub headers: serde_json::Map<String, Value>,
    /// The decoded text/plain and text/html parts.
    pub text: String,
    pub html: String,
    /// The Content-Type of the message itself.
    pub content_type: String,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.as_str())
    }

    pub fn message_id(&self) -> &str {
        self.header("Message-ID").unwrap_or_default()
    }
}

/// A free TCP port on 127.0.0.1.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The directory aiosmtpd is installed into under `root` (done once; later runs reuse it).
fn aiosmtpd(root: &Path) -> PathBuf {
    // The tests of one binary run on several threads: one installs, the others wait.
    static INSTALL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = INSTALL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let target = root.join("aiosmtpd-1.4.6");
    if target.join("aiosmtpd").is_dir() {
        return target;
    }
    std::fs::create_dir_all(root).expect("test directory");
    // Several test binaries may arrive here at once: each installs into its own folder and
    // renames it into place; the first rename wins, the others find it there.
    let tmp = root.join(format!("aiosmtpd.{}", std::process::id()));
    let status = Command::new("python3")
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(["--no-warn-script-location", "--target"])
        .arg(&tmp)
        .arg(AIOSMTPD)
        .status()
        .expect("python3 runs (the SMTP tests need Python 3 with pip)");
    assert!(status.success(), "pip install {AIOSMTPD} failed");
    if std::fs::rename(&tmp, &target).is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    assert!(target.join("aiosmtpd").is_dir(), "{AIOSMTPD} not installed");
    target
}

impl SmtpServer {
    /// Starts a server on a free port, its files under `root` (e.g. the test's
    /// `CARGO_TARGET_TMPDIR`); returns once it accepts connections.
    pub fn start(root: &Path, options: &Options) -> Self {
        let packages = aiosmtpd(root);
        let port = free_port();
        let dir = root.join(format!("smtp-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("server directory");
        let script = dir.join("smtp_server.py");
        std::fs::write(&script, SCRIPT).expect("server script");
        let mut command = Command::new("python3");
        command
            .arg(&script)
            .arg("--port")
            .arg(port.to_string())
            .arg("--maildir")
            .arg(dir.join("Maildir"))
            .arg("--delay")
            .arg(options.delay.to_string())
            .env("PYTHONPATH", &packages)
            .stdout(Stdio::piped());
        if let Some((cert, key)) = &options.tls {
            command.arg("--cert").arg(cert).arg("--key").arg(key);
        }
        if let Some((user, password)) = &options.auth {
            command.args(["--user", user, "--password", password]);
        }
        for prefix in &options.refuse {
            command.args(["--refuse", prefix]);
        }
        let mut child = command.spawn().expect("the SMTP server starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_default();
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        Self { child, port, dir }
    }

    /// Every message received so far, in the order received.
    pub fn received(&self) -> Vec<Received> {
        let text = std::fs::read_to_string(self.dir.join("Maildir").join("received.jsonl"))
            .unwrap_or_default();
        text.lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .map(|v| Received {
                envelope_to: v["envelope_to"].as_str().unwrap_or_default().to_owned(),
                headers: v["headers"].as_object().cloned().unwrap_or_default(),
                text: v["text"].as_str().unwrap_or_default().to_owned(),
                html: v["html"].as_str().unwrap_or_default().to_owned(),
                content_type: v["content_type"].as_str().unwrap_or_default().to_owned(),
            })
            .collect()
    }

    /// Waits until at least `n` messages arrived (or `limit` passed); those received.
    pub fn wait_for(&self, n: usize, limit: Duration) -> Vec<Received> {
        let start = Instant::now();
        loop {
            let got = self.received();
            if got.len() >= n || start.elapsed() > limit {
                return got;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The files the Maildir holds under `new/` (one per delivered message).
    pub fn maildir_count(&self) -> usize {
        std::fs::read_dir(self.dir.join("Maildir").join("new")).map_or(0, Iterator::count)
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A certificate authority and a server certificate it signed for `localhost` and
/// 127.0.0.1, made with the `openssl` program: `(ca, cert, key)` as PEM files, for a
/// server with STARTTLS and a client that trusts the CA file.
pub fn certificates(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    std::fs::create_dir_all(dir).expect("certificate directory");
    let path = |name: &str| dir.join(name);
    let openssl = |args: &[&str]| {
        let status = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .stderr(Stdio::null())
            .status()
            .expect("openssl runs");
        assert!(status.success(), "openssl {args:?} failed");
    };
    std::fs::write(
        path("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n\
         extendedKeyUsage=serverAuth\n",
    )
    .expect("extension file");
    let days = ["-days", "2"];
    openssl(
        &[
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=Teilhabe Test CA",
            ][..],
            &["-addext", "basicConstraints=critical,CA:TRUE"],
            &["-addext", "keyUsage=critical,keyCertSign,cRLSign"],
            &["-keyout", "ca-key.pem", "-out", "ca.pem"],
            &days,
        ]
        .concat(),
    );
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        "server-key.pem",
        "-out",
        "server.csr",
    ]);
    openssl(
        &[
            &[
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca-key.pem",
            ][..],
            &[
                "-CAcreateserial",
                "-extfile",
                "server.ext",
                "-out",
                "server.pem",
            ],
            &days,
        ]
        .concat(),
    );
    (path("ca.pem"), path("server.pem"), path("server-key.pem"))
}
