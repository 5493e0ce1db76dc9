//! Who may see and change what on the instructors' pages and API: the one place those routes ask.
//!
//! An administrator sees everything. An instructor sees the cohorts they instruct, the assignments given to
//! those cohorts or to one of their learners, and those learners with their attempts. Anything outside
//! answers 404, exactly as an id that does not exist, so ids cannot be probed. Routes take the `Instructor`
//! guard (role check, 401/403) and then call one of the `visible_*` functions here with its user.

use std::collections::BTreeSet;

use super::error::AppError;
use super::state::App;
use crate::auth::Role;
use crate::db::assignments::{find_assignment, AssignmentRow, Target};
use crate::db::attempts::{find_attempt, AttemptRow};
use crate::db::cohorts::{find_cohort, memberships_of, Cohort, MemberRole};
use crate::db::placement::{find_placement, PlacementRow};
use crate::db::users::{find_user, User};
use crate::ids::{AssignmentId, AttemptId, CohortId, UserId};

/// The cohorts a member of staff sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// An administrator: every cohort, every learner.
    All,
    /// An instructor: the cohorts they instruct.
    Cohorts(BTreeSet<CohortId>),
}

impl Scope {
    pub fn sees_cohort(&self, id: CohortId) -> bool {
        match self {
            Scope::All => true,
            Scope::Cohorts(mine) => mine.contains(&id),
        }
    }

    /// A learner is seen through any cohort they are a learner of; `learner_of` lists those cohorts.
    pub fn sees_learner(&self, learner_of: &[CohortId]) -> bool {
        match self {
            Scope::All => true,
            Scope::Cohorts(mine) => learner_of.iter().any(|c| mine.contains(c)),
        }
    }

    /// The cohorts seen, for listing; `None` for all of them.
    pub fn cohorts(&self) -> Option<&BTreeSet<CohortId>> {
        match self {
            Scope::All => None,
            Scope::Cohorts(mine) => Some(mine),
        }
    }
}

/// The scope of a member of staff, read now (a membership removed a moment ago no longer counts).
pub async fn scope_of(app: &App, staff: &User) -> Result<Scope, AppError> {
    if staff.roles.has(Role::Admin) {
        return Ok(Scope::All);
    }
    let mine = memberships_of(&app.db, staff.id)
        .await?
        .into_iter()
        .filter(|(_, role)| *role == MemberRole::Instructor)
        .map(|(c, _)| c.id)
        .collect();
    Ok(Scope::Cohorts(mine))
}

pub async fn visible_cohort(app: &App, scope: &Scope, id: CohortId) -> Result<Cohort, AppError> {
    if !scope.sees_cohort(id) {
        return Err(AppError::NotFound);
    }
    find_cohort(&app.db, id).await?.ok_or(AppError::NotFound)
}

/// A learner the staff member may follow: a learner of one of their cohorts.
pub async fn visible_learner(app: &App, scope: &Scope, id: UserId) -> Result<User, AppError> {
    let learner_of: Vec<CohortId> = memberships_of(&app.db, id)
        .await?
        .into_iter()
        .filter(|(_, role)| *role == MemberRole::Learner)
        .map(|(c, _)| c.id)
        .collect();
    if !scope.sees_learner(&learner_of) {
        return Err(AppError::NotFound);
    }
    find_user(&app.db, id).await?.ok_or(AppError::NotFound)
}

/// An assignment given to one of the staff member's cohorts or to one of their learners.
pub async fn visible_assignment(
    app: &App,
    scope: &Scope,
    id: AssignmentId,
) -> Result<AssignmentRow, AppError> {
    let a = find_assignment(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    match a.target {
        Target::Cohort(c) if scope.sees_cohort(c) => Ok(a),
        Target::Cohort(_) => Err(AppError::NotFound),
        Target::Learner(u) => visible_learner(app, scope, u).await.map(|_| a),
    }
}

/// A quiz attempt of a learner the staff member may follow, with that learner: practice from the catalogue,
/// or made under an assignment the staff member sees (another cohort's results stay that cohort's).
pub async fn visible_attempt(
    app: &App,
    scope: &Scope,
    id: AttemptId,
) -> Result<(AttemptRow, User), AppError> {
    let a = find_attempt(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let learner = visible_learner(app, scope, a.user_id).await?;
    made_in_scope(app, scope, a.assignment_id).await?;
    Ok((a, learner))
}

/// Whether an attempt made under `assignment` (none for practice) of a visible learner is the staff
/// member's to see.
async fn made_in_scope(
    app: &App,
    scope: &Scope,
    assignment: Option<AssignmentId>,
) -> Result<(), AppError> {
    let visible = visible_assignments(app, scope, assignment).await?;
    if assignment.is_none_or(|id| visible.contains(&id)) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Of the given assignments (of a learner the staff member follows), those the staff member sees.
pub async fn visible_assignments(
    app: &App,
    scope: &Scope,
    ids: impl IntoIterator<Item = AssignmentId>,
) -> Result<std::collections::BTreeSet<AssignmentId>, AppError> {
    let mut seen = std::collections::BTreeSet::new();
    for id in ids.into_iter().collect::<std::collections::BTreeSet<_>>() {
        if let Some(a) = find_assignment(&app.db, id).await? {
            if sees_assignment_of_visible_learner(scope, &a) {
                seen.insert(id);
            }
        }
    }
    Ok(seen)
}

/// A placement attempt of a learner the staff member may follow, with that learner.
pub async fn visible_placement(
    app: &App,
    scope: &Scope,
    id: i64,
) -> Result<(PlacementRow, User), AppError> {
    let p = find_placement(&app.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let learner = visible_learner(app, scope, p.user_id).await?;
    made_in_scope(app, scope, p.assignment_id).await?;
    Ok((p, learner))
}

/// Whether an assignment a visible learner has is also the staff member's to see: one given to a cohort they
/// see, or to that learner alone (a learner in two cohorts keeps the other cohort's assignments private).
pub fn sees_assignment_of_visible_learner(scope: &Scope, a: &AssignmentRow) -> bool {
    match a.target {
        Target::Cohort(c) => scope.sees_cohort(c),
        Target::Learner(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cohorts(ids: &[i64]) -> Scope {
        Scope::Cohorts(ids.iter().map(|&i| CohortId(i)).collect())
    }

    #[test]
    fn an_administrator_sees_every_cohort_and_learner() {
        assert!(Scope::All.sees_cohort(CohortId(7)));
        assert!(Scope::All.sees_learner(&[]));
        assert_eq!(Scope::All.cohorts(), None);
    }

    #[test]
    fn an_instructor_sees_only_the_cohorts_they_instruct() {
        let s = cohorts(&[1, 3]);
        assert!(s.sees_cohort(CohortId(1)));
        assert!(s.sees_cohort(CohortId(3)));
        assert!(!s.sees_cohort(CohortId(2)));
        assert_eq!(s.cohorts().map(|c| c.len()), Some(2));
    }

    fn assignment(target: Target) -> AssignmentRow {
        AssignmentRow {
            id: AssignmentId(1),
            task: crate::assignments::Task::Placement,
            target,
            terms: crate::assignments::Terms::default(),
            created_by: UserId(9),
            created_at: 0,
            withdrawn: false,
        }
    }

    #[test]
    fn of_a_visible_learners_assignments_only_their_own_and_the_seen_cohorts_show() {
        let s = cohorts(&[1]);
        assert!(sees_assignment_of_visible_learner(
            &s,
            &assignment(Target::Cohort(CohortId(1)))
        ));
        // The learner's other cohort: that instructor's business.
        assert!(!sees_assignment_of_visible_learner(
            &s,
            &assignment(Target::Cohort(CohortId(2)))
        ));
        assert!(sees_assignment_of_visible_learner(
            &s,
            &assignment(Target::Learner(UserId(5)))
        ));
        assert!(sees_assignment_of_visible_learner(
            &Scope::All,
            &assignment(Target::Cohort(CohortId(2)))
        ));
    }

    #[test]
    fn a_learner_is_seen_through_any_shared_cohort_and_only_so() {
        let s = cohorts(&[1, 3]);
        assert!(s.sees_learner(&[2, 3].map(CohortId)));
        assert!(!s.sees_learner(&[2, 4].map(CohortId)));
        // A learner in no cohort is nobody's to follow but the administrators'.
        assert!(!s.sees_learner(&[]));
        assert!(!cohorts(&[]).sees_learner(&[1].map(CohortId)));
    }
}
