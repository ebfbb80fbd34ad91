//! Weighted means and proportions with linearisation standard errors, as R's
//! `svymean(..., na.rm = TRUE)` computes them on a (raked) one-stage design.

use serde::Serialize;

use crate::rake::{Calibration, Raking};

/// The normal quantile for two-sided 95 % intervals, R's `qnorm(0.975)`.
pub const Z_95: f64 = 1.959_963_984_540_054;

/// Weights to estimate with, and the raking they came from (if any), which the standard
/// errors take into account.
#[derive(Debug, Clone, Copy)]
pub struct Design<'a> {
    weights: &'a [f64],
    calibration: Option<&'a Calibration>,
}

/// One estimate: a mean, or the share of one category.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Estimate {
    pub estimate: f64,
    pub se: f64,
    /// Respondents behind it: those who answered (in the domain), or for a share those who
    /// gave this answer.
    pub n: usize,
}

impl Estimate {
    /// The 95 % confidence interval, estimate ± 1.96 standard errors.
    pub fn ci95(&self) -> (f64, f64) {
        (
            self.estimate - Z_95 * self.se,
            self.estimate + Z_95 * self.se,
        )
    }
}

impl Raking {
    pub fn design(&self) -> Design<'_> {
        Design {
            weights: &self.weights,
            calibration: self.calibration.as_ref(),
        }
    }
}

impl<'a> Design<'a> {
    /// Weights that did not come from raking (design weights only): the standard errors are
    /// those of the weighted sample without calibration.
    pub fn weighted(weights: &'a [f64]) -> Self {
        Self {
            weights,
            calibration: None,
        }
    }

    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The weighted mean of `values` over the respondents who answered (and are in `domain`,
    /// when given). `None` when nobody did.
    pub fn mean(&self, values: &[Option<f64>], domain: Option<&[bool]>) -> Option<Estimate> {
        let include: Vec<bool> = (0..values.len())
            .map(|i| values[i].is_some() && in_domain(domain, i))
            .collect();
        let x: Vec<f64> = values.iter().map(|v| v.unwrap_or(0.0)).collect();
        let n = include.iter().filter(|&&b| b).count();
        let (estimate, se) = self.linearized(&x, &include)?;
        Some(Estimate { estimate, se, n })
    }

    /// The weighted share of each of `levels` categories among the respondents who answered
    /// (and are in `domain`, when given). `None` when nobody did.
    pub fn proportions(
        &self,
        codes: &[Option<u32>],
        levels: usize,
        domain: Option<&[bool]>,
    ) -> Option<Vec<Estimate>> {
        let include: Vec<bool> = (0..codes.len())
            .map(|i| codes[i].is_some() && in_domain(domain, i))
            .collect();
        let mut out = Vec::with_capacity(levels);
        let mut x = vec![0.0; codes.len()];
        for level in 0..levels as u32 {
            let mut n = 0;
            for (i, code) in codes.iter().enumerate() {
                let hit = *code == Some(level);
                x[i] = if hit { 1.0 } else { 0.0 };
                n += usize::from(hit && include[i]);
            }
            let (estimate, se) = self.linearized(&x, &include)?;
            out.push(Estimate { estimate, se, n });
        }
        Some(out)
    }

    /// Ratio mean of `x` over the included respondents and its standard error: the scores
    /// (x − mean)·w/Σw are residualised against the raking margins, then their variance is
    /// that of a with-replacement sample of all n respondents (R's `onestrat()`).
    fn linearized(&self, x: &[f64], include: &[bool]) -> Option<(f64, f64)> {
        let n = self.weights.len();
        assert!(
            x.len() == n && include.len() == n,
            "one value per respondent"
        );
        let w = |i: usize| if include[i] { self.weights[i] } else { 0.0 };
        let psum: f64 = (0..n).map(w).sum();
        if psum.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            return None;
        }
        let average: f64 = (0..n).map(|i| x[i] * w(i) / psum).sum();
        let mut z: Vec<f64> = (0..n)
            .map(|i| {
                if include[i] {
                    (x[i] - average) * w(i) / psum
                } else {
                    0.0
                }
            })
            .collect();
        if let Some(cal) = self.calibration {
            residualize(&mut z, cal);
        }
        if n < 2 {
            return Some((average, f64::NAN));
        }
        let zbar = z.iter().sum::<f64>() / n as f64;
        let ss: f64 = z.iter().map(|v| (v - zbar) * (v - zbar)).sum();
        Some((average, (ss * n as f64 / (n - 1) as f64).sqrt()))
    }
}

fn in_domain(domain: Option<&[bool]>, i: usize) -> bool {
    domain.is_none_or(|d| d[i])
}

/// R's `svyrecvar()` for a raking: ten back-fitting sweeps, each taking out of the scores,
/// margin by margin, the part that the margin's weights explain.
fn residualize(z: &mut [f64], cal: &Calibration) {
    let mut sums = Vec::new();
    let mut counts = Vec::new();
    for _ in 0..10 {
        for (k, (codes, levels)) in cal.codes.iter().enumerate() {
            sums.clear();
            sums.resize(*levels, 0.0);
            counts.clear();
            counts.resize(*levels, 0usize);
            for (i, &c) in codes.iter().enumerate() {
                sums[c as usize] += z[i] / cal.step_weight(k, i);
                counts[c as usize] += 1;
            }
            for (i, &c) in codes.iter().enumerate() {
                let c = c as usize;
                z[i] -= cal.step_weight(k, i) * (sums[c] / counts[c] as f64);
            }
        }
    }
}
