//! Moodle XML (`<quiz>` of `<question type="…">`, what Moodle's question bank exports) read into the
//! neutral [`Item`] form, following Moodle's own importer (`question/format/xml/format.php`) and the
//! checks Moodle makes before it saves a question.
//!
//! What it owns: the element names and defaults of each question type, category switches, Moodle's text
//! formats and multi-language content, embedded base64 files, and the Cloze (`{1:MULTICHOICE:…}`) and
//! drag-and-drop (`[[n]]`) gap syntaxes. A file that is not XML is one problem at the parser's line and
//! column; a question Moodle would refuse is one problem at its `<question>` element, and the others are
//! still read. What ispit cannot represent comes back as `unsupported` with the reason. It never writes
//! anything and never panics on any input.

use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use roxmltree::{Document, Node};

use super::model::{
    non_empty, Answer, Attachment, Gap, Item, ItemType, NumericValue, OrderGrading, Pair, Problem,
    Reading,
};
use super::text::{html_to_text, select_multilang};

/// Reads a Moodle XML file. `lang` picks the language of multi-language content (see
/// [`select_multilang`]); without it, English, else the first language given.
pub fn read(text: &str, lang: Option<&str>) -> Reading {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let positions = Positions::new(text);
    let start = text.len() - text.trim_start().len();
    if !text[start..].starts_with('<') {
        let (line, col) = positions.at(start);
        return Reading::failed(Problem::at_col(
            line,
            col,
            "the file is not XML: a Moodle XML file starts with <?xml or <quiz>",
        ));
    }
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(error) => return Reading::failed(parse_problem(&error, &positions)),
    };
    let root = doc.root_element();
    if root.tag_name().name() != "quiz" {
        let (line, col) = positions.at(root.range().start);
        return Reading::failed(Problem::at_col(
            line,
            col,
            format!(
                "the root element is <{}>, not <quiz>: this is not a Moodle XML question file",
                root.tag_name().name()
            ),
        ));
    }
    let reader = Reader {
        lang: lang.unwrap_or("en"),
    };
    let mut reading = Reading::default();
    let mut category: Option<String> = None;
    for question in root.children().filter(|n| is(*n, "question")) {
        let (line, col) = positions.at(question.range().start);
        if question.attribute("type") == Some("category") {
            match category_switch(question) {
                Some(path) => category = path,
                None => reading.problems.push(Problem::at_col(
                    line,
                    col,
                    "a category switch without <category><text>: the questions after it stay in the \
                     category before it",
                )),
            }
            continue;
        }
        match reader.question(question, line) {
            Ok(mut item) => {
                item.category = category.clone();
                reading.items.push(item);
            }
            Err(message) => reading.problems.push(Problem::at_col(line, col, message)),
        }
    }
    reading
}

/// Line and column (in characters, both from 1) of a byte offset, without rescanning the file each time.
struct Positions<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Positions<'a> {
    fn new(text: &'a str) -> Positions<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Positions { text, line_starts }
    }

    fn at(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|start| *start <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        let col = self
            .text
            .get(start..offset)
            .map_or(1, |before| before.chars().count() + 1);
        (line.max(1), col)
    }

    /// Where the file ends (for a file cut short).
    fn end(&self) -> (usize, usize) {
        self.at(self.text.trim_end().len())
    }
}

/// The parser's error at its place, its message without the position it also carries.
fn parse_problem(error: &roxmltree::Error, positions: &Positions) -> Problem {
    if matches!(
        error,
        roxmltree::Error::UnclosedRootNode | roxmltree::Error::UnexpectedEndOfStream
    ) {
        let (line, col) = positions.end();
        return Problem::at_col(
            line,
            col,
            "the file ends before all its elements are closed: it may have been cut short",
        );
    }
    let pos = error.pos();
    let message = error.to_string().replacen(&format!(" at {pos}"), "", 1);
    Problem::at_col(
        pos.row as usize,
        pos.col as usize,
        format!("the file is not well-formed XML: {message}"),
    )
}

/// Whether `node` is the element `name` (namespaces ignored: Moodle writes none).
fn is(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| is(*n, name))
}

fn children<'a, 'i: 'a>(
    node: Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |n| is(*n, name))
}

/// The text nodes directly inside an element (CDATA included), not those of the elements in it.
fn direct_text(node: Node) -> String {
    node.children()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The text directly inside an element (CDATA included), trimmed as Moodle trims it; `Err` when the
/// element holds XML elements (HTML not escaped), which Moodle refuses as invalid XML.
fn own_text(node: Node, what: &str) -> Result<String, String> {
    if node.children().any(|n| n.is_element()) {
        return Err(format!(
            "<{what}> holds XML elements: its HTML must be escaped or in a CDATA section"
        ));
    }
    Ok(direct_text(node).trim().to_string())
}

/// The `<text>` of an element ("" when it has none, as Moodle defaults it).
fn text_of(node: Option<Node>) -> Result<String, String> {
    match node.and_then(|n| child(n, "text")) {
        Some(text) => own_text(
            text,
            &format!("{}><text", node.map_or("", |n| n.tag_name().name())),
        ),
        None => Ok(String::new()),
    }
}

/// The trimmed text of a simple element such as `<single>`, if present.
fn value_of(node: Node, name: &str) -> Option<String> {
    child(node, name).map(|n| direct_text(n).trim().to_string())
}

/// Moodle's yes/no fields (`trans_single`): "false", "0" and "" are no, anything else yes.
fn moodle_bool(value: &str) -> bool {
    !matches!(value.trim(), "false" | "0" | "")
}

/// A number as Moodle's numeric answers accept it (its `NUMBER_REGEX`): an optional minus, digits with one
/// `.` or `,` as the decimal point, an optional exponent. Infinity and NaN are not numbers here.
pub(crate) fn moodle_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.find(['.', ',']) {
        Some(at) => (&mantissa[..at], Some(&mantissa[at + 1..])),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(whole)
        && fraction.is_none_or(digits)
        && (!whole.is_empty() || fraction.is_some_and(|f| !f.is_empty()));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    if !mantissa_ok || !exponent_ok {
        return None;
    }
    text.replacen(',', ".", 1)
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// A plain decimal number (fractions, grades, tolerances as Moodle writes them).
fn decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let looks_numeric = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    if !looks_numeric {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A category path as Moodle's importer reads it: split at `/` (a `//` is a `/` inside a name), the
/// context (`$course$`, `$system$`, `$module$`, …) and the `top` category dropped. `None` for the top
/// category itself. Names keep Moodle's `//` for a `/` of their own, so the path stays one string.
pub(crate) fn category_path(path: &str) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '/' {
            if chars.peek() == Some(&'/') {
                chars.next();
                current.push_str("//");
            } else {
                names.push(current.trim().to_string());
                current.clear();
            }
        } else {
            current.push(c);
        }
    }
    names.push(current.trim().to_string());
    let context = names.first().is_some_and(|first| {
        first.len() > 2
            && first.starts_with('$')
            && first.ends_with('$')
            && first[1..first.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_lowercase())
    });
    if context {
        names.remove(0);
    }
    if names.first().is_some_and(|first| first == "top") {
        names.remove(0);
    }
    let path = names.join("/");
    non_empty(path)
}

/// The category a `<question type="category">` switches to: `Some(None)` for the top category, `None`
/// when it gives no path.
fn category_switch(question: Node) -> Option<Option<String>> {
    let category = child(question, "category")?;
    let path = match child(category, "text") {
        Some(text) => own_text(text, "category><text").ok()?,
        None => own_text(category, "category").ok()?,
    };
    if path.is_empty() {
        return None;
    }
    Some(category_path(&path))
}

/// The standard base64 alphabet, padding optional (Moodle writes it; other tools may not).
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

fn decode_base64(data: &str) -> Option<Vec<u8>> {
    let compact: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    BASE64.decode(compact).ok()
}

/// Reads questions; carries the language multi-language content is read in.
struct Reader<'l> {
    lang: &'l str,
}

/// What every question type has (Moodle's `import_headers`).
struct Header {
    name: Option<String>,
    text_raw: String,
    text_format: String,
    general: Option<String>,
    points: Option<f64>,
    files: Vec<Attachment>,
    tags: Vec<String>,
    extension: Option<String>,
}

impl Reader<'_> {
    /// Text in one of Moodle's formats as plain text, multi-language content reduced first. HTML's line
    /// breaks in the source are white space; `moodle_auto_format` keeps them as lines, as Moodle shows
    /// them; plain text, Markdown and wiki text are kept as written.
    fn convert(&self, raw: &str, format: &str) -> String {
        as_text(&select_multilang(raw, self.lang), format)
    }

    /// A text field with a `format` attribute (question text, feedback, an HTML answer).
    fn rich(&self, node: Option<Node>, default_format: &str) -> Result<String, String> {
        let format = node
            .and_then(|n| n.attribute("format"))
            .unwrap_or(default_format);
        Ok(self.convert(&text_of(node)?, format))
    }

    /// A field Moodle shows through its string filters (names, matching answers, drag-and-drop choices):
    /// multi-language content reduced, tags dropped, entities decoded.
    fn string(&self, raw: &str) -> String {
        html_to_text(&select_multilang(raw, self.lang))
    }

    fn header(&self, q: Node, name: Option<String>) -> Result<Header, String> {
        let questiontext = child(q, "questiontext");
        let text_format = questiontext
            .and_then(|n| n.attribute("format"))
            .unwrap_or("html")
            .to_string();
        let text_raw = text_of(questiontext)?;
        let general = non_empty(self.rich(child(q, "generalfeedback"), &text_format)?);
        let points = match value_of(q, "defaultgrade") {
            None => None,
            Some(grade) => Some(
                decimal(&grade)
                    .ok_or_else(|| format!("<defaultgrade> \"{grade}\" is not a number"))?,
            ),
        };
        let tags = match child(q, "tags") {
            None => Vec::new(),
            Some(tags) => children(tags, "tag")
                .map(|t| text_of(Some(t)))
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect(),
        };
        Ok(Header {
            name,
            text_raw,
            text_format,
            general,
            points,
            files: files(q)?,
            tags,
            // ispit's own settings, as `ispit export` writes them (Moodle ignores the element).
            extension: child(q, "ispit").and_then(|n| non_empty(direct_text(n))),
        })
    }

    fn question(&self, q: Node, line: usize) -> Result<Item, String> {
        let Some(kind) = q.attribute("type").map(str::trim).filter(|t| !t.is_empty()) else {
            return Err("a <question> without a type attribute".to_string());
        };
        let name = non_empty(self.string(&text_of(child(q, "name"))?));
        let label = match &name {
            Some(name) => format!("{kind} question \"{name}\""),
            None => format!("{kind} question"),
        };
        self.typed(q, kind, name, line)
            .map_err(|detail| format!("{label}: {detail}"))
    }

    fn typed(
        &self,
        q: Node,
        kind: &str,
        name: Option<String>,
        line: usize,
    ) -> Result<Item, String> {
        let header = self.header(q, name)?;
        match kind {
            "multichoice" => self.multichoice(q, &header, line),
            "truefalse" => self.truefalse(q, &header, line),
            "shortanswer" => self.shortanswer(q, &header, line),
            "numerical" => self.numerical(q, &header, line),
            "matching" | "match" => self.matching(q, &header, line),
            "ddwtos" => self.word_gaps(q, &header, line, "dragbox"),
            "gapselect" => self.word_gaps(q, &header, line, "selectoption"),
            "cloze" | "multianswer" => self.cloze(&header, line),
            "ordering" => self.ordering(q, &header, line),
            "essay" => Ok(Item {
                grader_info: non_empty(self.rich(child(q, "graderinfo"), &header.text_format)?),
                ..self.item(ItemType::Essay, &header, line)
            }),
            "description" => Ok(Item {
                points: None,
                ..self.item(ItemType::Description, &header, line)
            }),
            other => Ok(self.unsupported(
                &header,
                line,
                format!("Moodle question type {other} is not supported"),
            )),
        }
    }

    /// An item of `kind` with the header's name, text, general feedback, points and files.
    fn item(&self, kind: ItemType, header: &Header, line: usize) -> Item {
        let mut item = Item::new(
            kind,
            line,
            self.convert(&header.text_raw, &header.text_format),
        );
        item.name = header.name.clone();
        item.feedback.general = header.general.clone();
        item.points = header.points;
        item.files = header.files.clone();
        item.tags = header.tags.clone();
        item.extension = header.extension.clone();
        item
    }

    fn unsupported(&self, header: &Header, line: usize, reason: String) -> Item {
        Item {
            unsupported: Some(reason),
            ..self.item(ItemType::Unsupported, header, line)
        }
    }

    /// Correct, partially correct and incorrect feedback (Moodle's combined feedback).
    fn combined_feedback(&self, q: Node, header: &Header, item: &mut Item) -> Result<(), String> {
        let fb = |name| {
            self.rich(child(q, name), &header.text_format)
                .map(non_empty)
        };
        item.feedback.correct = fb("correctfeedback")?;
        item.feedback.partially_correct = fb("partiallycorrectfeedback")?;
        item.feedback.incorrect = fb("incorrectfeedback")?;
        Ok(())
    }

    /// An answer's feedback.
    fn answer_feedback(&self, answer: Node, header: &Header) -> Result<Option<String>, String> {
        self.rich(child(answer, "feedback"), &header.text_format)
            .map(non_empty)
    }

    fn multichoice(&self, q: Node, header: &Header, line: usize) -> Result<Item, String> {
        let single = value_of(q, "single").is_none_or(|s| moodle_bool(&s));
        let kind = if single {
            ItemType::SingleChoice
        } else {
            ItemType::MultipleChoice
        };
        let mut item = self.item(kind, header, line);
        item.shuffle = Some(value_of(q, "shuffleanswers").is_some_and(|s| moodle_bool(&s)));
        for (n, answer) in children(q, "answer").enumerate() {
            let raw = text_of(Some(answer))?;
            let fraction = fraction(answer, n + 1)?;
            // Moodle skips an answer with no text.
            if raw.is_empty() {
                continue;
            }
            let format = answer.attribute("format").unwrap_or(&header.text_format);
            item.answers.push(Answer {
                text: Some(self.convert(&raw, format)),
                fraction: Some(fraction),
                feedback: self.answer_feedback(answer, header)?,
                ..Answer::default()
            });
        }
        if item.answers.len() < 2 {
            return Err(format!(
                "it has {}; Moodle needs at least 2",
                count(item.answers.len(), "answer", "answers")
            ));
        }
        let fractions: Vec<f64> = item.answers.iter().filter_map(|a| a.fraction).collect();
        if single {
            let best = fractions.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            if !full(best) {
                return Err(format!(
                    "one answer must be worth 100% (the best is {})",
                    percent(best)
                ));
            }
        } else {
            let total: f64 = fractions.iter().filter(|f| **f > 0.0).sum();
            if (total * 100.0).round() != 100.0 {
                return Err(format!(
                    "the positive grades add up to {}, not 100%",
                    percent(total)
                ));
            }
        }
        self.combined_feedback(q, header, &mut item)?;
        Ok(item)
    }

    fn truefalse(&self, q: Node, header: &Header, line: usize) -> Result<Item, String> {
        let mut item = self.item(ItemType::TrueFalse, header, line);
        let answers: Vec<Node> = children(q, "answer").collect();
        if answers.is_empty() || answers.len() > 2 {
            return Err(format!(
                "it needs the answers true and false; it has {}",
                count(answers.len(), "answer", "answers")
            ));
        }
        // Answers named true and false; in old files with other names, the first is true (as in Moodle).
        let mut right = [None, None];
        for (n, answer) in answers.iter().enumerate() {
            let side = match text_of(Some(*answer))?.as_str() {
                "true" => 0,
                "false" => 1,
                _ => n,
            };
            if right[side].is_some() {
                return Err(format!(
                    "it has two answers for {}",
                    ["true", "false"][side]
                ));
            }
            right[side] = Some(full(fraction(*answer, n + 1)?));
            let feedback = self.answer_feedback(*answer, header)?;
            if side == 0 {
                item.feedback.if_true = feedback;
            } else {
                item.feedback.if_false = feedback;
            }
        }
        // With one answer, the key follows from it, as in Moodle: true at 0% means false is right.
        item.key = Some(match right {
            [Some(true), Some(true)] => {
                return Err("both true and false are worth 100%".to_string())
            }
            [Some(false), Some(false)] => {
                return Err("neither true nor false is worth 100%".to_string())
            }
            [Some(t), _] => t,
            [None, Some(f)] => !f,
            [None, None] => return Err("it has no answers".to_string()),
        });
        Ok(item)
    }

    fn shortanswer(&self, q: Node, header: &Header, line: usize) -> Result<Item, String> {
        let mut item = self.item(ItemType::ShortAnswer, header, line);
        item.case_sensitive =
            Some(value_of(q, "usecase").is_some_and(|v| decimal(&v).is_some_and(|v| v != 0.0)));
        for (n, answer) in children(q, "answer").enumerate() {
            let text = text_of(Some(answer))?;
            let fraction = fraction(answer, n + 1)?;
            let feedback = self.answer_feedback(answer, header)?;
            if text.is_empty() {
                if fraction == 0.0 && feedback.is_none() {
                    continue;
                }
                return Err(format!(
                    "answer {} has a grade or feedback but no text",
                    n + 1
                ));
            }
            item.answers.push(Answer {
                text: Some(text),
                fraction: Some(fraction),
                feedback,
                ..Answer::default()
            });
        }
        require_full_answer(&item.answers)?;
        Ok(item)
    }

    fn numerical(&self, q: Node, header: &Header, line: usize) -> Result<Item, String> {
        let mut item = self.item(ItemType::Numerical, header, line);
        for (n, answer) in children(q, "answer").enumerate() {
            // Old files put the number straight in <answer>.
            let text = match child(answer, "text") {
                Some(_) => text_of(Some(answer))?,
                None => direct_text(answer).trim().to_string(),
            };
            let fraction = fraction(answer, n + 1)?;
            let feedback = self.answer_feedback(answer, header)?;
            if text.is_empty() && fraction == 0.0 && feedback.is_none() {
                continue;
            }
            let (value, tolerance) = if text == "*" {
                (NumericValue::Any, None)
            } else {
                let value = moodle_number(&text).ok_or_else(|| {
                    format!("answer {} \"{text}\" is neither a number nor *", n + 1)
                })?;
                let tolerance = match value_of(answer, "tolerance") {
                    None => 0.0,
                    Some(t) if t.is_empty() => 0.0,
                    Some(t) => moodle_number(&t).ok_or_else(|| {
                        format!("the tolerance \"{t}\" of answer {} is not a number", n + 1)
                    })?,
                };
                (NumericValue::Number(value), Some(tolerance))
            };
            item.answers.push(Answer {
                value: Some(value),
                tolerance,
                fraction: Some(fraction),
                feedback,
                ..Answer::default()
            });
        }
        require_full_answer(&item.answers)?;
        Ok(item)
    }

    fn matching(&self, q: Node, header: &Header, line: usize) -> Result<Item, String> {
        let mut item = self.item(ItemType::Matching, header, line);
        item.shuffle = Some(value_of(q, "shuffleanswers").is_none_or(|s| moodle_bool(&s)));
        for (n, sub) in children(q, "subquestion").enumerate() {
            let raw = text_of(Some(sub))?;
            let format = sub.attribute("format").unwrap_or(&header.text_format);
            let answer = self.string(&text_of(child(sub, "answer"))?);
            match (raw.is_empty(), answer.is_empty()) {
                (true, true) => {}
                (true, false) => item.extra_right.push(answer),
                (false, true) => {
                    return Err(format!("subquestion {} has no answer to match", n + 1));
                }
                (false, false) => item.pairs.push(Pair {
                    left: self.convert(&raw, format),
                    right: answer,
                }),
            }
        }
        if item.pairs.len() < 2 {
            return Err(format!(
                "it has {}; Moodle needs at least 2",
                count(item.pairs.len(), "pair", "pairs")
            ));
        }
        self.combined_feedback(q, header, &mut item)?;
        Ok(item)
    }

    /// Drag and drop into text (`ddwtos`, choices in `<dragbox>`) and select missing words (`gapselect`,
    /// choices in `<selectoption>`): Moodle's `[[n]]` names choice n; here the gaps are numbered in the
    /// order they appear, each with its right choice, and the choices are the word bank. When the choices
    /// come in several groups, each gap's `options` are the choices of its group.
    fn word_gaps(&self, q: Node, header: &Header, line: usize, tag: &str) -> Result<Item, String> {
        struct Choice {
            text: String,
            group: String,
        }
        let mut choices = Vec::new();
        for node in children(q, tag) {
            choices.push(Choice {
                text: self.string(&text_of(Some(node))?),
                group: value_of(node, "group")
                    .filter(|g| !g.is_empty())
                    .unwrap_or_else(|| "1".to_string()),
            });
        }
        if choices.is_empty() && child(q, "answer").is_some() {
            return Ok(self.unsupported(
                header,
                line,
                "the Moodle 2.0 layout of drag-and-drop choices is not supported".to_string(),
            ));
        }
        let raw = select_multilang(&header.text_raw, self.lang);
        let mut marked = String::with_capacity(raw.len());
        let mut right = Vec::new();
        let mut rest = raw.as_str();
        while let Some((before, number, after)) = next_choice_marker(rest) {
            let choice = choices.get(number.wrapping_sub(1)).ok_or_else(|| {
                format!(
                    "[[{number}]] names choice {number}, but there {}",
                    match choices.len() {
                        1 => "is 1 choice".to_string(),
                        n => format!("are {n} choices"),
                    }
                )
            })?;
            if choice.text.is_empty() {
                return Err(format!(
                    "[[{number}]] names choice {number}, which is empty"
                ));
            }
            right.push(number - 1);
            marked.push_str(before);
            marked.push_str(&format!("[[{}]]", right.len()));
            rest = after;
        }
        marked.push_str(rest);
        if right.is_empty() {
            return Err("the text has no gaps [[n]]".to_string());
        }
        let mut item = self.item(ItemType::GapFill, header, line);
        item.text = as_text(&marked, &header.text_format);
        let used: Vec<&Choice> = choices.iter().filter(|c| !c.text.is_empty()).collect();
        let groups = {
            let mut groups: Vec<&str> = used.iter().map(|c| c.group.as_str()).collect();
            groups.sort_unstable();
            groups.dedup();
            groups.len()
        };
        item.choices = used.iter().map(|c| c.text.clone()).collect();
        item.gaps = right
            .iter()
            .map(|&r| Gap {
                weight: 1.0,
                answers: vec![Answer {
                    text: Some(choices[r].text.clone()),
                    fraction: Some(1.0),
                    ..Answer::default()
                }],
                options: if groups > 1 {
                    used.iter()
                        .filter(|c| c.group == choices[r].group)
                        .map(|c| c.text.clone())
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect();
        item.shuffle = Some(value_of(q, "shuffleanswers").is_none_or(|s| moodle_bool(&s)));
        self.combined_feedback(q, header, &mut item)?;
        Ok(item)
    }

    fn ordering(&self, q: Node, header: &Header, line: usize) -> Result<Item, String> {
        let mut item = self.item(ItemType::Ordering, header, line);
        for answer in children(q, "answer") {
            let raw = text_of(Some(answer))?;
            if raw.is_empty() {
                continue;
            }
            let format = answer.attribute("format").unwrap_or(&header.text_format);
            item.order.push(self.convert(&raw, format));
        }
        item.order_grading = value_of(q, "gradingtype")
            .filter(|g| !g.is_empty())
            .map(|g| OrderGrading::from_moodle(&g));
        if item.order.len() < 2 {
            return Err(format!(
                "it has {}; Moodle needs at least 2",
                count(item.order.len(), "item", "items")
            ));
        }
        self.combined_feedback(q, header, &mut item)?;
        Ok(item)
    }

    /// Cloze (`multianswer`): each `{weight:TYPE:alternatives}` becomes a gap, `[[k]]` in the text. The
    /// question is worth the sum of the gaps' weights, as Moodle computes it.
    fn cloze(&self, header: &Header, line: usize) -> Result<Item, String> {
        let raw = select_multilang(&header.text_raw, self.lang);
        let parsed = cloze::parse(&raw);
        if parsed.gaps.is_empty() {
            return Err("the text has no Cloze gaps {…}".to_string());
        }
        let unsupported_with_reason = |reason: String| {
            let mut item = self.unsupported(header, line, reason);
            item.text = as_text(&raw, &header.text_format);
            item
        };
        let mut item = self.item(ItemType::GapFill, header, line);
        item.text = as_text(&parsed.marked, &header.text_format);
        item.points = Some(parsed.gaps.iter().map(|g| g.weight).sum());
        let mut case = Vec::new();
        for (n, gap) in parsed.gaps.iter().enumerate() {
            let label = format!("gap {} ({})", n + 1, gap.type_name);
            let kind = match gap.kind {
                cloze::Kind::Unknown => {
                    return Ok(unsupported_with_reason(format!(
                        "Cloze gap type {} (gap {}) is not supported",
                        gap.type_name,
                        n + 1
                    )))
                }
                cloze::Kind::MultiResponse => {
                    return Ok(unsupported_with_reason(format!(
                        "Cloze gap {} is {}: several right answers in one gap are not supported",
                        n + 1,
                        gap.type_name
                    )))
                }
                kind => kind,
            };
            let alternatives: Vec<&cloze::Alternative> = gap
                .alternatives
                .iter()
                .filter(|a| !a.answer.trim().is_empty())
                .collect();
            let needed = if kind == cloze::Kind::Choice { 2 } else { 1 };
            if alternatives.len() < needed {
                return Err(format!(
                    "{label}: it has {}; Moodle needs at least {needed}",
                    count(alternatives.len(), "answer", "answers")
                ));
            }
            if !alternatives.iter().any(|a| full(a.fraction)) {
                return Err(format!("{label}: no answer is worth 100%"));
            }
            let feedback = |a: &cloze::Alternative| {
                a.feedback
                    .as_deref()
                    .and_then(|f| non_empty(self.convert(f, "html")))
            };
            let mut out = Gap {
                weight: gap.weight,
                ..Gap::default()
            };
            for a in &alternatives {
                match kind {
                    cloze::Kind::Numerical => {
                        let (value, tolerance) = if a.answer.trim() == "*" {
                            (NumericValue::Any, None)
                        } else {
                            let (value, tolerance) =
                                cloze::numeric_answer(&a.answer).ok_or_else(|| {
                                    format!(
                                        "{label}: the answer \"{}\" is neither a number nor *",
                                        a.answer.trim()
                                    )
                                })?;
                            (NumericValue::Number(value), Some(tolerance))
                        };
                        out.answers.push(Answer {
                            value: Some(value),
                            tolerance,
                            fraction: Some(a.fraction),
                            feedback: feedback(a),
                            ..Answer::default()
                        });
                    }
                    _ => {
                        let text = self.convert(&a.answer, "html");
                        if kind == cloze::Kind::Choice {
                            out.options.push(text.clone());
                        }
                        out.answers.push(Answer {
                            text: Some(text),
                            fraction: Some(a.fraction),
                            feedback: feedback(a),
                            ..Answer::default()
                        });
                    }
                }
            }
            if let cloze::Kind::Short { case_sensitive } = kind {
                case.push(case_sensitive);
            }
            item.gaps.push(out);
        }
        item.case_sensitive = match (case.contains(&true), case.contains(&false)) {
            (true, true) => return Ok(unsupported_with_reason(
                "Cloze short-answer gaps mix case-sensitive (SHORTANSWER_C) and case-insensitive \
                     (SHORTANSWER) ones"
                    .to_string(),
            )),
            (true, false) => Some(true),
            (false, true) => Some(false),
            (false, false) => None,
        };
        Ok(item)
    }
}

/// Text in one of Moodle's formats (`html` when unknown, as Moodle assumes) as plain text.
fn as_text(text: &str, format: &str) -> String {
    match format.trim() {
        "plain_text" | "markdown" | "wiki_like" => text.trim().to_string(),
        "moodle_auto_format" => html_to_text(text),
        _ => html_to_text(&text.replace('\n', " ")),
    }
}

/// An answer's `fraction` attribute (percent; 0 when absent, as in Moodle) as a fraction in [-1, 1].
fn fraction(answer: Node, n: usize) -> Result<f64, String> {
    match answer.attribute("fraction") {
        None => Ok(0.0),
        Some(value) => decimal(value)
            .filter(|f| (-100.0..=100.0).contains(f))
            .map(|f| f / 100.0)
            .ok_or_else(|| {
                format!("answer {n} has the fraction \"{value}\", not a number from -100 to 100")
            }),
    }
}

/// Whether a fraction is 100% (Moodle writes 100 as "100" or "100.0000000").
fn full(fraction: f64) -> bool {
    (fraction - 1.0).abs() < 1e-7
}

/// A fraction as Moodle's messages show it: `50%`, `33.33333%`.
fn percent(fraction: f64) -> String {
    let value = (fraction * 100.0 * 1e5).round() / 1e5;
    format!("{value}%")
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A short-answer or numerical question needs an answer, and one worth 100% (Moodle's `fractionsnomax`).
fn require_full_answer(answers: &[Answer]) -> Result<(), String> {
    if answers.is_empty() {
        return Err("it has no answers".to_string());
    }
    if !answers.iter().any(|a| a.fraction.is_some_and(full)) {
        return Err("no answer is worth 100%".to_string());
    }
    Ok(())
}

/// The next `[[n]]` of a drag-and-drop text: the text before it, n, the text after it.
fn next_choice_marker(text: &str) -> Option<(&str, usize, &str)> {
    let mut from = 0;
    while let Some(offset) = text[from..].find("[[") {
        let start = from + offset;
        let digits_end = text[start + 2..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(text.len(), |e| start + 2 + e);
        if digits_end > start + 2 && text[digits_end..].starts_with("]]") {
            if let Ok(number) = text[start + 2..digits_end].parse::<usize>() {
                return Some((&text[..start], number, &text[digits_end + 2..]));
            }
        }
        from = start + 1;
    }
    None
}

/// Every `<file name="…" encoding="base64">` of the question (question text, feedback, answers), by the
/// name the HTML refers to (`@@PLUGINFILE@@/path/name`), and the old `<image>` with `<image_base64>`.
fn files(q: Node) -> Result<Vec<Attachment>, String> {
    let mut files: Vec<Attachment> = Vec::new();
    let mut add = |name: String, data: &str| -> Result<(), String> {
        let bytes = decode_base64(data)
            .ok_or_else(|| format!("the file \"{name}\" is not valid base64"))?;
        let attachment = Attachment { name, bytes };
        if !files.contains(&attachment) {
            files.push(attachment);
        }
        Ok(())
    };
    for file in q.descendants().filter(|n| is(*n, "file")) {
        let name = file.attribute("name").unwrap_or("").trim();
        let path = file.attribute("path").unwrap_or("/").trim();
        let full_name = format!("{}{name}", path.trim_start_matches('/'));
        add(full_name, &direct_text(file))?;
    }
    if let (Some(name), Some(data)) = (value_of(q, "image"), value_of(q, "image_base64")) {
        if !name.is_empty() && !data.is_empty() {
            add(name.replace('/', "_"), &data)?;
        }
    }
    Ok(files)
}

/// The Cloze syntax (`qtype_multianswer`): `{weight:TYPE:=right#feedback~%50%half~wrong}`.
pub(crate) mod cloze {
    /// What a gap asks for.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Kind {
        /// MULTICHOICE and its layouts (`MC`, `MCV`, `MCH`, shuffled `MCS`, `MCVS`, `MCHS`).
        Choice,
        /// SHORTANSWER (`SA`, `MW`) and the case-sensitive SHORTANSWER_C (`SAC`, `MWC`).
        Short { case_sensitive: bool },
        /// NUMERICAL (`NM`).
        Numerical,
        /// MULTIRESPONSE (`MR`, `MRH`, `MRS`, `MRHS`): several right answers, checkboxes.
        MultiResponse,
        /// A `{n:WORD:…}` whose WORD Moodle's Cloze does not have.
        Unknown,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Alternative {
        /// `=` is 1, `%50%` is 0.5, nothing is 0.
        pub fraction: f64,
        /// As written (HTML entities and all), the `\}`, `\#` and `\~` escapes undone.
        pub answer: String,
        pub feedback: Option<String>,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct ClozeGap {
        pub weight: f64,
        pub type_name: String,
        pub kind: Kind,
        pub alternatives: Vec<Alternative>,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Parsed {
        /// The text with the k-th gap as `[[k]]`.
        pub marked: String,
        pub gaps: Vec<ClozeGap>,
    }

    fn kind_of(word: &str) -> Kind {
        match word {
            "NUMERICAL" | "NM" => Kind::Numerical,
            "MULTICHOICE" | "MC" | "MULTICHOICE_V" | "MCV" | "MULTICHOICE_H" | "MCH"
            | "MULTICHOICE_S" | "MCS" | "MULTICHOICE_VS" | "MCVS" | "MULTICHOICE_HS" | "MCHS" => {
                Kind::Choice
            }
            "SHORTANSWER" | "SA" | "MW" => Kind::Short {
                case_sensitive: false,
            },
            "SHORTANSWER_C" | "SAC" | "MWC" => Kind::Short {
                case_sensitive: true,
            },
            "MULTIRESPONSE" | "MR" | "MULTIRESPONSE_H" | "MRH" | "MULTIRESPONSE_S" | "MRS"
            | "MULTIRESPONSE_HS" | "MRHS" => Kind::MultiResponse,
            _ => Kind::Unknown,
        }
    }

    /// Whether an answer ends at `at`: Moodle's answers end at `~`, `#` or `}` unless a `\`, an `&` or
    /// `&amp;` comes just before (so the `#` of `&#8217;` is no feedback mark).
    fn ends_answer(text: &str, at: usize) -> bool {
        // Only at an ASCII delimiter, which is a character boundary, is `text[..at]` taken.
        matches!(text.as_bytes().get(at), Some(b'~' | b'#' | b'}'))
            && !text[..at].ends_with('\\')
            && !text[..at].ends_with('&')
            && !text[..at].ends_with("&amp;")
    }

    /// Whether feedback ends at `at`: at a `~` or `}` without a `\` before it.
    fn ends_feedback(text: &str, at: usize) -> bool {
        matches!(text.as_bytes().get(at), Some(b'~' | b'}')) && !text[..at].ends_with('\\')
    }

    fn unescape(text: &str) -> String {
        text.replace("\\}", "}")
            .replace("\\#", "#")
            .replace("\\~", "~")
    }

    /// A gap starting at `start` (a `{`): the gap and the index after its `}`, or `None` when the text
    /// there is not a gap.
    fn gap_at(text: &str, start: usize) -> Option<(ClozeGap, usize)> {
        let bytes = text.as_bytes();
        let mut at = start + 1;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        let weight = match &text[start + 1..at] {
            "" => 1.0,
            digits => digits.parse::<f64>().ok()?,
        };
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        at += 1;
        let word_start = at;
        while at < bytes.len() && (bytes[at].is_ascii_uppercase() || bytes[at] == b'_') {
            at += 1;
        }
        let type_name = &text[word_start..at];
        if type_name.is_empty() || bytes.get(at) != Some(&b':') {
            return None;
        }
        at += 1;
        // Moodle's alternatives may start with a `~`.
        if bytes.get(at) == Some(&b'~') {
            at += 1;
        }
        let mut alternatives = Vec::new();
        loop {
            let mut fraction = 0.0;
            if bytes.get(at) == Some(&b'=') {
                fraction = 1.0;
                at += 1;
            } else if bytes.get(at) == Some(&b'%') {
                if let Some(close) = text[at + 1..].find('%') {
                    let number = &text[at + 1..at + 1 + close];
                    if let Some(value) = percent_number(number) {
                        fraction = value / 100.0;
                        at += close + 2;
                    }
                }
            }
            let answer_start = at;
            while at < bytes.len() && !ends_answer(text, at) {
                at += 1;
            }
            let answer = unescape(&text[answer_start..at]);
            let mut feedback = None;
            if bytes.get(at) == Some(&b'#') {
                at += 1;
                let feedback_start = at;
                while at < bytes.len() && !ends_feedback(text, at) {
                    at += 1;
                }
                feedback = Some(unescape(&text[feedback_start..at]));
            }
            alternatives.push(Alternative {
                fraction,
                answer,
                feedback,
            });
            match bytes.get(at)? {
                b'~' => at += 1,
                b'}' => break,
                _ => return None,
            }
        }
        Some((
            ClozeGap {
                weight,
                type_name: type_name.to_string(),
                kind: kind_of(type_name),
                alternatives,
            },
            at + 1,
        ))
    }

    /// Moodle's `%n%` grade: digits with an optional `.` or `,` decimal part, maybe negative.
    fn percent_number(text: &str) -> Option<f64> {
        let unsigned = text.strip_prefix('-').unwrap_or(text);
        let (whole, decimals) = match unsigned.find(['.', ',']) {
            Some(at) => (&unsigned[..at], &unsigned[at + 1..]),
            None => (unsigned, ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(decimals) {
            return None;
        }
        text.replacen(',', ".", 1).parse::<f64>().ok()
    }

    /// A numerical gap's `value` or `value:tolerance` (the tolerance without its sign, as Moodle reads it).
    pub fn numeric_answer(answer: &str) -> Option<(f64, f64)> {
        let answer = answer.trim();
        match answer.split_once(':') {
            Some((value, tolerance)) => Some((
                super::moodle_number(value)?,
                super::moodle_number(tolerance)?.abs(),
            )),
            None => Some((super::moodle_number(answer)?, 0.0)),
        }
    }

    /// Every gap of a Cloze text, in order, and the text with them as `[[1]]`, `[[2]]`, …
    pub fn parse(text: &str) -> Parsed {
        let mut marked = String::with_capacity(text.len());
        let mut gaps = Vec::new();
        let mut copied = 0;
        let mut from = 0;
        while let Some(offset) = text[from..].find('{') {
            let start = from + offset;
            match gap_at(text, start) {
                Some((gap, end)) => {
                    gaps.push(gap);
                    marked.push_str(&text[copied..start]);
                    marked.push_str(&format!("[[{}]]", gaps.len()));
                    copied = end;
                    from = end;
                }
                None => from = start + 1,
            }
        }
        marked.push_str(&text[copied..]);
        Parsed { marked, gaps }
    }
}

#[cfg(test)]
mod tests {
    use super::cloze::{self, Kind};
    use super::*;
    use crate::interchange::Format;

    fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/import/moodlexml")
            .join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn golden_files() {
        assert_eq!(
            super::super::golden::check(Format::MoodleXml, "moodlexml"),
            22
        );
    }

    #[test]
    fn the_language_asked_for_is_read() {
        let mk = read(&fixture("multilang.xml"), Some("mk"));
        assert!(mk.problems.is_empty(), "{:?}", mk.problems);
        assert_eq!(mk.items[0].name.as_deref(), Some("Забрана за враќање"));
        assert_eq!(
            mk.items[0].text,
            "Кој член од Конвенцијата од 1951 година ја утврдува забраната за враќање?"
        );
        assert_eq!(mk.items[0].answers[0].text.as_deref(), Some("Член 33"));
        assert_eq!(
            mk.items[0].answers[1].feedback.as_deref(),
            Some("Тој е за незаконскиот влез.")
        );
        assert_eq!(mk.items[1].name.as_deref(), Some("Палермо и UNTOC"));
        assert_eq!(mk.items[1].feedback.if_true.as_deref(), Some("Точно."));
        let sq = read(&fixture("multilang.xml"), Some("sq"));
        // No Albanian in the first question: English.
        assert_eq!(sq.items[0].answers[0].text.as_deref(), Some("Article 33"));
        assert_eq!(
            sq.items[2].text,
            "Cila agjenci e OKB-së kujdeset për refugjatët?"
        );
        // `None` is English, as the golden file reads it.
        let none = read(&fixture("multilang.xml"), None);
        assert_eq!(none.items[1].feedback.if_true.as_deref(), Some("Correct."));
    }

    #[test]
    fn embedded_files_are_decoded_by_the_name_the_html_uses() {
        let reading = read(&fixture("image.xml"), None);
        let files = &reading.items[0].files;
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["balkan-route.png", "diagrams/ammr.png"]);
        for file in files {
            // A 1×1 PNG: 70 bytes, with the PNG signature (the second one wrapped over lines).
            assert_eq!(file.bytes.len(), 70, "{}", file.name);
            assert!(
                file.bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
                "{}",
                file.name
            );
        }
        // The old <image> with <image_base64>.
        let old = read(
            r#"<quiz><question type="description"><name><text>Old</text></name>
               <questiontext><text>Map</text></questiontext>
               <image>maps/route.png</image><image_base64>AAEC</image_base64></question></quiz>"#,
            None,
        );
        assert_eq!(old.items[0].files.len(), 1);
        assert_eq!(old.items[0].files[0].name, "maps_route.png");
        assert_eq!(old.items[0].files[0].bytes, [0u8, 1, 2]);
        // Without padding, as some tools write it.
        assert_eq!(decode_base64("AAE"), Some(vec![0u8, 1]));
        assert_eq!(decode_base64("A*=="), None);
    }

    #[test]
    fn category_paths_lose_context_and_top() {
        assert_eq!(
            category_path("$course$/top/Migration law").as_deref(),
            Some("Migration law")
        );
        assert_eq!(
            category_path("$system$/top/Migration law/Refugee Convention").as_deref(),
            Some("Migration law/Refugee Convention")
        );
        assert_eq!(category_path("top/A // B").as_deref(), Some("A // B"));
        assert_eq!(category_path(" top / Torture ").as_deref(), Some("Torture"));
        assert_eq!(category_path("$module$/top"), None);
        assert_eq!(category_path("top"), None);
        assert_eq!(
            category_path("Pact/Screening").as_deref(),
            Some("Pact/Screening")
        );
        // `$` words that are not a context stay.
        assert_eq!(category_path("$5$/Fees").as_deref(), Some("$5$/Fees"));
    }

    #[test]
    fn numbers_as_moodle_accepts_them() {
        assert_eq!(moodle_number("1951"), Some(1951.0));
        assert_eq!(moodle_number(" 6,5 "), Some(6.5));
        assert_eq!(moodle_number(".5"), Some(0.5));
        assert_eq!(moodle_number("5."), Some(5.0));
        assert_eq!(moodle_number("-1.5e3"), Some(-1500.0));
        for bad in [
            "", "-", ".", "inf", "NaN", "1.2.3", "1,000.5", "+5", "1e", "12 km", "١٩٥١",
        ] {
            assert_eq!(moodle_number(bad), None, "{bad}");
        }
        assert_eq!(decimal("33.33333"), Some(33.33333));
        assert_eq!(decimal("-50"), Some(-50.0));
        for bad in ["", "inf", "nan", "zero", "1,5"] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
        assert_eq!(percent(0.3333333), "33.33333%");
        assert_eq!(percent(0.5), "50%");
        assert!(moodle_bool("true") && moodle_bool("1") && moodle_bool("yes"));
        assert!(!moodle_bool("false") && !moodle_bool("0") && !moodle_bool(" "));
    }

    #[test]
    fn cloze_gaps_are_parsed_as_moodle_parses_them() {
        let parsed = cloze::parse(
            "A {2:MCV:~=Geneva#Right~New York} B {:SA:%50%x\\}y\\#z#half} C {1:NM:=7:0,5~*#no} D",
        );
        assert_eq!(parsed.marked, "A [[1]] B [[2]] C [[3]] D");
        let [choice, short, numerical] = &parsed.gaps[..] else {
            panic!("{parsed:?}")
        };
        assert_eq!((choice.weight, choice.kind), (2.0, Kind::Choice));
        assert_eq!(
            choice.alternatives,
            [
                cloze::Alternative {
                    fraction: 1.0,
                    answer: "Geneva".into(),
                    feedback: Some("Right".into())
                },
                cloze::Alternative {
                    fraction: 0.0,
                    answer: "New York".into(),
                    feedback: None
                },
            ]
        );
        // No weight is 1; escaped } and # belong to the answer.
        assert_eq!(short.weight, 1.0);
        assert_eq!(
            short.kind,
            Kind::Short {
                case_sensitive: false
            }
        );
        assert_eq!(short.alternatives[0].answer, "x}y#z");
        assert_eq!(short.alternatives[0].fraction, 0.5);
        assert_eq!(short.alternatives[0].feedback.as_deref(), Some("half"));
        assert_eq!(numerical.alternatives[0].answer, "7:0,5");
        assert_eq!(cloze::numeric_answer("7:0,5"), Some((7.0, 0.5)));
        assert_eq!(cloze::numeric_answer("1951:-1"), Some((1951.0, 1.0)));
        assert_eq!(cloze::numeric_answer("1951"), Some((1951.0, 0.0)));
        assert_eq!(cloze::numeric_answer("nineteen"), None);
        // An entity's # is not a feedback mark; a negative grade; a comma in a grade.
        let parsed = cloze::parse("{1:MC:=the State&#8217;s~%-33,5%no~%x%odd}");
        let alternatives = &parsed.gaps[0].alternatives;
        assert_eq!(alternatives[0].answer, "the State&#8217;s");
        assert_eq!(alternatives[1].fraction, -0.335);
        // A grade that is not a number is part of the answer, as in Moodle.
        assert_eq!(
            (alternatives[2].fraction, alternatives[2].answer.as_str()),
            (0.0, "%x%odd")
        );
        // Text in any script, in and around gaps.
        let parsed = cloze::parse("Ж {1:SA:=Женева#Точно~%50%Ženeva} ж");
        assert_eq!(parsed.marked, "Ж [[1]] ж");
        assert_eq!(parsed.gaps[0].alternatives[0].answer, "Женева");
        assert_eq!(
            parsed.gaps[0].alternatives[0].feedback.as_deref(),
            Some("Точно")
        );
        assert_eq!(parsed.gaps[0].alternatives[1].answer, "Ženeva");
        // Braces that are no gap stay text.
        for text in [
            "{a}",
            "{1:sa:=x}",
            "{1:SA:=x",
            "{#1}",
            "{1:SA}",
            "set {1, 2}",
        ] {
            let parsed = cloze::parse(text);
            assert!(parsed.gaps.is_empty(), "{text}");
            assert_eq!(parsed.marked, text);
        }
        assert_eq!(
            cloze::parse("{1:MRS:=a~b}").gaps[0].kind,
            Kind::MultiResponse
        );
        assert_eq!(cloze::parse("{1:REGEXP:=a}").gaps[0].kind, Kind::Unknown);
        assert_eq!(
            cloze::parse("{1:SHORTANSWER_C:=a}").gaps[0].kind,
            Kind::Short {
                case_sensitive: true
            }
        );
    }

    #[test]
    fn drag_and_drop_markers() {
        assert_eq!(next_choice_marker("a [[12]] b"), Some(("a ", 12, " b")));
        assert_eq!(next_choice_marker("[[x]] [[]] [[3]"), None);
        assert_eq!(next_choice_marker("[[[2]]"), Some(("[", 2, "")));
    }

    #[test]
    fn positions_count_characters() {
        let positions = Positions::new("ab\nжx\n");
        assert_eq!(positions.at(0), (1, 1));
        assert_eq!(positions.at(3), (2, 1));
        // After the two bytes of ж: the second character.
        assert_eq!(positions.at(5), (2, 2));
        assert_eq!(positions.end(), (2, 3));
    }

    #[test]
    fn odd_files_never_panic() {
        let cases = [
            "",
            "   ",
            "<quiz/>",
            "<quiz><question/></quiz>",
            "<quiz><question type=\"category\"/></quiz>",
            "<quiz><question type=\"cloze\"><questiontext><text>{1:MC:</text></questiontext></question></quiz>",
            "<quiz><question type=\"cloze\"><questiontext><text>{1:NM:=*~=1:x}</text></questiontext></question></quiz>",
            "<quiz><question type=\"ddwtos\"><questiontext><text>[[0]]</text></questiontext><dragbox><text>a</text></dragbox></question></quiz>",
            "<quiz><question type=\"ddwtos\"><questiontext><text>[[99999999999999999999999]]</text></questiontext></question></quiz>",
            "<quiz><question type=\"truefalse\"><answer fraction=\"100\"><text>x</text></answer><answer><text>y</text></answer><answer/></question></quiz>",
            "<quiz><question type=\"multichoice\"><answer fraction=\"1e400\"><text>a</text></answer></question></quiz>",
            "<quiz><question type=\"matching\"><subquestion/><subquestion><answer/></subquestion></question></quiz>",
            "<quiz><question type=\"shortanswer\"><name><text>&lt;span lang=\"en\" class=\"multilang\"&gt;</text></name></question></quiz>",
            "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY a \"b\">]><quiz/>",
            "<quiz><question type=\"numerical\"><answer fraction=\"100\"><text>1</text><tolerance/></answer></question></quiz>",
        ];
        for case in cases {
            let reading = read(case, Some("mk"));
            assert!(
                reading.items.len() + reading.problems.len() <= 3,
                "{case}: {reading:?}"
            );
        }
        // A numerical answer with an empty <tolerance> has tolerance 0.
        let reading = read(cases[14], None);
        assert_eq!(reading.items[0].answers[0].tolerance, Some(0.0));
        // [[0]] names no choice.
        let reading = read(cases[7], None);
        assert_eq!(
            reading.problems[0].message,
            "ddwtos question: [[0]] names choice 0, but there is 1 choice"
        );
    }
}
