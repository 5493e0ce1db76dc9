//! Request guards: the page's locale, the signed-in user, CSRF-checked forms and API authentication.
//! Authorization lives here and nowhere else: a handler taking `Learner` cannot run without a session.

use rocket::data::{Data, FromData, ToByteUnit};
use rocket::http::{Cookie, SameSite, Status};
use rocket::outcome::{try_outcome, IntoOutcome};
use rocket::request::{self, FromRequest, Request};
use rocket::State;
use serde::{Deserialize, Serialize};

use super::state::App;
use crate::auth::{random_token, same_secret, token_hash};
use crate::db::users::{find_user, User};
use crate::i18n::locale::{choose_locale, LocaleSources};
use crate::i18n::Locale;
use crate::ids::UserId;

pub const SESSION_COOKIE: &str = "ispit_session";
pub const CSRF_COOKIE: &str = "ispit_csrf";
pub const LANG_COOKIE: &str = "ispit_lang";
pub const CSRF_FIELD: &str = "_csrf";
pub const CSRF_HEADER: &str = "X-CSRF-Token";

/// Session lifetime; the learner signs in again after a week.
const SESSION_SECONDS: i64 = 7 * 24 * 3600;

/// What the encrypted session cookie holds.
#[derive(Debug, Serialize, Deserialize)]
pub struct Session {
    pub user: UserId,
    pub expires: i64,
}

pub fn start_session(cookies: &rocket::http::CookieJar<'_>, user: UserId, now: i64) {
    let session = Session {
        user,
        expires: now + SESSION_SECONDS,
    };
    if let Ok(value) = serde_json::to_string(&session) {
        cookies.add_private(
            Cookie::build((SESSION_COOKIE, value))
                .http_only(true)
                .same_site(SameSite::Lax)
                .path("/"),
        );
    }
    // A new session gets a new CSRF token (no fixation from before sign-in).
    cookies.add_private(csrf_cookie(random_token()));
}

pub fn end_session(cookies: &rocket::http::CookieJar<'_>) {
    cookies.remove_private(Cookie::build(SESSION_COOKIE).path("/"));
}

fn csrf_cookie(token: String) -> Cookie<'static> {
    Cookie::build((CSRF_COOKIE, token))
        .http_only(true)
        .same_site(SameSite::Lax)
        .path("/")
        .build()
}

/// The CSRF token of this browser, created on first sight. Forms carry it in `_csrf`; the cookie is
/// encrypted, so another site can neither read nor forge the pair.
pub fn csrf_token(req: &Request<'_>) -> String {
    let cached = req.local_cache(|| {
        let jar = req.cookies();
        match jar.get_private(CSRF_COOKIE) {
            Some(c) => c.value().to_string(),
            None => {
                let token = random_token();
                jar.add_private(csrf_cookie(token.clone()));
                token
            }
        }
    });
    cached.clone()
}

/// The session's user, if any and still valid.
async fn session_user(req: &Request<'_>) -> Option<User> {
    let app = req.guard::<&State<App>>().await.succeeded()?;
    let cached = req
        .local_cache_async(async {
            let cookie = req.cookies().get_private(SESSION_COOKIE)?;
            let session: Session = serde_json::from_str(cookie.value()).ok()?;
            if session.expires < app.clock.now().as_second() {
                return None;
            }
            find_user(&app.db, session.user).await.ok().flatten()
        })
        .await;
    cached.clone()
}

/// The page's locale: `?lang=`, then the cookie, then the profile, then Accept-Language, then English.
/// A valid `?lang=` is remembered in a cookie, so the choice sticks as the learner moves on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(pub Locale);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Lang {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, ()> {
        request::Outcome::Success(Lang(request_locale(req).await))
    }
}

/// The locale the guards chose for this request, kept for error pages rendered later.
#[derive(Debug, Clone, Copy)]
pub struct ResolvedLocale(pub Option<Locale>);

pub async fn request_locale(req: &Request<'_>) -> Locale {
    let query = req.query_value::<&str>("lang").and_then(Result::ok);
    let user = session_user(req).await;
    let cookie = req
        .cookies()
        .get(LANG_COOKIE)
        .map(|c| c.value().to_string());
    let profile = user.as_ref().and_then(|u| u.locale).map(Locale::tag);
    let sources = LocaleSources {
        query,
        cookie: cookie.as_deref(),
        profile,
        accept_language: req.headers().get_one("Accept-Language"),
    };
    let locale = choose_locale(&sources);
    req.local_cache(|| ResolvedLocale(Some(locale)));
    if let Some(q) = query.and_then(|q| q.parse::<Locale>().ok()) {
        if cookie.as_deref() != Some(q.tag()) {
            req.cookies().add(
                Cookie::build((LANG_COOKIE, q.tag().to_string()))
                    .same_site(SameSite::Lax)
                    .path("/")
                    .max_age(rocket::time::Duration::days(365)),
            );
        }
        if let (Some(u), Some(app)) = (user, req.guard::<&State<App>>().await.succeeded()) {
            if u.locale != Some(q) {
                let _ = crate::db::users::update_user_locale(&app.db, u.id, q).await;
            }
        }
    }
    locale
}

/// A signed-in user taking quizzes. (Every role may take quizzes; narrower guards come with their pages.)
#[derive(Debug, Clone)]
pub struct Learner(pub User);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Learner {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, ()> {
        let user = session_user(req).await;
        // Settles the locale (profile included) now, so that an error page from a route that renders
        // nothing itself, such as a late answer, still speaks the learner's language.
        request_locale(req).await;
        user.map(Learner).or_error((Status::Unauthorized, ()))
    }
}

/// An API caller: a bearer token, or a browser session that also sends the CSRF token in a header on
/// anything but GET.
#[derive(Debug, Clone)]
pub struct ApiUser(pub User);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiUser {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, ()> {
        let app = try_outcome!(req
            .guard::<&State<App>>()
            .await
            .map_error(|_| (Status::InternalServerError, ())));
        if let Some(header) = req.headers().get_one("Authorization") {
            let Some(token) = header.strip_prefix("Bearer ").map(str::trim) else {
                return request::Outcome::Error((Status::Unauthorized, ()));
            };
            let now = app.clock.now().as_second();
            let user =
                match crate::db::tokens::find_token_user(&app.db, &token_hash(token), now).await {
                    Ok(Some(id)) => find_user(&app.db, id).await.ok().flatten(),
                    _ => None,
                };
            return user.map(ApiUser).or_error((Status::Unauthorized, ()));
        }
        let Some(user) = session_user(req).await else {
            return request::Outcome::Error((Status::Unauthorized, ()));
        };
        if req.method() != rocket::http::Method::Get {
            let sent = req.headers().get_one(CSRF_HEADER).unwrap_or_default();
            let expected = req.cookies().get_private(CSRF_COOKIE);
            if !expected.is_some_and(|c| same_secret(c.value(), sent)) {
                return request::Outcome::Error((Status::Forbidden, ()));
            }
        }
        request::Outcome::Success(ApiUser(user))
    }
}

/// An url-encoded form body whose `_csrf` field matched this browser's token. Fields are kept as pairs in
/// order, because quiz pages carry repeated and dynamically named fields that each handler parses into
/// domain types itself.
#[derive(Debug, Clone)]
pub struct CheckedForm {
    pub fields: Vec<(String, String)>,
}

impl CheckedForm {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug)]
pub enum FormError {
    TooLarge,
    BadCsrf,
    Io,
}

#[rocket::async_trait]
impl<'r> FromData<'r> for CheckedForm {
    type Error = FormError;

    async fn from_data(req: &'r Request<'_>, data: Data<'r>) -> rocket::data::Outcome<'r, Self> {
        use rocket::data::Outcome;
        let limit = req.limits().get("form").unwrap_or_else(|| 32.kibibytes());
        let body = match data.open(limit).into_bytes().await {
            Ok(b) if b.is_complete() => b.into_inner(),
            Ok(_) => return Outcome::Error((Status::PayloadTooLarge, FormError::TooLarge)),
            Err(_) => return Outcome::Error((Status::BadRequest, FormError::Io)),
        };
        let fields: Vec<(String, String)> = form_urlencoded::parse(&body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let sent = fields
            .iter()
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default();
        let expected = req.cookies().get_private(CSRF_COOKIE);
        if !expected.is_some_and(|c| same_secret(c.value(), sent)) {
            return Outcome::Error((Status::Forbidden, FormError::BadCsrf));
        }
        Outcome::Success(CheckedForm { fields })
    }
}
