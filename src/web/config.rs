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
    /// Where email goes: an SMTP URL as lettre reads it (`smtp://user:pass@host:587?tls=required`,
    /// `smtps://host`), also `ISPIT_SMTP_URL`. Unset: each email is written as an `.eml` file in `mail_dir`.
    #[serde(default)]
    pub smtp_url: Option<String>,
    /// A PEM file of a certificate authority to trust as well (an SMTP server with a self-signed
    /// certificate).
    #[serde(default)]
    pub smtp_ca_file: Option<PathBuf>,
    /// The sender of every email.
    #[serde(default = "default_mail_from")]
    pub mail_from: String,
    /// The server's address as learners reach it: links in emails and certificates, and the domain of
    /// Message-IDs.
    #[serde(default = "default_public_url")]
    pub public_url: String,
    /// Where emails are written when no SMTP server is configured (default `<data_dir>/mail`).
    #[serde(default)]
    pub mail_dir: Option<PathBuf>,
    /// Tries before an email is marked failed (an administrator can re-send it).
    #[serde(default = "default_mail_max_tries")]
    pub mail_max_tries: u32,
    /// The delay after the first failed try; it doubles with each try, up to an hour.
    #[serde(default = "default_mail_retry_seconds")]
    pub mail_retry_seconds: i64,
    /// How often the queue is looked at.
    #[serde(default = "default_mail_poll_seconds")]
    pub mail_poll_seconds: u64,
    /// How long before an assignment's due time a learner who has not submitted it is reminded (0: no
    /// reminders).
    #[serde(default = "default_reminder_hours")]
    pub reminder_hours: i64,
    /// How far back the background sweep looks for passes left without their certificate (a crash between
    /// the submit and the issue). Older results are certified only by an administrator, so turning
    /// `certificate = true` on for a quiz does not mail its whole history (0: no catch-up).
    #[serde(default = "default_catch_up_hours")]
    pub certificate_catch_up_hours: i64,
    /// How long a password-reset link works, in minutes.
    #[serde(default = "default_reset_link_minutes")]
    pub reset_link_minutes: i64,
    /// How long a one-time sign-in link works, in minutes.
    #[serde(default = "default_sign_in_link_minutes")]
    pub sign_in_link_minutes: i64,
    /// Link emails (reset or sign-in) sent to one address within an hour, at most.
    #[serde(default = "default_link_emails_per_address")]
    pub link_emails_per_address_hour: i64,
    /// Link requests from one client (IP) address within an hour, at most. Behind a reverse proxy, set
    /// Rocket's `ip_header` to the header it writes the client's address in (and make sure clients cannot
    /// send it themselves).
    #[serde(default = "default_link_requests_per_client")]
    pub link_requests_per_client_hour: i64,
}

fn default_reset_link_minutes() -> i64 {
    60
}
fn default_sign_in_link_minutes() -> i64 {
    15
}
fn default_link_emails_per_address() -> i64 {
    3
}
fn default_link_requests_per_client() -> i64 {
    20
}

fn default_catch_up_hours() -> i64 {
    24
}
fn default_mail_from() -> String {
    "ispit <ispit@localhost>".into()
}
fn default_public_url() -> String {
    "http://localhost:8000".into()
}
fn default_mail_max_tries() -> u32 {
    8
}
fn default_mail_retry_seconds() -> i64 {
    30
}
fn default_mail_poll_seconds() -> u64 {
    5
}
fn default_reminder_hours() -> i64 {
    24
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
    /// The folder of `.eml` files when no SMTP server is configured.
    pub fn mail_dir(&self) -> PathBuf {
        self.mail_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("mail"))
    }

    /// The public URL without a trailing slash.
    pub fn public_base(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }

    /// Lifetimes and request limits of emailed links.
    pub fn link_policy(&self) -> crate::auth::links::LinkPolicy {
        crate::auth::links::LinkPolicy {
            reset_seconds: self.reset_link_minutes.saturating_mul(60),
            sign_in_seconds: self.sign_in_link_minutes.saturating_mul(60),
            per_address: self.link_emails_per_address_hour,
            per_client: self.link_requests_per_client_hour,
        }
    }

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

/// ispit's settings as the server reads them, for the command-line tools that work on the same install;
/// the error is the message to print.
pub fn settings() -> Result<Settings, String> {
    figment().extract().map_err(|e| e.to_string())
}

/// The default log filter: ispit's own events at info, Rocket's at its `log_level` (`normal` in debug
/// builds, `critical` in release unless configured). Once tracing takes over the `log` facade, Rocket's own
/// logger, which applied that level, is never installed; without this every request is logged at INFO.
/// `RUST_LOG` replaces the whole filter.
pub fn log_filter(rocket: rocket::config::LogLevel) -> String {
    use rocket::config::LogLevel;
    let level = match rocket {
        LogLevel::Critical => "warn",
        LogLevel::Normal => "info",
        LogLevel::Debug => "debug",
        LogLevel::Off => "off",
    };
    // Rocket logs under `rocket::…`, and the indented lines under each request under the target `_`.
    format!("info,sqlx=warn,rocket={level},_={level}")
}

#[cfg(test)]
mod log_tests {
    use super::*;
    use rocket::config::LogLevel;

    #[test]
    fn rocket_s_log_level_sets_its_targets_and_ours_stay_at_info() {
        assert_eq!(
            log_filter(LogLevel::Critical),
            "info,sqlx=warn,rocket=warn,_=warn"
        );
        assert_eq!(
            log_filter(LogLevel::Normal),
            "info,sqlx=warn,rocket=info,_=info"
        );
        assert_eq!(
            log_filter(LogLevel::Debug),
            "info,sqlx=warn,rocket=debug,_=debug"
        );
        assert_eq!(log_filter(LogLevel::Off), "info,sqlx=warn,rocket=off,_=off");
    }
}
