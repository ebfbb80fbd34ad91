//! Controlling: the reporting obligations that make the concept drive the work — how often
//! each measure reports and whether its report is due or late — the measures' milestones,
//! the reporting rounds that ask the organisations for their reports by mail, the reminders,
//! and the coordinator's work queue; in the administration, the API and an organisation's
//! link pages.

mod admin;
mod admin_reviews;
mod admin_rounds;
mod api;
mod link;

pub mod notify;
mod queue;

pub use crate::kit::mails::{Letter, date as mail_date};
pub use queue::{WorkQueue, work_queue};

use crate::kit::state::AppState;
use axum::Router;
use teilhabe_domain::Date;
use teilhabe_domain::controlling::{Obligation, obligation};
use teilhabe_store::controlling::MeasureReporting;

pub fn router() -> Router<AppState> {
    Router::new()
        .nest(
            "/admin",
            admin::router()
                .merge(admin_rounds::router())
                .merge(admin_reviews::router()),
        )
        .nest("/api", api::router())
        .merge(link::router())
}

/// A measure's reporting obligation on `today`, as one list row.
pub struct ReportingRow {
    pub measure: MeasureReporting,
    pub obligation: Option<Obligation>,
}

/// The obligations of `measures` on `today`: late first, then due, then by date.
pub fn reporting_rows(measures: Vec<MeasureReporting>, today: Date) -> Vec<ReportingRow> {
    let mut rows: Vec<ReportingRow> = measures
        .into_iter()
        .map(|m| ReportingRow {
            obligation: obligation(&m.facts, today),
            measure: m,
        })
        .collect();
    rows.sort_by_key(|r| {
        (
            std::cmp::Reverse(r.obligation.map(|o| o.due)),
            r.obligation.map(|o| o.next_due),
        )
    });
    rows
}
