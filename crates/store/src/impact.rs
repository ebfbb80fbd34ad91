//! Output indicators of measures and the values reported for them (see
//! `teilhabe_domain::impact`): a measure says what it is to produce ("Sprachkurse
//! durchgeführt: Ziel 20"), its progress reports carry the running totals, and its rating
//! is read from those against the share of its period elapsed.

use crate::db::{id_list, now};
use crate::{Result, Store, StoreError};
use serde::Serialize;
use sqlx::{Any, AssertSqlSafe, Row, Transaction};
use std::collections::HashMap;
use teilhabe_domain::Date;
use teilhabe_domain::impact::{self, OutputDraft, OutputValue, Rating};
use teilhabe_domain::values::Hundredths;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Output {
    pub id: i64,
    pub measure_id: i64,
    pub name: String,
    pub unit: Option<String>,
    pub target_hundredths: i64,
    pub position: i64,
    pub created_at: String,
    pub modified_at: String,
}

impl Output {
    pub fn target(&self) -> Hundredths {
        Hundredths::from_hundredths(self.target_hundredths)
    }

    /// "20 Kurse", "1,5".
    pub fn amount(&self, n: Hundredths) -> String {
        match &self.unit {
            Some(u) => format!("{} {u}", n.german()),
            None => n.german(),
        }
    }
}

const OUTPUT_COLUMNS: &str =
    "id, measure_id, name, unit, target_hundredths, position, created_at, modified_at";

/// A value reported for an output with a progress report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ReportedValue {
    pub report_id: i64,
    pub output_id: i64,
    pub value_hundredths: i64,
}

/// An output with the latest value reported by a day (among approved reports).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutputState {
    pub output: Output,
    pub reported: Option<Hundredths>,
    pub reported_on: Option<String>,
}

impl OutputState {
    /// "12 von 20 Kurse".
    pub fn german(&self) -> String {
        match self.reported {
            Some(v) => format!(
                "{} von {}",
                v.german(),
                self.output.amount(self.output.target())
            ),
            None => format!(
                "noch nichts gemeldet (Ziel {})",
                self.output.amount(self.output.target())
            ),
        }
    }
}

/// The states of a measure's outputs on `day`, from its reports (id, day, review state)
/// and the values reported with them: for each output the value of the newest approved
/// report up to the day that names it.
pub fn states_on(
    outputs: &[Output],
    reports: &[(i64, String, String)],
    values: &[ReportedValue],
    day: &str,
) -> Vec<OutputState> {
    outputs
        .iter()
        .map(|o| {
            let latest = values
                .iter()
                .filter(|v| v.output_id == o.id)
                .filter_map(|v| {
                    let (_, on, state) = reports.iter().find(|r| r.0 == v.report_id)?;
                    (state == "approved" && on.as_str() <= day).then_some((on, v.report_id, v))
                })
                .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
            OutputState {
                output: o.clone(),
                reported: latest.map(|l| Hundredths::from_hundredths(l.2.value_hundredths)),
                reported_on: latest.map(|l| l.0.clone()),
            }
        })
        .collect()
}

/// A measure's rating from its outputs' states on a day (None: no output, or nothing
/// reported yet, or not begun).
pub fn rating_of(
    states: &[OutputState],
    start: Option<&str>,
    end: Option<&str>,
    day: &str,
) -> Option<Rating> {
    let date = |s: &str| Date::parse(s).ok();
    let outputs: Vec<impact::Output> = states
        .iter()
        .map(|s| impact::Output {
            target: s.output.target_hundredths as f64 / 100.0,
            reported: s.reported.map(|v| v.hundredths() as f64 / 100.0),
        })
        .collect();
    impact::rating(
        &outputs,
        start.and_then(date),
        end.and_then(date),
        date(day)?,
    )
}

impl Store {
    pub async fn outputs_of_measure(&self, measure_id: i64) -> Result<Vec<Output>> {
        let sql = format!(
            "SELECT {OUTPUT_COLUMNS} FROM outputs WHERE measure_id = $1 ORDER BY position, id"
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .bind(measure_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The outputs of these measures, by measure.
    pub async fn outputs_of_measures(
        &self,
        measure_ids: &[i64],
    ) -> Result<HashMap<i64, Vec<Output>>> {
        let mut out: HashMap<i64, Vec<Output>> = HashMap::new();
        if measure_ids.is_empty() {
            return Ok(out);
        }
        let sql = format!(
            "SELECT {OUTPUT_COLUMNS} FROM outputs WHERE measure_id IN ({}) ORDER BY position, id",
            id_list(measure_ids)
        );
        let rows: Vec<Output> = sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        for o in rows {
            out.entry(o.measure_id).or_default().push(o);
        }
        Ok(out)
    }

    /// The values reported for these measures' outputs.
    pub async fn output_values(&self, measure_ids: &[i64]) -> Result<Vec<ReportedValue>> {
        if measure_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT v.report_id, v.output_id, v.value_hundredths FROM output_values v \
             JOIN outputs o ON o.id = v.output_id WHERE o.measure_id IN ({}) ORDER BY v.report_id, v.output_id",
            id_list(measure_ids)
        );
        Ok(sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?)
    }

    /// The states of one measure's outputs on a day.
    pub async fn output_states(&self, measure_id: i64, day: &str) -> Result<Vec<OutputState>> {
        Ok(self
            .output_states_of(&[measure_id], day)
            .await?
            .remove(&measure_id)
            .unwrap_or_default())
    }

    /// The states of these measures' outputs on a day, by measure (measures without outputs
    /// left out): outputs, values and report days in three queries whatever the number.
    pub async fn output_states_of(
        &self,
        measure_ids: &[i64],
        day: &str,
    ) -> Result<HashMap<i64, Vec<OutputState>>> {
        let outputs = self.outputs_of_measures(measure_ids).await?;
        if outputs.is_empty() {
            return Ok(HashMap::new());
        }
        let ids: Vec<i64> = outputs.keys().copied().collect();
        let values = self.output_values(&ids).await?;
        let sql = format!(
            "SELECT id, reported_on, review_state FROM progress_reports WHERE measure_id IN ({})",
            id_list(&ids)
        );
        let reports: Vec<(i64, String, String)> = sqlx::query_as(AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        Ok(outputs
            .into_iter()
            .map(|(m, own)| (m, states_on(&own, &reports, &values, day)))
            .collect())
    }

    pub async fn output(&self, id: i64) -> Result<Output> {
        let sql = format!("SELECT {OUTPUT_COLUMNS} FROM outputs WHERE id = $1");
        sqlx::query_as(AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("Output-Kennzahl"))
    }

    pub async fn create_output(&self, measure_id: i64, d: &OutputDraft) -> Result<Output> {
        self.measure(measure_id).await?;
        let mut tx = self.begin().await?;
        let position: i64 = sqlx::query_scalar(
            "SELECT CAST(COALESCE(MAX(position), 0) + 1 AS BIGINT) FROM outputs WHERE measure_id = $1",
        )
        .bind(measure_id)
        .fetch_one(&mut *tx)
        .await?;
        let stamp = now();
        let id: i64 = sqlx::query(
            "INSERT INTO outputs (measure_id, name, unit, target_hundredths, position, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(measure_id)
        .bind(&d.name)
        .bind(&d.unit)
        .bind(d.target.hundredths())
        .bind(position)
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        self.commit(tx).await?;
        self.output(id).await
    }

    pub async fn update_output(&self, id: i64, d: &OutputDraft) -> Result<Output> {
        self.output(id).await?;
        self.execute(
            sqlx::query(
                "UPDATE outputs SET name = $1, unit = $2, target_hundredths = $3, modified_at = $4 WHERE id = $5",
            )
            .bind(&d.name)
            .bind(&d.unit)
            .bind(d.target.hundredths())
            .bind(now())
            .bind(id),
        )
        .await?;
        self.output(id).await
    }

    /// Deletes an output for which nothing was reported yet; reported values are history.
    pub async fn delete_output(&self, id: i64) -> Result<()> {
        let o = self.output(id).await?;
        let reported: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM output_values WHERE output_id = $1")
                .bind(id)
                .fetch_one(&self.pool)
                .await?;
        if reported > 0 {
            return Err(StoreError::Refused(format!(
                "Für „{}“ wurden schon {reported} Wert(e) gemeldet; die Kennzahl bleibt, damit die Sachstände stimmen. Den Zielwert können Sie ändern.",
                o.name
            )));
        }
        self.execute(sqlx::query("DELETE FROM outputs WHERE id = $1").bind(id))
            .await?;
        Ok(())
    }
}

/// Stores the output values of a new report inside its transaction; each must name an
/// output of the report's measure.
pub(crate) async fn write_values(
    tx: &mut Transaction<'static, Any>,
    measure_id: i64,
    report_id: i64,
    values: &[OutputValue],
) -> Result<()> {
    if values.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = values.iter().map(|v| v.output_id).collect();
    let sql = format!(
        "SELECT id FROM outputs WHERE measure_id = $1 AND id IN ({})",
        id_list(&ids)
    );
    let own: Vec<i64> = sqlx::query_scalar(AssertSqlSafe(sql))
        .bind(measure_id)
        .fetch_all(&mut **tx)
        .await?;
    if let Some(v) = values.iter().find(|v| !own.contains(&v.output_id)) {
        return Err(StoreError::invalid(
            "outputs",
            format!(
                "Die Output-Kennzahl Nr. {} gehört nicht zu dieser Maßnahme.",
                v.output_id
            ),
        ));
    }
    for v in values {
        sqlx::query(
            "INSERT INTO output_values (report_id, output_id, value_hundredths) VALUES ($1, $2, $3)",
        )
        .bind(report_id)
        .bind(v.output_id)
        .bind(v.value.hundredths())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The assumptions of a concept's impact chain: per measure (why it serves its goal) and per
/// goal with an indicator target (why the indicator shows whether the goal is reached).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Assumptions {
    pub measures: HashMap<i64, String>,
    pub goals: HashMap<i64, String>,
}

impl Store {
    pub async fn chain_assumptions(&self, concept_id: i64) -> Result<Assumptions> {
        let measures: Vec<(i64, String)> = sqlx::query_as(
            "SELECT a.measure_id, a.assumption FROM measure_assumptions a JOIN measures m ON m.id = a.measure_id \
             JOIN goals g ON g.id = m.goal_id JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id = $1",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?;
        let goals: Vec<(i64, String)> = sqlx::query_as(
            "SELECT gi.goal_id, gi.assumption FROM goal_indicators gi JOIN goals g ON g.id = gi.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id = $1 AND gi.assumption IS NOT NULL",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(Assumptions {
            measures: measures.into_iter().collect(),
            goals: goals.into_iter().collect(),
        })
    }

    /// Replaces the concept's assumptions with these (an absent or empty one is removed), in
    /// one transaction. A measure or goal of another concept, or an assumption for a goal
    /// without an indicator target, is refused with its field (`m.ID`, `g.ID`) and nothing
    /// is stored.
    pub async fn set_chain_assumptions(&self, concept_id: i64, a: &Assumptions) -> Result<()> {
        let measures: Vec<i64> = sqlx::query_scalar(
            "SELECT m.id FROM measures m JOIN goals g ON g.id = m.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id = $1",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?;
        let targets: Vec<i64> = sqlx::query_scalar(
            "SELECT gi.goal_id FROM goal_indicators gi JOIN goals g ON g.id = gi.goal_id \
             JOIN fields_of_action f ON f.id = g.field_id WHERE f.concept_id = $1",
        )
        .bind(concept_id)
        .fetch_all(&self.pool)
        .await?;
        let mut e = teilhabe_domain::FieldErrors::new();
        for id in a.measures.keys().filter(|id| !measures.contains(id)) {
            e.add(
                format!("m.{id}"),
                "Diese Maßnahme gehört nicht zu diesem Konzept.",
            );
        }
        for id in a.goals.keys().filter(|id| !targets.contains(id)) {
            e.add(
                format!("g.{id}"),
                "Dieses Ziel hat keine Zielgröße; die Annahme gehört zur Verbindung von Ziel und Indikator.",
            );
        }
        if !e.is_empty() {
            return Err(StoreError::Invalid(e));
        }
        let stamp = now();
        let mut tx = self.begin().await?;
        if !measures.is_empty() {
            let sql = format!(
                "DELETE FROM measure_assumptions WHERE measure_id IN ({})",
                id_list(&measures)
            );
            sqlx::query(AssertSqlSafe(sql)).execute(&mut *tx).await?;
        }
        for (id, text) in a.measures.iter().filter(|(_, t)| !t.trim().is_empty()) {
            sqlx::query(
                "INSERT INTO measure_assumptions (measure_id, assumption, modified_at) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(text.trim())
            .bind(&stamp)
            .execute(&mut *tx)
            .await?;
        }
        for goal in &targets {
            let text = a
                .goals
                .get(goal)
                .map(|t| t.trim())
                .filter(|t| !t.is_empty());
            sqlx::query("UPDATE goal_indicators SET assumption = $1 WHERE goal_id = $2")
                .bind(text)
                .bind(goal)
                .execute(&mut *tx)
                .await?;
        }
        self.commit(tx).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(id: i64, target: i64) -> Output {
        Output {
            id,
            measure_id: 1,
            name: "Sprachkurse durchgeführt".into(),
            unit: Some("Kurse".into()),
            target_hundredths: target * 100,
            position: id,
            created_at: String::new(),
            modified_at: String::new(),
        }
    }

    #[test]
    fn the_newest_approved_value_up_to_the_day_counts() {
        let outputs = [output(1, 20)];
        let reports = [
            (10, "2026-03-01".to_string(), "approved".to_string()),
            (11, "2026-06-01".to_string(), "approved".to_string()),
            (12, "2026-07-01".to_string(), "submitted".to_string()),
        ];
        let v = |report_id, n: i64| ReportedValue {
            report_id,
            output_id: 1,
            value_hundredths: n * 100,
        };
        let values = [v(10, 4), v(11, 9), v(12, 15)];
        let on = |day| states_on(&outputs, &reports, &values, day)[0].reported;
        assert_eq!(on("2026-02-01"), None);
        assert_eq!(on("2026-05-01"), Some(Hundredths::from_hundredths(400)));
        assert_eq!(
            on("2026-12-01"),
            Some(Hundredths::from_hundredths(900)),
            "a report awaiting approval does not count"
        );
        let states = states_on(&outputs, &reports, &values, "2026-07-02");
        assert_eq!(states[0].german(), "9 von 20 Kurse");
        let r = rating_of(
            &states,
            Some("2026-01-01"),
            Some("2026-12-31"),
            "2026-07-02",
        )
        .unwrap();
        assert_eq!(r.percent(), 45);
    }
}
