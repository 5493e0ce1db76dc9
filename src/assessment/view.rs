//! What a learner is shown of a question, in their locale: the prose and their own answer, and, once the
//! attempt is closed and the quiz's review options allow, correctness, feedback and the key. The same
//! structure feeds the HTML pages and the JSON API, so the key can only leak through `review`. Questions,
//! options, prompts, gaps and items are named by their shown numbers (see `shown`), never by bank ids.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::answer::{key_answer_in, Answer, GapAnswer};
use super::paper::PaperQuestion;
use super::scoring::{fraction, gap_is_right};
use super::shown::{shown_choices, shown_gap_choices};
use crate::bank::{Course, Gap, Question, QuestionKind, ReviewOptions, WEIGHT_SUM_SLACK};
use crate::i18n::{format::format_decimal, Locale};
use crate::ids::ChoiceId;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionView {
    /// The question's place on the paper: its address in forms and the API.
    pub number: usize,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub points: String,
    /// The same as a number, for plural forms ("1 поен", "2 поени").
    pub points_count: f64,
    pub stem: String,
    pub answered: bool,
    /// Single and multiple choice options, matching answers, in paper order.
    pub options: Vec<ChoiceView>,
    /// Matching: the prompts on the left, each with the chosen answer.
    pub prompts: Vec<PromptView>,
    /// Gap-fill: the sentence cut into text and gaps.
    pub segments: Vec<Segment>,
    /// Ordering: the items in paper order with the position the learner gave.
    pub items: Vec<ItemView>,
    pub positions: Vec<usize>,
    /// Short and numerical answers as typed; true/false as "true"/"false".
    pub value: Option<String>,
    /// Multiple choice only: wrong choices may take the question below zero (the hint must say which rule
    /// applies).
    pub negative_marking: bool,
    /// The Fluent id of the hint a choice question shows (how right and wrong choices count), or a gap fill
    /// with typed gaps (what goes in them).
    pub hint: Option<&'static str>,
    /// Present only for a closed attempt, as the quiz's review options allow.
    pub review: Option<ReviewView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChoiceView {
    /// The shown position (1-based): the value a form or the API sends back.
    pub number: usize,
    pub label: String,
    pub selected: bool,
    /// In review only: whether this option is part of the key (when correct answers are shown).
    pub correct: Option<bool>,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PromptView {
    pub number: usize,
    pub label: String,
    pub options: Vec<ChoiceView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(untagged)]
pub enum Segment {
    Text {
        text: String,
    },
    Gap {
        /// The gap's address in answers (its place among the question's gaps).
        gap: usize,
        /// Its place in the sentence as shown (for the accessible label).
        number: usize,
        /// A chosen gap's choices; empty for a typed gap.
        options: Vec<ChoiceView>,
        /// A typed gap's box; `None` for a chosen gap.
        typed: Option<TypedGapView>,
    },
}

/// The box of a gap the learner types in.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TypedGapView {
    /// What was typed (empty when nothing was).
    pub value: String,
    /// Whether it takes a number (a numeric keyboard on phones).
    pub numeric: bool,
    /// In review only, when correctness is shown: whether what was typed is right.
    pub right: Option<bool>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ItemView {
    pub number: usize,
    pub label: String,
    pub position: Option<usize>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewView {
    /// "correct", "partial" or "incorrect", when correctness is shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awarded: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    /// The key in words, when correct answers are shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct_answer: Option<String>,
    /// An essay's marker's comment, when feedback is shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// An instructor's mark of an essay, for its review.
#[derive(Debug, Clone, PartialEq)]
pub struct EssayMark {
    pub points: crate::bank::Points,
    pub comment: String,
}

/// Builds the view of one paper question; `review` is `Some` only for a closed attempt.
pub fn question_view(
    course: &Course,
    pq: &PaperQuestion,
    number: usize,
    answer: Option<&Answer>,
    locale: Locale,
    review: Option<ReviewOptions>,
) -> Option<QuestionView> {
    question_view_marked(course, pq, number, answer, locale, review, None)
}

/// [`question_view`] of an essay with its instructor's mark, if it has one: until then an answered essay
/// is reviewed as "pending", with no points shown.
pub fn question_view_marked(
    course: &Course,
    pq: &PaperQuestion,
    number: usize,
    answer: Option<&Answer>,
    locale: Locale,
    review: Option<ReviewOptions>,
    mark: Option<&EssayMark>,
) -> Option<QuestionView> {
    let q = course.question(&pq.id)?;
    let msg = q.message_id();
    let text = |attr: &str| course.texts.format(locale, &msg, Some(attr), None);
    let show_key = review.is_some_and(|r| r.correct_answers);
    let show_feedback = review.is_some_and(|r| r.feedback);
    let choice =
        |number: usize, id: &ChoiceId, prefix: &str, selected: bool, correct: Option<bool>| {
            ChoiceView {
                number,
                label: text(&format!("{prefix}-{id}")),
                selected,
                correct: correct.filter(|_| show_key),
                feedback: None,
            }
        };
    let shown = shown_choices(q, pq);
    let mut view = QuestionView {
        number,
        kind: q.kind.type_name(),
        points: format_decimal(q.points.as_f64(), 2, locale),
        points_count: q.points.as_f64(),
        stem: course.texts.format(locale, &msg, None, None),
        answered: answer.is_some(),
        options: Vec::new(),
        prompts: Vec::new(),
        segments: Vec::new(),
        items: Vec::new(),
        positions: Vec::new(),
        value: None,
        negative_marking: matches!(
            q.kind,
            QuestionKind::Multiple {
                negative_marking: true,
                ..
            }
        ),
        hint: scoring_hint(&q.kind),
        review: None,
    };
    match (&q.kind, answer) {
        (QuestionKind::Single { correct, .. }, a) => {
            let chosen = match a {
                Some(Answer::Single(c)) => Some(c),
                _ => None,
            };
            view.options = shown
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let mut c = choice(i + 1, id, "opt", chosen == Some(id), Some(id == correct));
                    if show_feedback && chosen == Some(id) {
                        c.feedback = option_feedback(course, q, id, locale);
                    }
                    c
                })
                .collect();
        }
        (QuestionKind::Multiple { correct, .. }, a) => {
            let empty = BTreeSet::new();
            let chosen = match a {
                Some(Answer::Multiple(s)) => s,
                _ => &empty,
            };
            view.options = shown
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let mut c = choice(
                        i + 1,
                        id,
                        "opt",
                        chosen.contains(id),
                        Some(correct.contains(id)),
                    );
                    if show_feedback && chosen.contains(id) {
                        c.feedback = option_feedback(course, q, id, locale);
                    }
                    c
                })
                .collect();
        }
        (QuestionKind::TrueFalse { .. }, a) => {
            if let Some(Answer::TrueFalse(b)) = a {
                view.value = Some(b.to_string());
            }
        }
        (QuestionKind::Short { .. }, a) => {
            if let Some(Answer::Short(t)) = a {
                view.value = Some(t.clone());
            }
        }
        (QuestionKind::Essay, a) => {
            if let Some(Answer::Essay(t)) = a {
                view.value = Some(t.clone());
            }
        }
        (QuestionKind::Numerical { .. }, a) => {
            if let Some(Answer::Numerical { text, .. }) = a {
                view.value = Some(text.clone());
            }
        }
        (QuestionKind::Matching { left, pairs, .. }, a) => {
            let empty = BTreeMap::new();
            let given = match a {
                Some(Answer::Matching(m)) => m,
                _ => &empty,
            };
            view.prompts = left
                .iter()
                .enumerate()
                .map(|(n, l)| PromptView {
                    number: n + 1,
                    label: text(&format!("left-{l}")),
                    options: shown
                        .iter()
                        .enumerate()
                        .map(|(i, r)| {
                            choice(
                                i + 1,
                                r,
                                "right",
                                given.get(l) == Some(r),
                                Some(pairs.get(l) == Some(r)),
                            )
                        })
                        .collect(),
                })
                .collect();
        }
        (QuestionKind::GapFill { gaps }, a) => {
            let empty = BTreeMap::new();
            let given = match a {
                Some(Answer::GapFill(m)) => m,
                _ => &empty,
            };
            view.segments = gap_segments(course, q, locale, |id| match gaps.get(id) {
                Some(Gap::Choice { correct, .. }) => {
                    let options = shown_gap_choices(q, pq, id)
                        .iter()
                        .enumerate()
                        .map(|(i, o)| {
                            let chosen =
                                matches!(given.get(id), Some(GapAnswer::Choice(c)) if c == o);
                            choice(i + 1, o, "opt", chosen, Some(o == correct))
                        })
                        .collect();
                    (options, None)
                }
                Some(gap) => {
                    let value = match given.get(id) {
                        Some(GapAnswer::Typed { text }) => text.clone(),
                        _ => String::new(),
                    };
                    let right = review
                        .is_some_and(|r| r.correctness)
                        .then(|| gap_is_right(gap, given.get(id), locale));
                    let typed = TypedGapView {
                        value,
                        numeric: matches!(gap, Gap::Number { .. }),
                        right,
                    };
                    (Vec::new(), Some(typed))
                }
                None => (Vec::new(), None),
            });
        }
        (QuestionKind::Ordering { .. }, a) => {
            let order = match a {
                Some(Answer::Ordering(o)) => Some(o),
                _ => None,
            };
            view.positions = (1..=shown.len()).collect();
            view.items = shown
                .iter()
                .enumerate()
                .map(|(i, id)| ItemView {
                    number: i + 1,
                    label: text(&format!("item-{id}")),
                    position: order
                        .and_then(|o| o.iter().position(|x| x == id))
                        .map(|p| p + 1),
                })
                .collect();
        }
        (QuestionKind::Description, _) => {}
    }
    let answered_essay = Answer::is_written_essay(answer);
    if let (Some(options), QuestionKind::Description) = (review, &q.kind) {
        // Nothing was asked: only the feedback, if any, as the review options allow.
        view.review = Some(ReviewView {
            outcome: None,
            awarded: None,
            feedback: (options.feedback && course.texts.has(locale, &msg, Some("feedback")))
                .then(|| text("feedback")),
            correct_answer: None,
            comment: None,
        });
    } else if let (Some(_), QuestionKind::Essay, true, None) =
        (review, &q.kind, answered_essay, mark)
    {
        // Answered, not yet marked: no outcome and no points until an instructor gives them.
        view.review = Some(ReviewView {
            outcome: Some("pending"),
            awarded: None,
            feedback: None,
            correct_answer: None,
            comment: None,
        });
    } else if let Some(options) = review {
        let f = match (&q.kind, mark) {
            // A question is worth at least a thousandth (bank::parse refuses less).
            (QuestionKind::Essay, Some(m)) if answered_essay => {
                m.points.0.clamp(0, q.points.0) as f64 / q.points.0 as f64
            }
            _ => fraction(q, answer, locale),
        };
        view.review = Some(ReviewView {
            // Within the slack a weighted key may sum to (Moodle's thirds: 3 × 0.3333333), right.
            outcome: options
                .correctness
                .then_some(if f >= 1.0 - WEIGHT_SUM_SLACK {
                    "correct"
                } else if f > 0.0 {
                    "partial"
                } else {
                    "incorrect"
                }),
            awarded: options
                .score
                .then(|| format_decimal(q.points.as_f64() * f, 2, locale)),
            feedback: (options.feedback && course.texts.has(locale, &msg, Some("feedback")))
                .then(|| text("feedback")),
            correct_answer: options
                .correct_answers
                .then(|| key_answer_in(q, locale))
                .flatten()
                .map(|key| describe_answer(course, q, &key, locale)),
            comment: mark
                .filter(|m| options.feedback && answered_essay && !m.comment.is_empty())
                .map(|m| m.comment.clone()),
        });
    }
    Some(view)
}

/// How a choice question's hint describes its scoring: ispit's shares (each right choice earns, each wrong
/// one costs), or Moodle's weights (wrong choices may cost nothing, or more); and whether it can go below 0.
fn scoring_hint(kind: &QuestionKind) -> Option<&'static str> {
    match kind {
        QuestionKind::Multiple {
            negative_marking,
            weights,
            ..
        } => Some(match (weights.is_some(), negative_marking) {
            (false, false) => "question-hint-multiple",
            (false, true) => "question-hint-multiple-negative",
            (true, false) => "question-hint-multiple-weighted",
            (true, true) => "question-hint-multiple-weighted-negative",
        }),
        QuestionKind::Single {
            weights: Some(w), ..
        } if w.0.values().any(|v| *v < 0.0) => Some("question-hint-single-negative"),
        // Gaps typed in as well as chosen: the hint says what may go in them.
        QuestionKind::GapFill { gaps } if gaps.values().any(Gap::is_typed) => {
            Some("question-hint-gaps-typed")
        }
        _ => None,
    }
}

fn option_feedback(course: &Course, q: &Question, id: &ChoiceId, locale: Locale) -> Option<String> {
    let attr = format!("opt-{id}-feedback");
    course
        .texts
        .has(locale, &q.message_id(), Some(&attr))
        .then(|| {
            course
                .texts
                .format(locale, &q.message_id(), Some(&attr), None)
        })
}

const GAP_OPEN: char = '\u{E000}';
const GAP_CLOSE: char = '\u{E001}';

/// Cuts a gap-fill sentence into text and gaps. Each gap variable is formatted as a private-use marker, so
/// translators may put the gaps in any order their language needs.
fn gap_segments(
    course: &Course,
    q: &Question,
    locale: Locale,
    fill: impl Fn(&ChoiceId) -> (Vec<ChoiceView>, Option<TypedGapView>),
) -> Vec<Segment> {
    let QuestionKind::GapFill { gaps } = &q.kind else {
        return Vec::new();
    };
    let mut args = FluentArgs::new();
    for gap in gaps.keys() {
        args.set(gap.to_string(), format!("{GAP_OPEN}{gap}{GAP_CLOSE}"));
    }
    let sentence = course
        .texts
        .format(locale, &q.message_id(), Some("text"), Some(&args));
    let mut segments = Vec::new();
    let mut rest = sentence.as_str();
    while let Some(start) = rest.find(GAP_OPEN) {
        if start > 0 {
            segments.push(Segment::Text {
                text: rest[..start].to_string(),
            });
        }
        let after = &rest[start + GAP_OPEN.len_utf8()..];
        let Some(end) = after.find(GAP_CLOSE) else {
            break;
        };
        if let Some((index, gap)) = gaps
            .keys()
            .enumerate()
            .find(|(_, g)| g.as_str() == &after[..end])
        {
            let number = 1 + segments
                .iter()
                .filter(|s| matches!(s, Segment::Gap { .. }))
                .count();
            let (options, typed) = fill(gap);
            segments.push(Segment::Gap {
                gap: index + 1,
                number,
                options,
                typed,
            });
        }
        rest = &after[end + GAP_CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        segments.push(Segment::Text {
            text: rest.to_string(),
        });
    }
    segments
}

/// An answer in words, in the learner's locale (for the review's "the right answer was").
pub fn describe_answer(course: &Course, q: &Question, answer: &Answer, locale: Locale) -> String {
    let msg = q.message_id();
    let label = |prefix: &str, id: &ChoiceId| {
        course
            .texts
            .format(locale, &msg, Some(&format!("{prefix}-{id}")), None)
    };
    match answer {
        Answer::Single(c) => label("opt", c),
        Answer::Multiple(set) => set
            .iter()
            .map(|c| label("opt", c))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::TrueFalse(b) => b.to_string(),
        Answer::Short(t) | Answer::Essay(t) => t.clone(),
        Answer::Numerical { value, .. } => format_decimal(*value, 4, locale),
        Answer::Matching(m) => m
            .iter()
            .map(|(l, r)| format!("{} → {}", label("left", l), label("right", r)))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::GapFill(m) => m
            .values()
            .map(|given| match given {
                GapAnswer::Choice(c) => label("opt", c),
                GapAnswer::Typed { text } => text.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Ordering(o) => o
            .iter()
            .enumerate()
            .map(|(i, id)| format!("{}. {}", i + 1, label("item", id)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::paper::draw_paper;
    use crate::assessment::test_support::{demo_course, question, right_answer};

    #[test]
    fn an_open_attempt_never_shows_the_key() {
        let course = demo_course();
        let paper = draw_paper(&course, &course.quizzes[0], 3);
        for (i, pq) in paper.questions.iter().enumerate() {
            let v = question_view(&course, pq, i + 1, None, Locale::En, None).expect("view");
            let json = serde_json::to_string(&v).expect("json");
            assert!(
                !json.contains("\"correct\":true") && !json.contains("\"correct\":false"),
                "{json}"
            );
            assert!(!json.contains("\"feedback\":\""), "{json}");
            assert!(v.review.is_none());
        }
    }

    /// The demo essay is worth 4 points: a mark of 4 is right, 1 partly right, 0 wrong, a mark beyond
    /// the points counts as the points; a blank essay is wrong whatever mark it was given, with no
    /// comment. A description shows its feedback only when the review shows feedback.
    #[test]
    fn a_marked_essay_is_reviewed_by_its_mark_and_a_description_by_its_feedback_alone() {
        use crate::bank::Points;
        let mut course = demo_course();
        let pq = |id: &str| PaperQuestion {
            id: id.parse().expect("id"),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        };
        let all = ReviewOptions {
            score: true,
            correctness: true,
            feedback: true,
            correct_answers: true,
        };
        let written = Answer::Essay("Article 33 forbids returning a refugee.".into());
        let blank = Answer::Essay("  ".into());
        let mark = |p: i64| EssayMark {
            points: Points(p),
            comment: "Cite Article 3 CAT too.".into(),
        };
        let reviewed = |answer: &Answer, m: &EssayMark| {
            let v = question_view_marked(
                &course,
                &pq("essay"),
                1,
                Some(answer),
                Locale::En,
                Some(all),
                Some(m),
            )
            .expect("view");
            let r = v.review.expect("reviewed");
            (r.outcome, r.awarded, r.comment)
        };
        let comment = Some("Cite Article 3 CAT too.".to_string());
        for (points, outcome, awarded) in [
            (4000, "correct", "4"),
            (1000, "partial", "1"),
            (0, "incorrect", "0"),
            (9000, "correct", "4"),
        ] {
            assert_eq!(
                reviewed(&written, &mark(points)),
                (Some(outcome), Some(awarded.to_string()), comment.clone()),
                "{points}"
            );
        }
        assert_eq!(
            reviewed(&blank, &mark(2000)),
            (Some("incorrect"), Some("0".to_string()), None)
        );

        let matching = course
            .questions
            .iter_mut()
            .find(|q| q.id.as_str() == "matching")
            .expect("matching");
        matching.kind = QuestionKind::Description;
        let feedback = |options: ReviewOptions| {
            let v = question_view(&course, &pq("matching"), 1, None, Locale::En, Some(options))
                .expect("view");
            v.review.expect("reviewed").feedback
        };
        assert_eq!(feedback(all), Some("L1-R1, L2-R2.".to_string()));
        let without = ReviewOptions {
            feedback: false,
            ..all
        };
        assert_eq!(feedback(without), None);
    }

    /// A single choice warns that a choice costs marks only when one does (a weight of 0 costs nothing);
    /// a multiple choice always says how its choices count.
    #[test]
    fn each_choice_question_s_hint_says_how_its_choices_count() {
        let course = demo_course();
        let mut q = question(&course, "single-weighted").clone();
        assert_eq!(scoring_hint(&q.kind), Some("question-hint-single-negative"));
        let QuestionKind::Single {
            weights: Some(w), ..
        } = &mut q.kind
        else {
            panic!("a weighted single choice");
        };
        for v in w.0.values_mut().filter(|v| **v < 0.0) {
            *v = 0.0;
        }
        assert_eq!(scoring_hint(&q.kind), None, "weights 1, 0.5 and 0");
        assert_eq!(scoring_hint(&question(&course, "single").kind), None);
        // Multiple choice always says how it counts: shares or weights, with or without going below 0.
        for (id, hint) in [
            ("multiple", "question-hint-multiple"),
            ("multiple-negative", "question-hint-multiple-negative"),
            ("multiple-weighted", "question-hint-multiple-weighted"),
            (
                "multiple-weighted-negative",
                "question-hint-multiple-weighted-negative",
            ),
        ] {
            assert_eq!(
                scoring_hint(&question(&course, id).kind),
                Some(hint),
                "{id}"
            );
        }
    }

    #[test]
    fn gap_fill_sentences_are_cut_at_the_gaps() {
        let course = demo_course();
        let paper = draw_paper(&course, &course.quizzes[0], 3);
        let pq = paper
            .questions
            .iter()
            .find(|p| p.id.as_str() == "gapfill")
            .expect("drawn");
        let v = question_view(&course, pq, 1, None, Locale::En, None).expect("view");
        let shape: Vec<String> = v
            .segments
            .iter()
            .map(|s| match s {
                Segment::Text { text } => text.clone(),
                Segment::Gap { gap, options, .. } => format!("[g{gap}:{}]", options.len()),
            })
            .collect();
        assert_eq!(shape, vec!["First ", "[g1:2]", ", then ", "[g2:2]", "."]);
    }

    #[test]
    fn review_shows_what_the_quiz_allows() {
        let course = demo_course();
        let q = question(&course, "single");
        let pq = PaperQuestion {
            id: q.id.clone(),
            order: vec![
                "c".parse().expect("id"),
                "a".parse().expect("id"),
                "b".parse().expect("id"),
            ],
            gap_orders: BTreeMap::new(),
        };
        let wrong = Answer::Single("a".parse().expect("id"));
        let all = ReviewOptions::default();
        let v = question_view(&course, &pq, 1, Some(&wrong), Locale::En, Some(all)).expect("view");
        let r = v.review.expect("review");
        assert_eq!(r.outcome, Some("incorrect"));
        assert_eq!(r.correct_answer.as_deref(), Some("B"));
        assert_eq!(r.feedback.as_deref(), Some("B it is."));
        assert_eq!(v.options[1].feedback.as_deref(), Some("Not A."));
        assert_eq!(v.options[2].correct, Some(true));
        let scores_only = ReviewOptions {
            correctness: false,
            feedback: false,
            correct_answers: false,
            score: true,
        };
        let v = question_view(&course, &pq, 1, Some(&wrong), Locale::En, Some(scores_only))
            .expect("view");
        let json = serde_json::to_string(&v).expect("json");
        assert!(
            !json.contains("\"correct\":true") && !json.contains("\"feedback\":\""),
            "{json}"
        );
        assert_eq!(
            right_answer(q),
            Some(Answer::Single("b".parse().expect("id")))
        );
    }

    fn bare(q: &Question) -> PaperQuestion {
        PaperQuestion {
            id: q.id.clone(),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        }
    }

    fn ids(v: &[&str]) -> Vec<ChoiceId> {
        v.iter().map(|c| c.parse().expect("id")).collect()
    }

    /// (selected, correct) of each option, in shown order.
    fn marks(options: &[ChoiceView]) -> Vec<(bool, Option<bool>)> {
        options.iter().map(|o| (o.selected, o.correct)).collect()
    }

    #[test]
    fn the_key_is_described_in_words() {
        // Labels from the demo course's English messages.
        let course = demo_course();
        for (id, words) in [
            ("single", "B"),
            ("multiple", "A; C"),
            ("truefalse", "true"),
            ("short", "UNHCR"),
            ("numerical", "1951"),
            ("numerical-tolerance", "3"),
            ("matching", "L1 → R1; L2 → R2"),
            ("gapfill", "Y; P"),
            ("ordering", "1. One; 2. Two; 3. Three"),
        ] {
            let q = question(&course, id);
            assert_eq!(
                describe_answer(&course, q, &right_answer(q).expect("a key"), Locale::En),
                words,
                "{id}"
            );
        }
    }

    #[test]
    fn reviews_mark_each_type_of_answer() {
        let course = demo_course();
        let all = Some(ReviewOptions::default());
        let view = |id: &str, a: Answer| {
            let q = question(&course, id);
            question_view(&course, &bare(q), 4, Some(&a), Locale::En, all).expect("view")
        };
        let outcome = |v: &QuestionView| v.review.as_ref().and_then(|r| r.outcome);
        let awarded = |v: &QuestionView| v.review.as_ref().and_then(|r| r.awarded.clone());

        // Multiple, a and b chosen (a, c correct): 1/2 - 1/2 = 0.
        let v = view(
            "multiple",
            Answer::Multiple(ids(&["a", "b"]).into_iter().collect()),
        );
        assert_eq!((v.number, v.kind, v.answered), (4, "multiple", true));
        assert_eq!(v.stem, "Pick a and c.");
        let labels: Vec<&str> = v.options.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(labels, ["A", "B", "C", "D"]);
        let numbers: Vec<usize> = v.options.iter().map(|o| o.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert_eq!(
            marks(&v.options),
            [
                (true, Some(true)),
                (true, Some(false)),
                (false, Some(true)),
                (false, Some(false))
            ]
        );
        assert_eq!(
            (outcome(&v), awarded(&v)),
            (Some("incorrect"), Some("0".into()))
        );
        let v = view(
            "multiple",
            Answer::Multiple(ids(&["a"]).into_iter().collect()),
        );
        assert_eq!(
            (outcome(&v), awarded(&v)),
            (Some("partial"), Some("0.5".into()))
        );

        let v = view("truefalse", Answer::TrueFalse(false));
        assert_eq!(v.value.as_deref(), Some("false"));
        assert_eq!(outcome(&v), Some("incorrect"));
        let v = view("short", Answer::Short("unhcr".into()));
        assert_eq!(v.value.as_deref(), Some("unhcr"));
        assert_eq!(
            (outcome(&v), awarded(&v)),
            (Some("correct"), Some("1".into()))
        );
        let typed = Answer::Numerical {
            text: "1951,0".into(),
            value: 1951.0,
        };
        assert_eq!(view("numerical", typed).value.as_deref(), Some("1951,0"));

        // Matching, l1 given r2: two prompts, each marking the given answer and the key's.
        let given: BTreeMap<ChoiceId, ChoiceId> = [("l1", "r2")]
            .iter()
            .map(|(l, r)| (l.parse().expect("id"), r.parse().expect("id")))
            .collect();
        let v = view("matching", Answer::Matching(given));
        assert_eq!((v.points.as_str(), v.points_count), ("2", 2.0));
        let prompts: Vec<(usize, &str)> = v
            .prompts
            .iter()
            .map(|p| (p.number, p.label.as_str()))
            .collect();
        assert_eq!(prompts, [(1, "L1"), (2, "L2")]);
        let right: Vec<&str> = v.prompts[0]
            .options
            .iter()
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(right, ["R1", "R2", "R3"]);
        assert_eq!(
            marks(&v.prompts[0].options),
            [
                (false, Some(true)),
                (true, Some(false)),
                (false, Some(false))
            ]
        );
        assert_eq!(
            marks(&v.prompts[1].options),
            [
                (false, Some(false)),
                (false, Some(true)),
                (false, Some(false))
            ]
        );
        assert_eq!(outcome(&v), Some("incorrect"));

        // Gap-fill, g1 given y (right), g2 left open: half of 2 points.
        let given: BTreeMap<ChoiceId, GapAnswer> = [(
            "g1".parse().expect("id"),
            GapAnswer::Choice("y".parse().expect("id")),
        )]
        .into();
        let v = view("gapfill", Answer::GapFill(given));
        let gaps: Vec<Vec<(bool, Option<bool>)>> = v
            .segments
            .iter()
            .filter_map(|s| match s {
                Segment::Gap { options, .. } => Some(marks(options)),
                Segment::Text { .. } => None,
            })
            .collect();
        assert_eq!(
            gaps,
            [
                vec![(false, Some(false)), (true, Some(true))],
                vec![(false, Some(true)), (false, Some(false))]
            ]
        );
        assert_eq!(
            (outcome(&v), awarded(&v)),
            (Some("partial"), Some("1".into()))
        );

        // Ordering i3, i1, i2: i1 placed 2nd, i2 3rd, i3 1st; only the pair (i1, i2) kept: half of 2.
        let v = view("ordering", Answer::Ordering(ids(&["i3", "i1", "i2"])));
        let items: Vec<(usize, &str, Option<usize>)> = v
            .items
            .iter()
            .map(|i| (i.number, i.label.as_str(), i.position))
            .collect();
        assert_eq!(
            items,
            [
                (1, "One", Some(2)),
                (2, "Two", Some(3)),
                (3, "Three", Some(1))
            ]
        );
        assert_eq!(v.positions, [1, 2, 3]);
        assert_eq!(
            (outcome(&v), awarded(&v)),
            (Some("partial"), Some("1".into()))
        );
    }

    #[test]
    fn the_key_stays_hidden_unless_correct_answers_are_shown() {
        let course = demo_course();
        let q = question(&course, "multiple");
        let chosen = Answer::Multiple(ids(&["a"]).into_iter().collect());
        let correctness_only = ReviewOptions {
            correctness: true,
            feedback: false,
            correct_answers: false,
            score: false,
        };
        let v = question_view(
            &course,
            &bare(q),
            1,
            Some(&chosen),
            Locale::En,
            Some(correctness_only),
        )
        .expect("view");
        assert!(v.options.iter().all(|o| o.correct.is_none()));
        let r = v.review.expect("review");
        assert_eq!(r.outcome, Some("partial"));
        assert_eq!(
            (r.awarded, r.feedback, r.correct_answer),
            (None, None, None)
        );
        let open = question_view(&course, &bare(q), 1, None, Locale::En, None).expect("view");
        assert!(!open.answered);
        assert!(open
            .options
            .iter()
            .all(|o| !o.selected && o.correct.is_none()));
    }

    #[test]
    fn single_choice_options_carry_their_shown_number_and_selection() {
        // Shown order c, a, b; the learner chose a (shown 2nd); the key is b (shown 3rd).
        let course = demo_course();
        let q = question(&course, "single");
        let pq = PaperQuestion {
            id: q.id.clone(),
            order: ids(&["c", "a", "b"]),
            gap_orders: BTreeMap::new(),
        };
        let chosen = Answer::Single("a".parse().expect("id"));
        let review = Some(ReviewOptions::default());
        let v = question_view(&course, &pq, 2, Some(&chosen), Locale::En, review).expect("view");
        let shown: Vec<(usize, &str)> = v
            .options
            .iter()
            .map(|o| (o.number, o.label.as_str()))
            .collect();
        assert_eq!(shown, [(1, "C"), (2, "A"), (3, "B")]);
        assert_eq!(
            marks(&v.options),
            [
                (false, Some(false)),
                (true, Some(false)),
                (false, Some(true))
            ]
        );
        let feedback: Vec<Option<&str>> = v.options.iter().map(|o| o.feedback.as_deref()).collect();
        assert_eq!(feedback, [None, Some("Not A."), None]);
    }

    #[test]
    fn option_feedback_only_for_chosen_options() {
        // The demo's multiple-choice question has feedback on option b only.
        let course = demo_course();
        let q = question(&course, "multiple");
        let review = Some(ReviewOptions::default());
        let feedback = |chosen: &[&str]| -> Vec<Option<String>> {
            let a = Answer::Multiple(ids(chosen).into_iter().collect());
            question_view(&course, &bare(q), 1, Some(&a), Locale::En, review)
                .expect("view")
                .options
                .into_iter()
                .map(|o| o.feedback)
                .collect()
        };
        assert_eq!(feedback(&["b"]), [None, Some("Not B.".into()), None, None]);
        assert_eq!(feedback(&["a"]), [None, None, None, None]);
    }

    #[test]
    fn matching_answers_and_gap_choices_are_numbered_from_one() {
        let course = demo_course();
        let view = |id: &str| {
            let q = question(&course, id);
            question_view(&course, &bare(q), 1, None, Locale::En, None).expect("view")
        };
        let matching = view("matching");
        for prompt in &matching.prompts {
            let numbers: Vec<usize> = prompt.options.iter().map(|o| o.number).collect();
            assert_eq!(numbers, [1, 2, 3]);
        }
        let gaps: Vec<(usize, usize, Vec<usize>)> = view("gapfill")
            .segments
            .iter()
            .filter_map(|s| match s {
                Segment::Gap {
                    gap,
                    number,
                    options,
                    ..
                } => Some((*gap, *number, options.iter().map(|o| o.number).collect())),
                Segment::Text { .. } => None,
            })
            .collect();
        assert_eq!(gaps, [(1, 1, vec![1, 2]), (2, 2, vec![1, 2])]);
    }

    #[test]
    fn a_translation_may_open_with_a_gap_and_reorder_the_gaps() {
        // A locale whose sentence puts g2 first: the first gap shown is number 1 but answers gap 2, and no
        // empty text comes before it.
        let mut course = demo_course();
        let ftl = "q-gapfill = Fill the gaps.\n    .text = { $g2 }, then { $g1 }.\n";
        let sources = [(
            Locale::Hr,
            vec![crate::i18n::Source {
                path: "demo/hr.ftl".into(),
                text: ftl.to_string(),
            }],
        )]
        .into();
        course.texts = crate::i18n::Texts::parse(&sources).expect("parses");
        let q = question(&course, "gapfill");
        let v = question_view(&course, &bare(q), 1, None, Locale::Hr, None).expect("view");
        let shape: Vec<String> = v
            .segments
            .iter()
            .map(|s| match s {
                Segment::Text { text } => format!("{text:?}"),
                Segment::Gap { gap, number, .. } => format!("[gap {gap} shown {number}]"),
            })
            .collect();
        assert_eq!(
            shape,
            ["[gap 2 shown 1]", "\", then \"", "[gap 1 shown 2]", "\".\""]
        );
    }

    #[test]
    fn partial_credit_is_reviewed_with_the_key_unchanged() {
        let course = demo_course();
        let all = Some(ReviewOptions::default());
        let view = |id: &str, a: Answer| {
            let q = question(&course, id);
            let v = question_view(&course, &bare(q), 1, Some(&a), Locale::En, all).expect("view");
            let r = v.review.clone().expect("review");
            (v, r.outcome, r.awarded, r.correct_answer)
        };
        let some = |s: &str| Some(s.to_string());

        // Multiple, 3 points, a b c at 0.3333333 each. One third: 3 × 0.3333333 = 0.9999999, shown "1".
        let (v, outcome, awarded, key) = view(
            "multiple-weighted",
            Answer::Multiple(ids(&["a"]).into_iter().collect()),
        );
        assert_eq!((outcome, awarded), (Some("partial"), some("1")));
        assert_eq!(
            key.as_deref(),
            Some(
                "Prevent and combat trafficking in persons; Protect and assist its victims; \
                  Promote cooperation among States Parties"
            )
        );
        // The key marks exactly the options of positive weight.
        let marked: Vec<Option<bool>> = v.options.iter().map(|o| o.correct).collect();
        assert_eq!(
            marked,
            [Some(true), Some(true), Some(true), Some(false), Some(false)]
        );
        // The key itself sums to 0.9999999: right, and 2.9999997 shown as "3".
        let (_, outcome, awarded, _) = view(
            "multiple-weighted",
            Answer::Multiple(ids(&["a", "b", "c"]).into_iter().collect()),
        );
        assert_eq!((outcome, awarded), (Some("correct"), some("3")));

        // Single, 2 points, c weighs -0.3333333: 2 × -0.3333333 = -0.6666666, shown "-0.67".
        let (_, outcome, awarded, key) =
            view("single-weighted", Answer::Single("c".parse().expect("id")));
        assert_eq!(
            (outcome, awarded, key),
            (Some("incorrect"), some("-0.67"), some("UNHCR"))
        );
        // b weighs 0.5: 1 of 2 points.
        let (_, outcome, awarded, _) =
            view("single-weighted", Answer::Single("b".parse().expect("id")));
        assert_eq!((outcome, awarded), (Some("partial"), some("1")));

        // Short, "*trafficking*" worth 0.3333333 of 1 point: "0.33"; the key is still the first pattern.
        let (_, outcome, awarded, key) = view(
            "short-partial",
            Answer::Short("trafficking protocol".into()),
        );
        assert_eq!(
            (outcome, awarded, key),
            (Some("partial"), some("0.33"), some("Palermo Protocol"))
        );

        // Numerical, 1967 worth half: the key is still 1951.
        let typed = Answer::Numerical {
            text: "1967".into(),
            value: 1967.0,
        };
        let (_, outcome, awarded, key) = view("numerical-partial", typed);
        assert_eq!(
            (outcome, awarded, key),
            (Some("partial"), some("0.5"), some("1951"))
        );
    }

    /// A typed gap is a box holding what was typed; only a review that shows correctness says whether
    /// it is right, and nothing in an open attempt's view gives the key.
    #[test]
    fn typed_gaps_are_boxes_judged_only_in_review() {
        let course = demo_course();
        let q = question(&course, "gapfill-typed");
        let pq = PaperQuestion {
            id: q.id.clone(),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        };
        let id = |s: &str| -> ChoiceId { s.parse().expect("id") };
        let answer = Answer::GapFill(
            [
                (
                    id("crime"),
                    GapAnswer::Typed {
                        text: "Transnational".into(),
                    },
                ),
                (
                    id("year"),
                    GapAnswer::Typed {
                        text: "1999".into(),
                    },
                ),
            ]
            .into(),
        );
        let boxes = |review: Option<ReviewOptions>| -> Vec<(usize, Option<TypedGapView>)> {
            let v =
                question_view(&course, &pq, 1, Some(&answer), Locale::En, review).expect("view");
            v.segments
                .into_iter()
                .filter_map(|s| match s {
                    Segment::Gap { number, typed, .. } => Some((number, typed)),
                    Segment::Text { .. } => None,
                })
                .collect()
        };
        let typed = |value: &str, numeric, right| {
            Some(TypedGapView {
                value: value.into(),
                numeric,
                right,
            })
        };
        // In the sentence: the year (gap 1 shown), the crime (2), the article, a chosen gap (3).
        assert_eq!(
            boxes(None),
            [
                (1, typed("1999", true, None)),
                (2, typed("Transnational", false, None)),
                (3, None)
            ]
        );
        let open = question_view(&course, &pq, 1, None, Locale::En, None).expect("view");
        let json = serde_json::to_string(&open).expect("json");
        assert!(
            !json.contains("transnational") && !json.contains("2000"),
            "{json}"
        );
        assert_eq!(open.hint, Some("question-hint-gaps-typed"));
        // A gap fill whose gaps are all chosen keeps the template's own hint.
        let chosen = question(&course, "gapfill");
        let pq_chosen = PaperQuestion {
            id: chosen.id.clone(),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        };
        let v = question_view(&course, &pq_chosen, 1, None, Locale::En, None).expect("view");
        assert_eq!(v.hint, None);
        let review = ReviewOptions {
            score: true,
            correctness: true,
            feedback: false,
            correct_answers: false,
        };
        assert_eq!(
            boxes(Some(review)),
            [
                (1, typed("1999", true, Some(false))),
                (2, typed("Transnational", false, Some(true))),
                (3, None)
            ]
        );
        let hidden = ReviewOptions {
            correctness: false,
            ..review
        };
        assert_eq!(
            boxes(Some(hidden))[1],
            (2, typed("Transnational", false, None))
        );
        // The key in words: the article's label, the first pattern, the year.
        let key = key_answer_in(q, Locale::En).expect("key");
        assert_eq!(
            describe_answer(&course, q, &key, Locale::En),
            "3; transnational; 2000"
        );
        // In Macedonian, the Macedonian word without its wildcard.
        let Some(Answer::GapFill(mk)) = key_answer_in(q, Locale::Mk) else {
            panic!("a gap-fill key")
        };
        assert_eq!(
            mk.get(&id("crime")),
            Some(&GapAnswer::Typed {
                text: "транснационал".into()
            })
        );
    }
}
