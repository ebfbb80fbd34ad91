//! Routes by capability. Each module exports its `router()`.

pub mod account;
pub mod admin;
pub mod api;
pub mod api_monitoring;
pub mod api_participation;
pub mod api_translations;
pub mod assets;
pub mod council;
pub mod monitoring;
pub mod oparl;
pub mod participation;
pub mod public;
pub mod search;
pub mod surveys;
