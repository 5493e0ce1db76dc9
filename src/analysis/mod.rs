//! Item analysis of course quizzes (issue 13): per question facility, spread, discrimination,
//! point-biserial, blanks and option choices; per quiz the score distribution and Cronbach's α / KR-20.
//!
//! Moodle's quiz statistics report is the anchor; the formulas follow its developer documentation,
//! "Quiz statistics calculations" (<https://docs.moodle.org/dev/Quiz_statistics_calculations>), and the
//! teacher-facing "Quiz statistics report" (<https://docs.moodle.org/en/Quiz_statistics_report>).
//!
//! Pure: attempts in, plain serialisable figures out. This module must never read the database, know
//! a route, or decide how a figure is shown; the pages, SQL and CSV are built on top of it.
//!
//! Units: scores are `Points` (thousandths of a point, as stored in the database and produced by
//! `assessment::scoring::grade`), so totals and rest-of-test scores are exact integers.

mod stats;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::bank::Points;
use crate::ids::{AttemptId, ChoiceId, QuestionId};
use stats::PairSums;

/// Below this many attempts a question is flagged [`Flag::TooFewAttempts`] and no other bound is judged.
///
/// Why 20: the sampling error of a correlation near zero is about 1/√(n − 3) on Fisher's z scale, so at
/// n = 20 a 95 % interval around r = 0 still spans about ±0.45 (1.96/√17). With fewer attempts the sign
/// of a weak discrimination index is close to a coin toss, and a facility of 1.0 from a handful of
/// learners says little about the item. Twenty is also the smallest group the usual classical-test-theory
/// rules of thumb are quoted for; a course cohort reaches it within a term or two.
pub const MIN_ATTEMPTS_TO_JUDGE: usize = 20;

/// Facility above this is flagged as too easy (issue 13's bound).
pub const FACILITY_TOO_EASY: f64 = 0.9;
/// Facility below this is flagged as too hard (issue 13's bound).
pub const FACILITY_TOO_HARD: f64 = 0.2;

/// One closed attempt, as the analysis needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptRecord {
    pub attempt: AttemptId,
    /// The questions this attempt's paper had. A question the draw did not give it is simply absent.
    pub results: Vec<QuestionResult>,
}

/// One question within one attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub question: QuestionId,
    /// Points earned; negative under negative marking, never below −`max` nor above `max`.
    pub earned: Points,
    /// The question's maximum in this attempt. A result with maximum 0 (a question removed from the bank
    /// since the draw, which `grade` scores 0 of 0) carries no information and is left out, as if absent.
    pub max: Points,
    /// For choice questions, the options the learner chose (empty when none); `None` for other kinds.
    pub chosen: Option<Vec<ChoiceId>>,
    /// The learner gave no answer. A blank still counts in `n` and scores what it earned (normally 0).
    pub blank: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnalysisError {
    #[error("attempt {attempt} has question `{question}` more than once")]
    DuplicateQuestion {
        attempt: AttemptId,
        question: QuestionId,
    },
    #[error("attempt {attempt}: question `{question}` earned {earned:?} outside ±{max:?}")]
    EarnedOutOfRange {
        attempt: AttemptId,
        question: QuestionId,
        earned: Points,
        max: Points,
    },
    #[error("attempt {attempt}: question `{question}` has a negative maximum {max:?}")]
    NegativeMax {
        attempt: AttemptId,
        question: QuestionId,
        max: Points,
    },
}

/// Something a reviewer should look at. Serialised kebab-case for pages and CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// Fewer than [`MIN_ATTEMPTS_TO_JUDGE`] attempts had the question; no other flag is raised.
    TooFewAttempts,
    /// Stronger learners (on the rest of the test) did worse on it: a wrong key or a misleading stem.
    NegativeDiscrimination,
    /// Facility above [`FACILITY_TOO_EASY`].
    TooEasy,
    /// Facility below [`FACILITY_TOO_HARD`].
    TooHard,
}

/// How often one option was chosen, among the attempts that had the question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionFrequency {
    pub option: ChoiceId,
    pub count: usize,
    /// `count / n`. For multiple-response questions the shares of a question may add up to more than 1.
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionAnalysis {
    pub question: QuestionId,
    /// Attempts that had this question (Moodle computes each question's figures over those alone).
    pub n: usize,
    /// Mean fraction of the maximum earned, `mean(earned / max)`: 0 nobody scored, 1 everyone full marks;
    /// negative when negative marking outweighs credit. Moodle's F without its ×100, and with the
    /// minimum taken as 0: Moodle rescales by (max − min possible), which these inputs do not carry.
    pub facility: f64,
    /// Sample standard deviation (n − 1) of `earned / max`; `None` below two attempts.
    pub sd: Option<f64>,
    /// Moodle's discrimination index without its ×100: Pearson's correlation between the points earned
    /// on this question and the points earned on the REST of the test (the attempt's total minus this
    /// question), so the item is not correlated with itself. `None` when undefined (fewer than two
    /// attempts, or either score constant — everyone right, say).
    pub discrimination: Option<f64>,
    /// Whether every attempt scored this question either 0 or its maximum (judged on the data).
    pub all_or_nothing: bool,
    /// For all-or-nothing questions, the point-biserial correlation: Pearson's r of the 0/1 score with the
    /// rest-of-test score, like Moodle's discrimination index (not with the total, which contains the item
    /// and inflates r on short quizzes). It therefore equals `discrimination` unless the question's
    /// maximum changed between attempts. `None` for partial-credit questions or when undefined.
    pub point_biserial: Option<f64>,
    /// Share of the `n` attempts that left the question blank.
    pub blank_share: f64,
    /// Chosen options, most chosen first (ties by id). Options nobody chose are absent: the page adds
    /// them from the bank's option list.
    pub options: Vec<OptionFrequency>,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizSummary {
    /// Attempts with a positive maximum (an attempt whose questions all vanished has no score).
    pub n: usize,
    /// Mean, median and sample SD (n − 1, as Moodle) of each attempt's score fraction
    /// `max(total, 0) / max`: the grade the learner saw, which `grade` never lets fall below zero.
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub sd: Option<f64>,
    /// Counts of score fractions in [0, 10 %), [10 %, 20 %), …, [90 %, 100 %]; 100 % goes in the last bin.
    /// Binned in exact integer arithmetic, so 30 % lands in the 30–40 % bin, never in 20–30 %.
    pub histogram: [usize; 10],
    /// The questions every attempt had, over which α and KR-20 are computed. When papers differ
    /// (random draws), the others are left out of α rather than imputed: a missing question is not a
    /// wrong answer, and pairwise-deleted covariances can yield an α outside its range.
    pub reliability_questions: Vec<QuestionId>,
    /// Cronbach's α on the points of `reliability_questions`:
    /// α = k/(k − 1) · (1 − Σ var(item) / var(item sum)); Moodle's "coefficient of internal consistency"
    /// without its ×100. Points, not fractions, so questions weigh as the quiz weighs them. `None` below
    /// two questions or two attempts, or when the sum does not vary. May be negative.
    pub alpha: Option<f64>,
    /// KR-20 = k/(k − 1) · (1 − Σ p·q / σ²(number right)), given only when every reliability question is
    /// all-or-nothing in every attempt. It is α computed on the 0/1 scores, so it equals `alpha` when those
    /// questions also carry the same maximum (α is scale-free); with unequal maxima the two differ.
    pub kr20: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizAnalysis {
    pub summary: QuizSummary,
    /// In order of first appearance in the input (the caller passes attempts in paper order).
    pub questions: Vec<QuestionAnalysis>,
}

/// One checked question result, reduced to what the statistics use.
struct Cell {
    earned: i64,
    max: i64,
}

/// Analyses closed attempts of one quiz. Each attempt counts once; which attempts to include (first
/// attempt per learner, as Moodle's default, or all) is the caller's choice.
pub fn analyse(attempts: &[AttemptRecord]) -> Result<QuizAnalysis, AnalysisError> {
    // Validate and index: per attempt its cells by question, and its total.
    let mut rows: Vec<(BTreeMap<&QuestionId, Cell>, i64, i64)> = Vec::with_capacity(attempts.len());
    let mut order: Vec<&QuestionId> = Vec::new();
    let mut seen = BTreeSet::new();
    for a in attempts {
        let mut cells = BTreeMap::new();
        for r in &a.results {
            if r.max.0 < 0 {
                return Err(AnalysisError::NegativeMax {
                    attempt: a.attempt,
                    question: r.question.clone(),
                    max: r.max,
                });
            }
            if r.earned.0.abs() > r.max.0 {
                return Err(AnalysisError::EarnedOutOfRange {
                    attempt: a.attempt,
                    question: r.question.clone(),
                    earned: r.earned,
                    max: r.max,
                });
            }
            let cell = Cell {
                earned: r.earned.0,
                max: r.max.0,
            };
            if cells.insert(&r.question, cell).is_some() {
                return Err(AnalysisError::DuplicateQuestion {
                    attempt: a.attempt,
                    question: r.question.clone(),
                });
            }
        }
        cells.retain(|_, c| c.max > 0);
        for q in cells.keys() {
            if seen.insert(*q) {
                order.push(q);
            }
        }
        let total = cells.values().map(|c| c.earned).sum();
        let max = cells.values().map(|c| c.max).sum();
        rows.push((cells, total, max));
    }

    let questions = order
        .iter()
        .map(|q| question_analysis(q, attempts, &rows))
        .collect();
    Ok(QuizAnalysis {
        summary: summary(&order, &rows),
        questions,
    })
}

type Row<'a> = (BTreeMap<&'a QuestionId, Cell>, i64, i64);

fn question_analysis(q: &QuestionId, attempts: &[AttemptRecord], rows: &[Row]) -> QuestionAnalysis {
    let mut fractions = Vec::new();
    let mut vs_rest = PairSums::default();
    let mut binary_vs_rest = PairSums::default();
    let mut all_or_nothing = true;
    for (cells, total, _) in rows {
        if let Some(c) = cells.get(q) {
            fractions.push(c.earned as f64 / c.max as f64);
            let rest = total - c.earned;
            vs_rest.add(c.earned, rest);
            all_or_nothing &= c.earned == 0 || c.earned == c.max;
            binary_vs_rest.add(i64::from(c.earned == c.max), rest);
        }
    }
    let n = fractions.len();

    // Blanks and choices come from the raw results; only those with a positive maximum count, as above.
    let mut blanks = 0;
    let mut counts: BTreeMap<&ChoiceId, usize> = BTreeMap::new();
    for r in attempts
        .iter()
        .flat_map(|a| &a.results)
        .filter(|r| &r.question == q && r.max.0 > 0)
    {
        blanks += usize::from(r.blank);
        // A learner's list is counted as a set: an option ticked twice is one choice.
        let chosen: BTreeSet<&ChoiceId> = r.chosen.iter().flatten().collect();
        for c in chosen {
            *counts.entry(c).or_default() += 1;
        }
    }
    let share = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    let mut options: Vec<OptionFrequency> = counts
        .into_iter()
        .map(|(option, count)| OptionFrequency {
            option: option.clone(),
            count,
            share: share(count),
        })
        .collect();
    options.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.option.cmp(&b.option)));

    let facility = stats::mean(&fractions).unwrap_or(0.0);
    let discrimination = vs_rest.pearson();
    let flags = if n < MIN_ATTEMPTS_TO_JUDGE {
        vec![Flag::TooFewAttempts]
    } else {
        let mut f = Vec::new();
        if discrimination.is_some_and(|d| d < 0.0) {
            f.push(Flag::NegativeDiscrimination);
        }
        if facility > FACILITY_TOO_EASY {
            f.push(Flag::TooEasy);
        }
        if facility < FACILITY_TOO_HARD {
            f.push(Flag::TooHard);
        }
        f
    };
    QuestionAnalysis {
        question: q.clone(),
        n,
        facility,
        sd: stats::sample_sd(&fractions),
        discrimination,
        all_or_nothing,
        point_biserial: if all_or_nothing {
            binary_vs_rest.pearson()
        } else {
            None
        },
        blank_share: share(blanks),
        options,
        flags,
    }
}

fn summary(order: &[&QuestionId], rows: &[Row]) -> QuizSummary {
    let mut fractions = Vec::new();
    let mut histogram = [0usize; 10];
    for (_, total, max) in rows.iter().filter(|(_, _, max)| *max > 0) {
        let shown = (*total).max(0);
        fractions.push(shown as f64 / *max as f64);
        // floor(10 · shown / max) in integers; 100 % joins the last bin.
        let bin = (i128::from(shown) * 10 / i128::from(*max)).min(9);
        histogram[bin as usize] += 1;
    }

    let common: Vec<&QuestionId> = order
        .iter()
        .copied()
        .filter(|q| rows.iter().all(|(cells, _, _)| cells.contains_key(q)))
        .collect();
    let alpha = alpha_of(&common, rows, |c| c.earned);
    let dichotomous = rows.iter().all(|(cells, _, _)| {
        common.iter().all(|q| {
            cells
                .get(q)
                .is_some_and(|c| c.earned == 0 || c.earned == c.max)
        })
    });
    let kr20 = if dichotomous {
        alpha_of(&common, rows, |c| i64::from(c.earned == c.max))
    } else {
        None
    };

    QuizSummary {
        n: fractions.len(),
        mean: stats::mean(&fractions),
        median: stats::median(&fractions),
        sd: stats::sample_sd(&fractions),
        histogram,
        reliability_questions: common.into_iter().cloned().collect(),
        alpha,
        kr20,
    }
}

/// Cronbach's α of the `score`s of `questions` over all rows, from exact spreads (the common factor
/// 1/(n(n − 1)) or 1/n² of the variances cancels in the ratio).
fn alpha_of(questions: &[&QuestionId], rows: &[Row], score: impl Fn(&Cell) -> i64) -> Option<f64> {
    let k = questions.len();
    if k < 2 || rows.len() < 2 {
        return None;
    }
    let item_score = |cells: &BTreeMap<&QuestionId, Cell>, q: &QuestionId| -> i64 {
        cells.get(q).map(&score).unwrap_or(0)
    };
    let items: i128 = questions
        .iter()
        .map(|q| stats::spread(rows.iter().map(|(cells, _, _)| item_score(cells, q))))
        .sum();
    let sum = stats::spread(
        rows.iter()
            .map(|(cells, _, _)| questions.iter().map(|q| item_score(cells, q)).sum()),
    );
    if sum == 0 {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - items as f64 / sum as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-12;

    fn qid(s: &str) -> QuestionId {
        s.parse().expect("test question id")
    }

    fn cid(s: &str) -> ChoiceId {
        s.parse().expect("test choice id")
    }

    fn result(q: &str, earned: i64, max: i64) -> QuestionResult {
        QuestionResult {
            question: qid(q),
            earned: Points(earned),
            max: Points(max),
            chosen: None,
            blank: false,
        }
    }

    /// Attempts from a matrix of earned thousandths (`None`: the paper did not have the question).
    fn attempts(names: &[&str], maxima: &[i64], matrix: &[&[Option<i64>]]) -> Vec<AttemptRecord> {
        matrix
            .iter()
            .enumerate()
            .map(|(i, row)| AttemptRecord {
                attempt: AttemptId(i as i64 + 1),
                results: names
                    .iter()
                    .zip(maxima)
                    .zip(row.iter())
                    .filter_map(|((q, max), e)| e.map(|e| result(q, e, *max)))
                    .collect(),
            })
            .collect()
    }

    fn close(actual: Option<f64>, expected: f64, what: &str) {
        let a = actual.unwrap_or_else(|| panic!("{what}: expected {expected}, got None"));
        assert!((a - expected).abs() < EPS, "{what}: {a} ≠ {expected}");
    }

    fn question<'a>(a: &'a QuizAnalysis, q: &str) -> &'a QuestionAnalysis {
        a.questions
            .iter()
            .find(|x| x.question.as_str() == q)
            .unwrap_or_else(|| panic!("no analysis for {q}"))
    }

    /// Matrix A: five attempts, three all-or-nothing questions of one point each.
    ///
    /// ```text
    ///       q1 q2 q3 | T
    ///   a1   1  1  1 | 3
    ///   a2   1  1  0 | 2
    ///   a3   1  0  1 | 2
    ///   a4   0  1  0 | 1
    ///   a5   0  0  0 | 0
    /// ```
    fn matrix_a() -> Vec<AttemptRecord> {
        let (y, n) = (Some(1000), Some(0));
        attempts(
            &["q1", "q2", "q3"],
            &[1000, 1000, 1000],
            &[&[y, y, y], &[y, y, n], &[y, n, y], &[n, y, n], &[n, n, n]],
        )
    }

    #[test]
    fn matrix_a_question_figures_by_hand() {
        let a = analyse(&matrix_a()).expect("valid input");
        let names: Vec<&str> = a.questions.iter().map(|q| q.question.as_str()).collect();
        assert_eq!(names, ["q1", "q2", "q3"], "first-appearance order");

        // q1 = 1,1,1,0,0: facility 3/5. Squared deviations 3·0.4² + 2·0.6² = 1.2; /4 = 0.3 → sd √0.3.
        // Rest = T − q1 = 2,1,1,1,0. Σx=3, Σy=5, Σxy=4, Σx²=3, Σy²=7, n=5:
        // nΣxy − ΣxΣy = 20 − 15 = 5; nΣx² − (Σx)² = 6; nΣy² − (Σy)² = 35 − 25 = 10. r = 5/√60.
        let q1 = question(&a, "q1");
        assert_eq!(q1.n, 5);
        close(Some(q1.facility), 0.6, "q1 facility");
        close(q1.sd, 0.3f64.sqrt(), "q1 sd");
        close(q1.discrimination, 5.0 / 60f64.sqrt(), "q1 discrimination");
        assert!(q1.all_or_nothing);
        close(q1.point_biserial, 5.0 / 60f64.sqrt(), "q1 point-biserial");

        // q2 = 1,1,0,1,0; rest = 2,1,2,0,0. Σx=3, Σy=5, Σxy=2+1+0=3: nΣxy − ΣxΣy = 15 − 15 = 0 → r = 0.
        let q2 = question(&a, "q2");
        close(q2.discrimination, 0.0, "q2 discrimination");
        assert_eq!(
            q2.flags,
            [Flag::TooFewAttempts],
            "0 is not negative, and n = 5"
        );

        // q3 = 1,0,1,0,0; rest = 2,2,1,1,0. Σx=2, Σy=6, Σxy=3, Σx²=2, Σy²=10:
        // 15 − 12 = 3; 10 − 4 = 6; 50 − 36 = 14. r = 3/√84. Facility 2/5.
        let q3 = question(&a, "q3");
        close(Some(q3.facility), 0.4, "q3 facility");
        close(q3.discrimination, 3.0 / 84f64.sqrt(), "q3 discrimination");
        assert_eq!(q3.blank_share, 0.0);
        assert!(q3.options.is_empty(), "not a choice question");
    }

    #[test]
    fn matrix_a_quiz_figures_by_hand() {
        let s = analyse(&matrix_a()).expect("valid input").summary;
        // Fractions T/3 = 1, 2/3, 2/3, 1/3, 0. Mean 8/15; median 2/3.
        // T = 3,2,2,1,0: mean 1.6, squared deviations 1.96+0.16+0.16+0.36+2.56 = 5.2; /4 = 1.3;
        // sd of T/3 = √1.3 / 3.
        assert_eq!(s.n, 5);
        close(s.mean, 8.0 / 15.0, "mean");
        close(s.median, 2.0 / 3.0, "median");
        close(s.sd, 1.3f64.sqrt() / 3.0, "sd");
        // 100 % → last bin; 66.7 % twice → 60–70 %; 33.3 % → 30–40 %; 0 → first.
        assert_eq!(s.histogram, [1, 0, 0, 1, 0, 0, 2, 0, 0, 1]);
        // Item variances (n − 1): each 1.2/4 = 0.3, sum 0.9; var(T) = 1.3.
        // α = 3/2 · (1 − 0.9/1.3) = 1.5 · 0.4/1.3 = 6/13.
        // KR-20: p·q = 0.24 each, sum 0.72; σ²(T) = 5.2/5 = 1.04; 1.5 · (1 − 0.72/1.04) = 0.48/1.04 = 6/13.
        assert_eq!(s.reliability_questions, [qid("q1"), qid("q2"), qid("q3")]);
        close(s.alpha, 6.0 / 13.0, "alpha");
        close(s.kr20, 6.0 / 13.0, "kr20 equals alpha for equal maxima");
    }

    /// Matrix B: negative marking, unequal maxima, a question absent from two papers, a negative total.
    ///
    /// ```text
    ///       q1 (max 2)  q2 (max 1, −1..1)  q3 (max 1) |  T    max  shown fraction
    ///   a1     2            1                  1      |  4     4   1
    ///   a2     0           −1                  0      | −1     4   0 (clamped, as grade does)
    ///   a3     1            0.5                –      |  1.5   3   0.5
    ///   a4     2           −0.5                1      |  2.5   4   0.625
    ///   a5     0.5          0 (blank)          –      |  0.5   3   1/6
    /// ```
    fn matrix_b() -> Vec<AttemptRecord> {
        let mut v = attempts(
            &["q1", "q2", "q3"],
            &[2000, 1000, 1000],
            &[
                &[Some(2000), Some(1000), Some(1000)],
                &[Some(0), Some(-1000), Some(0)],
                &[Some(1000), Some(500), None],
                &[Some(2000), Some(-500), Some(1000)],
                &[Some(500), Some(0), None],
            ],
        );
        // q2 is a multiple-response question with options a, b, c.
        let chosen: [&[&str]; 5] = [&["a", "b"], &["c"], &["a"], &["a", "c"], &[]];
        for (attempt, ch) in v.iter_mut().zip(chosen) {
            let r = &mut attempt.results[1];
            r.chosen = Some(ch.iter().map(|c| cid(c)).collect());
            r.blank = ch.is_empty();
        }
        v[1].results[2].blank = true; // a2 left q3 blank
        v
    }

    #[test]
    fn matrix_b_questions_with_negative_marking_and_absences() {
        let a = analyse(&matrix_b()).expect("valid input");

        // q1 fractions 1, 0, 0.5, 1, 0.25: facility 2.75/5 = 0.55; deviations .45,−.55,−.05,.45,−.3,
        // squares sum 0.8, /4 = 0.2 → sd √0.2. In half points x = 4,0,2,4,1 and rest = 4,−2,1,1,0:
        // Σx=11, Σy=4, Σxy=22, Σx²=37, Σy²=22; 110 − 44 = 66; 185 − 121 = 64; 110 − 16 = 94.
        // r = 66/√(64·94). Partial credit (0.5 of 2 in a3): no point-biserial.
        let q1 = question(&a, "q1");
        close(Some(q1.facility), 0.55, "q1 facility");
        close(q1.sd, 0.2f64.sqrt(), "q1 sd");
        close(q1.discrimination, 66.0 / (64.0f64 * 94.0).sqrt(), "q1 r");
        assert!(!q1.all_or_nothing);
        assert_eq!(q1.point_biserial, None);

        // q2 = 1,−1,0.5,−0.5,0: facility 0; squares 1+1+.25+.25+0 = 2.5, /4 → sd √0.625.
        // Half points x = 2,−2,1,−1,0; rest = 3,0,1,3,0.5 → 6,0,2,6,1. Σx=0, Σy=15, Σxy=12+2−6=8,
        // Σx²=10, Σy²=77: 40 − 0 = 40; 50; 385 − 225 = 160. r = 40/√8000 = 1/√5.
        let q2 = question(&a, "q2");
        assert_eq!(q2.n, 5);
        close(Some(q2.facility), 0.0, "q2 facility");
        close(q2.sd, 0.625f64.sqrt(), "q2 sd");
        close(q2.discrimination, 1.0 / 5f64.sqrt(), "q2 r");
        // Blank in a5 only; chosen a by a1, a3, a4; c by a2, a4; b by a1.
        close(Some(q2.blank_share), 0.2, "q2 blank share");
        let opts: Vec<(&str, usize)> = q2
            .options
            .iter()
            .map(|o| (o.option.as_str(), o.count))
            .collect();
        assert_eq!(opts, [("a", 3), ("c", 2), ("b", 1)]);
        close(Some(q2.options[0].share), 0.6, "share of a");

        // q3 only in a1, a2, a4: n = 3, x = 1,0,1, facility 2/3; squares 1/9+4/9+1/9, /2 → sd √(1/3).
        // Rest in half points 6,−2,3: Σx=2, Σy=7, Σxy=9, Σx²=2, Σy²=49: 27 − 14 = 13; 6 − 4 = 2;
        // 147 − 49 = 98. r = 13/√196 = 13/14; all-or-nothing, so the point-biserial is the same.
        let q3 = question(&a, "q3");
        assert_eq!(q3.n, 3);
        close(Some(q3.facility), 2.0 / 3.0, "q3 facility");
        close(q3.sd, (1.0f64 / 3.0).sqrt(), "q3 sd");
        close(q3.discrimination, 13.0 / 14.0, "q3 r");
        close(q3.point_biserial, 13.0 / 14.0, "q3 point-biserial");
        close(Some(q3.blank_share), 1.0 / 3.0, "q3 blank share");
    }

    #[test]
    fn matrix_b_quiz_clamps_the_shown_score_and_takes_alpha_over_common_questions() {
        let s = analyse(&matrix_b()).expect("valid input").summary;
        // Fractions 1, 0, 1/2, 5/8, 1/6 = 24, 0, 12, 15, 4 twenty-fourths: mean 55/120, median 1/2.
        // Deviations from 11/24: 13, −11, 1, 4, −7 (24ths); squares 356; /4 = 89 → sd √89/24.
        assert_eq!(s.n, 5);
        close(s.mean, 55.0 / 120.0, "mean");
        close(s.median, 0.5, "median");
        close(s.sd, 89f64.sqrt() / 24.0, "sd");
        assert_eq!(s.histogram, [1, 1, 0, 0, 0, 1, 1, 0, 0, 1]);
        // Only q1 and q2 are on every paper. Sums of squared deviations (points): q1 = 2,0,1,2,.5 about
        // 1.1 → .81+1.21+.01+.81+.36 = 3.2; q2 about 0 → 2.5; q1+q2 = 3,−1,1.5,1.5,.5 about 1.1 →
        // 3.61+4.41+.16+.16+.36 = 8.7. α = 2 · (1 − 5.7/8.7) = 6/8.7 = 20/29. q1 is partial: no KR-20.
        assert_eq!(s.reliability_questions, [qid("q1"), qid("q2")]);
        close(s.alpha, 20.0 / 29.0, "alpha");
        assert_eq!(s.kr20, None);
    }

    #[test]
    fn everyone_right_gives_no_correlation_rather_than_nan() {
        // q1 = 1,1,1 (no variance); q2 = 1,0,0 whose rest (= q1) is constant too.
        let a = analyse(&attempts(
            &["q1", "q2"],
            &[1000, 1000],
            &[
                &[Some(1000), Some(1000)],
                &[Some(1000), Some(0)],
                &[Some(1000), Some(0)],
            ],
        ))
        .expect("valid input");
        let q1 = question(&a, "q1");
        assert_eq!(q1.facility, 1.0);
        assert_eq!(q1.sd, Some(0.0));
        assert_eq!(q1.discrimination, None);
        assert_eq!(q1.point_biserial, None);
        assert_eq!(question(&a, "q2").discrimination, None);
        // T = 2,1,1 equals q2 + 1: var(q1) = 0 and var(q2) = var(T), so α = 2 · (1 − 1) = 0, KR-20 too.
        close(a.summary.alpha, 0.0, "alpha");
        close(a.summary.kr20, 0.0, "kr20");
        // The serialised figures carry null, never NaN (which JSON cannot hold).
        let json = serde_json::to_string(&a).expect("serialises");
        assert!(json.contains(r#""discrimination":null"#), "{json}");
    }

    #[test]
    fn a_single_attempt_has_figures_but_no_spread() {
        let a = analyse(&attempts(
            &["q1", "q2"],
            &[1000, 3000],
            &[&[Some(1000), Some(1500)]],
        ))
        .expect("valid input");
        let q2 = question(&a, "q2");
        assert_eq!((q2.n, q2.facility, q2.sd), (1, 0.5, None));
        assert_eq!(q2.discrimination, None);
        let s = &a.summary;
        // 2.5 of 4 points: 62.5 %.
        assert_eq!(
            (s.n, s.mean, s.median, s.sd),
            (1, Some(0.625), Some(0.625), None)
        );
        assert_eq!(s.histogram, [0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
        assert_eq!((s.alpha, s.kr20), (None, None));
    }

    #[test]
    fn no_attempts_give_an_empty_analysis() {
        let a = analyse(&[]).expect("valid input");
        assert!(a.questions.is_empty());
        assert_eq!(a.summary.n, 0);
        assert_eq!((a.summary.mean, a.summary.median), (None, None));
        assert_eq!(a.summary.histogram, [0; 10]);
        assert_eq!(a.summary.alpha, None);
    }

    #[test]
    fn histogram_bins_are_exact_at_their_edges() {
        // Edges belong to the bin above: 3 of 10 points (30 %) in 30–40 %, 1 of 10 in 10–20 %;
        // 99.9 % stays in 90–100 %, and 100 % joins it.
        let a = analyse(&attempts(
            &["q1"],
            &[10_000],
            &[&[Some(3000)], &[Some(9990)], &[Some(1000)], &[Some(10_000)]],
        ))
        .expect("valid input");
        assert_eq!(a.summary.histogram, [0, 1, 0, 1, 0, 0, 0, 0, 0, 2]);
    }

    /// Matrix D: five attempts of five one-point questions: `e` everyone right, `h` nobody right,
    /// `g1`, `g2` that discriminate and `n` that only the weakest learner got right.
    ///
    /// ```text
    ///       e h g1 g2 n
    ///   a1  1 0  1  1 0
    ///   a2  1 0  1  1 0
    ///   a3  1 0  1  0 0
    ///   a4  1 0  0  0 0
    ///   a5  1 0  0  0 1
    /// ```
    fn matrix_d(copies: usize) -> Vec<AttemptRecord> {
        let (y, o) = (Some(1000), Some(0));
        let base: [&[Option<i64>]; 5] = [
            &[y, o, y, y, o],
            &[y, o, y, y, o],
            &[y, o, y, o, o],
            &[y, o, o, o, o],
            &[y, o, o, o, y],
        ];
        let rows: Vec<&[Option<i64>]> = (0..copies).flat_map(|_| base).collect();
        attempts(&["e", "h", "g1", "g2", "n"], &[1000; 5], &rows)
    }

    #[test]
    fn flags_at_twenty_attempts() {
        // Four copies of D: 20 attempts. Copying every row k times multiplies each of nΣxy − ΣxΣy,
        // nΣx² − (Σx)², nΣy² − (Σy)² by k², so r is D's own:
        // n: rest = 3,3,2,1,1; Σx=1, Σy=10, Σxy=1, Σy²=24: 5 − 10 = −5; 5 − 1 = 4; 120 − 100 = 20;
        //    r = −5/√80 < 0.
        // g1: rest = 2,2,1,1,2; Σx=3, Σy=8, Σxy=5, Σy²=14: 25 − 24 = 1; 15 − 9 = 6; 70 − 64 = 6; r = 1/6.
        // g2: rest = 2,2,2,1,2; Σx=2, Σy=9, Σxy=4, Σy²=17: 20 − 18 = 2; 10 − 4 = 6; 85 − 81 = 4; r = 2/√24.
        let a = analyse(&matrix_d(4)).expect("valid input");
        let q = |id| question(&a, id);
        close(q("n").discrimination, -5.0 / 80f64.sqrt(), "n r");
        close(q("g1").discrimination, 1.0 / 6.0, "g1 r");
        close(q("g2").discrimination, 2.0 / 24f64.sqrt(), "g2 r");
        assert_eq!(
            q("e").flags,
            [Flag::TooEasy],
            "facility 1 > 0.9; r undefined"
        );
        assert_eq!(q("h").flags, [Flag::TooHard], "facility 0 < 0.2");
        // n's facility is exactly 0.2: the bound is strict, so only the discrimination is flagged.
        close(Some(q("n").facility), 0.2, "n facility");
        assert_eq!(q("n").flags, [Flag::NegativeDiscrimination]);
        assert!(q("g1").flags.is_empty() && q("g2").flags.is_empty());
    }

    #[test]
    fn fewer_than_twenty_attempts_are_not_judged() {
        let mut nineteen = matrix_d(4);
        nineteen.pop();
        let a = analyse(&nineteen).expect("valid input");
        assert_eq!(a.questions[0].n, 19);
        for q in &a.questions {
            assert_eq!(q.flags, [Flag::TooFewAttempts], "{}", q.question);
        }
    }

    #[test]
    fn kr20_differs_from_alpha_when_all_or_nothing_maxima_differ() {
        // q1 worth 1 point, q2 worth 3, both all-or-nothing: q1 = 1,1,0,0; q2 = 3,3,3,0 (0/1: 1,1,1,0).
        // KR-20 on 0/1: p1 = 1/2, p1·q1 = 1/4; p2 = 3/4, p2·q2 = 3/16; Σpq = 7/16. Number right = 2,2,1,0,
        // mean 5/4, squared deviations (9+9+1+25)/16 = 44/16, σ² = 44/64 = 11/16. KR-20 = 2(1 − 7/11) = 8/11.
        // α on points (n·variance, the factor cancels): q1 about 1/2 → 1; q2 about 9/4 →
        // (9+9+9+81)/16 = 108/16; sum = 4,4,3,0 about 11/4 → (25+25+1+121)/16 = 172/16.
        // α = 2(1 − (16+108)/172) = 2·48/172 = 24/43: the 3-point item weighs more in α than in KR-20.
        let a = analyse(&attempts(
            &["q1", "q2"],
            &[1000, 3000],
            &[
                &[Some(1000), Some(3000)],
                &[Some(1000), Some(3000)],
                &[Some(0), Some(3000)],
                &[Some(0), Some(0)],
            ],
        ))
        .expect("valid input");
        close(a.summary.kr20, 8.0 / 11.0, "kr20");
        close(a.summary.alpha, 24.0 / 43.0, "alpha");
    }

    /// Matrix E, cross-checked with numpy 2.4.6 and scipy 1.17.1 (Python 3). Points, maxima 1, 2, 1, 3:
    ///
    /// ```text
    /// X = [[1,2,1,3],[1,1.5,0,2],[0,1,1,1.5],[1,0.5,1,3],[0,0,0,1],[1,2,0,0.5],[0,1.5,1,0],[1,1,1,2.5]]
    /// T = X.sum(axis=1); rest_j = T - X[:, j]
    /// scipy.stats.pearsonr(X[:, j], rest_j).statistic                   -> discrimination
    /// scipy.stats.pointbiserialr(X[:, j].astype(int), rest_j).statistic  -> point-biserial (j = 0, 2)
    /// (X[:, j] / max_j).mean(), (X[:, j] / max_j).std(ddof=1)            -> facility, sd
    /// 4/3 * (1 - X.var(axis=0, ddof=1).sum() / T.var(ddof=1))            -> alpha (textbook formula)
    /// f = T / 7: f.mean(), numpy.median(f), f.std(ddof=1)
    /// numpy.histogram(f, bins=10, range=(0, 1))[0]
    /// ```
    #[test]
    fn matrix_e_matches_numpy_and_scipy() {
        let m = |p: f64| Some((p * 1000.0) as i64);
        let rows: [[f64; 4]; 8] = [
            [1.0, 2.0, 1.0, 3.0],
            [1.0, 1.5, 0.0, 2.0],
            [0.0, 1.0, 1.0, 1.5],
            [1.0, 0.5, 1.0, 3.0],
            [0.0, 0.0, 0.0, 1.0],
            [1.0, 2.0, 0.0, 0.5],
            [0.0, 1.5, 1.0, 0.0],
            [1.0, 1.0, 1.0, 2.5],
        ];
        let matrix: Vec<Vec<Option<i64>>> = rows
            .iter()
            .map(|r| r.iter().map(|p| m(*p)).collect())
            .collect();
        let refs: Vec<&[Option<i64>]> = matrix.iter().map(|r| r.as_slice()).collect();
        let a = analyse(&attempts(
            &["q1", "q2", "q3", "q4"],
            &[1000, 2000, 1000, 3000],
            &refs,
        ))
        .expect("valid input");

        let expected = [
            ("q1", 0.625, 0.517549169506766, 0.629253204965693),
            ("q2", 0.59375, 0.351971488293340, 0.070038259876544),
            ("q3", 0.625, 0.517549169506766, 0.241943351563654),
            ("q4", 0.5625, 0.377307714089059, 0.395226343100702),
        ];
        for (id, facility, sd, r) in expected {
            let q = question(&a, id);
            close(Some(q.facility), facility, id);
            close(q.sd, sd, id);
            close(q.discrimination, r, id);
        }
        close(
            question(&a, "q1").point_biserial,
            0.629253204965693,
            "q1 pb",
        );
        close(
            question(&a, "q3").point_biserial,
            0.241943351563654,
            "q3 pb",
        );
        assert_eq!(question(&a, "q2").point_biserial, None);

        let s = &a.summary;
        close(s.mean, 0.589285714285714, "mean");
        close(s.median, 0.571428571428571, "median");
        close(s.sd, 0.271991896637997, "sd");
        assert_eq!(s.histogram, [0, 1, 0, 1, 0, 2, 1, 2, 0, 1]);
        close(s.alpha, 0.482758620689655, "alpha");
        assert_eq!(s.kr20, None, "q2 and q4 give partial credit");
    }

    #[test]
    fn point_biserial_uses_the_zero_one_score_when_a_maximum_changed() {
        // q1 was worth 1 point for a1, a2 and 2 points for a3 (the bank was edited between attempts);
        // every attempt scored it 0 or full. q2 (1 point) = 0,1,1 is q1's rest-of-test score.
        // Points x = 1,0,2 against y = 0,1,1: Σx=3, Σy=2, Σxy=2, n=3 → 6 − 6 = 0, r = 0.
        // 0/1 x = 1,0,1: Σx=2, Σxy=1, Σx²=2, Σy²=2 → 3 − 4 = −1; 6 − 4 = 2; 6 − 4 = 2; r = −1/2.
        let mut v = attempts(
            &["q1", "q2"],
            &[1000, 1000],
            &[
                &[Some(1000), Some(0)],
                &[Some(0), Some(1000)],
                &[Some(2000), Some(1000)],
            ],
        );
        v[2].results[0].max = Points(2000);
        let a = analyse(&v).expect("valid input");
        let q1 = question(&a, "q1");
        assert!(q1.all_or_nothing);
        close(q1.discrimination, 0.0, "q1 r on points");
        close(q1.point_biserial, -0.5, "q1 r on 0/1");
    }

    #[test]
    fn an_option_listed_twice_is_one_choice() {
        let mut r = result("q1", 0, 1000);
        r.chosen = Some(vec![cid("a"), cid("a")]);
        let a = analyse(&[AttemptRecord {
            attempt: AttemptId(1),
            results: vec![r],
        }])
        .expect("valid input");
        assert_eq!(a.questions[0].options[0].count, 1);
        assert_eq!(a.questions[0].options[0].share, 1.0);
    }

    #[test]
    fn malformed_input_is_refused() {
        let one = |r: QuestionResult| {
            analyse(&[AttemptRecord {
                attempt: AttemptId(7),
                results: vec![r],
            }])
        };
        assert!(matches!(
            one(result("q1", 1001, 1000)),
            Err(AnalysisError::EarnedOutOfRange { .. })
        ));
        assert!(matches!(
            one(result("q1", -1001, 1000)),
            Err(AnalysisError::EarnedOutOfRange { .. })
        ));
        assert!(matches!(
            one(result("q1", 0, -1)),
            Err(AnalysisError::NegativeMax { .. })
        ));
        let twice = analyse(&[AttemptRecord {
            attempt: AttemptId(7),
            results: vec![result("q1", 0, 1000), result("q1", 1000, 1000)],
        }]);
        assert_eq!(
            twice.err(),
            Some(AnalysisError::DuplicateQuestion {
                attempt: AttemptId(7),
                question: qid("q1"),
            })
        );
    }

    #[test]
    fn a_question_with_no_maximum_is_left_out() {
        // q0 was removed from the bank: `grade` scores it 0 of 0. It must not appear, nor change q1.
        let a = analyse(&[
            AttemptRecord {
                attempt: AttemptId(1),
                results: vec![result("q0", 0, 0), result("q1", 1000, 1000)],
            },
            AttemptRecord {
                attempt: AttemptId(2),
                results: vec![result("q0", 0, 0), result("q1", 0, 1000)],
            },
        ])
        .expect("valid input");
        let names: Vec<&str> = a.questions.iter().map(|q| q.question.as_str()).collect();
        assert_eq!(names, ["q1"]);
        assert_eq!(a.summary.reliability_questions, [qid("q1")]);
        assert_eq!(a.summary.histogram, [1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    }
}
