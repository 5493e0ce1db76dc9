//! Text as the formats give it: bytes to UTF-8, HTML to plain text, Moodle's multi-language content.

use scraper::{Html, Node};

use super::model::Problem;

/// UTF-8 text without its byte-order mark, Windows line endings turned into `\n`.
pub fn decode_utf8(bytes: &[u8]) -> Result<String, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.replace("\r\n", "\n").replace('\r', "\n")),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            Err(Problem::at(
                line,
                "the file is not UTF-8 text (save it as UTF-8 and import it again)",
            ))
        }
    }
}

/// Elements after which the text goes on on a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "pre",
    "hr",
    "dt",
    "dd",
];

/// An HTML fragment as plain text: tags dropped (an image by its `alt` text), entities decoded, runs of
/// white space collapsed to one space within a line, block elements and `<br>` ending lines, empty lines
/// dropped.
pub fn html_to_text(html: &str) -> String {
    use ego_tree::iter::Edge;
    let fragment = Html::parse_fragment(html);
    let mut out = String::new();
    for edge in fragment.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(text) => out.push_str(text),
                Node::Element(element) if BLOCKS.contains(&element.name()) => out.push('\n'),
                Node::Element(element) if element.name() == "img" => {
                    if let Some(alt) = element.attr("alt").filter(|a| !a.trim().is_empty()) {
                        out.push_str(alt);
                    }
                }
                _ => {}
            },
            // Text after a closing block element starts a new line too (`<p>a</p>b`).
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    if BLOCKS.contains(&element.name()) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    tidy_lines(&out)
}

/// Runs of white space within a line as one space, lines trimmed, empty lines dropped.
fn tidy_lines(text: &str) -> String {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Moodle's multi-language content reduced to one language, as Moodle's filters show it to a reader of `lang`,
/// before the HTML becomes text. Two syntaxes:
///
/// - the core multilang filter: two or more `<span lang="xx" class="multilang">…</span>` (or old `<lang
///   lang="xx">…</lang>`) siblings with only white space between them are one block, replaced by the span of
///   `lang`, else of its parent languages (the code cut at `_`: `de_du` → `de`), else `en`, else the first;
///   a lone span is left alone, as Moodle leaves it;
/// - the `{mlang xx}…{mlang}` blocks of the multilang2 filter (`{mlang en,fr}` for several languages): if
///   any block is for `lang` (or a parent), those are kept and every other block dropped; else the `other`
///   blocks; else (where multilang2 would show nothing and an import would lose the text) the `en` blocks,
///   else those of the first block's first language. Text outside blocks is kept.
///
/// Language codes compare as Moodle normalises them: lower case, `-` as `_`.
pub fn select_multilang(html: &str, lang: &str) -> String {
    let chain = language_chain(lang);
    let text = if html.to_ascii_lowercase().contains("mlang") {
        select_mlang_blocks(html, &chain)
    } else {
        html.to_string()
    };
    select_lang_spans(&text, &chain)
}

/// A language code as Moodle's filters compare them.
fn normalise_lang(code: &str) -> String {
    code.trim().to_ascii_lowercase().replace('-', "_")
}

/// `lang` and its parent languages, most specific first: `sr_cr_x` → `sr_cr_x`, `sr_cr`, `sr`.
fn language_chain(lang: &str) -> Vec<String> {
    let mut chain = Vec::new();
    let mut code = normalise_lang(lang);
    while !code.is_empty() {
        chain.push(code.clone());
        match code.rfind('_') {
            Some(cut) => code.truncate(cut),
            None => break,
        }
    }
    chain
}

/// One multilang element: where it starts and ends in the text, its language, where its content is.
struct LangElement {
    start: usize,
    end: usize,
    lang: String,
    inner: std::ops::Range<usize>,
}

fn select_lang_spans(html: &str, chain: &[String]) -> String {
    let elements = find_lang_elements(html);
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut first = 0;
    while first < elements.len() {
        let mut next = first + 1;
        while next < elements.len()
            && html[elements[next - 1].end..elements[next].start]
                .bytes()
                .all(|b| b.is_ascii_whitespace())
        {
            next += 1;
        }
        let block = &elements[first..next];
        if block.len() >= 2 {
            let pick = |code: &str| block.iter().find(|e| e.lang == code);
            let chosen = chain
                .iter()
                .find_map(|code| pick(code))
                .or_else(|| pick("en"))
                .unwrap_or(&block[0]);
            out.push_str(&html[copied..block[0].start]);
            out.push_str(&html[chosen.inner.clone()]);
            copied = block[block.len() - 1].end;
        }
        first = next;
    }
    out.push_str(&html[copied..]);
    out
}

/// Whether `text` at `at` starts with `prefix`, ASCII case ignored.
fn starts_with_ci(text: &str, at: usize, prefix: &str) -> bool {
    text.as_bytes()
        .get(at..at + prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The element name starting at `at` (just after `<`), lower-cased, and where it ends.
fn tag_name_at(text: &str, at: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut end = at;
    while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
        end += 1;
    }
    (text[at..end].to_ascii_lowercase(), end)
}

/// The attributes of a start tag from `at` (after its name) to its `>`: (lower-cased name, value) pairs
/// and the index just after the `>`; `None` when the tag never closes.
fn tag_attributes(text: &str, mut at: usize) -> Option<(Vec<(String, String)>, usize)> {
    let bytes = text.as_bytes();
    let mut attributes = Vec::new();
    loop {
        while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            at += 1;
        }
        match bytes.get(at)? {
            b'>' => return Some((attributes, at + 1)),
            _ => {
                let start = at;
                while at < bytes.len()
                    && !bytes[at].is_ascii_whitespace()
                    && !matches!(bytes[at], b'=' | b'>' | b'/')
                {
                    at += 1;
                }
                let name = text[start..at].to_ascii_lowercase();
                while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
                let mut value = String::new();
                if bytes.get(at) == Some(&b'=') {
                    at += 1;
                    while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                        at += 1;
                    }
                    match bytes.get(at)? {
                        quote @ (b'"' | b'\'') => {
                            let close = at + 1 + text[at + 1..].find(*quote as char)?;
                            value = text[at + 1..close].to_string();
                            at = close + 1;
                        }
                        _ => {
                            let start = at;
                            while at < bytes.len()
                                && !bytes[at].is_ascii_whitespace()
                                && bytes[at] != b'>'
                            {
                                at += 1;
                            }
                            value = text[start..at].to_string();
                        }
                    }
                }
                if !name.is_empty() {
                    attributes.push((name, value));
                }
            }
        }
    }
}

/// Every multilang element of the text, in order (an element inside another is part of its content).
fn find_lang_elements(html: &str) -> Vec<LangElement> {
    let mut elements = Vec::new();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        at = start + 1;
        let (name, after_name) = tag_name_at(html, start + 1);
        if name != "span" && name != "lang" {
            continue;
        }
        let Some((attributes, open_end)) = tag_attributes(html, after_name) else {
            continue;
        };
        let attribute = |wanted: &str| {
            attributes
                .iter()
                .find(|(n, _)| n == wanted)
                .map(|(_, v)| v.as_str())
        };
        let Some(lang) = attribute("lang").filter(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        }) else {
            continue;
        };
        let multilang = name == "lang"
            || attribute("class")
                .is_some_and(|c| c.split_ascii_whitespace().any(|t| t == "multilang"));
        if !multilang {
            continue;
        }
        let Some((inner_end, end)) = closing_tag(html, open_end, &name) else {
            continue;
        };
        elements.push(LangElement {
            start,
            end,
            lang: normalise_lang(lang),
            inner: open_end..inner_end,
        });
        at = end;
    }
    elements
}

/// The `</name>` closing the element whose content starts at `from` (nested elements of the same name
/// counted): where the closing tag starts and the index just after it.
fn closing_tag(html: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let mut depth = 1;
    let mut at = from;
    while let Some(offset) = html[at..].find('<') {
        let tag = at + offset;
        at = tag + 1;
        let closing = html.as_bytes().get(tag + 1) == Some(&b'/');
        let name_at = if closing { tag + 2 } else { tag + 1 };
        let (found, after) = tag_name_at(html, name_at);
        if found != name {
            continue;
        }
        let end = tag_attributes(html, after)?.1;
        if closing {
            depth -= 1;
            if depth == 0 {
                return Some((tag, end));
            }
        } else if !html[tag..end].ends_with("/>") {
            depth += 1;
        }
        at = end;
    }
    None
}

/// One `{mlang xx,yy}…{mlang}` block.
struct MlangBlock {
    start: usize,
    end: usize,
    langs: Vec<String>,
    inner: std::ops::Range<usize>,
}

/// `{ mlang xx , yy }` at `at`: the languages and the index after the `}`; `{mlang}` (no language) is the
/// closing form, given with no languages.
fn mlang_tag(text: &str, at: usize) -> Option<(Vec<String>, usize)> {
    let bytes = text.as_bytes();
    let mut i = at + 1;
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    if !starts_with_ci(text, i, "mlang") {
        return None;
    }
    i += "mlang".len();
    let close = i + text[i..].find('}')?;
    let list = &text[i..close];
    if list.trim().is_empty() {
        return Some((Vec::new(), close + 1));
    }
    if !list.starts_with(|c: char| c.is_ascii_whitespace()) {
        return None;
    }
    let langs: Vec<String> = list.split(',').map(normalise_lang).collect();
    let valid = langs.iter().all(|l| {
        !l.is_empty()
            && l.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    });
    valid.then_some((langs, close + 1))
}

fn find_mlang_blocks(text: &str) -> Vec<MlangBlock> {
    let mut blocks = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find('{') {
        let start = at + offset;
        at = start + 1;
        let Some((langs, open_end)) = mlang_tag(text, start) else {
            continue;
        };
        if langs.is_empty() {
            continue;
        }
        let mut search = open_end;
        while let Some(offset) = text[search..].find('{') {
            let close = search + offset;
            search = close + 1;
            if let Some((none, end)) = mlang_tag(text, close) {
                if none.is_empty() {
                    blocks.push(MlangBlock {
                        start,
                        end,
                        langs,
                        inner: open_end..close,
                    });
                    at = end;
                    break;
                }
            }
        }
        if blocks.last().is_none_or(|b| b.start != start) {
            break;
        }
    }
    blocks
}

fn select_mlang_blocks(text: &str, chain: &[String]) -> String {
    let blocks = find_mlang_blocks(text);
    let any = |set: &[String]| {
        blocks
            .iter()
            .any(|b| b.langs.iter().any(|l| set.contains(l)))
    };
    let fallback = |code: &str| vec![code.to_string()];
    let keep: Vec<String> = if any(chain) {
        chain.to_vec()
    } else if any(&fallback("other")) {
        fallback("other")
    } else if any(&fallback("en")) {
        fallback("en")
    } else {
        blocks
            .first()
            .and_then(|b| b.langs.first())
            .map(|l| fallback(l))
            .unwrap_or_default()
    };
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for block in &blocks {
        out.push_str(&text[copied..block.start]);
        if block.langs.iter().any(|l| keep.contains(l)) {
            out.push_str(&text[block.inner.clone()]);
        }
        copied = block.end;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_text_with_entities_decoded() {
        assert_eq!(
            html_to_text(
                "<p>Article&nbsp;33 of the <b>1951</b> Convention &amp; its   Protocol</p>"
            ),
            "Article\u{a0}33 of the 1951 Convention & its Protocol".replace('\u{a0}', " ")
        );
        assert_eq!(html_to_text("a &lt;b&gt; &#1041;&#x0431;"), "a <b> Бб");
        assert_eq!(
            html_to_text("<p>one</p><p>two<br>three</p>"),
            "one\ntwo\nthree"
        );
        assert_eq!(
            html_to_text(r#"see <img src="x.png" alt="the map"> here"#),
            "see the map here"
        );
        assert_eq!(
            html_to_text("  plain text, not HTML  "),
            "plain text, not HTML"
        );
    }

    const EN_MK: &str = r#"<p>Article 33: <span lang="en" class="multilang">non-refoulement</span> <span lang="mk" class="multilang">забрана за враќање</span>.</p>"#;

    #[test]
    fn multilang_spans_pick_the_language_then_english_then_the_first() {
        assert_eq!(
            select_multilang(EN_MK, "mk"),
            "<p>Article 33: забрана за враќање.</p>"
        );
        assert_eq!(
            select_multilang(EN_MK, "en"),
            "<p>Article 33: non-refoulement.</p>"
        );
        // No French: English.
        assert_eq!(
            select_multilang(EN_MK, "fr"),
            "<p>Article 33: non-refoulement.</p>"
        );
        // Neither the language nor English: the first.
        let no_en = r#"<span lang="mk" class="multilang">Бегалец</span>
            <span lang="sq" class="multilang">Refugjat</span>"#;
        assert_eq!(select_multilang(no_en, "hr"), "Бегалец");
        assert_eq!(select_multilang(no_en, "sq"), "Refugjat");
    }

    #[test]
    fn multilang_spans_follow_parent_languages_and_normalised_codes() {
        let text = r#"<span lang="sr" class="multilang">Избеглица</span><span lang="en" class="multilang">Refugee</span>"#;
        assert_eq!(select_multilang(text, "sr_cr"), "Избеглица");
        assert_eq!(select_multilang(text, "sr-CR"), "Избеглица");
        let dashed = r#"<span lang="sr-Latn" class="multilang">Izbeglica</span><span lang="en" class="multilang">Refugee</span>"#;
        assert_eq!(select_multilang(dashed, "sr_latn"), "Izbeglica");
        // Attributes in the other order, single quotes, upper-case tag.
        let reversed = r#"<SPAN class='multilang' lang='en'>Asylum</SPAN><span class="multilang" lang="mk">Азил</span>"#;
        assert_eq!(select_multilang(reversed, "mk"), "Азил");
    }

    #[test]
    fn multilang_keeps_what_moodle_keeps() {
        // A lone span is not a block: Moodle shows it whatever the language.
        let lone = r#"<p><span lang="mk" class="multilang">само македонски</span></p>"#;
        assert_eq!(select_multilang(lone, "en"), lone);
        // Spans without the multilang class are ordinary HTML.
        let plain = r#"<span lang="en">A</span><span lang="mk">Б</span>"#;
        assert_eq!(select_multilang(plain, "mk"), plain);
        // Siblings separated by text are two lone spans.
        let apart = r#"<span lang="en" class="multilang">A</span>, <span lang="mk" class="multilang">Б</span>"#;
        assert_eq!(select_multilang(apart, "mk"), apart);
        // A span inside the chosen one stays whole.
        let nested = r#"<span lang="en" class="multilang"><span style="font-weight:bold">Palermo</span> Protocol</span><span lang="mk" class="multilang">Протокол од Палермо</span>"#;
        assert_eq!(
            select_multilang(nested, "en"),
            r#"<span style="font-weight:bold">Palermo</span> Protocol"#
        );
        // The old syntax.
        assert_eq!(
            select_multilang(
                r#"<lang lang="en">Torture</lang><lang lang="mk">Тортура</lang>"#,
                "mk"
            ),
            "Тортура"
        );
        // Text without multilang content comes back as it was.
        assert_eq!(select_multilang("a < b & {c}", "mk"), "a < b & {c}");
    }

    #[test]
    fn mlang_blocks_keep_the_language_or_other_then_english_then_the_first() {
        let text = "{mlang en}Refugee{mlang}{mlang mk}Бегалец{mlang}";
        assert_eq!(select_multilang(text, "mk"), "Бегалец");
        assert_eq!(select_multilang(text, "en"), "Refugee");
        assert_eq!(select_multilang(text, "sq"), "Refugee");
        let other = "UNHCR: {mlang en}the UN Refugee Agency{mlang}{mlang other}UNHCR{mlang}";
        assert_eq!(select_multilang(other, "mk"), "UNHCR: UNHCR");
        assert_eq!(
            select_multilang(other, "en"),
            "UNHCR: the UN Refugee Agency"
        );
        let listed = "{mlang en,mk}Geneva{mlang}{mlang sq}Gjenevë{mlang}";
        assert_eq!(select_multilang(listed, "mk"), "Geneva");
        assert_eq!(select_multilang(listed, "sq"), "Gjenevë");
        assert_eq!(select_multilang(listed, "fr"), "Geneva");
        let no_en = "{mlang mk}Женева{mlang}{mlang sq}Gjenevë{mlang}";
        assert_eq!(select_multilang(no_en, "fr"), "Женева");
        // Every block of the text, with the text between them.
        let two = "{mlang en}One{mlang}{mlang mk}Еден{mlang} and {mlang en}two{mlang}{mlang mk}два{mlang}";
        assert_eq!(select_multilang(two, "mk"), "Еден and два");
        // Spaces and case as the filter allows them; a block never closed is text.
        assert_eq!(
            select_multilang("{ MLANG  EN }Yes{ mlang }{mlang mk}Да{mlang}", "en"),
            "Yes"
        );
        assert_eq!(select_multilang("{mlang en}open", "en"), "{mlang en}open");
        // Parents count: sr_cr reads the sr block.
        assert_eq!(
            select_multilang("{mlang sr}Да{mlang}{mlang en}Yes{mlang}", "sr_cr"),
            "Да"
        );
    }

    #[test]
    fn utf8_is_decoded_without_bom_and_crlf() {
        assert_eq!(
            decode_utf8(b"\xEF\xBB\xBFa\r\nb\rc").expect("UTF-8"),
            "a\nb\nc"
        );
        let err = decode_utf8(b"ok\nok\n\xFFbad").expect_err("not UTF-8");
        assert_eq!(err.line, 3);
    }
}
