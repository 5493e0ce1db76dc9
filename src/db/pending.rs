//! Posted fields held server-side for a later request: answers posted after the session ended (until the
//! learner signs in again), and answers a page refused as invalid (until the page is shown again after the
//! redirect). Rows are keyed by the hash of a random cookie token; taking one deletes it, so a held row is
//! used at most once.

use sqlx::Row;

use super::Db;
use crate::ids::AttemptId;

pub struct PendingSave {
    pub attempt_id: AttemptId,
    /// The posted form's fields, in order, as JSON pairs (the CSRF token left out).
    pub fields: String,
}

/// Stores a pending save, dropping any that have expired by `now`.
pub async fn insert_pending_save(
    db: &Db,
    token_hash: &str,
    attempt: AttemptId,
    fields: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    sqlx::query("DELETE FROM pending_saves WHERE expires_at <= $1")
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO pending_saves (token_hash, attempt_id, fields, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(attempt.0)
    .bind(fields)
    .bind(now)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Removes and returns the pending save of a token, if it has not expired.
pub async fn take_pending_save(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<PendingSave>, sqlx::Error> {
    let row = sqlx::query(
        "DELETE FROM pending_saves WHERE token_hash = $1 RETURNING attempt_id, fields, expires_at",
    )
    .bind(token_hash)
    .fetch_optional(db.writer())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let expires_at: i64 = row.try_get("expires_at")?;
    if expires_at <= now {
        return Ok(None);
    }
    Ok(Some(PendingSave {
        attempt_id: AttemptId(row.try_get("attempt_id")?),
        fields: row.try_get("fields")?,
    }))
}
