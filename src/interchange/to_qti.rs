//! A QTI 3.0 content package written from the neutral form of a bank's questions ([`from_bank::export`]):
//! one item per question and locale (a QTI item has one language, its `xml:lang`), each scored by a
//! written-out response processing that gives every answer the points ispit gives it, and an
//! `imsmanifest.xml` listing them. ispit's reader ([`super::qti`], [`super::package`]) reads it back.
//!
//! What QTI has no place for rides in each resource's metadata as ispit's settings (TOML in
//! `<ispit:settings>`, [`ISPIT_NAMESPACE`]), which other systems ignore: the settings of
//! [`from_bank::EXTENSION_KEYS`], the question's category and tags, that a two-choice question is ispit's
//! true/false, that an ordering gives marks for the neighbouring pairs kept, that `*` in a short answer is
//! ispit's wildcard (other systems compare it as written), and numerical partial credit within a
//! tolerance (QTI's mapping compares exact values).
//!
//! [`from_bank::export`]: super::from_bank::export
//! [`from_bank::EXTENSION_KEYS`]: super::from_bank::EXTENSION_KEYS

use std::io::{Cursor, Write};

use toml_edit::{value, Array, DocumentMut, InlineTable};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::from_bank::Exported;
use super::model::{Item, ItemType, NumericValue, OrderGrading};
pub use super::package::ISPIT_NAMESPACE;
use crate::i18n::Locale;

const QTI_NAMESPACE: &str = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";

/// The words of a true/false question's two choices in a locale ("True", "False").
pub type TrueFalseLabels<'a> = &'a dyn Fn(Locale) -> [String; 2];

/// The interface's own words for true and false (`answer-true`, `answer-false`), as learners see them.
pub fn ui_true_false(ui: &crate::i18n::Texts, locale: Locale) -> [String; 2] {
    [
        ui.format(locale, "answer-true", None, None),
        ui.format(locale, "answer-false", None, None),
    ]
}

/// The package as the bytes of a zip. Items are under `items/`, one folder per locale when there are
/// several.
pub fn write_package(
    course_id: &str,
    questions: &[Exported],
    labels: TrueFalseLabels<'_>,
) -> Result<Vec<u8>, String> {
    let several = questions.first().is_some_and(|q| q.items.len() > 1);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut resources = String::new();
    for q in questions {
        for (locale, item) in &q.items {
            let (identifier, path) = if several {
                (
                    format!("{}-{}", q.id, locale.tag()),
                    format!("items/{}/{}.xml", locale.tag(), q.id),
                )
            } else {
                (q.id.clone(), format!("items/{}.xml", q.id))
            };
            let xml = item_xml(&identifier, *locale, item, labels);
            zip.start_file(path.as_str(), options)
                .and_then(|()| zip.write_all(xml.as_bytes()).map_err(Into::into))
                .map_err(|e| format!("{path}: {e}"))?;
            resources.push_str(&format!(
                "    <resource identifier=\"R-{}\" type=\"imsqti_item_xmlv3p0\" href=\"{}\">\n",
                attr(&identifier),
                attr(&path)
            ));
            if let Some(settings) = settings(item) {
                resources.push_str(&format!(
                    "      <metadata>\n        <ispit:settings>{}</ispit:settings>\n      </metadata>\n",
                    cdata(&settings)
                ));
            }
            resources.push_str(&format!(
                "      <file href=\"{}\"/>\n    </resource>\n",
                attr(&path)
            ));
        }
    }
    let manifest = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" xmlns:ispit=\"{ISPIT_NAMESPACE}\" identifier=\"M-{}\">\n\
         \x20 <metadata>\n    <schema>QTI Package</schema>\n    <schemaversion>3.0.0</schemaversion>\n  </metadata>\n\
         \x20 <organizations/>\n  <resources>\n{resources}  </resources>\n</manifest>\n",
        attr(course_id)
    );
    zip.start_file("imsmanifest.xml", options)
        .and_then(|()| zip.write_all(manifest.as_bytes()).map_err(Into::into))
        .map_err(|e| format!("imsmanifest.xml: {e}"))?;
    zip.finish()
        .map(Cursor::into_inner)
        .map_err(|e| format!("the zip: {e}"))
}

/// What a system other than ispit will not score as ispit does from the item, besides what no other
/// system does (`Exported::notes`).
pub fn notes(item: &Item) -> Vec<String> {
    let mut notes = Vec::new();
    match item.kind {
        ItemType::TrueFalse => notes.push("true/false is a choice between two in QTI".to_string()),
        ItemType::Ordering if item.order_grading == Some(OrderGrading::RelativeToNext) => notes.push(
            "marks for the neighbouring pairs kept are ispit's only: QTI scores the whole order".to_string(),
        ),
        ItemType::ShortAnswer | ItemType::GapFill if has_wildcards(item) => notes.push(
            "`*` in an answer is ispit's wildcard: another system compares it as written".to_string(),
        ),
        ItemType::Numerical if numerical_partial_within_tolerance(item).is_some() => notes.push(
            "partial marks within a tolerance are ispit's only: QTI gives marks for the right value".to_string(),
        ),
        _ => {}
    }
    notes
}

/// ispit's settings for the item (see the module's documentation), `None` when it needs none.
fn settings(item: &Item) -> Option<String> {
    let mut doc: DocumentMut = item
        .extension
        .as_deref()
        .unwrap_or("")
        .parse()
        .unwrap_or_default();
    // The bank's default, said outright: QTI's own reading of a text compares it as written.
    let typed_words = item.has_typed_gaps()
        && item
            .gaps
            .iter()
            .any(|g| g.options.is_empty() && g.answers.iter().any(|a| a.text.is_some()));
    if (item.kind == ItemType::ShortAnswer || typed_words)
        && !doc.contains_key("diacritics_sensitive")
    {
        doc.insert("diacritics_sensitive", value(false));
    }
    if has_wildcards(item) {
        doc.insert("wildcards", value(true));
    }
    if let Some(category) = &item.category {
        doc.insert("category", value(category.as_str()));
    }
    if !item.tags.is_empty() {
        doc.insert("tags", value(item.tags.iter().collect::<Array>()));
    }
    if item.kind == ItemType::TrueFalse {
        doc.insert("type", value("true-false"));
    }
    if item.order_grading == Some(OrderGrading::RelativeToNext) {
        doc.insert("ordering_scoring", value("partial"));
    }
    if let Some(partial) = numerical_partial_within_tolerance(item) {
        doc.insert("partial", value(partial));
    }
    (!doc.is_empty()).then(|| doc.to_string())
}

/// Whether a short answer (or a typed gap) has a pattern with `*`, ispit's wildcard.
fn has_wildcards(item: &Item) -> bool {
    let starred = |answers: &[super::model::Answer]| {
        answers
            .iter()
            .any(|a| a.text.as_deref().is_some_and(|t| t.contains('*')))
    };
    match item.kind {
        ItemType::ShortAnswer => starred(&item.answers),
        ItemType::GapFill => item
            .gaps
            .iter()
            .any(|g| g.options.is_empty() && starred(&g.answers)),
        _ => false,
    }
}

/// A numerical question's partly right answers, when QTI cannot score them: some has a tolerance, or
/// the right answer has one (the mapping that gives partial marks compares exact values).
fn numerical_partial_within_tolerance(item: &Item) -> Option<Array> {
    if item.kind != ItemType::Numerical || item.answers.len() < 2 || exact_numbers(item) {
        return None;
    }
    let mut partial = Array::new();
    for answer in &item.answers[1..] {
        let Some(NumericValue::Number(v)) = answer.value else {
            continue;
        };
        let mut entry = InlineTable::new();
        entry.insert("answer", v.into());
        entry.insert("tolerance", answer.tolerance.unwrap_or(0.0).into());
        entry.insert("fraction", answer.fraction.unwrap_or(0.0).into());
        partial.push(entry);
    }
    Some(partial)
}

/// Whether every answer of a numerical question is exact (no tolerance).
fn exact_numbers(item: &Item) -> bool {
    item.answers
        .iter()
        .all(|a| a.tolerance.unwrap_or(0.0) == 0.0)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn attr(text: &str) -> String {
    escape(text).replace('"', "&quot;")
}

fn cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

/// Plain text as one paragraph, line breaks kept.
fn paragraph(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("<p>{}</p>", escape(text).replace('\n', "<br/>"))
    }
}

/// A number as QTI values are written: the shortest form that reads back the same.
fn num(x: f64) -> String {
    format!("{x}")
}

fn float(x: f64) -> String {
    format!(
        "<qti-base-value base-type=\"float\">{}</qti-base-value>",
        num(x)
    )
}

/// `SCORE` set to `score` when `response` equals its correct response (`match`, or `equal` within
/// `tolerance` for numbers), else to 0; or, `add`ing, increased by `score`.
fn when_correct(response: &str, score: f64, tolerance: Option<f64>, add: bool) -> String {
    let condition = match tolerance {
        Some(t) => format!(
            "<qti-equal tolerance-mode=\"absolute\" tolerance=\"{t} {t}\"><qti-variable identifier=\"{response}\"/><qti-correct identifier=\"{response}\"/></qti-equal>",
            t = num(t)
        ),
        None => format!(
            "<qti-match><qti-variable identifier=\"{response}\"/><qti-correct identifier=\"{response}\"/></qti-match>"
        ),
    };
    if add {
        format!(
            "<qti-response-condition><qti-response-if>{condition}<qti-set-outcome-value identifier=\"SCORE\"><qti-sum><qti-variable identifier=\"SCORE\"/>{}</qti-sum></qti-set-outcome-value></qti-response-if></qti-response-condition>",
            float(score)
        )
    } else {
        format!(
            "<qti-response-condition><qti-response-if>{condition}<qti-set-outcome-value identifier=\"SCORE\">{}</qti-set-outcome-value></qti-response-if><qti-response-else><qti-set-outcome-value identifier=\"SCORE\">{}</qti-set-outcome-value></qti-response-else></qti-response-condition>",
            float(score),
            float(0.0)
        )
    }
}

/// `SCORE` set to the mapped value of `response`, 0 when it is not answered (the map_response template).
fn mapped(response: &str) -> String {
    format!(
        "<qti-response-condition><qti-response-if><qti-is-null><qti-variable identifier=\"{response}\"/></qti-is-null><qti-set-outcome-value identifier=\"SCORE\">{}</qti-set-outcome-value></qti-response-if><qti-response-else><qti-set-outcome-value identifier=\"SCORE\"><qti-map-response identifier=\"{response}\"/></qti-set-outcome-value></qti-response-else></qti-response-condition>",
        float(0.0)
    )
}

/// A response declaration: its correct values and, given entries, a mapping.
struct Declaration<'a> {
    identifier: &'a str,
    cardinality: &'a str,
    base_type: &'a str,
    correct: Vec<String>,
    /// (key, value, case-sensitive).
    entries: Vec<(String, f64, Option<bool>)>,
    bounds: (Option<f64>, Option<f64>),
}

impl Declaration<'_> {
    fn xml(&self) -> String {
        let mut out = format!(
            "  <qti-response-declaration identifier=\"{}\" cardinality=\"{}\" base-type=\"{}\">\n",
            self.identifier, self.cardinality, self.base_type
        );
        if !self.correct.is_empty() {
            out.push_str("    <qti-correct-response>");
            for value in &self.correct {
                out.push_str(&format!("<qti-value>{}</qti-value>", escape(value)));
            }
            out.push_str("</qti-correct-response>\n");
        }
        if !self.entries.is_empty() {
            let bound = |name: &str, b: Option<f64>| {
                b.map(|b| format!(" {name}=\"{}\"", num(b)))
                    .unwrap_or_default()
            };
            out.push_str(&format!(
                "    <qti-mapping default-value=\"0\"{}{}>\n",
                bound("lower-bound", self.bounds.0),
                bound("upper-bound", self.bounds.1)
            ));
            for (key, mapped, case) in &self.entries {
                let case = case
                    .map(|c| format!(" case-sensitive=\"{c}\""))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "      <qti-map-entry map-key=\"{}\" mapped-value=\"{}\"{case}/>\n",
                    attr(key),
                    num(*mapped)
                ));
            }
            out.push_str("    </qti-mapping>\n");
        }
        out.push_str("  </qti-response-declaration>\n");
        out
    }
}

/// What an item's parts come to: declarations, body, the statements that score it.
#[derive(Default)]
struct Parts {
    declarations: Vec<String>,
    body: String,
    scoring: Vec<String>,
    /// Whether choices carry feedback (a `FEEDBACK` outcome set to the response), and its cardinality.
    choice_feedback: Option<&'static str>,
}

fn item_xml(identifier: &str, locale: Locale, item: &Item, labels: TrueFalseLabels<'_>) -> String {
    let points = item.points.unwrap_or(1.0);
    let mut parts = match item.kind {
        ItemType::SingleChoice | ItemType::MultipleChoice | ItemType::TrueFalse => {
            choice(item, points, locale, labels)
        }
        ItemType::ShortAnswer => short(item, points),
        ItemType::Numerical => numerical(item, points),
        ItemType::Matching => matching(item, points),
        ItemType::GapFill => gap_fill(item, points),
        ItemType::Ordering => ordering(item, points),
        ItemType::Essay => essay(item),
        ItemType::Description | ItemType::Unsupported => Parts {
            body: paragraph(&item.text),
            ..Parts::default()
        },
    };
    let general = item.feedback.general.as_deref().filter(|g| !g.is_empty());
    let scored = !matches!(item.kind, ItemType::Description | ItemType::Unsupported);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qti-assessment-item xmlns=\"{QTI_NAMESPACE}\" identifier=\"{}\" title=\"{}\" adaptive=\"false\" time-dependent=\"false\" xml:lang=\"{}\">\n",
        attr(identifier),
        attr(item.name.as_deref().unwrap_or(identifier)),
        locale.tag()
    );
    for declaration in &parts.declarations {
        out.push_str(declaration);
    }
    if scored {
        out.push_str(&format!(
            "  <qti-outcome-declaration identifier=\"SCORE\" cardinality=\"single\" base-type=\"float\" normal-maximum=\"{p}\"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>\n  <qti-outcome-declaration identifier=\"MAXSCORE\" cardinality=\"single\" base-type=\"float\"><qti-default-value><qti-value>{p}</qti-value></qti-default-value></qti-outcome-declaration>\n",
            p = num(points)
        ));
    }
    if let Some(cardinality) = parts.choice_feedback {
        out.push_str(&format!("  <qti-outcome-declaration identifier=\"FEEDBACK\" cardinality=\"{cardinality}\" base-type=\"identifier\"/>\n"));
        parts.scoring.push("<qti-set-outcome-value identifier=\"FEEDBACK\"><qti-variable identifier=\"RESPONSE\"/></qti-set-outcome-value>".to_string());
    }
    if general.is_some() {
        out.push_str("  <qti-outcome-declaration identifier=\"FEEDBACK_GENERAL\" cardinality=\"single\" base-type=\"identifier\"/>\n");
        parts.scoring.push("<qti-set-outcome-value identifier=\"FEEDBACK_GENERAL\"><qti-base-value base-type=\"identifier\">general</qti-base-value></qti-set-outcome-value>".to_string());
    }
    out.push_str(&format!(
        "  <qti-item-body>\n    {}\n  </qti-item-body>\n",
        parts.body
    ));
    if !parts.scoring.is_empty() {
        out.push_str("  <qti-response-processing>\n");
        for statement in &parts.scoring {
            out.push_str(&format!("    {statement}\n"));
        }
        out.push_str("  </qti-response-processing>\n");
    }
    if let Some(general) = general {
        out.push_str(&format!(
            "  <qti-modal-feedback outcome-identifier=\"FEEDBACK_GENERAL\" identifier=\"general\" show-hide=\"show\"><qti-content-body>{}</qti-content-body></qti-modal-feedback>\n",
            paragraph(general)
        ));
    }
    out.push_str("</qti-assessment-item>\n");
    out
}

/// Single, multiple and true/false choice. Unweighted single choice (one right answer) scores by
/// `match`; the others by a mapping of each choice to its share of the points, kept between 0 (or minus
/// the points, with negative marking) and the points.
fn choice(item: &Item, points: f64, locale: Locale, labels: TrueFalseLabels<'_>) -> Parts {
    // (identifier, text, fraction, feedback)
    let choices: Vec<(String, String, f64, Option<String>)> = if item.kind == ItemType::TrueFalse {
        let key = item.key.unwrap_or(true);
        let [yes, no] = labels(locale);
        vec![
            ("true".into(), yes, f64::from(u8::from(key)), None),
            ("false".into(), no, f64::from(u8::from(!key)), None),
        ]
    } else {
        item.answers
            .iter()
            .enumerate()
            .map(|(i, a)| {
                (
                    format!("c{}", i + 1),
                    a.text.clone().unwrap_or_default(),
                    a.fraction.unwrap_or(0.0),
                    a.feedback.clone().filter(|f| !f.is_empty()),
                )
            })
            .collect()
    };
    let multiple = item.kind == ItemType::MultipleChoice;
    let right = |f: f64| if multiple { f > 0.0 } else { f >= 1.0 };
    let correct: Vec<String> = choices
        .iter()
        .filter(|c| right(c.2))
        .map(|c| c.0.clone())
        .collect();
    let plain_single = !multiple && choices.iter().all(|c| c.2 == 0.0 || c.2 >= 1.0);
    let negative = super::from_bank::setting(item, "negative_marking") == Some(true);
    let declaration = Declaration {
        identifier: "RESPONSE",
        cardinality: if multiple { "multiple" } else { "single" },
        base_type: "identifier",
        correct,
        entries: if plain_single {
            Vec::new()
        } else {
            choices
                .iter()
                .map(|c| (c.0.clone(), c.2 * points, None))
                .collect()
        },
        bounds: if multiple {
            (Some(if negative { -points } else { 0.0 }), Some(points))
        } else {
            (None, None)
        },
    };
    let mut body = format!(
        "{}\n    <qti-choice-interaction response-identifier=\"RESPONSE\" shuffle=\"{}\" max-choices=\"{}\">\n",
        paragraph(&item.text),
        item.kind != ItemType::TrueFalse,
        u8::from(!multiple)
    );
    for (id, text, _, feedback) in &choices {
        let feedback = feedback
            .as_deref()
            .map(|f| {
                format!(
                    "<qti-feedback-inline outcome-identifier=\"FEEDBACK\" identifier=\"{id}\" show-hide=\"show\">{}</qti-feedback-inline>",
                    escape(f).replace('\n', "<br/>")
                )
            })
            .unwrap_or_default();
        body.push_str(&format!(
            "      <qti-simple-choice identifier=\"{id}\">{}{feedback}</qti-simple-choice>\n",
            escape(text).replace('\n', "<br/>")
        ));
    }
    body.push_str("    </qti-choice-interaction>");
    let any_feedback = choices.iter().any(|c| c.3.is_some());
    Parts {
        declarations: vec![declaration.xml()],
        body,
        scoring: vec![if plain_single {
            when_correct("RESPONSE", points, None, false)
        } else {
            mapped("RESPONSE")
        }],
        choice_feedback: any_feedback.then_some(if multiple { "multiple" } else { "single" }),
    }
}

/// The answer box under the question.
fn text_entry(item: &Item) -> String {
    format!(
        "{}\n    <p><qti-text-entry-interaction response-identifier=\"RESPONSE\"/></p>",
        paragraph(&item.text)
    )
}

/// Short answer: each pattern mapped to its share of the points, compared with or without case.
fn short(item: &Item, points: f64) -> Parts {
    let case = item.case_sensitive.unwrap_or(false);
    let texts = || {
        item.answers
            .iter()
            .map(|a| a.text.clone().unwrap_or_default())
    };
    let declaration = Declaration {
        identifier: "RESPONSE",
        cardinality: "single",
        base_type: "string",
        correct: texts().take(1).collect(),
        entries: item
            .answers
            .iter()
            .zip(texts())
            .map(|(a, t)| (t, a.fraction.unwrap_or(0.0) * points, Some(case)))
            .collect(),
        bounds: (None, None),
    };
    Parts {
        declarations: vec![declaration.xml()],
        body: text_entry(item),
        scoring: vec![mapped("RESPONSE")],
        choice_feedback: None,
    }
}

/// Numerical: the right value within its tolerance (`equal`); with partly right values and no tolerance
/// anywhere, a mapping of the exact values; partly right values within a tolerance ride in ispit's
/// settings (QTI's mapping compares exact values), the right value scored here.
fn numerical(item: &Item, points: f64) -> Parts {
    let value = |a: &super::model::Answer| match a.value {
        Some(NumericValue::Number(v)) => num(v),
        _ => String::new(),
    };
    let Some(main) = item.answers.first() else {
        // A numerical question always has its answer; without one, the text and the box, unscored.
        return Parts {
            body: text_entry(item),
            ..Parts::default()
        };
    };
    let by_mapping = item.answers.len() > 1 && exact_numbers(item);
    let declaration = Declaration {
        identifier: "RESPONSE",
        cardinality: "single",
        base_type: "float",
        correct: vec![value(main)],
        entries: if by_mapping {
            item.answers
                .iter()
                .map(|a| (value(a), a.fraction.unwrap_or(0.0) * points, None))
                .collect()
        } else {
            Vec::new()
        },
        bounds: (None, None),
    };
    Parts {
        declarations: vec![declaration.xml()],
        body: text_entry(item),
        scoring: vec![if by_mapping {
            mapped("RESPONSE")
        } else {
            when_correct(
                "RESPONSE",
                points,
                Some(main.tolerance.unwrap_or(0.0)),
                false,
            )
        }],
        choice_feedback: None,
    }
}

/// Matching: each right pair mapped to an equal share of the points; right-hand items that pair with
/// nothing are choices of the second set too.
fn matching(item: &Item, points: f64) -> Parts {
    let mut rights: Vec<&String> = Vec::new();
    for right in item.pairs.iter().map(|p| &p.right).chain(&item.extra_right) {
        if !rights.contains(&right) {
            rights.push(right);
        }
    }
    let right_id = |text: &String| {
        rights
            .iter()
            .position(|r| *r == text)
            .map_or(String::new(), |i| format!("R{}", i + 1))
    };
    let share = points / item.pairs.len().max(1) as f64;
    let pairs: Vec<String> = item
        .pairs
        .iter()
        .enumerate()
        .map(|(i, p)| format!("L{} {}", i + 1, right_id(&p.right)))
        .collect();
    let declaration = Declaration {
        identifier: "RESPONSE",
        cardinality: "multiple",
        base_type: "directedPair",
        correct: pairs.clone(),
        entries: pairs.into_iter().map(|p| (p, share, None)).collect(),
        bounds: (Some(0.0), Some(points)),
    };
    let mut body = format!(
        "{}\n    <qti-match-interaction response-identifier=\"RESPONSE\" shuffle=\"true\" max-associations=\"{}\">\n      <qti-simple-match-set>\n",
        paragraph(&item.text),
        item.pairs.len()
    );
    for (i, pair) in item.pairs.iter().enumerate() {
        body.push_str(&format!(
            "        <qti-simple-associable-choice identifier=\"L{}\" match-max=\"1\">{}</qti-simple-associable-choice>\n",
            i + 1,
            escape(&pair.left)
        ));
    }
    body.push_str("      </qti-simple-match-set>\n      <qti-simple-match-set>\n");
    for (i, right) in rights.iter().enumerate() {
        let uses = item.pairs.iter().filter(|p| &p.right == *right).count();
        body.push_str(&format!(
            "        <qti-simple-associable-choice identifier=\"R{}\" match-max=\"{}\">{}</qti-simple-associable-choice>\n",
            i + 1,
            uses.max(1),
            escape(right)
        ));
    }
    body.push_str("      </qti-simple-match-set>\n    </qti-match-interaction>");
    Parts {
        declarations: vec![declaration.xml()],
        body,
        scoring: vec![mapped("RESPONSE")],
        choice_feedback: None,
    }
}

/// Gap fill: an inline choice per gap (`GAP1`, `GAP2`…), each right gap adding an equal share.
fn gap_fill(item: &Item, points: f64) -> Parts {
    let share = points / item.gaps.len().max(1) as f64;
    if item.has_typed_gaps() {
        return typed_gap_fill(item, share);
    }
    let mut parts = Parts::default();
    let mut body = escape(&item.text).replace('\n', "<br/>");
    for (n, gap) in item.gaps.iter().enumerate() {
        let response = format!("GAP{}", n + 1);
        let (key, interaction) = inline_choice(n, gap, &response);
        parts.declarations.push(
            Declaration {
                identifier: &response,
                cardinality: "single",
                base_type: "identifier",
                correct: key.into_iter().collect(),
                entries: Vec::new(),
                bounds: (None, None),
            }
            .xml(),
        );
        body = body.replacen(&format!("[[{}]]", n + 1), &interaction, 1);
        parts
            .scoring
            .push(when_correct(&response, share, None, true));
    }
    parts.body = format!("<p>{body}</p>");
    parts
}

/// Gap `n`'s options as an inline choice answering to `response` (choices `G<n>_1`, `G<n>_2`…), and the
/// identifier of its right choice.
fn inline_choice(n: usize, gap: &super::model::Gap, response: &str) -> (Option<String>, String) {
    let id = |k: usize| format!("G{}_{}", n + 1, k + 1);
    let key = gap.answers.first().and_then(|a| a.text.as_ref());
    let choices: String = gap
        .options
        .iter()
        .enumerate()
        .map(|(k, o)| {
            format!(
                "<qti-inline-choice identifier=\"{}\">{}</qti-inline-choice>",
                id(k),
                escape(o)
            )
        })
        .collect();
    (
        gap.options.iter().position(|o| Some(o) == key).map(id),
        format!("<qti-inline-choice-interaction response-identifier=\"{response}\" shuffle=\"true\">{choices}</qti-inline-choice-interaction>"),
    )
}

/// A gap fill with typed gaps: text entries for them, inline choices for the others. Chosen and typed-word
/// gaps are mapped (the right choice, or each accepted pattern, to the gap's share) and summed into
/// `SCORE`; a typed number then adds its share when `equal` to the answer within the tolerance.
fn typed_gap_fill(item: &Item, share: f64) -> Parts {
    let case = item.case_sensitive.unwrap_or(false);
    let mut parts = Parts::default();
    let mut body = escape(&item.text).replace('\n', "<br/>");
    let mut mapped_gaps = Vec::new();
    let mut number_gaps = Vec::new();
    for (n, gap) in item.gaps.iter().enumerate() {
        let response = format!("GAP{}", n + 1);
        let key = gap.answers.first();
        let (declaration, interaction) = if !gap.options.is_empty() {
            let (key, interaction) = inline_choice(n, gap, &response);
            mapped_gaps.push(response.clone());
            (
                Declaration {
                    identifier: &response,
                    cardinality: "single",
                    base_type: "identifier",
                    entries: key.iter().map(|k| (k.clone(), share, None)).collect(),
                    correct: key.into_iter().collect(),
                    bounds: (None, None),
                },
                interaction,
            )
        } else if let Some(NumericValue::Number(v)) = key.and_then(|a| a.value) {
            number_gaps.push((
                response.clone(),
                key.and_then(|a| a.tolerance).unwrap_or(0.0),
            ));
            (
                Declaration {
                    identifier: &response,
                    cardinality: "single",
                    base_type: "float",
                    correct: vec![num(v)],
                    entries: Vec::new(),
                    bounds: (None, None),
                },
                format!("<qti-text-entry-interaction response-identifier=\"{response}\"/>"),
            )
        } else {
            let texts: Vec<String> = gap
                .answers
                .iter()
                .map(|a| a.text.clone().unwrap_or_default())
                .collect();
            mapped_gaps.push(response.clone());
            (
                Declaration {
                    identifier: &response,
                    cardinality: "single",
                    base_type: "string",
                    correct: texts.iter().take(1).cloned().collect(),
                    entries: texts
                        .iter()
                        .map(|t| (t.clone(), share, Some(case)))
                        .collect(),
                    bounds: (None, None),
                },
                format!("<qti-text-entry-interaction response-identifier=\"{response}\"/>"),
            )
        };
        parts.declarations.push(declaration.xml());
        body = body.replacen(&format!("[[{}]]", n + 1), &interaction, 1);
    }
    if !mapped_gaps.is_empty() {
        let terms: String = mapped_gaps
            .iter()
            .map(|r| format!("<qti-map-response identifier=\"{r}\"/>"))
            .collect();
        parts.scoring.push(format!(
            "<qti-set-outcome-value identifier=\"SCORE\"><qti-sum>{terms}</qti-sum></qti-set-outcome-value>"
        ));
    }
    for (response, tolerance) in &number_gaps {
        parts
            .scoring
            .push(when_correct(response, share, Some(*tolerance), true));
    }
    parts.body = format!("<p>{body}</p>");
    parts
}

/// Ordering: the whole order right earns the points (ispit's partial ordering rides in its settings).
fn ordering(item: &Item, points: f64) -> Parts {
    let ids: Vec<String> = (1..=item.order.len()).map(|i| format!("O{i}")).collect();
    let declaration = Declaration {
        identifier: "RESPONSE",
        cardinality: "ordered",
        base_type: "identifier",
        correct: ids.clone(),
        entries: Vec::new(),
        bounds: (None, None),
    };
    let mut body = format!(
        "{}\n    <qti-order-interaction response-identifier=\"RESPONSE\" shuffle=\"true\">\n",
        paragraph(&item.text)
    );
    for (id, text) in ids.iter().zip(&item.order) {
        body.push_str(&format!(
            "      <qti-simple-choice identifier=\"{id}\">{}</qti-simple-choice>\n",
            escape(text)
        ));
    }
    body.push_str("    </qti-order-interaction>");
    Parts {
        declarations: vec![declaration.xml()],
        body,
        scoring: vec![when_correct("RESPONSE", points, None, false)],
        choice_feedback: None,
    }
}

/// Essay: an extended text scored by hand; the information for the grader in a rubric block for the
/// scorer.
fn essay(item: &Item) -> Parts {
    let rubric = item
        .grader_info
        .as_deref()
        .filter(|g| !g.is_empty())
        .map(|g| {
            format!(
                "<qti-rubric-block use=\"scoring\" view=\"scorer\"><qti-content-body>{}</qti-content-body></qti-rubric-block>\n    ",
                paragraph(g)
            )
        })
        .unwrap_or_default();
    Parts {
        declarations: vec![
            "  <qti-response-declaration identifier=\"RESPONSE\" cardinality=\"single\" base-type=\"string\"/>\n".to_string(),
        ],
        body: format!(
            "{rubric}{}\n    <qti-extended-text-interaction response-identifier=\"RESPONSE\" expected-lines=\"15\"/>",
            paragraph(&item.text)
        ),
        scoring: Vec::new(),
        choice_feedback: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_to_read_back_the_same() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(1.0 / 3.0).parse::<f64>(), Ok(1.0 / 3.0));
        assert_eq!(num(-2.0), "-2");
    }

    #[test]
    fn text_is_escaped_and_line_breaks_kept() {
        assert_eq!(paragraph("a < b & c\nd"), "<p>a &lt; b &amp; c<br/>d</p>");
        assert_eq!(paragraph(""), "");
        assert_eq!(cdata("x]]>y"), "<![CDATA[x]]]]><![CDATA[>y]]>");
    }
}
