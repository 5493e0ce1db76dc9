//! Every failure a route can meet, mapped to a response in one place: a localized HTML page under `/`, a
//! JSON body under `/api`. The message for the user never carries internals; those go to the log.

use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use rocket::serde::json::json;
use std::io::Cursor;

use super::state::App;
use crate::assessment::attempt::AttemptRefusal;
use crate::auth::throttle::Wait;
use crate::service::ServiceError;
use fluent_bundle::FluentArgs;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("not offered in this language")]
    NotOffered,
    #[error("refused: {0}")]
    Refused(AttemptRefusal),
    #[error("refused: {0}")]
    Assignment(crate::assignments::StartRefusal),
    #[error("the attempt is still open")]
    AttemptOpen,
    #[error("invalid input: {0}")]
    Invalid(&'static str),
    /// A JSON body whose fields have problems: (field, Fluent id) each, answered 422 with every problem.
    #[error("invalid fields: {0:?}")]
    InvalidFields(Vec<(String, &'static str)>),
    #[error("request body too large")]
    TooLarge,
    #[error("too many failed sign-ins; wait {} s", .0.seconds)]
    Throttled(Wait),
    /// Too many certificate lookups from one address (the public verification page).
    #[error("too many lookups; wait {} s", .0.seconds)]
    TooManyLookups(Wait),
    /// The database cannot serve now (an outage, a full disk): 503, retry later, nothing is lost.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// A form that is not valid UTF-8 (refused rather than stored with replacement characters).
    #[error("form is not valid UTF-8")]
    BadEncoding,
    #[error("internal: {0}")]
    Internal(String),
}

/// Seconds a client is asked to wait when the database is unavailable.
pub const RETRY_AFTER_SECONDS: u32 = 10;

impl From<ServiceError> for AppError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::NotOffered => AppError::NotOffered,
            ServiceError::Refused(r) => AppError::Refused(r),
            ServiceError::Assignment(r) => AppError::Assignment(r),
            ServiceError::InvalidAnswer { error, .. } => AppError::Invalid(error.message_id()),
            ServiceError::InvalidChoice => AppError::Invalid("answer-error-invalid-choice"),
            ServiceError::Certificate(e) => AppError::Internal(e),
            ServiceError::Db(e) => e.into(),
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        if crate::db::is_unavailable(&e) {
            AppError::Unavailable(e.to_string())
        } else {
            AppError::Internal(e.to_string())
        }
    }
}

impl AppError {
    pub fn status(&self) -> Status {
        match self {
            AppError::NotFound => Status::NotFound,
            AppError::NotOffered => Status::NotFound,
            AppError::Refused(_) | AppError::Assignment(_) | AppError::AttemptOpen => {
                Status::Conflict
            }
            AppError::Invalid(_) | AppError::InvalidFields(_) => Status::UnprocessableEntity,
            AppError::TooLarge => Status::PayloadTooLarge,
            AppError::Throttled(_) | AppError::TooManyLookups(_) => Status::TooManyRequests,
            AppError::Unavailable(_) => Status::ServiceUnavailable,
            AppError::BadEncoding => Status::BadRequest,
            AppError::Internal(_) => Status::InternalServerError,
        }
    }

    /// The Fluent id of the message shown to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::NotOffered => "error-not-offered",
            AppError::Refused(r) => r.message_id(),
            AppError::Assignment(r) => r.message_id(),
            AppError::AttemptOpen => "error-attempt-open",
            AppError::Invalid(id) => id,
            AppError::InvalidFields(_) => "error-unprocessable",
            AppError::TooLarge => "error-too-large",
            AppError::Throttled(_) => "login-error-throttled",
            AppError::TooManyLookups(_) => "verify-throttled",
            AppError::Unavailable(_) => "error-unavailable",
            AppError::BadEncoding => "error-bad-encoding",
            AppError::Internal(_) => "error-internal",
        }
    }

    /// Machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not-found",
            AppError::NotOffered => "not-offered",
            AppError::Refused(AttemptRefusal::NoAttemptsLeft) => "no-attempts-left",
            AppError::Refused(AttemptRefusal::Closed) => "attempt-closed",
            AppError::Refused(AttemptRefusal::Submitted) => "attempt-submitted",
            AppError::Refused(AttemptRefusal::Expired) => "attempt-expired",
            AppError::Refused(AttemptRefusal::DeadlinePassed) => "deadline-passed",
            AppError::Assignment(crate::assignments::StartRefusal::NotYetOpen) => "not-open-yet",
            AppError::Assignment(crate::assignments::StartRefusal::Closed) => "assignment-closed",
            AppError::Assignment(crate::assignments::StartRefusal::NoAttemptsLeft) => {
                "no-attempts-left"
            }
            AppError::Assignment(crate::assignments::StartRefusal::OtherAttemptOpen) => {
                "other-attempt-open"
            }
            AppError::AttemptOpen => "attempt-open",
            AppError::Invalid(_) | AppError::InvalidFields(_) => "invalid",
            AppError::TooLarge => "too-large",
            AppError::Throttled(_) => "too-many-attempts",
            AppError::TooManyLookups(_) => "too-many-lookups",
            AppError::Unavailable(_) => "unavailable",
            AppError::BadEncoding => "bad-encoding",
            AppError::Internal(_) => "internal",
        }
    }
}

impl<'r> Responder<'r, 'static> for AppError {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        match &self {
            AppError::Internal(detail) => {
                tracing::error!(path = %req.uri(), %detail, "internal error")
            }
            AppError::Unavailable(detail) => {
                tracing::error!(path = %req.uri(), %detail, "database unavailable")
            }
            _ => {}
        }
        let mut args = FluentArgs::new();
        if let AppError::Throttled(wait) = &self {
            args.set("minutes", wait.minutes());
        }
        if let AppError::InvalidFields(fields) = &self {
            if let Some(response) = field_errors(req, fields) {
                return response;
            }
        }
        let mut response =
            error_response(req, self.status(), self.message_id(), self.code(), &args)?;
        if let AppError::Throttled(wait) | AppError::TooManyLookups(wait) = &self {
            response.set_raw_header("Retry-After", wait.seconds.to_string());
        }
        Ok(response)
    }
}

/// A JSON body's problems under `/api`: the usual error object with `fields`, each field's message in the
/// request's language. `None` elsewhere (a page shows the generic message).
fn field_errors(
    req: &Request<'_>,
    fields: &[(String, &'static str)],
) -> Option<response::Result<'static>> {
    let app = req.rocket().state::<App>()?;
    if !req.uri().path().starts_with("/api") {
        return None;
    }
    let locale = error_locale(req);
    let problems: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .map(|(field, id)| (field.clone(), json!(app.ui.format(locale, id, None, None))))
        .collect();
    let body = json!({ "error": {
        "code": "invalid",
        "message": app.ui.format(locale, "error-unprocessable", None, None),
        "fields": problems,
    }})
    .to_string();
    Some(
        Response::build()
            .status(Status::UnprocessableEntity)
            .header(ContentType::JSON)
            .sized_body(body.len(), Cursor::new(body))
            .ok(),
    )
}

/// Renders an error for the request's audience (HTML page or JSON).
pub fn error_response(
    req: &Request<'_>,
    status: Status,
    message_id: &str,
    code: &str,
    args: &FluentArgs<'_>,
) -> response::Result<'static> {
    let Some(app) = req.rocket().state::<App>() else {
        return Response::build().status(status).ok();
    };
    let mut response = localized_error(app, req, status, message_id, code, args)?;
    if status == Status::ServiceUnavailable {
        response.set_raw_header("Retry-After", RETRY_AFTER_SECONDS.to_string());
    }
    Ok(response)
}

fn localized_error(
    app: &App,
    req: &Request<'_>,
    status: Status,
    message_id: &str,
    code: &str,
    args: &FluentArgs<'_>,
) -> response::Result<'static> {
    // The locale was resolved by the route's guards when there were any; otherwise fall back to headers.
    let locale = error_locale(req);
    let message = app.ui.format(locale, message_id, None, Some(args));
    if req.uri().path().starts_with("/api") {
        let body = json!({ "error": { "code": code, "message": message } }).to_string();
        return Response::build()
            .status(status)
            .header(ContentType::JSON)
            .sized_body(body.len(), Cursor::new(body))
            .ok();
    }
    // The visitor keeps their name, Sign out and a way on, as on every other page.
    let user = super::guards::looked_up_user(req);
    let page = super::pages::base_context(&super::pages::PageMeta::of(req), locale, user.as_ref())
        .with("status", status.code)
        .with("message", message);
    match app.renderer.render("pages/error", &page.into_value()) {
        Ok(html) => Response::build()
            .status(status)
            .header(ContentType::HTML)
            .sized_body(html.len(), Cursor::new(html))
            .ok(),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            Response::build().status(status).ok()
        }
    }
}

/// The locale for an error page, without awaiting: what the guards cached, else `?lang`, cookie, header.
fn error_locale(req: &Request<'_>) -> crate::i18n::Locale {
    if let Some(l) = req.local_cache(|| super::guards::ResolvedLocale(None)).0 {
        return l;
    }
    use crate::i18n::locale::{choose_locale, LocaleSources};
    let cookie = req
        .cookies()
        .get(super::guards::LANG_COOKIE)
        .map(|c| c.value().to_string());
    choose_locale(&LocaleSources {
        query: req.query_value::<&str>("lang").and_then(Result::ok),
        cookie: cookie.as_deref(),
        profile: None,
        accept_language: req.headers().get_one("Accept-Language"),
    })
}

// Catchers: HTML for pages, JSON under /api. None of them can panic.

#[rocket::catch(default)]
pub async fn default_catcher(status: Status, req: &Request<'_>) -> CatcherResponse {
    // No route ran (an unknown path) or its guards stopped early: look the visitor up for the page.
    let _ = super::guards::session_user(req).await;
    let (id, code) = match status.code {
        400 => ("error-bad-request", "bad-request"),
        401 => ("error-unauthorized", "unauthorized"),
        403 => ("error-forbidden", "forbidden"),
        404 => ("error-not-found", "not-found"),
        413 => ("error-too-large", "too-large"),
        503 => ("error-unavailable", "unavailable"),
        _ => ("error-internal", "internal"),
    };
    // Handlers answer bad forms and bodies themselves (422 with the form again); a 422 reaching a catcher
    // means a path segment that is not a valid id (`/attempts/abc`): for the user, that page does not exist.
    if status == Status::UnprocessableEntity {
        return CatcherResponse(Status::NotFound, "error-not-found", "not-found");
    }
    if status == Status::Forbidden && req.local_cache(|| super::guards::RoleRefused(false)).0 {
        return CatcherResponse(status, "error-no-permission", "no-permission");
    }
    if let Some(why) = req.local_cache(|| super::guards::FormRejection(None)).0 {
        return CatcherResponse(status, why, "bad-encoding");
    }
    CatcherResponse(status, id, code)
}

/// Unauthenticated page requests go to the sign-in page and come back afterwards.
#[rocket::catch(401)]
pub fn unauthorized_page(req: &Request<'_>) -> Result<rocket::response::Redirect, CatcherResponse> {
    if req.uri().path().starts_with("/api") {
        return Err(CatcherResponse(
            Status::Unauthorized,
            "error-unauthorized",
            "unauthorized",
        ));
    }
    let lang = req
        .query_value::<&str>("lang")
        .and_then(Result::ok)
        .and_then(crate::i18n::locale::match_language_tag);
    Ok(rocket::response::Redirect::to(super::session::sign_in_to(
        Some(req.uri().path().as_str()),
        lang,
    )))
}

pub struct CatcherResponse(pub Status, pub &'static str, pub &'static str);

impl<'r> Responder<'r, 'static> for CatcherResponse {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        error_response(req, self.0, self.1, self.2, &FluentArgs::new())
    }
}
