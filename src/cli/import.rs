//! `ispit user import FILE [--dry-run]`: the administrator's CSV import for scripts. The same plan as the
//! page, in English with the page's own Fluent messages (the `en` locale), so there is one wording.
//!
//! The report (each row, each problem as `FILE:LINE: message`, a summary) goes to standard error; standard
//! output carries only `email<TAB>password` lines for the accounts created, so that
//! `ispit user import learners.csv > passwords.tsv` keeps the passwords apart from everything else.

use std::fmt::Write as _;
use std::path::Path;

use crate::db::import::ApplyError;
use crate::i18n::{Locale, Texts};
use crate::people::import::{Action, Plan};
use crate::service::import::{apply, plan_file, ImportError};

/// How the command ended, as its exit code says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Applied, or a dry run without problems (exit 0).
    Done,
    /// Problems in the file, or accounts changed meanwhile: nothing was written (exit 1).
    Refused,
    /// The file, the configuration, the locales or the database could not be used (exit 2).
    Failed,
}

impl Outcome {
    pub fn code(self) -> u8 {
        match self {
            Outcome::Done => 0,
            Outcome::Refused => 1,
            Outcome::Failed => 2,
        }
    }
}

/// What the command printed, for `main` to write out.
#[derive(Debug, Default)]
pub struct Report {
    /// `email<TAB>password` lines.
    pub stdout: String,
    /// The plan, the problems and the summary.
    pub stderr: String,
}

/// The plan as the command prints it: one line per row, then each problem as `FILE:LINE: message`.
pub fn describe(plan: &Plan, file: &str, texts: &Texts) -> String {
    let en = |id: &str, args: fluent_bundle::FluentArgs<'_>| {
        texts.format(Locale::En, id, None, Some(&args))
    };
    let mut out = String::new();
    for row in &plan.rows {
        let _ = match &row.action {
            Action::Create => writeln!(out, "line {}: create {}", row.line, row.email),
            Action::Unchanged => writeln!(out, "line {}: unchanged {}", row.line, row.email),
            Action::Update(changes) => {
                let changes: Vec<String> = changes
                    .iter()
                    .map(|c| en(c.message_id(), c.args()))
                    .collect();
                writeln!(
                    out,
                    "line {}: update {} ({})",
                    row.line,
                    row.email,
                    changes.join("; ")
                )
            }
        };
    }
    for problem in &plan.problems {
        let message = en(problem.kind.message_id(), problem.kind.args());
        let _ = match problem.line {
            Some(line) => writeln!(out, "{file}:{line}: {message}"),
            None => writeln!(out, "{file}: {message}"),
        };
    }
    out
}

fn counts(plan: &Plan) -> String {
    let (create, update, unchanged) = plan.counts();
    format!("{create} to create, {update} to update, {unchanged} unchanged")
}

/// Runs the import against the configured database.
pub fn run(file: &Path, dry_run: bool) -> (Outcome, Report) {
    let mut report = Report::default();
    let name = file.display().to_string();
    let fail = |mut report: Report, message: String| {
        report.stderr.push_str(&message);
        report.stderr.push('\n');
        (Outcome::Failed, report)
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => return fail(report, format!("{name}: {e}")),
    };
    let settings = match crate::web::config::settings() {
        Ok(s) => s,
        Err(e) => return fail(report, format!("configuration: {e}")),
    };
    let texts = match crate::i18n::load::load_ui_texts(&settings.locales_dir) {
        Ok(texts) => texts,
        Err(problems) => {
            let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
            return fail(report, format!("locales:\n{}", all.join("\n")));
        }
    };
    rocket::execute(async {
        let db = match crate::db::Db::connect(&settings.database_url, settings.db_options()).await {
            Ok(db) => db,
            Err(e) => return fail(report, format!("database: {e}")),
        };
        let result = import(&db, &bytes, &name, &texts, dry_run, &mut report).await;
        db.close().await;
        match result {
            Ok(outcome) => (outcome, report),
            Err(message) => fail(report, message),
        }
    })
}

async fn import(
    db: &crate::db::Db,
    bytes: &[u8],
    name: &str,
    texts: &Texts,
    dry_run: bool,
    report: &mut Report,
) -> Result<Outcome, String> {
    let plan = plan_file(db, bytes)
        .await
        .map_err(|e| format!("database: {e}"))?;
    report.stderr.push_str(&describe(&plan, name, texts));
    if !plan.can_apply() {
        let _ = writeln!(
            report.stderr,
            "{name}: {} problem(s); nothing imported",
            plan.problems.len()
        );
        return Ok(Outcome::Refused);
    }
    let (create, update, _) = plan.counts();
    if create == 0 && update == 0 {
        let _ = writeln!(
            report.stderr,
            "{}",
            texts.format(Locale::En, "import-nothing-to-do", None, None)
        );
        return Ok(Outcome::Done);
    }
    if dry_run {
        let _ = writeln!(report.stderr, "{}; dry run, nothing written", counts(&plan));
        return Ok(Outcome::Done);
    }
    let now = jiff::Timestamp::now().as_second();
    match apply(db, &plan, now).await {
        Ok(imported) => {
            for (email, password) in &imported.passwords {
                let _ = writeln!(report.stdout, "{email}\t{}", password.as_str());
            }
            let a = imported.applied;
            let _ = writeln!(
                report.stderr,
                "imported: {} created, {} updated, {} unchanged",
                a.created, a.updated, a.unchanged
            );
            Ok(Outcome::Done)
        }
        Err(ImportError::Apply(e @ (ApplyError::EmailTaken(_) | ApplyError::Changed(_)))) => {
            let _ = writeln!(
                report.stderr,
                "{name}: {e} (after the plan was made); nothing imported, run the command again"
            );
            Ok(Outcome::Refused)
        }
        Err(e) => Err(format!("import: {e}")),
    }
}
