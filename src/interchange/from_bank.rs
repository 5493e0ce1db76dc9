//! From ispit's bank to the neutral [`Item`] form, for the writers of other formats (`ispit export`).
//!
//! Each question becomes one item per locale asked for, alike in all but their texts, with Moodle's
//! fractions for its marks: weights as they are, ispit's unweighted multiple choice as Moodle's per-choice
//! grades (each right option 1/R, each wrong one −1/W), which sum to the same mark. The settings that no
//! other format has a place for (negative totals, accents folding, per-locale answers, the validator's
//! examples, the source) ride along as a TOML fragment, `extension`, that ispit's importer reads back and
//! other systems ignore; the question's `notes` say what a system other than ispit will not get (and each
//! writer's `notes`, what its format loses besides).

use fluent_bundle::FluentArgs;
use toml_edit::{value, DocumentMut, Item as TomlItem, Table};

use super::model::{Answer, Gap, Item, ItemType, NumericValue, OrderGrading, Pair};
use crate::bank::{self, unweighted_share, Course, OrderingScoring, Question, QuestionKind};
use crate::i18n::Locale;
use crate::ids::ChoiceId;

/// Keys of a bank question that other formats have no place for: carried in [`Item::extension`].
pub const EXTENSION_KEYS: [&str; 8] = [
    "source",
    "negative_marking",
    "diacritics_sensitive",
    "accept_by_locale",
    "must_accept",
    "must_refuse",
    "must_accept_by_locale",
    "must_refuse_by_locale",
];

/// One question of the course, as the neutral form in each locale asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub id: String,
    /// In the order the locales were asked for; the same question in each, texts apart.
    pub items: Vec<(Locale, Item)>,
    /// What a system other than ispit will not get from the written file.
    pub notes: Vec<String>,
}

/// The course's questions in bank order. `course_toml` is the text of its `course.toml`, for the settings
/// carried as the extension. A locale without a text of the question gets the English text, and a note.
pub fn export(course: &Course, course_toml: &str, locales: &[Locale]) -> Vec<Exported> {
    let tables = question_tables(course_toml);
    course
        .questions
        .iter()
        .map(|q| {
            let mut notes = Vec::new();
            let extension = tables
                .iter()
                .find(|(id, _)| id == q.id.as_str())
                .and_then(|(_, table)| extension(table));
            let items = locales
                .iter()
                .map(|&locale| {
                    let mut item = item(course, q, locale, &mut notes);
                    item.extension = extension.clone();
                    (locale, item)
                })
                .collect();
            notes.extend(lost_outside_ispit(&q.kind));
            notes.dedup();
            Exported {
                id: q.id.to_string(),
                items,
                notes,
            }
        })
        .collect()
}

/// What no other system scores as ispit does (each writer adds what its format loses: `notes`).
fn lost_outside_ispit(kind: &QuestionKind) -> Vec<String> {
    let mut notes = Vec::new();
    let mut folded = false;
    match kind {
        QuestionKind::Short {
            accept_by_locale,
            folding,
            ..
        } => {
            if !accept_by_locale.is_empty() {
                notes.push(
                    "answers accepted in one language only are kept for ispit only".to_string(),
                );
            }
            folded = !folding.diacritics_sensitive;
        }
        QuestionKind::GapFill { gaps } => {
            folded = gaps.values().any(
                |g| matches!(g, bank::Gap::Text { folding, .. } if !folding.diacritics_sensitive),
            );
        }
        _ => {}
    }
    if folded {
        notes.push(
            "answers are compared without accents (and Cyrillic as Latin) in ispit only"
                .to_string(),
        );
    }
    notes
}

/// A yes-or-no setting carried in the item's extension.
pub fn setting(item: &Item, key: &str) -> Option<bool> {
    item.extension
        .as_deref()?
        .parse::<DocumentMut>()
        .ok()?
        .get(key)?
        .as_bool()
}

/// `(id, table)` of each `[[questions]]` table of a course.toml.
fn question_tables(course_toml: &str) -> Vec<(String, Table)> {
    let Ok(doc) = course_toml.parse::<DocumentMut>() else {
        return Vec::new();
    };
    doc.get("questions")
        .and_then(TomlItem::as_array_of_tables)
        .map(|tables| {
            tables
                .iter()
                .filter_map(|t| {
                    let id = t.get("id")?.as_str()?.to_string();
                    Some((id, t.clone()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The question's [`EXTENSION_KEYS`] as a TOML document, `None` when it has none.
fn extension(table: &Table) -> Option<String> {
    let mut doc = DocumentMut::new();
    for key in EXTENSION_KEYS {
        // Sub-tables (`[questions.accept_by_locale]`) as inline tables: one line per key.
        match table.get(key) {
            Some(TomlItem::Table(sub)) => {
                doc.insert(key, value(sub.clone().into_inline_table()));
            }
            Some(item) => {
                doc.insert(key, item.clone());
            }
            None => {}
        }
    }
    if doc.is_empty() {
        None
    } else {
        Some(doc.to_string())
    }
}

/// The question's prose in `locale` (falling back to English, with a note).
struct Prose<'a> {
    course: &'a Course,
    locale: Locale,
    message: String,
}

impl Prose<'_> {
    fn get(&self, attribute: Option<&str>, notes: &mut Vec<String>) -> String {
        self.with_args(attribute, None, notes)
    }

    fn with_args(
        &self,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
        notes: &mut Vec<String>,
    ) -> String {
        match self
            .course
            .texts
            .try_format(self.locale, &self.message, attribute, args)
        {
            Some(text) => text,
            None => {
                notes.push(format!(
                    "no {} text: the English one is written",
                    self.locale.tag()
                ));
                self.course
                    .texts
                    .format(Locale::En, &self.message, attribute, args)
            }
        }
    }

    fn optional(&self, attribute: &str) -> Option<String> {
        self.course
            .texts
            .has(self.locale.source(), &self.message, Some(attribute))
            .then(|| {
                self.course
                    .texts
                    .format(self.locale, &self.message, Some(attribute), None)
            })
    }

    fn option(&self, prefix: &str, id: &ChoiceId, notes: &mut Vec<String>) -> String {
        self.get(Some(&format!("{prefix}-{id}")), notes)
    }
}

fn item(course: &Course, q: &Question, locale: Locale, notes: &mut Vec<String>) -> Item {
    let prose = Prose {
        course,
        locale,
        message: q.message_id(),
    };
    let stem = prose.get(None, notes);
    let mut item = Item::new(ItemType::Description, 0, stem);
    item.name = Some(q.id.to_string());
    item.category = Some(q.category.clone());
    item.points = Some(q.points.as_f64());
    item.tags = q.tags.clone();
    item.feedback.general = prose.optional("feedback");
    match &q.kind {
        QuestionKind::Single {
            options,
            correct,
            weights,
        } => {
            item.kind = ItemType::SingleChoice;
            item.answers = choices(&prose, options, notes, |id| match weights {
                Some(w) => w.of(id),
                None => f64::from(u8::from(id == correct)),
            });
        }
        QuestionKind::Multiple {
            options,
            correct,
            weights,
            ..
        } => {
            item.kind = ItemType::MultipleChoice;
            item.answers = choices(&prose, options, notes, |id| match weights {
                Some(w) => w.of(id),
                None => unweighted_share(correct.len(), options.len(), correct.contains(id)),
            });
        }
        QuestionKind::TrueFalse { correct } => {
            item.kind = ItemType::TrueFalse;
            item.key = Some(*correct);
        }
        QuestionKind::Short {
            accept,
            folding,
            partial,
            ..
        } => {
            item.kind = ItemType::ShortAnswer;
            item.case_sensitive = Some(folding.case_sensitive);
            let graded = accept
                .iter()
                .map(|p| (p.source(), 1.0))
                .chain(partial.iter().map(|p| (p.pattern.source(), p.fraction)));
            item.answers = graded
                .map(|(text, fraction)| Answer {
                    text: Some(text.to_string()),
                    fraction: Some(fraction),
                    ..Answer::default()
                })
                .collect();
        }
        QuestionKind::Numerical {
            answer,
            tolerance,
            partial,
        } => {
            item.kind = ItemType::Numerical;
            let graded = std::iter::once((*answer, *tolerance, 1.0))
                .chain(partial.iter().map(|p| (p.answer, p.tolerance, p.fraction)));
            item.answers = graded
                .map(|(value, tolerance, fraction)| Answer {
                    value: Some(NumericValue::Number(value)),
                    tolerance: Some(tolerance),
                    fraction: Some(fraction),
                    ..Answer::default()
                })
                .collect();
        }
        QuestionKind::Matching { left, right, pairs } => {
            item.kind = ItemType::Matching;
            item.pairs = left
                .iter()
                .filter_map(|l| {
                    let r = pairs.get(l)?;
                    Some(Pair {
                        left: prose.option("left", l, notes),
                        right: prose.option("right", r, notes),
                    })
                })
                .collect();
            item.extra_right = right
                .iter()
                .filter(|r| !pairs.values().any(|v| v == *r))
                .map(|r| prose.option("right", r, notes))
                .collect();
        }
        QuestionKind::GapFill { gaps } => {
            item.kind = ItemType::GapFill;
            // Each gap's variable stands for a marker of its own, then the gaps are numbered in the order
            // they appear, as `[[n]]` in the neutral form.
            let mut args = FluentArgs::new();
            for g in gaps.keys() {
                args.set(g.as_str(), format!("\u{E010}{g}\u{E011}"));
            }
            let mut sentence = prose.with_args(Some("text"), Some(&args), notes);
            let mut placed: Vec<(usize, &ChoiceId)> = gaps
                .keys()
                .filter_map(|g| {
                    sentence
                        .find(&format!("\u{E010}{g}\u{E011}"))
                        .map(|at| (at, g))
                })
                .collect();
            placed.sort();
            for (n, (_, g)) in placed.iter().enumerate() {
                sentence =
                    sentence.replace(&format!("\u{E010}{g}\u{E011}"), &format!("[[{}]]", n + 1));
            }
            item.text = format!("{}\n{sentence}", item.text);
            let mut word_bank: Vec<String> = Vec::new();
            let full = |text: Option<String>, value: Option<NumericValue>, tolerance| Answer {
                text,
                value,
                tolerance,
                fraction: Some(1.0),
                ..Answer::default()
            };
            item.gaps = placed
                .iter()
                .filter_map(|(_, g)| gaps.get(*g))
                .map(|gap| match gap {
                    bank::Gap::Choice { options, correct } => {
                        let options: Vec<String> = options
                            .iter()
                            .map(|o| prose.option("opt", o, notes))
                            .collect();
                        for text in &options {
                            if !word_bank.contains(text) {
                                word_bank.push(text.clone());
                            }
                        }
                        let key = prose.option("opt", correct, notes);
                        Gap {
                            weight: 1.0,
                            answers: vec![full(Some(key), None, None)],
                            options,
                        }
                    }
                    bank::Gap::Text {
                        accept, folding, ..
                    } => {
                        item.case_sensitive = Some(folding.case_sensitive);
                        Gap {
                            weight: 1.0,
                            answers: accept
                                .iter()
                                .map(|p| full(Some(p.source().to_string()), None, None))
                                .collect(),
                            options: Vec::new(),
                        }
                    }
                    bank::Gap::Number { answer, tolerance } => Gap {
                        weight: 1.0,
                        answers: vec![full(
                            None,
                            Some(NumericValue::Number(*answer)),
                            Some(*tolerance),
                        )],
                        options: Vec::new(),
                    },
                })
                .collect();
            // A word bank shared by the gaps only where every gap is chosen: a typed gap offers nothing.
            if !gaps.values().any(bank::Gap::is_typed) {
                item.choices = word_bank;
            }
        }
        QuestionKind::Ordering { items, scoring } => {
            item.kind = ItemType::Ordering;
            item.order = items
                .iter()
                .map(|i| prose.option("item", i, notes))
                .collect();
            item.order_grading = Some(match scoring {
                OrderingScoring::AllOrNothing => OrderGrading::AllOrNothing,
                OrderingScoring::Partial => OrderGrading::RelativeToNext,
            });
        }
        QuestionKind::Description => item.points = None,
        QuestionKind::Essay => {
            item.kind = ItemType::Essay;
            item.grader_info = prose.optional("grader-info");
        }
    }
    item
}

fn choices(
    prose: &Prose,
    options: &[ChoiceId],
    notes: &mut Vec<String>,
    fraction: impl Fn(&ChoiceId) -> f64,
) -> Vec<Answer> {
    options
        .iter()
        .map(|o| Answer {
            text: Some(prose.option("opt", o, notes)),
            fraction: Some(fraction(o)),
            feedback: prose.optional(&format!("opt-{o}-feedback")),
            ..Answer::default()
        })
        .collect()
}
