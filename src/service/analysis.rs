//! Item analysis use cases: the closed attempts of a quiz (or of one assignment) graded into the records
//! `analysis::analyse` takes, and the fit of the placement items to the responses stored so far.
//!
//! Scores are those `assessment::scoring::grade` gives the stored answers against the bank as loaded,
//! which is how each attempt was graded when it closed. The database keeps each question's awarded
//! points but not the maximum they were out of; should the bank have changed since (a key corrected, a
//! question's points changed), the analysis then describes the items as they now are, consistently,
//! instead of mixing old marks with new maxima.

use std::collections::BTreeMap;

use super::ServiceError;
use crate::analysis::{analyse, AttemptRecord, QuestionResult, QuizAnalysis};
use crate::assessment::answer::Answer;
use crate::assessment::scoring::grade;
use crate::bank::{Bank, Course, Quiz};
use crate::db::analysis::{
    closed_attempts, placement_responses, AttemptScope, ClosedAttempt, Which,
};
use crate::db::Db;
use crate::ids::{ChoiceId, QuizId};
use crate::placement::bank::PlacementBank;
use crate::placement::fit::{item_fit, ItemFit};

/// One attempt as the analysis needs it: each paper question's points (graded as at submission), the
/// options chosen for choice questions, and whether it was left blank.
pub fn record_of(course: &Course, quiz: &Quiz, a: &ClosedAttempt) -> AttemptRecord {
    let g = grade(course, quiz, &a.paper, &a.answers, &a.marks, a.locale);
    let results = g
        .marks
        .into_iter()
        .map(|mark| {
            let answer = a.answers.get(&mark.id);
            let chosen = course
                .question(&mark.id)
                .and_then(|q| choice_question(&q.kind).then(|| chosen_options(answer)));
            let blank = match answer {
                None => true,
                Some(Answer::Multiple(set)) => set.is_empty(),
                Some(Answer::Short(text)) => text.trim().is_empty(),
                Some(_) => false,
            };
            QuestionResult {
                question: mark.id,
                earned: mark.awarded,
                max: mark.max,
                chosen,
                blank,
            }
        })
        .collect();
    AttemptRecord {
        attempt: a.id,
        results,
    }
}

/// Questions whose answer is a choice among listed options (and so have option frequencies).
pub fn choice_question(kind: &crate::bank::QuestionKind) -> bool {
    use crate::bank::QuestionKind as K;
    matches!(
        kind,
        K::Single { .. } | K::Multiple { .. } | K::TrueFalse { .. }
    )
}

/// The ids of the options an answer chose; true/false answers choose `true` or `false`.
fn chosen_options(answer: Option<&Answer>) -> Vec<ChoiceId> {
    match answer {
        Some(Answer::Single(c)) => vec![c.clone()],
        Some(Answer::Multiple(set)) => set.iter().cloned().collect(),
        Some(Answer::TrueFalse(b)) => b.to_string().parse().into_iter().collect(),
        _ => Vec::new(),
    }
}

/// The analysis of the closed attempts of `scope`, whose quiz is `quiz`: three queries at most.
pub async fn quiz_analysis(
    db: &Db,
    bank: &Bank,
    quiz: &QuizId,
    scope: AttemptScope<'_>,
    which: Which,
) -> Result<QuizAnalysis, ServiceError> {
    let (course, q) = bank.quiz(quiz).ok_or(ServiceError::NotFound)?;
    let attempts = closed_attempts(db, scope, which).await?;
    let records: Vec<AttemptRecord> = attempts.iter().map(|a| record_of(course, q, a)).collect();
    drop(attempts);
    // `grade` keeps every mark within ±its maximum and names each question once, so the core's checks
    // cannot fail on these records; should they, it is a bug worth a 500 and a log line.
    analyse(&records).map_err(|e| {
        ServiceError::Db(sqlx::Error::Decode(
            format!("item analysis of {quiz}: {e}").into(),
        ))
    })
}

/// One placement item's exposure and fit.
#[derive(Debug, Clone)]
pub struct PlacementItemStats {
    /// Index in the bank's pool.
    pub index: usize,
    /// Closed tests that gave the item.
    pub given: usize,
    pub fit: ItemFit,
}

/// Every bank item (in bank order) with its exposure and fit, and the number of closed tests: of every
/// test, or of the tests taken under one assignment. Responses to items no longer in the bank are left out.
pub async fn placement_items(
    db: &Db,
    bank: &PlacementBank,
    under: Option<crate::ids::AssignmentId>,
) -> Result<(Vec<PlacementItemStats>, usize), ServiceError> {
    let (responses, tests) = placement_responses(db, under).await?;
    let mut by_item: BTreeMap<usize, Vec<(f64, bool)>> = BTreeMap::new();
    let mut tests_of: BTreeMap<usize, std::collections::BTreeSet<i64>> = BTreeMap::new();
    for r in &responses {
        if let Some(i) = bank.item_index(&r.item_id) {
            by_item.entry(i).or_default().push((r.theta, r.right));
            tests_of.entry(i).or_default().insert(r.attempt);
        }
    }
    let items = bank
        .pool
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| PlacementItemStats {
            index,
            given: tests_of.get(&index).map_or(0, |t| t.len()),
            fit: item_fit(item.params, by_item.get(&index).map_or(&[][..], |v| &v[..])),
        })
        .collect();
    Ok((items, usize::try_from(tests).unwrap_or(0)))
}
