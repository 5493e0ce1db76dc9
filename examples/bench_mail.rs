//! The email benchmark (`bench/mail.sh`): N learners pass Migration and Gender, each gets a certificate
//! (signed record, PDF rendered when sending) and its email is sent through a real SMTP server by the
//! outbox worker, as the server's background worker would. Prints the time taken, messages per second and
//! the worker's peak memory while sending (VmHWM, reset before the send phase).
//!
//! usage: cargo run --release --example bench_mail -- DATABASE_URL SMTP_URL N
//! Prints `name=value` lines.

use std::process::ExitCode;
use std::time::Instant;

use ispit::assessment::answer::key_answer_in;
use ispit::auth::{hash_password, Role, Roles};
use ispit::db::attempts::PageSave;
use ispit::db::users::{insert_user, NewUser};
use ispit::i18n::Locale;
use ispit::service::certificates::{issue_for_attempt, Issued};
use ispit::web::state::Clock;

const QUIZ: &str = "migration-gender-final";

#[rocket::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_mail: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The process's peak resident memory in KiB (`VmHWM`).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

async fn run() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, smtp, n] = args.as_slice() else {
        anyhow::bail!("usage: bench_mail DATABASE_URL SMTP_URL N");
    };
    let n: usize = n.parse()?;
    let figment = ispit::web::config::figment()
        .merge(("database_url", url.as_str()))
        .merge(("smtp_url", smtp.as_str()))
        .merge(("public_url", "https://ispit.example.org"))
        .merge(("demo_accounts", false));
    let clock = Clock::manual("2026-12-07T08:00:00Z".parse()?);
    let app = ispit::web::prepare(&figment, clock.clone()).await?;
    let bank = app.bank();
    let (db, bank) = (&app.db, &*bank);
    let quiz = QUIZ.parse()?;
    let (course, _) = bank
        .quiz(&quiz)
        .ok_or_else(|| anyhow::anyhow!("no quiz {QUIZ}"))?;
    let hash = hash_password("bench-mail").map_err(|e| anyhow::anyhow!("{e}"))?;
    let names = [
        "Јована Петровић",
        "Ćirić Šćepan",
        "Blerina Çela",
        "Љупчо Ѓорѓиевски",
        "Đorđe Dž",
    ];
    let locales = [
        Locale::SrCyrl,
        Locale::Hr,
        Locale::Sq,
        Locale::Mk,
        Locale::Bs,
    ];
    let seeding = Instant::now();
    for i in 0..n {
        let email = format!("learner{i}@bench.ispit.test");
        let name = format!("{} {i}", names[i % names.len()]);
        let locale = locales[i % locales.len()];
        let user = insert_user(
            db,
            &NewUser {
                email: &email,
                display_name: &name,
                password_hash: &hash,
                roles: Roles::only(Role::Learner),
                locale: Some(locale),
            },
            0,
        )
        .await?;
        let now = clock.now();
        let id = ispit::service::attempts::start_attempt(
            db, bank, user, &quiz, locale, now, i as u64, None,
        )
        .await
        .map_err(|e| anyhow::anyhow!("start: {e}"))?;
        let a = ispit::db::attempts::find_attempt(db, id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("attempt {id}"))?;
        let answers = a
            .paper
            .questions
            .iter()
            .filter_map(|pq| {
                course
                    .question(&pq.id)
                    .map(|q| (pq.id.clone(), key_answer_in(q, locale)))
            })
            .collect();
        let page = PageSave {
            next_page: None,
            flags: vec![],
        };
        ispit::service::attempts::save_answers(db, bank, &a, answers, &page, now)
            .await
            .map_err(|e| anyhow::anyhow!("answers: {e}"))?;
        ispit::service::attempts::submit_attempt(db, bank, &a, now)
            .await
            .map_err(|e| anyhow::anyhow!("submit: {e}"))?;
        let issued = issue_for_attempt(db, &app.certifier, bank, id, None, None, now)
            .await
            .map_err(|e| anyhow::anyhow!("issue: {e}"))?;
        anyhow::ensure!(
            matches!(issued, Issued::New(..)),
            "attempt {id}: {issued:?}"
        );
    }
    // Only the certificate emails are measured: the result emails of the same passes are dropped.
    sqlx::query("DELETE FROM outbox WHERE kind <> 'certificate'")
        .execute(db.writer())
        .await?;
    println!("seeded={n} seconds={:.1}", seeding.elapsed().as_secs_f64());

    // Peak memory from here on: the send phase only (Linux resets VmHWM on writing 5 to clear_refs).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let public = app.settings.public_base().to_string();
    let ctx = ispit::mail::compose::Context {
        bank,
        ui: &app.ui,
        zone: &app.zone,
        public_url: &public,
        certifier: Some(&app.certifier),
    };
    let started = Instant::now();
    let mut tried = 0;
    loop {
        let done = ispit::service::mail::run_once(db, &app.mailer, &ctx, &clock).await?;
        if done == 0 {
            break;
        }
        tried += done;
    }
    let seconds = started.elapsed().as_secs_f64();
    let counts = ispit::db::outbox::counts(db, None).await?;
    println!("emails={tried}");
    println!("sent={}", counts.sent);
    println!("failed={}", counts.failed);
    println!("seconds={seconds:.2}");
    println!("per_second={:.1}", counts.sent as f64 / seconds);
    println!(
        "peak_rss_mib={:.0}",
        peak_rss_kib().unwrap_or(0) as f64 / 1024.0
    );
    Ok(())
}
