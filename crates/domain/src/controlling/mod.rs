//! Controlling: the reporting obligations that make the concept drive the work — how often
//! a measure reports, when its next report is due, whether it is due or late; and late
//! milestones.
//!
//! Pure rules, so the administration, the API, the status report, the work queue and the
//! reminder mails all say the same about the same measure on the same day.

pub mod rounds;

use crate::codes::{Coded, MeasureStatus, coded};
use crate::council::add_months;
use crate::input::{FieldErrors, Parser, RawInput};
use crate::values::Date;

coded!(ReportInterval {
    Quarterly = "quarterly": "vierteljährlich",
    HalfYearly = "half_yearly": "halbjährlich",
    Yearly = "yearly": "jährlich",
});

impl ReportInterval {
    pub fn months(self) -> u32 {
        match self {
            Self::Quarterly => 3,
            Self::HalfYearly => 6,
            Self::Yearly => 12,
        }
    }

    /// The interval of a stored month count (3, 6, 12).
    pub fn from_months(months: i64) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|i| i64::from(i.months()) == months)
    }

    /// The interval that holds for a measure: its own, else its body's, else yearly.
    pub fn effective(measure: Option<Self>, body: Option<Self>) -> Self {
        measure.or(body).unwrap_or(Self::Yearly)
    }
}

/// Days before the next report's date from which it counts as due ("fällig").
pub const DUE_NOTICE_DAYS: i64 = 30;

/// Where a measure stands with its reporting on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Due {
    /// Not yet within [`DUE_NOTICE_DAYS`] of the next report's date.
    NotYet,
    /// The date is today or within the notice period.
    Due,
    /// The date has passed without a report.
    Overdue,
}

impl Due {
    /// The word the administration, the API (as its code) and the status report use.
    pub fn code(self) -> &'static str {
        match self {
            Self::NotYet => "not_yet",
            Self::Due => "due",
            Self::Overdue => "overdue",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::NotYet => "nicht fällig",
            Self::Due => "fällig",
            Self::Overdue => "überfällig",
        }
    }
}

/// A measure's reporting obligation on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Obligation {
    pub interval: ReportInterval,
    pub next_due: Date,
    pub due: Due,
}

/// What the obligation of one measure is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportingFacts {
    pub interval: ReportInterval,
    pub status: MeasureStatus,
    /// The measure's period: no report is owed before it starts or after it ended.
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// The day of its last report (a returned report does not count).
    pub last_report: Option<Date>,
    /// When reporting began if there is no report yet and no start: the day the concept
    /// version was adopted, else the day the measure was recorded.
    pub since: Date,
}

/// The obligation on `today`, or None when the measure owes no report: completed or
/// cancelled, not started, or ended and reported on after its end.
pub fn obligation(facts: &ReportingFacts, today: Date) -> Option<Obligation> {
    if matches!(
        facts.status,
        MeasureStatus::Completed | MeasureStatus::Cancelled
    ) {
        return None;
    }
    if facts.start.is_some_and(|s| s > today) {
        return None;
    }
    let from = facts
        .last_report
        .unwrap_or(facts.start.unwrap_or(facts.since));
    let mut next_due = add_months(from, facts.interval.months());
    // A measure that ended owes one last report (on its end), not a yearly one for ever.
    if let Some(end) = facts.end {
        if facts.last_report.is_some_and(|r| r >= end) {
            return None;
        }
        next_due = next_due.min(end.max(from));
    }
    let due = if next_due < today {
        Due::Overdue
    } else if today.days_until(next_due) <= DUE_NOTICE_DAYS {
        Due::Due
    } else {
        Due::NotYet
    };
    Some(Obligation {
        interval: facts.interval,
        next_due,
        due,
    })
}

/// A body's controlling settings as a form or the API sends them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsDraft {
    /// How often its measures report unless a measure says otherwise; None: yearly.
    pub report_interval: Option<ReportInterval>,
    /// Whether actors' reports wait for a coordinator's approval before they are public.
    pub approval: bool,
}

impl SettingsDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let report_interval = p.optional_code("report_interval");
        let approval = p.flag("approval", false);
        p.finish(Self {
            report_interval,
            approval,
        })
    }
}

/// A milestone of a measure: what should be reached by when, and when it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneDraft {
    pub title: String,
    pub due_on: Date,
    pub done_on: Option<Date>,
}

impl MilestoneDraft {
    pub fn parse(input: &RawInput) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let title = p.required_text("title", "die Bezeichnung des Meilensteins", 300);
        let due_on = p.required_date("due_on", "das Datum, bis zu dem er erreicht sein soll");
        let done_on = p.optional_date("done_on");
        if let Some(done) = done_on
            && done > Date::today()
        {
            p.fail(
                "done_on",
                "Ein Meilenstein kann nicht in der Zukunft erreicht sein.",
            );
        }
        match due_on {
            Some(due_on) => p.finish(Self {
                title,
                due_on,
                done_on,
            }),
            None => Err(p.errors),
        }
    }
}

coded!(ReviewState {
    Submitted = "submitted": "eingereicht, wartet auf Freigabe",
    Approved = "approved": "freigegeben",
    Returned = "returned": "zurückgegeben",
});

/// The reason a coordinator gives when returning a report.
pub fn parse_return_reason(input: &RawInput) -> Result<String, FieldErrors> {
    let mut p = Parser::new(input);
    let reason = p.required_text(
        "reason",
        "den Grund, damit die Organisation nachbessern kann",
        2000,
    );
    p.finish(reason)
}

/// Whether a milestone is late on `today`: its date passed and it is not done.
pub fn milestone_late(due_on: Date, done_on: Option<Date>, today: Date) -> bool {
    done_on.is_none() && due_on < today
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn facts(interval: ReportInterval, last: Option<&str>) -> ReportingFacts {
        ReportingFacts {
            interval,
            status: MeasureStatus::InProgress,
            start: Some(d("2023-01-01")),
            end: None,
            last_report: last.map(d),
            since: d("2022-09-22"),
        }
    }

    #[test]
    fn the_next_report_follows_the_last_by_the_interval() {
        let f = facts(ReportInterval::HalfYearly, Some("2026-03-31"));
        let o = obligation(&f, d("2026-06-01")).unwrap();
        assert_eq!(o.next_due, d("2026-09-30"));
        assert_eq!(o.due, Due::NotYet);
        assert_eq!(obligation(&f, d("2026-08-31")).unwrap().due, Due::Due);
        assert_eq!(obligation(&f, d("2026-09-30")).unwrap().due, Due::Due);
        assert_eq!(obligation(&f, d("2026-10-01")).unwrap().due, Due::Overdue);
        // Without a report, counted from the start.
        let f = facts(ReportInterval::Quarterly, None);
        assert_eq!(
            obligation(&f, d("2023-02-01")).unwrap().next_due,
            d("2023-04-01")
        );
    }

    #[test]
    fn finished_and_future_measures_owe_nothing() {
        let mut f = facts(ReportInterval::Yearly, Some("2025-05-01"));
        f.status = MeasureStatus::Completed;
        assert_eq!(obligation(&f, d("2026-12-01")), None);
        let mut f = facts(ReportInterval::Yearly, None);
        f.start = Some(d("2027-01-01"));
        assert_eq!(obligation(&f, d("2026-12-01")), None);
        // Ended: one last report on the end, then nothing.
        let mut f = facts(ReportInterval::Yearly, Some("2026-01-15"));
        f.end = Some(d("2026-06-30"));
        let o = obligation(&f, d("2026-07-02")).unwrap();
        assert_eq!((o.next_due, o.due), (d("2026-06-30"), Due::Overdue));
        f.last_report = Some(d("2026-07-05"));
        assert_eq!(obligation(&f, d("2026-07-06")), None);
    }

    #[test]
    fn the_interval_comes_from_the_nearest_level() {
        use ReportInterval::*;
        assert_eq!(ReportInterval::effective(None, None), Yearly);
        assert_eq!(
            ReportInterval::effective(None, Some(HalfYearly)),
            HalfYearly
        );
        assert_eq!(
            ReportInterval::effective(Some(Quarterly), Some(HalfYearly)),
            Quarterly
        );
        assert_eq!(ReportInterval::from_months(6), Some(HalfYearly));
        assert_eq!(ReportInterval::from_months(5), None);
    }

    #[test]
    fn a_milestone_needs_a_title_and_a_date() {
        let input = |pairs: &[(&str, &str)]| RawInput::from_pairs(pairs.iter().copied());
        let m = MilestoneDraft::parse(&input(&[
            ("title", "Kursangebot steht"),
            ("due_on", "31.03.2026"),
        ]))
        .unwrap();
        assert_eq!((m.due_on, m.done_on), (d("2026-03-31"), None));
        let e = MilestoneDraft::parse(&input(&[("due_on", "kein Datum")])).unwrap_err();
        assert!(e.get("title").is_some() && e.get("due_on").is_some());
        let e = MilestoneDraft::parse(&input(&[
            ("title", "Zu früh"),
            ("due_on", "2026-01-01"),
            ("done_on", "2999-01-01"),
        ]))
        .unwrap_err();
        assert!(e.get("done_on").is_some());
        let s = SettingsDraft::parse(&input(&[("report_interval", "quarterly")])).unwrap();
        assert_eq!(s.report_interval, Some(ReportInterval::Quarterly));
        assert!(SettingsDraft::parse(&input(&[("report_interval", "monthly")])).is_err());
        assert_eq!(
            SettingsDraft::parse(&input(&[])).unwrap().report_interval,
            None
        );
    }

    #[test]
    fn milestones_are_late_after_their_day() {
        assert!(!milestone_late(d("2026-03-01"), None, d("2026-03-01")));
        assert!(milestone_late(d("2026-03-01"), None, d("2026-03-02")));
        assert!(!milestone_late(
            d("2026-03-01"),
            Some(d("2026-03-05")),
            d("2026-04-01")
        ));
    }
}
