//! Scoring on the server: each question's fraction of its points, and the attempt's grade.

use std::collections::BTreeMap;

use serde::Serialize;

use super::answer::{Answer, GapAnswer};
use super::paper::Paper;
use crate::bank::{
    short_answer_match, Course, Gap, OrderingScoring, Points, Question, QuestionKind, Quiz,
};
use crate::i18n::{format::parse_decimal, Locale};
use crate::ids::QuestionId;

/// The fraction of a question's points earned, from -1 (negative marking) to 1.
pub fn fraction(question: &Question, answer: Option<&Answer>, locale: Locale) -> f64 {
    let Some(answer) = answer else {
        return 0.0;
    };
    if answer.check(question).is_err() {
        return 0.0;
    }
    let all_or_nothing = |right: bool| if right { 1.0 } else { 0.0 };
    match (&question.kind, answer) {
        (
            QuestionKind::Single {
                correct, weights, ..
            },
            Answer::Single(c),
        ) => match weights {
            // Moodle's single-answer multichoice: the chosen option's grade, negative ones included.
            Some(w) => w.of(c).clamp(-1.0, 1.0),
            None => all_or_nothing(c == correct),
        },
        (
            QuestionKind::Multiple {
                options,
                correct,
                negative_marking,
                weights,
            },
            Answer::Multiple(chosen),
        ) => {
            let f = match weights {
                // Moodle's multi-answer multichoice: the sum of the chosen options' grades.
                Some(w) => chosen.iter().map(|c| w.of(c)).sum(),
                None => {
                    let right = chosen.intersection(correct).count() as f64;
                    let wrong = chosen.difference(correct).count() as f64;
                    let wrong_total = (options.len() - correct.len()).max(1) as f64;
                    right / correct.len() as f64 - wrong / wrong_total
                }
            };
            let floor = if *negative_marking { -1.0 } else { 0.0 };
            f.clamp(floor, 1.0)
        }
        (QuestionKind::TrueFalse { correct }, Answer::TrueFalse(b)) => all_or_nothing(b == correct),
        (
            QuestionKind::Short {
                accept,
                accept_by_locale,
                folding,
                partial,
            },
            Answer::Short(text),
        ) => {
            if short_answer_match(accept, accept_by_locale, *folding, locale, text).is_some() {
                1.0
            } else {
                partial
                    .iter()
                    .find(|p| p.pattern.matches(text, *folding))
                    .map_or(0.0, |p| p.fraction)
            }
        }
        (
            QuestionKind::Numerical {
                answer,
                tolerance,
                partial,
            },
            Answer::Numerical { value, .. },
        ) => {
            if within(*value, *answer, *tolerance) {
                1.0
            } else {
                partial
                    .iter()
                    .find(|p| within(*value, p.answer, p.tolerance))
                    .map_or(0.0, |p| p.fraction)
            }
        }
        (QuestionKind::Matching { pairs, .. }, Answer::Matching(given)) => {
            let right = pairs
                .iter()
                .filter(|(l, r)| given.get(*l) == Some(*r))
                .count();
            right as f64 / pairs.len() as f64
        }
        (QuestionKind::GapFill { gaps }, Answer::GapFill(given)) => {
            let right = gaps
                .iter()
                .filter(|(g, gap)| gap_is_right(gap, given.get(*g), locale))
                .count();
            right as f64 / gaps.len() as f64
        }
        (QuestionKind::Ordering { items, scoring }, Answer::Ordering(order)) => match scoring {
            OrderingScoring::AllOrNothing => all_or_nothing(order == items),
            OrderingScoring::Partial => {
                // Moodle's "relative to the next item": each neighbouring pair of the key kept in order.
                let pos: BTreeMap<_, _> = order.iter().enumerate().map(|(i, id)| (id, i)).collect();
                let right = items
                    .windows(2)
                    .filter(|w| {
                        pos.get(&w[0])
                            .zip(pos.get(&w[1]))
                            .is_some_and(|(a, b)| b == &(a + 1))
                    })
                    .count();
                right as f64 / (items.len() - 1) as f64
            }
        },
        _ => 0.0,
    }
}

/// Whether what was put in a gap earns its share: the right choice, words an accept pattern matches, or
/// a number (read in the attempt's `locale`) within the tolerance.
pub fn gap_is_right(gap: &Gap, given: Option<&GapAnswer>, locale: Locale) -> bool {
    match (gap, given) {
        (Gap::Choice { correct, .. }, Some(GapAnswer::Choice(c))) => c == correct,
        (
            Gap::Text {
                accept,
                accept_by_locale,
                folding,
            },
            Some(GapAnswer::Typed { text }),
        ) => short_answer_match(accept, accept_by_locale, *folding, locale, text).is_some(),
        (Gap::Number { answer, tolerance }, Some(GapAnswer::Typed { text })) => {
            parse_decimal(text, locale).is_some_and(|value| within(value, *answer, *tolerance))
        }
        _ => false,
    }
}

/// Whether `value` is within `tolerance` of `answer`, with a hair of slack so that 0.1 + 0.2 style
/// representation errors never fail a right answer.
fn within(value: f64, answer: f64, tolerance: f64) -> bool {
    (value - answer).abs() <= tolerance + 1e-9 * answer.abs().max(1.0)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionMark {
    pub id: QuestionId,
    /// 0 while `pending`.
    pub awarded: Points,
    pub max: Points,
    pub fraction: f64,
    /// An answered essay no instructor has marked yet.
    pub pending: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Grade {
    pub marks: Vec<QuestionMark>,
    /// Sum of the marks, never below zero even with negative marking (so far, while essays await grading).
    pub total: Points,
    pub max: Points,
    /// Never while essays await grading: the pass mark is decided once every mark is in.
    pub passed: bool,
    /// How many answered essays await an instructor's mark.
    pub awaiting: usize,
}

impl Grade {
    pub fn percent(&self) -> f64 {
        if self.max.0 == 0 {
            0.0
        } else {
            self.total.0 as f64 * 100.0 / self.max.0 as f64
        }
    }
}

/// Grades a paper: questions missing from the bank (removed since the draw) score nothing but still count.
/// An answered essay takes the instructor's mark from `manual` (kept within 0 and its points), and until
/// it has one the grade awaits it: no pass or fail. An essay left blank scores 0 and awaits nothing, as in
/// Moodle.
pub fn grade(
    course: &Course,
    quiz: &Quiz,
    paper: &Paper,
    answers: &BTreeMap<QuestionId, Answer>,
    manual: &BTreeMap<QuestionId, Points>,
    locale: Locale,
) -> Grade {
    let marks: Vec<QuestionMark> = paper
        .questions
        .iter()
        .map(|pq| match course.question(&pq.id) {
            Some(q) if matches!(q.kind, QuestionKind::Essay) => {
                let answered = Answer::is_written_essay(answers.get(&pq.id));
                let given = manual.get(&pq.id).filter(|_| answered);
                let awarded = given.map_or(Points(0), |p| Points(p.0.clamp(0, q.points.0)));
                QuestionMark {
                    id: pq.id.clone(),
                    awarded,
                    max: q.points,
                    // A question is worth at least a thousandth (bank::parse refuses less).
                    fraction: awarded.0 as f64 / q.points.0 as f64,
                    pending: answered && given.is_none(),
                }
            }
            Some(q) => {
                let f = fraction(q, answers.get(&pq.id), locale);
                QuestionMark {
                    id: pq.id.clone(),
                    awarded: Points((q.points.0 as f64 * f).round() as i64),
                    max: q.points,
                    fraction: f,
                    pending: false,
                }
            }
            None => QuestionMark {
                id: pq.id.clone(),
                awarded: Points(0),
                max: Points(0),
                fraction: 0.0,
                pending: false,
            },
        })
        .collect();
    let total = Points(marks.iter().map(|m| m.awarded.0).sum::<i64>().max(0));
    let max: Points = marks.iter().map(|m| m.max).sum();
    let awaiting = marks.iter().filter(|m| m.pending).count();
    let passed =
        awaiting == 0 && max.0 > 0 && total.0 * 100 >= i64::from(quiz.pass_percent) * max.0;
    Grade {
        marks,
        total,
        max,
        passed,
        awaiting,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::test_support::{demo_course, question};
    use crate::ids::ChoiceId;

    fn id(s: &str) -> ChoiceId {
        s.parse().expect("id")
    }

    fn f(course: &Course, q: &str, a: Answer) -> f64 {
        fraction(question(course, q), Some(&a), Locale::En)
    }

    #[test]
    fn single_and_true_false_are_all_or_nothing() {
        let c = demo_course();
        assert_eq!(f(&c, "single", Answer::Single(id("b"))), 1.0);
        assert_eq!(f(&c, "single", Answer::Single(id("a"))), 0.0);
        assert_eq!(f(&c, "truefalse", Answer::TrueFalse(true)), 1.0);
        assert_eq!(f(&c, "truefalse", Answer::TrueFalse(false)), 0.0);
        assert_eq!(fraction(question(&c, "single"), None, Locale::En), 0.0);
        // A wrong-typed answer scores nothing rather than panicking.
        assert_eq!(f(&c, "single", Answer::TrueFalse(true)), 0.0);
    }

    #[test]
    fn multiple_choice_gives_partial_credit() {
        // Options a, b, c, d; correct a and c.
        let c = demo_course();
        let m = |ids: &[&str]| Answer::Multiple(ids.iter().map(|s| id(s)).collect());
        assert_eq!(f(&c, "multiple", m(&["a", "c"])), 1.0);
        assert_eq!(f(&c, "multiple", m(&["a"])), 0.5);
        assert_eq!(f(&c, "multiple", m(&["a", "b"])), 0.0);
        assert_eq!(f(&c, "multiple", m(&["a", "b", "c", "d"])), 0.0);
        assert_eq!(f(&c, "multiple", m(&["b", "d"])), 0.0, "floored at zero");
        // With negative marking the same wrong choices cost points.
        assert_eq!(f(&c, "multiple-negative", m(&["b", "d"])), -1.0);
        assert_eq!(f(&c, "multiple-negative", m(&["a", "b"])), 0.0);
        assert_eq!(f(&c, "multiple-negative", m(&["b"])), -0.5);
    }

    #[test]
    fn short_answers_match_patterns_per_locale() {
        let c = demo_course();
        let q = question(&c, "short");
        let s = |t: &str, l| fraction(q, Some(&Answer::Short(t.into())), l);
        assert_eq!(s("unhcr", Locale::En), 1.0);
        assert_eq!(s("УНХЦР", Locale::SrCyrl), 1.0);
        assert_eq!(s("the UN refugee agency", Locale::En), 1.0);
        assert_eq!(s("IOM", Locale::En), 0.0);
        // A locale's own patterns, and Serbian Latin taking Serbian Cyrillic's.
        assert_eq!(s("Visoki komesarijat", Locale::SrLatn), 1.0);
        assert_eq!(s("Високи комесаријат", Locale::SrCyrl), 1.0);
        assert_eq!(s("Visoki komesarijat", Locale::En), 0.0);
    }

    #[test]
    fn numerical_answers_honour_the_tolerance() {
        let c = demo_course();
        let n = |v: f64| Answer::Numerical {
            text: v.to_string(),
            value: v,
        };
        assert_eq!(f(&c, "numerical", n(1951.0)), 1.0);
        assert_eq!(f(&c, "numerical", n(1952.0)), 0.0);
        assert_eq!(f(&c, "numerical-tolerance", n(3.4)), 1.0);
        assert_eq!(f(&c, "numerical-tolerance", n(2.5)), 1.0);
        assert_eq!(f(&c, "numerical-tolerance", n(2.49)), 0.0);
    }

    #[test]
    fn matching_gaps_and_ordering_give_partial_credit() {
        let c = demo_course();
        let map = |pairs: &[(&str, &str)]| pairs.iter().map(|(a, b)| (id(a), id(b))).collect();
        let chosen = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(a, b)| (id(a), GapAnswer::Choice(id(b))))
                .collect()
        };
        assert_eq!(
            f(
                &c,
                "matching",
                Answer::Matching(map(&[("l1", "r1"), ("l2", "r2")]))
            ),
            1.0
        );
        assert_eq!(
            f(
                &c,
                "matching",
                Answer::Matching(map(&[("l1", "r1"), ("l2", "r3")]))
            ),
            0.5
        );
        assert_eq!(
            f(
                &c,
                "gapfill",
                Answer::GapFill(chosen(&[("g1", "y"), ("g2", "p")]))
            ),
            1.0
        );
        assert_eq!(
            f(&c, "gapfill", Answer::GapFill(chosen(&[("g1", "y")]))),
            0.5
        );
        let order = |ids: &[&str]| Answer::Ordering(ids.iter().map(|s| id(s)).collect());
        assert_eq!(f(&c, "ordering", order(&["i1", "i2", "i3"])), 1.0);
        assert_eq!(f(&c, "ordering", order(&["i2", "i3", "i1"])), 0.5);
        assert_eq!(f(&c, "ordering", order(&["i3", "i2", "i1"])), 0.0);
        assert_eq!(f(&c, "ordering-strict", order(&["i2", "i3", "i1"])), 0.0);
        assert_eq!(f(&c, "ordering-strict", order(&["i1", "i2", "i3"])), 1.0);
    }

    /// An essay (4 points) beside a single choice (1 point), quiz pass mark 60 %.
    #[test]
    fn an_answered_essay_awaits_its_mark_and_then_counts() {
        use crate::assessment::paper::{Paper, PaperQuestion};
        let c = demo_course();
        let quiz = &c.quizzes[0];
        let pq = |id: &str| PaperQuestion {
            id: id.parse().expect("id"),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        };
        let paper = Paper {
            questions: vec![pq("single"), pq("essay")],
        };
        let qid = |s: &str| -> QuestionId { s.parse().expect("id") };
        let answers: BTreeMap<QuestionId, Answer> = [
            (qid("single"), Answer::Single(id("b"))),
            (qid("essay"), Answer::Essay("Article 33.".into())),
        ]
        .into();
        // No mark yet: 1 of 5 so far, one awaited, no pass.
        let g = grade(&c, quiz, &paper, &answers, &BTreeMap::new(), Locale::En);
        assert_eq!(
            (g.total, g.max, g.awaiting, g.passed),
            (Points(1000), Points(5000), 1, false)
        );
        assert!(g.marks[1].pending);
        // 2 of 4: 3 of 5 = 60 %, the pass mark exactly.
        let marks = [(qid("essay"), Points(2000))].into();
        let g = grade(&c, quiz, &paper, &answers, &marks, Locale::En);
        assert_eq!((g.total, g.awaiting, g.passed), (Points(3000), 0, true));
        assert_eq!(g.marks[1].fraction, 0.5);
        // 1.999 of 4: 2.999 of 5, just below.
        let marks = [(qid("essay"), Points(1999))].into();
        assert!(!grade(&c, quiz, &paper, &answers, &marks, Locale::En).passed);
        // A mark beyond the question's points counts as its points, never more.
        let marks = [(qid("essay"), Points(9000))].into();
        assert_eq!(
            grade(&c, quiz, &paper, &answers, &marks, Locale::En).total,
            Points(5000)
        );
        // A blank essay scores 0 and awaits nothing, mark or not.
        let blank: BTreeMap<QuestionId, Answer> = [
            (qid("single"), Answer::Single(id("b"))),
            (qid("essay"), Answer::Essay("  \n ".into())),
        ]
        .into();
        let g = grade(&c, quiz, &paper, &blank, &marks, Locale::En);
        assert_eq!((g.total, g.awaiting, g.passed), (Points(1000), 0, false));
    }

    #[test]
    fn grade_sums_points_and_applies_the_pass_mark() {
        let c = demo_course();
        let quiz = &c.quizzes[0];
        let paper = crate::assessment::paper::draw_paper(&c, quiz, 7);
        let none = grade(
            &c,
            quiz,
            &paper,
            &BTreeMap::new(),
            &BTreeMap::new(),
            Locale::En,
        );
        assert_eq!(none.total, Points(0));
        assert!(!none.passed);
        assert_eq!(
            none.max,
            paper
                .questions
                .iter()
                .map(|pq| question(&c, pq.id.as_str()).points)
                .sum()
        );
        // Answer everything right from the key.
        let answers = paper
            .questions
            .iter()
            .map(|pq| {
                (
                    pq.id.clone(),
                    crate::assessment::test_support::right_answer(question(&c, pq.id.as_str()))
                        .expect("a key"),
                )
            })
            .collect();
        let all = grade(&c, quiz, &paper, &answers, &BTreeMap::new(), Locale::En);
        assert_eq!(all.total, all.max);
        assert!(all.passed);
        assert_eq!(all.percent(), 100.0);
    }

    #[test]
    fn negative_marks_never_make_the_total_negative() {
        let c = demo_course();
        let quiz = &c.quizzes[0];
        let paper = Paper {
            questions: vec![crate::assessment::paper::PaperQuestion {
                id: "multiple-negative".parse().expect("id"),
                order: vec![],
                gap_orders: Default::default(),
            }],
        };
        let answers = [(
            "multiple-negative".parse().expect("id"),
            Answer::Multiple([id("b"), id("d")].into()),
        )]
        .into();
        let g = grade(&c, quiz, &paper, &answers, &BTreeMap::new(), Locale::En);
        assert_eq!(g.marks[0].awarded, Points(-1000));
        assert_eq!(g.total, Points(0));
    }

    #[test]
    fn wrong_choices_cost_by_the_number_of_wrong_options() {
        // Five options, two correct: each wrong choice costs 1/3 (three wrong options), each right one
        // earns 1/2. Choosing a (right) and c (wrong) gives 1/2 - 1/3 = 1/6.
        let c = demo_course();
        let mut q = question(&c, "multiple").clone();
        let ids = |v: &[&str]| v.iter().map(|s| id(s)).collect::<Vec<_>>();
        q.kind = QuestionKind::Multiple {
            options: ids(&["a", "b", "c", "d", "e"]),
            correct: ids(&["a", "b"]).into_iter().collect(),
            negative_marking: true,
            weights: None,
        };
        let chosen = Answer::Multiple(ids(&["a", "c"]).into_iter().collect());
        let got = fraction(&q, Some(&chosen), Locale::En);
        assert!((got - 1.0 / 6.0).abs() < 1e-12, "{got}");
        let all_wrong = Answer::Multiple(ids(&["c", "d", "e"]).into_iter().collect());
        assert_eq!(fraction(&q, Some(&all_wrong), Locale::En), -1.0);
    }

    #[test]
    fn numerical_slack_is_a_billionth_of_the_answer() {
        // Answer 1951, no tolerance: the slack is 1e-9 * 1951 = 1.951e-6.
        let c = demo_course();
        let n = |v: f64| Answer::Numerical {
            text: v.to_string(),
            value: v,
        };
        assert_eq!(f(&c, "numerical", n(1951.000001)), 1.0);
        assert_eq!(f(&c, "numerical", n(1950.999999)), 1.0);
        assert_eq!(f(&c, "numerical", n(1951.00001)), 0.0);
    }

    #[test]
    fn the_pass_mark_is_a_percentage_of_the_maximum() {
        // The demo quiz passes at 60 %. One 1-point question: half right is 50 %, a fail; fully right passes.
        let c = demo_course();
        let quiz = &c.quizzes[0];
        assert_eq!(quiz.pass_percent, 60);
        let paper = Paper {
            questions: vec![crate::assessment::paper::PaperQuestion {
                id: "multiple".parse().expect("id"),
                order: vec![],
                gap_orders: Default::default(),
            }],
        };
        let answer = |ids: &[&str]| {
            [(
                "multiple".parse().expect("id"),
                Answer::Multiple(ids.iter().map(|s| id(s)).collect()),
            )]
            .into()
        };
        let half = grade(
            &c,
            quiz,
            &paper,
            &answer(&["a"]),
            &BTreeMap::new(),
            Locale::En,
        );
        assert_eq!((half.total, half.max), (Points(500), Points(1000)));
        assert_eq!(half.percent(), 50.0);
        assert!(!half.passed);
        let full = grade(
            &c,
            quiz,
            &paper,
            &answer(&["a", "c"]),
            &BTreeMap::new(),
            Locale::En,
        );
        assert!(full.passed);
    }

    #[test]
    fn a_paper_worth_nothing_is_never_passed() {
        // Every question removed from the bank since the draw: nothing to earn, so no pass (and 0 %).
        let c = demo_course();
        let quiz = &c.quizzes[0];
        let paper = Paper {
            questions: vec![crate::assessment::paper::PaperQuestion {
                id: "removed".parse().expect("id"),
                order: vec![],
                gap_orders: Default::default(),
            }],
        };
        let g = grade(
            &c,
            quiz,
            &paper,
            &BTreeMap::new(),
            &BTreeMap::new(),
            Locale::En,
        );
        assert_eq!((g.total, g.max), (Points(0), Points(0)));
        assert_eq!(g.marks.len(), 1);
        assert!(!g.passed);
        assert_eq!(g.percent(), 0.0);
    }

    /// The thousandths `grade` stores for `q` answered with `a`: the question's points times the fraction,
    /// rounded to the nearest thousandth.
    fn milli(course: &Course, q: &str, a: Answer) -> i64 {
        let paper = Paper {
            questions: vec![crate::assessment::paper::PaperQuestion {
                id: q.parse().expect("id"),
                order: vec![],
                gap_orders: Default::default(),
            }],
        };
        let answers = [(q.parse().expect("id"), a)].into();
        grade(
            course,
            &course.quizzes[0],
            &paper,
            &answers,
            &BTreeMap::new(),
            Locale::En,
        )
        .marks[0]
            .awarded
            .0
    }

    fn close(got: f64, want: f64) {
        assert!((got - want).abs() < 1e-12, "{got} is not {want}");
    }

    #[test]
    fn a_weighted_single_choice_earns_the_chosen_weight_even_below_zero() {
        // 2 points; weights a = 1 (the key), b = 0.5, c = -0.3333333, d unlisted (0).
        let c = demo_course();
        let s = |o: &str| Answer::Single(id(o));
        assert_eq!(f(&c, "single-weighted", s("a")), 1.0);
        assert_eq!(f(&c, "single-weighted", s("b")), 0.5);
        assert_eq!(f(&c, "single-weighted", s("c")), -0.3333333);
        assert_eq!(f(&c, "single-weighted", s("d")), 0.0);
        // 2000 × 1 = 2000; 2000 × 0.5 = 1000; 2000 × -0.3333333 = -666.6666, rounded to -667.
        assert_eq!(milli(&c, "single-weighted", s("a")), 2000);
        assert_eq!(milli(&c, "single-weighted", s("b")), 1000);
        assert_eq!(milli(&c, "single-weighted", s("c")), -667);
        assert_eq!(milli(&c, "single-weighted", s("d")), 0);
    }

    #[test]
    fn a_single_choice_weighing_minus_one_loses_the_whole_question_and_no_more() {
        let c = demo_course();
        let mut q = question(&c, "single-weighted").clone();
        let QuestionKind::Single { weights, .. } = &mut q.kind else {
            panic!("single");
        };
        *weights = Some(crate::bank::Weights(
            [(id("a"), 1.0), (id("b"), -1.0)].into(),
        ));
        assert_eq!(
            fraction(&q, Some(&Answer::Single(id("b"))), Locale::En),
            -1.0
        );
    }

    #[test]
    fn a_weighted_multiple_choice_sums_the_chosen_weights_in_thirds() {
        // 3 points; a, b, c weigh 0.3333333 each (Moodle's 33.33333 %), d -0.5, e unlisted (0).
        let c = demo_course();
        let m = |ids: &[&str]| Answer::Multiple(ids.iter().map(|s| id(s)).collect());
        let q = "multiple-weighted";
        close(f(&c, q, m(&["a"])), 0.3333333);
        close(f(&c, q, m(&["a", "b"])), 0.6666666);
        close(f(&c, q, m(&["a", "b", "c"])), 0.9999999);
        // e weighs nothing either way.
        close(f(&c, q, m(&["a", "b", "c", "e"])), 0.9999999);
        // 0.6666666 - 0.5 = 0.1666666.
        close(f(&c, q, m(&["a", "b", "d"])), 0.1666666);
        // 0.3333333 - 0.5 = -0.1666667, and -0.5 alone: floored at 0 without negative marking.
        assert_eq!(f(&c, q, m(&["a", "d"])), 0.0);
        assert_eq!(f(&c, q, m(&["d"])), 0.0);
        assert_eq!(f(&c, q, m(&[])), 0.0);
        // In thousandths of 3 points: 3000 × 0.3333333 = 999.9999 → 1000; × 0.6666666 = 1999.9998 →
        // 2000; × 0.9999999 = 2999.9997 → 3000; × 0.1666666 = 499.9998 → 500.
        assert_eq!(milli(&c, q, m(&["a"])), 1000);
        assert_eq!(milli(&c, q, m(&["a", "b"])), 2000);
        assert_eq!(milli(&c, q, m(&["a", "b", "c"])), 3000);
        assert_eq!(milli(&c, q, m(&["a", "b", "d"])), 500);
        assert_eq!(milli(&c, q, m(&["a", "d"])), 0);
    }

    #[test]
    fn weighted_negative_marking_goes_down_to_minus_one_and_no_further() {
        // 1 point; a, b weigh 0.5 (the key), c -1, d -0.3333333; negative_marking = true.
        let c = demo_course();
        let m = |ids: &[&str]| Answer::Multiple(ids.iter().map(|s| id(s)).collect());
        let q = "multiple-weighted-negative";
        assert_eq!(f(&c, q, m(&["a", "b"])), 1.0);
        // 0.5 - 1 = -0.5.
        assert_eq!(f(&c, q, m(&["a", "c"])), -0.5);
        // 0.5 + 0.5 - 1 = 0.
        assert_eq!(f(&c, q, m(&["a", "b", "c"])), 0.0);
        // -1 - 0.3333333 = -1.3333333, clamped at -1.
        assert_eq!(f(&c, q, m(&["c", "d"])), -1.0);
        close(f(&c, q, m(&["d"])), -0.3333333);
        // 1000 × -1 = -1000; × -0.3333333 = -333.3333 → -333; × (1 - 0.3333333 = 0.6666667) = 666.6667
        // → 667.
        assert_eq!(milli(&c, q, m(&["c", "d"])), -1000);
        assert_eq!(milli(&c, q, m(&["d"])), -333);
        assert_eq!(milli(&c, q, m(&["a", "b", "d"])), 667);
        // The same weights without negative marking stop at 0.
        let mut plain = question(&c, q).clone();
        let QuestionKind::Multiple {
            negative_marking, ..
        } = &mut plain.kind
        else {
            panic!("multiple");
        };
        *negative_marking = false;
        assert_eq!(fraction(&plain, Some(&m(&["c", "d"])), Locale::En), 0.0);
        assert_eq!(fraction(&plain, Some(&m(&["a", "c"])), Locale::En), 0.0);
    }

    #[test]
    fn weighted_multiple_choice_never_exceeds_one() {
        // Positive weights summing to 1.00005, within the slack the bank allows: choosing them all earns 1.
        let c = demo_course();
        let mut q = question(&c, "multiple-weighted").clone();
        let QuestionKind::Multiple { weights, .. } = &mut q.kind else {
            panic!("multiple");
        };
        *weights = Some(crate::bank::Weights(
            [(id("a"), 0.5), (id("b"), 0.25), (id("c"), 0.25005)].into(),
        ));
        let all = Answer::Multiple([id("a"), id("b"), id("c")].into());
        assert_eq!(fraction(&q, Some(&all), Locale::En), 1.0);
    }

    #[test]
    fn a_short_answer_falls_back_to_its_partial_patterns_in_order() {
        // accept "Palermo Protocol", "*Trafficking in Persons Protocol*"; partial "Palermo*" 0.5, then
        // "*trafficking*" 0.3333333.
        let c = demo_course();
        let s = |t: &str| Answer::Short(t.into());
        let q = "short-partial";
        assert_eq!(f(&c, q, s("palermo protocol")), 1.0);
        assert_eq!(f(&c, q, s("the Trafficking in Persons Protocol")), 1.0);
        assert_eq!(f(&c, q, s("Palermo")), 0.5);
        // Folded as `accept` is: Cyrillic read in Latin.
        assert_eq!(f(&c, q, s("Палермо")), 0.5);
        assert_eq!(f(&c, q, s("trafficking protocol")), 0.3333333);
        // Both partial patterns match; the first listed wins.
        assert_eq!(f(&c, q, s("Palermo trafficking")), 0.5);
        assert_eq!(f(&c, q, s("Vienna Convention")), 0.0);
        // 1000 × 0.3333333 = 333.3333 → 333; 1000 × 0.5 = 500.
        assert_eq!(milli(&c, q, s("trafficking protocol")), 333);
        assert_eq!(milli(&c, q, s("Palermo")), 500);
    }

    #[test]
    fn a_numerical_answer_falls_back_to_its_partial_answers_in_order() {
        // answer 1951 exactly; partial 1967 (0.5), then 1950 ± 5 (0.25), then 1951 ± 10 (0.1).
        let c = demo_course();
        let n = |v: f64| Answer::Numerical {
            text: v.to_string(),
            value: v,
        };
        let q = "numerical-partial";
        // 1951 is also within the partial answers: the main answer comes first.
        assert_eq!(f(&c, q, n(1951.0)), 1.0);
        assert_eq!(f(&c, q, n(1967.0)), 0.5);
        // |1952 - 1950| = 2 ≤ 5 (and |1952 - 1951| = 1 ≤ 10): the first that matches.
        assert_eq!(f(&c, q, n(1952.0)), 0.25);
        // |1955 - 1950| = 5, the tolerance exactly.
        assert_eq!(f(&c, q, n(1955.0)), 0.25);
        // |1958 - 1950| = 8 > 5; |1958 - 1951| = 7 ≤ 10.
        assert_eq!(f(&c, q, n(1958.0)), 0.1);
        // |1962 - 1951| = 11 > 10.
        assert_eq!(f(&c, q, n(1962.0)), 0.0);
        assert_eq!(milli(&c, q, n(1958.0)), 100);
    }

    /// Each gap of `gapfill-typed` (3 points) earns a third: the chosen article (3), the typed word
    /// "transnational" (case and spaces folded), the typed year 2000 read in the attempt's locale.
    #[test]
    fn typed_gaps_score_words_by_pattern_and_numbers_in_the_learners_locale() {
        let c = demo_course();
        let q = question(&c, "gapfill-typed");
        let id = |s: &str| -> ChoiceId { s.parse().expect("id") };
        let typed = |t: &str| GapAnswer::Typed {
            text: t.to_string(),
        };
        let given = |article: &str, crime: &str, year: &str| {
            let mut m = BTreeMap::new();
            if !article.is_empty() {
                m.insert(id("article"), GapAnswer::Choice(id(article)));
            }
            if !crime.is_empty() {
                m.insert(id("crime"), typed(crime));
            }
            if !year.is_empty() {
                m.insert(id("year"), typed(year));
            }
            Answer::GapFill(m)
        };
        let f = |a: &Answer, l: Locale| fraction(q, Some(a), l);
        let third = 1.0 / 3.0;
        assert_eq!(f(&given("three", "Transnational", "2000"), Locale::En), 1.0);
        assert_eq!(
            f(&given("three", "  TRANSNATIONAL ", "2000"), Locale::En),
            1.0
        );
        // Cyrillic typing folds to Latin, as in short answers.
        assert_eq!(f(&given("three", "транснатионал", "2000"), Locale::Mk), 1.0);
        // The Macedonian word, accepted in Macedonian only (`accept_by_locale`).
        assert_eq!(
            f(&given("three", "транснационалниот", "2000"), Locale::Mk),
            1.0
        );
        assert_eq!(
            f(&given("three", "транснационалниот", "2000"), Locale::En),
            2.0 * third
        );
        assert_eq!(
            f(&given("two", "transnational", "2000"), Locale::En),
            2.0 * third
        );
        assert_eq!(f(&given("three", "international", ""), Locale::En), third);
        assert_eq!(f(&given("", "", "2000"), Locale::En), third);
        assert_eq!(f(&given("five", "organized", "1999"), Locale::En), 0.0);
        // The year within a tolerance of 0: 2000.5 is wrong; the decimal comma read where the locale
        // writes one.
        assert_eq!(f(&given("", "", "2000.5"), Locale::En), 0.0);
        assert_eq!(f(&given("", "", "2 000"), Locale::En), third);
        assert_eq!(f(&given("", "", "2000,0"), Locale::SrLatn), third);
        assert_eq!(f(&given("", "", "2000,5"), Locale::SrLatn), 0.0);
        assert_eq!(f(&given("", "", "2.000"), Locale::En), 0.0);
        assert_eq!(f(&given("", "", "two thousand"), Locale::En), 0.0);
        // A choice put in a typed gap (or words in a chosen one) is no answer the question takes.
        let mut wrong_kind = BTreeMap::new();
        wrong_kind.insert(id("crime"), GapAnswer::Choice(id("three")));
        assert_eq!(f(&Answer::GapFill(wrong_kind), Locale::En), 0.0);
        let mut words_in_choice = BTreeMap::new();
        words_in_choice.insert(id("article"), typed("three"));
        assert_eq!(f(&Answer::GapFill(words_in_choice), Locale::En), 0.0);
        // The key shown in review scores full marks in every locale.
        for locale in Locale::ALL {
            let key = crate::assessment::answer::key_answer_in(q, locale).expect("a key");
            assert_eq!(f(&key, locale), 1.0, "{locale:?}: {key:?}");
        }
    }
}
