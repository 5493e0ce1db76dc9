//! One learner's standing under an assignment, read from their attempts under it: the same answer for the
//! results page, its CSV and the staff API, so the three cannot drift apart.

use crate::assessment::attempt::AttemptState;
use crate::assignments::Progress;
use crate::db::assignments::QuizOutcome;
use crate::db::placement::PlacementRow;
use crate::placement::attempt::PlacementState;

/// What the results show of one learner.
#[derive(Debug, Clone, Copy)]
pub struct Standing<'a> {
    pub progress: Progress,
    /// The best closed quiz attempt with a score (Moodle's default grading method, "highest grade"); the
    /// earliest of equal scores.
    pub best: Option<&'a QuizOutcome>,
    /// The latest closed placement test, with its number of items.
    pub placed: Option<&'a (PlacementRow, i64)>,
}

/// `quiz` and `placement` are the learner's attempts under one assignment, oldest first.
pub fn standing<'a>(
    quiz: &[&'a QuizOutcome],
    placement: &[&'a (PlacementRow, i64)],
) -> Standing<'a> {
    let open = quiz.iter().any(|q| q.state == AttemptState::InProgress)
        || placement
            .iter()
            .any(|(p, _)| p.state == PlacementState::InProgress);
    let attempts = u32::try_from(quiz.len() + placement.len()).unwrap_or(u32::MAX);
    let best = quiz
        .iter()
        .copied()
        .filter(|q| q.state != AttemptState::InProgress)
        .filter_map(|q| Some((q, q.score_milli?, q.max_milli.filter(|m| *m > 0)?)))
        // Compared exactly (s₁/m₁ ≥ s₂/m₂ as s₁·m₂ ≥ s₂·m₁): a later equal score does not replace it.
        .fold(None, |acc: Option<(&QuizOutcome, i64, i64)>, x| match acc {
            Some(b) if i128::from(b.1) * i128::from(x.2) >= i128::from(x.1) * i128::from(b.2) => {
                Some(b)
            }
            _ => Some(x),
        })
        .map(|(q, _, _)| q);
    let placed = placement
        .iter()
        .copied()
        .filter(|(p, _)| p.state != PlacementState::InProgress)
        .max_by_key(|(p, _)| (p.finished_at, p.id));
    Standing {
        progress: Progress {
            attempts,
            in_progress: open,
            submitted: attempts > u32::from(open),
        },
        best,
        placed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{AttemptId, UserId};

    fn quiz(id: i64, state: AttemptState, score: Option<(i64, i64)>) -> QuizOutcome {
        QuizOutcome {
            id: AttemptId(id),
            user_id: UserId(1),
            attempt_no: id,
            state,
            started_at: 0,
            closed_at: None,
            score_milli: score.map(|s| s.0),
            max_milli: score.map(|s| s.1),
            passed: None,
            awaiting_grading: 0,
        }
    }

    fn test(id: i64, state: PlacementState, finished_at: Option<i64>) -> (PlacementRow, i64) {
        (
            PlacementRow {
                id,
                user_id: UserId(1),
                locale: crate::i18n::Locale::En,
                seed: 0,
                state,
                started_at: 0,
                deadline: None,
                finished_at,
                theta: None,
                se: None,
                level: None,
                report: None,
                assignment_id: None,
            },
            10,
        )
    }

    #[test]
    fn the_best_closed_score_counts_and_the_earliest_of_equals() {
        // 2/3 = 66.7 %, then 4/6 (equal, later), then 3/5 = 60 %, then an open attempt.
        let a = quiz(1, AttemptState::Submitted, Some((2000, 3000)));
        let b = quiz(2, AttemptState::Expired, Some((4000, 6000)));
        let c = quiz(3, AttemptState::Submitted, Some((3000, 5000)));
        let d = quiz(4, AttemptState::InProgress, None);
        let s = standing(&[&a, &b, &c, &d], &[]);
        assert_eq!(s.best.map(|q| q.id), Some(AttemptId(1)));
        assert_eq!(
            s.progress,
            Progress {
                attempts: 4,
                in_progress: true,
                submitted: true
            }
        );
        // A later, higher score wins: 5/6 = 83.3 %.
        let e = quiz(5, AttemptState::Submitted, Some((5000, 6000)));
        assert_eq!(
            standing(&[&a, &b, &e], &[]).best.map(|q| q.id),
            Some(AttemptId(5))
        );
        // An attempt without a maximum has no score to compare.
        let f = quiz(6, AttemptState::Submitted, Some((0, 0)));
        assert!(standing(&[&f], &[]).best.is_none());
    }

    #[test]
    fn nothing_yet_and_only_an_open_attempt() {
        let s = standing(&[], &[]);
        assert!(s.best.is_none() && s.placed.is_none());
        assert_eq!(s.progress, Progress::default());
        let open = quiz(1, AttemptState::InProgress, None);
        let s = standing(&[&open], &[]);
        assert_eq!(
            s.progress,
            Progress {
                attempts: 1,
                in_progress: true,
                submitted: false
            }
        );
    }

    #[test]
    fn the_latest_finished_placement_test_counts() {
        let old = test(1, PlacementState::Finished, Some(100));
        let new = test(2, PlacementState::Expired, Some(200));
        let open = test(3, PlacementState::InProgress, None);
        let s = standing(&[], &[&old, &new, &open]);
        assert_eq!(s.placed.map(|(p, _)| p.id), Some(2));
        assert!(s.progress.in_progress && s.progress.submitted);
        assert_eq!(s.progress.attempts, 3);
    }
}
