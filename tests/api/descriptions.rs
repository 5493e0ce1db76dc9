//! A description (Moodle's "description": text to read, nothing to answer) through the real app: shown as
//! information on the paper and in the learner's language, refused as an answer, left out of the summary's
//! unanswered count, worth no points. The course is `tests/fixtures/descriptions/trafficking-case`: a case,
//! then a true/false question (1 point) and a single choice (2 points) on it, in that order, unshuffled.

use ispit::i18n::Locale;
use rocket::http::Status;
use serde_json::json;

use crate::helpers::TestApp;

const BANKS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/descriptions");
const QUIZ: &str = "trafficking-case-check";

#[rocket::async_test]
async fn a_description_is_shown_as_information_asks_nothing_and_scores_nothing() {
    let app = TestApp::spawn_with(|f| f.merge(("banks_dir", BANKS))).await;
    app.add_user("ana@example.org", None).await;
    let token = app.api_token("ana@example.org").await;

    let (status, paper) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{QUIZ}/attempts"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, Status::Created, "{paper}");
    let id = paper["id"].as_i64().expect("attempt id");
    let first = &paper["questions"][0];
    assert_eq!(first["type"], json!("description"), "{paper}");
    assert!(first["stem"]
        .as_str()
        .is_some_and(|s| s.starts_with("M., 19, answered an online advertisement")));
    assert_eq!(first["options"], json!([]));

    // Nothing can be saved for it: any answer is refused, and nothing is stored.
    for body in [
        json!({"type": "true-false", "value": true}),
        json!({"type": "short", "value": "x"}),
    ] {
        let (status, reply) = app
            .json(
                "PUT",
                &format!("/api/v1/attempts/{id}/answers/1"),
                &token,
                Some(body),
            )
            .await;
        assert_eq!(status, Status::UnprocessableEntity, "{reply}");
    }
    let stored = ispit::db::attempts::find_responses(&app.app().db, ispit::ids::AttemptId(id))
        .await
        .expect("responses");
    assert!(stored.is_empty(), "{stored:?}");

    // The two questions right: false (Article 3(b): consent is irrelevant), and the second option.
    for (n, body) in [
        (2, json!({"type": "true-false", "value": false})),
        (3, json!({"type": "single", "value": 2})),
    ] {
        let (status, reply) = app
            .json(
                "PUT",
                &format!("/api/v1/attempts/{id}/answers/{n}"),
                &token,
                Some(body),
            )
            .await;
        assert_eq!(status, Status::NoContent, "question {n}: {reply}");
    }

    // The pages: the case is information, with no field and no points; the summary counts nothing missing.
    let r = app.login("ana@example.org").await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let page = app.get(&format!("/attempts/{id}?page=1")).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(
        page.body
            .contains("<section class=\"question information\" id=\"q1\""),
        "{}",
        page.body
    );
    assert!(page.body.contains(">Information</h2>"), "{}", page.body);
    assert!(!page.body.contains("name=\"a.1\""), "no field for the case");
    assert!(
        page.body.contains("aria-label=\"Item 1: information\""),
        "{}",
        page.body
    );
    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert!(
        summary.body.contains("No answer needed"),
        "{}",
        summary.body
    );
    assert!(
        summary.body.contains("You have answered every question."),
        "{}",
        summary.body
    );
    assert!(
        !summary.body.contains("class=\"unanswered\""),
        "{}",
        summary.body
    );

    // 1 + 2 points of 3: the case adds nothing to the maximum.
    let (status, result) = app
        .json(
            "POST",
            &format!("/api/v1/attempts/{id}/submit"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{result}");
    assert_eq!(
        (&result["score"], &result["max"], &result["passed"]),
        (&json!("3"), &json!("3"), &json!(true))
    );
    let review = &result["questions"][0]["review"];
    assert_eq!(review.get("outcome"), None, "{review}");
    assert_eq!(review.get("awarded"), None, "{review}");
    assert!(review["feedback"]
        .as_str()
        .is_some_and(|f| f.contains("three elements of Article 3(a)")));
    let row = app.attempt(ispit::ids::AttemptId(id)).await;
    assert_eq!((row.score_milli, row.max_milli), (Some(3_000), Some(3_000)));
}

#[rocket::async_test]
async fn a_description_is_labelled_in_the_learners_language() {
    let app = TestApp::spawn_with(|f| f.merge(("banks_dir", BANKS))).await;
    app.add_user("marija@example.org", Some(Locale::Mk)).await;
    let r = app.login("marija@example.org").await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let id = app.start(QUIZ).await;
    let page = app.get(&format!("/attempts/{id}?page=1")).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(page.body.contains(">Информација</h2>"), "{}", page.body);
    assert!(page.body.contains("М., 19 години"), "{}", page.body);
    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert!(
        summary.body.contains("Не е потребен одговор"),
        "{}",
        summary.body
    );
}
