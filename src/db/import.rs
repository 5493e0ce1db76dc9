//! The learner import's two visits to the database: reading what a plan depends on ([`load_directory`]) and
//! applying a plan in one write transaction ([`apply_plan`]). Decides nothing: what a row does is decided by
//! `people::import`. Every statement of the apply checks that the account is still as the plan saw it (the
//! address still free, the name and language still the ones previewed), so a change made by someone else
//! between the plan and the apply makes the whole apply fail and nothing of it is kept.

use std::collections::{BTreeSet, HashMap};

use sqlx::Row;

use super::cohorts::MemberRole;
use super::{is_unique_violation, Db};
use crate::auth::{Email, Role, Roles};
use crate::i18n::Locale;
use crate::people::import::{Action, Change, Directory, KnownUser, Plan};

/// Every account by address (name, language, cohorts, whether it is a learner) and every cohort's name.
pub async fn load_directory(db: &Db) -> Result<Directory, sqlx::Error> {
    let mut users: HashMap<Email, KnownUser> = HashMap::new();
    let rows = sqlx::query("SELECT email, display_name, locale, roles FROM users")
        .fetch_all(&db.pool)
        .await?;
    for row in &rows {
        let email: String = row.try_get("email")?;
        // Every path that stores an address parses it first; one that does not parse cannot be in a file
        // that parses either, so it is left out rather than failing the import.
        let Ok(email) = Email::parse(&email) else {
            continue;
        };
        let locale: Option<String> = row.try_get("locale")?;
        let roles: i64 = row.try_get("roles")?;
        users.insert(
            email,
            KnownUser {
                name: row.try_get("display_name")?,
                locale: locale.and_then(|l| l.parse::<Locale>().ok()),
                cohorts: BTreeSet::new(),
                is_learner: Roles::from_bits(roles).is_some_and(|r| r.has(Role::Learner)),
            },
        );
    }
    let rows = sqlx::query(
        "SELECT u.email AS email, c.name AS name FROM cohort_members m \
         JOIN users u ON u.id = m.user_id JOIN cohorts c ON c.id = m.cohort_id",
    )
    .fetch_all(&db.pool)
    .await?;
    for row in &rows {
        let email: String = row.try_get("email")?;
        if let Some(user) = Email::parse(&email).ok().and_then(|e| users.get_mut(&e)) {
            user.cohorts.insert(row.try_get("name")?);
        }
    }
    let cohorts = sqlx::query("SELECT name FROM cohorts")
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|row| row.try_get("name"))
        .collect::<Result<BTreeSet<String>, _>>()?;
    Ok(Directory { users, cohorts })
}

/// Why a plan was not applied. Nothing of it was written.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// The plan has problems or no rows: there is nothing it may do.
    #[error("the plan cannot be applied")]
    NotApplicable,
    /// An account with this address was created after the plan was made.
    #[error("an account with the address {0} was created meanwhile")]
    EmailTaken(Email),
    /// This account, or a cohort its row names, changed after the plan was made.
    #[error("the account {0} or its cohort changed meanwhile")]
    Changed(Email),
    /// A row to create has no password hash (a fault of the caller).
    #[error("no password hash for {0}")]
    NoPassword(Email),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// What an applied plan did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Applied {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// Applies a plan in one write transaction: creates the new learners (with the password hashes given for
/// their addresses), changes names and languages, adds cohort memberships as learner and the learner role.
/// Any failure rolls everything back.
pub async fn apply_plan(
    db: &Db,
    plan: &Plan,
    password_hashes: &HashMap<Email, String>,
    now: i64,
) -> Result<Applied, ApplyError> {
    if !plan.can_apply() {
        return Err(ApplyError::NotApplicable);
    }
    let mut tx = db.begin_write().await?;
    match apply_in(tx.conn(), plan, password_hashes, now).await {
        Ok(applied) => {
            tx.commit().await?;
            Ok(applied)
        }
        Err(e) => {
            // A failed rollback leaves the connection to be closed by `WriteTx`, which rolls back too.
            let _ = tx.rollback().await;
            Err(e)
        }
    }
}

async fn apply_in(
    conn: &mut sqlx::AnyConnection,
    plan: &Plan,
    password_hashes: &HashMap<Email, String>,
    now: i64,
) -> Result<Applied, ApplyError> {
    let mut applied = Applied::default();
    let mut cohort_ids: HashMap<&str, i64> = HashMap::new();
    for row in &plan.rows {
        let changed = || ApplyError::Changed(row.email.clone());
        let cohort_id = match &row.cohort {
            Some(name) => Some(match cohort_ids.get(name.as_str()) {
                Some(id) => *id,
                None => {
                    let id: i64 = sqlx::query("SELECT id FROM cohorts WHERE name = $1")
                        .bind(name)
                        .fetch_optional(&mut *conn)
                        .await?
                        .ok_or_else(changed)?
                        .try_get("id")?;
                    cohort_ids.insert(name, id);
                    id
                }
            }),
            None => None,
        };
        let changes: &[Change] = match &row.action {
            Action::Unchanged => {
                applied.unchanged += 1;
                continue;
            }
            Action::Update(changes) => changes,
            Action::Create => {
                let hash = password_hashes
                    .get(&row.email)
                    .ok_or_else(|| ApplyError::NoPassword(row.email.clone()))?;
                let inserted = sqlx::query(
                    "INSERT INTO users (email, display_name, password_hash, roles, locale, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(row.email.as_str())
                .bind(&row.name)
                .bind(hash)
                .bind(Roles::only(Role::Learner).bits())
                .bind(row.locale.map(|l| l.tag().to_string()))
                .bind(now)
                .fetch_one(&mut *conn)
                .await;
                let id: i64 = match inserted {
                    Ok(r) => r.try_get("id")?,
                    Err(e) if is_unique_violation(&e) => {
                        return Err(ApplyError::EmailTaken(row.email.clone()))
                    }
                    Err(e) => return Err(e.into()),
                };
                if let Some(cohort) = cohort_id {
                    join_cohort(conn, cohort, id, now, changed).await?;
                }
                applied.created += 1;
                continue;
            }
        };
        let id: i64 = sqlx::query("SELECT id FROM users WHERE email = $1")
            .bind(row.email.as_str())
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(changed)?
            .try_get("id")?;
        for change in changes {
            let done =
                match change {
                    Change::Name { from, to } => sqlx::query(
                        "UPDATE users SET display_name = $1 WHERE id = $2 AND display_name = $3",
                    )
                    .bind(to)
                    .bind(id)
                    .bind(from)
                    .execute(&mut *conn)
                    .await?,
                    Change::Language { from, to } => sqlx::query(
                        "UPDATE users SET locale = $1 WHERE id = $2 AND COALESCE(locale, '') = $3",
                    )
                    .bind(to.tag())
                    .bind(id)
                    .bind(from.map_or("", Locale::tag))
                    .execute(&mut *conn)
                    .await?,
                    Change::JoinsCohort(_) => {
                        let cohort = cohort_id.ok_or_else(changed)?;
                        join_cohort(conn, cohort, id, now, changed).await?;
                        continue;
                    }
                    // The learner bit is 1 (see the roles migration): add it where it is not set.
                    Change::BecomesLearner => {
                        sqlx::query(
                            "UPDATE users SET roles = roles + 1 WHERE id = $1 AND roles % 2 = 0",
                        )
                        .bind(id)
                        .execute(&mut *conn)
                        .await?
                    }
                };
            if done.rows_affected() != 1 {
                return Err(changed());
            }
        }
        applied.updated += 1;
    }
    Ok(applied)
}

/// Makes a user a learner of a cohort they do not belong to. Unlike `cohorts::put_member`, an existing
/// membership is left as it is (an import never changes how someone belongs to a cohort) and makes the
/// apply fail: the plan was made when there was none.
async fn join_cohort(
    conn: &mut sqlx::AnyConnection,
    cohort: i64,
    user: i64,
    now: i64,
    changed: impl Fn() -> ApplyError,
) -> Result<(), ApplyError> {
    let inserted = sqlx::query(
        "INSERT INTO cohort_members (cohort_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (cohort_id, user_id) DO NOTHING",
    )
    .bind(cohort)
    .bind(user)
    .bind(MemberRole::Learner.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if inserted.rows_affected() == 1 {
        Ok(())
    } else {
        Err(changed())
    }
}
