//! Issuing certificates: build the record, sign it, store it and queue its email in one transaction.
//! Issuing is idempotent (one certificate per subject, the database deciding), so it runs right after an
//! attempt closes and again in the background sweep, which catches what a crash or an expiry left out.

use std::sync::Arc;

use base64::Engine;
use fluent_bundle::{FluentArgs, FluentValue};
use jiff::{tz::TimeZone, Timestamp};

use super::ServiceError;
use crate::bank::Bank;
use crate::certificates::pdf::{CertificateView, Fonts};
use crate::certificates::{
    Achievement, CertificateRecord, Ed25519KeyPair, Issuer, Learner, PublicKey, VerificationCode,
};
use crate::db::certificates::{self as rows, NewCertificate};
use crate::db::Db;
use crate::i18n::format::{format_date, format_decimal};
use crate::i18n::{Locale, Texts};
use crate::ids::{AttemptId, UserId};
use crate::mail::Payload;
use crate::placement::cefr::Level;

/// What issuing and printing certificates needs: the signing key, the fonts, the texts.
pub struct Certifier {
    pub key: Ed25519KeyPair,
    pub fonts: Fonts,
    ui: Arc<Texts>,
    zone: TimeZone,
    /// The public URL without a trailing slash.
    public_url: String,
    /// The RSA key that signs Open Badges credentials, read (or made) on the first badge asked for.
    pub(crate) badge_key: tokio::sync::OnceCell<crate::certificates::badge::RsaKeyPair>,
}

#[derive(Debug, thiserror::Error)]
pub enum CertifierError {
    #[error(transparent)]
    Fonts(#[from] crate::certificates::pdf::FontError),
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("the stored signing key {0} is not a 32-byte key in base64")]
    Key(String),
}

/// How an issue request ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issued {
    /// A new certificate (its id and code); its email is queued.
    New(i64, String),
    /// The subject had its certificate already (its id).
    Existing(i64),
    /// Nothing to certify: not passed, not finished, no level, or gone.
    NotEligible,
}

fn decode_secret(kid: &str, b64: &str) -> Result<[u8; 32], CertifierError> {
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .ok()
        .and_then(|v| <[u8; 32]>::try_from(v).ok())
        .ok_or_else(|| CertifierError::Key(kid.to_string()))
}

impl Certifier {
    /// Loads the fonts and the signing key (made and stored on first use).
    pub async fn load(
        db: &Db,
        fonts_dir: &std::path::Path,
        ui: Arc<Texts>,
        zone: TimeZone,
        public_url: &str,
        now: i64,
    ) -> Result<Certifier, CertifierError> {
        let fonts = Fonts::load(fonts_dir)?;
        let fresh = Ed25519KeyPair::generate();
        let fresh_secret = base64::engine::general_purpose::STANDARD.encode(fresh.secret_bytes());
        let (kid, secret) = rows::signing_key(db, (&fresh.key_id(), &fresh_secret), now).await?;
        let key = Ed25519KeyPair::from_secret(&decode_secret(&kid, &secret)?);
        Ok(Certifier {
            key,
            fonts,
            ui,
            zone,
            public_url: public_url.trim_end_matches('/').to_string(),
            badge_key: tokio::sync::OnceCell::new(),
        })
    }

    pub fn verify_url(&self, code: &str) -> String {
        format!("{}/verify/{code}", self.public_url)
    }

    /// The public URL without a trailing slash.
    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    pub(crate) fn t(&self, locale: Locale, id: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(v.clone()));
        }
        self.ui.format(locale, id, None, Some(&fa))
    }

    /// The certificate's texts in the language it was issued in.
    pub fn view(&self, record: &CertificateRecord) -> CertificateView {
        let locale = record.locale.parse::<Locale>().unwrap_or(Locale::DEFAULT);
        let (achievement, details) = match &record.achievement {
            Achievement::Course {
                title,
                score_percent,
                ..
            } => (
                self.t(locale, "certificate-course", &[("course", title.clone())]),
                self.t(
                    locale,
                    "certificate-score",
                    &[("percent", score_percent.clone())],
                ),
            ),
            Achievement::Placement { level, skills } => {
                let mut details = self.t(
                    locale,
                    "certificate-level",
                    &[("level", level.label().to_string())],
                );
                let skills: Vec<String> = skills
                    .iter()
                    .map(|(skill, l)| {
                        let name =
                            self.ui
                                .format(locale, &format!("placement-skill-{skill}"), None, None);
                        self.t(
                            locale,
                            "certificate-skill-level",
                            &[("skill", name), ("level", l.label().to_string())],
                        )
                    })
                    .collect();
                if !skills.is_empty() {
                    details = format!("{details} — {}", skills.join(" · "));
                }
                (self.t(locale, "certificate-placement", &[]), details)
            }
        };
        let url = self.verify_url(record.code.as_str());
        CertificateView {
            language: locale.tag().to_string(),
            title: self.t(locale, "certificate-title", &[]),
            lead_in: self.t(locale, "certificate-lead-in", &[]),
            learner_name: record.learner.name.clone(),
            achievement,
            details,
            date_line: self.t(
                locale,
                "certificate-date",
                &[("date", format_date(record.issued_on, locale))],
            ),
            issuer: record.issuer.name.clone(),
            verify_line: self.t(locale, "certificate-verify-at", &[("url", url.clone())]),
            code: record.code.to_string(),
            verify_url: url,
        }
    }

    /// The PDF of a stored record.
    pub fn pdf(&self, record_json: &str) -> Result<Vec<u8>, String> {
        let record = CertificateRecord::from_json(record_json).map_err(|e| e.to_string())?;
        crate::certificates::pdf::render(&self.view(&record), &self.fonts)
            .map_err(|e| e.to_string())
    }

    fn record(
        &self,
        locale: Locale,
        name: &str,
        achievement: Achievement,
        on: Timestamp,
    ) -> CertificateRecord {
        CertificateRecord {
            v: crate::certificates::record::RECORD_VERSION,
            code: VerificationCode::generate(),
            issuer: Issuer {
                name: self.t(locale, "certificate-issuer", &[]),
                url: self.public_url.clone(),
            },
            learner: Learner {
                name: name.to_string(),
            },
            achievement,
            issued_on: on.to_zoned(self.zone.clone()).date(),
            locale: locale.tag().to_string(),
            kid: self.key.key_id(),
        }
    }
}

/// What a certificate is for and who asked: one per subject.
#[derive(Clone, Copy)]
struct Subject<'a> {
    subject: &'a str,
    user: &'a crate::db::users::User,
    issued_by: Option<UserId>,
    batch: Option<i64>,
}

/// Signs and stores `record` for `subject` and queues its email, in one transaction. A subject that has
/// its certificate already gets nothing new (the unique subject decides between racing issuers).
async fn store(
    db: &Db,
    c: &Certifier,
    record: &CertificateRecord,
    to: &Subject<'_>,
    now: i64,
) -> Result<Issued, ServiceError> {
    let Subject {
        subject,
        user,
        issued_by,
        batch,
    } = *to;
    let json = record
        .canonical_json()
        .map_err(|e| ServiceError::Certificate(e.to_string()))?;
    let signature = c
        .key
        .sign(record)
        .map_err(|e| ServiceError::Certificate(e.to_string()))?;
    let (kind, course, level) = match &record.achievement {
        Achievement::Course { title, .. } => ("course", Some(title.clone()), None),
        Achievement::Placement { level, .. } => ("placement", None, Some(*level)),
    };
    let mut tx = db.begin_write().await?;
    let new = NewCertificate {
        code: record.code.as_str(),
        subject,
        kind,
        user: user.id,
        record: &json,
        signature: &signature,
        kid: &record.kid,
        issued_by,
    };
    let Some(id) = rows::insert(tx.conn(), &new, now).await? else {
        let existing = rows::find_by_subject(tx.conn(), subject).await?;
        tx.rollback().await?;
        return Ok(existing.map_or(Issued::NotEligible, |e| Issued::Existing(e.id)));
    };
    if !user.disabled {
        let payload = Payload::Certificate {
            certificate: id,
            code: record.code.to_string(),
            course,
            level,
        };
        let to = super::mail::Recipient {
            user: user.id,
            email: user.email.clone(),
            locale: record.locale.parse().ok(),
        };
        super::mail::queue(
            tx.conn(),
            format!("certificate:{id}"),
            &payload,
            &to,
            batch,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(certificate = %record.code, subject, "certificate issued");
    Ok(Issued::New(id, record.code.to_string()))
}

/// The certificate of a passed course quiz attempt (one per learner and quiz: a later pass gets the first
/// certificate), in the language the attempt was taken in.
pub async fn issue_for_attempt(
    db: &Db,
    c: &Certifier,
    bank: &Bank,
    attempt: AttemptId,
    issued_by: Option<UserId>,
    batch: Option<i64>,
    now: Timestamp,
) -> Result<Issued, ServiceError> {
    let Some(a) = crate::db::attempts::find_attempt(db, attempt).await? else {
        return Ok(Issued::NotEligible);
    };
    let (Some(true), Some(score), Some(max), Some(closed)) =
        (a.passed, a.score_milli, a.max_milli, a.closed_at)
    else {
        return Ok(Issued::NotEligible);
    };
    let Some((course, _)) = bank.quiz(&a.quiz_id) else {
        return Ok(Issued::NotEligible);
    };
    let Some(user) = crate::db::users::find_user(db, a.user_id).await? else {
        return Ok(Issued::NotEligible);
    };
    // A whole percentage, half up: 17.5 of 20 is 88 %.
    let percent = if max > 0 {
        (score * 100 + max / 2) / max
    } else {
        0
    };
    let achievement = Achievement::course(
        course.id.as_str(),
        &course.title(a.locale),
        u8::try_from(percent.clamp(0, 100)).unwrap_or(100),
        true,
    );
    let on = Timestamp::from_second(closed).unwrap_or(now);
    let record = c.record(a.locale, &user.display_name, achievement, on);
    let subject = format!("course:{}:{}", a.quiz_id, a.user_id.0);
    let to = Subject {
        subject: &subject,
        user: &user,
        issued_by,
        batch,
    };
    store(db, c, &record, &to, now.as_second()).await
}

/// The certificate of a finished placement test with a level: the level, the skills that have a level of
/// their own, and the test's date.
pub async fn issue_for_placement(
    db: &Db,
    c: &Certifier,
    attempt: i64,
    issued_by: Option<UserId>,
    batch: Option<i64>,
    now: Timestamp,
) -> Result<Issued, ServiceError> {
    let Some(p) = crate::db::placement::find_placement(db, attempt).await? else {
        return Ok(Issued::NotEligible);
    };
    let (Some(level), Some(finished)) = (p.level, p.finished_at) else {
        return Ok(Issued::NotEligible);
    };
    let Some(user) = crate::db::users::find_user(db, p.user_id).await? else {
        return Ok(Issued::NotEligible);
    };
    let skills = p
        .report
        .as_deref()
        .and_then(|r| serde_json::from_str::<Vec<crate::placement::cat::SkillReport>>(r).ok())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|s| s.level.map(|l| (s.skill, l)))
        .collect();
    let achievement = Achievement::Placement { level, skills };
    let on = Timestamp::from_second(finished).unwrap_or(now);
    let record = c.record(p.locale, &user.display_name, achievement, on);
    let subject = format!("placement:{}", p.id);
    let to = Subject {
        subject: &subject,
        user: &user,
        issued_by,
        batch,
    };
    store(db, c, &record, &to, now.as_second()).await
}

/// Issues what is due and missing among the results of the last `hours`: passed attempts of quizzes that
/// certify, and finished placement tests (when the placement bank certifies). Returns how many it issued.
pub async fn catch_up(
    db: &Db,
    c: &Certifier,
    bank: &Bank,
    placement_certifies: bool,
    hours: i64,
    now: Timestamp,
) -> Result<usize, ServiceError> {
    if hours <= 0 {
        return Ok(0);
    }
    let since = now.as_second() - hours * 3600;
    let quizzes: Vec<String> = bank
        .quizzes()
        .filter(|(_, q)| q.certificate)
        .map(|(_, q)| q.id.to_string())
        .collect();
    let mut issued = 0;
    for id in rows::passed_without_certificate(db, &quizzes, since, 200).await? {
        if let Issued::New(..) =
            issue_for_attempt(db, c, bank, AttemptId(id), None, None, now).await?
        {
            issued += 1;
        }
    }
    if placement_certifies {
        for id in rows::placements_without_certificate(db, since, 200).await? {
            if let Issued::New(..) = issue_for_placement(db, c, id, None, None, now).await? {
                issued += 1;
            }
        }
    }
    Ok(issued)
}

/// The published key set: every key that signed certificates, as JWKs.
pub async fn key_set(db: &Db) -> Result<serde_json::Value, ServiceError> {
    let mut keys = Vec::new();
    for (kid, secret) in rows::all_keys(db).await? {
        if let Ok(bytes) = decode_secret(&kid, &secret) {
            keys.push(Ed25519KeyPair::from_secret(&bytes).public_jwk());
        }
    }
    keys.extend(super::badges::public_keys(db).await?);
    Ok(serde_json::json!({ "keys": keys }))
}

/// Whether a stored certificate's signature holds (against the key it names).
pub async fn signature_holds(db: &Db, row: &rows::CertificateRow) -> Result<bool, ServiceError> {
    for (kid, secret) in rows::all_keys(db).await? {
        if kid == row.kid {
            let key: PublicKey = Ed25519KeyPair::from_secret(
                &decode_secret(&kid, &secret)
                    .map_err(|e| ServiceError::Certificate(e.to_string()))?,
            )
            .public();
            return Ok(crate::certificates::verify(&key, &row.record, &row.signature).is_ok());
        }
    }
    Ok(false)
}

/// A score as the verification page prints it.
pub fn percent_text(percent: &str, locale: Locale) -> String {
    percent
        .parse::<f64>()
        .map(|p| format_decimal(p, 0, locale))
        .unwrap_or_else(|_| percent.to_string())
}

/// The level a placement record states (for pages that show it).
pub fn level_of(record: &CertificateRecord) -> Option<Level> {
    match record.achievement {
        Achievement::Placement { level, .. } => Some(level),
        Achievement::Course { .. } => None,
    }
}
