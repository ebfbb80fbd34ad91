//! The status report to a committee as of a day: every measure by traffic light, what
//! changed since the previous report, money spent against the budget, and the indicators
//! against the goals' targets.
//!
//! Reproducible: it reads only the progress reports dated up to the day (`reported_on`), and
//! the concept that was in force on it, so a report made again later for the same day shows
//! the same measures, states, sums and texts, however many reports came in since.

use crate::ReportError;
use crate::gather::{Context, MeasureHead, german, german_iso, money};
use crate::monitoring::{IndicatorBlock, indicator_block};
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use teilhabe_domain::Date;
use teilhabe_domain::codes::{Coded, MeasureStatus, label_of};
use teilhabe_domain::controlling::{Due, obligation};
use teilhabe_domain::impact::OutputState;
use teilhabe_store::controlling::MeasureReporting;
use teilhabe_store::impact;
use teilhabe_store::{Measure, ProgressReport};

/// The traffic light of controlling, always with its words (never colour alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Light {
    Green,
    Yellow,
    Red,
}

impl Light {
    pub fn label(self) -> &'static str {
        match self {
            Light::Green => "grün – im Plan",
            Light::Yellow => "gelb – beobachten",
            Light::Red => "rot – Handlungsbedarf",
        }
    }

    /// Red: delayed or stopped. Yellow: resting, or planned but its start has passed.
    /// Green: under way, done, or planned for later.
    pub fn of(status: &str, start: Option<&str>, as_of: &str) -> Light {
        match MeasureStatus::from_code(status) {
            Some(MeasureStatus::Delayed | MeasureStatus::Cancelled) => Light::Red,
            Some(MeasureStatus::Paused) => Light::Yellow,
            Some(MeasureStatus::Planned) if start.is_some_and(|s| s < as_of) => Light::Yellow,
            _ => Light::Green,
        }
    }

    /// The light of a measure's outputs against its elapsed time (see
    /// `teilhabe_domain::impact::rating`); a measure shows the worse of this and [`Self::of`].
    pub fn of_outputs(state: OutputState) -> Light {
        match state {
            OutputState::OnTrack => Light::Green,
            OutputState::Behind => Light::Yellow,
            OutputState::FarBehind => Light::Red,
        }
    }
}

#[derive(Serialize)]
struct Doc {
    concept: String,
    since: String,
    committee: Option<String>,
    counts: Counts,
    fields: Vec<Field>,
    changes: Vec<Change>,
    money: Vec<MoneyRow>,
    money_total: MoneyRow,
    indicators: Vec<IndicatorBlock>,
    /// Reports due or overdue on the day, overdue first.
    pending: Vec<Pending>,
    /// Milestones whose date passed by the day without being reached.
    late_milestones: Vec<LateMilestone>,
    /// The funding programmes paying the concept's measures, with what needs attention.
    funding: Vec<FundingRow>,
    /// Measures → outputs → goals → indicators, with the links' assumptions.
    chain: Vec<crate::impact_chain::ChainField>,
}

#[derive(Serialize)]
struct FundingRow {
    programme: String,
    period: String,
    /// The programme's lines in this concept, in the years up to the day's.
    budget: String,
    /// What needs attention on the day, German, with its day; empty for nothing.
    attention: String,
}

#[derive(Serialize)]
struct Pending {
    code: String,
    title: String,
    lead: String,
    /// `fällig` or `überfällig`.
    due: &'static str,
    next_due: String,
    last: Option<String>,
}

#[derive(Serialize)]
struct LateMilestone {
    measure: String,
    title: String,
    due_on: String,
}

#[derive(Serialize, Default)]
struct Counts {
    green: usize,
    yellow: usize,
    red: usize,
    total: usize,
    reported: usize,
}

#[derive(Serialize)]
struct Field {
    number: usize,
    title: String,
    measures: Vec<Row>,
}

#[derive(Serialize)]
struct Row {
    #[serde(flatten)]
    head: MeasureHead,
    light: Light,
    light_label: &'static str,
    status: String,
    progress: i64,
    /// The progress is read from the outputs, not typed in.
    rated: bool,
    /// Its outputs: "Sprachkurse durchgeführt: 12 von 20 Kurse".
    outputs: Vec<String>,
    reported: Option<String>,
    changed: bool,
    /// Its report is overdue on the day.
    overdue: bool,
}

#[derive(Serialize)]
struct Change {
    code: String,
    title: String,
    before: String,
    now: String,
    reported: String,
    narrative: String,
}

#[derive(Serialize)]
struct MoneyRow {
    field: String,
    budget: String,
    spent: String,
    share: String,
}

/// The outputs of the report's measures and the values reported for them.
struct Outputs {
    outputs: HashMap<i64, Vec<impact::Output>>,
    values: Vec<impact::ReportedValue>,
}

impl Outputs {
    /// A measure's outputs on the day, from its approved reports, and the rating they give.
    fn of(
        &self,
        m: &Measure,
        reports: &[ProgressReport],
        day: &str,
    ) -> (
        Vec<impact::OutputState>,
        Option<teilhabe_domain::impact::Rating>,
    ) {
        let reports: Vec<(i64, String, String)> = reports
            .iter()
            .map(|r| (r.id, r.reported_on.clone(), r.review_state.clone()))
            .collect();
        let own = self
            .outputs
            .get(&m.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let states = impact::states_on(own, &reports, &self.values, day);
        let rating =
            impact::rating_of(&states, m.start_date.as_deref(), m.end_date.as_deref(), day);
        (states, rating)
    }
}

/// A measure's state on a day: its latest report up to then, if any.
fn latest_until<'a>(reports: &'a [ProgressReport], day: &str) -> Option<&'a ProgressReport> {
    reports
        .iter()
        .filter(|r| r.reported_on.as_str() <= day)
        .max_by(|a, b| (&a.reported_on, a.id).cmp(&(&b.reported_on, b.id)))
}

fn state(r: Option<&ProgressReport>) -> String {
    match r {
        Some(r) => format!("{}, {} %", label_of::<MeasureStatus>(&r.status), r.progress),
        None => "noch keine Meldung".into(),
    }
}

fn share(spent: i64, budget: i64) -> String {
    if budget <= 0 {
        "–".into()
    } else {
        format!(
            "{} %",
            (spent as f64 * 100.0 / budget as f64).round() as i64
        )
    }
}

pub async fn data(
    ctx: &Context<'_>,
    since: Option<time::Date>,
) -> Result<(String, String, Value), ReportError> {
    let store = ctx.store;
    let concept = ctx.concept().await?;
    let day = ctx.as_of_iso();
    let cycles = store.reporting_cycles(ctx.body.id).await?;
    let cycle = cycles
        .iter()
        .find(|c| c.concept_id == Some(concept.id))
        .or_else(|| cycles.first());
    let orgs = store.organization_names(ctx.body.id).await?;
    let since = since.unwrap_or_else(|| {
        let months = cycle.map_or(12, |c| c.interval_months).clamp(1, 120);
        months_before(ctx.as_of, months)
    });
    let since_day = since.to_string();
    let (fields, goals, measures, reports) = (
        store.fields_of_action(concept.id).await?,
        store.goals_of_concept(concept.id).await?,
        store.measures_of_concept(concept.id).await?,
        store.reports_of_concept(concept.id).await?,
    );
    let field_of_goal: HashMap<i64, i64> = goals.iter().map(|g| (g.id, g.field_id)).collect();
    let measure_ids: Vec<i64> = measures.iter().map(|m| m.id).collect();
    let outputs = Outputs {
        outputs: store.outputs_of_measures(&measure_ids).await?,
        values: store.output_values(&measure_ids).await?,
    };
    let (pending, late_milestones, overdue) = outstanding(ctx, &measures, &reports, &orgs).await?;
    let year = i64::from(ctx.as_of.year());
    let mut counts = Counts::default();
    let mut changes = Vec::new();
    let mut out = Vec::new();
    let mut money_rows = Vec::new();
    let (mut budget_total, mut spent_total) = (0, 0);
    for (i, f) in fields.iter().enumerate() {
        let mut rows = Vec::new();
        let (mut budget, mut spent) = (0, 0);
        for m in measures
            .iter()
            .filter(|m| field_of_goal.get(&m.goal_id) == Some(&f.id))
            .filter(|m| ctx.internal || m.public.0)
        {
            let reports = reports.get(&m.id).map(Vec::as_slice).unwrap_or_default();
            let now = latest_until(reports, &day);
            let then = latest_until(reports, &since_day);
            let status = now.map_or(MeasureStatus::Planned.code(), |r| r.status.as_str());
            let (states, rating) = outputs.of(m, reports, &day);
            let light = Light::of(status, m.start_date.as_deref(), &day)
                .max(rating.map_or(Light::Green, |r| Light::of_outputs(r.state)));
            match light {
                Light::Green => counts.green += 1,
                Light::Yellow => counts.yellow += 1,
                Light::Red => counts.red += 1,
            }
            counts.total += 1;
            let changed = now.map(|r| r.id) != then.map(|r| r.id);
            if let Some(r) = now.filter(|_| changed) {
                counts.reported += 1;
                changes.push(Change {
                    code: m.code.clone().unwrap_or_default(),
                    title: m.title.clone(),
                    before: state(then),
                    now: state(now),
                    reported: german_iso(&r.reported_on),
                    narrative: r.narrative.clone(),
                });
            }
            budget += m
                .budget_lines
                .iter()
                .filter(|b| b.year <= year)
                .map(|b| b.amount_cents)
                .sum::<i64>();
            spent += reports
                .iter()
                .filter(|r| r.reported_on.as_str() <= day.as_str())
                .filter_map(|r| r.spent_cents)
                .sum::<i64>();
            rows.push(Row {
                head: MeasureHead::of(m, &orgs),
                light,
                light_label: light.label(),
                status: label_of::<MeasureStatus>(status).to_owned(),
                progress: rating.map_or(now.map_or(0, |r| r.progress), |r| i64::from(r.percent())),
                rated: rating.is_some(),
                outputs: states
                    .iter()
                    .map(|s| format!("{}: {}", s.output.name, s.german()))
                    .collect(),
                reported: now.map(|r| german_iso(&r.reported_on)),
                changed,
                overdue: overdue.contains(&m.id),
            });
        }
        budget_total += budget;
        spent_total += spent;
        money_rows.push(MoneyRow {
            field: format!("{}. {}", i + 1, f.title),
            budget: money(budget),
            spent: money(spent),
            share: share(spent, budget),
        });
        out.push(Field {
            number: i + 1,
            title: f.title.clone(),
            measures: rows,
        });
    }
    let indicators_all = store.indicators(ctx.body.id).await?;
    let mut indicators = Vec::new();
    for t in store.goal_targets_of_concept(concept.id).await? {
        if let Some(ind) = indicators_all.iter().find(|x| x.id == t.indicator_id)
            && let Some(b) = indicator_block(ctx, ind, Some(&t)).await?
        {
            indicators.push(b);
        }
    }
    let committee = cycle.and_then(|c| orgs.get(&c.organization_id).cloned());
    let subtitle = match &committee {
        Some(c) => format!("an {c}, Stand {}", german(ctx.as_of)),
        None => format!("Stand {}", german(ctx.as_of)),
    };
    let doc = Doc {
        concept: format!("{} ({})", concept.title, concept.version_label),
        since: german(since),
        committee,
        counts,
        fields: out,
        changes,
        money: money_rows,
        money_total: MoneyRow {
            field: "Summe".into(),
            budget: money(budget_total),
            spent: money(spent_total),
            share: share(spent_total, budget_total),
        },
        indicators,
        pending,
        late_milestones,
        funding: funding_rows(ctx, &measures, year).await?,
        chain: crate::impact_chain::chain(ctx, concept.id).await?,
    };
    Ok((
        format!("Sachstandsbericht {}", concept.title),
        subtitle,
        serde_json::to_value(doc).expect("the status report serialises"),
    ))
}

/// The programmes that pay lines of the concept's measures (of the reader's audience), each
/// with its lines' sum up to the day's year and the funding rules' warnings on the day.
async fn funding_rows(
    ctx: &Context<'_>,
    measures: &[Measure],
    year: i64,
) -> Result<Vec<FundingRow>, ReportError> {
    let mut sums: HashMap<i64, i64> = HashMap::new();
    for m in measures.iter().filter(|m| ctx.internal || m.public.0) {
        for b in m.budget_lines.iter().filter(|b| b.year <= year) {
            if let Some(p) = b.programme_id {
                *sums.entry(p).or_default() += b.amount_cents;
            }
        }
    }
    let day = Date::from_ymd(
        ctx.as_of.year(),
        u8::from(ctx.as_of.month()),
        ctx.as_of.day(),
    )
    .unwrap_or_else(Date::today);
    let programmes = ctx.store.programmes(ctx.body.id).await?;
    let ids: Vec<i64> = programmes.iter().map(|p| p.id).collect();
    let warnings =
        teilhabe_store::funding::warnings(&programmes, &ctx.store.proofs(&ids).await?, day);
    Ok(programmes
        .into_iter()
        .filter_map(|p| {
            let budget = *sums.get(&p.id)?;
            let attention: Vec<String> = warnings
                .iter()
                .filter(|w| w.programme_id == p.id)
                .map(|w| w.warning.german())
                .collect();
            Some(FundingRow {
                programme: p.label(),
                period: p.period(),
                budget: money(budget),
                attention: attention.join("; "),
            })
        })
        .collect())
}

/// The reports due or overdue on the day and the milestones late by then, as the
/// controlling rules ([`teilhabe_domain::controlling`]) see them with only the reports
/// dated up to the day — so a report made again for the same day says the same.
async fn outstanding(
    ctx: &Context<'_>,
    measures: &[Measure],
    reports: &HashMap<i64, Vec<ProgressReport>>,
    orgs: &HashMap<i64, String>,
) -> Result<Outstanding, ReportError> {
    let day = ctx.as_of_iso();
    let (y, m, d) = (
        ctx.as_of.year(),
        u8::from(ctx.as_of.month()),
        ctx.as_of.day(),
    );
    let as_of = Date::from_ymd(y, m, d).unwrap_or_else(Date::today);
    let facts: HashMap<i64, MeasureReporting> = ctx
        .store
        .reporting_of_body(ctx.body.id)
        .await?
        .into_iter()
        .map(|m| (m.measure_id, m))
        .collect();
    let mut pending = Vec::new();
    let mut late = Vec::new();
    let mut overdue = HashSet::new();
    for m in measures.iter().filter(|m| ctx.internal || m.public.0) {
        let Some(known) = facts.get(&m.id) else {
            continue;
        };
        let mut f = known.facts;
        let last = latest_until(
            reports.get(&m.id).map(Vec::as_slice).unwrap_or_default(),
            &day,
        );
        f.last_report = last.and_then(|r| Date::parse(&r.reported_on).ok());
        if let Some(status) = last.and_then(|r| MeasureStatus::from_code(&r.status)) {
            f.status = status;
        }
        if let Some(o) = obligation(&f, as_of).filter(|o| o.due != Due::NotYet) {
            if o.due == Due::Overdue {
                overdue.insert(m.id);
            }
            pending.push((
                o.due,
                o.next_due,
                Pending {
                    code: m.code.clone().unwrap_or_default(),
                    title: m.title.clone(),
                    lead: orgs
                        .get(&m.lead_organization_id)
                        .cloned()
                        .unwrap_or_default(),
                    due: o.due.label(),
                    next_due: o.next_due.german(),
                    last: f.last_report.map(|d| d.german()),
                },
            ));
        }
        for s in ctx.store.milestones(m.id).await? {
            if s.is_late(as_of) {
                late.push(LateMilestone {
                    measure: format!("{} {}", m.code.clone().unwrap_or_default(), m.title)
                        .trim()
                        .to_owned(),
                    title: s.title,
                    due_on: german_iso(&s.due_on),
                });
            }
        }
    }
    pending.sort_by_key(|(due, next, _)| (std::cmp::Reverse(*due), *next));
    Ok((
        pending.into_iter().map(|(_, _, p)| p).collect(),
        late,
        overdue,
    ))
}

/// Reports due or overdue, late milestones, and the measures whose report is overdue.
type Outstanding = (Vec<Pending>, Vec<LateMilestone>, HashSet<i64>);

/// The same day `months` earlier, or the month's last day where that day does not exist.
fn months_before(d: time::Date, months: i64) -> time::Date {
    let total = i64::from(d.year()) * 12 + (d.month() as i64 - 1) - months;
    let (year, month) = (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u8,
    );
    let month = time::Month::try_from(month).expect("1 to 12");
    let last = time::util::days_in_month(month, year);
    time::Date::from_calendar_date(year, month, d.day().min(last)).expect("a valid day")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_previous_report_is_whole_months_back() {
        assert_eq!(
            months_before(date!(2026 - 11 - 22), 6),
            date!(2026 - 05 - 22)
        );
        assert_eq!(
            months_before(date!(2026 - 03 - 31), 1),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            months_before(date!(2026 - 01 - 15), 12),
            date!(2025 - 01 - 15)
        );
    }

    #[test]
    fn lights_follow_status_and_start() {
        let day = "2026-11-22";
        assert_eq!(Light::of("delayed", None, day), Light::Red);
        assert_eq!(Light::of("cancelled", None, day), Light::Red);
        assert_eq!(Light::of("paused", None, day), Light::Yellow);
        assert_eq!(Light::of("planned", Some("2026-01-01"), day), Light::Yellow);
        assert_eq!(Light::of("planned", Some("2027-01-01"), day), Light::Green);
        assert_eq!(Light::of("in_progress", None, day), Light::Green);
    }
}
