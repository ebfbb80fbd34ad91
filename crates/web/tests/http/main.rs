//! Scenario tests over HTTP against the real server, on SQLite and PostgreSQL.

#[macro_use]
mod common;
mod access;
mod admin;
mod alignment;
mod api;
mod comments;
mod controlling;
mod council;
mod funding;
mod impact;
mod kept_pages;
mod languages;
mod leak;
mod logins;
mod monitoring;
mod oparl;
mod oparl_import;
mod opendata;
mod operations;
mod pages;
mod participation;
mod peers;
mod plan_sheet;
mod privacy;
mod reports;
mod resolutions;
mod revision;
mod rounds;
mod search;
mod sessions;
mod sso;
mod survey_indicators;
mod surveys;
mod translations;
mod trust;
