//! From imported questions to ispit's bank format: the `[[questions]]` tables of `course.toml` and the
//! prose of one locale's `.ftl`. Pure: it returns the new texts of both files and, for each question, what
//! became of it; the caller writes the files (both or neither) after checking that the bank still loads.
//!
//! Scoring is carried over as Moodle defines it: weighted choices (`weights`), partly right short and
//! numerical answers (`partial`); and for QTI items, as their response processing computes `SCORE`
//! (`match_correct`, `map_response` and their written-out forms), each answer earning the same share of
//! the item's maximum in ispit as in QTI. What the bank cannot hold is said per question: a question
//! ispit cannot score exactly as its source does is refused with the reason, never given other marks; a
//! part that is dropped (such as feedback on a wrong short answer) is kept in the question's notes,
//! never lost without a word.

use std::collections::{BTreeMap, BTreeSet};

use toml_edit::{value, Array, DocumentMut, InlineTable, Item as TomlItem, Table};

use super::from_bank::EXTENSION_KEYS;
use super::model::{Answer, Gap, Item, ItemType, NumericValue, OrderGrading};
use crate::i18n::translit::{cyrillic_to_latin, strip_diacritics};
use crate::ids::is_slug;

mod qti;
use qti::qti_question;

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
    // Named and described as its course, in each file's language, for the trainer to edit; the id only when
    // the file has no course title (one-line values are kept as the file writes them).
    for ftl in ftls {
        let line_of = |key: &str| {
            ftl.lines()
                .find_map(|l| l.strip_prefix(key)?.trim_start().strip_prefix('='))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let title = line_of("course-title").unwrap_or_else(|| fluent_value(quiz));
        let description = line_of("course-description").unwrap_or_else(|| title.clone());
        ftl.push_str(&format!(
            "\nquiz-{quiz} = {title}\n    .description = {description}\n"
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

/// A gap's key as the bank writes it: the text of its right choice, or a typed gap's entry.
enum GapKey {
    Choice(String),
    Typed(InlineTable),
}

/// A gap fill whose gaps offer choices (their own, or a shared word bank) with one right choice, or are
/// typed in: `key_of` gives each gap's key from the gap and its offered choices (none for a typed gap).
/// The sentence keeps its gaps as Fluent variables `{ $g1 }`; each distinct choice text is one option.
fn gap_fill(
    item: &Item,
    mut key_of: impl FnMut(usize, &Gap, &[&String]) -> Result<GapKey, String>,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<&'static str, String> {
    // Options of a shared word bank are one set (a, b, …); a gap's own options are its own (g1a, g1b, …),
    // as in the bundled banks, so that a translation may word them differently in each gap.
    let mut options_text: Vec<(String, String)> = Vec::new();
    let mut gaps = Table::new();
    for (n, gap) in item.gaps.iter().enumerate() {
        let own = !gap.options.is_empty();
        let offered = offered(item, gap);
        let key = match key_of(n, gap, &offered)? {
            GapKey::Choice(key) => key,
            GapKey::Typed(entry) => {
                gaps.insert(&format!("g{}", n + 1), value(entry));
                continue;
            }
        };
        let Some(key_at) = offered.iter().position(|t| **t == key) else {
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
        for (id, text) in ids.iter().zip(&offered) {
            if !options_text.iter().any(|(known, _)| known == id) {
                options_text.push((id.clone(), (*text).clone()));
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

/// The choices a gap offers: its own, else the question's word bank.
fn offered<'a>(item: &'a Item, gap: &'a Gap) -> Vec<&'a String> {
    if gap.options.is_empty() {
        item.choices.iter().collect()
    } else {
        gap.options.iter().collect()
    }
}

/// A typed gap's bank entry: its answers converted as a question of their own would be (`convert`, the
/// format's short-answer or numerical rule, giving what the best answer earns), refused when an answer
/// earns part of the gap's share. Returns the entry and that share.
fn typed_gap(
    n: usize,
    item: &Item,
    gap: &Gap,
    convert: impl FnOnce(&Item, &mut Table) -> Result<f64, String>,
) -> Result<(GapKey, f64), String> {
    let numeric = gap.answers.iter().any(|a| a.value.is_some());
    let kind = if numeric {
        ItemType::Numerical
    } else {
        ItemType::ShortAnswer
    };
    let mut sub = Item::new(kind, item.line, String::new());
    sub.answers = gap.answers.clone();
    sub.case_sensitive = item.case_sensitive;
    let mut entry = Table::new();
    let share = convert(&sub, &mut entry).map_err(|e| format!("gap {}: {e}", n + 1))?;
    // Accents as the file's ispit settings say (QTI compares them; ispit by default does not).
    if let Some(sensitive) = super::from_bank::setting(item, "diacritics_sensitive") {
        if entry.contains_key("accept") {
            entry.insert("diacritics_sensitive", value(sensitive));
        }
    }
    if entry.contains_key("partial") {
        return Err(format!(
            "gap {} gives partial marks: ispit's gaps are right or wrong",
            n + 1
        ));
    }
    let mut inline = InlineTable::new();
    for (key, item) in entry.iter() {
        if let Some(v) = item.as_value() {
            inline.insert(key, v.clone());
        }
    }
    Ok((GapKey::Typed(inline), share))
}

/// A Moodle gap's key: a chosen gap's text (`moodle_gap_key`), or a typed gap's entry read as Moodle's
/// short answer or numerical question reads its answers.
fn moodle_gap(
    n: usize,
    item: &Item,
    gap: &Gap,
    offered: &[&String],
    notes: &mut Vec<String>,
) -> Result<GapKey, String> {
    if !offered.is_empty() {
        if gap.answers.iter().any(|a| a.feedback.is_some()) {
            notes.push(format!(
                "the feedback on the choices of gap {} is not kept",
                n + 1
            ));
        }
        return moodle_gap_key(n, gap).map(GapKey::Choice);
    }
    let (key, _) = typed_gap(n, item, gap, |sub, table| {
        if sub.kind == ItemType::Numerical {
            numerical(sub, table, notes)?;
        } else {
            short(sub, table, notes)?;
        }
        Ok(1.0)
    })?;
    Ok(key)
}

/// A Moodle gap's key: its one answer worth full marks; no answer may earn part of them.
fn moodle_gap_key(n: usize, gap: &Gap) -> Result<String, String> {
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
    Ok(key.text.clone().unwrap_or_default())
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
    let item = &with_qti_settings(item)?;
    let mut table = Table::new();
    let mut attributes = Vec::new();
    let category = item
        .category
        .as_deref()
        .map(slug)
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "imported".to_string());
    let mut points = item.points;
    let kind = match (&item.qti, item.kind) {
        (
            Some(qti),
            ItemType::SingleChoice
            | ItemType::MultipleChoice
            | ItemType::ShortAnswer
            | ItemType::Numerical
            | ItemType::Matching
            | ItemType::GapFill
            | ItemType::Ordering,
        ) => {
            let (kind, maximum) = qti_question(item, qti, &mut table, &mut attributes)?;
            points = Some(maximum);
            kind
        }
        (_, ItemType::SingleChoice | ItemType::MultipleChoice) => {
            choice(item, &mut table, &mut attributes)?
        }
        (_, ItemType::TrueFalse) => {
            let key = item.key.ok_or("a true/false question without its key")?;
            table.insert("correct", value(key));
            if item.feedback.if_true.is_some() || item.feedback.if_false.is_some() {
                notes.push("the feedback on answering true or false is not kept".to_string());
            }
            "true-false"
        }
        (_, ItemType::ShortAnswer) => short(item, &mut table, notes)?,
        (_, ItemType::Numerical) => numerical(item, &mut table, notes)?,
        (_, ItemType::Matching) => matching(item, &mut table, &mut attributes)?,
        (_, ItemType::Ordering) => {
            let kind = ordering(item, &mut table, &mut attributes)?;
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
            kind
        }
        (_, ItemType::GapFill) => {
            if let Some(n) = item
                .gaps
                .iter()
                .position(|g| g.weight != item.gaps[0].weight)
            {
                return Err(format!(
                    "gap {} weighs {} where gap 1 weighs {}: ispit shares a question's marks equally between its gaps",
                    n + 1,
                    item.gaps[n].weight,
                    item.gaps[0].weight
                ));
            }
            gap_fill(
                item,
                |n, gap, offered| moodle_gap(n, item, gap, offered, notes),
                &mut table,
                &mut attributes,
            )?
        }
        (_, ItemType::Essay) => {
            if let Some(info) = &item.grader_info {
                attributes.push(("grader-info".to_string(), info.clone()));
            }
            "essay"
        }
        (_, ItemType::Description) => "description",
        (_, ItemType::Unsupported) => {
            return Err(item
                .unsupported
                .clone()
                .unwrap_or_else(|| "a question type ispit does not have".to_string()))
        }
    };
    table.insert("type", value(kind));
    let points = points.filter(|_| kind != "description");
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

/// The item as ispit wrote it, where a QTI package carries in ispit's settings what QTI has no place
/// for (see `to_qti`): its category and tags, that a choice between two is ispit's true/false (the first
/// choice "true"), and that `*` in its short answers is ispit's wildcard. Those keys are taken out of the
/// extension; the rest is merged as any file's.
fn with_qti_settings(item: &Item) -> Result<std::borrow::Cow<'_, Item>, String> {
    use std::borrow::Cow;
    let Some(mut doc) = item
        .extension
        .as_deref()
        .and_then(|e| e.parse::<DocumentMut>().ok())
    else {
        return Ok(Cow::Borrowed(item));
    };
    if !["category", "tags", "type", "wildcards"]
        .iter()
        .any(|k| doc.contains_key(k))
    {
        return Ok(Cow::Borrowed(item));
    }
    let mut item = item.clone();
    if let Some(category) = doc.remove("category") {
        item.category = category.as_str().map(str::to_owned);
    }
    if let Some(tags) = doc.remove("tags") {
        item.tags = tags
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect();
    }
    if let Some(kind) = doc.remove("type") {
        if kind.as_str() != Some("true-false") {
            return Err(format!(
                "ispit's settings in the file give the type {kind}, which only a true/false question carries"
            ));
        }
        let key = match (item.kind, item.answers.as_slice()) {
            (ItemType::SingleChoice, [first, _]) => first.correct == Some(true),
            _ => return Err("ispit's settings in the file call it true/false, but it is not a choice between two".to_string()),
        };
        item.kind = ItemType::TrueFalse;
        item.key = Some(key);
        item.answers.clear();
        item.qti = None;
    }
    if let Some(wildcards) = doc.remove("wildcards") {
        // `*` is ispit's wildcard: the answers' marks as fractions of the points, for the short answer
        // that reads patterns.
        if wildcards.as_bool() == Some(true) && item.kind == ItemType::ShortAnswer {
            let points = item.points.filter(|p| *p > 0.0).unwrap_or(1.0);
            for answer in &mut item.answers {
                answer.fraction = Some(answer.score.unwrap_or(0.0) / points);
            }
            item.qti = None;
        }
        // The same for a gap fill's gaps, each of its share (a number within a tolerance has no mapped
        // score: its correct value is right).
        if wildcards.as_bool() == Some(true) && item.kind == ItemType::GapFill {
            let points = item.points.filter(|p| *p > 0.0).unwrap_or(1.0);
            let share = points / item.gaps.len().max(1) as f64;
            for answer in item.gaps.iter_mut().flat_map(|g| g.answers.iter_mut()) {
                answer.fraction = Some(match answer.score {
                    Some(score) => score / share,
                    None if answer.correct == Some(true) => 1.0,
                    None => 0.0,
                });
            }
            item.qti = None;
        }
    }
    item.extension = (!doc.is_empty()).then(|| doc.to_string());
    Ok(Cow::Owned(item))
}

/// ispit's own settings carried by an exported file (see `from_bank`; a QTI package also carries
/// `ordering_scoring` and numerical `partial`, see `to_qti`): the known keys are set on the question,
/// anything else is named in its notes.
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
    let gap_fill = table.get("type").and_then(|t| t.as_str()) == Some("gap-fill");
    for (key, item) in doc.iter() {
        // A gap fill's accents setting went to its typed gaps (`typed_gap`).
        if gap_fill && key == "diacritics_sensitive" {
            continue;
        }
        if !EXTENSION_KEYS.contains(&key)
            && !["ordering_scoring", "partial", "points"].contains(&key)
        {
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

/// A choice question's options: ids `a`, `b`, `c`… in `options`, their texts and feedback as prose.
fn choice_options(
    item: &Item,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<Vec<String>, String> {
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
    Ok(ids)
}

fn choice(
    item: &Item,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<&'static str, String> {
    let answers = &item.answers;
    let ids = choice_options(item, table, attributes)?;
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
        // ispit's own unweighted scoring, as `from_bank` writes it (Moodle keeps seven decimals of a percent).
        let fractions: Vec<f64> = answers.iter().map(fraction_of).collect();
        let unweighted = crate::bank::is_unweighted(&fractions, 1e-6);
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

fn ordering(
    item: &Item,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<&'static str, String> {
    if item.order.len() < 2 {
        return Err("an ordering question needs at least 2 items".to_string());
    }
    let ids: Vec<String> = (0..item.order.len()).map(letter_id).collect();
    for (id, text) in ids.iter().zip(&item.order) {
        attributes.push((format!("item-{id}"), text.clone()));
    }
    table.insert("items", value(strings(ids)));
    Ok("ordering")
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
    fn a_quiz_added_by_the_import_is_named_as_its_course() {
        let (toml, ftl) = new_course("refugee-law", "Refugee law {basics}").expect("new course");
        let items = fixture(Format::Aiken, "tests/fixtures/import/aiken/sample.txt");
        let converted = convert(&items, &toml, &ftl, Some("refugee-law-check")).expect("converted");
        assert!(
            converted.ftl.contains(
                "\nquiz-refugee-law-check = Refugee law {\"{\"}basics{\"}\"}\n    .description = Refugee law {\"{\"}basics{\"}\"}\n"
            ),
            "{}",
            converted.ftl
        );
        load(&converted);
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

    // ----- QTI -----

    /// The one item of a QTI file, read without problems.
    fn one(format: Format, xml: &str) -> Item {
        let reading = read(format, xml.as_bytes());
        assert!(reading.problems.is_empty(), "{:?}", reading.problems);
        assert_eq!(reading.items.len(), 1);
        reading.items.into_iter().next().expect("an item")
    }

    /// A QTI 3.0 item holding `inner` (declarations, body, response processing); `inner` starts on line 2
    /// when it starts with a line break.
    fn qti3(inner: &str) -> Item {
        one(
            Format::Qti3,
            &format!(
                "<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\" identifier=\"t\" title=\"t\">{inner}</qti-assessment-item>"
            ),
        )
    }

    /// A QTI 2.1 item holding `inner`, as [`qti3`].
    fn qti21(inner: &str) -> Item {
        one(
            Format::Qti21,
            &format!(
                "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"t\" title=\"t\">{inner}</assessmentItem>"
            ),
        )
    }

    fn fixture_item(format: Format, path: &str) -> Item {
        let mut items = fixture(format, &format!("tests/fixtures/import/{path}"));
        assert_eq!(items.len(), 1, "{path}");
        items.remove(0)
    }

    /// What becomes of one item: its `[[questions]]` table without `id` and `category` (after checking
    /// that the bank loads it), or why it is refused.
    fn table_of(item: Item) -> Result<toml::Table, String> {
        let (toml, ftl) = new_course("refugee-law", "Refugee law").expect("new course");
        let converted = convert(&[item], &toml, &ftl, None).expect("converted");
        match &converted.questions[0].fate {
            Fate::Refused(reason) => {
                assert!(!converted.toml.contains("[[questions]]"));
                Err(reason.clone())
            }
            Fate::Added { .. } => {
                load(&converted);
                let doc: toml::Table = toml::from_str(&converted.toml).expect("TOML");
                let mut q = doc["questions"][0].as_table().expect("a table").clone();
                q.remove("id");
                q.remove("category");
                Ok(q)
            }
        }
    }

    fn toml_table(text: &str) -> toml::Table {
        toml::from_str(text).expect("expected TOML")
    }

    /// `item` becomes the question `expected` (TOML, without `id` and `category`).
    #[track_caller]
    fn converts(item: Item, expected: &str) {
        assert_eq!(table_of(item), Ok(toml_table(expected)));
    }

    /// `item` is refused with `reason`.
    #[track_caller]
    fn refuses(item: Item, reason: &str) {
        assert_eq!(table_of(item), Err(reason.to_string()));
    }

    /// A Moodle XML Cloze question with `text` as its question text.
    fn cloze(text: &str) -> Item {
        one(
            Format::MoodleXml,
            &format!(
                "<quiz><question type=\"cloze\"><name><text>c</text></name><questiontext format=\"html\"><text><![CDATA[{text}]]></text></questiontext></question></quiz>"
            ),
        )
    }

    #[test]
    fn cloze_gaps_typed_in_become_typed_gaps() {
        // A chosen gap, words (case folded, the `*` catch-all earning nothing left out), a number.
        converts(
            cloze("Smuggling involves {1:MULTICHOICE:=illegal entry~exploitation}; trafficking has the purpose of {1:SHORTANSWER:=exploitation~=exploitation of persons~*#Read Article 3(a).}; the Protocol dates from {1:NUMERICAL:=2000:0~*#No.}."),
            r#"type = "gap-fill"
               points = 3.0
               gaps = { g1 = { options = ["g1a", "g1b"], correct = "g1a" }, g2 = { accept = ["exploitation", "exploitation of persons"], case_sensitive = false }, g3 = { answer = 2000.0, tolerance = 0.0 } }"#,
        );
        // SHORTANSWER_C keeps case; a tolerance is kept.
        converts(
            cloze("The {1:SHORTANSWER_C:=UNHCR} was created in {1:NUMERICAL:=1950:1}."),
            r#"type = "gap-fill"
               points = 2.0
               gaps = { g1 = { accept = ["UNHCR"], case_sensitive = true }, g2 = { answer = 1950.0, tolerance = 1.0 } }"#,
        );
        // Marks for a partly right answer, or gaps of different weights, ispit cannot give.
        refuses(
            cloze("The principle of {1:SHORTANSWER:=non-refoulement~%50%non refoulement}."),
            "gap 1 gives partial marks: ispit's gaps are right or wrong",
        );
        refuses(
            cloze("Adopted in {1:MULTICHOICE:=Geneva~Vienna} in {2:NUMERICAL:=1951}."),
            "gap 2 weighs 2 where gap 1 weighs 1: ispit shares a question's marks equally between its gaps",
        );
        refuses(
            cloze("Adopted in {1:NUMERICAL:=1951~=1952}."),
            "gap 1: more than one answer earns full marks, or one comes after a partly right one: ispit's numerical questions have one key, tried first",
        );
        // What is left out is said.
        let (toml, ftl) = new_course("refugee-law", "Refugee law").expect("new course");
        let item = cloze("Adopted in {1:MULTICHOICE:=Geneva#Yes.~Vienna#No.} in {1:SHORTANSWER:=1951#Right.~*#No.}.");
        let converted = convert(&[item], &toml, &ftl, None).expect("converted");
        assert_eq!(
            converted.questions[0].notes,
            [
                "the feedback on the choices of gap 1 is not kept",
                "the feedback on the answer `1951` is not kept",
                "the answer `*` earns nothing; its feedback is not kept",
            ]
        );
    }

    #[test]
    fn qti_text_entries_among_gaps_become_typed_gaps() {
        // The fixture's partly right "non refoulement" taken out: words mapped case-insensitively, an
        // integer by its one mapped value; 1 each of MAXSCORE 2.
        let xml = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/qti3/gap-fill.xml"),
        )
        .expect("fixture")
        .replace(
            "<qti-map-entry map-key=\"non refoulement\" mapped-value=\"0.5\" case-sensitive=\"false\"/>",
            "",
        );
        converts(
            one(Format::Qti3, &xml),
            r#"type = "gap-fill"
               points = 2.0
               gaps = { g1 = { accept = ["non-refoulement"], case_sensitive = false, diacritics_sensitive = true }, g2 = { answer = 33.0, tolerance = 0.0 } }"#,
        );
    }

    const MATCH_CORRECT_3: &str =
        "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
    const MAP_RESPONSE_3: &str =
        "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml";
    const MAP_RESPONSE_21: &str =
        "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";

    /// QTI 3: which instrument first defined trafficking in persons. The Palermo Protocol earns 2 (of
    /// MAXSCORE 2), the Convention it supplements 1, the Convention against Torture costs 1, the Refugee
    /// Convention is not mapped (default 0).
    fn trafficking_definition() -> Item {
        qti3(&format!(
            r#"
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>PAL</qti-value></qti-correct-response>
    <qti-mapping default-value="0">
      <qti-map-entry map-key="PAL" mapped-value="2"/>
      <qti-map-entry map-key="TOC" mapped-value="1"/>
      <qti-map-entry map-key="CAT" mapped-value="-1"/>
    </qti-mapping>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>2</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-item-body>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>Which instrument gave the first internationally agreed definition of trafficking in persons?</qti-prompt>
      <qti-simple-choice identifier="PAL">The Trafficking in Persons Protocol (2000)</qti-simple-choice>
      <qti-simple-choice identifier="TOC">The Convention against Transnational Organized Crime (2000)</qti-simple-choice>
      <qti-simple-choice identifier="CAT">The Convention against Torture (1984)</qti-simple-choice>
      <qti-simple-choice identifier="RC">The Convention relating to the Status of Refugees (1951)</qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
  <qti-response-processing template="{MAP_RESPONSE_3}"/>"#
        ))
    }

    /// QTI 2.1: the body Article 35 of the 1951 Convention names, scored by `mapping` (map_response).
    fn article_35(mapping: &str) -> Item {
        article_35_by(
            mapping,
            &format!(r#"<responseProcessing template="{MAP_RESPONSE_21}"/>"#),
        )
    }

    /// The same, scored by `processing`.
    fn article_35_by(mapping: &str, processing: &str) -> Item {
        qti21(&format!(
            r#"
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>UNHCR</value></correctResponse>
    {mapping}
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
      <prompt>Under Article 35 of the 1951 Convention, States undertake to co-operate with</prompt>
      <simpleChoice identifier="UNHCR">the Office of the United Nations High Commissioner for Refugees</simpleChoice>
      <simpleChoice identifier="UN">the United Nations</simpleChoice>
      <simpleChoice identifier="IOM">the International Organization for Migration</simpleChoice>
      <simpleChoice identifier="ICRC">the International Committee of the Red Cross</simpleChoice>
    </choiceInteraction>
  </itemBody>
  {processing}"#
        ))
    }

    #[test]
    fn qti_single_choices_keep_their_key_and_their_mapped_scores_as_weights() {
        // match_correct, MAXSCORE 1: the key Члан 33 is the second choice, b.
        converts(
            fixture_item(Format::Qti3, "qti3/cyrillic-bom.xml"),
            r#"type = "single"
                   options = ["a", "b", "c"]
                   correct = "b""#,
        );
        // Written out: `match` gives SCORE 1 (the FEEDBACK statement is passed over); no MAXSCORE, so the
        // maximum is 1. The Committee against Torture is the second choice.
        converts(
            fixture_item(Format::Qti21, "qti21/choice.xml"),
            r#"type = "single"
                   options = ["a", "b", "c"]
                   correct = "b""#,
        );
        // QTI has no true/false: "False" (F) is the second choice.
        converts(
            fixture_item(Format::Qti3, "qti3/true-false.xml"),
            r#"type = "single"
                   options = ["a", "b"]
                   correct = "b""#,
        );
        // map_response over MAXSCORE 2: a 2/2 = 1 (the key), b 1/2 = 0.5, c -1/2 = -0.5, d unmapped 0.
        converts(
            trafficking_definition(),
            r#"type = "single"
                   points = 2.0
                   options = ["a", "b", "c", "d"]
                   correct = "a"
                   weights = { a = 1.0, b = 0.5, c = -0.5 }"#,
        );
        // The lower bound 0 keeps IOM's -1 at 0; no maximum declared, so the best choice's 1 is the
        // maximum: a 1, b 0.5, c max(-1, 0) = 0, d unmapped 0.
        converts(
            article_35(
                r#"<mapping lowerBound="0" defaultValue="0">
      <mapEntry mapKey="UNHCR" mappedValue="1"/><mapEntry mapKey="UN" mappedValue="0.5"/>
      <mapEntry mapKey="IOM" mappedValue="-1"/></mapping>"#,
            ),
            r#"type = "single"
                   options = ["a", "b", "c", "d"]
                   correct = "a"
                   weights = { a = 1.0, b = 0.5 }"#,
        );
    }

    #[test]
    fn qti_single_choices_written_out_as_the_map_response_template_keep_their_weights() {
        // The template's own form, is-null first: UNHCR 1 (the key), UN 0.5, IOM and ICRC unmapped
        // take the default -0.5 → -0.5 / 1.
        let penalised = r#"<mapping defaultValue="-0.5"><mapEntry mapKey="UNHCR" mappedValue="1"/>
      <mapEntry mapKey="UN" mappedValue="0.5"/></mapping>"#;
        let processing = r#"<responseProcessing><responseCondition>
      <responseIf><isNull><variable identifier="RESPONSE"/></isNull>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseIf>
      <responseElse><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseElse>
    </responseCondition></responseProcessing>"#;
        converts(
            article_35_by(penalised, processing),
            r#"type = "single"
                   options = ["a", "b", "c", "d"]
                   correct = "a"
                   weights = { a = 1.0, b = 0.5, c = -0.5, d = -0.5 }"#,
        );
    }

    #[test]
    fn qti_single_choices_ispit_cannot_score_are_refused() {
        // match_correct sets SCORE to 1, but the item declares MAXSCORE 2: the right answer earns half.
        refuses(fixture_item(Format::Qti3, "qti3/choice-single.xml"), "its best answer earns 1, but the item's maximum score is 2: in ispit the best answer earns the whole question");
        assert_eq!(
            table_of(article_35(
                r#"<mapping defaultValue="0">
      <mapEntry mapKey="UNHCR" mappedValue="1"/><mapEntry mapKey="UN" mappedValue="1"/></mapping>"#
            )),
            Err(
                "2 choices earn the full 1: ispit's single choice has one right answer".to_string()
            )
        );
        // Written out without the template's is-null check: an unanswered question is left to the
        // default value -0.5, where ispit gives it 0.
        let penalised = r#"<mapping defaultValue="-0.5"><mapEntry mapKey="UNHCR" mappedValue="1"/>
      <mapEntry mapKey="UN" mappedValue="0.5"/></mapping>"#;
        refuses(article_35_by(
                penalised,
                r#"<responseProcessing><setOutcomeValue identifier="SCORE">
      <mapResponse identifier="RESPONSE"/></setOutcomeValue></responseProcessing>"#
            ), "its response processing maps the answer to \"RESPONSE\" without checking for no answer (is-null), which leaves an unanswered question to the mapping's default value -0.5: ispit gives it nothing");
        // Without a lower bound IOM costs 2 of a maximum of 1.
        refuses(article_35(
                r#"<mapping defaultValue="0">
      <mapEntry mapKey="UNHCR" mappedValue="1"/><mapEntry mapKey="IOM" mappedValue="-2"/></mapping>"#
            ), "choosing \"the International Organization for Migration\" costs 2, more than the item's maximum score of 1: in ispit a choice costs at most the whole question");
    }

    /// QTI 3: which of these supplement the Convention against Transnational Organized Crime? The
    /// Trafficking in Persons Protocol (a) and the Smuggling of Migrants Protocol (b) do; the 1967
    /// Protocol relating to the Status of Refugees (c) and the Optional Protocol to the Convention
    /// against Torture (d) do not. `attributes` go on the interaction, `mapping` in the declaration,
    /// `processing` is the template.
    fn palermo_protocols(attributes: &str, mapping: &str, processing: &str) -> Item {
        qti3(&format!(
            r#"
  <qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
    <qti-correct-response><qti-value>TIP</qti-value><qti-value>SOM</qti-value></qti-correct-response>
    {mapping}
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-item-body>
    <qti-choice-interaction response-identifier="RESPONSE" {attributes}>
      <qti-prompt>Which of these supplement the UN Convention against Transnational Organized Crime?</qti-prompt>
      <qti-simple-choice identifier="TIP">The Trafficking in Persons Protocol</qti-simple-choice>
      <qti-simple-choice identifier="SOM">The Smuggling of Migrants Protocol</qti-simple-choice>
      <qti-simple-choice identifier="P67">The 1967 Protocol relating to the Status of Refugees</qti-simple-choice>
      <qti-simple-choice identifier="OPCAT">The Optional Protocol to the Convention against Torture</qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
  <qti-response-processing template="{processing}"/>"#
        ))
    }

    /// ispit's own formula on four choices, two right: +1/2 each right, -1/2 each wrong, with the
    /// mapping's bounds as `bounds`.
    fn halves(bounds: &str) -> String {
        format!(
            r#"<qti-mapping {bounds} default-value="0">
      <qti-map-entry map-key="TIP" mapped-value="0.5"/><qti-map-entry map-key="SOM" mapped-value="0.5"/>
      <qti-map-entry map-key="P67" mapped-value="-0.5"/><qti-map-entry map-key="OPCAT" mapped-value="-0.5"/>
    </qti-mapping>"#
        )
    }

    #[test]
    fn qti_multiple_choices_become_weights_or_ispits_own_formula() {
        // normal-maximum 3; fraud, deception, vulnerability (b, c, e) +1 → 1/3 each; irregular crossing
        // and the smuggler's fee (a, d) -1 → -1/3 each. Not ispit's formula (it would cost 3/2 = 1.5 per
        // wrong choice, two wrong of five). Lower bound 0: no negative marking.
        converts(
            fixture_item(Format::Qti3, "qti3/choice-multiple.xml"),
            r#"type = "multiple"
                   points = 3.0
                   options = ["a", "b", "c", "d", "e"]
                   correct = ["b", "c", "e"]
                   weights = { a = -0.3333333333333333, b = 0.3333333333333333, c = 0.3333333333333333, d = -0.3333333333333333, e = 0.3333333333333333 }"#,
        );
        // normalMaximum 3; AMMR, Screening, Eurodac (a, c, d) +1 → 1/3; Dublin III (b) -1 → -1/3 (ispit's
        // formula would cost the whole 3 for the one wrong choice).
        converts(
            fixture_item(Format::Qti21, "qti21/choice-multiple.xml"),
            r#"type = "multiple"
                   points = 3.0
                   options = ["a", "b", "c", "d"]
                   correct = ["a", "c", "d"]
                   weights = { a = 0.3333333333333333, b = -0.3333333333333333, c = 0.3333333333333333, d = 0.3333333333333333 }"#,
        );
        // +1/2 per right choice (two), -1/2 per wrong one (two): ispit's formula, no weights. The lower
        // bound -1 is minus the maximum (1): negative marking.
        converts(
            palermo_protocols(
                r#"max-choices="0""#,
                &halves(r#"lower-bound="-1""#),
                MAP_RESPONSE_3,
            ),
            r#"type = "multiple"
                   options = ["a", "b", "c", "d"]
                   correct = ["a", "b"]
                   negative_marking = true"#,
        );
        // No lower bound: the most a learner can lose is 2 × 1/2 = 1, the maximum, as with the floor -1.
        converts(
            palermo_protocols(r#"max-choices="0""#, &halves(""), MAP_RESPONSE_3),
            r#"type = "multiple"
                   options = ["a", "b", "c", "d"]
                   correct = ["a", "b"]
                   negative_marking = true"#,
        );
        // Lower bound 0: ispit's formula without negative marking. max-choices 2 lets both right ones in.
        converts(
            palermo_protocols(
                r#"max-choices="2""#,
                &halves(r#"lower-bound="0""#),
                MAP_RESPONSE_3,
            ),
            r#"type = "multiple"
                   options = ["a", "b", "c", "d"]
                   correct = ["a", "b"]"#,
        );
    }

    #[test]
    fn qti_multiple_choices_ispit_cannot_score_are_refused() {
        let refused = |attributes: &str, mapping: &str, processing: &str| {
            table_of(palermo_protocols(attributes, mapping, processing)).expect_err("refused")
        };
        assert_eq!(
            refused(r#"max-choices="0""#, "", MATCH_CORRECT_3),
            "it gives marks only when exactly the right choices are chosen (match_correct): ispit's multiple choice gives a share for each right choice"
        );
        // The floor -0.5 is neither 0 nor -1 (minus the maximum), and a learner can reach it (-1 in all).
        assert_eq!(
            refused(r#"max-choices="0""#, &halves(r#"lower-bound="-0.5""#), MAP_RESPONSE_3),
            "its lower bound of -0.5 is neither 0 nor minus its maximum score (-1): ispit's multiple choice stops at 0 or at losing the whole question"
        );
        // Wrong choices at -1 each: -2 in all, beyond -1, and nothing stops it.
        let costly = r#"<qti-mapping default-value="0">
      <qti-map-entry map-key="TIP" mapped-value="0.5"/><qti-map-entry map-key="SOM" mapped-value="0.5"/>
      <qti-map-entry map-key="P67" mapped-value="-1"/><qti-map-entry map-key="OPCAT" mapped-value="-1"/>
    </qti-mapping>"#;
        assert_eq!(
            refused(r#"max-choices="0""#, costly, MAP_RESPONSE_3),
            "its wrong choices can cost 2 together, more than its maximum score of 1, with no lower bound: ispit's multiple choice stops at losing the whole question"
        );
        // Right choices at 1 each (2 together) but the upper bound 1 caps the score; no MAXSCORE, so
        // the reachable best, 1, is the maximum.
        let capped = r#"<qti-mapping lower-bound="0" upper-bound="1" default-value="0">
      <qti-map-entry map-key="TIP" mapped-value="1"/><qti-map-entry map-key="SOM" mapped-value="1"/>
    </qti-mapping>"#;
        assert_eq!(
            refused(r#"max-choices="0""#, capped, MAP_RESPONSE_3),
            "its right choices earn 2 together, but its upper bound keeps the score at 1: ispit gives the right choices their whole value"
        );
        // No max-choices: QTI's default is 1, so only one of the two right choices can be chosen.
        assert_eq!(
            refused("", &halves(r#"lower-bound="0""#), MAP_RESPONSE_3),
            "a learner may choose at most 1 of its choices, fewer than its 2 right ones: ispit lets a learner choose them all"
        );
    }

    /// QTI 2.1: in which city the 1951 Convention was adopted, scored by `mapping` (map_response).
    fn conference_city(mapping: &str) -> Item {
        qti21(&format!(
            r#"
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
    <correctResponse><value>Geneva</value></correctResponse>
    {mapping}
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody><p>In which city did the 1951 conference of plenipotentiaries adopt the Refugee Convention?
    <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
  <responseProcessing template="{MAP_RESPONSE_21}"/>"#
        ))
    }

    #[test]
    fn qti_text_entries_become_short_answers_compared_as_qti_compares() {
        // Three spellings mapped to 1 of MAXSCORE 1, compared without case; accents count, as in QTI.
        converts(
            fixture_item(Format::Qti3, "qti3/text-entry.xml"),
            r#"type = "short"
                   accept = ["Geneva", "Genève", "Genf"]
                   case_sensitive = false
                   diacritics_sensitive = true"#,
        );
        // UNHCR 2 of MAXSCORE 2 (full), HCR 1 → 1/2; with case.
        converts(
            fixture_item(Format::Qti21, "qti21/text-entry.xml"),
            r#"type = "short"
                   points = 2.0
                   accept = ["UNHCR"]
                   partial = [{ pattern = "HCR", fraction = 0.5 }]
                   case_sensitive = true
                   diacritics_sensitive = true"#,
        );
        // Both scripts at full marks: the same marks however ispit reads them.
        converts(
            fixture_item(Format::Qti21, "qti21/cyrillic-bom.xml"),
            r#"type = "short"
                   accept = ["УНХЦР", "UNHCR"]
                   case_sensitive = false
                   diacritics_sensitive = true"#,
        );
        // match_correct compares the string exactly: with case.
        let item = qti3(&format!(
            r#"
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">
    <qti-correct-response><qti-value>non-refoulement</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-item-body><p>Article 33 of the 1951 Convention sets out the principle of
    <qti-text-entry-interaction response-identifier="RESPONSE"/>.</p></qti-item-body>
  <qti-response-processing template="{MATCH_CORRECT_3}"/>"#
        ));
        converts(
            item,
            r#"type = "short"
                   accept = ["non-refoulement"]
                   case_sensitive = true
                   diacritics_sensitive = true"#,
        );
    }

    #[test]
    fn qti_text_entries_ispit_cannot_score_are_refused() {
        let refused = |mapping: &str| table_of(conference_city(mapping)).expect_err("refused");
        assert_eq!(
            refused(r#"<mapping defaultValue="0.5"><mapEntry mapKey="Geneva" mappedValue="1" caseSensitive="false"/></mapping>"#),
            "any answer it does not list earns 0.5 (its mapping's default value): ispit gives other answers nothing"
        );
        assert_eq!(
            refused(
                r#"<mapping defaultValue="0"><mapEntry mapKey="Geneva" mappedValue="1" caseSensitive="false"/>
      <mapEntry mapKey="New York" mappedValue="-1" caseSensitive="false"/></mapping>"#
            ),
            "the answer `New York` costs 1: ispit's typed answers cannot cost marks"
        );
        // QTI compares the star literally; ispit would accept any text around "Geneva".
        assert_eq!(
            refused(
                r#"<mapping defaultValue="0"><mapEntry mapKey="*Geneva*" mappedValue="1" caseSensitive="false"/></mapping>"#
            ),
            "the answer `*Geneva*` contains `*`, which ispit reads as \"any text\""
        );
        assert_eq!(
            refused(r#"<mapping defaultValue="0"><mapEntry mapKey="Geneva" mappedValue="1" caseSensitive="true"/>
      <mapEntry mapKey="Genf" mappedValue="1" caseSensitive="false"/></mapping>"#),
            "some of its answers are compared with case and others without: ispit compares all of a question's answers one way"
        );
        // ispit reads Cyrillic as Latin: УНХЦР and UNHCR would both earn what the first listed earns.
        let item = qti21(&format!(
            r#"
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
    <mapping defaultValue="0"><mapEntry mapKey="УНХЦР" mappedValue="1" caseSensitive="false"/>
      <mapEntry mapKey="UNHCR" mappedValue="0.5" caseSensitive="false"/></mapping>
  </responseDeclaration>
  <itemBody><p>Напишете ја кратенката на Високиот комесаријат на ОН за бегалци:
    <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
  <responseProcessing template="{MAP_RESPONSE_21}"/>"#
        ));
        refuses(item, "the answers `УНХЦР` and `UNHCR` earn different marks, but ispit would take them for the same answer (it collapses spaces, reads Cyrillic as Latin and ignores case)");
    }

    /// QTI 2.1: the year the Refugee Convention was adopted, scored by `mapping` (map_response).
    fn convention_year(mapping: &str) -> Item {
        qti21(&format!(
            r#"
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="integer">
    <correctResponse><value>1951</value></correctResponse>
    {mapping}
  </responseDeclaration>
  <itemBody><p>In which year was the Convention relating to the Status of Refugees adopted?
    <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
  <responseProcessing template="{MAP_RESPONSE_21}"/>"#
        ))
    }

    /// QTI 2.1: the year the Convention against Torture entered into force (1987), SCORE 1 when the
    /// answer is `equal` to it with `tolerance`.
    fn cat_in_force(tolerance: &str) -> Item {
        qti21(&format!(
            r#"
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="integer">
    <correctResponse><value>1987</value></correctResponse>
  </responseDeclaration>
  <itemBody><p>In which year did the Convention against Torture enter into force?
    <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
  <responseProcessing><responseCondition><responseIf>
    <equal {tolerance}><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>
    <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
  </responseIf></responseCondition></responseProcessing>"#
        ))
    }

    #[test]
    fn qti_numbers_become_numerical_questions() {
        // match_correct on 23, exactly.
        converts(
            fixture_item(Format::Qti3, "qti3/numerical.xml"),
            r#"type = "numerical"
                   answer = 23.0
                   tolerance = 0.0"#,
        );
        // Written out: `equal` with an absolute tolerance of 1 either side gives SCORE 1.
        converts(
            fixture_item(Format::Qti21, "qti21/numerical.xml"),
            r#"type = "numerical"
                   answer = 1987.0
                   tolerance = 1.0"#,
        );
        // 1951 earns 1 (full); 1967, the Protocol's year, 0.5 → 1/2; both exact.
        converts(
            convention_year(
                r#"<mapping defaultValue="0"><mapEntry mapKey="1951" mappedValue="1"/><mapEntry mapKey="1967" mappedValue="0.5"/></mapping>"#,
            ),
            r#"type = "numerical"
                   answer = 1951.0
                   tolerance = 0.0
                   partial = [{ answer = 1967.0, tolerance = 0.0, fraction = 0.5 }]"#,
        );
        refuses(
            convention_year(
                r#"<mapping defaultValue="0"><mapEntry mapKey="1951" mappedValue="1"/><mapEntry mapKey="1967" mappedValue="1"/></mapping>"#,
            ),
            "2 values earn full marks: ispit's numerical question has one",
        );
        // A relative tolerance of 0.1 % either side: 1987 × 0.001 = 1.987.
        converts(
            cat_in_force(r#"toleranceMode="relative" tolerance="0.1 0.1""#),
            r#"type = "numerical"
                   answer = 1987.0
                   tolerance = 1.987"#,
        );
        // One year earlier, three later: ispit's tolerance is the same both ways. The `equal` is on
        // line 8 of the item (root 1, declaration 2-4, body 5-6, processing and condition 7).
        refuses(cat_in_force(r#"toleranceMode="absolute" tolerance="1 3""#), "its tolerance is 1 below the answer and 3 above (equal at line 8): ispit's tolerance is the same both ways");
        refuses(cat_in_force(
                r#"toleranceMode="absolute" tolerance="1" includeUpperBound="false""#
            ), "its response processing leaves out an end of its tolerance (equal at line 8): ispit's tolerance includes both ends");
    }

    /// QTI 3: two inline choices (where the 1951 Convention was adopted, when its Protocol followed),
    /// `CITY` mapped by `city`, `YEAR` giving 1967 1, summed; MAXSCORE 2.
    fn convention_gaps(city: &str) -> Item {
        qti3(&format!(
            r#"
  <qti-response-declaration identifier="CITY" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>GVA</qti-value></qti-correct-response>
    <qti-mapping default-value="0">{city}</qti-mapping>
  </qti-response-declaration>
  <qti-response-declaration identifier="YEAR" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>Y1967</qti-value></qti-correct-response>
    <qti-mapping default-value="0"><qti-map-entry map-key="Y1967" mapped-value="1"/></qti-mapping>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>2</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-item-body><p>The Convention relating to the Status of Refugees was adopted in
    <qti-inline-choice-interaction response-identifier="CITY">
      <qti-inline-choice identifier="GVA">Geneva</qti-inline-choice>
      <qti-inline-choice identifier="NYC">New York</qti-inline-choice>
      <qti-inline-choice identifier="VIE">Vienna</qti-inline-choice>
    </qti-inline-choice-interaction>
    in 1951; its Protocol followed in
    <qti-inline-choice-interaction response-identifier="YEAR">
      <qti-inline-choice identifier="Y1967">1967</qti-inline-choice>
      <qti-inline-choice identifier="Y1984">1984</qti-inline-choice>
      <qti-inline-choice identifier="Y2000">2000</qti-inline-choice>
    </qti-inline-choice-interaction>.</p></qti-item-body>
  <qti-response-processing>
    <qti-set-outcome-value identifier="SCORE">
      <qti-sum><qti-map-response identifier="CITY"/><qti-map-response identifier="YEAR"/></qti-sum>
    </qti-set-outcome-value>
  </qti-response-processing>"#
        ))
    }

    /// QTI 2.1: the same two gaps, each answer to `CITY` and `YEAR` by `match`, scored by `processing`.
    fn convention_gaps_21(processing: &str) -> Item {
        qti21(&format!(
            r#"
  <responseDeclaration identifier="CITY" cardinality="single" baseType="identifier">
    <correctResponse><value>GVA</value></correctResponse>
  </responseDeclaration>
  <responseDeclaration identifier="YEAR" cardinality="single" baseType="identifier">
    <correctResponse><value>Y1967</value></correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody><p>The Convention relating to the Status of Refugees was adopted in
    <inlineChoiceInteraction responseIdentifier="CITY">
      <inlineChoice identifier="GVA">Geneva</inlineChoice>
      <inlineChoice identifier="NYC">New York</inlineChoice>
    </inlineChoiceInteraction>
    in 1951; its Protocol followed in
    <inlineChoiceInteraction responseIdentifier="YEAR">
      <inlineChoice identifier="Y1967">1967</inlineChoice>
      <inlineChoice identifier="Y1984">1984</inlineChoice>
    </inlineChoiceInteraction>.</p></itemBody>
  <responseProcessing>{processing}</responseProcessing>"#
        ))
    }

    /// A written-out rule adding 1 to SCORE when `response` is right (with a FEEDBACK statement to pass
    /// over).
    fn add_one_if_right(response: &str) -> String {
        format!(
            r#"
    <responseCondition><responseIf>
      <match><variable identifier="{response}"/><correct identifier="{response}"/></match>
      <setOutcomeValue identifier="SCORE"><sum><variable identifier="SCORE"/><baseValue baseType="float">1</baseValue></sum></setOutcomeValue>
      <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">{response}</baseValue></setOutcomeValue>
    </responseIf></responseCondition>"#
        )
    }

    #[test]
    fn qti_gaps_become_gap_fills_when_each_gap_earns_an_equal_share() {
        // match_correct on one inline choice: the Convention against Transnational Organized Crime (its b).
        converts(
            fixture_item(Format::Qti3, "qti3/inline-choice.xml"),
            r#"type = "gap-fill"
                   gaps = { g1 = { options = ["g1a", "g1b", "g1c"], correct = "g1b" } }"#,
        );
        // Two gaps at 1 each of MAXSCORE 2: Geneva (the first of gap 1's), 1967 (the first of gap 2's).
        converts(
            convention_gaps(r#"<qti-map-entry map-key="GVA" mapped-value="1"/>"#),
            r#"type = "gap-fill"
                   points = 2.0
                   gaps = { g1 = { options = ["g1a", "g1b", "g1c"], correct = "g1a" }, g2 = { options = ["g2a", "g2b", "g2c"], correct = "g2a" } }"#,
        );
        // Written out per gap: SCORE + 1 for each right one; no maximum declared, so 2.
        let processing = format!("{}{}", add_one_if_right("CITY"), add_one_if_right("YEAR"));
        converts(
            convention_gaps_21(&processing),
            r#"type = "gap-fill"
                   points = 2.0
                   gaps = { g1 = { options = ["g1a", "g1b"], correct = "g1a" }, g2 = { options = ["g2a", "g2b"], correct = "g2a" } }"#,
        );
        // A gap match scored by a mapping, 1 per gap of normalMaximum 2: Migration (a), Marrakech (c),
        // each gap offering the whole word bank.
        let item = qti21(&format!(
            r#"
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
    <correctResponse><value>W1 G1</value><value>W3 G2</value></correctResponse>
    <mapping defaultValue="0"><mapEntry mapKey="W1 G1" mappedValue="1"/><mapEntry mapKey="W3 G2" mappedValue="1"/></mapping>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMaximum="2"/>
  <itemBody><gapMatchInteraction responseIdentifier="RESPONSE" shuffle="false">
    <gapText identifier="W1" matchMax="1">Migration</gapText>
    <gapText identifier="W2" matchMax="1">Refugees</gapText>
    <gapText identifier="W3" matchMax="1">Marrakech</gapText>
    <gapText identifier="W4" matchMax="1">Geneva</gapText>
    <p>The Global Compact for Safe, Orderly and Regular <gap identifier="G1"/> was adopted in
      <gap identifier="G2"/> in December 2018.</p>
  </gapMatchInteraction></itemBody>
  <responseProcessing template="{MAP_RESPONSE_21}"/>"#
        ));
        converts(
            item,
            r#"type = "gap-fill"
                   points = 2.0
                   gaps = { g1 = { options = ["a", "b", "c", "d"], correct = "a" }, g2 = { options = ["a", "b", "c", "d"], correct = "c" } }"#,
        );
    }

    #[test]
    fn qti_gaps_ispit_cannot_score_are_refused() {
        refuses(fixture_item(Format::Qti3, "qti3/gap-match.xml"), "it gives marks only when every gap is right (match_correct): ispit's gap fill gives a share for each right gap");
        // "persecuted" earns 2, "opinion" 1.
        refuses(fixture_item(Format::Qti21, "qti21/gap-match.xml"), "gap 2 earns 1 where gap 1 earns 2: ispit shares a question's marks equally between its gaps");
        // "non refoulement" earns half of gap 1's share.
        refuses(
            fixture_item(Format::Qti3, "qti3/gap-fill.xml"),
            "gap 1 gives partial marks: ispit's gaps are right or wrong",
        );
        refuses(
            convention_gaps(
                r#"<qti-map-entry map-key="GVA" mapped-value="1"/><qti-map-entry map-key="NYC" mapped-value="0.5"/>"#,
            ),
            "in gap 1, \"New York\" earns 0.5: ispit's gaps are right or wrong",
        );
        // Marks only when both gaps are right: not one rule per gap. In the item, the root is line 1, the
        // declarations and body lines 2-18, `<responseProcessing>` line 19, the condition line 20.
        let both = r#"
    <responseCondition><responseIf>
      <and>
        <match><variable identifier="CITY"/><correct identifier="CITY"/></match>
        <match><variable identifier="YEAR"/><correct identifier="YEAR"/></match>
      </and>
      <setOutcomeValue identifier="SCORE"><baseValue baseType="float">2</baseValue></setOutcomeValue>
    </responseIf></responseCondition>"#;
        refuses(convention_gaps_21(both), "its response processing computes SCORE in a way ispit does not read (responseCondition at line 20), so ispit cannot tell what each answer earns");
    }

    #[test]
    fn qti_matches_and_orders_convert_where_ispit_scores_them_alike() {
        // 1 per right pair of MAXSCORE 4, other pairs unmapped (0): ispit's matching, worth 4. 2018 is a
        // right-hand distractor (r5).
        converts(
            fixture_item(Format::Qti3, "qti3/match.xml"),
            r#"type = "matching"
                   points = 4.0
                   left = ["l1", "l2", "l3", "l4"]
                   right = ["r1", "r2", "r3", "r4", "r5"]
                   pairs = { l1 = "r1", l2 = "r2", l3 = "r3", l4 = "r4" }"#,
        );
        refuses(fixture_item(Format::Qti21, "qti21/match.xml"), "it gives marks only when every pair is right (match_correct): ispit's matching gives a share for each right pair");
        let years = |mapping: &str| {
            qti21(&format!(
                r#"
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
    <correctResponse><value>RC Y1951</value><value>PR Y1967</value></correctResponse>
    {mapping}
  </responseDeclaration>
  <itemBody><matchInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="2">
    <prompt>Match each instrument with the year it was adopted.</prompt>
    <simpleMatchSet>
      <simpleAssociableChoice identifier="RC" matchMax="1">Convention relating to the Status of Refugees</simpleAssociableChoice>
      <simpleAssociableChoice identifier="PR" matchMax="1">Protocol relating to the Status of Refugees</simpleAssociableChoice>
    </simpleMatchSet>
    <simpleMatchSet>
      <simpleAssociableChoice identifier="Y1951" matchMax="1">1951</simpleAssociableChoice>
      <simpleAssociableChoice identifier="Y1967" matchMax="1">1967</simpleAssociableChoice>
    </simpleMatchSet>
  </matchInteraction></itemBody>
  <responseProcessing template="{MAP_RESPONSE_21}"/>"#
            ))
        };
        refuses(years(
                r#"<mapping defaultValue="0"><mapEntry mapKey="RC Y1951" mappedValue="2"/><mapEntry mapKey="PR Y1967" mappedValue="1"/></mapping>"#
            ), "pair 2 earns 1 where pair 1 earns 2: ispit shares a question's marks equally between its pairs");
        refuses(years(
                r#"<mapping defaultValue="0"><mapEntry mapKey="RC Y1951" mappedValue="1"/><mapEntry mapKey="PR Y1967" mappedValue="1"/>
      <mapEntry mapKey="RC Y1967" mappedValue="0.5"/></mapping>"#
            ), "the pair \"Convention relating to the Status of Refugees\" – \"1967\" earns 0.5 though it is not a right pair: ispit's other pairs earn nothing");
        // match_correct on an order is ispit's all-or-nothing ordering.
        converts(
            fixture_item(Format::Qti3, "qti3/order.xml"),
            r#"type = "ordering"
                   items = ["a", "b", "c", "d", "e"]
                   ordering_scoring = "all-or-nothing""#,
        );
        converts(
            fixture_item(Format::Qti21, "qti21/order.xml"),
            r#"type = "ordering"
                   items = ["a", "b", "c"]
                   ordering_scoring = "all-or-nothing""#,
        );
        let mapped_order = qti21(&format!(
            r#"
  <responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">
    <correctResponse><value>NYD</value><value>GCM</value></correctResponse>
    <mapping defaultValue="0"><mapEntry mapKey="NYD" mappedValue="1"/><mapEntry mapKey="GCM" mappedValue="1"/></mapping>
  </responseDeclaration>
  <itemBody><orderInteraction responseIdentifier="RESPONSE">
    <prompt>Put these in order, earliest first.</prompt>
    <simpleChoice identifier="GCM">The Global Compact for Migration</simpleChoice>
    <simpleChoice identifier="NYD">The New York Declaration for Refugees and Migrants</simpleChoice>
  </orderInteraction></itemBody>
  <responseProcessing template="{MAP_RESPONSE_21}"/>"#
        ));
        refuses(mapped_order, "it scores the order by a mapping (map_response), which adds up the items placed whatever their order: ispit scores the order itself");
    }

    /// QTI 3: the CAT's supervisory body as one choice, with `declarations` and `processing`.
    fn cat_committee(response: &str, declarations: &str, processing: &str) -> Item {
        qti3(&format!(
            r#"
  <qti-response-declaration identifier="{response}" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>CAT</qti-value></qti-correct-response>
  </qti-response-declaration>
  {declarations}
  <qti-item-body>
    <qti-choice-interaction response-identifier="{response}" max-choices="1">
      <qti-prompt>Which body monitors the Convention against Torture?</qti-prompt>
      <qti-simple-choice identifier="HRC">The Human Rights Committee</qti-simple-choice>
      <qti-simple-choice identifier="CAT">The Committee against Torture</qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
  {processing}"#
        ))
    }

    #[test]
    fn qti_items_whose_scoring_ispit_cannot_tell_are_refused() {
        refuses(
            cat_committee("RESPONSE", "", ""),
            "it has no response processing, so QTI gives no answer any marks",
        );
        refuses(cat_committee(
                "RESPONSE",
                "",
                r#"<qti-response-processing template="https://example.org/rp/partial_pairs.xml"/>"#
            ), "its response processing template (https://example.org/rp/partial_pairs.xml) is not one of QTI's standard templates, so ispit cannot tell what each answer earns");
        refuses(
            cat_committee(
                "RESPONSE",
                "",
                &format!(r#"<qti-response-processing template="{MAP_RESPONSE_3}"/>"#),
            ),
            "it scores the answer to \"RESPONSE\" by its mapping, but the response declares none",
        );
        // The templates score RESPONSE; this item's answer is R1.
        refuses(
            cat_committee(
                "R1",
                "",
                &format!(r#"<qti-response-processing template="{MATCH_CORRECT_3}"/>"#),
            ),
            "its response processing never scores the answer to \"R1\", so QTI gives it no marks",
        );
        // SCORE starts at 1 and is set only for the right answer: a wrong one keeps the 1.
        assert_eq!(
            table_of(cat_committee(
                "RESPONSE",
                r#"<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>1</qti-value></qti-default-value></qti-outcome-declaration>"#,
                r#"<qti-response-processing><qti-response-condition><qti-response-if>
    <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
    <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">2</qti-base-value></qti-set-outcome-value>
  </qti-response-if></qti-response-condition></qti-response-processing>"#
            )),
            Err(
                "its SCORE starts at 1, not 0, so a wrong answer earns marks: ispit gives it none"
                    .to_string()
            )
        );
        // The same with an else branch setting 0 and SCORE starting at 0: 2 for the right answer.
        converts(
            cat_committee(
                "RESPONSE",
                "",
                r#"<qti-response-processing><qti-response-condition><qti-response-if>
    <qti-match><qti-correct identifier="RESPONSE"/><qti-variable identifier="RESPONSE"/></qti-match>
    <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">2</qti-base-value></qti-set-outcome-value>
  </qti-response-if><qti-response-else>
    <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>
  </qti-response-else></qti-response-condition></qti-response-processing>"#,
            ),
            r#"type = "single"
                   points = 2.0
                   options = ["a", "b"]
                   correct = "b""#,
        );
    }

    #[test]
    fn a_converted_qti_course_scores_each_answer_as_the_items_score_it() {
        use crate::assessment::answer::Answer as Given;
        use crate::assessment::scoring::fraction;
        use crate::ids::ChoiceId;
        let items = vec![
            trafficking_definition(),
            fixture_item(Format::Qti3, "qti3/choice-multiple.xml"),
            palermo_protocols(
                r#"max-choices="0""#,
                &halves(r#"lower-bound="-1""#),
                MAP_RESPONSE_3,
            ),
            fixture_item(Format::Qti21, "qti21/text-entry.xml"),
            convention_year(
                r#"<mapping defaultValue="0"><mapEntry mapKey="1951" mappedValue="1"/><mapEntry mapKey="1967" mappedValue="0.5"/></mapping>"#,
            ),
            fixture_item(Format::Qti21, "qti21/numerical.xml"),
            convention_gaps(r#"<qti-map-entry map-key="GVA" mapped-value="1"/>"#),
            fixture_item(Format::Qti3, "qti3/match.xml"),
            fixture_item(Format::Qti3, "qti3/order.xml"),
        ];
        let names: Vec<&str> = vec![
            "definition",
            "means",
            "protocols",
            "acronym",
            "year",
            "in-force",
            "gaps",
            "years",
            "order",
        ];
        let items: Vec<Item> = items
            .into_iter()
            .zip(&names)
            .map(|(mut item, name)| {
                item.name = Some(name.to_string());
                item
            })
            .collect();
        let (toml, ftl) = new_course("refugee-law", "Refugee law").expect("new course");
        let converted = convert(&items, &toml, &ftl, None).expect("converted");
        for planned in &converted.questions {
            assert!(matches!(planned.fate, Fate::Added { .. }), "{:?}", planned);
        }
        let course = load(&converted);
        // The points ispit gives `answer` to question `id`: its fraction of the question's points.
        let earned = |id: &str, answer: Given| {
            let q = course
                .questions
                .iter()
                .find(|q| q.id.to_string() == id)
                .unwrap_or_else(|| panic!("{id}"));
            fraction(q, Some(&answer), Locale::En) * q.points.as_f64()
        };
        let one = |s: &str| -> ChoiceId { s.parse().expect("id") };
        let chosen = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(g, c)| (one(g), crate::assessment::answer::GapAnswer::Choice(one(c))))
                .collect()
        };
        let ids = |v: &[&str]| v.iter().map(|s| one(s)).collect();
        let order = |v: &[&str]| Given::Ordering(v.iter().map(|s| one(s)).collect());
        let text = |t: &str| Given::Short(t.to_string());
        let number = |x: f64| Given::Numerical {
            text: x.to_string(),
            value: x,
        };
        // Each case: (question, answer, the item's SCORE worked out from its XML).
        let cases: Vec<(&str, Given, f64)> = vec![
            // The Convention the Protocol supplements: mapped 1.
            ("definition", Given::Single(one("b")), 1.0),
            // The Convention against Torture: mapped -1 (no bounds).
            ("definition", Given::Single(one("c")), -1.0),
            // The Refugee Convention: unmapped, default 0.
            ("definition", Given::Single(one("d")), 0.0),
            // Crossing, fraud, deception: -1 + 1 + 1 = 1, within [0, 3].
            ("means", Given::Multiple(ids(&["a", "b", "c"])), 1.0),
            // Crossing and the fee: -2, raised to the lower bound 0.
            ("means", Given::Multiple(ids(&["a", "d"])), 0.0),
            // All five: 3 - 2 = 1.
            (
                "means",
                Given::Multiple(ids(&["a", "b", "c", "d", "e"])),
                1.0,
            ),
            // Both right ones: 0.5 + 0.5 = 1.
            ("protocols", Given::Multiple(ids(&["a", "b"])), 1.0),
            // One right, one wrong: 0.5 - 0.5 = 0.
            ("protocols", Given::Multiple(ids(&["a", "c"])), 0.0),
            // Both wrong: -1, the lower bound.
            ("protocols", Given::Multiple(ids(&["c", "d"])), -1.0),
            // One wrong: -0.5.
            ("protocols", Given::Multiple(ids(&["d"])), -0.5),
            ("acronym", text("UNHCR"), 2.0),
            ("acronym", text("HCR"), 1.0),
            // Case-sensitive entries: "unhcr" is not mapped.
            ("acronym", text("unhcr"), 0.0),
            ("year", number(1951.0), 1.0),
            ("year", number(1967.0), 0.5),
            ("year", number(1952.0), 0.0),
            // 1987 ± 1.
            ("in-force", number(1988.0), 1.0),
            ("in-force", number(1985.0), 0.0),
            // Geneva right, 1984 wrong: 1 + 0.
            (
                "gaps",
                Given::GapFill(chosen(&[("g1", "g1a"), ("g2", "g2b")])),
                1.0,
            ),
            (
                "gaps",
                Given::GapFill(chosen(&[("g1", "g1a"), ("g2", "g2a")])),
                2.0,
            ),
            // Three of four pairs right (the Palermo Protocol matched with the distractor 2018).
            (
                "years",
                Given::Matching(
                    [
                        (one("l1"), one("r1")),
                        (one("l2"), one("r2")),
                        (one("l3"), one("r3")),
                        (one("l4"), one("r5")),
                    ]
                    .into(),
                ),
                3.0,
            ),
            ("order", order(&["a", "b", "c", "d", "e"]), 1.0),
            // Two neighbours swapped: the sequence differs, match_correct gives 0.
            ("order", order(&["b", "a", "c", "d", "e"]), 0.0),
        ];
        for (id, answer, score) in cases {
            let got = earned(id, answer.clone());
            assert!(
                (got - score).abs() < 1e-9,
                "{id} {answer:?}: ispit gives {got}, QTI {score}"
            );
        }
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
                let crate::bank::Gap::Choice { options, correct } = gap else {
                    panic!("a chosen gap: {gap:?}");
                };
                assert_eq!((options.len(), correct.to_string()), (3, "g1b".to_string()));
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
