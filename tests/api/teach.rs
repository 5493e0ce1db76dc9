//! The instructors' pages, driven through the forms: assigning a quiz or the placement test to a cohort, the
//! learners meeting it on their dashboards, accommodations, withdrawing; and that an instructor of another
//! cohort, a learner or a visitor reaches none of it.

use ispit::auth::Role;
use ispit::db::cohorts::{self, MemberRole};
use ispit::ids::{CohortId, UserId};
use rocket::http::Status;

use crate::helpers::TestApp;

const QUIZ: &str = "migration-governance-final";

/// A cohort with its instructor and two learners, and a second cohort with its own instructor.
struct Centre {
    t: TestApp,
    cohort: CohortId,
    other: CohortId,
    ana: UserId,
    marko: UserId,
    stranger: UserId,
}

async fn centre() -> Centre {
    let t = TestApp::spawn().await;
    let ivana = t
        .add_staff("ivana@example.org", "Ivana Kovač", &[Role::Instructor])
        .await;
    let petar = t
        .add_staff("petar@example.org", "Petar Jović", &[Role::Instructor])
        .await;
    let ana = t.add_user("ana@example.org", None).await;
    let marko = t.add_user("marko@example.org", None).await;
    let stranger = t.add_user("stranger@example.org", None).await;
    let cohort = t
        .cohort(
            "MUP RS — English 2026",
            &[
                (ivana, MemberRole::Instructor),
                (ana, MemberRole::Learner),
                (marko, MemberRole::Learner),
            ],
        )
        .await;
    let other = t
        .cohort(
            "Ministry of Security BiH — English 2026",
            &[
                (petar, MemberRole::Instructor),
                (stranger, MemberRole::Learner),
            ],
        )
        .await;
    Centre {
        t,
        cohort,
        other,
        ana,
        marko,
        stranger,
    }
}

/// A local time `minutes` from the test clock's now, as a `datetime-local` field takes it (Belgrade time).
fn local_in(t: &TestApp, minutes: i64) -> String {
    let at = t.app().clock.now() + jiff::SignedDuration::from_mins(minutes);
    ispit::assignments::form::format_local(at, &t.app().zone)
}

/// The hidden `key` of the assignment form on a page.
fn form_key(html: &str) -> String {
    let at = html.find("name=\"key\" value=\"").expect("key field") + 18;
    html[at..at + 64].to_string()
}

async fn count_assignments(t: &TestApp) -> i64 {
    use sqlx::Row;
    sqlx::query("SELECT COUNT(*) AS n FROM assignments")
        .fetch_one(&t.app().db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n")
}

/// Ivana assigns the quiz to her cohort through the form; returns the assignment's page path.
async fn assign_quiz(c: &Centre, due_minutes: i64, attempts: &str) -> String {
    let t = &c.t;
    let page = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let key = form_key(&page.body);
    let due = local_in(t, due_minutes);
    let task = format!("quiz:{QUIZ}");
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.cohort),
            &[
                ("key", &key),
                ("task", &task),
                ("opens", ""),
                ("due", &due),
                ("attempts", attempts),
                ("minutes", ""),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    r.location.expect("the new assignment's page")
}

#[rocket::async_test]
async fn an_instructor_assigns_a_quiz_and_the_cohort_takes_it_from_the_dashboard() {
    let c = centre().await;
    let t = &c.t;
    assert_eq!(t.login("ivana@example.org").await.status, Status::SeeOther);
    let home = t.get("/teach").await;
    assert_eq!(home.status, Status::Ok);
    assert!(home.body.contains("MUP RS — English 2026"), "{}", home.body);
    assert!(
        !home.body.contains("Ministry of Security BiH"),
        "only her own cohorts"
    );
    let path = assign_quiz(&c, 2 * 24 * 60, "1").await;
    assert!(path.starts_with("/teach/assignments/"), "{path}");
    let page = t.get(&path).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(page.body.contains("1 attempt allowed"), "{}", page.body);
    // Both learners listed as open, with no result yet.
    assert_eq!(page.body.matches(">Open</td>").count(), 2, "{}", page.body);
    t.logout().await;

    // Ana sees it on her dashboard and starts it from there.
    t.login("ana@example.org").await;
    let dash = t.get("/quizzes").await;
    assert!(dash.body.contains("Assigned to you"), "{}", dash.body);
    let id = path.trim_start_matches("/teach/assignments/");
    let start = format!("/assignments/{id}/start");
    assert!(dash.body.contains(&start), "a start button: {}", dash.body);
    let r = t.submit_form(&start, &[]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let attempt_path = r.location.expect("the attempt");
    assert!(attempt_path.starts_with("/attempts/"), "{attempt_path}");
    let dash = t.get("/quizzes").await;
    assert!(dash.body.contains("In progress"), "{}", dash.body);
    assert!(dash.body.contains(">Continue<"), "{}", dash.body);
    // Submitting the empty paper: 0 %, and her only attempt is used.
    let r = t.submit_form(&format!("{attempt_path}/submit"), &[]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let dash = t.get("/quizzes").await;
    assert!(dash.body.contains(">Submitted<"), "{}", dash.body);
    assert!(
        !dash.body.contains(&start),
        "no attempts left, so no button"
    );
    let again = t.submit_form(&start, &[]).await;
    assert_eq!(again.status, Status::Conflict, "{}", again.body);
    t.logout().await;

    t.login("ivana@example.org").await;
    let page = t.get(&path).await;
    let ana_row = &page.body[page
        .body
        .find(&format!("id=\"learner-{}\"", c.ana))
        .expect("row")..];
    let ana_row = &ana_row[..ana_row.find("</tr>").expect("end")];
    assert!(ana_row.contains(">Submitted</td>"), "{ana_row}");
    assert!(
        ana_row.contains("0 %") || ana_row.contains("0.0 %"),
        "{ana_row}"
    );
    assert!(ana_row.contains("1 of 1"), "{ana_row}");
}

#[rocket::async_test]
async fn a_double_clicked_assign_creates_one_assignment_even_twenty_at_once() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let page = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    let key = form_key(&page.body);
    let csrf = t.csrf().await;
    let due = local_in(t, 60);
    let task = format!("quiz:{QUIZ}");
    let path = format!("/teach/cohorts/{}/assignments", c.cohort);
    let fields = [
        ("_csrf", csrf.as_str()),
        ("key", key.as_str()),
        ("task", task.as_str()),
        ("opens", ""),
        ("due", due.as_str()),
        ("attempts", ""),
        ("minutes", "30"),
    ];
    let replies =
        rocket::futures::future::join_all((0..20).map(|_| t.post_form(&path, &fields))).await;
    let places: std::collections::BTreeSet<Option<String>> =
        replies.iter().map(|r| r.location.clone()).collect();
    assert!(
        replies.iter().all(|r| r.status == Status::SeeOther),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    assert_eq!(places.len(), 1, "every reply leads to the one assignment");
    assert_eq!(count_assignments(t).await, 1);
    // A fresh form (a new key) is a new assignment.
    assign_quiz(&c, 60, "").await;
    assert_eq!(count_assignments(t).await, 2);
}

#[rocket::async_test]
async fn the_assignment_form_names_every_problem_and_stores_nothing() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let past = local_in(t, -60);
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.cohort),
            &[
                ("task", "quiz:no-such-quiz"),
                ("opens", "sutra u 9"),
                ("due", &past),
                ("attempts", "0"),
                ("minutes", "9999"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    for message in [
        "Choose a test from the list.",
        "Enter a date and time, such as 2026-12-10 09:00.",
        "This due time has already passed.",
        "Enter a whole number from 1 to 50, or leave the field empty.",
        "Enter a whole number of minutes from 1 to 600, or leave the field empty.",
    ] {
        assert!(r.body.contains(message), "{message}: {}", r.body);
    }
    assert!(
        r.body.contains("value=\"sutra u 9\""),
        "what was typed is kept"
    );
    assert_eq!(count_assignments(t).await, 0);
    // The due time before the opening is its own message.
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.cohort),
            &[
                ("task", "placement"),
                ("opens", &local_in(t, 120)),
                ("due", &local_in(t, 60)),
            ],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(
        r.body
            .contains("The due time must come after the opening time."),
        "{}",
        r.body
    );
    assert_eq!(count_assignments(t).await, 0);
}

#[rocket::async_test]
async fn an_accommodation_reopens_an_overdue_assignment_for_one_learner_only() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let path = assign_quiz(&c, 60, "1").await;
    let id = path.trim_start_matches("/teach/assignments/").to_string();
    t.logout().await;
    t.app().clock.advance(61 * 60);
    for who in ["ana@example.org", "marko@example.org"] {
        t.login(who).await;
        let dash = t.get("/quizzes").await;
        assert!(dash.body.contains(">Overdue<"), "{}", dash.body);
        let r = t
            .submit_form(&format!("/assignments/{id}/start"), &[])
            .await;
        assert_eq!(r.status, Status::Conflict, "closed: {}", r.body);
        t.logout().await;
    }

    t.login("ivana@example.org").await;
    let marko = c.marko.to_string();
    let due = local_in(t, 24 * 60);
    let r = t
        .submit_form(
            &format!("{path}/overrides"),
            &[("learner", &marko), ("due", &due), ("minutes", "90")],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let page = t.get(&path).await;
    assert!(page.body.contains("90 min"), "{}", page.body);
    // A learner of another cohort cannot be given accommodations here.
    let stranger = c.stranger.to_string();
    let r = t
        .submit_form(
            &format!("{path}/overrides"),
            &[("learner", &stranger), ("attempts", "3")],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    assert!(
        r.body.contains("Choose a learner from the list."),
        "{}",
        r.body
    );
    t.logout().await;

    t.login("marko@example.org").await;
    let r = t
        .submit_form(&format!("/assignments/{id}/start"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther, "reopened for him: {}", r.body);
    t.logout().await;
    t.login("ana@example.org").await;
    let r = t
        .submit_form(&format!("/assignments/{id}/start"), &[])
        .await;
    assert_eq!(r.status, Status::Conflict, "still closed for her");
    t.logout().await;

    // Emptying every field removes his accommodations.
    t.login("ivana@example.org").await;
    let r = t
        .submit_form(&format!("{path}/overrides"), &[("learner", &marko)])
        .await;
    assert_eq!(r.status, Status::SeeOther);
    let page = t.get(&path).await;
    assert!(!page.body.contains("90 min"), "{}", page.body);
}

#[rocket::async_test]
async fn a_withdrawn_assignment_leaves_the_dashboards_and_cannot_be_started() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let path = assign_quiz(&c, 60, "").await;
    let id = path.trim_start_matches("/teach/assignments/").to_string();
    // Withdrawing twice (a double click) is one withdrawal.
    for _ in 0..2 {
        let r = t.submit_form(&format!("{path}/withdraw"), &[]).await;
        assert_eq!(r.status, Status::SeeOther);
        assert_eq!(
            r.location.as_deref(),
            Some(format!("/teach/cohorts/{}", c.cohort).as_str())
        );
    }
    let page = t.get(&path).await;
    assert!(page.body.contains("Withdrawn"), "{}", page.body);
    t.logout().await;
    t.login("ana@example.org").await;
    let dash = t.get("/quizzes").await;
    assert!(!dash.body.contains("Assigned to you"), "{}", dash.body);
    let r = t
        .submit_form(&format!("/assignments/{id}/start"), &[])
        .await;
    assert_eq!(r.status, Status::NotFound);
}

#[rocket::async_test]
async fn another_cohorts_instructor_a_learner_and_a_visitor_reach_none_of_it() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let path = assign_quiz(&c, 60, "").await;
    let mine = format!("/teach/cohorts/{}", c.cohort);
    t.logout().await;

    t.login("petar@example.org").await;
    assert_eq!(
        t.get(&format!("/teach/cohorts/{}", c.other)).await.status,
        Status::Ok
    );
    assert_eq!(t.get(&mine).await.status, Status::NotFound);
    assert_eq!(t.get(&path).await.status, Status::NotFound);
    let ana = c.ana.to_string();
    for (route, fields) in [
        (format!("{path}/withdraw"), vec![]),
        (
            format!("{path}/overrides"),
            vec![("learner", ana.as_str()), ("attempts", "9")],
        ),
        (
            format!("{mine}/assignments"),
            vec![("task", "placement"), ("due", "")],
        ),
    ] {
        let r = t.submit_form(&route, &fields).await;
        assert_eq!(r.status, Status::NotFound, "{route}");
    }
    assert_eq!(count_assignments(t).await, 1, "nothing created");
    let home = t.get("/teach").await;
    assert!(!home.body.contains("MUP RS"), "{}", home.body);
    t.logout().await;

    t.login("ana@example.org").await;
    assert_eq!(t.get("/teach").await.status, Status::Forbidden);
    assert_eq!(t.get(&path).await.status, Status::Forbidden);
    let r = t.submit_form(&format!("{path}/withdraw"), &[]).await;
    assert_eq!(r.status, Status::Forbidden);
    t.logout().await;

    let r = t.get(&path).await;
    assert_eq!(r.status, Status::SeeOther, "a visitor is sent to sign in");
    // Still offered: nobody above withdrew it.
    t.login("ana@example.org").await;
    assert!(t.get("/quizzes").await.body.contains("Assigned to you"));
}

#[rocket::async_test]
async fn an_assignment_never_takes_over_an_attempt_made_outside_it() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let quiz = assign_quiz(&c, 24 * 60, "").await;
    let quiz_id = quiz.trim_start_matches("/teach/assignments/").to_string();
    let page = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    let key = form_key(&page.body);
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.cohort),
            &[("key", &key), ("task", "placement")],
        )
        .await;
    let placement_id = r
        .location
        .expect("placement assignment")
        .trim_start_matches("/teach/assignments/")
        .to_string();
    t.logout().await;

    t.login("ana@example.org").await;
    // Practice from the catalogue first, then the assignment of the same quiz: refused, not resumed.
    let practice = t.submit_form(&format!("/quizzes/{QUIZ}/start"), &[]).await;
    let practice = practice.location.expect("practice attempt");
    let r = t
        .submit_form(&format!("/assignments/{quiz_id}/start"), &[])
        .await;
    assert_eq!(r.status, Status::Conflict, "{}", r.body);
    assert!(
        r.body.contains("outside this assignment"),
        "says why: {}",
        r.body
    );
    // Once the practice attempt is submitted, the assignment starts its own attempt.
    t.submit_form(&format!("{practice}/submit"), &[]).await;
    let r = t
        .submit_form(&format!("/assignments/{quiz_id}/start"), &[])
        .await;
    let assigned = r.location.expect("assigned attempt");
    assert_ne!(assigned, practice);
    // Starting from the catalogue now resumes the assigned attempt (it is the one in progress).
    let again = t.submit_form(&format!("/quizzes/{QUIZ}/start"), &[]).await;
    assert_eq!(again.location.as_deref(), Some(assigned.as_str()));

    // The same for the placement test.
    let practice = t.submit_form("/placement/start", &[]).await;
    assert!(practice.location.is_some());
    let r = t
        .submit_form(&format!("/assignments/{placement_id}/start"), &[])
        .await;
    assert_eq!(r.status, Status::Conflict, "{}", r.body);
    t.logout().await;

    // The instructor's page counts only what was made under the assignment: Ana is in progress on the quiz.
    t.login("ivana@example.org").await;
    let page = t.get(&quiz).await;
    let row = &page.body[page
        .body
        .find(&format!("id=\"learner-{}\"", c.ana))
        .expect("row")..];
    let row = &row[..row.find("</tr>").expect("end")];
    assert!(row.contains(">In progress</td>"), "{row}");
}

#[rocket::async_test]
async fn another_cohorts_results_stay_with_its_instructor_even_for_a_shared_learner() {
    let c = centre().await;
    let t = &c.t;
    // Ana is also a learner of Petar's cohort, which is given the quiz.
    let db = &t.app().db;
    let mut tx = db.begin_write().await.expect("tx");
    cohorts::put_member(tx.conn(), c.other, c.ana, MemberRole::Learner, 0)
        .await
        .expect("member");
    tx.commit().await.expect("commit");
    t.login("petar@example.org").await;
    let page = t.get(&format!("/teach/cohorts/{}", c.other)).await;
    let key = form_key(&page.body);
    let task = format!("quiz:{QUIZ}");
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.other),
            &[("key", &key), ("task", &task)],
        )
        .await;
    let theirs = r.location.expect("Petar's assignment");
    let theirs_id = theirs.trim_start_matches("/teach/assignments/").to_string();
    t.logout().await;

    // Ana takes Petar's assignment, and practises the same quiz from the catalogue.
    t.login("ana@example.org").await;
    let r = t
        .submit_form(&format!("/assignments/{theirs_id}/start"), &[])
        .await;
    let assigned = r
        .location
        .expect("attempt")
        .replace("/attempts/", "/teach/attempts/");
    t.submit_form(&format!("{}/submit", r_path(&assigned)), &[])
        .await;
    let r = t.submit_form(&format!("/quizzes/{QUIZ}/start"), &[]).await;
    let practice = r
        .location
        .expect("practice")
        .replace("/attempts/", "/teach/attempts/");
    t.logout().await;

    // Ivana follows Ana (her cohort's learner) and sees her practice, not Petar's cohort's attempt.
    t.login("ivana@example.org").await;
    let learner = t.get(&format!("/teach/learners/{}", c.ana)).await;
    assert_eq!(learner.status, Status::Ok, "{}", learner.body);
    assert!(learner.body.contains(&practice), "{}", learner.body);
    assert!(!learner.body.contains(&assigned), "{}", learner.body);
    assert_eq!(t.get(&assigned).await.status, Status::NotFound);
    assert_eq!(t.get(&practice).await.status, Status::Ok);
    t.logout().await;
    // Petar sees his cohort's attempt.
    t.login("petar@example.org").await;
    assert_eq!(t.get(&assigned).await.status, Status::Ok);
}

/// The learner's path of an attempt shown at `/teach/attempts/<id>`.
fn r_path(staff_path: &str) -> String {
    staff_path.replace("/teach/attempts/", "/attempts/")
}
