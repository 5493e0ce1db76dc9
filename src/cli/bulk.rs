//! `ispit certificates send` and `ispit mail …`: the administrators' certificate and mail pages for the
//! command line. `send` prints the plan (the page's dry run, in English), executes it in one batch, then
//! runs the mail worker in this process until the batch has nothing queued or sending, with a progress
//! bar; `mail status` prints the outbox's counts and its failed emails with the server's last reply;
//! `mail resend` queues a failed email again (the server's worker sends it). It uses the install's
//! settings (`Rocket.toml`, `ISPIT_*`) and the system clock.

use std::fmt::Write as _;
use std::time::Duration;

use crate::db::{outbox, Db};
use crate::i18n::Locale;
use crate::ids::{AssignmentId, CohortId};
use crate::service::bulk::{self as send, Action, Eligible, Plan, Target};
use crate::web::state::{App, Clock};

#[derive(Debug, thiserror::Error)]
pub enum BulkCliError {
    #[error("configuration: {0}")]
    Config(String),
    #[error("ispit cannot start: {0}")]
    Start(#[from] crate::web::StartError),
    #[error("database: {0}")]
    Db(String),
    #[error("no cohort is named or numbered `{0}`")]
    NoCohort(String),
    #[error("no assignment has the number {0}")]
    NoAssignment(i64),
    #[error("email {0} is not failed (re-sent already, never failed, or no such email)")]
    NotFailed(i64),
    #[error("{0}")]
    Service(String),
}

impl From<sqlx::Error> for BulkCliError {
    fn from(e: sqlx::Error) -> Self {
        BulkCliError::Db(e.to_string())
    }
}

impl From<crate::service::ServiceError> for BulkCliError {
    fn from(e: crate::service::ServiceError) -> Self {
        BulkCliError::Service(e.to_string())
    }
}

/// What a command printed and how it ended (0: done; 1: some emails failed).
pub struct Report {
    pub stdout: String,
    pub code: u8,
}

/// Whose certificates `send` is about.
pub enum Whom {
    /// A cohort's name or number.
    Cohort(String),
    Assignment(i64),
}

/// Pads `cells` into columns two spaces apart (widths in characters, so Cyrillic names line up).
pub fn table(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            if c + 1 < r.len() {
                let pad = widths[c].saturating_sub(cell.chars().count());
                let _ = write!(line, "{cell}{}  ", " ".repeat(pad));
            } else {
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The plan as a table, in English (the page's texts).
fn plan_table(app: &App, plan: &Plan) -> String {
    let bank = app.bank();
    let en = Locale::En;
    let t = |id: &str| app.ui.format(en, id, None, None);
    let mut rows = vec![vec![
        t("admin-send-col-learner"),
        t("admin-send-col-email"),
        t("admin-send-col-result"),
        t("admin-send-col-certificate"),
        t("admin-send-col-action"),
    ]];
    for r in &plan.rows {
        let mut args = fluent_bundle::FluentArgs::new();
        let result = match &r.result {
            None => t("admin-send-no-result"),
            Some(Eligible::Quiz { quiz, percent, .. }) => {
                let title = quiz
                    .parse()
                    .ok()
                    .and_then(|q| bank.quiz(&q))
                    .map(|(course, _)| course.title(en))
                    .unwrap_or_else(|| quiz.clone());
                args.set("quiz", title);
                args.set("percent", *percent);
                app.ui
                    .format(en, "admin-send-result-quiz", None, Some(&args))
            }
            Some(Eligible::Placement { level, .. }) => {
                args.set("level", level.label());
                app.ui
                    .format(en, "admin-send-result-placement", None, Some(&args))
            }
        };
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("action", r.action.as_str());
        let mut action = app.ui.format(en, "admin-send-action", None, Some(&a));
        if let Action::Nothing(why) = r.action {
            let mut w = fluent_bundle::FluentArgs::new();
            w.set("why", why.as_str());
            action = format!(
                "{action} ({})",
                app.ui.format(en, "admin-send-why", None, Some(&w))
            );
        }
        rows.push(vec![
            r.learner.name.clone(),
            r.learner.email.clone(),
            result,
            r.certificate
                .as_ref()
                .map_or("-".to_string(), |c| c.code.clone()),
            action,
        ]);
    }
    table(&rows)
}

async fn find_target(app: &App, whom: &Whom) -> Result<Target, BulkCliError> {
    match whom {
        Whom::Assignment(id) => {
            match crate::db::assignments::find_assignment(&app.db, AssignmentId(*id)).await? {
                Some(_) => Ok(Target::Assignment(AssignmentId(*id))),
                None => Err(BulkCliError::NoAssignment(*id)),
            }
        }
        Whom::Cohort(name) => {
            let cohorts = crate::db::cohorts::list_cohorts(&app.db).await?;
            let by_id = name.parse::<i64>().ok().map(CohortId);
            cohorts
                .iter()
                .find(|c| Some(c.id) == by_id)
                .or_else(|| cohorts.iter().find(|c| c.name == *name))
                .or_else(|| {
                    cohorts
                        .iter()
                        .find(|c| c.name.to_lowercase() == name.to_lowercase())
                })
                .map(|c| Target::Cohort(c.id))
                .ok_or_else(|| BulkCliError::NoCohort(name.clone()))
        }
    }
}

/// `ispit certificates send`: the plan, then (unless `dry_run`) the batch and its delivery.
pub fn run_send(whom: Whom, dry_run: bool, again: bool) -> Result<Report, BulkCliError> {
    rocket::execute(async move {
        let figment = crate::web::config::figment();
        let app = crate::web::prepare(&figment, Clock::System).await?;
        let result = send_with(&app, &whom, dry_run, again).await;
        app.db.close().await;
        result
    })
}

async fn send_with(
    app: &App,
    whom: &Whom,
    dry_run: bool,
    again: bool,
) -> Result<Report, BulkCliError> {
    let bank = app.bank();
    let target = find_target(app, whom).await?;
    let plan = send::plan(&app.db, &bank, app.placement.as_deref(), target, again).await?;
    let (issue, email, nothing) = plan.tally();
    let mut out = format!("{}\n\n{}", plan.label, plan_table(app, &plan));
    let _ = writeln!(
        out,
        "\n{issue} to issue and email, {email} to email, {nothing} with nothing to send."
    );
    if dry_run {
        out.push_str("Dry run: nothing was issued or queued.\n");
        return Ok(Report {
            stdout: out,
            code: 0,
        });
    }
    // The plan printed so far is the dry run; the batch is made from a plan made again now.
    print!("{out}");
    let key = crate::auth::random_token();
    let sent = send::execute(
        &app.db,
        &app.certifier,
        &bank,
        app.placement.as_deref(),
        send::Send {
            target,
            again,
            by: None,
            form_key: &key,
        },
        app.clock.now(),
    )
    .await?;
    let failed = deliver(app, sent.batch).await?;
    let counts = outbox::counts(&app.db, Some(sent.batch)).await?;
    let mut out = format!(
        "batch {}: {} issued, {} emailed again\n",
        sent.batch, sent.issued, sent.emailed
    );
    for m in &failed {
        let _ = writeln!(
            out,
            "failed: {} (email {}): {}",
            m.recipient,
            m.id,
            m.last_error.as_deref().unwrap_or("")
        );
    }
    let _ = writeln!(out, "{} sent, {} failed", counts.sent, counts.failed);
    Ok(Report {
        stdout: out,
        code: u8::from(counts.failed > 0),
    })
}

/// Runs the mail worker here until `batch` has nothing queued or sending (other due emails go out on
/// the way), with a progress bar on standard error; returns the batch's failed emails.
async fn deliver(app: &App, batch: i64) -> Result<Vec<outbox::Listed>, BulkCliError> {
    let bank = app.bank();
    let public = app.settings.public_base().to_string();
    let ctx = crate::mail::compose::Context {
        bank: &bank,
        ui: &app.ui,
        zone: &app.zone,
        public_url: &public,
        certifier: Some(&app.certifier),
    };
    let total = outbox::counts(&app.db, Some(batch)).await?.total();
    let bar = indicatif::ProgressBar::new(u64::try_from(total).unwrap_or(0));
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} emails  {msg}")
    {
        bar.set_style(style);
    }
    loop {
        let tried = crate::service::mail::run_once(&app.db, &app.mailer, &ctx, &app.clock).await?;
        let c = outbox::counts(&app.db, Some(batch)).await?;
        bar.set_position(u64::try_from(c.sent + c.failed).unwrap_or(0));
        bar.set_message(format!(
            "{} sent, {} failed, {} waiting",
            c.sent,
            c.failed,
            c.queued + c.sending
        ));
        if c.queued + c.sending == 0 {
            break;
        }
        if tried == 0 {
            // What is left waits for its next try (the server refused it for now).
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
    bar.finish();
    Ok(outbox::list(&app.db, Some("failed"), Some(batch), None, 10_000).await?)
}

async fn connect() -> Result<Db, BulkCliError> {
    let settings = crate::web::config::settings().map_err(BulkCliError::Config)?;
    Db::connect(&settings.database_url, settings.db_options())
        .await
        .map_err(|e| BulkCliError::Db(e.to_string()))
}

/// `ispit mail status`: the counts and the latest failed emails with the server's last reply
/// (`failed_only`: every failed email, without the counts).
pub fn run_status(failed_only: bool) -> Result<Report, BulkCliError> {
    rocket::execute(async move {
        let db = connect().await?;
        let mut out = String::new();
        if !failed_only {
            let c = outbox::counts(&db, None).await?;
            out.push_str(&table(&[
                vec!["queued".into(), c.queued.to_string()],
                vec!["sending".into(), c.sending.to_string()],
                vec!["sent".into(), c.sent.to_string()],
                vec!["failed".into(), c.failed.to_string()],
            ]));
        }
        let limit = if failed_only { 10_000 } else { 20 };
        let failed = outbox::list(&db, Some("failed"), None, None, limit).await?;
        if !failed.is_empty() {
            if !failed_only {
                out.push('\n');
            }
            let mut rows = vec![vec![
                "id".to_string(),
                "kind".into(),
                "to".into(),
                "tries".into(),
                "last reply".into(),
            ]];
            rows.extend(failed.iter().map(|m| {
                vec![
                    m.id.to_string(),
                    m.kind.clone(),
                    m.recipient.clone(),
                    m.tries.to_string(),
                    m.last_error.clone().unwrap_or_default(),
                ]
            }));
            out.push_str(&table(&rows));
        }
        db.close().await;
        Ok(Report {
            stdout: out,
            code: 0,
        })
    })
}

/// `ispit mail resend ID`: queues a failed email again, for the server's worker to send.
pub fn run_resend(id: i64) -> Result<Report, BulkCliError> {
    rocket::execute(async move {
        let db = connect().await?;
        let now = jiff::Timestamp::now().as_second();
        let done = outbox::resend(&db, id, now).await;
        db.close().await;
        if done? {
            Ok(Report {
                stdout: format!("email {id} is queued again\n"),
                code: 0,
            })
        } else {
            Err(BulkCliError::NotFailed(id))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_characters_not_bytes() {
        let rows = vec![
            vec!["Јована".to_string(), "B1".to_string(), "x".to_string()],
            vec!["Ana".to_string(), "—".to_string(), "y".to_string()],
        ];
        assert_eq!(table(&rows), "Јована  B1  x\nAna     —   y\n");
    }
}
