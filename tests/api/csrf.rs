//! Cross-site request forgery: every state-changing route refuses a request without this browser's token
//! (a form's `_csrf` field; the `X-CSRF-Token` header when the API is called with the session cookie), or
//! with another browser's token, and changes nothing. Each route is also shown to work with the right
//! token, so a refusal is the token's doing and not a broken request.

use ispit::assessment::attempt::AttemptState;
use ispit::i18n::Locale;
use ispit::ids::AttemptId;
use rocket::http::{ContentType, Header, Status};

use crate::helpers::{
    answer_fields, answer_json, question_number, right_answers, TestApp, PASSWORD,
};
use crate::placement::field;

const GENDER: &str = "migration-gender-final";
/// A token of the right shape that is not this browser's.
const FORGED: &str = "abababababababababababababababababababababababababababababababab";

/// Posts `fields` three ways: without `_csrf`, with a forged one, then with this browser's own; checks the
/// first two are refused with 403 and leave the learner's attempts, answers and placement steps as they
/// were. Returns the real post's reply.
async fn forms_need_the_token(
    app: &TestApp,
    path: &str,
    fields: &[(String, String)],
) -> crate::helpers::Reply {
    let before = state_of(app).await;
    let r = app.post_pairs(path, fields).await;
    assert_eq!(r.status, Status::Forbidden, "{path} without a token");
    assert_eq!(state_of(app).await, before, "{path} without a token");
    let mut forged = vec![("_csrf".to_string(), FORGED.to_string())];
    forged.extend_from_slice(fields);
    let r = app.post_pairs(path, &forged).await;
    assert_eq!(r.status, Status::Forbidden, "{path} with a forged token");
    assert_eq!(state_of(app).await, before, "{path} with a forged token");
    let mut real = vec![("_csrf".to_string(), app.csrf().await)];
    real.extend_from_slice(fields);
    let r = app.post_pairs(path, &real).await;
    assert_ne!(r.status, Status::Forbidden, "{path} with the right token");
    r
}

const ANA: &str = "ana@example.org";

/// Ana's attempts with their answers, and her placement tests with their steps.
async fn state_of(app: &TestApp) -> String {
    let email = ANA;
    let db = &app.app().db;
    let user = ispit::db::users::find_user_by_email(db, email)
        .await
        .expect("query")
        .expect("user");
    let mut out = format!("{email}\n");
    for a in ispit::db::attempts::find_user_attempts(db, user.id)
        .await
        .expect("attempts")
    {
        let responses = ispit::db::attempts::find_responses(db, a.id)
            .await
            .expect("responses");
        out += &format!(
            "attempt {} {:?} {:?} {:?} {responses:?}\n",
            a.id, a.state, a.closed_at, a.score_milli
        );
    }
    for p in ispit::db::placement::find_user_placements(db, user.id)
        .await
        .expect("placements")
    {
        let steps = ispit::db::placement::find_steps(db, p.id)
            .await
            .expect("steps");
        out += &format!("placement {} {:?} {}\n", p.id, p.state, steps.len());
    }
    out
}

async fn signed_in(app: &TestApp) -> bool {
    app.get("/quizzes").await.status == Status::Ok
}

#[rocket::async_test]
async fn sign_in_and_sign_out_need_the_token() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    let creds = vec![
        ("email".to_string(), "ana@example.org".to_string()),
        ("password".to_string(), PASSWORD.to_string()),
    ];
    // A forged sign-in would put the victim's browser in the attacker's account (login CSRF).
    let r = app.post_pairs("/login", &creds).await;
    assert_eq!(r.status, Status::Forbidden);
    let mut forged = vec![("_csrf".to_string(), FORGED.to_string())];
    forged.extend(creds.clone());
    assert_eq!(
        app.post_pairs("/login", &forged).await.status,
        Status::Forbidden
    );
    assert!(!signed_in(&app).await, "refused sign-in left a session");
    let mut real = vec![("_csrf".to_string(), app.csrf().await)];
    real.extend(creds);
    assert_eq!(
        app.post_pairs("/login", &real).await.status,
        Status::SeeOther
    );
    assert!(signed_in(&app).await);

    // A forged sign-out would end the learner's session mid-exam.
    assert_eq!(
        app.post_pairs("/logout", &[]).await.status,
        Status::Forbidden
    );
    let forged = [("_csrf".to_string(), FORGED.to_string())];
    assert_eq!(
        app.post_pairs("/logout", &forged).await.status,
        Status::Forbidden
    );
    assert!(
        signed_in(&app).await,
        "a refused sign-out ended the session"
    );
    let real = [("_csrf".to_string(), app.csrf().await)];
    assert_eq!(
        app.post_pairs("/logout", &real).await.status,
        Status::SeeOther
    );
    assert!(!signed_in(&app).await);
}

#[rocket::async_test]
async fn every_learner_form_needs_the_token() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;

    // Start a quiz.
    let r = forms_need_the_token(&app, &format!("/quizzes/{GENDER}/start"), &[]).await;
    assert_eq!(r.status, Status::SeeOther);
    let id: AttemptId = AttemptId(
        r.location
            .expect("redirect")
            .trim_start_matches("/attempts/")
            .parse()
            .expect("id"),
    );

    // Save a page (and the same form as the autosave script sends it).
    let a = app.attempt(id).await;
    let key = right_answers(app.bank(), GENDER, &a.paper, Locale::En);
    let first = a.paper.questions[0].id.to_string();
    for go in ["autosave", "next"] {
        let mut fields = vec![
            ("page".to_string(), "1".to_string()),
            ("go".to_string(), go.to_string()),
        ];
        fields.extend(answer_fields(app.bank(), GENDER, &first, &key[&first]));
        let r = forms_need_the_token(&app, &format!("/attempts/{id}"), &fields).await;
        assert!(
            r.status == Status::NoContent || r.status == Status::SeeOther,
            "{go}: {}",
            r.status
        );
        let saved = ispit::db::attempts::find_responses(&app.app().db, id)
            .await
            .expect("responses");
        assert_eq!(saved.len(), 1, "{go}: saved with the right token");
    }

    // Submit.
    let r = forms_need_the_token(&app, &format!("/attempts/{id}/submit"), &[]).await;
    assert_eq!(r.status, Status::SeeOther);
    assert_eq!(app.attempt(id).await.state, AttemptState::Submitted);

    // Start the placement test and answer an item.
    let r = forms_need_the_token(&app, "/placement/start", &[]).await;
    assert_eq!(r.status, Status::SeeOther);
    let placement: i64 = r
        .location
        .expect("redirect")
        .trim_start_matches("/placement/")
        .parse()
        .expect("id");
    let page = app.get(&format!("/placement/{placement}")).await;
    let fields = vec![
        ("step".to_string(), field(&page.body, "step")),
        ("item".to_string(), field(&page.body, "item")),
        ("choice".to_string(), "1".to_string()),
    ];
    let r = forms_need_the_token(&app, &format!("/placement/{placement}"), &fields).await;
    assert_eq!(r.status, Status::SeeOther);
    let steps = ispit::db::placement::find_steps(&app.app().db, placement)
        .await
        .expect("steps");
    assert_eq!(steps.len(), 1, "answered with the right token");
}

/// A JSON request with the browser's session cookie, and the CSRF header when given.
async fn session_json(
    app: &TestApp,
    method: &str,
    path: &str,
    csrf: Option<&str>,
    body: Option<serde_json::Value>,
) -> Status {
    let mut req = match method {
        "POST" => app.client.post(path.to_string()),
        "PUT" => app.client.put(path.to_string()),
        "GET" => app.client.get(path.to_string()),
        other => panic!("method {other}"),
    };
    if let Some(token) = csrf {
        req = req.header(Header::new("X-CSRF-Token", token.to_string()));
    }
    if let Some(b) = body {
        req = req.header(ContentType::JSON).body(b.to_string());
    }
    req.dispatch().await.status()
}

#[rocket::async_test]
async fn the_api_called_with_the_session_cookie_needs_the_header_on_every_write() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let csrf = app.csrf().await;
    let before = state_of(&app).await;

    // Reads need no header.
    assert_eq!(
        session_json(&app, "GET", "/api/v1/quizzes", None, None).await,
        Status::Ok
    );

    // Start an attempt.
    let start = format!("/api/v1/quizzes/{GENDER}/attempts");
    for token in [None, Some(FORGED)] {
        assert_eq!(
            session_json(&app, "POST", &start, token, None).await,
            Status::Forbidden
        );
        assert_eq!(state_of(&app).await, before, "start {token:?}");
    }
    assert_eq!(
        session_json(&app, "POST", &start, Some(&csrf), None).await,
        Status::Created
    );
    let a = ispit::db::attempts::find_user_attempts(
        &app.app().db,
        ispit::db::users::find_user_by_email(&app.app().db, "ana@example.org")
            .await
            .expect("query")
            .expect("user")
            .id,
    )
    .await
    .expect("attempts")
    .pop()
    .expect("the attempt started");
    let a = app.attempt(a.id).await;
    let id = a.id;

    // Save an answer.
    let key = right_answers(app.bank(), GENDER, &a.paper, Locale::En);
    let first = a.paper.questions[0].id.to_string();
    let path = format!("/api/v1/attempts/{id}/answers/{}", question_number(&first));
    let body = answer_json(app.bank(), GENDER, &first, &key[&first]);
    let before = state_of(&app).await;
    for token in [None, Some(FORGED)] {
        let status = session_json(&app, "PUT", &path, token, Some(body.clone())).await;
        assert_eq!(status, Status::Forbidden, "save {token:?}");
        assert_eq!(state_of(&app).await, before, "save {token:?}");
    }
    assert_eq!(
        session_json(&app, "PUT", &path, Some(&csrf), Some(body)).await,
        Status::NoContent
    );

    // Submit.
    let submit = format!("/api/v1/attempts/{id}/submit");
    let before = state_of(&app).await;
    for token in [None, Some(FORGED)] {
        assert_eq!(
            session_json(&app, "POST", &submit, token, None).await,
            Status::Forbidden
        );
        assert_eq!(state_of(&app).await, before, "submit {token:?}");
    }
    assert_eq!(
        session_json(&app, "POST", &submit, Some(&csrf), None).await,
        Status::Ok
    );
    assert_eq!(app.attempt(id).await.state, AttemptState::Submitted);
}
