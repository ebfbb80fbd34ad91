//! Teilhabe's storage: one code path for SQLite (embedded default) and PostgreSQL
//! (shared hosting), chosen by the database URL at start-up.
//!
//! SQL is written once, with `$N` placeholders that both backends understand, and runs
//! through sqlx's `Any` driver. Each backend has its own migration folder with the same
//! file names (`migrations/sqlite`, `migrations/postgres`), embedded into the binary.
//! Dates are ISO text, timestamps RFC 3339 UTC text, money integer cents — the same
//! representation on both databases, so dumps and comparisons are exact.

mod db;
mod error;
mod records;

pub mod accounts;
pub mod alignment;
pub mod api_tokens;
pub mod audit;
pub mod backup;
pub mod bodies;
pub mod catalogue;
pub mod comments;
pub mod concepts;
pub mod controlling;
pub mod council;
pub mod dump;
pub mod files;
pub mod funding;
pub mod impact;
pub mod impact_chain;
pub mod indicators;
pub mod load;
pub mod measures;
pub mod memberships;
pub mod oparl;
pub mod oparl_import;
pub mod operations;
pub mod organizations;
pub mod outbox;
mod owners;
pub mod participation;
pub mod peers;
pub mod plan_sheet;
pub mod privacy;
pub mod resolutions;
pub mod revision;
pub mod search;
pub mod second_factor;
pub mod sso;
pub mod stats;
pub mod survey_indicators;
pub mod survey_tables;
pub mod surveys;
pub mod testdb;
pub mod throttle;
pub mod translations;

pub use db::{Backend, MigrationStatus, Store, default_database_url};
pub use error::StoreError;
pub use records::*;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
