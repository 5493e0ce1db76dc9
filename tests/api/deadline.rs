//! The deadline as a learner meets it, through the pages and the API: answers one second before and at the
//! deadline count, one second after they are refused and the learner is led to the result with the true
//! reason (time ran out, not "already submitted"); and answers posted after the session ended survive the
//! sign-in, for the learner's own open attempt only.

use ispit::assessment::attempt::AttemptState;
use ispit::i18n::Locale;
use ispit::ids::AttemptId;
use rocket::http::{ContentType, Status};
use serde_json::json;

use crate::helpers::{
    answer_fields, answer_json, question_number, right_answers, TestApp, PASSWORD,
};

const GENDER: &str = "migration-gender-final";
/// The quiz's time limit.
const LIMIT: i64 = 30 * 60;
/// The quiz's deadline: the test clock's start, 2026-11-27T09:00:00Z (1_795_770_000 in Unix seconds, from
/// `date -u -d 2026-11-27T09:00:00Z +%s`), plus the time limit.
const DEADLINE: i64 = 1_795_770_000 + LIMIT;

async fn learner(app: &TestApp, email: &str) {
    app.add_user(email, None).await;
    let r = app.login(email).await;
    assert_eq!(r.status, Status::SeeOther);
}

/// The page's form answering the question at `position` (0-based) with the key, as the browser posts it.
async fn page_form(
    app: &TestApp,
    id: AttemptId,
    position: usize,
    go: &str,
) -> Vec<(String, String)> {
    let a = app.attempt(id).await;
    let answers = right_answers(app.bank(), GENDER, &a.paper, Locale::En);
    let q = a.paper.questions[position].id.to_string();
    let mut fields = vec![
        ("_csrf".to_string(), app.csrf().await),
        ("page".to_string(), (position + 1).to_string()),
        ("go".to_string(), go.to_string()),
    ];
    fields.extend(answer_fields(app.bank(), GENDER, &q, &answers[&q]));
    fields
}

async fn post(app: &TestApp, path: &str, fields: &[(String, String)]) -> crate::helpers::Reply {
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_form(path, &fields).await
}

/// Posts the page's form answering the question at `position`, with the button `go`.
async fn post_page(
    app: &TestApp,
    id: AttemptId,
    position: usize,
    go: &str,
) -> crate::helpers::Reply {
    let form = page_form(app, id, position, go).await;
    post(app, &format!("/attempts/{id}"), &form).await
}

/// Closes what has run out of time, as the background task does; returns how many.
async fn sweep(app: &TestApp) -> usize {
    ispit::service::attempts::sweep_expired(&app.app().db, app.bank(), app.clock.now())
        .await
        .expect("sweep")
}

/// Presses Submit on the summary; returns where the learner is sent.
async fn submit(app: &TestApp, id: AttemptId) -> String {
    let r = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    r.location.expect("a redirect")
}

async fn saved(app: &TestApp, id: AttemptId) -> usize {
    ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses")
        .len()
}

fn en(app: &TestApp, id: &str) -> String {
    app.ui().format(Locale::En, id, None, None)
}

#[rocket::async_test]
async fn a_page_posted_after_the_deadline_leads_to_the_result_with_the_reason() {
    let app = TestApp::spawn().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;

    // One second before the deadline and at it: saved, on to the next page.
    app.clock.advance(LIMIT - 1);
    for position in [0, 1] {
        let r = post_page(&app, id, position, "next").await;
        assert_eq!(r.status, Status::SeeOther, "{}", r.body);
        let next = format!("/attempts/{id}?page={}", position + 2);
        assert_eq!(r.location.as_deref(), Some(next.as_str()));
        assert_eq!(saved(&app, id).await, position + 1);
        app.clock.advance(1);
    }

    // One second after: not a bare 409 but the result, and the late answer is not stored.
    let r = post_page(&app, id, 2, "next").await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let target = format!("/attempts/{id}/result?refused=true");
    assert_eq!(r.location.as_deref(), Some(target.as_str()));
    assert_eq!(
        saved(&app, id).await,
        2,
        "the answer sent after the deadline is refused"
    );
    assert_eq!(app.attempt(id).await.state, AttemptState::Expired);

    let result = app.get(&target).await;
    assert_eq!(result.status, Status::Ok);
    assert!(
        result.body.contains(&en(&app, "result-expired-note")),
        "{}",
        result.body
    );
    assert!(result.body.contains(&en(&app, "result-refused-expired")));
    assert!(!result.body.contains(&en(&app, "result-refused-submitted")));

    // Finish after the deadline also leads to the result, never to a bare refusal.
    let r = post_page(&app, id, 3, "summary").await;
    assert_eq!(r.location.as_deref(), Some(target.as_str()));
    assert_eq!(submit(&app, id).await, format!("/attempts/{id}/result"));
}

#[rocket::async_test]
async fn a_page_posted_to_a_submitted_attempt_says_it_was_submitted() {
    let app = TestApp::spawn().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    assert_eq!(submit(&app, id).await, format!("/attempts/{id}/result"));
    assert_eq!(app.attempt(id).await.state, AttemptState::Submitted);
    let r = post_page(&app, id, 0, "next").await;
    let target = format!("/attempts/{id}/result?refused=true");
    assert_eq!(r.location.as_deref(), Some(target.as_str()));
    assert_eq!(saved(&app, id).await, 0);
    let result = app.get(&target).await;
    assert!(result.body.contains(&en(&app, "result-refused-submitted")));
    assert!(!result.body.contains(&en(&app, "result-expired-note")));
}

#[rocket::async_test]
async fn autosave_and_the_closing_beacon_are_saved_until_the_deadline() {
    let app = TestApp::spawn().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    // What navigator.sendBeacon sends for URLSearchParams: a url-encoded body with a charset.
    let beacon = |fields: Vec<(String, String)>| {
        let mut body = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &fields {
            body.append_pair(k, v);
        }
        app.client
            .post(format!("/attempts/{id}"))
            .header(
                ContentType::new("application", "x-www-form-urlencoded")
                    .with_params(("charset", "UTF-8")),
            )
            .body(body.finish())
    };
    let r = beacon(page_form(&app, id, 0, "autosave").await)
        .dispatch()
        .await;
    assert_eq!(r.status(), Status::NoContent);
    assert_eq!(saved(&app, id).await, 1);

    app.clock.advance(LIMIT + 1);
    let r = beacon(page_form(&app, id, 1, "autosave").await)
        .dispatch()
        .await;
    assert_eq!(
        r.status(),
        Status::SeeOther,
        "the script follows this to the result"
    );
    assert_eq!(
        r.headers().get_one("Location"),
        Some(format!("/attempts/{id}/result?refused=true").as_str())
    );
    assert_eq!(saved(&app, id).await, 1);
}

#[rocket::async_test]
async fn the_countdown_starts_from_the_servers_time_left() {
    let app = TestApp::spawn().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    app.clock.advance(LIMIT - 90);
    let page = app.get(&format!("/attempts/{id}")).await;
    assert!(
        page.body.contains("data-ms-left=\"90000\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("aria-live=\"assertive\""));
    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert!(summary.body.contains("data-ms-left=\"90000\""));
}

#[rocket::async_test]
async fn the_api_tells_expired_from_submitted() {
    let app = TestApp::spawn().await;
    app.add_user("api@example.org", None).await;
    let t = app.api_token("api@example.org").await;
    let (status, paper) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{GENDER}/attempts"),
            &t,
            Some(json!({"locale": "en"})),
        )
        .await;
    assert_eq!(status, Status::Created);
    let id = AttemptId(paper["id"].as_i64().expect("id"));
    let a = app.attempt(id).await;
    let answers: Vec<_> = right_answers(app.bank(), GENDER, &a.paper, Locale::En)
        .into_iter()
        .collect();
    let paths: Vec<String> = answers
        .iter()
        .map(|(q, _)| format!("/api/v1/attempts/{id}/answers/{}", question_number(q)))
        .collect();
    let bodies: Vec<serde_json::Value> = answers
        .iter()
        .map(|(q, a)| answer_json(app.bank(), GENDER, q, a))
        .collect();
    let put = |i: usize| app.json("PUT", &paths[i], &t, Some(bodies[i].clone()));
    app.clock.advance(LIMIT - 1);
    assert_eq!(put(0).await.0, Status::NoContent);
    app.clock.advance(1);
    assert_eq!(put(1).await.0, Status::NoContent);
    app.clock.advance(1);
    let (status, err) = put(2).await;
    assert_eq!(status, Status::Conflict);
    assert_eq!(err["error"]["code"], "attempt-expired");
    assert_eq!(err["error"]["message"], en(&app, "error-attempt-expired"));
    assert_eq!(saved(&app, id).await, 2);

    // A submitted attempt says so instead.
    let (status, paper) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{GENDER}/attempts"),
            &t,
            Some(json!({"locale": "en"})),
        )
        .await;
    assert_eq!(status, Status::Created);
    let second = paper["id"].as_i64().expect("id");
    assert_ne!(second, id.0, "a new attempt");
    let (status, result) = app
        .json(
            "POST",
            &format!("/api/v1/attempts/{second}/submit"),
            &t,
            None,
        )
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(result["state"], "submitted");
    let q = paper["questions"][0]["number"]
        .as_u64()
        .expect("question number");
    let (status, err) = app
        .json(
            "PUT",
            &format!("/api/v1/attempts/{second}/answers/{q}"),
            &t,
            Some(json!(null)),
        )
        .await;
    assert_eq!(status, Status::Conflict);
    assert_eq!(err["error"]["code"], "attempt-submitted");
    assert_eq!(err["error"]["message"], en(&app, "error-attempt-submitted"));
}

/// Signs in through the form as the browser does after being sent to the sign-in page.
async fn sign_in(app: &TestApp, email: &str, next: &str) -> crate::helpers::Reply {
    app.submit_form(
        "/login",
        &[("email", email), ("password", PASSWORD), ("next", next)],
    )
    .await
}

#[rocket::async_test]
async fn answers_posted_after_the_session_ended_are_saved_after_signing_in() {
    let app = TestApp::spawn().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    let form = page_form(&app, id, 2, "next").await;
    app.logout().await;

    let r = post(&app, &format!("/attempts/{id}"), &form).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let login = r.location.expect("to the sign-in page");
    assert_eq!(login, format!("/login?next=%2Fattempts%2F{id}%3Fpage%3D3"));
    assert_eq!(
        saved(&app, id).await,
        0,
        "nothing is saved before the learner is known"
    );
    let page = app.get(&login).await;
    assert!(
        page.body.contains(&en(&app, "login-pending-answers")),
        "{}",
        page.body
    );
    assert!(page
        .body
        .replace("&#x3D;", "=")
        .contains(&format!("value=\"/attempts/{id}?page=3\"")));

    let r = sign_in(&app, "ana@example.org", "/quizzes").await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}?page=3").as_str()),
        "back to the same page"
    );
    assert_eq!(saved(&app, id).await, 1, "the posted answer is saved");

    // Held once, applied once.
    app.logout().await;
    let r = sign_in(&app, "ana@example.org", "/quizzes").await;
    assert_eq!(r.location.as_deref(), Some("/quizzes"));
}

#[rocket::async_test]
async fn held_answers_never_reach_someone_elses_attempt() {
    let app = TestApp::spawn().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    let form = page_form(&app, id, 0, "next").await;
    app.logout().await;
    let r = post(&app, &format!("/attempts/{id}"), &form).await;
    assert_eq!(
        r.location,
        Some(format!("/login?next=%2Fattempts%2F{id}%3Fpage%3D1")),
        "held for the sign-in"
    );

    app.add_user("eve@example.org", None).await;
    let r = sign_in(&app, "eve@example.org", "/quizzes").await;
    assert_eq!(r.location.as_deref(), Some("/quizzes"));
    assert_eq!(saved(&app, id).await, 0);
    // And they are gone: the owner signing in later does not get them either (they were discarded).
    app.logout().await;
    sign_in(&app, "ana@example.org", "/quizzes").await;
    assert_eq!(saved(&app, id).await, 0);
}

#[rocket::async_test]
async fn held_answers_never_reach_a_closed_attempt() {
    let app = TestApp::spawn().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    app.clock.advance(LIMIT - 60);
    let form = page_form(&app, id, 0, "next").await;
    app.logout().await;
    let r = post(&app, &format!("/attempts/{id}"), &form).await;
    assert_eq!(
        r.location,
        Some(format!("/login?next=%2Fattempts%2F{id}%3Fpage%3D1")),
        "held for the sign-in"
    );

    app.clock.advance(61);
    let r = sign_in(&app, "ana@example.org", "/quizzes").await;
    assert_eq!(r.location.as_deref(), Some("/quizzes"));
    assert_eq!(saved(&app, id).await, 0);
    assert_eq!(app.attempt(id).await.state, AttemptState::Expired);
}

/// The app on a copy of the banks in which the Migration and Gender quiz has a five-minute grace period.
async fn with_grace() -> (TestApp, tempfile::TempDir) {
    let banks = tempfile::tempdir().expect("tempdir");
    crate::helpers::copy_dir("question-banks".as_ref(), banks.path());
    let course = banks.path().join("migration-gender/course.toml");
    let toml = std::fs::read_to_string(&course).expect("course.toml");
    let toml = toml.replacen(
        "time_limit_minutes = 30\n",
        "time_limit_minutes = 30\ngrace_period_minutes = 5\n",
        1,
    );
    std::fs::write(&course, toml).expect("write course.toml");
    let dir = banks.path().display().to_string();
    let app = TestApp::spawn_with(|f| f.merge(("banks_dir", dir))).await;
    (app, banks)
}

#[rocket::async_test]
async fn in_the_grace_period_the_learner_may_submit_but_not_answer() {
    let (app, _banks) = with_grace().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    app.clock.advance(LIMIT);
    let r = post_page(&app, id, 0, "next").await;
    assert_eq!(r.status, Status::SeeOther);
    assert_eq!(
        saved(&app, id).await,
        1,
        "at the deadline answers still count"
    );

    // After the deadline: the answer is refused, the attempt stays open and the summary says so.
    app.clock.advance(1);
    let r = post_page(&app, id, 1, "next").await;
    let summary = format!("/attempts/{id}/summary?refused=true");
    assert_eq!(r.location.as_deref(), Some(summary.as_str()));
    assert_eq!(saved(&app, id).await, 1);
    let a = app.attempt(id).await;
    assert_eq!(a.state, AttemptState::InProgress);
    let page = app.get(&summary).await;
    assert!(
        page.body.contains(&en(&app, "result-refused-expired")),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("action=\"/attempts/"),
        "the submit button is there"
    );
    let question = app.get(&format!("/attempts/{id}?page=2")).await;
    assert_eq!(
        question.location.as_deref(),
        Some(format!("/attempts/{id}/summary").as_str()),
        "nothing to answer any more"
    );

    // Submitting within the grace period counts as submitted, with the answer saved in time.
    app.clock.advance(4 * 60);
    assert_eq!(submit(&app, id).await, format!("/attempts/{id}/result"));
    let a = app.attempt(id).await;
    assert_eq!(a.state, AttemptState::Submitted);
    // Only the first question was answered (with its key): its points, 1 or 2 by type.
    let (course, _) = app.bank().quiz(&a.quiz_id).expect("quiz");
    let first = course.question(&a.paper.questions[0].id).expect("question");
    assert_eq!(
        a.score_milli,
        Some(crate::learner_flow::hand_points(&first.kind))
    );
}

#[rocket::async_test]
async fn after_the_grace_period_the_attempt_closes_by_itself() {
    let (app, _banks) = with_grace().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(GENDER).await;
    app.clock.advance(LIMIT + 5 * 60);
    let swept = sweep(&app).await;
    assert_eq!(swept, 0, "still in the grace period");
    app.clock.advance(1);
    let swept = sweep(&app).await;
    assert_eq!(swept, 1);
    let a = app.attempt(id).await;
    assert_eq!(a.state, AttemptState::Expired);
    assert_eq!(a.deadline, Some(DEADLINE));
    assert_eq!(
        a.closed_at,
        Some(DEADLINE + 5 * 60),
        "at the end of the grace period"
    );
}
