//! Deadlines (time passed in, never slept), the background close of expired attempts, attempt limits and
//! double submission.

use ispit::assessment::attempt::AttemptState;
use rocket::http::Status;

use crate::helpers::TestApp;

const GENDER: &str = "migration-gender-final";
/// The test clock's start, 2026-11-27T09:00:00Z, in Unix seconds (`date -u -d 2026-11-27T09:00:00Z +%s`).
const START: i64 = 1_795_770_000;
/// The quiz's deadline: the start plus its 30-minute time limit, 1_795_770_000 + 1_800.
const DEADLINE: i64 = START + 30 * 60;

async fn learner(app: &TestApp) {
    app.add_user("ana@example.org", None).await;
    let r = app.login("ana@example.org").await;
    assert_eq!(r.status, Status::SeeOther);
}

/// The number of the paper's first single-choice question and of its first shown option.
fn first_single_choice(
    app: &TestApp,
    attempt: &ispit::db::attempts::AttemptRow,
) -> (String, String) {
    let (course, _) = app.bank().quiz(&attempt.quiz_id).expect("quiz");
    attempt
        .paper
        .questions
        .iter()
        .enumerate()
        .find_map(|(i, pq)| match &course.question(&pq.id)?.kind {
            ispit::bank::QuestionKind::Single { .. } => Some(((i + 1).to_string(), "1".into())),
            _ => None,
        })
        .expect("a single-choice question on the paper")
}

#[rocket::async_test]
async fn answers_after_the_deadline_are_refused_and_the_attempt_closes() {
    let app = TestApp::spawn().await;
    learner(&app).await;
    let id = app.start(GENDER).await;
    let attempt = app.attempt(id).await;
    let (q, option) = first_single_choice(&app, &attempt);
    let page: usize = q.parse().expect("number");

    // Just inside the limit the answer is saved.
    app.clock.advance(30 * 60 - 1);
    let csrf = app.csrf().await;
    let fields = [
        ("_csrf", csrf.as_str()),
        ("page", &page.to_string()),
        ("shown", &q),
        (&format!("a.{q}"), &option),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, *v)).collect();
    let r = app.post_form(&format!("/attempts/{id}"), &fields).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);

    // Two seconds later it is refused (the learner is led to the result), and the attempt is closed with
    // what was saved.
    app.clock.advance(2);
    let r = app.post_form(&format!("/attempts/{id}"), &fields).await;
    assert_eq!(
        r.location,
        Some(format!("/attempts/{id}/result?refused=true")),
        "{}",
        r.body
    );
    let closed = app.attempt(id).await;
    assert_eq!(closed.state, AttemptState::Expired);
    assert_eq!(closed.deadline, Some(DEADLINE));
    assert_eq!(
        closed.closed_at,
        Some(DEADLINE),
        "closed at the deadline, not when noticed (1 s later)"
    );
    let saved = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert_eq!(saved.len(), 1, "the answer given in time is kept");
    let page = app.get(&format!("/attempts/{id}")).await;
    assert_eq!(
        page.location.as_deref(),
        Some(format!("/attempts/{id}/result").as_str())
    );
    let result = app.get(&format!("/attempts/{id}/result")).await;
    assert!(
        result.body.contains(&format!(
            "<p class=\"note\" role=\"status\">{}</p>",
            app.ui()
                .format(ispit::i18n::Locale::En, "result-expired-note", None, None)
        )),
        "{}",
        result.body
    );
}

#[rocket::async_test]
async fn the_sweeper_submits_attempts_the_learner_never_returns_to() {
    let app = TestApp::spawn().await;
    learner(&app).await;
    let id = app.start(GENDER).await;
    let swept = ispit::service::attempts::sweep_expired(&app.app().db, app.bank(), app.clock.now())
        .await
        .expect("sweep");
    assert_eq!(swept, 0, "nothing is expired yet");
    app.clock.advance(31 * 60);
    let swept = ispit::service::attempts::sweep_expired(&app.app().db, app.bank(), app.clock.now())
        .await
        .expect("sweep");
    assert_eq!(swept, 1);
    let a = app.attempt(id).await;
    assert_eq!(a.state, AttemptState::Expired);
    assert_eq!(a.score_milli, Some(0));
    assert_eq!(
        a.max_milli,
        Some(crate::learner_flow::hand_max(app.bank(), GENDER, &a.paper))
    );
    assert_eq!(a.closed_at, Some(DEADLINE), "closed at the deadline");
}

#[rocket::async_test]
async fn attempt_limits_hold() {
    let app = TestApp::spawn().await;
    learner(&app).await;
    let start_button = app
        .ui()
        .format(ispit::i18n::Locale::En, "quiz-start-button", None, None);
    for _ in 0..3 {
        let intro = app.get(&format!("/quizzes/{GENDER}")).await;
        assert!(intro.body.contains(&start_button), "{}", intro.body);
        let id = app.start(GENDER).await;
        let r = app
            .submit_form(&format!("/attempts/{id}/submit"), &[])
            .await;
        assert_eq!(
            r.location,
            Some(format!("/attempts/{id}/result")),
            "{}",
            r.body
        );
    }
    let r = app
        .submit_form(&format!("/quizzes/{GENDER}/start"), &[])
        .await;
    assert_eq!(r.status, Status::Conflict);
    assert!(r.body.contains("used all the attempts"), "{}", r.body);
    let intro = app.get(&format!("/quizzes/{GENDER}")).await;
    assert!(!intro.body.contains(&start_button), "{}", intro.body);
}

#[rocket::async_test]
async fn submitting_twice_yields_one_result() {
    let app = TestApp::spawn().await;
    learner(&app).await;
    let id = app.start(GENDER).await;
    let first = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    let result = Some(format!("/attempts/{id}/result"));
    assert_eq!(first.location, result);
    let closed = app.attempt(id).await;
    assert_eq!(closed.closed_at, Some(START), "submitted at once");
    app.clock.advance(60);
    let second = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    assert_eq!(second.location, result);
    let again = app.attempt(id).await;
    assert_eq!(
        again.closed_at,
        Some(START),
        "not closed again a minute later"
    );
    assert_eq!(again.state, AttemptState::Submitted);
    // And answering a submitted attempt is refused.
    let attempt = app.attempt(id).await;
    let (q, option) = first_single_choice(&app, &attempt);
    let r = app
        .submit_form(
            &format!("/attempts/{id}"),
            &[
                ("shown", q.as_str()),
                (format!("a.{q}").as_str(), option.as_str()),
            ],
        )
        .await;
    assert_eq!(
        r.location,
        Some(format!("/attempts/{id}/result?refused=true"))
    );
    let saved = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert!(saved.is_empty());
}
