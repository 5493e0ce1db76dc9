//! The JSON API under `/api/v1`, mirroring the learner flow for the centre's e-learning platform and for
//! load tests. Same service calls as the pages; keys appear only in a closed attempt's result, as the
//! quiz's review options allow. Questions and their parts are addressed by shown numbers, never bank ids
//! (see `assessment::shown`). Documented in `openapi.json` beside this file.

pub mod staff;

use rocket::http::Status;
use rocket::serde::json::Json;
use rocket::{get, post, put, routes, Route, State};
use serde::Deserialize;
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{ApiUser, Lang};
use super::learner::{quiz_summary, result_data};
use super::state::{App, SignInError};
use crate::assessment::attempt::{closes_at, seconds_left};
use crate::assessment::shown::ShownAnswer;
use crate::assessment::view::question_view;
use crate::auth::{random_token, token_hash, Email};
use crate::db::attempts as rows;
use crate::i18n::Locale;
use crate::ids::{AttemptId, QuizId};
use crate::service::attempts as service;

pub fn routes() -> Vec<Route> {
    routes![
        create_token,
        list_quizzes,
        start_attempt,
        get_attempt,
        save_answer,
        submit_attempt,
        get_result
    ]
}

#[get("/openapi.json")]
pub fn openapi() -> (rocket::http::ContentType, &'static str) {
    (
        rocket::http::ContentType::JSON,
        include_str!("openapi.json"),
    )
}

type ApiResult<T> = Result<T, AppError>;

/// A JSON body that failed to parse becomes a JSON 422/400 with our error shape, not Rocket's HTML.
pub(crate) fn body<T>(data: Result<Json<T>, rocket::serde::json::Error<'_>>) -> ApiResult<T> {
    data.map(|j| j.into_inner()).map_err(|e| match e {
        rocket::serde::json::Error::Io(_) => AppError::TooLarge,
        rocket::serde::json::Error::Parse(..) => AppError::Invalid("error-unprocessable"),
    })
}

#[derive(Deserialize)]
struct Credentials {
    email: String,
    password: String,
}

#[post("/tokens", data = "<creds>")]
async fn create_token(
    app: &State<App>,
    creds: Result<Json<Credentials>, rocket::serde::json::Error<'_>>,
) -> ApiResult<(Status, Json<Value>)> {
    let creds = body(creds)?;
    let email = Email::parse(&creds.email).map_err(|_| AppError::Invalid("login-error-email"))?;
    let user = app
        .sign_in(&email, &creds.password)
        .await
        .map_err(|e| match e {
            SignInError::Throttled(wait) => AppError::Throttled(wait),
            SignInError::Db(e) => e.into(),
        })?;
    match user {
        Some(u) => {
            let token = random_token();
            let now = app.clock.now().as_second();
            let expires = now + app.settings.api_token_days * 86_400;
            crate::db::tokens::insert_token(&app.db, &token_hash(&token), u.id, now, expires)
                .await?;
            Ok((
                Status::Created,
                Json(json!({ "token": token, "expires_at": expires })),
            ))
        }
        _ => Err(AppError::Invalid("login-error-credentials")),
    }
}

#[get("/quizzes")]
async fn list_quizzes(app: &State<App>, lang: Lang, user: ApiUser) -> ApiResult<Json<Value>> {
    let attempts = rows::find_user_attempts(&app.db, user.0.id).await?;
    let quizzes: Vec<Value> = app
        .bank()
        .quizzes()
        .map(|(course, quiz)| {
            let mut v = quiz_summary(course, quiz, lang.0);
            v["attempts_used"] = json!(attempts.iter().filter(|a| a.quiz_id == quiz.id).count());
            v["time_limit_seconds"] = json!(quiz.time_limit_seconds);
            v["locales"] = json!(quiz.locales);
            v
        })
        .collect();
    Ok(Json(json!({ "locale": lang.0, "quizzes": quizzes })))
}

#[derive(Deserialize, Default)]
struct StartRequest {
    locale: Option<String>,
}

#[post("/quizzes/<quiz_id>/attempts", data = "<req>")]
async fn start_attempt(
    app: &State<App>,
    lang: Lang,
    user: ApiUser,
    quiz_id: QuizId,
    req: Option<Json<StartRequest>>,
) -> ApiResult<(Status, Json<Value>)> {
    let bank = app.bank();
    let locale = match req.and_then(|r| r.into_inner().locale) {
        Some(tag) => tag
            .parse::<Locale>()
            .map_err(|_| AppError::Invalid("error-unprocessable"))?,
        None => lang.0,
    };
    let id = service::start_attempt(
        &app.db,
        &bank,
        user.0.id,
        &quiz_id,
        locale,
        app.clock.now(),
        rand::random(),
        None,
    )
    .await?;
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, app.clock.now()).await?;
    Ok((Status::Created, Json(paper_json(app, &a, locale).await?)))
}

async fn paper_json(app: &App, a: &rows::AttemptRow, locale: Locale) -> ApiResult<Value> {
    let bank = app.bank();
    let (course, quiz) = service::quiz_of(&bank, a)?;
    let locale = if quiz.offered_in(locale) {
        locale
    } else {
        a.locale
    };
    let stored = rows::find_responses(&app.db, a.id).await?;
    // Saved answers as the learner addressed them: by question number and shown positions.
    let answers: serde_json::Map<String, Value> = a
        .paper
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, pq)| {
            let answer = stored.get(&pq.id)?;
            let shown = ShownAnswer::of(answer, course.question(&pq.id)?, pq)?;
            Some(((i + 1).to_string(), serde_json::to_value(shown).ok()?))
        })
        .collect();
    let questions: Vec<Value> = a
        .paper
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, pq)| question_view(course, pq, i + 1, stored.get(&pq.id), locale, None))
        .filter_map(|v| serde_json::to_value(v).ok())
        .collect();
    let deadline = a
        .deadline
        .and_then(|d| jiff::Timestamp::from_second(d).ok());
    Ok(json!({
        "id": a.id,
        "quiz_id": a.quiz_id,
        "state": a.state.as_str(),
        "locale": locale,
        "started_at": a.started_at,
        "deadline": a.deadline,
        "seconds_left": seconds_left(deadline, app.clock.now()),
        "submit_until": closes_at(deadline, a.grace_seconds).map(|c| c.as_second()),
        "questions": questions,
        "answers": answers,
    }))
}

#[get("/attempts/<id>")]
async fn get_attempt(
    app: &State<App>,
    lang: Lang,
    user: ApiUser,
    id: AttemptId,
) -> ApiResult<Json<Value>> {
    let bank = app.bank();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, app.clock.now()).await?;
    Ok(Json(paper_json(app, &a, lang.0).await?))
}

/// `question` is the question's number on the paper; the answer names shown positions.
#[put("/attempts/<id>/answers/<question>", data = "<answer>")]
async fn save_answer(
    app: &State<App>,
    user: ApiUser,
    id: AttemptId,
    question: usize,
    answer: Result<Json<Option<ShownAnswer>>, rocket::serde::json::Error<'_>>,
) -> ApiResult<Status> {
    let bank = app.bank();
    let now = app.clock.now();
    // Whose attempt it is is settled before the body is read: a stranger learns nothing from the reply.
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;
    let answer = body(answer)?;
    let (course, _) = service::quiz_of(&bank, &a)?;
    let pq = a.paper.numbered(question).ok_or(AppError::NotFound)?;
    let q = course.question(&pq.id).ok_or(AppError::NotFound)?;
    let answer = answer
        .map(|shown| shown.resolve(q, pq, a.locale))
        .transpose()
        .map_err(|e| AppError::Invalid(e.message_id()))?;
    service::save_answers(
        &app.db,
        &bank,
        &a,
        vec![(pq.id.clone(), answer)],
        &Default::default(),
        now,
    )
    .await?;
    Ok(Status::NoContent)
}

#[post("/attempts/<id>/submit")]
async fn submit_attempt(
    app: &State<App>,
    lang: Lang,
    user: ApiUser,
    id: AttemptId,
) -> ApiResult<Json<Value>> {
    let bank = app.bank();
    let now = app.clock.now();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;
    service::submit_attempt(&app.db, &bank, &a, now).await?;
    app.mail_wake.notify_one();
    app.certify_attempt(id).await;
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;
    Ok(Json(result_data(app, &a, lang.0).await?.into_value()))
}

#[get("/attempts/<id>/result")]
async fn get_result(
    app: &State<App>,
    lang: Lang,
    user: ApiUser,
    id: AttemptId,
) -> ApiResult<Json<Value>> {
    let bank = app.bank();
    let a = service::load_attempt(&app.db, &bank, user.0.id, id, app.clock.now()).await?;
    if !a.state.is_closed() {
        return Err(AppError::AttemptOpen);
    }
    Ok(Json(result_data(app, &a, lang.0).await?.into_value()))
}
