//! The neutral form of an imported question: what the inspection view (`ispit import --inspect`) prints as
//! JSON and what the conversion into an ispit bank starts from. Field names and meanings are documented in
//! `docs/import-formats.md`; fields a question does not have are left out of the JSON.

use serde::{Serialize, Serializer};

/// What a reader made of one file: the questions in file order and the problems, each at its place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub items: Vec<Item>,
    pub problems: Vec<Problem>,
}

impl Reading {
    /// A file that could not be read at all.
    pub fn failed(problem: Problem) -> Reading {
        Reading {
            items: Vec::new(),
            problems: vec![problem],
        }
    }

    /// "ok" (no problem), "partial" (problems, and some questions read) or "error" (nothing read).
    pub fn outcome(&self) -> &'static str {
        match (self.problems.is_empty(), self.items.is_empty()) {
            (true, _) => "ok",
            (false, false) => "partial",
            (false, true) => "error",
        }
    }

    /// The inspection view: `{"outcome", "errors": ["file:line: message"], "questions"}`.
    pub fn inspection(&self, file: &str) -> serde_json::Value {
        serde_json::json!({
            "outcome": self.outcome(),
            "errors": self.problems.iter().map(|p| p.display(file)).collect::<Vec<_>>(),
            "questions": self.items,
        })
    }
}

/// A problem in a file: a whole question refused, or the file itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    /// Where the format has columns (XML).
    pub col: Option<usize>,
    pub message: String,
}

impl Problem {
    pub fn at(line: usize, message: impl Into<String>) -> Problem {
        Problem {
            line,
            col: None,
            message: message.into(),
        }
    }

    pub fn at_col(line: usize, col: usize, message: impl Into<String>) -> Problem {
        Problem {
            line,
            col: Some(col),
            message: message.into(),
        }
    }

    /// `file:line: message`, or `file:line:col: message`, as `ispit validate` reports.
    pub fn display(&self, file: &str) -> String {
        match self.col {
            Some(col) => format!("{file}:{}:{col}: {}", self.line, self.message),
            None => format!("{file}:{}: {}", self.line, self.message),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemType {
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    ShortAnswer,
    Numerical,
    Matching,
    GapFill,
    Ordering,
    Essay,
    Description,
    Unsupported,
}

/// One question as the source file gives it. Texts are plain text: HTML turned into text with its entities
/// decoded; a format's literal text is kept as is. In a gap-fill text, `[[n]]` stands for the n-th gap
/// (1-based), as in Moodle's own gap questions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Where the question starts in its file (for the conversion's messages; not in the JSON).
    #[serde(skip)]
    pub line: usize,
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub kind: ItemType,
    pub text: String,
    /// Why ispit cannot take this question (only for `unsupported`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsupported: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    /// The right answer of a true/false question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<bool>,
    #[serde(skip_serializing_if = "Feedback::is_empty")]
    pub feedback: Feedback,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<Pair>,
    /// Matching: right-hand items that pair with nothing (distractors).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extra_right: Vec<String>,
    /// Ordering: the items in their right order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<Gap>,
    /// A word bank shared by the gaps (drag-and-drop or select-missing-words).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_sensitive: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shuffle: Option<bool>,
    /// Files the question carries (Moodle XML's base64 images), by the name its HTML refers to them by.
    #[serde(skip)]
    pub files: Vec<Attachment>,
    /// The question's tags (Moodle XML's `<tags>`).
    #[serde(skip)]
    pub tags: Vec<String>,
    /// How an ordering question is graded, where the format says (Moodle's `gradingtype`).
    #[serde(skip)]
    pub order_grading: Option<OrderGrading>,
    /// ispit's own settings that the format has no place for, as a TOML fragment (Moodle XML's `<ispit>`,
    /// written by `ispit export`; other systems ignore it).
    #[serde(skip)]
    pub extension: Option<String>,
    /// An essay's information for the instructor who marks it (Moodle's `graderinfo`).
    #[serde(skip)]
    pub grader_info: Option<String>,
    /// How a QTI item's response processing scores it (QTI items with interactions only): what the
    /// conversion into a bank needs to give each answer the marks QTI gives it.
    #[serde(skip)]
    pub qti: Option<QtiScoring>,
    /// The language the item declares (QTI's `xml:lang`), for packages holding one item per language.
    #[serde(skip)]
    pub lang: Option<String>,
}

/// Moodle's grading types of an ordering question (qtype_ordering's `gradingtype`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderGrading {
    /// `ALL_OR_NOTHING`.
    AllOrNothing,
    /// `RELATIVE_NEXT_EXCLUDE_LAST`: each neighbouring pair of the right order kept, as ispit's `partial`.
    RelativeToNext,
    /// Any other type, by its name.
    Other(String),
}

impl OrderGrading {
    pub fn moodle_name(&self) -> &str {
        match self {
            OrderGrading::AllOrNothing => "ALL_OR_NOTHING",
            OrderGrading::RelativeToNext => "RELATIVE_NEXT_EXCLUDE_LAST",
            OrderGrading::Other(name) => name,
        }
    }

    pub fn from_moodle(name: &str) -> OrderGrading {
        match name.trim() {
            "ALL_OR_NOTHING" | "-1" => OrderGrading::AllOrNothing,
            "RELATIVE_NEXT_EXCLUDE_LAST" | "1" => OrderGrading::RelativeToNext,
            other => OrderGrading::Other(other.to_string()),
        }
    }
}

/// How a QTI item computes its `SCORE` from its responses, as far as the conversion into a bank needs it.
/// Answers keep the raw mapped `score` of each choice or typed value; this keeps the rest: which rule
/// scores each response, the mapping's bounds and default value, and the mapped pairs of a match or gap
/// match. The item's maximum is its `points` (`MAXSCORE`, else `SCORE`'s normal maximum).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QtiScoring {
    /// The standard template the response processing names; `None` when it is written out in the item
    /// (or absent).
    pub template: Option<QtiTemplate>,
    /// Why the response processing cannot be read as one rule per response, when it cannot: ispit then
    /// cannot tell what an answer earns.
    pub unreadable: Option<String>,
    /// The responses the item's interactions answer to, in body order: one for a choice, text entry,
    /// match, gap match or order; one per gap of an inline gap fill.
    pub responses: Vec<QtiResponse>,
}

/// QTI's standard response processing templates, known by the last segment of their URI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QtiTemplate {
    MatchCorrect,
    MapResponse,
    MapResponsePoint,
    /// A template ispit does not know.
    Custom,
}

/// One response declaration and how the response processing adds it to `SCORE`.
#[derive(Debug, Clone, PartialEq)]
pub struct QtiResponse {
    pub identifier: String,
    /// `single`, `multiple` or `ordered`.
    pub cardinality: String,
    pub rule: QtiRule,
    /// The declaration's mapping, when it has one.
    pub mapping: Option<QtiMapping>,
    /// A choice interaction's `max-choices` (0: as many as there are choices).
    pub max_choices: Option<usize>,
}

/// How `SCORE` takes one response into account.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum QtiRule {
    /// `score` when the response equals its correct response as a whole (the whole set or sequence for
    /// multiple or ordered cardinality), else nothing: `match_correct`, or its written-out form. With
    /// `tolerance`, numbers are compared by `equal` within the answers' tolerance.
    Correct { score: f64, tolerance: bool },
    /// The response's mapped value (`map_response`, or `map-response` written out).
    Map,
    /// `map_response_point`: areas of an image.
    MapPoint,
    /// The response processing never looks at this response: it earns nothing.
    Unscored,
}

/// A response declaration's mapping: each distinct value given is looked up (unlisted values take
/// `default_value`), the values are summed, and the sum is kept within the bounds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QtiMapping {
    pub lower_bound: Option<f64>,
    pub upper_bound: Option<f64>,
    pub default_value: f64,
    /// Whether its entries compare strings case-sensitively; `None` when some do and some do not.
    pub case_sensitive: Option<bool>,
    /// A match's or gap match's mapped pairs by their texts: left item and right item, or word and gap
    /// (`[[k]]` for the k-th gap, as in the item's text).
    pub pairs: Vec<QtiPair>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QtiPair {
    pub left: String,
    pub right: String,
    pub value: f64,
}

/// A file embedded in a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Item {
    /// An empty question of `kind` starting at `line`, for readers to fill in.
    pub fn new(kind: ItemType, line: usize, text: impl Into<String>) -> Item {
        Item {
            line,
            name: None,
            kind,
            text: text.into(),
            unsupported: None,
            answers: Vec::new(),
            key: None,
            feedback: Feedback::default(),
            pairs: Vec::new(),
            extra_right: Vec::new(),
            order: Vec::new(),
            gaps: Vec::new(),
            choices: Vec::new(),
            points: None,
            case_sensitive: None,
            category: None,
            shuffle: None,
            files: Vec::new(),
            tags: Vec::new(),
            order_grading: None,
            extension: None,
            grader_info: None,
            qti: None,
            lang: None,
        }
    }

    /// A question ispit cannot represent, kept in the reading with the reason.
    pub fn unsupported(line: usize, text: impl Into<String>, reason: impl Into<String>) -> Item {
        Item {
            unsupported: Some(reason.into()),
            ..Item::new(ItemType::Unsupported, line, text)
        }
    }
}

/// One answer of a choice, short-answer or numerical question (or of a gap). Moodle's formats give a
/// `fraction` in [-1, 1]; QTI gives `correct` and the raw `score` of its mapping.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Answer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<NumericValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fraction: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

/// A numerical answer's value: a number, or `*` (any answer: Moodle's catch-all for wrong-answer feedback).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumericValue {
    Number(f64),
    Any,
}

impl Serialize for NumericValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            NumericValue::Number(v) => s.serialize_f64(*v),
            NumericValue::Any => s.serialize_str("*"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Feedback {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub general: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partially_correct: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incorrect: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub if_true: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub if_false: Option<String>,
}

impl Feedback {
    pub fn is_empty(&self) -> bool {
        *self == Feedback::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub left: String,
    pub right: String,
}

/// One gap of a gap-fill question: its graded answers (typed or chosen) and, for an inline choice, the
/// options offered in that gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    /// Moodle Cloze's `{2:…}`: the gap's share of the question's points, relative to the others (1 when
    /// the format gives none).
    #[serde(skip_serializing_if = "is_one")]
    pub weight: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
}

impl Item {
    /// Whether a gap fill has a gap the learner types in: one with no choices of its own, where there is
    /// no word bank shared by the gaps either (a Cloze `SHORTANSWER` or `NUMERICAL`, a QTI text entry).
    pub fn has_typed_gaps(&self) -> bool {
        self.kind == ItemType::GapFill
            && self.choices.is_empty()
            && self.gaps.iter().any(|g| g.options.is_empty())
    }
}

impl Default for Gap {
    fn default() -> Gap {
        Gap {
            answers: Vec::new(),
            weight: 1.0,
            options: Vec::new(),
        }
    }
}

fn is_one(weight: &f64) -> bool {
    *weight == 1.0
}

/// Empty text is no text: formats write empty feedback elements.
pub fn non_empty(text: String) -> Option<String> {
    if text.trim().is_empty() {
        None
    } else {
        Some(text)
    }
}
