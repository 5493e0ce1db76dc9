//! Assignments and per-learner overrides. A learner's assignments are read through their cohort memberships
//! at the time of reading, so a learner who joins a cohort later gets its open assignments.

use jiff::Timestamp;
use sqlx::Row;

use super::Db;
use crate::assignments::{Override, Progress, Task, Terms};
use crate::ids::{AssignmentId, CohortId, UserId};

/// Who an assignment is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Learner(UserId),
    Cohort(CohortId),
}

#[derive(Debug, Clone)]
pub struct AssignmentRow {
    pub id: AssignmentId,
    pub task: Task,
    pub target: Target,
    pub terms: Terms,
    pub created_by: UserId,
    pub created_at: i64,
    pub withdrawn: bool,
}

const COLUMNS: &str = "a.id, a.kind, a.quiz_id, a.user_id, a.cohort_id, a.opens_at, a.due_at, \
    a.attempts_allowed, a.time_limit_seconds, a.created_by, a.created_at, a.withdrawn_at";

fn time(v: Option<i64>) -> Option<Timestamp> {
    v.and_then(|s| Timestamp::from_second(s).ok())
}

fn count(v: Option<i64>) -> Option<u32> {
    v.and_then(|n| u32::try_from(n).ok())
}

fn from_row(row: &sqlx::any::AnyRow) -> Result<AssignmentRow, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let quiz: Option<String> = row.try_get("quiz_id")?;
    let task = match (kind.as_str(), quiz) {
        ("quiz", Some(q)) => Task::Quiz(q.parse().map_err(|e| sqlx::Error::Decode(Box::new(e)))?),
        ("placement", _) => Task::Placement,
        // The CHECK allows only these two kinds; a quiz without its id is not read as something else.
        (kind, _) => {
            return Err(sqlx::Error::Decode(
                format!("assignment kind `{kind}` without its quiz").into(),
            ))
        }
    };
    let user: Option<i64> = row.try_get("user_id")?;
    let cohort: Option<i64> = row.try_get("cohort_id")?;
    let target = match (user, cohort) {
        (Some(u), _) => Target::Learner(UserId(u)),
        (None, Some(c)) => Target::Cohort(CohortId(c)),
        (None, None) => return Err(sqlx::Error::Decode("an assignment without a target".into())),
    };
    let withdrawn: Option<i64> = row.try_get("withdrawn_at")?;
    Ok(AssignmentRow {
        id: AssignmentId(row.try_get("id")?),
        task,
        target,
        terms: Terms {
            opens_at: time(row.try_get("opens_at")?),
            due_at: time(row.try_get("due_at")?),
            attempts_allowed: count(row.try_get("attempts_allowed")?),
            time_limit_seconds: row.try_get("time_limit_seconds")?,
        },
        created_by: UserId(row.try_get("created_by")?),
        created_at: row.try_get("created_at")?,
        withdrawn: withdrawn.is_some(),
    })
}

pub struct NewAssignment {
    pub task: Task,
    pub target: Target,
    pub terms: Terms,
    pub created_by: UserId,
    /// The random key of the form that asked for it: the same form sent twice creates one assignment.
    pub form_key: Option<String>,
}

/// Creates an assignment; with a form key already used by the same instructor, returns the assignment that
/// key created instead (the unique index decides between racing requests). `None`: the key is another
/// instructor's (a forged form).
/// The same in a transaction of its own, queuing no invitation (for fixtures and tools; the pages and the
/// API create through `service::assignments::create`).
pub async fn insert_assignment(
    db: &Db,
    a: &NewAssignment,
    now: i64,
) -> Result<Option<AssignmentId>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let id = insert_assignment_in(tx.conn(), a, now).await?;
    tx.commit().await?;
    Ok(id.map(|(id, _)| id))
}

/// Creates an assignment in the caller's transaction; the flag says whether it is new (false: the form key
/// had made it before).
pub async fn insert_assignment_in(
    conn: &mut sqlx::AnyConnection,
    a: &NewAssignment,
    now: i64,
) -> Result<Option<(AssignmentId, bool)>, sqlx::Error> {
    let (kind, quiz) = match &a.task {
        Task::Quiz(q) => ("quiz", Some(q.as_str().to_string())),
        Task::Placement => ("placement", None),
    };
    let (user, cohort) = match a.target {
        Target::Learner(u) => (Some(u.0), None),
        Target::Cohort(c) => (None, Some(c.0)),
    };
    let row = sqlx::query(
        "INSERT INTO assignments (kind, quiz_id, user_id, cohort_id, opens_at, due_at, attempts_allowed, \
         time_limit_seconds, created_by, created_at, form_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (form_key) DO NOTHING RETURNING id",
    )
    .bind(kind)
    .bind(quiz)
    .bind(user)
    .bind(cohort)
    .bind(a.terms.opens_at.map(|t| t.as_second()))
    .bind(a.terms.due_at.map(|t| t.as_second()))
    .bind(a.terms.attempts_allowed.map(i64::from))
    .bind(a.terms.time_limit_seconds)
    .bind(a.created_by.0)
    .bind(now)
    .bind(a.form_key.as_deref())
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = row {
        return Ok(Some((AssignmentId(row.try_get("id")?), true)));
    }
    // The key was used: the assignment it made, if it is this instructor's (a key is never shared).
    let row = sqlx::query("SELECT id FROM assignments WHERE form_key = $1 AND created_by = $2")
        .bind(a.form_key.as_deref())
        .bind(a.created_by.0)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|r| r.try_get("id").map(|id| (AssignmentId(id), false)))
        .transpose()
}

/// The learners an assignment is for now, with their addresses (disabled accounts left out): the learner
/// it names, or the cohort's learner members.
pub async fn learners_of(
    conn: &mut sqlx::AnyConnection,
    target: Target,
) -> Result<Vec<crate::service::mail::Recipient>, sqlx::Error> {
    let rows = match target {
        Target::Learner(u) => {
            sqlx::query("SELECT id, email, locale FROM users WHERE id = $1 AND disabled_at IS NULL")
                .bind(u.0)
                .fetch_all(&mut *conn)
                .await?
        }
        Target::Cohort(c) => {
            sqlx::query(
                "SELECT u.id, u.email, u.locale FROM users u JOIN cohort_members m ON m.user_id = u.id \
                 WHERE m.cohort_id = $1 AND m.role = 'learner' AND u.disabled_at IS NULL ORDER BY u.id",
            )
            .bind(c.0)
            .fetch_all(&mut *conn)
            .await?
        }
    };
    rows.iter()
        .map(|r| {
            Ok(crate::service::mail::Recipient {
                user: UserId(r.try_get("id")?),
                email: r.try_get("email")?,
                locale: r
                    .try_get::<Option<String>, _>("locale")?
                    .and_then(|l| l.parse().ok()),
            })
        })
        .collect()
}

pub async fn find_assignment(
    db: &Db,
    id: AssignmentId,
) -> Result<Option<AssignmentRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM assignments a WHERE a.id = $1"
    ))
    .bind(id.0)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// The learner's override joined as `o_of, o_due, o_attempts, o_limit` (`o_of` is null without one).
fn override_of(r: &sqlx::any::AnyRow) -> Result<Option<Override>, sqlx::Error> {
    let overridden: Option<i64> = r.try_get("o_of")?;
    if overridden.is_none() {
        return Ok(None);
    }
    Ok(Some(Override {
        due_at: time(r.try_get("o_due")?),
        attempts_allowed: count(r.try_get("o_attempts")?),
        time_limit_seconds: r.try_get("o_limit")?,
    }))
}

/// One assignment as one learner has it: their override and their progress under it.
#[derive(Debug, Clone)]
pub struct LearnerAssignment {
    pub assignment: AssignmentRow,
    pub over: Option<Override>,
    pub progress: Progress,
}

impl LearnerAssignment {
    pub fn terms(&self) -> Terms {
        self.assignment.terms.with(self.over.as_ref())
    }
}

/// The assignments given to a learner, directly or through a cohort they are a learner of now, not
/// withdrawn, newest first, each with the learner's override and progress.
pub async fn for_learner(db: &Db, user: UserId) -> Result<Vec<LearnerAssignment>, sqlx::Error> {
    // The learner's attempts (quiz and placement) counted per assignment once, joined to each assignment.
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS}, o.assignment_id AS o_of, o.due_at AS o_due, o.attempts_allowed AS o_attempts, \
           o.time_limit_seconds AS o_limit, COALESCE(p.used, 0) AS used, COALESCE(p.open, 0) AS open \
         FROM assignments a \
         LEFT JOIN assignment_overrides o ON o.assignment_id = a.id AND o.user_id = $1 \
         LEFT JOIN (SELECT x.assignment_id, COUNT(*) AS used, \
                      SUM(CASE WHEN x.state = 'in-progress' THEN 1 ELSE 0 END) AS open \
                    FROM (SELECT assignment_id, state FROM attempts WHERE user_id = $1 \
                          UNION ALL \
                          SELECT assignment_id, state FROM placement_attempts WHERE user_id = $1) x \
                    WHERE x.assignment_id IS NOT NULL \
                    GROUP BY x.assignment_id) p ON p.assignment_id = a.id \
         WHERE a.withdrawn_at IS NULL AND (a.user_id = $1 OR a.cohort_id IN \
           (SELECT m.cohort_id FROM cohort_members m WHERE m.user_id = $1 AND m.role = 'learner')) \
         ORDER BY a.created_at DESC, a.id DESC"
    ))
    .bind(user.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let used: i64 = r.try_get("used")?;
            let open: i64 = r.try_get("open")?;
            Ok(LearnerAssignment {
                assignment: from_row(r)?,
                over: override_of(r)?,
                // Every attempt not in progress is closed (submitted or expired): "submitted" for the status.
                progress: Progress {
                    attempts: u32::try_from(used).unwrap_or(u32::MAX),
                    in_progress: open > 0,
                    submitted: used > open,
                },
            })
        })
        .collect()
}

/// The assignments of a cohort (and none withdrawn), newest first.
pub async fn for_cohort(db: &Db, cohort: CohortId) -> Result<Vec<AssignmentRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM assignments a WHERE a.cohort_id = $1 AND a.withdrawn_at IS NULL \
         ORDER BY a.created_at DESC, a.id DESC"
    ))
    .bind(cohort.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Sets one learner's accommodations on an assignment (replacing any before).
pub async fn put_override(
    db: &Db,
    assignment: AssignmentId,
    user: UserId,
    o: &Override,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assignment_overrides (assignment_id, user_id, due_at, attempts_allowed, time_limit_seconds) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (assignment_id, user_id) DO UPDATE SET due_at = excluded.due_at, \
           attempts_allowed = excluded.attempts_allowed, time_limit_seconds = excluded.time_limit_seconds",
    )
    .bind(assignment.0)
    .bind(user.0)
    .bind(o.due_at.map(|t| t.as_second()))
    .bind(o.attempts_allowed.map(i64::from))
    .bind(o.time_limit_seconds)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Clears one learner's accommodations (they go back to the assignment's terms).
pub async fn delete_override(
    db: &Db,
    assignment: AssignmentId,
    user: UserId,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM assignment_overrides WHERE assignment_id = $1 AND user_id = $2")
        .bind(assignment.0)
        .bind(user.0)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Withdraws an assignment: no longer offered, its attempts kept. Withdrawing twice changes nothing.
pub async fn withdraw(db: &Db, id: AssignmentId, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE assignments SET withdrawn_at = $2 WHERE id = $1 AND withdrawn_at IS NULL")
        .bind(id.0)
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// A learner an assignment concerns, with their override.
#[derive(Debug, Clone)]
pub struct RosterEntry {
    pub user: super::users::User,
    pub over: Option<Override>,
    /// Still given the assignment (the learner, or a learner of the cohort now); `false` for someone who left
    /// the cohort after making attempts under it (their attempts still count and are shown).
    pub current: bool,
}

/// Everyone an assignment concerns: its learner or its cohort's learners now, and anyone who made an attempt
/// under it, by name.
pub async fn roster(db: &Db, a: &AssignmentRow) -> Result<Vec<RosterEntry>, sqlx::Error> {
    let (user, cohort) = match a.target {
        Target::Learner(u) => (Some(u.0), None),
        Target::Cohort(c) => (None, Some(c.0)),
    };
    let rows = sqlx::query(&format!(
        "SELECT {}, o.assignment_id AS o_of, o.due_at AS o_due, o.attempts_allowed AS o_attempts, \
           o.time_limit_seconds AS o_limit, \
           CASE WHEN u.id = $2 OR u.id IN (SELECT m.user_id FROM cohort_members m \
             WHERE m.cohort_id = $3 AND m.role = 'learner') THEN 1 ELSE 0 END AS current_target \
         FROM users u \
         LEFT JOIN assignment_overrides o ON o.assignment_id = $1 AND o.user_id = u.id \
         WHERE u.id = $2 \
            OR u.id IN (SELECT m.user_id FROM cohort_members m WHERE m.cohort_id = $3 AND m.role = 'learner') \
            OR u.id IN (SELECT t.user_id FROM attempts t WHERE t.assignment_id = $1) \
            OR u.id IN (SELECT p.user_id FROM placement_attempts p WHERE p.assignment_id = $1) \
         ORDER BY u.display_name, u.id",
        super::users::COLUMNS
    ))
    .bind(a.id.0)
    .bind(user)
    .bind(cohort)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let current: i64 = r.try_get("current_target")?;
            Ok(RosterEntry {
                user: super::users::from_row(r)?,
                over: override_of(r)?,
                current: current != 0,
            })
        })
        .collect()
}

/// One quiz attempt made under an assignment, without its paper (a results page reads thousands).
#[derive(Debug, Clone)]
pub struct QuizOutcome {
    pub id: crate::ids::AttemptId,
    pub user_id: UserId,
    pub attempt_no: i64,
    pub state: crate::assessment::attempt::AttemptState,
    pub started_at: i64,
    pub closed_at: Option<i64>,
    pub score_milli: Option<i64>,
    pub max_milli: Option<i64>,
    pub passed: Option<bool>,
    /// Answered essays not yet graded.
    pub awaiting_grading: i64,
}

pub async fn quiz_outcomes(db: &Db, id: AssignmentId) -> Result<Vec<QuizOutcome>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, user_id, attempt_no, state, started_at, closed_at, score_milli, max_milli, passed, \
         awaiting_grading FROM attempts WHERE assignment_id = $1 ORDER BY user_id, attempt_no",
    )
    .bind(id.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let state: String = r.try_get("state")?;
            let passed: Option<i64> = r.try_get("passed")?;
            Ok(QuizOutcome {
                id: crate::ids::AttemptId(r.try_get("id")?),
                user_id: UserId(r.try_get("user_id")?),
                attempt_no: r.try_get("attempt_no")?,
                state: crate::assessment::attempt::AttemptState::parse(&state).ok_or_else(
                    || sqlx::Error::Decode(format!("attempt state `{state}`").into()),
                )?,
                started_at: r.try_get("started_at")?,
                closed_at: r.try_get("closed_at")?,
                score_milli: r.try_get("score_milli")?,
                max_milli: r.try_get("max_milli")?,
                passed: passed.map(|p| p != 0),
                awaiting_grading: r.try_get("awaiting_grading")?,
            })
        })
        .collect()
}
