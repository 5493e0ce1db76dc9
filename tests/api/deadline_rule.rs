//! One deadline rule (`assessment::attempt::is_past`), which the core, the service and the SQL share,
//! tried at the second before the limit, at it and the second after, through every path that applies it:
//! saving on the page and through the API (the core's check and the saving SQL), reading the attempt and
//! submitting it (the service's "expired"), the background sweeper (its SQL), starting again (resume or a
//! new attempt), the grace period's two limits, and the placement test's limit.
//! Expected outcomes come from the rule as documented: the limit's own second is still in time.

use ispit::assessment::attempt::AttemptState;
use ispit::ids::AttemptId;
use rocket::http::Status;

use crate::helpers::{answer_fields, answer_json, question_number, right_answers, TestApp};
use crate::placement::field;

const TIMED: &str = "grading-timed";
const GRACE: &str = "grading-timed-grace";
/// Both quizzes' time limit.
const LIMIT: i64 = 10 * 60;
/// The grace period of `grading-timed-grace`.
const GRACE_SECONDS: i64 = 2 * 60;
/// The second before, the second of, and the second after a limit.
const OFFSETS: [i64; 3] = [-1, 0, 1];

/// A learner with the quiz started at the test clock's start; the clock then moved `at` seconds on.
async fn started(quiz: &str, at: i64) -> (TestApp, AttemptId) {
    let app = TestApp::spawn_fixtures().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(quiz).await;
    app.attempt(id).await;
    app.clock.advance(at);
    (app, id)
}

async fn saved(app: &TestApp, id: AttemptId) -> usize {
    ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses")
        .len()
}

/// Posts the page's form answering the first question with its key; returns the reply's status.
async fn save_on_page(app: &TestApp, quiz: &str, id: AttemptId) -> Status {
    let a = app.attempt(id).await;
    let key = right_answers(app.bank(), quiz, &a.paper, ispit::i18n::Locale::En);
    let first = a.paper.questions[0].id.to_string();
    let mut fields = vec![
        ("_csrf".to_string(), app.csrf().await),
        ("go".to_string(), "summary".to_string()),
    ];
    fields.extend(answer_fields(app.bank(), quiz, &first, &key[&first]));
    app.post_pairs(&format!("/attempts/{id}"), &fields)
        .await
        .status
}

#[rocket::async_test]
async fn page_saves_count_through_the_deadline_second() {
    for offset in OFFSETS {
        let (app, id) = started(TIMED, LIMIT + offset).await;
        let status = save_on_page(&app, TIMED, id).await;
        assert_eq!(status, Status::SeeOther, "offset {offset}");
        let expected = if offset <= 0 { 1 } else { 0 };
        assert_eq!(saved(&app, id).await, expected, "offset {offset}");
    }
}

#[rocket::async_test]
async fn api_saves_count_through_the_deadline_second() {
    for offset in OFFSETS {
        let (app, id) = started(TIMED, 0).await;
        let token = app.api_token("ana@example.org").await;
        let a = app.attempt(id).await;
        let key = right_answers(app.bank(), TIMED, &a.paper, ispit::i18n::Locale::En);
        let first = a.paper.questions[0].id.to_string();
        app.clock.advance(LIMIT + offset);
        let (status, body) = app
            .json(
                "PUT",
                &format!("/api/v1/attempts/{id}/answers/{}", question_number(&first)),
                &token,
                Some(answer_json(app.bank(), TIMED, &first, &key[&first])),
            )
            .await;
        if offset <= 0 {
            assert_eq!(status, Status::NoContent, "offset {offset}: {body}");
            assert_eq!(saved(&app, id).await, 1, "offset {offset}");
        } else {
            assert_eq!(status, Status::Conflict, "offset {offset}: {body}");
            assert_eq!(
                body["error"]["code"], "attempt-expired",
                "offset {offset}: {body}"
            );
            assert_eq!(saved(&app, id).await, 0, "offset {offset}");
        }
    }
}

#[rocket::async_test]
async fn reading_the_attempt_closes_it_only_after_the_deadline_second() {
    for offset in OFFSETS {
        let (app, id) = started(TIMED, LIMIT + offset).await;
        let page = app.get(&format!("/attempts/{id}")).await;
        let a = app.attempt(id).await;
        if offset <= 0 {
            assert_eq!(page.status, Status::Ok, "offset {offset}");
            assert_eq!(a.state, AttemptState::InProgress, "offset {offset}");
        } else {
            assert_eq!(
                page.location,
                Some(format!("/attempts/{id}/result")),
                "offset {offset}"
            );
            assert_eq!(a.state, AttemptState::Expired, "offset {offset}");
            assert_eq!(a.closed_at, a.deadline, "closed at the deadline");
        }
    }
}

#[rocket::async_test]
async fn submitting_in_the_deadline_second_is_a_submission() {
    for offset in OFFSETS {
        let (app, id) = started(TIMED, LIMIT + offset).await;
        let r = app
            .submit_form(&format!("/attempts/{id}/submit"), &[])
            .await;
        assert_eq!(r.status, Status::SeeOther, "offset {offset}");
        let a = app.attempt(id).await;
        let expected = if offset <= 0 {
            AttemptState::Submitted
        } else {
            AttemptState::Expired
        };
        assert_eq!(a.state, expected, "offset {offset}");
    }
}

#[rocket::async_test]
async fn the_sweeper_closes_only_after_the_deadline_second() {
    for offset in OFFSETS {
        let (app, id) = started(TIMED, LIMIT + offset).await;
        let swept =
            ispit::service::attempts::sweep_expired(&app.app().db, app.bank(), app.clock.now())
                .await
                .expect("sweep");
        let expected = usize::from(offset > 0);
        assert_eq!(swept, expected, "offset {offset}");
        let state = app.attempt(id).await.state;
        assert_eq!(
            state == AttemptState::Expired,
            offset > 0,
            "offset {offset}: {state:?}"
        );
    }
}

#[rocket::async_test]
async fn starting_again_resumes_through_the_deadline_second_and_opens_a_new_attempt_after() {
    for offset in OFFSETS {
        let (app, id) = started(TIMED, LIMIT + offset).await;
        let again = app.start(TIMED).await;
        if offset <= 0 {
            assert_eq!(again, id, "offset {offset}: resumed");
        } else {
            assert_ne!(again, id, "offset {offset}: a new attempt");
            assert_eq!(app.attempt(id).await.state, AttemptState::Expired);
        }
    }
}

#[rocket::async_test]
async fn the_grace_period_has_the_same_rule_at_both_of_its_limits() {
    // Answers: in time through the deadline's second.
    for offset in OFFSETS {
        let (app, id) = started(GRACE, LIMIT + offset).await;
        save_on_page(&app, GRACE, id).await;
        assert_eq!(
            saved(&app, id).await,
            usize::from(offset <= 0),
            "answer at {offset}"
        );
    }
    // Submitting: a submission through the grace period's last second, expired after it.
    for offset in OFFSETS {
        let (app, id) = started(GRACE, LIMIT + GRACE_SECONDS + offset).await;
        app.submit_form(&format!("/attempts/{id}/submit"), &[])
            .await;
        let expected = if offset <= 0 {
            AttemptState::Submitted
        } else {
            AttemptState::Expired
        };
        assert_eq!(app.attempt(id).await.state, expected, "submit at {offset}");
    }
    // The sweeper leaves it for the whole grace period.
    for offset in OFFSETS {
        let (app, _) = started(GRACE, LIMIT + GRACE_SECONDS + offset).await;
        let swept =
            ispit::service::attempts::sweep_expired(&app.app().db, app.bank(), app.clock.now())
                .await
                .expect("sweep");
        assert_eq!(swept, usize::from(offset > 0), "sweep at {offset}");
    }
}

#[rocket::async_test]
async fn the_placement_test_has_the_same_rule() {
    for offset in OFFSETS {
        let app = TestApp::spawn().await;
        app.add_user("ana@example.org", None).await;
        app.login("ana@example.org").await;
        let id = crate::placement::start(&app).await;
        let limit = bank(&app)
            .time_limit_seconds
            .expect("the bundled test has a time limit");
        let page = app.get(&format!("/placement/{id}")).await;
        let (item, step) = (field(&page.body, "item"), field(&page.body, "step"));
        app.clock.advance(limit + offset);
        let swept =
            ispit::service::placement::sweep_expired(&app.app().db, bank(&app), app.clock.now())
                .await
                .expect("sweep");
        assert_eq!(swept, usize::from(offset > 0), "sweep at {offset}");
        let r = app
            .submit_form(
                &format!("/placement/{id}"),
                &[
                    ("step", step.as_str()),
                    ("item", item.as_str()),
                    ("choice", "1"),
                ],
            )
            .await;
        let steps = ispit::db::placement::find_steps(&app.app().db, id)
            .await
            .expect("steps")
            .len();
        if offset <= 0 {
            assert_eq!(r.status, Status::SeeOther, "answer at {offset}");
            assert_eq!(steps, 1, "answer at {offset}");
        } else {
            assert_eq!(r.status, Status::Conflict, "answer at {offset}");
            assert_eq!(steps, 0, "answer at {offset}");
        }
    }
}

fn bank(app: &TestApp) -> &ispit::placement::bank::PlacementBank {
    app.app()
        .placement
        .as_ref()
        .expect("the bundled placement bank")
}
