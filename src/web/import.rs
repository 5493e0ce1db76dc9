//! The administrator's learner import: upload a CSV file, see row by row what would happen (the dry run),
//! confirm, and see each new account's initial password once.
//!
//! No state is kept on the server between the preview and the confirmation: the preview's form carries the
//! file itself (base64) and the fingerprint of the plan shown. The confirmation reads the accounts again and
//! plans the file again; if that plan is not the one previewed (someone changed accounts or cohorts
//! meanwhile), it shows the new plan with a notice instead of applying it. Forms are `multipart/form-data`,
//! read by [`Upload`] (`web::upload`), which checks `_csrf` as `CheckedForm` does and caps the file at
//! [`FILE_LIMIT`]: a larger file is answered on this page in the administrator's language, never with a
//! bare 413.

use base64::Engine;
use rocket::http::Status;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Admin, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use super::upload::{self, base64_room, UploadLimits};
use crate::db::import::ApplyError;
use crate::db::users::User;
use crate::i18n::{Locale, Texts};
use crate::people::import::{Action, Plan};
use crate::service::import::{apply, plan_file, ImportError, Imported};

pub fn routes() -> Vec<Route> {
    routes![import_page, preview_import, confirm_import]
}

/// The largest file the page accepts (1 MiB: some ten thousand learners).
pub const FILE_LIMIT: usize = 1024 * 1024;

/// The learner import's limits: one CSV file of [`FILE_LIMIT`], and its confirmation carrying it again in
/// base64.
#[derive(Debug)]
pub struct CsvLimits;

impl UploadLimits for CsvLimits {
    const FILE: usize = FILE_LIMIT;
    const FILES: usize = 1;
    const TEXT: usize = base64_room(FILE_LIMIT);
    const KEEP: usize = FILE_LIMIT + base64_room(FILE_LIMIT) + 64 * 1024;
    const BODY: usize = 16 * 1024 * 1024;
}

/// The learner import's multipart bodies.
pub type Upload = upload::Upload<CsvLimits>;

/// The page with the upload form, and what it says above it.
struct ImportPage<'a> {
    error: Option<&'static str>,
    /// The plan of an uploaded file, with the file's name and bytes (for the confirmation form).
    preview: Option<(&'a Plan, &'a str, &'a [u8])>,
    /// The plan shown is not the one the administrator confirmed.
    changed: bool,
}

fn import_page_ctx(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    page: ImportPage<'_>,
) -> super::pages::Ctx {
    let preview = page
        .preview
        .map(|(plan, name, bytes)| preview_json(&app.ui, lang.0, plan, name, bytes));
    base_context(req, lang.0, Some(admin))
        .with("error", page.error)
        .with("limit_mib", FILE_LIMIT / (1024 * 1024))
        .with("changed", page.changed)
        .with("preview", preview)
}

/// What the preview shows of a plan: the file's shape, each row, each problem, and (only when the plan may
/// be applied) what the confirmation form carries.
fn preview_json(texts: &Texts, locale: Locale, plan: &Plan, name: &str, bytes: &[u8]) -> Value {
    let rows: Vec<Value> = plan
        .rows
        .iter()
        .map(|r| {
            let changes: Vec<String> = match &r.action {
                Action::Update(changes) => changes
                    .iter()
                    .map(|c| texts.format(locale, c.message_id(), None, Some(&c.args())))
                    .collect(),
                Action::Create | Action::Unchanged => Vec::new(),
            };
            json!({
                "line": r.line,
                "email": r.email.as_str(),
                "name": r.name,
                "language": r.locale.map(Locale::native_name),
                "language_tag": r.locale.map(Locale::tag),
                "cohort": r.cohort,
                "create": r.action == Action::Create,
                "unchanged": r.action == Action::Unchanged,
                "changes": changes,
            })
        })
        .collect();
    let problems: Vec<Value> = plan
        .problems
        .iter()
        .map(|p| {
            json!({
                "line": p.line,
                "message": texts.format(locale, p.kind.message_id(), None, Some(&p.kind.args())),
            })
        })
        .collect();
    let (create, update, unchanged) = plan.counts();
    let delimiter = plan.delimiter.map(|d| match d {
        ',' => "comma",
        ';' => "semicolon",
        _ => "tab",
    });
    // A file that would change no account has nothing to confirm.
    let nothing_to_do = plan.can_apply() && create == 0 && update == 0;
    let can_apply = plan.can_apply() && !nothing_to_do;
    json!({
        "file_name": name,
        "delimiter": delimiter,
        "ignored": plan.ignored_columns.iter().map(|c| json!({"number": c.number, "name": c.name})).collect::<Vec<_>>(),
        "rows": rows,
        "problems": problems,
        "problem_count": problems.len(),
        "create": create,
        "update": update,
        "unchanged": unchanged,
        "can_apply": can_apply,
        "nothing_to_do": nothing_to_do,
        "content": can_apply.then(|| base64::engine::general_purpose::STANDARD.encode(bytes)),
        "fingerprint": can_apply.then(|| plan.fingerprint()),
    })
}

fn render(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    page: ImportPage<'_>,
    status: Status,
) -> Page {
    Page::new(
        "pages/admin-import",
        import_page_ctx(req, app, lang, admin, page),
    )
    .status(status)
}

#[get("/admin/import")]
fn import_page(req: PageMeta, app: &State<App>, lang: Lang, admin: Admin) -> Page {
    let page = ImportPage {
        error: None,
        preview: None,
        changed: false,
    };
    render(&req, app, lang, &admin.0, page, Status::Ok)
}

/// A preview: 200 when the file may be imported, 422 when it has problems (nothing can be confirmed), 409
/// when it may be imported but is not the plan the administrator confirmed.
fn preview_page(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    plan: &Plan,
    (name, bytes): (&str, &[u8]),
    changed: bool,
) -> Page {
    let status = match (plan.can_apply(), changed) {
        (false, _) => Status::UnprocessableEntity,
        (true, true) => Status::Conflict,
        (true, false) => Status::Ok,
    };
    let page = ImportPage {
        error: None,
        preview: Some((plan, name, bytes)),
        changed,
    };
    render(req, app, lang, admin, page, status)
}

fn upload_error(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    error: &'static str,
    status: Status,
) -> Page {
    let page = ImportPage {
        error: Some(error),
        preview: None,
        changed: false,
    };
    render(req, app, lang, admin, page, status)
}

#[post("/admin/import", data = "<upload>")]
async fn preview_import(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    upload: Upload,
) -> Result<Page, AppError> {
    if upload.too_large {
        return Ok(too_large(&req, app, lang, &admin.0));
    }
    let Some(file) = upload.files.into_iter().next() else {
        return Ok(upload_error(
            &req,
            app,
            lang,
            &admin.0,
            "import-error-no-file",
            Status::UnprocessableEntity,
        ));
    };
    let plan = plan_file(&app.db, &file.bytes).await?;
    Ok(preview_page(
        &req,
        app,
        lang,
        &admin.0,
        &plan,
        (&file.name, &file.bytes),
        false,
    ))
}

fn too_large(req: &PageMeta, app: &App, lang: Lang, admin: &User) -> Page {
    upload_error(
        req,
        app,
        lang,
        admin,
        "import-error-too-large",
        Status::PayloadTooLarge,
    )
}

#[post("/admin/import/confirm", data = "<upload>")]
async fn confirm_import(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    upload: Upload,
) -> Result<Page, AppError> {
    if upload.too_large {
        return Ok(too_large(&req, app, lang, &admin.0));
    }
    let name = upload.get("file_name").unwrap_or_default();
    let bytes = match base64::engine::general_purpose::STANDARD
        .decode(upload.get("content").unwrap_or_default())
    {
        Ok(bytes) if bytes.len() <= FILE_LIMIT => bytes,
        Ok(_) => return Ok(too_large(&req, app, lang, &admin.0)),
        Err(_) => {
            return Ok(upload_error(
                &req,
                app,
                lang,
                &admin.0,
                "import-error-bad-form",
                Status::UnprocessableEntity,
            ))
        }
    };
    let previewed = upload.get("fingerprint").unwrap_or_default();
    let plan = plan_file(&app.db, &bytes).await?;
    // Not the plan previewed (or not one that may be applied, whatever was previewed): show it instead.
    if !plan.can_apply() || plan.fingerprint() != previewed {
        let changed = plan.fingerprint() != previewed;
        return Ok(preview_page(
            &req,
            app,
            lang,
            &admin.0,
            &plan,
            (name, &bytes),
            changed,
        ));
    }
    match apply(&app.db, &plan, app.clock.now().as_second()).await {
        Ok(imported) => Ok(done_page(&req, lang, &admin.0, &imported, name)),
        // Someone created or changed an account between this plan and its transaction: nothing was
        // written; show what the file would do now.
        Err(ImportError::Apply(ApplyError::EmailTaken(_) | ApplyError::Changed(_))) => {
            let plan = plan_file(&app.db, &bytes).await?;
            Ok(preview_page(
                &req,
                app,
                lang,
                &admin.0,
                &plan,
                (name, &bytes),
                true,
            ))
        }
        Err(ImportError::Apply(ApplyError::Db(e))) => Err(e.into()),
        Err(e) => Err(AppError::Internal(e.to_string())),
    }
}

/// The result, with the new accounts' passwords. Rendered directly (a redirect would need them kept
/// somewhere to show them after it); `Page` sends `Cache-Control: no-store`, so no cache keeps them either.
fn done_page(req: &PageMeta, lang: Lang, admin: &User, imported: &Imported, name: &str) -> Page {
    let accounts: Vec<Value> = imported
        .passwords
        .iter()
        .map(|(email, password)| json!({"email": email.as_str(), "password": password.as_str()}))
        .collect();
    let ctx = base_context(req, lang.0, Some(admin))
        .with("file_name", name)
        .with("created", imported.applied.created)
        .with("updated", imported.applied.updated)
        .with("unchanged", imported.applied.unchanged)
        .with("accounts", accounts);
    Page::new("pages/admin-import-done", ctx)
}
