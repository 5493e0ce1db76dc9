//! Asking for a password-reset or sign-in link by email. One code path whatever the address: the request
//! is counted, the account looked up, and, only for an enabled account under the limits, a link stored and
//! its email queued, all in one transaction. The caller answers the same whatever happened, so nothing here
//! may reach the visitor; the outcome is for the log. No password is hashed on this path.

use crate::auth::links::{address_key, LinkPolicy, Purpose};
use crate::auth::{random_token, token_hash, Email};
use crate::db::links;
use crate::db::Db;
use crate::i18n::Locale;
use crate::mail::Payload;
use crate::service::mail::{queue, Recipient};

/// What became of a request (never shown to the visitor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requested {
    /// A link was stored and its email queued.
    Queued,
    /// No account has the address, or it is disabled: nothing sent.
    NoAccount,
    /// Over the address's or the client's limit for the hour: nothing recorded, nothing sent.
    Throttled,
}

/// Handles a request for a `purpose` link to `email` from `client` (a key from
/// [`crate::auth::links::client_key`]); the email is in the account's language, else `page_locale`.
pub async fn request_link(
    db: &Db,
    email: &Email,
    client: &str,
    purpose: Purpose,
    page_locale: Locale,
    policy: &LinkPolicy,
    now: i64,
) -> Result<Requested, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let granted = links::record_request(
        tx.conn(),
        db.backend,
        &address_key(email.as_str()),
        client,
        policy,
        now,
    )
    .await?;
    let account = links::find_account(tx.conn(), email.as_str()).await?;
    let outcome = match account {
        _ if !granted => Requested::Throttled,
        Some(a) if !a.disabled => {
            let token = random_token();
            let expires_at = policy.expires_at(purpose, now);
            let id = links::insert_link(
                tx.conn(),
                &token_hash(&token),
                a.id,
                purpose,
                now,
                expires_at,
            )
            .await?;
            let payload = match purpose {
                Purpose::Reset => Payload::PasswordReset { token, expires_at },
                Purpose::SignIn => Payload::SignInLink { token, expires_at },
            };
            let to = Recipient {
                user: a.id,
                email: a.email,
                locale: Some(a.locale.and_then(|l| l.parse().ok()).unwrap_or(page_locale)),
            };
            queue(
                tx.conn(),
                format!("{}:{id}", payload.kind()),
                &payload,
                &to,
                None,
                now,
            )
            .await?;
            Requested::Queued
        }
        _ => Requested::NoAccount,
    };
    tx.commit().await?;
    Ok(outcome)
}
