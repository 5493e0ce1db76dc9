//! Cohorts and their members: learners who are given assignments, instructors who read their results.

use sqlx::Row;

use super::users::{from_row as user_from_row, User};
use super::{is_unique_violation, Db};
use crate::ids::{CohortId, UserId};

/// How someone belongs to a cohort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberRole {
    Learner,
    Instructor,
}

impl MemberRole {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Learner => "learner",
            MemberRole::Instructor => "instructor",
        }
    }

    pub fn parse(s: &str) -> Option<MemberRole> {
        match s {
            "learner" => Some(MemberRole::Learner),
            "instructor" => Some(MemberRole::Instructor),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Cohort {
    pub id: CohortId,
    pub name: String,
    pub learners: i64,
    pub instructors: i64,
}

const COHORT_COLUMNS: &str = "c.id, c.name, \
    (SELECT COUNT(*) FROM cohort_members m WHERE m.cohort_id = c.id AND m.role = 'learner') AS learners, \
    (SELECT COUNT(*) FROM cohort_members m WHERE m.cohort_id = c.id AND m.role = 'instructor') AS instructors";

/// The `member_role` column of a membership query (the column's CHECK allows only the two roles).
fn member_role(row: &sqlx::any::AnyRow) -> Result<MemberRole, sqlx::Error> {
    let role: String = row.try_get("member_role")?;
    MemberRole::parse(&role)
        .ok_or_else(|| sqlx::Error::Decode(format!("membership role `{role}`").into()))
}

fn cohort_from_row(row: &sqlx::any::AnyRow) -> Result<Cohort, sqlx::Error> {
    Ok(Cohort {
        id: CohortId(row.try_get("id")?),
        name: row.try_get("name")?,
        learners: row.try_get("learners")?,
        instructors: row.try_get("instructors")?,
    })
}

/// Every cohort, by name.
pub async fn list_cohorts(db: &Db) -> Result<Vec<Cohort>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COHORT_COLUMNS} FROM cohorts c ORDER BY c.name"
    ))
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(cohort_from_row).collect()
}

/// The cohorts a user belongs to, with how, by name.
pub async fn memberships_of(
    db: &Db,
    user: UserId,
) -> Result<Vec<(Cohort, MemberRole)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COHORT_COLUMNS}, me.role AS member_role FROM cohorts c \
         JOIN cohort_members me ON me.cohort_id = c.id AND me.user_id = $1 \
         ORDER BY c.name, c.id"
    ))
    .bind(user.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((cohort_from_row(r)?, member_role(r)?)))
        .collect()
}

pub async fn find_cohort(db: &Db, id: CohortId) -> Result<Option<Cohort>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COHORT_COLUMNS} FROM cohorts c WHERE c.id = $1"
    ))
    .bind(id.0)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(cohort_from_row).transpose()
}

#[derive(Debug, thiserror::Error)]
pub enum CohortError {
    #[error("a cohort with this name exists")]
    NameTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

fn name_taken(e: sqlx::Error) -> CohortError {
    if is_unique_violation(&e) {
        CohortError::NameTaken
    } else {
        CohortError::Db(e)
    }
}

pub async fn create_cohort(db: &Db, name: &str, now: i64) -> Result<CohortId, CohortError> {
    let row = sqlx::query("INSERT INTO cohorts (name, created_at) VALUES ($1, $2) RETURNING id")
        .bind(name)
        .bind(now)
        .fetch_one(db.writer())
        .await
        .map_err(name_taken)?;
    Ok(CohortId(row.try_get("id")?))
}

pub async fn rename_cohort(db: &Db, id: CohortId, name: &str) -> Result<bool, CohortError> {
    let r = sqlx::query("UPDATE cohorts SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id.0)
        .execute(db.writer())
        .await
        .map_err(name_taken)?;
    Ok(r.rows_affected() == 1)
}

/// A cohort's members with how they belong, learners first, each by name.
pub async fn members(db: &Db, id: CohortId) -> Result<Vec<(User, MemberRole)>, sqlx::Error> {
    // No column of `users` is named as one of `cohort_members`, so the user columns need no prefix.
    let rows = sqlx::query(&format!(
        "SELECT {}, m.role AS member_role FROM users u \
         JOIN cohort_members m ON m.user_id = u.id AND m.cohort_id = $1 \
         ORDER BY m.role DESC, u.display_name, u.id",
        super::users::COLUMNS
    ))
    .bind(id.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((user_from_row(r)?, member_role(r)?)))
        .collect()
}

/// Puts a user on a cohort, or changes how they belong to it. Idempotent: a double-clicked "add" leaves one
/// membership.
pub async fn put_member(
    conn: &mut sqlx::AnyConnection,
    cohort: CohortId,
    user: UserId,
    role: MemberRole,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO cohort_members (cohort_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (cohort_id, user_id) DO UPDATE SET role = excluded.role",
    )
    .bind(cohort.0)
    .bind(user.0)
    .bind(role.as_str())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_member(db: &Db, cohort: CohortId, user: UserId) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM cohort_members WHERE cohort_id = $1 AND user_id = $2")
        .bind(cohort.0)
        .bind(user.0)
        .execute(db.writer())
        .await?;
    Ok(r.rows_affected() == 1)
}
