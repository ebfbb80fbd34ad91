//! Funding programmes and their proofs of use (see `teilhabe_domain::funding`), the totals
//! of the budget lines that point to them, and the warnings of a day. The totals are sums
//! over the same budget lines the measure plan lists, so the two always reconcile.

use crate::db::{day_of, id_list, now};
use crate::organizations::check_in_body;
use crate::{Result, Store, StoreError};
use serde::Serialize;
use sqlx::{Any, AssertSqlSafe, Row, Transaction};
use teilhabe_domain::funding::{ProgrammeDraft, ProofDraft, ProofKind, Warning, ending, proof};
use teilhabe_domain::{Coded, Date};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Programme {
    pub id: i64,
    pub body_id: i64,
    pub funder: String,
    pub name: String,
    pub grant_reference: Option<String>,
    pub granted_on: Option<String>,
    pub period_from: Option<String>,
    pub period_until: Option<String>,
    pub funding_rate_hundredths: Option<i64>,
    pub budget_code: Option<String>,
    pub follows_id: Option<i64>,
    pub notes: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

impl Programme {
    /// "Freistaat Sachsen – Förderrichtlinie Integrative Maßnahmen".
    pub fn label(&self) -> String {
        format!("{} – {}", self.funder, self.name)
    }

    /// The grant period in German: "01.01.2023 – 30.06.2027", "ab …", "bis …", or empty.
    pub fn period(&self) -> String {
        use teilhabe_domain::values::german_date;
        match (&self.period_from, &self.period_until) {
            (Some(f), Some(u)) => format!("{} – {}", german_date(f), german_date(u)),
            (Some(f), None) => format!("ab {}", german_date(f)),
            (None, Some(u)) => format!("bis {}", german_date(u)),
            (None, None) => String::new(),
        }
    }
}

const PROGRAMME_COLUMNS: &str = "id,body_id,funder,name,grant_reference,granted_on,period_from,period_until,funding_rate_hundredths,budget_code,follows_id,notes,created_at,modified_at";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Proof {
    pub id: i64,
    pub programme_id: i64,
    pub kind: String,
    pub due_on: String,
    pub submitted_on: Option<String>,
    pub created_at: String,
    pub modified_at: String,
}

impl Proof {
    pub fn kind_label(&self) -> &'static str {
        ProofKind::from_code(&self.kind).map_or("Nachweis", ProofKind::label)
    }
}

const PROOF_COLUMNS: &str = "id,programme_id,kind,due_on,submitted_on,created_at,modified_at";

/// What the budget lines of one programme (or of those without one) add up to in a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Total {
    pub programme_id: Option<i64>,
    pub year: i64,
    pub amount_cents: i64,
    pub own_share_cents: i64,
    pub staff_hundredths: i64,
    /// How many measures' lines are summed.
    pub measures: i64,
}

/// A budget line a programme pays, with its measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ProgrammeLine {
    pub measure_id: i64,
    pub measure_title: String,
    pub concept: String,
    pub year: i64,
    pub amount_cents: i64,
    pub own_share_cents: Option<i64>,
    pub staff_hundredths: Option<i64>,
}

/// A programme that needs attention on a day, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeWarning {
    pub programme_id: i64,
    pub body_id: i64,
    pub label: String,
    pub warning: Warning,
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>;

/// `q` with a programme draft's ten fields bound as `$1`…`$10`, in the table's order.
fn draft_bound<'q>(q: AnyQuery<'q>, d: &'q ProgrammeDraft) -> AnyQuery<'q> {
    q.bind(&d.funder)
        .bind(&d.name)
        .bind(&d.grant_reference)
        .bind(d.granted_on.map(|x| x.iso()))
        .bind(d.period.start().map(|x| x.iso()))
        .bind(d.period.end().map(|x| x.iso()))
        .bind(d.funding_rate.map(|r| r.hundredths()))
        .bind(&d.budget_code)
        .bind(d.follows_id)
        .bind(&d.notes)
}

/// Refuses a programme that follows itself, one of another body, or one that would close a
/// circle of follow-ups.
async fn check_follows(
    tx: &mut Transaction<'_, Any>,
    body_id: i64,
    id: Option<i64>,
    follows: Option<i64>,
) -> Result<()> {
    let Some(mut at) = follows else {
        return Ok(());
    };
    check_in_body(
        tx,
        "funding_programmes",
        body_id,
        &[at],
        "follows_id",
        "Das Förderprogramm",
    )
    .await?;
    // Walk back the chain; it ends, or it comes back to this programme.
    for _ in 0..1000 {
        if Some(at) == id {
            return Err(StoreError::invalid(
                "follows_id",
                "Ein Programm kann nicht (auch nicht über andere) sich selbst fortsetzen.",
            ));
        }
        let next: Option<Option<i64>> =
            sqlx::query_scalar("SELECT follows_id FROM funding_programmes WHERE id = $1")
                .bind(at)
                .fetch_optional(&mut **tx)
                .await?;
        match next.flatten() {
            Some(n) => at = n,
            None => return Ok(()),
        }
    }
    Ok(())
}

impl Store {
    /// A body's programmes, by funder and name.
    pub async fn programmes(&self, body_id: i64) -> Result<Vec<Programme>> {
        Ok(sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {PROGRAMME_COLUMNS} FROM funding_programmes WHERE body_id = $1 ORDER BY funder, name, id"
        )))
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn programme(&self, id: i64) -> Result<Programme> {
        sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {PROGRAMME_COLUMNS} FROM funding_programmes WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Förderprogramm"))
    }

    pub async fn create_programme(&self, body_id: i64, d: &ProgrammeDraft) -> Result<Programme> {
        let mut tx = self.begin().await?;
        check_follows(&mut tx, body_id, None, d.follows_id).await?;
        let stamp = now();
        let id: i64 = draft_bound(sqlx::query(
            "INSERT INTO funding_programmes (funder, name, grant_reference, granted_on, period_from, \
             period_until, funding_rate_hundredths, budget_code, follows_id, notes, body_id, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        ), d)
        .bind(body_id)
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        self.commit(tx).await?;
        self.programme(id).await
    }

    pub async fn update_programme(&self, id: i64, d: &ProgrammeDraft) -> Result<Programme> {
        let p = self.programme(id).await?;
        let mut tx = self.begin().await?;
        check_follows(&mut tx, p.body_id, Some(id), d.follows_id).await?;
        draft_bound(sqlx::query(
            "UPDATE funding_programmes SET funder = $1, name = $2, grant_reference = $3, granted_on = $4, \
             period_from = $5, period_until = $6, funding_rate_hundredths = $7, budget_code = $8, \
             follows_id = $9, notes = $10, modified_at = $11 WHERE id = $12",
        ), d)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        self.commit(tx).await?;
        self.programme(id).await
    }

    /// Deletes a programme no budget line and no other programme points to (with its
    /// proofs); refused otherwise, saying what still uses it.
    pub async fn delete_programme(&self, id: i64) -> Result<()> {
        self.programme(id).await?;
        let mut tx = self.begin().await?;
        let lines: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM budget_lines WHERE programme_id = $1")
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
        if lines > 0 {
            return Err(StoreError::Refused(format!(
                "Das Programm finanziert noch {lines} Haushaltszeile(n) von Maßnahmen; erst dort ändern."
            )));
        }
        sqlx::query("UPDATE funding_programmes SET follows_id = NULL WHERE follows_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM funding_proofs WHERE programme_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM funding_programmes WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        self.commit(tx).await
    }

    /// The proofs of these programmes, by due date.
    pub async fn proofs(&self, programme_ids: &[i64]) -> Result<Vec<Proof>> {
        if programme_ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {PROOF_COLUMNS} FROM funding_proofs WHERE programme_id IN ({}) ORDER BY due_on, id",
            id_list(programme_ids)
        )))
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn proof(&self, id: i64) -> Result<Proof> {
        sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {PROOF_COLUMNS} FROM funding_proofs WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("Nachweisfrist"))
    }

    pub async fn create_proof(&self, programme_id: i64, d: &ProofDraft) -> Result<Proof> {
        self.programme(programme_id).await?;
        let stamp = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO funding_proofs (programme_id, kind, due_on, submitted_on, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(programme_id)
        .bind(d.kind.code())
        .bind(d.due_on.iso())
        .bind(d.submitted_on.map(|x| x.iso()))
        .bind(&stamp)
        .fetch_one(&self.pool)
        .await?;
        self.proof(id).await
    }

    pub async fn update_proof(&self, id: i64, d: &ProofDraft) -> Result<Proof> {
        self.proof(id).await?;
        sqlx::query(
            "UPDATE funding_proofs SET kind = $1, due_on = $2, submitted_on = $3, modified_at = $4 WHERE id = $5",
        )
        .bind(d.kind.code())
        .bind(d.due_on.iso())
        .bind(d.submitted_on.map(|x| x.iso()))
        .bind(now())
        .bind(id)
        .execute(&self.pool)
        .await?;
        self.proof(id).await
    }

    pub async fn delete_proof(&self, id: i64) -> Result<()> {
        self.proof(id).await?;
        sqlx::query("DELETE FROM funding_proofs WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Points the body's budget lines that name `funding_source` in words and no programme
    /// to `programme_id` — for lines typed before the programme was recorded. How many.
    pub async fn assign_budget_lines(
        &self,
        programme_id: i64,
        funding_source: &str,
    ) -> Result<u64> {
        let p = self.programme(programme_id).await?;
        Ok(sqlx::query(
            "UPDATE budget_lines SET programme_id = $1 WHERE programme_id IS NULL AND funding_source = $2 \
             AND measure_id IN (SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id WHERE c.body_id = $3)",
        )
        .bind(programme_id)
        .bind(funding_source)
        .bind(p.body_id)
        .execute(&self.pool)
        .await?
        .rows_affected())
    }

    /// The budget lines a programme pays, with their measure and its version, by year and
    /// measure.
    pub async fn programme_lines(&self, programme_id: i64) -> Result<Vec<ProgrammeLine>> {
        Ok(sqlx::query_as(
            "SELECT m.id AS measure_id, m.title AS measure_title, c.title || ' (' || c.version_label || ')' AS concept, \
             b.year, b.amount_cents, b.own_share_cents, b.staff_hundredths \
             FROM budget_lines b JOIN measures m ON m.id = b.measure_id JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id \
             WHERE b.programme_id = $1 ORDER BY b.year, m.title, b.id",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The budget lines of the body's measures in all its versions, summed per programme
    /// (None: lines without one) and year. (Sums are cast: PostgreSQL sums BIGINT as
    /// NUMERIC.)
    pub async fn programme_totals(&self, body_id: i64) -> Result<Vec<Total>> {
        Ok(sqlx::query_as(
            "SELECT b.programme_id, b.year, CAST(SUM(b.amount_cents) AS BIGINT) AS amount_cents, \
             CAST(COALESCE(SUM(b.own_share_cents), 0) AS BIGINT) AS own_share_cents, \
             CAST(COALESCE(SUM(b.staff_hundredths), 0) AS BIGINT) AS staff_hundredths, \
             COUNT(DISTINCT b.measure_id) AS measures \
             FROM budget_lines b JOIN measures m ON m.id = b.measure_id JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id JOIN concepts c ON c.id = f.concept_id \
             WHERE c.body_id = $1 GROUP BY b.programme_id, b.year ORDER BY b.programme_id, b.year",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The programmes of these bodies (None: all) that need attention on `today`: funding
    /// ending without follow-up, proofs due or overdue; most pressing first.
    pub async fn funding_warnings(
        &self,
        bodies: Option<&[i64]>,
        today: Date,
    ) -> Result<Vec<ProgrammeWarning>> {
        if bodies.is_some_and(<[i64]>::is_empty) {
            return Ok(Vec::new());
        }
        let filter = bodies.map_or(String::new(), |b| {
            format!(" WHERE body_id IN ({})", id_list(b))
        });
        let programmes: Vec<Programme> = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT {PROGRAMME_COLUMNS} FROM funding_programmes{filter} ORDER BY id"
        )))
        .fetch_all(&self.pool)
        .await?;
        let ids: Vec<i64> = programmes.iter().map(|p| p.id).collect();
        let proofs = self.proofs(&ids).await?;
        Ok(warnings(&programmes, &proofs, today))
    }
}

/// What needs attention on `today` among `programmes` (all a programme's followers among
/// them) with their `proofs`: funding ending without follow-up, proofs due or overdue; most
/// pressing first. For pages that read the programmes anyway; [`Store::funding_warnings`]
/// reads them itself.
pub fn warnings(programmes: &[Programme], proofs: &[Proof], today: Date) -> Vec<ProgrammeWarning> {
    let day = |s: &Option<String>| day_of(s.as_deref());
    let mut out = Vec::new();
    for p in programmes {
        let followed = programmes.iter().any(|o| o.follows_id == Some(p.id));
        let warn = |warning| ProgrammeWarning {
            programme_id: p.id,
            body_id: p.body_id,
            label: p.label(),
            warning,
        };
        for pr in proofs.iter().filter(|pr| pr.programme_id == p.id) {
            let (Some(kind), Ok(due)) = (ProofKind::from_code(&pr.kind), Date::parse(&pr.due_on))
            else {
                continue;
            };
            // Submitted by the day: a report for an earlier day sees it as it was.
            let submitted = day(&pr.submitted_on).is_some_and(|s| s <= today);
            if let Some(w) = proof(kind, due, submitted, today) {
                out.push(warn(w));
            }
        }
        if let Some(w) = ending(day(&p.period_until), followed, today) {
            out.push(warn(w));
        }
    }
    out.sort_by_key(|w| match w.warning {
        Warning::ProofOverdue { due_on, .. } => (0, due_on),
        Warning::ProofDue { due_on, .. } => (1, due_on),
        Warning::Ending { until } => (2, until),
    });
    out
}
