//! Representative surveys: weighting respondents to known population margins and estimating
//! from the weighted sample.
//!
//! The numbers follow R's `survey` package, so a statistician can check them there:
//! - [`rake`] is `survey::rake()` (iterative proportional fitting, the same stopping rule),
//!   followed by `trimWeights()` when trimming is asked for;
//! - [`Design::mean`] and friends are `svymean(..., na.rm = TRUE)` on the raked design: the
//!   standard errors are Taylor linearisation for a one-stage sample without replacement of
//!   the frame, with the raking taken into account the way `svyrecvar()` does (residuals from
//!   ten back-fitting sweeps over the margins); domains are estimated as `svyby()` does, by
//!   giving the respondents outside the domain weight zero.
//!
//! `tests/r_reference.rs` checks both against numbers made with R (`tools/survey_reference.R`).

mod estimate;
pub mod form;
pub mod io;
mod rake;

pub use estimate::{Design, Estimate, Z_95};
pub use rake::{
    Margin, MarginFit, RakeError, RakeOptions, Raking, Trim, WeightSummary, rake, summarize,
};
