//! Generated data for Teilhabe's benchmarks (`teilhabe bench-data`): counties at full
//! size ([`counties`]), bodies with many papers and contributions ([`pages`]), and the
//! official statistics of every region ([`statistics`]). Not part of the product: only the
//! command line uses it. Rows go through the same tables, triggers and indexes as in use,
//! written wholesale through [`teilhabe_store::load`]; the tests check the generator's
//! column lists against the schema, so a new required column fails a test, not a
//! benchmark run.

mod columns;
pub mod counties;
mod county;
mod names;
pub mod pages;
mod rows;
pub mod statistics;

pub use counties::{ScaleOptions, ScaleSummary, generate_scale};
pub use pages::{generate_bench_body, generate_bench_contributions};
pub use statistics::generate_scale_statistics;
