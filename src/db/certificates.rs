//! Certificates, their signing keys, and the lookup counts of the public verification page.

use sqlx::{AnyConnection, Row};

use super::Db;
use crate::ids::UserId;

/// The signing key in use: the oldest one not retired, created (by whichever instance gets there first)
/// when there is none. Returns (kid, base64 secret).
pub async fn signing_key(
    db: &Db,
    fresh: (&str, &str),
    now: i64,
) -> Result<(String, String), sqlx::Error> {
    let current = || {
        sqlx::query(
            "SELECT kid, secret FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at, kid LIMIT 1",
        )
    };
    if let Some(r) = current().fetch_optional(db.writer()).await? {
        return Ok((r.try_get("kid")?, r.try_get("secret")?));
    }
    sqlx::query(
        "INSERT INTO signing_keys (kid, secret, created_at) VALUES ($1, $2, $3) ON CONFLICT (kid) DO NOTHING",
    )
    .bind(fresh.0)
    .bind(fresh.1)
    .bind(now)
    .execute(db.writer())
    .await?;
    let r = current().fetch_one(db.writer()).await?;
    Ok((r.try_get("kid")?, r.try_get("secret")?))
}

/// Every key ever used (the published key set: a retired key still verifies what it signed).
pub async fn all_keys(db: &Db) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows = sqlx::query("SELECT kid, secret FROM signing_keys ORDER BY created_at, kid")
        .fetch_all(&db.pool)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("kid")?, r.try_get("secret")?)))
        .collect()
}

pub struct NewCertificate<'a> {
    pub code: &'a str,
    pub subject: &'a str,
    pub kind: &'a str,
    pub user: UserId,
    pub record: &'a str,
    pub signature: &'a str,
    pub kid: &'a str,
    pub issued_by: Option<UserId>,
}

/// Inserts a certificate in the caller's transaction; `None` when its subject has one already.
pub async fn insert(
    conn: &mut AnyConnection,
    c: &NewCertificate<'_>,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO certificates (code, subject, kind, user_id, record, signature, kid, issued_at, issued_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (subject) DO NOTHING RETURNING id",
    )
    .bind(c.code)
    .bind(c.subject)
    .bind(c.kind)
    .bind(c.user.0)
    .bind(c.record)
    .bind(c.signature)
    .bind(c.kid)
    .bind(now)
    .bind(c.issued_by.map(|u| u.0))
    .fetch_optional(conn)
    .await?;
    row.map(|r| r.try_get("id")).transpose()
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CertificateRow {
    pub id: i64,
    pub code: String,
    pub subject: String,
    pub kind: String,
    pub user: Option<UserId>,
    pub record: String,
    pub signature: String,
    pub kid: String,
    pub issued_at: i64,
    pub revoked_at: Option<i64>,
    pub revoked_reason: Option<String>,
}

const COLUMNS: &str = "id, code, subject, kind, user_id, record, signature, kid, issued_at, revoked_at, revoked_reason";

fn from_row(r: &sqlx::any::AnyRow) -> Result<CertificateRow, sqlx::Error> {
    Ok(CertificateRow {
        id: r.try_get("id")?,
        code: r.try_get("code")?,
        subject: r.try_get("subject")?,
        kind: r.try_get("kind")?,
        user: r.try_get::<Option<i64>, _>("user_id")?.map(UserId),
        record: r.try_get("record")?,
        signature: r.try_get("signature")?,
        kid: r.try_get("kid")?,
        issued_at: r.try_get("issued_at")?,
        revoked_at: r.try_get("revoked_at")?,
        revoked_reason: r.try_get("revoked_reason")?,
    })
}

pub async fn find_by_code(db: &Db, code: &str) -> Result<Option<CertificateRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM certificates WHERE code = $1"
    ))
    .bind(code)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find(db: &Db, id: i64) -> Result<Option<CertificateRow>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM certificates WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_by_subject(
    conn: &mut AnyConnection,
    subject: &str,
) -> Result<Option<CertificateRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM certificates WHERE subject = $1"
    ))
    .bind(subject)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// A learner's certificates, newest first.
pub async fn of_user(db: &Db, user: UserId) -> Result<Vec<CertificateRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM certificates WHERE user_id = $1 ORDER BY issued_at DESC, id DESC"
    ))
    .bind(user.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Revokes a certificate; false when it was revoked already (the first revocation's date and reason stand).
pub async fn revoke(
    db: &Db,
    id: i64,
    reason: &str,
    by: UserId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE certificates SET revoked_at = $2, revoked_reason = $3, revoked_by = $4 \
         WHERE id = $1 AND revoked_at IS NULL",
    )
    .bind(id)
    .bind(now)
    .bind(reason)
    .bind(by.0)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Quiz attempts closed since `since` that passed a quiz among `quizzes` and have no certificate for their
/// learner and quiz yet (the catch-up of issuing), oldest first.
pub async fn passed_without_certificate(
    db: &Db,
    quizzes: &[String],
    since: i64,
    limit: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    if quizzes.is_empty() {
        return Ok(vec![]);
    }
    let list = (0..quizzes.len())
        .map(|i| format!("${}", i + 3))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT a.id FROM attempts a WHERE a.passed = 1 AND a.state <> 'in-progress' AND a.closed_at >= $2 \
         AND a.quiz_id IN ({list}) \
         AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.subject = \
             'course:' || a.quiz_id || ':' || CAST(a.user_id AS TEXT)) \
         ORDER BY a.closed_at, a.id LIMIT $1"
    );
    let mut q = sqlx::query(&sql).bind(limit).bind(since);
    for quiz in quizzes {
        q = q.bind(quiz);
    }
    let rows = q.fetch_all(&db.pool).await?;
    rows.iter().map(|r| r.try_get("id")).collect()
}

/// Placement tests finished since `since` with a level and without a certificate yet, oldest first.
pub async fn placements_without_certificate(
    db: &Db,
    since: i64,
    limit: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.id FROM placement_attempts p WHERE p.state <> 'in-progress' AND p.level IS NOT NULL \
         AND p.finished_at >= $2 \
         AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.subject = 'placement:' || CAST(p.id AS TEXT)) \
         ORDER BY p.finished_at, p.id LIMIT $1",
    )
    .bind(limit)
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(|r| r.try_get("id")).collect()
}

/// Counts one lookup in `bucket` for the window starting at `window_start` and returns the count so far
/// (the increment and the read are one statement, so racing lookups are all counted).
pub async fn count_lookup(db: &Db, bucket: &str, window_start: i64) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO lookup_counts (bucket, window_start, count) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket, window_start) DO UPDATE SET count = lookup_counts.count + 1 RETURNING count",
    )
    .bind(bucket)
    .bind(window_start)
    .fetch_one(db.writer())
    .await?;
    row.try_get("count")
}

/// Forgets lookup counts of windows that ended before `before`.
pub async fn forget_lookups(db: &Db, before: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM lookup_counts WHERE window_start < $1")
        .bind(before)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// The RSA key that signs Open Badges credentials: the oldest one not retired, stored first (by whichever
/// instance gets there first) as `fresh` when there is none yet; `fresh` is made only when `make` is asked.
/// Returns (kid, PKCS#8 PEM).
pub async fn badge_key<F, Fut, E>(db: &Db, make: F, now: i64) -> Result<(String, String), E>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(String, String), E>>,
    E: From<sqlx::Error>,
{
    let current = || {
        sqlx::query(
            "SELECT kid, secret FROM badge_keys WHERE retired_at IS NULL ORDER BY created_at, kid LIMIT 1",
        )
    };
    if let Some(r) = current().fetch_optional(db.writer()).await? {
        return Ok((r.try_get("kid")?, r.try_get("secret")?));
    }
    let (kid, secret) = make().await?;
    sqlx::query(
        "INSERT INTO badge_keys (kid, secret, created_at) VALUES ($1, $2, $3) ON CONFLICT (kid) DO NOTHING",
    )
    .bind(&kid)
    .bind(&secret)
    .bind(now)
    .execute(db.writer())
    .await?;
    let r = current().fetch_one(db.writer()).await?;
    Ok((r.try_get("kid")?, r.try_get("secret")?))
}

/// Every badge key ever used, oldest first: (kid, PKCS#8 PEM).
pub async fn all_badge_keys(db: &Db) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows = sqlx::query("SELECT kid, secret FROM badge_keys ORDER BY created_at, kid")
        .fetch_all(&db.pool)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("kid")?, r.try_get("secret")?)))
        .collect()
}
