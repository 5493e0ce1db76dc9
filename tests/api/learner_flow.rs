//! The whole learner flow, in two locales: sign in, list, start, answer page by page, review, submit, result.

use ispit::i18n::Locale;
use rocket::http::Status;

use crate::helpers::{answer_fields, right_answers, TestApp};

const GENDER: &str = "migration-gender-final";

async fn take_quiz_with_all_right_answers(app: &TestApp, locale: Locale) {
    let email = format!("{}@example.org", locale.tag().to_lowercase());
    app.add_user(&email, Some(locale)).await;
    let r = app.login(&email).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);

    let dashboard = app.get("/quizzes").await;
    assert_eq!(dashboard.status, Status::Ok);
    let (course, quiz) = app
        .bank()
        .quiz(&GENDER.parse().expect("id"))
        .expect("gender quiz");
    assert!(
        dashboard.body.contains(&course.title(locale)),
        "course title in {locale}"
    );
    assert!(dashboard
        .body
        .contains(&format!("lang=\"{}\"", locale.tag())));
    assert!(dashboard
        .body
        .contains(&app.ui().format(locale, "dashboard-title", None, None)));

    let intro = app.get(&format!("/quizzes/{GENDER}")).await;
    assert!(intro
        .body
        .contains(&app.ui().format(locale, "quiz-start-button", None, None)));

    let id = app.start(GENDER).await;
    let attempt = app.attempt(id).await;
    assert_eq!(attempt.locale, locale);
    assert_eq!(attempt.paper.questions.len(), quiz.question_count());

    // A reload shows the same paper: the first page's question is the paper's first.
    let first = app.get(&format!("/attempts/{id}?page=1")).await;
    assert_eq!(first.status, Status::Ok);
    let first_q = course
        .question(&attempt.paper.questions[0].id)
        .expect("question");
    let stem = course
        .texts
        .format(locale, &first_q.message_id(), None, None);
    assert!(
        first.body.contains(&html_escape(&stem)),
        "first question stem shown"
    );
    let again = app.get(&format!("/attempts/{id}?page=1")).await;
    assert_eq!(first.body, again.body);

    // Answer every question on its own page, with the key.
    let answers = right_answers(app.bank(), GENDER, &attempt.paper, locale);
    let csrf = app.csrf().await;
    for (i, pq) in attempt.paper.questions.iter().enumerate() {
        let page = (i + 1).to_string();
        let mut fields: Vec<(String, String)> = vec![
            ("_csrf".into(), csrf.clone()),
            ("page".into(), page),
            ("go".into(), "next".into()),
        ];
        fields.extend(answer_fields(
            app.bank(),
            GENDER,
            pq.id.as_str(),
            &answers[pq.id.as_str()],
        ));
        let refs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let r = app.post_form(&format!("/attempts/{id}"), &refs).await;
        assert_eq!(
            r.status,
            Status::SeeOther,
            "question {} refused: {}",
            pq.id,
            r.body
        );
    }
    // Every answer is on the server before submission.
    let saved = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert_eq!(saved.len(), attempt.paper.questions.len());

    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert!(summary
        .body
        .contains(&app.ui().format(locale, "summary-all-answered", None, None)));

    let r = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/result").as_str())
    );
    let result = app.get(&format!("/attempts/{id}/result")).await;
    assert_eq!(result.status, Status::Ok);
    assert!(result
        .body
        .contains(&app.ui().format(locale, "result-passed", None, None)));
    let closed = app.attempt(id).await;
    assert_eq!(closed.score_milli, closed.max_milli);
    assert_eq!(closed.passed, Some(true));
    // The review shows feedback for each question.
    let feedback = course
        .texts
        .format(locale, &first_q.message_id(), Some("feedback"), None);
    assert!(result.body.contains(&html_escape(&feedback)));
}

fn html_escape(s: &str) -> String {
    handlebars::html_escape(s)
}

#[rocket::async_test]
async fn macedonian_learner_passes_migration_and_gender() {
    let app = TestApp::spawn().await;
    take_quiz_with_all_right_answers(&app, Locale::Mk).await;
}

#[rocket::async_test]
async fn english_learner_passes_migration_and_gender() {
    let app = TestApp::spawn().await;
    take_quiz_with_all_right_answers(&app, Locale::En).await;
}

#[rocket::async_test]
async fn wrong_answers_fail_and_the_review_shows_the_key() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    // Submit without answering anything.
    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert!(summary.body.contains("Not answered"));
    app.submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    let result = app.get(&format!("/attempts/{id}/result")).await;
    assert!(result.body.contains("Not passed"));
    assert!(result.body.contains("Right answer:"));
    assert_eq!(app.attempt(id).await.score_milli, Some(0));
}

#[rocket::async_test]
async fn closing_the_browser_resumes_the_same_attempt() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let first = app.start(GENDER).await;
    app.logout().await;
    app.login("ana@example.org").await;
    let intro = app.get(&format!("/quizzes/{GENDER}")).await;
    assert!(intro.body.contains("Continue your attempt"));
    assert_eq!(app.start(GENDER).await, first);
}

#[rocket::async_test]
async fn all_on_one_page_quizzes_save_every_answer_at_once() {
    let app = TestApp::spawn().await;
    let quiz = "migration-development-final";
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(quiz).await;
    let attempt = app.attempt(id).await;
    let page = app.get(&format!("/attempts/{id}")).await;
    assert_eq!(
        page.body.matches("<fieldset class=\"question").count(),
        attempt.paper.questions.len()
    );
    let answers = right_answers(app.bank(), quiz, &attempt.paper, Locale::En);
    let mut fields: Vec<(String, String)> = vec![
        ("_csrf".into(), app.csrf().await),
        ("go".into(), "summary".into()),
    ];
    for pq in &attempt.paper.questions {
        fields.extend(answer_fields(
            app.bank(),
            quiz,
            pq.id.as_str(),
            &answers[pq.id.as_str()],
        ));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app.post_form(&format!("/attempts/{id}"), &refs).await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/summary").as_str())
    );
    app.submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    let done = app.attempt(id).await;
    assert_eq!(done.score_milli, done.max_milli);
}
