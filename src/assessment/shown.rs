//! How a learner's page or API client addresses a paper: questions by their number on the paper, options,
//! matching prompts and answers, gaps and their choices, and ordering items by their 1-based shown position.
//! These numbers are the only handles a learner receives before submitting, so the source of a page names
//! neither a bank id nor, through an id's spelling or order, the key. The stored paper maps them back to
//! bank ids here, before an answer is checked, stored or scored; stored answers keep bank ids.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::answer::{Answer, AnswerError, GapAnswer};
use super::paper::PaperQuestion;
use crate::bank::{Gap, Question, QuestionKind};
use crate::i18n::{format::parse_decimal, Locale};
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
    /// Gap address → choice position, or the text typed in a typed gap.
    GapFill(BTreeMap<usize, ShownGap>),
    /// Item positions in the learner's order.
    Ordering(Vec<usize>),
    Essay(String),
}

/// One gap in shown terms: a chosen gap's choice position (a JSON number), or what was typed (a string).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ShownGap {
    Choice(usize),
    Typed(String),
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
        (None, QuestionKind::GapFill { gaps }) => gaps.get(gap).map(Gap::options).unwrap_or(&[]),
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
    /// Maps shown positions back to bank ids through the stored paper, then checks the answer. A number
    /// typed in a gap is read in the attempt's `locale`.
    pub fn resolve(
        &self,
        q: &Question,
        pq: &PaperQuestion,
        locale: Locale,
    ) -> Result<Answer, AnswerError> {
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
            (ShownAnswer::Essay(t), _) => Answer::Essay(t.clone()),
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
            (ShownAnswer::GapFill(map), QuestionKind::GapFill { gaps }) => {
                let shown = shown_gaps(q);
                Answer::GapFill(
                    map.iter()
                        .map(|(g, given)| {
                            let id = *at(&shown, *g)?;
                            let answer = match (gaps.get(id), given) {
                                (Some(Gap::Choice { .. }), ShownGap::Choice(c)) => {
                                    GapAnswer::Choice(at(shown_gap_choices(q, pq, id), *c)?.clone())
                                }
                                (Some(Gap::Number { .. }), ShownGap::Typed(text)) => {
                                    parse_decimal(text, locale).ok_or(AnswerError::NotANumber)?;
                                    GapAnswer::Typed {
                                        text: text.trim().to_string(),
                                    }
                                }
                                (Some(Gap::Text { .. }), ShownGap::Typed(text)) => {
                                    GapAnswer::Typed {
                                        text: text.trim().to_string(),
                                    }
                                }
                                _ => return Err(AnswerError::WrongType),
                            };
                            Ok((id.clone(), answer))
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
            Answer::Essay(t) => ShownAnswer::Essay(t.clone()),
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
                        .filter_map(|(g, given)| {
                            let gap = gaps.iter().position(|x| *x == g)? + 1;
                            let shown = match given {
                                GapAnswer::Choice(c) => {
                                    ShownGap::Choice(position_of(shown_gap_choices(q, pq, g), c)?)
                                }
                                GapAnswer::Typed { text } => ShownGap::Typed(text.clone()),
                            };
                            Some((gap, shown))
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
                let key = right_answer(q).expect("a key");
                let shown = ShownAnswer::of(&key, q, pq).expect("on the paper");
                assert_eq!(shown.resolve(q, pq, Locale::En), Ok(key), "{}", pq.id);
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
            ShownAnswer::Single(1).resolve(q, &pq, Locale::En),
            Ok(Answer::Single("c".parse().expect("id")))
        );
        for bad in [0, 4] {
            assert_eq!(
                ShownAnswer::Single(bad).resolve(q, &pq, Locale::En),
                Err(AnswerError::UnknownChoice)
            );
        }
        assert_eq!(
            ShownAnswer::TrueFalse(true).resolve(q, &pq, Locale::En),
            Err(AnswerError::WrongType)
        );
    }

    #[test]
    fn a_paper_stored_without_orders_shows_bank_order() {
        let course = demo_course();
        let ids =
            |v: &[&str]| -> Vec<ChoiceId> { v.iter().map(|c| c.parse().expect("id")).collect() };
        let bare = |q: &Question| PaperQuestion {
            id: q.id.clone(),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        };
        let q = |id: &str| course.question(&id.parse().expect("id")).expect("question");

        let single = q("single");
        assert_eq!(shown_choices(single, &bare(single)), ids(&["a", "b", "c"]));
        let resolved = ShownAnswer::Single(2).resolve(single, &bare(single), Locale::En);
        assert_eq!(resolved, Ok(Answer::Single("b".parse().expect("id"))));

        let multiple = q("multiple");
        let chosen =
            ShownAnswer::Multiple([1, 3].into()).resolve(multiple, &bare(multiple), Locale::En);
        assert_eq!(
            chosen,
            Ok(Answer::Multiple(ids(&["a", "c"]).into_iter().collect()))
        );

        let matching = q("matching");
        assert_eq!(
            shown_choices(matching, &bare(matching)),
            ids(&["r1", "r2", "r3"])
        );
        assert_eq!(shown_prompts(matching), ids(&["l1", "l2"]));
        let pairs = ShownAnswer::Matching([(1, 3), (2, 1)].into()).resolve(
            matching,
            &bare(matching),
            Locale::En,
        );
        let expected: BTreeMap<ChoiceId, ChoiceId> = ids(&["l1", "l2"])
            .into_iter()
            .zip(ids(&["r3", "r1"]))
            .collect();
        assert_eq!(pairs, Ok(Answer::Matching(expected)));

        let gapfill = q("gapfill");
        let g1: ChoiceId = "g1".parse().expect("id");
        assert_eq!(shown_gaps(gapfill), [&g1, &"g2".parse().expect("id")]);
        assert_eq!(
            shown_gap_choices(gapfill, &bare(gapfill), &g1),
            ids(&["x", "y"])
        );
        let gaps =
            ShownAnswer::GapFill([(1, ShownGap::Choice(2)), (2, ShownGap::Choice(1))].into())
                .resolve(gapfill, &bare(gapfill), Locale::En);
        let expected: BTreeMap<ChoiceId, GapAnswer> = ids(&["g1", "g2"])
            .into_iter()
            .zip(ids(&["y", "p"]).into_iter().map(GapAnswer::Choice))
            .collect();
        assert_eq!(gaps, Ok(Answer::GapFill(expected)));

        let ordering = q("ordering");
        assert_eq!(
            shown_choices(ordering, &bare(ordering)),
            ids(&["i1", "i2", "i3"])
        );
        let order =
            ShownAnswer::Ordering(vec![3, 1, 2]).resolve(ordering, &bare(ordering), Locale::En);
        assert_eq!(order, Ok(Answer::Ordering(ids(&["i3", "i1", "i2"]))));

        // Questions without choices show none.
        let truefalse = q("truefalse");
        assert!(shown_choices(truefalse, &bare(truefalse)).is_empty());
        assert!(shown_prompts(single).is_empty());
        assert!(shown_gaps(single).is_empty());
        assert!(shown_gap_choices(single, &bare(single), &g1).is_empty());
        assert!(shown_gap_choices(gapfill, &bare(gapfill), &"g9".parse().expect("id")).is_empty());
    }

    #[test]
    fn stored_answers_map_to_shown_positions_and_drop_what_is_not_shown() {
        let course = demo_course();
        let ids =
            |v: &[&str]| -> Vec<ChoiceId> { v.iter().map(|c| c.parse().expect("id")).collect() };
        let q = |id: &str| course.question(&id.parse().expect("id")).expect("question");
        let paper_q = |q: &Question, order: &[&str]| PaperQuestion {
            id: q.id.clone(),
            order: ids(order),
            gap_orders: BTreeMap::new(),
        };

        let single = q("single");
        let pq = paper_q(single, &["c", "a"]);
        let of = |a: Answer| ShownAnswer::of(&a, single, &pq);
        assert_eq!(
            of(Answer::Single("a".parse().expect("id"))),
            Some(ShownAnswer::Single(2))
        );
        assert_eq!(of(Answer::Single("b".parse().expect("id"))), None);

        let multiple = q("multiple");
        let pq = paper_q(multiple, &["d", "c", "a"]);
        let chosen = Answer::Multiple(ids(&["a", "b", "c"]).into_iter().collect());
        assert_eq!(
            ShownAnswer::of(&chosen, multiple, &pq),
            Some(ShownAnswer::Multiple([2, 3].into()))
        );

        let matching = q("matching");
        let pq = paper_q(matching, &["r2", "r1"]);
        let pairs: BTreeMap<ChoiceId, ChoiceId> = ids(&["l1", "l2"])
            .into_iter()
            .zip(ids(&["r1", "r3"]))
            .collect();
        assert_eq!(
            ShownAnswer::of(&Answer::Matching(pairs), matching, &pq),
            Some(ShownAnswer::Matching([(1, 2)].into()))
        );

        let gapfill = q("gapfill");
        let pq = PaperQuestion {
            id: gapfill.id.clone(),
            order: Vec::new(),
            gap_orders: [("g2".parse().expect("id"), ids(&["q", "p"]))].into(),
        };
        let given: BTreeMap<ChoiceId, GapAnswer> = ids(&["g1", "g2"])
            .into_iter()
            .zip(ids(&["y", "p"]).into_iter().map(GapAnswer::Choice))
            .collect();
        assert_eq!(
            ShownAnswer::of(&Answer::GapFill(given), gapfill, &pq),
            Some(ShownAnswer::GapFill(
                [(1, ShownGap::Choice(2)), (2, ShownGap::Choice(2))].into()
            ))
        );

        let ordering = q("ordering");
        let pq = paper_q(ordering, &["i2", "i3", "i1"]);
        assert_eq!(
            ShownAnswer::of(&Answer::Ordering(ids(&["i1", "i2", "i3"])), ordering, &pq),
            Some(ShownAnswer::Ordering(vec![3, 1, 2]))
        );
    }

    /// The API names a chosen gap's choice by its number and gives a typed gap's text as a string; the
    /// one for the other is refused, and a number that the locale cannot read is not a number.
    #[test]
    fn typed_gaps_in_api_json() {
        let course = demo_course();
        let q = course
            .question(&"gapfill-typed".parse().expect("id"))
            .expect("question");
        let pq = PaperQuestion {
            id: q.id.clone(),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        };
        let shown: ShownAnswer = serde_json::from_str(
            r#"{"type":"gap-fill","value":{"1":2,"2":"transnational","3":" 2000,0 "}}"#,
        )
        .expect("API JSON");
        let resolved = shown.resolve(q, &pq, Locale::Mk).expect("resolved");
        assert_eq!(
            crate::assessment::scoring::fraction(q, Some(&resolved), Locale::Mk),
            1.0
        );
        let Answer::GapFill(gaps) = &resolved else {
            panic!("{resolved:?}")
        };
        assert_eq!(
            gaps.get(&"year".parse::<ChoiceId>().expect("id")),
            Some(&GapAnswer::Typed {
                text: "2000,0".to_string()
            })
        );
        let one = |gap: usize, value: ShownGap| {
            ShownAnswer::GapFill([(gap, value)].into()).resolve(q, &pq, Locale::En)
        };
        assert_eq!(
            one(1, ShownGap::Typed("3".into())),
            Err(AnswerError::WrongType)
        );
        assert_eq!(one(2, ShownGap::Choice(1)), Err(AnswerError::WrongType));
        assert_eq!(
            one(3, ShownGap::Typed("year 2000".into())),
            Err(AnswerError::NotANumber)
        );
        assert_eq!(
            one(4, ShownGap::Typed("x".into())),
            Err(AnswerError::UnknownChoice)
        );
        // And back: the stored answer in shown terms.
        assert_eq!(
            ShownAnswer::of(&resolved, q, &pq),
            Some(ShownAnswer::GapFill(
                [
                    (1, ShownGap::Choice(2)),
                    (2, ShownGap::Typed("transnational".into())),
                    (3, ShownGap::Typed("2000,0".into())),
                ]
                .into()
            ))
        );
    }
}
