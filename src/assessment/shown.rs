//! How a learner's page or API client addresses a paper: questions by their number on the paper, options,
//! matching prompts and answers, gaps and their choices, and ordering items by their 1-based shown position.
//! These numbers are the only handles a learner receives before submitting, so the source of a page names
//! neither a bank id nor, through an id's spelling or order, the key. The stored paper maps them back to
//! bank ids here, before an answer is checked, stored or scored; stored answers keep bank ids.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::answer::{Answer, AnswerError};
use super::paper::PaperQuestion;
use crate::bank::{Question, QuestionKind};
use crate::ids::ChoiceId;

/// An answer in shown positions (all numbers 1-based). Same shape as [`Answer`], positions for ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum ShownAnswer {
    /// The option's position.
    Single(usize),
    Multiple(BTreeSet<usize>),
    TrueFalse(bool),
    Short(String),
    Numerical {
        text: String,
        value: f64,
    },
    /// Prompt position → answer position.
    Matching(BTreeMap<usize, usize>),
    /// Gap address → choice position.
    GapFill(BTreeMap<usize, usize>),
    /// Item positions in the learner's order.
    Ordering(Vec<usize>),
}

/// The ids a paper question shows, in shown order: options (choice), answers (matching) or items
/// (ordering). Falls back to bank order for a paper stored without an order.
pub fn shown_choices<'a>(q: &'a Question, pq: &'a PaperQuestion) -> &'a [ChoiceId] {
    if !pq.order.is_empty() {
        return &pq.order;
    }
    match &q.kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => options,
        QuestionKind::Matching { right, .. } => right,
        QuestionKind::Ordering { items, .. } => items,
        _ => &[],
    }
}

/// Matching prompts are shown in bank order: the key is in the pairing, not in the prompts' order.
pub fn shown_prompts(q: &Question) -> &[ChoiceId] {
    match &q.kind {
        QuestionKind::Matching { left, .. } => left,
        _ => &[],
    }
}

/// A gap's address is its place among the question's gaps (1-based), the same in every locale, so a
/// translation that reorders the gaps in its sentence does not change which gap a number means.
pub fn shown_gaps(q: &Question) -> Vec<&ChoiceId> {
    match &q.kind {
        QuestionKind::GapFill { gaps } => gaps.keys().collect(),
        _ => Vec::new(),
    }
}

/// A gap's choices in shown order.
pub fn shown_gap_choices<'a>(
    q: &'a Question,
    pq: &'a PaperQuestion,
    gap: &ChoiceId,
) -> &'a [ChoiceId] {
    match (pq.gap_orders.get(gap), &q.kind) {
        (Some(order), _) => order,
        (None, QuestionKind::GapFill { gaps }) => {
            gaps.get(gap).map(|g| g.options.as_slice()).unwrap_or(&[])
        }
        _ => &[],
    }
}

/// The 1-based position of `id` in `ids`.
pub fn position_of(ids: &[ChoiceId], id: &ChoiceId) -> Option<usize> {
    ids.iter().position(|x| x == id).map(|p| p + 1)
}

fn at<T>(items: &[T], number: usize) -> Result<&T, AnswerError> {
    number
        .checked_sub(1)
        .and_then(|i| items.get(i))
        .ok_or(AnswerError::UnknownChoice)
}

impl ShownAnswer {
    /// Maps shown positions back to bank ids through the stored paper, then checks the answer.
    pub fn resolve(&self, q: &Question, pq: &PaperQuestion) -> Result<Answer, AnswerError> {
        let choices = shown_choices(q, pq);
        let answer = match (self, &q.kind) {
            (ShownAnswer::Single(n), QuestionKind::Single { .. }) => {
                Answer::Single(at(choices, *n)?.clone())
            }
            (ShownAnswer::Multiple(set), QuestionKind::Multiple { .. }) => Answer::Multiple(
                set.iter()
                    .map(|n| at(choices, *n).cloned())
                    .collect::<Result<_, _>>()?,
            ),
            (ShownAnswer::TrueFalse(b), _) => Answer::TrueFalse(*b),
            (ShownAnswer::Short(t), _) => Answer::Short(t.clone()),
            (ShownAnswer::Numerical { text, value }, _) => Answer::Numerical {
                text: text.clone(),
                value: *value,
            },
            (ShownAnswer::Matching(map), QuestionKind::Matching { .. }) => {
                let prompts = shown_prompts(q);
                Answer::Matching(
                    map.iter()
                        .map(|(l, r)| Ok((at(prompts, *l)?.clone(), at(choices, *r)?.clone())))
                        .collect::<Result<_, AnswerError>>()?,
                )
            }
            (ShownAnswer::GapFill(map), QuestionKind::GapFill { .. }) => {
                let gaps = shown_gaps(q);
                Answer::GapFill(
                    map.iter()
                        .map(|(g, c)| {
                            let gap = *at(&gaps, *g)?;
                            let choice = at(shown_gap_choices(q, pq, gap), *c)?;
                            Ok((gap.clone(), choice.clone()))
                        })
                        .collect::<Result<_, AnswerError>>()?,
                )
            }
            (ShownAnswer::Ordering(order), QuestionKind::Ordering { .. }) => Answer::Ordering(
                order
                    .iter()
                    .map(|n| at(choices, *n).cloned().map_err(|_| AnswerError::BadOrder))
                    .collect::<Result<_, _>>()?,
            ),
            _ => return Err(AnswerError::WrongType),
        };
        answer.check(q)?;
        Ok(answer)
    }

    /// A stored answer in shown positions (the inverse of `resolve`); ids no longer on the paper are left
    /// out, and a single choice that is not is no answer.
    pub fn of(answer: &Answer, q: &Question, pq: &PaperQuestion) -> Option<ShownAnswer> {
        let choices = shown_choices(q, pq);
        let pos = |id: &ChoiceId| position_of(choices, id);
        Some(match answer {
            Answer::Single(c) => ShownAnswer::Single(pos(c)?),
            Answer::Multiple(set) => ShownAnswer::Multiple(set.iter().filter_map(pos).collect()),
            Answer::TrueFalse(b) => ShownAnswer::TrueFalse(*b),
            Answer::Short(t) => ShownAnswer::Short(t.clone()),
            Answer::Numerical { text, value } => ShownAnswer::Numerical {
                text: text.clone(),
                value: *value,
            },
            Answer::Matching(map) => ShownAnswer::Matching(
                map.iter()
                    .filter_map(|(l, r)| Some((position_of(shown_prompts(q), l)?, pos(r)?)))
                    .collect(),
            ),
            Answer::GapFill(map) => {
                let gaps = shown_gaps(q);
                ShownAnswer::GapFill(
                    map.iter()
                        .filter_map(|(g, c)| {
                            let gap = gaps.iter().position(|x| *x == g)? + 1;
                            Some((gap, position_of(shown_gap_choices(q, pq, g), c)?))
                        })
                        .collect(),
                )
            }
            Answer::Ordering(order) => {
                ShownAnswer::Ordering(order.iter().filter_map(pos).collect())
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::paper::draw_paper;
    use crate::assessment::test_support::{demo_course, right_answer};

    #[test]
    fn every_answer_survives_the_round_trip_through_shown_positions() {
        let course = demo_course();
        for seed in 0..30 {
            let paper = draw_paper(&course, &course.quizzes[0], seed);
            for pq in &paper.questions {
                let q = course.question(&pq.id).expect("question");
                let key = right_answer(q);
                let shown = ShownAnswer::of(&key, q, pq).expect("on the paper");
                assert_eq!(shown.resolve(q, pq), Ok(key), "{}", pq.id);
            }
        }
    }

    #[test]
    fn positions_follow_the_papers_order_not_the_banks() {
        let course = demo_course();
        let q = course.question(&"single".parse().expect("id")).expect("q");
        let pq = PaperQuestion {
            id: q.id.clone(),
            order: ["c", "a", "b"].map(|c| c.parse().expect("id")).to_vec(),
            gap_orders: BTreeMap::new(),
        };
        assert_eq!(
            ShownAnswer::Single(1).resolve(q, &pq),
            Ok(Answer::Single("c".parse().expect("id")))
        );
        for bad in [0, 4] {
            assert_eq!(
                ShownAnswer::Single(bad).resolve(q, &pq),
                Err(AnswerError::UnknownChoice)
            );
        }
        assert_eq!(
            ShownAnswer::TrueFalse(true).resolve(q, &pq),
            Err(AnswerError::WrongType)
        );
    }
}
