//! 1EdTech QTI items, 3.0 (`qti-assessment-item`, `qti-choice-interaction`, kebab-case attributes) and 2.1
//! (`assessmentItem`, `choiceInteraction`, camelCase attributes), read by one reader parameterized by
//! [`Version`]: the two versions name the same concepts, so every lookup is by the QTI 3 name of the concept
//! (`choice-interaction`, `base-type`) spelled the version's way. Elements are matched by local name; the
//! namespace is not checked, but a file whose root is not an assessment item is refused with the reason.
//!
//! What an item becomes:
//! - one choice interaction: `single_choice` or `multiple_choice` by the response's cardinality. A choice
//!   between "True" and "False" stays `single_choice`: QTI has no true/false kind, and its two choices may be
//!   worded in any language ("Точно"/"Нетачно"), so ispit keeps them as the author wrote them.
//! - one text entry: `short_answer` (string) or `numerical` (float, integer; tolerance from the response
//!   processing's `equal`), the blank shown as `_____` in the text as Moodle's GIFT import does (a blank
//!   alone on the last line, the answer box under the question, is left out); several text
//!   entries or inline choices, or one inline choice: `gap_fill` with `[[k]]` at the k-th.
//! - extended text: `essay` (a rubric block for the scorer is its information for the grader); no interaction: `description`; match (two sets): `matching`; gap match:
//!   `gap_fill` with the gap texts as word bank; order: `ordering`.
//! - any other interaction, or several interactions ispit cannot score as one question: `unsupported`.
//!
//! Answers carry `correct` (in the correct response; left out when the item declares none, scoring by its
//! mapping alone) and the raw `score` of the mapping's entry; QTI has no fractions. Outside the inspection
//! view, the item keeps how its response processing scores ([`QtiScoring`]): the template, or the
//! written-out forms the templates expand to (and their sums, one rule per response), with each
//! mapping's bounds and default value. The conversion into a bank decides from it what ispit can score
//! alike; this reader only says what the item does, or why it cannot tell.
//!
//! Pure: never reads files (the content package reader in `package.rs` hands items in); never panics on
//! input; an item it cannot read is one [`Problem`] at its line and column.

use roxmltree::{Document, Node, ParsingOptions};

use super::model::{
    non_empty, Answer, Feedback, Gap, Item, ItemType, NumericValue, Pair, Problem, QtiMapping,
    QtiPair, QtiResponse, QtiRule, QtiScoring, QtiTemplate as Template,
};
use super::{text::html_to_text, Format, Reading};

const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";

/// Which QTI the files are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// QTI 3.0: `qti-` prefixed kebab-case elements, kebab-case attributes.
    V3,
    /// QTI 2.1 (and 2.2, which names things the same): camelCase elements and attributes.
    V21,
}

impl Version {
    /// The QTI version `ispit import --from` names, if the format is QTI.
    pub fn of(format: Format) -> Option<Version> {
        match format {
            Format::Qti3 => Some(Version::V3),
            Format::Qti21 => Some(Version::V21),
            _ => None,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Version::V3 => "QTI 3.0",
            Version::V21 => "QTI 2.1",
        }
    }

    fn other(self) -> Version {
        match self {
            Version::V3 => Version::V21,
            Version::V21 => Version::V3,
        }
    }

    fn flag(self) -> &'static str {
        match self {
            Version::V3 => "qti3",
            Version::V21 => "qti21",
        }
    }

    /// The element name of `concept` (QTI 3 kebab-case without the prefix) in this version.
    pub(crate) fn element(self, concept: &str) -> String {
        match self {
            Version::V3 => format!("qti-{concept}"),
            Version::V21 => camel(concept),
        }
    }

    /// The concept an element stands for (kebab-case, no prefix), if it is one of this version's QTI
    /// elements. In 2.1 the XHTML elements share the QTI namespace and come back as themselves (`p`).
    fn concept(self, node: Node) -> Option<String> {
        if !node.is_element() {
            return None;
        }
        let name = node.tag_name().name();
        match self {
            Version::V3 => name.strip_prefix("qti-").map(str::to_owned),
            Version::V21 => Some(kebab(name)),
        }
    }

    fn is(self, node: Node, concept: &str) -> bool {
        self.concept(node).as_deref() == Some(concept)
    }

    /// The attribute `concept` (kebab-case) of `node`, trimmed.
    fn attr<'a>(self, node: Node<'a, '_>, concept: &str) -> Option<&'a str> {
        let value = match self {
            Version::V3 => node.attribute(concept),
            Version::V21 => node.attribute(camel(concept).as_str()),
        };
        value.map(str::trim)
    }
}

/// `choice-interaction` as `choiceInteraction`.
fn camel(kebab: &str) -> String {
    let mut out = String::with_capacity(kebab.len());
    let mut upper = false;
    for c in kebab.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `choiceInteraction` as `choice-interaction`.
fn kebab(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for c in camel.chars() {
        if c.is_uppercase() {
            out.push('-');
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Reads one item file (already UTF-8 text).
pub fn read(version: Version, text: &str) -> Reading {
    match read_item(version, text) {
        Ok(item) => Reading {
            items: vec![item],
            problems: Vec::new(),
        },
        Err(problem) => Reading::failed(problem),
    }
}

/// Parses XML with the options every QTI reader here uses: a DTD is allowed (old 2.1 exports carry one;
/// roxmltree still refuses entity loops), the number of nodes is bounded.
pub(crate) fn parse_xml(text: &str) -> Result<Document<'_>, Problem> {
    let options = ParsingOptions {
        allow_dtd: true,
        nodes_limit: 2_000_000,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        let message = e.to_string();
        let message = message
            .strip_suffix(&format!(" at {pos}"))
            .unwrap_or(&message)
            .to_owned();
        Problem::at_col(
            pos.row as usize,
            pos.col as usize,
            format!("the XML is not well formed: {message}"),
        )
    })
}

/// The problem at `node`'s line and column.
pub(crate) fn problem_at(doc: &Document, node: Node, message: impl Into<String>) -> Problem {
    let pos = doc.text_pos_at(node.range().start);
    Problem::at_col(pos.row as usize, pos.col as usize, message)
}

/// Reads one item; the problem that stops it otherwise.
pub(crate) fn read_item(version: Version, text: &str) -> Result<Item, Problem> {
    let doc = parse_xml(text)?;
    let root = doc.root_element();
    let ctx = Ctx {
        v: version,
        doc: &doc,
    };
    ctx.check_root(root)?;
    ctx.item(root)
}

impl Template {
    /// The standard templates by the last segment of their URI, QTI 2.1's
    /// (`http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct`) and 3.0's
    /// (`https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml`) alike.
    fn of_uri(uri: &str) -> Template {
        let last = uri.trim().rsplit('/').next().unwrap_or("");
        let last = last.strip_suffix(".xml").unwrap_or(last);
        match last {
            "match_correct" => Template::MatchCorrect,
            "map_response" => Template::MapResponse,
            "map_response_point" => Template::MapResponsePoint,
            _ => Template::Custom,
        }
    }
}

/// A response declaration: what the interactions bound to it are scored by.
struct Response<'a, 'i> {
    node: Node<'a, 'i>,
    identifier: String,
    cardinality: String,
    base_type: String,
    /// The values of the correct response; `None` when the declaration has none.
    correct: Option<Vec<String>>,
    mapping: Vec<MapEntry>,
    /// The mapping's bounds and default value; `None` without a mapping element.
    bounds: Option<Bounds>,
}

struct Bounds {
    lower: Option<f64>,
    upper: Option<f64>,
    default: f64,
}

struct MapEntry {
    key: String,
    value: f64,
    case_sensitive: bool,
}

impl Response<'_, '_> {
    fn score(&self, key: &str) -> Option<f64> {
        self.mapping.iter().find(|e| e.key == key).map(|e| e.value)
    }

    fn is_correct(&self, key: &str) -> Option<bool> {
        self.correct
            .as_ref()
            .map(|values| values.iter().any(|v| v == key))
    }

    /// Directed pairs `source target` of the correct response, or of the mapping's positively scored
    /// entries when the item has no correct response.
    fn pairs(&self) -> Vec<(String, String)> {
        let keys: Vec<&str> = match &self.correct {
            Some(values) => values.iter().map(String::as_str).collect(),
            None => self
                .mapping
                .iter()
                .filter(|e| e.value > 0.0)
                .map(|e| e.key.as_str())
                .collect(),
        };
        keys.into_iter()
            .filter_map(|k| {
                let mut parts = k.split_whitespace();
                match (parts.next(), parts.next(), parts.next()) {
                    (Some(a), Some(b), None) => Some((a.to_owned(), b.to_owned())),
                    _ => None,
                }
            })
            .collect()
    }

    fn pair_score(&self, source: &str, target: &str) -> Option<f64> {
        self.mapping
            .iter()
            .find(|e| {
                let mut parts = e.key.split_whitespace();
                parts.next() == Some(source) && parts.next() == Some(target)
            })
            .map(|e| e.value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Choice,
    TextEntry,
    InlineChoice,
    ExtendedText,
    Match,
    GapMatch,
    Order,
    /// Any interaction ispit has no question for (hotspot, slider, associate…).
    Other,
}

fn kind_of(concept: &str) -> Option<Kind> {
    Some(match concept {
        "choice-interaction" => Kind::Choice,
        "text-entry-interaction" => Kind::TextEntry,
        "inline-choice-interaction" => Kind::InlineChoice,
        "extended-text-interaction" => Kind::ExtendedText,
        "match-interaction" => Kind::Match,
        "gap-match-interaction" => Kind::GapMatch,
        "order-interaction" => Kind::Order,
        other if other.ends_with("-interaction") => Kind::Other,
        _ => return None,
    })
}

/// Text the reader leaves out of question texts: feedback shown after answering, the scorer's rubrics.
const HIDDEN: &[&str] = &["feedback-block", "feedback-inline", "modal-feedback"];

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// How interactions show in the text being rendered.
struct Render {
    /// Inline interactions and gap-match gaps as `[[k]]` (a gap-fill question); else `_____`.
    gaps: bool,
    count: usize,
    /// How deep in elements the rendering is; content below [`MAX_DEPTH`] is left out.
    depth: usize,
}

/// Elements nested deeper than this in a text are not rendered (the rendering recurses; no real item
/// comes near it).
const MAX_DEPTH: usize = 128;

struct Ctx<'a, 'i> {
    v: Version,
    doc: &'a Document<'i>,
}

impl<'a, 'i> Ctx<'a, 'i> {
    fn at(&self, node: Node, message: impl Into<String>) -> Problem {
        problem_at(self.doc, node, message)
    }

    fn check_root(&self, root: Node) -> Result<(), Problem> {
        let name = root.tag_name().name();
        let v = self.v;
        if name == v.element("assessment-item") {
            return Ok(());
        }
        let other = v.other();
        let message = if name == other.element("assessment-item") {
            format!(
                "this is a {} item ({name}), not {}: import it with --from {}",
                other.label(),
                v.label(),
                other.flag()
            )
        } else if [v, other].iter().any(|w| {
            name == w.element("assessment-test") || name == w.element("assessment-section")
        }) {
            format!(
                "this is a QTI {name}, not an item: import the content package (zip) that holds its items"
            )
        } else {
            format!(
                "the root element is <{name}>, not a {} assessment item (<{}>)",
                v.label(),
                v.element("assessment-item")
            )
        };
        Err(self.at(root, message))
    }

    fn children(&self, node: Node<'a, 'i>, concept: &'a str) -> impl Iterator<Item = Node<'a, 'i>> {
        let v = self.v;
        node.children().filter(move |c| v.is(*c, concept))
    }

    fn child(&self, node: Node<'a, 'i>, concept: &'a str) -> Option<Node<'a, 'i>> {
        self.children(node, concept).next()
    }

    /// The `value` children's texts of a `correct-response` or `default-value`.
    fn values(&self, node: Node<'a, 'i>) -> Vec<String> {
        self.children(node, "value")
            .map(|v| v.text().unwrap_or("").trim().to_owned())
            .collect()
    }

    fn response(&self, node: Node<'a, 'i>) -> Result<Response<'a, 'i>, Problem> {
        let v = self.v;
        let mut mapping = Vec::new();
        let mut bounds = None;
        if let Some(map) = self.child(node, "mapping") {
            for entry in self.children(map, "map-entry") {
                let key = v.attr(entry, "map-key").unwrap_or("").to_owned();
                let raw = v.attr(entry, "mapped-value").unwrap_or("");
                let value = raw.parse::<f64>().map_err(|_| {
                    self.at(
                        entry,
                        format!(
                            "the mapped value \"{raw}\" of {} is not a number",
                            v.element("map-entry")
                        ),
                    )
                })?;
                // QTI 2.1 requires the attribute; 3.0 makes it optional, true by default.
                let case_sensitive = v.attr(entry, "case-sensitive") != Some("false");
                mapping.push(MapEntry {
                    key,
                    value,
                    case_sensitive,
                });
            }
            let number = |concept: &str| -> Result<Option<f64>, Problem> {
                match v.attr(map, concept) {
                    None => Ok(None),
                    Some(raw) => raw
                        .parse::<f64>()
                        .ok()
                        .filter(|x| x.is_finite())
                        .map(Some)
                        .ok_or_else(|| {
                            self.at(
                                map,
                                format!(
                                    "the {concept} \"{raw}\" of {} is not a number",
                                    v.element("mapping")
                                ),
                            )
                        }),
                }
            };
            bounds = Some(Bounds {
                lower: number("lower-bound")?,
                upper: number("upper-bound")?,
                default: number("default-value")?.unwrap_or(0.0),
            });
        }
        Ok(Response {
            node,
            identifier: v.attr(node, "identifier").unwrap_or("").to_owned(),
            cardinality: v.attr(node, "cardinality").unwrap_or("single").to_owned(),
            base_type: v.attr(node, "base-type").unwrap_or("").to_owned(),
            correct: self
                .child(node, "correct-response")
                .map(|c| self.values(c))
                .filter(|values| !values.is_empty()),
            mapping,
            bounds,
        })
    }

    /// The response declaration `interaction` is bound to, which must say what is right.
    fn response_of(
        &self,
        root: Node<'a, 'i>,
        interaction: Node<'a, 'i>,
    ) -> Result<Response<'a, 'i>, Problem> {
        let v = self.v;
        let id = v.attr(interaction, "response-identifier").unwrap_or("");
        let Some(node) = self
            .children(root, "response-declaration")
            .find(|d| v.attr(*d, "identifier") == Some(id))
        else {
            return Err(self.at(
                interaction,
                format!(
                    "the {} answers to \"{id}\", which no {} declares",
                    interaction.tag_name().name(),
                    v.element("response-declaration")
                ),
            ));
        };
        let response = self.response(node)?;
        if response.correct.is_none() && response.mapping.is_empty() {
            return Err(self.at(
                node,
                format!(
                    "the response \"{id}\" has neither a correct response ({}) nor a mapping ({}): \
                     ispit cannot tell the right answer",
                    v.element("correct-response"),
                    v.element("mapping")
                ),
            ));
        }
        Ok(response)
    }

    /// The template the response processing names; `None` when it names none.
    fn template(&self, root: Node<'a, 'i>) -> Option<Template> {
        self.child(root, "response-processing")
            .and_then(|rp| self.v.attr(rp, "template"))
            .map(Template::of_uri)
    }

    /// The points: the default value of the `MAXSCORE` outcome, else the normal maximum of `SCORE`.
    fn points(&self, root: Node<'a, 'i>) -> Option<f64> {
        let v = self.v;
        let outcome = |id: &str| {
            self.children(root, "outcome-declaration")
                .find(|o| v.attr(*o, "identifier") == Some(id))
        };
        outcome("MAXSCORE")
            .and_then(|o| self.child(o, "default-value"))
            .and_then(|d| self.values(d).first()?.parse::<f64>().ok())
            .or_else(|| {
                outcome("SCORE")
                    .and_then(|o| v.attr(o, "normal-maximum"))
                    .and_then(|n| n.parse::<f64>().ok())
            })
    }

    /// The tolerance of a numerical answer `value`: from an `equal` of the response processing that
    /// compares the response (`absolute`, or `relative` in percent), else 0. Where the lower and upper
    /// tolerances differ, the smaller, for the inspection view (the conversion refuses such an item:
    /// ispit's tolerance is the same both ways).
    fn tolerance(&self, root: Node<'a, 'i>, response: &str, value: f64) -> f64 {
        let v = self.v;
        let Some(rp) = self.child(root, "response-processing") else {
            return 0.0;
        };
        let equal = rp.descendants().find(|n| {
            v.is(*n, "equal")
                && n.descendants()
                    .any(|d| v.is(d, "variable") && v.attr(d, "identifier") == Some(response))
        });
        let Some(equal) = equal else {
            return 0.0;
        };
        let bounds: Vec<f64> = v
            .attr(equal, "tolerance")
            .unwrap_or("")
            .split_whitespace()
            .filter_map(|t| t.parse::<f64>().ok())
            .filter(|t| t.is_finite() && *t >= 0.0)
            .collect();
        let Some(t) = bounds.iter().copied().reduce(f64::min) else {
            return 0.0;
        };
        match v.attr(equal, "tolerance-mode") {
            Some("absolute") => t,
            Some("relative") => value.abs() * t / 100.0,
            _ => 0.0,
        }
    }

    // ----- scoring -----

    /// How the item scores the responses of `interactions` (see [`QtiScoring`]).
    fn scoring(&self, root: Node<'a, 'i>, interactions: &[(Node<'a, 'i>, Kind)]) -> QtiScoring {
        let v = self.v;
        let template = self.template(root);
        let (rules, unguarded, mut unreadable) = match self.rules(root, template) {
            Ok((rules, unguarded)) => (rules, unguarded, None),
            Err(why) => (Vec::new(), Vec::new(), Some(why)),
        };
        let mut responses = Vec::new();
        for (node, kind) in interactions {
            let id = v.attr(*node, "response-identifier").unwrap_or("");
            let declaration = self
                .children(root, "response-declaration")
                .find(|d| v.attr(*d, "identifier") == Some(id));
            // A missing or unreadable declaration stopped the item already.
            let Some(Ok(response)) = declaration.map(|d| self.response(d)) else {
                continue;
            };
            let rule = rules
                .iter()
                .find(|(r, _)| r == id)
                .map_or(QtiRule::Unscored, |(_, rule)| *rule);
            let mapping = response.bounds.as_ref().map(|b| QtiMapping {
                lower_bound: b.lower,
                upper_bound: b.upper,
                default_value: b.default,
                case_sensitive: case_sensitivity(&response.mapping),
                pairs: self.mapped_pairs(*node, *kind, &response),
            });
            // Without the template's `is-null` check, an unanswered single response is left to the mapping.
            if let Some(b) = &response.bounds {
                let default = b.lower.map_or(b.default, |l| b.default.max(l));
                let default = b.upper.map_or(default, |u| default.min(u));
                if unguarded.iter().any(|u| u == id)
                    && response.cardinality == "single"
                    && default != 0.0
                    && unreadable.is_none()
                {
                    unreadable = Some(format!(
                        "its response processing maps the answer to \"{id}\" without checking for no answer \
                         (is-null), which leaves an unanswered question to the mapping's default value {default}: \
                         ispit gives it nothing"
                    ));
                }
            }
            // QTI's default is one choice.
            let max_choices = (*kind == Kind::Choice).then(|| {
                v.attr(*node, "max-choices")
                    .and_then(|m| m.parse().ok())
                    .unwrap_or(1)
            });
            responses.push(QtiResponse {
                identifier: id.to_owned(),
                cardinality: response.cardinality.clone(),
                rule,
                mapping,
                max_choices,
            });
        }
        QtiScoring {
            template,
            unreadable,
            responses,
        }
    }

    /// The mapping's entries of a match (left and right item texts) or gap match (word, and `[[k]]` for
    /// the k-th gap), each pair turned the way round the reader pairs them. Entries naming no choice of
    /// the interaction cannot be given, and are left out.
    fn mapped_pairs(&self, node: Node<'a, 'i>, kind: Kind, response: &Response) -> Vec<QtiPair> {
        let v = self.v;
        let (left, right): (Labelled, Labelled) = match kind {
            Kind::Match => {
                let sets: Vec<Node> = self.children(node, "simple-match-set").collect();
                let [l, r] = sets.as_slice() else {
                    return Vec::new();
                };
                (
                    self.labelled(*l, "simple-associable-choice"),
                    self.labelled(*r, "simple-associable-choice"),
                )
            }
            Kind::GapMatch => (
                self.labelled(node, "gap-text"),
                node.descendants()
                    .filter(|n| v.is(*n, "gap"))
                    .enumerate()
                    .map(|(k, g)| {
                        (
                            v.attr(g, "identifier").unwrap_or("").to_owned(),
                            format!("[[{}]]", k + 1),
                        )
                    })
                    .collect(),
            ),
            _ => return Vec::new(),
        };
        let find = |set: &[(String, String)], id: &str| {
            set.iter().find(|(c, _)| c == id).map(|(_, t)| t.clone())
        };
        response
            .mapping
            .iter()
            .filter_map(|entry| {
                let mut parts = entry.key.split_whitespace();
                let (a, b) = match (parts.next(), parts.next(), parts.next()) {
                    (Some(a), Some(b), None) => (a, b),
                    _ => return None,
                };
                let (l, r) = match (find(&left, a), find(&right, b)) {
                    (Some(l), Some(r)) => (l, r),
                    _ => (find(&left, b)?, find(&right, a)?),
                };
                Some(QtiPair {
                    left: l,
                    right: r,
                    value: entry.value,
                })
            })
            .collect()
    }

    /// `SCORE`'s value before the response processing: its default value, else 0 (QTI's default for a
    /// numeric outcome).
    fn score_default(&self, root: Node<'a, 'i>) -> f64 {
        let v = self.v;
        self.children(root, "outcome-declaration")
            .find(|o| v.attr(*o, "identifier") == Some("SCORE"))
            .and_then(|o| self.child(o, "default-value"))
            .and_then(|d| self.values(d).first()?.parse::<f64>().ok())
            .unwrap_or(0.0)
    }

    /// How the response processing adds each response to `SCORE`, by response identifier, and the
    /// responses it maps without the `is-null` check; or why ispit cannot tell. A standard template scores `RESPONSE`. Written out, the forms read are those the
    /// templates expand to and their sums: `SCORE` set to `map-response` (or a `sum` of them, or guarded
    /// by `is-null` giving 0), and `SCORE` set to (or increased by) a number when a response `match`es
    /// (or is `equal` to) its correct response. Statements that leave `SCORE` alone (feedback) are
    /// passed over.
    fn rules(
        &self,
        root: Node<'a, 'i>,
        template: Option<Template>,
    ) -> Result<(Rules, Vec<String>), String> {
        let v = self.v;
        let Some(rp) = self.child(root, "response-processing") else {
            return Err("it has no response processing, so QTI gives no answer any marks".into());
        };
        if let Some(template) = template {
            let rule = match template {
                Template::MatchCorrect => QtiRule::Correct {
                    score: 1.0,
                    tolerance: false,
                },
                Template::MapResponse => QtiRule::Map,
                Template::MapResponsePoint => QtiRule::MapPoint,
                Template::Custom => {
                    return Err(format!(
                        "its response processing template ({}) is not one of QTI's standard templates, \
                         so ispit cannot tell what each answer earns",
                        v.attr(rp, "template").unwrap_or("")
                    ))
                }
            };
            return Ok((vec![("RESPONSE".to_owned(), rule)], Vec::new()));
        }
        let starts_at_zero = self.score_default(root) == 0.0;
        let mut rules: Rules = Vec::new();
        let mut unguarded = Vec::new();
        let mut first = true;
        for statement in rp.children().filter(|n| n.is_element()) {
            if !self.touches_score(statement) {
                continue;
            }
            let unread = || {
                let pos = self.doc.text_pos_at(statement.range().start);
                format!(
                    "its response processing computes SCORE in a way ispit does not read ({} at line {}), \
                     so ispit cannot tell what each answer earns",
                    statement.tag_name().name(),
                    pos.row
                )
            };
            if let Some(problem) = self.tolerance_problem(statement) {
                return Err(problem);
            }
            let step = self.step(statement).ok_or_else(unread)?;
            // A `SCORE` set after it was computed would undo what came before; one increased from its
            // default counts on it being 0.
            let from_default = match step.how {
                How::Set { keeps_default } => {
                    if !first {
                        return Err(unread());
                    }
                    keeps_default
                }
                How::Add => first,
            };
            if from_default && !starts_at_zero {
                return Err(format!(
                    "its SCORE starts at {}, not 0, so a wrong answer earns marks: ispit gives it none",
                    self.score_default(root)
                ));
            }
            if !step.guarded {
                unguarded.extend(step.rules.iter().map(|(id, _)| id.clone()));
            }
            for (id, rule) in step.rules {
                if rules.iter().any(|(r, _)| *r == id) {
                    return Err(unread());
                }
                rules.push((id, rule));
            }
            first = false;
        }
        Ok((rules, unguarded))
    }

    /// Why an `equal` in `statement` compares numbers otherwise than ispit's tolerance, which is the same
    /// below and above the answer and includes both ends.
    fn tolerance_problem(&self, statement: Node) -> Option<String> {
        let v = self.v;
        statement
            .descendants()
            .filter(|n| v.is(*n, "equal"))
            .find_map(|equal| {
                let line = self.doc.text_pos_at(equal.range().start).row;
                let name = equal.tag_name().name();
                let excluded = ["include-lower-bound", "include-upper-bound"]
                    .iter()
                    .any(|b| v.attr(equal, b) == Some("false"));
                if excluded {
                    return Some(format!(
                        "its response processing leaves out an end of its tolerance ({name} at line {line}): \
                         ispit's tolerance includes both ends"
                    ));
                }
                let tolerances: Vec<&str> = v
                    .attr(equal, "tolerance")
                    .unwrap_or("")
                    .split_whitespace()
                    .collect();
                let exact = matches!(v.attr(equal, "tolerance-mode"), None | Some("exact"));
                let [below, above] = tolerances.as_slice() else {
                    return None;
                };
                let differ = below.parse::<f64>().ok() != above.parse::<f64>().ok();
                (!exact && differ).then(|| {
                    format!(
                        "its tolerance is {below} below the answer and {above} above ({name} at line {line}): \
                         ispit's tolerance is the same both ways"
                    )
                })
            })
    }

    /// Whether a response processing statement may change `SCORE` (or stop the processing).
    fn touches_score(&self, statement: Node) -> bool {
        let v = self.v;
        statement.descendants().any(|n| {
            v.is(n, "exit-response")
                || ((v.is(n, "set-outcome-value") || v.is(n, "lookup-outcome-value"))
                    && v.attr(n, "identifier") == Some("SCORE"))
        })
    }

    /// The statements among `nodes` that change `SCORE`.
    fn score_statements(&self, nodes: impl Iterator<Item = Node<'a, 'i>>) -> Vec<Node<'a, 'i>> {
        nodes
            .filter(|n| n.is_element() && self.touches_score(*n))
            .collect()
    }

    /// One statement that changes `SCORE`, if it is of a form ispit reads.
    fn step(&self, statement: Node<'a, 'i>) -> Option<Step> {
        let v = self.v;
        if v.is(statement, "set-outcome-value") {
            return Some(Step {
                rules: self.mapped(statement)?,
                how: How::Set {
                    keeps_default: false,
                },
                guarded: false,
            });
        }
        if !v.is(statement, "response-condition") {
            return None;
        }
        let branches: Vec<Node> = statement.children().filter(|n| n.is_element()).collect();
        let (if_branch, else_branch) = match branches.as_slice() {
            [i] if v.is(*i, "response-if") => (*i, None),
            [i, e] if v.is(*i, "response-if") && v.is(*e, "response-else") => (*i, Some(*e)),
            _ => return None,
        };
        let mut parts = if_branch.children().filter(|n| n.is_element());
        let condition = parts.next()?;
        let then = self.score_statements(parts);
        let otherwise = else_branch
            .map(|e| self.score_statements(e.children()))
            .unwrap_or_default();
        let [then] = then.as_slice() else {
            return None;
        };
        // `is-null(R)`: 0, else `map-response(R)` (the map_response template).
        if v.is(condition, "is-null") {
            let id = self.variable(self.only_child(condition)?)?;
            let [otherwise] = otherwise.as_slice() else {
                return None;
            };
            if self.set_to(*then)? != Some(0.0) {
                return None;
            }
            let rules = self.mapped(*otherwise)?;
            return matches!(rules.as_slice(), [(r, _)] if *r == id).then_some(Step {
                rules,
                how: How::Set {
                    keeps_default: false,
                },
                guarded: true,
            });
        }
        // `match(R, correct(R))` or `equal(…)`: a number (the match_correct template, or a sum of them).
        let tolerance = if v.is(condition, "match") {
            false
        } else if v.is(condition, "equal") {
            // Its tolerance was checked by `tolerance_problem`.
            true
        } else {
            return None;
        };
        let id = self.against_correct(condition)?;
        let (how, score) = match (self.set_to(*then), self.added(*then)) {
            (Some(Some(score)), _) => {
                let keeps_default = match otherwise.as_slice() {
                    [] => true,
                    [e] if self.set_to(*e)? == Some(0.0) => false,
                    _ => return None,
                };
                (How::Set { keeps_default }, score)
            }
            (_, Some(score)) => {
                match otherwise.as_slice() {
                    [] => {}
                    [e] if self.added(*e)? == 0.0 => {}
                    _ => return None,
                }
                (How::Add, score)
            }
            _ => return None,
        };
        Some(Step {
            rules: vec![(id, QtiRule::Correct { score, tolerance })],
            how,
            guarded: true,
        })
    }

    /// The one element child of `node`.
    fn only_child(&self, node: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
        let children: Vec<Node> = node.children().filter(|n| n.is_element()).collect();
        match children.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The identifier a `variable` names.
    fn variable(&self, node: Node) -> Option<String> {
        self.v
            .is(node, "variable")
            .then(|| self.v.attr(node, "identifier"))
            .flatten()
            .map(str::to_owned)
    }

    /// The response a `match`/`equal` compares with its own correct response (in either order).
    fn against_correct(&self, condition: Node) -> Option<String> {
        let v = self.v;
        let operands: Vec<Node> = condition.children().filter(|n| n.is_element()).collect();
        let [a, b] = operands.as_slice() else {
            return None;
        };
        let (var, correct) = if v.is(*a, "variable") {
            (*a, *b)
        } else {
            (*b, *a)
        };
        let id = self.variable(var)?;
        (v.is(correct, "correct") && v.attr(correct, "identifier") == Some(id.as_str()))
            .then_some(id)
    }

    /// `SCORE` set to `map-response` of responses (one, or a `sum` of several): their rules.
    fn mapped(&self, statement: Node<'a, 'i>) -> Option<Rules> {
        let v = self.v;
        if !(v.is(statement, "set-outcome-value")
            && v.attr(statement, "identifier") == Some("SCORE"))
        {
            return None;
        }
        let expression = self.only_child(statement)?;
        let terms: Vec<Node> = if v.is(expression, "sum") {
            expression.children().filter(|n| n.is_element()).collect()
        } else {
            vec![expression]
        };
        terms
            .into_iter()
            .map(|term| {
                let rule = if v.is(term, "map-response") {
                    QtiRule::Map
                } else if v.is(term, "map-response-point") {
                    QtiRule::MapPoint
                } else {
                    return None;
                };
                Some((v.attr(term, "identifier")?.to_owned(), rule))
            })
            .collect()
    }

    /// `SCORE` set to a number: `Some(Some(n))`; set to something else, `Some(None)`; not a `SCORE` set,
    /// `None`.
    fn set_to(&self, statement: Node<'a, 'i>) -> Option<Option<f64>> {
        let v = self.v;
        if !(v.is(statement, "set-outcome-value")
            && v.attr(statement, "identifier") == Some("SCORE"))
        {
            return None;
        }
        Some(self.only_child(statement).and_then(|e| self.number(e)))
    }

    /// `SCORE` set to `SCORE` plus a number: the number.
    fn added(&self, statement: Node<'a, 'i>) -> Option<f64> {
        let v = self.v;
        if !(v.is(statement, "set-outcome-value")
            && v.attr(statement, "identifier") == Some("SCORE"))
        {
            return None;
        }
        let sum = self.only_child(statement)?;
        if !v.is(sum, "sum") {
            return None;
        }
        let terms: Vec<Node> = sum.children().filter(|n| n.is_element()).collect();
        let [a, b] = terms.as_slice() else {
            return None;
        };
        let (score, number) = if self.variable(*a).as_deref() == Some("SCORE") {
            (*a, *b)
        } else {
            (*b, *a)
        };
        (self.variable(score).as_deref() == Some("SCORE")).then_some(())?;
        self.number(number)
    }

    /// A `base-value`'s number.
    fn number(&self, node: Node) -> Option<f64> {
        self.v
            .is(node, "base-value")
            .then(|| node.text()?.trim().parse::<f64>().ok())
            .flatten()
            .filter(|n| n.is_finite())
    }

    // ----- text -----

    fn html_children(&self, node: Node<'a, 'i>, out: &mut String, render: &mut Render) {
        for child in node.children() {
            self.html_node(child, out, render);
        }
    }

    /// `node` as HTML for `html_to_text`: the elements by local name (an image with its `alt`), the text
    /// escaped, interactions replaced by their prompt or their gap, feedback left out.
    fn html_node(&self, node: Node<'a, 'i>, out: &mut String, render: &mut Render) {
        if render.depth >= MAX_DEPTH {
            return;
        }
        render.depth += 1;
        self.html_node_within(node, out, render);
        render.depth -= 1;
    }

    fn html_node_within(&self, node: Node<'a, 'i>, out: &mut String, render: &mut Render) {
        if node.is_text() {
            let text = node.text().unwrap_or("");
            if node.ancestors().any(|a| a.has_tag_name("pre")) {
                escape(text, out);
            } else {
                // A line break in XML text is a space, as in HTML (`html_to_text` keeps the text's own
                // line breaks, which plain-text formats need).
                escape(&text.replace(['\n', '\t', '\r'], " "), out);
            }
            return;
        }
        if !node.is_element() {
            return;
        }
        let v = self.v;
        if let Some(concept) = v.concept(node) {
            if HIDDEN.contains(&concept.as_str()) {
                return;
            }
            if concept == "rubric-block"
                && !v
                    .attr(node, "view")
                    .is_some_and(|view| view.split_whitespace().any(|w| w == "candidate"))
            {
                return;
            }
            if concept == "gap" && render.gaps {
                render.count += 1;
                out.push_str(&format!("[[{}]]", render.count));
                return;
            }
            if let Some(kind) = kind_of(&concept) {
                match kind {
                    Kind::TextEntry | Kind::InlineChoice => {
                        if render.gaps {
                            render.count += 1;
                            out.push_str(&format!("[[{}]]", render.count));
                        } else {
                            out.push_str("_____");
                        }
                    }
                    Kind::GapMatch if render.gaps => {
                        out.push_str("<div>");
                        for child in node.children() {
                            if !(v.is(child, "gap-text") || v.is(child, "gap-img")) {
                                self.html_node(child, out, render);
                            }
                        }
                        out.push_str("</div>");
                    }
                    _ => {
                        if let Some(prompt) = self.child(node, "prompt") {
                            self.html_node(prompt, out, render);
                        }
                    }
                }
                return;
            }
            if concept == "prompt" {
                out.push_str("<div>");
                self.html_children(node, out, render);
                out.push_str("</div>");
                return;
            }
        }
        let name = node.tag_name().name();
        out.push('<');
        out.push_str(name);
        if let Some(alt) = node.attribute("alt") {
            out.push_str(" alt=\"");
            escape(alt, out);
            out.push('"');
        }
        out.push('>');
        if VOID.contains(&name) {
            return;
        }
        self.html_children(node, out, render);
        out.push_str("</");
        out.push_str(name);
        out.push('>');
    }

    /// The plain text of an element's content (a choice, a prompt, a feedback).
    fn text_of(&self, node: Node<'a, 'i>) -> String {
        let mut out = String::new();
        let mut render = Render {
            gaps: false,
            count: 0,
            depth: 0,
        };
        self.html_children(node, &mut out, &mut render);
        html_to_text(&out)
    }

    fn body_text(&self, body: Option<Node<'a, 'i>>, gaps: bool) -> String {
        let Some(body) = body else {
            return String::new();
        };
        let mut out = String::new();
        let mut render = Render {
            gaps,
            count: 0,
            depth: 0,
        };
        self.html_children(body, &mut out, &mut render);
        html_to_text(&out)
    }

    // ----- the item -----

    fn item(&self, root: Node<'a, 'i>) -> Result<Item, Problem> {
        let v = self.v;
        let line = self.doc.text_pos_at(root.range().start).row as usize;
        let body = self.child(root, "item-body");
        let interactions: Vec<(Node<'a, 'i>, Kind)> = body
            .map(|b| {
                b.descendants()
                    .filter_map(|n| Some((n, kind_of(&v.concept(n)?)?)))
                    .collect()
            })
            .unwrap_or_default();
        let inline = interactions
            .iter()
            .all(|(_, k)| matches!(k, Kind::TextEntry | Kind::InlineChoice));
        let one_text_entry = matches!(interactions.as_slice(), [(_, Kind::TextEntry)]);
        let gap_fill = (!interactions.is_empty() && inline && !one_text_entry)
            || matches!(interactions.as_slice(), [(_, Kind::GapMatch)]);
        let text = self.body_text(body, gap_fill);

        let mut item = if let Some(reason) = self.unsupported(&interactions, inline) {
            Item::unsupported(line, text, reason)
        } else if interactions.is_empty() {
            Item::new(ItemType::Description, line, text)
        } else if gap_fill && inline {
            self.inline_gaps(root, &interactions, line, text)?
        } else {
            let (node, kind) = interactions[0];
            match kind {
                Kind::Choice => self.choice(root, node, line, text)?,
                Kind::TextEntry => self.text_entry(root, node, line, text)?,
                Kind::ExtendedText => Item::new(ItemType::Essay, line, text),
                Kind::Match => self.matching(root, node, line, text)?,
                Kind::GapMatch => self.gap_match(root, node, line, text)?,
                Kind::Order => self.ordering(root, node, line, text)?,
                Kind::InlineChoice | Kind::Other => {
                    Item::unsupported(line, text, "the interaction is not one ispit reads")
                }
            }
        };
        item.name = [v.attr(root, "title"), v.attr(root, "identifier")]
            .into_iter()
            .flatten()
            .find(|n| !n.is_empty())
            .map(str::to_owned);
        item.points = self.points(root);
        item.lang = root
            .attribute((XML_NAMESPACE, "lang"))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned);
        if item.kind == ItemType::Essay {
            item.grader_info = non_empty(
                self.children(root, "item-body")
                    .flat_map(|b| b.descendants())
                    .filter(|n| {
                        v.is(*n, "rubric-block")
                            && v.attr(*n, "view")
                                .is_some_and(|view| view.split_whitespace().any(|w| w == "scorer"))
                    })
                    .map(|r| self.text_of(r))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        if !matches!(
            item.kind,
            ItemType::Unsupported | ItemType::Description | ItemType::Essay
        ) {
            item.qti = Some(self.scoring(root, &interactions));
        }
        self.feedback(root, body, &mut item);
        Ok(item)
    }

    /// Why the item cannot be one ispit question, if it cannot.
    fn unsupported(&self, interactions: &[(Node<'a, 'i>, Kind)], inline: bool) -> Option<String> {
        if let Some((node, _)) = interactions.iter().find(|(_, k)| *k == Kind::Other) {
            return Some(format!(
                "{}: ispit has no question of this kind",
                node.tag_name().name()
            ));
        }
        if interactions.len() > 1 && !inline {
            let mut names: Vec<&str> = interactions
                .iter()
                .map(|(n, _)| n.tag_name().name())
                .collect();
            names.dedup();
            return Some(format!(
                "the item has {} interactions ({}) that ispit cannot score as one question",
                interactions.len(),
                names.join(", ")
            ));
        }
        None
    }

    fn shuffle(&self, interaction: Node) -> bool {
        self.v.attr(interaction, "shuffle") == Some("true")
    }

    fn choice(
        &self,
        root: Node<'a, 'i>,
        node: Node<'a, 'i>,
        line: usize,
        text: String,
    ) -> Result<Item, Problem> {
        let v = self.v;
        let response = self.response_of(root, node)?;
        let kind = match response.cardinality.as_str() {
            "single" => ItemType::SingleChoice,
            "multiple" => ItemType::MultipleChoice,
            other => {
                return Err(self.at(
                    response.node,
                    format!("a choice interaction's response has cardinality \"{other}\"; ispit reads single or multiple"),
                ))
            }
        };
        let choices: Vec<Node> = self.children(node, "simple-choice").collect();
        self.check_known(
            &response,
            choices
                .iter()
                .map(|c| v.attr(*c, "identifier").unwrap_or("")),
        )?;
        let mut item = Item::new(kind, line, text);
        for choice in choices {
            let id = v.attr(choice, "identifier").unwrap_or("");
            let feedback = self
                .children(choice, "feedback-inline")
                .map(|f| self.text_of(f))
                .filter(|f| !f.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            item.answers.push(Answer {
                text: Some(self.text_of(choice)),
                correct: response.is_correct(id),
                score: response.score(id),
                feedback: non_empty(feedback),
                ..Answer::default()
            });
        }
        item.shuffle = Some(self.shuffle(node));
        Ok(item)
    }

    /// Every value of the correct response must name one of `ids`.
    fn check_known<'s>(
        &self,
        response: &Response,
        ids: impl Iterator<Item = &'s str>,
    ) -> Result<(), Problem> {
        let ids: Vec<&str> = ids.collect();
        for value in response.correct.iter().flatten() {
            if !ids.contains(&value.as_str()) {
                return Err(self.at(
                    response.node,
                    format!(
                        "the correct response of \"{}\" names \"{value}\", which is not a choice of its interaction",
                        response.identifier
                    ),
                ));
            }
        }
        Ok(())
    }

    fn numeric(&self, node: Node, raw: &str) -> Result<f64, Problem> {
        raw.trim()
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite())
            .ok_or_else(|| self.at(node, format!("\"{raw}\" is not a number")))
    }

    /// The answers of a text entry: the correct values, then the mapping's other entries; numbers for a
    /// float or integer response. Also whether its strings are compared case-sensitively.
    fn typed_answers(
        &self,
        root: Node<'a, 'i>,
        response: &Response,
        numeric: bool,
    ) -> Result<(Vec<Answer>, bool), Problem> {
        let mut keys: Vec<&str> = response
            .correct
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        for entry in &response.mapping {
            if !keys.contains(&entry.key.as_str()) {
                keys.push(&entry.key);
            }
        }
        let mut answers = Vec::new();
        for key in keys {
            let correct = response.is_correct(key);
            let mut answer = Answer {
                correct,
                score: response.score(key),
                ..Answer::default()
            };
            if numeric {
                let value = self.numeric(response.node, key)?;
                answer.value = Some(NumericValue::Number(value));
                answer.tolerance = Some(if correct == Some(false) {
                    0.0
                } else {
                    self.tolerance(root, &response.identifier, value)
                });
            } else {
                answer.text = Some(key.to_owned());
            }
            answers.push(answer);
        }
        // `match` compares strings exactly; a mapping may relax it per entry.
        let case_sensitive = self.template(root) == Some(Template::MatchCorrect)
            || response.mapping.iter().all(|e| e.case_sensitive);
        Ok((answers, case_sensitive))
    }

    fn is_numeric(&self, response: &Response) -> Result<bool, Problem> {
        match response.base_type.as_str() {
            "string" => Ok(false),
            "float" | "integer" => Ok(true),
            other => Err(self.at(
                response.node,
                format!(
                    "a text entry's response has base type \"{other}\"; ispit reads string, float or integer"
                ),
            )),
        }
    }

    fn text_entry(
        &self,
        root: Node<'a, 'i>,
        node: Node<'a, 'i>,
        line: usize,
        text: String,
    ) -> Result<Item, Problem> {
        let response = self.response_of(root, node)?;
        let numeric = self.is_numeric(&response)?;
        let kind = if numeric {
            ItemType::Numerical
        } else {
            ItemType::ShortAnswer
        };
        // A blank alone on the last line is the answer box under the question, not part of its text.
        let text = match text.strip_suffix("_____") {
            Some(rest) if rest.is_empty() || rest.ends_with('\n') => rest.trim_end().to_owned(),
            _ => text,
        };
        let mut item = Item::new(kind, line, text);
        let (answers, case_sensitive) = self.typed_answers(root, &response, numeric)?;
        item.answers = answers;
        if !numeric {
            item.case_sensitive = Some(case_sensitive);
        }
        Ok(item)
    }

    /// Text entries and inline choices in the text: one gap each.
    fn inline_gaps(
        &self,
        root: Node<'a, 'i>,
        interactions: &[(Node<'a, 'i>, Kind)],
        line: usize,
        text: String,
    ) -> Result<Item, Problem> {
        let v = self.v;
        let mut item = Item::new(ItemType::GapFill, line, text);
        let mut case_sensitive = None;
        let mut shuffles = Vec::new();
        for (node, kind) in interactions {
            let response = self.response_of(root, *node)?;
            let mut gap = Gap::default();
            if *kind == Kind::TextEntry {
                let numeric = self.is_numeric(&response)?;
                let (answers, cs) = self.typed_answers(root, &response, numeric)?;
                gap.answers = answers;
                if !numeric {
                    case_sensitive = Some(case_sensitive.unwrap_or(true) && cs);
                }
            } else {
                let choices: Vec<(&str, String)> = self
                    .children(*node, "inline-choice")
                    .map(|c| (v.attr(c, "identifier").unwrap_or(""), self.text_of(c)))
                    .collect();
                self.check_known(&response, choices.iter().map(|(id, _)| *id))?;
                gap.options = choices.iter().map(|(_, t)| t.clone()).collect();
                let mut ids: Vec<&str> = response
                    .correct
                    .iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                for entry in &response.mapping {
                    if !ids.contains(&entry.key.as_str()) {
                        ids.push(&entry.key);
                    }
                }
                for id in ids {
                    if let Some((_, text)) = choices.iter().find(|(c, _)| *c == id) {
                        gap.answers.push(Answer {
                            text: Some(text.clone()),
                            correct: response.is_correct(id),
                            score: response.score(id),
                            ..Answer::default()
                        });
                    }
                }
                shuffles.push(self.shuffle(*node));
            }
            item.gaps.push(gap);
        }
        item.case_sensitive = case_sensitive;
        if let Some(first) = shuffles.first() {
            if shuffles.iter().all(|s| s == first) {
                item.shuffle = Some(*first);
            }
        }
        Ok(item)
    }

    /// (identifier, text) of the associable choices named `concept` under `node`.
    fn labelled(&self, node: Node<'a, 'i>, concept: &'a str) -> Vec<(String, String)> {
        self.children(node, concept)
            .map(|c| {
                (
                    self.v.attr(c, "identifier").unwrap_or("").to_owned(),
                    self.text_of(c),
                )
            })
            .collect()
    }

    fn unknown_pair(&self, response: &Response, a: &str, b: &str) -> Problem {
        self.at(
            response.node,
            format!(
                "the pair \"{a} {b}\" of \"{}\" does not join two choices of its interaction",
                response.identifier
            ),
        )
    }

    fn matching(
        &self,
        root: Node<'a, 'i>,
        node: Node<'a, 'i>,
        line: usize,
        text: String,
    ) -> Result<Item, Problem> {
        let sets: Vec<Node> = self.children(node, "simple-match-set").collect();
        let [left_set, right_set] = sets.as_slice() else {
            return Ok(Item::unsupported(
                line,
                text,
                format!(
                    "{} with {} match sets: ispit's matching has two",
                    node.tag_name().name(),
                    sets.len()
                ),
            ));
        };
        let response = self.response_of(root, node)?;
        let left = self.labelled(*left_set, "simple-associable-choice");
        let right = self.labelled(*right_set, "simple-associable-choice");
        let find = |set: &[(String, String)], id: &str| {
            set.iter().find(|(c, _)| c == id).map(|(_, t)| t.clone())
        };
        let mut item = Item::new(ItemType::Matching, line, text);
        let mut paired_left = Vec::new();
        let mut paired_right = Vec::new();
        for (a, b) in response.pairs() {
            // A directed pair goes from the first set to the second; some tools write it the other way.
            let (l, r) = match (find(&left, &a), find(&right, &b)) {
                (Some(l), Some(r)) => (l, r),
                _ => match (find(&left, &b), find(&right, &a)) {
                    (Some(l), Some(r)) => (l, r),
                    _ => return Err(self.unknown_pair(&response, &a, &b)),
                },
            };
            item.pairs.push(Pair { left: l, right: r });
            paired_left.push(if find(&left, &a).is_some() {
                a.clone()
            } else {
                b.clone()
            });
            paired_right.push(if find(&right, &b).is_some() { b } else { a });
        }
        for (id, label) in &left {
            let times = paired_left.iter().filter(|p| *p == id).count();
            if times != 1 {
                let why = if times == 0 {
                    "pairs with nothing"
                } else {
                    "pairs with several right-hand items"
                };
                let reason = format!(
                    "{}: \"{label}\" {why}; ispit's matching pairs each left-hand item with one right-hand item",
                    node.tag_name().name()
                );
                return Ok(Item::unsupported(line, item.text, reason));
            }
        }
        item.extra_right = right
            .iter()
            .filter(|(id, _)| !paired_right.contains(id))
            .map(|(_, t)| t.clone())
            .collect();
        item.shuffle = Some(self.shuffle(node));
        Ok(item)
    }

    fn gap_match(
        &self,
        root: Node<'a, 'i>,
        node: Node<'a, 'i>,
        line: usize,
        text: String,
    ) -> Result<Item, Problem> {
        let v = self.v;
        if self.child(node, "gap-img").is_some() {
            return Ok(Item::unsupported(
                line,
                text,
                format!(
                    "{} with image gaps ({}): ispit's word bank holds words",
                    node.tag_name().name(),
                    v.element("gap-img")
                ),
            ));
        }
        let response = self.response_of(root, node)?;
        let words = self.labelled(node, "gap-text");
        let gaps: Vec<&str> = node
            .descendants()
            .filter(|n| v.is(*n, "gap"))
            .map(|g| v.attr(g, "identifier").unwrap_or(""))
            .collect();
        let mut item = Item::new(ItemType::GapFill, line, text);
        item.choices = words.iter().map(|(_, t)| t.clone()).collect();
        item.gaps = vec![Gap::default(); gaps.len()];
        for (a, b) in response.pairs() {
            // Source the gap text, target the gap; tolerate the reverse.
            let word = |id: &str| words.iter().find(|(w, _)| w == id);
            let gap = |id: &str| gaps.iter().position(|g| *g == id);
            let (w, g) = match (word(&a), gap(&b)) {
                (Some(w), Some(g)) => (w, g),
                _ => match (word(&b), gap(&a)) {
                    (Some(w), Some(g)) => (w, g),
                    _ => return Err(self.unknown_pair(&response, &a, &b)),
                },
            };
            item.gaps[g].answers.push(Answer {
                text: Some(w.1.clone()),
                // From the correct response when there is one, else from the mapping's scores.
                correct: response.correct.is_some().then_some(true),
                score: response.pair_score(&w.0, gaps[g]),
                ..Answer::default()
            });
        }
        item.shuffle = Some(self.shuffle(node));
        Ok(item)
    }

    fn ordering(
        &self,
        root: Node<'a, 'i>,
        node: Node<'a, 'i>,
        line: usize,
        text: String,
    ) -> Result<Item, Problem> {
        let response = self.response_of(root, node)?;
        let choices = self.labelled(node, "simple-choice");
        let Some(correct) = &response.correct else {
            return Err(self.at(
                response.node,
                format!(
                    "the order of \"{}\" has no correct response ({}): ispit needs the right order",
                    response.identifier,
                    self.v.element("correct-response")
                ),
            ));
        };
        self.check_known(&response, choices.iter().map(|(id, _)| id.as_str()))?;
        if correct.len() != choices.len() {
            return Ok(Item::unsupported(
                line,
                text,
                format!(
                    "{}: the correct order places {} of its {} choices; ispit orders them all",
                    node.tag_name().name(),
                    correct.len(),
                    choices.len()
                ),
            ));
        }
        let mut item = Item::new(ItemType::Ordering, line, text);
        item.order = correct
            .iter()
            .filter_map(|id| choices.iter().find(|(c, _)| c == id))
            .map(|(_, t)| t.clone())
            .collect();
        item.shuffle = Some(self.shuffle(node));
        Ok(item)
    }

    /// Modal feedback and feedback blocks: `correct`, `incorrect` and `partially_correct` by their
    /// identifier (the usual pattern: the response processing sets a `FEEDBACK` outcome to one of those);
    /// one named after a choice goes to that answer; any other is general feedback.
    fn feedback(&self, root: Node<'a, 'i>, body: Option<Node<'a, 'i>>, item: &mut Item) {
        let v = self.v;
        let choice_ids: Vec<String> = body
            .into_iter()
            .flat_map(|b| b.descendants())
            .filter(|n| v.is(*n, "choice-interaction"))
            .flat_map(|c| self.children(c, "simple-choice"))
            .map(|c| v.attr(c, "identifier").unwrap_or("").to_owned())
            .collect();
        let blocks = self.children(root, "modal-feedback").chain(
            body.into_iter()
                .flat_map(|b| b.descendants())
                .filter(|n| v.is(*n, "feedback-block")),
        );
        let mut feedback = Feedback::default();
        for block in blocks {
            let text = self.text_of(block);
            if text.is_empty() {
                continue;
            }
            let id = v.attr(block, "identifier").unwrap_or("");
            let shown = v.attr(block, "show-hide") != Some("hide");
            let slot = match id.to_lowercase().replace(['-', ' '], "_").as_str() {
                "correct" if shown => &mut feedback.correct,
                "incorrect" | "wrong" if shown => &mut feedback.incorrect,
                "partially_correct" | "partiallycorrect" | "partial" if shown => {
                    &mut feedback.partially_correct
                }
                _ => {
                    let answer = choice_ids
                        .iter()
                        .position(|c| c == id)
                        .filter(|_| shown && item.answers.len() == choice_ids.len())
                        .and_then(|i| item.answers.get_mut(i));
                    match answer {
                        Some(answer) => &mut answer.feedback,
                        None => &mut feedback.general,
                    }
                }
            };
            *slot = Some(match slot.take() {
                Some(before) => format!("{before}\n{text}"),
                None => text,
            });
        }
        item.feedback = feedback;
    }
}

/// How `SCORE` takes each response, by response identifier.
type Rules = Vec<(String, QtiRule)>;

/// (identifier, text) of choices, or of gaps (`[[k]]` as the text).
type Labelled = Vec<(String, String)>;

/// One statement of a written-out response processing that changes `SCORE`.
struct Step {
    rules: Rules,
    how: How,
    /// An unanswered response earns nothing (an `is-null` check, or a comparison with the correct
    /// response); else it is left to its mapping.
    guarded: bool,
}

enum How {
    /// `SCORE` is set; with `keeps_default`, only when the response is right (else it keeps its default).
    Set { keeps_default: bool },
    /// `SCORE` is increased.
    Add,
}

/// Whether a mapping's entries compare strings with case: `None` when some do and some do not.
fn case_sensitivity(entries: &[MapEntry]) -> Option<bool> {
    let with_case = entries.iter().filter(|e| e.case_sensitive).count();
    if with_case == entries.len() {
        Some(true)
    } else if with_case == 0 {
        Some(false)
    } else {
        None
    }
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::golden;

    #[test]
    fn names_convert_between_versions() {
        assert_eq!(camel("choice-interaction"), "choiceInteraction");
        assert_eq!(kebab("simpleAssociableChoice"), "simple-associable-choice");
        assert_eq!(Version::V3.element("map-entry"), "qti-map-entry");
        assert_eq!(Version::V21.element("map-entry"), "mapEntry");
    }

    #[test]
    fn templates_are_known_by_their_uri_in_both_versions() {
        for (uri, t) in [
            (
                "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct",
                Template::MatchCorrect,
            ),
            (
                "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml",
                Template::MapResponse,
            ),
            (
                "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response_point",
                Template::MapResponsePoint,
            ),
            ("https://example.org/rp/CC2_match.xml", Template::Custom),
        ] {
            assert_eq!(Template::of_uri(uri), t, "{uri}");
        }
    }

    #[test]
    fn the_wrong_version_is_refused_with_the_flag_to_use() {
        let qti21 = r#"<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x"
  title="x"><itemBody><p>x</p></itemBody></assessmentItem>"#;
        let reading = read(Version::V3, qti21);
        assert_eq!(
            reading.problems,
            vec![Problem::at_col(
                1,
                1,
                "this is a QTI 2.1 item (assessmentItem), not QTI 3.0: import it with --from qti21"
            )]
        );
        let test = "<qti-assessment-test identifier=\"t\" title=\"t\"/>";
        let reading = read(Version::V3, test);
        assert_eq!(
            reading.problems[0].message,
            "this is a QTI qti-assessment-test, not an item: import the content package (zip) that holds its items"
        );
        let html = "<html><body/></html>";
        assert_eq!(
            read(Version::V21, html).problems[0].message,
            "the root element is <html>, not a QTI 2.1 assessment item (<assessmentItem>)"
        );
    }

    #[test]
    fn a_relative_tolerance_is_a_percentage_of_the_value() {
        let item = r#"<qti-assessment-item identifier="n" title="n">
  <qti-response-declaration identifier="R" cardinality="single" base-type="float">
    <qti-correct-response><qti-value>200</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-item-body><p>How many? <qti-text-entry-interaction response-identifier="R"/></p></qti-item-body>
  <qti-response-processing>
    <qti-response-condition><qti-response-if>
      <qti-equal tolerance-mode="relative" tolerance="5 10">
        <qti-variable identifier="R"/><qti-correct identifier="R"/>
      </qti-equal>
      <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>
    </qti-response-if></qti-response-condition>
  </qti-response-processing>
</qti-assessment-item>"#;
        let reading = read(Version::V3, item);
        assert!(reading.problems.is_empty(), "{:?}", reading.problems);
        let answer = &reading.items[0].answers[0];
        assert_eq!(answer.value, Some(NumericValue::Number(200.0)));
        assert_eq!(answer.tolerance, Some(10.0));
        assert_eq!(reading.items[0].text, "How many? _____");
    }

    #[test]
    fn a_mapping_without_a_correct_response_scores_and_leaves_correct_out() {
        let item = r#"<assessmentItem identifier="m" title="m">
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
    <mapping defaultValue="0"><mapEntry mapKey="A" mappedValue="1"/><mapEntry mapKey="B" mappedValue="-1"/></mapping>
  </responseDeclaration>
  <itemBody><choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="0">
    <simpleChoice identifier="A">yes</simpleChoice><simpleChoice identifier="B">no</simpleChoice>
    <simpleChoice identifier="C">maybe</simpleChoice>
  </choiceInteraction></itemBody>
</assessmentItem>"#;
        let reading = read(Version::V21, item);
        assert!(reading.problems.is_empty(), "{:?}", reading.problems);
        let answers = &reading.items[0].answers;
        assert_eq!(answers[0].correct, None);
        assert_eq!(answers[0].score, Some(1.0));
        assert_eq!(answers[1].score, Some(-1.0));
        assert_eq!(answers[2].score, None);
    }

    #[test]
    fn a_match_leaving_a_left_item_unpaired_is_unsupported() {
        let item = r#"<assessmentItem identifier="m" title="m">
  <responseDeclaration identifier="R" cardinality="multiple" baseType="directedPair">
    <correctResponse><value>A X</value></correctResponse>
  </responseDeclaration>
  <itemBody><matchInteraction responseIdentifier="R" shuffle="false" maxAssociations="2">
    <prompt>Match.</prompt>
    <simpleMatchSet><simpleAssociableChoice identifier="A" matchMax="1">Refugee Convention</simpleAssociableChoice>
      <simpleAssociableChoice identifier="B" matchMax="1">Palermo Protocol</simpleAssociableChoice></simpleMatchSet>
    <simpleMatchSet><simpleAssociableChoice identifier="X" matchMax="1">1951</simpleAssociableChoice></simpleMatchSet>
  </matchInteraction></itemBody>
</assessmentItem>"#;
        let reading = read(Version::V21, item);
        assert!(reading.problems.is_empty(), "{:?}", reading.problems);
        assert_eq!(reading.items[0].kind, ItemType::Unsupported);
        assert_eq!(
            reading.items[0].unsupported.as_deref(),
            Some("matchInteraction: \"Palermo Protocol\" pairs with nothing; ispit's matching pairs each left-hand item with one right-hand item")
        );
        assert_eq!(reading.items[0].text, "Match.");
    }

    #[test]
    fn deep_nesting_neither_overflows_nor_panics() {
        let depth = 50_000;
        let item = format!(
            "<qti-assessment-item identifier=\"d\"><qti-item-body>{}deep{}</qti-item-body></qti-assessment-item>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let reading = read(Version::V3, &item);
        assert_eq!(reading.items.len(), 1, "{:?}", reading.problems);
        assert_eq!(reading.items[0].kind, ItemType::Description);
        assert_eq!(reading.items[0].text, "");
    }

    #[test]
    fn no_input_panics() {
        for text in [
            "",
            "<",
            "<a/>",
            "<qti-assessment-item/>",
            "<assessmentItem><itemBody/></assessmentItem>",
        ] {
            let _ = read(Version::V3, text);
            let _ = read(Version::V21, text);
        }
    }

    #[test]
    fn golden_files_qti3() {
        assert_eq!(golden::check(Format::Qti3, "qti3"), 18);
    }

    #[test]
    fn golden_files_qti21() {
        assert_eq!(golden::check(Format::Qti21, "qti21"), 14);
    }
}
