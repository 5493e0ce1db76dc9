//! Test security: nothing a learner receives before submitting names a bank id or gives the key away.
//! Over many drawn papers of every bundled quiz (both layouts, every question type) and the placement test,
//! every page and API response before submission is searched for bank ids; answers sent by shown numbers
//! are stored and scored exactly as the same answers by id are; the banks spread their keys over positions.

use std::collections::{BTreeMap, BTreeSet};

use ispit::assessment::answer::{key_answer_in, Answer, GapAnswer};
use ispit::assessment::paper::Paper;
use ispit::assessment::scoring::{fraction, grade};
use ispit::bank::{Course, Question, QuestionKind};
use ispit::i18n::Locale;
use ispit::ids::{AttemptId, ChoiceId};
use rocket::http::Status;
use serde_json::{json, Value};

use crate::helpers::{Shown, TestApp};

/// Every bank id of a course a learner must not see: question ids and the ids of options, matching
/// prompts and answers, gaps, gap choices and ordering items.
fn bank_ids(course: &Course) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for q in &course.questions {
        ids.insert(q.id.to_string());
        let mut add = |list: &[ChoiceId]| ids.extend(list.iter().map(ChoiceId::to_string));
        match &q.kind {
            QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => {
                add(options)
            }
            QuestionKind::Matching { left, right, .. } => {
                add(left);
                add(right);
            }
            QuestionKind::GapFill { gaps } => {
                for (gap, g) in gaps {
                    add(std::slice::from_ref(gap));
                    add(g.options());
                }
            }
            QuestionKind::Ordering { items, .. } => add(items),
            _ => {}
        }
    }
    ids
}

/// Quiz ids are public (the learner picks a quiz by its id): taken out of a text before it is searched.
fn without_quiz_ids(text: &str) -> String {
    [
        "migration-governance-final",
        "migration-development-final",
        "migration-gender-final",
    ]
    .iter()
    .fold(text.to_string(), |t, quiz| t.replace(quiz, ""))
}

/// Whether `text` holds `id` as a whole segment (bounded by anything but a lowercase letter or digit, so
/// `a.soering`, `a-soering` and `"a"` all count).
fn names(text: &str, id: &str) -> bool {
    text.match_indices(id).any(|(i, _)| {
        let outside =
            |c: Option<char>| !c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        outside(text[..i].chars().next_back()) && outside(text[i + id.len()..].chars().next())
    })
}

/// The HTML attributes of a page, as (name, value).
fn attributes(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(eq) = rest.find("=\"") {
        let name_start = rest[..eq]
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |i| i + 1);
        let name = rest[name_start..eq].to_string();
        let value_start = eq + 2;
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        out.push((name, rest[value_start..value_start + len].to_string()));
        rest = &rest[value_start + len + 1..];
    }
    out
}

/// What these tests type into text fields (shown back in the fields' values).
const TYPED: &[&str] = &["my answer", "twelve"];

/// No attribute names a bank id; only the answer fields' own grammar (`a.3`, `a-3-1`) is allowed.
fn assert_page_names_no_bank_id(html: &str, ids: &BTreeSet<String>, what: &str) {
    let field_name = |v: &str| {
        let mut parts = v.split('.');
        parts.next() == Some("a")
            && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let element_id = |v: &str| {
        let mut parts = v.split('-');
        parts.next() == Some("a")
            && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    for (name, value) in attributes(html) {
        // Prose shown to the learner (accessible names) may use any word, and the templates' own class
        // names are fixed (a class "who" is not the bank's "who").
        if matches!(
            name.as_str(),
            "aria-label"
                | "title"
                | "alt"
                | "content"
                | "class"
                | "data-warn-5"
                | "data-warn-1"
                | "data-time-up"
        ) {
            continue;
        }
        if name == "name" && field_name(&value)
            || matches!(name.as_str(), "id" | "for") && element_id(&value)
        {
            continue;
        }
        if name == "value" && !value.is_empty() {
            assert!(
                value.bytes().all(|b| b.is_ascii_hexdigit())
                    || value.parse::<f64>().is_ok()
                    || TYPED.contains(&value.as_str())
                    || ["true", "false", "next", "prev", "save", "summary"]
                        .contains(&value.as_str())
                    || value
                        .strip_prefix("page-")
                        .is_some_and(|n| n.parse::<usize>().is_ok()),
                "{what}: value=\"{value}\" is neither a number nor a fixed value"
            );
        }
        let value = without_quiz_ids(&value);
        if let Some(id) = ids.iter().find(|id| names(&value, id)) {
            panic!("{what}: {name}=\"{value}\" names the bank id {id}");
        }
    }
}

/// Field names of the API's documented objects.
const FIELDS: &[&str] = &[
    "id",
    "quiz_id",
    "state",
    "locale",
    "started_at",
    "deadline",
    "seconds_left",
    "questions",
    "answers",
    "number",
    "type",
    "points",
    "points_count",
    "stem",
    "answered",
    "options",
    "prompts",
    "segments",
    "items",
    "positions",
    "value",
    "review",
    "label",
    "selected",
    "correct",
    "feedback",
    "gap",
    "text",
    "position",
    "course",
    "title",
    "description",
    "minutes",
    "pass_percent",
    "attempts_allowed",
    "attempts_used",
    "offered",
    "languages",
    "time_limit_seconds",
    "locales",
    "quizzes",
    "error",
    "code",
    "message",
];

/// No JSON key names a bank id, no string that is not prose does, and nothing tells the key.
fn assert_json_names_no_bank_id(v: &Value, ids: &BTreeSet<String>, what: &str) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                // The documented fields are ours; any other key (a map's) must not be a bank id.
                assert!(
                    FIELDS.contains(&k.as_str()) || !ids.contains(k),
                    "{what}: key {k} is a bank id"
                );
                match (k.as_str(), v) {
                    ("correct" | "feedback" | "review", v) => {
                        assert!(v.is_null(), "{what}: {k} is {v} before submission")
                    }
                    (
                        "label" | "stem" | "text" | "title" | "description" | "course"
                        | "languages" | "message",
                        _,
                    ) => {}
                    _ => assert_json_names_no_bank_id(v, ids, what),
                }
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|i| assert_json_names_no_bank_id(i, ids, what)),
        Value::String(s) => {
            let s = without_quiz_ids(s);
            if let Some(id) = ids.iter().find(|id| names(&s, id)) {
                panic!("{what}: \"{s}\" names the bank id {id}");
            }
        }
        _ => {}
    }
}

/// An answer to question `i` of a paper that is right, wrong or partly right in turn (short answers are
/// always wrong, so no key text is typed into a page that is searched for ids).
fn mixed_answer(q: &Question, i: usize, locale: Locale) -> Answer {
    let key = key_answer_in(q, locale).expect("a question with a key");
    let mode = i % 3;
    if mode == 0 && !matches!(key, Answer::Short(_)) {
        return key;
    }
    let partly = mode == 2;
    let other = |ids: &[ChoiceId], not: &ChoiceId| ids.iter().find(|c| *c != not).cloned();
    match (&q.kind, key) {
        (QuestionKind::Single { options, .. }, Answer::Single(c)) => {
            Answer::Single(other(options, &c).expect("two options"))
        }
        (QuestionKind::Multiple { options, .. }, Answer::Multiple(set)) => {
            if partly && set.len() > 1 {
                Answer::Multiple(set.iter().skip(1).cloned().collect())
            } else {
                Answer::Multiple(
                    options
                        .iter()
                        .filter(|o| !set.contains(*o))
                        .cloned()
                        .collect(),
                )
            }
        }
        (_, Answer::TrueFalse(b)) => Answer::TrueFalse(!b),
        (_, Answer::Short(_)) => Answer::Short(TYPED[0].into()),
        (_, Answer::Numerical { value, .. }) => Answer::Numerical {
            text: format!("{}", value + 1000.0),
            value: value + 1000.0,
        },
        (QuestionKind::Matching { right, .. }, Answer::Matching(pairs)) => Answer::Matching(
            pairs
                .iter()
                .enumerate()
                .map(|(n, (l, r))| {
                    if partly && n == 0 {
                        (l.clone(), r.clone())
                    } else {
                        (l.clone(), other(right, r).expect("two answers"))
                    }
                })
                .collect(),
        ),
        (QuestionKind::GapFill { gaps }, Answer::GapFill(key)) => Answer::GapFill(
            key.iter()
                .enumerate()
                .map(|(n, (g, given))| {
                    let GapAnswer::Choice(c) = given else {
                        panic!("the bundled banks' gaps are chosen");
                    };
                    if partly && n == 0 {
                        (g.clone(), given.clone())
                    } else {
                        let wrong = other(gaps[g].options(), c).expect("two choices");
                        (g.clone(), GapAnswer::Choice(wrong))
                    }
                })
                .collect(),
        ),
        (_, Answer::Ordering(mut items)) => {
            if partly {
                items.swap(0, 1);
            } else {
                items.reverse();
            }
            Answer::Ordering(items)
        }
        (_, key) => key,
    }
}

/// What one attempt taught: how many questions of each type were searched, where single-choice keys were
/// shown, and the fractions the mixed answers earned.
#[derive(Default)]
struct Seen {
    types: BTreeMap<&'static str, usize>,
    key_positions: BTreeMap<usize, usize>,
    fractions: Vec<f64>,
}

/// Starts an attempt, answers it by shown numbers (through the pages or the API), searches everything the
/// learner can fetch before submitting, submits, and checks what was stored and scored.
async fn take_and_search(
    app: &TestApp,
    quiz: &str,
    token: &str,
    through_api: bool,
    seen: &mut Seen,
) {
    let id = app.start(quiz).await;
    let attempt = app.attempt(id).await;
    let (course, q_meta) = app.bank().quiz(&attempt.quiz_id).expect("quiz");
    let ids = bank_ids(course);
    let locale = attempt.locale;
    let what = |page: &str| format!("{quiz} attempt {} {page}", id.0);

    // The paper as the API hands it out at the start (the open attempt is resumed).
    let (status, paper) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{quiz}/attempts"),
            token,
            None,
        )
        .await;
    assert_eq!(status, Status::Created, "{paper}");
    assert_eq!(paper["id"], json!(id.0));
    assert_json_names_no_bank_id(&paper, &ids, &what("API start"));

    let intended = save_mixed(
        app,
        course,
        &attempt.paper,
        id,
        quiz,
        token,
        through_api,
        locale,
    )
    .await;
    // The API shows the saved answers as they were given: by question number and shown numbers.
    let (_, now) = app
        .json("GET", &format!("/api/v1/attempts/{}", id.0), token, None)
        .await;
    for (i, pq) in attempt.paper.questions.iter().enumerate() {
        let q = course.question(&pq.id).expect("question");
        let mut expected = Shown::new(q, pq).json(&intended[&pq.id]);
        if let Some(numbers) = expected["value"]
            .as_array_mut()
            .filter(|_| q.kind.type_name() == "multiple")
        {
            numbers.sort_by_key(|n| n.as_u64());
        }
        assert_eq!(
            now["answers"][(i + 1).to_string()],
            expected,
            "{}",
            what("saved answers")
        );
    }
    for pq in &attempt.paper.questions {
        let q = course.question(&pq.id).expect("question");
        *seen.types.entry(q.kind.type_name()).or_default() += 1;
        if let QuestionKind::Single { correct, .. } = &q.kind {
            *seen
                .key_positions
                .entry(Shown::new(q, pq).choice(correct))
                .or_default() += 1;
        }
        seen.fractions
            .push(fraction(q, intended.get(&pq.id), locale));
    }

    // Everything the learner can now fetch: the pages (each page of the paper), the summary, the
    // dashboard and the quiz's page, a page refusing a malformed answer, and the API's views.
    let pages = match q_meta.layout {
        ispit::bank::Layout::OnePerPage => attempt.paper.questions.len(),
        ispit::bank::Layout::AllOnOnePage => 1,
    };
    let mut fields_shown = BTreeSet::new();
    for page in 1..=pages {
        let r = app.get(&format!("/attempts/{}?page={page}", id.0)).await;
        assert_eq!(r.status, Status::Ok);
        assert_page_names_no_bank_id(&r.body, &ids, &what(&format!("page {page}")));
        fields_shown.extend(
            attributes(&r.body)
                .into_iter()
                .filter(|(name, value)| name == "name" && value.starts_with("a."))
                .map(|(_, value)| value),
        );
    }
    // The pages' fields are the very ones a full answer by shown numbers fills in.
    let mut fields_of_keys = BTreeSet::new();
    for (i, pq) in attempt.paper.questions.iter().enumerate() {
        let q = course.question(&pq.id).expect("question");
        for (part, _) in
            Shown::new(q, pq).form(&key_answer_in(q, locale).expect("a question with a key"))
        {
            fields_of_keys.insert(match part.as_str() {
                "" => format!("a.{}", i + 1),
                part => format!("a.{}.{part}", i + 1),
            });
        }
    }
    assert_eq!(fields_shown, fields_of_keys, "{}", what("fields"));
    for path in [
        format!("/attempts/{}/summary", id.0),
        "/quizzes".to_string(),
        format!("/quizzes/{quiz}"),
    ] {
        let r = app.get(&path).await;
        assert_eq!(r.status, Status::Ok, "{path}");
        assert_page_names_no_bank_id(&r.body, &ids, &what(&path));
    }
    // "twelve" is no option, position, place or number (a short answer would take it: not those).
    let typed = attempt
        .paper
        .questions
        .iter()
        .position(|pq| {
            !matches!(
                course.question(&pq.id).map(|q| &q.kind),
                Some(QuestionKind::Short { .. })
            )
        })
        .expect("a question that is not short-answer")
        + 1;
    let refused = app
        .submit_form(
            &format!("/attempts/{}", id.0),
            &[
                ("shown", typed.to_string().as_str()),
                (format!("a.{typed}").as_str(), "twelve"),
                (format!("a.{typed}.1").as_str(), "twelve"),
            ],
        )
        .await;
    assert_eq!(refused.status, Status::SeeOther);
    let shown = app
        .get(refused.location.as_deref().expect("back to the page"))
        .await;
    assert!(
        shown.body.contains(&format!("id=\"err-{typed}\"")),
        "the refusal is shown"
    );
    assert_page_names_no_bank_id(&shown.body, &ids, &what("refused answer"));
    for path in [
        format!("/api/v1/attempts/{}", id.0),
        "/api/v1/quizzes".to_string(),
    ] {
        let (status, body) = app.json("GET", &path, token, None).await;
        assert_eq!(status, Status::Ok, "{path}");
        assert_json_names_no_bank_id(&body, &ids, &what(&path));
    }
    let (status, body) = app
        .json(
            "PUT",
            &format!("/api/v1/attempts/{}/answers/1", id.0),
            token,
            Some(json!({"type": "ordering", "value": "nonsense"})),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity);
    assert_json_names_no_bank_id(&body, &ids, &what("API refusal"));

    // The malformed answer changed nothing; what was stored is the answer meant, in bank ids.
    let stored = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert_eq!(stored, intended, "{}", what("stored answers"));
    let r = app
        .submit_form(&format!("/attempts/{}/submit", id.0), &[])
        .await;
    assert_eq!(
        r.location,
        Some(format!("/attempts/{}/result", id.0)),
        "{}",
        what("submit")
    );
    let closed = app.attempt(id).await;
    assert_eq!(
        closed.max_milli,
        Some(crate::learner_flow::hand_max(
            app.bank(),
            quiz,
            &attempt.paper
        )),
        "{}",
        what("maximum")
    );
    let expected = grade(
        course,
        q_meta,
        &attempt.paper,
        &intended,
        &BTreeMap::new(),
        locale,
    );
    assert_eq!(
        closed.score_milli,
        Some(expected.total.0),
        "{}",
        what("score")
    );
    assert_eq!(closed.passed, Some(expected.passed));
}

/// Saves a mix of right, wrong and partly right answers by shown numbers; returns them in bank ids.
#[allow(clippy::too_many_arguments)]
async fn save_mixed(
    app: &TestApp,
    course: &Course,
    paper: &Paper,
    id: AttemptId,
    quiz: &str,
    token: &str,
    through_api: bool,
    locale: Locale,
) -> BTreeMap<ispit::ids::QuestionId, Answer> {
    let mut intended = BTreeMap::new();
    let mut fields: Vec<(String, String)> = vec![
        ("_csrf".into(), app.csrf().await),
        ("go".into(), "save".into()),
    ];
    for (i, pq) in paper.questions.iter().enumerate() {
        let q = course.question(&pq.id).expect("question");
        let answer = mixed_answer(q, i, locale);
        let shown = Shown::new(q, pq);
        if through_api {
            let (status, body) = app
                .json(
                    "PUT",
                    &format!("/api/v1/attempts/{}/answers/{}", id.0, i + 1),
                    token,
                    Some(shown.json(&answer)),
                )
                .await;
            assert_eq!(status, Status::NoContent, "{quiz} {}: {body}", pq.id);
        } else {
            let number = i + 1;
            fields.push(("shown".into(), number.to_string()));
            for (part, value) in shown.form(&answer) {
                let name = if part.is_empty() {
                    format!("a.{number}")
                } else {
                    format!("a.{number}.{part}")
                };
                fields.push((name, value));
            }
        }
        intended.insert(pq.id.clone(), answer);
    }
    if !through_api {
        // One post with every question: the server maps each number through the paper, whatever the layout.
        let refs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let r = app.post_form(&format!("/attempts/{}", id.0), &refs).await;
        assert_eq!(r.status, Status::SeeOther, "{quiz}: {}", r.body);
    }
    intended
}

#[rocket::async_test]
async fn nothing_a_learner_receives_before_submitting_names_a_bank_id_and_answers_by_number_score_as_by_id(
) {
    let app = TestApp::spawn().await;
    let quizzes: Vec<String> = app
        .bank()
        .quizzes()
        .map(|(_, q)| q.id.to_string())
        .collect();
    assert_eq!(quizzes.len(), 3, "every bundled quiz");
    assert!(quizzes.iter().all(|q| without_quiz_ids(q).is_empty()));
    let mut seen = Seen::default();
    let locales = [Locale::Mk, Locale::En, Locale::SrCyrl, Locale::Sq];
    for (n, locale) in locales.into_iter().enumerate() {
        let email = format!("learner{n}@example.org");
        app.add_user(&email, Some(locale)).await;
        app.login(&email).await;
        let token = app.api_token(&email).await;
        for quiz in &quizzes {
            // Three attempts each (the quizzes' limit), by pages and by the API in turn.
            for attempt in 0..3 {
                take_and_search(&app, quiz, &token, (n + attempt) % 2 == 1, &mut seen).await;
            }
        }
        app.logout().await;
    }
    for kind in [
        "single",
        "multiple",
        "true-false",
        "short",
        "numerical",
        "matching",
        "gap-fill",
        "ordering",
    ] {
        assert!(
            seen.types.get(kind).is_some_and(|n| *n >= 5),
            "{kind} questions searched: {:?}",
            seen.types
        );
    }
    // Shown numbers tell nothing: a single-choice key is shown first, second, third or fourth alike.
    let singles: usize = seen.key_positions.values().sum();
    for position in 1..=4 {
        let share = *seen.key_positions.get(&position).unwrap_or(&0) as f64 / singles as f64;
        assert!(
            share > 0.12,
            "keys shown at {:?} of {singles}",
            seen.key_positions
        );
    }
    let right = seen.fractions.iter().filter(|f| **f >= 1.0 - 1e-9).count();
    let wrong = seen.fractions.iter().filter(|f| **f <= 0.0).count();
    let partly = seen.fractions.len() - right - wrong;
    assert!(
        right > 50 && wrong > 50 && partly > 20,
        "right {right}, wrong {wrong}, partly right {partly}"
    );
}

#[rocket::async_test]
async fn numbers_that_are_not_on_the_paper_are_refused() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let token = app.api_token("ana@example.org").await;
    let quiz = "migration-gender-final";
    let id = app.start(quiz).await;
    let attempt = app.attempt(id).await;
    let (course, _) = app.bank().quiz(&attempt.quiz_id).expect("quiz");
    let (number, options) = attempt
        .paper
        .questions
        .iter()
        .enumerate()
        .find_map(|(i, pq)| match &course.question(&pq.id)?.kind {
            QuestionKind::Single { options, .. } => Some((i + 1, options.len())),
            _ => None,
        })
        .expect("a single-choice question");
    for bad in [
        "0".to_string(),
        (options + 1).to_string(),
        "a".into(),
        "b".into(),
    ] {
        let r = app
            .submit_form(
                &format!("/attempts/{}", id.0),
                &[
                    ("shown", &number.to_string()),
                    (&format!("a.{number}"), &bad),
                ],
            )
            .await;
        assert_eq!(r.status, Status::SeeOther, "option {bad}");
        let shown = app
            .get(r.location.as_deref().expect("back to the page"))
            .await;
        assert!(
            shown.body.contains(&format!("id=\"err-{number}\"")),
            "option {bad} is refused on the page"
        );
    }
    for bad in [json!(0), json!(options + 1), json!("a")] {
        let (status, _) = app
            .json(
                "PUT",
                &format!("/api/v1/attempts/{}/answers/{number}", id.0),
                &token,
                Some(json!({"type": "single", "value": bad})),
            )
            .await;
        assert_eq!(status, Status::UnprocessableEntity, "option {bad}");
    }
    let first = attempt.paper.questions[0].id.to_string();
    let (status, _) = app
        .json(
            "PUT",
            &format!("/api/v1/attempts/{}/answers/{first}", id.0),
            &token,
            Some(json!(null)),
        )
        .await;
    assert_eq!(
        status,
        Status::NotFound,
        "a question is not addressed by its id"
    );
    let r = app
        .submit_form(
            &format!("/attempts/{}", id.0),
            &[("shown", first.as_str()), (&format!("a.{first}"), "1")],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    let stored = ispit::db::attempts::find_responses(&app.app().db, id)
        .await
        .expect("responses");
    assert!(stored.is_empty(), "nothing refused was stored: {stored:?}");
}

/// Where the keys sit in the banks' own option order: spread over the positions, not always first.
#[rocket::async_test]
async fn the_bundled_banks_spread_their_keys_over_the_positions() {
    let app = TestApp::spawn().await;
    for course in &app.bank().courses {
        let mut single: BTreeMap<usize, usize> = BTreeMap::new();
        let mut gaps: BTreeMap<usize, usize> = BTreeMap::new();
        let (mut multiple, mut leading) = (0, 0);
        for q in &course.questions {
            match &q.kind {
                QuestionKind::Single {
                    options, correct, ..
                } => {
                    let p = options.iter().position(|o| o == correct).expect("key");
                    *single.entry(p).or_default() += 1;
                }
                QuestionKind::Multiple {
                    options, correct, ..
                } => {
                    multiple += 1;
                    if options
                        .iter()
                        .take(correct.len())
                        .all(|o| correct.contains(o))
                    {
                        leading += 1;
                    }
                }
                QuestionKind::GapFill { gaps: g } => {
                    for gap in g.values() {
                        // Only a chosen gap has a key in a place.
                        let ispit::bank::Gap::Choice { options, correct } = gap else {
                            continue;
                        };
                        let p = options.iter().position(|o| o == correct).expect("key");
                        *gaps.entry(p).or_default() += 1;
                    }
                }
                _ => {}
            }
        }
        let spread = |counts: &BTreeMap<usize, usize>, positions: usize, what: &str| {
            let total: usize = counts.values().sum();
            for p in 0..positions {
                let share = *counts.get(&p).unwrap_or(&0) as f64 / total as f64;
                assert!(
                    share <= 1.0 / positions as f64 + 0.15,
                    "{}: {what} keys at position {} in {share:.2} of questions: {counts:?}",
                    course.id,
                    p + 1
                );
            }
        };
        spread(&single, 4, "single-choice");
        spread(&gaps, 3, "gap-fill");
        assert!(
            leading * 4 <= multiple,
            "{}: {leading} of {multiple} multiple-choice keys are the leading options",
            course.id
        );
    }
}

/// The options of a placement item page in shown order, as indices into the item's stored options.
fn shown_placement_order(html: &str, options: &[String]) -> Vec<usize> {
    html.split("<label class=\"option\"")
        .skip(1)
        .map(|l| {
            let start = l.find("<span>").expect("label") + "<span>".len();
            let label = &l[start..start + l[start..].find("</span>").expect("end")];
            options
                .iter()
                .position(|o| handlebars::html_escape(o) == label)
                .unwrap_or_else(|| panic!("{label} is not an option"))
        })
        .collect()
}

#[rocket::async_test]
async fn placement_options_are_shuffled_per_attempt_stable_on_reload_and_mapped_back() {
    let app = TestApp::spawn().await;
    let bank = app.app().placement.clone().expect("placement bank");
    let db = &app.app().db;
    // Item id → the orders different attempts showed it in.
    let mut orders: BTreeMap<String, Vec<Vec<usize>>> = BTreeMap::new();
    let mut key_shown_at: BTreeMap<usize, usize> = BTreeMap::new();
    for learner in 0..6 {
        let email = format!("p{learner}@example.org");
        app.add_user(&email, None).await;
        app.login(&email).await;
        let id = crate::placement::start(&app).await;
        for step in 0..10 {
            let page = app.get(&format!("/placement/{id}")).await;
            assert_eq!(page.status, Status::Ok);
            let reload = app.get(&format!("/placement/{id}")).await;
            assert_eq!(page.body, reload.body, "a reload shows the same order");
            let a = ispit::db::placement::find_placement(db, id)
                .await
                .expect("q")
                .expect("attempt");
            let steps = ispit::db::placement::find_steps(db, id)
                .await
                .expect("steps");
            let index = ispit::service::placement::session(&bank, &a, &steps)
                .next_item()
                .expect("an item");
            let (item, text) = (&bank.pool.items[index], &bank.texts[index]);
            assert!(
                !page.body.contains(item.id.as_str()),
                "the page names {}",
                item.id
            );
            let token = crate::placement::field(&page.body, "item");
            assert!(token.len() == 16 && token.bytes().all(|b| b.is_ascii_hexdigit()));
            let order = shown_placement_order(&page.body, &text.options);
            let mut sorted = order.clone();
            sorted.sort();
            assert_eq!(sorted, (0..text.options.len()).collect::<Vec<_>>());
            let key_at = order.iter().position(|i| *i == text.correct).expect("key") + 1;
            *key_shown_at.entry(key_at).or_default() += 1;
            orders
                .entry(item.id.clone())
                .or_default()
                .push(order.clone());
            // Right and wrong in turn, sent by shown number; the server stores the item's own option.
            let chosen = if step % 2 == 0 {
                text.correct
            } else {
                (text.correct + 1) % text.options.len()
            };
            let number = order.iter().position(|i| *i == chosen).expect("shown") + 1;
            let r = app
                .submit_form(
                    &format!("/placement/{id}"),
                    &[
                        ("step", crate::placement::field(&page.body, "step").as_str()),
                        ("item", token.as_str()),
                        ("choice", number.to_string().as_str()),
                    ],
                )
                .await;
            assert_eq!(r.status, Status::SeeOther, "{}", r.body);
            let steps = ispit::db::placement::find_steps(db, id)
                .await
                .expect("steps");
            let last = steps.last().expect("a step");
            assert_eq!(last.item_id, item.id);
            assert_eq!(last.answer, text.options[chosen]);
            assert_eq!(last.correct, chosen == text.correct);
        }
        app.logout().await;
    }
    let repeated: Vec<&Vec<Vec<usize>>> = orders.values().filter(|o| o.len() > 1).collect();
    assert!(!repeated.is_empty(), "some item was shown to two attempts");
    assert!(
        repeated.iter().any(|o| o.iter().any(|x| *x != o[0])),
        "an item shown to several attempts is shown in other orders: {repeated:?}"
    );
    assert!(
        key_shown_at.len() >= 3,
        "keys are shown at several positions: {key_shown_at:?}"
    );
}
