//! ispit: a multilingual quiz and language-placement server.
//!
//! The pure core (`bank`, `assessment`, `i18n`) knows nothing of Rocket, SQL or the clock; `db`, `service`,
//! `web` and the command line in `main.rs` are the shell around it.

pub mod analysis;
pub mod assessment;
pub mod assignments;
pub mod auth;
pub mod bank;
pub mod certificates;
pub mod charts;
pub mod cli;
pub mod db;
pub mod demo;
pub mod diagnostic;
pub mod i18n;
pub mod ids;
pub mod interchange;
pub mod mail;
pub mod people;
pub mod placement;
pub mod service;
pub mod web;
