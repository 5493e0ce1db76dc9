//! What item analysis reads: the closed quiz attempts of an assignment or of a whole quiz with their
//! answers and essay marks, and the responses of closed placement tests with each test's final θ. Each
//! load is a fixed number of queries whatever the number of attempts (three for a quiz, two for
//! placement), so a quiz with thousands of attempts costs three round trips, not one per attempt.
//! Knows rows, not rules: grading the answers and the statistics are done by the caller.

use std::collections::BTreeMap;

use sqlx::Row;

use super::Db;
use crate::assessment::answer::Answer;
use crate::assessment::paper::Paper;
use crate::i18n::Locale;
use crate::ids::{AssignmentId, AttemptId, QuestionId, QuizId, UserId};

/// Whose attempts.
#[derive(Debug, Clone, Copy)]
pub enum AttemptScope<'a> {
    /// Those made under one assignment.
    Assignment(AssignmentId),
    /// Every attempt of a quiz, under an assignment or not.
    Quiz(&'a QuizId),
}

/// Which of a learner's closed attempts count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The learner's first closed attempt (within the scope): each learner once, before any practice
    /// on the same paper. Moodle's statistics report offers the same choice.
    First,
    /// Every closed attempt.
    All,
}

/// One closed attempt with its paper and stored answers (a question left blank has none).
#[derive(Debug, Clone)]
pub struct ClosedAttempt {
    pub id: AttemptId,
    pub user_id: UserId,
    pub locale: Locale,
    pub paper: Paper,
    pub answers: BTreeMap<QuestionId, Answer>,
    /// Instructors' marks of essays.
    pub marks: BTreeMap<QuestionId, crate::bank::Points>,
}

/// The WHERE clause selecting the attempts `a` of a scope, `$1` the scope's id and `$2` 1 for all
/// attempts, 0 for each learner's first closed one.
fn selection(scope: AttemptScope<'_>) -> String {
    let column = match scope {
        AttemptScope::Assignment(_) => "assignment_id",
        AttemptScope::Quiz(_) => "quiz_id",
    };
    format!(
        "a.{column} = $1 AND a.state <> 'in-progress' AND ($2 = 1 OR a.attempt_no = \
           (SELECT MIN(b.attempt_no) FROM attempts b WHERE b.user_id = a.user_id AND b.quiz_id = a.quiz_id \
              AND b.{column} = $1 AND b.state <> 'in-progress'))"
    )
}

fn bind_scope<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    scope: AttemptScope<'_>,
    which: Which,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let q = match scope {
        AttemptScope::Assignment(id) => q.bind(id.0),
        AttemptScope::Quiz(id) => q.bind(id.as_str().to_string()),
    };
    q.bind(i64::from(which == Which::All))
}

fn decode(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("analysis: bad {what}").into())
}

/// The closed attempts of `scope`, oldest first, each with its answers and essay marks: three queries in
/// all.
pub async fn closed_attempts(
    db: &Db,
    scope: AttemptScope<'_>,
    which: Which,
) -> Result<Vec<ClosedAttempt>, sqlx::Error> {
    let filter = selection(scope);
    let sql = format!(
        "SELECT a.id, a.user_id, a.locale, a.paper FROM attempts a WHERE {filter} ORDER BY a.id"
    );
    let rows = bind_scope(sqlx::query(&sql), scope, which)
        .fetch_all(&db.pool)
        .await?;
    let mut attempts = Vec::with_capacity(rows.len());
    let mut index = BTreeMap::new();
    for r in &rows {
        let locale: String = r.try_get("locale")?;
        let paper: String = r.try_get("paper")?;
        let id = AttemptId(r.try_get("id")?);
        index.insert(id, attempts.len());
        attempts.push(ClosedAttempt {
            id,
            user_id: UserId(r.try_get("user_id")?),
            locale: locale.parse().map_err(|_| decode("locale"))?,
            paper: serde_json::from_str(&paper).map_err(|_| decode("paper"))?,
            answers: BTreeMap::new(),
            marks: BTreeMap::new(),
        });
    }
    drop(rows);
    // The answers of the same attempts, selected by the same clause (an attempt closed between the two
    // queries is not among the first, and its answers are skipped below).
    let sql = format!(
        "SELECT r.attempt_id, r.question_id, r.answer FROM responses r \
         JOIN attempts a ON a.id = r.attempt_id WHERE {filter} ORDER BY r.attempt_id"
    );
    let rows = bind_scope(sqlx::query(&sql), scope, which)
        .fetch_all(&db.pool)
        .await?;
    for r in &rows {
        let id = AttemptId(r.try_get("attempt_id")?);
        let question: String = r.try_get("question_id")?;
        let answer: String = r.try_get("answer")?;
        let Some(&at) = index.get(&id) else { continue };
        // As `attempts::find_responses`: an answer that no longer parses (an id the bank renamed) is
        // treated as not given, exactly as grading treats it.
        if let (Ok(q), Ok(a)) = (question.parse(), serde_json::from_str(&answer)) {
            attempts[at].answers.insert(q, a);
        }
    }
    // And their essay marks, the same way.
    let sql = format!(
        "SELECT m.attempt_id, m.question_id, m.points_milli FROM manual_marks m \
         JOIN attempts a ON a.id = m.attempt_id WHERE {filter}"
    );
    let rows = bind_scope(sqlx::query(&sql), scope, which)
        .fetch_all(&db.pool)
        .await?;
    for r in &rows {
        let id = AttemptId(r.try_get("attempt_id")?);
        let question: String = r.try_get("question_id")?;
        let Some(&at) = index.get(&id) else { continue };
        if let Ok(q) = question.parse() {
            attempts[at]
                .marks
                .insert(q, crate::bank::Points(r.try_get("points_milli")?));
        }
    }
    Ok(attempts)
}

/// One placement response with the final θ of its test.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementResponse {
    pub attempt: i64,
    pub item_id: String,
    pub right: bool,
    pub theta: f64,
}

/// Every response of the closed placement tests that have a final θ (all of them, or those taken under one
/// assignment), in test and step order, and the number of those tests: two queries.
pub async fn placement_responses(
    db: &Db,
    under: Option<crate::ids::AssignmentId>,
) -> Result<(Vec<PlacementResponse>, i64), sqlx::Error> {
    // `$1` is null for every test; the same text on both engines.
    let rows = sqlx::query(
        "SELECT s.attempt_id, s.item_id, s.correct, a.theta FROM placement_steps s \
         JOIN placement_attempts a ON a.id = s.attempt_id \
         WHERE a.state <> 'in-progress' AND a.theta IS NOT NULL \
           AND ($1 IS NULL OR a.assignment_id = $1) \
         ORDER BY s.attempt_id, s.step_no",
    )
    .bind(under.map(|a| a.0))
    .fetch_all(&db.pool)
    .await?;
    let responses = rows
        .iter()
        .map(|r| {
            let correct: i64 = r.try_get("correct")?;
            Ok(PlacementResponse {
                attempt: r.try_get("attempt_id")?,
                item_id: r.try_get("item_id")?,
                right: correct != 0,
                theta: r.try_get("theta")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let tests: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM placement_attempts WHERE state <> 'in-progress' AND theta IS NOT NULL \
         AND ($1 IS NULL OR assignment_id = $1)",
    )
    .bind(under.map(|a| a.0))
    .fetch_one(&db.pool)
    .await?
    .try_get("n")?;
    Ok((responses, tests))
}

/// Closed attempts per quiz id, for the list of quizzes: one query.
pub async fn closed_counts(db: &Db) -> Result<BTreeMap<String, i64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT quiz_id, COUNT(*) AS n FROM attempts WHERE state <> 'in-progress' GROUP BY quiz_id",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("quiz_id")?, r.try_get("n")?)))
        .collect()
}
