//! The queries of bulk certificate sending and of the administrators' certificate and mail pages: who a
//! cohort or an assignment is for, each learner's certifiable result, the emails a certificate has had,
//! batches opened once per form key, and one email as the mail page shows it. It decides nothing: the plan
//! is made in `service::bulk`.

use sqlx::{AnyConnection, Row};

use super::Db;
use crate::ids::{AssignmentId, CohortId, UserId};

/// A learner a bulk send may write to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkLearner {
    pub id: UserId,
    pub name: String,
    pub email: String,
}

fn learner_from(r: &sqlx::any::AnyRow) -> Result<BulkLearner, sqlx::Error> {
    Ok(BulkLearner {
        id: UserId(r.try_get("id")?),
        name: r.try_get("display_name")?,
        email: r.try_get("email")?,
    })
}

/// A cohort's learner members whose accounts are not disabled, by name.
pub async fn cohort_learners(db: &Db, cohort: CohortId) -> Result<Vec<BulkLearner>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT u.id, u.display_name, u.email FROM users u JOIN cohort_members m ON m.user_id = u.id \
         WHERE m.cohort_id = $1 AND m.role = 'learner' AND u.disabled_at IS NULL \
         ORDER BY u.display_name, u.id",
    )
    .bind(cohort.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(learner_from).collect()
}

/// One learner, if their account is not disabled.
pub async fn one_learner(db: &Db, user: UserId) -> Result<Option<BulkLearner>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, display_name, email FROM users WHERE id = $1 AND disabled_at IS NULL",
    )
    .bind(user.0)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(learner_from).transpose()
}

/// A learner's first passed (closed) attempt of a quiz: (attempt id, score, maximum), in thousandths.
pub async fn first_pass(
    db: &Db,
    user: UserId,
    quiz: &str,
) -> Result<Option<(i64, i64, i64)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, score_milli, max_milli FROM attempts \
         WHERE user_id = $1 AND quiz_id = $2 AND passed = 1 AND state <> 'in-progress' \
         ORDER BY closed_at, id LIMIT 1",
    )
    .bind(user.0)
    .bind(quiz)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        Ok((
            r.try_get("id")?,
            r.try_get::<Option<i64>, _>("score_milli")?.unwrap_or(0),
            r.try_get::<Option<i64>, _>("max_milli")?.unwrap_or(0),
        ))
    })
    .transpose()
}

/// A learner's latest placement test finished with a level under an assignment: (attempt id, level).
pub async fn latest_placement(
    db: &Db,
    user: UserId,
    assignment: AssignmentId,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, level FROM placement_attempts \
         WHERE user_id = $1 AND assignment_id = $2 AND state <> 'in-progress' AND level IS NOT NULL \
         ORDER BY finished_at DESC, id DESC LIMIT 1",
    )
    .bind(user.0)
    .bind(assignment.0)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| Ok((r.try_get("id")?, r.try_get("level")?)))
        .transpose()
}

/// The statuses of every email a certificate has had: the one queued when it was issued
/// (`certificate:<id>`) and those of bulk sends (`certificate:<id>:batch:<batch>`).
pub async fn certificate_email_statuses(
    db: &Db,
    certificate: i64,
) -> Result<Vec<String>, sqlx::Error> {
    let key = format!("certificate:{certificate}");
    let rows = sqlx::query(
        "SELECT status FROM outbox WHERE idempotency_key = $1 OR idempotency_key LIKE $2 ORDER BY id",
    )
    .bind(&key)
    .bind(format!("{key}:batch:%"))
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(|r| r.try_get("status")).collect()
}

/// Opens a batch for a form key: its id and whether this call opened it (false: the key had opened it
/// before, and that batch's id is returned). The unique key decides between racing requests.
pub async fn open_batch(
    conn: &mut AnyConnection,
    label: &str,
    by: Option<UserId>,
    form_key: &str,
    now: i64,
) -> Result<(i64, bool), sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO mail_batches (label, created_by, created_at, form_key) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (form_key) DO NOTHING RETURNING id",
    )
    .bind(label)
    .bind(by.map(|u| u.0))
    .bind(now)
    .bind(form_key)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(r) = row {
        return Ok((r.try_get("id")?, true));
    }
    let r = sqlx::query("SELECT id FROM mail_batches WHERE form_key = $1")
        .bind(form_key)
        .fetch_one(&mut *conn)
        .await?;
    Ok((r.try_get("id")?, false))
}

/// A batch as its page shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Batch {
    pub id: i64,
    pub label: String,
    pub created_at: i64,
    pub created_by: Option<String>,
}

pub async fn find_batch(db: &Db, id: i64) -> Result<Option<Batch>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT b.id, b.label, b.created_at, u.display_name FROM mail_batches b \
         LEFT JOIN users u ON u.id = b.created_by WHERE b.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        Ok(Batch {
            id: r.try_get("id")?,
            label: r.try_get("label")?,
            created_at: r.try_get("created_at")?,
            created_by: r.try_get("display_name")?,
        })
    })
    .transpose()
}

/// The latest batches, newest first.
pub async fn recent_batches(db: &Db, limit: i64) -> Result<Vec<Batch>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT b.id, b.label, b.created_at, u.display_name FROM mail_batches b \
         LEFT JOIN users u ON u.id = b.created_by ORDER BY b.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Batch {
                id: r.try_get("id")?,
                label: r.try_get("label")?,
                created_at: r.try_get("created_at")?,
                created_by: r.try_get("display_name")?,
            })
        })
        .collect()
}

/// One email of the outbox (the mail page's detail).
pub async fn find_mail(db: &Db, id: i64) -> Result<Option<super::outbox::Listed>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, kind, recipient, status, tries, created_at, sent_at, next_try_at, last_error, batch_id \
         FROM outbox WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        Ok(super::outbox::Listed {
            id: r.try_get("id")?,
            kind: r.try_get("kind")?,
            recipient: r.try_get("recipient")?,
            status: r.try_get("status")?,
            tries: r.try_get("tries")?,
            created_at: r.try_get("created_at")?,
            sent_at: r.try_get("sent_at")?,
            next_try_at: r.try_get("next_try_at")?,
            last_error: r.try_get("last_error")?,
            batch: r.try_get("batch_id")?,
        })
    })
    .transpose()
}

/// A certificate as the administrators' list shows it, with its learner.
#[derive(Debug, Clone)]
pub struct ListedCertificate {
    pub id: i64,
    pub code: String,
    pub record: String,
    pub issued_at: i64,
    pub revoked_at: Option<i64>,
    pub revoked_reason: Option<String>,
    pub learner: Option<String>,
    pub email: Option<String>,
}

/// The latest certificates, newest first; with `search`, those whose code is it (any case) or whose
/// learner's name or address contains it.
pub async fn recent_certificates(
    db: &Db,
    search: Option<&str>,
    limit: i64,
) -> Result<Vec<ListedCertificate>, sqlx::Error> {
    let code = search.map(|s| s.trim().to_uppercase());
    // As typed, and lower-cased against LOWER(…) (SQLite lowers ASCII letters only, so a Cyrillic name
    // matches as typed).
    let like = search.map(|s| format!("%{}%", s.trim()));
    let lower = search.map(|s| format!("%{}%", s.trim().to_lowercase()));
    let rows = sqlx::query(
        "SELECT c.id, c.code, c.record, c.issued_at, c.revoked_at, c.revoked_reason, u.display_name, u.email \
         FROM certificates c LEFT JOIN users u ON u.id = c.user_id \
         WHERE $1 IS NULL OR c.code = $1 OR u.display_name LIKE $2 OR LOWER(u.display_name) LIKE $3 \
         OR LOWER(u.email) LIKE $3 \
         ORDER BY c.issued_at DESC, c.id DESC LIMIT $4",
    )
    .bind(code)
    .bind(like)
    .bind(lower)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(ListedCertificate {
                id: r.try_get("id")?,
                code: r.try_get("code")?,
                record: r.try_get("record")?,
                issued_at: r.try_get("issued_at")?,
                revoked_at: r.try_get("revoked_at")?,
                revoked_reason: r.try_get("revoked_reason")?,
                learner: r.try_get("display_name")?,
                email: r.try_get("email")?,
            })
        })
        .collect()
}

/// A certificate as a plan names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CertRef {
    pub id: i64,
    pub code: String,
    pub revoked: bool,
}

/// The certificate of a subject (`course:<quiz>:<user>`, `placement:<attempt>`), if issued.
pub async fn certificate_of(db: &Db, subject: &str) -> Result<Option<CertRef>, sqlx::Error> {
    let row = sqlx::query("SELECT id, code, revoked_at FROM certificates WHERE subject = $1")
        .bind(subject)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| {
        Ok(CertRef {
            id: r.try_get("id")?,
            code: r.try_get("code")?,
            revoked: r.try_get::<Option<i64>, _>("revoked_at")?.is_some(),
        })
    })
    .transpose()
}

/// An assignment as the send page offers it: (id, quiz id or `None` for the placement test, the name of
/// its cohort or learner). The latest first, withdrawn ones left out.
pub async fn assignments_to_choose(
    db: &Db,
    limit: i64,
) -> Result<Vec<(i64, Option<String>, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.kind, a.quiz_id, COALESCE(c.name, u.display_name, '') AS audience \
         FROM assignments a LEFT JOIN cohorts c ON c.id = a.cohort_id LEFT JOIN users u ON u.id = a.user_id \
         WHERE a.withdrawn_at IS NULL ORDER BY a.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let quiz: Option<String> = r.try_get("quiz_id")?;
            Ok((
                r.try_get("id")?,
                if kind == "quiz" { quiz } else { None },
                r.try_get("audience")?,
            ))
        })
        .collect()
}
