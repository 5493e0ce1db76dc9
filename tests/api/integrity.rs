//! Exam integrity under faults and races: a failed write leaves nothing half-done and the next write is
//! stored; racing starts respect the one-open-attempt rule and the limit on both engines; signing out ends
//! the session server-side; concurrent guesses meet the throttle; a database outage answers 503 instead of
//! looking like a sign-out; forms that are not UTF-8 are refused.

use std::collections::BTreeSet;

use ispit::assessment::attempt::AttemptState;
use ispit::bank::QuestionKind;
use ispit::db::attempts::find_user_attempts;
use ispit::db::Backend;
use ispit::i18n::Locale;
use ispit::ids::{AttemptId, UserId};
use rocket::futures::future::join_all;
use rocket::http::{ContentType, Header, Status};
use serde_json::json;
use sqlx::Executor;

use crate::helpers::{answer_json, question_number, right_answers, TestApp, PASSWORD};

const GENDER: &str = "migration-gender-final";

/// Runs statements on one connection. On SQLite a read of the schema comes first: a `DROP … IF EXISTS`
/// prepared on a connection that has not seen the trigger created elsewhere would do nothing.
async fn sql(app: &TestApp, statement: &str) {
    let statement = match app.app().db.backend {
        Backend::Sqlite => format!("SELECT COUNT(*) FROM sqlite_master; {statement}"),
        Backend::Postgres => statement.to_string(),
    };
    sqlx::raw_sql(&statement)
        .execute(&app.app().db.pool)
        .await
        .unwrap_or_else(|e| panic!("{statement}: {e}"));
}

/// A fault injected into the next inserts of answers: SQLite's `RAISE(ROLLBACK)` rolls the whole
/// transaction back by itself, as SQLite does on a full disk; `RAISE(ABORT)` fails only the statement.
async fn inject_fault(app: &TestApp, rollback_whole_transaction: bool) {
    match app.app().db.backend {
        Backend::Sqlite => {
            sql(app, "DROP TRIGGER IF EXISTS inject_fault").await;
            let action = if rollback_whole_transaction {
                "ROLLBACK"
            } else {
                "ABORT"
            };
            sql(
                app,
                &format!(
                    "CREATE TRIGGER inject_fault BEFORE INSERT ON responses \
                     BEGIN SELECT RAISE({action}, 'injected fault'); END"
                ),
            )
            .await;
        }
        Backend::Postgres => {
            sql(
                app,
                "CREATE OR REPLACE FUNCTION inject_fault() RETURNS trigger AS $$ \
                 BEGIN RAISE EXCEPTION 'injected fault'; END $$ LANGUAGE plpgsql",
            )
            .await;
            sql(app, "DROP TRIGGER IF EXISTS inject_fault ON responses").await;
            sql(
                app,
                "CREATE TRIGGER inject_fault BEFORE INSERT ON responses \
                 FOR EACH ROW EXECUTE FUNCTION inject_fault()",
            )
            .await;
        }
    }
}

async fn clear_fault(app: &TestApp) {
    match app.app().db.backend {
        Backend::Sqlite => sql(app, "DROP TRIGGER IF EXISTS inject_fault").await,
        Backend::Postgres => sql(app, "DROP TRIGGER IF EXISTS inject_fault ON responses").await,
    }
}

#[rocket::async_test]
async fn after_a_failed_write_the_next_writes_are_stored_and_only_stored_ones_acknowledged() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    let token = app.api_token("ana@example.org").await;
    let (status, paper) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{GENDER}/attempts"),
            &token,
            Some(json!({"locale": "en"})),
        )
        .await;
    assert_eq!(status, Status::Created, "{paper}");
    let id = AttemptId(paper["id"].as_i64().expect("id"));
    let attempt = app.attempt(id).await;
    let keys = right_answers(app.bank(), GENDER, &attempt.paper, Locale::En);
    let questions: Vec<&String> = keys.keys().take(4).collect();
    let paths: Vec<String> = questions
        .iter()
        .map(|q| format!("/api/v1/attempts/{id}/answers/{}", question_number(q)))
        .collect();
    let bodies: Vec<serde_json::Value> = questions
        .iter()
        .map(|q| answer_json(app.bank(), GENDER, q, &keys[*q]))
        .collect();
    let put = |i: usize| app.json("PUT", &paths[i], &token, Some(bodies[i].clone()));

    assert_eq!(put(0).await.0, Status::NoContent);
    // The database rolls the transaction back itself (a full disk): the save fails, and says so.
    inject_fault(&app, true).await;
    let (status, body) = put(1).await;
    assert_eq!(status, Status::InternalServerError, "{body}");
    assert_eq!(body["error"]["code"], "internal");
    // An ordinary failed statement on the connection that went through that.
    inject_fault(&app, false).await;
    let (status, _) = put(2).await;
    assert_eq!(status, Status::InternalServerError);
    clear_fault(&app).await;

    // The next save is acknowledged because it is stored: another connection reads it.
    assert_eq!(put(3).await.0, Status::NoContent);
    let stored: BTreeSet<String> = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses")
        .keys()
        .map(|q| q.to_string())
        .collect();
    let want: BTreeSet<String> = [questions[0].clone(), questions[3].clone()].into();
    assert_eq!(stored, want, "exactly the acknowledged saves are stored");

    // Single-statement writes land too: a new API token works at once.
    let fresh = app.api_token("ana@example.org").await;
    let (status, _) = app.json("GET", "/api/v1/quizzes", &fresh, None).await;
    assert_eq!(status, Status::Ok, "a token acknowledged is a token stored");
    let (status, body) = app
        .json(
            "POST",
            &format!("/api/v1/attempts/{id}/submit"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{body}");
    assert_eq!(app.attempt(id).await.state, AttemptState::Submitted);

    if app.app().db.backend == Backend::Sqlite {
        // No connection is left holding the write lock: an outside writer gets it.
        let mut outside = app.app().db.pool.acquire().await.expect("connection");
        outside
            .execute("BEGIN IMMEDIATE")
            .await
            .expect("the database is not left locked");
        outside.execute("ROLLBACK").await.expect("rollback");
    }
}

async fn attempts_of(app: &TestApp, user: UserId) -> Vec<ispit::db::attempts::AttemptRow> {
    find_user_attempts(&app.app().db, user)
        .await
        .expect("attempts")
        .into_iter()
        .filter(|a| a.quiz_id.as_str() == GENDER)
        .collect()
}

/// Twenty starts at once, as twenty tabs or an impatient double click would send them.
async fn race_starts(app: &TestApp, csrf: &str, n: usize) -> Vec<(Status, Option<String>, String)> {
    let path = format!("/quizzes/{GENDER}/start");
    let body = format!("_csrf={csrf}");
    join_all((0..n).map(|_| async {
        let r = app
            .client
            .post(path.clone())
            .header(ContentType::Form)
            .body(body.clone())
            .dispatch()
            .await;
        let status = r.status();
        let location = r.headers().get_one("Location").map(str::to_string);
        (status, location, r.into_string().await.unwrap_or_default())
    }))
    .await
}

#[rocket::async_test]
async fn racing_starts_open_one_attempt_and_never_pass_the_limit() {
    let app = TestApp::spawn().await;
    let user = app.add_user("ana@example.org", None).await;
    assert_eq!(app.login("ana@example.org").await.status, Status::SeeOther);
    let csrf = app.csrf().await;
    let (_, quiz) = app.bank().quiz(&GENDER.parse().expect("id")).expect("quiz");
    let limit = quiz.attempts_allowed.expect("the quiz has a limit") as usize;

    for round in 1..=limit {
        let replies = race_starts(&app, &csrf, 20).await;
        let mine = attempts_of(&app, user).await;
        assert_eq!(
            mine.len(),
            round,
            "round {round}: one new attempt per round"
        );
        let open: Vec<_> = mine
            .iter()
            .filter(|a| a.state == AttemptState::InProgress)
            .collect();
        assert_eq!(open.len(), 1, "round {round}: one unfinished attempt");
        let expected = format!("/attempts/{}", open[0].id);
        for (status, location, body) in &replies {
            assert_eq!(*status, Status::SeeOther, "round {round}: {body}");
            assert_eq!(
                location.as_deref(),
                Some(expected.as_str()),
                "all resume it"
            );
        }
        let r = app
            .submit_form(&format!("/attempts/{}/submit", open[0].id), &[])
            .await;
        assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    }
    // The limit is used up: every racing start is refused and nothing is created.
    let replies = race_starts(&app, &csrf, 20).await;
    assert!(replies.iter().all(|(s, _, _)| *s == Status::Conflict));
    let mine = attempts_of(&app, user).await;
    assert_eq!(mine.len(), limit);
    let numbers: BTreeSet<i64> = mine.iter().map(|a| a.attempt_no).collect();
    assert_eq!(numbers, (1..=limit as i64).collect());
}

#[rocket::async_test]
async fn racing_api_starts_return_the_same_attempt() {
    let app = TestApp::spawn().await;
    let user = app.add_user("ana@example.org", None).await;
    let token = app.api_token("ana@example.org").await;
    let path = format!("/api/v1/quizzes/{GENDER}/attempts");
    let replies =
        join_all((0..20).map(|_| app.json("POST", &path, &token, Some(json!({"locale": "en"})))))
            .await;
    let ids: BTreeSet<i64> = replies
        .iter()
        .map(|(status, body)| {
            assert_eq!(*status, Status::Created, "{body}");
            body["id"].as_i64().expect("id")
        })
        .collect();
    assert_eq!(ids.len(), 1, "twenty starts, one attempt: {ids:?}");
    assert_eq!(attempts_of(&app, user).await.len(), 1);
}

#[rocket::async_test]
async fn signing_out_and_a_password_change_end_sessions_on_the_server() {
    let app = TestApp::spawn().await;
    let user = app.add_user("ana@example.org", None).await;
    assert_eq!(app.login("ana@example.org").await.status, Status::SeeOther);
    let cookie = app
        .client
        .cookies()
        .get("ispit_session")
        .cloned()
        .expect("session cookie");
    assert_eq!(app.get("/quizzes").await.status, Status::Ok);
    app.logout().await;

    // The cookie from before signing out, replayed (copied from the browser, or by whoever took it).
    let replayed = app
        .client
        .get("/quizzes")
        .cookie(cookie.clone())
        .dispatch()
        .await;
    assert_eq!(replayed.status(), Status::SeeOther);
    assert!(replayed
        .headers()
        .get_one("Location")
        .is_some_and(|l| l.starts_with("/login")));

    // Ending every session of a user ends sessions elsewhere too.
    assert_eq!(app.login("ana@example.org").await.status, Status::SeeOther);
    assert_eq!(app.get("/quizzes").await.status, Status::Ok);
    let ended = ispit::db::sessions::delete_user_sessions(&app.app().db, user)
        .await
        .expect("delete");
    assert_eq!(ended, 1);
    assert_eq!(app.get("/quizzes").await.status, Status::SeeOther);

    // A password change signs out every browser and revokes every API token made with the old password.
    assert_eq!(app.login("ana@example.org").await.status, Status::SeeOther);
    let token = app.api_token("ana@example.org").await;
    let hash = ispit::auth::hash_password("a-new-password-2026").expect("hash");
    assert!(
        ispit::db::users::update_password(&app.app().db, user, &hash)
            .await
            .expect("update")
    );
    assert_eq!(app.get("/quizzes").await.status, Status::SeeOther);
    let (status, _) = app.json("GET", "/api/v1/quizzes", &token, None).await;
    assert_eq!(status, Status::Unauthorized);
    let (status, _) = app
        .json(
            "POST",
            "/api/v1/tokens",
            "",
            Some(json!({"email": "ana@example.org", "password": "a-new-password-2026"})),
        )
        .await;
    assert_eq!(status, Status::Created, "the new password works");
}

#[rocket::async_test]
async fn concurrent_guesses_are_throttled_before_any_password_is_checked() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    let guesses = join_all((0..50).map(|i| {
        app.json(
            "POST",
            "/api/v1/tokens",
            "",
            Some(json!({"email": "ana@example.org", "password": format!("guess-{i}")})),
        )
    }))
    .await;
    let checked = guesses
        .iter()
        .filter(|(s, _)| *s != Status::TooManyRequests)
        .count();
    assert_eq!(checked, 5, "five free guesses, however many arrive at once");
    assert!(guesses
        .iter()
        .all(|(s, _)| *s == Status::TooManyRequests || *s == Status::UnprocessableEntity));

    // The sign-in form shares the count per address: another address is not affected, this one is.
    let csrf = app.csrf().await;
    let form = |email: &str, password: &str| {
        let mut body = form_urlencoded::Serializer::new(String::new());
        body.append_pair("_csrf", &csrf)
            .append_pair("email", email)
            .append_pair("password", password);
        app.client
            .post("/login")
            .header(ContentType::Form)
            .body(body.finish())
            .dispatch()
    };
    let replies = join_all((0..20).map(|_| form("ana@example.org", PASSWORD))).await;
    assert!(replies
        .iter()
        .all(|r| r.status() == Status::TooManyRequests));
    app.add_user("ben@example.org", None).await;
    let replies = join_all((0..20).map(|i| form("ben@example.org", &format!("x{i}")))).await;
    let checked = replies
        .iter()
        .filter(|r| r.status() != Status::TooManyRequests)
        .count();
    assert_eq!(checked, 5);
}

#[rocket::async_test]
async fn a_database_outage_answers_503_and_keeps_the_session() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", Some(Locale::Mk)).await;
    let token = app.api_token("ana@example.org").await;
    assert_eq!(app.login("ana@example.org").await.status, Status::SeeOther);
    assert_eq!(app.get("/readyz").await.status, Status::Ok);

    app.app().db.close().await;

    let page = app
        .client
        .get("/quizzes")
        .header(Header::new("Accept-Language", "mk"))
        .dispatch()
        .await;
    assert_eq!(page.status(), Status::ServiceUnavailable, "not a sign-out");
    assert!(page.headers().get_one("Retry-After").is_some());
    assert!(
        page.headers().get_one("Location").is_none(),
        "no redirect to the sign-in page"
    );
    let html = page.into_string().await.unwrap_or_default();
    let message = app.ui().format(Locale::Mk, "error-unavailable", None, None);
    assert!(html.contains(&message), "says what is true, in Macedonian");
    assert!(
        app.client.cookies().get("ispit_session").is_some(),
        "the session cookie is kept"
    );

    let api = app
        .client
        .get("/api/v1/quizzes")
        .header(Header::new("Authorization", format!("Bearer {token}")))
        .dispatch()
        .await;
    assert_eq!(api.status(), Status::ServiceUnavailable);
    assert!(api.headers().get_one("Retry-After").is_some());
    let body: serde_json::Value =
        serde_json::from_str(&api.into_string().await.unwrap_or_default()).expect("json");
    assert_eq!(body["error"]["code"], "unavailable");

    let csrf = crate::helpers::extract_csrf(&app.get("/login").await.body).expect("csrf");
    let sign_in = app
        .post_form(
            "/login",
            &[
                ("_csrf", csrf.as_str()),
                ("email", "ana@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(sign_in.status, Status::ServiceUnavailable);
    let (status, body) = app
        .json(
            "POST",
            "/api/v1/tokens",
            "",
            Some(json!({"email": "ana@example.org", "password": PASSWORD})),
        )
        .await;
    assert_eq!(status, Status::ServiceUnavailable, "{body}");

    // The front door and a page posted mid-quiz say the same, instead of sending to the sign-in page.
    assert_eq!(app.get("/").await.status, Status::ServiceUnavailable);
    let posted = app
        .post_form("/attempts/1", &[("_csrf", csrf.as_str()), ("page", "1")])
        .await;
    assert_eq!(posted.status, Status::ServiceUnavailable);
    assert!(app.client.cookies().get("ispit_pending").is_none());

    assert_eq!(app.get("/readyz").await.status, Status::ServiceUnavailable);
    assert_eq!(
        app.get("/healthz").await.status,
        Status::Ok,
        "the process lives"
    );
}

#[rocket::async_test]
async fn a_form_that_is_not_utf8_is_refused_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    assert_eq!(app.login("ana@example.org").await.status, Status::SeeOther);
    // A short-answer question: the one place free text is stored.
    let mut found = None;
    for (course, quiz) in app.bank().quizzes() {
        let id = app.start(quiz.id.as_str()).await;
        let a = app.attempt(id).await;
        if let Some(n) = a.paper.questions.iter().position(|pq| {
            matches!(
                course.question(&pq.id).map(|q| &q.kind),
                Some(QuestionKind::Short { .. })
            )
        }) {
            found = Some((id, n + 1));
            break;
        }
    }
    let (id, number) = found.expect("a short-answer question on some paper");
    let csrf = app.csrf().await;
    // "café" as Latin-1 (é = %E9), as an old form or a hand-made request might send it.
    let r = app
        .client
        .post(format!("/attempts/{id}"))
        .header(ContentType::Form)
        .body(format!("_csrf={csrf}&page={number}&a.{number}=caf%E9"))
        .dispatch()
        .await;
    assert_eq!(r.status(), Status::BadRequest);
    let html = r.into_string().await.unwrap_or_default();
    assert!(html.contains(
        &app.ui()
            .format(Locale::En, "error-bad-encoding", None, None)
    ));
    let stored = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert!(stored.is_empty(), "nothing stored: {stored:?}");
}
