//! The administrators' pages: accounts and cohorts. Every route takes the `Admin` guard; a form that does not
//! parse is shown again with each problem beside its field (422), and a stored change redirects (a reload
//! never posts twice).

use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post, routes, Either, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Admin, CheckedForm, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use crate::auth::{Email, NewPassword, Role, Roles};
use crate::db::cohorts::{self, CohortError, MemberRole};
use crate::db::users::{self, EditError, User, UserEdit};
use crate::i18n::locale::match_language_tag;
use crate::i18n::Locale;
use crate::ids::{CohortId, UserId};
use crate::people::clean_name;
use crate::service::people::{
    add_account, set_password as set_account_password, NewAccount, PeopleError,
};

pub fn routes() -> Vec<Route> {
    routes![
        users_page,
        new_user_page,
        create_user,
        user_page,
        save_user,
        set_password,
        cohorts_page,
        create_cohort,
        cohort_page,
        rename_cohort,
        add_member,
        remove_member,
    ]
}

type FormReply = Result<Either<Redirect, Page>, AppError>;

/// A failure of an account use case that the form did not answer itself.
fn people_error(e: PeopleError) -> AppError {
    match e {
        PeopleError::EmailTaken(_) => AppError::Invalid("admin-error-email-taken"),
        PeopleError::NoName => AppError::Invalid("admin-error-name"),
        PeopleError::Hash(e) => AppError::Internal(e),
        PeopleError::Db(e) => e.into(),
    }
}

/// The languages offered in a form's select, the chosen one marked.
fn language_options(chosen: Option<Locale>) -> Vec<Value> {
    Locale::ALL
        .iter()
        .map(|l| json!({ "tag": l.tag(), "name": l.native_name(), "selected": Some(*l) == chosen }))
        .collect()
}

fn user_json(u: &User) -> Value {
    json!({
        "id": u.id.0,
        "email": u.email,
        "name": u.display_name,
        "roles": u.roles.iter().map(Role::as_str).collect::<Vec<_>>(),
        "language": u.locale.map(Locale::native_name),
        "disabled": u.disabled,
    })
}

#[get("/admin/users?<q>&<saved>")]
async fn users_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    q: Option<&str>,
    saved: Option<bool>,
) -> Result<Page, AppError> {
    let list = users::list_users(&app.db, q).await?;
    let ctx = base_context(&req, lang.0, Some(&admin.0))
        .with("users", list.iter().map(user_json).collect::<Vec<_>>())
        .with("q", q.unwrap_or_default())
        .with("saved", saved.unwrap_or(false));
    Ok(Page::new("pages/admin-users", ctx))
}

/// An account form as typed, and what is wrong with it (field name → Fluent id).
#[derive(Debug, Default)]
struct UserForm {
    email: String,
    name: String,
    language: String,
    roles: Vec<Role>,
    disabled: bool,
    errors: Vec<(&'static str, &'static str)>,
}

/// What a valid account form says.
struct ParsedUser {
    email: Email,
    name: String,
    locale: Option<Locale>,
    roles: Roles,
    disabled: bool,
}

fn read_user_form(form: &CheckedForm) -> (UserForm, Option<ParsedUser>) {
    let mut typed = UserForm {
        email: form.get("email").unwrap_or_default().trim().to_string(),
        name: form.get("name").unwrap_or_default().to_string(),
        language: form.get("language").unwrap_or_default().to_string(),
        roles: Role::ALL
            .into_iter()
            .filter(|r| form.get(&format!("role-{}", r.as_str())).is_some())
            .collect(),
        disabled: form.get("disabled").is_some(),
        errors: Vec::new(),
    };
    let email = Email::parse(&typed.email)
        .map_err(|_| typed.errors.push(("email", "admin-error-email")))
        .ok();
    let name = clean_name(&typed.name);
    if name.is_none() {
        typed.errors.push(("name", "admin-error-name"));
    }
    let locale = match typed.language.as_str() {
        "" => Some(None),
        tag => match_language_tag(tag).map(Some),
    };
    if locale.is_none() {
        typed.errors.push(("language", "admin-error-language"));
    }
    let roles = Roles::of(typed.roles.iter().copied());
    if roles.is_none() {
        typed.errors.push(("roles", "admin-error-roles"));
    }
    let parsed = match (email, name, locale, roles) {
        (Some(email), Some(name), Some(locale), Some(roles)) if typed.errors.is_empty() => {
            Some(ParsedUser {
                email,
                name,
                locale,
                roles,
                disabled: typed.disabled,
            })
        }
        _ => None,
    };
    (typed, parsed)
}

fn user_form_page(
    req: &PageMeta,
    lang: Lang,
    admin: &User,
    editing: Option<&User>,
    typed: &UserForm,
    memberships: Value,
) -> Page {
    let errors: serde_json::Map<String, Value> = typed
        .errors
        .iter()
        .map(|(field, id)| (field.to_string(), json!(id)))
        .collect();
    let chosen = match_language_tag(&typed.language);
    let ctx = base_context(req, lang.0, Some(admin))
        .with("editing", editing.map(user_json))
        .with(
            "title_id",
            if editing.is_some() {
                "admin-user-edit-title"
            } else {
                "admin-user-new-title"
            },
        )
        .with("email", &typed.email)
        .with("name", &typed.name)
        .with("languages_select", language_options(chosen))
        .with(
            "roles",
            Role::ALL
                .iter()
                .map(|r| json!({ "value": r.as_str(), "checked": typed.roles.contains(r) }))
                .collect::<Vec<_>>(),
        )
        .with("disabled", typed.disabled)
        .with("errors", errors)
        .with("has_errors", !typed.errors.is_empty())
        .with("memberships", memberships);
    let status = if typed.errors.is_empty() {
        Status::Ok
    } else {
        Status::UnprocessableEntity
    };
    Page::new("pages/admin-user", ctx).status(status)
}

#[get("/admin/users/new")]
fn new_user_page(req: PageMeta, lang: Lang, admin: Admin) -> Page {
    let typed = UserForm {
        roles: vec![Role::Learner],
        ..UserForm::default()
    };
    user_form_page(&req, lang, &admin.0, None, &typed, json!([]))
}

#[post("/admin/users", data = "<form>")]
async fn create_user(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    form: CheckedForm,
) -> FormReply {
    let (mut typed, parsed) = read_user_form(&form);
    let password = NewPassword::parse(form.get("password").unwrap_or_default())
        .map_err(|_| typed.errors.push(("password", "admin-error-password")))
        .ok();
    let (Some(user), Some(password)) = (parsed, password) else {
        return Ok(Either::Right(user_form_page(
            &req,
            lang,
            &admin.0,
            None,
            &typed,
            json!([]),
        )));
    };
    let account = NewAccount {
        email: user.email,
        name: user.name,
        roles: user.roles,
        locale: user.locale,
        password,
    };
    match add_account(&app.db, &account, app.clock.now().as_second()).await {
        Ok(id) => Ok(Either::Left(Redirect::to(format!(
            "/admin/users/{id}?saved=true"
        )))),
        Err(PeopleError::EmailTaken(_)) => {
            typed.errors.push(("email", "admin-error-email-taken"));
            Ok(Either::Right(user_form_page(
                &req,
                lang,
                &admin.0,
                None,
                &typed,
                json!([]),
            )))
        }
        Err(e) => Err(people_error(e)),
    }
}

/// The edit form of an account as typed, with the cohorts it belongs to.
async fn edit_page(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    user: &User,
    typed: &UserForm,
) -> Result<Page, AppError> {
    let memberships: Vec<Value> = cohorts::memberships_of(&app.db, user.id)
        .await?
        .iter()
        .map(|(c, role)| json!({ "id": c.id.0, "name": c.name, "role": role.as_str() }))
        .collect();
    Ok(user_form_page(
        req,
        lang,
        admin,
        Some(user),
        typed,
        Value::Array(memberships),
    ))
}

#[get("/admin/users/<id>?<saved>")]
async fn user_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    id: UserId,
    saved: Option<bool>,
) -> Result<Page, AppError> {
    let user = users::find_user(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = UserForm {
        email: user.email.clone(),
        name: user.display_name.clone(),
        language: user.locale.map(Locale::tag).unwrap_or_default().to_string(),
        roles: user.roles.iter().collect(),
        disabled: user.disabled,
        errors: Vec::new(),
    };
    let mut page = edit_page(&req, app, lang, &admin.0, &user, &typed).await?;
    page.ctx = page.ctx.with("saved", saved.unwrap_or(false));
    Ok(page)
}

#[post("/admin/users/<id>", data = "<form>")]
async fn save_user(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    id: UserId,
    form: CheckedForm,
) -> FormReply {
    let user = users::find_user(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (mut typed, parsed) = read_user_form(&form);
    // An administrator cannot lock themselves out (the last way into these pages may be their account).
    if id == admin.0.id && (typed.disabled || !typed.roles.contains(&Role::Admin)) {
        typed.errors.push(("roles", "admin-error-self-lockout"));
    }
    let Some(parsed) = parsed.filter(|_| typed.errors.is_empty()) else {
        return edit_page(&req, app, lang, &admin.0, &user, &typed)
            .await
            .map(Either::Right);
    };
    let edit = UserEdit {
        email: parsed.email.as_str(),
        display_name: &parsed.name,
        roles: parsed.roles,
        locale: parsed.locale,
        disabled: parsed.disabled,
    };
    match users::update_user(&app.db, id, &edit, app.clock.now().as_second()).await {
        Ok(()) => Ok(Either::Left(Redirect::to(format!(
            "/admin/users/{id}?saved=true"
        )))),
        Err(EditError::EmailTaken) => {
            typed.errors.push(("email", "admin-error-email-taken"));
            edit_page(&req, app, lang, &admin.0, &user, &typed)
                .await
                .map(Either::Right)
        }
        Err(EditError::NotFound) => Err(AppError::NotFound),
        Err(EditError::Db(e)) => Err(e.into()),
    }
}

/// Sets a new password for an account (the person is told it by other means, and every session and token
/// they had ends).
#[post("/admin/users/<id>/password", data = "<form>")]
async fn set_password(
    app: &State<App>,
    _admin: Admin,
    id: UserId,
    form: CheckedForm,
) -> Result<Redirect, AppError> {
    let password = NewPassword::parse(form.get("password").unwrap_or_default())
        .map_err(|_| AppError::Invalid("admin-error-password"))?;
    match set_account_password(&app.db, id, &password).await {
        Ok(true) => {}
        Ok(false) => return Err(AppError::NotFound),
        Err(e) => return Err(people_error(e)),
    }
    Ok(Redirect::to(format!("/admin/users/{id}?saved=true")))
}

fn cohorts_context(
    req: &PageMeta,
    lang: Lang,
    admin: &User,
    list: &[cohorts::Cohort],
    name: &str,
    error: Option<&'static str>,
) -> Page {
    let ctx = base_context(req, lang.0, Some(admin))
        .with("cohorts", list)
        .with("name", name)
        .with("error", error);
    let status = if error.is_some() {
        Status::UnprocessableEntity
    } else {
        Status::Ok
    };
    Page::new("pages/admin-cohorts", ctx).status(status)
}

#[get("/admin/cohorts")]
async fn cohorts_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
) -> Result<Page, AppError> {
    let list = cohorts::list_cohorts(&app.db).await?;
    Ok(cohorts_context(&req, lang, &admin.0, &list, "", None))
}

/// A cohort name as typed: spaces collapsed, 1 to 200 characters.
fn cohort_name(typed: &str) -> Option<String> {
    clean_name(typed).filter(|n| n.chars().count() <= 200)
}

#[post("/admin/cohorts", data = "<form>")]
async fn create_cohort(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    form: CheckedForm,
) -> FormReply {
    let typed = form.get("name").unwrap_or_default();
    let error = match cohort_name(typed) {
        None => "admin-error-cohort-name",
        Some(name) => {
            match cohorts::create_cohort(&app.db, &name, app.clock.now().as_second()).await {
                Ok(id) => return Ok(Either::Left(Redirect::to(format!("/admin/cohorts/{id}")))),
                Err(CohortError::NameTaken) => "admin-error-cohort-taken",
                Err(CohortError::Db(e)) => return Err(e.into()),
            }
        }
    };
    let list = cohorts::list_cohorts(&app.db).await?;
    Ok(Either::Right(cohorts_context(
        &req,
        lang,
        &admin.0,
        &list,
        typed,
        Some(error),
    )))
}

/// What was typed in the cohort page's forms, and their problems.
#[derive(Default)]
struct CohortForms<'a> {
    name: Option<&'a str>,
    member: &'a str,
    name_error: Option<&'static str>,
    member_error: Option<&'static str>,
}

async fn cohort_context(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    id: CohortId,
    forms: CohortForms<'_>,
) -> Result<Page, AppError> {
    let cohort = cohorts::find_cohort(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let members: Vec<Value> = cohorts::members(&app.db, id)
        .await?
        .iter()
        .map(|(u, role)| {
            let mut v = user_json(u);
            v["member_role"] = json!(role.as_str());
            v
        })
        .collect();
    let invalid = forms.name_error.is_some() || forms.member_error.is_some();
    let ctx = base_context(req, lang.0, Some(admin))
        .with("cohort", &cohort)
        .with("name", forms.name.unwrap_or(&cohort.name))
        .with("member_email", forms.member)
        .with("members", members)
        .with("name_error", forms.name_error)
        .with("member_error", forms.member_error);
    let status = if invalid {
        Status::UnprocessableEntity
    } else {
        Status::Ok
    };
    Ok(Page::new("pages/admin-cohort", ctx).status(status))
}

#[get("/admin/cohorts/<id>")]
async fn cohort_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    id: CohortId,
) -> Result<Page, AppError> {
    cohort_context(&req, app, lang, &admin.0, id, CohortForms::default()).await
}

#[post("/admin/cohorts/<id>", data = "<form>")]
async fn rename_cohort(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    id: CohortId,
    form: CheckedForm,
) -> FormReply {
    let typed = form.get("name").unwrap_or_default();
    let error = match cohort_name(typed) {
        None => "admin-error-cohort-name",
        Some(name) => match cohorts::rename_cohort(&app.db, id, &name).await {
            Ok(true) => return Ok(Either::Left(Redirect::to(format!("/admin/cohorts/{id}")))),
            Ok(false) => return Err(AppError::NotFound),
            Err(CohortError::NameTaken) => "admin-error-cohort-taken",
            Err(CohortError::Db(e)) => return Err(e.into()),
        },
    };
    let forms = CohortForms {
        name: Some(typed),
        name_error: Some(error),
        ..CohortForms::default()
    };
    cohort_context(&req, app, lang, &admin.0, id, forms)
        .await
        .map(Either::Right)
}

#[post("/admin/cohorts/<id>/members", data = "<form>")]
async fn add_member(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    id: CohortId,
    form: CheckedForm,
) -> FormReply {
    cohorts::find_cohort(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = form.get("email").unwrap_or_default();
    let role = form
        .get("role")
        .and_then(MemberRole::parse)
        .ok_or(AppError::Invalid("error-unprocessable"))?;
    let user = match Email::parse(typed) {
        Ok(email) => users::find_user_by_email(&app.db, email.as_str()).await?,
        Err(_) => None,
    };
    let error = match user {
        None => "admin-error-no-such-account",
        Some(u) if role == MemberRole::Instructor && !u.roles.has(Role::Instructor) => {
            "admin-error-not-instructor"
        }
        Some(u) => {
            let mut tx = app.db.begin_write().await?;
            cohorts::put_member(tx.conn(), id, u.id, role, app.clock.now().as_second()).await?;
            tx.commit().await?;
            return Ok(Either::Left(Redirect::to(format!("/admin/cohorts/{id}"))));
        }
    };
    let forms = CohortForms {
        member: typed,
        member_error: Some(error),
        ..CohortForms::default()
    };
    cohort_context(&req, app, lang, &admin.0, id, forms)
        .await
        .map(Either::Right)
}

#[post("/admin/cohorts/<id>/members/<user>/remove", data = "<_form>")]
async fn remove_member(
    app: &State<App>,
    _admin: Admin,
    id: CohortId,
    user: UserId,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    // Removing someone already removed (a double click) lands on the same page.
    cohorts::remove_member(&app.db, id, user).await?;
    Ok(Redirect::to(format!("/admin/cohorts/{id}")))
}
