//! Accounts and cohorts as administrators manage them, from the pages and the command line alike.

use crate::auth::{hash_password, Email, NewPassword, Roles};
use crate::db::users::{find_user_by_email, insert_user, NewUser};
use crate::db::Db;
use crate::i18n::Locale;
use crate::ids::UserId;

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
    Hash(#[from] crate::auth::HashError),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// A display name as typed, with runs of spaces collapsed; `None` when nothing is left.
pub fn clean_name(name: &str) -> Option<String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
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
    let hash = hash_password(account.password.as_str())?;
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
