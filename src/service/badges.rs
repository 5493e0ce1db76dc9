//! Open Badges 3.0 credentials of stored certificates: the credential (from the signed record, in the
//! certificate's language) and its JWT, signed with the badge key. The key is made once, on the first badge
//! asked for, and stored for every instance; it is never logged. Revocation is the caller's to check.

use crate::certificates::badge::{self, BadgeIds, BadgeTexts, RsaKeyPair};
use crate::certificates::{Achievement, CertificateRecord};
use crate::db::certificates::{self as rows, CertificateRow};
use crate::db::Db;
use crate::i18n::Locale;

use super::certificates::Certifier;
use super::ServiceError;

fn err(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Certificate(e.to_string())
}

/// The badge key in use, read once per process (made and stored when no instance has made one).
pub async fn signing_key<'c>(
    db: &Db,
    c: &'c Certifier,
    now: i64,
) -> Result<&'c RsaKeyPair, ServiceError> {
    c.badge_key
        .get_or_try_init(|| async {
            let make = || async {
                // Making an RSA key takes a while: off the async workers.
                let key = tokio::task::spawn_blocking(RsaKeyPair::generate)
                    .await
                    .map_err(err)?
                    .map_err(err)?;
                Ok::<_, ServiceError>((key.key_id(), key.secret_pem().map_err(err)?))
            };
            let (kid, pem) = rows::badge_key(db, make, now).await?;
            let key = RsaKeyPair::from_pem(&pem).map_err(err)?;
            if key.key_id() == kid {
                Ok(key)
            } else {
                Err(err(format!("badge key {kid} does not match its secret")))
            }
        })
        .await
}

/// The public JWKs of every badge key (for the published key set).
pub async fn public_keys(db: &Db) -> Result<Vec<serde_json::Value>, ServiceError> {
    Ok(rows::all_badge_keys(db)
        .await?
        .iter()
        .filter_map(|(_, pem)| RsaKeyPair::from_pem(pem).ok())
        .map(|k| k.public_jwk())
        .collect())
}

/// The public JWK of one badge key, by its key id.
pub async fn public_key(db: &Db, kid: &str) -> Result<Option<serde_json::Value>, ServiceError> {
    Ok(public_keys(db).await?.into_iter().find(|k| k["kid"] == kid))
}

/// Where a badge key's JWK is published (the JWT header's `kid`).
pub fn key_url(c: &Certifier, kid: &str) -> String {
    format!(
        "{}/.well-known/ispit-certificate-keys/{kid}",
        c.public_url()
    )
}

/// The OpenBadgeCredential of a stored certificate.
pub fn credential(c: &Certifier, row: &CertificateRow) -> Result<serde_json::Value, ServiceError> {
    let record = CertificateRecord::from_json(&row.record).map_err(err)?;
    let locale = record.locale.parse::<Locale>().unwrap_or(Locale::DEFAULT);
    let base = c.public_url();
    let (title, achievement_id, description, criteria) = match &record.achievement {
        Achievement::Course {
            course_id, title, ..
        } => (
            title.clone(),
            format!("{base}/achievements/course/{course_id}"),
            c.t(
                locale,
                "badge-course-description",
                &[("course", title.clone())],
            ),
            c.t(
                locale,
                "badge-course-criteria",
                &[("course", title.clone())],
            ),
        ),
        Achievement::Placement { level, .. } => {
            let level = level.label().to_string();
            (
                c.t(
                    locale,
                    "email-certificate-placement-title",
                    &[("level", level.clone())],
                ),
                format!("{base}/achievements/placement/{}", level.to_lowercase()),
                c.t(
                    locale,
                    "badge-placement-description",
                    &[("level", level.clone())],
                ),
                c.t(locale, "badge-placement-criteria", &[("level", level)]),
            )
        }
    };
    let verify = c.verify_url(record.code.as_str());
    let ids = BadgeIds {
        subject: format!("{verify}#learner"),
        credential: verify,
        achievement: achievement_id,
    };
    let texts = BadgeTexts {
        credential_name: c.t(locale, "badge-name", &[("title", title.clone())]),
        credential_description: c.view(&record).details,
        achievement_name: title,
        achievement_description: description,
        criteria,
    };
    let issued = jiff::Timestamp::from_second(row.issued_at).map_err(err)?;
    Ok(badge::credential(&record, &ids, &texts, issued))
}

/// The credential as a JWT (Compact JWS, RS256).
pub async fn jwt(
    db: &Db,
    c: &Certifier,
    row: &CertificateRow,
    now: i64,
) -> Result<String, ServiceError> {
    let credential = credential(c, row)?;
    let key = signing_key(db, c, now).await?;
    badge::jwt(&credential, key, &key_url(c, &key.key_id())).map_err(err)
}
