//! Forgotten passwords: asking for a reset or sign-in link by email, choosing a new password through a
//! reset link, and signing in through a sign-in link. Anonymous visitors use all of it, so every answer
//! here is careful: asking for a link gets the same reply whether or not the address has an account (and
//! whether or not it was over its limit), and a link's page never uses the link up on GET (mail scanners
//! fetch links). Pages that carry a token in their address ask browsers not to send it on as a Referer.

use rocket::http::{CookieJar, Header, Status};
use rocket::request::{self, FromRequest, Request};
use rocket::response::{self, Redirect, Responder};
use rocket::{get, post, routes, Either, Route, State};

use super::error::AppError;
use super::guards::{start_session, CheckedForm, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use crate::auth::links::{check, client_key, plausible_token, Purpose, Spent};
use crate::auth::{token_hash, Email, NewPassword};
use crate::db::links;
use crate::service::links::{request_link, Requested};

pub fn routes() -> Vec<Route> {
    routes![
        forgot_page,
        request_link_email,
        reset_page,
        reset_password,
        sign_in_page,
        sign_in_with_link,
    ]
}

/// The client's address as Rocket sees it (`ip_header`, else the peer), for the per-client limit.
pub struct ClientIp(Option<std::net::IpAddr>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientIp {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, Self::Error> {
        request::Outcome::Success(ClientIp(req.client_ip()))
    }
}

/// A response that tells the browser to send no Referer from this page (its address holds a token).
pub struct NoReferrer<R>(R);

impl<'r, R: Responder<'r, 'static>> Responder<'r, 'static> for NoReferrer<R> {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        let mut res = self.0.respond_to(req)?;
        res.set_header(Header::new("Referrer-Policy", "no-referrer"));
        Ok(res)
    }
}

fn forgot_form(req: &PageMeta, lang: Lang, email: &str, error: Option<&str>) -> Page {
    let ctx = base_context(req, lang.0, None)
        .with("sent", false)
        .with("email", email)
        .with("error", error);
    let status = if error.is_some() {
        Status::UnprocessableEntity
    } else {
        Status::Ok
    };
    Page::new("pages/password-forgot", ctx).status(status)
}

#[get("/password/forgot?<sent>")]
fn forgot_page(req: PageMeta, lang: Lang, sent: Option<bool>) -> Page {
    if sent == Some(true) {
        let ctx = base_context(&req, lang.0, None)
            .with("sent", true)
            .with("email", "")
            .with("error", None::<&str>);
        return Page::new("pages/password-forgot", ctx);
    }
    forgot_form(&req, lang, "", None)
}

/// Asks for a link. Whatever the address, the answer is the same redirect to the same page: the work done
/// (count, look up, and for an enabled account under the limits, store and queue) is one code path.
#[post("/password/forgot", data = "<form>")]
async fn request_link_email(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    client: ClientIp,
    form: CheckedForm,
) -> Result<Either<Redirect, Page>, AppError> {
    let typed = form.get("email").unwrap_or_default();
    let Ok(email) = Email::parse(typed) else {
        // Only the shape of what was typed is judged here, which says nothing about accounts.
        let kept: String = typed.chars().take(320).collect();
        return Ok(Either::Right(forgot_form(
            &req,
            lang,
            &kept,
            Some("login-error-email"),
        )));
    };
    let purpose = form
        .get("purpose")
        .and_then(Purpose::parse)
        .unwrap_or(Purpose::Reset);
    let client = client_key(client.0);
    let now = app.clock.now().as_second();
    let policy = app.settings.link_policy();
    let outcome = request_link(&app.db, &email, &client, purpose, lang.0, &policy, now).await?;
    match outcome {
        Requested::Throttled => {
            tracing::warn!(%purpose, %client, address = %email, "link request over the limit: nothing sent")
        }
        Requested::NoAccount => {
            tracing::info!(%purpose, "link requested for an address without an enabled account")
        }
        Requested::Queued => tracing::info!(%purpose, "link email queued"),
    }
    app.mail_wake.notify_one();
    if let Err(e) = links::delete_stale_requests(&app.db, now).await {
        tracing::warn!(error = %e, "forgetting old link requests failed");
    }
    Ok(Either::Left(Redirect::to("/password/forgot?sent=true")))
}

/// The page for a link that cannot be used: 404 for a token we never issued (or one for the other purpose),
/// 410 Gone for a used or expired one. Nothing is changed.
fn link_refused(req: &PageMeta, lang: Lang, why: Option<Spent>) -> Page {
    let (status, message) = match why {
        None => (Status::NotFound, "link-error-unknown"),
        Some(Spent::Used) => (Status::Gone, "link-error-used"),
        Some(Spent::Expired) => (Status::Gone, "link-error-expired"),
    };
    let ctx = base_context(req, lang.0, None)
        .with("message", message)
        .with("status", status.code);
    Page::new("pages/link-refused", ctx).status(status)
}

/// The stored link behind `token` if it is for `purpose` and usable now; else the page saying why not.
async fn usable_link(
    app: &App,
    req: &PageMeta,
    lang: Lang,
    token: &str,
    purpose: Purpose,
) -> Result<Result<links::Link, Page>, AppError> {
    if !plausible_token(token) {
        return Ok(Err(link_refused(req, lang, None)));
    }
    let link = links::find_link(&app.db, &token_hash(token)).await?;
    let Some(link) = link.filter(|l| l.purpose == purpose) else {
        return Ok(Err(link_refused(req, lang, None)));
    };
    let now = app.clock.now().as_second();
    match check(link.used_at, link.expires_at, link.account_disabled, now) {
        Ok(()) => Ok(Ok(link)),
        Err(spent) => Ok(Err(link_refused(req, lang, Some(spent)))),
    }
}

fn reset_form(
    req: &PageMeta,
    lang: Lang,
    link: &links::Link,
    token: &str,
    error: Option<&str>,
) -> Page {
    let ctx = base_context(req, lang.0, None)
        .with("email", &link.email)
        .with("token", token)
        .with("error", error);
    let status = if error.is_some() {
        Status::UnprocessableEntity
    } else {
        Status::Ok
    };
    Page::new("pages/password-reset", ctx).status(status)
}

/// The form to choose a new password. Showing it uses nothing up.
#[get("/password/reset/<token>")]
async fn reset_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    token: &str,
) -> Result<NoReferrer<Page>, AppError> {
    Ok(NoReferrer(
        match usable_link(app, &req, lang, token, Purpose::Reset).await? {
            Ok(link) => reset_form(&req, lang, &link, token, None),
            Err(refused) => refused,
        },
    ))
}

/// Sets the new password: the link is used by the statement that checks it (so it works once however many
/// posts race), the password changes, every session, API token and other emailed link of the account ends,
/// all in one transaction; then this browser is signed in.
#[post("/password/reset/<token>", data = "<form>")]
async fn reset_password(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    cookies: &CookieJar<'_>,
    token: &str,
    form: CheckedForm,
) -> Result<NoReferrer<Either<Redirect, Page>>, AppError> {
    let link = match usable_link(app, &req, lang, token, Purpose::Reset).await? {
        Ok(link) => link,
        Err(refused) => return Ok(NoReferrer(Either::Right(refused))),
    };
    let typed = form.get("password").unwrap_or_default();
    let error = match NewPassword::parse(typed) {
        Err(_) => Err("admin-error-password"),
        Ok(_) if form.get("confirm").unwrap_or_default() != typed => Err("reset-error-mismatch"),
        Ok(p) => Ok(p),
    };
    let password = match error {
        Ok(p) => p,
        Err(id) => {
            return Ok(NoReferrer(Either::Right(reset_form(
                &req,
                lang,
                &link,
                token,
                Some(id),
            ))))
        }
    };
    let hash = crate::service::people::hash(&password)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let now = app.clock.now().as_second();
    let mut tx = app.db.begin_write().await?;
    let Some(user) = links::use_link(tx.conn(), &token_hash(token), Purpose::Reset, now).await?
    else {
        // Used (or expired) since the form was checked: another request got there first.
        tx.rollback().await?;
        return Ok(NoReferrer(Either::Right(
            match usable_link(app, &req, lang, token, Purpose::Reset).await? {
                Err(refused) => refused,
                Ok(_) => link_refused(&req, lang, Some(Spent::Used)),
            },
        )));
    };
    links::set_password(tx.conn(), user, &hash).await?;
    links::void_links(tx.conn(), user, &[Purpose::Reset, Purpose::SignIn], now).await?;
    tx.commit().await?;
    tracing::info!(user = user.0, "password reset through an emailed link");
    start_session(app, cookies, user, now).await?;
    Ok(NoReferrer(Either::Left(Redirect::to("/quizzes"))))
}

/// The sign-in link's page: a button that signs in. Mail scanners that fetch the link change nothing.
#[get("/sign-in/<token>")]
async fn sign_in_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    token: &str,
) -> Result<NoReferrer<Page>, AppError> {
    Ok(NoReferrer(
        match usable_link(app, &req, lang, token, Purpose::SignIn).await? {
            Ok(link) => {
                let ctx = base_context(&req, lang.0, None)
                    .with("email", &link.email)
                    .with("token", token);
                Page::new("pages/sign-in-link", ctx)
            }
            Err(refused) => refused,
        },
    ))
}

/// Signs in once: the link is used by the statement that checks it, and the account's other sign-in
/// links end with it.
#[post("/sign-in/<token>", data = "<_form>")]
async fn sign_in_with_link(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    cookies: &CookieJar<'_>,
    token: &str,
    _form: CheckedForm,
) -> Result<NoReferrer<Either<Redirect, Page>>, AppError> {
    if !plausible_token(token) {
        return Ok(NoReferrer(Either::Right(link_refused(&req, lang, None))));
    }
    let now = app.clock.now().as_second();
    let mut tx = app.db.begin_write().await?;
    let Some(user) = links::use_link(tx.conn(), &token_hash(token), Purpose::SignIn, now).await?
    else {
        tx.rollback().await?;
        return Ok(NoReferrer(Either::Right(
            match usable_link(app, &req, lang, token, Purpose::SignIn).await? {
                Err(refused) => refused,
                Ok(_) => link_refused(&req, lang, Some(Spent::Used)),
            },
        )));
    };
    links::void_links(tx.conn(), user, &[Purpose::SignIn], now).await?;
    tx.commit().await?;
    start_session(app, cookies, user, now).await?;
    Ok(NoReferrer(Either::Left(Redirect::to("/quizzes"))))
}
