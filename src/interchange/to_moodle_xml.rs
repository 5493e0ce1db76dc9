//! Moodle XML written from the neutral form of a bank's questions ([`from_bank::export`]), as Moodle's own
//! exporter writes it, so that Moodle imports it and ispit's reader ([`super::moodle_xml`]) reads back the
//! same questions.
//!
//! One locale gives plain texts; several give Moodle's multi-language spans
//! (`<span lang="mk" class="multilang">…</span>`, shown by Moodle's multilang filter), in the language codes
//! of Moodle's language packs. Texts are escaped HTML with `<br>` for line breaks. Short-answer patterns and
//! numbers are the same in every language. The settings only ispit has go into an `<ispit>` element of
//! the question (TOML), which Moodle's importer ignores.
//!
//! [`from_bank::export`]: super::from_bank::export

use super::from_bank::Exported;
use super::model::{Answer, Item, ItemType, NumericValue};
use crate::i18n::Locale;

/// The language code of Moodle's language pack for a locale (Montenegrin, which has none, by its ISO code).
pub fn moodle_lang(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "en",
        Locale::SrCyrl => "sr_cr",
        Locale::SrLatn => "sr_lt",
        Locale::Bs => "bs",
        Locale::Hr => "hr",
        Locale::Cnr => "cnr",
        Locale::Mk => "mk",
        Locale::Sq => "sq",
    }
}

/// What Moodle will not score as ispit does, besides what no other system does (`Exported::notes`).
pub fn notes(item: &Item) -> Vec<String> {
    let mut notes = Vec::new();
    if super::from_bank::setting(item, "negative_marking") == Some(true) {
        notes.push(
            "negative marking (a total below zero) is kept for ispit only: Moodle floors it at zero"
                .to_string(),
        );
    }
    if is_cloze(item) {
        notes.push("written as Cloze (a gap is typed in); Moodle reads the gaps of every language in a Cloze text, so give Moodle one language per file (--locale)".to_string());
        let points = item.points.unwrap_or(1.0);
        if points != item.gaps.len() as f64 {
            notes.push(format!("Moodle gives this Cloze question one mark per gap ({}); its {points} points are kept for ispit only", item.gaps.len()));
        }
    }
    notes
}

/// The whole file.
pub fn write(questions: &[Exported]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    let mut category: Option<&str> = None;
    for q in questions {
        let Some((_, first)) = q.items.first() else {
            continue;
        };
        if first.category.as_deref() != category {
            category = first.category.as_deref();
            out.push_str(&format!(
                "  <question type=\"category\">\n    <category><text>$course$/top/{}</text></category>\n  </question>\n",
                escape(category.unwrap_or("imported"))
            ));
        }
        question(&mut out, &q.items);
    }
    out.push_str("</quiz>\n");
    out
}

/// Text as HTML: escaped, line breaks as `<br>`.
fn html(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

/// One text in every locale: the same text once, else one multilang span per locale.
fn multilang(items: &[(Locale, Item)], text: impl Fn(&Item) -> Option<String>) -> String {
    let texts: Vec<(Locale, String)> = items
        .iter()
        .map(|(l, item)| (*l, text(item).unwrap_or_default()))
        .collect();
    match texts.as_slice() {
        [] => String::new(),
        [(_, one), rest @ ..] if rest.iter().all(|(_, t)| t == one) => html(one),
        _ => texts
            .iter()
            .map(|(l, t)| {
                format!(
                    "<span lang=\"{}\" class=\"multilang\">{}</span>",
                    moodle_lang(*l),
                    html(t)
                )
            })
            .collect(),
    }
}

/// `<tag format="html"><text>…</text></tag>`.
fn rich(tag: &str, html: &str) -> String {
    if html.is_empty() {
        format!("<{tag} format=\"html\"><text></text></{tag}>")
    } else {
        format!(
            "<{tag} format=\"html\"><text>{}</text></{tag}>",
            cdata(html)
        )
    }
}

/// A fraction as Moodle writes grades: percent, up to seven decimals.
fn percent(fraction: f64) -> String {
    let text = format!("{:.7}", fraction * 100.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

fn question(out: &mut String, items: &[(Locale, Item)]) {
    let Some((_, first)) = items.first() else {
        return;
    };
    let moodle_type = match first.kind {
        ItemType::SingleChoice | ItemType::MultipleChoice => "multichoice",
        ItemType::TrueFalse => "truefalse",
        ItemType::ShortAnswer => "shortanswer",
        ItemType::Numerical => "numerical",
        ItemType::Matching => "matching",
        ItemType::GapFill if is_cloze(first) => "cloze",
        ItemType::GapFill => "gapselect",
        ItemType::Ordering => "ordering",
        ItemType::Essay => "essay",
        ItemType::Description | ItemType::Unsupported => "description",
    };
    let name = first.name.clone().unwrap_or_default();
    let mut lines: Vec<String> = vec![
        format!("<name><text>{}</text></name>", escape(&name)),
        rich("questiontext", &question_text(items)),
        rich(
            "generalfeedback",
            &multilang(items, |i| i.feedback.general.clone()),
        ),
        format!(
            "<defaultgrade>{}</defaultgrade>",
            first.points.unwrap_or(1.0)
        ),
        "<penalty>0</penalty>".to_string(),
        "<hidden>0</hidden>".to_string(),
        format!("<idnumber>{}</idnumber>", escape(&name)),
    ];
    match first.kind {
        ItemType::SingleChoice | ItemType::MultipleChoice => choices(&mut lines, items),
        ItemType::TrueFalse => {
            let key = first.key.unwrap_or(true);
            for (word, right) in [("true", key), ("false", !key)] {
                lines.push(format!(
                    "<answer fraction=\"{}\" format=\"moodle_auto_format\"><text>{word}</text>{}</answer>",
                    if right { 100 } else { 0 },
                    rich("feedback", "")
                ));
            }
        }
        ItemType::ShortAnswer => {
            let case = first.case_sensitive.unwrap_or(false);
            lines.push(format!("<usecase>{}</usecase>", u8::from(case)));
            for answer in &first.answers {
                lines.push(format!(
                    "<answer fraction=\"{}\" format=\"moodle_auto_format\"><text>{}</text>{}</answer>",
                    percent(answer.fraction.unwrap_or(0.0)),
                    escape(answer.text.as_deref().unwrap_or("")),
                    rich("feedback", "")
                ));
            }
        }
        ItemType::Numerical => {
            for answer in &first.answers {
                let value = match answer.value {
                    Some(NumericValue::Number(v)) => v.to_string(),
                    _ => "*".to_string(),
                };
                lines.push(format!(
                    "<answer fraction=\"{}\" format=\"moodle_auto_format\"><text>{value}</text>{}<tolerance>{}</tolerance></answer>",
                    percent(answer.fraction.unwrap_or(0.0)),
                    rich("feedback", ""),
                    answer.tolerance.unwrap_or(0.0)
                ));
            }
        }
        ItemType::Matching => {
            lines.push("<shuffleanswers>true</shuffleanswers>".to_string());
            combined_feedback(&mut lines);
            for n in 0..first.pairs.len() {
                lines.push(format!(
                    "<subquestion format=\"html\"><text>{}</text><answer><text>{}</text></answer></subquestion>",
                    cdata(&multilang(items, |i| i.pairs.get(n).map(|p| p.left.clone()))),
                    cdata(&multilang(items, |i| i.pairs.get(n).map(|p| p.right.clone())))
                ));
            }
            for n in 0..first.extra_right.len() {
                lines.push(format!(
                    "<subquestion format=\"html\"><text></text><answer><text>{}</text></answer></subquestion>",
                    cdata(&multilang(items, |i| i.extra_right.get(n).cloned()))
                ));
            }
        }
        // The gaps are in the text.
        ItemType::GapFill if is_cloze(first) => {}
        ItemType::GapFill => {
            lines.push("<shuffleanswers>1</shuffleanswers>".to_string());
            combined_feedback(&mut lines);
            // Each gap's options are a group of their own; `[[k]]` names the gap's right option.
            for (g, gap) in first.gaps.iter().enumerate() {
                for n in 0..gap.options.len() {
                    lines.push(format!(
                        "<selectoption><text>{}</text><group>{}</group></selectoption>",
                        cdata(&multilang(items, |i| i
                            .gaps
                            .get(g)
                            .and_then(|gap| gap.options.get(n).cloned()))),
                        g + 1
                    ));
                }
            }
        }
        ItemType::Ordering => {
            lines.push("<layouttype>VERTICAL</layouttype>".to_string());
            lines.push("<selecttype>ALL</selecttype>".to_string());
            lines.push("<selectcount>0</selectcount>".to_string());
            if let Some(grading) = &first.order_grading {
                lines.push(format!(
                    "<gradingtype>{}</gradingtype>",
                    escape(grading.moodle_name())
                ));
            }
            lines.push("<showgrading>SHOW</showgrading>".to_string());
            lines.push("<numberingstyle>none</numberingstyle>".to_string());
            combined_feedback(&mut lines);
            for n in 0..first.order.len() {
                lines.push(format!(
                    "<answer fraction=\"{}\" format=\"html\"><text>{}</text></answer>",
                    n + 1,
                    cdata(&multilang(items, |i| i.order.get(n).cloned()))
                ));
            }
        }
        ItemType::Essay => {
            lines.push("<responseformat>editor</responseformat>".to_string());
            lines.push("<responserequired>1</responserequired>".to_string());
            lines.push("<responsefieldlines>15</responsefieldlines>".to_string());
            lines.push("<attachments>0</attachments>".to_string());
            lines.push(rich(
                "graderinfo",
                &multilang(items, |i| i.grader_info.clone()),
            ));
            lines.push(rich("responsetemplate", ""));
        }
        ItemType::Description | ItemType::Unsupported => {}
    }
    if !first.tags.is_empty() {
        let tags: String = first
            .tags
            .iter()
            .map(|t| format!("<tag><text>{}</text></tag>", escape(t)))
            .collect();
        lines.push(format!("<tags>{tags}</tags>"));
    }
    if let Some(extension) = extension_of(first) {
        lines.push(format!("<ispit>{}</ispit>", cdata(&extension)));
    }
    out.push_str(&format!("  <question type=\"{moodle_type}\">\n"));
    for line in lines {
        out.push_str("    ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("  </question>\n");
}

/// Whether a gap fill goes to Moodle as Cloze: some gap is typed in, which Moodle's select-missing-words
/// question cannot ask.
fn is_cloze(item: &Item) -> bool {
    item.has_typed_gaps()
}

/// A Cloze question's text: each `[[n]]` as its gap, `{1:MULTICHOICE:=right~wrong}`,
/// `{1:SHORTANSWER:=pattern~=pattern}` (`_C` when case counts) or `{1:NUMERICAL:=value:tolerance}`.
/// Every gap weighs 1, as ispit shares the marks equally.
fn cloze_text(item: &Item) -> String {
    // Moodle's Cloze escapes; `*` stays Moodle's (and ispit's) wildcard.
    let esc = |t: &str| {
        t.replace('}', "\\}")
            .replace('#', "\\#")
            .replace('~', "\\~")
    };
    let mut text = item.text.clone();
    for (n, gap) in item.gaps.iter().enumerate() {
        let key = gap.answers.first().and_then(|a| a.text.as_deref());
        let markup = if !gap.options.is_empty() {
            let alternatives: Vec<String> = gap
                .options
                .iter()
                .map(|o| {
                    format!(
                        "{}{}",
                        if Some(o.as_str()) == key { "=" } else { "" },
                        esc(o)
                    )
                })
                .collect();
            format!("{{1:MULTICHOICE:{}}}", alternatives.join("~"))
        } else if let Some(Answer {
            value: Some(NumericValue::Number(v)),
            tolerance,
            ..
        }) = gap.answers.first()
        {
            format!("{{1:NUMERICAL:={v}:{}}}", tolerance.unwrap_or(0.0))
        } else {
            let case = if item.case_sensitive == Some(true) {
                "_C"
            } else {
                ""
            };
            let alternatives: Vec<String> = gap
                .answers
                .iter()
                .map(|a| format!("={}", esc(a.text.as_deref().unwrap_or(""))))
                .collect();
            format!("{{1:SHORTANSWER{case}:{}}}", alternatives.join("~"))
        };
        text = text.replacen(&format!("[[{}]]", n + 1), &markup, 1);
    }
    text
}

/// The `<ispit>` settings: the bank's, and for Cloze the question's points when they are not its number
/// of gaps (Moodle gives a Cloze question one mark per gap of weight 1).
fn extension_of(item: &Item) -> Option<String> {
    let points = item.points.unwrap_or(1.0);
    let cloze_points = (is_cloze(item) && points != item.gaps.len() as f64)
        .then(|| format!("points = {points}\n"));
    match (&item.extension, cloze_points) {
        (None, None) => None,
        (Some(e), None) => Some(e.clone()),
        (e, Some(p)) => Some(format!("{}{p}", e.as_deref().unwrap_or(""))),
    }
}

/// The question text; a gap fill's `[[n]]` (its n-th gap) becomes `[[k]]`, the number of the gap's right
/// option among all the options, as Moodle's select-missing-words question has it.
fn question_text(items: &[(Locale, Item)]) -> String {
    let Some((_, first)) = items.first() else {
        return String::new();
    };
    if first.kind != ItemType::GapFill {
        return multilang(items, |i| Some(i.text.clone()));
    }
    if is_cloze(first) {
        return multilang(items, |i| Some(cloze_text(i)));
    }
    let mut before = 0;
    let mut numbers = Vec::new();
    for gap in &first.gaps {
        let key = gap
            .answers
            .first()
            .and_then(|a| a.text.as_ref())
            .and_then(|key| gap.options.iter().position(|o| o == key))
            .unwrap_or(0);
        numbers.push(before + key + 1);
        before += gap.options.len();
    }
    multilang(items, |i| {
        let mut text = i.text.clone();
        // Placeholders first, so that `[[1]]` → `[[3]]` is not taken again for gap 3.
        for n in 1..=numbers.len() {
            text = text.replacen(&format!("[[{n}]]"), &format!("\u{E010}{n}\u{E011}"), 1);
        }
        for (n, k) in numbers.iter().enumerate() {
            text = text.replacen(
                &format!("\u{E010}{}\u{E011}", n + 1),
                &format!("[[{k}]]"),
                1,
            );
        }
        Some(text)
    })
}

fn choices(lines: &mut Vec<String>, items: &[(Locale, Item)]) {
    let Some((_, first)) = items.first() else {
        return;
    };
    let single = first.kind == ItemType::SingleChoice;
    lines.push(format!("<single>{single}</single>"));
    lines.push("<shuffleanswers>true</shuffleanswers>".to_string());
    lines.push("<answernumbering>abc</answernumbering>".to_string());
    combined_feedback(lines);
    for (n, answer) in first.answers.iter().enumerate() {
        lines.push(format!(
            "<answer fraction=\"{}\" format=\"html\"><text>{}</text>{}</answer>",
            percent(answer.fraction.unwrap_or(0.0)),
            cdata(&multilang(items, |i| i
                .answers
                .get(n)
                .and_then(|a| a.text.clone()))),
            rich(
                "feedback",
                &multilang(items, |i| i.answers.get(n).and_then(|a| a.feedback.clone()))
            )
        ));
    }
}

/// Moodle writes the three combined feedbacks, empty when the question has none (ispit's banks have none).
fn combined_feedback(lines: &mut Vec<String>) {
    for tag in [
        "correctfeedback",
        "partiallycorrectfeedback",
        "incorrectfeedback",
    ] {
        lines.push(rich(tag, ""));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_are_written_as_moodle_writes_them() {
        assert_eq!(percent(1.0), "100");
        assert_eq!(percent(0.5), "50");
        assert_eq!(percent(1.0 / 3.0), "33.3333333");
        assert_eq!(percent(-1.0 / 3.0), "-33.3333333");
        assert_eq!(percent(0.0), "0");
        assert_eq!(percent(-0.0), "0");
    }

    #[test]
    fn texts_are_escaped_html_and_cdata_cannot_be_closed_early() {
        assert_eq!(
            html("a < b & \"c\"\nd"),
            "a &lt; b &amp; &quot;c&quot;<br>d"
        );
        assert_eq!(cdata("x]]>y"), "<![CDATA[x]]]]><![CDATA[>y]]>");
    }
}
