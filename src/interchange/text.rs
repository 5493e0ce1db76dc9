//! Text as the formats give it: bytes to UTF-8, HTML to plain text, Moodle's multilang spans.

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
    let fragment = Html::parse_fragment(html);
    let mut out = String::new();
    for node in fragment.tree.root().descendants() {
        match node.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(element) => {
                let name = element.name();
                if BLOCKS.contains(&name) {
                    out.push('\n');
                } else if name == "img" {
                    if let Some(alt) = element.attr("alt").filter(|a| !a.trim().is_empty()) {
                        out.push_str(alt);
                    }
                }
            }
            _ => {}
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
