//! The whole learner flow, in two locales: sign in, list, start, answer page by page, review, submit, result.

use std::collections::BTreeMap;

use ispit::assessment::answer::{key_answer_in, Answer, GapAnswer};
use ispit::assessment::paper::Paper;
use ispit::bank::{Bank, Gap, QuestionKind};
use ispit::i18n::Locale;
use ispit::ids::AttemptId;
use rocket::http::Status;

use crate::helpers::{answer_fields, right_answers, TestApp};

const GENDER: &str = "migration-gender-final";

/// A question's points in milli-points, read by hand from the bundled banks' course.toml files (the same in
/// all three): every single, multiple, true/false, short and numerical question is worth 1 point, every
/// matching, gap-fill and ordering question 2.
pub(crate) fn hand_points(kind: &QuestionKind) -> i64 {
    match kind {
        QuestionKind::Matching { .. }
        | QuestionKind::GapFill { .. }
        | QuestionKind::Ordering { .. } => 2000,
        _ => 1000,
    }
}

/// The paper's maximum in milli-points, from [`hand_points`].
pub(crate) fn hand_max(bank: &Bank, quiz: &str, paper: &Paper) -> i64 {
    let (course, _) = bank.quiz(&quiz.parse().expect("quiz id")).expect("quiz");
    paper
        .questions
        .iter()
        .map(|pq| hand_points(&course.question(&pq.id).expect("question").kind))
        .sum()
}

async fn take_quiz_with_all_right_answers(app: &TestApp, locale: Locale) {
    let email = format!("{}@example.org", locale.tag().to_lowercase());
    app.add_user(&email, Some(locale)).await;
    let r = app.login(&email).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);

    let dashboard = app.get("/quizzes").await;
    assert_eq!(dashboard.status, Status::Ok);
    let (course, quiz) = app
        .bank()
        .quiz(&GENDER.parse().expect("id"))
        .expect("gender quiz");
    assert!(
        dashboard.body.contains(&course.title(locale)),
        "course title in {locale}"
    );
    assert!(dashboard
        .body
        .contains(&format!("lang=\"{}\"", locale.tag())));
    assert!(dashboard
        .body
        .contains(&app.ui().format(locale, "dashboard-title", None, None)));

    let intro = app.get(&format!("/quizzes/{GENDER}")).await;
    assert!(intro
        .body
        .contains(&app.ui().format(locale, "quiz-start-button", None, None)));

    let id = app.start(GENDER).await;
    let attempt = app.attempt(id).await;
    assert_eq!(attempt.locale, locale);
    assert_eq!(attempt.paper.questions.len(), quiz.question_count());

    // A reload shows the same paper: the first page's question is the paper's first.
    let first = app.get(&format!("/attempts/{id}?page=1")).await;
    assert_eq!(first.status, Status::Ok);
    let first_q = course
        .question(&attempt.paper.questions[0].id)
        .expect("question");
    let stem = course
        .texts
        .format(locale, &first_q.message_id(), None, None);
    assert!(
        first.body.contains(&html_escape(&stem)),
        "first question stem shown"
    );
    let again = app.get(&format!("/attempts/{id}?page=1")).await;
    assert_eq!(first.body, again.body);

    // Answer every question on its own page, with the key.
    let answers = right_answers(app.bank(), GENDER, &attempt.paper, locale);
    let csrf = app.csrf().await;
    for (i, pq) in attempt.paper.questions.iter().enumerate() {
        let page = (i + 1).to_string();
        let mut fields: Vec<(String, String)> = vec![
            ("_csrf".into(), csrf.clone()),
            ("page".into(), page),
            ("go".into(), "next".into()),
        ];
        fields.extend(answer_fields(
            app.bank(),
            GENDER,
            pq.id.as_str(),
            &answers[pq.id.as_str()],
        ));
        let refs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let r = app.post_form(&format!("/attempts/{id}"), &refs).await;
        assert_eq!(
            r.status,
            Status::SeeOther,
            "question {} refused: {}",
            pq.id,
            r.body
        );
    }
    // Every answer is on the server before submission.
    let saved = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert_eq!(saved.len(), attempt.paper.questions.len());

    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert!(summary
        .body
        .contains(&app.ui().format(locale, "summary-all-answered", None, None)));

    let r = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/result").as_str())
    );
    let result = app.get(&format!("/attempts/{id}/result")).await;
    assert_eq!(result.status, Status::Ok);
    assert!(result
        .body
        .contains(&app.ui().format(locale, "result-passed", None, None)));
    let closed = app.attempt(id).await;
    // Twenty questions of 1 or 2 points each (see `hand_points`), all answered with the key.
    let max = hand_max(app.bank(), GENDER, &attempt.paper);
    assert!((20_000..=40_000).contains(&max), "{max}");
    assert_eq!(closed.max_milli, Some(max));
    assert_eq!(closed.score_milli, Some(max));
    assert_eq!(closed.passed, Some(true));
    // The review shows feedback for each question.
    let feedback = course
        .texts
        .format(locale, &first_q.message_id(), Some("feedback"), None);
    assert!(result.body.contains(&html_escape(&feedback)));
}

fn html_escape(s: &str) -> String {
    handlebars::html_escape(s)
}

#[rocket::async_test]
async fn macedonian_learner_passes_migration_and_gender() {
    let app = TestApp::spawn().await;
    take_quiz_with_all_right_answers(&app, Locale::Mk).await;
}

#[rocket::async_test]
async fn english_learner_passes_migration_and_gender() {
    let app = TestApp::spawn().await;
    take_quiz_with_all_right_answers(&app, Locale::En).await;
}

/// A wrong answer to `q` on purpose, one that earns nothing: another option, the other truth value, a
/// number far off, a text that is no accepted pattern, every matching prompt given the next prompt's
/// answer, every gap another choice, the order reversed (no neighbouring pair of the key kept).
fn wrong_answer(q: &ispit::bank::Question, locale: Locale) -> Answer {
    let other = |ids: &[ispit::ids::ChoiceId], not: &ispit::ids::ChoiceId| {
        ids.iter()
            .find(|c| *c != not)
            .cloned()
            .expect("two choices")
    };
    match (
        &q.kind,
        key_answer_in(q, locale).expect("a question with a key"),
    ) {
        (
            QuestionKind::Single {
                options, correct, ..
            },
            _,
        ) => Answer::Single(other(options, correct)),
        (
            QuestionKind::Multiple {
                options, correct, ..
            },
            _,
        ) => Answer::Multiple(
            options
                .iter()
                .filter(|o| !correct.contains(*o))
                .cloned()
                .collect(),
        ),
        (QuestionKind::TrueFalse { correct }, _) => Answer::TrueFalse(!correct),
        (QuestionKind::Short { .. }, _) => Answer::Short("certainly not the answer".into()),
        (QuestionKind::Numerical { answer, .. }, _) => Answer::Numerical {
            text: format!("{}", answer + 1000.0),
            value: answer + 1000.0,
        },
        (QuestionKind::Matching { pairs, .. }, _) => {
            let rights: Vec<_> = pairs.values().cloned().collect();
            Answer::Matching(
                pairs
                    .keys()
                    .enumerate()
                    .map(|(i, l)| (l.clone(), rights[(i + 1) % rights.len()].clone()))
                    .collect(),
            )
        }
        (QuestionKind::GapFill { gaps }, _) => Answer::GapFill(
            gaps.iter()
                .map(|(g, gap)| {
                    let wrong = match gap {
                        Gap::Choice { options, correct } => {
                            GapAnswer::Choice(other(options, correct))
                        }
                        Gap::Text { .. } => GapAnswer::Typed {
                            text: "no such answer".to_string(),
                        },
                        Gap::Number { answer, .. } => GapAnswer::Typed {
                            text: (answer + 1000.0).to_string(),
                        },
                    };
                    (g.clone(), wrong)
                })
                .collect(),
        ),
        (QuestionKind::Ordering { items, .. }, _) => {
            Answer::Ordering(items.iter().rev().cloned().collect())
        }
        (QuestionKind::Description | QuestionKind::Essay, _) => {
            unreachable!("a description or an essay has no key")
        }
    }
}

/// Saves `answers` page by page (one question per page), checking that each save is accepted.
async fn answer_pages(
    app: &TestApp,
    id: AttemptId,
    paper: &Paper,
    answers: &BTreeMap<String, Answer>,
) {
    let csrf = app.csrf().await;
    for (i, pq) in paper.questions.iter().enumerate() {
        let Some(answer) = answers.get(pq.id.as_str()) else {
            continue;
        };
        let mut fields: Vec<(String, String)> = vec![
            ("_csrf".into(), csrf.clone()),
            ("page".into(), (i + 1).to_string()),
            ("go".into(), "next".into()),
        ];
        fields.extend(answer_fields(app.bank(), GENDER, pq.id.as_str(), answer));
        let refs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let r = app.post_form(&format!("/attempts/{id}"), &refs).await;
        assert_eq!(r.status, Status::SeeOther, "{}: {}", pq.id, r.body);
    }
    let saved = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert_eq!(saved.len(), answers.len(), "every answer is saved");
}

async fn submit(app: &TestApp, id: AttemptId) {
    let r = app
        .submit_form(&format!("/attempts/{id}/submit"), &[])
        .await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/result").as_str()),
        "{}",
        r.body
    );
}

#[rocket::async_test]
async fn wrong_answers_fail_and_the_review_shows_the_key() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    let attempt = app.attempt(id).await;
    let (course, _) = app.bank().quiz(&attempt.quiz_id).expect("quiz");
    // Every question answered, every one wrongly on purpose.
    let wrong: BTreeMap<String, Answer> = attempt
        .paper
        .questions
        .iter()
        .map(|pq| {
            let q = course.question(&pq.id).expect("question");
            (pq.id.to_string(), wrong_answer(q, Locale::En))
        })
        .collect();
    answer_pages(&app, id, &attempt.paper, &wrong).await;
    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert!(summary.body.contains(&app.ui().format(
        Locale::En,
        "summary-all-answered",
        None,
        None
    )));
    submit(&app, id).await;

    let closed = app.attempt(id).await;
    assert_eq!(closed.score_milli, Some(0));
    assert_eq!(
        closed.max_milli,
        Some(hand_max(app.bank(), GENDER, &attempt.paper))
    );
    assert_eq!(closed.passed, Some(false));
    let result = app.get(&format!("/attempts/{id}/result")).await;
    assert_eq!(result.status, Status::Ok);
    assert!(
        result.body.contains("<p class=\"verdict\">Not passed</p>"),
        "{}",
        result.body
    );
    assert!(result.body.contains("data-score=\"0\""), "{}", result.body);
    // Each of the twenty questions is marked wrong and shows its key.
    assert_eq!(
        result
            .body
            .matches("class=\"question review incorrect\"")
            .count(),
        20,
        "{}",
        result.body
    );
    assert_eq!(
        result
            .body
            .matches("<p class=\"key\">Right answer: ")
            .count(),
        20,
        "{}",
        result.body
    );
}

#[rocket::async_test]
async fn partly_right_answers_score_the_points_earned() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    let attempt = app.attempt(id).await;
    let (course, _) = app.bank().quiz(&attempt.quiz_id).expect("quiz");
    // Single-choice and true/false questions (1 point each) right; gap-fill questions (2 points, two gaps
    // each in this bank) with the first gap right and the second wrong, 2 × 1/2 = 1 point; multiple-choice
    // questions left unanswered (0, and no negative marking to reckon with); everything else wrong (0).
    let mut answers = BTreeMap::new();
    let mut expected = 0;
    for pq in &attempt.paper.questions {
        let q = course.question(&pq.id).expect("question");
        let answer = match &q.kind {
            QuestionKind::Single { .. } | QuestionKind::TrueFalse { .. } => {
                expected += 1000;
                key_answer_in(q, Locale::En).expect("a question with a key")
            }
            QuestionKind::GapFill { gaps } => {
                assert_eq!(gaps.len(), 2, "{}", pq.id);
                expected += 1000;
                let Answer::GapFill(wrong) = wrong_answer(q, Locale::En) else {
                    unreachable!("gap-fill")
                };
                let Some(Answer::GapFill(key)) = key_answer_in(q, Locale::En) else {
                    unreachable!("gap-fill")
                };
                Answer::GapFill(
                    key.into_iter()
                        .zip(wrong)
                        .enumerate()
                        .map(|(i, ((g, right), (_, w)))| (g, if i == 0 { right } else { w }))
                        .collect(),
                )
            }
            QuestionKind::Multiple { .. } => continue,
            _ => wrong_answer(q, Locale::En),
        };
        answers.insert(pq.id.to_string(), answer);
    }
    answer_pages(&app, id, &attempt.paper, &answers).await;
    submit(&app, id).await;

    let max = hand_max(app.bank(), GENDER, &attempt.paper);
    let closed = app.attempt(id).await;
    assert_eq!(closed.score_milli, Some(expected));
    assert_eq!(closed.max_milli, Some(max));
    // The pass mark is 60 % (course.toml).
    let passed = expected * 100 >= 60 * max;
    assert_eq!(closed.passed, Some(passed));
    let result = app.get(&format!("/attempts/{id}/result")).await;
    let verdict = if passed { "Passed" } else { "Not passed" };
    assert!(
        result
            .body
            .contains(&format!("<p class=\"verdict\">{verdict}</p>")),
        "{}",
        result.body
    );
}

#[rocket::async_test]
async fn closing_the_browser_resumes_the_same_attempt() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let first = app.start(GENDER).await;
    app.logout().await;
    app.login("ana@example.org").await;
    let intro = app.get(&format!("/quizzes/{GENDER}")).await;
    assert!(intro.body.contains("Continue your attempt"));
    assert_eq!(app.start(GENDER).await, first);
}

#[rocket::async_test]
async fn all_on_one_page_quizzes_save_every_answer_at_once() {
    let app = TestApp::spawn().await;
    let quiz = "migration-development-final";
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(quiz).await;
    let attempt = app.attempt(id).await;
    let page = app.get(&format!("/attempts/{id}")).await;
    assert_eq!(
        page.body.matches("<fieldset class=\"question").count(),
        attempt.paper.questions.len()
    );
    let answers = right_answers(app.bank(), quiz, &attempt.paper, Locale::En);
    let mut fields: Vec<(String, String)> = vec![
        ("_csrf".into(), app.csrf().await),
        ("go".into(), "summary".into()),
    ];
    for pq in &attempt.paper.questions {
        fields.extend(answer_fields(
            app.bank(),
            quiz,
            pq.id.as_str(),
            &answers[pq.id.as_str()],
        ));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app.post_form(&format!("/attempts/{id}"), &refs).await;
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/attempts/{id}/summary").as_str())
    );
    submit(&app, id).await;
    let done = app.attempt(id).await;
    // Twenty questions of 1 or 2 points each (see `hand_points`), all answered with the key.
    let max = hand_max(app.bank(), quiz, &attempt.paper);
    assert_eq!(done.max_milli, Some(max));
    assert_eq!(done.score_milli, Some(max));
}

#[rocket::async_test]
async fn continuing_an_attempt_opens_the_page_the_learner_was_last_sent_to() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    let question_of = |n: usize| format!("Question {n} of 20");
    let fresh = app.get(&format!("/attempts/{id}")).await;
    assert!(
        fresh.body.contains(&question_of(1)),
        "a new attempt opens at 1"
    );
    // Forward twice, then jump to 7 from the navigation, then back one: the learner was last sent to 6.
    for (page, go) in [("1", "next"), ("2", "next"), ("3", "page-7"), ("7", "prev")] {
        let csrf = app.csrf().await;
        let r = app
            .submit_form(
                &format!("/attempts/{id}"),
                &[("_csrf", csrf.as_str()), ("page", page), ("go", go)],
            )
            .await;
        assert_eq!(r.status, Status::SeeOther, "{go}");
    }
    app.logout().await;
    app.login("ana@example.org").await;
    let resumed = app.get(&format!("/attempts/{id}")).await;
    assert!(
        resumed.body.contains(&question_of(6)),
        "resumes where the learner left"
    );
    // Going to the summary keeps the page the learner was on.
    let csrf = app.csrf().await;
    app.submit_form(
        &format!("/attempts/{id}"),
        &[("_csrf", csrf.as_str()), ("page", "6"), ("go", "summary")],
    )
    .await;
    let resumed = app.get(&format!("/attempts/{id}")).await;
    assert!(resumed.body.contains(&question_of(6)));
}

#[rocket::async_test]
async fn enter_in_a_field_goes_forward_and_the_buttons_read_back_save_forward() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    let submit_values = |body: &str| -> Vec<String> {
        body.split("<button type=\"submit\" name=\"go\" value=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default().to_string())
            .filter(|v| !v.starts_with("page-"))
            .collect()
    };
    // The first submit button is the one Enter presses (HTML's default button).
    let middle = app.get(&format!("/attempts/{id}?page=2")).await;
    assert_eq!(
        submit_values(&middle.body),
        ["next", "prev", "save", "next", "summary"]
    );
    let last = app.get(&format!("/attempts/{id}?page=20")).await;
    assert_eq!(
        submit_values(&last.body),
        ["summary", "prev", "save", "summary"]
    );
    assert!(last
        .body
        .contains("class=\"default-action\" tabindex=\"-1\" aria-hidden=\"true\""));
}

#[rocket::async_test]
async fn a_flag_for_review_shows_in_the_navigation_and_the_summary_until_unticked() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    let save = |page: &'static str, flag: bool| {
        let app = &app;
        async move {
            let csrf = app.csrf().await;
            let flag_field = format!("flag.{page}");
            let mut fields = vec![
                ("_csrf", csrf.as_str()),
                ("page", page),
                ("shown", page),
                ("go", "next"),
            ];
            if flag {
                fields.push((flag_field.as_str(), "1"));
            }
            let r = app.submit_form(&format!("/attempts/{id}"), &fields).await;
            assert_eq!(r.status, Status::SeeOther);
        }
    };
    save("2", true).await;
    save("3", false).await;
    let page = app.get(&format!("/attempts/{id}?page=2")).await;
    assert!(
        page.body.contains("name=\"flag.2\" value=\"1\" checked"),
        "the box stays ticked"
    );
    assert!(page
        .body
        .contains("aria-label=\"Question 2, not answered, flagged for review\""));
    assert!(page
        .body
        .contains("aria-label=\"Question 3, not answered\""));
    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert_eq!(summary.body.matches("<span class=\"flagged\">").count(), 1);
    assert!(summary
        .body
        .contains("data-confirm=\"Submit all your answers and finish?"));
    // Unticked on its page: the flag goes (an unticked box sends nothing; the shown question says which).
    save("2", false).await;
    let summary = app.get(&format!("/attempts/{id}/summary")).await;
    assert_eq!(summary.body.matches("<span class=\"flagged\">").count(), 0);
    let flags = ispit::db::attempts::find_flags(&app.app().db, id)
        .await
        .expect("flags");
    assert!(flags.is_empty());
}

#[rocket::async_test]
async fn twenty_page_saves_at_once_flag_once_and_agree_on_the_page() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = app.start(GENDER).await;
    let csrf = app.csrf().await;
    let path = format!("/attempts/{id}");
    let fields = [
        ("_csrf", csrf.as_str()),
        ("page", "4"),
        ("shown", "4"),
        ("flag.4", "1"),
        ("go", "next"),
    ];
    let replies =
        rocket::futures::future::join_all((0..20).map(|_| app.submit_form(&path, &fields))).await;
    assert!(replies.iter().all(|r| r.status == Status::SeeOther));
    let flags = ispit::db::attempts::find_flags(&app.app().db, id)
        .await
        .expect("flags");
    assert_eq!(flags.len(), 1, "one flag row, however many saves");
    assert_eq!(app.attempt(id).await.current_page, 5);
}
