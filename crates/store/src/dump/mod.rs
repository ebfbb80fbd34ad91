//! Lossless export and import of one body with everything that belongs to it.
//!
//! Records refer to each other by dump-local numbers (their 1-based position in their
//! list), not by database ids, so a dump moves between databases and backends unchanged:
//! export → import elsewhere → export gives the same JSON. Timestamps are kept. An
//! import runs in one transaction: it is stored completely or not at all.

mod alignment;
mod checks;
mod comments;
mod controlling;
mod export;
mod funding;
mod impact;
mod import;
mod participation;
mod resolutions;
mod revision;
mod surveys;
mod translations;

pub use alignment::DumpAlignmentNote;
use checks::{check_ids, code, consultation_role, date, is_zero, percent, reference};
pub use comments::{DumpComment, DumpSubscription};
pub use controlling::{DumpControlling, DumpMilestone, DumpRound};
pub use funding::{DumpProgramme, DumpProof};
pub use impact::{DumpOutput, DumpOutputValue};
pub use participation::{DumpContribution, DumpEvent, DumpKeywords, DumpProcess};
pub use resolutions::DumpResolution;
pub use revision::{DumpCarried, DumpCarryOver, DumpRevision};
pub use surveys::{DumpKeptValue, DumpQuestion, DumpResponse, DumpSurvey};
pub use translations::DumpTranslation;
use translations::check_translations;

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use teilhabe_domain::council::LocalDateTime;
use teilhabe_domain::files::check_upload;
use teilhabe_domain::{
    ActorClass, BodyKind, Coded, ConceptKind, ConceptStatus, FieldErrors, MeasureStatus,
    MeetingState, OfficialKey, OrganizationKind, PaperType, Priority, Scope,
};

pub const FORMAT: &str = "teilhabe-dump";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dump {
    pub format: String,
    pub version: u32,
    pub body: DumpBody,
    pub organizations: Vec<DumpOrganization>,
    pub persons: Vec<DumpPerson>,
    #[serde(default)]
    pub memberships: Vec<DumpMembership>,
    pub target_groups: Vec<DumpTargetGroup>,
    pub concepts: Vec<DumpConcept>,
    pub locations: Vec<DumpLocation>,
    pub meetings: Vec<DumpMeeting>,
    pub papers: Vec<DumpPaper>,
    pub reporting_cycles: Vec<DumpReportingCycle>,
    pub files: Vec<DumpFile>,
    pub legislative_terms: Vec<DumpLegislativeTerm>,
    /// The body's indicator catalogue; `indicators_seeded` keeps defaults the coordinator
    /// deleted from coming back.
    #[serde(default)]
    pub indicators_seeded: bool,
    #[serde(default)]
    pub indicators: Vec<DumpIndicator>,
    #[serde(default)]
    pub planning_areas: Vec<DumpPlanningArea>,
    /// The agreed splits of tasks with a county or municipalities (both bodies' dumps hold
    /// each; see `alignment`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alignment_notes: Vec<DumpAlignmentNote>,
    /// The Kreise of the body's own comparison group (peers), by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub peer_group: Vec<String>,
    #[serde(default)]
    pub surveys: Vec<DumpSurvey>,
    #[serde(default)]
    pub processes: Vec<DumpProcess>,
    /// Keyword stems the coordinator set for fields of action.
    #[serde(default)]
    pub field_keywords: Vec<DumpKeywords>,
    #[serde(default, skip_serializing_if = "DumpControlling::is_empty")]
    pub controlling: DumpControlling,
    /// Which item of a version continues which of an earlier one, and what became of
    /// each measure when a version was made from another.
    #[serde(default, skip_serializing_if = "DumpRevision::is_empty")]
    pub revision: DumpRevision,
    /// Resolution tracking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolutions: Vec<DumpResolution>,
    /// Comments of online consultations, with the addresses left for feedback.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<DumpComment>,
    /// Funding programmes with their proofs of use; budget lines refer to them by number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<DumpProgramme>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpIndicator {
    pub code: String,
    pub name: String,
    pub formula: String,
    pub unit: Option<String>,
    pub direction: String,
    /// `outcome` (left out) or `impact`.
    #[serde(default = "outcome", skip_serializing_if = "is_outcome")]
    pub level: String,
    pub field: Option<String>,
    pub source: Option<String>,
    pub description: Option<String>,
    pub position: i64,
    pub created_at: String,
    pub modified_at: String,
    /// Translations of this record's texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

fn outcome() -> String {
    "outcome".into()
}

fn is_outcome(level: &str) -> bool {
    level == "outcome"
}

/// A goal's indicator target; the indicator by its code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpTarget {
    pub indicator: String,
    pub value: f64,
    pub year: i64,
    /// Why the indicator shows whether the goal is reached (the impact chain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpPlanningArea {
    pub name: String,
    pub members: Vec<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpLegislativeTerm {
    pub name: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

/// A document with its bytes in base64.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpFile {
    pub paper: Option<usize>,
    /// The meeting whose file it is (also for an agenda item's file), by dump number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<usize>,
    /// The agenda item, by its number across all meetings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda_item: Option<usize>,
    /// What the file is to its owner: a `FileRole` code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The participation event it documents: (process number, event number within it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<(usize, usize)>,
    pub name: String,
    pub file_name: String,
    pub mime_type: String,
    pub size: i64,
    pub sha256: String,
    pub data_base64: String,
    pub public: bool,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

/// What an upload must pass ([`check_upload`]: size, type by content, a file name without
/// path or control characters), and a stored name and type that are what the check made
/// of them: `../../etc/passwd`, an HTML page renamed `.pdf` or a type claimed by the file
/// alone are refused, whatever the dump says.
fn check_file(e: &mut FieldErrors, at: &str, f: &DumpFile, bytes: &[u8]) {
    match check_upload(Some(&f.name), &f.file_name, bytes) {
        Err(problems) => {
            for p in problems.iter() {
                let field = if p.field == "name" {
                    "name"
                } else {
                    "file_name"
                };
                e.add(format!("{at}.{field}"), p.message.clone());
            }
        }
        Ok(checked) => {
            if checked.file_name != f.file_name {
                e.add(
                    format!("{at}.file_name"),
                    format!(
                        "„{}“ ist kein Dateiname: ohne Pfad und Steuerzeichen wäre er „{}“.",
                        f.file_name, checked.file_name
                    ),
                );
            }
            if checked.mime_type != f.mime_type {
                e.add(
                    format!("{at}.mime_type"),
                    format!(
                        "„{}“ passt nicht zum Inhalt von „{}“ ({}).",
                        f.mime_type, f.file_name, checked.mime_type
                    ),
                );
            }
        }
    }
}

impl DumpFile {
    /// The bytes, if they decode and match the recorded size and checksum.
    pub fn bytes(&self) -> std::result::Result<Vec<u8>, String> {
        use base64::Engine;
        use sha2::Digest;
        let data = base64::engine::general_purpose::STANDARD
            .decode(&self.data_base64)
            .map_err(|e| format!("kein gültiges Base64: {e}"))?;
        if data.len() as i64 != self.size {
            return Err(format!(
                "{} Bytes statt der angegebenen {}",
                data.len(),
                self.size
            ));
        }
        if hex::encode(sha2::Sha256::digest(&data)) != self.sha256 {
            return Err("die Prüfsumme (SHA-256) stimmt nicht".into());
        }
        Ok(data)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpReportingCycle {
    pub title: String,
    pub organization: usize,
    pub concept: Option<usize>,
    pub interval_months: i64,
    pub next_due: String,
    pub requested_by_paper: Option<usize>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpLocation {
    pub id: usize,
    pub description: Option<String>,
    pub room: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpMeeting {
    pub id: usize,
    pub name: String,
    pub state: String,
    pub cancelled: bool,
    pub start_at: String,
    pub end_at: Option<String>,
    pub location: Option<usize>,
    pub organizations: Vec<usize>,
    pub note: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
    /// Numbered across all meetings, in order (1, 2, … over the whole file).
    pub agenda_items: Vec<DumpAgendaItem>,
    /// Translations of this record's texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpAgendaItem {
    pub id: usize,
    pub position: i64,
    pub number: Option<String>,
    pub name: String,
    pub public: bool,
    pub paper: Option<usize>,
    pub result: Option<String>,
    pub resolution_text: Option<String>,
    pub votes_yes: Option<i64>,
    pub votes_no: Option<i64>,
    pub votes_abstain: Option<i64>,
    pub votes_conflicted: Option<i64>,
    /// "einstimmig" in the minutes, with or without counts; left out when not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub votes_unanimous: bool,
    pub minutes: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
    /// Translations of this record's texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpPaper {
    pub id: usize,
    pub reference: String,
    /// 0; 1, 2, … for further papers a council system gave the same reference.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub duplicate_no: i64,
    pub name: String,
    pub paper_type: String,
    pub date: Option<String>,
    pub proposal: Option<String>,
    pub reasoning: Option<String>,
    pub submitter_person: Option<usize>,
    pub submitter_organization: Option<usize>,
    pub lead_organization: Option<usize>,
    pub editor: Option<String>,
    pub concept: Option<usize>,
    /// Measures by their position in the whole file, concepts → fields → goals → measures.
    pub measures: Vec<usize>,
    pub public: bool,
    pub finance_note: Option<String>,
    pub finance_total_cents: Option<i64>,
    pub finance_revenue_cents: Option<i64>,
    pub finance_own_share_cents: Option<i64>,
    pub finance_grants_cents: Option<i64>,
    pub finance_budget_year: Option<i64>,
    pub finance_overplanned: bool,
    pub finance_unplanned: bool,
    pub finance_budget_line: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
    pub consultations: Vec<DumpConsultation>,
    /// Translations of this record's texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpConsultation {
    pub position: i64,
    pub organization: usize,
    pub meeting: Option<usize>,
    pub agenda_item: Option<usize>,
    pub role: String,
    pub authoritative: bool,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpBody {
    pub key: String,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpOrganization {
    pub id: usize,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub classification: Option<String>,
    pub website: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    #[serde(default)]
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpPerson {
    pub id: usize,
    pub name: String,
    pub role_title: Option<String>,
    pub organization: Option<usize>,
    pub email: Option<String>,
    pub phone: Option<String>,
    #[serde(default)]
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
    #[serde(default = "shown")]
    pub public: bool,
}

fn shown() -> bool {
    true
}

/// A person's seat in an organisation; both by their dump number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpMembership {
    pub person: usize,
    pub organization: usize,
    pub role: Option<String>,
    pub voting_right: bool,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub deleted: bool,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpTargetGroup {
    pub id: usize,
    pub name: String,
    pub description: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpConcept {
    pub id: usize,
    pub title: String,
    pub kind: String,
    pub version_label: String,
    pub status: String,
    pub adopted_on: Option<String>,
    pub summary: Option<String>,
    pub paper_reference: Option<String>,
    pub supersedes: Option<usize>,
    /// Open for the public's comments from … until … (ISO dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation_until: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    pub principles: Vec<DumpPrinciple>,
    pub fields_of_action: Vec<DumpField>,
    /// Translations of this record's texts and their Leichte Sprache versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpPrinciple {
    pub position: i64,
    pub title: String,
    pub text: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    /// Translations of this record's texts and their Leichte Sprache versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpField {
    pub position: i64,
    pub title: String,
    pub description: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    pub goals: Vec<DumpGoal>,
    /// Translations of this record's texts and their Leichte Sprache versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpGoal {
    pub position: i64,
    pub title: String,
    pub description: Option<String>,
    pub target_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<DumpTarget>,
    pub created_at: String,
    pub modified_at: String,
    pub measures: Vec<DumpMeasure>,
    /// Translations of this record's texts and their Leichte Sprache versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpMeasure {
    pub position: i64,
    pub code: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub lead_organization: usize,
    pub partners: Vec<usize>,
    pub contact_person: Option<usize>,
    pub target_groups: Vec<usize>,
    pub scope: String,
    pub scope_detail: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub priority: String,
    pub status: String,
    pub progress: i64,
    pub public: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_interval_months: Option<i64>,
    pub created_at: String,
    pub modified_at: String,
    pub budget_lines: Vec<DumpBudgetLine>,
    /// Why it is expected to serve its goal (the impact chain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// Its output indicators, numbered from 1 in this order for the reports' values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<DumpOutput>,
    pub progress_reports: Vec<DumpReport>,
    /// Translations of this record's texts and their Leichte Sprache versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<DumpTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpBudgetLine {
    pub year: i64,
    pub amount_cents: i64,
    pub funding_source: Option<String>,
    /// The funding programme (by number) that pays it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<usize>,
    pub own_share_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_hundredths: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpReport {
    pub reported_on: String,
    pub status: String,
    pub progress: i64,
    pub narrative: String,
    pub spent_cents: Option<i64>,
    pub reporter_organization: Option<usize>,
    pub created_at: String,
    /// `approved` (left out), `submitted` or `returned`.
    #[serde(
        default = "controlling::approved",
        skip_serializing_if = "controlling::is_approved"
    )]
    pub review_state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<DumpOutputValue>,
}

impl Dump {
    /// Parses a dump file; a syntax or shape error names line and column.
    pub fn from_json(text: &str) -> std::result::Result<Self, String> {
        let dump: Dump = serde_json::from_str(text).map_err(|e| {
            format!(
                "Zeile {}, Spalte {}: keine gültige Teilhabe-Exportdatei: {e}",
                e.line(),
                e.column()
            )
        })?;
        if dump.format != FORMAT {
            return Err(format!(
                "Feld format: erwartet „{FORMAT}“, gefunden „{}“.",
                dump.format
            ));
        }
        if dump.version != VERSION {
            return Err(format!(
                "Feld version: Version {} wird nicht unterstützt (erwartet {VERSION}).",
                dump.version
            ));
        }
        Ok(dump)
    }

    /// Checks everything a database constraint would check, and more, naming the path
    /// of each problem (e.g. `concepts[1].fields_of_action[0].goals[2].measures[0].lead_organization`).
    pub fn validate(&self) -> std::result::Result<(), FieldErrors> {
        let mut e = FieldErrors::new();
        if let Err(m) = OfficialKey::parse(&self.body.key) {
            e.add("body.key", m);
        }
        code::<BodyKind>(&mut e, "body.kind", &self.body.kind);
        self.validate_people(&mut e);
        self.validate_concepts(&mut e);
        self.validate_council(&mut e);
        self.validate_references(&mut e);
        alignment::validate(&self.alignment_notes, &self.body.key, &mut e);
        let kreise = teilhabe_stats::regions::regions();
        for (i, k) in self.peer_group.iter().enumerate() {
            if kreise
                .get(k)
                .is_none_or(|r| r.level != teilhabe_stats::regions::Level::Kreis)
            {
                e.add(format!("peer_group[{i}]"), format!("„{k}“ ist kein Kreis."));
            }
        }
        e.into_result(())
    }

    /// Organisations, persons and memberships, and the numbering of every list.
    fn validate_people(&self, e: &mut FieldErrors) {
        let (orgs, persons) = (self.organizations.len(), self.persons.len());
        check_ids(e, "organizations", self.organizations.iter().map(|o| o.id));
        check_ids(e, "persons", self.persons.iter().map(|p| p.id));
        check_ids(e, "target_groups", self.target_groups.iter().map(|t| t.id));
        check_ids(e, "concepts", self.concepts.iter().map(|c| c.id));
        for (i, o) in self.organizations.iter().enumerate() {
            let at = format!("organizations[{i}]");
            code::<OrganizationKind>(e, &format!("{at}.kind"), &o.kind);
            if let Some(c) = &o.classification {
                code::<ActorClass>(e, &format!("{at}.classification"), c);
            }
            date(e, &format!("{at}.start_date"), &o.start_date);
            date(e, &format!("{at}.end_date"), &o.end_date);
        }
        for (i, p) in self.persons.iter().enumerate() {
            reference(
                e,
                &format!("persons[{i}].organization"),
                p.organization,
                orgs,
            );
        }
        for (i, m) in self.memberships.iter().enumerate() {
            let at = format!("memberships[{i}]");
            reference(e, &format!("{at}.person"), Some(m.person), persons);
            reference(e, &format!("{at}.organization"), Some(m.organization), orgs);
            date(e, &format!("{at}.start_date"), &m.start_date);
            date(e, &format!("{at}.end_date"), &m.end_date);
        }
    }

    /// The concepts down to each measure's budget lines and reports.
    fn validate_concepts(&self, e: &mut FieldErrors) {
        let (orgs, persons, groups) = (
            self.organizations.len(),
            self.persons.len(),
            self.target_groups.len(),
        );
        for (ci, c) in self.concepts.iter().enumerate() {
            let at = format!("concepts[{ci}]");
            code::<ConceptKind>(e, &format!("{at}.kind"), &c.kind);
            code::<ConceptStatus>(e, &format!("{at}.status"), &c.status);
            date(e, &format!("{at}.adopted_on"), &c.adopted_on);
            date(e, &format!("{at}.consultation_from"), &c.consultation_from);
            date(
                e,
                &format!("{at}.consultation_until"),
                &c.consultation_until,
            );
            reference(
                e,
                &format!("{at}.supersedes"),
                c.supersedes,
                self.concepts.len(),
            );
            check_translations(e, &at, "concepts", &c.translations);
            for (pi, p) in c.principles.iter().enumerate() {
                let at = format!("{at}.principles[{pi}]");
                check_translations(e, &at, "principles", &p.translations);
            }
            for (fi, f) in c.fields_of_action.iter().enumerate() {
                let field_at = format!("{at}.fields_of_action[{fi}]");
                check_translations(e, &field_at, "fields_of_action", &f.translations);
                for (gi, g) in f.goals.iter().enumerate() {
                    let goal_at = format!("{field_at}.goals[{gi}]");
                    check_translations(e, &goal_at, "goals", &g.translations);
                    for (mi, m) in g.measures.iter().enumerate() {
                        let at = format!("{at}.fields_of_action[{fi}].goals[{gi}].measures[{mi}]");
                        check_translations(e, &at, "measures", &m.translations);
                        reference(
                            e,
                            &format!("{at}.lead_organization"),
                            Some(m.lead_organization),
                            orgs,
                        );
                        for p in &m.partners {
                            reference(e, &format!("{at}.partners"), Some(*p), orgs);
                        }
                        for t in &m.target_groups {
                            reference(e, &format!("{at}.target_groups"), Some(*t), groups);
                        }
                        reference(
                            e,
                            &format!("{at}.contact_person"),
                            m.contact_person,
                            persons,
                        );
                        code::<Scope>(e, &format!("{at}.scope"), &m.scope);
                        code::<Priority>(e, &format!("{at}.priority"), &m.priority);
                        code::<MeasureStatus>(e, &format!("{at}.status"), &m.status);
                        percent(e, &format!("{at}.progress"), m.progress);
                        let interval = format!("{at}.report_interval_months");
                        controlling::check_interval(e, &interval, m.report_interval_months);
                        date(e, &format!("{at}.start_date"), &m.start_date);
                        date(e, &format!("{at}.end_date"), &m.end_date);
                        if let (Some(s), Some(x)) = (&m.start_date, &m.end_date)
                            && x < s
                        {
                            e.add(format!("{at}.end_date"), "Das Ende liegt vor dem Beginn.");
                        }
                        for (bi, b) in m.budget_lines.iter().enumerate() {
                            if b.amount_cents < 0 {
                                e.add(
                                    format!("{at}.budget_lines[{bi}].amount_cents"),
                                    "Der Betrag darf nicht negativ sein.",
                                );
                            }
                            reference(
                                e,
                                &format!("{at}.budget_lines[{bi}].programme"),
                                b.programme,
                                self.programmes.len(),
                            );
                            if b.staff_hundredths.is_some_and(|s| s < 0) {
                                e.add(
                                    format!("{at}.budget_lines[{bi}].staff_hundredths"),
                                    "Das Personal darf nicht negativ sein.",
                                );
                            }
                        }
                        for (ri, r) in m.progress_reports.iter().enumerate() {
                            let at = format!("{at}.progress_reports[{ri}]");
                            date(
                                e,
                                &format!("{at}.reported_on"),
                                &Some(r.reported_on.clone()),
                            );
                            code::<MeasureStatus>(e, &format!("{at}.status"), &r.status);
                            percent(e, &format!("{at}.progress"), r.progress);
                            reference(
                                e,
                                &format!("{at}.reporter_organization"),
                                r.reporter_organization,
                                orgs,
                            );
                        }
                        impact::check(e, &at, m);
                    }
                }
            }
        }
    }

    /// Meetings, agenda items, papers and their consultations.
    fn validate_council(&self, e: &mut FieldErrors) {
        let (orgs, persons) = (self.organizations.len(), self.persons.len());
        let measure_count: usize = self
            .concepts
            .iter()
            .flat_map(|c| &c.fields_of_action)
            .flat_map(|f| &f.goals)
            .map(|g| g.measures.len())
            .sum();
        controlling::validate(self, measure_count, e);
        revision::validate(self, e);
        comments::validate(self, e);
        funding::validate(self, e);
        resolutions::validate(self, measure_count, e);
        let items: usize = self.meetings.iter().map(|m| m.agenda_items.len()).sum();
        check_ids(e, "locations", self.locations.iter().map(|l| l.id));
        check_ids(e, "meetings", self.meetings.iter().map(|m| m.id));
        check_ids(e, "papers", self.papers.iter().map(|p| p.id));
        check_ids(
            e,
            "agenda_items",
            self.meetings
                .iter()
                .flat_map(|m| &m.agenda_items)
                .map(|i| i.id),
        );
        for (mi, m) in self.meetings.iter().enumerate() {
            let at = format!("meetings[{mi}]");
            code::<MeetingState>(e, &format!("{at}.state"), &m.state);
            if LocalDateTime::parse(&m.start_at).is_err() {
                e.add(
                    format!("{at}.start_at"),
                    format!("„{}“ ist kein Zeitpunkt.", m.start_at),
                );
            }
            reference(
                e,
                &format!("{at}.location"),
                m.location,
                self.locations.len(),
            );
            for o in &m.organizations {
                reference(e, &format!("{at}.organizations"), Some(*o), orgs);
            }
            for (ii, i) in m.agenda_items.iter().enumerate() {
                reference(
                    e,
                    &format!("{at}.agenda_items[{ii}].paper"),
                    i.paper,
                    self.papers.len(),
                );
            }
        }
        for (pi, p) in self.papers.iter().enumerate() {
            let at = format!("papers[{pi}]");
            code::<PaperType>(e, &format!("{at}.paper_type"), &p.paper_type);
            date(e, &format!("{at}.date"), &p.date);
            reference(
                e,
                &format!("{at}.submitter_person"),
                p.submitter_person,
                persons,
            );
            reference(
                e,
                &format!("{at}.submitter_organization"),
                p.submitter_organization,
                orgs,
            );
            reference(
                e,
                &format!("{at}.lead_organization"),
                p.lead_organization,
                orgs,
            );
            reference(e, &format!("{at}.concept"), p.concept, self.concepts.len());
            for m in &p.measures {
                reference(e, &format!("{at}.measures"), Some(*m), measure_count);
            }
            for (ci, c) in p.consultations.iter().enumerate() {
                let at = format!("{at}.consultations[{ci}]");
                consultation_role(e, &format!("{at}.role"), &c.role);
                reference(e, &format!("{at}.organization"), Some(c.organization), orgs);
                reference(e, &format!("{at}.meeting"), c.meeting, self.meetings.len());
                reference(e, &format!("{at}.agenda_item"), c.agenda_item, items);
            }
        }
    }

    /// Goal targets, indicators, translations, terms, files and reporting cycles.
    fn validate_references(&self, e: &mut FieldErrors) {
        let orgs = self.organizations.len();
        for (ci, c) in self.concepts.iter().enumerate() {
            for (fi, f) in c.fields_of_action.iter().enumerate() {
                for (gi, g) in f.goals.iter().enumerate() {
                    if let Some(t) = &g.target
                        && !self.indicators.iter().any(|i| i.code == t.indicator)
                    {
                        e.add(
                            format!(
                                "concepts[{ci}].fields_of_action[{fi}].goals[{gi}].target.indicator"
                            ),
                            format!(
                                "Den Indikator „{}“ gibt es in dieser Datei nicht.",
                                t.indicator
                            ),
                        );
                    }
                }
            }
        }
        for (i, ind) in self.indicators.iter().enumerate() {
            if let Err(m) = crate::indicators::check_formula(&ind.formula) {
                e.add(format!("indicators[{i}].formula"), m);
            }
            let at = format!("indicators[{i}]");
            check_translations(e, &at, "indicators", &ind.translations);
        }
        for (mi, m) in self.meetings.iter().enumerate() {
            let at = format!("meetings[{mi}]");
            check_translations(e, &at, "meetings", &m.translations);
            for (ii, i) in m.agenda_items.iter().enumerate() {
                let at = format!("{at}.agenda_items[{ii}]");
                check_translations(e, &at, "agenda_items", &i.translations);
            }
        }
        for (pi, p) in self.papers.iter().enumerate() {
            check_translations(e, &format!("papers[{pi}]"), "papers", &p.translations);
        }
        for (pi, p) in self.processes.iter().enumerate() {
            let at = format!("processes[{pi}]");
            check_translations(e, &at, "participation_processes", &p.translations);
            for (ei, ev) in p.events.iter().enumerate() {
                let at = format!("{at}.events[{ei}]");
                check_translations(e, &at, "participation_events", &ev.translations);
                for (ci, c) in ev.contributions.iter().enumerate() {
                    let at = format!("{at}.contributions[{ci}]");
                    check_translations(e, &at, "contributions", &c.translations);
                }
            }
        }
        for (i, t) in self.legislative_terms.iter().enumerate() {
            date(
                e,
                &format!("legislative_terms[{i}].start_date"),
                &t.start_date,
            );
            date(e, &format!("legislative_terms[{i}].end_date"), &t.end_date);
        }
        for (i, f) in self.files.iter().enumerate() {
            reference(e, &format!("files[{i}].paper"), f.paper, self.papers.len());
            reference(
                e,
                &format!("files[{i}].meeting"),
                f.meeting,
                self.meetings.len(),
            );
            let items = self.meetings.iter().map(|m| m.agenda_items.len()).sum();
            reference(e, &format!("files[{i}].agenda_item"), f.agenda_item, items);
            if let Some(r) = &f.role
                && teilhabe_domain::FileRole::from_code(r).is_none()
            {
                e.add(
                    format!("files[{i}].role"),
                    format!("„{r}“ ist keine bekannte Rolle einer Datei."),
                );
            }
            match f.bytes() {
                Err(m) => e.add(
                    format!("files[{i}].data_base64"),
                    format!("„{}“: {m}.", f.file_name),
                ),
                // The checks of an upload and of the OParl import: a dump is a way in too.
                Ok(bytes) => check_file(e, &format!("files[{i}]"), f, &bytes),
            }
        }
        for (i, c) in self.reporting_cycles.iter().enumerate() {
            let at = format!("reporting_cycles[{i}]");
            reference(e, &format!("{at}.organization"), Some(c.organization), orgs);
            reference(e, &format!("{at}.concept"), c.concept, self.concepts.len());
            reference(
                e,
                &format!("{at}.requested_by_paper"),
                c.requested_by_paper,
                self.papers.len(),
            );
            date(e, &format!("{at}.next_due"), &Some(c.next_due.clone()));
            if !(1..=60).contains(&c.interval_months) {
                e.add(
                    format!("{at}.interval_months"),
                    "Zwischen 1 und 60 Monaten.",
                );
            }
        }
    }
}

/// Maps database ids to dump-local numbers.
fn numbering(ids: impl Iterator<Item = i64>) -> HashMap<i64, usize> {
    ids.enumerate().map(|(i, id)| (id, i + 1)).collect()
}
