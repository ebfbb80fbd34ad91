//! The coordinator's work queue, on the administration's start page: what needs doing now,
//! each line linking to where it is done — open reporting rounds, reports waiting for
//! approval, reports overdue by
//! organisation, milestones late, tracked resolutions whose deadline passed or whose
//! resubmission date came, funding programmes ending without follow-up or with a proof of
//! use due, mails that could not be delivered. (The committee reports due come from the
//! council's reporting cycles and are shown beside it.)

use super::reporting_rows;
use crate::kit::error::HtmlError;
use crate::kit::state::AppState;
use std::collections::{BTreeMap, HashMap};
use teilhabe_domain::Date;
use teilhabe_domain::controlling::Due;
use teilhabe_store::Body;
use teilhabe_store::controlling::rounds::RoundSummary;
use teilhabe_store::outbox::FailedMail;

/// Overdue reports of one organisation of one body.
pub struct LateOrganization {
    pub body_id: i64,
    pub body: String,
    pub organization: String,
    /// `(measure id, title, due since)`, the longest overdue first.
    pub measures: Vec<(i64, String, String)>,
}

/// A late milestone with its measure and body.
pub struct LateMilestoneRow {
    pub id: i64,
    pub title: String,
    pub due_on: String,
    pub measure: String,
    pub body: String,
}

pub struct WorkQueue {
    /// The open reporting rounds, earliest deadline first, with the body's name.
    pub rounds: Vec<(RoundSummary, String)>,
    /// Reports waiting for approval: `(body id, body, how many)`.
    pub waiting: Vec<(i64, String, usize)>,
    pub late_reports: Vec<LateOrganization>,
    pub late_milestones: Vec<LateMilestoneRow>,
    pub resolutions: Vec<crate::resolutions::Due>,
    /// Funding programmes ending without follow-up, proofs of use due or overdue.
    pub funding: Vec<crate::funding::Due>,
    pub failed_mails: Vec<FailedMail>,
    /// Comments of an online consultation waiting for moderation: `(concept id, concept
    /// title, how many)`.
    pub comments: Vec<(i64, String, i64)>,
}

impl WorkQueue {
    pub fn is_empty(&self) -> bool {
        self.rounds.is_empty()
            && self.waiting.is_empty()
            && self.late_reports.is_empty()
            && self.late_milestones.is_empty()
            && self.resolutions.is_empty()
            && self.funding.is_empty()
            && self.failed_mails.is_empty()
            && self.comments.is_empty()
    }
}

/// The work queue over `bodies` (those the person manages); `server`: a server
/// administrator, who also sees mails that belong to no body.
pub async fn work_queue(
    app: &AppState,
    bodies: &[Body],
    server: bool,
) -> Result<WorkQueue, HtmlError> {
    let ids: Vec<i64> = bodies.iter().map(|b| b.id).collect();
    let names: HashMap<i64, &str> = bodies.iter().map(|b| (b.id, b.name.as_str())).collect();
    let today = Date::today();
    let measures = app.store.reporting_of_bodies(&ids).await?;
    let titles: HashMap<i64, (i64, String)> = measures
        .iter()
        .map(|m| (m.measure_id, (m.body_id, m.title.clone())))
        .collect();
    let mut organizations: HashMap<i64, String> = HashMap::new();
    for b in bodies {
        organizations.extend(app.store.organization_names(b.id).await?);
    }
    let mut late: BTreeMap<(String, String), LateOrganization> = BTreeMap::new();
    for row in reporting_rows(measures, today) {
        let Some(o) = row.obligation.filter(|o| o.due == Due::Overdue) else {
            continue;
        };
        let m = row.measure;
        let organization = organizations
            .get(&m.lead_organization_id)
            .cloned()
            .unwrap_or_default();
        let body = names
            .get(&m.body_id)
            .copied()
            .unwrap_or_default()
            .to_owned();
        late.entry((body.clone(), organization.clone()))
            .or_insert_with(|| LateOrganization {
                body_id: m.body_id,
                body,
                organization,
                measures: Vec::new(),
            })
            .measures
            .push((m.measure_id, m.title, o.next_due.german()));
    }
    let late_milestones = app
        .store
        .late_milestones_of_bodies(&ids, &today.iso())
        .await?
        .into_iter()
        .map(|s| {
            let (body_id, measure) = titles.get(&s.measure_id).cloned().unwrap_or_default();
            LateMilestoneRow {
                id: s.id,
                title: s.title,
                due_on: Date::parse(&s.due_on).map_or(s.due_on, |d| d.german()),
                measure,
                body: names.get(&body_id).copied().unwrap_or_default().to_owned(),
            }
        })
        .collect();
    let failed_mails = app
        .store
        .failed_mails((!server).then_some(&ids[..]))
        .await?;
    let rounds = app
        .store
        .open_round_summaries(&ids, today)
        .await?
        .into_iter()
        .map(|r| {
            let body = names.get(&r.round.body_id).copied().unwrap_or_default();
            (r, body.to_owned())
        })
        .collect();
    let mut waiting: BTreeMap<(String, i64), usize> = BTreeMap::new();
    for w in app.store.reports_waiting(&ids).await? {
        let body = names
            .get(&w.body_id)
            .copied()
            .unwrap_or_default()
            .to_owned();
        *waiting.entry((body, w.body_id)).or_default() += 1;
    }
    let comments = app
        .store
        .pending_comment_counts(Some(&ids))
        .await?
        .into_iter()
        .map(|(concept, title, label, n)| (concept, format!("{title} ({label})"), n))
        .collect();
    Ok(WorkQueue {
        comments,
        rounds,
        waiting: waiting
            .into_iter()
            .map(|((body, id), n)| (id, body, n))
            .collect(),
        late_reports: late.into_values().collect(),
        late_milestones,
        resolutions: crate::resolutions::due(app, bodies, today).await?,
        funding: crate::funding::due(app, bodies, today).await?,
        failed_mails,
    })
}
