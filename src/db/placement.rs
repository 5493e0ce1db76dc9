//! Placement attempts and their steps. A step is written only while its attempt is open, and only once
//! per step number, so a double-posted answer or a late one never lands.

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{is_unique_violation, Db};
use crate::assessment::attempt::in_time_from;
use crate::i18n::Locale;
use crate::ids::UserId;
use crate::placement::attempt::PlacementState;
use crate::placement::cefr::Level;

#[derive(Debug, Clone)]
pub struct PlacementRow {
    pub id: i64,
    pub user_id: UserId,
    pub locale: Locale,
    pub seed: u64,
    pub state: PlacementState,
    pub started_at: i64,
    pub deadline: Option<i64>,
    pub finished_at: Option<i64>,
    pub theta: Option<f64>,
    pub se: Option<f64>,
    /// `None` while open, or when too few items were answered for a level.
    pub level: Option<Level>,
    pub report: Option<String>,
    /// The assignment it was taken under; `None` for practice.
    pub assignment_id: Option<crate::ids::AssignmentId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StepRow {
    pub step_no: i64,
    pub item_id: String,
    pub answer: String,
    pub correct: bool,
    pub theta: f64,
    pub se: f64,
}

const COLUMNS: &str =
    "id, user_id, locale, seed, state, started_at, deadline, finished_at, theta, se, level, report, assignment_id";

fn from_row(row: &AnyRow) -> Result<PlacementRow, sqlx::Error> {
    let locale: String = row.try_get("locale")?;
    let seed: i64 = row.try_get("seed")?;
    let state: String = row.try_get("state")?;
    let level: Option<String> = row.try_get("level")?;
    let bad = |what: &str| sqlx::Error::Decode(format!("placement row: bad {what}").into());
    Ok(PlacementRow {
        id: row.try_get("id")?,
        user_id: UserId(row.try_get("user_id")?),
        locale: locale.parse().map_err(|_| bad("locale"))?,
        seed: seed as u64,
        state: PlacementState::parse(&state).ok_or_else(|| bad("state"))?,
        started_at: row.try_get("started_at")?,
        deadline: row.try_get("deadline")?,
        finished_at: row.try_get("finished_at")?,
        theta: row.try_get("theta")?,
        se: row.try_get("se")?,
        level: match level {
            Some(l) => Some(Level::parse(&l).ok_or_else(|| bad("level"))?),
            None => None,
        },
        report: row.try_get("report")?,
        assignment_id: row
            .try_get::<Option<i64>, _>("assignment_id")?
            .map(crate::ids::AssignmentId),
    })
}

/// What became of a start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlacementInsert {
    Started(i64),
    /// The learner has an open placement test (the database allows one).
    AlreadyOpen,
    /// The assignment's attempts are used up (counted in the insert itself).
    LimitReached,
}

/// Starts a placement attempt, under an assignment with at most `limit` attempts when given.
pub async fn insert_placement(
    db: &Db,
    user: UserId,
    locale: Locale,
    seed: u64,
    now: i64,
    deadline: Option<i64>,
    under: Option<(crate::ids::AssignmentId, Option<u32>)>,
) -> Result<PlacementInsert, sqlx::Error> {
    let limit = under.and_then(|(_, l)| l).map_or(i64::MAX, i64::from);
    let result = sqlx::query(
        "INSERT INTO placement_attempts (user_id, locale, seed, state, started_at, deadline, assignment_id) \
         SELECT $1, $2, $3, 'in-progress', $4, $5, $6 \
         FROM (SELECT COUNT(*) AS n FROM placement_attempts WHERE user_id = $1 AND assignment_id = $6) under \
         WHERE under.n < $7 \
         RETURNING id",
    )
    .bind(user.0)
    .bind(locale.tag())
    .bind(seed as i64)
    .bind(now)
    .bind(deadline)
    .bind(under.map(|(id, _)| id.0))
    .bind(limit)
    .fetch_optional(db.writer())
    .await;
    match result {
        Ok(Some(row)) => Ok(PlacementInsert::Started(row.try_get("id")?)),
        Ok(None) => Ok(PlacementInsert::LimitReached),
        Err(e) if is_unique_violation(&e) => Ok(PlacementInsert::AlreadyOpen),
        Err(e) => Err(e),
    }
}

pub async fn find_placement(db: &Db, id: i64) -> Result<Option<PlacementRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM placement_attempts WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_user_placements(db: &Db, user: UserId) -> Result<Vec<PlacementRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM placement_attempts WHERE user_id = $1 ORDER BY started_at DESC, id DESC"
    ))
    .bind(user.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn find_steps(db: &Db, attempt: i64) -> Result<Vec<StepRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT step_no, item_id, answer, correct, theta, se FROM placement_steps \
         WHERE attempt_id = $1 ORDER BY step_no",
    )
    .bind(attempt)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let correct: i64 = r.try_get("correct")?;
            Ok(StepRow {
                step_no: r.try_get("step_no")?,
                item_id: r.try_get("item_id")?,
                answer: r.try_get("answer")?,
                correct: correct != 0,
                theta: r.try_get("theta")?,
                se: r.try_get("se")?,
            })
        })
        .collect()
}

/// Records a step while the attempt is open at `now`. False when the attempt has closed or the step was
/// already recorded (a double post).
pub async fn insert_step(
    db: &Db,
    attempt: i64,
    step: &StepRow,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    // $8 is both the answer's time and the deadline rule's cutoff (`assessment::attempt::is_past`).
    let done = sqlx::query(
        "INSERT INTO placement_steps (attempt_id, step_no, item_id, answer, correct, theta, se, answered_at) \
         SELECT $1, $2, $3, $4, $5, $6, $7, $8 FROM placement_attempts \
         WHERE id = $1 AND state = 'in-progress' AND (deadline IS NULL OR deadline >= $8) \
         ON CONFLICT (attempt_id, step_no) DO NOTHING",
    )
    .bind(attempt)
    .bind(step.step_no)
    .bind(&step.item_id)
    .bind(&step.answer)
    .bind(i64::from(step.correct))
    .bind(step.theta)
    .bind(step.se)
    .bind(in_time_from(now))
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

pub struct PlacementResult<'a> {
    pub state: PlacementState,
    pub theta: f64,
    pub se: f64,
    /// `None` when too few items were answered for a level.
    pub level: Option<Level>,
    pub report: &'a str,
}

/// Closes an open attempt with its result; false when it was already closed.
pub async fn finish_placement(
    db: &Db,
    attempt: i64,
    now: i64,
    r: &PlacementResult<'_>,
    mails: &[super::outbox::NewMail<'_>],
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE placement_attempts SET state = $2, finished_at = $3, theta = $4, se = $5, level = $6, report = $7 \
         WHERE id = $1 AND state = 'in-progress'",
    )
    .bind(attempt)
    .bind(r.state.as_str())
    .bind(now)
    .bind(r.theta)
    .bind(r.se)
    .bind(r.level.map(Level::as_str))
    .bind(r.report)
    .execute(tx.conn())
    .await?;
    if done.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    for m in mails {
        super::outbox::enqueue(tx.conn(), m, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Open placement attempts whose deadline has passed at `now` (`assessment::attempt::is_past`).
pub async fn find_expired_placements(db: &Db, now: Timestamp) -> Result<Vec<i64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id FROM placement_attempts WHERE state = 'in-progress' AND deadline IS NOT NULL AND deadline < $1",
    )
    .bind(in_time_from(now))
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(|r| r.try_get("id")).collect()
}

/// Every closed placement test as a response pattern (attempt id, [(item id, right)]), for calibration.
pub async fn find_all_patterns(
    db: &Db,
) -> Result<Vec<crate::placement::calibrate::ResponsePattern>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.attempt_id, s.item_id, s.correct FROM placement_steps s \
         JOIN placement_attempts a ON a.id = s.attempt_id WHERE a.state <> 'in-progress' \
         ORDER BY s.attempt_id, s.step_no",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut out: Vec<crate::placement::calibrate::ResponsePattern> = Vec::new();
    for r in rows {
        let attempt: i64 = r.try_get("attempt_id")?;
        let item: String = r.try_get("item_id")?;
        let correct: i64 = r.try_get("correct")?;
        let key = attempt.to_string();
        match out.last_mut() {
            Some((k, v)) if *k == key => v.push((item, correct != 0)),
            _ => out.push((key, vec![(item, correct != 0)])),
        }
    }
    Ok(out)
}

/// The placement attempts made under an assignment, each with the number of items answered.
pub async fn for_assignment(
    db: &Db,
    assignment: crate::ids::AssignmentId,
) -> Result<Vec<(PlacementRow, i64)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS}, (SELECT COUNT(*) FROM placement_steps s WHERE s.attempt_id = placement_attempts.id) \
           AS items \
         FROM placement_attempts WHERE assignment_id = $1 ORDER BY user_id, started_at, id"
    ))
    .bind(assignment.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((from_row(r)?, r.try_get("items")?)))
        .collect()
}

/// Every placement attempt of a learner, newest first, each with the number of items answered (one query).
pub async fn for_user(db: &Db, user: UserId) -> Result<Vec<(PlacementRow, i64)>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS}, (SELECT COUNT(*) FROM placement_steps s WHERE s.attempt_id = placement_attempts.id) \
           AS items \
         FROM placement_attempts WHERE user_id = $1 ORDER BY started_at DESC, id DESC"
    ))
    .bind(user.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((from_row(r)?, r.try_get("items")?)))
        .collect()
}
