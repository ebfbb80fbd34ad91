//! A survey's results: weighted (raked to the stored margins) when margins exist, with 95 %
//! confidence intervals that take the raking into account; broken down by the answers to
//! one question when asked; results for groups below the survey's minimum size suppressed.
//!
//! Suppression has to hold against arithmetic, not only against reading: the total of a row
//! is (up to those who did not answer the breakdown) the groups taken together, so a single
//! hidden group would come back as the total minus the others. Each row therefore hides a
//! second group beside a small one (the smallest of the rest: complementary suppression, as
//! statistical offices do for tables), the total is held to the same minimum, and a hidden
//! cell says nothing of its size.

use crate::kit::charts::de_number;
use teilhabe_store::surveys::{Questionnaire, ResponseTable};
use teilhabe_survey::form::QuestionKind;
use teilhabe_survey::{Design, Estimate, RakeOptions, WeightSummary, summarize};

pub struct Cell {
    pub text: String,
    pub ci: String,
    /// Respondents behind the estimate; 0 when suppressed (a size would give it away).
    pub n: usize,
    pub suppressed: bool,
    /// Hidden only so that a small group beside it cannot be recomputed.
    pub complementary: bool,
    /// Respondents of the group who answered the question: what decides suppression,
    /// never shown.
    base: usize,
    /// The numbers behind the text (none when suppressed), for the API.
    pub estimate: Option<Estimate>,
}

pub struct Row {
    pub label: String,
    /// The option or matrix item the row is for (its label can be translated); `None` for
    /// the mean row.
    pub option_id: Option<i64>,
    pub cells: Vec<Cell>,
}

pub struct QuestionResult {
    pub id: i64,
    pub code: String,
    pub text: String,
    pub kind: &'static str,
    pub kind_code: &'static str,
    /// What the numbers are: shares in percent, or means.
    pub unit: &'static str,
    /// `share`, `mean` or `text`, for the unit's words in other languages.
    pub unit_code: &'static str,
    pub rows: Vec<Row>,
    /// Respondents who answered, overall.
    pub answered: usize,
}

pub struct Results {
    pub n: usize,
    pub weighting: Weighting,
    /// Column heads: "Gesamt" and the groups of the breakdown.
    pub columns: Vec<String>,
    /// The breakdown's options behind the columns (`None` for the total).
    pub column_ids: Vec<Option<i64>>,
    pub by: Option<String>,
    pub by_id: Option<i64>,
    pub questions: Vec<QuestionResult>,
    pub min_group: usize,
}

pub enum Weighting {
    None,
    Raked {
        summary: WeightSummary,
        iterations: usize,
        converged: bool,
    },
    Failed(String),
}

pub use teilhabe_store::survey_tables::weight;

fn percent(e: &Estimate) -> (String, String) {
    let (lo, hi) = e.ci95();
    (
        format!("{} %", de_number(e.estimate * 100.0, 1)),
        format!(
            "{} – {}",
            de_number((lo * 100.0).max(0.0), 1),
            de_number((hi * 100.0).min(100.0), 1)
        ),
    )
}

fn mean(e: &Estimate) -> (String, String) {
    let (lo, hi) = e.ci95();
    (
        de_number(e.estimate, 2),
        format!("{} – {}", de_number(lo, 2), de_number(hi, 2)),
    )
}

/// What every question's rows are computed from: the answers, the design and the columns.
struct Tabulation<'a> {
    t: &'a ResponseTable,
    n: usize,
    design: &'a Design<'a>,
    domains: &'a [Option<Vec<bool>>],
    min_group: usize,
}

impl Tabulation<'_> {
    /// A question's rows (one per option, item or mean) and how many answered it.
    fn rows(
        &self,
        question: &teilhabe_store::surveys::SurveyQuestion,
        options: &[teilhabe_store::surveys::SurveyOption],
        kind: QuestionKind,
    ) -> (Vec<Row>, usize) {
        let Self {
            t,
            n,
            design,
            domains,
            min_group,
        } = *self;
        let cell =
            |e: Option<Estimate>, base: usize, format: Format| cell(e, base, min_group, format);
        let choices: Vec<_> = options.iter().filter(|o| o.role == "option").collect();
        let items: Vec<_> = options.iter().filter(|o| o.role == "item").collect();
        let numeric = !choices.is_empty() && choices.iter().all(|o| o.code.parse::<f64>().is_ok());
        let mut rows = Vec::new();
        let answered;
        match kind {
            QuestionKind::Single | QuestionKind::Likert => {
                let codes: Vec<Option<u32>> = (0..n)
                    .map(|r| {
                        t.value(r, question.id, "")
                            .and_then(|v| choices.iter().position(|o| o.code == v))
                            .map(|p| p as u32)
                    })
                    .collect();
                answered = codes.iter().filter(|c| c.is_some()).count();
                let per_domain: Vec<(Option<Vec<Estimate>>, usize)> = domains
                    .iter()
                    .map(|d| {
                        let base = (0..n)
                            .filter(|&r| codes[r].is_some() && d.as_ref().is_none_or(|d| d[r]))
                            .count();
                        (
                            design.proportions(&codes, choices.len(), d.as_deref()),
                            base,
                        )
                    })
                    .collect();
                for (i, o) in choices.iter().enumerate() {
                    let cells = per_domain
                        .iter()
                        .map(|(e, base)| cell(e.as_ref().map(|e| e[i]), *base, percent))
                        .collect();
                    rows.push(Row {
                        label: o.label.clone(),
                        option_id: Some(o.id),
                        cells,
                    });
                }
                if numeric && kind == QuestionKind::Likert {
                    let values: Vec<Option<f64>> = (0..n)
                        .map(|r| t.value(r, question.id, "").and_then(|v| v.parse().ok()))
                        .collect();
                    let cells = domains
                        .iter()
                        .map(|d| mean_cell(design, &values, d.as_deref(), min_group))
                        .collect();
                    rows.push(Row {
                        label: "Mittelwert".into(),
                        option_id: None,
                        cells,
                    });
                }
            }
            QuestionKind::Multiple => {
                let any: Vec<bool> = (0..n)
                    .map(|r| !t.values(r, question.id).is_empty())
                    .collect();
                answered = any.iter().filter(|&&a| a).count();
                for o in &choices {
                    let codes: Vec<Option<u32>> = (0..n)
                        .map(|r| {
                            any[r].then(|| u32::from(t.values(r, question.id).contains(&o.code)))
                        })
                        .collect();
                    let cells = domains
                        .iter()
                        .map(|d| {
                            let base = (0..n)
                                .filter(|&r| any[r] && d.as_ref().is_none_or(|d| d[r]))
                                .count();
                            cell(
                                design.proportions(&codes, 2, d.as_deref()).map(|e| e[1]),
                                base,
                                percent,
                            )
                        })
                        .collect();
                    rows.push(Row {
                        label: o.label.clone(),
                        option_id: Some(o.id),
                        cells,
                    });
                }
            }
            QuestionKind::Number => {
                let values: Vec<Option<f64>> = (0..n)
                    .map(|r| t.value(r, question.id, "").and_then(|v| v.parse().ok()))
                    .collect();
                answered = values.iter().filter(|v| v.is_some()).count();
                let cells = domains
                    .iter()
                    .map(|d| mean_cell(design, &values, d.as_deref(), min_group))
                    .collect();
                rows.push(Row {
                    label: "Mittelwert".into(),
                    option_id: None,
                    cells,
                });
            }
            QuestionKind::Matrix => {
                let mut any = 0;
                for item in &items {
                    let values: Vec<Option<f64>> = (0..n)
                        .map(|r| {
                            t.value(r, question.id, &item.code)
                                .and_then(|v| v.parse().ok())
                        })
                        .collect();
                    any = any.max(values.iter().filter(|v| v.is_some()).count());
                    if numeric {
                        let cells = domains
                            .iter()
                            .map(|d| mean_cell(design, &values, d.as_deref(), min_group))
                            .collect();
                        rows.push(Row {
                            label: item.label.clone(),
                            option_id: Some(item.id),
                            cells,
                        });
                    }
                }
                answered = any;
            }
            QuestionKind::Text => {
                answered = (0..n)
                    .filter(|&r| t.value(r, question.id, "").is_some())
                    .count();
            }
        }
        (rows, answered)
    }
}

pub fn compute(
    q: &Questionnaire,
    t: &ResponseTable,
    margins: &[(String, String, f64)],
    by: Option<&str>,
) -> Results {
    let n = t.len();
    let min_group = q.survey.min_group_size.max(1) as usize;
    let ones = vec![1.0; n];
    let raked = if margins.is_empty() || n == 0 {
        None
    } else {
        Some(weight(q, t, margins, &RakeOptions::default()))
    };
    let (design, weighting) = match &raked {
        Some(Ok(r)) => (
            r.design(),
            Weighting::Raked {
                summary: summarize(&r.weights),
                iterations: r.iterations,
                converged: r.converged,
            },
        ),
        Some(Err(e)) => (Design::weighted(&ones), Weighting::Failed(e.clone())),
        None => (Design::weighted(&ones), Weighting::None),
    };

    // The breakdown: one domain per option of a choice question.
    let by_question = by.and_then(|code| {
        q.questions.iter().find(|(x, _)| {
            x.code == code
                && x.kind != "multiple"
                && x.kind != "matrix"
                && x.kind != "text"
                && x.kind != "number"
        })
    });
    let mut columns = vec!["Gesamt".to_string()];
    let mut column_ids = vec![None];
    let mut domains: Vec<Option<Vec<bool>>> = vec![None];
    if let Some((bq, options)) = by_question {
        for o in options.iter().filter(|o| o.role == "option") {
            columns.push(o.label.clone());
            column_ids.push(Some(o.id));
            domains.push(Some(
                (0..n)
                    .map(|r| t.value(r, bq.id, "") == Some(o.code.as_str()))
                    .collect(),
            ));
        }
    }

    let tab = Tabulation {
        t,
        n,
        design: &design,
        domains: &domains,
        min_group,
    };
    let mut questions = Vec::new();
    for (question, options) in &q.questions {
        let kind = QuestionKind::from_code(&question.kind).unwrap_or(QuestionKind::Text);
        let (mut rows, answered) = tab.rows(question, options, kind);
        protect(&mut rows);
        let (unit, unit_code) = match kind {
            QuestionKind::Number | QuestionKind::Matrix => ("Mittelwert", "mean"),
            QuestionKind::Text => ("Freitext", "text"),
            _ => ("Anteil", "share"),
        };
        questions.push(QuestionResult {
            id: question.id,
            code: question.code.clone(),
            text: question.text.clone(),
            kind: kind.label(),
            kind_code: kind.code(),
            unit,
            unit_code,
            rows,
            answered,
        });
    }
    Results {
        n,
        weighting,
        columns,
        column_ids,
        by: by_question.map(|(b, _)| b.text.clone()),
        by_id: by_question.map(|(b, _)| b.id),
        questions,
        min_group,
    }
}

type Format = fn(&Estimate) -> (String, String);

/// A shown estimate, or "–" when fewer than `min_group` answered.
fn cell(e: Option<Estimate>, base: usize, min_group: usize, format: Format) -> Cell {
    match e {
        Some(e) if base >= min_group => {
            let (text, ci) = format(&e);
            Cell {
                text,
                ci,
                n: e.n,
                suppressed: false,
                complementary: false,
                base,
                estimate: Some(e),
            }
        }
        _ => hidden(false, base),
    }
}

fn hidden(complementary: bool, base: usize) -> Cell {
    Cell {
        estimate: None,
        text: "–".into(),
        ci: String::new(),
        n: 0,
        suppressed: true,
        complementary,
        base,
    }
}

/// Complementary suppression of one question's table (column 0 the total, the others the
/// groups). Whole columns are hidden, since a column's shares add up to 100 %: where exactly
/// one group column holds a hidden cell, the shown group column with the fewest respondents
/// is hidden in every row too, so that no hidden cell is the total minus the shown ones.
fn protect(rows: &mut [Row]) {
    let columns = rows.first().map_or(0, |r| r.cells.len());
    let hidden_in = |rows: &[Row], j: usize| rows.iter().any(|r| r.cells[j].suppressed);
    let small: Vec<usize> = (1..columns).filter(|&j| hidden_in(rows, j)).collect();
    for &j in &small {
        for row in rows.iter_mut() {
            let base = row.cells[j].base;
            row.cells[j] = hidden(false, base);
        }
    }
    if small.len() != 1 {
        return;
    }
    let base_of = |j: usize| rows.iter().map(|r| r.cells[j].base).max().unwrap_or(0);
    let Some(partner) = (1..columns)
        .filter(|&j| !small.contains(&j))
        .min_by_key(|&j| base_of(j))
    else {
        return;
    };
    for row in rows.iter_mut() {
        let base = row.cells[partner].base;
        row.cells[partner] = hidden(true, base);
    }
}

fn mean_cell(
    design: &Design<'_>,
    values: &[Option<f64>],
    domain: Option<&[bool]>,
    min_group: usize,
) -> Cell {
    let base = values
        .iter()
        .enumerate()
        .filter(|(r, v)| v.is_some() && domain.is_none_or(|d| d[*r]))
        .count();
    cell(design.mean(values, domain), base, min_group, mean)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(base: usize) -> Cell {
        let e = Estimate {
            estimate: 0.5,
            se: 0.1,
            n: base / 2,
        };
        cell(Some(e), base, 5, percent)
    }

    fn table(bases: &[usize], rows: usize) -> Vec<Row> {
        (0..rows)
            .map(|_| Row {
                label: String::new(),
                option_id: None,
                cells: bases.iter().map(|&b| shown(b)).collect(),
            })
            .collect()
    }

    fn hidden_columns(rows: &[Row]) -> Vec<bool> {
        (0..rows[0].cells.len())
            .map(|j| rows.iter().all(|r| r.cells[j].suppressed))
            .collect()
    }

    #[test]
    fn one_hidden_group_takes_the_smallest_other_with_it_in_every_row() {
        let mut rows = table(&[40, 20, 3, 9, 8], 3);
        protect(&mut rows);
        assert_eq!(hidden_columns(&rows), [false, false, true, false, true]);
        assert!(
            rows.iter()
                .all(|r| r.cells[4].complementary && !r.cells[2].complementary)
        );
        assert!(
            rows.iter()
                .flat_map(|r| &r.cells)
                .filter(|c| c.suppressed)
                .all(|c| c.n == 0 && c.estimate.is_none())
        );
        // Two small groups hide each other; nothing more is taken.
        let mut rows = table(&[40, 30, 3, 2], 2);
        protect(&mut rows);
        assert_eq!(hidden_columns(&rows), [false, false, true, true]);
        // A small total is hidden by the same rule.
        assert!(shown(4).suppressed);
    }
}
