//! The staff JSON API under `/api/v1`: cohorts and their members, assignments, accommodations and results,
//! for scripts (a token an administrator issued, see `web::tokens`) and for the browser (a session and the
//! `X-CSRF-Token` header on writes). The same rules as the instructors' pages: routes take the
//! `ApiInstructor` guard (or `ApiAdmin` for memberships, as on the administrators' pages) and ask `policy`
//! for what they touch; anything outside the caller's cohorts answers 404. Documented in `openapi.json`.
//!
//! It never renders HTML and never decides who sees what itself.

use std::collections::BTreeMap;

use jiff::Timestamp;
use rocket::request::{self, FromRequest, Request};
use rocket::response::status::{Created, NoContent};
use rocket::serde::json::Json;
use rocket::{delete, get, post, put, routes, Route, State};
use serde_json::{json, Map, Value};

use super::body;
use crate::assignments::form::{override_of, terms_of, FieldError};
use crate::assignments::{status, Override, Task, Terms};
use crate::auth::Role;
use crate::db::assignments::{
    self as rows, AssignmentRow, NewAssignment, QuizOutcome, RosterEntry, Target,
};
use crate::db::cohorts::{self, Cohort, MemberRole};
use crate::db::placement::PlacementRow;
use crate::db::users::find_user;
use crate::ids::{AssignmentId, CohortId, QuizId, UserId};
use crate::web::error::AppError;
use crate::web::guards::{ApiAdmin, ApiInstructor, Lang};
use crate::web::policy::{scope_of, visible_assignment, visible_cohort};
use crate::web::state::App;

pub fn routes() -> Vec<Route> {
    routes![
        list_cohorts,
        get_cohort,
        put_member,
        delete_member,
        list_assignments,
        create_assignment,
        get_assignment,
        withdraw_assignment,
        put_override,
        delete_override,
        get_results,
        get_items,
    ]
}

type ApiResult<T> = Result<T, AppError>;
type JsonBody<'r> = Result<Json<Value>, rocket::serde::json::Error<'r>>;

fn cohort_summary(c: &Cohort) -> Value {
    json!({
        "id": c.id.0,
        "name": c.name,
        "learner_count": c.learners,
        "instructor_count": c.instructors,
    })
}

fn rfc3339(t: Option<Timestamp>) -> Value {
    t.map_or(Value::Null, |t| json!(t.to_string()))
}

fn seconds(s: i64) -> Value {
    Timestamp::from_second(s).map_or(Value::Null, |t| json!(t.to_string()))
}

fn task_json(task: &Task) -> Value {
    match task {
        Task::Placement => json!("placement"),
        Task::Quiz(q) => json!({ "quiz": q.as_str() }),
    }
}

fn assignment_json(app: &App, a: &AssignmentRow, lang: Lang) -> Value {
    let (cohort, learner) = match a.target {
        Target::Cohort(c) => (Some(c.0), None),
        Target::Learner(u) => (None, Some(u.0)),
    };
    json!({
        "id": a.id.0,
        "task": task_json(&a.task),
        "title": crate::web::teach::task_title(app, &a.task, lang.0),
        "cohort": cohort,
        "learner": learner,
        "opens_at": rfc3339(a.terms.opens_at),
        "due_at": rfc3339(a.terms.due_at),
        "attempts_allowed": a.terms.attempts_allowed,
        "time_limit_minutes": a.terms.time_limit_seconds.map(|s| s / 60),
        "withdrawn": a.withdrawn,
        "created_at": seconds(a.created_at),
    })
}

fn override_json(o: &Override) -> Value {
    json!({
        "due_at": rfc3339(o.due_at),
        "attempts_allowed": o.attempts_allowed,
        "time_limit_minutes": o.time_limit_seconds.map(|s| s / 60),
    })
}

#[get("/cohorts")]
async fn list_cohorts(app: &State<App>, staff: ApiInstructor) -> ApiResult<Json<Value>> {
    let scope = scope_of(app, &staff.0).await?;
    let visible: Vec<Value> = cohorts::list_cohorts(&app.db)
        .await?
        .iter()
        .filter(|c| scope.sees_cohort(c.id))
        .map(cohort_summary)
        .collect();
    Ok(Json(json!({ "cohorts": visible })))
}

async fn cohort_json(app: &App, cohort: &Cohort) -> ApiResult<Value> {
    let members: Vec<Value> = cohorts::members(&app.db, cohort.id)
        .await?
        .iter()
        .map(|(u, role)| {
            json!({ "id": u.id.0, "name": u.display_name, "email": u.email, "role": role.as_str() })
        })
        .collect();
    let mut v = cohort_summary(cohort);
    v["members"] = Value::Array(members);
    Ok(v)
}

#[get("/cohorts/<id>")]
async fn get_cohort(
    app: &State<App>,
    staff: ApiInstructor,
    id: CohortId,
) -> ApiResult<Json<Value>> {
    let scope = scope_of(app, &staff.0).await?;
    let cohort = visible_cohort(app, &scope, id).await?;
    Ok(Json(cohort_json(app, &cohort).await?))
}

/// Problems of a body as the error carries them.
fn invalid(problems: &[FieldError]) -> AppError {
    AppError::InvalidFields(problems.iter().map(|(f, m)| (f.to_string(), *m)).collect())
}

/// A JSON body that must be an object; its keys are checked against `known` (a misspelt key is a problem,
/// not silently ignored).
fn object(data: JsonBody<'_>, known: &[&str]) -> ApiResult<Map<String, Value>> {
    let Value::Object(map) = body(data)? else {
        return Err(invalid(&[("body", "api-error-object")]));
    };
    let unknown: Vec<(String, &'static str)> = map
        .keys()
        .filter(|k| !known.contains(&k.as_str()))
        .map(|k| (k.clone(), "api-error-unknown-field"))
        .collect();
    if unknown.is_empty() {
        Ok(map)
    } else {
        Err(AppError::InvalidFields(unknown))
    }
}

/// Sets (or changes) how an account belongs to a cohort. Administrators only, as on their pages.
#[put("/cohorts/<id>/members/<user>", data = "<data>")]
async fn put_member(
    app: &State<App>,
    _admin: ApiAdmin,
    id: CohortId,
    user: UserId,
    data: JsonBody<'_>,
) -> ApiResult<Json<Value>> {
    let cohort = cohorts::find_cohort(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let account = find_user(&app.db, user).await?.ok_or(AppError::NotFound)?;
    let fields = object(data, &["role"])?;
    let role = fields
        .get("role")
        .and_then(Value::as_str)
        .and_then(MemberRole::parse)
        .ok_or_else(|| invalid(&[("role", "api-error-role")]))?;
    if role == MemberRole::Instructor && !account.roles.has(Role::Instructor) {
        return Err(invalid(&[("role", "admin-error-not-instructor")]));
    }
    let mut tx = app.db.begin_write().await?;
    cohorts::put_member(tx.conn(), id, user, role, app.clock.now().as_second()).await?;
    tx.commit().await?;
    let cohort = cohorts::find_cohort(&app.db, cohort.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(cohort_json(app, &cohort).await?))
}

/// Takes an account off a cohort; taking off someone not on it changes nothing (a retried call).
#[delete("/cohorts/<id>/members/<user>")]
async fn delete_member(
    app: &State<App>,
    _admin: ApiAdmin,
    id: CohortId,
    user: UserId,
) -> ApiResult<NoContent> {
    cohorts::find_cohort(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    cohorts::remove_member(&app.db, id, user).await?;
    Ok(NoContent)
}

#[get("/cohorts/<id>/assignments")]
async fn list_assignments(
    app: &State<App>,
    lang: Lang,
    staff: ApiInstructor,
    id: CohortId,
) -> ApiResult<Json<Value>> {
    let scope = scope_of(app, &staff.0).await?;
    let cohort = visible_cohort(app, &scope, id).await?;
    let list: Vec<Value> = rows::for_cohort(&app.db, cohort.id)
        .await?
        .iter()
        .map(|a| assignment_json(app, a, lang))
        .collect();
    Ok(Json(json!({ "assignments": list })))
}

/// The `Idempotency-Key` header, when sent: 1 to 255 visible ASCII characters.
struct IdempotencyKey(Option<Result<String, ()>>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for IdempotencyKey {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        let key = req.headers().get_one("Idempotency-Key").map(|k| {
            Some(k)
                .filter(|k| (1..=255).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()))
                .map(str::to_string)
                .ok_or(())
        });
        request::Outcome::Success(IdempotencyKey(key))
    }
}

/// The JSON names of the form's fields, for problems found by `assignments::form`.
fn json_field(form_field: &'static str) -> &'static str {
    match form_field {
        "opens" => "opens_at",
        "due" => "due_at",
        "attempts" => "attempts_allowed",
        "minutes" => "time_limit_minutes",
        other => other,
    }
}

/// An optional RFC 3339 time, to the whole second as it is stored (so that a retried request compares equal
/// to what the first one stored); a problem is noted under `field`.
fn time_field(
    fields: &Map<String, Value>,
    field: &'static str,
    errors: &mut Vec<FieldError>,
) -> Option<Timestamp> {
    match fields.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => s
            .parse::<Timestamp>()
            .and_then(|t| Timestamp::from_second(t.as_second()))
            .map_err(|_| errors.push((field, "api-error-timestamp")))
            .ok(),
        Some(_) => {
            errors.push((field, "api-error-timestamp"));
            None
        }
    }
}

/// The attempts allowed and the time limit in minutes, as the assignment and accommodation bodies both
/// carry them, each problem noted.
fn limit_fields(
    fields: &Map<String, Value>,
    errors: &mut Vec<FieldError>,
) -> (Option<i64>, Option<i64>) {
    let attempts = number_field(fields, "attempts_allowed", "teach-error-attempts", errors);
    let minutes = number_field(fields, "time_limit_minutes", "teach-error-minutes", errors);
    (attempts, minutes)
}

/// An optional whole number; anything else is noted with the form's message for that field.
fn number_field(
    fields: &Map<String, Value>,
    field: &'static str,
    message: &'static str,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    match fields.get(field) {
        None | Some(Value::Null) => None,
        Some(v) => v.as_i64().or_else(|| {
            errors.push((field, message));
            None
        }),
    }
}

fn task_field(app: &App, fields: &Map<String, Value>) -> Option<Task> {
    let bank = app.bank();
    match fields.get("task")? {
        Value::String(s) if s == "placement" && app.placement.is_some() => Some(Task::Placement),
        Value::Object(o) if o.len() == 1 => {
            let id: QuizId = o.get("quiz")?.as_str()?.parse().ok()?;
            bank.quiz(&id).map(|_| Task::Quiz(id))
        }
        _ => None,
    }
}

/// Reads an assignment body: its task and terms by the form's rules, or every problem by JSON field name.
fn read_assignment(app: &App, data: JsonBody<'_>) -> ApiResult<(Task, Terms)> {
    let fields = object(
        data,
        &[
            "task",
            "opens_at",
            "due_at",
            "attempts_allowed",
            "time_limit_minutes",
        ],
    )?;
    let mut errors = Vec::new();
    let task = task_field(app, &fields);
    if task.is_none() {
        errors.push(("task", "api-error-task"));
    }
    let opens = time_field(&fields, "opens_at", &mut errors);
    let due = time_field(&fields, "due_at", &mut errors);
    let (attempts, minutes) = limit_fields(&fields, &mut errors);
    let terms = terms_of(opens, due, attempts, minutes, app.clock.now());
    if let Err(problems) = &terms {
        errors.extend(problems.iter().map(|(f, m)| (json_field(f), *m)));
    }
    match (task, terms) {
        (Some(task), Ok(terms)) if errors.is_empty() => Ok((task, terms)),
        _ => Err(invalid(&errors)),
    }
}

/// Assigns a quiz or the placement test to a cohort. With an `Idempotency-Key`, a retried request (the same
/// key from the same caller) answers with the assignment the first one made; the database decides between
/// racing requests. The same key with a different request is refused.
#[post("/cohorts/<id>/assignments", data = "<data>")]
async fn create_assignment(
    app: &State<App>,
    lang: Lang,
    staff: ApiInstructor,
    id: CohortId,
    key: IdempotencyKey,
    data: JsonBody<'_>,
) -> ApiResult<Created<Json<Value>>> {
    let scope = scope_of(app, &staff.0).await?;
    let cohort = visible_cohort(app, &scope, id).await?;
    let key = key
        .0
        .transpose()
        .map_err(|_| invalid(&[("Idempotency-Key", "api-error-idempotency-key")]))?;
    let (task, terms) = read_assignment(app, data)?;
    let new = NewAssignment {
        task,
        target: Target::Cohort(cohort.id),
        terms,
        created_by: staff.0.id,
        // One caller's keys never meet another's (the page's keys are 64 hex digits, without a colon).
        form_key: key.map(|k| format!("api:{}:{k}", staff.0.id.0)),
    };
    let created = crate::service::assignments::create(&app.db, &new, app.clock.now())
        .await?
        .ok_or(AppError::Invalid("error-unprocessable"))?;
    app.mail_wake.notify_one();
    let a = rows::find_assignment(&app.db, created)
        .await?
        .ok_or(AppError::NotFound)?;
    if a.task != new.task || a.target != new.target || a.terms != new.terms {
        return Err(invalid(&[(
            "Idempotency-Key",
            "api-error-idempotency-key-reused",
        )]));
    }
    Ok(Created::new(format!("/api/v1/assignments/{}", a.id))
        .body(Json(assignment_json(app, &a, lang))))
}

#[get("/assignments/<id>")]
async fn get_assignment(
    app: &State<App>,
    lang: Lang,
    staff: ApiInstructor,
    id: AssignmentId,
) -> ApiResult<Json<Value>> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    Ok(Json(assignment_json(app, &a, lang)))
}

/// Withdraws an assignment (twice is once): learners no longer see or start it; attempts made under it stay.
#[post("/assignments/<id>/withdraw")]
async fn withdraw_assignment(
    app: &State<App>,
    lang: Lang,
    staff: ApiInstructor,
    id: AssignmentId,
) -> ApiResult<Json<Value>> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    rows::withdraw(&app.db, a.id, app.clock.now().as_second()).await?;
    let a = rows::find_assignment(&app.db, a.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(assignment_json(app, &a, lang)))
}

/// The learner an accommodation is for: someone the assignment is given to now (404 otherwise, as the page
/// offers only them).
async fn current_learner(app: &App, a: &AssignmentRow, user: UserId) -> ApiResult<()> {
    let roster = rows::roster(&app.db, a).await?;
    if roster.iter().any(|e| e.user.id == user && e.current) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Sets one learner's accommodations (replacing any before); a body with every value null clears them.
#[put("/assignments/<id>/overrides/<user>", data = "<data>")]
async fn put_override(
    app: &State<App>,
    staff: ApiInstructor,
    id: AssignmentId,
    user: UserId,
    data: JsonBody<'_>,
) -> ApiResult<Json<Value>> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    current_learner(app, &a, user).await?;
    let fields = object(data, &["due_at", "attempts_allowed", "time_limit_minutes"])?;
    let mut errors = Vec::new();
    let due = time_field(&fields, "due_at", &mut errors);
    let (attempts, minutes) = limit_fields(&fields, &mut errors);
    let over = override_of(due, attempts, minutes);
    if let Err(problems) = &over {
        errors.extend(problems.iter().map(|(f, m)| (json_field(f), *m)));
    }
    let over = match over {
        Ok(o) if errors.is_empty() => o,
        _ => return Err(invalid(&errors)),
    };
    match &over {
        Some(o) => rows::put_override(&app.db, a.id, user, o).await?,
        None => rows::delete_override(&app.db, a.id, user).await?,
    }
    Ok(Json(json!({
        "learner": user.0,
        "override": over.as_ref().map(override_json),
    })))
}

#[delete("/assignments/<id>/overrides/<user>")]
async fn delete_override(
    app: &State<App>,
    staff: ApiInstructor,
    id: AssignmentId,
    user: UserId,
) -> ApiResult<NoContent> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    current_learner(app, &a, user).await?;
    rows::delete_override(&app.db, a.id, user).await?;
    Ok(NoContent)
}

/// Every learner an assignment concerns, with their status, attempts and result.
#[get("/assignments/<id>/results")]
async fn get_results(
    app: &State<App>,
    lang: Lang,
    staff: ApiInstructor,
    id: AssignmentId,
) -> ApiResult<Json<Value>> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    let roster = rows::roster(&app.db, &a).await?;
    let quiz = match a.task {
        Task::Quiz(_) => rows::quiz_outcomes(&app.db, a.id).await?,
        Task::Placement => Vec::new(),
    };
    let placement = match a.task {
        Task::Placement => crate::db::placement::for_assignment(&app.db, a.id).await?,
        Task::Quiz(_) => Vec::new(),
    };
    let learners = results_json(&a, &roster, &quiz, &placement, app.clock.now());
    Ok(Json(json!({
        "assignment": assignment_json(app, &a, lang),
        "learners": learners,
    })))
}

/// The results of an assignment as the API gives them, one object per learner of the roster: the one place
/// this JSON is shaped. Quiz: the best closed attempt's score (Moodle's default grading method, the highest
/// grade). Placement: the latest finished test's level, θ, SE, items and skills.
fn results_json(
    a: &AssignmentRow,
    roster: &[RosterEntry],
    quiz: &[QuizOutcome],
    placement: &[(PlacementRow, i64)],
    now: Timestamp,
) -> Vec<Value> {
    let mut quiz_by: BTreeMap<UserId, Vec<&QuizOutcome>> = BTreeMap::new();
    for q in quiz {
        quiz_by.entry(q.user_id).or_default().push(q);
    }
    let mut placement_by: BTreeMap<UserId, Vec<&(PlacementRow, i64)>> = BTreeMap::new();
    for p in placement {
        placement_by.entry(p.0.user_id).or_default().push(p);
    }
    roster
        .iter()
        .map(|entry| {
            let quiz = quiz_by.get(&entry.user.id).map_or(&[][..], |v| &v[..]);
            let placement = placement_by.get(&entry.user.id).map_or(&[][..], |v| &v[..]);
            learner_result(a, entry, quiz, placement, now)
        })
        .collect()
}

fn learner_result(
    a: &AssignmentRow,
    entry: &RosterEntry,
    quiz: &[&QuizOutcome],
    placement: &[&(PlacementRow, i64)],
    now: Timestamp,
) -> Value {
    let terms = a.terms.with(entry.over.as_ref());
    let standing = crate::service::results::standing(quiz, placement);
    let (progress, attempts) = (standing.progress, standing.progress.attempts);
    let best = standing.best.and_then(|q| {
        let (score, max) = (q.score_milli?, q.max_milli.filter(|m| *m > 0)?);
        Some(json!({
            "attempt": q.id.0,
            "score": score as f64 / 1000.0,
            "max_score": max as f64 / 1000.0,
            "percent": score as f64 * 100.0 / max as f64,
            "passed": q.passed,
        }))
    });
    let placed = standing.placed.map(|(p, items)| {
        let skills: Value = p
            .report
            .as_deref()
            .and_then(|r| serde_json::from_str::<Vec<Value>>(r).ok())
            .map(|skills| {
                skills
                    .iter()
                    .map(|s| {
                        json!({
                            "skill": s["skill"],
                            "items": s["items"],
                            "theta": s["theta"],
                            "se": s["se"],
                            "level": s["level"],
                            "range": s.get("range").cloned().unwrap_or(Value::Null),
                        })
                    })
                    .collect()
            })
            .unwrap_or(Value::Null);
        json!({
            "attempt": p.id,
            "state": p.state.as_str(),
            "level": p.level.map(|l| l.as_str()),
            "theta": p.theta,
            "se": p.se,
            "items": items,
            "skills": skills,
        })
    });
    json!({
        "id": entry.user.id.0,
        "name": entry.user.display_name,
        "email": entry.user.email,
        "current": entry.current,
        "status": status(&terms, &progress, now).as_str(),
        "attempts": attempts,
        "attempts_allowed": terms.attempts_allowed,
        "override": entry.over.as_ref().map(override_json),
        "best": best,
        "placement": placed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_found_by_the_form_rules_carry_the_json_names() {
        assert_eq!(json_field("opens"), "opens_at");
        assert_eq!(json_field("due"), "due_at");
        assert_eq!(json_field("attempts"), "attempts_allowed");
        assert_eq!(json_field("minutes"), "time_limit_minutes");
        assert_eq!(json_field("task"), "task");
    }

    #[test]
    fn a_body_that_is_not_an_object_or_has_a_stray_key_is_refused() {
        let fields = |v: Value| object(Ok(Json(v)), &["role"]);
        assert!(fields(json!({"role": "learner"})).is_ok());
        assert!(matches!(
            fields(json!(["learner"])),
            Err(AppError::InvalidFields(f)) if f == vec![("body".to_string(), "api-error-object")]
        ));
        assert!(matches!(
            fields(json!({"role": "learner", "rol": "x"})),
            Err(AppError::InvalidFields(f)) if f == vec![("rol".to_string(), "api-error-unknown-field")]
        ));
    }
}

/// Item statistics of an assignment's closed attempts, as the item analysis pages show them: for a quiz,
/// Moodle's figures per question and α / KR-20 (`attempts=all` for every attempt, else each learner's
/// first); for the placement test, each item its tests gave with exposure, observed against expected
/// proportion right, infit and outfit. Figures are raw numbers (fractions, not percentages).
#[get("/assignments/<id>/items?<attempts>")]
async fn get_items(
    app: &State<App>,
    staff: ApiInstructor,
    id: AssignmentId,
    attempts: Option<&str>,
) -> ApiResult<Json<Value>> {
    use crate::db::analysis::{AttemptScope, Which};
    let bank = app.bank();
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    match &a.task {
        Task::Quiz(quiz) => {
            let which = if attempts == Some("all") {
                Which::All
            } else {
                Which::First
            };
            let analysis = crate::service::analysis::quiz_analysis(
                &app.db,
                &bank,
                quiz,
                AttemptScope::Assignment(a.id),
                which,
            )
            .await?;
            Ok(Json(json!({
                "assignment": a.id.0,
                "kind": "quiz",
                "min_attempts_to_judge": crate::analysis::MIN_ATTEMPTS_TO_JUDGE,
                "summary": analysis.summary,
                "questions": analysis.questions,
            })))
        }
        Task::Placement => {
            let bank = app.placement.clone().ok_or(AppError::NotFound)?;
            let (stats, tests) =
                crate::service::analysis::placement_items(&app.db, &bank, Some(a.id)).await?;
            let items: Vec<Value> = stats
                .iter()
                .filter(|s| s.given > 0)
                .map(|s| {
                    let item = &bank.pool.items[s.index];
                    json!({
                        "id": item.id,
                        "skill": item.skill,
                        "level": item.level.map(|l| l.as_str()),
                        "a": item.params.a,
                        "b": item.params.b,
                        "given": s.given,
                        "fit": s.fit,
                    })
                })
                .collect();
            Ok(Json(json!({
                "assignment": a.id.0,
                "kind": "placement",
                "tests": tests,
                "items": items,
            })))
        }
    }
}
