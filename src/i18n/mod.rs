//! Localization: Fluent bundles per locale, language negotiation, transliteration and locale-aware
//! formatting. Pure: sources come in as strings, so the same code serves the UI texts in `locales/` and the
//! question prose in `question-banks/`. Never reaches for HTTP or the file system.

pub mod format;
pub mod load;
pub mod locale;
pub mod translit;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

pub use locale::Locale;

use crate::diagnostic::Diagnostic;

type Bundle = fluent_bundle::bundle::FluentBundle<
    FluentResource,
    intl_memoizer::concurrent::IntlLangMemoizer,
>;

/// One Fluent source file of a locale, already read from disk.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// Message ids and their attribute names, with where each message is defined.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageIndex {
    pub messages: BTreeMap<String, MessageInfo>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub line: usize,
    pub has_value: bool,
    pub attributes: BTreeSet<String>,
    /// Variables (`$name`) used anywhere in the message, attribute by attribute ("" for the value).
    pub variables: BTreeMap<String, BTreeSet<String>>,
}

/// A set of texts (the UI, or one course's prose) in every locale that has them.
pub struct Texts {
    bundles: HashMap<Locale, Bundle>,
    indexes: HashMap<Locale, MessageIndex>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("locales", &self.indexes.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Texts {
    /// Parses the sources of each stored locale. Serbian Latin is derived from Serbian Cyrillic.
    /// Returns every syntax problem and duplicate id at once; nothing is half-loaded.
    pub fn parse(sources: &BTreeMap<Locale, Vec<Source>>) -> Result<Texts, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut bundles = HashMap::new();
        let mut indexes = HashMap::new();
        for locale in Locale::ALL {
            let Some(files) = sources.get(&locale.source()) else {
                continue;
            };
            let mut bundle = new_bundle(locale);
            let mut index = MessageIndex::default();
            for file in files {
                let text = if locale == Locale::SrLatn {
                    translit::cyrillic_to_latin(&file.text)
                } else {
                    file.text.clone()
                };
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        if locale == locale.source() {
                            for e in errors {
                                problems.push(Diagnostic::at_offset(
                                    &file.path,
                                    &file.text,
                                    e.pos.start,
                                    format!("Fluent syntax error: {}", e.kind),
                                ));
                            }
                        }
                        r
                    }
                };
                index_resource(
                    &resource,
                    &file.path,
                    &text,
                    &mut index,
                    &mut problems,
                    locale,
                );
                if let Err(errors) = bundle.add_resource(resource) {
                    // Duplicates were already reported by `index_resource`.
                    let _ = errors;
                }
            }
            bundles.insert(locale, bundle);
            indexes.insert(locale, index);
        }
        if problems.is_empty() {
            Ok(Texts { bundles, indexes })
        } else {
            problems.sort();
            problems.dedup();
            Err(problems)
        }
    }

    pub fn locales(&self) -> BTreeSet<Locale> {
        self.indexes.keys().copied().collect()
    }

    pub fn index(&self, locale: Locale) -> Option<&MessageIndex> {
        self.indexes.get(&locale)
    }

    pub fn has(&self, locale: Locale, id: &str, attribute: Option<&str>) -> bool {
        self.indexes
            .get(&locale)
            .and_then(|i| i.messages.get(id))
            .is_some_and(|m| match attribute {
                None => m.has_value,
                Some(a) => m.attributes.contains(a),
            })
    }

    /// Formats a message's value (or one attribute). Falls back to English, then to the id itself, so a
    /// missing translation shows as a visible id rather than an empty page (tests keep that from shipping).
    pub fn format(
        &self,
        locale: Locale,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> String {
        self.try_format(locale, id, attribute, args)
            .or_else(|| self.try_format(Locale::En, id, attribute, args))
            .unwrap_or_else(|| match attribute {
                Some(a) => format!("{id}.{a}"),
                None => id.to_string(),
            })
    }

    pub fn try_format(
        &self,
        locale: Locale,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(a) => message.get_attribute(a)?.value(),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        log_format_errors(locale, id, attribute, &errors);
        Some(text.into_owned())
    }
}

/// Logs a message that formatted with errors (a variable not passed, say); the text is still shown.
// Skipped by cargo-mutants: it only writes to the log, which no test reads.
#[mutants::skip]
fn log_format_errors(
    locale: Locale,
    id: &str,
    attribute: Option<&str>,
    errors: &[fluent_bundle::FluentError],
) {
    if !errors.is_empty() {
        tracing::warn!(%locale, id, ?attribute, ?errors, "Fluent formatting problem");
    }
}

fn new_bundle(locale: Locale) -> Bundle {
    let plural_tag = locale
        .plural_rules_tag()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![plural_tag]);
    // Pages are HTML-escaped and carry their own `lang`/`dir`; bidi isolation marks would only add noise.
    bundle.set_use_isolating(false);
    bundle
}

fn index_resource(
    resource: &FluentResource,
    path: &Path,
    text: &str,
    index: &mut MessageIndex,
    problems: &mut Vec<Diagnostic>,
    locale: Locale,
) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        let occurrence = seen.entry(id.clone()).or_insert(0);
        *occurrence += 1;
        let offset = nth_message_offset(text, &id, *occurrence).unwrap_or(0);
        let (line, _) = crate::diagnostic::line_col(text, offset);
        if let Some(previous) = index.messages.get(&id) {
            if locale == locale.source() {
                problems.push(Diagnostic::at_offset(
                    path,
                    text,
                    offset,
                    format!(
                        "message `{id}` is defined twice (first at {}:{})",
                        previous.file.display(),
                        previous.line
                    ),
                ));
            }
            continue;
        }
        let mut info = MessageInfo {
            file: path.to_path_buf(),
            line,
            has_value: message.value.is_some(),
            ..Default::default()
        };
        if let Some(value) = &message.value {
            info.variables
                .insert(String::new(), pattern_variables(value));
        }
        for attribute in &message.attributes {
            let name = attribute.id.name.to_string();
            info.variables
                .insert(name.clone(), pattern_variables(&attribute.value));
            info.attributes.insert(name);
        }
        index.messages.insert(id, info);
    }
}

/// Byte offset of the line defining message `id` in a Fluent source.
pub fn message_offset(source: &str, id: &str) -> Option<usize> {
    nth_message_offset(source, id, 1)
}

/// Byte offset of the line defining attribute `.attribute` of message `id` in a Fluent source (the
/// attribute lines follow the message's line, indented).
pub fn attribute_offset(source: &str, id: &str, attribute: &str) -> Option<usize> {
    let start = message_offset(source, id)?;
    let mut offset = start;
    for (i, line) in source.get(start..)?.split_inclusive('\n').enumerate() {
        let is_entry_start = !line.starts_with([' ', '\t', '\n', '\r']);
        if i > 0 && is_entry_start {
            return None;
        }
        if let Some(rest) = line.trim_start().strip_prefix('.') {
            if let Some(rest) = rest.strip_prefix(attribute) {
                if rest.trim_start().starts_with('=') {
                    return Some(offset);
                }
            }
        }
        offset += line.len();
    }
    None
}

fn nth_message_offset(source: &str, id: &str, n: usize) -> Option<usize> {
    let mut offset = 0;
    let mut found = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                found += 1;
                if found == n {
                    return Some(offset);
                }
            }
        }
        offset += line.len();
    }
    None
}

fn pattern_variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut out);
        }
    }
    out
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                out.extend(pattern_variables(&v.value));
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for n in &arguments.named {
                inline_variables(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Compares a locale's message ids and attributes with the reference locale's.
/// Returns (missing, obsolete) as `id` or `id.attribute`.
pub fn compare_indexes(
    reference: &MessageIndex,
    other: &MessageIndex,
) -> (Vec<String>, Vec<String>) {
    let keys = |idx: &MessageIndex| -> BTreeSet<String> {
        idx.messages
            .iter()
            .flat_map(|(id, m)| {
                std::iter::once(id.clone())
                    .chain(m.attributes.iter().map(move |a| format!("{id}.{a}")))
            })
            .collect()
    };
    let (r, o) = (keys(reference), keys(other));
    (
        r.difference(&o).cloned().collect(),
        o.difference(&r).cloned().collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pairs: &[(Locale, &str)]) -> Result<Texts, Vec<Diagnostic>> {
        let mut sources = BTreeMap::new();
        for (l, text) in pairs {
            sources.insert(
                *l,
                vec![Source {
                    path: PathBuf::from(format!("{}.ftl", l.tag())),
                    text: text.to_string(),
                }],
            );
        }
        Texts::parse(&sources)
    }

    #[test]
    fn serbian_plurals_have_three_forms() {
        let src = "attempts-left = { $count ->\n    [one] Преостао је { $count } покушај\n    [few] Преостала су { $count } покушаја\n   *[other] Преостало је { $count } покушаја\n}\n";
        let t = texts(&[(Locale::SrCyrl, src)]).expect("parses");
        let fmt = |l, n: i64| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            t.format(l, "attempts-left", None, Some(&args))
        };
        assert_eq!(fmt(Locale::SrCyrl, 1), "Преостао је 1 покушај");
        assert_eq!(fmt(Locale::SrCyrl, 21), "Преостао је 21 покушај");
        assert_eq!(fmt(Locale::SrCyrl, 3), "Преостала су 3 покушаја");
        assert_eq!(fmt(Locale::SrCyrl, 5), "Преостало је 5 покушаја");
        assert_eq!(fmt(Locale::SrCyrl, 12), "Преостало је 12 покушаја");
        // Serbian Latin is derived from the Cyrillic source, plural rules and all.
        assert_eq!(fmt(Locale::SrLatn, 3), "Preostala su 3 pokušaja");
    }

    #[test]
    fn montenegrin_uses_stokavian_plural_rules() {
        let src = "n = { $count ->\n    [one] jedan\n    [few] nekoliko\n   *[other] mnogo\n}\n";
        let t = texts(&[(Locale::Cnr, src)]).expect("parses");
        let mut args = FluentArgs::new();
        args.set("count", 3);
        assert_eq!(t.format(Locale::Cnr, "n", None, Some(&args)), "nekoliko");
    }

    #[test]
    fn falls_back_to_english_then_to_the_id() {
        let t = texts(&[(Locale::En, "a = A\nb = B\n"), (Locale::Mk, "a = А\n")]).expect("parses");
        assert_eq!(t.format(Locale::Mk, "a", None, None), "А");
        assert_eq!(t.format(Locale::Mk, "b", None, None), "B");
        assert_eq!(t.format(Locale::Mk, "c", None, None), "c");
    }

    #[test]
    fn syntax_errors_have_positions() {
        let err = texts(&[(Locale::En, "ok = fine\n\nbroken { $x }\nlast = x\n")])
            .expect_err("must fail");
        assert_eq!((err[0].line, err[0].col), (3, 8), "{err:?}");
        assert!(err[0].message.contains("Fluent syntax error"), "{:?}", err);
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let err = texts(&[(Locale::En, "a = 1\na = 2\n")]).expect_err("must fail");
        assert_eq!(err[0].line, 2);
        assert!(err[0].message.contains("twice"));
    }

    #[test]
    fn compares_ids_and_attributes() {
        let t = texts(&[
            (Locale::En, "a = A\n    .x = X\nb = B\n"),
            (Locale::Hr, "a = A\n    .y = Y\nc = C\n"),
        ])
        .expect("parses");
        let (missing, obsolete) = compare_indexes(
            t.index(Locale::En).expect("en"),
            t.index(Locale::Hr).expect("hr"),
        );
        assert_eq!(missing, vec!["a.x".to_string(), "b".to_string()]);
        assert_eq!(obsolete, vec!["a.y".to_string(), "c".to_string()]);
    }

    #[test]
    fn indexes_variables() {
        let t = texts(&[(Locale::En, "g = x\n    .text = The { $g1 } and { $g2 }.\n")])
            .expect("parses");
        let info = &t.index(Locale::En).expect("en").messages["g"];
        assert_eq!(
            info.variables["text"],
            ["g1", "g2"].iter().map(|s| s.to_string()).collect()
        );
    }

    #[test]
    fn knows_which_messages_and_attributes_exist() {
        let t = texts(&[
            (Locale::En, "a = A\n    .x = X\nb = B\nc =\n    .y = Y\n"),
            (Locale::SrCyrl, "a = А\n"),
        ])
        .expect("parses");
        assert_eq!(
            t.locales(),
            [Locale::En, Locale::SrCyrl, Locale::SrLatn].into()
        );
        assert!(t.has(Locale::En, "a", None));
        assert!(t.has(Locale::En, "a", Some("x")));
        assert!(!t.has(Locale::En, "a", Some("y")));
        assert!(!t.has(Locale::En, "c", None), "c has only an attribute");
        assert!(t.has(Locale::En, "c", Some("y")));
        assert!(!t.has(Locale::En, "z", None));
        assert!(!t.has(Locale::SrLatn, "b", None));
        assert!(!t.has(Locale::Mk, "a", None));
        let b = &t.index(Locale::En).expect("en").messages["b"];
        assert_eq!((b.line, b.has_value), (3, true));
        assert_eq!(t.try_format(Locale::En, "c", None, None), None);
        assert_eq!(t.format(Locale::SrLatn, "a", None, None), "A");
        // A missing attribute falls back to English, then shows as `id.attribute`.
        assert_eq!(t.format(Locale::SrCyrl, "a", Some("x"), None), "X");
        assert_eq!(t.format(Locale::SrCyrl, "a", Some("q"), None), "a.q");
        let single = texts(&[(Locale::Mk, "a = А\n")]).expect("parses");
        assert_eq!(format!("{single:?}"), "Texts { locales: [Mk] }");
    }

    #[test]
    fn finds_the_line_that_defines_a_message() {
        let src = "x = 1\nab = 2\nb=3\nb = 4\n";
        assert_eq!(message_offset(src, "x"), Some(0));
        assert_eq!(message_offset(src, "b"), Some(13));
        assert_eq!(nth_message_offset(src, "b", 2), Some(17));
        assert_eq!(nth_message_offset(src, "b", 3), None);
        assert_eq!(message_offset(src, "a"), None, "ab is another message");
        assert_eq!(message_offset(src, "zz"), None);
    }

    #[test]
    fn finds_the_line_that_defines_an_attribute() {
        let src = "a = 1\n    .x = X\nb = 2\n    .xy = XY\n\n    .x = X\nc = 3\n    .x = X\n";
        assert_eq!(attribute_offset(src, "a", "x"), Some(6));
        assert_eq!(attribute_offset(src, "b", "xy"), Some(23));
        assert_eq!(
            attribute_offset(src, "b", "x"),
            Some(37),
            "after a blank line"
        );
        assert_eq!(attribute_offset(src, "a", "xy"), None, "b's attribute");
        assert_eq!(attribute_offset(src, "c", "x"), Some(54));
        assert_eq!(attribute_offset(src, "z", "x"), None);
    }

    #[test]
    fn indexes_variables_in_selectors_variants_and_nested_placeables() {
        let src = "n = { $count ->\n    [one] { $who } one\n   *[other] { { $many } }\n}\n    .f = { NUMBER($score) }\n";
        let t = texts(&[(Locale::En, src)]).expect("parses");
        let info = &t.index(Locale::En).expect("en").messages["n"];
        let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(info.variables[""], set(&["count", "many", "who"]));
        assert_eq!(info.variables["f"], set(&["score"]));
    }
}
