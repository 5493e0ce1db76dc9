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

# A Cloze-like gap fill (a chosen gap, typed words, a typed number), in a category no quiz draws.
[[questions]]
id = "gapfill-typed"
type = "gap-fill"
points = 3
category = "typed"
gaps = { article = { options = ["two", "three", "five"], correct = "three" }, crime = { accept = ["transnational"], accept_by_locale = { mk = ["транснационал*"] } }, year = { answer = 2000, tolerance = 0 } }

# Moodle's partial and negative credit, in a category no quiz draws (the draws above stay as they were).
[[questions]]
id = "single-weighted"
type = "single"
points = 2
category = "weighted"
options = ["a", "b", "c", "d"]
correct = "a"
weights = { a = 1, b = 0.5, c = -0.3333333 }

[[questions]]
id = "multiple-weighted"
type = "multiple"
points = 3
category = "weighted"
options = ["a", "b", "c", "d", "e"]
correct = ["a", "b", "c"]
weights = { a = 0.3333333, b = 0.3333333, c = 0.3333333, d = -0.5 }

[[questions]]
id = "multiple-weighted-negative"
type = "multiple"
category = "weighted"
options = ["a", "b", "c", "d"]
correct = ["a", "b"]
negative_marking = true
weights = { a = 0.5, b = 0.5, c = -1, d = -0.3333333 }

[[questions]]
id = "short-partial"
type = "short"
category = "weighted"
accept = ["Palermo Protocol", "*Trafficking in Persons Protocol*"]
partial = [{ pattern = "Palermo*", fraction = 0.5 }, { pattern = "*trafficking*", fraction = 0.3333333 }]

[[questions]]
id = "numerical-partial"
type = "numerical"
category = "weighted"
answer = 1951
partial = [{ answer = 1967, fraction = 0.5 }, { answer = 1950, tolerance = 5, fraction = 0.25 }, { answer = 1951, tolerance = 10, fraction = 0.1 }]

[[questions]]
id = "essay"
type = "essay"
points = 4
category = "written"
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
q-gapfill-typed = Complete the sentence.
    .text = The Palermo Protocol, adopted in { $year }, supplements the United Nations Convention against { $crime } Organized Crime; it defines trafficking in persons in Article { $article }.
    .opt-two = 2
    .opt-three = 3
    .opt-five = 5
    .feedback = 2000; Transnational; Article 3.
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
q-single-weighted = Which body supervises the application of the 1951 Refugee Convention?
    .opt-a = UNHCR
    .opt-b = UNHCR's Executive Committee
    .opt-c = IOM
    .opt-d = The UN Human Rights Committee
    .feedback = Article 35 of the Convention: UNHCR.
q-multiple-weighted = Which purposes does the Palermo Protocol state in Article 2?
    .opt-a = Prevent and combat trafficking in persons
    .opt-b = Protect and assist its victims
    .opt-c = Promote cooperation among States Parties
    .opt-d = Regulate labour migration
    .opt-e = Return victims to their country of origin
    .feedback = Article 2 names prevention, protection and cooperation.
q-multiple-weighted-negative = Which rights does the 1951 Convention grant refugees?
    .opt-a = Protection against refoulement
    .opt-b = Access to the courts
    .opt-c = Citizenship of the host State
    .opt-d = Free choice of the country of asylum
    .feedback = Articles 33 and 16.
q-short-partial = Which protocol to the UN Convention against Transnational Organized Crime defines trafficking in persons?
    .feedback = The Palermo Protocol (2000).
q-numerical-partial = In which year was the Convention relating to the Status of Refugees adopted?
    .feedback = 1951; its Protocol followed in 1967.
q-essay = Explain the principle of non-refoulement.
    .grader-info = Article 33 of the 1951 Convention; its absolute form under Article 3 of the Convention against Torture.
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
