//! ispit's own settings, read from the same Figment as Rocket's (`Rocket.toml`, `ROCKET_*`) plus `ISPIT_*`.

use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    /// `sqlite:…` (embedded default) or `postgres://…`.
    #[serde(default = "default_database_url")]
    pub database_url: String,
    #[serde(default = "default_db_connections")]
    pub db_max_connections: u32,
    /// How long a request waits for a database connection before it answers 503 (an outage).
    #[serde(default = "default_db_acquire_timeout")]
    pub db_acquire_timeout_seconds: u64,
    /// `full` (default: an acknowledged answer survives a power loss) or `normal` (faster; survives the
    /// process being killed, not the machine losing power).
    #[serde(default)]
    pub sqlite_synchronous: crate::db::SqliteSync,
    /// Where the session secret is kept when none is configured, and the SQLite file by default.
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    #[serde(default = "default_banks_dir")]
    pub banks_dir: PathBuf,
    #[serde(default = "default_locales_dir")]
    pub locales_dir: PathBuf,
    #[serde(default = "default_templates_dir")]
    pub templates_dir: PathBuf,
    /// Create demo accounts at start-up and print them. Turn off in production.
    #[serde(default = "yes")]
    pub demo_accounts: bool,
    /// IANA time zone in which dates are shown.
    #[serde(default = "default_time_zone")]
    pub time_zone: String,
    /// How often expired attempts are closed in the background.
    #[serde(default = "default_sweep_interval")]
    pub sweep_interval_seconds: u64,
    #[serde(default = "default_token_days")]
    pub api_token_days: i64,
}

fn default_database_url() -> String {
    "sqlite:data/ispit.db".into()
}
fn default_db_connections() -> u32 {
    8
}
fn default_db_acquire_timeout() -> u64 {
    5
}
fn default_data_dir() -> PathBuf {
    "data".into()
}
fn default_banks_dir() -> PathBuf {
    "question-banks".into()
}
fn default_locales_dir() -> PathBuf {
    "locales".into()
}
fn default_templates_dir() -> PathBuf {
    "templates".into()
}
fn yes() -> bool {
    true
}
fn default_time_zone() -> String {
    "Europe/Belgrade".into()
}
fn default_sweep_interval() -> u64 {
    15
}
fn default_token_days() -> i64 {
    30
}

impl Settings {
    pub fn db_options(&self) -> crate::db::DbOptions {
        crate::db::DbOptions {
            max_connections: self.db_max_connections,
            acquire_timeout: std::time::Duration::from_secs(self.db_acquire_timeout_seconds.max(1)),
            sqlite_sync: self.sqlite_synchronous,
        }
    }
}

/// The Figment ispit reads: Rocket's own sources, then `ISPIT_*` environment variables.
pub fn figment() -> rocket::figment::Figment {
    rocket::Config::figment().merge(rocket::figment::providers::Env::prefixed("ISPIT_").global())
}
