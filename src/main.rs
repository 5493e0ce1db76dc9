//! The `ispit` command: `ispit` / `ispit serve` runs the server; `ispit validate` checks banks and locales;
//! `ispit certificates send` and `ispit mail …` do the administrators' bulk certificates and mail queue.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "ispit",
    version,
    about = "Multilingual quiz and language-placement server"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (the default). Honours ROCKET_PORT, ROCKET_ADDRESS, Rocket.toml and ISPIT_* settings.
    Serve,
    /// Check question banks and UI locales; print every problem as file:line:col: message.
    Validate {
        /// The question-bank folder (default: the configured one, `question-banks`).
        path: Option<PathBuf>,
        /// The UI locales folder.
        #[arg(long)]
        locales: Option<PathBuf>,
    },
    /// Accounts: the first administrator of a production install, and scripts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// English placement tools for psychometricians.
    Placement {
        #[command(subcommand)]
        command: PlacementCommand,
    },
    /// Certificates in bulk, as on the administrators' page /admin/certificates/send.
    Certificates {
        #[command(subcommand)]
        command: CertificatesCommand,
    },
    /// Import questions written for other systems (Moodle GIFT, Moodle XML, Aiken, QTI 3.0, QTI 2.1) into a
    /// course folder: its course.toml and the prose of --locale. Each question's fate, and every problem
    /// as FILE:LINE: message, go to standard error. The bank is checked with the new questions before
    /// anything is written; both files are written or neither. With --inspect, print what was read as JSON
    /// instead (docs/import-formats.md). Exit code 0: all imported; 1: some questions refused; 2: nothing
    /// could be done.
    Import {
        /// gift, moodlexml, aiken, qti3 or qti21.
        #[arg(long, value_parser = parse_format)]
        from: ispit::interchange::Format,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print what was read as JSON on standard output; write no bank.
        #[arg(long, conflicts_with_all = ["course", "dry_run"])]
        inspect: bool,
        /// The course folder (e.g. question-banks/trafficking); created with the course when it is new.
        #[arg(long, required_unless_present = "inspect")]
        course: Option<PathBuf>,
        /// The language of the files' prose (en: courses start in English and are translated after).
        /// For Moodle XML with multi-language content, en then the other languages to take from the same
        /// files as translations: --locale en,mk,sq.
        #[arg(long, default_value = "en", value_delimiter = ',')]
        locale: Vec<String>,
        /// Also add a quiz of this id drawing every imported question.
        #[arg(long)]
        quiz: Option<String>,
        /// A new course's title.
        #[arg(long)]
        title: Option<String>,
        /// Print what would be imported; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export a course folder's questions for other systems: Moodle XML (every locale of the course in
    /// Moodle's multi-language spans, or the --locale given) or a QTI 3.0 content package (a zip, one item
    /// per question and locale), which `ispit import --from moodlexml|qti3` reads back. What another system
    /// cannot score as ispit does is listed on standard error. Exit code 0: written; 2: nothing written.
    Export {
        /// moodlexml or qti3.
        #[arg(long, value_parser = parse_export_format)]
        to: String,
        /// The course folder (e.g. question-banks/migration-governance).
        course: PathBuf,
        /// The file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Only these locales (default: every locale of the course).
        #[arg(long, value_delimiter = ',')]
        locale: Vec<String>,
    },
    /// The email queue, as on the administrators' page /admin/mail.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
    },
}

#[derive(Subcommand)]
enum CertificatesCommand {
    /// Issue and email the certificates of a cohort's or an assignment's learners: prints who receives
    /// what, then (unless --dry-run) issues and queues them in one batch and sends it here, with a
    /// progress bar. Exit code 0: all sent; 1: some failed (listed with the server's reply); 2: nothing
    /// could be done. While the server refuses for now it waits for the next tries; interrupted, what is
    /// left stays queued for the server's mail worker.
    Send {
        /// The cohort, by name or number: its learners, for the certifying quizzes assigned to it.
        #[arg(
            long,
            conflicts_with = "assignment",
            required_unless_present = "assignment"
        )]
        cohort: Option<String>,
        /// The assignment, by number: its learners, for its quiz or placement test.
        #[arg(long)]
        assignment: Option<i64>,
        /// Only print who would receive what; issue and queue nothing.
        #[arg(long)]
        dry_run: bool,
        /// Also email certificates whose email was sent before.
        #[arg(long)]
        again: bool,
    },
}

#[derive(Subcommand)]
enum MailCommand {
    /// How many emails are queued, sending, sent and failed, and the latest failed ones with the
    /// server's last reply.
    Status {
        /// Print every failed email (and not the counts).
        #[arg(long)]
        failed: bool,
    },
    /// Queue a failed email again, for a new round of tries by the server's mail worker.
    Resend { id: i64 },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account (e.g. `ispit user add admin@centre.example --role admin --name "Jelena Marić"`).
    /// Without --password-stdin a random password is generated and printed once.
    Add {
        email: String,
        /// The person's name as it should appear on results and certificates.
        #[arg(long)]
        name: String,
        /// learner, instructor or admin; repeat for several (default: learner).
        #[arg(long = "role", value_parser = parse_role)]
        roles: Vec<ispit::auth::Role>,
        /// Preferred language: en, sr-Cyrl, sr-Latn, bs, hr, cnr, mk or sq.
        #[arg(long)]
        language: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Import learners from a CSV file (columns email, name, language, cohort; UTF-8, comma or semicolon),
    /// all rows or none. The plan and every problem (as FILE:LINE: message) go to standard error; each
    /// account created is printed once on standard output as `email<TAB>initial password`.
    /// Exit code 0: imported (or a clean dry run); 1: problems, nothing written; 2: the file or database
    /// cannot be used.
    Import {
        file: PathBuf,
        /// Only show what would happen; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Locales by their tags; `None` (and the reason printed) when one is not a locale.
fn parse_locales(tags: &[String]) -> Option<Vec<ispit::i18n::Locale>> {
    tags.iter()
        .map(|tag| {
            tag.trim().parse::<ispit::i18n::Locale>().map_err(|_| {
                eprintln!("`{tag}` is not a locale: en, sr-Cyrl, sr-Latn, bs, hr, cnr, mk or sq");
            })
        })
        .collect::<Result<Vec<_>, ()>>()
        .ok()
}

fn parse_format(s: &str) -> Result<ispit::interchange::Format, String> {
    ispit::interchange::Format::parse(s)
        .ok_or_else(|| format!("`{s}` is not a format: gift, moodlexml, aiken, qti3 or qti21"))
}

fn parse_export_format(s: &str) -> Result<String, String> {
    match s {
        "moodlexml" | "qti3" => Ok(s.to_string()),
        _ => Err(format!("`{s}` is not an export format: moodlexml or qti3")),
    }
}

fn parse_role(s: &str) -> Result<ispit::auth::Role, String> {
    s.parse()
        .map_err(|()| format!("`{s}` is not a role: learner, instructor or admin"))
}

#[derive(Subcommand)]
enum PlacementCommand {
    /// Compute Sympson–Hetter exposure parameters for the bundled bank (writes exposure.toml).
    Exposure {
        #[arg(long, default_value_t = 0.2)]
        max_rate: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Re-estimate Rasch difficulties from stored responses (finished placement tests in the configured
    /// database, or --responses FILE in the `estimate` format), with infit/outfit, and write the result.
    Calibrate {
        #[arg(long)]
        responses: Option<PathBuf>,
        /// Where to write the updated item parameters (JSON, usable with `simulate --bank`).
        #[arg(long)]
        out: PathBuf,
        /// Also write the new difficulties into the bank's items-*.toml, for items with at least this many
        /// responses (0 = do not write).
        #[arg(long, default_value_t = 0)]
        apply_min_responses: u64,
    },
    /// EAP, posterior SD, MLE and its SE for response patterns.
    Estimate {
        #[arg(long)]
        items: PathBuf,
        #[arg(long)]
        responses: PathBuf,
    },
    /// Run simulated examinees through the adaptive test and a fixed 40-item form.
    Simulate {
        #[arg(long, default_value_t = 2000)]
        examinees: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Item-parameter file ({"items": [{id, a, b, skill, level}], "cuts": [five values]}).
        #[arg(long, conflicts_with = "reference")]
        bank: Option<PathBuf>,
        /// The 180-item Rasch reference bank (b over −3…3.5, cuts −2, −0.8, 0.4, 1.6, 2.8).
        #[arg(long)]
        reference: bool,
        /// Mean of the simulated population's θ.
        #[arg(long, default_value_t = 0.3)]
        mean: f64,
        /// Standard deviation of the simulated population's θ.
        #[arg(long, default_value_t = 1.2)]
        sd: f64,
        /// Exposure-control target (Sympson–Hetter).
        #[arg(long, default_value_t = 0.2)]
        max_exposure: f64,
        #[arg(long)]
        json: bool,
        /// Also run the oracle bound: items chosen at the true θ, no exposure control, balancing or
        /// testlets, same stopping. What no item selection could beat on this bank.
        #[arg(long)]
        oracle: bool,
        /// Print the trade-off instead: length and accuracy of the adaptive test at level-probability
        /// thresholds from 0.66 to 0.90 (other settings as given).
        #[arg(long, conflicts_with_all = ["oracle", "confidence"])]
        trade_off: bool,
        /// What-if: multiply every item's discrimination by this (how discriminating must items be?).
        #[arg(long, default_value_t = 1.0, allow_negative_numbers = true)]
        discrimination_scale: f64,
        /// Tuning: fewest items before any stopping rule applies (default: the bank's setting, else 8).
        #[arg(long)]
        min_items: Option<usize>,
        /// Tuning: most items in a test (default: the bank's setting, else 40).
        #[arg(long)]
        max_items: Option<usize>,
        /// Tuning: GLR indifference half-width around each cut; 0 turns the GLR rule off (default: the
        /// bank's setting, else 0.35).
        #[arg(long)]
        indifference: Option<f64>,
        /// Tuning: GLR error rates, alpha = beta (default: the bank's setting, else 0.075).
        #[arg(long)]
        alpha: Option<f64>,
        /// Tuning: also stop when one level has this posterior probability; 0 turns the rule off
        /// (default: the bank's setting, else 0.76).
        #[arg(long)]
        confidence: Option<f64>,
        /// Skill levels: a skill gets a level only with its SE at most this (default: the bank's
        /// setting, else 0.6).
        #[arg(long)]
        skill_se_limit: Option<f64>,
        /// Skill levels: …and only when its most probable level is at least this probable; 0 turns
        /// the condition off (default: the bank's setting, else off).
        #[arg(long)]
        skill_confidence: Option<f64>,
        /// Tuning: do not stop before every skill has this many answers (default 0: no such rule).
        #[arg(long)]
        skill_min_items: Option<usize>,
        /// Also print a table of rules for skill levels (SE, items, level probability) judged on the
        /// same simulated tests.
        #[arg(long, conflicts_with = "trade_off")]
        skill_rules: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let rocket_level = rocket::Config::figment()
        .extract_inner::<rocket::config::LogLevel>("log_level")
        .unwrap_or(rocket::config::LogLevel::Normal);
    let command = cli.command.unwrap_or(Command::Serve);
    if matches!(command, Command::Certificates { .. } | Command::Mail { .. }) {
        // Their output is a table and a progress bar: log only warnings, and to standard error.
        tracing_subscriber::fmt()
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| "warn".into()),
            )
            .with_writer(std::io::stderr)
            .init();
    } else {
        tracing_subscriber::fmt()
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| ispit::web::config::log_filter(rocket_level).into()),
            )
            .init();
    }
    match command {
        Command::Serve => serve(),
        Command::Validate { path, locales } => validate(path, locales),
        Command::Placement { command } => placement(command),
        Command::User { command } => user(command),
        Command::Certificates { command } => certificates(command),
        Command::Mail { command } => mail(command),
        Command::Export {
            to,
            course,
            output,
            locale,
        } => {
            let Some(locales) = parse_locales(&locale) else {
                return ExitCode::from(2);
            };
            let (report, code) = ispit::cli::questions::export(&to, &course, &locales, &output);
            eprint!("{report}");
            ExitCode::from(code)
        }
        Command::Import {
            from,
            files,
            inspect,
            course,
            locale,
            quiz,
            title,
            dry_run,
        } => {
            if inspect {
                let (json, code) = ispit::cli::questions::inspect(from, &files);
                println!(
                    "{}",
                    serde_json::to_string_pretty(&json).unwrap_or_default()
                );
                return ExitCode::from(code);
            }
            let Some(locales) = parse_locales(&locale) else {
                return ExitCode::from(2);
            };
            let Some(course) = course else {
                eprintln!("name the course folder with --course");
                return ExitCode::from(2);
            };
            let (report, code) =
                ispit::cli::questions::import(&ispit::cli::questions::ImportArgs {
                    format: from,
                    files: &files,
                    course: &course,
                    locales: &locales,
                    quiz: quiz.as_deref(),
                    title: title.as_deref(),
                    dry_run,
                });
            eprint!("{report}");
            ExitCode::from(code)
        }
    }
}

fn certificates(command: CertificatesCommand) -> ExitCode {
    use ispit::cli::bulk::{run_send, Whom};
    let CertificatesCommand::Send {
        cohort,
        assignment,
        dry_run,
        again,
    } = command;
    let whom = match (cohort, assignment) {
        (Some(c), _) => Whom::Cohort(c),
        (None, Some(a)) => Whom::Assignment(a),
        (None, None) => {
            eprintln!("name a cohort (--cohort) or an assignment (--assignment)");
            return ExitCode::from(2);
        }
    };
    bulk_report(run_send(whom, dry_run, again))
}

fn mail(command: MailCommand) -> ExitCode {
    use ispit::cli::bulk::{run_resend, run_status};
    bulk_report(match command {
        MailCommand::Status { failed } => run_status(failed),
        MailCommand::Resend { id } => run_resend(id),
    })
}

fn bulk_report(
    result: Result<ispit::cli::bulk::Report, ispit::cli::bulk::BulkCliError>,
) -> ExitCode {
    match result {
        Ok(report) => {
            print!("{}", report.stdout);
            ExitCode::from(report.code)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

fn user(command: UserCommand) -> ExitCode {
    use ispit::cli::users;
    let result = match command {
        UserCommand::Import { file, dry_run } => {
            let (outcome, report) = ispit::cli::import::run(&file, dry_run);
            print!("{}", report.stdout);
            eprint!("{}", report.stderr);
            return ExitCode::from(outcome.code());
        }
        UserCommand::Add {
            email,
            name,
            roles,
            language,
            password_stdin,
        } => users::run_add(users::AddArgs {
            email,
            name,
            roles,
            language,
            password_stdin,
        }),
    };
    match result {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn placement(command: PlacementCommand) -> ExitCode {
    use ispit::cli::placement as tools;
    let result = match command {
        PlacementCommand::Calibrate {
            responses,
            out,
            apply_min_responses,
        } => tools::run_calibrate(responses.as_deref(), &out, apply_min_responses),
        PlacementCommand::Exposure { max_rate, seed } => placement_dir().and_then(|dir| {
            let held = tools::write_exposure(&dir, max_rate, seed)?;
            println!(
                "{held} items held back; written to {}",
                dir.join(ispit::placement::load::EXPOSURE_FILE).display()
            );
            Ok(())
        }),
        PlacementCommand::Estimate { items, responses } => {
            tools::estimate(&items, &responses).map(|v| println!("{v:#}"))
        }
        PlacementCommand::Simulate {
            examinees,
            seed,
            bank,
            reference,
            mean,
            sd,
            max_exposure,
            json,
            oracle,
            trade_off,
            discrimination_scale,
            min_items,
            max_items,
            indifference,
            alpha,
            confidence,
            skill_se_limit,
            skill_confidence,
            skill_min_items,
            skill_rules,
        } => {
            let loaded = match (bank, reference) {
                (Some(path), _) => tools::load_sim_bank(&path),
                (None, true) => Ok(tools::reference_bank()),
                (None, false) => placement_dir().and_then(|d| tools::load_bundled_bank(&d)),
            };
            loaded.and_then(|bank| {
                let options = tools::SimOptions {
                    examinees,
                    seed,
                    population: ispit::placement::estimate::Prior { mean, sd },
                    max_exposure,
                    tuning: tools::Tuning {
                        min_items,
                        max_items,
                        indifference,
                        alpha,
                        confidence,
                        skill_se_limit,
                        skill_confidence,
                        skill_min_items,
                    },
                    oracle,
                };
                let output = tools::SimOutput {
                    trade_off,
                    json,
                    skill_rules,
                };
                tools::run_simulate(bank, discrimination_scale, &options, output)
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn validate(path: Option<PathBuf>, locales: Option<PathBuf>) -> ExitCode {
    let settings = ispit::web::config::settings();
    let (banks_dir, locales_dir) = match settings {
        Ok(s) => (
            path.unwrap_or(s.banks_dir),
            locales.unwrap_or(s.locales_dir),
        ),
        Err(e) => {
            eprintln!("configuration: {e}");
            return ExitCode::from(2);
        }
    };
    let report = ispit::cli::validate::run(&banks_dir, &locales_dir);
    print!("{report}");
    if report.passed() {
        if let Some(summary) = report.summary() {
            println!("{summary}");
        }
        ExitCode::SUCCESS
    } else {
        eprintln!("{}", report.summary().unwrap_or_default());
        ExitCode::FAILURE
    }
}

/// The configured banks folder's placement bank (`ISPIT_BANKS_DIR`, by default `question-banks`).
fn placement_dir() -> Result<PathBuf, ispit::cli::placement::CliError> {
    let settings =
        ispit::web::config::settings().map_err(ispit::cli::placement::CliError::Invalid)?;
    Ok(ispit::placement::load::bank_dir(&settings.banks_dir))
}

fn serve() -> ExitCode {
    let result = rocket::execute(async {
        let figment = ispit::web::with_secret_key(ispit::web::config::figment())?;
        let app = ispit::web::prepare(&figment, ispit::web::state::Clock::System).await?;
        if app.settings.demo_accounts {
            let lines =
                ispit::demo::ensure_demo_accounts(&app.db, app.clock.now().as_second()).await?;
            println!("Demo accounts (turn off with ISPIT_DEMO_ACCOUNTS=false):");
            for l in lines {
                println!("{l}");
            }
        }
        ispit::web::build(figment, app).launch().await?;
        anyhow::Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ispit cannot start: {e:#}");
            ExitCode::FAILURE
        }
    }
}
