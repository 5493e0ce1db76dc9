//! A small course using every question type, for the unit tests of the assessment core.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::bank::{parse::parse_course, Course, Question};
use crate::i18n::{Locale, Source};

const TOML: &str = r#"format = 1
id = "demo"

[[quizzes]]
id = "demo-final"
pass_percent = 60
attempts = 2
time_limit_minutes = 10
[[quizzes.draw]]
category = "a"
count = 4
[[quizzes.draw]]
category = "b"
count = 4

[[questions]]
id = "single"
type = "single"
category = "a"
options = ["a", "b", "c"]
correct = "b"

[[questions]]
id = "multiple"
type = "multiple"
category = "a"
options = ["a", "b", "c", "d"]
correct = ["a", "c"]

[[questions]]
id = "multiple-negative"
type = "multiple"
category = "a"
options = ["a", "b", "c", "d"]
correct = ["a", "c"]
negative_marking = true

[[questions]]
id = "truefalse"
type = "true-false"
category = "a"
correct = true

[[questions]]
id = "short"
type = "short"
category = "a"
accept = ["UNHCR", "*refugee agency*"]
accept_by_locale = { sr-Cyrl = ["Високи комесаријат*"] }

[[questions]]
id = "numerical"
type = "numerical"
category = "b"
answer = 1951

[[questions]]
id = "numerical-tolerance"
type = "numerical"
category = "b"
answer = 3
tolerance = 0.5

[[questions]]
id = "matching"
type = "matching"
points = 2
category = "b"
left = ["l1", "l2"]
right = ["r1", "r2", "r3"]
pairs = { l1 = "r1", l2 = "r2" }

[[questions]]
id = "gapfill"
type = "gap-fill"
points = 2
category = "b"
gaps = { g1 = { options = ["x", "y"], correct = "y" }, g2 = { options = ["p", "q"], correct = "p" } }

[[questions]]
id = "ordering"
type = "ordering"
points = 2
category = "b"
items = ["i1", "i2", "i3"]

[[questions]]
id = "ordering-strict"
type = "ordering"
category = "b"
items = ["i1", "i2", "i3"]
ordering_scoring = "all-or-nothing"
"#;

const EN: &str = "course-title = Demo
course-description = A course for tests.
quiz-demo-final = Final
    .description = All types.
q-single = Pick b.
    .opt-a = A
    .opt-b = B
    .opt-c = C
    .feedback = B it is.
    .opt-a-feedback = Not A.
q-multiple = Pick a and c.
    .opt-a = A
    .opt-b = B
    .opt-c = C
    .opt-d = D
    .feedback = A and C.
    .opt-b-feedback = Not B.
q-multiple-negative = Pick a and c (negative marking).
    .opt-a = A
    .opt-b = B
    .opt-c = C
    .opt-d = D
    .feedback = A and C.
q-truefalse = This is true.
    .feedback = True.
q-short = Which agency?
    .feedback = UNHCR.
q-numerical = Which year?
    .feedback = 1951.
q-numerical-tolerance = About three?
    .feedback = Three.
q-matching = Match.
    .left-l1 = L1
    .left-l2 = L2
    .right-r1 = R1
    .right-r2 = R2
    .right-r3 = R3
    .feedback = L1-R1, L2-R2.
q-gapfill = Fill the gaps.
    .text = First { $g1 }, then { $g2 }.
    .opt-x = X
    .opt-y = Y
    .opt-p = P
    .opt-q = Q
    .feedback = Y and P.
q-ordering = Order.
    .item-i1 = One
    .item-i2 = Two
    .item-i3 = Three
    .feedback = 1, 2, 3.
q-ordering-strict = Order strictly.
    .item-i1 = One
    .item-i2 = Two
    .item-i3 = Three
    .feedback = 1, 2, 3.
";

pub fn demo_course() -> Course {
    let ftl: BTreeMap<Locale, Source> = [(
        Locale::En,
        Source {
            path: PathBuf::from("demo/en.ftl"),
            text: EN.to_string(),
        },
    )]
    .into();
    match parse_course(Path::new("demo"), Path::new("demo/course.toml"), TOML, &ftl) {
        Ok(p) => p.course,
        Err(problems) => panic!("demo course is invalid: {problems:?}"),
    }
}

pub fn question<'a>(course: &'a Course, id: &str) -> &'a Question {
    let id = id.parse().expect("question id");
    course.question(&id).expect("question exists")
}

pub use super::answer::key_answer as right_answer;
