//! Moodle GIFT, read as Moodle's own importer (`question/format/gift/format.php`) reads it: questions are
//! separated by blank lines; `//` comment lines, `$CATEGORY:` switches, `::name::`, a `[html]`/`[plain]`/
//! `[markdown]`/`[moodle]` text format, the answer block between the first unescaped `{` and `}`, `\`
//! escapes of `:#={}~` and `\n`, `####` general feedback, `#` answer feedback, `%50%` weights (negative too).
//!
//! The question type follows Moodle's rules in its order: no braces, a description; `{}`, an essay; `{#…}`,
//! numerical; any `~`, multiple choice (single when some answer has `=`); `=` with `->`, matching; `T`,
//! `TRUE`, `F`, `FALSE`, true/false; anything else, short answer. Text after the closing brace makes a
//! "missing word" question: here a gap fill with one gap. Where Moodle would take in a question it cannot
//! score (a numerical key that is not a number, a weight beyond ±100 %), this reader refuses it instead.

use super::model::{
    non_empty, Answer, Feedback, Gap, Item, ItemType, NumericValue, Pair, Problem, Reading,
};
use super::text::html_to_text;

/// The characters a backslash escapes, each replaced while parsing by a private-use placeholder (Moodle uses
/// `&&058;`-style strings) so that the structure is found on unescaped characters only.
const ESCAPES: [(char, char); 7] = [
    (':', '\u{E000}'),
    ('#', '\u{E001}'),
    ('=', '\u{E002}'),
    ('{', '\u{E003}'),
    ('}', '\u{E004}'),
    ('~', '\u{E005}'),
    ('n', '\u{E006}'),
];
const BACKSLASH: char = '\u{E007}';

fn escape_pre(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next == '\\' {
                    chars.next();
                    out.push(BACKSLASH);
                    continue;
                }
                if let Some((_, placeholder)) = ESCAPES.iter().find(|(e, _)| *e == next) {
                    chars.next();
                    out.push(*placeholder);
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

fn escape_post(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            BACKSLASH => '\\',
            '\u{E006}' => '\n',
            c => ESCAPES.iter().find(|(_, p)| *p == c).map_or(c, |(e, _)| *e),
        })
        .collect()
}

/// The text formats GIFT names in brackets at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextFormat {
    /// Moodle auto-format: HTML allowed, line breaks kept.
    Moodle,
    Html,
    Plain,
    Markdown,
}

/// A text with its optional `[format]` prefix, as plain text (escapes undone).
fn parse_text(raw: &str, default: TextFormat) -> (String, TextFormat) {
    let mut format = default;
    let mut body = raw;
    if let Some(rest) = raw.strip_prefix('[') {
        if let Some(end) = rest.find(']') {
            let named = match &rest[..end] {
                "moodle" => Some(TextFormat::Moodle),
                "html" => Some(TextFormat::Html),
                "plain" => Some(TextFormat::Plain),
                "markdown" => Some(TextFormat::Markdown),
                _ => None,
            };
            if let Some(named) = named {
                format = named;
                body = &rest[end + 1..];
            }
        }
    }
    let body = escape_post(body);
    let body = body.trim();
    let text = match format {
        TextFormat::Html => html_to_text(body),
        TextFormat::Moodle => html_to_text(&body.replace('\n', "<br>")),
        TextFormat::Plain | TextFormat::Markdown => body.to_string(),
    };
    (text, format)
}

/// A category as Moodle writes it (`$course$/top/Migration law`), without the context and `top`.
pub fn category_path(raw: &str) -> String {
    let mut path = raw.trim();
    if path.starts_with('$') {
        if let Some(slash) = path[1..].find("$/") {
            path = &path[slash + 3..];
        }
    }
    let path = path.strip_prefix("top/").unwrap_or(path);
    path.trim_matches('/').to_string()
}

/// One question's lines, the first at `line`.
struct Block {
    line: usize,
    lines: Vec<String>,
}

/// Questions are separated by lines that are empty once trimmed.
fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            out.extend(current.take());
        } else {
            current
                .get_or_insert_with(|| Block {
                    line: i + 1,
                    lines: Vec::new(),
                })
                .lines
                .push(line.to_string());
        }
    }
    out.extend(current);
    out
}

pub fn read(text: &str) -> Reading {
    let mut reading = Reading::default();
    let mut category: Option<String> = None;
    for block in blocks(text) {
        // Comment lines become blank, so that line numbers within the block still count.
        let joined = block
            .lines
            .iter()
            .map(|l| if l.starts_with("//") { " " } else { l.as_str() })
            .collect::<Vec<_>>()
            .join("\n");
        let leading = joined.len() - joined.trim_start().len();
        let first_line = block.line + joined[..leading].matches('\n').count();
        let text = escape_pre(joined.trim());
        if text.is_empty() {
            continue;
        }
        if let Some(rest) = text.strip_prefix("$CATEGORY:") {
            category = Some(category_path(&escape_post(rest)));
            continue;
        }
        match question(&text, first_line) {
            Ok(mut item) => {
                item.category = category.clone();
                reading.items.push(item);
            }
            Err(problem) => reading.problems.push(problem),
        }
    }
    reading
}

/// The line of byte `offset` of a question's text that starts at `line`.
fn line_at(text: &str, line: usize, offset: usize) -> usize {
    line + text[..offset.min(text.len())].matches('\n').count()
}

/// Moodle's weight prefix: `%`, dashes for a negative weight, 1–2 digits, an optional decimal part, `%`.
fn weight(answer: &str) -> Option<(f64, &str)> {
    let rest = answer.strip_prefix('%')?;
    let end = rest.find('%')?;
    let spec = &rest[..end];
    let digits = spec.trim_start_matches('-');
    let negative = digits.len() < spec.len();
    // Moodle's pattern takes 1–2 digits, then an optional `.`, then digits: `100` passes as `10` + `0`.
    let lead = digits.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &digits[lead.min(2)..];
    let tail = tail.strip_prefix('.').unwrap_or(tail);
    if lead == 0 || !tail.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    Some((
        if negative { -value } else { value } / 100.0,
        &rest[end + 1..],
    ))
}

/// An answer and its feedback: `text#feedback`.
fn answer_and_feedback(raw: &str, format: TextFormat) -> (String, Option<String>) {
    match raw.split_once('#') {
        Some((answer, feedback)) => (
            parse_text(answer.trim(), format).0,
            non_empty(parse_text(feedback.trim(), format).0),
        ),
        None => (parse_text(raw.trim(), format).0, None),
    }
}

/// Splits the answer block on `separator` as Moodle does: the part before the first separator is dropped
/// when it is empty; each answer with the line it starts on.
fn split_answers(block: &str, separator: char, line: usize) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in block.char_indices() {
        if c == separator {
            parts.push((start, &block[start..i]));
            start = i;
        }
    }
    parts.push((start, &block[start..]));
    parts
        .into_iter()
        .enumerate()
        .filter(|(i, (_, part))| !(*i == 0 && part.trim().is_empty()))
        .map(|(_, (offset, part))| (line_at(block, line, offset), part))
        .collect()
}

fn question(text: &str, line: usize) -> Result<Item, Problem> {
    let mut name = None;
    let mut body = text;
    let mut body_line = line;
    if let Some(rest) = text.strip_prefix("::") {
        if let Some(end) = rest.find("::") {
            name = non_empty(escape_post(rest[..end].trim()));
            let after = &rest[end + 2..];
            let trimmed = after.trim_start();
            body_line = line_at(text, line, 2 + end + 2 + (after.len() - trimmed.len()));
            body = trimmed;
        } else {
            body = rest;
        }
    }
    let open = body.find('{');
    let close = body.find('}');
    let (answer_block, answer_line, question_text, missing_word) = match (open, close) {
        (None, None) => {
            let (text, _) = parse_text(body, TextFormat::Moodle);
            let mut item = Item::new(ItemType::Description, line, text);
            item.name = name;
            return Ok(item);
        }
        (Some(open), Some(close)) if open < close => {
            let block = body[open + 1..close].trim();
            let block_line = line_at(body, body_line, open);
            let at_end = body.ends_with('}') && close + 1 == body.len();
            let text = if at_end {
                format!("{}{}", &body[..open], &body[close + 1..])
            } else {
                format!("{}\u{E00F}{}", &body[..open], &body[close + 1..])
            };
            (block, block_line, text, !at_end)
        }
        (Some(open), Some(_)) => {
            return Err(Problem::at(
                line_at(body, body_line, open),
                "a closing } comes before the opening { of the answers (write \\} for a literal brace)",
            ))
        }
        (Some(at), None) | (None, Some(at)) => {
            return Err(Problem::at(
                line_at(body, body_line, at),
                "the answers must be between { and }: one of the two is missing (write \\{ or \\} for a literal brace)",
            ))
        }
    };

    // General feedback: after the last `####` of the answer block.
    let (answer_block, general) = match answer_block.rfind("####") {
        Some(at) => (answer_block[..at].trim(), Some(&answer_block[at + 4..])),
        None => (answer_block, None),
    };
    let (question_text, format) = parse_text(&question_text, TextFormat::Moodle);
    let feedback = Feedback {
        general: general.and_then(|g| non_empty(parse_text(g.trim(), format).0)),
        ..Feedback::default()
    };
    let blank = if missing_word { "[[1]]" } else { "" };
    let question_text = question_text.replace('\u{E00F}', blank);
    let mut item = Item::new(ItemType::Essay, line, question_text);
    item.name = name;
    item.feedback = feedback;

    if answer_block.is_empty() {
        if missing_word {
            return Err(Problem::at(
                answer_line,
                "a missing-word question needs answers between its braces",
            ));
        }
        return Ok(item);
    }
    if let Some(numbers) = answer_block.strip_prefix('#') {
        numerical(&mut item, numbers, answer_line, format)?;
    } else if answer_block.contains('~') {
        choices(&mut item, answer_block, answer_line, format)?;
    } else if answer_block.contains('=') && answer_block.contains("->") {
        matching(&mut item, answer_block, answer_line, format)?;
    } else {
        let check = match answer_block.find('#') {
            Some(at) if at > 0 => answer_block[..at].trim(),
            _ => answer_block,
        };
        if ["T", "TRUE", "F", "FALSE"].contains(&check) {
            true_false(&mut item, answer_block, format);
        } else {
            short_answers(&mut item, answer_block, answer_line, format)?;
        }
    }
    if missing_word {
        into_gap(&mut item);
    }
    Ok(item)
}

/// A missing-word question: its answers become the one gap's (a choice's texts also its options).
fn into_gap(item: &mut Item) {
    let options = match item.kind {
        ItemType::SingleChoice | ItemType::MultipleChoice => {
            item.answers.iter().filter_map(|a| a.text.clone()).collect()
        }
        ItemType::ShortAnswer | ItemType::Numerical => Vec::new(),
        // True/false and matching keep Moodle's blank in the text.
        _ => {
            item.text = item.text.replace("[[1]]", "_____");
            return;
        }
    };
    item.gaps = vec![Gap {
        weight: 1.0,
        answers: std::mem::take(&mut item.answers),
        options,
    }];
    item.kind = ItemType::GapFill;
}

fn choices(item: &mut Item, block: &str, line: usize, format: TextFormat) -> Result<(), Problem> {
    item.kind = if block.contains('=') {
        ItemType::SingleChoice
    } else {
        ItemType::MultipleChoice
    };
    let marked = block.replace('=', "~=");
    for (answer_line, raw) in split_answers(&marked, '~', line) {
        let raw = raw.trim().trim_start_matches('~').trim();
        let (fraction, rest) = if let Some(rest) = raw.strip_prefix('=') {
            (1.0, rest)
        } else if let Some((weight, rest)) = weight(raw) {
            (weight, rest)
        } else {
            (0.0, raw)
        };
        check_fraction(fraction, answer_line)?;
        let (text, feedback) = answer_and_feedback(rest, format);
        if text.is_empty() && feedback.is_none() {
            continue;
        }
        item.answers.push(Answer {
            text: Some(text),
            fraction: Some(fraction),
            feedback,
            ..Answer::default()
        });
    }
    if item.answers.len() < 2 {
        return Err(Problem::at(
            line,
            "a choice question needs at least 2 answers",
        ));
    }
    if !item.answers.iter().any(|a| a.fraction.unwrap_or(0.0) > 0.0) {
        return Err(Problem::at(
            line,
            "no answer earns any mark: mark the right one with = or give weights such as ~%50%",
        ));
    }
    Ok(())
}

fn check_fraction(fraction: f64, line: usize) -> Result<(), Problem> {
    if (-1.0..=1.0).contains(&fraction) {
        Ok(())
    } else {
        Err(Problem::at(
            line,
            format!("a weight of {}% is outside -100%..100%", fraction * 100.0),
        ))
    }
}

fn matching(item: &mut Item, block: &str, line: usize, format: TextFormat) -> Result<(), Problem> {
    item.kind = ItemType::Matching;
    for (pair_line, raw) in split_answers(block, '=', line) {
        let raw = raw.trim().trim_start_matches('=');
        let Some((left, right)) = raw.split_once("->") else {
            return Err(Problem::at(
                pair_line,
                "each matching pair is written =left -> right",
            ));
        };
        let left = parse_text(left.trim(), format).0;
        let right = escape_post(right.trim());
        if left.is_empty() {
            item.extra_right.push(right);
        } else {
            item.pairs.push(Pair { left, right });
        }
    }
    if item.pairs.len() + item.extra_right.len() < 2 || item.pairs.is_empty() {
        return Err(Problem::at(
            line,
            "a matching question needs at least 2 pairs",
        ));
    }
    Ok(())
}

fn true_false(item: &mut Item, block: &str, format: TextFormat) {
    item.kind = ItemType::TrueFalse;
    let mut parts = block.splitn(3, '#');
    let key = parts.next().unwrap_or("").trim();
    let wrong = parts
        .next()
        .and_then(|t| non_empty(parse_text(t.trim(), format).0));
    let right = parts
        .next()
        .and_then(|t| non_empty(parse_text(t.trim(), format).0));
    let key = key == "T" || key == "TRUE";
    item.key = Some(key);
    if key {
        (item.feedback.if_true, item.feedback.if_false) = (right, wrong);
    } else {
        (item.feedback.if_true, item.feedback.if_false) = (wrong, right);
    }
}

fn short_answers(
    item: &mut Item,
    block: &str,
    line: usize,
    format: TextFormat,
) -> Result<(), Problem> {
    item.kind = ItemType::ShortAnswer;
    for (_, fraction, rest) in weighted_answers(block, line)? {
        let (text, feedback) = answer_and_feedback(rest, format);
        if text.is_empty() {
            continue;
        }
        item.answers.push(Answer {
            text: Some(text),
            fraction: Some(fraction),
            feedback,
            ..Answer::default()
        });
    }
    if item.answers.is_empty() {
        return Err(Problem::at(
            line,
            "a short-answer question needs at least one answer",
        ));
    }
    Ok(())
}

/// The `=`-separated answers of a short-answer or numerical question: each with its line, its weight (full
/// marks unless a `%weight%` says otherwise) and the rest of its text.
fn weighted_answers(block: &str, line: usize) -> Result<Vec<(usize, f64, &str)>, Problem> {
    split_answers(block, '=', line)
        .into_iter()
        .map(|(answer_line, raw)| {
            let raw = raw.trim().trim_start_matches('=').trim();
            let (fraction, rest) = weight(raw).unwrap_or((1.0, raw));
            check_fraction(fraction, answer_line)?;
            Ok((answer_line, fraction, rest))
        })
        .collect()
}

/// A number as PHP's `is_numeric` takes it (finite decimals and exponents, surrounding spaces).
fn number(text: &str) -> Option<f64> {
    let text = text.trim();
    let ok = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    text.parse::<f64>().ok().filter(|v| ok && v.is_finite())
}

fn numerical(item: &mut Item, block: &str, line: usize, format: TextFormat) -> Result<(), Problem> {
    item.kind = ItemType::Numerical;
    let (block, wrong) = match block.find('~') {
        Some(at) => (&block[..at], Some(&block[at..])),
        None => (block, None),
    };
    for (answer_line, fraction, rest) in weighted_answers(block, line)? {
        let (spec, feedback) = answer_and_feedback(rest, TextFormat::Plain);
        let feedback = feedback.map(|f| parse_text(&f, format).0);
        let not_number = |what: &str| {
            Problem::at(
                answer_line,
                format!(
                    "`{what}` is not a number (a numerical answer is N, N:tolerance or min..max)"
                ),
            )
        };
        let (value, tolerance) = if let Some((min, max)) =
            spec.split_once("..").filter(|(m, _)| !m.is_empty())
        {
            let min = number(min).ok_or_else(|| not_number(min))?;
            let max = number(max).ok_or_else(|| not_number(max))?;
            let mid = (min + max) / 2.0;
            (NumericValue::Number(mid), max - mid)
        } else if let Some((value, tolerance)) = spec.split_once(':').filter(|(v, _)| !v.is_empty())
        {
            (
                NumericValue::Number(number(value).ok_or_else(|| not_number(value))?),
                number(tolerance).ok_or_else(|| not_number(tolerance))?,
            )
        } else if spec.trim() == "*" {
            (NumericValue::Any, 0.0)
        } else {
            (
                NumericValue::Number(number(&spec).ok_or_else(|| not_number(&spec))?),
                0.0,
            )
        };
        item.answers.push(Answer {
            value: Some(value),
            tolerance: Some(tolerance),
            fraction: Some(fraction),
            feedback,
            ..Answer::default()
        });
    }
    if item.answers.is_empty() {
        return Err(Problem::at(
            line,
            "a numerical question needs at least one answer after #",
        ));
    }
    if let Some(wrong) = wrong {
        let feedback = wrong
            .split_once('#')
            .and_then(|(_, f)| non_empty(parse_text(f.trim(), format).0));
        item.answers.push(Answer {
            value: Some(NumericValue::Any),
            fraction: Some(0.0),
            feedback,
            ..Answer::default()
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{golden, Format};
    use super::*;

    #[test]
    fn golden_files() {
        assert_eq!(golden::check(Format::Gift, "gift"), 2);
    }

    #[test]
    fn weights_follow_moodles_pattern() {
        assert_eq!(weight("%50%Asylum"), Some((0.5, "Asylum")));
        let (w, rest) = weight("%-33.33333%x").expect("a weight");
        assert!((w + 0.3333333).abs() < 1e-12 && rest == "x");
        assert_eq!(weight("%100%x"), Some((1.0, "x")));
        assert_eq!(weight("%abc%x"), None);
        assert_eq!(weight("50%x"), None);
    }

    #[test]
    fn escapes_survive_the_structure() {
        let r = read("What does \\{x\\} mean \\= 1\\: ok\\#? {=a\\~b}");
        assert_eq!(r.problems, vec![]);
        assert_eq!(r.items[0].text, "What does {x} mean = 1: ok#?");
        assert_eq!(r.items[0].answers[0].text.as_deref(), Some("a~b"));
    }

    #[test]
    fn categories_lose_their_context_and_top() {
        assert_eq!(
            category_path(" $course$/top/Migration law/Asylum "),
            "Migration law/Asylum"
        );
        assert_eq!(category_path("Trafficking"), "Trafficking");
    }
}
