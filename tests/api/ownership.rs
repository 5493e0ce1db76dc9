//! Someone else's attempt: every route that writes (the pages, the API, the placement test) refuses a
//! signed-in stranger with a 404 (not a 403, which would confirm the attempt exists) and changes nothing;
//! the reads refuse too. The owner's answers, state and steps are compared before and after.

use ispit::assessment::attempt::AttemptState;
use ispit::i18n::Locale;
use ispit::ids::AttemptId;
use rocket::http::Status;

use crate::helpers::{answer_fields, answer_json, question_number, right_answers, TestApp};
use crate::placement::field;

const GENDER: &str = "migration-gender-final";

/// What a stranger could change about Ana's attempts, read straight from the database.
#[derive(Debug, PartialEq)]
struct Snapshot {
    responses: String,
    answers: usize,
    state: AttemptState,
    closed_at: Option<i64>,
    score: Option<i64>,
    placement_steps: usize,
    placement_state: String,
    attempts_of_bob: usize,
}

async fn snapshot(app: &TestApp, quiz_attempt: AttemptId, placement: i64, bob: i64) -> Snapshot {
    let db = &app.app().db;
    let responses = ispit::db::attempts::find_responses(db, quiz_attempt)
        .await
        .expect("responses");
    let a = app.attempt(quiz_attempt).await;
    let p = ispit::db::placement::find_placement(db, placement)
        .await
        .expect("query")
        .expect("placement");
    let steps = ispit::db::placement::find_steps(db, placement)
        .await
        .expect("steps");
    let bob_attempts = ispit::db::attempts::find_user_attempts(db, ispit::ids::UserId(bob))
        .await
        .expect("attempts");
    Snapshot {
        responses: format!("{responses:?}"),
        answers: responses.len(),
        state: a.state,
        closed_at: a.closed_at,
        score: a.score_milli,
        placement_steps: steps.len(),
        placement_state: format!("{:?}", p.state),
        attempts_of_bob: bob_attempts.len(),
    }
}

#[rocket::async_test]
async fn no_route_lets_a_stranger_write_to_or_read_someone_elses_attempt() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    let bob = app.add_user("bob@example.org", None).await;

    // Ana: a quiz attempt with one answer saved, and a placement test with one item answered.
    app.login("ana@example.org").await;
    let ana = app.start(GENDER).await;
    let a = app.attempt(ana).await;
    let key = right_answers(app.bank(), GENDER, &a.paper, Locale::En);
    let first = a.paper.questions[0].id.to_string();
    let second = a.paper.questions[1].id.to_string();
    let mut fields = vec![
        ("_csrf".to_string(), app.csrf().await),
        ("page".to_string(), "1".to_string()),
        ("go".to_string(), "next".to_string()),
    ];
    fields.extend(answer_fields(app.bank(), GENDER, &first, &key[&first]));
    let r = app.post_pairs(&format!("/attempts/{ana}"), &fields).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let placement = crate::placement::start(&app).await;
    let item_page = app.get(&format!("/placement/{placement}")).await;
    let (item, step) = (
        field(&item_page.body, "item"),
        field(&item_page.body, "step"),
    );
    app.logout().await;

    let before = snapshot(&app, ana, placement, bob.0).await;
    assert_eq!(before.answers, 1, "Ana's answer is stored");

    // Bob, signed in, with his own valid CSRF token, tries every route on Ana's ids.
    app.login("bob@example.org").await;
    let csrf = app.csrf().await;
    let mut stranger_fields = vec![
        ("_csrf".to_string(), csrf.clone()),
        ("page".to_string(), "2".to_string()),
        ("go".to_string(), "next".to_string()),
    ];
    stranger_fields.extend(answer_fields(app.bank(), GENDER, &second, &key[&second]));
    let not_found = |what: &str, status: Status| {
        assert_eq!(status, Status::NotFound, "{what}");
    };
    let r = app
        .post_pairs(&format!("/attempts/{ana}"), &stranger_fields)
        .await;
    not_found("save a page", r.status);
    let mut autosave = stranger_fields.clone();
    autosave[2].1 = "autosave".into();
    let r = app.post_pairs(&format!("/attempts/{ana}"), &autosave).await;
    not_found("autosave", r.status);
    let r = app
        .post_pairs(
            &format!("/attempts/{ana}/submit"),
            &[("_csrf".into(), csrf.clone())],
        )
        .await;
    not_found("submit", r.status);
    let r = app
        .post_pairs(
            &format!("/placement/{placement}"),
            &[
                ("_csrf".into(), csrf.clone()),
                ("step".into(), step.clone()),
                ("item".into(), item.clone()),
                ("choice".into(), "1".into()),
            ],
        )
        .await;
    not_found("answer a placement item", r.status);
    for path in [
        format!("/attempts/{ana}"),
        format!("/attempts/{ana}?page=2"),
        format!("/attempts/{ana}/summary"),
        format!("/attempts/{ana}/result"),
        format!("/placement/{placement}"),
        format!("/placement/{placement}/result"),
    ] {
        not_found(&path, app.get(&path).await.status);
    }

    // The same through the API, with Bob's bearer token.
    let token = app.api_token("bob@example.org").await;
    let n = question_number(&second);
    let body = answer_json(app.bank(), GENDER, &second, &key[&second]);
    let (status, _) = app
        .json(
            "PUT",
            &format!("/api/v1/attempts/{ana}/answers/{n}"),
            &token,
            Some(body),
        )
        .await;
    not_found("API save", status);
    let (status, _) = app
        .json(
            "PUT",
            &format!("/api/v1/attempts/{ana}/answers/{n}"),
            &token,
            Some(serde_json::Value::Null),
        )
        .await;
    not_found("API clear an answer", status);
    let (status, _) = app
        .json(
            "POST",
            &format!("/api/v1/attempts/{ana}/submit"),
            &token,
            None,
        )
        .await;
    not_found("API submit", status);
    for path in [
        format!("/api/v1/attempts/{ana}"),
        format!("/api/v1/attempts/{ana}/result"),
    ] {
        let (status, _) = app.json("GET", &path, &token, None).await;
        not_found(&path, status);
    }

    // Nothing of Ana's changed, and nothing was created for Bob.
    let after = snapshot(&app, ana, placement, bob.0).await;
    assert_eq!(after, before);
    assert_eq!(after.state, AttemptState::InProgress);
    assert_eq!(after.attempts_of_bob, 0);
    assert_eq!(after.placement_steps, 0, "Ana answered no placement item");
}

#[rocket::async_test]
async fn a_stranger_cannot_write_even_after_the_owner_finished() {
    // A submitted attempt: a stranger's submit must not reopen, re-grade or re-date it.
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.add_user("bob@example.org", None).await;
    app.login("ana@example.org").await;
    let ana = app.start(GENDER).await;
    let r = app
        .submit_form(&format!("/attempts/{ana}/submit"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther);
    let closed = app.attempt(ana).await;
    app.logout().await;
    app.clock.advance(60);
    app.login("bob@example.org").await;
    let r = app
        .submit_form(&format!("/attempts/{ana}/submit"), &[])
        .await;
    assert_eq!(r.status, Status::NotFound);
    let token = app.api_token("bob@example.org").await;
    let (status, _) = app
        .json(
            "POST",
            &format!("/api/v1/attempts/{ana}/submit"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, Status::NotFound);
    let after = app.attempt(ana).await;
    assert_eq!(
        (after.state, after.closed_at, after.score_milli),
        (closed.state, closed.closed_at, closed.score_milli)
    );
}
