//! Password guessing is slowed down: after five failed sign-ins for an address, the next attempt waits,
//! on the web form and the API alike, with a localized message; the right password then works again.

use fluent_bundle::FluentArgs;
use rocket::http::Status;

use crate::helpers::{TestApp, PASSWORD};

async fn try_login(app: &TestApp, email: &str, password: &str) -> crate::helpers::Reply {
    app.submit_form(
        "/login",
        &[
            ("email", email),
            ("password", password),
            ("next", "/quizzes"),
        ],
    )
    .await
}

fn wait_message(app: &TestApp, locale: ispit::i18n::Locale, minutes: i64) -> String {
    let mut args = FluentArgs::new();
    args.set("minutes", minutes);
    handlebars::html_escape(
        &app.ui()
            .format(locale, "login-error-throttled", None, Some(&args)),
    )
}

#[rocket::async_test]
async fn the_sign_in_form_makes_a_guesser_wait_and_lets_the_owner_back_in() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.get("/login?lang=mk").await;
    for _ in 0..5 {
        let r = try_login(&app, "ana@example.org", "guess").await;
        assert_eq!(r.status, Status::Unauthorized);
    }
    // Even the right password is not heard during the wait, and the page says how long, in Macedonian.
    let r = try_login(&app, "Ana@Example.org", PASSWORD).await;
    assert_eq!(r.status, Status::TooManyRequests);
    assert!(
        r.body
            .contains(&wait_message(&app, ispit::i18n::Locale::Mk, 1)),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("value=\"Ana@Example.org\""),
        "the address is kept"
    );
    assert!(
        r.body.contains("за 1 минута"),
        "Macedonian with the number in: {}",
        r.body
    );
    // Another address is not affected.
    app.add_user("ivo@example.org", None).await;
    assert_eq!(app.login("ivo@example.org").await.status, Status::SeeOther);
    app.logout().await;

    app.app().clock.advance(61);
    let r = try_login(&app, "ana@example.org", PASSWORD).await;
    assert_eq!(r.status, Status::SeeOther, "after the wait: {}", r.body);
    assert_eq!(r.location.as_deref(), Some("/quizzes"));
    // Success forgets the failures: the next mistake is free again.
    app.logout().await;
    let r = try_login(&app, "ana@example.org", "guess").await;
    assert_eq!(r.status, Status::Unauthorized);
}

#[rocket::async_test]
async fn waits_grow_with_further_failures_and_unknown_addresses_are_throttled_alike() {
    let app = TestApp::spawn().await;
    app.get("/login?lang=en").await;
    // No such account: the same counting, so the wait does not tell who has an account.
    for _ in 0..5 {
        assert_eq!(
            try_login(&app, "nobody@example.org", "guess").await.status,
            Status::Unauthorized
        );
    }
    assert_eq!(
        try_login(&app, "nobody@example.org", "guess").await.status,
        Status::TooManyRequests
    );
    app.app().clock.advance(60);
    assert_eq!(
        try_login(&app, "nobody@example.org", "guess").await.status,
        Status::Unauthorized
    );
    let r = try_login(&app, "nobody@example.org", "guess").await;
    assert_eq!(r.status, Status::TooManyRequests);
    assert!(
        r.body
            .contains(&wait_message(&app, ispit::i18n::Locale::En, 2)),
        "the second wait is two minutes: {}",
        r.body
    );
}

#[rocket::async_test]
async fn the_token_api_is_throttled_with_retry_after() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    let body = |password: &str| {
        serde_json::json!({ "email": "ana@example.org", "password": password }).to_string()
    };
    for _ in 0..5 {
        let r = app
            .client
            .post("/api/v1/tokens")
            .header(rocket::http::ContentType::JSON)
            .body(body("guess"))
            .dispatch()
            .await;
        assert_eq!(r.status(), Status::UnprocessableEntity);
    }
    let r = app
        .client
        .post("/api/v1/tokens")
        .header(rocket::http::ContentType::JSON)
        .header(rocket::http::Header::new("Accept-Language", "sr-Latn"))
        .body(body(PASSWORD))
        .dispatch()
        .await;
    assert_eq!(r.status(), Status::TooManyRequests);
    assert_eq!(r.headers().get_one("Retry-After"), Some("60"));
    let json: serde_json::Value =
        serde_json::from_str(&r.into_string().await.unwrap_or_default()).expect("json");
    assert_eq!(json["error"]["code"], "too-many-attempts");
    let message = json["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("za 1 minut"), "{message}");

    app.app().clock.advance(60);
    let (status, json) = app
        .json(
            "POST",
            "/api/v1/tokens",
            "",
            Some(serde_json::json!({ "email": "ana@example.org", "password": PASSWORD })),
        )
        .await;
    assert_eq!(status, Status::Created, "{json}");
}
