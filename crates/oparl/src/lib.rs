//! OParl 1.1 (<https://oparl.org>) for Teilhabe: canonical URLs and the mapping from
//! stored council records to OParl objects.
//!
//! Rules kept here, beyond the schemas: `id` is the one canonical URL; optional fields
//! that have no value are left out (never `null`, `[]` or `""`); timestamps carry an
//! offset; vote counts, which OParl 1.1 lacks, are published as the extension property
//! `teilhabe:votes` and as text in `result`; what became of a resolution (resolution
//! tracking, which OParl does not model either) as `teilhabe:resolutionTracking` on its
//! agenda item, or on its paper where it was recorded without one.

mod objects;

pub use objects::*;

pub const VERSION: &str = "https://schema.oparl.org/1.1/";

/// The object types, as their schema URL names them.
pub fn type_url(name: &str) -> String {
    format!("{VERSION}{name}")
}

/// Canonical URLs of one server.
#[derive(Debug, Clone)]
pub struct Urls {
    base: String,
}

impl Urls {
    /// `base` is the public root of the server, e.g. `https://teilhabe.example.org`.
    pub fn new(base: &str) -> Self {
        Self {
            base: base.trim_end_matches('/').to_owned(),
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn system(&self) -> String {
        format!("{}/oparl/v1/system", self.base)
    }

    pub fn bodies(&self) -> String {
        format!("{}/oparl/v1/bodies", self.base)
    }

    pub fn body(&self, key: &str) -> String {
        format!("{}/oparl/v1/body/{key}", self.base)
    }

    /// A list of a body: `organizations`, `persons`, `meetings`, `papers`, `agendaItems`,
    /// `consultations`, `files`, `locations`, `legislativeTerms`, `memberships`.
    pub fn list(&self, key: &str, name: &str) -> String {
        format!("{}/oparl/v1/body/{key}/{name}", self.base)
    }

    /// A single object: `organization`, `person`, `meeting`, `paper`, `agendaItem`,
    /// `consultation`, `file`, `location`, `legislativeTerm`, `membership`.
    pub fn object(&self, kind: &str, id: i64) -> String {
        format!("{}/oparl/v1/{kind}/{id}", self.base)
    }

    /// A page of the public portal.
    pub fn web(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}
