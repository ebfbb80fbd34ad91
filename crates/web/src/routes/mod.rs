//! Routes by capability. Each module exports its `router()`.

pub mod admin;
pub mod api;
pub mod assets;
pub mod council;
pub mod monitoring;
pub mod oparl;
pub mod public;
