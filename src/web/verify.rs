//! Public certificate verification, no sign-in: `/verify/<code>` answers valid, revoked (with its date) or
//! unknown, with the name, what was certified and the date, and nothing more about the learner; in the
//! visitor's language, or as JSON. The signed record and the public keys are published so anyone can check
//! the signature with their own tools. Lookups are counted per client address and minute in the database
//! (every instance sees one budget), which makes guessing codes slow on top of their 75 bits.

use std::net::IpAddr;

use rocket::http::{ContentType, Status};
use rocket::response::Redirect;
use rocket::serde::json::Json;
use rocket::{get, routes, Either, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Lang, Learner, NoLearner};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use crate::certificates::{Achievement, CertificateRecord, VerificationCode};
use crate::db::certificates::{self as rows, CertificateRow};
use crate::i18n::format::format_date;
use crate::i18n::Locale;

/// Lookups allowed per client address and minute (pages, JSON and records together).
pub const LOOKUPS_PER_MINUTE: i64 = 30;

/// What a typed code may keep unescaped in the path it is sent to.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-');

pub fn routes() -> Vec<Route> {
    routes![
        verify_form,
        verify_page,
        verify_json,
        verify_record,
        key_set,
        own_pdf
    ]
}

/// What a lookup found.
enum Found {
    Malformed,
    Unknown(VerificationCode),
    Certificate(Box<(CertificateRow, CertificateRecord)>),
}

/// Counts the lookup (refusing over the limit) and finds the certificate.
async fn look_up(app: &App, ip: Option<IpAddr>, typed: &str) -> Result<Found, AppError> {
    let now = app.clock.now().as_second();
    let window = now - now.rem_euclid(60);
    let bucket = format!("verify:{}", ip.map_or("unknown".into(), |i| i.to_string()));
    let count = rows::count_lookup(&app.db, &bucket, window).await?;
    if count > LOOKUPS_PER_MINUTE {
        tracing::warn!(%bucket, count, "verification lookups throttled");
        return Err(AppError::TooManyLookups(crate::auth::throttle::Wait {
            seconds: window + 60 - now,
        }));
    }
    let Ok(code) = typed.parse::<VerificationCode>() else {
        return Ok(Found::Malformed);
    };
    let Some(row) = rows::find_by_code(&app.db, code.as_str()).await? else {
        return Ok(Found::Unknown(code));
    };
    let record = CertificateRecord::from_json(&row.record)
        .map_err(|e| AppError::Internal(format!("certificate {}: {e}", row.code)))?;
    Ok(Found::Certificate(Box::new((row, record))))
}

fn date_of(at: i64, app: &App, locale: Locale) -> Option<String> {
    jiff::Timestamp::from_second(at)
        .ok()
        .map(|t| format_date(t.to_zoned(app.zone.clone()).date(), locale))
}

/// What the page and the JSON show of a certificate: the record's public facts.
fn facts(app: &App, row: &CertificateRow, r: &CertificateRecord, locale: Locale) -> Value {
    let (course, score, level, skills) = match &r.achievement {
        Achievement::Course {
            title,
            score_percent,
            ..
        } => (
            Some(title.clone()),
            Some(score_percent.clone()),
            None,
            vec![],
        ),
        Achievement::Placement { level, skills } => (
            None,
            None,
            Some(level.label()),
            skills
                .iter()
                .map(
                    |(s, l)| json!({ "skill": format!("placement-skill-{s}"), "level": l.label() }),
                )
                .collect(),
        ),
    };
    json!({
        "code": row.code,
        "name": r.learner.name,
        "course": course,
        "score": score,
        "level": level,
        "skills": skills,
        "issued_on": format_date(r.issued_on, locale),
        "issuer": r.issuer.name,
        "kid": row.kid,
        "revoked_on": row.revoked_at.and_then(|t| date_of(t, app, locale)),
    })
}

/// The lookup form; with `?code=…`, the certificate's page.
#[get("/verify?<code>")]
async fn verify_form(
    req: PageMeta,
    lang: Lang,
    user: Result<Learner, NoLearner>,
    code: Option<&str>,
) -> Either<Page, Redirect> {
    if let Some(code) = code.filter(|c| !c.trim().is_empty()) {
        let canonical = code
            .parse::<VerificationCode>()
            .map_or_else(|_| code.trim().to_string(), |c| c.to_string());
        let path = percent_encoding::utf8_percent_encode(&canonical, PATH_SEGMENT);
        return Either::Right(Redirect::to(format!("/verify/{path}")));
    }
    let user = user.ok();
    let ctx = base_context(&req, lang.0, user.as_ref().map(|u| &u.0)).with("typed", "");
    Either::Left(Page::new("pages/verify", ctx))
}

#[get("/verify/<code>", format = "text/html", rank = 1)]
async fn verify_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Result<Learner, NoLearner>,
    ip: Option<IpAddr>,
    code: &str,
) -> Result<Page, AppError> {
    let found = look_up(app, ip, code).await?;
    let user = user.ok();
    let ctx = base_context(&req, lang.0, user.as_ref().map(|u| &u.0));
    let (ctx, status) = match found {
        Found::Malformed => (
            ctx.with("malformed", true).with("typed", code),
            Status::NotFound,
        ),
        Found::Unknown(c) => (
            ctx.with("unknown", true).with("typed", c.to_string()),
            Status::NotFound,
        ),
        Found::Certificate(found) => {
            let (row, record) = *found;
            let facts = facts(app, &row, &record, lang.0);
            let revoked = row.revoked_at.is_some();
            (
                ctx.with("cert", facts)
                    .with("valid", !revoked)
                    .with("revoked", revoked)
                    .with("typed", row.code.clone()),
                Status::Ok,
            )
        }
    };
    Ok(Page::new("pages/verify", ctx).status(status))
}

/// The same as JSON (`Accept: application/json`, or anything that does not take HTML), for scripts and
/// other systems. (A request without `Accept` takes the page.)
#[get("/verify/<code>", rank = 2)]
async fn verify_json(
    app: &State<App>,
    ip: Option<IpAddr>,
    code: &str,
) -> Result<(Status, Json<Value>), AppError> {
    Ok(match look_up(app, ip, code).await? {
        Found::Malformed => (Status::NotFound, Json(json!({ "status": "malformed" }))),
        Found::Unknown(c) => (
            Status::NotFound,
            Json(json!({ "status": "unknown", "code": c.to_string() })),
        ),
        Found::Certificate(found) => {
            let (row, record) = *found;
            let locale = record.locale.parse().unwrap_or(Locale::DEFAULT);
            let mut facts = facts(app, &row, &record, locale);
            if let Value::Object(m) = &mut facts {
                // Machine-readable dates rather than the page's localized ones.
                m.insert("issued_on".into(), json!(record.issued_on.to_string()));
                m.insert(
                    "revoked_on".into(),
                    json!(row
                        .revoked_at
                        .and_then(|t| jiff::Timestamp::from_second(t).ok())
                        .map(|t| t.to_zoned(app.zone.clone()).date().to_string())),
                );
                m.remove("skills");
                m.insert(
                    "skills".into(),
                    match &record.achievement {
                        Achievement::Placement { skills, .. } => json!(skills),
                        Achievement::Course { .. } => json!({}),
                    },
                );
                m.insert(
                    "kind".into(),
                    json!(match record.achievement {
                        Achievement::Course { .. } => "course",
                        Achievement::Placement { .. } => "placement",
                    }),
                );
            }
            let status = if row.revoked_at.is_some() {
                "revoked"
            } else {
                "valid"
            };
            (
                Status::Ok,
                Json(json!({
                    "status": status,
                    "certificate": facts,
                    "record": format!("/verify/{}/record.json", row.code),
                    "keys": "/.well-known/ispit-certificate-keys.json",
                })),
            )
        }
    })
}

/// The signed record exactly as signed (its canonical JSON) and its signature.
#[get("/verify/<code>/record.json")]
async fn verify_record(
    app: &State<App>,
    ip: Option<IpAddr>,
    code: &str,
) -> Result<Json<Value>, AppError> {
    match look_up(app, ip, code).await? {
        Found::Certificate(found) => Ok(Json(json!({
            "record": found.0.record,
            "signature": found.0.signature,
            "alg": "EdDSA",
            "kid": found.0.kid,
            "revoked": found.0.revoked_at.is_some(),
        }))),
        _ => Err(AppError::NotFound),
    }
}

/// Every key that ever signed a certificate (JWK Set, RFC 7517).
#[get("/.well-known/ispit-certificate-keys.json")]
async fn key_set(app: &State<App>) -> Result<(ContentType, String), AppError> {
    let keys = crate::service::certificates::key_set(&app.db).await?;
    Ok((
        ContentType::new("application", "jwk-set+json"),
        keys.to_string(),
    ))
}

/// A learner's own certificate as PDF (administrators may fetch any).
#[get("/certificates/<code>/pdf")]
async fn own_pdf(
    app: &State<App>,
    user: Learner,
    code: &str,
) -> Result<(ContentType, Vec<u8>), AppError> {
    let code = code
        .parse::<VerificationCode>()
        .map_err(|_| AppError::NotFound)?;
    let row = rows::find_by_code(&app.db, code.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    let admin = user.0.roles.has(crate::auth::Role::Admin);
    if row.user != Some(user.0.id) && !admin {
        return Err(AppError::NotFound);
    }
    let pdf = app.certifier.pdf(&row.record).map_err(AppError::Internal)?;
    Ok((ContentType::PDF, pdf))
}
