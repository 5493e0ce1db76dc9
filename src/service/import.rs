//! Importing learners from a CSV file, for the administrator's page and `ispit user import` alike: plan the
//! file against the database (the dry run), and apply a plan, giving every new account an initial password
//! that is returned once and stored only as a hash.

use std::collections::HashMap;

use crate::auth::{Email, NewPassword};
use crate::db::import::{apply_plan, load_directory, Applied, ApplyError};
use crate::db::Db;
use crate::people::import::{plan, Action, Plan};

/// Reads the file against what the database holds now. Writes nothing.
pub async fn plan_file(db: &Db, bytes: &[u8]) -> Result<Plan, sqlx::Error> {
    let directory = load_directory(db).await?;
    Ok(plan(bytes, &directory))
}

/// What an applied import did, with the initial password of every account it created (in file order).
#[derive(Debug)]
pub struct Imported {
    pub applied: Applied,
    pub passwords: Vec<(Email, NewPassword)>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Apply(#[from] ApplyError),
    #[error("hashing the passwords: {0}")]
    Hash(String),
}

/// Applies a plan in one transaction (see [`apply_plan`]); nothing is written unless all of it is.
pub async fn apply(db: &Db, plan: &Plan, now: i64) -> Result<Imported, ImportError> {
    if !plan.can_apply() {
        return Err(ApplyError::NotApplicable.into());
    }
    let passwords: Vec<(Email, NewPassword)> = plan
        .rows
        .iter()
        .filter(|r| r.action == Action::Create)
        .map(|r| (r.email.clone(), NewPassword::generate()))
        .collect();
    // One at a time on the blocking pool (Argon2 takes tens of milliseconds and its memory per hash), and
    // before the write transaction, which must not wait on the CPU while holding SQLite's write lock.
    let mut hashes: HashMap<Email, String> = HashMap::with_capacity(passwords.len());
    for (email, password) in &passwords {
        let hash = super::people::hash(password)
            .await
            .map_err(|e| ImportError::Hash(e.to_string()))?;
        hashes.insert(email.clone(), hash);
    }
    let applied = apply_plan(db, plan, &hashes, now).await?;
    Ok(Imported { applied, passwords })
}
