//! Signing in and out of the HTML pages.

use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};

use super::error::AppError;
use super::guards::{end_session, start_session, CheckedForm, Lang, Learner, NoLearner};
use super::learner::{resume_held_answers, PENDING_COOKIE};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use super::state::SignInError;
use crate::auth::throttle::Wait;
use crate::auth::Email;
use crate::i18n::locale::match_language_tag;
use crate::i18n::Locale;

pub fn routes() -> Vec<Route> {
    routes![login_page, login, logout, index]
}

/// Only paths on this site are followed after sign-in (no open redirect).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/quizzes".to_string(),
    }
}

/// The sign-in page, coming back to `next` afterwards, in the language a link asked for (`?lang=`), so a
/// client without cookies keeps it across the redirect.
pub fn sign_in_to(next: Option<&str>, lang: Option<Locale>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if let Some(next) = next {
        query.append_pair("next", next);
    }
    if let Some(lang) = lang {
        query.append_pair("lang", lang.tag());
    }
    match query.finish() {
        q if q.is_empty() => "/login".to_string(),
        q => format!("/login?{q}"),
    }
}

#[get("/?<lang>")]
fn index(user: Result<Learner, NoLearner>, lang: Option<&str>) -> Result<Redirect, AppError> {
    let lang = lang.and_then(match_language_tag);
    match user {
        Ok(_) => Ok(Redirect::to("/quizzes")),
        Err(NoLearner::SignedOut) => Ok(Redirect::to(sign_in_to(None, lang))),
        Err(NoLearner::Unavailable) => Err(AppError::Unavailable("session lookup".into())),
    }
}

/// An address refused as malformed, kept for the sign-in page shown after the redirect (post/redirect/get:
/// a reload does not post the password again). Failed sign-ins keep their own answers (401, 429, 503).
const REFUSED_EMAIL_COOKIE: &str = "ispit_refused_email";

#[get("/login?<next>")]
fn login_page(req: PageMeta, lang: Lang, cookies: &CookieJar<'_>, next: Option<&str>) -> Page {
    let refused = cookies
        .get_private(REFUSED_EMAIL_COOKIE)
        .map(|c| c.value().to_string());
    if refused.is_some() {
        cookies.remove_private(Cookie::build(REFUSED_EMAIL_COOKIE).path("/"));
    }
    let mut page = match &refused {
        Some(typed) => login_form(
            &req,
            lang,
            typed,
            &safe_next(next),
            Some("login-error-email"),
        ),
        None => login_form(&req, lang, "", &safe_next(next), None),
    };
    // Answers posted after the session ended wait for this sign-in: say so.
    page.ctx = page.ctx.with(
        "pending_answers",
        cookies.get_private(PENDING_COOKIE).is_some(),
    );
    page
}

fn login_form(req: &PageMeta, lang: Lang, email: &str, next: &str, error: Option<&str>) -> Page {
    let ctx = base_context(req, lang.0, None)
        .with("email", email)
        .with("next", next)
        .with("error", error);
    Page::new("pages/login", ctx)
}

/// The form again, saying how long to wait after too many failed sign-ins.
fn throttled_form(req: &PageMeta, lang: Lang, email: &str, next: &str, wait: Wait) -> Page {
    let ctx = base_context(req, lang.0, None)
        .with("email", email)
        .with("next", next)
        .with("wait_minutes", wait.minutes());
    Page::new("pages/login", ctx).status(Status::TooManyRequests)
}

#[post("/login", data = "<form>")]
async fn login(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    cookies: &CookieJar<'_>,
    form: CheckedForm,
) -> Result<Redirect, Page> {
    let next = safe_next(form.get("next"));
    let typed = form.get("email").unwrap_or_default();
    let Ok(email) = Email::parse(typed) else {
        // What was typed comes back on the page after the redirect (cut short: it is not an address).
        let kept: String = typed.chars().take(320).collect();
        cookies.add_private(
            Cookie::build((REFUSED_EMAIL_COOKIE, kept))
                .http_only(true)
                .same_site(SameSite::Lax)
                .path("/")
                .max_age(rocket::time::Duration::minutes(5)),
        );
        return Ok(Redirect::to(sign_in_to(Some(&next), None)));
    };
    let password = form.get("password").unwrap_or_default();
    match app.sign_in(&email, password).await {
        Ok(Some(u)) => {
            start_session(app, cookies, u.id, app.clock.now().as_second())
                .await
                .map_err(|e| unavailable(&req, lang, typed, &next, &e))?;
            // Answers held while signed out go to the learner's own open attempt, and so does the learner.
            let back = resume_held_answers(app, cookies, &u)
                .await
                .unwrap_or_else(|e| {
                    tracing::error!(error = %e, "applying held answers failed");
                    None
                });
            Ok(Redirect::to(back.unwrap_or(next)))
        }
        Ok(None) => Err(
            login_form(&req, lang, typed, &next, Some("login-error-credentials"))
                .status(Status::Unauthorized),
        ),
        Err(SignInError::Throttled(wait)) => Err(throttled_form(&req, lang, typed, &next, wait)),
        Err(SignInError::Db(e)) => Err(unavailable(&req, lang, typed, &next, &e)),
    }
}

/// The form again when the database cannot be reached: 503, saying the service is briefly unavailable
/// (not that the password was wrong), with what was typed kept.
fn unavailable(req: &PageMeta, lang: Lang, typed: &str, next: &str, e: &sqlx::Error) -> Page {
    tracing::error!(error = %e, "sign-in: database unavailable");
    login_form(req, lang, typed, next, Some("error-unavailable")).status(Status::ServiceUnavailable)
}

/// Signing out ends the session on the server: the old cookie, replayed, no longer signs anyone in.
#[post("/logout", data = "<_form>")]
async fn logout(
    app: &State<App>,
    cookies: &CookieJar<'_>,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    end_session(app, cookies).await?;
    Ok(Redirect::to("/login"))
}
