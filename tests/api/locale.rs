//! How a page's language is chosen: `?lang=`, then the cookie, then the profile, then Accept-Language.

use ispit::i18n::Locale;

use crate::helpers::TestApp;

fn title(app: &TestApp, locale: Locale) -> String {
    handlebars::html_escape(&app.ui().format(locale, "login-title", None, None))
}

#[rocket::async_test]
async fn accept_language_with_q_values_picks_the_page_language() {
    let app = TestApp::spawn().await;
    let r = app
        .get_with(
            "/login",
            &[("Accept-Language", "de;q=0.9, mk;q=0.8, en;q=0.5")],
        )
        .await;
    assert!(r.body.contains("<html lang=\"mk\">"));
    assert!(r.body.contains(&title(&app, Locale::Mk)));
    let r = app
        .get_with("/login", &[("Accept-Language", "sr-Latn-RS")])
        .await;
    assert!(r.body.contains("<html lang=\"sr-Latn\">"));
    let r = app.get_with("/login", &[("Accept-Language", "fr")]).await;
    assert!(r.body.contains("<html lang=\"en\">"));
}

#[rocket::async_test]
async fn the_language_picker_choice_sticks_and_beats_the_header() {
    let app = TestApp::spawn().await;
    let r = app
        .get_with("/login?lang=sq", &[("Accept-Language", "hr")])
        .await;
    assert!(r.body.contains("<html lang=\"sq\">"));
    // The picker links keep the page and switch the language.
    assert!(
        r.body.contains("href=\"/login?lang&#x3D;sr-Cyrl\""),
        "{}",
        r.body
    );
    let r = app.get_with("/login", &[("Accept-Language", "hr")]).await;
    assert!(r.body.contains("<html lang=\"sq\">"), "cookie remembered");
}

#[rocket::async_test]
async fn the_profile_language_applies_after_sign_in_and_follows_the_picker() {
    let app = TestApp::spawn().await;
    let id = app.add_user("mk@example.org", Some(Locale::Mk)).await;
    app.login("mk@example.org").await;
    let r = app.get_with("/quizzes", &[("Accept-Language", "en")]).await;
    assert!(r.body.contains("<html lang=\"mk\">"));
    app.get("/quizzes?lang=sr-Cyrl").await;
    let user = ispit::db::users::find_user(&app.app().db, id)
        .await
        .expect("q")
        .expect("user");
    assert_eq!(user.locale, Some(Locale::SrCyrl));
}

#[rocket::async_test]
async fn serbian_latin_pages_are_transliterated_from_cyrillic() {
    let app = TestApp::spawn().await;
    // Messages of locales/sr-Cyrl and their Latin spelling, written out by hand from the Serbian alphabet
    // correspondence (Вук ↔ Гај: љ lj, њ nj, џ dž, ђ đ, ћ ć, ж ž, ч č, ш š; the rest letter for letter).
    for (id, cyrillic, latin) in [
        ("login-title", "Пријава", "Prijava"),
        (
            "error-no-attempts-left",
            "Искористили сте све дозвољене покушаје за овај тест.",
            "Iskoristili ste sve dozvoljene pokušaje za ovaj test.",
        ),
        (
            "quiz-no-time-limit",
            "Без временског ограничења",
            "Bez vremenskog ograničenja",
        ),
        (
            "error-bad-request",
            "Захтев није могуће разумети.",
            "Zahtev nije moguće razumeti.",
        ),
    ] {
        assert_eq!(
            app.ui().format(Locale::SrCyrl, id, None, None),
            cyrillic,
            "{id}"
        );
        assert_eq!(
            app.ui().format(Locale::SrLatn, id, None, None),
            latin,
            "{id}"
        );
    }
    let r = app.get("/login?lang=sr-Latn").await;
    assert!(r.body.contains("<html lang=\"sr-Latn\">"));
    assert!(r.body.contains("<h1>Prijava</h1>"), "{}", r.body);
}

#[rocket::async_test]
async fn a_link_s_lang_is_negotiated_like_the_browser_s_tags() {
    let app = TestApp::spawn().await;
    for (tag, html) in [
        ("sr", "sr-Cyrl"),
        ("sr-Latn-RS", "sr-Latn"),
        ("mk-MK", "mk"),
    ] {
        let r = app
            .get_with(&format!("/login?lang={tag}"), &[("Accept-Language", "hr")])
            .await;
        assert!(
            r.body.contains(&format!("<html lang=\"{html}\">")),
            "?lang={tag} gives {html}"
        );
    }
    // The last choice is remembered in our own tag.
    let r = app.get_with("/login", &[("Accept-Language", "hr")]).await;
    assert!(r.body.contains("<html lang=\"mk\">"), "cookie remembered");
}

#[rocket::async_test]
async fn a_chosen_language_survives_the_redirect_to_sign_in_without_cookies() {
    let app = TestApp::spawn().await;
    // A client that keeps no cookie follows only the Location: it must carry the language.
    let r = app.get("/?lang=sq").await;
    assert_eq!(r.status, rocket::http::Status::SeeOther);
    assert_eq!(r.location.as_deref(), Some("/login?lang=sq"));
    let r = app.get("/quizzes?lang=mk-MK").await;
    assert_eq!(
        r.location.as_deref(),
        Some("/login?next=%2Fquizzes&lang=mk")
    );
    let r = app.get("/quizzes").await;
    assert_eq!(
        r.location.as_deref(),
        Some("/login?next=%2Fquizzes"),
        "no lang asked"
    );
    let r = app.get("/").await;
    assert_eq!(r.location.as_deref(), Some("/login"));
}
