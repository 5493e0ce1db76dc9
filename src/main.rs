//! The `ispit` command: `ispit` / `ispit serve` runs the server; `ispit validate` checks banks and locales.

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
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(),
        Command::Validate { path, locales } => validate(path, locales),
    }
}

fn validate(path: Option<PathBuf>, locales: Option<PathBuf>) -> ExitCode {
    let figment = ispit::web::config::figment();
    let settings: Result<ispit::web::config::Settings, _> = figment.extract();
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
    match ispit::web::load_content(&banks_dir, &locales_dir) {
        Ok((loaded, _)) => {
            for w in &loaded.warnings {
                println!("{w} (warning)");
            }
            let quizzes = loaded.bank.quizzes().count();
            let questions: usize = loaded.bank.courses.iter().map(|c| c.questions.len()).sum();
            println!(
                "ok: {} courses, {quizzes} quizzes, {questions} questions; UI locales complete",
                loaded.bank.courses.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems.0 {
                println!("{p}");
            }
            eprintln!("{} problems", problems.0.len());
            ExitCode::FAILURE
        }
    }
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
