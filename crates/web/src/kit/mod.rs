//! What every capability shares and none owns: the state, the page frame and its
//! languages, forms, errors, the authorization guard, the request's person and cookies,
//! the page cache, charts, uploads, the API's conventions and the static files. Nothing
//! here imports a capability.

pub mod api;
pub mod assets;
pub mod auth;
pub mod charts;
pub mod context;
pub mod error;
pub mod form;
pub mod format;
pub mod i18n;
pub mod indicator_head;
pub mod layout;
pub mod mails;
pub mod metrics;
pub mod moved;
pub mod oidc;
pub mod pages;
pub mod prints;
pub mod proxies;
pub mod request;
pub mod state;
pub mod upload;
