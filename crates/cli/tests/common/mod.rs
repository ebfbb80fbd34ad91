//! Running the `teilhabe` binary as a user does, for the CLI test binaries.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// The binary with `args` in `dir`, without the caller's database and with few log lines.
pub fn command(args: &[&str], dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_teilhabe"));
    c.args(args)
        .current_dir(dir)
        .env_remove("TEILHABE_DATABASE_URL")
        .env("RUST_LOG", "warn");
    c
}

/// Runs a command to its end.
pub fn teilhabe(args: &[&str], dir: &Path) -> Output {
    command(args, dir).output().expect("run teilhabe")
}

/// Starts a command in the background, its output discarded.
pub fn spawn(args: &[&str], dir: &Path) -> Child {
    command(args, dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start teilhabe")
}

/// An empty working directory of its own for one test.
pub fn workdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("teilhabe-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind port 0")
        .local_addr()
        .expect("local address")
        .port()
}

/// `GET path` on the local server over a fresh connection: the status code (0 when nothing
/// answers) and the body.
pub fn fetch(port: u16, path: &str) -> (u16, Vec<u8>) {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return (0, Vec::new());
    };
    let _ = write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    );
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let status = String::from_utf8_lossy(&buf[..buf.len().min(16)])
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or_else(Vec::new, |i| buf[i + 4..].to_vec());
    (status, body)
}
