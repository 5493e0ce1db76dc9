//! The learner's pages: available quizzes, a quiz's intro, answering, the summary before submitting and
//! the result. Handlers parse input into domain types, call `service`, and render.

use std::collections::BTreeMap;

use jiff::Timestamp;
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::response::Redirect;
use rocket::{get, post, routes, Either, Responder, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{CheckedForm, Lang, Learner, NoLearner};
use super::pages::{base_context, Ctx, Page, PageMeta};
use super::state::App;
use crate::assessment::answer::Answer;
use crate::assessment::attempt::{closes_at, millis_left, minutes_left, AttemptState};
use crate::assessment::view::{question_view, question_view_marked};
use crate::auth::{random_token, token_hash};
use crate::bank::{Course, Layout, Quiz};
use crate::db::attempts::{self as rows, AttemptRow};
use crate::db::users::User;
use crate::i18n::format::{format_datetime, format_decimal};
use crate::i18n::Locale;
use crate::ids::{AssignmentId, AttemptId, QuestionId, QuizId};
use crate::service::attempts as service;
use crate::service::ServiceError;

/// The cookie holding the token of answers posted after the session ended (see [`hold_answers`]).
pub const PENDING_COOKIE: &str = "ispit_pending";
/// How long such answers wait for the learner to sign in again.
const PENDING_SECONDS: i64 = 30 * 60;
/// Answers a page refused as invalid, held for the page shown after the redirect (post/redirect/get: a
/// reload never posts the form again). Only the refused fields are held; the valid ones are saved.
const REFUSED_COOKIE: &str = "ispit_refused";
const REFUSED_SECONDS: i64 = 10 * 60;

pub fn routes() -> Vec<Route> {
    routes![
        dashboard,
        quiz_intro,
        start_attempt,
        start_assignment,
        attempt_page,
        save_page,
        summary,
        submit,
        result
    ]
}

pub(crate) fn quiz_summary(course: &Course, quiz: &Quiz, locale: Locale) -> Value {
    let quiz_msg = format!("quiz-{}", quiz.id);
    json!({
        "id": quiz.id,
        "course": course.title(locale),
        "title": course.texts.format(locale, &quiz_msg, None, None),
        "description": course.texts.format(locale, &quiz_msg, Some("description"), None),
        "questions": quiz.question_count(),
        "minutes": quiz.time_limit_seconds.map(|s| s / 60),
        "pass_percent": quiz.pass_percent,
        "attempts_allowed": quiz.attempts_allowed,
        "offered": quiz.offered_in(locale),
        "languages": quiz.locales.iter().map(|l| l.native_name()).collect::<Vec<_>>().join(", "),
    })
}

fn attempt_summary(app: &App, a: &AttemptRow, locale: Locale) -> Value {
    let pct = match (a.score_milli, a.max_milli) {
        (Some(s), Some(m)) if m > 0 => Some(format_decimal(s as f64 * 100.0 / m as f64, 1, locale)),
        _ => None,
    };
    json!({
        "id": a.id,
        "number": a.attempt_no,
        "state": a.state.as_str(),
        "open": a.state == AttemptState::InProgress,
        "started": fmt_time(app, a.started_at, locale),
        "percent": pct,
        "passed": a.passed,
    })
}

fn fmt_time(app: &App, seconds: i64, locale: Locale) -> String {
    Timestamp::from_second(seconds)
        .map(|t| format_datetime(t, &app.zone, locale))
        .unwrap_or_default()
}

#[get("/quizzes")]
async fn dashboard(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
) -> Result<Page, AppError> {
    let bank = app.bank();
    let attempts = rows::find_user_attempts(&app.db, user.0.id).await?;
    let mut quizzes = Vec::new();
    for (course, quiz) in bank.quizzes() {
        let mine: Vec<&AttemptRow> = attempts.iter().filter(|a| a.quiz_id == quiz.id).collect();
        let best = mine
            .iter()
            .filter_map(|a| {
                Some(a.score_milli? as f64 * 100.0 / a.max_milli.filter(|m| *m > 0)? as f64)
            })
            .fold(None, |acc: Option<f64>, p| {
                Some(acc.map_or(p, |a| a.max(p)))
            });
        let mut summary = quiz_summary(course, quiz, lang.0);
        summary["attempts_used"] = json!(mine.len());
        summary["in_progress"] = json!(mine.iter().any(|a| a.state == AttemptState::InProgress));
        summary["best"] = json!(best.map(|b| format_decimal(b, 1, lang.0)));
        quizzes.push(summary);
    }
    let assigned = assigned_to(app, &user.0, lang.0).await?;
    let certificates = super::badges::certificates_of(app, user.0.id, lang.0).await?;
    let ctx = base_context(&req, lang.0, Some(&user.0))
        .with("assigned", assigned)
        .with("certificates", certificates)
        .with("quizzes", quizzes)
        .with("placement", app.placement.is_some());
    Ok(Page::new("pages/dashboard", ctx))
}

/// The learner's assignments for the dashboard: what, until when, where they stand, and whether a button
/// starts (or continues) it now.
async fn assigned_to(app: &App, user: &User, locale: Locale) -> Result<Vec<Value>, AppError> {
    let now = app.clock.now();
    let mine = crate::db::assignments::for_learner(&app.db, user.id).await?;
    Ok(mine
        .iter()
        .map(|a| {
            let terms = a.terms();
            let st = crate::assignments::status(&terms, &a.progress, now);
            let startable = a.progress.in_progress
                || crate::assignments::may_start(&terms, &a.progress, now).is_ok();
            json!({
                "id": a.assignment.id.0,
                "title": super::teach::task_title(app, &a.assignment.task, locale),
                "status": st.as_str(),
                "opens": terms.opens_at.map(|t| format_datetime(t, &app.zone, locale)),
                "due": terms.due_at.map(|t| format_datetime(t, &app.zone, locale)),
                "used": a.progress.attempts,
                "allowed": terms.attempts_allowed,
                "minutes": terms.time_limit_seconds.map(|s| s / 60),
                "startable": startable,
                "continue": a.progress.in_progress,
            })
        })
        .collect())
}

/// Starts (or continues) an assignment: the one way into an assigned attempt, so its window, attempts and
/// time limit apply.
#[post("/assignments/<id>/start", data = "<_form>")]
async fn start_assignment(
    app: &State<App>,
    lang: Lang,
    user: Learner,
    id: AssignmentId,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    use crate::service::assignments::{start, Started};
    let bank = app.bank();
    let started = start(
        &app.db,
        &bank,
        app.placement.as_deref(),
        user.0.id,
        id,
        lang.0,
        app.clock.now(),
        rand::random::<u64>(),
    )
    .await?;
    Ok(Redirect::to(match started {
        Started::Quiz(attempt) => format!("/attempts/{attempt}"),
        Started::Placement(attempt) => format!("/placement/{attempt}"),
    }))
}

#[get("/quizzes/<quiz_id>")]
async fn quiz_intro(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
    quiz_id: QuizId,
) -> Result<Page, AppError> {
    let bank = app.bank();
    let (course, quiz) = bank.quiz(&quiz_id).ok_or(AppError::NotFound)?;
    let attempts: Vec<AttemptRow> = rows::find_user_attempts(&app.db, user.0.id)
        .await?
        .into_iter()
        .filter(|a| a.quiz_id == quiz_id)
        .collect();
    let used = attempts.len() as u32;
    let open = attempts.iter().any(|a| a.state == AttemptState::InProgress);
    let left = quiz.attempts_allowed.map(|n| n.saturating_sub(used));
    let ctx = base_context(&req, lang.0, Some(&user.0))
        .with("quiz", quiz_summary(course, quiz, lang.0))
        .with(
            "attempts",
            attempts
                .iter()
                .map(|a| attempt_summary(app, a, lang.0))
                .collect::<Vec<_>>(),
        )
        .with("attempts_left", left)
        .with("can_resume", open)
        .with(
            "can_start",
            !open && left != Some(0) && quiz.offered_in(lang.0),
        );
    Ok(Page::new("pages/quiz", ctx))
}

#[post("/quizzes/<quiz_id>/start", data = "<_form>")]
async fn start_attempt(
    app: &State<App>,
    lang: Lang,
    user: Learner,
    quiz_id: QuizId,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    let bank = app.bank();
    let seed = rand::random::<u64>();
    let id = service::start_attempt(
        &app.db,
        &bank,
        user.0.id,
        &quiz_id,
        lang.0,
        app.clock.now(),
        seed,
        None,
    )
    .await?;
    Ok(Redirect::to(format!("/attempts/{id}")))
}

/// The locale a paper is shown in: the page's, when the quiz is offered in it, else the attempt's.
fn paper_locale(quiz: &Quiz, a: &AttemptRow, page: Locale) -> Locale {
    if quiz.offered_in(page) {
        page
    } else {
        a.locale
    }
}

/// Which paper positions a page shows (1-based page numbers; all on one page for that layout).
fn page_range(quiz: &Quiz, total: usize, page: usize) -> (std::ops::Range<usize>, usize) {
    match quiz.layout {
        Layout::AllOnOnePage => (0..total, 1),
        Layout::OnePerPage => {
            let p = page.clamp(1, total.max(1));
            (p - 1..p.min(total), total)
        }
    }
}

/// Form fields of one question as typed: (part, value).
type RawFields = Vec<(String, String)>;

struct PageErrors {
    /// Question id → (message id, the fields as typed).
    errors: BTreeMap<QuestionId, (&'static str, RawFields)>,
}

#[allow(clippy::too_many_arguments)]
async fn render_attempt(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    user: &Learner,
    a: &AttemptRow,
    page: usize,
    errors: Option<PageErrors>,
) -> Result<Page, AppError> {
    let bank = app.bank();
    let (course, quiz) = service::quiz_of(&bank, a)?;
    let locale = paper_locale(quiz, a, lang.0);
    let answers = rows::find_responses(&app.db, a.id).await?;
    let flags = rows::find_flags(&app.db, a.id).await?;
    let total = a.paper.questions.len();
    let (range, pages) = page_range(quiz, total, page);
    let current = range.start + 1;
    let mut questions = Vec::new();
    for i in range {
        let pq = &a.paper.questions[i];
        let Some(view) = question_view(course, pq, i + 1, answers.get(&pq.id), locale, None) else {
            continue;
        };
        let mut v = serde_json::to_value(&view).map_err(|e| AppError::Internal(e.to_string()))?;
        v["flagged"] = json!(flags.contains(&pq.id));
        if let Some((msg, raw)) = errors.as_ref().and_then(|e| e.errors.get(&pq.id)) {
            v["error"] = json!(app.ui.format(lang.0, msg, None, None));
            if let Some((_, typed)) = raw.iter().find(|(part, _)| part.is_empty()) {
                v["value"] = json!(typed);
            }
        }
        questions.push(v);
    }
    let nav: Vec<Value> = a
        .paper
        .questions
        .iter()
        .enumerate()
        .map(|(i, pq)| {
            let (answered, flagged) = (answers.contains_key(&pq.id), flags.contains(&pq.id));
            json!({
                "number": i + 1,
                "answered": answered,
                "flagged": flagged,
                "information": is_information(course, pq),
                // For the button's accessible name: the state in words, not by colour alone.
                "state": match (answered, flagged) {
                    (true, true) => "answered-flagged",
                    (true, false) => "answered",
                    (false, true) => "flagged",
                    (false, false) => "unanswered",
                },
                "current": i + 1 == current,
            })
        })
        .collect();
    let now = app.clock.now();
    let deadline = a.deadline.and_then(|d| Timestamp::from_second(d).ok());
    let one_per_page = quiz.layout == Layout::OnePerPage;
    let quiz_msg = format!("quiz-{}", quiz.id);
    let ctx = base_context(req, lang.0, Some(&user.0))
        .with(
            "quiz_title",
            course.texts.format(locale, &quiz_msg, None, None),
        )
        .with("course_title", course.title(locale))
        .with("attempt", a.id)
        .with("questions", questions)
        .with("nav", nav)
        .with("page", current)
        .with("pages", pages)
        .with("total", total)
        .with("one_per_page", one_per_page)
        .with("has_prev", one_per_page && current > 1)
        .with("has_next", one_per_page && current < total)
        .with("ms_left", millis_left(deadline, now))
        .with("minutes_left", minutes_left(deadline, now))
        .with("deadline", a.deadline.map(|d| fmt_time(app, d, lang.0)))
        .with("has_errors", errors.is_some());
    Ok(Page::new("pages/attempt", ctx))
}

#[get("/attempts/<id>?<page>")]
async fn attempt_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
    cookies: &CookieJar<'_>,
    id: AttemptId,
    page: Option<usize>,
) -> Result<Either<Page, Redirect>, AppError> {
    let bank = app.bank();
    let now = app.clock.now();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;
    if a.state.is_closed() {
        return Ok(Either::Right(Redirect::to(format!(
            "/attempts/{id}/result"
        ))));
    }
    if service::is_overdue(&a, now) {
        // Time is up but the grace period runs: nothing to answer, only to submit.
        return Ok(Either::Right(Redirect::to(format!(
            "/attempts/{id}/summary"
        ))));
    }
    let errors = take_refused(app, cookies, &a).await?;
    // Without `?page=`, resume where the learner was last sent (Moodle's "continue the last attempt").
    let resume_page = usize::try_from(a.current_page).unwrap_or(1);
    Ok(Either::Left(
        render_attempt(
            &req,
            app,
            lang,
            &user,
            &a,
            page.unwrap_or(resume_page),
            errors,
        )
        .await?,
    ))
}

/// Holds posted fields server-side (`pending_saves`) under a fresh random token kept in the private cookie
/// `cookie` for `seconds`; a row the cookie already pointed to is dropped first.
async fn hold_fields(
    app: &App,
    cookies: &CookieJar<'_>,
    cookie: &'static str,
    seconds: i64,
    attempt: AttemptId,
    fields: &[&(String, String)],
) -> Result<(), AppError> {
    let now = app.clock.now().as_second();
    if let Some(old) = cookies.get_private(cookie) {
        crate::db::pending::take_pending_save(&app.db, &token_hash(old.value()), now).await?;
    }
    let fields = serde_json::to_string(fields).map_err(|e| AppError::Internal(e.to_string()))?;
    let token = random_token();
    crate::db::pending::insert_pending_save(
        &app.db,
        &token_hash(&token),
        attempt,
        &fields,
        now,
        now + seconds,
    )
    .await?;
    cookies.add_private(
        Cookie::build((cookie, token))
            .http_only(true)
            .same_site(SameSite::Lax)
            .path("/")
            .max_age(rocket::time::Duration::seconds(seconds)),
    );
    Ok(())
}

/// Takes back the fields held under the cookie `cookie`, with their attempt, if they have not expired. Once
/// only: the row and the cookie are gone afterwards.
async fn take_fields(
    app: &App,
    cookies: &CookieJar<'_>,
    cookie: &'static str,
) -> Result<Option<(AttemptId, CheckedForm)>, AppError> {
    let Some(token) = cookies.get_private(cookie) else {
        return Ok(None);
    };
    cookies.remove_private(Cookie::build(cookie).path("/"));
    let now = app.clock.now().as_second();
    let held =
        crate::db::pending::take_pending_save(&app.db, &token_hash(token.value()), now).await?;
    Ok(held.map(|h| {
        let fields: Vec<(String, String)> = serde_json::from_str(&h.fields).unwrap_or_default();
        (h.attempt_id, CheckedForm { fields })
    }))
}

/// Holds the fields of the questions a posted page refused, for the page shown after the redirect.
async fn hold_refused(
    app: &App,
    cookies: &CookieJar<'_>,
    a: &AttemptRow,
    form: &CheckedForm,
    refused: &BTreeMap<QuestionId, (&'static str, RawFields)>,
) -> Result<(), AppError> {
    let refused_number = |key: &str| {
        let number = key
            .strip_prefix("a.")?
            .split('.')
            .next()?
            .parse::<usize>()
            .ok()?;
        a.paper
            .numbered(number)
            .filter(|pq| refused.contains_key(&pq.id))
    };
    let fields: Vec<&(String, String)> = form
        .fields
        .iter()
        .filter(|(k, _)| refused_number(k).is_some())
        .collect();
    hold_fields(app, cookies, REFUSED_COOKIE, REFUSED_SECONDS, a.id, &fields).await
}

/// The refused fields held for this attempt's page, parsed again into their errors (once: taking them
/// deletes them, so a reload shows the saved answers).
async fn take_refused(
    app: &App,
    cookies: &CookieJar<'_>,
    a: &AttemptRow,
) -> Result<Option<PageErrors>, AppError> {
    let bank = app.bank();
    let held = take_fields(app, cookies, REFUSED_COOKIE).await?;
    let Some((_, form)) = held.filter(|(attempt, _)| *attempt == a.id) else {
        return Ok(None);
    };
    let (course, _) = service::quiz_of(&bank, a)?;
    let Ok((_, errors)) = parse_answers(course, a, &form) else {
        return Ok(None);
    };
    Ok((!errors.is_empty()).then_some(PageErrors { errors }))
}

/// Groups a page's answer fields by question number: `a.<number>` and `a.<number>.<part>`.
fn answer_fields(form: &CheckedForm) -> BTreeMap<String, Vec<(String, String)>> {
    let mut by_question: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (k, v) in &form.fields {
        if k == "shown" {
            by_question.entry(v.clone()).or_default();
        } else if let Some(rest) = k.strip_prefix("a.") {
            let (q, part) = rest.split_once('.').unwrap_or((rest, ""));
            by_question
                .entry(q.to_string())
                .or_default()
                .push((part.to_string(), v.clone()));
        }
    }
    by_question
}

/// The flags of the questions a posted page showed: each shown question is flagged if its `flag.<number>`
/// box was ticked, unflagged otherwise (an unticked box sends nothing).
fn page_flags(a: &AttemptRow, form: &CheckedForm) -> Vec<(QuestionId, bool)> {
    let ticked = |n: &str| {
        form.fields
            .iter()
            .any(|(k, _)| k.strip_prefix("flag.") == Some(n))
    };
    form.fields
        .iter()
        .filter(|(k, _)| k == "shown")
        .filter_map(|(_, n)| {
            let pq = a.paper.numbered(n.parse().ok()?)?;
            Some((pq.id.clone(), ticked(n)))
        })
        .collect()
}

/// Answers parsed from a page's form: the valid ones, and per question the message and fields of those
/// refused.
type ParsedAnswers = (
    Vec<(QuestionId, Option<Answer>)>,
    BTreeMap<QuestionId, (&'static str, RawFields)>,
);

/// Parses the answer fields of a posted page against the attempt's paper.
fn parse_answers(
    course: &Course,
    a: &AttemptRow,
    form: &CheckedForm,
) -> Result<ParsedAnswers, AppError> {
    let mut answers: Vec<(QuestionId, Option<Answer>)> = Vec::new();
    let mut errors = BTreeMap::new();
    for (number, values) in answer_fields(form) {
        // Questions are addressed by their number on the paper, mapped back through the stored paper.
        let Some((pq, question)) = number
            .parse::<usize>()
            .ok()
            .and_then(|n| a.paper.numbered(n))
            .and_then(|pq| Some((pq, course.question(&pq.id)?)))
        else {
            return Err(AppError::Invalid("answer-error-invalid-choice"));
        };
        let pairs: Vec<(&str, &str)> = values
            .iter()
            .map(|(p, v)| (p.as_str(), v.as_str()))
            .collect();
        match Answer::from_form(question, pq, &pairs, a.locale) {
            Ok(answer) => answers.push((question.id.clone(), answer)),
            Err(e) => {
                errors.insert(question.id.clone(), (e.message_id(), values));
            }
        }
    }
    Ok((answers, errors))
}

/// What saving a page answers: where to go next (the same page again, showing what was refused, when an
/// answer was invalid), or (for the script's autosave and the beacon sent when the page closes,
/// `go=autosave`) just a status.
#[derive(Responder)]
#[allow(clippy::large_enum_variant)] // one per request, returned at once: boxing would buy nothing
enum SaveReply {
    Redirect(Redirect),
    Status(Status),
}

/// Where a learner whose answers were refused because time ran out or the attempt closed is sent: its
/// result, which says why (time ran out, or already submitted) and that these answers were not counted; or,
/// in the quiz's grace period, the summary, from which the attempt may still be submitted.
fn refused_target(a: &AttemptRow, now: Timestamp) -> SaveReply {
    let id = a.id;
    SaveReply::Redirect(Redirect::to(if service::is_overdue(a, now) {
        format!("/attempts/{id}/summary?refused=true")
    } else {
        format!("/attempts/{id}/result?refused=true")
    }))
}

#[post("/attempts/<id>", data = "<form>")]
async fn save_page(
    app: &State<App>,
    user: Result<Learner, NoLearner>,
    cookies: &CookieJar<'_>,
    id: AttemptId,
    form: CheckedForm,
) -> Result<SaveReply, AppError> {
    let bank = app.bank();
    let page: usize = form.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
    let user = match user {
        Ok(user) => user,
        // The session ended mid-quiz: keep what was posted and bring the learner back after signing in.
        Err(NoLearner::SignedOut) => {
            let next = hold_answers(app, cookies, id, &form, page).await?;
            return Ok(SaveReply::Redirect(Redirect::to(next)));
        }
        // The database cannot say who this is: an outage, not a sign-out.
        Err(NoLearner::Unavailable) => return Err(AppError::Unavailable("session lookup".into())),
    };
    let autosave = form.get("go") == Some("autosave");
    let now = app.clock.now();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;
    if a.state.is_closed() || service::is_overdue(&a, now) {
        return Ok(refused_target(&a, now));
    }
    let (course, quiz) = service::quiz_of(&bank, &a)?;
    let (answers, errors) = parse_answers(course, &a, &form)?;
    let total = a.paper.questions.len();
    let target = if autosave {
        None
    } else if let Some(first) = a
        .paper
        .questions
        .iter()
        .position(|pq| errors.contains_key(&pq.id))
    {
        // Back to the page that shows the first refused question (the posted page, from our forms).
        Some(Target::Page(match quiz.layout {
            Layout::OnePerPage => first + 1,
            Layout::AllOnOnePage => 1,
        }))
    } else {
        Some(match form.get("go").unwrap_or("save") {
            "next" => Target::Page((page + 1).min(total)),
            "prev" => Target::Page(page.saturating_sub(1).max(1)),
            "summary" => Target::Summary,
            other => Target::Page(
                other
                    .strip_prefix("page-")
                    .and_then(|n| n.parse::<usize>().ok())
                    .map_or(page, |n| n.clamp(1, total.max(1))),
            ),
        })
    };
    let next_page = match target {
        Some(Target::Page(p)) => Some(p),
        Some(Target::Summary) => Some(page),
        None => None,
    };
    let record = rows::PageSave {
        next_page: next_page.and_then(|p| i64::try_from(p).ok()),
        flags: page_flags(&a, &form),
    };
    // Valid answers are saved even when another on the page is refused: nothing the learner gave is lost.
    match service::save_answers(&app.db, &bank, &a, answers, &record, now).await {
        Ok(()) => {}
        // The deadline passed (or the attempt closed) between loading and saving.
        Err(ServiceError::Refused(_)) => return Ok(refused_target(&a, now)),
        Err(e) => return Err(e.into()),
    }
    if autosave {
        return Ok(SaveReply::Status(if errors.is_empty() {
            Status::NoContent
        } else {
            Status::UnprocessableEntity
        }));
    }
    if !errors.is_empty() {
        hold_refused(app, cookies, &a, &form, &errors).await?;
    }
    Ok(SaveReply::Redirect(Redirect::to(match target {
        Some(Target::Summary) => format!("/attempts/{id}/summary"),
        Some(Target::Page(p)) => format!("/attempts/{id}?page={p}"),
        None => format!("/attempts/{id}?page={page}"),
    })))
}

/// Where a page save sends the learner.
#[derive(Debug, Clone, Copy)]
enum Target {
    Page(usize),
    Summary,
}

/// Holds a page's posted answers server-side under a random token kept in a cookie, and returns the
/// sign-in address that leads back to the page. Nothing is checked against the attempt yet (no one is
/// signed in): that happens in [`resume_held_answers`], for the learner who then signs in.
async fn hold_answers(
    app: &App,
    cookies: &CookieJar<'_>,
    id: AttemptId,
    form: &CheckedForm,
    page: usize,
) -> Result<String, AppError> {
    let fields: Vec<&(String, String)> = form
        .fields
        .iter()
        .filter(|(k, _)| k != super::guards::CSRF_FIELD)
        .collect();
    hold_fields(app, cookies, PENDING_COOKIE, PENDING_SECONDS, id, &fields).await?;
    Ok(super::session::sign_in_to(
        Some(&format!("/attempts/{id}?page={page}")),
        None,
    ))
}

/// After a sign-in: applies the answers held by [`hold_answers`] if, and only if, the attempt is the
/// signed-in learner's and still open, and returns the page to go back to. Otherwise they are discarded.
/// Either way the held row and its cookie are gone afterwards.
pub async fn resume_held_answers(
    app: &App,
    cookies: &CookieJar<'_>,
    user: &User,
) -> Result<Option<String>, AppError> {
    let bank = app.bank();
    let Some((attempt, form)) = take_fields(app, cookies, PENDING_COOKIE).await? else {
        return Ok(None);
    };
    let now = app.clock.now();
    let a = match service::load_attempt(&app.db, &bank, user.id, attempt, now).await {
        Ok(a) if !a.state.is_closed() => a,
        Ok(_) | Err(ServiceError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let (course, _) = service::quiz_of(&bank, &a)?;
    let Ok((answers, _refused)) = parse_answers(course, &a, &form) else {
        return Ok(None);
    };
    let page: usize = form.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
    let record = rows::PageSave {
        next_page: i64::try_from(page).ok(),
        flags: page_flags(&a, &form),
    };
    match service::save_answers(&app.db, &bank, &a, answers, &record, now).await {
        Ok(()) => {}
        Err(ServiceError::Refused(_)) => return Ok(None),
        Err(e) => return Err(e.into()),
    }
    Ok(Some(format!("/attempts/{}?page={page}", a.id)))
}

/// Also the page of an overdue attempt (time is up, the grace period runs): it may only be submitted.
/// `refused` says that answers sent after the time limit were not accepted.
#[get("/attempts/<id>/summary?<refused>")]
async fn summary(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
    id: AttemptId,
    refused: Option<bool>,
) -> Result<Either<Page, Redirect>, AppError> {
    let bank = app.bank();
    let now = app.clock.now();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;
    if a.state.is_closed() {
        return Ok(Either::Right(Redirect::to(format!(
            "/attempts/{id}/result"
        ))));
    }
    let (course, quiz) = service::quiz_of(&bank, &a)?;
    let answers = rows::find_responses(&app.db, a.id).await?;
    let flags = rows::find_flags(&app.db, a.id).await?;
    let one_per_page = quiz.layout == Layout::OnePerPage;
    let items: Vec<Value> = a
        .paper
        .questions
        .iter()
        .enumerate()
        .map(|(i, pq)| {
            json!({
                "number": i + 1,
                "answered": answers.contains_key(&pq.id),
                "flagged": flags.contains(&pq.id),
                "information": is_information(course, pq),
                "href": if one_per_page { format!("/attempts/{id}?page={}", i + 1) } else { format!("/attempts/{id}#q{}", i + 1) },
            })
        })
        .collect();
    let unanswered = items
        .iter()
        .filter(|i| i["answered"] == json!(false) && i["information"] == json!(false))
        .count();
    let deadline = a.deadline.and_then(|d| Timestamp::from_second(d).ok());
    let locale = paper_locale(quiz, &a, lang.0);
    let ctx = base_context(&req, lang.0, Some(&user.0))
        .with(
            "quiz_title",
            course
                .texts
                .format(locale, &format!("quiz-{}", quiz.id), None, None),
        )
        .with("course_title", course.title(locale))
        .with("attempt", a.id)
        .with("items", items)
        .with("unanswered", unanswered)
        .with("minutes_left", minutes_left(deadline, now))
        .with("ms_left", millis_left(deadline, now))
        .with("refused", refused.unwrap_or(false))
        .with(
            "overdue_until",
            service::is_overdue(&a, now)
                .then(|| closes_at(deadline, a.grace_seconds))
                .flatten()
                .map(|c| fmt_time(app, c.as_second(), lang.0)),
        )
        .with("deadline", a.deadline.map(|d| fmt_time(app, d, lang.0)));
    Ok(Either::Left(Page::new("pages/summary", ctx)))
}

#[post("/attempts/<id>/submit", data = "<_form>")]
async fn submit(
    app: &State<App>,
    user: Learner,
    id: AttemptId,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    let bank = app.bank();
    let now = app.clock.now();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;
    service::submit_attempt(&app.db, &bank, &a, now).await?;
    app.mail_wake.notify_one();
    app.certify_attempt(id).await;
    Ok(Redirect::to(format!("/attempts/{id}/result")))
}

/// The data of a closed attempt's result, shared by the page and the API.
pub async fn result_data(
    app: &App,
    a: &AttemptRow,
    locale_wanted: Locale,
) -> Result<Ctx, AppError> {
    let bank = app.bank();
    let (course, quiz) = service::quiz_of(&bank, a)?;
    let locale = paper_locale(quiz, a, locale_wanted);
    let answers = rows::find_responses(&app.db, a.id).await?;
    let marks = essay_marks(app, a).await?;
    let review = quiz.review;
    let show_questions = review.correctness || review.feedback || review.correct_answers;
    let questions: Vec<Value> = if show_questions {
        a.paper
            .questions
            .iter()
            .enumerate()
            .filter_map(|(i, pq)| {
                question_view_marked(
                    course,
                    pq,
                    i + 1,
                    answers.get(&pq.id),
                    locale,
                    Some(review),
                    marks.get(&pq.id),
                )
            })
            .filter_map(|v| serde_json::to_value(v).ok())
            .collect()
    } else {
        Vec::new()
    };
    let (score, max) = (a.score_milli.unwrap_or(0), a.max_milli.unwrap_or(0));
    let percent = if max > 0 {
        score as f64 * 100.0 / max as f64
    } else {
        0.0
    };
    let quiz_msg = format!("quiz-{}", quiz.id);
    Ok(Ctx::default()
        .with("attempt", a.id)
        .with("quiz_id", &quiz.id)
        .with(
            "quiz_title",
            course.texts.format(locale, &quiz_msg, None, None),
        )
        .with("course_title", course.title(locale))
        .with("state", a.state.as_str())
        .with("expired", a.state == AttemptState::Expired)
        .with("show_score", review.score)
        .with(
            "score",
            review
                .score
                .then(|| format_decimal(score as f64 / 1000.0, 2, locale_wanted)),
        )
        .with(
            "max",
            review
                .score
                .then(|| format_decimal(max as f64 / 1000.0, 2, locale_wanted)),
        )
        .with(
            "percent",
            review
                .score
                .then(|| format_decimal(percent, 1, locale_wanted)),
        )
        .with("pass_percent", quiz.pass_percent)
        // While essays await their marks there is no pass or fail yet.
        .with("awaiting_grading", a.awaiting_grading)
        .with(
            "passed",
            review
                .score
                .then_some(a.passed)
                .filter(|_| a.awaiting_grading == 0)
                .map(|p| p.unwrap_or(false)),
        )
        .with("started", fmt_time(app, a.started_at, locale_wanted))
        .with(
            "closed",
            a.closed_at.map(|c| fmt_time(app, c, locale_wanted)),
        )
        .with("questions", questions))
}

/// `refused` is set when the learner arrives here because answers they sent were refused (the attempt
/// had closed): the page then says those answers were not counted.
#[get("/attempts/<id>/result?<refused>")]
async fn result(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
    id: AttemptId,
    refused: Option<bool>,
) -> Result<Either<Page, Redirect>, AppError> {
    let bank = app.bank();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, app.clock.now()).await?;
    if !a.state.is_closed() {
        return Ok(Either::Right(Redirect::to(format!("/attempts/{id}"))));
    }
    let data = result_data(app, &a, lang.0).await?.into_value();
    // A passed attempt shows the certificate of its quiz (one per learner and quiz: maybe an earlier pass's).
    let certificate = match a.passed {
        Some(true) => {
            let subject = format!("course:{}:{}", a.quiz_id, user.0.id.0);
            super::badges::certificate_of(app, &subject, user.0.id, lang.0).await?
        }
        _ => None,
    };
    let mut ctx = base_context(&req, lang.0, Some(&user.0))
        .with(
            "refused",
            refused.unwrap_or(false).then_some(a.state.as_str()),
        )
        .with("certificate", certificate);
    if let Value::Object(map) = data {
        for (k, v) in map {
            ctx = ctx.with(&k, v);
        }
    }
    Ok(Either::Left(Page::new("pages/result", ctx)))
}

/// Whether a paper question is a description: shown, with nothing to answer.
fn is_information(
    course: &crate::bank::Course,
    pq: &crate::assessment::paper::PaperQuestion,
) -> bool {
    course
        .question(&pq.id)
        .is_some_and(|q| matches!(q.kind, crate::bank::QuestionKind::Description))
}

/// An attempt's essay marks, for its review.
pub async fn essay_marks(
    app: &App,
    a: &AttemptRow,
) -> Result<BTreeMap<crate::ids::QuestionId, crate::assessment::view::EssayMark>, AppError> {
    Ok(rows::find_manual_marks(&app.db, a.id)
        .await?
        .into_iter()
        .map(|(q, m)| {
            (
                q,
                crate::assessment::view::EssayMark {
                    points: m.points,
                    comment: m.comment,
                },
            )
        })
        .collect())
}
