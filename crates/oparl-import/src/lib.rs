//! `teilhabe import oparl URL|DIR`: harvests an OParl 1.0 or 1.1 server (or a directory
//! of saved pages) and writes its council records into Teilhabe.
//!
//! The import runs in two steps, so that a failure leaves the database as it was:
//! 1. **Harvest** (blocking, network): System → bodies → every list of a body, following
//!    `links.next` to the end, collecting embedded objects too. A page of a body's list that
//!    cannot be read (unreachable, an HTTP error, no JSON, no list) is left out with its
//!    reason in the run's report, as real harvesters do; with [`Options::strict`] it stops
//!    the run here, before anything is written. The System and the body list always do.
//! 2. **Write** (one transaction per body, [`teilhabe_store::Store::import_oparl`]).
//!
//! A second run asks each list only for what changed since the newest `modified` it saw
//! (`modified_since`), and updates records in place by their source id — nothing twice.
//!
//! Real servers differ from the specification; the harvest tolerates 1.0 bodies without
//! the 1.1 lists, objects without `type`, agenda items without `order`, vendor fields,
//! relative `next` links, and vote tallies written only into `result` (see [`votes`]).

mod read;
pub mod source;
pub mod votes;

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;
use source::Source;
use std::collections::{HashMap, HashSet};
use teilhabe_store::Store;
use teilhabe_store::oparl_import::{Harvest, ImportReport};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Broken or unexpected input (JSON, a missing field, a missing saved page).
    #[error("{0}")]
    Input(String),
    /// The server could not be reached or broke off.
    #[error("{0}")]
    Unreachable(String),
    /// The server answered with an HTTP error.
    #[error("{0}")]
    Http(String),
    #[error("{0}")]
    Store(#[from] teilhabe_store::StoreError),
}

/// What to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only the bodies whose key (AGS) or OParl id is listed; all if empty.
    pub bodies: Vec<String>,
    /// The official key for a body whose server gives neither `ags` nor `rgs` (only when
    /// one body is imported).
    pub key: Option<String>,
    /// Ignore earlier runs and fetch everything again.
    pub full: bool,
    /// No progress bar (tests, logs).
    pub quiet: bool,
    /// All or nothing: a page that cannot be read stops the run before anything is written.
    /// Without it, the pages that can be read are taken and the run's report says which
    /// could not.
    pub strict: bool,
}

/// Harvests and writes; returns one report per body.
pub async fn run(
    store: &Store,
    target: &str,
    options: &Options,
) -> Result<Vec<ImportReport>, ImportError> {
    let source = Source::open(target)?;
    let mut known = HashMap::new();
    for s in store.oparl_sources().await? {
        let files = store.oparl_known(s.id, "file").await?;
        known.insert(s.body_url.clone(), (s, files));
    }
    let options = options.clone();
    let harvests = tokio::task::spawn_blocking(move || harvest(&source, &options, &known))
        .await
        .map_err(|e| ImportError::Input(format!("Abbruch: {e}")))??;
    let mut reports = Vec::new();
    for h in &harvests {
        reports.push(store.import_oparl(h).await?);
    }
    if harvests.iter().map(|h| h.papers.len()).sum::<usize>() > 10_000 {
        store.analyze().await?;
    }
    Ok(reports)
}

/// The harvest of one body whose lists are given inline, as one JSON document: the Body
/// under `body` and each list under its Body field name (`"paper": [...]`, `"meeting":
/// [...]`, …). This is step 1 without a source, for tests and the fuzz targets.
pub fn harvest_document(
    system_url: &str,
    doc: &Value,
    key: Option<&str>,
) -> Result<Harvest, ImportError> {
    let body = doc
        .get("body")
        .ok_or_else(|| ImportError::Input("das Dokument hat kein Feld „body“.".into()))?;
    let mut bag = read::Bag::default();
    bag.add(body.clone(), "Body", None);
    for (field, kind) in read::BODY_LISTS {
        for item in doc
            .get(field)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            bag.add(item.clone(), kind, None);
        }
    }
    read::harvest(system_url, body, &bag, key)
}

type Known = HashMap<
    String,
    (
        teilhabe_store::oparl_import::OparlSource,
        HashMap<String, Option<String>>,
    ),
>;

/// Step 1: everything from the source, one [`Harvest`] per body.
fn harvest(source: &Source, options: &Options, known: &Known) -> Result<Vec<Harvest>, ImportError> {
    let progress = if options.quiet {
        ProgressBar::hidden()
    } else {
        let pb = ProgressBar::new_spinner();
        pb.set_style(
            ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        pb.enable_steady_tick(std::time::Duration::from_millis(200));
        pb
    };
    let say = |line: String| {
        if !options.quiet {
            progress.suspend(|| eprintln!("{line}"));
        }
    };
    let start = source.start()?;
    let system = source.json(&start)?;
    let system_url = read::str_of(&system, "id").unwrap_or(start.clone());
    let Some(bodies_url) = read::str_of(&system, "body") else {
        return Err(ImportError::Input(format!(
            "{start}: das ist kein OParl-System (kein Feld „body“)."
        )));
    };
    let mut crawler = Crawler {
        source,
        progress: &progress,
        pages: 0,
        objects: 0,
        strict: options.strict,
        unread: Vec::new(),
    };
    let bodies = crawler.list(&bodies_url, "Body")?;
    let wanted: Vec<&Value> = bodies
        .iter()
        .filter(|b| {
            options.bodies.is_empty()
                || options.bodies.iter().any(|w| {
                    read::str_of(b, "id").as_deref() == Some(w.as_str())
                        || read::body_key(b).as_deref() == Some(w.as_str())
                })
        })
        .collect();
    if wanted.is_empty() {
        return Err(ImportError::Input(format!(
            "{bodies_url}: keine (passende) Körperschaft gefunden."
        )));
    }
    if options.key.is_some() && wanted.len() > 1 {
        return Err(ImportError::Input(
            "--key geht nur, wenn genau eine Körperschaft importiert wird (mit --body auswählen)."
                .into(),
        ));
    }
    let mut out = Vec::new();
    for body in wanted {
        let body_url = read::str_of(body, "id")
            .ok_or_else(|| ImportError::Input(format!("{bodies_url}: Körperschaft ohne „id“.")))?;
        let name = read::str_of(body, "name").unwrap_or_else(|| body_url.clone());
        let (since, known_files) = match known.get(&body_url) {
            Some((s, files)) if !options.full && !source.is_dir() => {
                (s.newest_modified.clone(), files.clone())
            }
            Some((_, files)) => (None, files.clone()),
            None => (None, HashMap::new()),
        };
        say(match &since {
            Some(s) => format!("{name}: nur Änderungen seit {s}"),
            None => format!("{name}: vollständiger Abruf"),
        });
        let mut bag = read::Bag::default();
        bag.add(body.clone(), "Body", None);
        for (field, kind) in read::BODY_LISTS {
            let Some(url) = read::str_of(body, field) else {
                continue;
            };
            let url = match &since {
                Some(s) => source::with_param(&url, "modified_since", &read::oparl_stamp(s)),
                None => url,
            };
            let before = crawler.objects;
            let list = crawler.list(&url, kind)?;
            for item in list {
                bag.add(item, kind, None);
            }
            say(format!(
                "  {field:<20} {:>7} Objekte",
                crawler.objects - before
            ));
        }
        // Locations given only by reference are fetched one by one.
        for url in bag.missing_locations() {
            match source.json(&url) {
                Ok(v) => bag.add(v, "Location", None),
                Err(e) => say(format!("  Ort nicht abrufbar: {e}")),
            }
        }
        let mut h = read::harvest(&system_url, body, &bag, options.key.as_deref())?;
        h.skipped.splice(0..0, std::mem::take(&mut crawler.unread));
        fetch_files(source, &mut h, &known_files, &progress, &say);
        out.push(h);
    }
    progress.finish_and_clear();
    say(format!(
        "{} Seiten, {} Objekte abgerufen.",
        crawler.pages, crawler.objects
    ));
    Ok(out)
}

/// Downloads the content of new and changed files; a file that cannot be fetched is
/// reported and left out, the rest of the import goes on.
fn fetch_files(
    source: &Source,
    h: &mut Harvest,
    known: &HashMap<String, Option<String>>,
    progress: &ProgressBar,
    say: &dyn Fn(String),
) {
    for f in &mut h.files {
        if f.meta.deleted {
            continue;
        }
        if let Some(m) = known.get(&f.meta.id)
            && m.is_some()
            && *m == f.meta.version
        {
            continue;
        }
        let Some(url) = f.access_url.clone() else {
            f.problem = Some("ohne accessUrl".into());
            say(format!("  Datei {} ohne accessUrl", f.meta.id));
            continue;
        };
        progress.set_message(format!("Datei {}", f.file_name));
        let problem = match source.bytes(&url) {
            Ok(bytes) => {
                match teilhabe_domain::files::check_upload(Some(&f.name), &f.file_name, &bytes) {
                    Ok(checked) => {
                        f.mime_type = checked.mime_type.to_owned();
                        f.data = Some(bytes);
                        continue;
                    }
                    Err(e) => format!("nicht übernommen ({e})"),
                }
            }
            Err(e) => format!("Inhalt nicht abrufbar ({e})"),
        };
        say(format!("  Datei {}: {problem}", f.meta.id));
        f.problem = Some(problem);
    }
}

/// The objects of a list page: `data`, a bare array (an empty list answered as `[]`), or
/// the one object itself where a server answers a list of one so (a body list with the
/// Body).
fn list_items(page: &Value, kind: &str, url: &str) -> Result<Vec<Value>, ImportError> {
    match page {
        Value::Array(items) => Ok(items.clone()),
        Value::Object(o) => match o.get("data") {
            Some(Value::Array(items)) => Ok(items.clone()),
            None if read::type_of(page) == Some(kind) && o.contains_key("id") => {
                Ok(vec![page.clone()])
            }
            _ => Err(ImportError::Input(format!(
                "{url}: keine OParl-Liste (kein Feld „data“)."
            ))),
        },
        _ => Err(ImportError::Input(format!("{url}: keine OParl-Liste."))),
    }
}

struct Crawler<'a> {
    source: &'a Source,
    progress: &'a ProgressBar,
    pages: u64,
    objects: u64,
    strict: bool,
    /// Pages of the body's lists that could not be read, with the reason.
    unread: Vec<String>,
}

impl Crawler<'_> {
    /// All objects of a list, page after page along `links.next`.
    fn list(&mut self, url: &str, kind: &str) -> Result<Vec<Value>, ImportError> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let mut next = Some(url.to_owned());
        while let Some(url) = next.take() {
            if !seen.insert(url.clone()) {
                return Err(ImportError::Input(format!(
                    "{url}: „links.next“ führt zu einer schon gelesenen Seite zurück."
                )));
            }
            self.progress.set_message(format!(
                "{kind}: Seite {} · {} Objekte",
                seen.len(),
                self.objects
            ));
            let read = self.source.json(&url).and_then(|page| {
                let data = list_items(&page, kind, &url)?;
                Ok((page, data))
            });
            let (page, data) = match read {
                Ok(read) => read,
                // The body list is where everything starts; a list of a body can lose a page
                // and keep the rest, unless all or nothing was asked for.
                Err(e) if !self.strict && kind != "Body" => {
                    self.unread.push(format!(
                        "Seite {url}: nicht gelesen ({}); die Objekte dieser und der folgenden Seiten dieser Liste fehlen.",
                        e.to_string().trim_end_matches('.')
                    ));
                    break;
                }
                Err(e) => return Err(e),
            };
            self.pages += 1;
            self.objects += data.len() as u64;
            out.extend(data);
            next = page
                .get("links")
                .and_then(|l| l.get("next"))
                .and_then(Value::as_str)
                .filter(|n| !n.is_empty())
                .map(|n| source::resolve(&url, n));
        }
        Ok(out)
    }
}
