//! Printed documents from the live data: the concept with QR codes, the status report to a
//! committee as of a date, the draft resolution (Beschlussvorlage) and the monitoring report,
//! as tagged PDF/A-2a that also conforms to PDF/UA-1; and the measure plan as XLSX and CSV.
//!
//! Two steps, so that the web layer can keep the slow one off its async runtime:
//! [`prepare`] reads what a document shows from the store (async, cheap), and
//! [`Prepared::pdf`] typesets it (blocking, CPU-bound).
//!
//! Every document is made for an [`Audience`]. For the public (the default) it holds public
//! records only — the same ones the portal shows to a visitor. Non-public measures, papers
//! and events appear only in documents made for the body's own staff.

mod concept;
mod gather;
mod impact_chain;
mod monitoring;
pub mod plan;
mod qr;
mod render;
mod resolution;
mod revision;
mod status;

pub use render::{Dates, RenderError};

/// A QR code of `text` as an SVG document (for a screen: setting up a second factor).
pub fn qr_svg(text: &str) -> String {
    qr::svg(text).0
}
use serde::Serialize;
use teilhabe_store::{Store, StoreError};

/// The four documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Concept,
    Status,
    Resolution,
    Monitoring,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Concept,
        Kind::Status,
        Kind::Resolution,
        Kind::Monitoring,
    ];

    /// The name used on the command line and in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Concept => "concept",
            Kind::Status => "status",
            Kind::Resolution => "resolution",
            Kind::Monitoring => "monitoring",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// What the document is called in German.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Concept => "Integrationskonzept (Druckfassung)",
            Kind::Status => "Sachstandsbericht",
            Kind::Resolution => "Beschlussvorlage",
            Kind::Monitoring => "Monitoringbericht",
        }
    }

    /// A file name stem: `integrationskonzept`, `sachstandsbericht`, …
    pub fn file_stem(self) -> &'static str {
        match self {
            Kind::Concept => "integrationskonzept",
            Kind::Status => "sachstandsbericht",
            Kind::Resolution => "beschlussvorlage",
            Kind::Monitoring => "monitoringbericht",
        }
    }

    fn template(self) -> &'static str {
        match self {
            Kind::Concept => include_str!("../templates/concept.typ"),
            Kind::Status => include_str!("../templates/status.typ"),
            Kind::Resolution => include_str!("../templates/resolution.typ"),
            Kind::Monitoring => include_str!("../templates/monitoring.typ"),
        }
    }
}

/// Who the document is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    /// Anyone: public records only.
    #[default]
    Public,
    /// The body's own staff and council: non-public records too, and the document says so.
    Internal,
}

/// What to make.
#[derive(Debug, Clone)]
pub struct Request {
    pub body_key: String,
    pub kind: Kind,
    /// The day the document speaks of; today when not given.
    pub as_of: Option<time::Date>,
    /// The status report compares with this day; by default the previous report's day, from
    /// the committee's reporting cycle (or a year before `as_of`).
    pub since: Option<time::Date>,
    /// The draft resolution's paper by reference; by default the paper that adopted the
    /// concept in force, or else the newest Beschlussvorlage.
    pub paper: Option<String>,
    /// The concept version to print (the portal prints the version on its page); by default
    /// the one in force on `as_of`.
    pub concept_id: Option<i64>,
    /// The root of the public portal, for the QR codes and links: `https://teilhabe.kreis.de`.
    pub public_url: String,
    pub audience: Audience,
    /// The creation time written into the PDF; `None` writes the day `as_of` (identical bytes).
    pub created: Option<time::PrimitiveDateTime>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("Keine Körperschaft mit dem Schlüssel {0}")]
    UnknownBody(String),
    #[error("{0} hat zum {1} kein beschlossenes Integrationskonzept")]
    NoConcept(String, String),
    #[error("Keine Fassung {0} bei {1}")]
    NoSuchConcept(i64, String),
    #[error("Keine Vorlage {0} bei {1}")]
    NoPaper(String, String),
    #[error("{0} hat keine Beschlussvorlage")]
    NoResolution(String),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Render(#[from] RenderError),
}

/// A document ready to be typeset: its data as the template reads it.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub kind: Kind,
    /// `Integrationskonzept Landkreis Peine (Fassung 2022)`: the PDF's title.
    pub title: String,
    /// A file name without directory: `03157-sachstandsbericht-2026-11-22.pdf`.
    pub file_name: String,
    ident: String,
    dates: Dates,
    data: serde_json::Value,
}

impl Prepared {
    /// The JSON the template reads (for tests and for debugging a layout).
    pub fn data(&self) -> &serde_json::Value {
        &self.data
    }

    /// Typesets the document. Blocking and CPU-bound.
    pub fn pdf(&self) -> Result<Vec<u8>, RenderError> {
        typeset(self.kind, &self.data, &self.ident, self.dates)
    }
}

/// Typesets a document of `kind` from data shaped as [`prepare`] makes it (with `doc`), for
/// callers that have the data already: benchmarks, and layouts tried on made-up data.
/// `ident` names the document stably (it becomes the PDF's document id).
pub fn typeset(
    kind: Kind,
    data: &serde_json::Value,
    ident: &str,
    dates: Dates,
) -> Result<Vec<u8>, RenderError> {
    render::pdf(kind.template(), data, ident, dates)
}

/// What every template finds under `doc`.
#[derive(Debug, Serialize)]
struct Head {
    kind: &'static str,
    title: String,
    subtitle: String,
    body: String,
    key: String,
    as_of: String,
    internal: bool,
    portal: String,
}

/// Reads what the requested document shows.
pub async fn prepare(store: &Store, request: &Request) -> Result<Prepared, ReportError> {
    let body = match store.body_by_key(&request.body_key).await {
        Ok(b) => b,
        Err(StoreError::NotFound(_)) => {
            return Err(ReportError::UnknownBody(request.body_key.clone()));
        }
        Err(e) => return Err(e.into()),
    };
    let as_of = request.as_of.unwrap_or_else(today);
    let ctx = gather::Context {
        store,
        body: &body,
        as_of,
        internal: request.audience == Audience::Internal,
        portal: request.public_url.trim_end_matches('/').to_owned(),
        concept_id: request.concept_id,
    };
    let (title, subtitle, data) = match request.kind {
        Kind::Concept => concept::data(&ctx).await?,
        Kind::Status => status::data(&ctx, request.since).await?,
        Kind::Resolution => resolution::data(&ctx, request.paper.as_deref()).await?,
        Kind::Monitoring => monitoring::data(&ctx).await?,
    };
    let head = Head {
        kind: request.kind.label(),
        title: title.clone(),
        subtitle,
        body: body.name.clone(),
        key: body.key.clone(),
        as_of: gather::german(as_of),
        internal: ctx.internal,
        portal: ctx.portal.clone(),
    };
    let mut data = data;
    data["doc"] = serde_json::to_value(&head).expect("the head serialises");
    let audience = match request.audience {
        Audience::Public => "",
        Audience::Internal => "-intern",
    };
    Ok(Prepared {
        kind: request.kind,
        file_name: format!(
            "{}-{}{audience}-{}.pdf",
            body.key,
            request.kind.file_stem(),
            as_of
        ),
        ident: format!(
            "teilhabe/{}/{}/{as_of}{audience}",
            body.key,
            request.kind.code()
        ),
        title,
        dates: Dates {
            as_of,
            created: request.created,
        },
        data,
    })
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// This moment in UTC to the second: a document's creation time when none is pinned.
pub fn now() -> time::PrimitiveDateTime {
    let now = time::OffsetDateTime::now_utc();
    time::PrimitiveDateTime::new(now.date(), now.time().truncate_to_second())
}
