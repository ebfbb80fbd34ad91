//! Official statistics for the integration monitoring.
//!
//! - [`regions`]: the region reference (every Land, Kreis and Gemeinde with its keys).
//! - [`symbols`]: the special symbols of official statistics as typed flags.
//! - [`read_path`]: reads a statistics file of any supported format — GENESIS /
//!   regionalstatistik.de flat-file CSV (`ffcsv`), the classic table CSV, the REST-2020
//!   JSON envelope, a simple long CSV/XLSX of the county's own data; bare or zipped — and
//!   hands its observations one by one to a [`Sink`], so memory does not grow with the file.
//!   A broken file stops at the first error with file, line and column.

mod classic;
mod ffcsv;
pub mod indicators;
mod long;
pub mod peers;
pub mod regions;
mod rest;
pub mod show;
pub mod symbols;

use std::collections::BTreeMap;
use std::fmt;
use std::io::{BufRead, BufReader};
use std::path::Path;
pub use symbols::Flag;

/// One value of one variable for one region, period and combination of attributes,
/// borrowed from the line being read (no allocation per value).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Observation<'a> {
    /// The table it came from (`12411-01-01-4`); re-importing a table and period replaces.
    pub table: &'a str,
    pub variable: &'a str,
    pub region: &'a str,
    /// `2024-12-31` (reference day) or `2024` (year), as the source gives it.
    pub period: &'a str,
    /// The classifying attributes, `VAR=ATTR` sorted and joined by `;` (totals left out):
    /// `GES=GESW;NAT=NATA`. Empty for the total.
    pub dims: &'a str,
    pub value: Option<f64>,
    pub flag: Option<Flag>,
    /// The quality mark of the `value_q` column (`e` final, `()` limited, …).
    pub quality: Option<&'a str>,
}

/// An [`Observation`] that owns its text (for tests and small tools).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnedObservation {
    pub table: String,
    pub variable: String,
    pub region: String,
    pub period: String,
    pub dims: String,
    pub value: Option<f64>,
    pub flag: Option<Flag>,
    pub quality: Option<String>,
}

impl Observation<'_> {
    pub fn to_owned_observation(&self) -> OwnedObservation {
        OwnedObservation {
            table: self.table.to_owned(),
            variable: self.variable.to_owned(),
            region: self.region.to_owned(),
            period: self.period.to_owned(),
            dims: self.dims.to_owned(),
            value: self.value,
            flag: self.flag,
            quality: self.quality.map(str::to_owned),
        }
    }
}

/// Names and labels met while reading, each announced once before it is used.
#[derive(Debug, Clone, PartialEq)]
pub enum Meta {
    Table {
        code: String,
        label: String,
    },
    Variable {
        code: String,
        label: String,
        unit: Option<String>,
    },
    Attribute {
        variable: String,
        variable_label: String,
        code: String,
        label: String,
    },
    /// A region name as the file gives it (also for former regions not in the reference).
    Region {
        key: String,
        name: String,
    },
}

/// Where observations go. An `Err` stops reading (e.g. the database failed).
pub trait Sink {
    fn meta(&mut self, meta: Meta) -> Result<(), String>;
    fn observation(&mut self, obs: &Observation<'_>) -> Result<(), String>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    FlatFile,
    Classic,
    Rest,
    Long,
    LongXlsx,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Self::FlatFile => "GENESIS-Flatfile-CSV",
            Self::Classic => "GENESIS-Tabellen-CSV",
            Self::Rest => "GENESIS-REST-JSON",
            Self::Long => "eigene Daten (CSV)",
            Self::LongXlsx => "eigene Daten (XLSX)",
        }
    }
}

/// What a file held.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub file: String,
    pub format: Format,
    pub tables: Vec<String>,
    /// Data lines read (in a classic table, one line holds several observations).
    pub rows: u64,
    pub observations: u64,
    /// How many cells carried each symbol (`-`, `.`, `x`, …).
    pub flags: BTreeMap<String, u64>,
    /// How many observations carried each quality mark (`value_q`).
    pub quality: BTreeMap<String, u64>,
    /// Periods seen, sorted.
    pub periods: Vec<String>,
    /// Regions not in the reference that the file names (former Kreise after a reform).
    pub former_regions: u64,
}

impl Summary {
    fn new(file: &str, format: Format) -> Self {
        Self {
            file: file.to_owned(),
            format,
            tables: Vec::new(),
            rows: 0,
            observations: 0,
            flags: BTreeMap::new(),
            quality: BTreeMap::new(),
            periods: Vec::new(),
            former_regions: 0,
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "file": self.file,
            "format": self.format.label(),
            "tables": self.tables,
            "rows": self.rows,
            "observations": self.observations,
            "flags": self.flags,
            "quality": self.quality,
            "periods": self.periods,
            "former_regions": self.former_regions,
        })
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}), {} Zeilen, {} Werte",
            self.file,
            self.format.label(),
            self.tables.join(", "),
            self.rows,
            self.observations
        )?;
        if !self.periods.is_empty() {
            let first = &self.periods[0];
            let last = &self.periods[self.periods.len() - 1];
            if first == last {
                write!(f, ", Zeitraum {first}")?;
            } else {
                write!(f, ", Zeiträume {first} bis {last} ({})", self.periods.len())?;
            }
        }
        if !self.flags.is_empty() {
            let parts: Vec<String> = self
                .flags
                .iter()
                .map(|(s, n)| format!("„{s}“ {n}×"))
                .collect();
            write!(f, "; Zeichen: {}", parts.join(", "))?;
        }
        if !self.quality.is_empty() {
            let parts: Vec<String> = self
                .quality
                .iter()
                .map(|(s, n)| format!("„{s}“ {n}×"))
                .collect();
            write!(f, "; Qualität: {}", parts.join(", "))?;
        }
        if self.former_regions > 0 {
            write!(
                f,
                "; {} ehemalige Gebietseinheiten (nicht mehr im Gemeindeverzeichnis)",
                self.former_regions
            )?;
        }
        Ok(())
    }
}

/// A file that cannot be read: where, and why, in German.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ", Zeile {l}")?;
        }
        if let Some(c) = &self.column {
            write!(f, ", Spalte {c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ReadError {}

/// A fast hash for the short keys of one import (FxHash, as in rustc): SipHash took a
/// tenth of the reading time. The input is a local file, so flooding is no concern.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// Errors inside a reader, before the file name is added.
#[derive(Debug)]
pub(crate) struct At {
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
}

impl At {
    pub fn line(line: u64, column: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            line: Some(line),
            column: Some(column.into()),
            message: message.into(),
        }
    }

    pub fn file(message: impl Into<String>) -> Self {
        Self {
            line: None,
            column: None,
            message: message.into(),
        }
    }
}

/// Shared bookkeeping of the readers: summary counts, metadata announced once, region
/// checks.
pub(crate) struct Collector<'s> {
    pub sink: &'s mut dyn Sink,
    pub summary: Summary,
    announced: std::collections::HashSet<String, FxBuild>,
    periods: std::collections::BTreeSet<String>,
    last_period: String,
    buf: String,
}

impl<'s> Collector<'s> {
    fn new(sink: &'s mut dyn Sink, summary: Summary) -> Self {
        Self {
            sink,
            summary,
            announced: Default::default(),
            periods: Default::default(),
            last_period: String::new(),
            buf: String::new(),
        }
    }

    /// Whether `tag`/`a`/`b` was seen before in this file; remembers it. No allocation
    /// when it was (the common case: every row names the same few attributes).
    pub fn seen(&mut self, tag: char, a: &str, b: &str) -> bool {
        self.buf.clear();
        self.buf.push(tag);
        self.buf.push_str(a);
        self.buf.push('\u{1}');
        self.buf.push_str(b);
        if self.announced.contains(self.buf.as_str()) {
            return true;
        }
        self.announced.insert(self.buf.clone());
        false
    }

    /// Announces a name once per file.
    pub fn meta(&mut self, meta: Meta) -> Result<(), At> {
        let fresh = match &meta {
            Meta::Table { code, .. } => !self.seen('t', code, ""),
            Meta::Variable { code, .. } => !self.seen('v', code, ""),
            Meta::Attribute { variable, code, .. } => !self.seen('a', variable, code),
            Meta::Region { key, .. } => !self.seen('r', key, ""),
        };
        if !fresh {
            return Ok(());
        }
        if let Meta::Table { code, .. } = &meta {
            self.summary.tables.push(code.clone());
        }
        self.sink.meta(meta).map_err(At::file)
    }

    /// Checks a region key: an official key from the reference; or the well-formed key of
    /// a former region (merged Kreise are still listed) when the period lies before the
    /// reference's territorial status or the cells hold only symbols (`-`).
    pub fn region(
        &mut self,
        key: &str,
        name: &str,
        period: &str,
        symbols_only: bool,
        line: u64,
        column: &str,
    ) -> Result<(), At> {
        if regions::regions().get(key).is_some() {
            if !name.is_empty() && !self.seen('r', key, "") {
                self.sink
                    .meta(Meta::Region {
                        key: key.to_owned(),
                        name: name.to_owned(),
                    })
                    .map_err(At::file)?;
            }
            return Ok(());
        }
        if !regions::well_formed(key) {
            return Err(At::line(
                line,
                column,
                format!("„{key}“ ist kein amtlicher Regionalschlüssel (AGS/ARS)"),
            ));
        }
        if period >= regions::REFERENCE_DATE && !symbols_only {
            return Err(At::line(
                line,
                column,
                format!(
                    "Regionalschlüssel „{key}“ ({name}) steht nicht im Gemeindeverzeichnis (Gebietsstand {})",
                    regions::REFERENCE_DATE
                ),
            ));
        }
        if !self.seen('r', key, "") {
            self.summary.former_regions += 1;
            self.sink
                .meta(Meta::Region {
                    key: key.to_owned(),
                    name: name.to_owned(),
                })
                .map_err(At::file)?;
        }
        Ok(())
    }

    pub fn observation(&mut self, obs: &Observation<'_>) -> Result<(), At> {
        if let Some(f) = obs.flag {
            *self.summary.flags.entry(f.symbol().to_owned()).or_insert(0) += 1;
        }
        if let Some(q) = obs.quality {
            match self.summary.quality.get_mut(q) {
                Some(n) => *n += 1,
                None => {
                    self.summary.quality.insert(q.to_owned(), 1);
                }
            }
        }
        if self.last_period != obs.period {
            if !self.periods.contains(obs.period) {
                self.periods.insert(obs.period.to_owned());
            }
            self.last_period.clear();
            self.last_period.push_str(obs.period);
        }
        self.summary.observations += 1;
        self.sink.observation(obs).map_err(At::file)
    }

    fn finish(mut self) -> Summary {
        self.summary.periods = self.periods.into_iter().collect();
        self.summary
    }
}

/// Reads one file of any supported format into `sink`.
pub fn read_path(path: &Path, sink: &mut dyn Sink) -> Result<Summary, ReadError> {
    let name = path.display().to_string();
    let fail = |at: At| ReadError {
        file: name.clone(),
        line: at.line,
        column: at.column,
        message: at.message,
    };
    let file = std::fs::File::open(path)
        .map_err(|e| fail(At::file(format!("kann nicht geöffnet werden: {e}"))))?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_owned();
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let head = reader
        .fill_buf()
        .map_err(|e| fail(At::file(format!("kann nicht gelesen werden: {e}"))))?;
    if head.is_empty() {
        return Err(fail(At::file("die Datei ist leer")));
    }
    if head.starts_with(b"PK\x03\x04") {
        drop(reader);
        return read_zip(path, &name, &stem, sink).map_err(fail);
    }
    read_stream(&name, &stem, reader, sink).map_err(fail)
}

/// Reads an unzipped stream, detecting the format from its first bytes.
fn read_stream<R: BufRead>(
    name: &str,
    stem: &str,
    mut reader: R,
    sink: &mut dyn Sink,
) -> Result<Summary, At> {
    let head = reader
        .fill_buf()
        .map_err(|e| At::file(format!("kann nicht gelesen werden: {e}")))?
        .to_vec();
    let text_head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    let trimmed = text_head.trim_ascii_start();
    if trimmed.starts_with(b"{") {
        let mut all = Vec::new();
        reader
            .read_to_end(&mut all)
            .map_err(|e| At::file(format!("kann nicht gelesen werden: {e}")))?;
        return rest::read(name, &all, sink);
    }
    if trimmed.starts_with(b"statistics_code") {
        let c = Collector::new(sink, Summary::new(name, Format::FlatFile));
        return ffcsv::read(reader, table_code(stem), c).map(Collector::finish);
    }
    if trimmed.starts_with(b"GENESIS-Tabelle") {
        let mut all = Vec::new();
        reader
            .read_to_end(&mut all)
            .map_err(|e| At::file(format!("kann nicht gelesen werden: {e}")))?;
        let c = Collector::new(sink, Summary::new(name, Format::Classic));
        return classic::read(&all, c).map(Collector::finish);
    }
    if long::looks_like(text_head) {
        let c = Collector::new(sink, Summary::new(name, Format::Long));
        return long::read_csv(reader, stem, c).map(Collector::finish);
    }
    Err(At::file(
        "Format nicht erkannt: erwartet wird eine GENESIS-/Regionalstatistik-Datei (Flatfile-CSV, Tabellen-CSV, REST-JSON, auch gezippt) oder eigene Daten mit den Spalten Schlüssel;Zeitraum;Merkmal;Wert",
    ))
}

fn read_zip(path: &Path, name: &str, stem: &str, sink: &mut dyn Sink) -> Result<Summary, At> {
    let file = std::fs::File::open(path).map_err(|e| At::file(e.to_string()))?;
    let mut zip = zip::ZipArchive::new(file)
        .map_err(|e| At::file(format!("kein lesbares ZIP-Archiv (abgeschnitten?): {e}")))?;
    if zip.by_name("xl/workbook.xml").is_ok() {
        drop(zip);
        let c = Collector::new(sink, Summary::new(name, Format::LongXlsx));
        return long::read_xlsx(path, stem, c).map(Collector::finish);
    }
    let mut entries: Vec<String> = Vec::new();
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| At::file(format!("ZIP-Archiv nicht lesbar: {e}")))?;
        let n = entry
            .name()
            .map_err(|e| At::file(format!("ZIP-Archiv: unlesbarer Dateiname ({e})")))?
            .into_owned();
        let l = n.to_lowercase();
        if l.ends_with(".csv") || l.ends_with(".json") {
            entries.push(n);
        }
    }
    let [entry] = entries.as_slice() else {
        return Err(At::file(format!(
            "das ZIP-Archiv soll genau eine CSV- oder JSON-Datei enthalten, enthält aber {}",
            entries.len()
        )));
    };
    let inner = zip
        .by_name(entry)
        .map_err(|e| At::file(format!("{entry}: {e}")))?;
    let inner_stem = Path::new(entry)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(stem)
        .to_owned();
    let label = format!("{name}/{entry}");
    read_stream(
        &label,
        &inner_stem,
        BufReader::with_capacity(1 << 16, inner),
        sink,
    )
    .map(|mut s| {
        s.file = name.to_owned();
        s
    })
}

/// The table code from a file name like `12411-01-01-4_de.csv` or `12531-0043_flat.csv`.
fn table_code(stem: &str) -> Option<String> {
    let code = stem.split('_').next().unwrap_or("");
    let ok = code.len() >= 5
        && code[..5].bytes().all(|b| b.is_ascii_digit())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| code.to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_codes_from_file_names() {
        assert_eq!(
            super::table_code("12411-01-01-4_de").as_deref(),
            Some("12411-01-01-4")
        );
        assert_eq!(
            super::table_code("12531-0043_flat").as_deref(),
            Some("12531-0043")
        );
        assert_eq!(super::table_code("bevoelkerung"), None);
    }
}
