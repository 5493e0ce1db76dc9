//! Request guards: the page's locale, the signed-in user, CSRF-checked forms and API authentication.
//! Authorization lives here and nowhere else: a handler taking `Learner` cannot run without a session.

use rocket::data::{Data, FromData, ToByteUnit};
use rocket::http::{Cookie, SameSite, Status};
use rocket::outcome::{try_outcome, IntoOutcome};
use rocket::request::{self, FromRequest, Request};
use rocket::State;

use super::state::App;
use crate::auth::{random_token, same_secret, token_hash, Role};
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

/// Starts a session: a random id in the encrypted cookie, its hash in the `sessions` table. The row is
/// what counts: signing out deletes it, so a copied or replayed cookie is worth nothing afterwards.
pub async fn start_session(
    app: &App,
    cookies: &rocket::http::CookieJar<'_>,
    user: UserId,
    now: i64,
) -> Result<(), sqlx::Error> {
    let id = random_token();
    crate::db::sessions::insert_session(
        &app.db,
        &token_hash(&id),
        user,
        now,
        now + SESSION_SECONDS,
    )
    .await?;
    cookies.add_private(
        Cookie::build((SESSION_COOKIE, id))
            .http_only(true)
            .same_site(SameSite::Lax)
            .path("/"),
    );
    // A new session gets a new CSRF token (no fixation from before sign-in).
    cookies.add_private(csrf_cookie(random_token()));
    Ok(())
}

/// Ends this browser's session on the server and forgets the cookie.
pub async fn end_session(
    app: &App,
    cookies: &rocket::http::CookieJar<'_>,
) -> Result<(), sqlx::Error> {
    if let Some(cookie) = cookies.get_private(SESSION_COOKIE) {
        crate::db::sessions::delete_session(&app.db, &token_hash(cookie.value())).await?;
    }
    cookies.remove_private(Cookie::build(SESSION_COOKIE).path("/"));
    Ok(())
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

/// The database could not say whether the session is valid (an outage): the request answers 503 and
/// the session cookie is left alone, instead of looking like a sign-out.
#[derive(Debug, Clone, Copy)]
pub struct SessionUnknown;

/// The session's user: `Ok(None)` without a live session.
pub(crate) async fn session_user(req: &Request<'_>) -> Result<Option<User>, SessionUnknown> {
    let Some(app) = req.guard::<&State<App>>().await.succeeded() else {
        return Ok(None);
    };
    let cached = req
        .local_cache_async(async {
            let Some(cookie) = req.cookies().get_private(SESSION_COOKIE) else {
                return Ok(None);
            };
            let now = app.clock.now().as_second();
            crate::db::sessions::find_session_user(&app.db, &token_hash(cookie.value()), now)
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "session lookup failed");
                    SessionUnknown
                })
        })
        .await;
    cached.clone()
}

/// The signed-in user as the request's guards (or a catcher) already looked them up; `None` when nobody is
/// signed in, the lookup failed, or nothing has looked yet. For responses built synchronously (error pages).
pub fn looked_up_user(req: &Request<'_>) -> Option<User> {
    req.local_cache(|| Ok::<Option<User>, SessionUnknown>(None))
        .clone()
        .ok()
        .flatten()
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
    let user = session_user(req).await.ok().flatten();
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
    if let Some(q) = query.and_then(crate::i18n::locale::match_language_tag) {
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

/// Why there is no `Learner`: a route that must act without one (keeping answers posted after the
/// session ended) takes `Result<Learner, NoLearner>` and tells an outage from a sign-out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoLearner {
    SignedOut,
    Unavailable,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Learner {
    type Error = NoLearner;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, NoLearner> {
        let user = session_user(req).await;
        // Settles the locale (profile included) now, so that an error page from a route that renders
        // nothing itself, such as a late answer, still speaks the learner's language.
        request_locale(req).await;
        match user {
            Ok(Some(user)) => request::Outcome::Success(Learner(user)),
            Ok(None) => request::Outcome::Error((Status::Unauthorized, NoLearner::SignedOut)),
            Err(SessionUnknown) => {
                request::Outcome::Error((Status::ServiceUnavailable, NoLearner::Unavailable))
            }
        }
    }
}

/// A signed-in user who holds `role` (administrators pass every role check but the learner's): anonymous
/// visitors are sent to sign in (401), others are refused (403).
async fn with_role(req: &Request<'_>, role: Role) -> request::Outcome<User, NoLearner> {
    let user = session_user(req).await;
    request_locale(req).await;
    match user {
        Ok(Some(user)) if user.roles.has(role) || user.roles.has(Role::Admin) => {
            request::Outcome::Success(user)
        }
        Ok(Some(_)) => {
            req.local_cache(|| RoleRefused(true));
            request::Outcome::Error((Status::Forbidden, NoLearner::SignedOut))
        }
        Ok(None) => request::Outcome::Error((Status::Unauthorized, NoLearner::SignedOut)),
        Err(SessionUnknown) => {
            request::Outcome::Error((Status::ServiceUnavailable, NoLearner::Unavailable))
        }
    }
}

/// Marks a 403 as "your account lacks the role" (not a failed CSRF check), for the catcher's message.
#[derive(Debug, Clone, Copy)]
pub struct RoleRefused(pub bool);

/// A signed-in administrator: manages accounts, cohorts and imports, and is instructor of every cohort.
#[derive(Debug, Clone)]
pub struct Admin(pub User);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Admin {
    type Error = NoLearner;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, NoLearner> {
        with_role(req, Role::Admin).await.map(Admin)
    }
}

/// A signed-in instructor (or administrator). Which cohorts they may see is decided per resource by
/// `web::policy`, which every instructor route calls with this guard's user.
#[derive(Debug, Clone)]
pub struct Instructor(pub User);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Instructor {
    type Error = NoLearner;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, NoLearner> {
        with_role(req, Role::Instructor).await.map(Instructor)
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
                    Ok(Some(id)) => find_user(&app.db, id).await,
                    Ok(None) => Ok(None),
                    Err(e) => Err(e),
                };
            return match user {
                Ok(user) => user.map(ApiUser).or_error((Status::Unauthorized, ())),
                Err(e) => {
                    tracing::error!(error = %e, "token lookup failed");
                    request::Outcome::Error((Status::ServiceUnavailable, ()))
                }
            };
        }
        let user = match session_user(req).await {
            Ok(Some(user)) => user,
            Ok(None) => return request::Outcome::Error((Status::Unauthorized, ())),
            Err(SessionUnknown) => {
                return request::Outcome::Error((Status::ServiceUnavailable, ()))
            }
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

/// An API caller (as [`ApiUser`]) who holds `role`, administrators passing every check: 401 without a valid
/// token or session, 403 for anyone else.
async fn api_with_role(req: &Request<'_>, role: Role) -> request::Outcome<User, ()> {
    let user = try_outcome!(req.guard::<ApiUser>().await).0;
    if user.roles.has(role) || user.roles.has(Role::Admin) {
        request::Outcome::Success(user)
    } else {
        req.local_cache(|| RoleRefused(true));
        request::Outcome::Error((Status::Forbidden, ()))
    }
}

/// An API caller with the instructor's role (or an administrator). Which cohorts they see is decided per
/// resource by `web::policy`, as on the instructors' pages.
#[derive(Debug, Clone)]
pub struct ApiInstructor(pub User);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiInstructor {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, ()> {
        api_with_role(req, Role::Instructor)
            .await
            .map(ApiInstructor)
    }
}

/// An API caller who is an administrator (cohort memberships, as on the administrators' pages).
#[derive(Debug, Clone)]
pub struct ApiAdmin(pub User);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiAdmin {
    type Error = ();
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, ()> {
        api_with_role(req, Role::Admin).await.map(ApiAdmin)
    }
}

/// An url-encoded form body whose `_csrf` field matched this browser's token. Fields are kept as pairs in
/// order, because quiz pages carry repeated and dynamically named fields that each handler parses into
/// domain types itself.
#[derive(Debug, Clone, PartialEq)]
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
    /// A field that is not valid UTF-8 once decoded: refused, never stored with replacement characters.
    BadEncoding,
    Io,
}

/// Why a form was refused, for the catcher to explain beyond its status code.
#[derive(Debug, Clone, Copy)]
pub struct FormRejection(pub Option<&'static str>);

/// Decodes an url-encoded body strictly: `+` is a space, percent escapes must decode to UTF-8.
fn parse_form(body: &[u8]) -> Result<Vec<(String, String)>, FormError> {
    fn decode(part: &[u8]) -> Result<String, FormError> {
        let spaced: Vec<u8> = part
            .iter()
            .map(|&b| if b == b'+' { b' ' } else { b })
            .collect();
        percent_encoding::percent_decode(&spaced)
            .decode_utf8()
            .map(|s| s.into_owned())
            .map_err(|_| FormError::BadEncoding)
    }
    body.split(|&b| b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let mut kv = pair.splitn(2, |&b| b == b'=');
            let key = decode(kv.next().unwrap_or_default())?;
            let value = decode(kv.next().unwrap_or_default())?;
            Ok((key, value))
        })
        .collect()
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
        let fields = match parse_form(&body) {
            Ok(fields) => fields,
            Err(e) => {
                req.local_cache(|| FormRejection(Some("error-bad-encoding")));
                return Outcome::Error((Status::BadRequest, e));
            }
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(body: &[u8]) -> Option<Vec<(String, String)>> {
        parse_form(body).ok()
    }

    #[test]
    fn forms_decode_as_browsers_encode_them() {
        let got = pairs(b"a=1&b=two+words&c=%C4%87%D1%9F&empty=&flag").expect("valid");
        let want: Vec<(String, String)> = [
            ("a", "1"),
            ("b", "two words"),
            ("c", "ćџ"),
            ("empty", ""),
            ("flag", ""),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(got, want);
        assert_eq!(pairs(b"").expect("empty body"), vec![]);
    }

    #[test]
    fn invalid_utf8_is_refused_not_replaced() {
        assert!(pairs(b"a=%FF").is_none(), "a lone byte above 0x7F");
        assert!(pairs(b"a=%C4").is_none(), "a truncated sequence");
        assert!(pairs(b"%FF=1").is_none(), "in a field name");
        assert!(pairs(br"a=\xff").is_some(), "a backslash is text");
        assert!(
            pairs(&[b'a', b'=', 0xC3, 0x28]).is_none(),
            "raw invalid bytes"
        );
    }
}
