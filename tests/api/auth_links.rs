//! Password-reset and one-time sign-in links, driven through the real pages and a real SMTP conversation:
//! the email arrives with an absolute link that works once; expired, used and unknown links are refused
//! with nothing changed; the reply never tells whether an address has an account; requests are limited per
//! address and per client even when twenty race; twenty racing uses of one token change the password once;
//! the sign-in link's GET uses nothing up; the token leaves the outbox once its email is sent or failed; and
//! every form needs this browser's CSRF token.

use ispit::auth::verify_password;
use ispit::i18n::Locale;
use ispit::ids::UserId;
use rocket::http::{ContentType, Header, Status};
use sqlx::Row;

use crate::helpers::{Reply, TestApp, PASSWORD};
use crate::smtp::{header, part_text, Mode, SmtpServer};

const ANA: &str = "ana@example.org";
const PUBLIC: &str = "https://ispit.rcm.example.org";
/// A token of the right shape that was never issued.
const UNKNOWN: &str = "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd";
const NEW_PASSWORD: &str = "a-brand-new-password";

async fn spawn(smtp: &SmtpServer) -> TestApp {
    spawn_with(smtp, |f| f).await
}

async fn spawn_with(
    smtp: &SmtpServer,
    more: impl FnOnce(rocket::figment::Figment) -> rocket::figment::Figment,
) -> TestApp {
    let url = smtp.url();
    TestApp::spawn_with(|f| {
        more(
            f.merge(("smtp_url", url))
                .merge(("mail_from", "Training Centre <ispit@rcm.example.org>"))
                // A trailing slash, which links must not double.
                .merge(("public_url", format!("{PUBLIC}/"))),
        )
    })
    .await
}

/// Enough database connections for twenty requests to hold twenty transactions at once (on PostgreSQL;
/// SQLite has one writer whatever the pool): with the default four, a race without the limit's lock was
/// seen to pass.
fn racing(f: rocket::figment::Figment) -> rocket::figment::Figment {
    f.merge(("db_max_connections", 20))
}

/// Asks for a link on the forgotten-password page, pressing the button of `purpose` (`reset`, `sign_in`).
async fn ask(t: &TestApp, email: &str, purpose: &str) -> Reply {
    let page = t.get("/password/forgot").await;
    assert_eq!(page.status, Status::Ok);
    t.submit_form(
        "/password/forgot",
        &[("email", email), ("purpose", purpose)],
    )
    .await
}

/// The same request sent from a client address (as a reverse proxy reports it in `X-Real-IP`).
async fn ask_from(t: &TestApp, ip: &str, email: &str, purpose: &str) -> Status {
    let csrf = t.csrf().await;
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("_csrf", &csrf)
        .append_pair("email", email)
        .append_pair("purpose", purpose)
        .finish();
    t.client
        .post("/password/forgot")
        .header(ContentType::Form)
        .header(Header::new("X-Real-IP", ip.to_string()))
        .body(body)
        .dispatch()
        .await
        .status()
}

/// The neutral reply: a redirect to the page that says an email was sent if the account exists.
fn assert_neutral(r: &Reply) {
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    assert_eq!(r.location.as_deref(), Some("/password/forgot?sent=true"));
}

/// The path of the link (`/password/reset/…` or `/sign-in/…`) in an email's plain text and HTML, which
/// must agree; checks the link is absolute, on the public URL, with a 64-hex-digit token.
fn link_in(mail: &crate::smtp::Received, route: &str) -> String {
    let parsed = mail.parsed();
    let text = part_text(&parsed, "text/plain").expect("text part");
    let html = part_text(&parsed, "text/html").expect("html part");
    let prefix = format!("{PUBLIC}{route}");
    let at = text
        .find(&prefix)
        .unwrap_or_else(|| panic!("{prefix} in {text}"));
    let token: String = text[at + prefix.len()..].chars().take(64).collect();
    assert!(
        token.len() == 64 && token.chars().all(|c| c.is_ascii_hexdigit()),
        "{token}"
    );
    let url = format!("{prefix}{token}");
    assert!(
        html.contains(&format!("href=\"{url}\"")),
        "the button links the same: {html}"
    );
    format!("{route}{token}")
}

async fn user_id(t: &TestApp, email: &str) -> UserId {
    ispit::db::users::find_user_by_email(&t.app().db, email)
        .await
        .expect("query")
        .expect("user")
        .id
}

async fn password_hash(t: &TestApp, email: &str) -> String {
    ispit::db::users::find_user_by_email(&t.app().db, email)
        .await
        .expect("query")
        .expect("user")
        .password_hash
}

async fn signed_in(t: &TestApp) -> bool {
    t.get("/quizzes").await.status == Status::Ok
}

async fn outbox_rows(t: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query("SELECT kind, recipient, payload FROM outbox ORDER BY id")
        .fetch_all(&t.app().db.pool)
        .await
        .expect("outbox")
        .iter()
        .map(|r| {
            (
                r.try_get("kind").expect("kind"),
                r.try_get("recipient").expect("recipient"),
                r.try_get("payload").expect("payload"),
            )
        })
        .collect()
}

async fn sessions_of(t: &TestApp, user: UserId) -> Vec<String> {
    sqlx::query("SELECT id_hash FROM sessions WHERE user_id = $1 ORDER BY id_hash")
        .bind(user.0)
        .fetch_all(&t.app().db.pool)
        .await
        .expect("sessions")
        .iter()
        .map(|r| r.try_get("id_hash").expect("hash"))
        .collect()
}

/// Posts the new-password form of a reset link with this browser's token.
async fn choose(t: &TestApp, link: &str, password: &str, confirm: &str) -> Reply {
    t.submit_form(link, &[("password", password), ("confirm", confirm)])
        .await
}

#[rocket::async_test]
async fn a_reset_link_arrives_in_the_account_s_language_and_sets_a_new_password_once() {
    let smtp = SmtpServer::start();
    let t = spawn(&smtp).await;
    let ana = t.add_user(ANA, Some(Locale::Mk)).await;
    // Ana is signed in elsewhere: a browser's session and a script's API token.
    let now = t.app().clock.now().as_second();
    ispit::db::sessions::insert_session(&t.app().db, "elsewhere", ana, now, now + 3600)
        .await
        .expect("a session elsewhere");
    let token = t.api_token(ANA).await;

    // The sign-in page leads to the form; this browser's pages are in English, Ana's account is Macedonian.
    let login = t.get("/login").await;
    assert!(login.body.contains("href=\"/password/forgot\""));
    let r = ask(&t, ANA, "reset").await;
    assert_neutral(&r);
    let sent = t.get("/password/forgot?sent=true").await;
    assert_eq!(sent.status, Status::Ok);
    let neutral = t.ui().format(Locale::En, "forgot-sent", None, None);
    assert!(sent.body.contains(&neutral), "{}", sent.body);

    assert_eq!(t.deliver_mail().await, 1);
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    assert!(
        got[0].to.iter().any(|to| to.contains(ANA)),
        "{:?}",
        got[0].to
    );
    let mail = got[0].parsed();
    assert_eq!(
        header(&mail, "Subject").as_deref(),
        Some(
            t.ui()
                .format(Locale::Mk, "email-reset-subject", None, None)
                .as_str()
        )
    );
    let html = part_text(&mail, "text/html").expect("html");
    assert!(
        html.contains("lang=\"mk\""),
        "the account's language: {html}"
    );
    // Valid until 27 Nov 2026 09:00 UTC + 60 minutes = 11:00 in Belgrade (UTC+1).
    let text = part_text(&mail, "text/plain").expect("text");
    assert!(text.contains("11:00"), "{text}");
    let link = link_in(&got[0], "/password/reset/");

    // The page asks for the new password, and tells browsers not to send its address on.
    let res = t.client.get(link.clone()).dispatch().await;
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(
        res.headers().get_one("Referrer-Policy"),
        Some("no-referrer")
    );
    let page = res.into_string().await.unwrap_or_default();
    assert!(page.contains("name=\"confirm\""), "{page}");

    // Refused forms change nothing and keep the link.
    let old_hash = password_hash(&t, ANA).await;
    let r = choose(&t, &link, NEW_PASSWORD, "something-else-entirely").await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    let r = choose(&t, &link, "short", "short").await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    let too_short = t
        .ui()
        .format(Locale::En, "admin-error-password", None, None);
    assert!(r.body.contains(&too_short), "{}", r.body);
    assert_eq!(password_hash(&t, ANA).await, old_hash);

    // The new password is set, Ana is signed in here and nowhere else, and the link is spent.
    let r = choose(&t, &link, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    assert_eq!(r.location.as_deref(), Some("/quizzes"));
    assert!(signed_in(&t).await);
    let hash = password_hash(&t, ANA).await;
    assert!(verify_password(&hash, NEW_PASSWORD));
    assert!(!verify_password(&hash, PASSWORD));
    let sessions = sessions_of(&t, ana).await;
    assert_eq!(sessions.len(), 1, "only the new session");
    assert_ne!(
        sessions,
        vec!["elsewhere".to_string()],
        "the session elsewhere ended"
    );
    let (status, _) = t.json("GET", "/api/v1/quizzes", &token, None).await;
    assert_eq!(status, Status::Unauthorized, "the API token ended too");

    let r = choose(&t, &link, "yet-another-password", "yet-another-password").await;
    assert_eq!(r.status, Status::Gone);
    assert_eq!(t.get(&link).await.status, Status::Gone);
    assert!(verify_password(&password_hash(&t, ANA).await, NEW_PASSWORD));
    // Signing in with the new password works.
    t.logout().await;
    let r = t
        .submit_form(
            "/login",
            &[
                ("email", ANA),
                ("password", NEW_PASSWORD),
                ("next", "/quizzes"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther);
}

#[rocket::async_test]
async fn expired_and_used_links_are_refused_and_change_nothing() {
    let smtp = SmtpServer::start();
    let t = spawn(&smtp).await;
    t.add_user(ANA, None).await;
    assert_neutral(&ask(&t, ANA, "reset").await);
    assert_neutral(&ask(&t, ANA, "sign_in").await);
    assert_eq!(t.deliver_mail().await, 2);
    let got = smtp.received();
    let reset = link_in(&got[0], "/password/reset/");
    let sign_in = link_in(&got[1], "/sign-in/");
    let hash = password_hash(&t, ANA).await;

    // A sign-in link lives 15 minutes: one second before, its page still shows.
    t.clock.advance(15 * 60 - 1);
    assert_eq!(t.get(&sign_in).await.status, Status::Ok);
    t.clock.advance(1);
    let page = t.get(&sign_in).await;
    assert_eq!(page.status, Status::Gone);
    let expired = t.ui().format(Locale::En, "link-error-expired", None, None);
    assert!(page.body.contains(&expired), "{}", page.body);
    assert_eq!(t.submit_form(&sign_in, &[]).await.status, Status::Gone);
    assert!(!signed_in(&t).await);

    // A reset link lives 60 minutes.
    t.clock.advance(45 * 60 - 1);
    assert_eq!(t.get(&reset).await.status, Status::Ok);
    t.clock.advance(1);
    assert_eq!(t.get(&reset).await.status, Status::Gone);
    let r = choose(&t, &reset, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status, Status::Gone);
    assert_eq!(password_hash(&t, ANA).await, hash);
    assert!(!signed_in(&t).await);

    // Unknown tokens, malformed ones, and a token sent to the other purpose's page: 404.
    for path in [
        format!("/password/reset/{UNKNOWN}"),
        format!("/sign-in/{UNKNOWN}"),
        "/password/reset/not-a-token".to_string(),
        reset.replace("/password/reset/", "/sign-in/"),
    ] {
        let page = t.get(&path).await;
        assert_eq!(page.status, Status::NotFound, "{path}");
        assert_eq!(
            t.submit_form(
                &path,
                &[("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)]
            )
            .await
            .status,
            Status::NotFound,
            "{path}"
        );
    }
    let unknown = t.get(&format!("/sign-in/{UNKNOWN}")).await;
    let message = t.ui().format(Locale::En, "link-error-unknown", None, None);
    assert!(unknown.body.contains(&message), "{}", unknown.body);
    assert_eq!(password_hash(&t, ANA).await, hash);
    assert!(!signed_in(&t).await);
}

#[rocket::async_test]
async fn unknown_and_disabled_addresses_get_the_same_reply_and_no_email() {
    let smtp = SmtpServer::start();
    let t = spawn(&smtp).await;
    t.add_user(ANA, None).await;
    let ivo = t.add_user("ivo@example.org", None).await;
    sqlx::query("UPDATE users SET disabled_at = 1 WHERE id = $1")
        .bind(ivo.0)
        .execute(t.app().db.writer())
        .await
        .expect("disable");
    // The page is in Croatian; Ana's account has no language of its own.
    t.get("/login?lang=hr").await;
    let known = ask(&t, ANA, "reset").await;
    for email in [
        "nobody@example.org",
        "ivo@example.org",
        "Nobody@Example.org",
    ] {
        for purpose in ["reset", "sign_in"] {
            let r = ask(&t, email, purpose).await;
            assert_neutral(&r);
            assert_eq!(r.body, known.body, "{email} {purpose}");
        }
    }
    assert_neutral(&known);
    let rows = outbox_rows(&t).await;
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        (rows[0].0.as_str(), rows[0].1.as_str()),
        ("password_reset", ANA)
    );
    assert_eq!(t.deliver_mail().await, 1);
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    let html = part_text(&got[0].parsed(), "text/html").expect("html");
    assert!(html.contains("lang=\"hr\""), "the page's language: {html}");

    // A malformed address is answered on the form itself (that says nothing about accounts).
    let r = ask(&t, "not an address", "reset").await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body.contains("value=\"not an address\""));

    // A link issued before the account was disabled opens nothing.
    let link = link_in(&got[0], "/password/reset/");
    let ana = user_id(&t, ANA).await;
    sqlx::query("UPDATE users SET disabled_at = 1 WHERE id = $1")
        .bind(ana.0)
        .execute(t.app().db.writer())
        .await
        .expect("disable");
    assert_eq!(t.get(&link).await.status, Status::Gone);
    let hash = password_hash(&t, ANA).await;
    assert_eq!(
        choose(&t, &link, NEW_PASSWORD, NEW_PASSWORD).await.status,
        Status::Gone
    );
    assert_eq!(password_hash(&t, ANA).await, hash);
}

#[rocket::async_test]
async fn twenty_racing_requests_for_one_address_send_three_emails() {
    let smtp = SmtpServer::start();
    let t = spawn_with(&smtp, racing).await;
    t.add_user(ANA, None).await;
    let csrf = t.csrf().await;
    let fields = [
        ("_csrf", csrf.as_str()),
        ("email", ANA),
        ("purpose", "reset"),
    ];
    let replies = rocket::futures::future::join_all(
        (0..20).map(|_| t.post_form("/password/forgot", &fields)),
    )
    .await;
    for r in &replies {
        assert_neutral(r);
    }
    assert_eq!(outbox_rows(&t).await.len(), 3, "three an hour per address");
    // From another client too: the address's limit holds.
    assert_eq!(
        ask_from(&t, "198.51.100.9", ANA, "sign_in").await,
        Status::SeeOther
    );
    assert_eq!(t.deliver_mail().await, 3);
    assert_eq!(smtp.received().len(), 3);
    // An hour after the first, the address may ask again.
    t.clock.advance(3600);
    assert_neutral(&ask(&t, ANA, "sign_in").await);
    assert_eq!(t.deliver_mail().await, 1);
    assert_eq!(smtp.received().len(), 4);
}

#[rocket::async_test]
async fn one_client_asking_for_many_addresses_is_limited_too() {
    let smtp = SmtpServer::start();
    let t = spawn_with(&smtp, |f| {
        racing(f).merge(("link_requests_per_client_hour", 5))
    })
    .await;
    t.add_user(ANA, None).await;
    // Five requests (for addresses with no account, which count all the same) use up 192.0.2.1's hour.
    let t = &t;
    let statuses = rocket::futures::future::join_all((0..5).map(|i| async move {
        let email = format!("probe{i}@example.org");
        ask_from(t, "192.0.2.1", &email, "reset").await
    }))
    .await;
    assert!(
        statuses.iter().all(|s| *s == Status::SeeOther),
        "{statuses:?}"
    );
    assert_eq!(
        ask_from(t, "192.0.2.1", ANA, "reset").await,
        Status::SeeOther
    );
    assert!(outbox_rows(t).await.is_empty(), "over the client's limit");
    assert_eq!(
        ask_from(t, "192.0.2.2", ANA, "reset").await,
        Status::SeeOther
    );
    assert_eq!(outbox_rows(t).await.len(), 1, "another client is heard");
}

#[rocket::async_test]
async fn twenty_racing_uses_of_one_reset_link_change_the_password_once() {
    let smtp = SmtpServer::start();
    let t = spawn_with(&smtp, racing).await;
    t.add_user(ANA, None).await;
    assert_neutral(&ask(&t, ANA, "reset").await);
    t.deliver_mail().await;
    let link = link_in(&smtp.received()[0], "/password/reset/");
    let csrf = t.csrf().await;
    let passwords: Vec<String> = (0..20).map(|i| format!("racing-password-{i:02}")).collect();
    let replies = rocket::futures::future::join_all(passwords.iter().map(|p| {
        let fields = [
            ("_csrf", csrf.as_str()),
            ("password", p.as_str()),
            ("confirm", p.as_str()),
        ];
        let link = link.clone();
        let t = &t;
        async move { t.post_form(&link, &fields).await }
    }))
    .await;
    let won: Vec<usize> = replies
        .iter()
        .enumerate()
        .filter(|(_, r)| r.status == Status::SeeOther)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        won.len(),
        1,
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    assert!(
        replies
            .iter()
            .all(|r| r.status == Status::SeeOther || r.status == Status::Gone),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    let hash = password_hash(&t, ANA).await;
    let matching: Vec<usize> = (0..20)
        .filter(|i| verify_password(&hash, &passwords[*i]))
        .collect();
    assert_eq!(matching, won, "the stored password is the winner's");
}

#[rocket::async_test]
async fn the_sign_in_link_s_page_uses_nothing_up_and_its_button_signs_in_once() {
    let smtp = SmtpServer::start();
    let t = spawn(&smtp).await;
    t.add_user(ANA, None).await;
    assert_neutral(&ask(&t, ANA, "sign_in").await);
    assert_eq!(t.deliver_mail().await, 1);
    let mail = &smtp.received()[0];
    assert_eq!(
        header(&mail.parsed(), "Subject").as_deref(),
        Some(
            t.ui()
                .format(Locale::En, "email-sign-in-subject", None, None)
                .as_str()
        )
    );
    let link = link_in(mail, "/sign-in/");
    // A mail scanner, then the person, open the link: nothing is used up, nobody is signed in.
    for _ in 0..3 {
        let res = t.client.get(link.clone()).dispatch().await;
        assert_eq!(res.status(), Status::Ok);
        assert_eq!(
            res.headers().get_one("Referrer-Policy"),
            Some("no-referrer")
        );
    }
    assert!(!signed_in(&t).await);
    let page = t.get(&link).await;
    assert!(
        page.body.contains(&format!("action=\"{link}\"")),
        "{}",
        page.body
    );
    let hash = password_hash(&t, ANA).await;
    let r = t.submit_form(&link, &[]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    assert_eq!(r.location.as_deref(), Some("/quizzes"));
    assert!(signed_in(&t).await);
    assert_eq!(
        password_hash(&t, ANA).await,
        hash,
        "the password is untouched"
    );
    t.logout().await;
    let r = t.submit_form(&link, &[]).await;
    assert_eq!(r.status, Status::Gone);
    let used = t.ui().format(Locale::En, "link-error-used", None, None);
    assert!(r.body.contains(&used), "{}", r.body);
    assert!(!signed_in(&t).await);
}

#[rocket::async_test]
async fn a_newer_link_leaves_older_ones_valid_until_one_is_used() {
    let smtp = SmtpServer::start();
    let t = spawn(&smtp).await;
    t.add_user(ANA, None).await;
    assert_neutral(&ask(&t, ANA, "sign_in").await);
    assert_neutral(&ask(&t, ANA, "reset").await);
    assert_neutral(&ask(&t, ANA, "reset").await);
    assert_eq!(t.deliver_mail().await, 3);
    let got = smtp.received();
    let sign_in = link_in(&got[0], "/sign-in/");
    let first = link_in(&got[1], "/password/reset/");
    let second = link_in(&got[2], "/password/reset/");
    assert_ne!(first, second);
    // Emails can arrive out of order: every link asked for works until one is used.
    for link in [&sign_in, &first, &second] {
        assert_eq!(t.get(link).await.status, Status::Ok, "{link}");
    }
    let r = choose(&t, &second, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status, Status::SeeOther);
    t.logout().await;
    // The new password ends every other link mailed before it (OWASP: invalidate on use).
    for link in [&sign_in, &first] {
        assert_eq!(t.get(link).await.status, Status::Gone, "{link}");
    }
    assert_eq!(t.submit_form(&sign_in, &[]).await.status, Status::Gone);
    assert_eq!(
        choose(
            &t,
            &first,
            "an-older-link-password",
            "an-older-link-password"
        )
        .await
        .status,
        Status::Gone
    );
    assert!(verify_password(&password_hash(&t, ANA).await, NEW_PASSWORD));
    assert!(!signed_in(&t).await);

    // Two sign-in links (an hour later: this hour's three requests are used): signing in with one ends
    // the other.
    t.clock.advance(3600);
    assert_neutral(&ask(&t, ANA, "sign_in").await);
    assert_neutral(&ask(&t, ANA, "sign_in").await);
    assert_eq!(t.deliver_mail().await, 2);
    let got = smtp.received();
    let (one, two) = (link_in(&got[3], "/sign-in/"), link_in(&got[4], "/sign-in/"));
    assert_eq!(t.get(&one).await.status, Status::Ok);
    assert_eq!(t.submit_form(&two, &[]).await.status, Status::SeeOther);
    t.logout().await;
    assert_eq!(t.get(&one).await.status, Status::Gone);
}

/// The `token` field of each outbox row's payload.
async fn stored_tokens(t: &TestApp) -> Vec<String> {
    outbox_rows(t)
        .await
        .iter()
        .map(|(_, _, payload)| {
            let v: serde_json::Value = serde_json::from_str(payload).expect("json payload");
            v["token"].as_str().expect("a token field").to_string()
        })
        .collect()
}

#[rocket::async_test]
async fn the_token_leaves_the_outbox_once_its_email_is_sent_or_failed() {
    let smtp = SmtpServer::start();
    let t = spawn(&smtp).await;
    t.add_user(ANA, None).await;
    t.add_user("ivo@example.org", None).await;
    assert_neutral(&ask(&t, ANA, "reset").await);
    let queued = stored_tokens(&t).await;
    assert_eq!(queued.len(), 1);
    assert_eq!(
        queued[0].len(),
        64,
        "the token waits in the outbox to be sent"
    );

    // A temporary refusal keeps it for the next try.
    smtp.set_mode(Mode::RefuseTemporarily);
    assert_eq!(t.deliver_mail().await, 1);
    assert_eq!(stored_tokens(&t).await, queued);
    smtp.set_mode(Mode::Accept);
    // Past the first retry's delay (30 s, jittered), well within the link's hour.
    t.clock.advance(5 * 60);
    assert_eq!(t.deliver_mail().await, 1);
    let link = link_in(&smtp.received()[0], "/password/reset/");
    assert!(
        link.ends_with(&queued[0]),
        "the email carried the stored token"
    );
    assert_eq!(stored_tokens(&t).await, vec![String::new()]);
    let rows = outbox_rows(&t).await;
    assert!(!rows[0].2.contains(&queued[0]), "{}", rows[0].2);
    // The link still works: only the outbox forgot the token.
    assert_eq!(t.get(&link).await.status, Status::Ok);

    // A permanent refusal: failed, and the token is gone too.
    smtp.set_mode(Mode::RefusePermanently);
    assert_neutral(&ask(&t, "ivo@example.org", "sign_in").await);
    assert_eq!(stored_tokens(&t).await[1].len(), 64);
    assert_eq!(t.deliver_mail().await, 1);
    let status: String = sqlx::query("SELECT status FROM outbox WHERE recipient = $1")
        .bind("ivo@example.org")
        .fetch_one(&t.app().db.pool)
        .await
        .expect("row")
        .try_get("status")
        .expect("status");
    assert_eq!(status, "failed");
    assert_eq!(stored_tokens(&t).await, vec![String::new(), String::new()]);
    let tries = sqlx::query("SELECT reply FROM outbox_tries")
        .fetch_all(&t.app().db.pool)
        .await
        .expect("tries");
    for r in tries {
        let reply: String = r.try_get("reply").expect("reply");
        assert!(!reply.contains(&queued[0]), "{reply}");
    }
}

#[rocket::async_test]
async fn every_link_form_refuses_a_missing_or_forged_csrf_token() {
    const FORGED: &str = "abababababababababababababababababababababababababababababababab";
    let smtp = SmtpServer::start();
    let t = spawn(&smtp).await;
    t.add_user(ANA, None).await;

    let ask_fields = [("email", ANA), ("purpose", "reset")];
    let forged = [("_csrf", FORGED), ("email", ANA), ("purpose", "reset")];
    for fields in [&ask_fields[..], &forged[..]] {
        let r = t.post_form("/password/forgot", fields).await;
        assert_eq!(r.status, Status::Forbidden);
    }
    assert!(outbox_rows(&t).await.is_empty(), "nothing queued");

    assert_neutral(&ask(&t, ANA, "reset").await);
    assert_neutral(&ask(&t, ANA, "sign_in").await);
    t.deliver_mail().await;
    let got = smtp.received();
    let reset = link_in(&got[0], "/password/reset/");
    let sign_in = link_in(&got[1], "/sign-in/");
    let hash = password_hash(&t, ANA).await;
    for csrf in [None, Some(FORGED)] {
        let mut fields = vec![("password", NEW_PASSWORD), ("confirm", NEW_PASSWORD)];
        fields.extend(csrf.map(|c| ("_csrf", c)));
        assert_eq!(t.post_form(&reset, &fields).await.status, Status::Forbidden);
        let fields: Vec<(&str, &str)> = csrf.map(|c| ("_csrf", c)).into_iter().collect();
        assert_eq!(
            t.post_form(&sign_in, &fields).await.status,
            Status::Forbidden
        );
    }
    assert_eq!(password_hash(&t, ANA).await, hash);
    assert!(!signed_in(&t).await);
    // Both links are still unused.
    assert_eq!(t.get(&reset).await.status, Status::Ok);
    assert_eq!(t.submit_form(&sign_in, &[]).await.status, Status::SeeOther);
}
