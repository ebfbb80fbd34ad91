//! Controlling in the dump: the body's default reporting interval, the measures'
//! milestones (by measure number, in the order the dump lists the measures) and the
//! reporting rounds (by concept number). A measure's own interval is a field of the
//! measure. The rounds' links are not written: they are keys to this installation, and a
//! moved body's organisations get new ones by mail.

use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};

use super::Dump;
use crate::{Result, Store};
use teilhabe_domain::Coded;
use teilhabe_domain::FieldErrors;
use teilhabe_domain::controlling::{ReportInterval, ReviewState};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpControlling {
    /// The body's default reporting interval in months (3, 6, 12); none: yearly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_interval_months: Option<i64>,
    /// Actors' reports wait for approval.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approval: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<DumpMilestone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<DumpRound>,
}

impl DumpControlling {
    pub fn is_empty(&self) -> bool {
        self.report_interval_months.is_none()
            && !self.approval
            && self.milestones.is_empty()
            && self.rounds.is_empty()
    }
}

/// A reporting round; which reports answered it follows from their dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpRound {
    /// The concept version, by its number in the dump.
    pub concept: usize,
    pub title: String,
    pub message: String,
    pub started_on: String,
    pub deadline: String,
    pub closes_on: String,
    pub remind_before_days: i64,
    pub remind_after_days: i64,
    pub closed_at: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpMilestone {
    /// The measure, by its number in the dump.
    pub measure: usize,
    pub title: String,
    pub due_on: String,
    pub done_on: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

/// A report's review state where the dump leaves it out: approved.
pub(super) fn approved() -> String {
    "approved".to_owned()
}

#[allow(clippy::ptr_arg)] // serde's `skip_serializing_if` passes `&String`
pub(super) fn is_approved(state: &String) -> bool {
    state == "approved"
}

/// Rows of the body's controlling, children first (for `--replace`).
pub(super) const DELETE: [&str; 5] = [
    "DELETE FROM round_links WHERE round_id IN (SELECT id FROM reporting_rounds WHERE body_id = $1)",
    "UPDATE progress_reports SET round_id = NULL WHERE round_id IN (SELECT id FROM reporting_rounds WHERE body_id = $1)",
    "DELETE FROM reporting_rounds WHERE body_id = $1",
    "DELETE FROM milestones WHERE measure_id IN (SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $1)",
    "DELETE FROM controlling_settings WHERE body_id = $1",
];

/// A reporting interval, where one is given, must be 3, 6 or 12 months.
pub(super) fn check_interval(e: &mut FieldErrors, at: &str, months: Option<i64>) {
    if let Some(m) = months
        && ReportInterval::from_months(m).is_none()
    {
        e.add(
            at,
            format!("Ein Berichtsintervall hat 3, 6 oder 12 Monate, nicht {m}."),
        );
    }
}

pub(super) fn validate(dump: &Dump, measure_count: usize, e: &mut FieldErrors) {
    for (ci, c) in dump.concepts.iter().enumerate() {
        for (fi, f) in c.fields_of_action.iter().enumerate() {
            for (gi, g) in f.goals.iter().enumerate() {
                for (mi, m) in g.measures.iter().enumerate() {
                    for (ri, r) in m.progress_reports.iter().enumerate() {
                        if ReviewState::from_code(&r.review_state).is_none() {
                            e.add(
                                format!("concepts[{ci}].fields_of_action[{fi}].goals[{gi}].measures[{mi}].progress_reports[{ri}].review_state"),
                                format!("„{}“ ist kein Stand der Freigabe (submitted, approved, returned).", r.review_state),
                            );
                        }
                    }
                }
            }
        }
    }
    for (i, r) in dump.controlling.rounds.iter().enumerate() {
        let at = format!("controlling.rounds[{i}]");
        super::reference(
            e,
            &format!("{at}.concept"),
            Some(r.concept),
            dump.concepts.len(),
        );
        if r.title.trim().is_empty() {
            e.add(
                format!("{at}.title"),
                "Eine Berichtsabfrage braucht eine Bezeichnung.",
            );
        }
        for (field, value) in [
            ("started_on", &r.started_on),
            ("deadline", &r.deadline),
            ("closes_on", &r.closes_on),
        ] {
            super::date(e, &format!("{at}.{field}"), &Some(value.clone()));
        }
        if r.closes_on < r.deadline {
            e.add(
                format!("{at}.closes_on"),
                "Die Links müssen mindestens bis zur Frist gelten.",
            );
        }
        for (field, days) in [
            ("remind_before_days", r.remind_before_days),
            ("remind_after_days", r.remind_after_days),
        ] {
            if !(0..=60).contains(&days) {
                e.add(format!("{at}.{field}"), "Erinnerungen: 0 bis 60 Tage.");
            }
        }
    }
    let c = &dump.controlling;
    check_interval(
        e,
        "controlling.report_interval_months",
        c.report_interval_months,
    );
    for (i, m) in c.milestones.iter().enumerate() {
        let at = format!("controlling.milestones[{i}]");
        super::reference(e, &format!("{at}.measure"), Some(m.measure), measure_count);
        if m.title.trim().is_empty() {
            e.add(
                format!("{at}.title"),
                "Ein Meilenstein braucht eine Bezeichnung.",
            );
        }
        super::date(e, &format!("{at}.due_on"), &Some(m.due_on.clone()));
        super::date(e, &format!("{at}.done_on"), &m.done_on);
    }
}

impl Store {
    /// The body's controlling for its dump; `measure_no` numbers the measures as written.
    pub(super) async fn dump_controlling(
        &self,
        body_id: i64,
        concept_no: &std::collections::HashMap<i64, usize>,
        measure_no: &std::collections::HashMap<i64, usize>,
    ) -> Result<DumpControlling> {
        let settings = self.controlling_settings(body_id).await?;
        let mut milestones = Vec::new();
        let mut measures: Vec<(usize, i64)> = measure_no.iter().map(|(id, n)| (*n, *id)).collect();
        measures.sort_unstable();
        for (n, id) in measures {
            for s in self.milestones(id).await? {
                milestones.push(DumpMilestone {
                    measure: n,
                    title: s.title,
                    due_on: s.due_on,
                    done_on: s.done_on,
                    created_at: s.created_at,
                    modified_at: s.modified_at,
                });
            }
        }
        let mut rounds: Vec<DumpRound> = Vec::new();
        for r in self.rounds(body_id).await?.into_iter().rev() {
            let Some(concept) = concept_no.get(&r.concept_id) else {
                continue;
            };
            rounds.push(DumpRound {
                concept: *concept,
                title: r.title,
                message: r.message,
                started_on: r.started_on,
                deadline: r.deadline,
                closes_on: r.closes_on,
                remind_before_days: r.remind_before_days,
                remind_after_days: r.remind_after_days,
                closed_at: r.closed_at,
                created_at: r.created_at,
                modified_at: r.modified_at,
            });
        }
        Ok(DumpControlling {
            report_interval_months: settings.report_interval.map(|i| i64::from(i.months())),
            approval: settings.approval,
            milestones,
            rounds,
        })
    }
}

/// Stores the dump's controlling; `measures` maps measure numbers to new ids.
pub(super) async fn import_controlling(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    c: &DumpControlling,
    concepts: &[i64],
    measures: &[i64],
) -> Result<()> {
    for r in &c.rounds {
        sqlx::query(
            "INSERT INTO reporting_rounds (body_id, concept_id, title, message, started_on, deadline, closes_on, \
             remind_before_days, remind_after_days, closed_at, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(body_id)
        .bind(concepts[r.concept])
        .bind(&r.title)
        .bind(&r.message)
        .bind(&r.started_on)
        .bind(&r.deadline)
        .bind(&r.closes_on)
        .bind(r.remind_before_days)
        .bind(r.remind_after_days)
        .bind(&r.closed_at)
        .bind(&r.created_at)
        .bind(&r.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    if c.report_interval_months.is_some() || c.approval {
        sqlx::query(
            "INSERT INTO controlling_settings (body_id, report_interval_months, approval, created_at, modified_at) \
             VALUES ($1, $2, $4, $3, $3)",
        )
        .bind(body_id)
        .bind(c.report_interval_months)
        .bind(crate::db::now())
        .bind(i64::from(c.approval))
        .execute(&mut **tx)
        .await?;
    }
    for m in &c.milestones {
        sqlx::query(
            "INSERT INTO milestones (measure_id, title, due_on, done_on, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(measures[m.measure])
        .bind(&m.title)
        .bind(&m.due_on)
        .bind(&m.done_on)
        .bind(&m.created_at)
        .bind(&m.modified_at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
