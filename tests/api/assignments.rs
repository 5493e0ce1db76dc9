//! Assignments as learners meet them: given directly or through a cohort (joined before or after), started
//! only inside their window and within their attempts, with per-learner overrides, and an attempt that ends
//! at the due time at the latest. Driven through the service on the real database.

use ispit::assignments::{Override, StartRefusal, Task, Terms};
use ispit::auth::Role;
use ispit::db::assignments::{for_learner, insert_assignment, put_override, NewAssignment, Target};
use ispit::db::cohorts;
use ispit::ids::{AssignmentId, UserId};
use ispit::service::assignments::{start, Started};
use ispit::service::ServiceError;
use jiff::{SignedDuration, Timestamp};

use crate::helpers::TestApp;

const QUIZ: &str = "migration-governance-final";

fn later(t: &TestApp, minutes: i64) -> Timestamp {
    t.app().clock.now() + SignedDuration::from_mins(minutes)
}

async fn assign(t: &TestApp, by: UserId, target: Target, terms: Terms) -> AssignmentId {
    let new = NewAssignment {
        task: Task::Quiz(QUIZ.parse().expect("quiz id")),
        target,
        terms,
        created_by: by,
        form_key: None,
    };
    insert_assignment(&t.app().db, &new, t.app().clock.now().as_second())
        .await
        .expect("insert")
        .expect("no form key, so always a new assignment")
}

async fn start_as(t: &TestApp, user: UserId, id: AssignmentId) -> Result<Started, ServiceError> {
    let app = t.app();
    start(
        &app.db,
        &app.bank(),
        app.placement.as_deref(),
        user,
        id,
        ispit::i18n::Locale::En,
        app.clock.now(),
        7,
    )
    .await
}

fn refused(r: Result<Started, ServiceError>) -> Option<StartRefusal> {
    match r {
        Err(ServiceError::Assignment(why)) => Some(why),
        Err(ServiceError::Refused(ispit::assessment::attempt::AttemptRefusal::NoAttemptsLeft)) => {
            Some(StartRefusal::NoAttemptsLeft)
        }
        _ => None,
    }
}

#[rocket::async_test]
async fn a_cohort_assignment_reaches_members_who_join_later_and_no_one_else() {
    let t = TestApp::spawn().await;
    let teacher = t
        .add_staff("teacher@example.org", "Ivana", &[Role::Instructor])
        .await;
    let early = t.add_user("early@example.org", None).await;
    let late = t.add_user("late@example.org", None).await;
    let outsider = t.add_user("outsider@example.org", None).await;
    let db = &t.app().db;
    let cohort = cohorts::create_cohort(db, "MUP RS — English 2026", 0)
        .await
        .expect("cohort");
    let mut tx = db.begin_write().await.expect("tx");
    cohorts::put_member(tx.conn(), cohort, early, cohorts::MemberRole::Learner, 0)
        .await
        .expect("member");
    cohorts::put_member(
        tx.conn(),
        cohort,
        teacher,
        cohorts::MemberRole::Instructor,
        0,
    )
    .await
    .expect("member");
    tx.commit().await.expect("commit");
    let id = assign(&t, teacher, Target::Cohort(cohort), Terms::default()).await;

    assert_eq!(for_learner(db, early).await.expect("q").len(), 1);
    assert!(for_learner(db, late).await.expect("q").is_empty());
    assert!(
        for_learner(db, teacher).await.expect("q").is_empty(),
        "instructors are not given it"
    );
    let mut tx = db.begin_write().await.expect("tx");
    cohorts::put_member(tx.conn(), cohort, late, cohorts::MemberRole::Learner, 0)
        .await
        .expect("member");
    tx.commit().await.expect("commit");
    let theirs = for_learner(db, late).await.expect("q");
    assert_eq!(
        theirs.len(),
        1,
        "joining later brings the cohort's assignment"
    );
    assert_eq!(theirs[0].assignment.id, id);

    assert!(matches!(
        start_as(&t, outsider, id).await,
        Err(ServiceError::NotFound)
    ));
    let Ok(Started::Quiz(attempt)) = start_as(&t, late, id).await else {
        panic!("the late joiner starts it")
    };
    assert_eq!(t.attempt(attempt).await.user_id, late);
    let progress = for_learner(db, late).await.expect("q")[0].progress;
    assert!(progress.in_progress && progress.attempts == 1);
    // Leaving the cohort takes the assignment away.
    cohorts::remove_member(db, cohort, late)
        .await
        .expect("remove");
    assert!(matches!(
        start_as(&t, late, id).await,
        Err(ServiceError::NotFound)
    ));
}

#[rocket::async_test]
async fn the_window_and_the_attempts_allowed_hold_and_an_override_extends_them() {
    let t = TestApp::spawn().await;
    let teacher = t
        .add_staff("teacher@example.org", "Ivana", &[Role::Instructor])
        .await;
    let ana = t.add_user("ana@example.org", None).await;
    let marko = t.add_user("marko@example.org", None).await;
    let terms = Terms {
        opens_at: Some(later(&t, 60)),
        due_at: Some(later(&t, 120)),
        attempts_allowed: Some(1),
        time_limit_seconds: Some(45 * 60),
    };
    let for_ana = assign(&t, teacher, Target::Learner(ana), terms).await;
    let for_marko = assign(&t, teacher, Target::Learner(marko), terms).await;
    assert_eq!(
        refused(start_as(&t, ana, for_ana).await),
        Some(StartRefusal::NotYetOpen)
    );
    assert!(
        matches!(
            start_as(&t, ana, for_marko).await,
            Err(ServiceError::NotFound)
        ),
        "not hers"
    );

    t.app().clock.advance(110 * 60); // 10 minutes before the due time
    let Ok(Started::Quiz(attempt)) = start_as(&t, ana, for_ana).await else {
        panic!("open: starts")
    };
    let row = t.attempt(attempt).await;
    assert_eq!(
        row.deadline,
        Some(later(&t, 10).as_second()),
        "ends at the due time, not 45 minutes on"
    );
    // A second click resumes the same attempt.
    assert_eq!(
        start_as(&t, ana, for_ana).await.ok(),
        Some(Started::Quiz(attempt))
    );
    submit(&t, attempt).await;
    assert_eq!(
        refused(start_as(&t, ana, for_ana).await),
        Some(StartRefusal::NoAttemptsLeft)
    );

    // Past the due time Marko cannot start; an override gives him a day and his own time limit.
    t.app().clock.advance(11 * 60);
    assert_eq!(
        refused(start_as(&t, marko, for_marko).await),
        Some(StartRefusal::Closed)
    );
    let extra = Override {
        due_at: Some(later(&t, 24 * 60)),
        attempts_allowed: None,
        time_limit_seconds: Some(90 * 60),
    };
    put_override(&t.app().db, for_marko, marko, &extra)
        .await
        .expect("override");
    let Ok(Started::Quiz(his)) = start_as(&t, marko, for_marko).await else {
        panic!("the override reopens it for him")
    };
    assert_eq!(
        t.attempt(his).await.deadline,
        Some(later(&t, 90).as_second())
    );
    // Ana's terms are unchanged: for her it is closed.
    assert_eq!(
        refused(start_as(&t, ana, for_ana).await),
        Some(StartRefusal::Closed)
    );
}

/// Twenty starts at once under an assignment of two attempts: one attempt is opened, and however the
/// submits and starts interleave, the database never lets a third exist.
#[rocket::async_test]
async fn racing_starts_make_one_attempt_and_the_limit_holds_in_the_database() {
    let t = TestApp::spawn().await;
    let teacher = t
        .add_staff("teacher@example.org", "Ivana", &[Role::Instructor])
        .await;
    let ana = t.add_user("ana@example.org", None).await;
    let terms = Terms {
        attempts_allowed: Some(2),
        ..Terms::default()
    };
    let id = assign(&t, teacher, Target::Learner(ana), terms).await;
    for round in 0..3 {
        let starts = (0..20).map(|_| start_as(&t, ana, id));
        let results = rocket::futures::future::join_all(starts).await;
        let ids: std::collections::BTreeSet<_> = results
            .iter()
            .filter_map(|r| match r {
                Ok(Started::Quiz(a)) => Some(*a),
                _ => None,
            })
            .collect();
        if round < 2 {
            assert_eq!(
                ids.len(),
                1,
                "round {round}: one attempt, resumed by every other start"
            );
            let a = *ids.iter().next().expect("one");
            submit(&t, a).await;
        } else {
            assert!(ids.is_empty(), "the third round is refused");
            assert!(results
                .iter()
                .all(|r| refused_ref(r) == Some(StartRefusal::NoAttemptsLeft)));
        }
    }
    let used = for_learner(&t.app().db, ana).await.expect("q")[0]
        .progress
        .attempts;
    assert_eq!(used, 2);
}

async fn submit(t: &TestApp, id: ispit::ids::AttemptId) {
    let row = t.attempt(id).await;
    ispit::service::attempts::submit_attempt(
        &t.app().db,
        &t.app().bank(),
        &row,
        t.app().clock.now(),
    )
    .await
    .expect("submit");
}

fn refused_ref(r: &Result<Started, ServiceError>) -> Option<StartRefusal> {
    match r {
        Err(ServiceError::Assignment(why)) => Some(*why),
        Err(ServiceError::Refused(ispit::assessment::attempt::AttemptRefusal::NoAttemptsLeft)) => {
            Some(StartRefusal::NoAttemptsLeft)
        }
        _ => None,
    }
}
