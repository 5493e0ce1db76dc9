//! The administrator's course translation: download a course's prose file (its English `en.ftl` to
//! translate, or a translation to revise), upload the translated file for one language, see every question
//! as learners in that language will see it (or every problem, at its line), confirm, and the server offers
//! the course in that language at once.
//!
//! As the question import (`web::question_import`), nothing is kept between the preview and the
//! confirmation: the preview's form carries the file (base64) and the fingerprint of the plan shown; the
//! confirmation plans again under [`App::question_import`] (one change of the bank at a time) and writes
//! only the plan previewed. The plan and its check are `service::course_translation`'s; after writing,
//! the bank is read again from its folder.

use base64::Engine;
use rocket::http::Status;
use rocket::response::Responder;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Admin, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::question_import::{on_blocking_pool, preview_status, write_and_reload, FILE_LIMIT};
use super::state::App;
use super::upload::{self, base64_room, UploadLimits};
use crate::db::users::User;
use crate::i18n::Locale;
use crate::ids::CourseId;
use crate::service::course_translation::{plan, TranslationError, TranslationPlan};
use crate::service::question_import::preview_question_in;

pub fn routes() -> Vec<Route> {
    routes![
        translate_page,
        prose_file,
        preview_translation,
        confirm_translation
    ]
}

/// One prose file of [`FILE_LIMIT`], and the confirmation carrying it again in base64.
#[derive(Debug)]
pub struct TranslationLimits;

impl UploadLimits for TranslationLimits {
    const FILE: usize = FILE_LIMIT;
    const FILES: usize = 1;
    const TEXT: usize = base64_room(FILE_LIMIT);
    const KEEP: usize = FILE_LIMIT + base64_room(FILE_LIMIT) + 64 * 1024;
    const BODY: usize = Self::KEEP + 16 * 1024 * 1024;
}

type Upload = upload::Upload<TranslationLimits>;

/// The languages a course is translated into (Serbian Latin is made from Serbian Cyrillic).
fn languages() -> impl Iterator<Item = Locale> {
    Locale::STORED.into_iter().filter(|l| *l != Locale::En)
}

/// The form's choices as sent.
#[derive(Debug, Default)]
struct Choices {
    course: String,
    locale: String,
}

impl Choices {
    fn from_upload(upload: &Upload) -> Choices {
        let text = |name: &str| upload.get(name).unwrap_or_default().trim().to_string();
        Choices {
            course: text("course"),
            locale: text("locale"),
        }
    }
}

/// What the page shows besides its form.
#[derive(Default)]
struct Shown<'a> {
    /// A message for the whole form (Fluent id).
    error: Option<&'static str>,
    /// Field errors, as (field, Fluent id).
    errors: Vec<(&'static str, &'static str)>,
    /// The plan of the uploaded file (or why none could be made), with the file's name and bytes.
    preview: Option<(
        Result<&'a TranslationPlan, &'a TranslationError>,
        &'a str,
        &'a [u8],
    )>,
    /// The plan shown is not the one confirmed.
    changed: bool,
    /// The translation was written: the problems of the bank reloaded, if it did not load.
    done: Option<Result<(), Vec<String>>>,
    write_error: Option<String>,
}

struct Screen<'a> {
    req: &'a PageMeta,
    app: &'a App,
    lang: Lang,
    admin: &'a User,
    choices: &'a Choices,
}

impl<'a> Screen<'a> {
    fn new(
        req: &'a PageMeta,
        app: &'a App,
        lang: Lang,
        admin: &'a Admin,
        choices: &'a Choices,
    ) -> Screen<'a> {
        Screen {
            req,
            app,
            lang,
            admin: &admin.0,
            choices,
        }
    }

    fn render(&self, shown: Shown<'_>, status: Status) -> Page {
        let (app, locale, choices) = (self.app, self.lang.0, self.choices);
        let bank = app.bank();
        let errors: serde_json::Map<String, Value> = shown
            .errors
            .iter()
            .map(|(field, id)| (field.to_string(), Value::from(*id)))
            .collect();
        let courses: Vec<Value> = bank
            .courses
            .iter()
            .map(|c| {
                let have = c.texts.locales();
                let files: Vec<Value> = Locale::STORED
                    .into_iter()
                    .filter(|l| have.contains(l))
                    .map(|l| json!({"tag": l.tag(), "name": l.native_name()}))
                    .collect();
                json!({
                    "id": c.id.as_str(),
                    "title": c.title(locale),
                    "selected": choices.course == c.id.as_str(),
                    "files": files,
                })
            })
            .collect();
        let offered: Vec<Value> = languages()
            .map(|l| {
                json!({"tag": l.tag(), "name": l.native_name(), "selected": choices.locale == l.tag()})
            })
            .collect();
        let chosen = languages().find(|l| l.tag() == choices.locale);
        let preview = shown
            .preview
            .map(|(planned, name, bytes)| preview_json(app, locale, planned, name, bytes));
        let course_title = bank
            .courses
            .iter()
            .find(|c| c.id.as_str() == choices.course)
            .map_or_else(|| choices.course.clone(), |c| c.title(locale));
        let done = shown
            .done
            .map(|reloaded| json!({"reload_problems": reloaded.err()}));
        let ctx = base_context(self.req, locale, Some(self.admin))
            .with("error", shown.error)
            .with("errors", errors)
            .with("limit_mib", FILE_LIMIT / (1024 * 1024))
            .with("courses", courses)
            .with("translation_languages", offered)
            .with("course", &choices.course)
            .with("course_title", course_title)
            .with("language", chosen.map(Locale::native_name))
            .with("content_lang", chosen.map_or("en", Locale::tag))
            .with("changed", shown.changed)
            .with("write_error", shown.write_error)
            .with("preview", preview)
            .with("done", done);
        Page::new("pages/admin-questions-translate", ctx).status(status)
    }

    fn form_error(
        &self,
        error: Option<&'static str>,
        errors: Vec<(&'static str, &'static str)>,
        status: Status,
    ) -> Page {
        let shown = Shown {
            error,
            errors,
            ..Shown::default()
        };
        self.render(shown, status)
    }

    /// A preview: 200 when the translation may be added, 422 when it may not, 409 when it may but is not
    /// the plan confirmed.
    fn preview(
        &self,
        planned: Result<&TranslationPlan, &TranslationError>,
        name: &str,
        bytes: &[u8],
        changed: bool,
    ) -> Page {
        let status = preview_status(planned.ok().map(TranslationPlan::can_apply), changed);
        let shown = Shown {
            preview: Some((planned, name, bytes)),
            changed,
            ..Shown::default()
        };
        self.render(shown, status)
    }
}

/// The plan's problems, or its course's questions as learners in the language will see them; and what
/// the confirmation carries when it may be written.
fn preview_json(
    app: &App,
    locale: Locale,
    planned: Result<&TranslationPlan, &TranslationError>,
    name: &str,
    bytes: &[u8],
) -> Value {
    let plan = match planned {
        Ok(plan) => plan,
        Err(e) => return json!({"file": name, "plan_error": e.to_string()}),
    };
    let root = format!("{}/", app.settings.banks_dir.display());
    let problems: Vec<String> = plan
        .problems
        .iter()
        .map(|p| p.to_string().replace(&root, ""))
        .collect();
    let questions: Vec<Value> = plan
        .course
        .iter()
        .flat_map(|course| {
            course.questions.iter().filter_map(|q| {
                preview_question_in(course, q.id.as_str(), plan.locale, locale).map(
                    |p| json!({"id": q.id.as_str(), "type": q.kind.type_name(), "question": p}),
                )
            })
        })
        .collect();
    let can_apply = plan.can_apply();
    json!({
        "file": name,
        "replaces": plan.replaces,
        "problems": problems,
        "problem_count": problems.len(),
        "questions": if can_apply { questions } else { Vec::new() },
        "question_count": plan.course.as_ref().map_or(0, |c| c.questions.len()),
        "can_apply": can_apply,
        "content": can_apply.then(|| base64::engine::general_purpose::STANDARD.encode(bytes)),
        "fingerprint": can_apply.then(|| plan.fingerprint()),
    })
}

/// The course and language chosen, checked against the bank.
fn check(
    choices: &Choices,
    app: &App,
) -> Result<(CourseId, Locale), Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let course = choices
        .course
        .parse::<CourseId>()
        .ok()
        .filter(|id| app.bank().courses.iter().any(|c| &c.id == id));
    if course.is_none() {
        errors.push(("course", "questions-translate-error-course"));
    }
    let locale = languages().find(|l| l.tag() == choices.locale);
    if locale.is_none() {
        errors.push(("locale", "questions-translate-error-locale"));
    }
    match (course, locale) {
        (Some(course), Some(locale)) => Ok((course, locale)),
        _ => Err(errors),
    }
}

/// Plans on the blocking pool (it copies and loads the whole bank).
async fn plan_translation(
    app: &App,
    course: &CourseId,
    locale: Locale,
    bytes: Vec<u8>,
) -> Result<Result<TranslationPlan, TranslationError>, AppError> {
    let course_dir = app.settings.banks_dir.join(course.as_str());
    on_blocking_pool("planning the translation", move || {
        plan(&course_dir, locale, &bytes)
    })
    .await
}

#[get("/admin/questions/translate?<course>")]
fn translate_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    course: Option<&str>,
) -> Page {
    let choices = Choices {
        course: course.unwrap_or_default().to_string(),
        locale: String::new(),
    };
    let screen = Screen::new(&req, app, lang, &admin, &choices);
    screen.render(Shown::default(), Status::Ok)
}

/// A course's prose file, to translate or revise: `/admin/questions/courses/<course>/<tag>.ftl`.
#[derive(Responder)]
#[response(content_type = "text/plain; charset=utf-8")]
struct ProseFile {
    text: String,
    disposition: rocket::http::Header<'static>,
}

#[get("/admin/questions/courses/<course>/<file>")]
fn prose_file(
    app: &State<App>,
    _admin: Admin,
    course: &str,
    file: &str,
) -> Result<ProseFile, AppError> {
    let locale = file
        .strip_suffix(".ftl")
        .and_then(|tag| tag.parse::<Locale>().ok())
        .filter(|l| l.source() == *l)
        .ok_or(AppError::NotFound)?;
    let course = course
        .parse::<CourseId>()
        .ok()
        .filter(|id| app.bank().courses.iter().any(|c| &c.id == id))
        .ok_or(AppError::NotFound)?;
    let path = app
        .settings
        .banks_dir
        .join(course.as_str())
        .join(format!("{}.ftl", locale.tag()));
    let text = std::fs::read_to_string(&path).map_err(|_| AppError::NotFound)?;
    let name = format!("{}.{}.ftl", course.as_str(), locale.tag());
    Ok(ProseFile {
        text,
        disposition: rocket::http::Header::new(
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ),
    })
}

#[post("/admin/questions/translate", data = "<upload>")]
async fn preview_translation(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    upload: Upload,
) -> Result<Page, AppError> {
    let choices = Choices::from_upload(&upload);
    let screen = Screen::new(&req, app, lang, &admin, &choices);
    if upload.too_large || upload.too_many {
        return Ok(screen.form_error(
            Some("questions-translate-error-too-large"),
            Vec::new(),
            Status::PayloadTooLarge,
        ));
    }
    let checked = check(&choices, app);
    let file = upload.files.into_iter().next();
    let (course, locale, file) = match (checked, file) {
        (Ok((course, locale)), Some(file)) => (course, locale, file),
        (checked, file) => {
            let mut errors = checked.err().unwrap_or_default();
            if file.is_none() {
                errors.insert(0, ("file", "questions-translate-error-no-file"));
            }
            return Ok(screen.form_error(None, errors, Status::UnprocessableEntity));
        }
    };
    let _one_at_a_time = app.question_import.lock().await;
    let planned = plan_translation(app, &course, locale, file.bytes.clone()).await?;
    Ok(screen.preview(planned.as_ref(), &file.name, &file.bytes, false))
}

#[post("/admin/questions/translate/confirm", data = "<upload>")]
async fn confirm_translation(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    upload: Upload,
) -> Result<Page, AppError> {
    let choices = Choices::from_upload(&upload);
    let screen = Screen::new(&req, app, lang, &admin, &choices);
    let name = upload.get("file_name").unwrap_or_default().to_string();
    let bytes = upload
        .get("content")
        .and_then(|c| base64::engine::general_purpose::STANDARD.decode(c).ok())
        .filter(|b| b.len() <= FILE_LIMIT);
    let (Some(bytes), false) = (bytes, upload.too_large) else {
        return Ok(screen.form_error(
            Some("questions-translate-error-bad-form"),
            Vec::new(),
            Status::UnprocessableEntity,
        ));
    };
    let (course, locale) = match check(&choices, app) {
        Ok(checked) => checked,
        Err(errors) => return Ok(screen.form_error(None, errors, Status::UnprocessableEntity)),
    };
    let previewed = upload.get("fingerprint").unwrap_or_default();
    // From the plan to the reload, one change of the bank at a time: a second confirmation (a double
    // click) plans on what the first wrote; its plan differs (the language is now replaced), and it
    // writes nothing.
    let _one_at_a_time = app.question_import.lock().await;
    let plan = match plan_translation(app, &course, locale, bytes.clone()).await? {
        Ok(plan) if plan.can_apply() && plan.fingerprint() == previewed => plan,
        Ok(plan) => {
            let changed = plan.fingerprint() != previewed;
            return Ok(screen.preview(Ok(&plan), &name, &bytes, changed));
        }
        Err(e) => return Ok(screen.preview(Err(&e), &name, &bytes, true)),
    };
    let reloaded = match write_and_reload(app, &plan.course_dir, &plan.files).await? {
        Ok(reloaded) => reloaded,
        Err(message) => {
            let shown = Shown {
                preview: Some((Ok(&plan), &name, &bytes)),
                write_error: Some(message),
                ..Shown::default()
            };
            return Ok(screen.render(shown, Status::InternalServerError));
        }
    };
    tracing::info!(
        admin = %admin.0.email,
        course = %course,
        locale = locale.tag(),
        reloaded = reloaded.is_ok(),
        "course translation added"
    );
    let shown = Shown {
        done: Some(reloaded),
        ..Shown::default()
    };
    Ok(screen.render(shown, Status::Ok))
}
