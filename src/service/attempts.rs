//! The attempt use cases.

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::ServiceError;
use crate::assessment::answer::Answer;
use crate::assessment::attempt::{self, AttemptRefusal, AttemptState};
use crate::assessment::paper::draw_paper;
use crate::assessment::scoring::{grade, Grade};
use crate::bank::{Bank, Course, Quiz};
use crate::db::attempts::{self as rows, AttemptRow, Inserted, NewAttempt};
use crate::db::Db;
use crate::i18n::Locale;
use crate::ids::{AttemptId, QuestionId, QuizId, UserId};

/// An assignment an attempt starts under: its id and the learner's terms (overrides applied).
#[derive(Debug, Clone, Copy)]
pub struct Under {
    pub assignment: crate::ids::AssignmentId,
    pub terms: crate::assignments::Terms,
}

/// Starts a new attempt, or resumes the learner's open one (a closed browser, a second click or a second
/// tab continues the same attempt). The database holds the limit and the one-open-attempt rule; a start
/// that loses a race to another resumes the winner. Under an assignment (`under`), the assignment's
/// attempts allowed and time limit apply instead of the quiz's, and the attempt ends at the due time at
/// the latest.
#[allow(clippy::too_many_arguments)]
pub async fn start_attempt(
    db: &Db,
    bank: &Bank,
    user: UserId,
    quiz_id: &QuizId,
    locale: Locale,
    now: Timestamp,
    seed: u64,
    under: Option<Under>,
) -> Result<AttemptId, ServiceError> {
    let (course, quiz) = bank.quiz(quiz_id).ok_or(ServiceError::NotFound)?;
    // Twice at most: a start that finds an open attempt gone (submitted or expired meanwhile) tries again.
    for _ in 0..2 {
        if let Some(open) = rows::find_open_attempt(db, user, quiz_id).await? {
            if expired(&open, now) {
                close(db, bank, &open, AttemptState::Expired, now).await?;
            } else {
                return resume(&open, under.as_ref());
            }
        }
        if !quiz.offered_in(locale) {
            return Err(ServiceError::NotOffered);
        }
        let paper = draw_paper(course, quiz, seed);
        let new = NewAttempt {
            user_id: user,
            quiz_id,
            locale,
            seed,
            paper: &paper,
            started_at: now.as_second(),
            deadline: match &under {
                Some(u) => u.terms.attempt_deadline(now, quiz.time_limit_seconds),
                None => attempt::deadline(quiz.time_limit_seconds, now),
            }
            .map(|d| d.as_second()),
            grace_seconds: quiz.grace_seconds.unwrap_or(0),
            assignment: under.map(|u| u.assignment),
        };
        let limit = match &under {
            Some(u) => u.terms.attempts_allowed,
            None => quiz.attempts_allowed,
        };
        match rows::insert_attempt(db, &new, limit).await? {
            Inserted::Attempt(id) => return Ok(id),
            // The last attempt allowed may have been opened a moment ago by a racing start: resume it.
            Inserted::LimitReached => {
                return match rows::find_open_attempt(db, user, quiz_id).await? {
                    Some(open) if !expired(&open, now) => resume(&open, under.as_ref()),
                    _ => Err(AttemptRefusal::NoAttemptsLeft.into()),
                }
            }
            // Another start won the race: resume its attempt on the next turn.
            Inserted::AlreadyOpen => continue,
        }
    }
    match rows::find_open_attempt(db, user, quiz_id).await? {
        Some(open) => resume(&open, under.as_ref()),
        None => Err(ServiceError::Refused(AttemptRefusal::NoAttemptsLeft)),
    }
}

/// An open attempt is resumed by a start under its own assignment, or by a practice start; a start under an
/// assignment never resumes an attempt made outside it, which would then count for the wrong one.
fn resume(open: &AttemptRow, under: Option<&Under>) -> Result<AttemptId, ServiceError> {
    match under {
        Some(u) if open.assignment_id != Some(u.assignment) => Err(ServiceError::Assignment(
            crate::assignments::StartRefusal::OtherAttemptOpen,
        )),
        _ => Ok(open.id),
    }
}

fn expired(a: &AttemptRow, now: Timestamp) -> bool {
    attempt::has_expired(a.state, deadline_of(a), a.grace_seconds, now)
}

/// The stored deadline as a time.
pub fn deadline_of(a: &AttemptRow) -> Option<Timestamp> {
    a.deadline.and_then(|d| Timestamp::from_second(d).ok())
}

/// Whether the attempt is in its grace period: time is up, it may be submitted and no longer answered.
pub fn is_overdue(a: &AttemptRow, now: Timestamp) -> bool {
    attempt::is_overdue(a.state, deadline_of(a), a.grace_seconds, now)
}

/// Loads a learner's own attempt; anyone else's is `NotFound`. An attempt whose deadline has passed is
/// closed first, so the learner sees its result rather than a paper they can no longer answer.
pub async fn load_attempt(
    db: &Db,
    bank: &Bank,
    user: UserId,
    id: AttemptId,
    now: Timestamp,
) -> Result<AttemptRow, ServiceError> {
    let row = rows::find_attempt(db, id)
        .await?
        .filter(|a| a.user_id == user)
        .ok_or(ServiceError::NotFound)?;
    if expired(&row, now) {
        close(db, bank, &row, AttemptState::Expired, now).await?;
        return rows::find_attempt(db, id)
            .await?
            .ok_or(ServiceError::NotFound);
    }
    Ok(row)
}

/// The course and quiz of an attempt.
pub fn quiz_of<'b>(bank: &'b Bank, a: &AttemptRow) -> Result<(&'b Course, &'b Quiz), ServiceError> {
    bank.quiz(&a.quiz_id).ok_or(ServiceError::NotFound)
}

/// Saves answers (checked against the paper and the question) while the attempt is open, with what a page
/// save also records (where "continue" resumes, the flags of the questions shown).
pub async fn save_answers(
    db: &Db,
    bank: &Bank,
    a: &AttemptRow,
    answers: Vec<(QuestionId, Option<Answer>)>,
    page: &rows::PageSave,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let (course, _) = quiz_of(bank, a)?;
    let deadline = deadline_of(a);
    attempt::may_answer(a.state, deadline, now)?;
    for (qid, answer) in &answers {
        if !a.paper.contains(qid) {
            return Err(ServiceError::NotFound);
        }
        if let (Some(answer), Some(q)) = (answer, course.question(qid)) {
            answer
                .check(q)
                .map_err(|error| ServiceError::InvalidAnswer {
                    question: qid.clone(),
                    error,
                })?;
        }
    }
    if rows::save_responses(db, a.id, &answers, page, now).await? {
        Ok(())
    } else {
        // Closed between our read and the write: say why, as the learner would see it.
        let fresh = rows::find_attempt(db, a.id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let refusal = attempt::may_answer(fresh.state, deadline, now)
            .err()
            .unwrap_or(AttemptRefusal::DeadlinePassed);
        Err(refusal.into())
    }
}

/// Submits an attempt. Submitting an already closed attempt changes nothing: one attempt, one result.
pub async fn submit_attempt(
    db: &Db,
    bank: &Bank,
    a: &AttemptRow,
    now: Timestamp,
) -> Result<(), ServiceError> {
    if a.state.is_closed() {
        return Ok(());
    }
    let state = if expired(a, now) {
        AttemptState::Expired
    } else {
        AttemptState::Submitted
    };
    close(db, bank, a, state, now).await
}

async fn close(
    db: &Db,
    bank: &Bank,
    a: &AttemptRow,
    state: AttemptState,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let g = grade_attempt(db, bank, a).await?;
    // When time ran out, the attempt closes at the deadline (or the end of its grace period), whenever we
    // notice.
    let closed_at = match (state, a.deadline) {
        (AttemptState::Expired, Some(d)) => (d + a.grace_seconds).min(now.as_second()),
        _ => now.as_second(),
    };
    // With essays to mark, the result email waits for the last mark (`mark_essay`).
    let mails = if g.awaiting == 0 {
        result_mail(db, bank, a, state, &g).await?
    } else {
        Vec::new()
    };
    rows::close_attempt(db, a.id, state, closed_at, &g, &mails).await?;
    Ok(())
}

/// The result email of a closing attempt, when its quiz sends one: in the language the attempt was taken
/// in, with the score only when the quiz shows it after an attempt.
async fn result_mail(
    db: &Db,
    bank: &Bank,
    a: &AttemptRow,
    state: AttemptState,
    g: &Grade,
) -> Result<Vec<crate::db::outbox::NewMail<'static>>, ServiceError> {
    let user = crate::db::users::find_user(db, a.user_id).await?;
    Ok(result_mail_to(bank, a, state, g, user.as_ref()))
}

/// [`result_mail`] with the learner's account already read.
fn result_mail_to(
    bank: &Bank,
    a: &AttemptRow,
    state: AttemptState,
    g: &Grade,
    user: Option<&crate::db::users::User>,
) -> Vec<crate::db::outbox::NewMail<'static>> {
    let Some((_, quiz)) = bank.quiz(&a.quiz_id) else {
        return vec![];
    };
    if !quiz.email_result {
        return vec![];
    }
    let payload = crate::mail::Payload::QuizResult {
        attempt: a.id.0,
        quiz: a.quiz_id.as_str().to_string(),
        expired: state == AttemptState::Expired,
        score_milli: g.total.0,
        max_milli: g.max.0,
        passed: g.passed,
        show_score: quiz.review.score,
    };
    let key = format!("result:quiz:{}", a.id.0);
    super::mail::for_learner(user, a.locale, key, &payload)
}

/// Grades a closing attempt from its stored responses. Essays have no marks yet (they are graded once the
/// attempt is closed, `mark_essay`), so none are read: a written essay leaves the grade awaiting.
pub async fn grade_attempt(db: &Db, bank: &Bank, a: &AttemptRow) -> Result<Grade, ServiceError> {
    let (course, quiz) = quiz_of(bank, a)?;
    let answers: BTreeMap<QuestionId, Answer> = rows::find_responses(db, a.id).await?;
    Ok(grade(
        course,
        quiz,
        &a.paper,
        &answers,
        &BTreeMap::new(),
        a.locale,
    ))
}

/// Why an essay mark was not stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkRefusal {
    /// The attempt is still being taken: its essays are marked once it is submitted.
    Open,
    /// Below 0 or above the question's points.
    OutOfRange,
    /// The question is not an essay of this attempt, or the learner left it blank (it scores 0).
    NotMarkable,
}

/// An instructor's mark of one essay of a closed attempt (a second mark replaces the first). The
/// attempt's score, pass and `awaiting_grading` follow in the same transaction; the mark that completes the
/// attempt queues its result email. Who may mark is the caller's check (the attempt must be the
/// instructor's to see).
#[allow(clippy::too_many_arguments)]
pub async fn mark_essay(
    db: &Db,
    bank: &Bank,
    a: &AttemptRow,
    question: &QuestionId,
    points: crate::bank::Points,
    comment: &str,
    by: UserId,
    now: Timestamp,
) -> Result<Result<rows::Marked, MarkRefusal>, ServiceError> {
    let (course, quiz) = quiz_of(bank, a)?;
    let answers: BTreeMap<QuestionId, Answer> = rows::find_responses(db, a.id).await?;
    let Some(q) = course
        .question(question)
        .filter(|q| matches!(q.kind, crate::bank::QuestionKind::Essay))
        .filter(|_| a.paper.contains(question))
    else {
        return Ok(Err(MarkRefusal::NotMarkable));
    };
    if !Answer::is_written_essay(answers.get(question)) {
        return Ok(Err(MarkRefusal::NotMarkable));
    }
    if !(0..=q.points.0).contains(&points.0) {
        return Ok(Err(MarkRefusal::OutOfRange));
    }
    if !a.state.is_closed() {
        return Ok(Err(MarkRefusal::Open));
    }
    let user = crate::db::users::find_user(db, a.user_id).await?;
    let mark = rows::ManualMark {
        points,
        comment: comment.trim().to_string(),
        marked_by: Some(by),
        marked_at: now.as_second(),
    };
    let regrade = |marks: &BTreeMap<QuestionId, crate::bank::Points>| {
        grade(course, quiz, &a.paper, &answers, marks, a.locale)
    };
    let mails = |g: &Grade| result_mail_to(bank, a, a.state, g, user.as_ref());
    match rows::record_manual_mark(db, a.id, question, &mark, regrade, mails).await? {
        rows::Marked::NotClosed => Ok(Err(MarkRefusal::Open)),
        stored => Ok(Ok(stored)),
    }
}

/// Closes every attempt whose deadline has passed, even if the learner never returns. Returns how many.
pub async fn sweep_expired(db: &Db, bank: &Bank, now: Timestamp) -> Result<usize, ServiceError> {
    let mut closed = 0;
    loop {
        let batch = rows::find_expired_attempts(db, now, 100).await?;
        if batch.is_empty() {
            return Ok(closed);
        }
        for id in &batch {
            if let Some(a) = rows::find_attempt(db, *id).await? {
                if bank.quiz(&a.quiz_id).is_none() {
                    // The quiz left the bank: close it ungraded rather than retry forever.
                    let empty = Grade {
                        marks: vec![],
                        total: Default::default(),
                        max: Default::default(),
                        passed: false,
                        awaiting: 0,
                    };
                    rows::close_attempt(
                        db,
                        a.id,
                        AttemptState::Expired,
                        now.as_second(),
                        &empty,
                        &[],
                    )
                    .await?;
                } else {
                    close(db, bank, &a, AttemptState::Expired, now).await?;
                }
                closed += 1;
            }
        }
    }
}
