//! Starting what was assigned: the assignment must be the learner's (directly or through a cohort they are
//! in now), open, and not used up; the attempt then runs under its terms.

use jiff::Timestamp;

use super::attempts::Under;
use super::ServiceError;
use crate::assignments::{may_start, Task};
use crate::bank::Bank;
use crate::db::assignments::for_learner;
use crate::db::Db;
use crate::i18n::Locale;
use crate::ids::{AssignmentId, AttemptId, UserId};
use crate::placement::bank::PlacementBank;

/// Where a started (or resumed) assignment continues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    Quiz(AttemptId),
    Placement(i64),
}

#[allow(clippy::too_many_arguments)]
pub async fn start(
    db: &Db,
    bank: &Bank,
    placement: Option<&PlacementBank>,
    user: UserId,
    id: AssignmentId,
    locale: Locale,
    now: Timestamp,
    seed: u64,
) -> Result<Started, ServiceError> {
    let mine = for_learner(db, user)
        .await?
        .into_iter()
        .find(|a| a.assignment.id == id)
        .ok_or(ServiceError::NotFound)?;
    let terms = mine.terms();
    // An attempt in progress is resumed whatever the window says (it closes at its own deadline).
    if !mine.progress.in_progress {
        may_start(&terms, &mine.progress, now).map_err(ServiceError::Assignment)?;
    }
    let under = Some(Under {
        assignment: id,
        terms,
    });
    match &mine.assignment.task {
        Task::Quiz(quiz) => {
            super::attempts::start_attempt(db, bank, user, quiz, locale, now, seed, under)
                .await
                .map(Started::Quiz)
        }
        Task::Placement => {
            let placement = placement.ok_or(ServiceError::NotFound)?;
            super::placement::start(db, placement, user, locale, now, seed, under)
                .await
                .map(Started::Placement)
        }
    }
}

/// Creates an assignment and, in the same transaction, queues an invitation to each learner it is for now.
/// Returns the assignment (the one its form key already made, for a form sent twice, which invites no
/// one again), or `None` for a form key that is another instructor's.
pub async fn create(
    db: &Db,
    new: &crate::db::assignments::NewAssignment,
    now: Timestamp,
) -> Result<Option<AssignmentId>, ServiceError> {
    use crate::mail::{Payload, TaskRef};
    let mut tx = db.begin_write().await?;
    let Some((id, created)) =
        crate::db::assignments::insert_assignment_in(tx.conn(), new, now.as_second()).await?
    else {
        tx.rollback().await?;
        return Ok(None);
    };
    if created {
        let payload = Payload::Invitation {
            assignment: id.0,
            task: TaskRef::from(&new.task),
            opens_at: new.terms.opens_at.map(|t| t.as_second()),
            due_at: new.terms.due_at.map(|t| t.as_second()),
        };
        for learner in crate::db::assignments::learners_of(tx.conn(), new.target).await? {
            let key = format!("invitation:{}:{}", id.0, learner.user.0);
            super::mail::queue(tx.conn(), key, &payload, &learner, None, now.as_second()).await?;
        }
    }
    tx.commit().await?;
    Ok(Some(id))
}
