//! The placement test use cases: start or resume, show the next item, record an answer (with θ and SE
//! after it), and close with an overall and per-skill CEFR level.

use jiff::Timestamp;

use super::ServiceError;
use crate::assessment::attempt::AttemptRefusal;
use crate::db::placement::{self as rows, PlacementResult, PlacementRow, StepRow};
use crate::db::Db;
use crate::i18n::Locale;
use crate::ids::UserId;
use crate::placement::attempt::{self, overdue, PlacementState};
use crate::placement::bank::PlacementBank;
use crate::placement::cat::Session;

/// Starts the learner's placement test, or returns the open one; under an assignment when `under` is given
/// (its attempts allowed, its time limit, the due time).
pub async fn start(
    db: &Db,
    bank: &PlacementBank,
    user: UserId,
    locale: Locale,
    now: Timestamp,
    seed: u64,
    under: Option<super::attempts::Under>,
) -> Result<i64, ServiceError> {
    if let Some(open) = open_attempt(db, user).await? {
        if !expired(&open, now) {
            return resume(&open, under.as_ref());
        }
        close(db, bank, &open, PlacementState::Expired, now).await?;
    }
    let deadline = match &under {
        Some(u) => u.terms.attempt_deadline(now, bank.time_limit_seconds),
        None => crate::assessment::attempt::deadline(bank.time_limit_seconds, now),
    }
    .map(|d| d.as_second());
    let limit = under.map(|u| (u.assignment, u.terms.attempts_allowed));
    match rows::insert_placement(db, user, locale, seed, now.as_second(), deadline, limit).await? {
        rows::PlacementInsert::Started(id) => Ok(id),
        rows::PlacementInsert::AlreadyOpen => match open_attempt(db, user).await? {
            Some(open) => resume(&open, under.as_ref()),
            None => Err(ServiceError::Refused(AttemptRefusal::Closed)),
        },
        rows::PlacementInsert::LimitReached => {
            Err(ServiceError::Refused(AttemptRefusal::NoAttemptsLeft))
        }
    }
}

/// As for quizzes (`service::attempts`): a start under an assignment resumes only an attempt of that
/// assignment; a practice start resumes any.
fn resume(
    open: &PlacementRow,
    under: Option<&super::attempts::Under>,
) -> Result<i64, ServiceError> {
    match under {
        Some(u) if open.assignment_id != Some(u.assignment) => Err(ServiceError::Assignment(
            crate::assignments::StartRefusal::OtherAttemptOpen,
        )),
        _ => Ok(open.id),
    }
}

async fn open_attempt(db: &Db, user: UserId) -> Result<Option<PlacementRow>, ServiceError> {
    Ok(rows::find_user_placements(db, user)
        .await?
        .into_iter()
        .find(|a| a.state.is_open()))
}

fn expired(a: &PlacementRow, now: Timestamp) -> bool {
    overdue(a.state, a.deadline, now)
}

/// The learner's own attempt (anyone else's is `NotFound`), closed first if its time is up.
pub async fn load(
    db: &Db,
    bank: &PlacementBank,
    user: UserId,
    id: i64,
    now: Timestamp,
) -> Result<PlacementRow, ServiceError> {
    let a = rows::find_placement(db, id)
        .await?
        .filter(|a| a.user_id == user)
        .ok_or(ServiceError::NotFound)?;
    if expired(&a, now) {
        close(db, bank, &a, PlacementState::Expired, now).await?;
        return rows::find_placement(db, id)
            .await?
            .ok_or(ServiceError::NotFound);
    }
    Ok(a)
}

/// Replays the session from its stored steps. Items no longer in the bank are skipped.
pub fn session<'b>(bank: &'b PlacementBank, a: &PlacementRow, steps: &[StepRow]) -> Session<'b> {
    let answered: Vec<(usize, bool)> = steps
        .iter()
        .filter_map(|s| bank.item_index(&s.item_id).map(|i| (i, s.correct)))
        .collect();
    Session::replay(&bank.pool, &bank.config, &bank.cuts, a.seed, &answered)
}

/// What the learner sees next.
pub enum Next {
    Item { index: usize, step_no: i64 },
    Finished,
}

/// The next item, closing the attempt when the stopping rules are met.
pub async fn next(
    db: &Db,
    bank: &PlacementBank,
    a: &PlacementRow,
    now: Timestamp,
) -> Result<Next, ServiceError> {
    if !a.state.is_open() {
        return Ok(Next::Finished);
    }
    let steps = rows::find_steps(db, a.id).await?;
    let mut s = session(bank, a, &steps);
    match s.next_item() {
        Some(index) => Ok(Next::Item {
            index,
            step_no: steps.len() as i64 + 1,
        }),
        None => {
            close(db, bank, a, PlacementState::Finished, now).await?;
            Ok(Next::Finished)
        }
    }
}

/// Records the answer to step `step_no`, which must be the item the engine gives next (named by its
/// per-attempt token); `shown` is the chosen option's 1-based position as the page showed it, mapped back
/// to the item's own option before scoring and storage. A repeated post of an answered step changes nothing.
#[allow(clippy::too_many_arguments)]
pub async fn answer(
    db: &Db,
    bank: &PlacementBank,
    a: &PlacementRow,
    step_no: i64,
    item_token: &str,
    shown: usize,
    now: Timestamp,
) -> Result<(), ServiceError> {
    if !a.state.is_open() {
        return Err(AttemptRefusal::Closed.into());
    }
    let steps = rows::find_steps(db, a.id).await?;
    if step_no <= steps.len() as i64 {
        return Ok(()); // already answered: a double post
    }
    let mut s = session(bank, a, &steps);
    let expected = s
        .next_item()
        .ok_or(ServiceError::Refused(AttemptRefusal::Closed))?;
    let item_id = &bank.pool.items[expected].id;
    if step_no != steps.len() as i64 + 1 || attempt::item_token(a.seed, item_id) != item_token {
        return Err(ServiceError::NotFound);
    }
    let text = &bank.texts[expected];
    let choice = shown
        .checked_sub(1)
        .and_then(|i| shown_order(a, expected, bank).get(i).copied())
        .ok_or(ServiceError::InvalidChoice)?;
    let given = text
        .options
        .get(choice)
        .ok_or(ServiceError::InvalidChoice)?;
    let right = choice == text.correct;
    s.record(expected, right);
    let last = s.steps().last().copied().ok_or(ServiceError::NotFound)?;
    let row = StepRow {
        step_no,
        item_id: item_id.to_string(),
        answer: given.clone(),
        correct: right,
        theta: last.theta,
        se: last.se,
    };
    if !rows::insert_step(db, a.id, &row, now).await? {
        let fresh = rows::find_placement(db, a.id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        if !fresh.state.is_open() || expired(&fresh, now) {
            return Err(AttemptRefusal::DeadlinePassed.into());
        }
    }
    Ok(())
}

/// The order in which attempt `a` shows item `index`'s options (indices into the stored options).
pub fn shown_order(a: &PlacementRow, index: usize, bank: &PlacementBank) -> Vec<usize> {
    let n = bank.texts.get(index).map_or(0, |t| t.options.len());
    attempt::option_order(a.seed, &bank.pool.items[index].id, n)
}

/// Closes an attempt with its estimate, level and per-skill report.
pub async fn close(
    db: &Db,
    bank: &PlacementBank,
    a: &PlacementRow,
    state: PlacementState,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let steps = rows::find_steps(db, a.id).await?;
    let s = session(bank, a, &steps);
    let (theta, se) = s.estimate();
    let report = serde_json::to_string(&s.skill_report()).unwrap_or_else(|_| "[]".into());
    let at = match (state, a.deadline) {
        (PlacementState::Expired, Some(d)) => d.min(now.as_second()),
        _ => now.as_second(),
    };
    let level = s.reported_level();
    let mails = result_mail(db, bank, a, level, &report, at).await?;
    rows::finish_placement(
        db,
        a.id,
        at,
        &PlacementResult {
            state,
            theta,
            se,
            level,
            report: &report,
        },
        &mails,
    )
    .await?;
    Ok(())
}

/// The result email of a closing placement test, when the bank sends one, in the test's language.
async fn result_mail(
    db: &Db,
    bank: &PlacementBank,
    a: &PlacementRow,
    level: Option<crate::placement::cefr::Level>,
    report: &str,
    finished_at: i64,
) -> Result<Vec<crate::db::outbox::NewMail<'static>>, ServiceError> {
    if !bank.email_result {
        return Ok(vec![]);
    }
    let payload = crate::mail::Payload::PlacementResult {
        attempt: a.id,
        level,
        report: Some(report.to_string()),
        finished_at,
    };
    let key = format!("result:placement:{}", a.id);
    Ok(super::mail::to_learner(db, a.user_id, a.locale, key, &payload).await?)
}

/// Closes placement attempts whose time ran out (for the background sweeper).
pub async fn sweep_expired(
    db: &Db,
    bank: &PlacementBank,
    now: Timestamp,
) -> Result<usize, ServiceError> {
    let ids = rows::find_expired_placements(db, now).await?;
    for id in &ids {
        if let Some(a) = rows::find_placement(db, *id).await? {
            close(db, bank, &a, PlacementState::Expired, now).await?;
        }
    }
    Ok(ids.len())
}
