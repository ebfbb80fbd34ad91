//! Typesetting: a typst world that holds one document's template and data, the fonts shipped
//! with the product, and nothing else — no file system, no packages, no network.
//!
//! The data reaches the template as a JSON file (`/data.json`), never as generated markup, so
//! a measure called `*Sprache* #1` is printed as written and cannot change the layout.

use std::sync::OnceLock;
use typst::WorldExt;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The fonts every document uses: Noto Sans under the SIL Open Font License (`fonts/OFL.txt`),
/// and Noto Sans Math for what Noto Sans lacks (the minus sign U+2212, arrows, relations).
const FONTS: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../fonts/NotoSansMath-Regular.ttf"),
];

/// The layout shared by every document.
const COMMON: &str = include_str!("../templates/common.typ");

/// What stays the same from one document to the next: parsed once per process.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn file_id(path: &str) -> FileId {
    let path = VirtualPath::new(path).expect("a fixed, valid virtual path");
    FileId::new(RootedPath::new(VirtualRoot::Project, path))
}

/// One document to typeset: its template, its data and its date.
struct Job {
    main: Source,
    common: Source,
    data: Bytes,
    today: Datetime,
}

impl World for Job {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.common.id() {
            Ok(self.common.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id("/data.json") {
            Ok(self.data.clone())
        } else if id == self.common.id() {
            Ok(Bytes::from_string(COMMON.to_string()))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_without_slash().into())
}

/// A document's calendar date (`YYYY-MM-DD` parts) and, if pinned, its creation time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    /// The day the document speaks of ("Stand"); what `datetime.today()` gives the template.
    pub as_of: time::Date,
    /// The creation time written into the PDF's metadata; `None` writes `as_of` at midnight,
    /// which makes the bytes depend on nothing but the data and `as_of`.
    pub created: Option<time::PrimitiveDateTime>,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The template could not be typeset; a bug, reported with typst's messages.
    #[error("Satz fehlgeschlagen: {0}")]
    Typeset(String),
}

/// Typesets `template` with `data` into a tagged PDF/A-2a document that also conforms to
/// PDF/UA-1. Blocking and CPU-bound: call it off the async runtime.
pub fn pdf(
    template: &str,
    data: &serde_json::Value,
    ident: &str,
    dates: Dates,
) -> Result<Vec<u8>, RenderError> {
    let job = Job {
        main: Source::new(file_id("/main.typ"), template.to_string()),
        common: Source::new(file_id("/common.typ"), COMMON.to_string()),
        data: Bytes::new(serde_json::to_vec(data).expect("JSON values serialise")),
        today: datetime(dates.as_of),
    };
    let compiled = typst::compile::<PagedDocument>(&job);
    let document = compiled
        .output
        .map_err(|errors| report(&job, &errors[..]))?;
    let options = PdfOptions {
        ident: typst::foundations::Smart::Custom(ident.to_string()),
        creator: typst::foundations::Smart::Custom(Some(format!(
            "Teilhabe {}",
            env!("CARGO_PKG_VERSION")
        ))),
        // PDF/A needs a creation date; without a pinned one, the document's own day.
        timestamp: Some({
            let t = dates
                .created
                .unwrap_or_else(|| dates.as_of.with_time(time::Time::MIDNIGHT));
            Timestamp::new_utc(
                Datetime::from_ymd_hms(
                    t.year(),
                    t.month() as u8,
                    t.day(),
                    t.hour(),
                    t.minute(),
                    t.second(),
                )
                .expect("a valid date and time"),
            )
        }),
        page_ranges: None,
        standards: PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1])
            .expect("PDF/A-2a and PDF/UA-1 go together"),
        tagged: true,
        pretty: false,
    };
    let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| report(&job, &errors))?;
    // Typst memoises across compilations; keep only what the last few documents used, so a
    // long-running server does not grow with every report it ever rendered.
    typst::comemo::evict(10);
    Ok(bytes)
}

fn datetime(d: time::Date) -> Datetime {
    Datetime::from_ymd(d.year(), d.month() as u8, d.day()).expect("a valid date")
}

fn report(job: &Job, errors: &[SourceDiagnostic]) -> RenderError {
    let text = errors
        .iter()
        .map(|e| {
            let place = e
                .span
                .id()
                .and_then(|id| {
                    let source = job.source(id).ok()?;
                    let range = job.range(e.span)?;
                    let line = source.text()[..range.start].lines().count();
                    Some(format!("{}:{line}: ", id.get().vpath().get_without_slash()))
                })
                .unwrap_or_default();
            let hints: String = e
                .hints
                .iter()
                .map(|h| format!(" (Hinweis: {})", h.v))
                .collect();
            format!("{place}{}{hints}", e.message)
        })
        .collect::<Vec<_>>()
        .join("; ");
    RenderError::Typeset(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn head() -> serde_json::Value {
        json!({"kind": "Test", "title": "Kennzahl", "subtitle": "", "body": "Landkreis Peine",
               "key": "03157", "as_of": "22.11.2026", "internal": false, "portal": "http://x"})
    }

    /// An indicator with a gap, three regions and a target: the chart, its legend and the
    /// table typeset without complaint from the PDF/A and PDF/UA checks.
    #[test]
    fn an_indicator_with_gaps_and_a_target_typesets() {
        let data = json!({
            "doc": head(),
            "ind": {
                "code": "x", "name": "Einbürgerungen je 1.000", "unit": "je 1.000",
                "description": "Erläuterung", "source": "Statistik", "direction": "höher ist besser",
                "periods": ["2019", "2020", "2021", "2022"],
                "series": [
                    {"label": "Landkreis Peine", "values": [1.5, null, 2.25, 2.5]},
                    {"label": "Niedersachsen", "values": [1.0, 1.2, 1.4, 1.6]},
                    {"label": "Deutschland", "values": [null, null, null, 2.0]}
                ],
                "rows": [["2019", "1,5", "1,0", "–"], ["2020", ".", "1,2", "–"],
                         ["2021", "2,25", "1,4", "–"], ["2022", "2,5", "1,6", "2,0"]],
                "target": {"goal": "Mehr Einbürgerungen", "value": 3.0, "text": "3 je 1.000",
                           "year": 2027, "standing": "auf Kurs", "standing_code": "on_track"},
                "latest": "2,5 je 1.000 (2022)"
            }
        });
        let template = "#import \"/common.typ\": *\n#show: frame\n#indicator(data.ind, level: 1)\n";
        let dates = Dates {
            as_of: time::macros::date!(2026 - 11 - 22),
            created: None,
        };
        let first = pdf(template, &data, "test", dates).expect("typesets");
        assert!(first.starts_with(b"%PDF-1.7"));
        // No creation time: the bytes depend on the data alone.
        let second = pdf(template, &data, "test", dates).expect("typesets");
        assert_eq!(first, second);
        // Text in the data is text, never markup: a title with typst syntax prints as is.
        let mut tricky = data.clone();
        tricky["ind"]["name"] = json!("*Sprache* #panic() $x$ <a> @b");
        pdf(template, &tricky, "test", dates).expect("markup characters are plain text");
    }

    #[test]
    fn a_template_error_names_file_and_line() {
        let data = json!({"doc": head()});
        let dates = Dates {
            as_of: time::macros::date!(2026 - 11 - 22),
            created: None,
        };
        let err = pdf(
            "#import \"/common.typ\": *\n#show: frame\n#nothing\n",
            &data,
            "t",
            dates,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("main.typ:3"), "{err}");
    }
}
