//! Demo accounts, so a newcomer can sign in at once. Created at start-up when `demo_accounts` is on
//! (the default); turn it off in production.

use crate::auth::{hash_password, Role, Roles};
use crate::db::users::{find_user_by_email, insert_user, NewUser};
use crate::db::Db;
use crate::i18n::Locale;

pub const DEMO_PASSWORD: &str = "ispit-demo";

/// (e-mail, name, role, profile locale)
pub const DEMO_ACCOUNTS: [(&str, &str, Role, Option<Locale>); 5] = [
    ("learner@ispit.test", "Ana Learner", Role::Learner, None),
    (
        "mk@ispit.test",
        "Марија Петровска",
        Role::Learner,
        Some(Locale::Mk),
    ),
    (
        "sr@ispit.test",
        "Милош Јовановић",
        Role::Learner,
        Some(Locale::SrCyrl),
    ),
    (
        "instructor@ispit.test",
        "Ivana Instructor",
        Role::Instructor,
        None,
    ),
    ("admin@ispit.test", "Admin", Role::Admin, None),
];

/// Creates the demo accounts that do not exist yet; returns the lines to print.
pub async fn ensure_demo_accounts(db: &Db, now: i64) -> anyhow::Result<Vec<String>> {
    let mut lines = Vec::new();
    for (email, name, role, locale) in DEMO_ACCOUNTS {
        if find_user_by_email(db, email).await?.is_none() {
            let hash = hash_password(DEMO_PASSWORD)?;
            let user = NewUser {
                email,
                display_name: name,
                password_hash: &hash,
                roles: Roles::only(role),
                locale,
            };
            insert_user(db, &user, now).await?;
        }
        lines.push(format!(
            "  {email:<24} {:<11} password: {DEMO_PASSWORD}",
            role.as_str()
        ));
    }
    Ok(lines)
}
