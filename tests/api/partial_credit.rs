//! Moodle's partial and negative credit through the real app: a multiple-choice question weighted in
//! thirds with a negative wrong answer, a short answer with partial patterns, a single choice with a
//! negative weight and a numerical answer with a partial one, answered through the pages and through the
//! API. The course is `tests/fixtures/partial-credit/moodle-credit`; every expected figure below is worked
//! out by hand from it (the arithmetic is in the comments), never by the scoring code.

use std::collections::BTreeSet;

use ispit::assessment::answer::Answer;
use ispit::ids::ChoiceId;
use rocket::http::Status;
use serde_json::json;

use crate::helpers::{answer_fields, question_number, TestApp};

const BANKS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/partial-credit");
const QUIZ: &str = "moodle-credit-final";
/// 3 + 1 + 2 + 1 points.
const MAX_MILLI: i64 = 7_000;

/// One question answered on purpose: what it must earn in thousandths of a point (points × fraction,
/// rounded), how the review shows the points, and the review's outcome.
struct Case {
    question: &'static str,
    answer: Answer,
    milli: i64,
    shown: &'static str,
    outcome: &'static str,
}

fn multiple(ids: &[&str]) -> Answer {
    Answer::Multiple(
        ids.iter()
            .map(|i| i.parse::<ChoiceId>().expect("id"))
            .collect::<BTreeSet<_>>(),
    )
}

fn single(id: &str) -> Answer {
    Answer::Single(id.parse().expect("id"))
}

fn number(text: &str, value: f64) -> Answer {
    Answer::Numerical {
        text: text.into(),
        value,
    }
}

/// Attempt A, through the pages. Total 500 + 500 − 1000 + 500 = 500 of 7000: 0.5 points, not passed.
fn attempt_a() -> Vec<Case> {
    vec![
        // 0.3333333 + 0.3333333 − 0.5 = 0.1666666 of 3 points: 499.9998 thousandths, rounded to 500.
        Case {
            question: "palermo-purposes",
            answer: multiple(&["a", "b", "d"]),
            milli: 500,
            shown: "0.5",
            outcome: "partial",
        },
        // No `accept` pattern matches "Palermo"; the first partial one, "Palermo*", gives 0.5.
        Case {
            question: "palermo-name",
            answer: Answer::Short("Palermo".into()),
            milli: 500,
            shown: "0.5",
            outcome: "partial",
        },
        // UNHCR weighs −0.5 of 2 points.
        Case {
            question: "cat-monitoring",
            answer: single("c"),
            milli: -1000,
            shown: "-1",
            outcome: "incorrect",
        },
        // 1967, the Protocol's year, is worth half.
        Case {
            question: "refugee-convention-year",
            answer: number("1967", 1967.0),
            milli: 500,
            shown: "0.5",
            outcome: "partial",
        },
    ]
}

const A_MILLI: i64 = 500;

/// Attempt B, through the API. Total 3000 + 333 + 1000 + 1000 = 5333 of 7000 (76.2 %): passed at 50 %.
fn attempt_b() -> Vec<Case> {
    vec![
        // 3 × 0.3333333 = 0.9999999 (e weighs 0) of 3 points: 2999.9997, rounded to 3000; right, as
        // Moodle's 33.33333 % thirds are.
        Case {
            question: "palermo-purposes",
            answer: multiple(&["a", "b", "c", "e"]),
            milli: 3000,
            shown: "3",
            outcome: "correct",
        },
        // "Palermo*" does not match; "*trafficking*" gives 0.3333333 of 1 point: 333.3333, rounded to 333.
        Case {
            question: "palermo-name",
            answer: Answer::Short("the trafficking protocol".into()),
            milli: 333,
            shown: "0.33",
            outcome: "partial",
        },
        // The Subcommittee weighs 0.5 of 2 points.
        Case {
            question: "cat-monitoring",
            answer: single("b"),
            milli: 1000,
            shown: "1",
            outcome: "partial",
        },
        Case {
            question: "refugee-convention-year",
            answer: number("1951", 1951.0),
            milli: 1000,
            shown: "1",
            outcome: "correct",
        },
    ]
}

const B_MILLI: i64 = 5_333;

/// The opening tag of the review section of question `n`.
fn review_tag(body: &str, n: usize) -> &str {
    let at = body
        .find(&format!("id=\"q{n}\""))
        .unwrap_or_else(|| panic!("question {n} is reviewed"));
    let start = body[..at].rfind('<').expect("tag start");
    let end = at + body[at..].find('>').expect("tag end");
    &body[start..end]
}

#[rocket::async_test]
async fn moodle_weights_and_partial_answers_score_by_hand_through_the_pages_and_the_api() {
    let app = TestApp::spawn_with(|f| f.merge(("banks_dir", BANKS))).await;
    app.add_user("ana@example.org", None).await;
    let r = app.login("ana@example.org").await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);

    // Attempt A through the pages.
    let cases = attempt_a();
    let id = app.start(QUIZ).await;
    app.attempt(id).await;
    // The hints say how these questions score: a weighted multiple choice where a wrong choice may cost
    // a share (floored at 0), a single choice where a wrong answer can cost points.
    let page = app.get(&format!("/attempts/{id}")).await;
    let hint = |n: usize| {
        let at = page
            .body
            .find(&format!("id=\"q{n}\""))
            .expect("the question");
        let rest = &page.body[at..];
        rest[rest.find("<p class=\"hint\">").map_or(0, |h| h + 16)..]
            .split("</p>")
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        hint(question_number("palermo-purposes")),
        "Choose every answer that applies. Right choices earn a share of the points and a wrong \
         choice may take a share away; this question never scores below 0."
    );
    let single = question_number("cat-monitoring");
    assert_eq!(
        hint(single),
        "Choose one answer. Some wrong answers cost points: this question can score below 0."
    );
    let mut fields = vec![
        ("_csrf".to_string(), app.csrf().await),
        ("go".to_string(), "summary".to_string()),
    ];
    for case in &cases {
        fields.extend(answer_fields(app.bank(), QUIZ, case.question, &case.answer));
    }
    let r = app.post_pairs(&format!("/attempts/{id}"), &fields).await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/summary").as_str()),
        "answers refused: {}",
        r.body
    );
    let r = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let row = app.attempt(id).await;
    assert_eq!(
        (row.score_milli, row.max_milli, row.passed),
        (Some(A_MILLI), Some(MAX_MILLI), Some(false))
    );
    assert_eq!(
        cases.iter().map(|c| c.milli).sum::<i64>(),
        A_MILLI,
        "the cases add up"
    );
    let page = app.get(&format!("/attempts/{id}/result")).await;
    assert_eq!(page.status, Status::Ok);
    for case in &cases {
        let tag = review_tag(&page.body, question_number(case.question));
        assert!(
            tag.contains(&format!("data-awarded=\"{}\"", case.shown))
                && tag.contains(&format!("review {}\"", case.outcome)),
            "{}: {tag}",
            case.question
        );
    }
    assert!(page.body.contains("data-score=\"0.5\""), "{}", page.body);

    // Attempt B through the API.
    let cases = attempt_b();
    assert_eq!(cases.iter().map(|c| c.milli).sum::<i64>(), B_MILLI);
    let token = app.api_token("ana@example.org").await;
    let answers: Vec<(&str, &Answer)> = cases.iter().map(|c| (c.question, &c.answer)).collect();
    let (id, result) = app.take_over_api(&token, QUIZ, &answers).await;
    // 5.333 shown to two decimals.
    assert_eq!(
        (&result["score"], &result["max"], &result["passed"]),
        (&json!("5.33"), &json!("7"), &json!(true))
    );
    for case in &cases {
        let n = question_number(case.question);
        let review = &result["questions"][n - 1]["review"];
        assert_eq!(
            (&review["awarded"], &review["outcome"]),
            (&json!(case.shown), &json!(case.outcome)),
            "{} (question {n})",
            case.question
        );
    }
    // The key shown stays the key: the full-marks pattern, not the partial one that matched.
    let n = question_number("palermo-name");
    assert_eq!(
        result["questions"][n - 1]["review"]["correct_answer"],
        json!("Palermo Protocol")
    );
    let row = app.attempt(id).await;
    assert_eq!(
        (row.score_milli, row.max_milli, row.passed),
        (Some(B_MILLI), Some(MAX_MILLI), Some(true))
    );
}
