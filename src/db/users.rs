//! User accounts.

use sqlx::Row;

use super::Db;
use crate::auth::Role;
use crate::i18n::Locale;
use crate::ids::UserId;

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub locale: Option<Locale>,
}

pub(super) fn from_row(row: &sqlx::any::AnyRow) -> Result<User, sqlx::Error> {
    let role: String = row.try_get("role")?;
    let locale: Option<String> = row.try_get("locale")?;
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        password_hash: row.try_get("password_hash")?,
        role: role.parse().unwrap_or(Role::Learner),
        locale: locale.and_then(|l| l.parse().ok()),
    })
}

const COLUMNS: &str = "id, email, display_name, password_hash, role, locale";

pub async fn find_user(db: &Db, id: UserId) -> Result<Option<User>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_user_by_email(db: &Db, email: &str) -> Result<Option<User>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE email = $1"))
        .bind(email)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub locale: Option<Locale>,
}

pub async fn insert_user(db: &Db, user: &NewUser<'_>, now: i64) -> Result<UserId, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO users (email, display_name, password_hash, role, locale, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(user.email)
    .bind(user.display_name)
    .bind(user.password_hash)
    .bind(user.role.as_str())
    .bind(user.locale.map(|l| l.tag().to_string()))
    .bind(now)
    .fetch_one(db.writer())
    .await?;
    Ok(UserId(row.try_get("id")?))
}

pub async fn update_user_locale(db: &Db, id: UserId, locale: Locale) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
        .bind(locale.tag())
        .bind(id.0)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Sets a new password hash and, in the same transaction, ends every session and revokes every API token of
/// the user: whoever knew the old password (or holds a cookie or token obtained with it) is signed out.
pub async fn update_password(
    db: &Db,
    id: UserId,
    password_hash: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(id.0)
        .execute(tx.conn())
        .await?
        .rows_affected();
    for table in ["sessions", "api_tokens"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
            .bind(id.0)
            .execute(tx.conn())
            .await?;
    }
    tx.commit().await?;
    Ok(updated == 1)
}
