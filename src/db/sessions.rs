//! Browser sessions, kept server-side so that signing out (or a password change) ends them for good: the
//! encrypted cookie only names a row, stored as the SHA-256 of its random id.

use super::users::{self, User};
use super::Db;
use crate::ids::UserId;

pub async fn insert_session(
    db: &Db,
    id_hash: &str,
    user: UserId,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(id_hash)
    .bind(user.0)
    .bind(now)
    .bind(expires_at)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The user of a live session.
pub async fn find_session_user(
    db: &Db,
    id_hash: &str,
    now: i64,
) -> Result<Option<User>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT u.id, u.email, u.display_name, u.password_hash, u.roles, u.locale, u.disabled_at \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
    )
    .bind(id_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(users::from_row).transpose()
}

pub async fn delete_session(db: &Db, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Ends every session of a user (a password change, a disabled account).
pub async fn delete_user_sessions(db: &Db, user: UserId) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user.0)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}

/// Forgets sessions that have run out (the sweeper calls this).
pub async fn delete_expired_sessions(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}
