//! Raking (iterative proportional fitting) as R's `survey::rake()` does it, and trimming as
//! `trimWeights()` does it.
//!
//! The adjustment factor of a respondent depends only on her combination of margin
//! categories (her joint cell), so the sweeps run over the joint cells that occur in the
//! sample — a few hundred at most — rather than over the respondents; the respondents are
//! touched once to find their cells and once to write their weights.

use std::collections::HashMap;

use serde::Serialize;

/// One margin to rake to: every respondent's category, and the population total of each.
#[derive(Debug, Clone)]
pub struct Margin {
    /// The variable, as the user named it (`alter`, `geschlecht`, …).
    pub name: String,
    /// The categories, in the order of `targets`.
    pub categories: Vec<String>,
    /// Population total of each category.
    pub targets: Vec<f64>,
    /// Each respondent's category: an index into `categories`.
    pub codes: Vec<u32>,
}

/// When to stop, and how to trim.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RakeOptions {
    /// Stop when no joint cell's weighted total moved by this much in a sweep. Below 1 it is a
    /// fraction of the sum of the design weights (R's `epsilon`).
    pub epsilon: f64,
    /// At most this many sweeps over all margins (R's `maxit`).
    pub max_iter: usize,
    pub trim: Option<Trim>,
}

impl Default for RakeOptions {
    /// Tighter than R's defaults (`epsilon = 1, maxit = 10`), which stop early when the targets
    /// are shares rather than head counts: the totals must settle to a millionth of the sum.
    fn default() -> Self {
        Self {
            epsilon: 1e-6,
            max_iter: 100,
            trim: None,
        }
    }
}

/// Bounds on the final weights. What is cut off above (or added below) is spread evenly over
/// the weights inside the bounds; `strict` repeats that until none is outside.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Trim {
    pub lower: f64,
    pub upper: f64,
    pub strict: bool,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RakeError {
    #[error("Es ist keine Randverteilung angegeben.")]
    NoMargins,
    #[error("Randverteilung „{margin}“: {got} Befragte eingeteilt, es sind aber {expected}.")]
    Length {
        margin: String,
        expected: usize,
        got: usize,
    },
    #[error("Es gibt keine Befragten.")]
    NoRespondents,
    #[error("Designgewicht des {row}. Befragten ist {weight}; es muss eine positive Zahl sein.")]
    DesignWeight { row: usize, weight: f64 },
    #[error(
        "Randverteilung „{margin}“, Kategorie „{category}“: Sollwert {target} ist keine Zahl ≥ 0."
    )]
    Target {
        margin: String,
        category: String,
        target: f64,
    },
    #[error(
        "Randverteilung „{margin}“, Kategorie „{category}“: {respondents} Befragte, aber kein Sollwert (0 oder fehlend). \
         Sollwert ergänzen oder die Kategorie mit einer anderen zusammenlegen."
    )]
    NoTarget {
        margin: String,
        category: String,
        respondents: usize,
    },
    #[error(
        "Randverteilung „{margin}“, Kategorie „{category}“: Sollwert {target}, aber keine Befragten (leere Zelle). \
         Die Kategorie mit einer benachbarten zusammenlegen."
    )]
    EmptyCell {
        margin: String,
        category: String,
        target: f64,
    },
    #[error("Trimmgrenzen: die untere ({lower}) muss kleiner als die obere ({upper}) sein.")]
    TrimBounds { lower: f64, upper: f64 },
    #[error(
        "Trimmgrenzen: alle Gewichte liegen außerhalb von {lower} bis {upper}; die Grenzen passen nicht zu den Sollwerten."
    )]
    TrimAll { lower: f64, upper: f64 },
}

/// How well the weights meet one margin.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarginFit {
    pub margin: String,
    pub category: String,
    pub target: f64,
    /// Sum of the final weights in the category.
    pub weighted: f64,
    /// Unweighted number of respondents in the category.
    pub respondents: usize,
}

/// The outcome of [`rake`].
#[derive(Debug, Clone)]
pub struct Raking {
    /// One weight per respondent.
    pub weights: Vec<f64>,
    pub converged: bool,
    /// Sweeps done before the totals settled (or `max_iter`), counted as R counts them.
    pub iterations: usize,
    /// The largest change of a joint cell's total in the last sweep.
    pub delta: f64,
    /// The absolute tolerance `delta` was held against.
    pub epsilon: f64,
    /// Weights moved by trimming (0 without trimming).
    pub trimmed: usize,
    pub fit: Vec<MarginFit>,
    /// What the variance estimation needs to know about the calibration.
    pub(crate) calibration: Option<Calibration>,
}

/// The weights after each margin's step in the last sweep, as R keeps them in
/// `design$postStrata` for `svyrecvar()`: respondent `i`'s weight after margin `k` is
/// `design[i] * steps[k][cell[i]]`.
#[derive(Debug, Clone)]
pub(crate) struct Calibration {
    pub(crate) design: Vec<f64>,
    pub(crate) cell: Vec<u32>,
    /// Per margin: each respondent's category, and how many categories there are.
    pub(crate) codes: Vec<(Vec<u32>, usize)>,
    pub(crate) steps: Vec<Vec<f64>>,
}

impl Calibration {
    pub(crate) fn step_weight(&self, margin: usize, i: usize) -> f64 {
        self.design[i] * self.steps[margin][self.cell[i] as usize]
    }
}

/// Rake `design` weights (one per respondent; all 1 for a simple random sample) to `margins`.
pub fn rake(
    design: &[f64],
    margins: &[Margin],
    options: &RakeOptions,
) -> Result<Raking, RakeError> {
    let n = design.len();
    if margins.is_empty() {
        return Err(RakeError::NoMargins);
    }
    if n == 0 {
        return Err(RakeError::NoRespondents);
    }
    for m in margins {
        if m.codes.len() != n {
            return Err(RakeError::Length {
                margin: m.name.clone(),
                expected: n,
                got: m.codes.len(),
            });
        }
    }
    if let Some((row, &weight)) = design
        .iter()
        .enumerate()
        .find(|(_, w)| !(w.is_finite() && **w > 0.0))
    {
        return Err(RakeError::DesignWeight {
            row: row + 1,
            weight,
        });
    }
    if let Some(t) = options.trim
        && t.lower.partial_cmp(&t.upper) != Some(std::cmp::Ordering::Less)
    {
        return Err(RakeError::TrimBounds {
            lower: t.lower,
            upper: t.upper,
        });
    }

    let (cell, cells) = joint_cells(margins, n);
    let mut base = vec![0.0; cells.len()];
    for (i, &c) in cell.iter().enumerate() {
        base[c as usize] += design[i];
    }
    let counts = category_counts(margins);
    check_margins(margins, &cells, &base, &counts)?;

    let epsilon = if options.epsilon < 1.0 {
        options.epsilon * design.iter().sum::<f64>()
    } else {
        options.epsilon
    };
    let mut factor = vec![1.0; cells.len()];
    let mut old: Vec<f64> = base.clone();
    let mut steps = vec![Vec::new(); margins.len()];
    let mut totals: Vec<Vec<f64>> = margins.iter().map(|m| vec![0.0; m.targets.len()]).collect();
    let (mut iterations, mut converged, mut delta) = (0, false, f64::NAN);
    while iterations < options.max_iter {
        for (k, m) in margins.iter().enumerate() {
            let total = &mut totals[k];
            total.fill(0.0);
            for (c, key) in cells.iter().enumerate() {
                total[key[k] as usize] += base[c] * factor[c];
            }
            for (c, key) in cells.iter().enumerate() {
                let j = key[k] as usize;
                factor[c] *= m.targets[j] / total[j];
            }
            steps[k].clone_from(&factor);
        }
        delta = 0.0;
        for c in 0..cells.len() {
            let new = base[c] * factor[c];
            delta = f64::max(delta, (old[c] - new).abs());
            old[c] = new;
        }
        if delta < epsilon {
            converged = true;
            break;
        }
        iterations += 1;
    }

    let mut weights: Vec<f64> = cell
        .iter()
        .zip(design)
        .map(|(&c, w)| w * factor[c as usize])
        .collect();
    let trimmed = match options.trim {
        Some(t) => trim(&mut weights, t)?,
        None => 0,
    };
    let calibration = (options.max_iter > 0).then(|| Calibration {
        design: design.to_vec(),
        codes: margins
            .iter()
            .map(|m| (m.codes.clone(), m.targets.len()))
            .collect(),
        cell,
        steps,
    });
    let fit = margin_fit(margins, &weights, &counts);
    Ok(Raking {
        weights,
        converged,
        iterations,
        delta,
        epsilon,
        trimmed,
        fit,
        calibration,
    })
}

impl Raking {
    /// One sentence for people: how many, how many sweeps, effective n, design effect,
    /// range of the weights, trimming.
    pub fn report_de(&self) -> String {
        let s = summarize(&self.weights);
        let de = |v: f64, d: usize| format!("{v:.d$}").replace('.', ",");
        format!(
            "{} Antworten, {} Durchläufe{}; effektive Fallzahl {}, Designeffekt {}; Gewichte von {} bis {}{}.",
            s.n,
            self.iterations,
            if self.converged {
                ""
            } else {
                " (nicht konvergiert)"
            },
            de(s.effective_n, 1),
            de(s.design_effect, 3),
            de(s.min, 3),
            de(s.max, 3),
            if self.trimmed > 0 {
                format!(", {} getrimmt", self.trimmed)
            } else {
                String::new()
            }
        )
    }
}

/// Each respondent's joint cell, and each joint cell's category per margin. The cells are
/// numbered in the order respondents first show them.
fn joint_cells(margins: &[Margin], n: usize) -> (Vec<u32>, Vec<Vec<u32>>) {
    let mut cells: Vec<Vec<u32>> = Vec::new();
    let mut cell = Vec::with_capacity(n);
    let key_of = |i: usize| margins.iter().map(|m| m.codes[i]).collect::<Vec<u32>>();
    // The combination as one number (mixed radix); a plain table when there are few.
    let size = margins
        .iter()
        .try_fold(1u64, |p, m| p.checked_mul(m.targets.len().max(1) as u64));
    let radix = |i: usize| {
        margins.iter().fold(0u64, |k, m| {
            k * m.targets.len().max(1) as u64 + u64::from(m.codes[i])
        })
    };
    match size {
        Some(size) if size <= 1 << 22 => {
            let mut table = vec![u32::MAX; size as usize];
            for i in 0..n {
                let slot = &mut table[radix(i) as usize];
                if *slot == u32::MAX {
                    *slot = cells.len() as u32;
                    cells.push(key_of(i));
                }
                cell.push(*slot);
            }
        }
        Some(_) => {
            let mut index: HashMap<u64, u32> = HashMap::new();
            for i in 0..n {
                let c = *index.entry(radix(i)).or_insert_with(|| {
                    cells.push(key_of(i));
                    cells.len() as u32 - 1
                });
                cell.push(c);
            }
        }
        None => {
            let mut index: HashMap<Vec<u32>, u32> = HashMap::new();
            for i in 0..n {
                let c = *index.entry(key_of(i)).or_insert_with_key(|key| {
                    cells.push(key.clone());
                    cells.len() as u32 - 1
                });
                cell.push(c);
            }
        }
    }
    (cell, cells)
}

/// Respondents per category of each margin.
fn category_counts(margins: &[Margin]) -> Vec<Vec<usize>> {
    margins
        .iter()
        .map(|m| {
            let mut count = vec![0usize; m.targets.len()];
            for &c in &m.codes {
                count[c as usize] += 1;
            }
            count
        })
        .collect()
}

/// The refusals of R's `postStratify()`: respondents without a target, a target without
/// respondents; and targets that are not numbers.
fn check_margins(
    margins: &[Margin],
    cells: &[Vec<u32>],
    base: &[f64],
    counts: &[Vec<usize>],
) -> Result<(), RakeError> {
    for (k, m) in margins.iter().enumerate() {
        let mut weighted = vec![0.0; m.targets.len()];
        for (c, key) in cells.iter().enumerate() {
            weighted[key[k] as usize] += base[c];
        }
        for (j, &target) in m.targets.iter().enumerate() {
            let category = || {
                m.categories
                    .get(j)
                    .cloned()
                    .unwrap_or_else(|| j.to_string())
            };
            if !(target.is_finite() && target >= 0.0) {
                return Err(RakeError::Target {
                    margin: m.name.clone(),
                    category: category(),
                    target,
                });
            }
            if counts[k][j] > 0 && target == 0.0 {
                return Err(RakeError::NoTarget {
                    margin: m.name.clone(),
                    category: category(),
                    respondents: counts[k][j],
                });
            }
            if weighted[j] == 0.0 && target > 0.0 {
                return Err(RakeError::EmptyCell {
                    margin: m.name.clone(),
                    category: category(),
                    target,
                });
            }
        }
    }
    Ok(())
}

fn margin_fit(margins: &[Margin], weights: &[f64], counts: &[Vec<usize>]) -> Vec<MarginFit> {
    let mut fit = Vec::new();
    for (k, m) in margins.iter().enumerate() {
        let mut weighted = vec![0.0; m.targets.len()];
        for (&c, w) in m.codes.iter().zip(weights) {
            weighted[c as usize] += w;
        }
        for (j, &target) in m.targets.iter().enumerate() {
            fit.push(MarginFit {
                margin: m.name.clone(),
                category: m.categories.get(j).cloned().unwrap_or_default(),
                target,
                weighted: weighted[j],
                respondents: counts[k][j],
            });
        }
    }
    fit
}

/// Trimming as R's `trimWeights()` does it: clamp to the bounds and spread what was cut
/// evenly over the weights that were inside. That one pass may push weights across a bound
/// again; `strict` then repeats it, but (unlike R, whose strict mode re-clamps the same
/// weights back and forth until its stack overflows) a weight once clamped stays at its
/// bound, so it ends after at most n passes. Returns how many weights were clamped.
fn trim(weights: &mut [f64], t: Trim) -> Result<usize, RakeError> {
    let mut fixed = vec![false; weights.len()];
    loop {
        let mut cut = 0.0;
        let mut clamped_now = 0;
        for (w, fixed) in weights.iter_mut().zip(&mut fixed) {
            if !*fixed && (*w < t.lower || *w > t.upper) {
                let new = w.min(t.upper).max(t.lower);
                cut += *w - new;
                *w = new;
                *fixed = true;
                clamped_now += 1;
            }
        }
        let free = fixed.iter().filter(|f| !**f).count();
        let clamped = weights.len() - free;
        if clamped_now == 0 {
            return Ok(clamped);
        }
        if free == 0 {
            return Err(RakeError::TrimAll {
                lower: t.lower,
                upper: t.upper,
            });
        }
        let share = cut / free as f64;
        for (w, &fixed) in weights.iter_mut().zip(&fixed) {
            if !fixed {
                *w += share;
            }
        }
        if !t.strict {
            return Ok(clamped);
        }
    }
}

/// The figures a statistician looks at first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeightSummary {
    pub n: usize,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    /// Kish's effective sample size, (Σw)² / Σw².
    pub effective_n: f64,
    /// Kish's design effect due to weighting, n / effective n = 1 + CV².
    pub design_effect: f64,
}

pub fn summarize(weights: &[f64]) -> WeightSummary {
    let n = weights.len();
    let sum: f64 = weights.iter().sum();
    let squares: f64 = weights.iter().map(|w| w * w).sum();
    let effective_n = if squares > 0.0 {
        sum * sum / squares
    } else {
        0.0
    };
    WeightSummary {
        n,
        sum,
        min: weights.iter().copied().fold(f64::INFINITY, f64::min),
        max: weights.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        mean: if n > 0 { sum / n as f64 } else { f64::NAN },
        effective_n,
        design_effect: if effective_n > 0.0 {
            n as f64 / effective_n
        } else {
            f64::NAN
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn margin(name: &str, categories: &[&str], targets: &[f64], codes: &[u32]) -> Margin {
        Margin {
            name: name.into(),
            categories: categories
                .iter()
                .map(std::string::ToString::to_string)
                .collect(),
            targets: targets.to_vec(),
            codes: codes.to_vec(),
        }
    }

    /// Eight respondents, sex × two age groups, unevenly spread.
    fn sample() -> (Vec<f64>, Vec<Margin>) {
        let sex = margin(
            "geschlecht",
            &["w", "m"],
            &[520.0, 480.0],
            &[0, 0, 0, 0, 0, 1, 1, 1],
        );
        let age = margin(
            "alter",
            &["jung", "alt"],
            &[400.0, 600.0],
            &[0, 1, 1, 1, 1, 0, 0, 1],
        );
        (vec![1.0; 8], vec![sex, age])
    }

    #[test]
    fn raked_weights_meet_every_margin() {
        let (design, margins) = sample();
        let r = rake(&design, &margins, &RakeOptions::default()).unwrap();
        assert!(r.converged);
        for f in &r.fit {
            assert!((f.weighted - f.target).abs() < 1e-3, "{f:?}");
        }
        let s = summarize(&r.weights);
        assert!((s.sum - 1000.0).abs() < 1e-6);
        assert!(s.effective_n < 8.0 && s.design_effect > 1.0);
        assert_eq!(s.n, 8);
    }

    #[test]
    fn empty_cells_and_missing_targets_are_refused_by_name() {
        let (design, mut margins) = sample();
        margins[1] = margin(
            "alter",
            &["jung", "alt", "hochbetagt"],
            &[400.0, 500.0, 100.0],
            &[0, 1, 1, 1, 1, 0, 0, 1],
        );
        let e = rake(&design, &margins, &RakeOptions::default()).unwrap_err();
        assert_eq!(
            e,
            RakeError::EmptyCell {
                margin: "alter".into(),
                category: "hochbetagt".into(),
                target: 100.0
            }
        );
        assert!(e.to_string().contains("keine Befragten"));

        margins[1] = margin(
            "alter",
            &["jung", "alt"],
            &[1000.0, 0.0],
            &[0, 1, 1, 1, 1, 0, 0, 1],
        );
        let e = rake(&design, &margins, &RakeOptions::default()).unwrap_err();
        assert_eq!(
            e,
            RakeError::NoTarget {
                margin: "alter".into(),
                category: "alt".into(),
                respondents: 5
            }
        );

        let e = rake(
            &[1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
            &sample().1,
            &RakeOptions::default(),
        )
        .unwrap_err();
        assert_eq!(
            e,
            RakeError::DesignWeight {
                row: 2,
                weight: 0.0
            }
        );
    }

    #[test]
    fn margins_that_disagree_show_in_the_fit() {
        let (design, mut margins) = sample();
        margins[0].targets = vec![520.0, 580.0]; // 1,100 women and men, 1,000 by age
        let r = rake(&design, &margins, &RakeOptions::default()).unwrap();
        // The sweeps settle (R would call that converged), but the sex margin cannot hold.
        let sex: f64 = r
            .fit
            .iter()
            .filter(|f| f.margin == "geschlecht")
            .map(|f| (f.weighted - f.target).abs())
            .sum();
        assert!(sex > 50.0, "misfit {sex}");
    }

    #[test]
    fn non_convergence_is_reported_with_the_sweeps_done() {
        let (design, margins) = sample();
        let r = rake(
            &design,
            &margins,
            &RakeOptions {
                epsilon: 1e-15,
                max_iter: 2,
                trim: None,
            },
        )
        .unwrap();
        assert!(!r.converged);
        assert_eq!(r.iterations, 2);
        assert!(r.delta > r.epsilon);
    }

    #[test]
    fn strict_trimming_ends_with_every_weight_inside_and_the_total_kept() {
        let mut w = vec![1.0, 1.0, 1.0, 1.0, 2.0, 9.0, 10.0, 0.1, 0.2, 4.7];
        let total: f64 = w.iter().sum();
        let t = Trim {
            lower: 0.5,
            upper: 4.0,
            strict: true,
        };
        let clamped = trim(&mut w, t).unwrap();
        assert_eq!(
            clamped, 6,
            "five clamped at first, then the 2.0 that the spread pushed over 4: {w:?}"
        );
        assert!(
            w.iter()
                .all(|&x| x >= t.lower - 1e-12 && x <= t.upper + 1e-12),
            "{w:?}"
        );
        assert!((w.iter().sum::<f64>() - total).abs() < 1e-9);

        let mut w = vec![10.0, 20.0];
        assert_eq!(
            trim(&mut w, t),
            Err(RakeError::TrimAll {
                lower: 0.5,
                upper: 4.0
            })
        );
    }
}
