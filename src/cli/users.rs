//! `ispit user …`: accounts from the command line, for the first administrator of a production install
//! (`demo_accounts = false`) and for scripts.

use std::io::BufRead;

use crate::auth::{Email, NewPassword, Role, Roles};
use crate::i18n::locale::match_language_tag;
use crate::service::people::{add_account, NewAccount};

#[derive(Debug, thiserror::Error)]
pub enum UserCliError {
    #[error("`{0}` is not an e-mail address")]
    BadEmail(String),
    #[error("`{0}` is not a language ispit speaks (en, sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq)")]
    BadLanguage(String),
    #[error("{0}")]
    BadPassword(#[from] crate::auth::BadPassword),
    #[error("reading the password from standard input: {0}")]
    Stdin(std::io::Error),
    #[error("configuration: {0}")]
    Config(String),
    #[error("database: {0}")]
    Db(String),
    #[error("{0}")]
    People(#[from] crate::service::people::PeopleError),
}

/// What `ispit user add` was given.
pub struct AddArgs {
    pub email: String,
    pub name: String,
    pub roles: Vec<Role>,
    pub language: Option<String>,
    /// Read the password from the first line of standard input instead of generating one.
    pub password_stdin: bool,
}

/// Parses the arguments into an account (nothing is written when any is wrong); the password is read or
/// generated here. Returns the account and whether the password was generated (then it is printed once).
pub fn parse_add(args: AddArgs, stdin: impl BufRead) -> Result<(NewAccount, bool), UserCliError> {
    let email =
        Email::parse(&args.email).map_err(|_| UserCliError::BadEmail(args.email.clone()))?;
    let locale = args
        .language
        .as_deref()
        .map(|tag| {
            match_language_tag(tag).ok_or_else(|| UserCliError::BadLanguage(tag.to_string()))
        })
        .transpose()?;
    let roles = Roles::of(args.roles).unwrap_or(Roles::only(Role::Learner));
    let (password, generated) = if args.password_stdin {
        let line = stdin
            .lines()
            .next()
            .transpose()
            .map_err(UserCliError::Stdin)?
            .unwrap_or_default();
        (
            NewPassword::parse(line.trim_end_matches(['\r', '\n']))?,
            false,
        )
    } else {
        (NewPassword::generate(), true)
    };
    Ok((
        NewAccount {
            email,
            name: args.name,
            roles,
            locale,
            password,
        },
        generated,
    ))
}

/// `ispit user add`: creates the account in the configured database and says what it did.
pub fn run_add(args: AddArgs) -> Result<String, UserCliError> {
    let (account, generated) = parse_add(args, std::io::stdin().lock())?;
    let settings = crate::web::config::settings().map_err(UserCliError::Config)?;
    rocket::execute(async {
        let db = crate::db::Db::connect(&settings.database_url, settings.db_options())
            .await
            .map_err(|e| UserCliError::Db(e.to_string()))?;
        let now = jiff::Timestamp::now().as_second();
        let id = add_account(&db, &account, now).await?;
        let roles: Vec<&str> = account.roles.iter().map(Role::as_str).collect();
        let mut out = format!(
            "created account {id}: {} <{}>, {}",
            crate::people::clean_name(&account.name).unwrap_or_default(),
            account.email,
            roles.join(", ")
        );
        if generated {
            out.push_str(&format!(
                "\npassword (shown once): {}",
                account.password.as_str()
            ));
        }
        db.close().await;
        Ok(out)
    })
}
