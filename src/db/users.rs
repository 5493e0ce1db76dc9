//! User accounts.

use sqlx::Row;

use super::Db;
use crate::auth::Roles;
use crate::i18n::Locale;
use crate::ids::UserId;

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub roles: Roles,
    pub locale: Option<Locale>,
    pub disabled: bool,
}

pub(super) fn from_row(row: &sqlx::any::AnyRow) -> Result<User, sqlx::Error> {
    let roles: i64 = row.try_get("roles")?;
    let locale: Option<String> = row.try_get("locale")?;
    let disabled_at: Option<i64> = row.try_get("disabled_at")?;
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        password_hash: row.try_get("password_hash")?,
        // The column's CHECK keeps the bits in range; a value from elsewhere grants the least.
        roles: Roles::from_bits(roles).unwrap_or(Roles::only(crate::auth::Role::Learner)),
        locale: locale.and_then(|l| l.parse().ok()),
        disabled: disabled_at.is_some(),
    })
}

pub(super) const COLUMNS: &str =
    "id, email, display_name, password_hash, roles, locale, disabled_at";

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
    pub roles: Roles,
    pub locale: Option<Locale>,
}

pub async fn insert_user(db: &Db, user: &NewUser<'_>, now: i64) -> Result<UserId, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO users (email, display_name, password_hash, roles, locale, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(user.email)
    .bind(user.display_name)
    .bind(user.password_hash)
    .bind(user.roles.bits())
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

/// Ends every session and revokes every API token of a user (in the caller's transaction): whatever they
/// were signed in with is worth nothing afterwards.
pub(crate) async fn end_access(
    conn: &mut sqlx::AnyConnection,
    id: UserId,
) -> Result<(), sqlx::Error> {
    for table in ["sessions", "api_tokens"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
            .bind(id.0)
            .execute(&mut *conn)
            .await?;
    }
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
    end_access(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(updated == 1)
}

/// Accounts in name order, optionally only those whose name or e-mail contains `search` (any case).
pub async fn list_users(db: &Db, search: Option<&str>) -> Result<Vec<User>, sqlx::Error> {
    let pattern = search
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| format!("%{}%", s.to_lowercase()));
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM users \
         WHERE $1 IS NULL OR LOWER(display_name) LIKE $1 OR email LIKE $1 \
         ORDER BY display_name, id"
    ))
    .bind(pattern)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(from_row).collect()
}

/// What an administrator may change on an account.
#[derive(Debug, Clone)]
pub struct UserEdit<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub roles: Roles,
    pub locale: Option<Locale>,
    pub disabled: bool,
}

/// Why an edit was not stored.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("another account has this e-mail address")]
    EmailTaken,
    #[error("no such account")]
    NotFound,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Stores an edit; disabling an account also ends its sessions and revokes its API tokens in the same
/// transaction, so a disabled account is out everywhere at once.
pub async fn update_user(
    db: &Db,
    id: UserId,
    edit: &UserEdit<'_>,
    now: i64,
) -> Result<(), EditError> {
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE users SET email = $1, display_name = $2, roles = $3, locale = $4, \
         disabled_at = CASE WHEN $5 = 0 THEN NULL ELSE COALESCE(disabled_at, $6) END \
         WHERE id = $7",
    )
    .bind(edit.email)
    .bind(edit.display_name)
    .bind(edit.roles.bits())
    .bind(edit.locale.map(|l| l.tag().to_string()))
    .bind(i64::from(edit.disabled))
    .bind(now)
    .bind(id.0)
    .execute(tx.conn())
    .await;
    match updated {
        Ok(r) if r.rows_affected() == 0 => return Err(EditError::NotFound),
        Ok(_) => {}
        Err(e) if super::is_unique_violation(&e) => return Err(EditError::EmailTaken),
        Err(e) => return Err(e.into()),
    }
    if edit.disabled {
        end_access(tx.conn(), id).await?;
    }
    tx.commit().await?;
    Ok(())
}
