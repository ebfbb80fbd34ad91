//! Closed vocabularies. Each value has a stable code (stored, in the API and in dumps)
//! and a German label (shown in the UI).

use std::fmt;

/// A closed list of values with stable codes and German labels.
pub trait Coded: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn label(self) -> &'static str;

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code.trim())
    }

    /// The value whose German label this is, in any ASCII case ("Vorberatung",
    /// "vorberatung"): how outside systems name a value.
    fn from_label(label: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.label().eq_ignore_ascii_case(label))
    }

    /// Parses a code and explains the allowed values in German when it is unknown.
    fn parse(raw: &str) -> Result<Self, String> {
        Self::from_code(raw).ok_or_else(|| {
            let allowed: Vec<String> = Self::ALL
                .iter()
                .map(|v| format!("{} ({})", v.code(), v.label()))
                .collect();
            if raw.trim().is_empty() {
                format!("Bitte einen Wert wählen: {}.", allowed.join(", "))
            } else {
                format!(
                    "„{}“ ist kein gültiger Wert. Erlaubt: {}.",
                    raw.trim(),
                    allowed.join(", ")
                )
            }
        })
    }
}

/// A closed vocabulary in one line per value: `Variant = "code": "Label"`.
macro_rules! coded {
    ($name:ident { $($variant:ident = $code:literal : $label:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($variant),* }
        impl $crate::codes::Coded for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),*];
            fn code(self) -> &'static str { match self { $(Self::$variant => $code),* } }
            fn label(self) -> &'static str { match self { $(Self::$variant => $label),* } }
        }
    };
}

pub(crate) use coded;

macro_rules! display_label {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    )*};
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Landkreis,
    KreisfreieStadt,
    Stadt,
    Gemeinde,
}

impl Coded for BodyKind {
    const ALL: &'static [Self] = &[
        Self::Landkreis,
        Self::KreisfreieStadt,
        Self::Stadt,
        Self::Gemeinde,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Landkreis => "landkreis",
            Self::KreisfreieStadt => "kreisfreie_stadt",
            Self::Stadt => "stadt",
            Self::Gemeinde => "gemeinde",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Landkreis => "Landkreis",
            Self::KreisfreieStadt => "Kreisfreie Stadt",
            Self::Stadt => "Stadt",
            Self::Gemeinde => "Gemeinde",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganizationKind {
    Department,
    Committee,
    Council,
    SteeringGroup,
    WorkingGroup,
    External,
}

impl Coded for OrganizationKind {
    const ALL: &'static [Self] = &[
        Self::Department,
        Self::Committee,
        Self::Council,
        Self::SteeringGroup,
        Self::WorkingGroup,
        Self::External,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Department => "department",
            Self::Committee => "committee",
            Self::Council => "council",
            Self::SteeringGroup => "steering_group",
            Self::WorkingGroup => "working_group",
            Self::External => "external",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Department => "Verwaltungseinheit",
            Self::Committee => "Ausschuss",
            Self::Council => "Kreistag / Rat",
            Self::SteeringGroup => "Steuerungsgruppe",
            Self::WorkingGroup => "Arbeitsgruppe",
            Self::External => "Externer Akteur",
        }
    }
}

/// How an external actor is classified (welfare association, church, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorClass {
    Welfare,
    Church,
    Union,
    MigrantOrganisation,
    Jobcenter,
    Education,
    Municipality,
    Association,
    Business,
    Health,
    Other,
}

impl Coded for ActorClass {
    const ALL: &'static [Self] = &[
        Self::Welfare,
        Self::Church,
        Self::Union,
        Self::MigrantOrganisation,
        Self::Jobcenter,
        Self::Education,
        Self::Municipality,
        Self::Association,
        Self::Business,
        Self::Health,
        Self::Other,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Welfare => "welfare",
            Self::Church => "church",
            Self::Union => "union",
            Self::MigrantOrganisation => "migrant_organisation",
            Self::Jobcenter => "jobcenter",
            Self::Education => "education",
            Self::Municipality => "municipality",
            Self::Association => "association",
            Self::Business => "business",
            Self::Health => "health",
            Self::Other => "other",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Welfare => "Wohlfahrtsverband",
            Self::Church => "Kirche / Religionsgemeinschaft",
            Self::Union => "Gewerkschaft",
            Self::MigrantOrganisation => "Migrantenorganisation",
            Self::Jobcenter => "Jobcenter / Agentur für Arbeit",
            Self::Education => "Schule / Bildungsträger",
            Self::Municipality => "Kommune",
            Self::Association => "Verein / Initiative",
            Self::Business => "Wirtschaft / Kammer",
            Self::Health => "Gesundheitswesen",
            Self::Other => "Sonstige",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConceptKind {
    Leitbild,
    Concept,
    StrategyPaper,
}

impl Coded for ConceptKind {
    const ALL: &'static [Self] = &[Self::Leitbild, Self::Concept, Self::StrategyPaper];
    fn code(self) -> &'static str {
        match self {
            Self::Leitbild => "leitbild",
            Self::Concept => "concept",
            Self::StrategyPaper => "strategy_paper",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Leitbild => "Leitbild",
            Self::Concept => "Integrationskonzept",
            Self::StrategyPaper => "Strategiepapier",
        }
    }
}

/// Where a concept version stands: Entwurf → in Beratung → beschlossen → abgelöst.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConceptStatus {
    Draft,
    /// Open for the public's comments for a period (Beteiligung).
    Consultation,
    InDeliberation,
    Adopted,
    Superseded,
}

impl Coded for ConceptStatus {
    const ALL: &'static [Self] = &[
        Self::Draft,
        Self::Consultation,
        Self::InDeliberation,
        Self::Adopted,
        Self::Superseded,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Consultation => "consultation",
            Self::InDeliberation => "in_deliberation",
            Self::Adopted => "adopted",
            Self::Superseded => "superseded",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Draft => "Entwurf",
            Self::Consultation => "in Beteiligung",
            Self::InDeliberation => "in Beratung",
            Self::Adopted => "beschlossen",
            Self::Superseded => "abgelöst",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureStatus {
    Planned,
    InProgress,
    Delayed,
    Paused,
    Completed,
    Cancelled,
}

impl Coded for MeasureStatus {
    const ALL: &'static [Self] = &[
        Self::Planned,
        Self::InProgress,
        Self::Delayed,
        Self::Paused,
        Self::Completed,
        Self::Cancelled,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::InProgress => "in_progress",
            Self::Delayed => "delayed",
            Self::Paused => "paused",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Planned => "geplant",
            Self::InProgress => "in Umsetzung",
            Self::Delayed => "verzögert",
            Self::Paused => "ruht",
            Self::Completed => "abgeschlossen",
            Self::Cancelled => "eingestellt",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Coded for Priority {
    const ALL: &'static [Self] = &[Self::High, Self::Medium, Self::Low];
    fn code(self) -> &'static str {
        match self {
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::High => "hoch",
            Self::Medium => "mittel",
            Self::Low => "niedrig",
        }
    }
}

/// The territory a measure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    County,
    Municipality,
    PlanningArea,
}

impl Coded for Scope {
    const ALL: &'static [Self] = &[Self::County, Self::Municipality, Self::PlanningArea];
    fn code(self) -> &'static str {
        match self {
            Self::County => "county",
            Self::Municipality => "municipality",
            Self::PlanningArea => "planning_area",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::County => "kreisweit",
            Self::Municipality => "Gemeinde(n)",
            Self::PlanningArea => "Planungsraum",
        }
    }
}

display_label!(
    BodyKind,
    OrganizationKind,
    ActorClass,
    ConceptKind,
    ConceptStatus,
    MeasureStatus,
    Priority,
    Scope
);

/// The label for a stored code, or the code itself if it is not (or no longer) known.
pub fn label_of<T: Coded>(code: &str) -> &str {
    T::from_code(code).map(|v| v.label()).unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Coded + PartialEq + fmt::Debug>() {
        for v in T::ALL {
            assert_eq!(T::from_code(v.code()), Some(*v));
            assert!(!v.label().is_empty());
        }
    }

    #[test]
    fn codes_round_trip() {
        round_trip::<BodyKind>();
        round_trip::<FileRole>();
        round_trip::<OrganizationKind>();
        round_trip::<ActorClass>();
        round_trip::<ConceptKind>();
        round_trip::<ConceptStatus>();
        round_trip::<MeasureStatus>();
        round_trip::<Priority>();
        round_trip::<Scope>();
    }

    #[test]
    fn unknown_code_lists_the_allowed_ones() {
        let e = Priority::parse("urgent").unwrap_err();
        assert!(e.contains("urgent") && e.contains("high (hoch)"), "{e}");
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperType {
    Resolution,
    Notice,
    Motion,
    Inquiry,
    Report,
}

impl Coded for PaperType {
    const ALL: &'static [Self] = &[
        Self::Resolution,
        Self::Notice,
        Self::Motion,
        Self::Inquiry,
        Self::Report,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Resolution => "resolution",
            Self::Notice => "notice",
            Self::Motion => "motion",
            Self::Inquiry => "inquiry",
            Self::Report => "report",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Resolution => "Beschlussvorlage",
            Self::Notice => "Mitteilungsvorlage",
            Self::Motion => "Antrag",
            Self::Inquiry => "Anfrage",
            Self::Report => "Bericht",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingState {
    Scheduled,
    Invited,
    Held,
}

impl Coded for MeetingState {
    const ALL: &'static [Self] = &[Self::Scheduled, Self::Invited, Self::Held];
    fn code(self) -> &'static str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Invited => "invited",
            Self::Held => "held",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Scheduled => "terminiert",
            Self::Invited => "eingeladen",
            Self::Held => "durchgeführt",
        }
    }
}

/// What a committee does with a paper in the consultation sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsultationRole {
    Preliminary,
    Decision,
    Notice,
    Hearing,
}

impl Coded for ConsultationRole {
    const ALL: &'static [Self] = &[
        Self::Preliminary,
        Self::Decision,
        Self::Notice,
        Self::Hearing,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Preliminary => "preliminary",
            Self::Decision => "decision",
            Self::Notice => "notice",
            Self::Hearing => "hearing",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Preliminary => "Vorberatung",
            Self::Decision => "Entscheidung",
            Self::Notice => "Kenntnisnahme",
            Self::Hearing => "Anhörung",
        }
    }
}

/// What a file is to the meeting, agenda item or paper it belongs to (OParl's fields
/// `invitation`, `resultsProtocol`, `verbatimProtocol`, `resolutionFile`, `mainFile`,
/// `auxiliaryFile`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    Invitation,
    ResultsProtocol,
    VerbatimProtocol,
    Resolution,
    Main,
    Auxiliary,
}

impl Coded for FileRole {
    const ALL: &'static [Self] = &[
        Self::Invitation,
        Self::ResultsProtocol,
        Self::VerbatimProtocol,
        Self::Resolution,
        Self::Main,
        Self::Auxiliary,
    ];
    fn code(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::ResultsProtocol => "results_protocol",
            Self::VerbatimProtocol => "verbatim_protocol",
            Self::Resolution => "resolution",
            Self::Main => "main",
            Self::Auxiliary => "auxiliary",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Self::Invitation => "Einladung",
            Self::ResultsProtocol => "Ergebnisprotokoll",
            Self::VerbatimProtocol => "Wortprotokoll",
            Self::Resolution => "Beschluss",
            Self::Main => "Hauptdokument",
            Self::Auxiliary => "Anlage",
        }
    }
}

impl FileRole {
    /// The OParl field a file of this role is listed under.
    pub fn oparl_field(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::ResultsProtocol => "resultsProtocol",
            Self::VerbatimProtocol => "verbatimProtocol",
            Self::Resolution => "resolutionFile",
            Self::Main => "mainFile",
            Self::Auxiliary => "auxiliaryFile",
        }
    }
}

display_label!(PaperType, MeetingState, ConsultationRole, FileRole);
