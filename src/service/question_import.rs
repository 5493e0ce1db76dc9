//! Importing questions into a course of the bank, for `ispit import` and the administrator's page alike.
//!
//! [`plan`] reads the files, converts what they hold into the course's new `course.toml` and prose files
//! (`interchange::to_bank`), parses the course as it will be (for the page's preview, so it shows exactly
//! what the bank will hold) and loads the whole bank from a temporary copy with those files in place, as the
//! server and `ispit validate` load it. It writes nothing into the bank folder. [`write_all`] then writes
//! every file of a plan or none.
//!
//! The messages here (the readers' problems, each question's fate, the bank's problems) are English, as
//! the command line prints them; the page shows them inside its own localized framing. Nothing here knows
//! of Rocket or SQL; the caller decides when to write and what to reload.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::assessment::paper::PaperQuestion;
use crate::assessment::view::{question_view, ChoiceView, Segment};
use crate::bank::{Course, Gap, QuestionKind, ReviewOptions};
use crate::diagnostic::Diagnostic;
use crate::i18n::format::format_decimal;
use crate::i18n::{Locale, Source};
use crate::interchange::to_bank::{convert_translated, new_course, Fate, Planned, Translation};
use crate::interchange::{read, read_in, Format, Item, Problem};

/// A question file by the name it is reported under (a path on the command line, the uploaded file's
/// name on the page) and its bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What to import, and where.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub format: Format,
    pub files: &'a [SourceFile],
    /// The course folder, inside the bank folder; a folder without `course.toml` becomes a new course.
    pub course_dir: &'a Path,
    /// The language of the files' prose, then (Moodle XML's multi-language content) the other languages
    /// to read from the same files, as translations.
    pub locales: &'a [Locale],
    /// A quiz of every imported question, added to the course under this id.
    pub quiz: Option<&'a str>,
    /// A new course's title (default: its folder's name).
    pub title: Option<&'a str>,
}

/// Why nothing can be planned at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("no --locale given")]
    NoLocale,
    #[error(
        "questions are imported in English (--locale en) and translated afterwards: every course needs \
         its English prose, and the new questions' ids are made from it (asked: {0})"
    )]
    NotEnglish(&'static str),
    #[error(
        "only Moodle XML and QTI packages hold several languages in one file (--locale en,mk…)"
    )]
    OneLanguageOnly,
    #[error("{derived} is made from {made_from}: import {made_from} instead")]
    Derived {
        derived: &'static str,
        made_from: &'static str,
    },
    /// The course's files cannot take the import (unreadable, not TOML, a bad id, a translation that
    /// does not match).
    #[error("{0}")]
    Course(String),
}

/// A problem a reader found in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub file: String,
    pub problem: Problem,
}

impl FileProblem {
    /// `file:line: message`, or `file:line:col: message` in XML formats.
    pub fn display(&self) -> String {
        self.problem.display(&self.file)
    }
}

/// One question's fate, with the file it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedQuestion {
    pub file: String,
    pub planned: Planned,
}

/// What an import would do. Nothing has been written.
#[derive(Debug)]
pub struct Plan {
    pub course_dir: PathBuf,
    /// Whether the course folder has no course yet.
    pub new_course: bool,
    /// The readers' problems, file by file, in file order.
    pub problems: Vec<FileProblem>,
    /// Every question read, in file order, with its fate.
    pub questions: Vec<PlannedQuestion>,
    /// The files the import writes (course.toml, then each language's prose) and their new text.
    pub files: Vec<(PathBuf, String)>,
    /// Why the bank would not load with these files (paths as in the bank folder); empty when it loads.
    pub bank_problems: Vec<Diagnostic>,
    /// The course as it will be, parsed from the new files; `None` when it does not parse (its problems
    /// are then among `bank_problems`).
    pub course: Option<Course>,
}

impl Plan {
    /// How many questions would be added.
    pub fn added(&self) -> usize {
        self.questions
            .iter()
            .filter(|q| matches!(q.planned.fate, Fate::Added { .. }))
            .count()
    }

    /// Whether some question, or some part of a file, was refused.
    pub fn any_refused(&self) -> bool {
        !self.problems.is_empty()
            || self
                .questions
                .iter()
                .any(|q| matches!(q.planned.fate, Fate::Refused(_)))
    }

    /// Whether the plan may be written: it adds a question and the bank loads with it.
    pub fn can_apply(&self) -> bool {
        self.added() > 0 && self.bank_problems.is_empty()
    }

    /// A digest of everything the plan would write and report. Two plans with the same fingerprint write
    /// the same files: a confirmation compares it with the plan previewed.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.course_dir, &self.files, |field| {
            for p in &self.problems {
                field(&p.display());
            }
            for q in &self.questions {
                field(&format!("{}:{}", q.file, q.planned.line));
                match &q.planned.fate {
                    Fate::Added { id, kind } => field(&format!("added {id} {kind}")),
                    Fate::Refused(reason) => field(&format!("refused {reason}")),
                }
                for note in &q.planned.notes {
                    field(note);
                }
            }
            for p in &self.bank_problems {
                field(&p.to_string());
            }
        })
    }
}

/// A digest of a plan: the course folder, each file to write and its text, then what `more` adds (its
/// report), each field length-prefixed. Two plans with the same digest write the same files.
pub(super) fn fingerprint(
    course_dir: &Path,
    files: &[(PathBuf, String)],
    more: impl FnOnce(&mut dyn FnMut(&str)),
) -> String {
    let mut hash = Sha256::new();
    let mut field = |text: &str| {
        hash.update((text.len() as u64).to_le_bytes());
        hash.update(text.as_bytes());
    };
    field(&course_dir.display().to_string());
    for (path, text) in files {
        field(&path.display().to_string());
        field(text);
    }
    more(&mut field);
    hex::encode(hash.finalize())
}

/// Reads the files, converts them into the course's new files, and checks the course and the whole bank
/// with them. Reads the bank folder (the course's files, a copy of the whole bank in a temporary folder);
/// writes nothing into it.
pub fn plan(request: &Request<'_>) -> Result<Plan, PlanError> {
    let Some((&primary, others)) = request.locales.split_first() else {
        return Err(PlanError::NoLocale);
    };
    if primary != Locale::En {
        return Err(PlanError::NotEnglish(primary.tag()));
    }
    if !others.is_empty()
        && !matches!(
            request.format,
            Format::MoodleXml | Format::Qti3 | Format::Qti21
        )
    {
        return Err(PlanError::OneLanguageOnly);
    }
    if let Some(derived) = others.iter().find(|l| l.source() != **l) {
        return Err(PlanError::Derived {
            derived: derived.tag(),
            made_from: derived.source().tag(),
        });
    }
    let mut problems = Vec::new();
    let mut items: Vec<(String, Item)> = Vec::new();
    let mut translated: Vec<Vec<Item>> = vec![Vec::new(); others.len()];
    for file in request.files {
        // A QTI package may hold each item in several languages: the English ones are the questions.
        let reading = match request.format {
            Format::Qti3 | Format::Qti21 => read_in(request.format, &file.bytes, primary),
            format => read(format, &file.bytes),
        };
        problems.extend(reading.problems.iter().cloned().map(|problem| FileProblem {
            file: file.name.clone(),
            problem,
        }));
        for (locale, items) in others.iter().zip(&mut translated) {
            let translation = read_in(request.format, &file.bytes, *locale);
            // A language the file does not hold at all is said at once (other problems are the English
            // ones).
            if translation.items.is_empty() && !reading.items.is_empty() {
                let why = translation.problems.first().map_or_else(
                    || format!("{}: no question in {}", file.name, locale.tag()),
                    |p| p.display(&file.name),
                );
                return Err(PlanError::Course(why));
            }
            items.extend(translation.items);
        }
        items.extend(reading.items.into_iter().map(|i| (file.name.clone(), i)));
    }
    let translations: Vec<(Locale, Vec<Item>)> = others.iter().copied().zip(translated).collect();
    convert(request, problems, &items, &translations)
}

/// Converts the items into the course's files and checks them (see [`plan`]).
fn convert(
    request: &Request<'_>,
    problems: Vec<FileProblem>,
    items: &[(String, Item)],
    translations: &[(Locale, Vec<Item>)],
) -> Result<Plan, PlanError> {
    let course_dir = request.course_dir;
    let toml_path = course_dir.join("course.toml");
    let ftl_path = course_dir.join("en.ftl");
    let new = !toml_path.is_file();
    let (toml, ftl) = if new {
        let id = course_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        new_course(id, request.title.unwrap_or(id)).map_err(|e| PlanError::Course(e.to_string()))?
    } else {
        let toml = std::fs::read_to_string(&toml_path).map_err(|e| {
            PlanError::Course(format!("{}: cannot be read: {e}", toml_path.display()))
        })?;
        let ftl = std::fs::read_to_string(&ftl_path).unwrap_or_default();
        (toml, ftl)
    };
    let just_items: Vec<Item> = items.iter().map(|(_, i)| i.clone()).collect();
    // A translation's prose file as it is, or for a new course its title messages in English.
    let translation_ftls: Vec<(PathBuf, String)> = translations
        .iter()
        .map(|(locale, _)| {
            let path = course_dir.join(format!("{}.ftl", locale.tag()));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                ftl.lines()
                    .filter(|l| l.starts_with("course-"))
                    .map(|l| format!("{l}\n"))
                    .collect()
            });
            (path, text)
        })
        .collect();
    let others: Vec<Translation> = translations
        .iter()
        .zip(&translation_ftls)
        .map(|((locale, items), (_, ftl))| Translation {
            locale: locale.tag(),
            items,
            ftl,
        })
        .collect();
    let converted = convert_translated(&just_items, &others, &toml, &ftl, request.quiz)
        .map_err(|e| PlanError::Course(e.to_string()))?;
    let mut files: Vec<(PathBuf, String)> = vec![
        (toml_path, converted.toml.clone()),
        (ftl_path, converted.ftl.clone()),
    ];
    files.extend(
        translation_ftls
            .into_iter()
            .map(|(path, _)| path)
            .zip(converted.translations.iter().cloned()),
    );
    let questions = items
        .iter()
        .zip(converted.questions)
        .map(|((file, _), planned)| PlannedQuestion {
            file: file.clone(),
            planned,
        })
        .collect();
    let course = parse_new_course(course_dir, &files);
    let bank_problems = match check_in_copy(bank_root(course_dir), course_dir, &files) {
        Ok(()) => Vec::new(),
        Err(problems) => problems,
    };
    Ok(Plan {
        course_dir: course_dir.to_path_buf(),
        new_course: new,
        problems,
        questions,
        files,
        bank_problems,
        course,
    })
}

/// The bank folder a course folder is in.
pub fn bank_root(course_dir: &Path) -> &Path {
    course_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The course as it will be: its new files over the prose files it has.
pub(super) fn parse_new_course(course_dir: &Path, files: &[(PathBuf, String)]) -> Option<Course> {
    let (toml_path, toml) = files.first()?;
    let mut ftl: BTreeMap<Locale, Source> = BTreeMap::new();
    let existing = std::fs::read_dir(course_dir).into_iter().flatten();
    let planned = files.iter().skip(1).map(|(p, t)| (p.clone(), Some(t)));
    let existing = existing
        .filter_map(Result::ok)
        .map(|e| (e.path(), None::<&String>));
    for (path, text) in existing.chain(planned) {
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let Some(locale) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.parse::<Locale>().ok())
        else {
            continue;
        };
        let text = match text {
            Some(t) => t.clone(),
            None => std::fs::read_to_string(&path).ok()?,
        };
        ftl.insert(locale, Source { path, text });
    }
    crate::bank::parse::parse_course(course_dir, toml_path, toml, &ftl)
        .ok()
        .map(|parsed| parsed.course)
}

/// Loads the whole bank from a copy with the course's new files in place: what the server would load.
/// The problems name the files as they are in the bank folder.
pub(super) fn check_in_copy(
    root: &Path,
    course_dir: &Path,
    files: &[(PathBuf, String)],
) -> Result<(), Vec<Diagnostic>> {
    let fail = |message: String| vec![Diagnostic::in_file(root, message)];
    let copy =
        tempfile::tempdir().map_err(|e| fail(format!("cannot make a temporary folder: {e}")))?;
    let copy_root = copy.path().join("banks");
    copy_dir(root, &copy_root).map_err(|e| fail(format!("cannot copy the bank: {e}")))?;
    let name = course_dir.file_name().unwrap_or_default();
    let copy_course = copy_root.join(name);
    let written = std::fs::create_dir_all(&copy_course).and_then(|()| {
        files.iter().try_for_each(|(path, text)| {
            std::fs::write(copy_course.join(path.file_name().unwrap_or_default()), text)
        })
    });
    written.map_err(|e| fail(format!("cannot write the check copy: {e}")))?;
    match crate::bank::load_banks(&copy_root) {
        Ok(_) => Ok(()),
        Err(problems) => {
            // Messages may name other files of the copy too ("also used in …").
            let (copied, real) = (
                format!("{}/", copy_root.display()),
                format!("{}/", root.display()),
            );
            Err(problems
                .into_iter()
                .map(|mut p| {
                    if let Ok(inside) = p.file.strip_prefix(&copy_root) {
                        p.file = root.join(inside);
                    }
                    p.message = p.message.replace(&copied, &real);
                    p
                })
                .collect())
        }
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Every file of the plan or none (see [`write_files`]).
pub fn write_all(plan: &Plan) -> Result<(), String> {
    write_files(&plan.course_dir, &plan.files)
}

/// Every file or none: each is written beside itself, then renamed into place; if a rename fails, the
/// files already renamed are put back as they were.
pub fn write_files(course_dir: &Path, files: &[(PathBuf, String)]) -> Result<(), String> {
    let fail =
        |what: &Path, e: std::io::Error| format!("{}: cannot be written: {e}", what.display());
    std::fs::create_dir_all(course_dir).map_err(|e| fail(course_dir, e))?;
    let mut staged: Vec<PathBuf> = Vec::new();
    for (path, text) in files {
        let tmp = path.with_extension("import-tmp");
        if let Err(e) = std::fs::write(&tmp, text) {
            for t in staged.iter().chain([&tmp]) {
                let _ = std::fs::remove_file(t);
            }
            return Err(fail(&tmp, e));
        }
        staged.push(tmp);
    }
    let mut done: Vec<(&PathBuf, Option<Vec<u8>>)> = Vec::new();
    for ((path, _), tmp) in files.iter().zip(&staged) {
        let old = std::fs::read(path).ok();
        if let Err(e) = std::fs::rename(tmp, path) {
            for (path, old) in done {
                let _ = match old {
                    Some(old) => std::fs::write(path, old),
                    None => std::fs::remove_file(path),
                };
            }
            for t in &staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(fail(path, e));
        }
        done.push((path, old));
    }
    Ok(())
}

/// A question as the bank will hold it, in its prose's language (English for an import), with its key:
/// what the administrator checks before confirming. Points are formatted in the page's language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionPreview {
    pub id: String,
    /// The bank's type name (`single`, `gap-fill`…).
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub points: String,
    pub points_count: f64,
    pub category: String,
    pub tags: Vec<String>,
    pub stem: String,
    /// Single and multiple choice: the options in bank order, the right ones marked, with their weight in
    /// percent where the question has weights.
    pub options: Vec<OptionPreview>,
    /// Matching: each left-hand prompt with its right answer.
    pub pairs: Vec<PairPreview>,
    /// Matching: right-hand answers that match no prompt.
    pub distractors: Vec<String>,
    /// Gap fill: the sentence cut into text and gaps, each gap with its options (the right one marked).
    pub segments: Vec<SegmentPreview>,
    /// Ordering: the items in their right order.
    pub order: Vec<String>,
    /// True/false: the right answer.
    pub true_false: Option<bool>,
    /// Short answer: the accepted answers (patterns, `*` a wildcard), fully right first, then partly right.
    pub accepted: Vec<AcceptedPreview>,
    /// Numerical: the right value and tolerance, then partly right ones.
    pub numbers: Vec<NumberPreview>,
    /// The question's general feedback.
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OptionPreview {
    pub label: String,
    pub correct: bool,
    /// The option's weight in percent (−100…100), for weighted questions.
    pub weight: Option<String>,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PairPreview {
    pub left: String,
    pub right: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(untagged)]
pub enum SegmentPreview {
    Text {
        text: String,
    },
    Gap {
        gap: usize,
        options: Vec<OptionPreview>,
        /// A typed gap's key in words: its accepted answers, or its number and tolerance.
        typed: Option<String>,
    },
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AcceptedPreview {
    pub text: String,
    /// The share of the points, in percent (100 for a fully right answer).
    pub percent: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NumberPreview {
    pub value: String,
    pub tolerance: String,
    pub percent: String,
}

/// The preview of question `id` of `course`, built from the course as the bank parsed it.
pub fn preview_question(course: &Course, id: &str, locale: Locale) -> Option<QuestionPreview> {
    preview_question_in(course, id, Locale::En, locale)
}

/// [`preview_question`] with the question in `content`'s prose, points formatted for `locale`.
pub fn preview_question_in(
    course: &Course,
    id: &str,
    content: Locale,
    locale: Locale,
) -> Option<QuestionPreview> {
    let q = course.questions.iter().find(|q| q.id.as_str() == id)?;
    let pq = PaperQuestion {
        id: q.id.clone(),
        order: Vec::new(),
        gap_orders: BTreeMap::new(),
    };
    let review = ReviewOptions {
        score: false,
        correctness: false,
        feedback: true,
        correct_answers: true,
    };
    // The learner's view of the question, unshuffled, with the key: its English words and marks.
    let view = question_view(course, &pq, 1, None, content, Some(review))?;
    let msg = q.message_id();
    let en = |attr: &str| course.texts.format(content, &msg, Some(attr), None);
    let has = |attr: &str| course.texts.has(content.source(), &msg, Some(attr));
    let percent = |f: f64| format_decimal(f * 100.0, 2, locale);
    let number = |v: f64| format_decimal(v, 6, locale);
    let option = |c: &ChoiceView| OptionPreview {
        label: c.label.clone(),
        correct: c.correct == Some(true),
        weight: None,
        feedback: None,
    };
    let mut preview = QuestionPreview {
        id: q.id.to_string(),
        kind: q.kind.type_name(),
        points: format_decimal(q.points.as_f64(), 2, locale),
        points_count: q.points.as_f64(),
        category: q.category.clone(),
        tags: q.tags.clone(),
        stem: view.stem.clone(),
        options: Vec::new(),
        pairs: Vec::new(),
        distractors: Vec::new(),
        segments: Vec::new(),
        order: Vec::new(),
        true_false: None,
        accepted: Vec::new(),
        numbers: Vec::new(),
        feedback: view.review.as_ref().and_then(|r| r.feedback.clone()),
    };
    match &q.kind {
        QuestionKind::Single {
            options, weights, ..
        }
        | QuestionKind::Multiple {
            options, weights, ..
        } => {
            preview.options = options
                .iter()
                .zip(&view.options)
                .map(|(id, c)| {
                    let feedback = format!("opt-{id}-feedback");
                    OptionPreview {
                        weight: weights.as_ref().map(|w| percent(w.of(id))),
                        feedback: has(&feedback).then(|| en(&feedback)),
                        ..option(c)
                    }
                })
                .collect();
        }
        QuestionKind::TrueFalse { correct } => preview.true_false = Some(*correct),
        QuestionKind::Short {
            accept, partial, ..
        } => {
            preview.accepted = accept
                .iter()
                .map(|p| AcceptedPreview {
                    text: p.source().to_string(),
                    percent: percent(1.0),
                })
                .chain(partial.iter().map(|p| AcceptedPreview {
                    text: p.pattern.source().to_string(),
                    percent: percent(p.fraction),
                }))
                .collect();
        }
        QuestionKind::Numerical {
            answer,
            tolerance,
            partial,
        } => {
            preview.numbers = std::iter::once(NumberPreview {
                value: number(*answer),
                tolerance: number(*tolerance),
                percent: percent(1.0),
            })
            .chain(partial.iter().map(|p| NumberPreview {
                value: number(p.answer),
                tolerance: number(p.tolerance),
                percent: percent(p.fraction),
            }))
            .collect();
        }
        QuestionKind::Matching { left, right, pairs } => {
            preview.pairs = left
                .iter()
                .filter_map(|l| {
                    let r = pairs.get(l)?;
                    Some(PairPreview {
                        left: en(&format!("left-{l}")),
                        right: en(&format!("right-{r}")),
                    })
                })
                .collect();
            preview.distractors = right
                .iter()
                .filter(|r| !pairs.values().any(|v| v == *r))
                .map(|r| en(&format!("right-{r}")))
                .collect();
        }
        QuestionKind::GapFill { gaps } => {
            let keys: Vec<&Gap> = gaps.values().collect();
            preview.segments = view
                .segments
                .iter()
                .map(|s| match s {
                    Segment::Text { text } => SegmentPreview::Text { text: text.clone() },
                    Segment::Gap {
                        gap,
                        number,
                        options,
                        ..
                    } => SegmentPreview::Gap {
                        gap: *number,
                        options: options.iter().map(option).collect(),
                        typed: keys.get(gap - 1).and_then(|g| typed_gap_key(g, locale)),
                    },
                })
                .collect();
        }
        QuestionKind::Ordering { .. } => {
            preview.order = view.items.iter().map(|i| i.label.clone()).collect();
        }
        // The stem (and the feedback) is all there is to show: an essay has no key, a description no answer.
        QuestionKind::Essay | QuestionKind::Description => {}
    }
    Some(preview)
}

/// A typed gap's key as the preview shows it: the accepted answers (`*` for any text), or the number
/// with its tolerance. `None` for a chosen gap.
fn typed_gap_key(gap: &Gap, locale: Locale) -> Option<String> {
    match gap {
        Gap::Choice { .. } => None,
        Gap::Text { accept, .. } => Some(
            accept
                .iter()
                .map(|p| p.source())
                .collect::<Vec<_>>()
                .join(" | "),
        ),
        Gap::Number { answer, tolerance } => Some(if *tolerance == 0.0 {
            format_decimal(*answer, 4, locale)
        } else {
            format!(
                "{} ± {}",
                format_decimal(*answer, 4, locale),
                format_decimal(*tolerance, 4, locale)
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GIFT: &str = "\
$CATEGORY: Refugee law

::non-refoulement::The principle of non-refoulement is set out in Article 33 of the 1951 Refugee \
Convention.{T}

::palermo-parties::Which three elements make up trafficking in persons under the Palermo Protocol?{
~%33.33333%The act
~%33.33333%The means
~%33.33334%The purpose
~%-50%The victim's nationality
}

::broken::This question never closes its answers {=yes ~no
";

    fn new_course_dir() -> (tempfile::TempDir, PathBuf) {
        let root = tempfile::tempdir().expect("temp dir");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("question-banks");
        copy_dir(&src, root.path()).expect("copy the bundled banks");
        let course = root.path().join("refugee-basics");
        (root, course)
    }

    fn request<'a>(
        files: &'a [SourceFile],
        course: &'a Path,
        quiz: Option<&'a str>,
    ) -> Request<'a> {
        Request {
            format: Format::Gift,
            files,
            course_dir: course,
            locales: &[Locale::En],
            quiz,
            title: Some("Refugee law basics"),
        }
    }

    #[test]
    fn a_plan_writes_nothing_and_previews_what_the_bank_will_hold() {
        let (_root, course) = new_course_dir();
        let files = [SourceFile {
            name: "law.gift".to_string(),
            bytes: GIFT.as_bytes().to_vec(),
        }];
        let plan = plan(&request(&files, &course, Some("refugee-basics-check"))).expect("plan");
        assert!(!course.exists(), "planning wrote the course");
        assert!(plan.new_course);
        // The broken question is the reader's problem, at its line (12: the first question's text is one
        // line, its `\` only breaks the Rust string).
        assert_eq!(plan.problems.len(), 1);
        assert_eq!(plan.problems[0].problem.line, 12);
        assert!(plan.problems[0].display().starts_with("law.gift:12: "));
        let fates: Vec<(usize, &Fate)> = plan
            .questions
            .iter()
            .map(|q| (q.planned.line, &q.planned.fate))
            .collect();
        assert_eq!(
            fates,
            [
                (
                    3,
                    &Fate::Added {
                        id: "non-refoulement".to_string(),
                        kind: "true-false"
                    }
                ),
                (
                    5,
                    &Fate::Added {
                        id: "palermo-parties".to_string(),
                        kind: "multiple"
                    }
                ),
            ]
        );
        assert!(plan.bank_problems.is_empty(), "{:?}", plan.bank_problems);
        assert!(plan.can_apply());
        let course = plan.course.as_ref().expect("the new course parses");
        let tf = preview_question(course, "non-refoulement", Locale::En).expect("preview");
        assert_eq!(tf.true_false, Some(true));
        assert_eq!(tf.category, "refugee-law");
        assert_eq!(
            tf.stem,
            "The principle of non-refoulement is set out in Article 33 of the 1951 Refugee Convention."
        );
        let mc = preview_question(course, "palermo-parties", Locale::En).expect("preview");
        let options: Vec<(&str, bool, Option<&str>)> = mc
            .options
            .iter()
            .map(|o| (o.label.as_str(), o.correct, o.weight.as_deref()))
            .collect();
        assert_eq!(
            options,
            [
                ("The act", true, Some("33.33")),
                ("The means", true, Some("33.33")),
                ("The purpose", true, Some("33.33")),
                ("The victim's nationality", false, Some("-50")),
            ]
        );
    }

    #[test]
    fn the_fingerprint_changes_when_the_course_changes() {
        let (_root, course) = new_course_dir();
        let files = [SourceFile {
            name: "law.gift".to_string(),
            bytes: GIFT.as_bytes().to_vec(),
        }];
        let first = plan(&request(&files, &course, None)).expect("plan");
        let again = plan(&request(&files, &course, None)).expect("plan");
        assert_eq!(first.fingerprint(), again.fingerprint());
        write_all(&first).expect("written");
        let after = plan(&request(&files, &course, None)).expect("plan");
        assert_ne!(first.fingerprint(), after.fingerprint());
        // The same questions again get new ids: the course already has the first ones.
        assert!(after.questions.iter().any(|q| matches!(
            &q.planned.fate,
            Fate::Added { id, .. } if id != "non-refoulement" && id.starts_with("non-refoulement")
        )));
    }

    #[test]
    fn a_quiz_id_taken_by_another_course_is_a_bank_problem() {
        let (root, course) = new_course_dir();
        let taken = crate::bank::load_banks(root.path())
            .expect("the bundled banks load")
            .bank
            .quizzes()
            .map(|(_, q)| q.id.to_string())
            .next()
            .expect("a bundled quiz");
        let files = [SourceFile {
            name: "law.gift".to_string(),
            bytes: GIFT.as_bytes().to_vec(),
        }];
        let plan = plan(&request(&files, &course, Some(&taken))).expect("plan");
        assert!(!plan.can_apply());
        // Reported in the bank folder's terms, never the temporary copy's.
        let copy = std::env::temp_dir();
        assert!(
            plan.bank_problems.iter().any(|p| p.message.contains(&taken)
                && p.file.starts_with(root.path())
                && p.message.contains(&root.path().display().to_string())),
            "{:?}",
            plan.bank_problems
        );
        assert!(plan.bank_problems.iter().all(|p| !p
            .to_string()
            .replace(&root.path().display().to_string(), "")
            .contains(&copy.display().to_string())));
        // The course itself parses: the preview still shows its questions.
        assert!(plan.course.is_some());
    }

    #[test]
    fn only_moodle_xml_takes_other_languages_and_english_comes_first() {
        let (_root, course) = new_course_dir();
        let mut r = request(&[], &course, None);
        r.locales = &[Locale::Mk];
        assert_eq!(plan(&r).err(), Some(PlanError::NotEnglish("mk")));
        r.locales = &[Locale::En, Locale::Mk];
        assert_eq!(plan(&r).err(), Some(PlanError::OneLanguageOnly));
        r.format = Format::Qti3;
        assert_ne!(plan(&r).err(), Some(PlanError::OneLanguageOnly));
        r.format = Format::MoodleXml;
        r.locales = &[Locale::En, Locale::SrLatn];
        assert_eq!(
            plan(&r).err(),
            Some(PlanError::Derived {
                derived: "sr-Latn",
                made_from: "sr-Cyrl"
            })
        );
    }
}
