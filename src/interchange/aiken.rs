//! Aiken, read as Moodle's importer (`question/format/aiken/format.php`) reads it: a question is one line of
//! text, then its choices one to a line (`A)` or `A.` then the text), then `ANSWER: X`. Lines are trimmed;
//! lines shorter than two bytes are skipped; the text is literal (no HTML). Single choice only, no feedback.
//!
//! Stricter than Moodle where Moodle would take in a question it then scores wrongly or drops without a word:
//! choices must be labelled A, B, C… in order (Moodle maps the `ANSWER` letter by position, whatever the
//! labels say), the `ANSWER` letter must name one of the choices, and a question the file ends in without its
//! `ANSWER` line is reported.

use super::model::{Answer, Item, ItemType, Problem, Reading};

/// A choice line: a capital letter, `)` or `.`, then (optionally) a space or tab.
fn choice(line: &str) -> Option<(char, &str)> {
    let mut chars = line.chars();
    let label = chars.next().filter(|c| c.is_ascii_uppercase())?;
    let rest = chars.as_str();
    let rest = rest.strip_prefix(')').or_else(|| rest.strip_prefix('.'))?;
    Some((label, rest.trim()))
}

pub fn read(text: &str) -> Reading {
    let mut reading = Reading::default();
    let mut open: Option<Item> = None;
    // A question whose choices went wrong is skipped up to its ANSWER line.
    let mut refused = false;
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let line = line.trim();
        if line.len() < 2 {
            continue;
        }
        if let Some((label, choice_text)) = choice(line) {
            let Some(item) = open.as_mut() else {
                if !refused {
                    reading.problems.push(Problem::at(
                        number,
                        "a choice outside a question: a question's text comes first, on one line",
                    ));
                }
                continue;
            };
            let expected = char::from(b'A' + (item.answers.len() % 26) as u8);
            if label != expected {
                reading.problems.push(Problem::at(
                    number,
                    format!("choice `{label}` where `{expected}` was expected: label the choices A, B, C… in order"),
                ));
                open = None;
                refused = true;
                continue;
            }
            item.answers.push(Answer {
                text: Some(choice_text.to_string()),
                fraction: Some(0.0),
                ..Answer::default()
            });
        } else if let Some(rest) = line.strip_prefix("ANSWER:") {
            let Some(mut item) = open.take() else {
                if !refused {
                    reading
                        .problems
                        .push(Problem::at(number, "an ANSWER line outside a question"));
                }
                refused = false;
                continue;
            };
            refused = false;
            let letter = rest.trim().chars().next();
            let index = letter
                .filter(char::is_ascii_uppercase)
                .map(|c| (c as u8 - b'A') as usize);
            if item.answers.len() < 2 {
                reading.problems.push(Problem::at(
                    item.line,
                    "a question needs at least 2 choices before its ANSWER line",
                ));
                continue;
            }
            match index.and_then(|i| item.answers.get_mut(i)) {
                Some(answer) => answer.fraction = Some(1.0),
                None => {
                    reading.problems.push(Problem::at(
                        number,
                        format!(
                            "ANSWER must be the letter of one of the choices, A to {}",
                            char::from(b'A' + (item.answers.len() - 1) as u8)
                        ),
                    ));
                    continue;
                }
            }
            reading.items.push(item);
        } else {
            if let Some(unfinished) = open.take() {
                reading.problems.push(Problem::at(
                    unfinished.line,
                    "this question has no ANSWER line (a question's text is one line; a second line starts a new question)",
                ));
            }
            refused = false;
            let mut item = Item::new(ItemType::SingleChoice, number, line);
            item.name = None;
            open = Some(item);
        }
    }
    if let Some(unfinished) = open {
        reading.problems.push(Problem::at(
            unfinished.line,
            "this question has no ANSWER line (the file ends before it)",
        ));
    }
    reading
}

#[cfg(test)]
mod tests {
    use super::super::{golden, Format};
    use super::*;

    #[test]
    fn golden_files() {
        assert_eq!(golden::check(Format::Aiken, "aiken"), 1);
    }

    #[test]
    fn choice_labels() {
        assert_eq!(choice("A) 1951"), Some(('A', "1951")));
        assert_eq!(choice("B.\t1967"), Some(('B', "1967")));
        assert_eq!(choice("C)2000"), Some(('C', "2000")));
        assert_eq!(choice("a) lower case"), None);
        assert_eq!(choice("UNHCR was founded"), None);
    }
}
