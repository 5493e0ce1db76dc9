//! From imported questions to ispit's bank format: the `[[questions]]` tables of `course.toml` and the
//! prose of one locale's `.ftl`. Pure: it returns the new texts of both files and, for each question, what
//! became of it; the caller writes the files (both or neither) after checking that the bank still loads.
//!
//! Scoring is carried over as Moodle defines it: weighted choices (`weights`), partly right short and
//! numerical answers (`partial`). What the bank cannot hold is said per question: a question ispit
//! cannot score is refused with the reason, a part that is dropped (such as feedback on a wrong short
//! answer) is kept in the question's notes, never lost without a word.

use std::collections::{BTreeMap, BTreeSet};

use toml_edit::{value, Array, DocumentMut, InlineTable, Item as TomlItem, Table};

use super::from_bank::EXTENSION_KEYS;
use super::model::{Answer, Item, ItemType, NumericValue, OrderGrading};
use crate::i18n::translit::{cyrillic_to_latin, strip_diacritics};
use crate::ids::is_slug;

/// What became of one imported question.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// Where it starts in its file.
    pub line: usize,
    pub name: Option<String>,
    pub fate: Fate,
    /// Parts of the source question the bank does not keep.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Fate {
    /// Added to the course as this id and ispit type.
    Added { id: String, kind: &'static str },
    /// Not added, and why.
    Refused(String),
}

/// The course's two files after the import.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    pub toml: String,
    pub ftl: String,
    /// The translations' prose files (see [`convert_translated`]).
    pub translations: Vec<String>,
    pub questions: Vec<Planned>,
}

/// Why the course's files themselves cannot take the import.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConvertError {
    #[error("course.toml cannot be read as TOML: {0}")]
    Toml(String),
    #[error("`{0}` is not a course id (lowercase letters, digits and '-')")]
    CourseId(String),
    #[error("the file read in {0} does not have the same questions as in the import's language")]
    Translation(String),
}

/// A new course's `course.toml` (no quiz yet) and the English prose file, for [`convert`] to add to.
pub fn new_course(id: &str, title: &str) -> Result<(String, String), ConvertError> {
    if !is_slug(id) {
        return Err(ConvertError::CourseId(id.to_string()));
    }
    let toml = format!("format = 1\nid = \"{id}\"\nlocales = [\"en\"]\n");
    let ftl = format!(
        "course-title = {}\ncourse-description = {}\n",
        fluent_value(title),
        fluent_value(title)
    );
    Ok((toml, ftl))
}

/// Adds the representable `items` to a course given by the text of its `course.toml` and of its prose file
/// in the import's locale. Question ids come from the questions' names (or texts), made unique in the course.
/// With `quiz`, a quiz of that id drawing every added question is added too (when the course has none of
/// that id).
pub fn convert(
    items: &[Item],
    toml: &str,
    ftl: &str,
    quiz: Option<&str>,
) -> Result<Converted, ConvertError> {
    convert_translated(items, &[], toml, ftl, quiz)
}

/// The same questions read in another locale (a multi-language file read once per language), and the text
/// of that locale's prose file.
#[derive(Debug, Clone)]
pub struct Translation<'a> {
    pub locale: &'a str,
    pub items: &'a [Item],
    pub ftl: &'a str,
}

/// [`convert`] with the prose of other locales too: each question is added only if every translation
/// reads as the same question (the same type and the same answers, in the same order); the course then
/// declares the translations' locales. [`Converted::translations`] holds their prose files, in order.
pub fn convert_translated(
    items: &[Item],
    translations: &[Translation],
    toml: &str,
    ftl: &str,
    quiz: Option<&str>,
) -> Result<Converted, ConvertError> {
    let mut doc: DocumentMut = toml
        .parse()
        .map_err(|e: toml_edit::TomlError| ConvertError::Toml(e.message().to_string()))?;
    if let Some(t) = translations.iter().find(|t| t.items.len() != items.len()) {
        return Err(ConvertError::Translation(t.locale.to_string()));
    }
    let mut taken: BTreeSet<String> = existing_ids(&doc);
    let mut ftls: Vec<String> = std::iter::once(ftl)
        .chain(translations.iter().map(|t| t.ftl))
        .map(|text| {
            let mut text = text.to_string();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text
        })
        .collect();
    let mut questions = Vec::new();
    let mut tables = Vec::new();
    let mut by_category: BTreeMap<String, usize> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let mut notes = Vec::new();
        let fate = match question(item, &mut notes).and_then(|q| {
            let prose = translated_prose(&q, i, item, translations)?;
            Ok((q, prose))
        }) {
            Ok((q, prose)) => {
                let id = unique_id(item, &mut taken);
                let mut table = q.table;
                table.insert("id", value(id.as_str()));
                table.sort_values_by(|a, _, b, _| key_rank(a.get()).cmp(&key_rank(b.get())));
                tables.push(table);
                *by_category.entry(q.category.clone()).or_default() += 1;
                for (ftl, (stem, attributes)) in ftls.iter_mut().zip(prose) {
                    ftl.push('\n');
                    ftl.push_str(&message(&format!("q-{id}"), &stem, &attributes));
                }
                Fate::Added { id, kind: q.kind }
            }
            Err(reason) => Fate::Refused(reason),
        };
        questions.push(Planned {
            line: item.line,
            name: item.name.clone(),
            fate,
            notes,
        });
    }
    if let Some(quiz) = quiz.filter(|_| !by_category.is_empty()) {
        add_quiz(&mut doc, &mut ftls, quiz, &by_category);
    }
    declare_locales(&mut doc, translations);
    let array = doc
        .entry("questions")
        .or_insert(TomlItem::ArrayOfTables(Default::default()));
    if let Some(array) = array.as_array_of_tables_mut() {
        for table in tables {
            array.push(table);
        }
    }
    let ftl = ftls.remove(0);
    Ok(Converted {
        toml: doc.to_string(),
        ftl,
        translations: ftls,
        questions,
    })
}

/// A question's Fluent message: its stem and its attributes.
type Message = (String, Vec<(String, String)>);

/// The stem and attributes of question `i` in the import's locale and then in each translation; `Err`
/// when a translation does not read as the same question.
fn translated_prose(
    q: &BankQuestion,
    i: usize,
    item: &Item,
    translations: &[Translation],
) -> Result<Vec<Message>, String> {
    let mut prose = vec![(item.text_for_prose(), q.attributes.clone())];
    for t in translations {
        let other = &t.items[i];
        let same = question(other, &mut Vec::new())
            .ok()
            .filter(|o| o.kind == q.kind)
            .filter(|o| {
                o.attributes.iter().map(|a| &a.0).collect::<Vec<_>>()
                    == q.attributes.iter().map(|a| &a.0).collect::<Vec<_>>()
            });
        match same {
            Some(o) => prose.push((other.text_for_prose(), o.attributes)),
            None => {
                return Err(format!(
                    "in {} it is not the same question (its type or its answers differ)",
                    t.locale
                ))
            }
        }
    }
    Ok(prose)
}

/// Adds the translations' locales to the course's `locales`.
fn declare_locales(doc: &mut DocumentMut, translations: &[Translation]) {
    if translations.is_empty() {
        return;
    }
    let locales = doc.entry("locales").or_insert(value(Array::new()));
    if let Some(array) = locales.as_array_mut() {
        for t in translations {
            if !array.iter().any(|v| v.as_str() == Some(t.locale)) {
                array.push(t.locale);
            }
        }
    }
}

/// The order keys are written in, as in the bundled banks.
fn key_rank(key: &str) -> usize {
    const ORDER: [&str; 6] = ["id", "type", "points", "category", "tags", "source"];
    ORDER.iter().position(|k| *k == key).unwrap_or(ORDER.len())
}

fn existing_ids(doc: &DocumentMut) -> BTreeSet<String> {
    doc.get("questions")
        .and_then(TomlItem::as_array_of_tables)
        .map(|a| {
            a.iter()
                .filter_map(|t| t.get("id").and_then(TomlItem::as_str).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A quiz of every added question, one draw rule per category, with the defaults of a new Moodle quiz
/// where ispit has the setting (no time limit, unlimited attempts) and a pass mark of 60 %.
fn add_quiz(
    doc: &mut DocumentMut,
    ftls: &mut [String],
    quiz: &str,
    by_category: &BTreeMap<String, usize>,
) {
    let quizzes = doc
        .entry("quizzes")
        .or_insert(TomlItem::ArrayOfTables(Default::default()));
    let Some(quizzes) = quizzes.as_array_of_tables_mut() else {
        return;
    };
    if quizzes
        .iter()
        .any(|q| q.get("id").and_then(TomlItem::as_str) == Some(quiz))
    {
        return;
    }
    let mut table = Table::new();
    table.insert("id", value(quiz));
    table.insert("pass_percent", value(60));
    table.insert("attempts", value(0));
    table.insert("layout", value("one-per-page"));
    let mut draws = toml_edit::ArrayOfTables::new();
    for (category, count) in by_category {
        let mut draw = Table::new();
        draw.insert("category", value(category.as_str()));
        draw.insert("count", value(*count as i64));
        draws.push(draw);
    }
    table.insert("draw", TomlItem::ArrayOfTables(draws));
    quizzes.push(table);
    for ftl in ftls {
        ftl.push('\n');
        ftl.push_str(&message(
            &format!("quiz-{quiz}"),
            quiz,
            &[("description".to_string(), quiz.to_string())],
        ));
    }
}

/// A question in the bank's terms, before it has an id.
struct BankQuestion {
    kind: &'static str,
    category: String,
    table: Table,
    /// Fluent attributes beside the stem.
    attributes: Vec<(String, String)>,
}

impl Item {
    /// The stem as the bank's prose holds it. A gap fill's sentence goes to its `.text` attribute, and its
    /// stem is the instruction Moodle's gap questions leave to the page.
    fn text_for_prose(&self) -> String {
        if self.kind == ItemType::GapFill {
            let (stem, _) = self.gap_fill_parts();
            if stem.is_empty() {
                "Complete the text.".to_string()
            } else {
                stem
            }
        } else {
            self.text.clone()
        }
    }

    /// A gap fill's text as its stem (the lines before the first gap's line, often empty) and the
    /// sentence with the gaps.
    fn gap_fill_parts(&self) -> (String, String) {
        let lines: Vec<&str> = self.text.lines().collect();
        let first = lines.iter().position(|l| l.contains("[[1]]")).unwrap_or(0);
        (lines[..first].join("\n"), lines[first..].join("\n"))
    }
}

/// A gap fill whose every gap offers choices (its own, or a shared word bank) and has one right choice.
/// The sentence keeps its gaps as Fluent variables `{ $g1 }`; each distinct choice text is one option.
fn gap_fill(
    item: &Item,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<&'static str, String> {
    // Options of a shared word bank are one set (a, b, …); a gap's own options are its own (g1a, g1b, …),
    // as in the bundled banks, so that a translation may word them differently in each gap.
    let mut options_text: Vec<(String, String)> = Vec::new();
    let mut gaps = Table::new();
    for (n, gap) in item.gaps.iter().enumerate() {
        let own = !gap.options.is_empty();
        let offered: &[String] = if own { &gap.options } else { &item.choices };
        if offered.is_empty() {
            return Err(format!(
                "gap {} is typed in, not chosen: ispit's gaps offer choices",
                n + 1
            ));
        }
        let right: Vec<&Answer> = gap
            .answers
            .iter()
            .filter(|a| fraction_of(a) >= 1.0)
            .collect();
        let wrong_with_marks = gap
            .answers
            .iter()
            .any(|a| fraction_of(a) != 0.0 && fraction_of(a) < 1.0);
        let [key] = right.as_slice() else {
            return Err(format!("gap {} needs exactly one right choice", n + 1));
        };
        if wrong_with_marks {
            return Err(format!(
                "gap {} gives partial marks: ispit's gaps are right or wrong",
                n + 1
            ));
        }
        let key = key.text.clone().unwrap_or_default();
        let Some(key_at) = offered.iter().position(|t| *t == key) else {
            return Err(format!(
                "gap {}'s right answer is not among its choices",
                n + 1
            ));
        };
        let ids: Vec<String> = (0..offered.len())
            .map(|i| {
                if own {
                    format!("g{}{}", n + 1, letter_id(i))
                } else {
                    letter_id(i)
                }
            })
            .collect();
        for (id, text) in ids.iter().zip(offered) {
            if !options_text.iter().any(|(known, _)| known == id) {
                options_text.push((id.clone(), text.clone()));
            }
        }
        let mut entry = InlineTable::new();
        entry.insert("options", strings(ids.clone()).into());
        entry.insert("correct", ids[key_at].as_str().into());
        gaps.insert(&format!("g{}", n + 1), value(entry));
    }
    if item.gaps.is_empty() {
        return Err("a gap fill without gaps".to_string());
    }
    let (_, mut sentence) = item.gap_fill_parts();
    for n in 1..=item.gaps.len() {
        let marker = format!("[[{n}]]");
        if !sentence.contains(&marker) {
            return Err(format!("gap {n} has no place in the text"));
        }
        sentence = sentence.replacen(&marker, &format!("\u{E010}{n}\u{E011}"), 1);
    }
    attributes.push(("text".to_string(), sentence));
    for (id, text) in options_text {
        attributes.push((format!("opt-{id}"), text));
    }
    table.insert("gaps", TomlItem::Table(gaps));
    Ok("gap-fill")
}

/// Option ids as the bundled banks have them: a, b, c… then aa, ab…
fn letter_id(i: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    if i < 26 {
        (LETTERS[i] as char).to_string()
    } else {
        format!(
            "{}{}",
            LETTERS[(i / 26 - 1) % 26] as char,
            LETTERS[i % 26] as char
        )
    }
}

fn strings(values: impl IntoIterator<Item = String>) -> Array {
    values.into_iter().collect()
}

fn fraction_of(a: &Answer) -> f64 {
    a.fraction.unwrap_or(0.0)
}

fn question(item: &Item, notes: &mut Vec<String>) -> Result<BankQuestion, String> {
    let mut table = Table::new();
    let mut attributes = Vec::new();
    let category = item
        .category
        .as_deref()
        .map(slug)
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "imported".to_string());
    if item
        .answers
        .iter()
        .chain(item.gaps.iter().flat_map(|g| &g.answers))
        .any(|a| a.fraction.is_none() && (a.correct.is_some() || a.score.is_some()))
    {
        return Err(
            "QTI's right answers and scores are not turned into ispit's marks yet".to_string(),
        );
    }
    let kind = match item.kind {
        ItemType::SingleChoice | ItemType::MultipleChoice => {
            choice(item, &mut table, &mut attributes)?
        }
        ItemType::TrueFalse => {
            let key = item.key.ok_or("a true/false question without its key")?;
            table.insert("correct", value(key));
            if item.feedback.if_true.is_some() || item.feedback.if_false.is_some() {
                notes.push("the feedback on answering true or false is not kept".to_string());
            }
            "true-false"
        }
        ItemType::ShortAnswer => short(item, &mut table, notes)?,
        ItemType::Numerical => numerical(item, &mut table, notes)?,
        ItemType::Matching => matching(item, &mut table, &mut attributes)?,
        ItemType::Ordering => {
            if item.order.len() < 2 {
                return Err("an ordering question needs at least 2 items".to_string());
            }
            let ids: Vec<String> = (0..item.order.len()).map(letter_id).collect();
            for (id, text) in ids.iter().zip(&item.order) {
                attributes.push((format!("item-{id}"), text.clone()));
            }
            table.insert("items", value(strings(ids)));
            match &item.order_grading {
                None => {}
                Some(OrderGrading::AllOrNothing) => {
                    table.insert("ordering_scoring", value("all-or-nothing"));
                }
                Some(OrderGrading::RelativeToNext) => {
                    table.insert("ordering_scoring", value("partial"));
                }
                Some(OrderGrading::Other(name)) => {
                    return Err(format!("Moodle grades this ordering question by {name}: ispit grades all or nothing, or by the neighbouring pairs kept (RELATIVE_NEXT_EXCLUDE_LAST)"));
                }
            }
            "ordering"
        }
        ItemType::GapFill => gap_fill(item, &mut table, &mut attributes)?,
        ItemType::Essay => {
            if let Some(info) = &item.grader_info {
                attributes.push(("grader-info".to_string(), info.clone()));
            }
            "essay"
        }
        ItemType::Description => "description",
        ItemType::Unsupported => {
            return Err(item
                .unsupported
                .clone()
                .unwrap_or_else(|| "a question type ispit does not have".to_string()))
        }
    };
    table.insert("type", value(kind));
    let points = item.points.filter(|_| kind != "description");
    if let Some(points) = points.filter(|p| (*p - 1.0).abs() > 1e-9) {
        if points <= 0.0 {
            return Err(format!(
                "{points} points: a question must be worth more than 0"
            ));
        }
        table.insert("points", value(points));
    }
    table.insert("category", value(category.as_str()));
    if !item.tags.is_empty() {
        table.insert("tags", value(strings(item.tags.clone())));
    }
    if let Some(extension) = &item.extension {
        merge_extension(extension, &mut table, notes);
    }
    if let Some(general) = &item.feedback.general {
        attributes.push(("feedback".to_string(), general.clone()));
    }
    for (what, text) in [
        ("correct", &item.feedback.correct),
        ("partly correct", &item.feedback.partially_correct),
        ("incorrect", &item.feedback.incorrect),
    ] {
        if text.is_some() {
            notes.push(format!("the feedback for any {what} response is not kept"));
        }
    }
    Ok(BankQuestion {
        kind,
        category,
        table,
        attributes,
    })
}

/// ispit's own settings carried by an exported file (see `from_bank`): the known keys are set on the
/// question, anything else is named in its notes.
fn merge_extension(extension: &str, table: &mut Table, notes: &mut Vec<String>) {
    let doc: DocumentMut = match extension.parse() {
        Ok(doc) => doc,
        Err(e) => {
            let e: toml_edit::TomlError = e;
            notes.push(format!(
                "ispit's settings in the file are not TOML and are not kept: {}",
                e.message()
            ));
            return;
        }
    };
    for (key, item) in doc.iter() {
        if !EXTENSION_KEYS.contains(&key) {
            notes.push(format!("the ispit setting `{key}` is not kept"));
            continue;
        }
        let item = match item {
            TomlItem::Table(sub) => value(sub.clone().into_inline_table()),
            other => other.clone(),
        };
        table.insert(key, item);
    }
}

fn choice(
    item: &Item,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<&'static str, String> {
    let answers = &item.answers;
    if answers.len() < 2 {
        return Err("a choice question needs at least 2 answers".to_string());
    }
    let ids: Vec<String> = (0..answers.len()).map(letter_id).collect();
    for (id, answer) in ids.iter().zip(answers) {
        attributes.push((format!("opt-{id}"), answer.text.clone().unwrap_or_default()));
        if let Some(feedback) = &answer.feedback {
            attributes.push((format!("opt-{id}-feedback"), feedback.clone()));
        }
    }
    table.insert("options", value(strings(ids.clone())));
    let plain = answers
        .iter()
        .all(|a| fraction_of(a) == 0.0 || fraction_of(a) == 1.0);
    let mut weights = InlineTable::new();
    for (id, answer) in ids.iter().zip(answers) {
        if fraction_of(answer) != 0.0 {
            weights.insert(id, fraction_of(answer).into());
        }
    }
    if item.kind == ItemType::SingleChoice {
        let right: Vec<&String> = ids
            .iter()
            .zip(answers)
            .filter(|(_, a)| fraction_of(a) == 1.0)
            .map(|(id, _)| id)
            .collect();
        match right.as_slice() {
            [one] => table.insert("correct", value(one.as_str())),
            [] => return Err("no answer earns full marks: a single-choice question needs one".to_string()),
            _ => {
                return Err(
                    "more than one answer earns full marks: ispit's single-choice questions have one key"
                        .to_string(),
                )
            }
        };
        if !plain || right.len() != 1 {
            table.insert("weights", value(weights));
        }
        Ok("single")
    } else {
        let right: Vec<String> = ids
            .iter()
            .zip(answers)
            .filter(|(_, a)| fraction_of(a) > 0.0)
            .map(|(id, _)| id.clone())
            .collect();
        if right.is_empty() {
            return Err("no answer earns any marks".to_string());
        }
        let sum: f64 = answers.iter().map(fraction_of).filter(|f| *f > 0.0).sum();
        if (sum - 1.0).abs() > 1e-4 {
            return Err(format!(
                "the right answers' weights add up to {:.5} %, not 100 %",
                sum * 100.0
            ));
        }
        // ispit's own unweighted scoring, as `from_bank` writes it: each right option 1/R, each wrong −1/W.
        let wrong = answers.len() - right.len();
        let unweighted = wrong > 0
            && answers.iter().all(|a| {
                let share = if fraction_of(a) > 0.0 {
                    1.0 / right.len() as f64
                } else {
                    -1.0 / wrong as f64
                };
                (fraction_of(a) - share).abs() < 1e-6
            });
        table.insert("correct", value(strings(right)));
        if !unweighted {
            table.insert("weights", value(weights));
        }
        Ok("multiple")
    }
}

fn short(item: &Item, table: &mut Table, notes: &mut Vec<String>) -> Result<&'static str, String> {
    let mut accept = Vec::new();
    let mut partial = Array::new();
    let mut partial_texts: Vec<String> = Vec::new();
    for answer in &item.answers {
        let text = answer.text.clone().unwrap_or_default();
        let f = fraction_of(answer);
        if f >= 1.0 {
            // ispit tries the fully right patterns first, Moodle the answers in order: the same marks as
            // long as no partly right pattern before this one can match what this one matches.
            if partial_texts.iter().any(|p: &String| may_overlap(p, &text)) {
                return Err(format!("the fully right answer `{text}` comes after a partly right one that may match the same responses: ispit tries the fully right ones first, so the marks could differ"));
            }
            accept.push(text.clone());
        } else if f > 0.0 {
            partial_texts.push(text.clone());
            let mut entry = InlineTable::new();
            entry.insert("pattern", text.as_str().into());
            entry.insert("fraction", f.into());
            partial.push(entry);
        } else {
            notes.push(format!(
                "the answer `{text}` earns nothing; its feedback is not kept"
            ));
        }
        if answer.feedback.is_some() && f > 0.0 {
            notes.push(format!("the feedback on the answer `{text}` is not kept"));
        }
    }
    if accept.is_empty() {
        return Err("no answer earns full marks".to_string());
    }
    table.insert("accept", value(strings(accept)));
    if !partial.is_empty() {
        table.insert("partial", value(partial));
    }
    if let Some(case) = item.case_sensitive {
        table.insert("case_sensitive", value(case));
    }
    Ok("short")
}

/// Whether two short-answer patterns may both match one response: either has a wildcard, or they differ
/// only in case, accents or spacing (which ispit's matching may fold away).
fn may_overlap(a: &str, b: &str) -> bool {
    let fold = |t: &str| {
        strip_diacritics(t)
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    a.contains('*') || b.contains('*') || fold(a) == fold(b)
}

fn numerical(
    item: &Item,
    table: &mut Table,
    notes: &mut Vec<String>,
) -> Result<&'static str, String> {
    let mut main = None;
    let mut partial = Array::new();
    for answer in &item.answers {
        let f = fraction_of(answer);
        let tolerance = answer.tolerance.unwrap_or(0.0);
        match answer.value {
            Some(NumericValue::Number(v)) if f >= 1.0 => {
                if main.is_some() || !partial.is_empty() {
                    return Err("more than one answer earns full marks, or one comes after a partly right one: ispit's numerical questions have one key, tried first".to_string());
                }
                main = Some((v, tolerance));
            }
            Some(NumericValue::Number(v)) if f > 0.0 => {
                let mut entry = InlineTable::new();
                entry.insert("answer", v.into());
                entry.insert("tolerance", tolerance.into());
                entry.insert("fraction", f.into());
                partial.push(entry);
            }
            _ => notes
                .push("an answer that earns nothing (and its feedback) is not kept".to_string()),
        }
        if answer.feedback.is_some() && f > 0.0 {
            notes.push("the feedback on each numerical answer is not kept".to_string());
        }
    }
    let (answer, tolerance) = main.ok_or("no answer earns full marks")?;
    table.insert("answer", value(answer));
    table.insert("tolerance", value(tolerance));
    if !partial.is_empty() {
        table.insert("partial", value(partial));
    }
    Ok("numerical")
}

fn matching(
    item: &Item,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<&'static str, String> {
    if item.pairs.len() < 2 {
        return Err("a matching question needs at least 2 pairs".to_string());
    }
    let left: Vec<String> = (0..item.pairs.len())
        .map(|i| format!("l{}", i + 1))
        .collect();
    // Right-hand items are kept once each: two left items may share one.
    let mut right_texts: Vec<&String> = Vec::new();
    for text in item.pairs.iter().map(|p| &p.right).chain(&item.extra_right) {
        if !right_texts.contains(&text) {
            right_texts.push(text);
        }
    }
    let right: Vec<String> = (0..right_texts.len())
        .map(|i| format!("r{}", i + 1))
        .collect();
    let mut pairs = Table::new();
    for ((id, pair), _) in left.iter().zip(&item.pairs).zip(0..) {
        let r = right_texts
            .iter()
            .position(|t| **t == pair.right)
            .unwrap_or(0);
        pairs.insert(id, value(right[r].as_str()));
        attributes.push((format!("left-{id}"), pair.left.clone()));
    }
    for (id, text) in right.iter().zip(&right_texts) {
        attributes.push((format!("right-{id}"), (*text).clone()));
    }
    table.insert("left", value(strings(left)));
    table.insert("right", value(strings(right)));
    table.insert("pairs", TomlItem::Table(pairs));
    Ok("matching")
}

/// A question id from its name, or its text when it has none: ASCII lowercase, digits and `-` (Cyrillic
/// transliterated, diacritics dropped), at most 48 characters, unique in the course.
fn unique_id(item: &Item, taken: &mut BTreeSet<String>) -> String {
    let base = item
        .name
        .as_deref()
        .map(slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            let words: String = item
                .text
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ");
            slug(&words)
        });
    let base = if base.is_empty() {
        "question".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// Lowercase ASCII letters, digits and single `-`, at most 48 characters.
pub fn slug(text: &str) -> String {
    let latin = strip_diacritics(&cyrillic_to_latin(text)).to_lowercase();
    let mut out = String::new();
    for c in latin.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A Fluent message with its attributes, every text escaped.
fn message(id: &str, text: &str, attributes: &[(String, String)]) -> String {
    let mut out = format!("{id} ={}\n", pattern(text, 4));
    for (name, text) in attributes {
        out.push_str(&format!("    .{name} ={}\n", pattern(text, 8)));
    }
    out
}

/// A text as a Fluent pattern after `=`: on the same line when it is one line, else on indented lines.
fn pattern(text: &str, indent: usize) -> String {
    let lines: Vec<String> = text.lines().map(fluent_value).collect();
    match lines.as_slice() {
        [one] => format!(" {one}"),
        [] => " {\"\"}".to_string(),
        many => many
            .iter()
            .map(|l| format!("\n{}{l}", " ".repeat(indent)))
            .collect(),
    }
}

/// One line of text as Fluent text: braces as string literals, and a line that Fluent would read as syntax
/// (starting with `[`, `*` or `.`, or with spaces at either end) protected by a literal.
pub fn fluent_value(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.chars().enumerate() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if i == 0 => out.push_str(&format!("{{\"{c}\"}}")),
            // A gap's place (see `gap_fill`): `{ $g` … `}`.
            '\u{E010}' => out.push_str("{ $g"),
            '\u{E011}' => out.push_str(" }"),
            c => out.push(c),
        }
    }
    if out.is_empty() {
        out.push_str("{\"\"}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{read, Format};
    use super::*;
    use crate::bank::parse::parse_course;
    use crate::bank::QuestionKind;
    use crate::i18n::{Locale, Source};
    use std::path::Path;

    /// The course the conversion wrote, loaded by the bank's own parser (as the server would).
    fn load(converted: &Converted) -> crate::bank::Course {
        let dir = Path::new("refugee-law");
        let ftl = [(
            Locale::En,
            Source {
                path: dir.join("en.ftl"),
                text: converted.ftl.clone(),
            },
        )]
        .into();
        match parse_course(dir, &dir.join("course.toml"), &converted.toml, &ftl) {
            Ok(parsed) => parsed.course,
            Err(problems) => panic!(
                "{}\n--- course.toml\n{}\n--- en.ftl\n{}",
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n"),
                converted.toml,
                converted.ftl
            ),
        }
    }

    fn fixture(format: Format, path: &str) -> Vec<Item> {
        let bytes =
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("fixture");
        read(format, &bytes).items
    }

    #[test]
    fn fluent_text_is_escaped_so_that_fluent_reads_back_the_same_text() {
        let text =
            "{braces} stay, [brackets] and *stars* too\n.dot line\n* star line\n[bracket line";
        let ftl = message(
            "q-x",
            text,
            &[("feedback".to_string(), "50% {right}".to_string())],
        );
        let resource = fluent_syntax::parser::parse(ftl.as_str()).expect("valid Fluent");
        let bundle_text = {
            let mut bundle = fluent_bundle::FluentBundle::default();
            bundle.set_use_isolating(false);
            bundle
                .add_resource(
                    fluent_bundle::FluentResource::try_new(ftl.clone()).expect("resource"),
                )
                .expect("added");
            let msg = bundle.get_message("q-x").expect("message");
            let mut errors = vec![];
            let value = bundle
                .format_pattern(msg.value().expect("value"), None, &mut errors)
                .to_string();
            let feedback = bundle
                .format_pattern(
                    msg.get_attribute("feedback").expect("attr").value(),
                    None,
                    &mut errors,
                )
                .to_string();
            assert!(errors.is_empty());
            (value, feedback)
        };
        assert_eq!(resource.body.len(), 1);
        assert_eq!(bundle_text, (text.to_string(), "50% {right}".to_string()));
    }

    #[test]
    fn ids_are_ascii_slugs_made_unique() {
        assert_eq!(slug("Која година е донесен?"), "koja-godina-e-donesen");
        assert_eq!(slug("Čl. 33 — non-refoulement!"), "cl-33-non-refoulement");
        let mut taken = BTreeSet::from(["article-33".to_string()]);
        let mut item = Item::new(ItemType::TrueFalse, 1, "x");
        item.name = Some("Article 33".into());
        assert_eq!(unique_id(&item, &mut taken), "article-33-2");
        assert_eq!(unique_id(&item, &mut taken), "article-33-3");
    }

    #[test]
    fn an_aiken_file_becomes_a_course_the_bank_loads_with_its_keys() {
        let items = fixture(Format::Aiken, "tests/fixtures/import/aiken/sample.txt");
        let (toml, ftl) = new_course("refugee-law", "Refugee law").expect("new course");
        let converted = convert(&items, &toml, &ftl, Some("refugee-law-check")).expect("converted");
        let course = load(&converted);
        assert_eq!(course.questions.len(), 3);
        let keys: Vec<String> = course
            .questions
            .iter()
            .map(|q| match &q.kind {
                QuestionKind::Single { correct, .. } => correct.to_string(),
                other => panic!("{other:?}"),
            })
            .collect();
        // ANSWER: C, B, B in the file.
        assert_eq!(keys, ["c", "b", "b"]);
        assert_eq!(course.quizzes[0].question_count(), 3);
        assert_eq!(
            course.texts.format(
                Locale::En,
                "q-under-article-35-of-the-1951",
                Some("opt-b"),
                None
            ),
            "The Office of the UN High Commissioner for Refugees"
        );
    }

    #[test]
    fn qti_choices_are_refused_until_their_scores_become_marks() {
        let items = fixture(Format::Qti3, "tests/fixtures/import/qti3/choice-single.xml");
        let (toml, ftl) = new_course("refugee-law", "Refugee law").expect("new course");
        let converted = convert(&items, &toml, &ftl, None).expect("converted");
        assert_eq!(
            converted.questions[0].fate,
            Fate::Refused(
                "QTI's right answers and scores are not turned into ispit's marks yet".to_string()
            )
        );
        assert!(!converted.toml.contains("[[questions]]"));
    }

    #[test]
    fn every_gift_type_the_bank_has_is_added_and_the_others_are_refused_with_their_reason() {
        let items = fixture(Format::Gift, "tests/fixtures/import/gift/types.gift");
        let (toml, ftl) = new_course("refugee-law", "Refugee law").expect("new course");
        let converted = convert(&items, &toml, &ftl, Some("refugee-law-check")).expect("converted");
        let fates: Vec<(&str, String)> = converted
            .questions
            .iter()
            .map(|p| {
                let name = p.name.as_deref().unwrap_or("");
                match &p.fate {
                    Fate::Added { id, kind } => (name, format!("{id} {kind}")),
                    Fate::Refused(reason) => (name, format!("refused: {reason}")),
                }
            })
            .collect();
        assert_eq!(
            fates,
            [
                (
                    "refugee-definition",
                    "refugee-definition single".to_string()
                ),
                ("non-refoulement", "non-refoulement true-false".to_string()),
                ("cat-year", "cat-year true-false".to_string()),
                ("palermo-short", "palermo-short short".to_string()),
                ("convention-year", "convention-year numerical".to_string()),
                ("gcm-range", "gcm-range numerical".to_string()),
                ("instrument-years", "instrument-years matching".to_string()),
                ("missing-word", "missing-word gap-fill".to_string()),
                ("essay-pact", "essay-pact essay".to_string()),
                ("intro", "intro description".to_string()),
            ]
        );
        assert_eq!(
            converted.questions[1].notes,
            ["the feedback on answering true or false is not kept"]
        );
        let course = load(&converted);
        let q = |id: &str| {
            course
                .questions
                .iter()
                .find(|q| q.id.to_string() == id)
                .unwrap_or_else(|| panic!("{id}"))
        };
        // The GIFT key: `=The 1951 Convention…` is the first of three answers.
        assert!(
            matches!(&q("refugee-definition").kind, QuestionKind::Single { correct, .. } if correct.to_string() == "a")
        );
        assert!(matches!(
            q("cat-year").kind,
            QuestionKind::TrueFalse { correct: false }
        ));
        // `{#=23:0 … =%50%20..26 …}`: 23 exactly, or half marks within 23 ± 3.
        assert!(
            matches!(q("gcm-range").kind, QuestionKind::Numerical { answer, tolerance, .. } if answer == 23.0 && tolerance == 0.0)
        );
        // `intro` has no answer part: a description, worth nothing.
        assert!(matches!(q("intro").kind, QuestionKind::Description));
        assert_eq!(q("intro").points, crate::bank::Points(0));
        // `= -> 1967` is a right-hand distractor: four right-hand items for three left.
        assert!(
            matches!(&q("instrument-years").kind, QuestionKind::Matching { left, right, .. } if left.len() == 3 && right.len() == 4)
        );
        // `{~defines =supplements ~replaces}`: one gap, the second of its own options right.
        match &q("missing-word").kind {
            QuestionKind::GapFill { gaps } => {
                let gap = gaps.values().next().expect("a gap");
                assert_eq!(
                    (gap.options.len(), gap.correct.to_string()),
                    (3, "g1b".to_string())
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            course
                .texts
                .format(Locale::En, "q-missing-word", Some("text"), None)
                .replace(['\u{2068}', '\u{2069}'], ""),
            // The gap is the variable `$g1` (Fluent shows an unset variable as `{$g1}`).
            "The Palermo Protocol {$g1} the UN Convention against Transnational Organized Crime."
        );
    }
}
