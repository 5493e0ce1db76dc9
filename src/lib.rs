//! ispit: a multilingual quiz and language-placement server.
//!
//! The pure core (`bank`, `assessment`, `i18n`) knows nothing of Rocket, SQL or the clock; `db`, `web` and
//! `cli` are the shell around it.

pub mod assessment;
pub mod bank;
pub mod diagnostic;
pub mod i18n;
pub mod ids;
