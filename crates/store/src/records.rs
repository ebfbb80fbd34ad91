//! Records as stored, with ids and timestamps. Codes stay codes; the web layer adds labels.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Body {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Organization {
    pub id: i64,
    pub body_id: i64,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub classification: Option<String>,
    pub website: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    /// Soft-deleted (by an OParl source); hidden everywhere but in OParl with
    /// `modified_since` and in dumps.
    #[serde(skip)]
    pub deleted: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Person {
    pub id: i64,
    pub body_id: i64,
    pub name: String,
    pub role_title: Option<String>,
    pub organization_id: Option<i64>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    #[serde(skip)]
    pub deleted: i64,
    /// The day the person's data was erased (the row stays for the records naming it).
    #[serde(skip)]
    pub erased_on: Option<String>,
    #[sqlx(try_from = "i64")]
    pub public: Flag,
}

/// A person's seat in an organisation (a committee member, its chair, an advisory member).
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Membership {
    pub id: i64,
    pub person_id: i64,
    pub organization_id: i64,
    pub role: Option<String>,
    pub voting_right: i64,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub deleted: i64,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct TargetGroup {
    pub id: i64,
    pub body_id: i64,
    pub name: String,
    pub description: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Concept {
    pub id: i64,
    pub body_id: i64,
    pub title: String,
    pub kind: String,
    pub version_label: String,
    pub status: String,
    pub adopted_on: Option<String>,
    pub summary: Option<String>,
    pub paper_reference: Option<String>,
    pub supersedes_id: Option<i64>,
    /// While it is open for the public's comments: the first and last day (ISO).
    pub consultation_from: Option<String>,
    pub consultation_until: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Principle {
    pub id: i64,
    pub concept_id: i64,
    pub position: i64,
    pub title: String,
    pub text: Option<String>,
    /// The item of the version this one was made from that it continues.
    pub carried_from_id: Option<i64>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct FieldOfAction {
    pub id: i64,
    pub concept_id: i64,
    pub position: i64,
    pub title: String,
    pub description: Option<String>,
    /// The item of the version this one was made from that it continues.
    pub carried_from_id: Option<i64>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Goal {
    pub id: i64,
    pub field_id: i64,
    pub position: i64,
    pub title: String,
    pub description: Option<String>,
    pub target_note: Option<String>,
    /// The item of the version this one was made from that it continues.
    pub carried_from_id: Option<i64>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Measure {
    pub id: i64,
    pub goal_id: i64,
    pub position: i64,
    pub code: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub lead_organization_id: i64,
    pub contact_person_id: Option<i64>,
    pub scope: String,
    pub scope_detail: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub priority: String,
    pub status: String,
    pub progress: i64,
    #[sqlx(try_from = "i64")]
    pub public: Flag,
    /// Its own reporting interval in months (3, 6, 12); None: its concept's or body's.
    pub report_interval_months: Option<i64>,
    /// The item of the version this one was made from that it continues.
    pub carried_from_id: Option<i64>,
    pub created_at: String,
    pub modified_at: String,
    #[sqlx(skip)]
    pub partner_ids: Vec<i64>,
    #[sqlx(skip)]
    pub target_group_ids: Vec<i64>,
    #[sqlx(skip)]
    pub budget_lines: Vec<BudgetLine>,
}

/// A boolean stored as 0/1 so that both backends read it the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flag(pub bool);

impl From<i64> for Flag {
    fn from(v: i64) -> Self {
        Flag(v != 0)
    }
}

impl Serialize for Flag {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bool(self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct BudgetLine {
    #[serde(skip)]
    pub id: i64,
    #[serde(skip)]
    pub measure_id: i64,
    pub year: i64,
    pub amount_cents: i64,
    pub funding_source: Option<String>,
    /// The funding programme that pays it.
    pub programme_id: Option<i64>,
    pub own_share_cents: Option<i64>,
    /// Staff in full-time equivalents it pays for, in hundredths.
    pub staff_hundredths: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct ProgressReport {
    pub id: i64,
    pub measure_id: i64,
    pub reported_on: String,
    pub status: String,
    pub progress: i64,
    pub narrative: String,
    pub spent_cents: Option<i64>,
    pub reporter_organization_id: Option<i64>,
    pub created_at: String,
    /// `approved`, or (where the body asks for approval) `submitted` or `returned`.
    pub review_state: String,
    /// Why a coordinator returned it (only for those who filed or review it).
    #[serde(skip)]
    pub review_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Location {
    pub id: i64,
    pub body_id: i64,
    pub description: Option<String>,
    pub room: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

impl Location {
    /// Room, street, postcode and town in one line.
    pub fn one_line(&self) -> String {
        let town = [self.postal_code.as_deref(), self.locality.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        [
            self.room.as_deref(),
            self.description.as_deref(),
            self.street_address.as_deref(),
            Some(town.as_str()),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Meeting {
    pub id: i64,
    pub body_id: i64,
    pub name: String,
    pub state: String,
    #[sqlx(try_from = "i64")]
    pub cancelled: Flag,
    pub start_at: String,
    pub end_at: Option<String>,
    pub location_id: Option<i64>,
    pub note: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    #[sqlx(skip)]
    pub organization_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct AgendaItem {
    pub id: i64,
    pub meeting_id: i64,
    pub position: i64,
    pub number: Option<String>,
    pub name: String,
    #[sqlx(try_from = "i64")]
    pub public: Flag,
    pub paper_id: Option<i64>,
    pub result: Option<String>,
    pub resolution_text: Option<String>,
    pub votes_yes: Option<i64>,
    pub votes_no: Option<i64>,
    pub votes_abstain: Option<i64>,
    pub votes_conflicted: Option<i64>,
    #[sqlx(try_from = "i64")]
    pub votes_unanimous: Flag,
    pub minutes: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

impl AgendaItem {
    pub fn votes(&self) -> teilhabe_domain::council::Votes {
        let n = |v: Option<i64>| v.and_then(|x| u32::try_from(x).ok());
        teilhabe_domain::council::Votes {
            yes: n(self.votes_yes),
            no: n(self.votes_no),
            abstain: n(self.votes_abstain),
            conflicted: n(self.votes_conflicted),
            declared_unanimous: self.votes_unanimous.0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Paper {
    pub id: i64,
    pub body_id: i64,
    pub reference: String,
    pub name: String,
    pub paper_type: String,
    pub date: Option<String>,
    pub proposal: Option<String>,
    pub reasoning: Option<String>,
    pub submitter_person_id: Option<i64>,
    pub submitter_organization_id: Option<i64>,
    pub lead_organization_id: Option<i64>,
    pub editor: Option<String>,
    pub concept_id: Option<i64>,
    #[sqlx(try_from = "i64")]
    pub public: Flag,
    pub finance_note: Option<String>,
    pub finance_total_cents: Option<i64>,
    pub finance_revenue_cents: Option<i64>,
    pub finance_own_share_cents: Option<i64>,
    pub finance_grants_cents: Option<i64>,
    pub finance_budget_year: Option<i64>,
    #[sqlx(try_from = "i64")]
    pub finance_overplanned: Flag,
    #[sqlx(try_from = "i64")]
    pub finance_unplanned: Flag,
    pub finance_budget_line: Option<String>,
    pub created_at: String,
    pub modified_at: String,
    #[sqlx(skip)]
    pub measure_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Consultation {
    pub id: i64,
    pub paper_id: i64,
    pub position: i64,
    pub organization_id: i64,
    pub meeting_id: Option<i64>,
    pub agenda_item_id: Option<i64>,
    pub role: String,
    #[sqlx(try_from = "i64")]
    pub authoritative: Flag,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct ReportingCycle {
    pub id: i64,
    pub body_id: i64,
    pub organization_id: i64,
    pub concept_id: Option<i64>,
    pub title: String,
    pub interval_months: i64,
    pub next_due: String,
    pub requested_by_paper_id: Option<i64>,
    pub created_at: String,
    pub modified_at: String,
}

/// A stored document's description; the bytes are read separately.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct StoredFile {
    pub id: i64,
    pub body_id: i64,
    pub paper_id: Option<i64>,
    pub meeting_id: Option<i64>,
    /// The agenda item whose resolution or auxiliary file it is (then `meeting_id` is the
    /// item's meeting).
    pub agenda_item_id: Option<i64>,
    /// What it is to its meeting, agenda item or paper ([`teilhabe_domain::FileRole`]);
    /// `None` for uploads and a paper's auxiliary files.
    pub role: Option<String>,
    /// A participation event the file documents.
    pub event_id: Option<i64>,
    pub name: String,
    pub file_name: String,
    pub mime_type: String,
    pub size: i64,
    pub sha256: String,
    #[sqlx(try_from = "i64")]
    pub public: Flag,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct LegislativeTerm {
    pub id: i64,
    pub body_id: i64,
    pub name: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}
