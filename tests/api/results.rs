//! Results for instructors: an assignment's results table (sorted, filtered, charted), its CSV export, a
//! learner's page, an attempt's review with the key, and that nobody outside the cohort reaches any of it.
//! Scores are the fixture bank's (five one-point questions, `tests/fixtures/banks/grading`) worked out by
//! hand; placement values are the ones the engine stored, as the page must show them.

use ispit::assessment::answer::Answer;
use ispit::auth::Role;
use ispit::db::cohorts::{self, MemberRole};
use ispit::ids::{AttemptId, ChoiceId, CohortId, UserId};
use rocket::http::Status;

use crate::helpers::{answer_fields, copy_dir, TestApp, FIXTURE_BANKS};

const QUIZ: &str = "grading-pass-mark";
const EVIL: &str = "=HYPERLINK(\"http://evil\",\"x\")";
const MARKO: &str = "Марко Марковић";

/// A cohort taught by Ivana with four learners, and another taught by Petar with one.
struct Centre {
    t: TestApp,
    cohort: CohortId,
    ana: UserId,
    marko: UserId,
    evil: UserId,
    zoran: UserId,
    stranger: UserId,
    /// Keeps the copied banks alive as long as the app.
    _banks: Option<tempfile::TempDir>,
}

async fn centre(t: TestApp, banks: Option<tempfile::TempDir>) -> Centre {
    t.add_staff("ivana@example.org", "Ivana Kovač", &[Role::Instructor])
        .await;
    let ivana = user_id(&t, "ivana@example.org").await;
    let petar = t
        .add_staff("petar@example.org", "Petar Jović", &[Role::Instructor])
        .await;
    let ana = t
        .add_staff("ana@example.org", "Ana Jović", &[Role::Learner])
        .await;
    let marko = t
        .add_staff("marko@example.org", MARKO, &[Role::Learner])
        .await;
    let evil = t
        .add_staff("evil@example.org", EVIL, &[Role::Learner])
        .await;
    let zoran = t
        .add_staff("zoran@example.org", "Zoran Zec", &[Role::Learner])
        .await;
    let stranger = t
        .add_staff("stranger@example.org", "Stranger", &[Role::Learner])
        .await;
    let db = &t.app().db;
    let cohort = cohorts::create_cohort(db, "MUP RS — English 2026", 0)
        .await
        .expect("cohort");
    let other = cohorts::create_cohort(db, "Ministry of Security BiH — English 2026", 0)
        .await
        .expect("cohort");
    let mut tx = db.begin_write().await.expect("tx");
    for (c, u, role) in [
        (cohort, ivana, MemberRole::Instructor),
        (cohort, ana, MemberRole::Learner),
        (cohort, marko, MemberRole::Learner),
        (cohort, evil, MemberRole::Learner),
        (cohort, zoran, MemberRole::Learner),
        (other, petar, MemberRole::Instructor),
        (other, stranger, MemberRole::Learner),
    ] {
        cohorts::put_member(tx.conn(), c, u, role, 0)
            .await
            .expect("member");
    }
    tx.commit().await.expect("commit");
    Centre {
        t,
        cohort,
        ana,
        marko,
        evil,
        zoran,
        stranger,
        _banks: banks,
    }
}

async fn user_id(t: &TestApp, email: &str) -> UserId {
    ispit::db::users::find_user_by_email(&t.app().db, email)
        .await
        .expect("query")
        .expect("user")
        .id
}

/// The fixture banks, with the pass-mark quiz set to show learners neither the key nor feedback: the staff
/// review must show the key all the same.
async fn quiz_centre() -> Centre {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(std::path::Path::new(FIXTURE_BANKS), dir.path());
    let course = dir.path().join("grading/course.toml");
    let text = std::fs::read_to_string(&course).expect("course.toml");
    let pass_mark = "id = \"grading-pass-mark\"\npass_percent = 60\nattempts = 0\n\
                     layout = \"all-on-one-page\"\nshuffle_questions = false\nshuffle_options = true\n";
    assert!(text.contains(pass_mark), "the fixture quiz is as expected");
    let text = text.replacen(
        pass_mark,
        &format!(
            "{pass_mark}[quizzes.review]\nscore = true\ncorrectness = true\nfeedback = false\n\
             correct_answers = false\n"
        ),
        1,
    );
    std::fs::write(&course, text).expect("write");
    let banks = dir.path().display().to_string();
    let t = TestApp::spawn_with(|f| f.merge(("banks_dir", banks))).await;
    centre(t, Some(dir)).await
}

/// The hidden `key` of the assignment form on a page.
fn form_key(html: &str) -> String {
    let at = html.find("name=\"key\" value=\"").expect("key field") + 18;
    html[at..at + 64].to_string()
}

/// Ivana assigns `task` to her cohort through the form (no due time, unlimited attempts); returns the
/// assignment's page path.
async fn assign(c: &Centre, task: &str) -> String {
    let t = &c.t;
    let page = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let key = form_key(&page.body);
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.cohort),
            &[
                ("key", &key),
                ("task", task),
                ("opens", ""),
                ("due", ""),
                ("attempts", ""),
                ("minutes", ""),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    r.location.expect("the new assignment's page")
}

/// Starts the assignment at `path` from the learner's side; returns where it leads.
async fn start(t: &TestApp, path: &str) -> String {
    let id = path.trim_start_matches("/teach/assignments/");
    let r = t
        .submit_form(&format!("/assignments/{id}/start"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    r.location.expect("the attempt")
}

/// Answers the five one-point questions, the first `right` with the key ("a") and the rest wrong ("b"), and
/// submits after `seconds`.
async fn take_quiz(t: &TestApp, path: &str, right: usize, seconds: i64) -> AttemptId {
    let attempt = start(t, path).await;
    let id = AttemptId(
        attempt
            .trim_start_matches("/attempts/")
            .parse()
            .expect("attempt id"),
    );
    t.attempt(id).await;
    let mut fields = vec![
        ("_csrf".to_string(), t.csrf().await),
        ("go".to_string(), "summary".to_string()),
    ];
    for (i, q) in ["pass-1", "pass-2", "pass-3", "pass-4", "pass-5"]
        .into_iter()
        .enumerate()
    {
        let choice: ChoiceId = if i < right { "a" } else { "b" }.parse().expect("choice");
        fields.extend(answer_fields(t.bank(), QUIZ, q, &Answer::Single(choice)));
    }
    let r = t.post_pairs(&attempt, &fields).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    t.clock.advance(seconds);
    let r = t.submit_form(&format!("{attempt}/submit"), &[]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    id
}

/// The learner ids in the order their rows appear in the results table.
fn row_order(html: &str) -> Vec<i64> {
    html.split("<tr id=\"learner-")
        .skip(1)
        .map(|s| s[..s.find('"').expect("quote")].parse().expect("id"))
        .collect()
}

fn row(html: &str, user: UserId) -> &str {
    let at = html
        .find(&format!("<tr id=\"learner-{user}\""))
        .unwrap_or_else(|| panic!("row of {user} in {html}"));
    &html[at..at + html[at..].find("</tr>").expect("row end")]
}

/// Everything the quiz test needs: the centre, the assignment and the attempts made under it.
struct QuizDone {
    c: Centre,
    path: String,
    ana_first: AttemptId,
    ana_open: AttemptId,
    marko: AttemptId,
}

/// Ana: 5 of 5 in 5 min 30 s, then a second attempt left open; Marko: 3 of 5 (the pass mark, 60 %) in
/// 12 min; the formula-named learner: 0 of 5 in 45 s; Zoran: nothing.
async fn quiz_done() -> QuizDone {
    let c = quiz_centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let path = assign(&c, &format!("quiz:{QUIZ}")).await;
    t.logout().await;
    t.login("ana@example.org").await;
    let ana_first = take_quiz(t, &path, 5, 330).await;
    let open = start(t, &path).await;
    let ana_open = AttemptId(
        open.trim_start_matches("/attempts/")
            .parse()
            .expect("attempt id"),
    );
    t.logout().await;
    t.login("marko@example.org").await;
    let marko = take_quiz(t, &path, 3, 720).await;
    // Marko's own result page keeps the key from him, as the quiz says.
    let mine = t.get(&format!("/attempts/{marko}/result")).await;
    assert_eq!(mine.status, Status::Ok);
    assert!(!mine.body.contains("Right answer:"), "{}", mine.body);
    t.logout().await;
    t.login("evil@example.org").await;
    take_quiz(t, &path, 0, 45).await;
    t.logout().await;
    t.login("ivana@example.org").await;
    QuizDone {
        c,
        path,
        ana_first,
        ana_open,
        marko,
    }
}

#[rocket::async_test]
async fn a_quiz_assignment_shows_each_learners_best_score_status_and_time() {
    let q = quiz_done().await;
    let (c, t) = (&q.c, &q.c.t);
    let page = t.get(&q.path).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let body = &page.body;
    // 5 of 5 = 100 %; her open second attempt makes her "in progress" but her best stays.
    let ana = row(body, c.ana);
    assert!(ana.contains(">In progress</td>"), "{ana}");
    assert!(ana.contains("data-percent=\"100\""), "{ana}");
    assert!(ana.contains(">Yes</td>"), "{ana}");
    assert!(ana.contains("5 min 30 s"), "{ana}");
    assert!(
        ana.contains(&format!("/teach/attempts/{}", q.ana_first)),
        "{ana}"
    );
    assert!(
        ana.contains(&format!("/teach/attempts/{}", q.ana_open)),
        "{ana}"
    );
    assert!(
        ana.contains(&format!("href=\"/teach/learners/{}\"", c.ana)),
        "{ana}"
    );
    // 3 of 5 = 60 %, exactly the pass mark: passed.
    let marko = row(body, c.marko);
    assert!(marko.contains(">Submitted</td>"), "{marko}");
    assert!(marko.contains("data-percent=\"60\""), "{marko}");
    assert!(marko.contains(">Yes</td>"), "{marko}");
    assert!(marko.contains("12 min 0 s"), "{marko}");
    assert!(marko.contains(MARKO), "{marko}");
    // 0 of 5 = 0 %: not passed. The name is shown as text, escaped.
    let evil = row(body, c.evil);
    assert!(evil.contains("data-percent=\"0\""), "{evil}");
    assert!(evil.contains(">No</td>"), "{evil}");
    assert!(evil.contains("0 min 45 s"), "{evil}");
    assert!(evil.contains(&handlebars::html_escape(EVIL)), "{evil}");
    // No attempt: open, no score.
    let zoran = row(body, c.zoran);
    assert!(zoran.contains(">Open</td>"), "{zoran}");
    assert!(!zoran.contains("data-percent"), "{zoran}");

    // The histogram: one best score each in 0–10, 60–70 and 90–100 of ten bins; 3 of 4 learners scored.
    assert!(body.contains("<svg"), "an inline chart");
    assert!(body.contains("role=\"img\""));
    assert!(body.contains("3 of 4 learners have a score"), "{body}");
    for (band, count, share) in [
        ("0–10", 1, "33.3 %"),
        ("10–20", 0, "0 %"),
        ("60–70", 1, "33.3 %"),
        ("90–100", 1, "33.3 %"),
    ] {
        let cells = format!("<th scope=\"row\">{band}</th><td>{count}</td><td>{share}</td>");
        assert!(body.contains(&cells), "{cells} in {body}");
    }

    // The score column's sort, both ways: the one without a score stays last.
    let asc = t.get(&format!("{}?sort=score&dir=asc", q.path)).await;
    assert_eq!(
        row_order(&asc.body),
        [c.evil.0, c.marko.0, c.ana.0, c.zoran.0]
    );
    assert!(asc.body.contains("aria-sort=\"ascending\""), "{}", asc.body);
    let desc = t.get(&format!("{}?sort=score&dir=desc", q.path)).await;
    assert_eq!(
        row_order(&desc.body),
        [c.ana.0, c.marko.0, c.evil.0, c.zoran.0]
    );
    assert!(desc.body.contains("aria-sort=\"descending\""));
    // By name (the default): "=" sorts before letters, Latin before Cyrillic.
    assert_eq!(row_order(body), [c.evil.0, c.ana.0, c.zoran.0, c.marko.0]);
    // By time taken, shortest first; Zoran (no time) last.
    let time = t.get(&format!("{}?sort=time", q.path)).await;
    assert_eq!(
        row_order(&time.body),
        [c.evil.0, c.ana.0, c.marko.0, c.zoran.0]
    );
    // Filtered by status, with the sort kept.
    let submitted = t
        .get(&format!("{}?sort=score&dir=desc&status=submitted", q.path))
        .await;
    assert_eq!(row_order(&submitted.body), [c.marko.0, c.evil.0]);
    assert!(submitted.body.contains("2 of 4 learners shown"));
    let open = t.get(&format!("{}?status=open", q.path)).await;
    assert_eq!(row_order(&open.body), [c.zoran.0]);
    let none = t.get(&format!("{}?status=overdue", q.path)).await;
    assert!(row_order(&none.body).is_empty());
    assert!(none.body.contains("No learner has this status."));
    // The chart still counts everyone.
    assert!(none.body.contains("3 of 4 learners have a score"));
}

/// The CSV download: status, headers and the body's rows.
async fn csv(t: &TestApp, path: &str) -> (Status, Option<String>, Option<String>, Vec<u8>) {
    let res = t.client.get(path.to_string()).dispatch().await;
    let status = res.status();
    let ct = res.headers().get_one("Content-Type").map(str::to_string);
    let cd = res
        .headers()
        .get_one("Content-Disposition")
        .map(str::to_string);
    let body = res.into_bytes().await.unwrap_or_default();
    (status, ct, cd, body)
}

fn records(body: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(&body[3..]).expect("UTF-8");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("record").iter().map(str::to_string).collect())
        .collect()
}

#[rocket::async_test]
async fn the_csv_has_a_bom_one_row_per_learner_and_no_live_formulas() {
    let q = quiz_done().await;
    let t = &q.c.t;
    let (status, ct, cd, body) = csv(t, &format!("{}/results.csv", q.path)).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(ct.as_deref(), Some("text/csv; charset=utf-8"));
    let cd = cd.expect("Content-Disposition");
    assert!(cd.starts_with("attachment; filename=\"results-"), "{cd}");
    assert!(cd.contains("; filename*=UTF-8''results-"), "{cd}");
    assert_eq!(&body[..3], [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark");
    let rows = records(&body);
    assert_eq!(
        rows[0],
        [
            "Name",
            "E-mail",
            "Status",
            "Attempts",
            "Best score (%)",
            "Passed",
            "Time taken (seconds)"
        ]
    );
    // One row per learner, by name as on the page; numbers with a dot, times in seconds.
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert_eq!(
        rows[1],
        [
            &format!("'{EVIL}"),
            "evil@example.org",
            "Submitted",
            "1",
            "0",
            "No",
            "45"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "Ana Jović",
            "ana@example.org",
            "In progress",
            "2",
            "100",
            "Yes",
            "330"
        ]
    );
    assert_eq!(
        rows[3],
        ["Zoran Zec", "zoran@example.org", "Open", "0", "", "", ""]
    );
    assert_eq!(
        rows[4],
        [
            MARKO,
            "marko@example.org",
            "Submitted",
            "1",
            "60",
            "Yes",
            "720"
        ]
    );
    // The same sort and filter as the page.
    let (_, _, _, body) = csv(
        t,
        &format!(
            "{}/results.csv?sort=score&dir=desc&status=submitted",
            q.path
        ),
    )
    .await;
    let rows = records(&body);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][0], MARKO);
    assert_eq!(rows[2][0], format!("'{EVIL}"));

    // In Serbian: the header row and the statuses; numbers still with a dot.
    let (_, _, cd, body) = csv(t, &format!("{}/results.csv?lang=sr-Cyrl", q.path)).await;
    let rows = records(&body);
    assert_eq!(rows[0][0], "Име и презиме");
    assert_eq!(rows[0][2], "Статус");
    assert_eq!(rows[4][0], MARKO);
    assert_eq!(rows[4][4], "60");
    let cd = cd.expect("Content-Disposition");
    // The Serbian file name in RFC 5987 form, with an ASCII fallback.
    assert!(
        cd.contains("filename*=UTF-8''%D1%80%D0%B5%D0%B7%D1%83%D0%BB%D1%82%D0%B0%D1%82%D0%B8-"),
        "{cd}"
    );
    assert!(cd.is_ascii(), "{cd}");
}

#[rocket::async_test]
async fn the_learner_page_and_the_review_show_the_instructor_the_key() {
    let q = quiz_done().await;
    let (c, t) = (&q.c, &q.c.t);
    let page = t.get(&format!("/teach/learners/{}", c.marko)).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(page.body.contains(MARKO));
    assert!(page.body.contains("marko@example.org"));
    assert!(page.body.contains("MUP RS — English 2026"), "his cohort");
    assert!(page.body.contains(&format!("/teach/attempts/{}", q.marko)));
    assert!(page.body.contains("60 %"), "{}", page.body);
    assert!(page.body.contains("12 min 0 s"));
    assert!(page.body.contains("No placement test yet."));
    // The assignment and the form to assign to him alone.
    assert!(page.body.contains(&format!("href=\"{}\"", q.path)));
    assert!(page.body.contains(&format!(
        "action=\"/teach/learners/{}/assignments\"",
        c.marko
    )));

    // His attempt: the key and the points for every question, which the quiz keeps from him.
    let review = t.get(&format!("/teach/attempts/{}", q.marko)).await;
    assert_eq!(review.status, Status::Ok, "{}", review.body);
    let body = &review.body;
    assert_eq!(body.matches("Right answer:").count(), 5, "{body}");
    for n in 1..=5 {
        assert!(body.contains(&format!("Right answer: Right {n}")), "{body}");
    }
    // Questions 1–3 right (1 point each), 4–5 wrong (0): as answered.
    assert_eq!(body.matches("data-awarded=\"1\"").count(), 3, "{body}");
    assert_eq!(body.matches("data-awarded=\"0\"").count(), 2, "{body}");
    assert!(body.contains("data-score=\"3\""), "{body}");
    assert!(!body.contains("data-state=\"in-progress\""));

    // Ana's open attempt: said to be in progress, no score; the key is shown to staff all the same.
    let open = t.get(&format!("/teach/attempts/{}", q.ana_open)).await;
    assert_eq!(open.status, Status::Ok, "{}", open.body);
    assert!(open.body.contains("data-state=\"in-progress\""));
    assert!(open.body.contains("This attempt is still in progress"));
    assert!(!open.body.contains("data-score="));
    assert_eq!(open.body.matches("Right answer:").count(), 5);

    // Assigning to Marko alone through his page.
    let key = form_key(&page.body);
    let task = format!("quiz:{QUIZ}");
    let r = t
        .submit_form(
            &format!("/teach/learners/{}/assignments", c.marko),
            &[
                ("key", &key),
                ("task", &task),
                ("opens", ""),
                ("due", ""),
                ("attempts", "1"),
                ("minutes", ""),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let mine = r.location.expect("the new assignment");
    let page = t.get(&mine).await;
    assert!(
        page.body.contains(&format!("Assigned to {MARKO}.")),
        "{}",
        page.body
    );
    assert_eq!(row_order(&page.body), [c.marko.0]);
    // A form with a problem comes back with it, nothing stored.
    let r = t
        .submit_form(
            &format!("/teach/learners/{}/assignments", c.marko),
            &[("task", "quiz:no-such-quiz"), ("attempts", "x")],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body.contains("Choose a test from the list."));
    // The cohort page links each learner's name here.
    let cohort = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    assert!(cohort
        .body
        .contains(&format!("href=\"/teach/learners/{}\"", c.marko)));
}

#[rocket::async_test]
async fn another_cohorts_instructor_gets_404_and_a_learner_403_everywhere() {
    let q = quiz_done().await;
    let (c, t) = (&q.c, &q.c.t);
    t.logout().await;
    let gets = [
        q.path.clone(),
        format!("{}?sort=score&dir=desc", q.path),
        format!("{}/results.csv", q.path),
        format!("/teach/learners/{}", c.ana),
        format!("/teach/attempts/{}", q.ana_first),
        format!("/teach/attempts/{}", q.marko),
    ];
    t.login("ivana@example.org").await;
    for g in &gets {
        assert_eq!(t.get(g).await.status, Status::Ok, "{g} for her instructor");
    }
    t.logout().await;

    t.login("petar@example.org").await;
    for g in &gets {
        assert_eq!(t.get(g).await.status, Status::NotFound, "{g}");
    }
    // His own learner's page is his; an id that does not exist looks the same as Ana's.
    assert_eq!(
        t.get(&format!("/teach/learners/{}", c.stranger))
            .await
            .status,
        Status::Ok
    );
    assert_eq!(
        t.get("/teach/learners/999999").await.status,
        Status::NotFound
    );
    assert_eq!(
        t.get("/teach/attempts/999999").await.status,
        Status::NotFound
    );
    let r = t
        .submit_form(
            &format!("/teach/learners/{}/assignments", c.ana),
            &[("task", "placement"), ("due", "")],
        )
        .await;
    assert_eq!(r.status, Status::NotFound);
    t.logout().await;

    t.login("ana@example.org").await;
    for g in &gets {
        assert_eq!(t.get(g).await.status, Status::Forbidden, "{g}");
    }
    let r = t
        .submit_form(
            &format!("/teach/learners/{}/assignments", c.ana),
            &[("task", "placement"), ("due", "")],
        )
        .await;
    assert_eq!(r.status, Status::Forbidden);
    t.logout().await;
    let r = t.get(&format!("{}/results.csv", q.path)).await;
    assert_eq!(r.status, Status::SeeOther, "a visitor is sent to sign in");
}

// ---------------------------------------------------------------------------------------------------------
// The placement test

/// Takes the placement test started at `/placement/<id>` as a learner of ability `theta` would on average
/// (right when the item is easier); returns the number of items answered.
async fn take_placement(t: &TestApp, location: &str, theta: f64) -> usize {
    let id: i64 = location
        .trim_start_matches("/placement/")
        .parse()
        .expect("id");
    let bank = t.app().placement.clone().expect("placement bank");
    for answered in 0..100 {
        let page = t.get(&format!("/placement/{id}")).await;
        if page.status == Status::SeeOther {
            return answered;
        }
        assert_eq!(page.status, Status::Ok);
        let item = field(&page.body, "item");
        let step = field(&page.body, "step");
        let a = ispit::db::placement::find_placement(&t.app().db, id)
            .await
            .expect("q")
            .expect("attempt");
        let steps = ispit::db::placement::find_steps(&t.app().db, id)
            .await
            .expect("steps");
        let index = ispit::service::placement::session(&bank, &a, &steps)
            .next_item()
            .expect("an item is shown");
        let text = &bank.texts[index];
        let right = bank.pool.items[index].params.b < theta;
        let stored = if right {
            text.correct
        } else {
            (text.correct + 1) % text.options.len()
        };
        let label = handlebars::html_escape(&text.options[stored]);
        let choice = page
            .body
            .split("<label class=\"option\"")
            .skip(1)
            .find(|l| l.contains(&format!("<span>{label}</span>")))
            .map(|l| field(l, "choice"))
            .expect("option shown");
        let r = t
            .submit_form(
                &format!("/placement/{id}"),
                &[
                    ("step", step.as_str()),
                    ("item", item.as_str()),
                    ("choice", &choice),
                ],
            )
            .await;
        assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    }
    panic!("the placement test did not end");
}

fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).expect("field") + marker.len();
    html[start..start + html[start..].find('"').expect("quote")].to_string()
}

/// A number as the pages write it: at most two decimals, trailing zeros dropped, the locale's separator.
fn two_places(x: f64, comma: bool) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    let s = if s == "-0" { "0".to_string() } else { s };
    if comma {
        s.replace('.', ",")
    } else {
        s
    }
}

#[rocket::async_test]
async fn a_placement_assignment_shows_level_theta_se_items_and_the_level_chart() {
    let c = centre(TestApp::spawn().await, None).await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let path = assign(&c, "placement").await;
    t.logout().await;
    let mut taken = Vec::new();
    for (email, user, theta) in [
        ("ana@example.org", c.ana, 1.8),
        ("marko@example.org", c.marko, -1.8),
    ] {
        t.login(email).await;
        let location = start(t, &path).await;
        t.clock.advance(60);
        let items = take_placement(t, &location, theta).await;
        let id: i64 = location
            .trim_start_matches("/placement/")
            .parse()
            .expect("id");
        taken.push((user, id, items));
        t.logout().await;
    }
    t.login("ivana@example.org").await;
    let page = t.get(&path).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let body = &page.body;
    let mut levels = Vec::new();
    for &(user, id, items) in &taken {
        let a = ispit::db::placement::find_placement(&t.app().db, id)
            .await
            .expect("q")
            .expect("attempt");
        let steps = ispit::db::placement::find_steps(&t.app().db, id)
            .await
            .expect("steps");
        assert_eq!(steps.len(), items);
        let line = row(body, user);
        let level = a.level.map(|l| l.label());
        levels.push(level);
        assert!(
            line.contains(&format!("data-level=\"{}\"", level.unwrap_or("none"))),
            "{line}"
        );
        let theta = two_places(a.theta.expect("θ"), false);
        let se = two_places(a.se.expect("SE"), false);
        assert!(
            line.contains(&format!("<td class=\"num\">{theta}</td>")),
            "θ {theta} in {line}"
        );
        assert!(
            line.contains(&format!("<td class=\"num\">{se}</td>")),
            "SE {se} in {line}"
        );
        assert!(
            line.contains(&format!("<td class=\"num\">{items}</td>")),
            "{line}"
        );
        assert!(line.contains(&format!("/teach/placement/{id}")), "{line}");
        // Per skill, read from the stored report by hand: its level; else the range its answers leave open,
        // said against the overall level; else (no answers) the explicit marker.
        let report: Vec<serde_json::Value> =
            serde_json::from_str(a.report.as_deref().expect("report")).expect("json");
        const ORDER: [&str; 7] = ["below-A1", "A1", "A2", "B1", "B2", "C1", "C2"];
        let rank = |code: &str| ORDER.iter().position(|c| *c == code).expect("a level code");
        let label = |code: &str| {
            if code == "below-A1" {
                "Pre-A1".to_string()
            } else {
                code.to_string()
            }
        };
        let overall = a.level.map(|l| rank(l.as_str()));
        for skill in ["grammar", "vocabulary", "reading"] {
            let r = report.iter().find(|r| r["skill"] == skill);
            let expected = match r {
                Some(r) if !r["level"].is_null() => label(r["level"].as_str().expect("level")),
                Some(r) if !r["range"].is_null() => {
                    let (low, high) = (
                        r["range"]["low"].as_str().expect("low"),
                        r["range"]["high"].as_str().expect("high"),
                    );
                    let range = if low == high {
                        label(low)
                    } else {
                        format!("{}–{}", label(low), label(high))
                    };
                    match overall {
                        Some(o) if rank(high) < o => format!("{range}, below the overall level"),
                        Some(o) if rank(low) > o => format!("{range}, above the overall level"),
                        Some(_) => format!("{range}, in line with the overall level"),
                        None => range,
                    }
                }
                _ => "Not enough evidence".to_string(),
            };
            assert!(line.contains(&expected), "{skill}: {expected} in {line}");
        }
        // In Croatian the same figures with a decimal comma.
        let hr = t.get(&format!("{path}?lang=hr")).await;
        let hr_line = row(&hr.body, user);
        let theta_hr = two_places(a.theta.expect("θ"), true);
        assert!(
            hr_line.contains(&format!("<td class=\"num\">{theta_hr}</td>")),
            "{hr_line}"
        );
        t.get(&format!("{path}?lang=en")).await;
    }
    // Strong and weak land apart.
    assert_ne!(levels[0], levels[1], "{levels:?}");
    // The chart and its table: one learner at each of the two levels, 2 of 4 learners tested.
    assert!(body.contains("<svg"), "{body}");
    assert!(body.contains("<title id=\"levels-title\">CEFR levels of the learners</title>"));
    assert!(body.contains("2 of 4 learners have finished the test."));
    // The bundled bank has a below-A1 cut, so Pre-A1 has its bar too.
    for label in ["Pre-A1", "A1", "A2", "B1", "B2", "C1", "C2", "No level"] {
        let count = levels
            .iter()
            .filter(|l| l.unwrap_or("No level") == label)
            .count();
        let share = match count {
            0 => "0 %",
            1 => "50 %",
            _ => "100 %",
        };
        let cells = format!("<th scope=\"row\">{label}</th><td>{count}</td><td>{share}</td>");
        assert!(body.contains(&cells), "{cells} in {body}");
    }

    // The learner's page: the placement history with θ ± SE and items, linked to the steps.
    let (user, id, items) = taken[0];
    let a = ispit::db::placement::find_placement(&t.app().db, id)
        .await
        .expect("q")
        .expect("attempt");
    let learner = t.get(&format!("/teach/learners/{user}")).await;
    assert_eq!(learner.status, Status::Ok);
    let theta_se = format!(
        "{} ± {}",
        two_places(a.theta.expect("θ"), false),
        two_places(a.se.expect("SE"), false)
    );
    assert!(
        learner.body.contains(&theta_se),
        "{theta_se} in {}",
        learner.body
    );
    assert!(learner.body.contains(&format!("/teach/placement/{id}")));

    // The review: every step with the learner's answer, the key, right or wrong, θ and SE after it.
    let review = t.get(&format!("/teach/placement/{id}")).await;
    assert_eq!(review.status, Status::Ok, "{}", review.body);
    let steps = ispit::db::placement::find_steps(&t.app().db, id)
        .await
        .expect("steps");
    let bank = t.app().placement.clone().expect("bank");
    assert_eq!(review.body.matches("<tr id=\"step-").count(), items);
    for s in &steps {
        let at = review
            .body
            .find(&format!("<tr id=\"step-{}\"", s.step_no))
            .expect("step row");
        let line = &review.body[at..at + review.body[at..].find("</tr>").expect("end")];
        assert!(
            line.contains(&format!("data-correct=\"{}\"", s.correct)),
            "{line}"
        );
        assert!(line.contains(&handlebars::html_escape(&s.answer)), "{line}");
        let index = bank.item_index(&s.item_id).expect("item");
        let text = &bank.texts[index];
        assert!(
            line.contains(&handlebars::html_escape(&text.options[text.correct])),
            "{line}"
        );
        assert!(
            line.contains(&format!(
                "<td class=\"num\">{}</td>",
                two_places(s.theta, false)
            )),
            "{line}"
        );
        assert!(
            line.contains(&format!(
                "<td class=\"num\">{}</td>",
                two_places(s.se, false)
            )),
            "{line}"
        );
    }

    // The CSV: level, θ, SE, items and the skills, numbers with a dot.
    let (_, _, _, csv_body) = csv(t, &format!("{path}/results.csv")).await;
    let rows = records(&csv_body);
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert_eq!(
        &rows[0][4..9],
        [
            "CEFR level",
            "Theta",
            "SE",
            "Items answered",
            "Time taken (seconds)"
        ]
    );
    assert_eq!(rows[0][9], "Grammar: level");
    let ana = rows
        .iter()
        .find(|r| r[0] == "Ana Jović")
        .expect("Ana's row");
    assert_eq!(ana[4], levels[0].unwrap_or("Not enough evidence"));
    assert_eq!(ana[7], items.to_string());
    let theta: f64 = ana[5].parse().expect("θ with a dot");
    assert!((theta - a.theta.expect("θ")).abs() < 1e-4);

    // Another cohort's instructor finds none of it; a learner is refused.
    t.logout().await;
    let gets = [
        path.clone(),
        format!("{path}/results.csv"),
        format!("/teach/placement/{id}"),
        format!("/teach/learners/{user}"),
    ];
    t.login("petar@example.org").await;
    for g in &gets {
        assert_eq!(t.get(g).await.status, Status::NotFound, "{g}");
    }
    t.logout().await;
    t.login("ana@example.org").await;
    for g in &gets {
        assert_eq!(t.get(g).await.status, Status::Forbidden, "{g}");
    }
}
