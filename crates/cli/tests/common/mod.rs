//! Running the `teilhabe` binary as a user does, for the CLI test binaries.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

fn command(args: &[&str], dir: &Path) -> Command {
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
