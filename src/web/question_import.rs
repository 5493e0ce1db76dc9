//! The administrator's question import: upload question files (GIFT, Moodle XML, Aiken, QTI), see what
//! the bank would hold (the dry run: each file's problems at their lines, each question's fate and, for
//! those added, the question as it will appear with its key), confirm, and the server uses the new bank at
//! once.
//!
//! As the learner import (`web::import`), nothing is kept on the server between the preview and the
//! confirmation: the preview's form carries the files (base64), the choices made and the fingerprint of
//! the plan shown. The confirmation plans again under [`App::question_import`] (one import at a time), and
//! writes only when the plan is the one previewed; else it shows the new plan and writes nothing. The plan,
//! its check and the writing are `service::question_import`'s, shared with `ispit import`; after writing,
//! the whole bank is read again from the bank folder and replaces the one in use (if it does not load, the
//! server keeps the old one and the page says so).
//!
//! Never writes into the bank folder except through a confirmed, unchanged plan.

use std::path::PathBuf;

use base64::Engine;
use rocket::http::Status;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Admin, Lang};
use super::pages::{base_context, Ctx, Page, PageMeta};
use super::state::App;
use super::upload::{self, base64_room, UploadLimits};
use crate::bank::Bank;
use crate::db::users::User;
use crate::i18n::Locale;
use crate::ids::{is_slug, CourseId};
use crate::interchange::to_bank::Fate;
use crate::interchange::Format;
use crate::service::question_import::{
    plan, preview_question, write_files, Plan, PlanError, Request, SourceFile,
};

pub fn routes() -> Vec<Route> {
    routes![import_page, preview_questions, confirm_questions]
}

/// The largest question file the page accepts (2 MiB: a Moodle XML export with a few images).
pub const FILE_LIMIT: usize = 2 * 1024 * 1024;
/// The most files one import takes.
pub const FILE_COUNT: usize = 8;

/// The question import's limits: [`FILE_COUNT`] files of [`FILE_LIMIT`], and the confirmation carrying
/// each again in base64.
#[derive(Debug)]
pub struct QuestionLimits;

impl UploadLimits for QuestionLimits {
    const FILE: usize = FILE_LIMIT;
    const FILES: usize = FILE_COUNT;
    const TEXT: usize = base64_room(FILE_LIMIT);
    const KEEP: usize = FILE_COUNT * (FILE_LIMIT + base64_room(FILE_LIMIT)) + 64 * 1024;
    const BODY: usize = Self::KEEP + 16 * 1024 * 1024;
}

type Upload = upload::Upload<QuestionLimits>;

/// The formats offered, as the form names them.
const FORMATS: [(&str, Format); 5] = [
    ("gift", Format::Gift),
    ("moodlexml", Format::MoodleXml),
    ("aiken", Format::Aiken),
    ("qti3", Format::Qti3),
    ("qti21", Format::Qti21),
];

/// The languages a Moodle XML file's multi-language content (or a QTI package's items) may be read in
/// besides English (Serbian Latin is made from Serbian Cyrillic).
fn extra_locales() -> impl Iterator<Item = Locale> {
    Locale::STORED.into_iter().filter(|l| *l != Locale::En)
}

/// The form's choices as sent, shown again with the page.
#[derive(Debug, Default, Clone)]
struct Choices {
    format: String,
    /// An existing course's id; empty for a new course.
    course: String,
    new_course_id: String,
    new_course_title: String,
    quiz: String,
    /// The languages ticked besides English.
    locales: Vec<String>,
}

impl Choices {
    fn from_upload(upload: &Upload) -> Choices {
        let text = |name: &str| upload.get(name).unwrap_or_default().trim().to_string();
        Choices {
            format: text("format"),
            course: text("course"),
            new_course_id: text("new_course_id"),
            // One line: the title becomes a Fluent message's value.
            new_course_title: text("new_course_title")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            quiz: text("quiz"),
            locales: upload.all("locale").map(str::to_string).collect(),
        }
    }

    /// The hidden fields that carry the choices to the confirmation.
    fn hidden(&self) -> Vec<Value> {
        let mut fields: Vec<(&str, &str)> = vec![
            ("format", &self.format),
            ("course", &self.course),
            ("new_course_id", &self.new_course_id),
            ("new_course_title", &self.new_course_title),
            ("quiz", &self.quiz),
        ];
        fields.extend(self.locales.iter().map(|l| ("locale", l.as_str())));
        fields
            .into_iter()
            .map(|(name, value)| json!({"name": name, "value": value}))
            .collect()
    }
}

/// The choices checked: what to plan.
#[derive(Debug, Clone)]
struct Checked {
    format: Format,
    course_dir: PathBuf,
    title: Option<String>,
    quiz: Option<String>,
    /// English first, then the languages ticked.
    locales: Vec<Locale>,
}

/// Problems with the choices, each as (field, Fluent id).
type FieldErrors = Vec<(&'static str, &'static str)>;

fn check(
    choices: &Choices,
    bank: &Bank,
    banks_dir: &std::path::Path,
) -> Result<Checked, FieldErrors> {
    let mut errors = FieldErrors::new();
    let format = FORMATS
        .iter()
        .find(|(name, _)| *name == choices.format)
        .map(|(_, f)| *f);
    if format.is_none() {
        errors.push(("format", "questions-import-error-format"));
    }
    let (course_dir, title) = if choices.course.is_empty() {
        let id = &choices.new_course_id;
        if !is_slug(id) {
            errors.push(("new_course_id", "questions-import-error-course-id"));
        } else if bank.courses.iter().any(|c| c.id.as_str() == id) {
            errors.push(("new_course_id", "questions-import-error-course-exists"));
        } else if banks_dir.join(id).exists() {
            errors.push(("new_course_id", "questions-import-error-folder-taken"));
        }
        if choices.new_course_title.is_empty() {
            errors.push(("new_course_title", "questions-import-error-course-title"));
        }
        (banks_dir.join(id), Some(choices.new_course_title.clone()))
    } else {
        let known = choices
            .course
            .parse::<CourseId>()
            .ok()
            .filter(|id| bank.courses.iter().any(|c| &c.id == id));
        if known.is_none() {
            errors.push(("course", "questions-import-error-course"));
        }
        (banks_dir.join(&choices.course), None)
    };
    let quiz = Some(choices.quiz.clone()).filter(|q| !q.is_empty());
    if quiz.as_deref().is_some_and(|q| !is_slug(q)) {
        errors.push(("quiz", "questions-import-error-quiz"));
    }
    let mut locales = vec![Locale::En];
    for tag in &choices.locales {
        match extra_locales().find(|l| l.tag() == tag) {
            Some(l) if !locales.contains(&l) => locales.push(l),
            Some(_) => {}
            None => errors.push(("locales", "questions-import-error-locales")),
        }
    }
    let several = |f: Format| matches!(f, Format::MoodleXml | Format::Qti3 | Format::Qti21);
    if locales.len() > 1 && format.is_some_and(|f| !several(f)) {
        errors.push(("locales", "questions-import-error-locales-format"));
    }
    match format {
        Some(format) if errors.is_empty() => Ok(Checked {
            format,
            course_dir,
            title,
            quiz,
            locales,
        }),
        _ => {
            errors.dedup();
            Err(errors)
        }
    }
}

/// Plans on the blocking pool (it copies and loads the whole bank).
async fn plan_import(
    checked: &Checked,
    files: Vec<SourceFile>,
) -> Result<Result<Plan, PlanError>, AppError> {
    let checked = checked.clone();
    on_blocking_pool("planning the question import", move || {
        plan(&Request {
            format: checked.format,
            files: &files,
            course_dir: &checked.course_dir,
            locales: &checked.locales,
            quiz: checked.quiz.as_deref(),
            title: checked.title.as_deref(),
        })
    })
    .await
}

/// What the page shows above its form.
#[derive(Default)]
struct Shown<'a> {
    /// A message for the whole form (Fluent id): a file too large, none chosen…
    error: Option<&'static str>,
    errors: FieldErrors,
    /// The plan of the uploaded files (or why none could be made), with the files themselves for the
    /// confirmation form.
    preview: Option<(Result<&'a Plan, &'a PlanError>, &'a [SourceFile])>,
    /// The plan shown is not the one the administrator confirmed.
    changed: bool,
    /// Writing the confirmed plan failed (nothing was written): the message.
    write_error: Option<String>,
}

/// One request's page: who asks, in which language, with the choices sent.
struct Screen<'a> {
    req: &'a PageMeta,
    app: &'a App,
    lang: Lang,
    admin: &'a User,
    choices: &'a Choices,
}

impl Screen<'_> {
    fn render(&self, shown: Shown<'_>, status: Status) -> Page {
        Page::new("pages/admin-questions-import", self.ctx(shown)).status(status)
    }

    /// A preview: 200 when the plan may be written, 422 when nothing can be imported (or the bank would
    /// not load), 409 when it may be written but is not the plan the administrator confirmed.
    fn preview(
        &self,
        planned: Result<&Plan, &PlanError>,
        files: &[SourceFile],
        changed: bool,
    ) -> Page {
        let status = preview_status(planned.ok().map(Plan::can_apply), changed);
        let shown = Shown {
            preview: Some((planned, files)),
            changed,
            ..Shown::default()
        };
        self.render(shown, status)
    }

    /// The form again, with a message for the whole form and the fields' own.
    fn form_error(&self, error: Option<&'static str>, errors: FieldErrors, status: Status) -> Page {
        let shown = Shown {
            error,
            errors,
            ..Shown::default()
        };
        self.render(shown, status)
    }

    /// A file over its limit, or too many files: said on the page, in the administrator's language.
    fn refused_upload(&self, upload: &Upload) -> Option<Page> {
        let error = if upload.too_large {
            "questions-import-error-too-large"
        } else if upload.too_many {
            "questions-import-error-too-many"
        } else {
            return None;
        };
        Some(self.form_error(Some(error), Vec::new(), Status::PayloadTooLarge))
    }

    fn ctx(&self, shown: Shown<'_>) -> Ctx {
        let (req, app, lang, admin, choices) =
            (self.req, self.app, self.lang, self.admin, self.choices);
        let bank = app.bank();
        let locale = lang.0;
        let errors: serde_json::Map<String, Value> = shown
            .errors
            .iter()
            .map(|(field, id)| (field.to_string(), Value::from(*id)))
            .collect();
        let formats: Vec<Value> = FORMATS
            .iter()
            .map(|(name, _)| json!({"value": name, "checked": choices.format == *name}))
            .collect();
        let courses: Vec<Value> = bank
            .courses
            .iter()
            .map(|c| {
                json!({
                    "id": c.id.as_str(),
                    "title": c.title(locale),
                    "selected": choices.course == c.id.as_str(),
                })
            })
            .collect();
        let locales: Vec<Value> = extra_locales()
            .map(|l| {
                json!({
                    "tag": l.tag(),
                    "name": l.native_name(),
                    "checked": choices.locales.iter().any(|t| t == l.tag()),
                })
            })
            .collect();
        let preview = shown
            .preview
            .map(|(plan, files)| preview_json(app, locale, plan, files, choices));
        base_context(req, locale, Some(admin))
            .with("error", shown.error)
            .with("errors", errors)
            .with("limit_mib", FILE_LIMIT / (1024 * 1024))
            .with("file_count", FILE_COUNT)
            .with("formats", formats)
            .with("courses", courses)
            .with("new_course", choices.course.is_empty())
            .with("new_course_id", &choices.new_course_id)
            .with("new_course_title", &choices.new_course_title)
            .with("quiz", &choices.quiz)
            .with("english", Locale::En.native_name())
            .with("content_lang", Locale::En.tag())
            .with("locales", locales)
            .with("changed", shown.changed)
            .with("write_error", shown.write_error)
            .with("preview", preview)
    }
}

/// What the preview shows of a plan: the files' problems, each question's fate and (for the added ones)
/// the question as the bank will hold it, the bank's problems, and (only when the plan may be written)
/// what the confirmation form carries.
fn preview_json(
    app: &App,
    locale: Locale,
    plan: Result<&Plan, &PlanError>,
    files: &[SourceFile],
    choices: &Choices,
) -> Value {
    let file_names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let plan = match plan {
        Ok(plan) => plan,
        Err(e) => return json!({"files": file_names, "plan_error": e.to_string()}),
    };
    let questions: Vec<Value> = plan
        .questions
        .iter()
        .map(|q| {
            let p = &q.planned;
            let (id, kind, reason) = match &p.fate {
                Fate::Added { id, kind } => (Some(id.as_str()), Some(*kind), None),
                Fate::Refused(reason) => (None, None, Some(reason.as_str())),
            };
            let shown = id
                .zip(plan.course.as_ref())
                .and_then(|(id, course)| preview_question(course, id, locale));
            json!({
                "file": q.file,
                "line": p.line,
                "name": p.name,
                "added": id.is_some(),
                "id": id,
                "kind": kind,
                "reason": reason,
                "notes": p.notes,
                "question": shown,
            })
        })
        .collect();
    // Files named from the bank folder (`migration-gender/course.toml:6:4: …`): where the server keeps it
    // is not the administrator's concern.
    let root = format!("{}/", app.settings.banks_dir.display());
    let bank_problems: Vec<String> = plan
        .bank_problems
        .iter()
        .map(|p| p.to_string().replace(&root, ""))
        .collect();
    let problems: Vec<String> = plan.problems.iter().map(|p| p.display()).collect();
    let added = plan.added();
    let can_apply = plan.can_apply();
    let contents: Vec<Value> = if can_apply {
        files
            .iter()
            .map(|f| {
                json!({
                    "name": f.name,
                    "content": base64::engine::general_purpose::STANDARD.encode(&f.bytes),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    json!({
        "files": file_names,
        "course": plan.course_dir.file_name().map(|n| n.to_string_lossy()),
        "new_course": plan.new_course,
        "problems": problems,
        "problem_count": problems.len(),
        "questions": questions,
        "question_count": plan.questions.len(),
        "added": added,
        "refused": plan.questions.len() - added,
        "bank_problems": bank_problems,
        "nothing_to_import": added == 0,
        "can_apply": can_apply,
        "hidden": can_apply.then(|| choices.hidden()),
        "contents": contents,
        "fingerprint": can_apply.then(|| plan.fingerprint()),
    })
}

#[get("/admin/questions/import")]
fn import_page(req: PageMeta, app: &State<App>, lang: Lang, admin: Admin) -> Page {
    let choices = Choices {
        format: "gift".to_string(),
        ..Choices::default()
    };
    let screen = Screen {
        req: &req,
        app,
        lang,
        admin: &admin.0,
        choices: &choices,
    };
    screen.render(Shown::default(), Status::Ok)
}

#[post("/admin/questions/import", data = "<upload>")]
async fn preview_questions(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    upload: Upload,
) -> Result<Page, AppError> {
    let choices = Choices::from_upload(&upload);
    let screen = Screen {
        req: &req,
        app,
        lang,
        admin: &admin.0,
        choices: &choices,
    };
    if let Some(page) = screen.refused_upload(&upload) {
        return Ok(page);
    }
    let mut checked = check(&choices, &app.bank(), &app.settings.banks_dir);
    if upload.files.is_empty() {
        let mut errors = checked.err().unwrap_or_default();
        errors.insert(0, ("files", "questions-import-error-no-file"));
        checked = Err(errors);
    }
    let checked = match checked {
        Ok(checked) => checked,
        Err(errors) => {
            return Ok(screen.form_error(None, errors, Status::UnprocessableEntity));
        }
    };
    let files: Vec<SourceFile> = upload
        .files
        .into_iter()
        .map(|f| SourceFile {
            name: f.name,
            bytes: f.bytes,
        })
        .collect();
    // One import at a time: a preview never reads a course while a confirmation writes it.
    let _one_at_a_time = app.question_import.lock().await;
    let planned = plan_import(&checked, files.clone()).await?;
    Ok(screen.preview(planned.as_ref(), &files, false))
}

/// The files a confirmation carries (names and base64 contents, in order); `Err` with the page's message
/// when they cannot be read back or are over the limits.
fn carried_files(upload: &Upload) -> Result<Vec<SourceFile>, (&'static str, Status)> {
    let names: Vec<&str> = upload.all("file_name").collect();
    let contents: Vec<&str> = upload.all("content").collect();
    if names.len() != contents.len() || names.is_empty() {
        return Err((
            "questions-import-error-bad-form",
            Status::UnprocessableEntity,
        ));
    }
    if names.len() > FILE_COUNT {
        return Err(("questions-import-error-too-many", Status::PayloadTooLarge));
    }
    names
        .iter()
        .zip(contents)
        .map(
            |(name, content)| match base64::engine::general_purpose::STANDARD.decode(content) {
                Ok(bytes) if bytes.len() <= FILE_LIMIT => Ok(SourceFile {
                    name: name.to_string(),
                    bytes,
                }),
                Ok(_) => Err(("questions-import-error-too-large", Status::PayloadTooLarge)),
                Err(_) => Err((
                    "questions-import-error-bad-form",
                    Status::UnprocessableEntity,
                )),
            },
        )
        .collect()
}

#[post("/admin/questions/import/confirm", data = "<upload>")]
async fn confirm_questions(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    upload: Upload,
) -> Result<Page, AppError> {
    let choices = Choices::from_upload(&upload);
    let screen = Screen {
        req: &req,
        app,
        lang,
        admin: &admin.0,
        choices: &choices,
    };
    if let Some(page) = screen.refused_upload(&upload) {
        return Ok(page);
    }
    let files = match carried_files(&upload) {
        Ok(files) => files,
        Err((error, status)) => return Ok(screen.form_error(Some(error), Vec::new(), status)),
    };
    let previewed = upload.get("fingerprint").unwrap_or_default();
    // From the plan to the reload of the bank, one import at a time: a second confirmation of the same
    // files (a double click) plans on what the first wrote, differs from its preview, and writes nothing.
    let _one_at_a_time = app.question_import.lock().await;
    let checked = match check(&choices, &app.bank(), &app.settings.banks_dir) {
        Ok(checked) => checked,
        // A new course that exists by now (an earlier confirmation made it), say: nothing is written.
        Err(errors) => {
            return Ok(screen.form_error(
                Some("questions-import-changed-notice"),
                errors,
                Status::Conflict,
            ))
        }
    };
    let plan = match plan_import(&checked, files.clone()).await? {
        Ok(plan) if plan.can_apply() && plan.fingerprint() == previewed => plan,
        Ok(plan) => {
            let changed = plan.fingerprint() != previewed;
            return Ok(screen.preview(Ok(&plan), &files, changed));
        }
        Err(e) => return Ok(screen.preview(Err(&e), &files, true)),
    };
    let reloaded = match write_and_reload(app, &plan.course_dir, &plan.files).await? {
        Ok(reloaded) => reloaded,
        Err(message) => {
            let shown = Shown {
                preview: Some((Ok(&plan), &files)),
                write_error: Some(message),
                ..Shown::default()
            };
            return Ok(screen.render(shown, Status::InternalServerError));
        }
    };
    tracing::info!(
        admin = %admin.0.email,
        course = %plan.course_dir.display(),
        added = plan.added(),
        reloaded = reloaded.is_ok(),
        "questions imported"
    );
    Ok(done_page(&screen, &plan, &checked, reloaded))
}

/// Runs `work` (planning, which copies and loads the whole bank, or writing) on the blocking pool;
/// `what` names it in the error if the task is lost.
pub(super) async fn on_blocking_pool<T: Send + 'static>(
    what: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    rocket::tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(format!("{what}: {e}")))
}

/// A preview's status: 200 when the plan may be written, 422 when it may not (or none could be made:
/// `None`), 409 when it may be written but is not the plan the administrator confirmed.
pub(super) fn preview_status(can_apply: Option<bool>, changed: bool) -> Status {
    match (can_apply, changed) {
        (Some(false) | None, _) => Status::UnprocessableEntity,
        (Some(true), true) => Status::Conflict,
        (Some(true), false) => Status::Ok,
    }
}

/// Writes a confirmed plan's files into `course_dir` (all or none) on the blocking pool, then reloads the
/// bank: `Err` with the message when nothing could be written, else how the reload went (see
/// [`reload_bank`]).
pub(super) async fn write_and_reload(
    app: &App,
    course_dir: &std::path::Path,
    files: &[(PathBuf, String)],
) -> Result<Result<Result<(), Vec<String>>, String>, AppError> {
    let (dir, owned) = (course_dir.to_path_buf(), files.to_vec());
    let written =
        on_blocking_pool("writing into the bank", move || write_files(&dir, &owned)).await?;
    if let Err(message) = written {
        tracing::error!(error = %message, "nothing was written into the bank");
        return Ok(Err(message));
    }
    Ok(Ok(reload_bank(app).await?))
}

/// Reads the whole bank again from the bank folder and, when it loads, makes it the bank every later
/// request uses. `Err` with the problems when it does not load (the old bank stays in use).
pub(super) async fn reload_bank(app: &App) -> Result<Result<(), Vec<String>>, AppError> {
    let root = app.settings.banks_dir.clone();
    let loaded =
        on_blocking_pool("reloading the bank", move || crate::bank::load_banks(&root)).await?;
    Ok(match loaded {
        Ok(loaded) => {
            for w in &loaded.warnings {
                tracing::warn!("{w}");
            }
            app.shared_bank.replace(loaded.bank);
            Ok(())
        }
        Err(problems) => {
            for p in &problems {
                tracing::error!("after the question import the bank does not load: {p}");
            }
            let root = format!("{}/", app.settings.banks_dir.display());
            Err(problems
                .iter()
                .map(|p| p.to_string().replace(&root, ""))
                .collect())
        }
    })
}

/// What was added, with a link to the quiz when the bank in use has it.
fn done_page(
    screen: &Screen<'_>,
    plan: &Plan,
    checked: &Checked,
    reloaded: Result<(), Vec<String>>,
) -> Page {
    let (app, lang) = (screen.app, screen.lang);
    let added: Vec<Value> = plan
        .questions
        .iter()
        .filter_map(|q| match &q.planned.fate {
            Fate::Added { id, kind } => Some(json!({"id": id, "kind": kind})),
            Fate::Refused(_) => None,
        })
        .collect();
    let bank = app.bank();
    let course = plan
        .course_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let course_title = bank
        .courses
        .iter()
        .find(|c| c.id.as_str() == course)
        .map(|c| c.title(lang.0));
    let quiz = checked
        .quiz
        .as_deref()
        .and_then(|q| q.parse().ok())
        .and_then(|q| bank.quiz(&q))
        .filter(|(c, _)| c.id.as_str() == course)
        .map(|(_, q)| q.id.to_string());
    let ctx = base_context(screen.req, lang.0, Some(screen.admin))
        .with("course", &course)
        .with("course_title", course_title)
        .with("added", added.len())
        .with("questions", added)
        .with("quiz", quiz)
        .with("reload_problems", reloaded.err());
    Page::new("pages/admin-questions-import-done", ctx)
}
