//! API bearer tokens, stored only as SHA-256 hashes.

use sqlx::Row;

use super::Db;
use crate::ids::UserId;

pub async fn insert_token(
    db: &Db,
    token_hash: &str,
    user: UserId,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user.0)
        .bind(now)
        .bind(expires_at)
        .execute(db.writer())
        .await?;
    Ok(())
}

pub async fn find_token_user(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<UserId>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.disabled_at IS NULL",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| r.try_get("user_id").map(UserId)).transpose()
}

/// A token for a script, issued by an administrator for an account (see `web::tokens`).
pub struct NewScriptToken<'a> {
    pub token_hash: &'a str,
    pub user: UserId,
    pub label: &'a str,
    pub issued_by: UserId,
    /// The random key of the form that asked for it: the same form sent twice issues one token.
    pub form_key: &'a str,
    pub expires_at: i64,
}

/// Stores a script token; `false` when the form's key was used already (a double click, a re-sent form): the
/// unique index decides between racing requests, and the second issues nothing.
pub async fn insert_script_token(
    db: &Db,
    t: &NewScriptToken<'_>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at, label, issued_by, form_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (form_key) DO NOTHING",
    )
    .bind(t.token_hash)
    .bind(t.user.0)
    .bind(now)
    .bind(t.expires_at)
    .bind(t.label)
    .bind(t.issued_by.0)
    .bind(t.form_key)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A script token as the administrators' list shows it: never the token, nor its hash.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ScriptToken {
    /// The key of the form that issued it; names it in the revoke form.
    pub key: String,
    pub label: String,
    pub account_email: String,
    pub account_name: String,
    pub issuer_email: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
}

const SCRIPT_COLUMNS: &str = "t.form_key, t.label, t.created_at, t.expires_at, \
    u.email AS account_email, u.display_name AS account_name, i.email AS issuer_email";

fn script_token(r: &sqlx::any::AnyRow) -> Result<ScriptToken, sqlx::Error> {
    Ok(ScriptToken {
        key: r.try_get("form_key")?,
        label: r.try_get::<Option<String>, _>("label")?.unwrap_or_default(),
        account_email: r.try_get("account_email")?,
        account_name: r.try_get("account_name")?,
        issuer_email: r.try_get("issuer_email")?,
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
    })
}

/// The script tokens still usable at `now` (a disabled account's were deleted when it was disabled), newest
/// first. Tokens that learners got by signing in through the API are not listed.
pub async fn live_script_tokens(db: &Db, now: i64) -> Result<Vec<ScriptToken>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {SCRIPT_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id \
         LEFT JOIN users i ON i.id = t.issued_by \
         WHERE t.form_key IS NOT NULL AND t.expires_at > $1 AND u.disabled_at IS NULL \
         ORDER BY t.created_at DESC, t.form_key"
    ))
    .bind(now)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(script_token).collect()
}

/// The script token a form key issued, if it still exists.
pub async fn find_script_token(db: &Db, key: &str) -> Result<Option<ScriptToken>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {SCRIPT_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id \
         LEFT JOIN users i ON i.id = t.issued_by WHERE t.form_key = $1"
    ))
    .bind(key)
    .fetch_optional(db.writer())
    .await?;
    row.as_ref().map(script_token).transpose()
}

/// Revokes a script token: the row goes, so the next request with it is refused. `false` when it was gone
/// already (revoked twice, or expired and swept).
pub async fn revoke_script_token(db: &Db, key: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM api_tokens WHERE form_key = $1")
        .bind(key)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected() == 1)
}
