//! Accounts and cohorts as administrators manage them, from the pages and the command line alike.

use crate::auth::{hash_password, Email, NewPassword, Roles};
use crate::db::users::{find_user_by_email, insert_user, NewUser};
use crate::db::Db;
use crate::i18n::Locale;
use crate::ids::UserId;
use crate::people::clean_name;

/// An account to create.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: Email,
    pub name: String,
    pub roles: Roles,
    pub locale: Option<Locale>,
    pub password: NewPassword,
}

#[derive(Debug, thiserror::Error)]
pub enum PeopleError {
    #[error("an account with the e-mail address {0} exists")]
    EmailTaken(Email),
    #[error("a name is required")]
    NoName,
    #[error("hashing the password: {0}")]
    Hash(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Hashes a password on the blocking thread pool: Argon2 takes tens of milliseconds of CPU, which on the
/// async workers would stall every other request (sign-in verifies the same way, `App::verify_password`).
pub(crate) async fn hash(password: &NewPassword) -> Result<String, PeopleError> {
    let password = password.clone();
    tokio::task::spawn_blocking(move || hash_password(password.as_str()))
        .await
        .map_err(|e| PeopleError::Hash(e.to_string()))?
        .map_err(|e| PeopleError::Hash(e.to_string()))
}

/// Sets a new password; every session and API token of the account ends with the old one. `false` when
/// there is no such account.
pub async fn set_password(
    db: &Db,
    id: UserId,
    password: &NewPassword,
) -> Result<bool, PeopleError> {
    let hash = hash(password).await?;
    Ok(crate::db::users::update_password(db, id, &hash).await?)
}

/// Creates an account. The address is unique in the database, so two racing creations make one account
/// and the other is told the address is taken.
pub async fn add_account(db: &Db, account: &NewAccount, now: i64) -> Result<UserId, PeopleError> {
    let name = clean_name(&account.name).ok_or(PeopleError::NoName)?;
    if find_user_by_email(db, account.email.as_str())
        .await?
        .is_some()
    {
        return Err(PeopleError::EmailTaken(account.email.clone()));
    }
    let hash = hash(&account.password).await?;
    let user = NewUser {
        email: account.email.as_str(),
        display_name: &name,
        password_hash: &hash,
        roles: account.roles,
        locale: account.locale,
    };
    insert_user(db, &user, now).await.map_err(|e| {
        if crate::db::is_unique_violation(&e) {
            PeopleError::EmailTaken(account.email.clone())
        } else {
            PeopleError::Db(e)
        }
    })
}
