//! The web shell: Rocket routes for pages and the JSON API, request guards, error mapping and the
//! background task that closes expired attempts. `build` assembles it from settings, so tests run the
//! real application on a fresh database.

pub mod admin;
pub mod admin_mail;
pub mod analysis;
pub mod api;
pub mod badges;
pub mod config;
pub mod course_translation;
pub mod error;
pub mod guards;
pub mod import;
pub mod learner;
pub mod marking;
pub mod pages;
pub mod params;
pub mod password;
pub mod placement;
pub mod policy;
pub mod question_import;
pub mod render;
pub mod results;
pub mod session;
pub mod state;
pub mod teach;
pub mod tokens;
pub mod upload;
pub mod verify;

use std::path::Path;
use std::sync::{Arc, Mutex};

use rocket::fairing::AdHoc;
use rocket::figment::Figment;
use rocket::{catchers, get, routes, Build, Rocket};

use crate::auth::throttle::{Policy, Throttle};
use crate::bank::load::Loaded;
use crate::db::Db;
use crate::diagnostic::Diagnostic;
use crate::i18n::Texts;
use config::Settings;
use state::{App, Clock};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("configuration: {0}")]
    Config(String),
    #[error("invalid question banks or locales:\n{0}")]
    Content(crate::diagnostic::Diagnostics),
    #[error("database: {0}")]
    Db(#[from] crate::db::DbError),
    #[error("templates: {0}")]
    Templates(#[from] render::TemplateError),
    #[error("time zone `{0}`: {1}")]
    TimeZone(String, jiff::Error),
    #[error("session secret in {0}: {1}")]
    Secret(String, std::io::Error),
    #[error("email: {0}")]
    Mail(#[from] crate::service::mail::MailSetupError),
    #[error("certificates: {0}")]
    Certificates(#[from] crate::service::certificates::CertifierError),
}

/// Loads and checks everything a server needs before it opens its port; nothing is half-loaded.
pub async fn prepare(figment: &Figment, clock: Clock) -> Result<App, StartError> {
    let settings: Settings = figment
        .extract()
        .map_err(|e| StartError::Config(e.to_string()))?;
    let (bank, ui) =
        load_content(&settings.banks_dir, &settings.locales_dir).map_err(StartError::Content)?;
    for w in &bank.warnings {
        tracing::warn!("{w}");
    }
    let placement_bank = load_placement(&settings.banks_dir)
        .map_err(|p| StartError::Content(crate::diagnostic::Diagnostics(p)))?
        .map(Arc::new);
    let ui = Arc::new(ui);
    let renderer = render::Renderer::load(&settings.templates_dir, ui.clone())?;
    let zone = jiff::tz::TimeZone::get(&settings.time_zone)
        .map_err(|e| StartError::TimeZone(settings.time_zone.clone(), e))?;
    let mailer = Arc::new(crate::service::mail::Mailer::from_settings(
        &settings,
        ui.clone(),
    )?);
    tracing::info!(to = %mailer.transport.describe(), "email");
    let db = Db::connect(&settings.database_url, settings.db_options()).await?;
    let certifier = Arc::new(
        crate::service::certificates::Certifier::load(
            &db,
            &settings.templates_dir.join("certificate/fonts"),
            ui.clone(),
            zone.clone(),
            settings.public_base(),
            clock.now().as_second(),
        )
        .await?,
    );
    Ok(App {
        certifier,
        mailer,
        mail_wake: Arc::new(tokio::sync::Notify::new()),
        settings,
        db,
        shared_bank: state::SharedBank::new(bank.bank),
        question_import: tokio::sync::Mutex::new(()),
        placement: placement_bank,
        ui,
        renderer,
        clock,
        zone,
        throttle: Arc::new(Mutex::new(Throttle::new(Policy::default()))),
        password_checks: Arc::new(tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, |n| n.get()),
        )),
    })
}

/// Loads the banks and the UI locales, checking both; `ispit validate` prints the same problems.
pub fn load_content(
    banks: &Path,
    locales: &Path,
) -> Result<(Loaded, Texts), crate::diagnostic::Diagnostics> {
    let bank = crate::bank::load_banks(banks);
    let ui = crate::i18n::load::load_ui_texts(locales);
    match (bank, ui) {
        (Ok(b), Ok(u)) => Ok((b, u)),
        (b, u) => {
            let mut all: Vec<Diagnostic> = b.err().unwrap_or_default();
            all.extend(u.err().unwrap_or_default());
            Err(crate::diagnostic::Diagnostics(all))
        }
    }
}

/// The placement bank in `<banks>/english-placement`, if that folder exists.
pub fn load_placement(
    banks: &Path,
) -> Result<Option<crate::placement::bank::PlacementBank>, Vec<Diagnostic>> {
    let dir = crate::placement::load::bank_dir(banks);
    if !dir.join("placement.toml").is_file() {
        return Ok(None);
    }
    crate::placement::load::load(&dir).map(Some)
}

/// The session secret: configured (`ROCKET_SECRET_KEY`), or generated once and kept in the data folder so
/// sessions survive restarts.
pub fn with_secret_key(figment: Figment) -> Result<Figment, StartError> {
    let configured = figment
        .extract::<rocket::Config>()
        .map(|c| !c.secret_key.is_zero())
        .unwrap_or(false);
    if configured {
        return Ok(figment);
    }
    let dir: std::path::PathBuf = figment
        .extract_inner("data_dir")
        .unwrap_or_else(|_| "data".into());
    let path = dir.join("secret.key");
    let err = |e| StartError::Secret(path.display().to_string(), e);
    let key = match std::fs::read_to_string(&path) {
        Ok(k) if k.trim().len() == 64 => k.trim().to_string(),
        _ => {
            std::fs::create_dir_all(&dir).map_err(err)?;
            let mut bytes = [0u8; 32];
            rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
            let key = hex::encode(bytes);
            std::fs::write(&path, &key).map_err(err)?;
            key
        }
    };
    Ok(figment.merge(("secret_key", key)))
}

#[get("/static/ispit.css")]
fn stylesheet(app: &rocket::State<App>) -> (rocket::http::ContentType, String) {
    (
        rocket::http::ContentType::CSS,
        app.renderer.stylesheet.clone(),
    )
}

#[get("/static/ispit.js")]
fn script(app: &rocket::State<App>) -> (rocket::http::ContentType, String) {
    (
        rocket::http::ContentType::JavaScript,
        app.renderer.script.clone(),
    )
}

/// The site's icon. Browsers ask for `/favicon.ico` whatever the page links, so both paths answer (an SVG:
/// every current browser shows it); without it each first page load logged a 404.
#[get("/favicon.ico")]
fn favicon_ico(app: &rocket::State<App>) -> (rocket::http::ContentType, String) {
    (rocket::http::ContentType::SVG, app.renderer.favicon.clone())
}

#[get("/static/favicon.svg")]
fn favicon_svg(app: &rocket::State<App>) -> (rocket::http::ContentType, String) {
    (rocket::http::ContentType::SVG, app.renderer.favicon.clone())
}

/// Liveness: the process answers. Says nothing of the database (see `/readyz`).
#[get("/healthz")]
fn health() -> &'static str {
    "ok"
}

/// Readiness: the database answers within the acquire timeout. A load balancer sends learners elsewhere
/// (or shows its own page) while this says 503.
#[get("/readyz")]
async fn ready(
    app: &rocket::State<App>,
) -> (
    rocket::http::Status,
    rocket::serde::json::Json<serde_json::Value>,
) {
    use rocket::http::Status;
    match app.db.ping().await {
        Ok(()) => (
            Status::Ok,
            rocket::serde::json::Json(serde_json::json!({ "status": "ok", "database": "ok" })),
        ),
        Err(e) => {
            tracing::error!(error = %e, "readiness: database unavailable");
            (
                Status::ServiceUnavailable,
                rocket::serde::json::Json(
                    serde_json::json!({ "status": "unavailable", "database": "unavailable" }),
                ),
            )
        }
    }
}

/// Sends the outbox in the background: every `mail_poll_seconds` (jittered), or at once when a request
/// queued an email; a full batch is followed at once by the next. Stops with the server, after the email
/// in hand (its outcome is recorded; what was not claimed stays queued for the next start).
fn spawn_mail_worker(rocket: &Rocket<rocket::Orbit>, app: &App) {
    let (db, mailer, wake) = (app.db.clone(), app.mailer.clone(), app.mail_wake.clone());
    let certifier = app.certifier.clone();
    let (shared_bank, ui, zone, clock) = (
        app.shared_bank.clone(),
        app.ui.clone(),
        app.zone.clone(),
        app.clock.clone(),
    );
    let public = app.settings.public_base().to_string();
    let poll = app.settings.mail_poll_seconds;
    let mut shutdown = rocket.shutdown();
    rocket::tokio::spawn(async move {
        loop {
            // The bank of this pass: an import between passes is seen by the next one.
            let bank = shared_bank.current();
            let ctx = crate::mail::compose::Context {
                bank: &bank,
                ui: &ui,
                zone: &zone,
                public_url: &public,
                certifier: Some(&certifier),
            };
            loop {
                match crate::service::mail::run_once(&db, &mailer, &ctx, &clock).await {
                    Ok(n) if n as i64 >= mailer.batch_size => continue,
                    Ok(_) => break,
                    Err(e) => {
                        tracing::error!(error = %e, "sending email: the database is unavailable");
                        break;
                    }
                }
            }
            rocket::tokio::select! {
                _ = rocket::tokio::time::sleep(crate::service::mail::poll_jitter(poll)) => {}
                _ = wake.notified() => {}
                _ = &mut shutdown => break,
            }
        }
    });
}

/// The Rocket application around a prepared [`App`].
pub fn build(figment: Figment, app: App) -> Rocket<Build> {
    let interval = app.settings.sweep_interval_seconds.max(1);
    rocket::custom(figment)
        .manage(app)
        .mount("/", routes![stylesheet, script, favicon_ico, favicon_svg, health, ready])
        .mount("/", session::routes())
        .mount("/", password::routes())
        .mount("/", learner::routes())
        .mount("/", placement::routes())
        .mount("/", admin::routes())
        .mount("/", teach::routes())
        .mount("/", results::routes())
        .mount("/", marking::routes())
        .mount("/", import::routes())
        .mount("/", question_import::routes())
        .mount("/", course_translation::routes())
        .mount("/", tokens::routes())
        .mount("/", admin_mail::routes())
        .mount("/", analysis::routes())
        .mount("/", verify::routes())
        .mount("/", badges::routes())
        .mount("/api", routes![api::openapi])
        .mount("/api/v1", api::routes())
        .mount("/api/v1", api::staff::routes())
        .register("/", catchers![error::default_catcher, error::unauthorized_page])
        .attach(AdHoc::on_liftoff("mail worker", |rocket| {
            Box::pin(async move {
                let Some(app) = rocket.state::<App>() else { return };
                if app.settings.mail_poll_seconds == 0 {
                    return;
                }
                spawn_mail_worker(rocket, app);
            })
        }))
        .attach(AdHoc::on_liftoff("expired-attempt sweeper", move |rocket| {
            Box::pin(async move {
                let Some(app) = rocket.state::<App>() else { return };
                let (db, shared_bank, clock) = (app.db.clone(), app.shared_bank.clone(), app.clock.clone());
                let placement = app.placement.clone();
                let (reminder_hours, wake) = (app.settings.reminder_hours, app.mail_wake.clone());
                let certifier = app.certifier.clone();
                let catch_up_hours = app.settings.certificate_catch_up_hours;
                let mut shutdown = rocket.shutdown();
                rocket::tokio::spawn(async move {
                    let mut tick = rocket::tokio::time::interval(std::time::Duration::from_secs(interval));
                    loop {
                        rocket::tokio::select! {
                            _ = tick.tick() => {
                                let bank = shared_bank.current();
                                match crate::service::attempts::sweep_expired(&db, &bank, clock.now()).await {
                                    Ok(0) => {}
                                    Ok(n) => tracing::info!(closed = n, "closed expired attempts"),
                                    Err(e) => tracing::error!(error = %e, "sweeping expired attempts failed"),
                                }
                                if let Err(e) = crate::db::sessions::delete_expired_sessions(&db, clock.now().as_second()).await {
                                    tracing::error!(error = %e, "forgetting expired sessions failed");
                                }
                                let certifies = placement.as_ref().is_some_and(|p| p.certificate);
                                match crate::service::certificates::catch_up(&db, &certifier, &bank, certifies, catch_up_hours, clock.now()).await {
                                    Ok(0) => {}
                                    Ok(n) => {
                                        tracing::info!(issued = n, "certificates issued");
                                        wake.notify_one();
                                    }
                                    Err(e) => tracing::error!(error = %e, "issuing certificates failed"),
                                }
                                match crate::service::mail::queue_reminders(&db, reminder_hours, clock.now().as_second()).await {
                                    Ok(0) => {}
                                    Ok(n) => {
                                        tracing::info!(queued = n, "reminders queued");
                                        wake.notify_one();
                                    }
                                    Err(e) => tracing::error!(error = %e, "queuing reminders failed"),
                                }
                                if let Some(p) = &placement {
                                    if let Err(e) = crate::service::placement::sweep_expired(&db, p, clock.now()).await {
                                        tracing::error!(error = %e, "sweeping expired placement tests failed");
                                    }
                                }
                            }
                            _ = &mut shutdown => break,
                        }
                    }
                });
            })
        }))
}
