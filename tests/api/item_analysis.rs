//! Item analysis pages: a quiz assignment's questions for its instructor (figures worked out by hand
//! below), the same quiz for an administrator, CSV downloads, the "too few attempts" notice, the
//! placement items with exposure and fit, the recalibration preview; and who may see each of them.

use ispit::assessment::answer::Answer;
use ispit::assignments::{Task, Terms};
use ispit::auth::{Role, Roles};
use ispit::db::assignments::{insert_assignment, NewAssignment, Target};
use ispit::db::cohorts::{self, MemberRole};
use ispit::db::users::{insert_user, NewUser};
use ispit::i18n::Locale;
use ispit::ids::{AssignmentId, CohortId, UserId};
use rocket::http::Status;

use crate::helpers::TestApp;

const QUIZ: &str = "grading-pass-mark";

/// One learner's answers to pass-1 … pass-5 (options `a` right, `b` wrong): 1 right, 0 wrong, None blank.
type Row = [Option<u8>; 5];

/// The base pattern, each row a learner (a Guttman scale, plus a blank):
///
/// ```text
///          q1 q2 q3 q4 q5   total
///   L1      1  1  1  1  1     5
///   L2      1  1  1  1  0     4
///   L3      1  1  1  0  0     3
///   L4      1  1  0  0  0     2
///   L5      1  0  0  0  -     1      (- : left blank, scores 0)
/// ```
///
/// The quiz's learners are four copies of it: 20 attempts, the fewest the figures are shown for.
/// Copying every row k times changes no share, no correlation and no variance ratio (each sum of
/// squares and cross-products, taken as nΣxy − ΣxΣy, is multiplied by k²), so the figures are L1…L5's:
///
/// - facility of q3: 3 of 5 right = 60 %; of q1: 100 %, flagged too easy (above 90 %).
/// - KR-20 = k/(k − 1) · (1 − Σpq / σ²). p = 1, 4/5, 3/5, 2/5, 1/5; pq = 0, 4/25, 6/25, 6/25, 4/25,
///   Σpq = 20/25 = 0.8. Totals 5, 4, 3, 2, 1: mean 3, σ² = (4 + 1 + 0 + 1 + 4)/5 = 2.
///   KR-20 = 5/4 · (1 − 0.8/2) = 5/4 · 0.6 = 0.75. Every question is worth one point, so α = KR-20.
/// - q3's discrimination (and point-biserial): x = 1, 1, 1, 0, 0 against the rest of the test
///   y = 4, 3, 2, 2, 1. n = 5, Σx = 3, Σy = 12, Σxy = 9, Σx² = 3, Σy² = 34:
///   (5·9 − 36) / √((5·3 − 9)(5·34 − 144)) = 9/√(6·26) = 9/√156 = 0.720576…
/// - q3's SD of the score share over the 20 attempts (n − 1): 12 ones and 8 zeros about 0.6:
///   (12·0.16 + 8·0.36)/19 = 4.8/19, √ = 0.502625… = 50.26 %.
/// - q5: 4 chose a, 12 chose b, 4 left it blank (20 %).
/// - scores 100, 80, 60, 40, 20 % four times each: mean and median 60 %.
const BASE: [Row; 5] = [
    [Some(1), Some(1), Some(1), Some(1), Some(1)],
    [Some(1), Some(1), Some(1), Some(1), Some(0)],
    [Some(1), Some(1), Some(1), Some(0), Some(0)],
    [Some(1), Some(1), Some(0), Some(0), Some(0)],
    [Some(1), Some(0), Some(0), Some(0), None],
];

struct Centre {
    t: TestApp,
    cohort: CohortId,
    assignment: AssignmentId,
    ivana: UserId,
    learners: Vec<UserId>,
}

/// A cohort taught by Ivana with `learners` learners, the quiz assigned to it; a second cohort taught
/// by Petar; Lara, a learner who can sign in; Ada, an administrator.
async fn centre(learners: usize) -> Centre {
    let t = TestApp::spawn_fixtures().await;
    let ivana = t
        .add_staff("ivana@example.org", "Ivana Kovač", &[Role::Instructor])
        .await;
    let petar = t
        .add_staff("petar@example.org", "Petar Jović", &[Role::Instructor])
        .await;
    t.add_staff("ada@example.org", "Ada Admin", &[Role::Admin])
        .await;
    let lara = t.add_user("lara@example.org", None).await;
    let db = &t.app().db;
    let cohort = cohorts::create_cohort(db, "MUP RS — English 2026", 0)
        .await
        .expect("cohort");
    let other = cohorts::create_cohort(db, "Ministry of Security BiH — English 2026", 0)
        .await
        .expect("cohort");
    // The learners of the analysis never sign in: no password hash is worked out for them.
    let mut ids = Vec::new();
    for i in 0..learners {
        let email = format!("learner{i:02}@example.org");
        let user = NewUser {
            email: &email,
            display_name: &format!("Learner {i:02}"),
            password_hash: "not-a-hash",
            roles: Roles::only(Role::Learner),
            locale: None,
        };
        ids.push(insert_user(db, &user, 0).await.expect("learner"));
    }
    let mut tx = db.begin_write().await.expect("tx");
    cohorts::put_member(tx.conn(), cohort, ivana, MemberRole::Instructor, 0)
        .await
        .expect("member");
    cohorts::put_member(tx.conn(), cohort, lara, MemberRole::Learner, 0)
        .await
        .expect("member");
    cohorts::put_member(tx.conn(), other, petar, MemberRole::Instructor, 0)
        .await
        .expect("member");
    for u in &ids {
        cohorts::put_member(tx.conn(), cohort, *u, MemberRole::Learner, 0)
            .await
            .expect("member");
    }
    tx.commit().await.expect("commit");
    let assignment = insert_assignment(
        db,
        &NewAssignment {
            task: Task::Quiz(QUIZ.parse().expect("quiz id")),
            target: Target::Cohort(cohort),
            terms: Terms {
                opens_at: None,
                due_at: None,
                attempts_allowed: None,
                time_limit_seconds: None,
            },
            created_by: ivana,
            form_key: None,
        },
        0,
    )
    .await
    .expect("insert")
    .expect("assignment");
    Centre {
        t,
        cohort,
        assignment,
        ivana,
        learners: ids,
    }
}

/// `user` takes the assigned quiz (starting it from the assignment, as the dashboard does), answers as
/// `row` says and submits.
async fn take(c: &Centre, user: UserId, row: &Row, seed: u64) {
    use ispit::service::assignments::{start, Started};
    let app = c.t.app();
    let now = app.clock.now();
    let started = start(
        &app.db,
        &app.bank(),
        None,
        user,
        c.assignment,
        Locale::En,
        now,
        seed,
    )
    .await
    .expect("started");
    let Started::Quiz(id) = started else {
        panic!("a quiz assignment starts a quiz")
    };
    let attempt = c.t.attempt(id).await;
    let answers = row
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let q = format!("pass-{}", i + 1).parse().expect("question id");
            let a = r.map(|right| {
                Answer::Single(if right == 1 { "a" } else { "b" }.parse().expect("choice"))
            });
            (q, a)
        })
        .collect();
    ispit::service::attempts::save_answers(
        &app.db,
        &app.bank(),
        &attempt,
        answers,
        &Default::default(),
        now,
    )
    .await
    .expect("saved");
    ispit::service::attempts::submit_attempt(&app.db, &app.bank(), &attempt, now)
        .await
        .expect("submitted");
}

/// The first `n` learners take the quiz, learner i answering as row i mod 5 of the base pattern.
async fn take_all(c: &Centre, n: usize) {
    for (i, u) in c.learners.iter().take(n).enumerate() {
        take(c, *u, &BASE[i % 5], i as u64 + 1).await;
    }
}

fn items_path(c: &Centre) -> String {
    format!("/teach/assignments/{}/items", c.assignment)
}

/// The text of a table row (`<tr>` … `</tr>`) that contains `marker`, tags removed and spaces folded.
fn row_text(html: &str, marker: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} on the page"));
    let start = html[..at].rfind("<tr").expect("row start");
    let end = at + html[at..].find("</tr>").expect("row end");
    let mut text = String::new();
    let mut in_tag = false;
    for ch in html[start..end].chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn csv_lines(body: &str) -> Vec<String> {
    let body = body
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark first");
    body.lines().map(str::to_string).collect()
}

#[rocket::async_test]
async fn twenty_attempts_give_the_hand_computed_figures_on_the_page_and_in_csv() {
    let c = centre(20).await;
    take_all(&c, 20).await;
    // A second attempt by the first learner, all blank: by default each learner's first attempt counts,
    // so it changes nothing until "all attempts" is asked for.
    take(&c, c.learners[0], &[None; 5], 99).await;
    let t = &c.t;
    assert_eq!(t.login("ivana@example.org").await.status, Status::SeeOther);

    let assignment = t.get(&format!("/teach/assignments/{}", c.assignment)).await;
    assert!(
        assignment
            .body
            .contains(&format!("href=\"{}\"", items_path(&c))),
        "the assignment page links its item analysis: {}",
        assignment.body
    );

    let page = t.get(&items_path(&c)).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let body = &page.body;
    assert_eq!(
        row_text(body, ">Attempts</th>"),
        "Attempts 20",
        "first attempts only"
    );
    assert_eq!(row_text(body, ">Mean score<"), "Mean score 60 %");
    assert_eq!(row_text(body, ">Median score<"), "Median score 60 %");
    assert!(
        row_text(body, "α</th>").ends_with("α 0.75"),
        "{}",
        row_text(body, "α</th>")
    );
    assert_eq!(row_text(body, ">KR-20<"), "KR-20 0.75");
    // q3: facility 60 %, SD 50.3 %, discrimination = point-biserial 0.72, nothing blank, no flag.
    assert_eq!(
        row_text(body, "id=\"q-pass-3\""),
        "3 Pass question 3. Single choice · pass-3 20 60 % 50.3 % 0.72 0.72 0 % Nothing"
    );
    // q1: everybody right: facility 100 %, no spread, correlations undefined, flagged too easy.
    let q1 = row_text(body, "id=\"q-pass-1\"");
    assert!(
        q1.starts_with("1 Pass question 1. Single choice · pass-1 20 100 % 0 % — — 0 % Too easy"),
        "{q1}"
    );
    assert!(q1.contains("above 90 %"), "the reason is given: {q1}");
    // q5: facility exactly 20 %, not below the bound, so not flagged; a fifth left it blank. SD: 4 ones
    // and 16 zeros about 0.2, (4·0.64 + 16·0.04)/19 = 3.2/19, √ = 0.41039 = 41 %. Discrimination: x = 1, 0,
    // 0, 0, 0 against y = 4, 4, 3, 2, 1: (5·4 − 14)/√((5 − 1)(5·46 − 196)) = 6/√136 = 0.514.
    assert_eq!(
        row_text(body, "id=\"q-pass-5\""),
        "5 Pass question 5. Single choice · pass-5 20 20 % 41 % 0.51 0.51 20 % Nothing"
    );
    // Score distribution: four attempts in each of 20–30, 40–50, 60–70, 80–90 and 90–100 %.
    assert!(body.contains("role=\"img\""), "the chart is drawn");
    assert_eq!(row_text(body, ">20–30 %<"), "20–30 % 4 20 %");
    assert_eq!(row_text(body, ">30–40 %<"), "30–40 % 0 0 %");
    assert_eq!(row_text(body, ">90–100 %<"), "90–100 % 4 20 %");
    // Option choices of q5: a by 4 (20 %), b by 12 (60 %); the key is marked.
    assert_eq!(row_text(body, ">Right 5"), "Right 5 correct 4 20 %");
    assert_eq!(row_text(body, ">Wrong 5<"), "Wrong 5 12 60 %");

    // Sorted by facility, hardest first (20, 40, 60, 80, 100 %); by flags, the flagged q1 first, then the
    // paper's order.
    let order = |html: &str| -> Vec<String> {
        html.match_indices("<tr id=\"q-")
            .map(|(at, _)| {
                html[at + "<tr id=\"q-".len()..]
                    .split('"')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    };
    let by_facility = t.get(&format!("{}?sort=facility", items_path(&c))).await;
    assert_eq!(
        order(&by_facility.body),
        ["pass-5", "pass-4", "pass-3", "pass-2", "pass-1"]
    );
    assert!(by_facility
        .body
        .contains("aria-sort=\"ascending\">Facility<"));
    let by_flags = t.get(&format!("{}?sort=flags", items_path(&c))).await;
    assert_eq!(
        order(&by_flags.body),
        ["pass-1", "pass-2", "pass-3", "pass-4", "pass-5"]
    );
    assert_eq!(
        order(body),
        ["pass-1", "pass-2", "pass-3", "pass-4", "pass-5"]
    );

    // All attempts: the blank second attempt joins (21).
    let all = t.get(&format!("{}?attempts=all", items_path(&c))).await;
    assert_eq!(row_text(&all.body, ">Attempts</th>"), "Attempts 21");

    // The CSV of every table: UTF-8 with a BOM, English headers, a decimal dot.
    let csv = t
        .get(&format!("{}.csv?table=questions", items_path(&c)))
        .await;
    assert_eq!(csv.status, Status::Ok);
    let lines = csv_lines(&csv.body);
    assert_eq!(
        lines[0],
        "No.,Id,Question,Type,Attempts,Facility,SD,Discrimination,Point-biserial,Left blank,To review"
    );
    assert_eq!(
        lines[3],
        "3,pass-3,Pass question 3.,Single choice,20,60,50.26,0.7206,0.7206,0,"
    );
    assert_eq!(
        lines[1],
        "1,pass-1,Pass question 1.,Single choice,20,100,0,,,0,Too easy"
    );
    let summary = csv_lines(
        &t.get(&format!("{}.csv?table=summary", items_path(&c)))
            .await
            .body,
    );
    assert!(
        summary.contains(&"Cronbach's α,0.75".to_string()),
        "{summary:?}"
    );
    assert!(summary.contains(&"KR-20,0.75".to_string()), "{summary:?}");
    assert!(
        summary.contains(&"Mean score,60".to_string()),
        "{summary:?}"
    );
    let options = csv_lines(
        &t.get(&format!("{}.csv?table=options", items_path(&c)))
            .await
            .body,
    );
    assert!(
        options.contains(&"5,pass-5,b,Wrong 5,No,12,60".to_string()),
        "{options:?}"
    );
    let distribution = csv_lines(
        &t.get(&format!("{}.csv?table=distribution", items_path(&c)))
            .await
            .body,
    );
    assert_eq!(distribution[0], "Score,Attempts,Share");
    assert_eq!(distribution[1], "0–10,0,0");
    assert_eq!(distribution[3], "20–30,4,20");
    assert_eq!(
        t.get(&format!("{}.csv?table=nonsense", items_path(&c)))
            .await
            .status,
        Status::NotFound
    );
    // Headers in the page's language.
    let sr = t
        .get(&format!(
            "{}.csv?table=questions&lang=sr-Cyrl",
            items_path(&c)
        ))
        .await;
    let sr_lines = csv_lines(&sr.body);
    assert!(
        sr_lines[0].starts_with("Бр.,Ознака,Питање,Врста,Покушаји,Индекс лакоће,"),
        "{}",
        sr_lines[0]
    );
    assert_eq!(
        sr_lines[3], "3,pass-3,Pass question 3.,Један тачан одговор,20,60,50.26,0.7206,0.7206,0,",
        "numbers keep their dot in every language"
    );
    // Back to English (the choice of language is remembered).
    t.get("/quizzes?lang=en").await;

    // The administrator sees the whole quiz, across assignments, with the same figures.
    t.logout().await;
    t.login("ada@example.org").await;
    let list = t.get("/admin/quizzes").await;
    assert_eq!(list.status, Status::Ok, "{}", list.body);
    assert!(
        row_text(&list.body, "/admin/quizzes/grading-pass-mark/items").ends_with(" 21"),
        "21 submitted attempts: {}",
        row_text(&list.body, "/admin/quizzes/grading-pass-mark/items")
    );
    let whole = t.get(&format!("/admin/quizzes/{QUIZ}/items")).await;
    assert_eq!(whole.status, Status::Ok, "{}", whole.body);
    assert_eq!(row_text(&whole.body, ">KR-20<"), "KR-20 0.75");
    let whole_csv = t
        .get(&format!("/admin/quizzes/{QUIZ}/items.csv?table=questions"))
        .await;
    assert_eq!(csv_lines(&whole_csv.body)[3], lines[3]);
    assert_eq!(
        t.get("/admin/quizzes/no-such-quiz/items").await.status,
        Status::NotFound
    );
    // The staff API gives the same α and KR-20 (5/4 · 0.6 = 0.75), each learner's first attempt counted.
    let token = t.api_token("ivana@example.org").await;
    let (status, body) = t
        .json(
            "GET",
            &format!("/api/v1/assignments/{}/items", c.assignment),
            &token,
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{body}");
    assert_eq!(body["kind"], "quiz");
    assert_eq!(body["summary"]["n"], 20);
    let close =
        |v: &serde_json::Value, want: f64| (v.as_f64().expect("a number") - want).abs() < 1e-9;
    assert!(close(&body["summary"]["kr20"], 0.75), "{}", body["summary"]);
    assert!(
        close(&body["summary"]["alpha"], 0.75),
        "{}",
        body["summary"]
    );
    assert_eq!(body["questions"].as_array().map(Vec::len), Some(5));
}

#[rocket::async_test]
async fn fewer_than_twenty_attempts_show_a_notice_instead_of_figures() {
    let c = centre(19).await;
    take_all(&c, 19).await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let page = t.get(&items_path(&c)).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(
        page.body
            .contains("19 attempts so far. Figures from fewer than 20 attempts would mislead"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("Cronbach"), "no figures: {}", page.body);
    assert!(!page.body.contains("q-pass-1"), "no questions table");
    let csv = t
        .get(&format!("{}.csv?table=questions", items_path(&c)))
        .await;
    assert_eq!(
        csv_lines(&csv.body).len(),
        1,
        "the header alone: {}",
        csv.body
    );
    let csv = t
        .get(&format!("{}.csv?table=summary", items_path(&c)))
        .await;
    assert_eq!(
        csv_lines(&csv.body),
        ["Figure,Value", "Attempts,19"],
        "only the count"
    );
}

#[rocket::async_test]
async fn nobody_outside_reaches_an_analysis() {
    let c = centre(0).await;
    let t = &c.t;
    let teach = [
        items_path(&c),
        format!("{}.csv?table=questions", items_path(&c)),
    ];
    let admin = [
        "/admin/quizzes".to_string(),
        format!("/admin/quizzes/{QUIZ}/items"),
        format!("/admin/quizzes/{QUIZ}/items.csv"),
        "/admin/placement/items".to_string(),
        "/admin/placement/items.csv".to_string(),
    ];
    // Petar teaches another cohort: the assignment does not exist for him; the administrators' pages
    // are refused to any instructor.
    t.login("petar@example.org").await;
    for path in &teach {
        assert_eq!(t.get(path).await.status, Status::NotFound, "{path}");
    }
    for path in &admin {
        assert_eq!(t.get(path).await.status, Status::Forbidden, "{path}");
    }
    t.logout().await;
    // Lara, a learner of the cohort itself: refused everywhere.
    t.login("lara@example.org").await;
    for path in teach.iter().chain(&admin) {
        assert_eq!(t.get(path).await.status, Status::Forbidden, "{path}");
    }
    let r = t
        .submit_form("/admin/placement/recalibrate", &[("min", "30")])
        .await;
    assert_eq!(r.status, Status::Forbidden);
    t.logout().await;
    // Ivana reaches her assignment's analysis but no administrator's page.
    t.login("ivana@example.org").await;
    assert_eq!(t.get(&items_path(&c)).await.status, Status::Ok);
    assert_eq!(t.get("/admin/quizzes").await.status, Status::Forbidden);
    // Without a placement bank (the fixture banks have none) a placement assignment has no item analysis.
    let placement = insert_assignment(
        &t.app().db,
        &NewAssignment {
            task: Task::Placement,
            target: Target::Cohort(c.cohort),
            terms: Terms {
                opens_at: None,
                due_at: None,
                attempts_allowed: None,
                time_limit_seconds: None,
            },
            created_by: c.ivana,
            form_key: None,
        },
        0,
    )
    .await
    .expect("insert")
    .expect("assignment");
    assert_eq!(
        t.get(&format!("/teach/assignments/{placement}/items"))
            .await
            .status,
        Status::NotFound
    );
    // Without a placement bank (the fixture banks have none) there is no placement page.
    t.logout().await;
    t.login("ada@example.org").await;
    assert_eq!(
        t.get("/admin/placement/items").await.status,
        Status::NotFound
    );
}

/// Records a closed placement test whose only step is `item`, answered `right`, with final `theta`.
async fn placement_test(
    t: &TestApp,
    user: UserId,
    item: &str,
    right: bool,
    theta: f64,
    close: bool,
) {
    placement_test_under(t, user, item, right, theta, close, None).await
}

/// As [`placement_test`], taken under an assignment.
async fn placement_test_under(
    t: &TestApp,
    user: UserId,
    item: &str,
    right: bool,
    theta: f64,
    close: bool,
    under: Option<ispit::ids::AssignmentId>,
) {
    use ispit::db::placement::{
        finish_placement, insert_placement, insert_step, PlacementInsert, PlacementResult, StepRow,
    };
    use ispit::placement::attempt::PlacementState;
    let db = &t.app().db;
    let now = t.app().clock.now();
    let PlacementInsert::Started(id) = insert_placement(
        db,
        user,
        Locale::En,
        7,
        now.as_second(),
        None,
        under.map(|a| (a, None)),
    )
    .await
    .expect("insert") else {
        panic!("started")
    };
    let step = StepRow {
        step_no: 1,
        item_id: item.to_string(),
        answer: "x".into(),
        correct: right,
        theta: 0.0,
        se: 1.0,
    };
    assert!(insert_step(db, id, &step, now).await.expect("step"));
    if close {
        let result = PlacementResult {
            state: PlacementState::Finished,
            theta,
            se: 0.5,
            level: None,
            report: "[]",
        };
        assert!(finish_placement(db, id, now.as_second(), &result, &[])
            .await
            .expect("finish"));
    }
}

#[rocket::async_test]
async fn the_placement_items_page_shows_exposure_and_fit_and_recalibration_changes_nothing() {
    let t = TestApp::spawn().await;
    t.add_staff("ada@example.org", "Ada Admin", &[Role::Admin])
        .await;
    t.add_staff("ivana@example.org", "Ivana Kovač", &[Role::Instructor])
        .await;
    let bank = t
        .app()
        .placement
        .clone()
        .expect("the bundled placement bank");
    let item = bank.pool.items[0].clone();
    let (a, b) = (item.params.a, item.params.b);
    let users = [
        t.add_user("l1@example.org", None).await,
        t.add_user("l2@example.org", None).await,
        t.add_user("l3@example.org", None).await,
    ];
    // Two finished tests gave the item. At θ = b + ln 3 / a the model gives P = 3/4 (right); at θ = b,
    // P = 1/2 (wrong). Observed 1 of 2 = 50 %; expected (3/4 + 1/2)/2 = 62.5 %.
    // Infit: residuals 1/4 and −1/2, squares 1/16 + 4/16 = 5/16, variances 3/16 + 4/16 = 7/16: 5/7 = 0.71.
    // Outfit: (1/16)/(3/16) = 1/3 and (4/16)/(4/16) = 1, mean 2/3 = 0.67.
    // The first is taken under Ivana's cohort's assignment of the placement test.
    let cohort = ispit::db::cohorts::create_cohort(&t.app().db, "Cohort", 0)
        .await
        .expect("cohort");
    let ivana = ispit::db::users::find_user_by_email(&t.app().db, "ivana@example.org")
        .await
        .expect("query")
        .expect("ivana")
        .id;
    let mut tx = t.app().db.begin_write().await.expect("tx");
    for (u, role) in [
        (ivana, ispit::db::cohorts::MemberRole::Instructor),
        (users[0], ispit::db::cohorts::MemberRole::Learner),
    ] {
        ispit::db::cohorts::put_member(tx.conn(), cohort, u, role, 0)
            .await
            .expect("member");
    }
    tx.commit().await.expect("commit");
    let assignment = insert_assignment(
        &t.app().db,
        &NewAssignment {
            task: Task::Placement,
            target: Target::Cohort(cohort),
            terms: Terms::default(),
            created_by: ivana,
            form_key: None,
        },
        0,
    )
    .await
    .expect("insert")
    .expect("assignment");
    placement_test_under(
        &t,
        users[0],
        &item.id,
        true,
        b + 3f64.ln() / a,
        true,
        Some(assignment),
    )
    .await;
    placement_test(&t, users[1], &item.id, false, b, true).await;
    // A third test, still in progress, has given it too: it counts nowhere until it is finished.
    placement_test(&t, users[2], &item.id, true, b, false).await;

    t.login("ada@example.org").await;
    let page = t.get("/admin/placement/items").await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(
        page.body.contains("From 2 finished placement tests."),
        "{}",
        page.body
    );
    let row = row_text(&page.body, &format!("id=\"item-{}\"", item.id));
    let level = item.level.map(|l| l.as_str().to_string()).expect("a level");
    assert!(row.contains(&format!(" {level} ")), "the level band: {row}");
    assert!(
        row.ends_with("2 100 % 50 % 62.5 % 0.71 0.67 Too few responses"),
        "given in 2 of 2 tests; observed 50 %, expected 62.5 %; infit, outfit; 2 < 30 responses: {row}"
    );
    // An item nobody was given.
    let other = &bank.pool.items[1];
    let row = row_text(&page.body, &format!("id=\"item-{}\"", other.id));
    assert!(row.ends_with("0 0 % — — — — Too few responses"), "{row}");

    let csv = t.get("/admin/placement/items.csv").await;
    assert_eq!(csv.status, Status::Ok);
    let lines = csv_lines(&csv.body);
    assert!(lines[0].starts_with("Item,Skill,Level,"), "{}", lines[0]);
    let line = lines
        .iter()
        .find(|l| l.starts_with(&format!("{},", item.id)))
        .expect("the item's row");
    assert!(
        line.ends_with(",2,100,2,50,62.5,0.7143,0.6667,Too few responses"),
        "{line}"
    );

    // Recalibration: admins only, with the form's token; it shows what would change and the command, and
    // leaves the bank as it was (in memory and on disk).
    let files_before = bank_files();
    let r = t
        .post_form("/admin/placement/recalibrate", &[("min", "30")])
        .await;
    assert_eq!(r.status, Status::Forbidden, "no CSRF token");
    let r = t
        .submit_form("/admin/placement/recalibrate", &[("min", "zero")])
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(
        r.body.contains("Enter a whole number of 1 or more."),
        "{}",
        r.body
    );
    let r = t
        .submit_form("/admin/placement/recalibrate", &[("min", "30")])
        .await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    // Each test answered one item, so neither learner informs an estimate: nothing would change.
    assert!(
        r.body
            .contains("0 difficulties would change. Answers of 0 learners were used"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("ispit placement calibrate --out calibration.json --apply-min-responses 30"),
        "{}",
        r.body
    );
    assert!(r.body.contains("The bank has not been changed."));
    assert!(
        r.body.contains(&format!(
            "{} items had no usable responses",
            bank.pool.items.len()
        )),
        "{}",
        r.body
    );
    assert_eq!(bank_files(), files_before, "no bank file written");
    let still = t.app().placement.clone().expect("bank");
    assert_eq!(still.pool.items[0].params.b, b);
    t.logout().await;
    t.login("ivana@example.org").await;
    let r = t
        .submit_form("/admin/placement/recalibrate", &[("min", "30")])
        .await;
    assert_eq!(r.status, Status::Forbidden, "instructors may not");
    // Ivana sees the items as her assignment's one test gave them: the first item only, given in 1 of 1
    // test; observed 1 of 1 = 100 %, expected 3/4 = 75 %; infit = outfit = (1/16)/(3/16) = 1/3 = 0.33.
    t.logout().await;
    t.login("ivana@example.org").await;
    let scoped = t
        .get(&format!("/teach/assignments/{assignment}/items"))
        .await;
    assert_eq!(scoped.status, Status::Ok, "{}", scoped.body);
    assert!(
        scoped.body.contains("From one finished placement test."),
        "{}",
        scoped.body
    );
    let row = row_text(&scoped.body, &format!("id=\"item-{}\"", item.id));
    assert!(
        row.ends_with("1 100 % 100 % 75 % 0.33 0.33 Too few responses"),
        "{row}"
    );
    assert!(
        !scoped.body.contains(&format!("id=\"item-{}\"", other.id)),
        "items the assignment's tests never gave are left out"
    );
    let csv = t
        .get(&format!("/teach/assignments/{assignment}/items.csv"))
        .await;
    assert_eq!(csv.status, Status::Ok);
    assert_eq!(
        csv_lines(&csv.body).len(),
        2,
        "a header and the one item: {}",
        csv.body
    );
    assert_eq!(
        t.get("/admin/placement/items").await.status,
        Status::Forbidden
    );
    // The same figures from the staff API, as numbers.
    let token = t.api_token("ivana@example.org").await;
    let (status, body) = t
        .json(
            "GET",
            &format!("/api/v1/assignments/{assignment}/items"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, Status::Ok, "{body}");
    assert_eq!(body["kind"], "placement");
    assert_eq!(body["tests"], 1);
    let items = body["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "{body}");
    assert_eq!(items[0]["id"], item.id.as_str());
    assert_eq!(items[0]["given"], 1);
    let fit = &items[0]["fit"];
    assert_eq!(fit["observed"], 1.0);
    let close =
        |v: &serde_json::Value, want: f64| (v.as_f64().expect("a number") - want).abs() < 1e-9;
    assert!(close(&fit["expected"], 0.75), "{fit}");
    assert!(close(&fit["infit"], 1.0 / 3.0), "{fit}");
    assert!(close(&fit["outfit"], 1.0 / 3.0), "{fit}");
    assert_eq!(fit["flags"], serde_json::json!(["too-few-responses"]));
}

/// The placement bank's files and their contents.
fn bank_files() -> Vec<(String, String)> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/question-banks/english-placement"
    );
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("bank folder")
        .map(|e| {
            let p = e.expect("entry").path();
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap_or_default(),
            )
        })
        .collect();
    files.sort();
    files
}
