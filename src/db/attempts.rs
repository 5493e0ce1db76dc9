//! Attempts and their responses. Every write that depends on the attempt being open checks it in the same
//! statement, so a save racing a submit or the deadline sweeper can never land after the close.

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{is_unique_violation, Db};
use crate::assessment::answer::Answer;
use crate::assessment::attempt::{in_time_from, AttemptState};
use crate::assessment::paper::Paper;
use crate::assessment::scoring::Grade;
use crate::i18n::Locale;
use crate::ids::{AttemptId, QuestionId, QuizId, UserId};

#[derive(Debug, Clone)]
pub struct AttemptRow {
    pub id: AttemptId,
    pub user_id: UserId,
    pub quiz_id: QuizId,
    pub attempt_no: i64,
    pub locale: Locale,
    pub seed: u64,
    pub paper: Paper,
    pub state: AttemptState,
    pub started_at: i64,
    pub deadline: Option<i64>,
    /// Seconds after the deadline in which the attempt may still be submitted (not answered).
    pub grace_seconds: i64,
    pub closed_at: Option<i64>,
    pub score_milli: Option<i64>,
    pub max_milli: Option<i64>,
    pub passed: Option<bool>,
    /// The page the learner was last sent to (1-based), where "continue" resumes.
    pub current_page: i64,
    /// The assignment it was made under; `None` for practice from the catalogue.
    pub assignment_id: Option<crate::ids::AssignmentId>,
    /// Answered essays no instructor has marked yet (`passed` is `None` until none are left).
    pub awaiting_grading: i64,
}

const COLUMNS: &str =
    "id, user_id, quiz_id, attempt_no, locale, seed, paper, state, started_at, deadline, \
                       grace_seconds, closed_at, score_milli, max_milli, passed, current_page, assignment_id, \
                       awaiting_grading";

fn decode_error(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("attempt row: bad {what}").into())
}

fn from_row(row: &AnyRow) -> Result<AttemptRow, sqlx::Error> {
    let quiz: String = row.try_get("quiz_id")?;
    let locale: String = row.try_get("locale")?;
    let paper: String = row.try_get("paper")?;
    let state: String = row.try_get("state")?;
    let seed: i64 = row.try_get("seed")?;
    let passed: Option<i64> = row.try_get("passed")?;
    Ok(AttemptRow {
        id: AttemptId(row.try_get("id")?),
        user_id: UserId(row.try_get("user_id")?),
        quiz_id: quiz.parse().map_err(|_| decode_error("quiz id"))?,
        attempt_no: row.try_get("attempt_no")?,
        locale: locale.parse().map_err(|_| decode_error("locale"))?,
        seed: seed as u64,
        paper: serde_json::from_str(&paper).map_err(|_| decode_error("paper"))?,
        state: AttemptState::parse(&state).ok_or_else(|| decode_error("state"))?,
        started_at: row.try_get("started_at")?,
        deadline: row.try_get("deadline")?,
        grace_seconds: row.try_get("grace_seconds")?,
        closed_at: row.try_get("closed_at")?,
        score_milli: row.try_get("score_milli")?,
        max_milli: row.try_get("max_milli")?,
        passed: passed.map(|p| p != 0),
        current_page: row.try_get("current_page")?,
        assignment_id: row
            .try_get::<Option<i64>, _>("assignment_id")?
            .map(crate::ids::AssignmentId),
        awaiting_grading: row.try_get("awaiting_grading")?,
    })
}

pub struct NewAttempt<'a> {
    pub user_id: UserId,
    pub quiz_id: &'a QuizId,
    pub locale: Locale,
    pub seed: u64,
    pub paper: &'a Paper,
    pub started_at: i64,
    pub deadline: Option<i64>,
    pub grace_seconds: i64,
    /// The assignment it is made under; its attempts are then counted against `limit`, not the quiz's.
    pub assignment: Option<crate::ids::AssignmentId>,
}

/// What became of an attempt to start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    Attempt(AttemptId),
    /// The learner has used every attempt the limit allows.
    LimitReached,
    /// The learner already has an unfinished attempt (perhaps started a moment ago by a double click).
    AlreadyOpen,
}

/// Inserts the learner's next attempt, numbered after their last one, if `limit` (attempts allowed,
/// `None` for unlimited) leaves room. The number and the limit are decided in this one statement, and the
/// database refuses a second attempt with the same number or a second unfinished one, so racing starts
/// can neither exceed the limit nor open two attempts.
pub async fn insert_attempt(
    db: &Db,
    a: &NewAttempt<'_>,
    limit: Option<u32>,
) -> Result<Inserted, sqlx::Error> {
    let paper = serde_json::to_string(a.paper).map_err(|e| sqlx::Error::Encode(e.into()))?;
    let limit = limit.map_or(i64::MAX, i64::from);
    let result = sqlx::query(
        "INSERT INTO attempts (user_id, quiz_id, attempt_no, locale, seed, paper, state, started_at, deadline, grace_seconds, assignment_id) \
         SELECT $1, $2, used.n + 1, $3, $4, $5, 'in-progress', $6, $7, $9, $10 \
         FROM (SELECT COALESCE(MAX(attempt_no), 0) AS n FROM attempts WHERE user_id = $1 AND quiz_id = $2) used, \
              (SELECT COUNT(*) AS n FROM attempts WHERE user_id = $1 AND assignment_id = $10) under \
         WHERE (CASE WHEN $10 IS NULL THEN used.n ELSE under.n END) < $8 \
         RETURNING id",
    )
    .bind(a.user_id.0)
    .bind(a.quiz_id.as_str())
    .bind(a.locale.tag())
    .bind(a.seed as i64)
    .bind(paper)
    .bind(a.started_at)
    .bind(a.deadline)
    .bind(limit)
    .bind(a.grace_seconds)
    .bind(a.assignment.map(|id| id.0))
    .fetch_optional(db.writer())
    .await;
    match result {
        Ok(Some(row)) => Ok(Inserted::Attempt(AttemptId(row.try_get("id")?))),
        Ok(None) => Ok(Inserted::LimitReached),
        Err(e) if is_unique_violation(&e) => Ok(Inserted::AlreadyOpen),
        Err(e) => Err(e),
    }
}

pub async fn find_attempt(db: &Db, id: AttemptId) -> Result<Option<AttemptRow>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM attempts WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find_open_attempt(
    db: &Db,
    user: UserId,
    quiz: &QuizId,
) -> Result<Option<AttemptRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM attempts WHERE user_id = $1 AND quiz_id = $2 AND state = 'in-progress' \
         ORDER BY attempt_no DESC LIMIT 1"
    ))
    .bind(user.0)
    .bind(quiz.as_str())
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// Every attempt of a learner, newest first.
pub async fn find_user_attempts(db: &Db, user: UserId) -> Result<Vec<AttemptRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM attempts WHERE user_id = $1 ORDER BY started_at DESC, id DESC"
    ))
    .bind(user.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn find_responses(
    db: &Db,
    attempt: AttemptId,
) -> Result<BTreeMap<QuestionId, Answer>, sqlx::Error> {
    let rows = sqlx::query("SELECT question_id, answer FROM responses WHERE attempt_id = $1")
        .bind(attempt.0)
        .fetch_all(&db.pool)
        .await?;
    let mut out = BTreeMap::new();
    for row in rows {
        let id: String = row.try_get("question_id")?;
        let answer: String = row.try_get("answer")?;
        if let (Ok(id), Ok(answer)) = (id.parse(), serde_json::from_str(&answer)) {
            out.insert(id, answer);
        }
    }
    Ok(out)
}

/// Saves (or, with `None`, clears) answers in one transaction, only while the attempt is open at `now`.
/// Returns false, saving nothing, when the attempt has closed or its deadline has passed.
/// What a page save records besides answers: the page the learner goes to next, and the flags of the
/// questions the page showed (flagged or not). Empty for an API save.
#[derive(Debug, Clone, Default)]
pub struct PageSave {
    pub next_page: Option<i64>,
    pub flags: Vec<(QuestionId, bool)>,
}

pub async fn save_responses(
    db: &Db,
    attempt: AttemptId,
    answers: &[(QuestionId, Option<Answer>)],
    page: &PageSave,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    // The deadline rule's cutoff (`assessment::attempt::is_past`), also the answers' saved time.
    let now = in_time_from(now);
    let mut tx = db.begin_write().await?;
    // Write first: on SQLite this takes the write lock before any read snapshot exists (a read-then-write
    // transaction would fail with SQLITE_BUSY under concurrency instead of waiting); on PostgreSQL it locks
    // the attempt row, so a concurrent close waits for this save or this save sees the close.
    // It also records the page the learner goes to next, if a page was saved.
    let open = sqlx::query(
        "UPDATE attempts SET current_page = COALESCE($3, current_page) \
         WHERE id = $1 AND state = 'in-progress' AND (deadline IS NULL OR deadline >= $2)",
    )
    .bind(attempt.0)
    .bind(now)
    .bind(page.next_page)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if open == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    for (question, answer) in answers {
        match answer {
            Some(a) => {
                let json = serde_json::to_string(a).map_err(|e| sqlx::Error::Encode(e.into()))?;
                sqlx::query(
                    "INSERT INTO responses (attempt_id, question_id, answer, saved_at) \
                     SELECT $1, $2, $3, $4 FROM attempts \
                     WHERE id = $1 AND state = 'in-progress' AND (deadline IS NULL OR deadline >= $4) \
                     ON CONFLICT (attempt_id, question_id) DO UPDATE SET answer = excluded.answer, saved_at = excluded.saved_at",
                )
                .bind(attempt.0)
                .bind(question.as_str())
                .bind(json)
                .bind(now)
                .execute(tx.conn())
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM responses WHERE attempt_id = $1 AND question_id = $2")
                    .bind(attempt.0)
                    .bind(question.as_str())
                    .execute(tx.conn())
                    .await?;
            }
        }
    }
    for (question, flagged) in &page.flags {
        let sql = if *flagged {
            "INSERT INTO flags (attempt_id, question_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM flags WHERE attempt_id = $1 AND question_id = $2"
        };
        sqlx::query(sql)
            .bind(attempt.0)
            .bind(question.as_str())
            .execute(tx.conn())
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// The questions of an attempt the learner flagged for review.
pub async fn find_flags(db: &Db, attempt: AttemptId) -> Result<BTreeSet<QuestionId>, sqlx::Error> {
    let rows = sqlx::query("SELECT question_id FROM flags WHERE attempt_id = $1")
        .bind(attempt.0)
        .fetch_all(&db.pool)
        .await?;
    let mut out = BTreeSet::new();
    for row in rows {
        let id: String = row.try_get("question_id")?;
        if let Ok(id) = id.parse() {
            out.insert(id);
        }
    }
    Ok(out)
}

/// Closes an open attempt with its grade, queuing `mails` (its result email) in the same transaction.
/// Returns false when it was already closed (double submit, or the sweeper got there first): the first
/// close stands, and queues nothing more.
pub async fn close_attempt(
    db: &Db,
    attempt: AttemptId,
    state: AttemptState,
    now: i64,
    grade: &Grade,
    mails: &[super::outbox::NewMail<'_>],
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE attempts SET state = $2, closed_at = $3, score_milli = $4, max_milli = $5, passed = $6, \
         awaiting_grading = $7 WHERE id = $1 AND state = 'in-progress'",
    )
    .bind(attempt.0)
    .bind(state.as_str())
    .bind(now)
    .bind(grade.total.0)
    .bind(grade.max.0)
    .bind(passed_column(grade))
    .bind(grade.awaiting as i64)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if updated == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    store_marks(tx.conn(), attempt, grade).await?;
    for m in mails {
        super::outbox::enqueue(tx.conn(), m, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Open attempts whose deadline and grace period have passed at `now` (`assessment::attempt::is_past`),
/// oldest first.
pub async fn find_expired_attempts(
    db: &Db,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<AttemptId>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id FROM attempts WHERE state = 'in-progress' AND deadline IS NOT NULL AND deadline + grace_seconds < $1 \
         ORDER BY deadline LIMIT $2",
    )
    .bind(in_time_from(now))
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| r.try_get("id").map(AttemptId))
        .collect()
}

/// `passed` as stored: NULL while essays await grading.
fn passed_column(grade: &Grade) -> Option<i64> {
    (grade.awaiting == 0).then_some(i64::from(grade.passed))
}

/// Each question's points in its response (NULL for an essay awaiting its mark).
async fn store_marks(
    conn: &mut sqlx::AnyConnection,
    attempt: AttemptId,
    grade: &Grade,
) -> Result<(), sqlx::Error> {
    for mark in &grade.marks {
        sqlx::query(
            "UPDATE responses SET score_milli = $3 WHERE attempt_id = $1 AND question_id = $2",
        )
        .bind(attempt.0)
        .bind(mark.id.as_str())
        .bind((!mark.pending).then_some(mark.awarded.0))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// An instructor's mark of one essay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManualMark {
    pub points: crate::bank::Points,
    pub comment: String,
    pub marked_by: Option<UserId>,
    pub marked_at: i64,
}

/// The essay marks of an attempt, by question.
pub async fn find_manual_marks(
    db: &Db,
    attempt: AttemptId,
) -> Result<BTreeMap<QuestionId, ManualMark>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT question_id, points_milli, comment, marked_by, marked_at FROM manual_marks \
         WHERE attempt_id = $1",
    )
    .bind(attempt.0)
    .fetch_all(&db.pool)
    .await?;
    let mut out = BTreeMap::new();
    for row in rows {
        let id: String = row.try_get("question_id")?;
        if let Ok(id) = id.parse() {
            out.insert(
                id,
                ManualMark {
                    points: crate::bank::Points(row.try_get("points_milli")?),
                    comment: row.try_get("comment")?,
                    marked_by: row.try_get::<Option<i64>, _>("marked_by")?.map(UserId),
                    marked_at: row.try_get("marked_at")?,
                },
            );
        }
    }
    Ok(out)
}

/// What recording a mark did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marked {
    /// Stored; `completed` when it was the last mark the attempt awaited (its pass is now decided).
    Stored { completed: bool },
    /// The attempt is still open (or gone): nothing stored.
    NotClosed,
}

/// Stores one essay mark and the attempt's new grade in one transaction, the attempt's row locked, so two
/// instructors marking two essays of one attempt at once both count. `regrade` grades the attempt with the
/// marks as they now stand; `mails` (given the final grade) are queued only when this mark completes it.
#[allow(clippy::too_many_arguments)]
pub async fn record_manual_mark(
    db: &Db,
    attempt: AttemptId,
    question: &QuestionId,
    mark: &ManualMark,
    regrade: impl FnOnce(&BTreeMap<QuestionId, crate::bank::Points>) -> Grade,
    mails: impl FnOnce(&Grade) -> Vec<super::outbox::NewMail<'static>>,
) -> Result<Marked, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let lock = match db.backend {
        super::Backend::Postgres => " FOR UPDATE",
        super::Backend::Sqlite => "",
    };
    let row = sqlx::query(&format!(
        "SELECT state, awaiting_grading FROM attempts WHERE id = $1{lock}"
    ))
    .bind(attempt.0)
    .fetch_optional(tx.conn())
    .await?;
    let Some(row) = row else {
        tx.rollback().await?;
        return Ok(Marked::NotClosed);
    };
    let state: String = row.try_get("state")?;
    let awaited: i64 = row.try_get("awaiting_grading")?;
    if state == AttemptState::InProgress.as_str() {
        tx.rollback().await?;
        return Ok(Marked::NotClosed);
    }
    sqlx::query(
        "INSERT INTO manual_marks (attempt_id, question_id, points_milli, comment, marked_by, marked_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (attempt_id, question_id) DO UPDATE SET \
         points_milli = excluded.points_milli, comment = excluded.comment, marked_by = excluded.marked_by, \
         marked_at = excluded.marked_at",
    )
    .bind(attempt.0)
    .bind(question.as_str())
    .bind(mark.points.0)
    .bind(&mark.comment)
    .bind(mark.marked_by.map(|u| u.0))
    .bind(mark.marked_at)
    .execute(tx.conn())
    .await?;
    let rows =
        sqlx::query("SELECT question_id, points_milli FROM manual_marks WHERE attempt_id = $1")
            .bind(attempt.0)
            .fetch_all(tx.conn())
            .await?;
    let mut marks = BTreeMap::new();
    for row in rows {
        let id: String = row.try_get("question_id")?;
        if let Ok(id) = id.parse() {
            marks.insert(id, crate::bank::Points(row.try_get("points_milli")?));
        }
    }
    let grade = regrade(&marks);
    sqlx::query(
        "UPDATE attempts SET score_milli = $2, max_milli = $3, passed = $4, awaiting_grading = $5 \
         WHERE id = $1",
    )
    .bind(attempt.0)
    .bind(grade.total.0)
    .bind(grade.max.0)
    .bind(passed_column(&grade))
    .bind(grade.awaiting as i64)
    .execute(tx.conn())
    .await?;
    store_marks(tx.conn(), attempt, &grade).await?;
    let completed = awaited > 0 && grade.awaiting == 0;
    if completed {
        for m in mails(&grade) {
            super::outbox::enqueue(tx.conn(), &m, mark.marked_at).await?;
        }
    }
    tx.commit().await?;
    Ok(Marked::Stored { completed })
}
