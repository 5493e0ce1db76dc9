//! Essays end to end: a learner writes two essays beside a choice question, the attempt closes awaiting
//! grading (no pass or fail, no result email), the instructor of the learner's cohort grades each essay
//! from the attempt's review page, and the score, the pass and the result email follow the last grade.
//! The course is `tests/fixtures/essays/asylum-essays`: a single choice worth 2 points, essays worth 3 and
//! 5 (maximum 10, pass mark 60 %); every expected figure below is worked out by hand from it.

use ispit::auth::Role;
use ispit::db::cohorts::MemberRole;
use ispit::ids::{AttemptId, UserId};
use rocket::http::Status;
use serde_json::json;

use crate::helpers::TestApp;

const BANKS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/essays");
const QUIZ: &str = "asylum-essays-check";

struct Centre {
    t: TestApp,
    ana: UserId,
    token: String,
    cohort: ispit::ids::CohortId,
}

/// Ivana teaches Ana's cohort; Petar teaches another.
async fn centre() -> Centre {
    let t = TestApp::spawn_with(|f| f.merge(("banks_dir", BANKS))).await;
    let ana = t.add_user("ana@example.org", None).await;
    let ivana = t
        .add_staff("ivana@example.org", "Ivana Kovač", &[Role::Instructor])
        .await;
    let petar = t
        .add_staff("petar@example.org", "Petar Jović", &[Role::Instructor])
        .await;
    let cohort = t
        .cohort(
            "Asylum officers 2026",
            &[(ivana, MemberRole::Instructor), (ana, MemberRole::Learner)],
        )
        .await;
    t.cohort("Border police 2026", &[(petar, MemberRole::Instructor)])
        .await;
    let token = t.api_token("ana@example.org").await;
    Centre {
        t,
        ana,
        token,
        cohort,
    }
}

/// Ana takes the quiz over the API: starts, saves each `(number, answer)` (each must be accepted) and
/// submits.
async fn take(
    c: &Centre,
    answers: &[(usize, serde_json::Value)],
) -> (AttemptId, serde_json::Value) {
    let t = &c.t;
    let (status, paper) = t
        .json(
            "POST",
            &format!("/api/v1/quizzes/{QUIZ}/attempts"),
            &c.token,
            None,
        )
        .await;
    assert_eq!(status, Status::Created, "{paper}");
    let id = AttemptId(paper["id"].as_i64().expect("id"));
    assert_eq!(paper["questions"][1]["type"], json!("essay"));
    for (n, body) in answers {
        let (status, reply) = t
            .json(
                "PUT",
                &format!("/api/v1/attempts/{id}/answers/{n}"),
                &c.token,
                Some(body.clone()),
            )
            .await;
        assert_eq!(status, Status::NoContent, "question {n}: {reply}");
    }
    let (status, result) = t
        .json(
            "POST",
            &format!("/api/v1/attempts/{id}/submit"),
            &c.token,
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{result}");
    (id, result)
}

/// The choice right (2 points) and both essays written.
async fn submitted(c: &Centre) -> (AttemptId, serde_json::Value) {
    take(
        c,
        &[
            (1, json!({"type": "single", "value": 2})),
            (2, json!({"type": "essay", "value": "Identity, security and health checks,\nregistration in Eurodac, then referral to asylum or return."})),
            (3, json!({"type": "essay", "value": "A yearly Solidarity Pool: relocations, financial contributions or alternative measures."})),
        ],
    )
    .await
}

async fn result_mails(t: &TestApp, id: AttemptId) -> i64 {
    use sqlx::Row;
    sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE idempotency_key = $1")
        .bind(format!("result:quiz:{}", id.0))
        .fetch_one(&t.app().db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n")
}

/// Posts a grade as whoever is signed in.
async fn grade(
    t: &TestApp,
    id: AttemptId,
    number: usize,
    points: &str,
    comment: &str,
) -> crate::helpers::Reply {
    t.submit_form(
        &format!("/teach/attempts/{}/marks/{number}", id.0),
        &[("points", points), ("comment", comment)],
    )
    .await
}

#[rocket::async_test]
async fn essays_await_grading_and_the_last_grade_decides_the_result() {
    let c = centre().await;
    let t = &c.t;
    let (id, result) = submitted(&c).await;
    // 2 of 10 so far, no verdict, two answers awaited, and the essays reviewed as pending.
    assert_eq!(
        (
            &result["score"],
            &result["max"],
            &result["passed"],
            &result["awaiting_grading"]
        ),
        (&json!("2"), &json!("10"), &json!(null), &json!(2)),
        "{result}"
    );
    for n in [1, 2] {
        assert_eq!(
            result["questions"][n]["review"]["outcome"],
            json!("pending"),
            "{result}"
        );
        assert_eq!(
            result["questions"][n]["review"].get("awarded"),
            None,
            "{result}"
        );
    }
    let row = t.attempt(id).await;
    assert_eq!(
        (
            row.score_milli,
            row.max_milli,
            row.passed,
            row.awaiting_grading
        ),
        (Some(2_000), Some(10_000), None, 2)
    );
    assert_eq!(result_mails(t, id).await, 0, "no result before the grades");

    // The learner's page says so, and cannot grade.
    t.login("ana@example.org").await;
    let page = t.get(&format!("/attempts/{}/result", id.0)).await;
    assert!(
        page.body
            .contains("2 answers await grading by an instructor."),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Points so far: 2 of 10"),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains("Not passed") && !page.body.contains(">Passed<"),
        "{}",
        page.body
    );
    let r = grade(t, id, 2, "3", "").await;
    assert!(
        matches!(
            r.status,
            Status::Forbidden | Status::NotFound | Status::SeeOther
        ),
        "{}",
        r.status
    );
    t.logout().await;

    // An instructor of another cohort does not see the attempt, nor may grade it.
    t.login("petar@example.org").await;
    assert_eq!(
        t.get(&format!("/teach/attempts/{}", id.0)).await.status,
        Status::NotFound
    );
    assert_eq!(grade(t, id, 2, "3", "").await.status, Status::NotFound);
    t.logout().await;

    // Ana's instructor: the review shows the essay, the grader information and a form per essay.
    t.login("ivana@example.org").await;
    let page = t.get(&format!("/teach/attempts/{}", id.0)).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(
        page.body.contains("registration in Eurodac"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Full marks: identity and security checks"),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains(&format!("action=\"/teach/attempts/{}/marks/2\"", id.0)));
    assert!(page
        .body
        .contains(&format!("action=\"/teach/attempts/{}/marks/3\"", id.0)));
    assert!(
        !page.body.contains("/marks/1\""),
        "no form for the choice question"
    );

    // Out of range, not a number, or on a question that is not an essay: refused, nothing stored.
    for bad in ["3.5", "-1", "three", "1.0005"] {
        let r = grade(t, id, 2, bad, "").await;
        assert_eq!(r.status, Status::UnprocessableEntity, "{bad}: {}", r.body);
        assert!(
            r.body
                .contains("Enter points from 0 to 3, with at most three decimals."),
            "{}",
            r.body
        );
    }
    assert_eq!(grade(t, id, 1, "1", "").await.status, Status::NotFound);
    assert_eq!(grade(t, id, 9, "1", "").await.status, Status::NotFound);
    assert_eq!(t.attempt(id).await.awaiting_grading, 2);

    // First essay: 2.5 of 3, with a comment. Still awaiting one; no verdict, no email.
    let r = grade(t, id, 2, "2,5", "Good, but the referral is missing.").await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let row = t.attempt(id).await;
    assert_eq!(
        (row.score_milli, row.passed, row.awaiting_grading),
        (Some(4_500), None, 1)
    );
    assert_eq!(result_mails(t, id).await, 0);

    // Second essay: 2 of 5. 2 + 2.5 + 2 = 6.5 of 10 = 65 % ≥ 60 %: passed, and the result email is queued once.
    let r = grade(t, id, 3, "2", "").await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let row = t.attempt(id).await;
    assert_eq!(
        (row.score_milli, row.passed, row.awaiting_grading),
        (Some(6_500), Some(true), 0)
    );
    assert_eq!(result_mails(t, id).await, 1);

    // A change of mind: the second essay to 1 point. 5.5 of 10 = 55 %: failed. No second email.
    let r = grade(t, id, 3, "1", "").await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let row = t.attempt(id).await;
    assert_eq!(
        (row.score_milli, row.passed, row.awaiting_grading),
        (Some(5_500), Some(false), 0)
    );
    assert_eq!(result_mails(t, id).await, 1);
    t.logout().await;

    // The learner sees the points and the comment.
    let (status, result) = t
        .json(
            "GET",
            &format!("/api/v1/attempts/{}/result", id.0),
            &c.token,
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{result}");
    assert_eq!(
        (
            &result["score"],
            &result["passed"],
            &result["awaiting_grading"]
        ),
        (&json!("5.5"), &json!(false), &json!(0)),
        "{result}"
    );
    let first = &result["questions"][1]["review"];
    assert_eq!(
        (&first["outcome"], &first["awarded"], &first["comment"]),
        (
            &json!("partial"),
            &json!("2.5"),
            &json!("Good, but the referral is missing.")
        ),
        "{result}"
    );
    let _ = c.ana;
}

#[rocket::async_test]
async fn twenty_grades_at_once_leave_one_consistent_result() {
    let c = centre().await;
    let t = &c.t;
    let (id, _) = submitted(&c).await;
    t.login("ivana@example.org").await;
    // Both essays graded ten times each, all at once: 3 and 5 points in the end whichever lands last.
    let grades = (0..20).map(|i| {
        let (n, points) = if i % 2 == 0 { (2, "3") } else { (3, "5") };
        grade(t, id, n, points, "")
    });
    for r in rocket::futures::future::join_all(grades).await {
        assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    }
    let row = t.attempt(id).await;
    assert_eq!(
        (row.score_milli, row.passed, row.awaiting_grading),
        (Some(10_000), Some(true), 0)
    );
    assert_eq!(result_mails(t, id).await, 1, "one result email");
}

#[rocket::async_test]
async fn a_blank_essay_scores_nothing_and_awaits_nothing() {
    let c = centre().await;
    let t = &c.t;
    // An essay too long is refused (tried on a first attempt, which then closes as it is).
    let (status, paper) = t
        .json(
            "POST",
            &format!("/api/v1/quizzes/{QUIZ}/attempts"),
            &c.token,
            None,
        )
        .await;
    assert_eq!(status, Status::Created, "{paper}");
    let first = paper["id"].as_i64().expect("id");
    let (status, reply) = t
        .json(
            "PUT",
            &format!("/api/v1/attempts/{first}/answers/3"),
            &c.token,
            Some(json!({"type": "essay", "value": "x".repeat(20_001)})),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity, "{reply}");
    // Only the choice, right; a blank essay is no answer.
    let (id, result) = take(
        &c,
        &[
            (1, json!({"type": "single", "value": 2})),
            (2, json!({"type": "essay", "value": "   "})),
        ],
    )
    .await;
    // 2 of 10 = 20 %: failed at once, nothing to grade, and the result email goes now.
    assert_eq!(
        (
            &result["score"],
            &result["passed"],
            &result["awaiting_grading"]
        ),
        (&json!("2"), &json!(false), &json!(0)),
        "{result}"
    );
    assert_eq!(result_mails(t, id).await, 1);
}

/// On the assignment's results, an attempt with essays to grade says so beside its link, until graded.
#[rocket::async_test]
async fn the_assignment_results_point_to_attempts_awaiting_grading() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let page = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    let at = page.body.find("name=\"key\" value=\"").expect("key field") + 18;
    let key = page.body[at..at + 64].to_string();
    let task = format!("quiz:{QUIZ}");
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.cohort),
            &[
                ("key", &key),
                ("task", &task),
                ("opens", ""),
                ("due", ""),
                ("attempts", ""),
                ("minutes", ""),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let results = r.location.expect("the assignment's page");
    let assignment = results
        .trim_start_matches("/teach/assignments/")
        .to_string();
    t.logout().await;

    // Ana starts it from her dashboard's form, answers and submits over the API.
    t.login("ana@example.org").await;
    let r = t
        .submit_form(&format!("/assignments/{assignment}/start"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let id = r
        .location
        .as_deref()
        .and_then(|l| l.trim_start_matches("/attempts/").parse::<i64>().ok())
        .map(AttemptId)
        .expect("the attempt");
    let (resumed, _) = submitted(&c).await;
    assert_eq!(resumed, id, "the assignment's attempt was resumed");
    t.logout().await;

    t.login("ivana@example.org").await;
    let page = t.get(&results).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let link = format!("<a href=\"/teach/attempts/{}\">", id.0);
    let row = &page.body[page.body.find(&link).expect("the attempt's link")..];
    assert!(
        row[..300].contains("<span class=\"badge awaiting\">Awaiting grading</span>"),
        "{}",
        &row[..300]
    );
    for (n, points) in [(2, "3"), (3, "5")] {
        assert_eq!(grade(t, id, n, points, "").await.status, Status::SeeOther);
    }
    let page = t.get(&results).await;
    assert!(!page.body.contains("badge awaiting"), "{}", page.body);
}
