//! Question banks: courses, quizzes and questions with their keys, and the prose of each locale.
//! Loaded at start-up and never changed: a question import makes the server load a new bank and use it
//! in place of the old one, whole (`web::state::SharedBank`). `parse` is pure (text in, model or
//! positioned diagnostics out); `load` is the only part that reads files.

pub mod advice;
pub mod load;
pub mod parse;
pub mod pattern;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::i18n::{Locale, Texts};
use crate::ids::{ChoiceId, CourseId, QuestionId, QuizId};
use pattern::{Folding, Pattern};

pub use load::load_banks;

/// Points in thousandths, so sums and comparisons are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Points(pub i64);

impl Points {
    pub fn from_f64(v: f64) -> Points {
        Points((v * 1000.0).round() as i64)
    }
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 1000.0
    }
}

impl std::ops::Add for Points {
    type Output = Points;
    fn add(self, o: Points) -> Points {
        Points(self.0 + o.0)
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        Points(iter.map(|p| p.0).sum())
    }
}

#[derive(Debug)]
pub struct Bank {
    pub courses: Vec<Course>,
}

impl Bank {
    pub fn quiz(&self, id: &QuizId) -> Option<(&Course, &Quiz)> {
        self.courses
            .iter()
            .find_map(|c| c.quizzes.iter().find(|q| &q.id == id).map(|q| (c, q)))
    }

    pub fn quizzes(&self) -> impl Iterator<Item = (&Course, &Quiz)> {
        self.courses
            .iter()
            .flat_map(|c| c.quizzes.iter().map(move |q| (c, q)))
    }
}

#[derive(Debug)]
pub struct Course {
    pub id: CourseId,
    pub dir: PathBuf,
    pub quizzes: Vec<Quiz>,
    pub questions: Vec<Question>,
    pub texts: Texts,
}

impl Course {
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    pub fn title(&self, locale: Locale) -> String {
        self.texts.format(locale, "course-title", None, None)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    OnePerPage,
    AllOnOnePage,
}

/// What a learner sees once an attempt is closed (Moodle's "review options", after the attempt).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewOptions {
    #[serde(default = "yes")]
    pub score: bool,
    #[serde(default = "yes")]
    pub correctness: bool,
    #[serde(default = "yes")]
    pub feedback: bool,
    #[serde(default = "yes")]
    pub correct_answers: bool,
}

fn yes() -> bool {
    true
}

impl Default for ReviewOptions {
    fn default() -> Self {
        ReviewOptions {
            score: true,
            correctness: true,
            feedback: true,
            correct_answers: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawRule {
    pub category: String,
    pub count: usize,
}

#[derive(Debug, Clone)]
pub struct Quiz {
    pub id: QuizId,
    pub course: CourseId,
    pub time_limit_seconds: Option<i64>,
    /// After the time limit, how long the learner may still submit (but no longer answer), as Moodle's
    /// overdue handling; `None` closes the attempt at the limit.
    pub grace_seconds: Option<i64>,
    pub pass_percent: u8,
    /// `None` means unlimited.
    pub attempts_allowed: Option<u32>,
    pub layout: Layout,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    pub review: ReviewOptions,
    pub draw: Vec<DrawRule>,
    /// Locales in which every question the quiz can draw is translated.
    pub locales: BTreeSet<Locale>,
    /// The learner is emailed the result when an attempt closes (as Moodle's "quiz submission" message).
    pub email_result: bool,
    /// Passing issues a certificate, which is emailed.
    pub certificate: bool,
}

impl Quiz {
    pub fn question_count(&self) -> usize {
        self.draw.iter().map(|d| d.count).sum()
    }

    pub fn offered_in(&self, locale: Locale) -> bool {
        self.locales.contains(&locale)
    }
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: QuestionId,
    pub points: Points,
    pub category: String,
    pub tags: Vec<String>,
    pub kind: QuestionKind,
}

impl Question {
    /// The Fluent message holding this question's prose.
    pub fn message_id(&self) -> String {
        format!("q-{}", self.id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrderingScoring {
    Partial,
    AllOrNothing,
}

/// One gap of a gap-fill question: chosen from a list, typed in as words, or typed in as a number (the
/// gaps of Moodle's Cloze: MULTICHOICE, SHORTANSWER and NUMERICAL). Every gap earns an equal share.
#[derive(Debug, Clone)]
pub enum Gap {
    Choice {
        options: Vec<ChoiceId>,
        correct: ChoiceId,
    },
    /// Words typed in, right when one of the patterns matches (as a short answer's, with its folding):
    /// `accept` in every language, `accept_by_locale` in one (a translation's own words).
    Text {
        accept: Vec<Pattern>,
        accept_by_locale: BTreeMap<Locale, Vec<Pattern>>,
        folding: Folding,
    },
    /// A number typed in, right within the tolerance.
    Number { answer: f64, tolerance: f64 },
}

impl Gap {
    /// The options offered in the gap; none when it is typed in.
    pub fn options(&self) -> &[ChoiceId] {
        match self {
            Gap::Choice { options, .. } => options,
            Gap::Text { .. } | Gap::Number { .. } => &[],
        }
    }

    /// Whether the learner types the gap's answer rather than choosing it.
    pub fn is_typed(&self) -> bool {
        !matches!(self, Gap::Choice { .. })
    }
}

/// What choosing each option of a choice question is worth, as a fraction of its points from -1 to 1:
/// Moodle's per-choice grades. Options not listed weigh 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Weights(pub BTreeMap<ChoiceId, f64>);

impl Weights {
    pub fn of(&self, option: &ChoiceId) -> f64 {
        self.0.get(option).copied().unwrap_or(0.0)
    }
}

/// What one option of an unweighted multiple-choice question is worth, as its scoring counts it (right
/// chosen / right − wrong chosen / wrong): 1/R for each of its R right options, −1/W for each of its W
/// wrong ones. Moodle's per-option grades write the same rule (`ispit export`).
pub fn unweighted_share(right: usize, options: usize, is_right: bool) -> f64 {
    if is_right {
        1.0 / right.max(1) as f64
    } else {
        -1.0 / (options - right).max(1) as f64
    }
}

/// Whether per-option fractions (positive for the right options) are exactly [`unweighted_share`]'s, to
/// within `tolerance`: such a question is an unweighted `multiple`. A question without wrong options is not.
pub fn is_unweighted(fractions: &[f64], tolerance: f64) -> bool {
    let right = fractions.iter().filter(|f| **f > 0.0).count();
    right < fractions.len()
        && fractions
            .iter()
            .all(|f| (f - unweighted_share(right, fractions.len(), *f > 0.0)).abs() <= tolerance)
}

/// How far the positive weights of a multiple-choice question may sum from 1: room for Moodle's
/// seven-decimal thirds (3 × 0.3333333), no more. An answer scoring within it of 1 is reviewed as right.
pub const WEIGHT_SUM_SLACK: f64 = 1e-4;

/// A short-answer pattern worth part of the points (Moodle's short answer graded below 100 %), tried after
/// every full-marks pattern failed.
#[derive(Debug, Clone, PartialEq)]
pub struct PartialPattern {
    pub pattern: Pattern,
    /// In (0, 1).
    pub fraction: f64,
}

/// A numerical answer worth part of the points (Moodle's numerical answer graded below 100 %), tried after
/// the main answer did not match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PartialNumber {
    pub answer: f64,
    pub tolerance: f64,
    /// In (0, 1).
    pub fraction: f64,
}

#[derive(Debug, Clone)]
pub enum QuestionKind {
    Single {
        options: Vec<ChoiceId>,
        correct: ChoiceId,
        /// `None`: all or nothing. Else the chosen option's weight (`correct` weighs 1).
        weights: Option<Weights>,
    },
    Multiple {
        options: Vec<ChoiceId>,
        /// With weights: exactly the options of positive weight.
        correct: BTreeSet<ChoiceId>,
        negative_marking: bool,
        /// `None`: right and wrong choices earn and cost shares. Else the sum of the chosen options' weights
        /// (the positive ones sum to 1).
        weights: Option<Weights>,
    },
    TrueFalse {
        correct: bool,
    },
    Short {
        accept: Vec<Pattern>,
        accept_by_locale: BTreeMap<Locale, Vec<Pattern>>,
        folding: Folding,
        /// Tried in order once no `accept` pattern matched.
        partial: Vec<PartialPattern>,
    },
    Numerical {
        answer: f64,
        tolerance: f64,
        /// Tried in order once the main answer did not match.
        partial: Vec<PartialNumber>,
    },
    Matching {
        left: Vec<ChoiceId>,
        right: Vec<ChoiceId>,
        pairs: BTreeMap<ChoiceId, ChoiceId>,
    },
    GapFill {
        gaps: BTreeMap<ChoiceId, Gap>,
    },
    Ordering {
        items: Vec<ChoiceId>,
        scoring: OrderingScoring,
    },
    /// Text shown on the paper with no answer and no points (Moodle's description): instructions, a
    /// passage or a case that the questions after it refer to.
    Description,
    /// A free-text answer, marked by an instructor (Moodle's essay): the attempt awaits grading until then.
    Essay,
}

/// The short-answer rule, one for scoring and for the examples `ispit validate` tries: the first pattern,
/// general or of the locale's source, that matches `text`; `None` when none does.
pub fn short_answer_match<'a>(
    accept: &'a [Pattern],
    accept_by_locale: &'a BTreeMap<Locale, Vec<Pattern>>,
    folding: Folding,
    locale: Locale,
    text: &str,
) -> Option<&'a Pattern> {
    let local = accept_by_locale.get(&locale.source()).into_iter().flatten();
    accept
        .iter()
        .chain(local)
        .find(|p| p.matches(text, folding))
}

impl QuestionKind {
    pub fn type_name(&self) -> &'static str {
        match self {
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::TrueFalse { .. } => "true-false",
            QuestionKind::Short { .. } => "short",
            QuestionKind::Numerical { .. } => "numerical",
            QuestionKind::Matching { .. } => "matching",
            QuestionKind::GapFill { .. } => "gap-fill",
            QuestionKind::Ordering { .. } => "ordering",
            QuestionKind::Description => "description",
            QuestionKind::Essay => "essay",
        }
    }

    /// Fluent attributes this question's message must have, and those it may have. General feedback is
    /// optional: questions imported from other systems often have none (the bundled banks all do).
    pub fn attributes(&self) -> (BTreeSet<String>, BTreeSet<String>) {
        let mut required: BTreeSet<String> = BTreeSet::new();
        let mut optional: BTreeSet<String> = ["feedback".to_string()].into();
        let mut options = |ids: &[ChoiceId], prefix: &str, with_feedback: bool| {
            for id in ids {
                required.insert(format!("{prefix}-{id}"));
                if with_feedback {
                    optional.insert(format!("{prefix}-{id}-feedback"));
                }
            }
        };
        match self {
            QuestionKind::Single { options: o, .. } | QuestionKind::Multiple { options: o, .. } => {
                options(o, "opt", true)
            }
            QuestionKind::Matching { left, right, .. } => {
                options(left, "left", false);
                options(right, "right", false);
            }
            QuestionKind::GapFill { gaps } => {
                let all: Vec<ChoiceId> = gaps
                    .values()
                    .flat_map(|g| g.options().iter().cloned())
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect();
                options(&all, "opt", false);
                required.insert("text".to_string());
            }
            QuestionKind::Ordering { items, .. } => options(items, "item", false),
            QuestionKind::TrueFalse { .. }
            | QuestionKind::Short { .. }
            | QuestionKind::Numerical { .. }
            | QuestionKind::Description => {}
            // What the instructor reads when grading (Moodle's "information for graders").
            QuestionKind::Essay => {
                optional.insert("grader-info".to_string());
            }
        }
        (required, optional)
    }
}

#[cfg(test)]
mod share_tests {
    use super::*;

    #[test]
    fn unweighted_shares_are_one_over_right_and_minus_one_over_wrong() {
        // Two right of five: 1/2 each, −1/3 for each of the three wrong.
        assert_eq!(unweighted_share(2, 5, true), 0.5);
        assert_eq!(unweighted_share(2, 5, false), -1.0 / 3.0);
        let third = -0.333_333_3;
        assert!(is_unweighted(&[0.5, 0.5, third, third, third], 1e-6));
        assert!(!is_unweighted(&[0.5, 0.5, third, third, third], 1e-9));
        // Moodle's common "right ones share, wrong ones nothing" is weighted, not ispit's rule.
        assert!(!is_unweighted(&[0.5, 0.5, 0.0, 0.0, 0.0], 1e-6));
        // No wrong option: nothing to tell the rules apart by.
        assert!(!is_unweighted(&[0.5, 0.5], 1e-6));
    }
}
