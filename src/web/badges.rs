//! A certificate as an Open Badges 3.0 credential, for its learner (and administrators): the signed JWT a
//! wallet or validator takes (`badge.jwt`) and the same credential as JSON for people (`badge.json`); the
//! public JWK each JWT's `kid` points at; and the "your certificate" links the result pages and the
//! dashboard show. A revoked certificate's badge answers 410 Gone. Someone else's answers 404, like a
//! certificate that does not exist, so codes cannot be probed here.
//!
//! The public verification page does not link the badge: it is public and the badge is the learner's to
//! hand out; the learner reaches it from their result pages and dashboard.

use rocket::http::{ContentType, Status};
use rocket::serde::json::Json;
use rocket::{get, routes, Either, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::Learner;
use super::state::App;
use crate::certificates::{Achievement, CertificateRecord, VerificationCode};
use crate::db::certificates::{self as rows, CertificateRow};
use crate::i18n::format::format_date;
use crate::i18n::Locale;
use crate::ids::UserId;

pub fn routes() -> Vec<Route> {
    routes![badge_jwt, badge_json, badge_key]
}

/// The certificate with this code, if the user may have its files (its learner, or an administrator).
async fn own_certificate(
    app: &App,
    user: &Learner,
    code: &str,
) -> Result<CertificateRow, AppError> {
    let code = code
        .parse::<VerificationCode>()
        .map_err(|_| AppError::NotFound)?;
    let row = rows::find_by_code(&app.db, code.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    let admin = user.0.roles.has(crate::auth::Role::Admin);
    if row.user == Some(user.0.id) || admin {
        Ok(row)
    } else {
        Err(AppError::NotFound)
    }
}

/// The credential as a JWT (Compact JWS, RS256). `application/jwt` (RFC 7519 §10.3.1) to match the
/// header's `typ` "JWT", which Open Badges 3.0 prescribes.
#[get("/certificates/<code>/badge.jwt")]
async fn badge_jwt(
    app: &State<App>,
    user: Learner,
    code: &str,
) -> Result<Either<(ContentType, String), Status>, AppError> {
    let row = own_certificate(app, &user, code).await?;
    if row.revoked_at.is_some() {
        return Ok(Either::Right(Status::Gone));
    }
    let now = app.clock.now().as_second();
    let jwt = crate::service::badges::jwt(&app.db, &app.certifier, &row, now).await?;
    Ok(Either::Left((ContentType::new("application", "jwt"), jwt)))
}

/// The same credential, unsigned, as JSON for people to read.
#[get("/certificates/<code>/badge.json")]
async fn badge_json(
    app: &State<App>,
    user: Learner,
    code: &str,
) -> Result<Either<Json<Value>, Status>, AppError> {
    let row = own_certificate(app, &user, code).await?;
    if row.revoked_at.is_some() {
        return Ok(Either::Right(Status::Gone));
    }
    let credential = crate::service::badges::credential(&app.certifier, &row)?;
    Ok(Either::Left(Json(credential)))
}

/// One badge key's public JWK: what a JWT header's `kid` dereferences to (the whole set is at
/// `/.well-known/ispit-certificate-keys.json`).
#[get("/.well-known/ispit-certificate-keys/<kid>")]
async fn badge_key(app: &State<App>, kid: &str) -> Result<(ContentType, String), AppError> {
    let jwk = crate::service::badges::public_key(&app.db, kid)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((ContentType::new("application", "jwk+json"), jwk.to_string()))
}

/// What a page shows of one certificate: its title, date, state and links.
fn links(app: &App, row: &CertificateRow, locale: Locale) -> Value {
    let record = CertificateRecord::from_json(&row.record).ok();
    let title = record.as_ref().map(|r| match &r.achievement {
        Achievement::Course { title, .. } => title.clone(),
        Achievement::Placement { level, .. } => app.ui.format(
            locale,
            "email-certificate-placement-title",
            None,
            Some(&fluent_bundle::FluentArgs::from_iter([(
                "level",
                level.label(),
            )])),
        ),
    });
    let code = &row.code;
    json!({
        "code": code,
        "title": title,
        "issued_on": record.map(|r| format_date(r.issued_on, locale)),
        "revoked": row.revoked_at.is_some(),
        "pdf": format!("/certificates/{code}/pdf"),
        "badge_jwt": format!("/certificates/{code}/badge.jwt"),
        "badge_json": format!("/certificates/{code}/badge.json"),
        "verify": format!("/verify/{code}"),
    })
}

/// The certificate of a subject (`course:<quiz>:<user>`, `placement:<attempt>`) if `user` holds it.
pub async fn certificate_of(
    app: &App,
    subject: &str,
    user: UserId,
    locale: Locale,
) -> Result<Option<Value>, AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let row = rows::find_by_subject(&mut conn, subject).await?;
    Ok(row
        .filter(|r| r.user == Some(user))
        .map(|r| links(app, &r, locale)))
}

/// The learner's certificates, newest first.
pub async fn certificates_of(
    app: &App,
    user: UserId,
    locale: Locale,
) -> Result<Vec<Value>, AppError> {
    Ok(rows::of_user(&app.db, user)
        .await?
        .iter()
        .map(|r| links(app, r, locale))
        .collect())
}
