//! Bar charts drawn as inline SVG on the server (issue 13): the CEFR distribution of a cohort and the score
//! histogram of a quiz, readable without JavaScript, scaling to the width of their container.
//!
//! Pure: counts and already-localized strings in, an `<svg>` element as a string out. This module must never
//! know a route, a template engine, a database or a language: every word it draws is given by the caller
//! (from Fluent), and the numbers it writes are plain ASCII digits.
//!
//! # Text alternative: an image with a short and a long description, not a hidden image
//!
//! A chart is what the W3C WAI tutorial calls a *complex image*
//! (<https://www.w3.org/WAI/tutorials/images/complex/>): it needs a two-part text alternative, a short one
//! that identifies the image (and says where the long one is), and a long one that carries its data. WCAG
//! 1.1.1 (Non-text content) asks for both; 1.3.1 (Info and relationships) asks that the data be in a structure
//! software can read, which for counts per category is a data table.
//!
//! So the chart is `role="img"`, named by its `<title>` (short: "CEFR levels, cohort Spring B") and its
//! `<desc>` (one sentence with the figures or the trend: "12 learners: 3 at A2, 7 at B1, 2 at B2"), both
//! referenced from `aria-labelledby` so screen readers that skip descriptions of images still read the
//! summary. The page renders [`summary_rows`] as a real `<table>` right after it, the long description,
//! visible to everyone (the tutorial's "long description in the page"); wrapping both in a `<figure>` with a
//! `<figcaption>` ties them together.
//!
//! The other pattern, `aria-hidden="true"` on the chart because the table repeats it, is the one for a
//! *decorative* image whose adjacent text says everything. We do not use it: the chart is information, not
//! decoration; a screen reader user working beside a sighted colleague (or a low-vision user with a reader)
//! must learn that a chart is there and what it shows, and hiding it would leave the table with no short
//! description. The children of a `role="img"` element are presentational, so the labels and counts drawn
//! inside the SVG are not read twice.
//!
//! # Layout
//!
//! A fixed `viewBox` about a phone's width wide (360 units for up to ten bars, wider beyond), `width="100%"`
//! and no pixel size: the stylesheet caps the width (`.chart` in `templates/static/ispit.css`) so the text,
//! which scales with the drawing, stays near its nominal size from a 375 px phone to a desktop. Counts are
//! written above the bars, labels under them; labels too long for their slot are turned 45°, and labels
//! over [`MAX_LABEL_CHARS`] characters are shortened with "…" (the table carries them whole). A count of zero
//! draws a flat tick on the baseline, so a zero bar is seen as zero rather than missing.
//!
//! Colours come from CSS classes (`chart-bar`, `chart-zero`, `chart-axis`, `chart-count`, `chart-label`,
//! `chart-axis-label`); each element also carries a presentation attribute (`fill`/`stroke`) with the
//! palette's default, which CSS overrides, so the chart reads the same when printed or shown without the
//! stylesheet.

use std::fmt;
use std::fmt::Write as _;

use serde::Serialize;

/// One bar: a caller-localized label (may be user data: it is escaped here) and its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub count: u64,
}

/// An inline `<svg>` element (not a document: no XML declaration), ready to be written into a page unescaped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Svg(String);

impl Svg {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Svg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Labels longer than this many characters are cut to this many, the last being "…".
pub const MAX_LABEL_CHARS: usize = 20;

/// Height of the plot area in `viewBox` units: a bar whose count is the largest one is this tall.
pub const PLOT_HEIGHT: f64 = 160.0;

/// Width of the `viewBox` for up to [`MIN_SLOT`]-wide slots; more bars widen it.
const VIEW_WIDTH: f64 = 360.0;
const MARGIN_X: f64 = 8.0;
/// The narrowest slot a bar gets before the drawing widens instead.
const MIN_SLOT: f64 = 30.0;
/// Bars fill this share of their slot, up to `MAX_BAR_WIDTH`.
const BAR_SHARE: f64 = 0.7;
const MAX_BAR_WIDTH: f64 = 56.0;
const FONT_SIZE: f64 = 14.0;
/// A generous estimate of one character's advance in em, to decide whether labels fit side by side.
const CHAR_EM: f64 = 0.55;
/// Space above the plot for the count written over the tallest bar.
const TOP: f64 = FONT_SIZE + 10.0;

const INK: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const ACCENT: &str = "#0b5cad";

/// The chart of `bars` in order, as an inline SVG whose ids all start with `id_prefix` (sanitised to letters,
/// digits, `-` and `_`; give each chart on a page its own). `title` is the short text alternative,
/// `description` the summary sentence (left out when empty), `axis_label` the caption under the labels
/// naming what the bars stand for (left out when empty). Every string is escaped.
pub fn bar_chart(
    id_prefix: &str,
    title: &str,
    description: &str,
    bars: &[Bar],
    axis_label: &str,
) -> Svg {
    let prefix = sanitise_id(id_prefix);
    let title_id = format!("{prefix}-title");
    let desc_id = format!("{prefix}-desc");

    let n = bars.len();
    let plot_width = (VIEW_WIDTH - 2.0 * MARGIN_X).max(n as f64 * MIN_SLOT);
    let slot = if n == 0 {
        plot_width
    } else {
        plot_width / n as f64
    };
    let bar_width = (slot * BAR_SHARE).min(MAX_BAR_WIDTH);
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0);

    let labels: Vec<String> = bars.iter().map(|b| shorten(&b.label)).collect();
    let widest = labels
        .iter()
        .map(|l| estimated_width(l))
        .fold(0.0_f64, f64::max);
    let turned = widest > slot - 2.0;
    // A turned label reaches left of its anchor by its width and its height, each times cos 45°; only the
    // first can cross the left edge (the others lie under their neighbours), so the plot moves right for it.
    let left = match labels.first() {
        Some(first) if turned => {
            let anchor = MARGIN_X + slot / 2.0 + FONT_SIZE / 3.0;
            let reach = (estimated_width(first) + FONT_SIZE) * std::f64::consts::FRAC_1_SQRT_2;
            MARGIN_X + (reach + 6.0 - anchor).max(0.0)
        }
        _ => MARGIN_X,
    };
    let width = left + plot_width + MARGIN_X;

    let baseline = TOP + PLOT_HEIGHT;
    // Bottom of the label row: one line, or the diagonal extent of the longest turned label.
    let labels_bottom = if turned {
        baseline + 6.0 + widest * std::f64::consts::FRAC_1_SQRT_2 + FONT_SIZE
    } else {
        baseline + 6.0 + FONT_SIZE
    };
    let height = if axis_label.is_empty() {
        labels_bottom + 6.0
    } else {
        labels_bottom + 10.0 + FONT_SIZE + 6.0
    };

    let mut s = String::new();
    let labelledby = if description.is_empty() {
        title_id.clone()
    } else {
        format!("{title_id} {desc_id}")
    };
    // Writing to a String cannot fail; `let _ =` keeps clippy quiet without an unwrap.
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="{}" viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMinYMin meet">"#,
        escape(&labelledby),
        num(width),
        num(height)
    );
    let _ = write!(
        s,
        r#"<title id="{}">{}</title>"#,
        escape(&title_id),
        escape(title)
    );
    if !description.is_empty() {
        let _ = write!(
            s,
            r#"<desc id="{}">{}</desc>"#,
            escape(&desc_id),
            escape(description)
        );
    }

    for (i, (bar, label)) in bars.iter().zip(&labels).enumerate() {
        let centre = left + slot * (i as f64 + 0.5);
        let x = centre - bar_width / 2.0;
        let h = bar_height(bar.count, max);
        let _ = write!(
            s,
            r#"<rect class="chart-bar" fill="{ACCENT}" x="{}" y="{}" width="{}" height="{}"/>"#,
            num(x),
            num(baseline - h),
            num(bar_width),
            num(h)
        );
        if bar.count == 0 {
            let _ = write!(
                s,
                r#"<line class="chart-zero" stroke="{ACCENT}" stroke-width="3" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
                num(x),
                num(baseline - 1.5),
                num(x + bar_width),
                num(baseline - 1.5)
            );
        }
        let _ = write!(
            s,
            r#"<text class="chart-count" fill="{INK}" font-size="{}" text-anchor="middle" x="{}" y="{}">{}</text>"#,
            num(FONT_SIZE),
            num(centre),
            num(baseline - h - 5.0),
            bar.count
        );
        let label_y = baseline + 6.0 + FONT_SIZE;
        if turned {
            // Turned about its end, which sits under the bar's centre: the label reads up and to the right.
            let (lx, ly) = (centre + FONT_SIZE / 3.0, label_y - FONT_SIZE / 2.0);
            let _ = write!(
                s,
                r#"<text class="chart-label" fill="{INK}" font-size="{}" text-anchor="end" x="{}" y="{}" transform="rotate(-45 {} {})">{}</text>"#,
                num(FONT_SIZE),
                num(lx),
                num(ly),
                num(lx),
                num(ly),
                escape(label)
            );
        } else {
            let _ = write!(
                s,
                r#"<text class="chart-label" fill="{INK}" font-size="{}" text-anchor="middle" x="{}" y="{}">{}</text>"#,
                num(FONT_SIZE),
                num(centre),
                num(label_y),
                escape(label)
            );
        }
    }

    let _ = write!(
        s,
        r#"<line class="chart-axis" stroke="{MUTED}" stroke-width="1" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
        num(left),
        num(baseline + 0.5),
        num(width - MARGIN_X),
        num(baseline + 0.5)
    );
    if !axis_label.is_empty() {
        let _ = write!(
            s,
            r#"<text class="chart-axis-label" fill="{MUTED}" font-size="{}" text-anchor="middle" x="{}" y="{}">{}</text>"#,
            num(FONT_SIZE),
            num(left + plot_width / 2.0),
            num(labels_bottom + 10.0 + FONT_SIZE),
            escape(axis_label)
        );
    }
    s.push_str("</svg>");
    Svg(s)
}

/// Height of a bar: proportional to `count / max`, the largest bar [`PLOT_HEIGHT`] tall, 0 when all are 0.
fn bar_height(count: u64, max: u64) -> f64 {
    if max == 0 {
        0.0
    } else {
        PLOT_HEIGHT * count as f64 / max as f64
    }
}

/// One row of the table under a chart: the bar's label, its count and its share of all counts in per cent
/// (unrounded; 0 when every count is 0). The page formats the share for its locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryRow {
    pub label: String,
    pub count: u64,
    pub share_percent: f64,
}

/// The rows of the data table that is the chart's long description, in the order of `bars`, labels whole.
pub fn summary_rows(bars: &[Bar]) -> Vec<SummaryRow> {
    let total: u64 = bars.iter().map(|b| b.count).sum();
    bars.iter()
        .map(|b| SummaryRow {
            label: b.label.clone(),
            count: b.count,
            share_percent: if total == 0 {
                0.0
            } else {
                100.0 * b.count as f64 / total as f64
            },
        })
        .collect()
}

/// Counts of `values` in `bins` equal bins over `[lo, hi]`: bin k holds `[lo + k·w, lo + (k+1)·w)`, the last
/// bin also holds `hi` (for scores in per cent: 0–10, …, 90–100 with 100 % in 90–100). Values below `lo` go
/// in the first bin and above `hi` in the last; NaN is left out. A value within 1e-9 of a bin width of an
/// edge counts as on the edge, so a per cent computed as 29.999999999999996 for 30 lands in 30–40.
/// No bins, or `hi <= lo`, give all-zero counts.
pub fn histogram(values: &[f64], lo: f64, hi: f64, bins: usize) -> Vec<u64> {
    let mut counts = vec![0u64; bins];
    if bins == 0 || hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
        return counts;
    }
    let last = bins - 1;
    for &v in values {
        if v.is_nan() {
            continue;
        }
        // Multiply before dividing, so whole-number edges (30 of 0–100 in ten bins) come out exact.
        let mut t = (v - lo) * bins as f64 / (hi - lo);
        let nearest = t.round();
        if (t - nearest).abs() < 1e-9 {
            t = nearest;
        }
        let bin = if t <= 0.0 {
            0
        } else if t >= bins as f64 {
            last
        } else {
            // 0 < t < bins here, so the floor is a valid index.
            (t.floor() as usize).min(last)
        };
        counts[bin] += 1;
    }
    counts
}

/// Labels of the bins [`histogram`] uses: `"0–10"`, `"10–20"`, …, `"90–100"` for `(0, 100, 10)`, with an en
/// dash and edges written as plain numbers (no trailing `.0`; fractions to two places).
pub fn bin_labels(lo: f64, hi: f64, bins: usize) -> Vec<String> {
    let width = (hi - lo) / bins as f64;
    (0..bins)
        .map(|k| {
            let from = lo + width * k as f64;
            let to = if k + 1 == bins {
                hi
            } else {
                lo + width * (k + 1) as f64
            };
            format!("{}\u{2013}{}", num(from), num(to))
        })
        .collect()
}

/// A number for an attribute or a label: at most two decimals, no trailing zeros, never `-0`.
fn num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    let r = if r == 0.0 { 0.0 } else { r };
    let s = format!("{r:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// Text and attribute escaping for XML and HTML alike; characters XML 1.0 forbids (controls other than tab,
/// line feed and carriage return, and the non-characters U+FFFE/U+FFFF) become U+FFFD, so a learner-typed
/// label can never make the SVG ill-formed.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Letters, digits, `-` and `_` kept, anything else (spaces would split `aria-labelledby`) becomes `_`;
/// a prefix not starting with a letter gets `chart-` in front, so the id is a valid name in HTML and XML.
fn sanitise_id(prefix: &str) -> String {
    let cleaned: String = prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.starts_with(|c: char| c.is_ascii_alphabetic()) {
        cleaned
    } else {
        format!("chart-{cleaned}")
    }
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        label.to_string()
    } else {
        let kept: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
        format!("{}…", kept.trim_end())
    }
}

fn estimated_width(label: &str) -> f64 {
    label.chars().count() as f64 * CHAR_EM * FONT_SIZE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(items: &[(&str, u64)]) -> Vec<Bar> {
        items
            .iter()
            .map(|&(label, count)| Bar {
                label: label.to_string(),
                count,
            })
            .collect()
    }

    fn cefr(counts: [u64; 7]) -> Vec<Bar> {
        let labels = ["Pre-A1", "A1", "A2", "B1", "B2", "C1", "C2"];
        labels
            .iter()
            .zip(counts)
            .map(|(l, count)| Bar {
                label: l.to_string(),
                count,
            })
            .collect()
    }

    fn with_class<'a, 'i>(
        doc: &'a roxmltree::Document<'i>,
        class: &str,
    ) -> Vec<roxmltree::Node<'a, 'i>> {
        doc.descendants()
            .filter(|n| n.attribute("class") == Some(class))
            .collect()
    }

    fn attr(n: &roxmltree::Node, name: &str) -> String {
        n.attribute(name)
            .unwrap_or_else(|| panic!("attribute {name} on {:?}", n.tag_name()))
            .to_string()
    }

    fn texts(doc: &roxmltree::Document, class: &str) -> Vec<String> {
        with_class(doc, class)
            .iter()
            .map(|n| n.text().unwrap_or_default().to_string())
            .collect()
    }

    #[test]
    fn the_largest_count_fills_the_plot_and_others_are_proportional() {
        let svg = bar_chart(
            "c",
            "t",
            "d",
            &bars(&[("A2", 3), ("B1", 7), ("B2", 0)]),
            "x",
        );
        let doc = roxmltree::Document::parse(svg.as_str()).expect("chart is well-formed XML");
        let rects = with_class(&doc, "chart-bar");
        assert_eq!(rects.len(), 3);
        // 7 of max 7: the full 160 units, its top at the plot's top (24 units from the top edge).
        assert_eq!(attr(&rects[1], "height"), "160");
        assert_eq!(attr(&rects[1], "y"), "24");
        // 3 of 7: 160 · 3/7 = 68.571… → 68.57, standing on the baseline at 184 (184 − 68.571 = 115.43).
        assert_eq!(attr(&rects[0], "height"), "68.57");
        assert_eq!(attr(&rects[0], "y"), "115.43");
        // 0: no height at all, top on the baseline.
        assert_eq!(attr(&rects[2], "height"), "0");
        assert_eq!(attr(&rects[2], "y"), "184");
        // Three slots of 344/3 = 114.67 over x 8..352; bars 56 wide (70 % of a slot is more than the cap).
        // Third bar's centre 8 + 114.667 · 2.5 = 294.67, its left edge 266.67.
        assert_eq!(attr(&rects[2], "x"), "266.67");
        assert_eq!(attr(&rects[2], "width"), "56");
        assert_eq!(texts(&doc, "chart-count"), ["3", "7", "0"]);
        assert_eq!(texts(&doc, "chart-label"), ["A2", "B1", "B2"]);
    }

    #[test]
    fn a_zero_bar_gets_a_tick_on_the_baseline_under_it() {
        let svg = bar_chart("c", "t", "", &bars(&[("A2", 3), ("B1", 0)]), "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        let ticks = with_class(&doc, "chart-zero");
        assert_eq!(ticks.len(), 1);
        let rects = with_class(&doc, "chart-bar");
        // The tick spans the zero bar exactly and lies just above the baseline (184 − 1.5).
        assert_eq!(attr(&ticks[0], "x1"), attr(&rects[1], "x"));
        assert_eq!(attr(&ticks[0], "y1"), "182.5");
        assert_eq!(attr(&ticks[0], "y2"), "182.5");
        // Two slots of 172 → bars 56 wide; second bar from 8 + 258 − 28 = 238 to 294.
        assert_eq!(attr(&ticks[0], "x1"), "238");
        assert_eq!(attr(&ticks[0], "x2"), "294");
    }

    #[test]
    fn an_all_zero_cefr_distribution_is_still_a_complete_chart() {
        let svg = bar_chart(
            "cohort-7",
            "CEFR levels",
            "No learner placed yet",
            &cefr([0; 7]),
            "Level",
        );
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        let rects = with_class(&doc, "chart-bar");
        assert_eq!(rects.len(), 7);
        assert!(rects.iter().all(|r| attr(r, "height") == "0"));
        assert_eq!(with_class(&doc, "chart-zero").len(), 7);
        assert_eq!(texts(&doc, "chart-count"), ["0"; 7]);
        assert_eq!(
            texts(&doc, "chart-label"),
            ["Pre-A1", "A1", "A2", "B1", "B2", "C1", "C2"]
        );
        assert_eq!(with_class(&doc, "chart-axis").len(), 1);
        assert_eq!(texts(&doc, "chart-axis-label"), ["Level"]);
        // No NaN or infinity from dividing by a zero maximum.
        assert!(!svg.as_str().contains("NaN") && !svg.as_str().contains("inf"));
    }

    #[test]
    fn the_root_is_a_scalable_image_named_by_its_title_and_desc() {
        let svg = bar_chart("cefr", "CEFR levels", "12 learners", &cefr([1; 7]), "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("width"), Some("100%"));
        assert_eq!(root.attribute("height"), None);
        assert_eq!(
            root.attribute("aria-labelledby"),
            Some("cefr-title cefr-desc")
        );
        assert_eq!(root.attribute("aria-hidden"), None);
        // Seven bars fit the 360-unit drawing; no axis caption: 184 + 6 + 14 + 6 = 210 high.
        assert_eq!(root.attribute("viewBox"), Some("0 0 360 210"));
        // title and desc are the first children, so user agents find them as the SVG's name and description.
        let kids: Vec<_> = root.children().filter(|n| n.is_element()).collect();
        assert_eq!(kids[0].tag_name().name(), "title");
        assert_eq!(kids[0].attribute("id"), Some("cefr-title"));
        assert_eq!(kids[0].text(), Some("CEFR levels"));
        assert_eq!(kids[1].tag_name().name(), "desc");
        assert_eq!(kids[1].attribute("id"), Some("cefr-desc"));
        assert_eq!(kids[1].text(), Some("12 learners"));
    }

    #[test]
    fn without_a_description_there_is_no_desc_and_the_title_alone_names_it() {
        let svg = bar_chart("h", "Scores", "", &bars(&[("0–10", 1)]), "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        assert_eq!(
            doc.descendants().filter(|n| n.has_tag_name("desc")).count(),
            0
        );
        assert_eq!(
            doc.root_element().attribute("aria-labelledby"),
            Some("h-title")
        );
        assert!(texts(&doc, "chart-axis-label").is_empty());
    }

    #[test]
    fn user_text_is_escaped_everywhere_and_reads_back_unchanged() {
        let evil = "<script>&\"'";
        let svg = bar_chart("c", evil, evil, &bars(&[(evil, 2)]), evil);
        let raw = svg.as_str();
        assert!(!raw.contains("<script"), "{raw}");
        assert_eq!(raw.matches("&lt;script&gt;&amp;&quot;&#39;").count(), 4);
        let doc = roxmltree::Document::parse(raw).expect("well-formed");
        assert_eq!(texts(&doc, "chart-label"), [evil]);
        assert_eq!(texts(&doc, "chart-axis-label"), [evil]);
        let title = doc
            .descendants()
            .find(|n| n.has_tag_name("title"))
            .expect("title");
        assert_eq!(title.text(), Some(evil));
        // Only the elements the chart draws: svg, title, desc, one rect, two texts, axis, axis label.
        assert_eq!(doc.descendants().filter(|n| n.is_element()).count(), 8);
    }

    #[test]
    fn control_characters_in_a_label_cannot_break_the_xml() {
        let svg = bar_chart("c", "t\u{1b}", "", &bars(&[("a\u{0}b\u{FFFF}", 1)]), "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed despite controls");
        assert_eq!(texts(&doc, "chart-label"), ["a\u{FFFD}b\u{FFFD}"]);
    }

    #[test]
    fn ids_carry_the_prefix_so_two_charts_on_a_page_do_not_collide() {
        let a = bar_chart("cefr", "t", "d", &cefr([1; 7]), "");
        let b = bar_chart("scores", "t", "d", &bars(&[("x", 1)]), "");
        let page = format!("<div>{a}{b}</div>");
        let doc = roxmltree::Document::parse(&page).expect("well-formed");
        let ids: Vec<&str> = doc
            .descendants()
            .filter_map(|n| n.attribute("id"))
            .collect();
        assert_eq!(
            ids,
            ["cefr-title", "cefr-desc", "scores-title", "scores-desc"]
        );
    }

    #[test]
    fn an_id_prefix_that_is_not_a_name_is_made_one() {
        let svg = bar_chart("my chart\"1", "t", "d", &[], "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        assert_eq!(
            doc.root_element().attribute("aria-labelledby"),
            Some("my_chart_1-title my_chart_1-desc")
        );
        let svg = bar_chart("7", "t", "", &[], "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        assert_eq!(
            doc.root_element().attribute("aria-labelledby"),
            Some("chart-7-title")
        );
    }

    #[test]
    fn no_bars_still_draw_a_baseline() {
        let svg = bar_chart("e", "Empty", "", &[], "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        assert!(with_class(&doc, "chart-bar").is_empty());
        let axis = with_class(&doc, "chart-axis");
        assert_eq!(axis.len(), 1);
        assert_eq!(attr(&axis[0], "x1"), "8");
        assert_eq!(attr(&axis[0], "x2"), "352");
        assert_eq!(attr(&axis[0], "y1"), "184.5");
    }

    #[test]
    fn long_labels_are_shortened_to_twenty_characters() {
        let long = "Cohort of the spring term 2026"; // 30 characters
        let svg = bar_chart("c", "t", "", &bars(&[(long, 1)]), "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        assert_eq!(texts(&doc, "chart-label"), ["Cohort of the sprin…"]);
        // The table keeps the label whole.
        assert_eq!(summary_rows(&bars(&[(long, 1)]))[0].label, long);
        // A cut that ends in a space drops the space: 19 kept characters "Autumn and evening " → 18 + "…".
        let svg = bar_chart("c", "t", "", &bars(&[("Autumn and evening class", 1)]), "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        assert_eq!(texts(&doc, "chart-label"), ["Autumn and evening…"]);
    }

    #[test]
    fn histogram_labels_are_turned_and_cefr_labels_are_not() {
        // Ten bins: slots of 34.4 units; "90–100" is estimated at 6 · 0.55 · 14 = 46.2 units, too wide.
        let labels = bin_labels(0.0, 100.0, 10);
        let hist: Vec<Bar> = labels
            .iter()
            .map(|l| Bar {
                label: l.clone(),
                count: 1,
            })
            .collect();
        let svg = bar_chart("h", "t", "", &hist, "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        let turned = with_class(&doc, "chart-label");
        assert_eq!(turned.len(), 10);
        assert!(turned
            .iter()
            .all(|n| attr(n, "transform").starts_with("rotate(-45 ")));
        // The first turned label, "0–10" (est. 4 · 0.55 · 14 = 30.8 wide), reaches (30.8 + 14) · cos 45° =
        // 31.68 left of its anchor at 8 + 17.2 + 14/3 = 29.87: the plot moves right by 31.68 + 6 − 29.87 =
        // 7.81, so it starts at 15.81 and the drawing is 15.81 + 344 + 8 = 367.81 wide. Its height: the
        // widest label, "90–100" (46.2), ends 184 + 6 + 46.2 · cos 45° + 14 = 236.67 down, plus 6 = 242.67.
        let axis = with_class(&doc, "chart-axis");
        assert_eq!(attr(&axis[0], "x1"), "15.81");
        assert_eq!(attr(&axis[0], "x2"), "359.81");
        let view_box = doc.root_element().attribute("viewBox").expect("viewBox");
        assert_eq!(view_box, "0 0 367.81 242.67");
        // First bar: centre 15.81 + 17.2 = 33.01, 24.08 wide (70 % of 34.4), from 20.97.
        assert_eq!(attr(&with_class(&doc, "chart-bar")[0], "x"), "20.97");
        // Seven CEFR bars: slots of 49.14 units hold "Pre-A1" (46.2, under 49.14 − 2) side by side.
        let svg = bar_chart("c", "t", "", &cefr([1; 7]), "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        assert!(with_class(&doc, "chart-label")
            .iter()
            .all(|n| n.attribute("transform").is_none()));
    }

    #[test]
    fn many_bars_widen_the_drawing_instead_of_squeezing_the_slots() {
        // 20 bars · 30 units + 2 · 8 margin = 616.
        let many: Vec<Bar> = (0..20)
            .map(|i| Bar {
                label: i.to_string(),
                count: i,
            })
            .collect();
        let svg = bar_chart("m", "t", "", &many, "");
        let doc = roxmltree::Document::parse(svg.as_str()).expect("well-formed");
        let view_box = doc.root_element().attribute("viewBox").expect("viewBox");
        assert!(view_box.starts_with("0 0 616 "), "{view_box}");
    }

    #[test]
    fn summary_rows_give_each_share_of_the_total() {
        let rows = summary_rows(&bars(&[("A2", 3), ("B1", 7), ("B2", 2)]));
        assert_eq!(rows.len(), 3);
        assert_eq!((rows[0].label.as_str(), rows[0].count), ("A2", 3));
        // 3/12 = 25 %, 7/12 = 58.33… %, 2/12 = 16.66… %.
        assert!((rows[0].share_percent - 25.0).abs() < 1e-12);
        assert!((rows[1].share_percent - 58.333_333_333_333_336).abs() < 1e-9);
        assert!((rows[2].share_percent - 16.666_666_666_666_668).abs() < 1e-9);
        let zero = summary_rows(&cefr([0; 7]));
        assert_eq!(zero.len(), 7);
        assert!(zero.iter().all(|r| r.share_percent == 0.0 && r.count == 0));
        assert!(summary_rows(&[]).is_empty());
    }

    #[test]
    fn histogram_edges_belong_to_the_bin_above_and_100_to_the_last() {
        let h = histogram(&[0.0, 10.0, 100.0, 9.99, 90.0, 99.999], 0.0, 100.0, 10);
        // 0 and 9.99 in 0–10; 10 in 10–20; 90, 99.999 and 100 in 90–100.
        assert_eq!(h, [2, 1, 0, 0, 0, 0, 0, 0, 0, 3]);
    }

    #[test]
    fn histogram_clamps_values_outside_the_range() {
        let h = histogram(
            &[-5.0, -0.0, 130.0, f64::INFINITY, f64::NEG_INFINITY],
            0.0,
            100.0,
            10,
        );
        assert_eq!(h, [3, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    }

    #[test]
    fn histogram_treats_rounding_noise_at_an_edge_as_the_edge() {
        // 1e-12 under 30 is noise from a division; 1e-6 under is a real 29.999999.
        let h = histogram(&[30.0 - 1e-12, 30.0 - 1e-6, 70.0 + 1e-12], 0.0, 100.0, 10);
        assert_eq!(h, [0, 0, 1, 1, 0, 0, 0, 1, 0, 0]);
    }

    #[test]
    fn histogram_of_nothing_is_all_zero_and_nan_is_left_out() {
        assert_eq!(histogram(&[], 0.0, 100.0, 10), [0; 10]);
        assert_eq!(histogram(&[f64::NAN], 0.0, 100.0, 10), [0; 10]);
        assert!(histogram(&[50.0], 0.0, 100.0, 0).is_empty());
        assert_eq!(histogram(&[50.0], 100.0, 100.0, 4), [0; 4]);
        assert_eq!(histogram(&[50.0], 100.0, 0.0, 4), [0; 4]);
        assert_eq!(histogram(&[50.0], f64::NAN, 100.0, 4), [0; 4]);
    }

    #[test]
    fn histogram_works_on_other_ranges() {
        // Four bins over 1..5 (width 1): 1 → first, 2.5 → second, 4 → fourth, 5 → fourth.
        assert_eq!(histogram(&[1.0, 2.5, 4.0, 5.0], 1.0, 5.0, 4), [1, 1, 0, 2]);
    }

    #[test]
    fn bin_labels_name_the_edges_with_an_en_dash() {
        assert_eq!(
            bin_labels(0.0, 100.0, 10),
            [
                "0–10", "10–20", "20–30", "30–40", "40–50", "50–60", "60–70", "70–80", "80–90",
                "90–100"
            ]
        );
        assert_eq!(
            bin_labels(0.0, 1.0, 4),
            ["0–0.25", "0.25–0.5", "0.5–0.75", "0.75–1"]
        );
        assert!(bin_labels(0.0, 100.0, 0).is_empty());
    }
}
