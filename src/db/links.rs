//! Email links (`auth_links`) and the requests for them (`link_requests`). Only token hashes are stored.
//! Every limit and once-only rule is decided by the statement that writes: a request is recorded only while
//! the counts of the last hour are under their limits, and a link is used by the update that checks it is
//! unused and unexpired. Knows rows, not rules: lifetimes and limits come from `auth::links`.

use sqlx::{AnyConnection, Row};

use super::{Backend, Db};
use crate::auth::links::{lock_id, LinkPolicy, Purpose};
use crate::ids::UserId;

/// Records a request for a link under an e-mail address key and a client key, if fewer than the policy's
/// limits were recorded for each in the last hour; `false` when over a limit (nothing is written).
///
/// On PostgreSQL the two keys' advisory locks are taken first (in ascending order, until the transaction
/// ends), so that concurrent requests, on any instance, count one after the other; on SQLite the write
/// transaction (`BEGIN IMMEDIATE`) already admits one writer at a time.
pub async fn record_request(
    conn: &mut AnyConnection,
    backend: Backend,
    address_key: &str,
    client_key: &str,
    policy: &LinkPolicy,
    now: i64,
) -> Result<bool, sqlx::Error> {
    if backend == Backend::Postgres {
        let mut ids = [lock_id(address_key), lock_id(client_key)];
        ids.sort_unstable();
        for id in ids {
            sqlx::query("SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS locked")
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
    }
    let since = now - LinkPolicy::WINDOW;
    let done = sqlx::query(
        "INSERT INTO link_requests (email, client, created_at) SELECT $1, $2, $3 \
         WHERE (SELECT COUNT(*) FROM link_requests WHERE email = $1 AND created_at > $4) < $5 \
           AND (SELECT COUNT(*) FROM link_requests WHERE client = $2 AND created_at > $4) < $6",
    )
    .bind(address_key)
    .bind(client_key)
    .bind(now)
    .bind(since)
    .bind(policy.per_address)
    .bind(policy.per_client)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets requests older than the limits' window (they no longer count).
pub async fn delete_stale_requests(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM link_requests WHERE created_at <= $1")
        .bind(now - LinkPolicy::WINDOW)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}

/// The account an address belongs to, read in the caller's transaction: id, address, stored locale, and
/// whether it is disabled.
pub struct Account {
    pub id: UserId,
    pub email: String,
    pub locale: Option<String>,
    pub disabled: bool,
}

pub async fn find_account(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Option<Account>, sqlx::Error> {
    let row = sqlx::query("SELECT id, email, locale, disabled_at FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(conn)
        .await?;
    row.map(|r| {
        Ok(Account {
            id: UserId(r.try_get("id")?),
            email: r.try_get("email")?,
            locale: r.try_get("locale")?,
            disabled: r.try_get::<Option<i64>, _>("disabled_at")?.is_some(),
        })
    })
    .transpose()
}

/// Stores a new link (its token's hash) in the caller's transaction; returns its id.
pub async fn insert_link(
    conn: &mut AnyConnection,
    token_hash: &str,
    user: UserId,
    purpose: Purpose,
    now: i64,
    expires_at: i64,
) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO auth_links (token_hash, user_id, purpose, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(purpose.as_str())
    .bind(now)
    .bind(expires_at)
    .fetch_one(conn)
    .await?;
    row.try_get("id")
}

/// A stored link as its pages need it.
#[derive(Debug, Clone)]
pub struct Link {
    pub user: UserId,
    pub email: String,
    pub purpose: Purpose,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub account_disabled: bool,
}

/// The link with this token hash, for showing its page (using it is [`use_link`]).
pub async fn find_link(db: &Db, token_hash: &str) -> Result<Option<Link>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT l.user_id, u.email, l.purpose, l.expires_at, l.used_at, u.disabled_at \
         FROM auth_links l JOIN users u ON u.id = l.user_id WHERE l.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db.writer())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let purpose: String = r.try_get("purpose")?;
    // The column's CHECK allows only the two purposes; a value from elsewhere is no link of ours.
    let Some(purpose) = Purpose::parse(&purpose) else {
        return Ok(None);
    };
    Ok(Some(Link {
        user: UserId(r.try_get("user_id")?),
        email: r.try_get("email")?,
        purpose,
        expires_at: r.try_get("expires_at")?,
        used_at: r.try_get("used_at")?,
        account_disabled: r.try_get::<Option<i64>, _>("disabled_at")?.is_some(),
    }))
}

/// Uses a link: marks it used if it is for `purpose`, unused, unexpired and its account enabled, in one
/// statement, and returns its account; `None` when it could not be used (so of twenty racing requests,
/// exactly one gets the account).
pub async fn use_link(
    conn: &mut AnyConnection,
    token_hash: &str,
    purpose: Purpose,
    now: i64,
) -> Result<Option<UserId>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE auth_links SET used_at = $3 \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 \
           AND user_id IN (SELECT id FROM users WHERE disabled_at IS NULL) \
         RETURNING user_id",
    )
    .bind(token_hash)
    .bind(purpose.as_str())
    .bind(now)
    .fetch_optional(conn)
    .await?;
    row.map(|r| r.try_get("user_id").map(UserId)).transpose()
}

/// Marks the account's other unused links (of the given purposes) used: after a password reset every
/// link mailed before is void; after a sign-in link, the other sign-in links. Returns how many.
pub async fn void_links(
    conn: &mut AnyConnection,
    user: UserId,
    purposes: &[Purpose],
    now: i64,
) -> Result<u64, sqlx::Error> {
    let mut voided = 0;
    for p in purposes {
        voided += sqlx::query(
            "UPDATE auth_links SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL",
        )
        .bind(user.0)
        .bind(p.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    Ok(voided)
}

/// Sets an account's password hash in the caller's transaction and ends every session and API token it
/// had (whoever held them got them with the old password).
pub async fn set_password(
    conn: &mut AnyConnection,
    user: UserId,
    password_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(user.0)
        .execute(&mut *conn)
        .await?;
    super::users::end_access(conn, user).await
}
