//! Where OParl pages come from: a server over HTTP(S), or a directory of saved pages.
//!
//! A directory holds the pages as `wget --mirror` leaves them: the URL
//! `https://ris.example.org/oparl/v1/body/1/papers?page=2` is the file
//! `<DIR>/ris.example.org/oparl/v1/body/1/papers?page=2` (with or without `.json`), or,
//! for a directory saved from one server only, the same path without the host folder.
//! The System object is found by looking for a file that has `oparlVersion`; a folder saved
//! as `index.html` (wget's name for `…/meetings/` and for a host root) is found too.

use crate::ImportError;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub enum Source {
    Http {
        agent: ureq::Agent,
        start: String,
    },
    Dir {
        /// The folder that stands for the System's host root.
        root: PathBuf,
        system: PathBuf,
    },
}

/// Largest page or file read.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

impl Source {
    /// A URL (`http://` or `https://`) or a directory.
    pub fn open(target: &str) -> Result<Self, ImportError> {
        if target.starts_with("http://") || target.starts_with("https://") {
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .timeout_connect(Some(Duration::from_secs(15)))
                .timeout_global(Some(Duration::from_mins(2)))
                .user_agent(concat!(
                    "Teilhabe/",
                    env!("CARGO_PKG_VERSION"),
                    " (OParl-Import)"
                ))
                .http_status_as_error(false)
                .build()
                .into();
            return Ok(Self::Http {
                agent,
                start: target.to_owned(),
            });
        }
        let dir = Path::new(target);
        if !dir.is_dir() {
            return Err(ImportError::Input(format!(
                "{target}: weder eine URL (http:// oder https://) noch ein Verzeichnis."
            )));
        }
        let system = find_system(dir)?.ok_or_else(|| {
            ImportError::Input(format!(
                "{target}: keine gespeicherte OParl-System-Seite gefunden (eine JSON-Datei mit „oparlVersion“)."
            ))
        })?;
        let value = read_json_file(&system)?;
        let id = value.get("id").and_then(Value::as_str).ok_or_else(|| {
            ImportError::Input(format!(
                "{}: das System-Objekt hat keine „id“.",
                system.display()
            ))
        })?;
        let path = url_path(id);
        // The folder of the file, minus the URL's path, is the host root. A System at a
        // host root (`https://oparl.example.org/`, as in the specification) is saved by wget
        // as `index.html`: its folder is the root itself.
        let file_path = if system.file_stem().is_some_and(|s| s == "index") {
            system.parent().map(Path::to_path_buf).unwrap_or_default()
        } else {
            system.with_extension("")
        };
        let mut root = file_path.clone();
        for _ in path.trim_matches('/').split('/').filter(|s| !s.is_empty()) {
            root = root.parent().map(Path::to_path_buf).unwrap_or_default();
        }
        Ok(Self::Dir { root, system })
    }

    /// The URL of the System object (for a directory, the saved System's `id`).
    pub fn start(&self) -> Result<String, ImportError> {
        match self {
            Self::Http { start, .. } => Ok(start.clone()),
            Self::Dir { system, .. } => Ok(read_json_file(system)?
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()),
        }
    }

    pub fn is_dir(&self) -> bool {
        matches!(self, Self::Dir { .. })
    }

    /// One page or object as JSON.
    pub fn json(&self, url: &str) -> Result<Value, ImportError> {
        let (bytes, origin) = match self {
            Self::Http { .. } => (self.bytes(url)?, url.to_owned()),
            Self::Dir { .. } => {
                let path = self.dir_path(url)?;
                (
                    std::fs::read(&path)
                        .map_err(|e| ImportError::Input(format!("{}: {e}", path.display())))?,
                    path.display().to_string(),
                )
            }
        };
        parse_json(&bytes).map_err(|e| json_error(&origin, &e))
    }

    /// The content of a file (a document's `accessUrl`).
    pub fn bytes(&self, url: &str) -> Result<Vec<u8>, ImportError> {
        match self {
            Self::Http { agent, .. } => {
                let mut resp = agent.get(url).call().map_err(|e| {
                    ImportError::Unreachable(format!("{url}: Server nicht erreichbar ({e})"))
                })?;
                let status = resp.status().as_u16();
                if status >= 400 {
                    let message = resp
                        .body_mut()
                        .read_to_vec()
                        .ok()
                        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
                        .and_then(|v| v.get("message").and_then(Value::as_str).map(str::to_owned))
                        .map(|m| format!(": {m}"))
                        .unwrap_or_default();
                    return Err(ImportError::Http(format!(
                        "{url}: der Server antwortet mit HTTP {status}{message}"
                    )));
                }
                resp.body_mut()
                    .with_config()
                    .limit(MAX_BYTES)
                    .read_to_vec()
                    .map_err(|e| {
                        ImportError::Unreachable(format!("{url}: Abbruch beim Lesen ({e})"))
                    })
            }
            Self::Dir { .. } => {
                let path = self.dir_path(url)?;
                std::fs::read(&path)
                    .map_err(|e| ImportError::Input(format!("{}: {e}", path.display())))
            }
        }
    }

    /// The saved file of a URL.
    fn dir_path(&self, url: &str) -> Result<PathBuf, ImportError> {
        let Self::Dir { root, .. } = self else {
            unreachable!("only for directories")
        };
        let rel = url_path(url).trim_start_matches('/').to_owned();
        let host = url_host(url);
        let mut candidates = Vec::new();
        for base in [
            root.clone(),
            root.parent().map(|p| p.join(&host)).unwrap_or_default(),
        ] {
            candidates.push(base.join(&rel));
            candidates.push(base.join(format!("{rel}.json")));
            // wget saves `…/meetings/` and the host root as `index.html`.
            candidates.push(base.join(&rel).join("index.html"));
        }
        candidates
            .iter()
            .find(|p| p.is_file())
            .cloned()
            .ok_or_else(|| {
                ImportError::Input(format!(
                    "{url}: keine gespeicherte Seite dazu (erwartet: {})",
                    candidates[0].display()
                ))
            })
    }
}

/// JSON as real servers write it: some put raw control characters (a line break, a tab)
/// into strings, which JSON forbids; they are read as the escapes they stand for, so the
/// page's text is kept as the server meant it. Anything else broken stays an error.
pub fn parse_json(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    match serde_json::from_slice(bytes) {
        Err(e) if e.is_syntax() && bytes.iter().any(|b| *b < 0x20) => {
            let mut fixed = Vec::with_capacity(bytes.len() + 64);
            let (mut in_string, mut escaped) = (false, false);
            for &b in bytes {
                if in_string && !escaped && b < 0x20 {
                    fixed.extend_from_slice(format!("\\u{b:04x}").as_bytes());
                    continue;
                }
                fixed.push(b);
                if escaped {
                    escaped = false;
                } else if in_string && b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = !in_string;
                }
            }
            serde_json::from_slice(&fixed).map_err(|_| e)
        }
        other => other,
    }
}

fn read_json_file(path: &Path) -> Result<Value, ImportError> {
    let bytes =
        std::fs::read(path).map_err(|e| ImportError::Input(format!("{}: {e}", path.display())))?;
    parse_json(&bytes).map_err(|e| json_error(&path.display().to_string(), &e))
}

/// A page that is no JSON, said in German with where it breaks (serde's own words are
/// English).
fn json_error(origin: &str, e: &serde_json::Error) -> ImportError {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "die Seite bricht mitten im JSON ab",
        Category::Syntax => "ein Zeichen, das an dieser Stelle kein JSON ist",
        Category::Data => "ein Wert mit unerwartetem Typ",
        Category::Io => "die Seite ließ sich nicht lesen",
    };
    ImportError::Input(format!(
        "{origin}: kein gültiges JSON (Zeile {}, Spalte {}: {what})",
        e.line(),
        e.column()
    ))
}

/// Finds the saved System page: files named `system*` first, then any JSON file.
fn find_system(dir: &Path) -> Result<Option<PathBuf>, ImportError> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d)
            .map_err(|e| ImportError::Input(format!("{}: {e}", d.display())))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort_by_key(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        (
            !name.starts_with("system"),
            p.components().count(),
            p.clone(),
        )
    });
    for p in files {
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        if !bytes.starts_with(b"{") && !bytes.trim_ascii_start().starts_with(b"{") {
            continue;
        }
        if let Ok(v) = parse_json(&bytes)
            && v.get("oparlVersion").is_some()
        {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

/// `https://host:8080/a/b?x=1` → `/a/b?x=1`.
pub fn url_path(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.find('/') {
        Some(i) => rest[i..].to_owned(),
        None => "/".into(),
    }
}

/// `https://host:8080/a` → `host:8080`.
fn url_host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split('/').next().unwrap_or("").to_owned()
}

/// Resolves `next` against the page it came from (servers sometimes give a relative link).
pub fn resolve(base: &str, link: &str) -> String {
    if link.contains("://") {
        return link.to_owned();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("http", base));
    let host = rest.split('/').next().unwrap_or("");
    if let Some(abs) = link.strip_prefix('/') {
        return format!("{scheme}://{host}/{abs}");
    }
    if let Some(q) = link.strip_prefix('?') {
        let path = base.split('?').next().unwrap_or(base);
        return format!("{path}?{q}");
    }
    let dir = match base.split('?').next().unwrap_or(base).rfind('/') {
        Some(i) => &base[..=i],
        None => base,
    };
    format!("{dir}{link}")
}

/// Adds a query parameter to a URL.
pub fn with_param(url: &str, key: &str, value: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    let encoded: String = form_encode(value);
    format!("{url}{sep}{key}={encoded}")
}

fn form_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_with_raw_control_characters_are_read_and_broken_ones_said_in_german() {
        let v = parse_json(b"{\"result\": \"einstimmig\n0 Enthaltungen\"}").expect("read");
        assert_eq!(v["result"], "einstimmig\n0 Enthaltungen");
        let e = parse_json(b"{\"data\": [1, 2").expect_err("cut off");
        let ImportError::Input(message) = json_error("seite.json", &e) else {
            panic!("input error")
        };
        assert_eq!(
            message,
            "seite.json: kein gültiges JSON (Zeile 1, Spalte 14: die Seite bricht mitten im JSON ab)"
        );
    }

    #[test]
    fn resolves_links() {
        let base = "https://ris.example.org/oparl/v1/body/1/papers?page=1";
        assert_eq!(
            resolve(base, "?page=2"),
            "https://ris.example.org/oparl/v1/body/1/papers?page=2"
        );
        assert_eq!(
            resolve(base, "/oparl/v1/body/1/papers?page=2"),
            "https://ris.example.org/oparl/v1/body/1/papers?page=2"
        );
        assert_eq!(
            resolve(base, "papers?page=3"),
            "https://ris.example.org/oparl/v1/body/1/papers?page=3"
        );
        assert_eq!(url_path(base), "/oparl/v1/body/1/papers?page=1");
        assert_eq!(
            with_param("http://h/x", "modified_since", "2024-01-01T00:00:00+01:00"),
            "http://h/x?modified_since=2024-01-01T00:00:00%2B01:00"
        );
    }
}
