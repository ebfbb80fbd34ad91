//! Approval of progress reports, where a body asks for it: the reports waiting for a
//! coordinator, approving one (it becomes public and, if newest, sets the measure's status)
//! and returning one with a reason (mailed back in the same transaction). Until approved a
//! report is read only here and by those who filed it; every public read in
//! [`crate::measures`] takes approved reports only.

use crate::db::now;
use crate::measures::adopt_if_newest;
use crate::outbox::{NewMail, enqueue_mail_in};
use crate::{ProgressReport, Result, Store, StoreError};
use sqlx::AssertSqlSafe;

/// A report waiting for approval, with what the review page shows beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    pub report: ProgressReport,
    pub body_id: i64,
    pub measure_title: String,
    pub measure_code: Option<String>,
    pub organization: Option<String>,
}

const COLUMNS: &str = "r.id, r.measure_id, r.reported_on, r.status, r.progress, r.narrative, r.spent_cents, \
     r.reporter_organization_id, r.created_at, r.review_state, r.review_note";

type Row = (
    i64,
    i64,
    String,
    String,
    i64,
    String,
    Option<i64>,
    Option<i64>,
    String,
    String,
    Option<String>,
    i64,
    String,
    Option<String>,
    Option<String>,
);

impl Store {
    /// The reports of `body_ids` waiting for approval, oldest first.
    pub async fn reports_waiting(&self, body_ids: &[i64]) -> Result<Vec<Waiting>> {
        if body_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = (1..=body_ids.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {COLUMNS}, c.body_id, m.title, m.code, o.name
             FROM progress_reports r JOIN measures m ON m.id = r.measure_id
             JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id
             JOIN concepts c ON c.id = f.concept_id
             LEFT JOIN organizations o ON o.id = r.reporter_organization_id
             WHERE r.review_state = 'submitted' AND c.body_id IN ({list})
             ORDER BY r.created_at, r.id"
        );
        let mut q = sqlx::query_as::<_, Row>(AssertSqlSafe(sql));
        for id in body_ids {
            q = q.bind(id);
        }
        Ok(q.fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|row| Waiting {
                report: ProgressReport {
                    id: row.0,
                    measure_id: row.1,
                    reported_on: row.2,
                    status: row.3,
                    progress: row.4,
                    narrative: row.5,
                    spent_cents: row.6,
                    reporter_organization_id: row.7,
                    created_at: row.8,
                    review_state: row.9,
                    review_note: row.10,
                },
                body_id: row.11,
                measure_title: row.12,
                measure_code: row.13,
                organization: row.14,
            })
            .collect())
    }

    /// One report in whatever state.
    pub async fn progress_report(&self, id: i64) -> Result<ProgressReport> {
        sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM progress_reports r WHERE r.id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Sachstandsmeldung"))
    }

    /// Approves a waiting report: it is public from now on, and the measure takes over its
    /// status and progress if it is the newest approved one.
    pub async fn approve_report(&self, id: i64) -> Result<ProgressReport> {
        let report = self.progress_report(id).await?;
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE progress_reports SET review_state = 'approved', review_note = NULL, reviewed_at = $1
             WHERE id = $2 AND review_state = 'submitted'",
        )
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(already_reviewed());
        }
        adopt_if_newest(&mut tx, report.measure_id, id).await?;
        self.commit(tx).await?;
        self.progress_report(id).await
    }

    /// Returns a waiting report with a reason; `mails` (composed by the caller, to those
    /// who report for the organisation) enter the outbox in the same transaction.
    pub async fn return_report(
        &self,
        id: i64,
        reason: &str,
        mails: &[NewMail],
    ) -> Result<ProgressReport> {
        self.progress_report(id).await?;
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE progress_reports SET review_state = 'returned', review_note = $1, reviewed_at = $2
             WHERE id = $3 AND review_state = 'submitted'",
        )
        .bind(reason.trim())
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(already_reviewed());
        }
        for mail in mails {
            enqueue_mail_in(&mut tx, mail).await?;
        }
        self.commit(tx).await?;
        self.progress_report(id).await
    }
}

fn already_reviewed() -> StoreError {
    StoreError::Refused(
        "Diese Meldung wartet nicht (mehr) auf Freigabe; jemand hat sie schon bearbeitet.".into(),
    )
}
