//! Scores as learners and instructors rely on them, end to end through the pages and the API: every
//! question type answered wrong and partly right, multiple choice with uneven right/wrong counts with and
//! without negative marking, every short-answer and numerical setting, draw rules, rounding of partial
//! points and marks exactly at the pass mark. The course is `tests/fixtures/banks/grading`; every expected
//! figure below is worked out by hand from it (the arithmetic is in the comments), never by the scoring code.

use std::collections::{BTreeMap, BTreeSet};

use ispit::assessment::answer::{Answer, GapAnswer};
use ispit::ids::{AttemptId, ChoiceId};
use rocket::http::Status;
use serde_json::json;

use crate::helpers::{answer_fields, question_number, TestApp};

const EDGES: &str = "grading-edges";
const PASS_MARK: &str = "grading-pass-mark";
/// The points of the sixteen "edge" questions: 1+1+3+1+1.5+1+1+1+1+1+1+1+3+2+1+1.
const EDGES_MAX_MILLI: i64 = 21_500;

/// One question answered on purpose, with what it must earn: in thousandths of a point as stored (the
/// question's points times the fraction, rounded to the nearest thousandth) and as the review shows it.
struct Case {
    question: &'static str,
    answer: Answer,
    milli: i64,
    shown: &'static str,
}

fn c(id: &str) -> ChoiceId {
    id.parse().expect("choice id")
}

fn multiple(ids: &[&str]) -> Answer {
    Answer::Multiple(ids.iter().map(|i| c(i)).collect::<BTreeSet<_>>())
}

fn pairs(p: &[(&str, &str)]) -> BTreeMap<ChoiceId, ChoiceId> {
    p.iter().map(|(a, b)| (c(a), c(b))).collect()
}

fn gaps(p: &[(&str, &str)]) -> BTreeMap<ChoiceId, GapAnswer> {
    p.iter()
        .map(|(a, b)| (c(a), GapAnswer::Choice(c(b))))
        .collect()
}

fn ordering(ids: &[&str]) -> Answer {
    Answer::Ordering(ids.iter().map(|i| c(i)).collect())
}

fn number(text: &str, value: f64) -> Answer {
    Answer::Numerical {
        text: text.into(),
        value,
    }
}

/// Attempt A: mostly partly right. Total 9.167 of 21.5 (42.6 %): not passed at 50 %.
fn partly_right() -> Vec<Case> {
    vec![
        // Right a of {a}; wrong b of {b,c,d}: 1/1 - 1/3 = 2/3 of 1 point = 0.667. (Dividing the penalty by
        // the right count instead would give 1 - 1/1 = 0.)
        Case {
            question: "mc-one-of-four",
            answer: multiple(&["a", "b"]),
            milli: 667,
            shown: "0.67",
        },
        // 2/3 right - 1/1 wrong = -1/3, floored at 0 without negative marking. (Dividing by the right
        // count would give 2/3 - 1/3 = 1/3.)
        Case {
            question: "mc-three-of-four",
            answer: multiple(&["a", "b", "d"]),
            milli: 0,
            shown: "0",
        },
        // Negative marking: 1/2 right - 1/3 wrong = 1/6 of 3 points = 0.5.
        Case {
            question: "mc-negative-two-of-five",
            answer: multiple(&["a", "c"]),
            milli: 500,
            shown: "0.5",
        },
        // Negative marking: 0 - 1/2 wrong = -1/2 of 1 point.
        Case {
            question: "mc-negative-one-of-three",
            answer: multiple(&["b"]),
            milli: -500,
            shown: "-0.5",
        },
        Case {
            question: "single-choice",
            answer: Answer::Single(c("c")),
            milli: 1500,
            shown: "1.5",
        },
        // The key is false.
        Case {
            question: "true-or-false",
            answer: Answer::TrueFalse(true),
            milli: 0,
            shown: "0",
        },
        // case_sensitive = true: "unhcr" is not "UNHCR".
        Case {
            question: "short-case-sensitive",
            answer: Answer::Short("unhcr".into()),
            milli: 0,
            shown: "0",
        },
        // diacritics_sensitive = true but case-insensitive: "šengen" is "Šengen".
        Case {
            question: "short-diacritics-sensitive",
            answer: Answer::Short("šengen".into()),
            milli: 1000,
            shown: "1",
        },
        // Neither case nor diacritics kept: "SENGEN" is "Šengen".
        Case {
            question: "short-loose",
            answer: Answer::Short("SENGEN".into()),
            milli: 1000,
            shown: "1",
        },
        Case {
            question: "short-wildcards",
            answer: Answer::Short("the  Palermo Protocol".into()),
            milli: 1000,
            shown: "1",
        },
        Case {
            question: "numerical-exact",
            answer: number("1950", 1950.0),
            milli: 0,
            shown: "0",
        },
        // |3.75 - 3.5| = 0.25, exactly the tolerance, typed with a decimal comma.
        Case {
            question: "numerical-tolerance",
            answer: number("3,75", 3.75),
            milli: 1000,
            shown: "1",
        },
        // Two of three prompts matched (the third to the distractor r4): 2/3 of 3 points = 2.
        Case {
            question: "matching-with-distractor",
            answer: Answer::Matching(pairs(&[("l1", "r1"), ("l2", "r2"), ("l3", "r4")])),
            milli: 2000,
            shown: "2",
        },
        // One gap of three: 1/3 of 2 points = 0.667.
        Case {
            question: "gaps-three",
            answer: Answer::GapFill(gaps(&[("g1", "x"), ("g2", "p"), ("g3", "n")])),
            milli: 667,
            shown: "0.67",
        },
        // Key i1 i2 i3 i4; given i1 i2 i4 i3: of the key's neighbour pairs (i1,i2), (i2,i3), (i3,i4)
        // only (i1,i2) stays adjacent and in order: 1/3.
        Case {
            question: "ordering-partial",
            answer: ordering(&["i1", "i2", "i4", "i3"]),
            milli: 333,
            shown: "0.33",
        },
        Case {
            question: "ordering-strict",
            answer: ordering(&["i1", "i3", "i2"]),
            milli: 0,
            shown: "0",
        },
    ]
}

/// 667 + 0 + 500 - 500 + 1500 + 0 + 0 + 1000 + 1000 + 1000 + 0 + 1000 + 2000 + 667 + 333 + 0.
const PARTLY_RIGHT_MILLI: i64 = 9_167;

/// Attempt B: the other side of each setting. Total 6.334 of 21.5 (29.5 %).
fn other_side() -> Vec<Case> {
    vec![
        Case {
            question: "mc-one-of-four",
            answer: multiple(&["a"]),
            milli: 1000,
            shown: "1",
        },
        // 2/3 right, nothing wrong.
        Case {
            question: "mc-three-of-four",
            answer: multiple(&["a", "b"]),
            milli: 667,
            shown: "0.67",
        },
        // 0 right - 2/3 wrong = -2/3 of 3 points = -2.
        Case {
            question: "mc-negative-two-of-five",
            answer: multiple(&["c", "d"]),
            milli: -2000,
            shown: "-2",
        },
        // 0 - 2/2 wrong = -1: the whole point lost, no more.
        Case {
            question: "mc-negative-one-of-three",
            answer: multiple(&["b", "c"]),
            milli: -1000,
            shown: "-1",
        },
        Case {
            question: "single-choice",
            answer: Answer::Single(c("a")),
            milli: 0,
            shown: "0",
        },
        Case {
            question: "true-or-false",
            answer: Answer::TrueFalse(false),
            milli: 1000,
            shown: "1",
        },
        Case {
            question: "short-case-sensitive",
            answer: Answer::Short("UNHCR".into()),
            milli: 1000,
            shown: "1",
        },
        // diacritics_sensitive = true: "Sengen" is not "Šengen".
        Case {
            question: "short-diacritics-sensitive",
            answer: Answer::Short("Sengen".into()),
            milli: 0,
            shown: "0",
        },
        Case {
            question: "short-loose",
            answer: Answer::Short("sengen".into()),
            milli: 1000,
            shown: "1",
        },
        Case {
            question: "short-wildcards",
            answer: Answer::Short("Vienna".into()),
            milli: 0,
            shown: "0",
        },
        Case {
            question: "numerical-exact",
            answer: number("1951", 1951.0),
            milli: 1000,
            shown: "1",
        },
        // |3.76 - 3.5| = 0.26 > 0.25.
        Case {
            question: "numerical-tolerance",
            answer: number("3.76", 3.76),
            milli: 0,
            shown: "0",
        },
        Case {
            question: "matching-with-distractor",
            answer: Answer::Matching(pairs(&[("l1", "r4"), ("l2", "r1"), ("l3", "r2")])),
            milli: 0,
            shown: "0",
        },
        Case {
            question: "gaps-three",
            answer: Answer::GapFill(gaps(&[("g1", "x"), ("g2", "q"), ("g3", "m")])),
            milli: 2000,
            shown: "2",
        },
        // Given i2 i3 i4 i1: (i2,i3) and (i3,i4) stay adjacent and in order, (i1,i2) does not: 2/3.
        Case {
            question: "ordering-partial",
            answer: ordering(&["i2", "i3", "i4", "i1"]),
            milli: 667,
            shown: "0.67",
        },
        Case {
            question: "ordering-strict",
            answer: ordering(&["i1", "i2", "i3"]),
            milli: 1000,
            shown: "1",
        },
    ]
}

/// 1000 + 667 - 2000 - 1000 + 0 + 1000 + 1000 + 0 + 1000 + 0 + 1000 + 0 + 0 + 2000 + 667 + 1000.
const OTHER_SIDE_MILLI: i64 = 6_334;

async fn learner(app: &TestApp, email: &str) {
    app.add_user(email, None).await;
    let r = app.login(email).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
}

/// Answers `cases` on the quiz's one page and submits; returns the attempt.
async fn take_through_pages(app: &TestApp, quiz: &str, cases: &[Case]) -> AttemptId {
    let id = app.start(quiz).await;
    app.attempt(id).await;
    let mut fields = vec![
        ("_csrf".to_string(), app.csrf().await),
        ("go".to_string(), "summary".to_string()),
    ];
    for case in cases {
        fields.extend(answer_fields(app.bank(), quiz, case.question, &case.answer));
    }
    let r = app.post_pairs(&format!("/attempts/{id}"), &fields).await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/summary").as_str()),
        "answers refused: {}",
        r.body
    );
    let saved = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert_eq!(saved.len(), cases.len(), "every answer saved");
    let r = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/result").as_str())
    );
    id
}

/// The points the review shows for the question numbered `n`, from its `data-awarded` attribute.
fn awarded_on_page(body: &str, n: usize) -> Option<String> {
    let at = body.find(&format!("id=\"q{n}\""))?;
    let tag_end = at + body[at..].find('>')?;
    let tag = &body[at..tag_end];
    let start = tag.find("data-awarded=\"")? + "data-awarded=\"".len();
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].to_string())
}

fn score_on_page(body: &str) -> Option<String> {
    let start = body.find("data-score=\"")? + "data-score=\"".len();
    let len = body[start..].find('"')?;
    Some(body[start..start + len].to_string())
}

async fn check_stored(app: &TestApp, id: AttemptId, total: i64, max: i64, passed: bool) {
    let row = app.attempt(id).await;
    assert_eq!(row.score_milli, Some(total), "total in thousandths");
    assert_eq!(row.max_milli, Some(max));
    assert_eq!(row.passed, Some(passed));
}

async fn check_page(app: &TestApp, id: AttemptId, cases: &[Case], score: &str) {
    let page = app.get(&format!("/attempts/{id}/result")).await;
    assert_eq!(page.status, Status::Ok);
    for case in cases {
        let n = question_number(case.question);
        assert_eq!(
            awarded_on_page(&page.body, n).as_deref(),
            Some(case.shown),
            "points shown for {} (question {n})",
            case.question
        );
    }
    assert_eq!(score_on_page(&page.body).as_deref(), Some(score));
}

#[rocket::async_test]
async fn partly_right_answers_score_by_hand_through_the_pages() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "ana@example.org").await;
    let cases = partly_right();
    let id = take_through_pages(&app, EDGES, &cases).await;
    check_stored(&app, id, PARTLY_RIGHT_MILLI, EDGES_MAX_MILLI, false).await;
    // 9.167 shown to two decimals.
    check_page(&app, id, &cases, "9.17").await;
}

#[rocket::async_test]
async fn the_other_side_of_every_setting_scores_by_hand_through_the_pages() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "ana@example.org").await;
    let cases = other_side();
    let id = take_through_pages(&app, EDGES, &cases).await;
    check_stored(&app, id, OTHER_SIDE_MILLI, EDGES_MAX_MILLI, false).await;
    check_page(&app, id, &cases, "6.33").await;
}

#[rocket::async_test]
async fn all_wrong_answers_score_zero_and_negative_marks_do_not_go_below_it() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "ana@example.org").await;
    // Every question answered wrong; the two negatively marked ones lose 2 and 1 points, and the total
    // stops at zero.
    let wrong: Vec<Case> = other_side()
        .into_iter()
        .filter(|c| c.milli <= 0)
        .chain(
            partly_right()
                .into_iter()
                .filter(|c| c.milli == 0 && c.question != "mc-three-of-four"),
        )
        .collect();
    let questions: BTreeSet<_> = wrong.iter().map(|c| c.question).collect();
    assert_eq!(questions.len(), wrong.len(), "each question once");
    let id = take_through_pages(&app, EDGES, &wrong).await;
    check_stored(&app, id, 0, EDGES_MAX_MILLI, false).await;
    let page = app.get(&format!("/attempts/{id}/result")).await;
    assert_eq!(score_on_page(&page.body).as_deref(), Some("0"));
    assert!(page.body.contains("Not passed"));
    assert_eq!(
        awarded_on_page(&page.body, question_number("mc-negative-two-of-five")).as_deref(),
        Some("-2")
    );
}

/// Takes the edges quiz through the API with `cases`; checks the result it returns and what is stored.
async fn take_through_the_api(cases: Vec<Case>, total: i64, score: &str) {
    let app = TestApp::spawn_fixtures().await;
    app.add_user("ana@example.org", None).await;
    let token = app.api_token("ana@example.org").await;
    let answers: Vec<(&str, &Answer)> = cases.iter().map(|c| (c.question, &c.answer)).collect();
    let (id, result) = app.take_over_api(&token, EDGES, &answers).await;
    assert_eq!(result["score"], json!(score));
    assert_eq!(result["max"], json!("21.5"));
    assert_eq!(result["passed"], json!(false));
    for case in &cases {
        let n = question_number(case.question);
        assert_eq!(
            result["questions"][n - 1]["review"]["awarded"],
            json!(case.shown),
            "{} (question {n})",
            case.question
        );
    }
    check_stored(&app, id, total, EDGES_MAX_MILLI, false).await;
}

#[rocket::async_test]
async fn partly_right_answers_score_by_hand_through_the_api() {
    take_through_the_api(partly_right(), PARTLY_RIGHT_MILLI, "9.17").await;
}

#[rocket::async_test]
async fn the_other_side_of_every_setting_scores_by_hand_through_the_api() {
    take_through_the_api(other_side(), OTHER_SIDE_MILLI, "6.33").await;
}

/// The five one-point questions of the pass-mark quiz: the first `right` answered with the key ("a"),
/// the rest wrong.
fn pass_mark_cases(right: usize) -> Vec<Case> {
    ["pass-1", "pass-2", "pass-3", "pass-4", "pass-5"]
        .into_iter()
        .enumerate()
        .map(|(i, question)| Case {
            question,
            answer: Answer::Single(c(if i < right { "a" } else { "b" })),
            milli: if i < right { 1000 } else { 0 },
            shown: if i < right { "1" } else { "0" },
        })
        .collect()
}

#[rocket::async_test]
async fn a_learner_exactly_at_the_pass_mark_passes() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "ana@example.org").await;
    // 3 of 5 is 60 %, the quiz's pass mark.
    let id = take_through_pages(&app, PASS_MARK, &pass_mark_cases(3)).await;
    check_stored(&app, id, 3000, 5000, true).await;
    let page = app.get(&format!("/attempts/{id}/result")).await;
    assert!(page.body.contains("Passed"), "{}", page.body);
    assert!(!page.body.contains("Not passed"));
}

#[rocket::async_test]
async fn a_learner_one_point_below_the_pass_mark_fails() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "ana@example.org").await;
    // 2 of 5 is 40 %.
    let id = take_through_pages(&app, PASS_MARK, &pass_mark_cases(2)).await;
    check_stored(&app, id, 2000, 5000, false).await;
    let page = app.get(&format!("/attempts/{id}/result")).await;
    assert!(page.body.contains("Not passed"));
}

#[rocket::async_test]
async fn draw_rules_take_their_counts_and_the_maximum_is_what_was_drawn() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "ana@example.org").await;
    // Pool a holds questions of 1, 2 and 4 points, pool b of 8 and 16: two from a and one from b give a
    // maximum that names the questions drawn (the sum of distinct powers of two).
    let points: BTreeMap<&str, i64> = [
        ("pool-a-1", 1),
        ("pool-a-2", 2),
        ("pool-a-3", 4),
        ("pool-b-1", 8),
        ("pool-b-2", 16),
    ]
    .into();
    let mut seen_maxima = BTreeSet::new();
    for _ in 0..10 {
        let id = app.start("grading-draw").await;
        let a = app.attempt(id).await;
        let drawn: Vec<&str> = a.paper.questions.iter().map(|q| q.id.as_str()).collect();
        let from_a = drawn.iter().filter(|q| q.starts_with("pool-a")).count();
        let from_b = drawn.iter().filter(|q| q.starts_with("pool-b")).count();
        assert_eq!((from_a, from_b), (2, 1), "drawn: {drawn:?}");
        let expected: i64 = drawn.iter().map(|q| points[q]).sum();
        let r = app
            .submit_form(&format!("/attempts/{id}/submit"), &[])
            .await;
        assert_eq!(r.status, Status::SeeOther);
        let row = app.attempt(id).await;
        assert_eq!(row.max_milli, Some(expected * 1000), "drawn: {drawn:?}");
        assert_eq!(row.score_milli, Some(0));
        seen_maxima.insert(expected);
    }
    assert!(
        seen_maxima.len() > 1,
        "ten attempts drew the same questions every time: {seen_maxima:?}"
    );
}

#[rocket::async_test]
async fn each_multiple_choice_hint_states_the_rule_that_applies_to_it() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "hints@example.org").await;
    let id = app.start("grading-edges").await;
    let page = app.get(&format!("/attempts/{id}")).await;
    let never = "this question never scores below 0.";
    let can = "this question can score below 0.";
    let hint_of = |question: &str| -> (bool, bool) {
        let fieldset = page
            .body
            .split("<fieldset")
            .find(|f| f.contains(&format!("Question {question}.")))
            .unwrap_or_else(|| panic!("{question} is on the page"));
        (fieldset.contains(never), fieldset.contains(can))
    };
    assert_eq!(hint_of("mc-one-of-four"), (true, false));
    assert_eq!(hint_of("mc-three-of-four"), (true, false));
    assert_eq!(hint_of("mc-negative-two-of-five"), (false, true));
    assert_eq!(hint_of("mc-negative-one-of-three"), (false, true));
    assert_eq!(
        page.body.matches(never).count(),
        2,
        "only the multiple-choice questions"
    );
}

const TYPED_GAPS: &str = "grading-typed-gaps";

/// `gaps-typed` (3 points): chosen gap `a` (key y), words in `b` (`Palermo*`, case folded), a number in `c`
/// (3.5 ± 0.25). `b` and `c` are typed in.
fn typed_gaps(a: &str, b: &str, c_: &str) -> Answer {
    let typed = |t: &str| GapAnswer::Typed { text: t.into() };
    Answer::GapFill(
        [
            (c("a"), GapAnswer::Choice(c(a))),
            (c("b"), typed(b)),
            (c("c"), typed(c_)),
        ]
        .into(),
    )
}

/// Each gap earns a third of 3 points: all right (words folded, 3,75 within the tolerance with a decimal
/// comma), then only the words right (x is wrong, 3.8 beyond the tolerance).
#[rocket::async_test]
async fn typed_gaps_score_by_hand_through_the_pages() {
    let app = TestApp::spawn_fixtures().await;
    learner(&app, "ana@example.org").await;
    let id = app.start(TYPED_GAPS).await;
    let page = app.get(&format!("/attempts/{id}")).await;
    // Boxes for the typed gaps, labelled, a number's with a numeric keyboard; no key in the page.
    assert!(
        page.body
            .contains("class=\"gap\" type=\"text\" name=\"a.1.2\""),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("aria-label=\"Gap 3\" inputmode=\"decimal\""),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("Complete each gap with the right word, phrase or number."));
    assert!(
        !page.body.contains("Palermo") && !page.body.contains("3.5"),
        "{}",
        page.body
    );
    let right = [Case {
        question: "gaps-typed",
        answer: typed_gaps("y", " palermo  protocol ", "3,75"),
        milli: 3000,
        shown: "3",
    }];
    let id = take_through_pages(&app, TYPED_GAPS, &right).await;
    check_stored(&app, id, 3000, 3000, true).await;
    check_page(&app, id, &right, "3").await;
    let partly = [Case {
        question: "gaps-typed",
        answer: typed_gaps("x", "Palermo", "3.8"),
        milli: 1000,
        shown: "1",
    }];
    let id = take_through_pages(&app, TYPED_GAPS, &partly).await;
    check_stored(&app, id, 1000, 3000, false).await;
    check_page(&app, id, &partly, "1").await;
    // The review shows what was typed and whether each typed gap is right.
    let result = app.get(&format!("/attempts/{id}/result")).await;
    assert!(
        result
            .body
            .contains("<strong>Palermo</strong>[2] <span class=\"mark\">Correct</span>"),
        "{}",
        result.body
    );
    assert!(
        result
            .body
            .contains("<strong>3.8</strong>[3] <span class=\"mark\">Incorrect</span>"),
        "{}",
        result.body
    );
}

/// The same through the API; a typed gap answered with a choice's number, or a number the locale cannot
/// read, is refused and nothing is saved.
#[rocket::async_test]
async fn typed_gaps_score_by_hand_through_the_api_and_refuse_the_wrong_kind() {
    let app = TestApp::spawn_fixtures().await;
    app.add_user("ana@example.org", None).await;
    let token = app.api_token("ana@example.org").await;
    let answer = typed_gaps("y", "the Palermo Protocol", "3.3");
    let (id, result) = app
        .take_over_api(&token, TYPED_GAPS, &[("gaps-typed", &answer)])
        .await;
    // y and the words right, 3.3 beyond 3.5 ± 0.25: 2 of 3 points.
    assert_eq!(result["score"], json!("2"));
    assert_eq!(result["questions"][0]["review"]["awarded"], json!("2"));
    check_stored(&app, id, 2000, 3000, true).await;

    let (status, started) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{TYPED_GAPS}/attempts"),
            &token,
            None,
        )
        .await;
    assert_eq!(status, Status::Created, "{started}");
    let attempt = started["id"].as_i64().expect("id");
    for (value, why) in [
        (json!({"2": 1}), "a choice's number in a typed gap"),
        (json!({"1": "y"}), "words in a chosen gap"),
        (json!({"3": "three and a half"}), "not a number"),
    ] {
        let (status, body) = app
            .json(
                "PUT",
                &format!("/api/v1/attempts/{attempt}/answers/1"),
                &token,
                Some(json!({"type": "gap-fill", "value": value})),
            )
            .await;
        assert_eq!(status, Status::UnprocessableEntity, "{why}: {body}");
    }
    let saved = ispit::db::attempts::find_responses(&app.app().db, AttemptId(attempt))
        .await
        .expect("responses");
    assert!(saved.is_empty(), "nothing saved: {saved:?}");
}
