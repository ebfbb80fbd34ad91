//! The portal's own pages: the start page, the accessibility statements, short links.

mod public;

pub use public::router;
