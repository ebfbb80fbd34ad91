//! Indicators from the body's own surveys (see `teilhabe_domain::survey_indicators`): one
//! value per closed survey that asks the question, weighted exactly as the survey's results
//! page weights it (raked to the survey's stored margins, the same estimator and confidence
//! interval), and hidden when fewer than the survey's minimum group answered.
//!
//! Values are kept in `survey_indicator_values`, stamped with the survey's `modified_at` and
//! the formula: a page reads the kept value while neither changed and computes it again
//! otherwise, so new answers, a new weighting or an edited formula show at once. When the raw
//! answers are gone (deleted after their storage limit), the kept value stays — the result
//! of a survey is a fact of its year, as a published figure is.
//!
//! A survey's result is public when the survey's results are; the public sees only those
//! points, people who may read the body's internal records see all.

use crate::db::now;
use crate::indicators::{Indicator, Point};
use crate::survey_tables::weight;
use crate::surveys::{Questionnaire, ResponseTable, Survey};
use crate::{Result, Store};
use serde::Serialize;
use teilhabe_domain::survey_indicators::{Statistic, SurveyFormula};
use teilhabe_survey::{Design, Estimate, RakeOptions};

/// One survey's value of a survey indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SurveyPoint {
    pub survey_id: i64,
    pub survey_title: String,
    /// The survey's year (of its closing), as the period of the series.
    pub period: String,
    /// In the indicator's unit: percent for a share, the scale for a mean. `None` when fewer
    /// than the survey's minimum group answered.
    pub value: Option<f64>,
    pub se: Option<f64>,
    /// The 95 % confidence interval (shares clipped to 0–100).
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// Respondents who answered the question.
    pub answered: i64,
    /// Whether the survey's results are public.
    pub public: bool,
}

#[derive(sqlx::FromRow)]
pub(crate) struct Kept {
    pub(crate) formula: String,
    pub(crate) stamp: String,
    pub(crate) period: String,
    pub(crate) estimate: Option<f64>,
    pub(crate) se: Option<f64>,
    pub(crate) n: i64,
}

/// Keeps one survey's value of one indicator (replacing what was kept): the one writer of
/// `survey_indicator_values`, for the computation here and for the dump's import.
pub(crate) async fn keep(
    conn: &mut sqlx::AnyConnection,
    indicator_id: i64,
    survey_id: i64,
    k: &Kept,
    computed_at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO survey_indicator_values (indicator_id, survey_id, formula, stamp, period, estimate, se, n, computed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (indicator_id, survey_id) DO UPDATE SET formula = excluded.formula, stamp = excluded.stamp,
         period = excluded.period, estimate = excluded.estimate, se = excluded.se, n = excluded.n, computed_at = excluded.computed_at",
    )
    .bind(indicator_id)
    .bind(survey_id)
    .bind(&k.formula)
    .bind(&k.stamp)
    .bind(&k.period)
    .bind(k.estimate)
    .bind(k.se)
    .bind(k.n)
    .bind(computed_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The year a survey's result belongs to: the year it was closed.
fn period_of(s: &Survey) -> String {
    s.closed_on
        .as_deref()
        .unwrap_or(&s.modified_at)
        .chars()
        .take(4)
        .collect()
}

/// The survey engine's estimate of `f` over one survey's answers, with the number who
/// answered; `None` when the survey does not ask the question (or not in that form).
pub fn estimate(
    q: &Questionnaire,
    t: &ResponseTable,
    margins: &[(String, String, f64)],
    f: &SurveyFormula,
) -> Option<(Option<Estimate>, usize)> {
    let (question, options) = q.questions.iter().find(|(x, _)| x.code == f.question)?;
    let n = t.len();
    // The results page's design: raked to the margins when there are any and raking works,
    // unweighted otherwise.
    let ones = vec![1.0; n];
    let raked = (!margins.is_empty() && n > 0)
        .then(|| weight(q, t, margins, &RakeOptions::default()).ok())
        .flatten();
    let design = raked
        .as_ref()
        .map_or_else(|| Design::weighted(&ones), |r| r.design());
    match (&f.statistic, question.kind.as_str()) {
        (Statistic::Share(codes), "single" | "likert") => {
            let coded: Vec<Option<u32>> = (0..n)
                .map(|r| {
                    t.value(r, question.id, "")
                        .map(|v| u32::from(codes.iter().any(|c| c == v)))
                })
                .collect();
            let answered = coded.iter().filter(|c| c.is_some()).count();
            Some((design.proportions(&coded, 2, None).map(|e| e[1]), answered))
        }
        (Statistic::Share(codes), "multiple") => {
            let coded: Vec<Option<u32>> = (0..n)
                .map(|r| {
                    let ticked = t.values(r, question.id);
                    (!ticked.is_empty())
                        .then(|| u32::from(ticked.iter().any(|v| codes.contains(v))))
                })
                .collect();
            let answered = coded.iter().filter(|c| c.is_some()).count();
            Some((design.proportions(&coded, 2, None).map(|e| e[1]), answered))
        }
        (Statistic::Mean, kind) => {
            let item = match (kind, &f.item) {
                ("matrix", Some(item))
                    if options.iter().any(|o| o.role == "item" && &o.code == item) =>
                {
                    item.as_str()
                }
                ("number", None) => "",
                ("likert", None)
                    if options
                        .iter()
                        .filter(|o| o.role == "option")
                        .all(|o| o.code.parse::<f64>().is_ok()) =>
                {
                    ""
                }
                _ => return None,
            };
            let values: Vec<Option<f64>> = (0..n)
                .map(|r| t.value(r, question.id, item).and_then(|v| v.parse().ok()))
                .collect();
            let answered = values.iter().filter(|v| v.is_some()).count();
            Some((design.mean(&values, None), answered))
        }
        _ => None,
    }
}

impl Store {
    /// The values of a survey indicator, one per closed survey of the body that asks its
    /// question, oldest first; only surveys with public results unless `internal`.
    pub async fn survey_points(
        &self,
        indicator: &Indicator,
        f: &SurveyFormula,
        internal: bool,
    ) -> Result<Vec<SurveyPoint>> {
        let formula = f.canonical();
        let share = matches!(f.statistic, Statistic::Share(_));
        let mut out = Vec::new();
        for s in self.surveys(indicator.body_id).await? {
            if s.status != "closed" || !(internal || s.results_public.0) {
                continue;
            }
            let kept: Option<Kept> = sqlx::query_as(
                "SELECT formula, stamp, period, estimate, se, n FROM survey_indicator_values
                 WHERE indicator_id = $1 AND survey_id = $2",
            )
            .bind(indicator.id)
            .bind(s.id)
            .fetch_optional(&self.pool)
            .await?;
            let gone = s.raw_data_deleted_on.is_some();
            let kept = match kept {
                Some(k) if k.formula == formula && (k.stamp == s.modified_at || gone) => Some(k),
                _ if gone => None,
                _ => self.compute_kept(indicator.id, &s, f, &formula).await?,
            };
            let Some(k) = kept else { continue };
            let scale = if share { 100.0 } else { 1.0 };
            let value = k.estimate.map(|e| e * scale);
            let se = k.se.map(|e| e * scale);
            // The engine's interval (its z), shares clipped to 0–100 as on the results page.
            let (lo, hi) = match (k.estimate, k.se) {
                (Some(estimate), Some(se)) => {
                    let (lo, hi) = Estimate { estimate, se, n: 0 }.ci95();
                    if share {
                        (Some((lo * 100.0).max(0.0)), Some((hi * 100.0).min(100.0)))
                    } else {
                        (Some(lo), Some(hi))
                    }
                }
                _ => (None, None),
            };
            out.push(SurveyPoint {
                survey_id: s.id,
                survey_title: s.title.clone(),
                period: k.period,
                value,
                se,
                ci_low: lo,
                ci_high: hi,
                answered: k.n,
                public: s.results_public.0,
            });
        }
        out.sort_by(|a, b| a.period.cmp(&b.period).then(a.survey_id.cmp(&b.survey_id)));
        Ok(out)
    }

    /// Computes one survey's value and keeps it; `None` when the survey does not ask the
    /// question.
    async fn compute_kept(
        &self,
        indicator_id: i64,
        s: &Survey,
        f: &SurveyFormula,
        formula: &str,
    ) -> Result<Option<Kept>> {
        let q = self.questionnaire(s.id).await?;
        let t = self.response_table(s.id).await?;
        let margins = self.survey_margins(s.id).await?;
        let min_group = s.min_group_size.max(1) as usize;
        let Some((e, answered)) = estimate(&q, &t, &margins, f) else {
            sqlx::query(
                "DELETE FROM survey_indicator_values WHERE indicator_id = $1 AND survey_id = $2",
            )
            .bind(indicator_id)
            .bind(s.id)
            .execute(&self.pool)
            .await?;
            return Ok(None);
        };
        // Below the minimum group nothing is shown, not even how many answered.
        let shown = e.filter(|_| answered >= min_group);
        let k = Kept {
            formula: formula.to_owned(),
            stamp: s.modified_at.clone(),
            period: period_of(s),
            estimate: shown.map(|e| e.estimate),
            se: shown.map(|e| e.se),
            n: if shown.is_some() { answered as i64 } else { 0 },
        };
        let mut conn = self.pool.acquire().await?;
        keep(&mut conn, indicator_id, s.id, &k, &now()).await?;
        Ok(Some(k))
    }

    /// Computes and keeps the values every survey indicator of the survey's body takes from
    /// it — before its raw answers are deleted.
    pub async fn keep_survey_indicators(&self, survey_id: i64) -> Result<()> {
        let s = self.survey(survey_id).await?;
        if s.status != "closed" || s.raw_data_deleted_on.is_some() {
            return Ok(());
        }
        for i in self.indicators(s.body_id).await? {
            if let Some(f) = i.survey() {
                self.compute_kept(i.id, &s, &f, &f.canonical()).await?;
            }
        }
        Ok(())
    }

    /// The series of any indicator for these regions: a formula over official statistics
    /// for each region, a survey indicator for the body's own region only (its surveys ask
    /// nobody else), as the API and the reports show it.
    pub async fn indicator_points(
        &self,
        indicator: &Indicator,
        regions: &[String],
        internal: bool,
    ) -> Result<Vec<Point>> {
        if let Some(expr) = indicator.expr() {
            return self.indicator_series(&expr, regions).await;
        }
        let Some(f) = indicator.survey() else {
            return Ok(Vec::new());
        };
        let body = self.body(indicator.body_id).await?;
        if !regions.contains(&body.key) {
            return Ok(Vec::new());
        }
        Ok(self
            .survey_points(indicator, &f, internal)
            .await?
            .into_iter()
            .map(|p| Point {
                region: body.key.clone(),
                period: p.period,
                value: p.value,
                flag: p.value.is_none().then(|| ".".to_owned()),
            })
            .collect())
    }
}
