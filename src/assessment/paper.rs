//! Drawing an attempt's paper: which questions, in which order, with options in which order.
//! Deterministic for a seed, so the paper can always be rebuilt and checked; the drawn paper is also stored
//! with the attempt so a later bank edit never changes a paper already handed out.

use std::collections::BTreeMap;

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::bank::{Course, Question, QuestionKind, Quiz};
use crate::ids::{ChoiceId, QuestionId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paper {
    pub questions: Vec<PaperQuestion>,
}

/// One question as drawn. `order` is the display order of its options (choice questions), answers
/// (matching) or items (ordering); `gap_orders` the order of each gap's choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperQuestion {
    pub id: QuestionId,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<ChoiceId>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub gap_orders: BTreeMap<ChoiceId, Vec<ChoiceId>>,
}

impl Paper {
    pub fn position(&self, id: &QuestionId) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }

    pub fn contains(&self, id: &QuestionId) -> bool {
        self.position(id).is_some()
    }

    /// The question shown as number `number` (1-based), as pages and the API address it.
    pub fn numbered(&self, number: usize) -> Option<&PaperQuestion> {
        self.questions.get(number.checked_sub(1)?)
    }
}

/// Draws a paper for `quiz` from `seed`: `count` questions from each draw rule's category.
pub fn draw_paper(course: &Course, quiz: &Quiz, seed: u64) -> Paper {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut chosen: Vec<&Question> = Vec::new();
    for rule in &quiz.draw {
        let pool: Vec<&Question> = course
            .questions
            .iter()
            .filter(|q| q.category == rule.category)
            .collect();
        let mut picked: Vec<&Question> = pool
            .choose_multiple(&mut rng, rule.count)
            .copied()
            .collect();
        // Keep bank order within a rule unless the quiz shuffles, so authors control unshuffled papers.
        picked.sort_by_key(|q| pool.iter().position(|p| p.id == q.id));
        chosen.extend(picked);
    }
    if quiz.shuffle_questions {
        chosen.shuffle(&mut rng);
    }
    let questions = chosen
        .into_iter()
        .map(|q| paper_question(q, quiz.shuffle_options, &mut rng))
        .collect();
    Paper { questions }
}

fn paper_question(q: &Question, shuffle: bool, rng: &mut ChaCha8Rng) -> PaperQuestion {
    let arrange = |ids: &[ChoiceId], rng: &mut ChaCha8Rng| {
        let mut v = ids.to_vec();
        if shuffle {
            v.shuffle(rng);
        }
        v
    };
    let mut out = PaperQuestion {
        id: q.id.clone(),
        order: Vec::new(),
        gap_orders: BTreeMap::new(),
    };
    match &q.kind {
        QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => {
            out.order = arrange(options, rng);
        }
        QuestionKind::Matching { right, .. } => out.order = arrange(right, rng),
        QuestionKind::GapFill { gaps } => {
            for (gap, g) in gaps.iter().filter(|(_, g)| !g.is_typed()) {
                out.gap_orders
                    .insert(gap.clone(), arrange(g.options(), rng));
            }
        }
        QuestionKind::Ordering { items, .. } => {
            // Always shuffled, and never shown in the answer order.
            let mut v = items.clone();
            for _ in 0..16 {
                v.shuffle(rng);
                if &v != items {
                    break;
                }
            }
            if &v == items {
                v.reverse();
            }
            out.order = v;
        }
        QuestionKind::TrueFalse { .. }
        | QuestionKind::Short { .. }
        | QuestionKind::Numerical { .. }
        | QuestionKind::Description
        | QuestionKind::Essay => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::test_support::demo_course;

    #[test]
    fn questions_are_numbered_from_one() {
        let course = demo_course();
        let paper = draw_paper(&course, &course.quizzes[0], 7);
        let n = paper.questions.len();
        assert_eq!(paper.numbered(0), None);
        assert_eq!(paper.numbered(1), paper.questions.first());
        assert_eq!(paper.numbered(n), paper.questions.last());
        assert_eq!(paper.numbered(n + 1), None);
    }

    #[test]
    fn the_same_seed_gives_the_same_paper() {
        let course = demo_course();
        let quiz = &course.quizzes[0];
        let a = draw_paper(&course, quiz, 42);
        assert_eq!(a, draw_paper(&course, quiz, 42));
        assert_eq!(a.questions.len(), quiz.question_count());
        let different = (0..20).any(|s| draw_paper(&course, quiz, s) != a);
        assert!(different, "other seeds must give other papers");
    }

    #[test]
    fn draws_the_rule_counts_without_repeats() {
        let course = demo_course();
        let quiz = &course.quizzes[0];
        for seed in 0..50 {
            let paper = draw_paper(&course, quiz, seed);
            let mut ids: Vec<_> = paper.questions.iter().map(|q| q.id.clone()).collect();
            for rule in &quiz.draw {
                let n = paper
                    .questions
                    .iter()
                    .filter(|pq| {
                        course
                            .question(&pq.id)
                            .is_some_and(|q| q.category == rule.category)
                    })
                    .count();
                assert_eq!(n, rule.count);
            }
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), quiz.question_count());
        }
    }

    #[test]
    fn ordering_items_never_start_in_the_answer_order() {
        let course = demo_course();
        let quiz = &course.quizzes[0];
        for seed in 0..100 {
            let paper = draw_paper(&course, quiz, seed);
            for pq in &paper.questions {
                if let Some(QuestionKind::Ordering { items, .. }) =
                    course.question(&pq.id).map(|q| &q.kind)
                {
                    assert_ne!(&pq.order, items);
                    let mut sorted = pq.order.clone();
                    sorted.sort();
                    let mut expected = items.clone();
                    expected.sort();
                    assert_eq!(sorted, expected);
                }
            }
        }
    }

    #[test]
    fn position_is_the_zero_based_index_and_contains_only_drawn_questions() {
        let qid = |s: &str| -> QuestionId { s.parse().expect("question id") };
        let paper = Paper {
            questions: ["single", "numerical", "ordering"]
                .iter()
                .map(|s| PaperQuestion {
                    id: qid(s),
                    order: Vec::new(),
                    gap_orders: BTreeMap::new(),
                })
                .collect(),
        };
        assert_eq!(paper.position(&qid("single")), Some(0));
        assert_eq!(paper.position(&qid("numerical")), Some(1));
        assert_eq!(paper.position(&qid("ordering")), Some(2));
        assert_eq!(paper.position(&qid("matching")), None);
        assert!(paper.contains(&qid("ordering")));
        assert!(!paper.contains(&qid("matching")));
    }

    #[test]
    fn unshuffled_papers_keep_rule_order_bank_order_and_option_order() {
        // Rule 1 draws 4 of category a (single, multiple, multiple-negative, truefalse, short), rule 2 draws
        // 4 of category b; unshuffled, each rule's questions come in bank order, options in bank order.
        let course = demo_course();
        let mut unshuffled = course.quizzes[0].clone();
        unshuffled.shuffle_questions = false;
        unshuffled.shuffle_options = false;
        let quiz = &unshuffled;
        let bank_index = |id: &QuestionId| course.questions.iter().position(|q| &q.id == id);
        for seed in 0..20 {
            let paper = draw_paper(&course, quiz, seed);
            let categories: Vec<&str> = paper
                .questions
                .iter()
                .filter_map(|pq| course.question(&pq.id).map(|q| q.category.as_str()))
                .collect();
            assert_eq!(categories, ["a", "a", "a", "a", "b", "b", "b", "b"]);
            for rule in paper.questions.chunks(4) {
                let idx: Vec<_> = rule.iter().map(|pq| bank_index(&pq.id)).collect();
                assert!(idx.windows(2).all(|w| w[0] < w[1]), "bank order: {idx:?}");
            }
            let single = paper.questions.iter().find(|pq| pq.id.as_str() == "single");
            if let Some(pq) = single {
                let ids: Vec<&str> = pq.order.iter().map(|c| c.as_str()).collect();
                assert_eq!(ids, ["a", "b", "c"]);
            }
        }
        // Drawing all five of category a gives them all, in bank order.
        let mut all_a = quiz.clone();
        all_a.draw = vec![crate::bank::DrawRule {
            category: "a".into(),
            count: 5,
        }];
        let ids: Vec<String> = draw_paper(&course, &all_a, 3)
            .questions
            .iter()
            .map(|pq| pq.id.as_str().to_string())
            .collect();
        assert_eq!(
            ids,
            [
                "single",
                "multiple",
                "multiple-negative",
                "truefalse",
                "short"
            ]
        );
    }

    #[test]
    fn shuffling_quizzes_reorder_questions_and_options() {
        let course = demo_course();
        let mut quiz = course.quizzes[0].clone();
        quiz.shuffle_questions = true;
        quiz.shuffle_options = true;
        let papers: Vec<Paper> = (0..30).map(|s| draw_paper(&course, &quiz, s)).collect();
        let category_b_first = papers.iter().any(|p| {
            p.questions
                .first()
                .and_then(|pq| course.question(&pq.id))
                .is_some_and(|q| q.category == "b")
        });
        assert!(category_b_first, "shuffled questions must mix the rules");
        let single_orders: std::collections::BTreeSet<Vec<ChoiceId>> = papers
            .iter()
            .flat_map(|p| &p.questions)
            .filter(|pq| pq.id.as_str() == "single")
            .map(|pq| pq.order.clone())
            .collect();
        assert!(
            single_orders.len() > 1,
            "shuffled options: {single_orders:?}"
        );
        let gap_orders: std::collections::BTreeSet<Vec<ChoiceId>> = papers
            .iter()
            .flat_map(|p| &p.questions)
            .filter_map(|pq| pq.gap_orders.get(&"g1".parse::<ChoiceId>().ok()?).cloned())
            .collect();
        assert_eq!(gap_orders.len(), 2, "g1's two options in both orders");
    }

    #[test]
    fn ordering_items_are_shown_in_each_wrong_order_about_equally_often() {
        // Three items have five orders other than the key's; each should come up about 1 time in 5
        // (240 of 1,200 draws; the bounds are over 4 standard deviations away).
        let course = demo_course();
        let q = course
            .question(&"ordering".parse().expect("id"))
            .expect("question");
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let mut counts: BTreeMap<Vec<ChoiceId>, usize> = BTreeMap::new();
        for _ in 0..1200 {
            *counts
                .entry(paper_question(q, false, &mut rng).order)
                .or_default() += 1;
        }
        assert_eq!(counts.len(), 5, "{counts:?}");
        assert!(
            counts.values().all(|n| (180..=300).contains(n)),
            "{counts:?}"
        );
    }
}
