//! The instructors' pages: their cohorts, assigning the placement test or a quiz, an assignment's learners
//! with their status and result, per-learner accommodations, withdrawing. Every route takes the
//! `Instructor` guard and asks `policy` for what it shows; whatever is outside the instructor's cohorts
//! answers 404.

use jiff::Timestamp;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post, routes, Either, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{CheckedForm, Instructor, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::policy::{scope_of, visible_assignment, visible_cohort, Scope};
use super::results::ResultsQuery;
use super::state::App;
use crate::assignments::form::{FieldError, OverrideForm, TermsForm};
use crate::assignments::{Task, Terms};
use crate::db::assignments::{self as rows, AssignmentRow, NewAssignment, Target};
use crate::db::cohorts::{self, Cohort, MemberRole};
use crate::db::users::User;
use crate::i18n::format::format_datetime;
use crate::i18n::Locale;
use crate::ids::{AssignmentId, CohortId, QuizId, UserId};

pub fn routes() -> Vec<Route> {
    routes![
        home,
        cohort_page,
        assign_to_cohort,
        assignment_page,
        set_override,
        withdraw
    ]
}

type FormReply = Result<Either<Redirect, Page>, AppError>;

fn when(app: &App, t: Option<Timestamp>, locale: Locale) -> Option<String> {
    t.map(|t| format_datetime(t, &app.zone, locale))
}

/// The name of what was assigned, in the page's language.
pub(crate) fn task_title(app: &App, task: &Task, locale: Locale) -> String {
    let bank = app.bank();
    match task {
        Task::Placement => app.ui.format(locale, "placement-title", None, None),
        Task::Quiz(q) => match bank.quiz(q) {
            Some((course, quiz)) => {
                let title = course
                    .texts
                    .format(locale, &format!("quiz-{}", quiz.id), None, None);
                format!("{} — {}", course.title(locale), title)
            }
            // A quiz taken out of the bank after it was assigned: its id still names it.
            None => q.as_str().to_string(),
        },
    }
}

fn terms_json(app: &App, terms: &Terms, locale: Locale) -> Value {
    json!({
        "opens": when(app, terms.opens_at, locale),
        "due": when(app, terms.due_at, locale),
        "attempts": terms.attempts_allowed,
        "minutes": terms.time_limit_seconds.map(|s| s / 60),
    })
}

fn assignment_json(app: &App, a: &AssignmentRow, locale: Locale) -> Value {
    json!({
        "id": a.id.0,
        "title": task_title(app, &a.task, locale),
        "placement": a.task == Task::Placement,
        "terms": terms_json(app, &a.terms, locale),
        "withdrawn": a.withdrawn,
    })
}

#[get("/teach")]
async fn home(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
) -> Result<Page, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let mine: Vec<Cohort> = cohorts::list_cohorts(&app.db)
        .await?
        .into_iter()
        .filter(|c| scope.sees_cohort(c.id))
        .collect();
    let ctx = base_context(&req, lang.0, Some(&staff.0))
        .with("cohorts", &mine)
        .with("all", scope == Scope::All);
    Ok(Page::new("pages/teach-home", ctx))
}

/// The choices of the assignment form: the placement test (when the bank has one) and every quiz.
pub(crate) fn task_options(app: &App, locale: Locale, chosen: &str) -> Vec<Value> {
    let bank = app.bank();
    let mut options = Vec::new();
    if app.placement.is_some() {
        options.push(json!({
            "value": "placement",
            "title": task_title(app, &Task::Placement, locale),
            "selected": chosen == "placement",
        }));
    }
    for (_, quiz) in bank.quizzes() {
        let value = format!("quiz:{}", quiz.id);
        options.push(json!({
            "title": task_title(app, &Task::Quiz(quiz.id.clone()), locale),
            "selected": chosen == value,
            "value": value,
        }));
    }
    options
}

fn parse_task(app: &App, typed: &str) -> Option<Task> {
    let bank = app.bank();
    match typed.split_once(':') {
        None if typed == "placement" && app.placement.is_some() => Some(Task::Placement),
        Some(("quiz", id)) => {
            let id: QuizId = id.parse().ok()?;
            bank.quiz(&id).map(|_| Task::Quiz(id))
        }
        _ => None,
    }
}

pub(crate) fn errors_json(errors: &[FieldError]) -> serde_json::Map<String, Value> {
    errors
        .iter()
        .map(|(field, id)| (field.to_string(), json!(id)))
        .collect()
}

/// The assignment form as typed (or empty) and its problems.
#[derive(Default)]
pub(crate) struct AssignForm {
    /// The form's key, kept when the form is shown again with its problems.
    pub(crate) key: Option<String>,
    pub(crate) task: String,
    pub(crate) terms: TermsForm,
    pub(crate) errors: Vec<FieldError>,
}

async fn cohort_context(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    staff: &User,
    cohort: Cohort,
    form: AssignForm,
) -> Result<Page, AppError> {
    let learners: Vec<Value> = cohorts::members(&app.db, cohort.id)
        .await?
        .iter()
        .filter(|(_, role)| *role == MemberRole::Learner)
        .map(|(u, _)| json!({ "id": u.id.0, "name": u.display_name, "email": u.email }))
        .collect();
    let assignments: Vec<Value> = rows::for_cohort(&app.db, cohort.id)
        .await?
        .iter()
        .map(|a| assignment_json(app, a, lang.0))
        .collect();
    let status = if form.errors.is_empty() {
        Status::Ok
    } else {
        Status::UnprocessableEntity
    };
    let ctx = base_context(req, lang.0, Some(staff))
        .with("cohort", &cohort)
        .with("learners", learners)
        .with("assignments", assignments)
        .with("tasks", task_options(app, lang.0, &form.task))
        .with("form", &form.terms)
        .with("errors", errors_json(&form.errors))
        .with("has_errors", !form.errors.is_empty())
        .with("zone", app.zone.iana_name().unwrap_or("UTC"))
        .with(
            "action",
            format!("/teach/cohorts/{}/assignments", cohort.id),
        )
        .with("key", form.key.unwrap_or_else(crate::auth::random_token));
    Ok(Page::new("pages/teach-cohort", ctx).status(status))
}

#[get("/teach/cohorts/<id>")]
async fn cohort_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: CohortId,
) -> Result<Page, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let cohort = visible_cohort(app, &scope, id).await?;
    cohort_context(&req, app, lang, &staff.0, cohort, AssignForm::default()).await
}

/// The assignment form's random key (see `NewAssignment::form_key`), when it looks like one we made.
pub(crate) fn form_key(form: &CheckedForm) -> Option<String> {
    form.get("key")
        .filter(|k| k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_string)
}

/// Reads the assignment form: the task and its terms, or every problem.
pub(crate) fn read_assign_form(
    app: &App,
    form: &CheckedForm,
) -> (AssignForm, Option<(Task, Terms)>) {
    let typed = AssignForm {
        key: form_key(form),
        task: form.get("task").unwrap_or_default().to_string(),
        terms: TermsForm {
            opens: form.get("opens").unwrap_or_default().to_string(),
            due: form.get("due").unwrap_or_default().to_string(),
            attempts: form.get("attempts").unwrap_or_default().to_string(),
            minutes: form.get("minutes").unwrap_or_default().to_string(),
        },
        errors: Vec::new(),
    };
    let task = parse_task(app, &typed.task);
    let terms = typed.terms.parse(&app.zone, app.clock.now());
    let mut errors = Vec::new();
    if task.is_none() {
        errors.push(("task", "teach-error-task"));
    }
    if let Err(e) = &terms {
        errors.extend(e.iter().copied());
    }
    match (task, terms) {
        (Some(task), Ok(terms)) => (typed, Some((task, terms))),
        _ => (AssignForm { errors, ..typed }, None),
    }
}

#[post("/teach/cohorts/<id>/assignments", data = "<form>")]
async fn assign_to_cohort(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: CohortId,
    form: CheckedForm,
) -> FormReply {
    let scope = scope_of(app, &staff.0).await?;
    let cohort = visible_cohort(app, &scope, id).await?;
    let (typed, parsed) = read_assign_form(app, &form);
    let Some((task, terms)) = parsed else {
        return cohort_context(&req, app, lang, &staff.0, cohort, typed)
            .await
            .map(Either::Right);
    };
    create_assignment(
        app,
        &staff.0,
        Target::Cohort(cohort.id),
        (task, terms),
        &form,
    )
    .await
    .map(Either::Left)
}

/// Stores an assignment read from a valid form (its key making a re-sent form one assignment) and leads to
/// its page; shared by the cohort's and the learner's assign forms.
pub(crate) async fn create_assignment(
    app: &App,
    staff: &User,
    target: Target,
    (task, terms): (Task, Terms),
    form: &CheckedForm,
) -> Result<Redirect, AppError> {
    let new = NewAssignment {
        task,
        target,
        terms,
        created_by: staff.id,
        form_key: form_key(form),
    };
    let created = crate::service::assignments::create(&app.db, &new, app.clock.now())
        .await?
        .ok_or(AppError::Invalid("error-unprocessable"))?;
    app.mail_wake.notify_one();
    Ok(Redirect::to(format!("/teach/assignments/{created}")))
}

#[derive(Default)]
struct OverrideTyped {
    learner: Option<UserId>,
    form: OverrideForm,
    errors: Vec<FieldError>,
}

async fn assignment_context(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    staff: &User,
    a: AssignmentRow,
    typed: OverrideTyped,
    query: ResultsQuery,
) -> Result<Page, AppError> {
    let results = super::results::assignment_results(app, &a, &query, lang.0).await?;
    let target = match a.target {
        Target::Cohort(c) => cohorts::find_cohort(&app.db, c)
            .await?
            .map(|c| json!({ "cohort": c.id, "name": c.name })),
        Target::Learner(u) => crate::db::users::find_user(&app.db, u)
            .await?
            .map(|u| json!({ "learner": u.id.0, "name": u.display_name })),
    };
    let status = if typed.errors.is_empty() {
        Status::Ok
    } else {
        Status::UnprocessableEntity
    };
    let ctx = base_context(req, lang.0, Some(staff))
        .with("assignment", assignment_json(app, &a, lang.0))
        .with("target", target)
        .with("learners", &results["learners"])
        .with("results", &results)
        .with("override_learner", typed.learner.map(|u| u.0))
        .with("override_form", &typed.form)
        .with("errors", errors_json(&typed.errors))
        .with("has_errors", !typed.errors.is_empty())
        .with("zone", app.zone.iana_name().unwrap_or("UTC"));
    Ok(Page::new("pages/teach-assignment", ctx).status(status))
}

/// `sort`, `dir` and `status` choose how the results are shown (see `results::ResultsQuery`).
#[get("/teach/assignments/<id>?<sort>&<dir>&<status>")]
#[allow(clippy::too_many_arguments)]
async fn assignment_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: AssignmentId,
    sort: Option<&str>,
    dir: Option<&str>,
    status: Option<&str>,
) -> Result<Page, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    let query = ResultsQuery::parse(sort, dir, status);
    assignment_context(
        &req,
        app,
        lang,
        &staff.0,
        a,
        OverrideTyped::default(),
        query,
    )
    .await
}

/// Sets (or, with every field empty, clears) one learner's accommodations on an assignment.
#[post("/teach/assignments/<id>/overrides", data = "<form>")]
async fn set_override(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: AssignmentId,
    form: CheckedForm,
) -> FormReply {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    let learner: Option<UserId> = form
        .get("learner")
        .and_then(|v| v.parse::<i64>().ok())
        .map(UserId);
    let typed = OverrideForm {
        due: form.get("due").unwrap_or_default().to_string(),
        attempts: form.get("attempts").unwrap_or_default().to_string(),
        minutes: form.get("minutes").unwrap_or_default().to_string(),
    };
    let roster = rows::roster(&app.db, &a).await?;
    let mut errors = Vec::new();
    let learner = learner.filter(|u| roster.iter().any(|e| e.user.id == *u && e.current));
    if learner.is_none() {
        errors.push(("learner", "teach-error-learner"));
    }
    let parsed = typed.parse(&app.zone);
    if let Err(e) = &parsed {
        errors.extend(e.iter().copied());
    }
    match (learner, parsed) {
        (Some(user), Ok(over)) if errors.is_empty() => {
            match over {
                Some(o) => rows::put_override(&app.db, a.id, user, &o).await?,
                None => rows::delete_override(&app.db, a.id, user).await?,
            }
            Ok(Either::Left(Redirect::to(format!(
                "/teach/assignments/{}#learner-{}",
                a.id, user.0
            ))))
        }
        (learner, _) => {
            let typed = OverrideTyped {
                learner,
                form: typed,
                errors,
            };
            assignment_context(&req, app, lang, &staff.0, a, typed, ResultsQuery::default())
                .await
                .map(Either::Right)
        }
    }
}

/// Withdraws an assignment: learners no longer see or start it; attempts made under it stay, with their
/// results. An attempt in progress runs to its own deadline.
#[post("/teach/assignments/<id>/withdraw", data = "<_form>")]
async fn withdraw(
    app: &State<App>,
    staff: Instructor,
    id: AssignmentId,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    rows::withdraw(&app.db, a.id, app.clock.now().as_second()).await?;
    Ok(Redirect::to(match a.target {
        Target::Cohort(c) => format!("/teach/cohorts/{c}"),
        Target::Learner(_) => format!("/teach/assignments/{}", a.id),
    }))
}
