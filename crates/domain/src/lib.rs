//! Teilhabe's domain: the vocabulary of an integration concept and the rules its data obeys.
//!
//! Everything here is pure. Input from forms, the JSON API and dump files is parsed into
//! these types once, at the edge; storage and templates can then trust what they get.

pub mod access;
pub mod alignment;
pub mod bodies;
pub mod codes;
pub mod comments;
pub mod concepts;
pub mod controlling;
pub mod council;
pub mod files;
pub mod funding;
pub mod impact;
pub mod input;
pub mod languages;
pub mod links;
pub mod participation;
pub mod plan_sheet;
pub mod resolutions;
pub mod revision;
pub mod search;
pub mod spreadsheet;
pub mod survey_indicators;
pub mod surveys;
pub mod translations;
pub mod values;

pub use codes::*;
pub use input::{FieldErrors, RawInput};
pub use values::{Date, Money, OfficialKey, Percent, Period};
