//! Bad input gets a clear, localized answer and loses nothing: foreign and unknown ids, forged forms,
//! malformed answers, oversized bodies.

use rocket::http::{ContentType, Status};

use crate::helpers::TestApp;

const GENDER: &str = "migration-gender-final";

#[rocket::async_test]
async fn another_learners_attempt_is_not_found() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.add_user("ivo@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    app.logout().await;
    app.login("ivo@example.org").await;
    for path in [
        format!("/attempts/{id}"),
        format!("/attempts/{id}/summary"),
        format!("/attempts/{id}/result"),
    ] {
        assert_eq!(app.get(&path).await.status, Status::NotFound, "{path}");
    }
    let r = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    assert_eq!(r.status, Status::NotFound);
    assert_eq!(
        app.attempt(id).await.state,
        ispit::assessment::attempt::AttemptState::InProgress
    );
    assert_eq!(app.get("/attempts/999999").await.status, Status::NotFound);
    assert_eq!(
        app.get("/attempts/not-a-number").await.status,
        Status::NotFound
    );
    assert_eq!(
        app.get("/quizzes/no-such-quiz").await.status,
        Status::NotFound
    );
    assert_eq!(app.get("/quizzes/BAD%20ID").await.status, Status::NotFound);
}

#[rocket::async_test]
async fn forms_without_the_csrf_token_are_refused() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    let r = app
        .post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", crate::helpers::PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, Status::Forbidden);
    app.login("ana@example.org").await;
    let r = app
        .post_form(&format!("/quizzes/{GENDER}/start"), &[("_csrf", "forged")])
        .await;
    assert_eq!(r.status, Status::Forbidden);
    assert!(r.body.contains("did not come from this site"));
}

#[rocket::async_test]
async fn pages_need_a_session() {
    let app = TestApp::spawn().await;
    let r = app.get("/quizzes").await;
    assert_eq!(r.status, Status::SeeOther);
    assert_eq!(r.location.as_deref(), Some("/login?next=%2Fquizzes"));
}

#[rocket::async_test]
async fn wrong_credentials_and_malformed_emails_are_explained_in_the_learners_language() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    let r = app
        .submit_form(
            "/login?lang=hr",
            &[("email", "ana@example.org"), ("password", "wrong")],
        )
        .await;
    assert_eq!(r.status, Status::Unauthorized);
    let expected = app.ui().format(
        ispit::i18n::Locale::Hr,
        "login-error-credentials",
        None,
        None,
    );
    assert!(
        r.body.contains(&handlebars::html_escape(&expected)),
        "{}",
        r.body
    );
    let r = app
        .submit_form("/login", &[("email", "not an email"), ("password", "x")])
        .await;
    // Post/redirect/get: the refusal is shown after a redirect, so a reload does not post the password.
    assert_eq!(r.status, Status::SeeOther);
    let page = app
        .get(r.location.as_deref().expect("back to the sign-in page"))
        .await;
    assert!(
        page.body.contains("value=\"not an email\""),
        "what was typed is kept"
    );
    let message = app
        .ui()
        .format(ispit::i18n::Locale::Hr, "login-error-email", None, None);
    assert!(page.body.contains(&handlebars::html_escape(&message)));
    let again = app.get("/login").await;
    assert!(
        !again.body.contains(&handlebars::html_escape(&message)),
        "said once"
    );
    // Open redirects are not followed.
    let r = app
        .submit_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", crate::helpers::PASSWORD),
                ("next", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/quizzes"));
}

#[rocket::async_test]
async fn a_malformed_answer_is_refused_and_the_others_are_kept() {
    let app = TestApp::spawn().await;
    let user = app
        .add_user("ana@example.org", Some(ispit::i18n::Locale::Mk))
        .await;
    app.login("ana@example.org").await;
    // All-on-one-page quiz: a numerical and a single-choice question in one form. The draw is random
    // per attempt, so the attempt is started with a seed whose paper holds a numerical question.
    let quiz_id: ispit::ids::QuizId = "migration-development-final".parse().expect("id");
    let (course, quiz) = app.bank().quiz(&quiz_id).expect("quiz");
    let has_numerical = |seed: &u64| {
        ispit::assessment::paper::draw_paper(course, quiz, *seed)
            .questions
            .iter()
            .any(|pq| {
                matches!(
                    course.question(&pq.id).map(|q| &q.kind),
                    Some(ispit::bank::QuestionKind::Numerical { .. })
                )
            })
    };
    let seed = (0..1000u64)
        .find(has_numerical)
        .expect("some paper has a numerical question");
    let id = ispit::service::attempts::start_attempt(
        &app.app().db,
        app.bank(),
        user,
        &quiz_id,
        ispit::i18n::Locale::Mk,
        app.app().clock.now(),
        seed,
        None,
    )
    .await
    .expect("started");
    let attempt = app.attempt(id).await;
    let mut numerical = None;
    let mut single = None;
    // Questions by their number on the paper; options by their shown number.
    for (i, pq) in attempt.paper.questions.iter().enumerate() {
        let number = (i + 1).to_string();
        match &course.question(&pq.id).expect("q").kind {
            ispit::bank::QuestionKind::Numerical { .. } => {
                numerical = Some((number, pq.id.clone()))
            }
            ispit::bank::QuestionKind::Single { .. } => {
                single = Some((number, pq.id.clone(), "1".to_string()))
            }
            _ => {}
        }
    }
    let ((num, num_id), (single_q, single_id, single_opt)) = (
        numerical.expect("a numerical question drawn"),
        single.expect("a single question"),
    );
    let r = app
        .submit_form(
            &format!("/attempts/{id}"),
            &[
                ("shown", num.as_str()),
                (format!("a.{num}").as_str(), "twelve"),
                ("shown", single_q.as_str()),
                (format!("a.{single_q}").as_str(), single_opt.as_str()),
            ],
        )
        .await;
    // Post/redirect/get: the page comes back by a redirect, so a reload never posts the form again.
    assert_eq!(r.status, Status::SeeOther);
    let page = format!("/attempts/{id}?page=1");
    assert_eq!(r.location.as_deref(), Some(page.as_str()));
    let r = app.get(&page).await;
    assert_eq!(r.status, Status::Ok);
    let message = app.ui().format(
        ispit::i18n::Locale::Mk,
        "answer-error-not-a-number",
        None,
        None,
    );
    assert!(
        r.body.contains(&handlebars::html_escape(&message)),
        "localized error shown"
    );
    assert!(
        r.body.contains("value=\"twelve\""),
        "the typed text is shown back"
    );
    let again = app.get(&page).await;
    assert!(
        !again.body.contains(&handlebars::html_escape(&message)),
        "a reload shows the page as saved, the refusal said once"
    );
    let saved = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert!(saved.contains_key(&single_id), "the valid answer was saved");
    assert!(!saved.contains_key(&num_id));

    // An option the question does not have is refused too.
    let r = app
        .submit_form(
            &format!("/attempts/{id}"),
            &[
                ("shown", single_q.as_str()),
                (format!("a.{single_q}").as_str(), "zz"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther);
    let r = app.get(&page).await;
    let message = app.ui().format(
        ispit::i18n::Locale::Mk,
        "answer-error-invalid-choice",
        None,
        None,
    );
    assert!(r.body.contains(&handlebars::html_escape(&message)));
    // A question that is not on the paper: a form no page of ours sends, refused whole.
    let r = app
        .submit_form(&format!("/attempts/{id}"), &[("shown", "no-such-question")])
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
}

#[rocket::async_test]
async fn oversized_bodies_are_refused() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let r = app
        .client
        .post("/login")
        .header(ContentType::Form)
        .body(format!("email={huge}"))
        .dispatch()
        .await;
    assert_eq!(r.status(), Status::PayloadTooLarge);
    let (_, token) = app
        .json("POST", "/api/v1/tokens", "", Some(serde_json::json!({"email": "ana@example.org", "password": crate::helpers::PASSWORD})))
        .await;
    let token = token["token"].as_str().expect("token");
    let (_, paper) = app
        .json(
            "POST",
            "/api/v1/quizzes/migration-gender-final/attempts",
            token,
            None,
        )
        .await;
    let id = paper["id"].as_i64().expect("attempt");
    let q = paper["questions"][0]["number"].as_u64().expect("question");
    let (status, body) = app
        .json(
            "PUT",
            &format!("/api/v1/attempts/{id}/answers/{q}"),
            token,
            Some(serde_json::json!({"type": "short", "value": huge})),
        )
        .await;
    assert_eq!(status, Status::PayloadTooLarge);
    assert_eq!(body["error"]["code"], "too-large");
}

#[rocket::async_test]
async fn error_pages_keep_the_visitor_s_name_and_offer_a_way_on() {
    let app = TestApp::spawn().await;
    let signed_in = |body: &str| {
        body.contains("<span class=\"who\">Test Learner</span>")
            && body.contains("action=\"/logout\"")
    };
    // Anonymous: no name, and the way on is to sign in, not "back to your quizzes". (A page that needs a
    // session sends an anonymous visitor to sign in instead.)
    for path in ["/no-such-page", "/static/no-such-file.css"] {
        let r = app.get(path).await;
        assert_eq!(r.status, Status::NotFound, "{path}");
        assert!(!signed_in(&r.body), "{path}");
        assert!(
            r.body.contains("<a href=\"/login\">Sign in</a>"),
            "{path}: {}",
            r.body
        );
        assert!(!r.body.contains("Back to your quizzes"), "{path}");
    }
    // A form posted without its CSRF token: 403, for a visitor who is not signed in.
    let r = app
        .post_form("/login", &[("email", "a@b.org"), ("password", "x")])
        .await;
    assert_eq!(r.status, Status::Forbidden);
    assert!(r.body.contains("<a href=\"/login\">Sign in</a>"));

    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    for (path, status) in [
        ("/no-such-page", Status::NotFound),
        ("/attempts/999999", Status::NotFound),
        ("/quizzes/no-such-quiz", Status::NotFound),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, status, "{path}");
        assert!(signed_in(&r.body), "{path} keeps the name and Sign out");
        assert!(
            r.body
                .contains("<a href=\"/quizzes\">Back to your quizzes</a>"),
            "{path}"
        );
    }
}
