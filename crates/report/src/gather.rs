//! What every document reads: the body, the day, who it is for, and the portal's addresses.

use crate::ReportError;
use crate::qr;
use std::collections::HashMap;
use teilhabe_domain::codes::{Coded, ConceptStatus};
use teilhabe_domain::links::Short;
use teilhabe_domain::values::Money;
use teilhabe_store::{Body, Concept, Measure, Store};

pub struct Context<'a> {
    pub store: &'a Store,
    pub body: &'a Body,
    pub as_of: time::Date,
    /// Non-public records too.
    pub internal: bool,
    /// The portal's root without a trailing slash.
    pub portal: String,
    /// A version asked for by id, instead of the one in force.
    pub concept_id: Option<i64>,
}

impl Context<'_> {
    /// The day as stored: `2026-11-22`.
    pub fn as_of_iso(&self) -> String {
        self.as_of.to_string()
    }

    /// The concept in force on the day: the newest adopted version adopted by then; a version
    /// that has no adoption date counts from the day it was adopted in the data. Without any,
    /// the current version (a draft), so that a new body can print its draft.
    pub async fn concept(&self) -> Result<Concept, ReportError> {
        let day = self.as_of_iso();
        let concepts = self.store.concepts(self.body.id).await?;
        if let Some(id) = self.concept_id {
            return concepts
                .into_iter()
                .find(|c| c.id == id)
                .ok_or_else(|| ReportError::NoSuchConcept(id, self.body.name.clone()));
        }
        let adopted = concepts
            .iter()
            .filter(|c| {
                c.status == ConceptStatus::Adopted.code()
                    || c.status == ConceptStatus::Superseded.code()
            })
            .filter(|c| c.adopted_on.as_deref().is_some_and(|a| a <= day.as_str()))
            .max_by(|a, b| a.adopted_on.cmp(&b.adopted_on));
        if let Some(c) = adopted {
            return Ok(c.clone());
        }
        match self.store.current_concept(self.body.id).await? {
            Some(c) => Ok(c),
            None => Err(ReportError::NoConcept(
                self.body.name.clone(),
                german(self.as_of),
            )),
        }
    }

    pub fn measure_url(&self, id: i64) -> String {
        format!("{}/{}/massnahmen/{id}", self.portal, self.body.key)
    }

    pub fn field_url(&self, concept_id: i64, field_id: i64) -> String {
        format!(
            "{}/{}/konzepte/{concept_id}#feld-{field_id}",
            self.portal, self.body.key
        )
    }

    pub fn indicator_url(&self, code: &str) -> String {
        format!("{}/{}/monitoring/{code}", self.portal, self.body.key)
    }

    /// A link the reader can follow: the page's address, the short one that its QR code
    /// holds (and the page prints, for those who type), and the code.
    pub fn link(&self, url: String, short: Short) -> Link {
        let short = format!("{}{}", self.portal, short.path());
        let (qr, qr_mm) = qr::svg(&short);
        Link {
            url,
            short,
            qr,
            qr_mm,
        }
    }
}

/// What every document prints of a measure: number, title, lead, period, and whether it is
/// public (an internal document marks the ones that are not).
#[derive(Debug, serde::Serialize)]
pub struct MeasureHead {
    pub code: String,
    pub title: String,
    pub lead: String,
    pub period: String,
    pub public: bool,
}

impl MeasureHead {
    pub fn of(m: &Measure, organizations: &HashMap<i64, String>) -> Self {
        MeasureHead {
            code: m.code.clone().unwrap_or_default(),
            title: m.title.clone(),
            lead: organizations
                .get(&m.lead_organization_id)
                .cloned()
                .unwrap_or_default(),
            period: period(&m.start_date, &m.end_date),
            public: m.public.0,
        }
    }
}

#[derive(Debug, serde::Serialize)]
pub struct Link {
    /// The page's address.
    pub url: String,
    /// The short address that leads there (`/q/…`), which the QR code holds.
    pub short: String,
    /// The QR code as an SVG document.
    pub qr: String,
    /// The least width the code may be printed at, in millimetres.
    pub qr_mm: f64,
}

pub fn german(d: time::Date) -> String {
    teilhabe_domain::values::german_date(&d.to_string())
}

/// `2024-03-01` → `01.03.2024`; anything else as it is.
pub fn german_iso(iso: &str) -> String {
    teilhabe_domain::values::german_date(iso)
}

pub fn money(cents: i64) -> String {
    Money::from_cents(cents).german()
}

/// A measure's period as read in a table: `01.01.2023 – 31.12.2025`, `ab 01.01.2023`.
pub fn period(start: &Option<String>, end: &Option<String>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{} – {}", german_iso(s), german_iso(e)),
        (Some(s), None) => format!("ab {}", german_iso(s)),
        (None, Some(e)) => format!("bis {}", german_iso(e)),
        (None, None) => "offen".into(),
    }
}
