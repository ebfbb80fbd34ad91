//! The administration's start page: what this person manages, what is due, their own
//! measures, events and contributions.

mod admin;

pub use admin::router;
