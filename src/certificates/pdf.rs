//! The printable certificate: one A4 landscape page with a border, the texts centred, the learner's name large
//! and bold, and a QR code to the verification page at the bottom right with the code under it.
//!
//! Texts arrive localized; this module only lays them out. Every line is shaped with rustybuzz in the
//! certificate's language (so Serbian and Macedonian get their own letter forms through OpenType `locl`) and
//! drawn with krilla, which embeds a subset of the font and maps each glyph back to its characters: the PDF
//! prints and gives back exactly the name it was given. A text the fonts cannot draw is refused rather than
//! printed as boxes or question marks. Long texts are wrapped at spaces and shrunk until they fit.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use rustybuzz::{Direction, Face, Language, UnicodeBuffer};

/// A4 landscape in PDF points.
pub const PAGE_WIDTH: f32 = 841.89;
pub const PAGE_HEIGHT: f32 = 595.28;

const OUTER_BORDER: f32 = 22.0;
const INNER_BORDER: f32 = 30.0;
/// Everything printed stays this far inside the page edge.
const MARGIN: f32 = 56.0;
/// The centred column of the title and the middle block.
const COLUMN: f32 = 90.0;
const QR_SIDE: f32 = 100.0;
/// Quiet zone around the QR symbol, in modules (ISO/IEC 18004 asks for 4).
const QUIET_ZONE: usize = 4;
const LINE_SPACING: f32 = 1.22;
const GAP: f32 = 14.0;

const INK: (u8, u8, u8) = (0x1b, 0x26, 0x3b);
const ACCENT: (u8, u8, u8) = (0x1f, 0x4e, 0x79);

pub const REGULAR_FILE: &str = "NotoSans-Regular.ttf";
pub const BOLD_FILE: &str = "NotoSans-Bold.ttf";

/// What the certificate says, already in the learner's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateView {
    /// BCP 47 tag of the language (`sr-Cyrl`, `sr-Latn`, `mk`, `sq`, `hr`, `bs`, `cnr`, `en`): chooses letter
    /// forms and is written into the PDF's metadata.
    pub language: String,
    pub title: String,
    /// E.g. "This certifies that".
    pub lead_in: String,
    pub learner_name: String,
    /// E.g. "has completed the course “English for Hotel Staff”".
    pub achievement: String,
    /// Score, or level and skill levels.
    pub details: String,
    pub date_line: String,
    pub issuer: String,
    /// E.g. "Verify at https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W".
    pub verify_line: String,
    pub code: String,
    /// What the QR code holds: `<public_url>/verify/<code>`.
    pub verify_url: String,
}

impl CertificateView {
    /// A filled-in certificate in one of the languages ispit ships (English for any other tag), for the
    /// example program, benchmarks and tests.
    pub fn sample(language: &str, learner_name: &str) -> Self {
        let code = "7K3QD-M0XPA-9RT1W";
        let url = format!("https://ispit.example.org/verify/{code}");
        let t: [&str; 8] = match language {
            "sr-Cyrl" => [
                "Сертификат",
                "Овим се потврђује да је",
                "успешно завршио/ла курс „Енглески за угоститеље“",
                "Резултат: 85 %",
                "Нови Сад, 7. децембар 2026.",
                "Центар за језике „Мост“",
                "Проверите на",
                "sr-Cyrl",
            ],
            "sr-Latn" => [
                "Sertifikat",
                "Ovim se potvrđuje da je",
                "uspešno završio/la kurs „Engleski za ugostitelje“",
                "Rezultat: 85 %",
                "Novi Sad, 7. decembar 2026.",
                "Centar za jezike „Most“",
                "Proverite na",
                "sr-Latn",
            ],
            "hr" | "bs" | "cnr" => [
                "Certifikat",
                "Ovim se potvrđuje da je",
                "uspješno završio/la tečaj „Engleski za ugostitelje“",
                "Rezultat: 85 %",
                "Podgorica, 7. decembar 2026.",
                "Centar za jezike „Most“",
                "Provjerite na",
                language,
            ],
            "mk" => [
                "Сертификат",
                "Со ова се потврдува дека",
                "успешно го заврши курсот „Англиски за угостители“",
                "Резултат: 85 %",
                "Скопје, 7 декември 2026",
                "Центар за јазици „Мост“",
                "Проверете на",
                "mk",
            ],
            "sq" => [
                "Certifikatë",
                "Vërtetohet se",
                "ka përfunduar me sukses kursin „Anglisht për hotelieri“",
                "Rezultati: 85 %",
                "Tiranë, 7 dhjetor 2026",
                "Qendra e gjuhëve “Ura”",
                "Verifikoni në",
                "sq",
            ],
            _ => [
                "Certificate of Achievement",
                "This certifies that",
                "has completed the course “English for Hotel Staff”",
                "Score: 85%",
                "Novi Sad, 7 December 2026",
                "Most Language Centre",
                "Verify at",
                "en",
            ],
        };
        Self {
            language: t[7].to_owned(),
            title: t[0].to_owned(),
            lead_in: t[1].to_owned(),
            learner_name: learner_name.to_owned(),
            achievement: t[2].to_owned(),
            details: t[3].to_owned(),
            date_line: t[4].to_owned(),
            issuer: t[5].to_owned(),
            verify_line: format!("{} {url}", t[6]),
            code: code.to_owned(),
            verify_url: url,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the certificate's {field} has characters its fonts cannot draw: {characters}")]
    MissingGlyphs {
        field: &'static str,
        characters: String,
    },
    #[error("the verification URL does not fit in a QR code: {0}")]
    Qr(#[from] qrcode::types::QrError),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("cannot read the certificate font {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{name} is not a font that can be embedded")]
    Invalid { name: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Regular,
    Bold,
}

#[derive(Clone)]
struct FontFile {
    data: Arc<Vec<u8>>,
    pdf: Font,
}

impl FontFile {
    fn new(name: &str, data: Vec<u8>) -> Result<Self, FontError> {
        let data = Arc::new(data);
        let invalid = || FontError::Invalid {
            name: name.to_owned(),
        };
        Face::from_slice(&data, 0).ok_or_else(invalid)?;
        let pdf = Font::new(krilla::Data::from(Arc::clone(&data)), 0).ok_or_else(invalid)?;
        Ok(Self { data, pdf })
    }
}

/// The certificate fonts, read once at start and shared by every render.
#[derive(Clone)]
pub struct Fonts {
    regular: FontFile,
    bold: FontFile,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("regular_bytes", &self.regular.data.len())
            .field("bold_bytes", &self.bold.data.len())
            .finish()
    }
}

impl Fonts {
    /// Reads `NotoSans-Regular.ttf` and `NotoSans-Bold.ttf` from `dir` (`templates/certificate/fonts`).
    pub fn load(dir: &Path) -> Result<Self, FontError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|source| FontError::Io { path, source })
        };
        Self::from_bytes(read(REGULAR_FILE)?, read(BOLD_FILE)?)
    }

    pub fn from_bytes(regular: Vec<u8>, bold: Vec<u8>) -> Result<Self, FontError> {
        Ok(Self {
            regular: FontFile::new(REGULAR_FILE, regular)?,
            bold: FontFile::new(BOLD_FILE, bold)?,
        })
    }

    /// Characters of `text` that neither font can draw, each once, in order: a caller can check a name
    /// when it is entered rather than when the certificate is due.
    pub fn missing_characters(&self, text: &str) -> Vec<char> {
        let (Some(regular), Some(bold)) = (
            Face::from_slice(&self.regular.data, 0),
            Face::from_slice(&self.bold.data, 0),
        ) else {
            return text.chars().collect();
        };
        missing_in(&[&regular, &bold], text)
    }
}

fn missing_in(faces: &[&Face<'_>], text: &str) -> Vec<char> {
    let mut missing = Vec::new();
    for c in text.chars() {
        let drawable = c.is_whitespace()
            || is_default_ignorable(c)
            || faces.iter().all(|face| face.glyph_index(c).is_some());
        if !drawable && !missing.contains(&c) {
            missing.push(c);
        }
    }
    missing
}

/// Characters shaping hides (soft hyphen, zero-width joiners, direction marks, variation selectors).
fn is_default_ignorable(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{fe00}'..='\u{fe0f}')
}

/// Shapes text in one language with the two certificate faces.
struct Shaper<'a> {
    regular: Face<'a>,
    bold: Face<'a>,
    language: Option<Language>,
}

/// A shaped line at a font size, its glyph advances already in points.
#[derive(Debug, Clone)]
struct ShapedLine {
    text: String,
    glyphs: Vec<KrillaGlyph>,
    /// Width in em (multiply by the size for points).
    width_em: f32,
}

impl<'a> Shaper<'a> {
    fn new(fonts: &'a Fonts, language: &str) -> Result<Self, PdfError> {
        let face = |file: &'a FontFile| {
            Face::from_slice(&file.data, 0)
                .ok_or_else(|| PdfError::Write("a certificate font no longer parses".into()))
        };
        Ok(Self {
            regular: face(&fonts.regular)?,
            bold: face(&fonts.bold)?,
            language: language.parse().ok(),
        })
    }

    fn face(&self, weight: Weight) -> &Face<'a> {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Ascent and descent of a face, in em.
    fn extent(&self, weight: Weight) -> (f32, f32) {
        let face = self.face(weight);
        let upem = face.units_per_em().max(1) as f32;
        (
            f32::from(face.ascender()) / upem,
            -f32::from(face.descender()) / upem,
        )
    }

    /// Left-to-right shaping in the certificate's language; glyph positions normalised to the em, each glyph
    /// carrying the byte range of the characters it stands for (which becomes the PDF's text).
    fn shape(&self, weight: Weight, text: &str) -> ShapedLine {
        let face = self.face(weight);
        let upem = face.units_per_em().max(1) as f32;
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(Direction::LeftToRight);
        if let Some(language) = &self.language {
            buffer.set_language(language.clone());
        }
        let output = rustybuzz::shape(face, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width_em = 0.0;
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            let end = infos[i + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&next| next != start)
                .unwrap_or(text.len());
            let advance = pos.x_advance as f32 / upem;
            width_em += advance;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                advance,
                pos.x_offset as f32 / upem,
                pos.y_offset as f32 / upem,
                pos.y_advance as f32 / upem,
                start..end,
                None,
            ));
        }
        ShapedLine {
            text: text.to_owned(),
            glyphs,
            width_em,
        }
    }
}

/// One text, fitted: its lines, size and weight.
#[derive(Debug, Clone)]
struct Block {
    lines: Vec<ShapedLine>,
    size: f32,
    weight: Weight,
    ascent: f32,
    descent: f32,
}

impl Block {
    fn height(&self) -> f32 {
        let n = self.lines.len().max(1) as f32;
        (self.ascent + self.descent + (n - 1.0) * LINE_SPACING) * self.size
    }

    fn widest(&self) -> f32 {
        self.lines
            .iter()
            .map(|l| l.width_em * self.size)
            .fold(0.0, f32::max)
    }
}

/// How a text may be fitted: preferred and smallest size, most lines.
#[derive(Debug, Clone, Copy)]
struct Fit {
    weight: Weight,
    size: f32,
    min_size: f32,
    max_lines: usize,
}

impl Fit {
    fn new(weight: Weight, size: f32, min_size: f32, max_lines: usize) -> Self {
        Self {
            weight,
            size,
            min_size,
            max_lines,
        }
    }
}

/// Greedy wrapping at spaces with word widths in em (widths scale with the size; kerning across a space is
/// left out here and checked after the final shaping).
fn wrap(words: &[(&str, f32)], space_em: f32, max_em: f32) -> Vec<(String, f32)> {
    let mut lines: Vec<(String, f32)> = Vec::new();
    for &(word, w) in words {
        match lines.last_mut() {
            Some((text, width)) if *width + space_em + w <= max_em => {
                text.push(' ');
                text.push_str(word);
                *width += space_em + w;
            }
            _ => lines.push((word.to_owned(), w)),
        }
    }
    lines
}

fn fit_block(shaper: &Shaper<'_>, text: &str, fit: Fit, max_width: f32) -> Block {
    let words: Vec<(&str, f32)> = text
        .split_whitespace()
        .map(|w| (w, shaper.shape(fit.weight, w).width_em))
        .collect();
    let space_em = shaper.shape(fit.weight, " ").width_em;
    // Prefer fewer lines while the size stays above 70 % of the preferred one; below that, more lines first.
    let comfortable = (fit.size * 0.7).max(fit.min_size);
    let sizes = |from: f32, to: f32| {
        let steps = ((from - to) / 0.5).floor() as usize;
        (0..=steps).map(move |k| from - k as f32 * 0.5)
    };
    let mut chosen = None;
    'search: for (from, to) in [(fit.size, comfortable), (comfortable, fit.min_size)] {
        for lines_allowed in 1..=fit.max_lines {
            for size in sizes(from, to) {
                let lines = wrap(&words, space_em, max_width / size);
                if lines.len() <= lines_allowed && lines.iter().all(|l| l.1 * size <= max_width) {
                    chosen = Some((size, lines));
                    break 'search;
                }
            }
        }
    }
    let (size, lines) = chosen.unwrap_or_else(|| {
        // A word too long for the line even at the smallest size: shrink further until it fits.
        let lines = wrap(&words, space_em, max_width / fit.min_size);
        let widest = lines.iter().map(|l| l.1).fold(0.0, f32::max);
        let size = if widest * fit.min_size > max_width {
            max_width / widest
        } else {
            fit.min_size
        };
        (size, lines)
    });
    let shaped: Vec<ShapedLine> = lines
        .iter()
        .map(|(line, _)| shaper.shape(fit.weight, line))
        .collect();
    let (ascent, descent) = shaper.extent(fit.weight);
    let mut block = Block {
        lines: shaped,
        size,
        weight: fit.weight,
        ascent,
        descent,
    };
    let widest = block.widest();
    if widest > max_width {
        block.size *= max_width / widest;
    }
    block
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Align {
    Centre,
    Left,
}

/// A line placed on the page: `x` is its left end, `baseline` its baseline (y grows downwards).
#[derive(Debug, Clone)]
#[cfg_attr(
    not(test),
    allow(dead_code, reason = "the geometry tests read the boxes")
)]
pub(crate) struct PlacedLine {
    pub(crate) field: &'static str,
    pub(crate) text: String,
    glyphs: Vec<KrillaGlyph>,
    weight: Weight,
    colour: (u8, u8, u8),
    pub(crate) size: f32,
    pub(crate) x: f32,
    pub(crate) baseline: f32,
    pub(crate) width: f32,
    ascent: f32,
    descent: f32,
}

impl PlacedLine {
    #[cfg_attr(
        not(test),
        allow(dead_code, reason = "the geometry tests read the boxes")
    )]
    pub(crate) fn bounds(&self) -> (f32, f32, f32, f32) {
        (
            self.x,
            self.baseline - self.ascent * self.size,
            self.x + self.width,
            self.baseline + self.descent * self.size,
        )
    }
}

/// The QR symbol: its dark modules, the module size and the top-left corner of the symbol with its quiet zone.
#[derive(Debug, Clone)]
pub(crate) struct QrPlacement {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) module: f32,
    pub(crate) modules: usize,
    dark: Vec<bool>,
}

impl QrPlacement {
    pub(crate) fn bounds(&self) -> (f32, f32, f32, f32) {
        let side = self.module * (self.modules + 2 * QUIET_ZONE) as f32;
        (self.x, self.y, self.x + side, self.y + side)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub(crate) lines: Vec<PlacedLine>,
    pub(crate) qr: QrPlacement,
}

fn place(
    lines: &mut Vec<PlacedLine>,
    field: &'static str,
    block: &Block,
    top: f32,
    (left, right): (f32, f32),
    align: Align,
    colour: (u8, u8, u8),
) -> f32 {
    let mut baseline = top + block.ascent * block.size;
    for line in &block.lines {
        let width = line.width_em * block.size;
        let x = match align {
            Align::Centre => left + (right - left - width) / 2.0,
            Align::Left => left,
        };
        lines.push(PlacedLine {
            field,
            text: line.text.clone(),
            glyphs: line.glyphs.clone(),
            weight: block.weight,
            colour,
            size: block.size,
            x,
            baseline,
            width,
            ascent: block.ascent,
            descent: block.descent,
        });
        baseline += LINE_SPACING * block.size;
    }
    top + block.height()
}

fn normalise_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_glyphs(shaper: &Shaper<'_>, view: &CertificateView) -> Result<(), PdfError> {
    let fields = [
        ("title", &view.title, Weight::Bold),
        ("lead-in", &view.lead_in, Weight::Regular),
        ("learner name", &view.learner_name, Weight::Bold),
        ("achievement", &view.achievement, Weight::Regular),
        ("details", &view.details, Weight::Regular),
        ("date", &view.date_line, Weight::Regular),
        ("issuer", &view.issuer, Weight::Bold),
        ("verify line", &view.verify_line, Weight::Regular),
        ("code", &view.code, Weight::Bold),
    ];
    for (field, text, weight) in fields {
        let missing = missing_in(&[shaper.face(weight)], text);
        if !missing.is_empty() {
            return Err(PdfError::MissingGlyphs {
                field,
                characters: missing.into_iter().collect(),
            });
        }
    }
    Ok(())
}

/// Places every text and the QR code. Pure geometry: tests check that nothing leaves the border or overlaps.
pub(crate) fn layout(view: &CertificateView, fonts: &Fonts) -> Result<Layout, PdfError> {
    let shaper = Shaper::new(fonts, &view.language)?;
    check_glyphs(&shaper, view)?;
    let text = |field: &str| normalise_space(field);
    let mut lines = Vec::new();

    // The QR code and the code under it, bottom right.
    let qr = qrcode::QrCode::with_error_correction_level(
        view.verify_url.as_bytes(),
        qrcode::EcLevel::M,
    )?;
    let modules = qr.width();
    let dark: Vec<bool> = qr
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    // At least 1.6 pt a module (0.56 mm, about 13 printer dots at 600 dpi) even for a long URL.
    let module = (QR_SIDE / (modules + 2 * QUIET_ZONE) as f32).max(1.6);
    let side = module * (modules + 2 * QUIET_ZONE) as f32;
    let code_block = fit_block(
        &shaper,
        &text(&view.code),
        Fit::new(Weight::Bold, 10.0, 6.0, 1),
        side,
    );
    let qr_right = PAGE_WIDTH - MARGIN;
    let qr_x = qr_right - side;
    let qr_y = PAGE_HEIGHT - MARGIN - code_block.height() - side;
    place(
        &mut lines,
        "code",
        &code_block,
        qr_y + side,
        (qr_x, qr_right),
        Align::Centre,
        INK,
    );
    let qr = QrPlacement {
        x: qr_x,
        y: qr_y,
        module,
        modules,
        dark,
    };

    // The footer, left of the QR code, bottom-aligned with it.
    let footer = (COLUMN, qr_x - 2.0 * GAP);
    let footer_width = footer.1 - footer.0;
    let footer_blocks = [
        (
            "issuer",
            text(&view.issuer),
            Fit::new(Weight::Bold, 14.0, 7.0, 2),
            ACCENT,
        ),
        (
            "date",
            text(&view.date_line),
            Fit::new(Weight::Regular, 11.0, 7.0, 1),
            INK,
        ),
        (
            "verify line",
            text(&view.verify_line),
            Fit::new(Weight::Regular, 10.0, 7.0, 2),
            INK,
        ),
    ]
    .map(|(field, t, fit, colour)| (field, fit_block(&shaper, &t, fit, footer_width), colour));
    let footer_height: f32 = footer_blocks.iter().map(|b| b.1.height()).sum::<f32>()
        + GAP / 2.0 * (footer_blocks.len() - 1) as f32;
    let mut y = PAGE_HEIGHT - MARGIN - footer_height;
    let footer_top = y;
    for (field, block, colour) in &footer_blocks {
        y = place(&mut lines, field, block, y, footer, Align::Left, *colour) + GAP / 2.0;
    }

    // The title at the top, the middle block centred between it and whatever is highest below.
    let column = (COLUMN, PAGE_WIDTH - COLUMN);
    let column_width = column.1 - column.0;
    let title = fit_block(
        &shaper,
        &text(&view.title),
        Fit::new(Weight::Bold, 30.0, 14.0, 2),
        column_width,
    );
    let title_bottom = place(
        &mut lines,
        "title",
        &title,
        MARGIN + 8.0,
        column,
        Align::Centre,
        ACCENT,
    );
    let region_top = title_bottom + 1.5 * GAP;
    let region_bottom = qr_y.min(footer_top) - GAP;
    let middle = [
        ("lead-in", &view.lead_in, Weight::Regular, 15.0, 2),
        ("learner name", &view.learner_name, Weight::Bold, 38.0, 2),
        ("achievement", &view.achievement, Weight::Regular, 17.0, 3),
        ("details", &view.details, Weight::Regular, 14.0, 2),
    ];
    let mut blocks = Vec::new();
    for scale in [1.0, 0.9, 0.8, 0.7, 0.6, 0.5] {
        blocks = middle
            .iter()
            .map(|&(field, t, weight, size, max_lines)| {
                let fit = Fit::new(
                    weight,
                    size * scale,
                    (size * scale * 0.45).max(7.0),
                    max_lines,
                );
                (field, fit_block(&shaper, &text(t), fit, column_width))
            })
            .collect::<Vec<_>>();
        let height: f32 =
            blocks.iter().map(|b| b.1.height()).sum::<f32>() + GAP * (blocks.len() - 1) as f32;
        if height <= region_bottom - region_top {
            break;
        }
    }
    let height: f32 =
        blocks.iter().map(|b| b.1.height()).sum::<f32>() + GAP * (blocks.len() - 1) as f32;
    let mut y = region_top + ((region_bottom - region_top - height) / 2.0).max(0.0);
    for (field, block) in &blocks {
        let colour = if *field == "learner name" {
            ACCENT
        } else {
            INK
        };
        y = place(&mut lines, field, block, y, column, Align::Centre, colour) + GAP;
    }
    Ok(Layout { lines, qr })
}

fn colour(c: (u8, u8, u8)) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: (u8, u8, u8)) -> Fill {
    Fill {
        paint: colour(c).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn draw_border(surface: &mut Surface<'_>) {
    surface.set_fill(None);
    for (inset, width) in [(OUTER_BORDER, 2.5), (INNER_BORDER, 0.8)] {
        let Some(rect) = Rect::from_xywh(
            inset,
            inset,
            PAGE_WIDTH - 2.0 * inset,
            PAGE_HEIGHT - 2.0 * inset,
        ) else {
            continue;
        };
        let mut pb = PathBuilder::new();
        pb.push_rect(rect);
        if let Some(path) = pb.finish() {
            surface.set_stroke(Some(Stroke {
                paint: colour(ACCENT).into(),
                width,
                ..Stroke::default()
            }));
            surface.draw_path(&path);
        }
    }
    surface.set_stroke(None);
}

/// Dark modules as filled rectangles, one per horizontal run, on a white square that keeps the quiet zone.
fn draw_qr(surface: &mut Surface<'_>, qr: &QrPlacement) {
    let (left, top, right, bottom) = qr.bounds();
    let mut background = PathBuilder::new();
    if let Some(rect) = Rect::from_ltrb(left, top, right, bottom) {
        background.push_rect(rect);
    }
    if let Some(path) = background.finish() {
        surface.set_fill(Some(fill((0xff, 0xff, 0xff))));
        surface.draw_path(&path);
    }
    let origin = (
        qr.x + QUIET_ZONE as f32 * qr.module,
        qr.y + QUIET_ZONE as f32 * qr.module,
    );
    let mut pb = PathBuilder::new();
    for (row, cells) in qr.dark.chunks(qr.modules.max(1)).enumerate() {
        let mut col = 0;
        while col < cells.len() {
            if !cells[col] {
                col += 1;
                continue;
            }
            let start = col;
            while col < cells.len() && cells[col] {
                col += 1;
            }
            if let Some(rect) = Rect::from_xywh(
                origin.0 + start as f32 * qr.module,
                origin.1 + row as f32 * qr.module,
                (col - start) as f32 * qr.module,
                qr.module,
            ) {
                pb.push_rect(rect);
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(Some(fill((0, 0, 0))));
        surface.draw_path(&path);
    }
}

/// The certificate as PDF bytes.
pub fn render(view: &CertificateView, fonts: &Fonts) -> Result<Vec<u8>, PdfError> {
    let layout = layout(view, fonts)?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(normalise_space(&view.title))
            .language(view.language.clone())
            .creator("ispit".to_owned()),
    );
    let size = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PdfError::Write("the A4 page size was refused".into()))?;
    let mut page = document.start_page_with(size);
    let mut surface = page.surface();
    draw_border(&mut surface);
    for line in &layout.lines {
        let font = match line.weight {
            Weight::Regular => fonts.regular.pdf.clone(),
            Weight::Bold => fonts.bold.pdf.clone(),
        };
        surface.set_fill(Some(fill(line.colour)));
        surface.draw_glyphs(
            Point::from_xy(line.x, line.baseline),
            &line.glyphs,
            font,
            &line.text,
            line.size,
            false,
        );
    }
    draw_qr(&mut surface, &layout.qr);
    surface.finish();
    page.finish();
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::{Command, Output};

    const URL: &str = "https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W";

    /// The names of the brief, each with the language a learner of that name would most likely use. The
    /// brief's "Ðorđe" starts with U+00D0 (Icelandic eth); Serbian Latin writes U+0110, so both are here.
    const NAMES: [(&str, &str); 6] = [
        ("Јована Петровић-Ђурђевић", "sr-Cyrl"),
        ("Ćirić Šćepan Žarko", "hr"),
        ("Blerina Çela Ëndërr", "sq"),
        ("Љупчо Ѓорѓиевски-Ќосевска", "mk"),
        ("\u{d0}orđe Dž", "sr-Latn"),
        ("\u{110}orđe Dž", "cnr"),
    ];

    fn fonts() -> Fonts {
        Fonts::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/certificate/fonts"))
            .expect("the certificate fonts are in the repository")
    }

    /// Runs a tool; `None` (with a note) when it is not installed, so the check is skipped, never passed.
    fn run(tool: &str, args: &[&str], dir: &Path) -> Option<Output> {
        match Command::new(tool).args(args).current_dir(dir).output() {
            Ok(output) => Some(output),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                eprintln!("{tool} is not installed: skipping this check");
                None
            }
            Err(e) => panic!("{tool} could not run: {e}"),
        }
    }

    fn rendered(view: &CertificateView) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        let pdf = render(view, &fonts()).expect("the certificate renders");
        std::fs::write(dir.path().join("c.pdf"), pdf).expect("write the PDF");
        dir
    }

    fn stdout(output: &Output) -> String {
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn glyph_ids(fonts: &Fonts, language: &str, weight: Weight, text: &str) -> Vec<u32> {
        let shaper = Shaper::new(fonts, language).expect("shaper");
        shaper
            .shape(weight, text)
            .glyphs
            .iter()
            .map(|g| g.glyph_id.to_u32())
            .collect()
    }

    /// fontTools on this Noto Sans: `uni0431` (б) is glyph 458 and `uni0431.loclSRB` glyph 2406 in both
    /// weights; the Cyrillic language systems MKD and SRB both use that `locl` lookup, and HarfBuzz maps
    /// Montenegrin (cnr) to SRB.
    #[test]
    fn serbian_macedonian_and_montenegrin_get_their_own_letter_b() {
        let fonts = fonts();
        for weight in [Weight::Regular, Weight::Bold] {
            for language in ["sr-Cyrl", "mk", "cnr"] {
                assert_eq!(
                    glyph_ids(&fonts, language, weight, "б"),
                    [2406],
                    "{language}"
                );
            }
            for language in ["ru", "bg", "en"] {
                assert_eq!(
                    glyph_ids(&fonts, language, weight, "б"),
                    [458],
                    "{language}"
                );
            }
        }
    }

    #[test]
    fn pdftotext_gives_back_every_name_and_line_exactly() {
        for (name, language) in NAMES {
            let view = CertificateView::sample(language, name);
            let dir = rendered(&view);
            let Some(output) = run("pdftotext", &["-enc", "UTF-8", "c.pdf", "-"], dir.path())
            else {
                return;
            };
            let text = stdout(&output);
            for expected in [
                &view.title,
                &view.lead_in,
                &view.learner_name,
                &view.achievement,
                &view.details,
                &view.date_line,
                &view.issuer,
                &view.verify_line,
                &view.code,
            ] {
                assert!(
                    text.contains(expected.as_str()),
                    "{expected:?} not in {text:?}"
                );
            }
            assert!(
                !text.contains('?') && !text.contains('\u{fffd}'),
                "{text:?}"
            );
        }
    }

    #[test]
    fn every_font_is_embedded_as_a_subset_and_qpdf_finds_no_fault() {
        let dir = rendered(&CertificateView::sample("sr-Cyrl", NAMES[0].0));
        if let Some(output) = run("pdffonts", &["c.pdf"], dir.path()) {
            let listing = stdout(&output);
            // name, type, encoding, emb, sub, uni, object, generation
            let rows: Vec<Vec<&str>> = listing
                .lines()
                .skip(2)
                .map(|l| l.split_whitespace().collect())
                .collect();
            assert_eq!(rows.len(), 2, "regular and bold: {listing}");
            for row in &rows {
                let n = row.len();
                assert!(n >= 8, "{listing}");
                assert_eq!(
                    &row[n - 5..n - 2],
                    ["yes", "yes", "yes"],
                    "emb, sub, uni: {listing}"
                );
                let (prefix, font) = row[0].split_once('+').expect("a subset tag");
                assert_eq!(prefix.len(), 6, "{listing}");
                assert!(font.starts_with("NotoSans"), "{listing}");
            }
        }
        if let Some(output) = run("qpdf", &["--check", "c.pdf"], dir.path()) {
            let report = stdout(&output);
            assert!(
                report.contains("No syntax or stream encoding errors"),
                "{report}"
            );
        }
    }

    #[test]
    fn the_qr_code_reads_back_as_the_verification_url() {
        let dir = rendered(&CertificateView::sample("mk", NAMES[3].0));
        let Some(output) = run(
            "pdftoppm",
            &["-png", "-r", "150", "c.pdf", "page"],
            dir.path(),
        ) else {
            return;
        };
        stdout(&output);
        let png = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "png"))
            .expect("pdftoppm wrote a page");
        let png = png.to_string_lossy().into_owned();
        if let Some(output) = run("zbarimg", &["--raw", "-q", &png], dir.path()) {
            assert_eq!(stdout(&output).trim_end(), URL);
        }
    }

    fn overlaps(a: (f32, f32, f32, f32), b: (f32, f32, f32, f32)) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    /// Nothing crosses the margin inside the inner border, and no two texts (or a text and the QR code)
    /// overlap; the box of a line is its font's full ascent and descent.
    fn assert_tidy(layout: &Layout) {
        let inside = |(l, t, r, b): (f32, f32, f32, f32)| {
            l >= MARGIN - 0.01
                && t >= MARGIN - 0.01
                && r <= PAGE_WIDTH - MARGIN + 0.01
                && b <= PAGE_HEIGHT - MARGIN + 0.01
        };
        let qr = layout.qr.bounds();
        assert!(inside(qr), "QR {qr:?}");
        for (i, line) in layout.lines.iter().enumerate() {
            let a = line.bounds();
            assert!(inside(a), "{} {:?} at {a:?}", line.field, line.text);
            assert!(
                !overlaps(a, qr),
                "{} {:?} covers the QR code",
                line.field,
                line.text
            );
            for other in &layout.lines[i + 1..] {
                if other.field == line.field {
                    // Lines of one text may share the font's generous ascent and descent, but each lies a
                    // full line below the one before.
                    assert!(
                        other.baseline >= line.baseline + line.size,
                        "{:?}",
                        other.text
                    );
                } else {
                    assert!(
                        !overlaps(a, other.bounds()),
                        "{:?} overlaps {:?}",
                        line.text,
                        other.text
                    );
                }
            }
        }
    }

    fn field_text(layout: &Layout, field: &str) -> Vec<(String, f32)> {
        layout
            .lines
            .iter()
            .filter(|l| l.field == field)
            .map(|l| (l.text.clone(), l.size))
            .collect()
    }

    #[test]
    fn a_sixty_character_name_and_an_eighty_character_title_fit() {
        let name = "Јована Марија Константиновић-Вукашиновић Петронијевић Ђурђић";
        assert_eq!(name.chars().count(), 60);
        let title =
            "„Пословни енглески за туристичке водиче, рецепционере и менаџере у угоститељству“";
        assert_eq!(title.chars().count(), 81, "80 and its closing quote");
        let mut view = CertificateView::sample("sr-Cyrl", name);
        view.achievement = format!("успешно завршио/ла курс {title}");
        view.issuer =
            "Регионални центар за стране језике и интеркултурну комуникацију „Мост“ Нови Сад"
                .to_owned();
        let layout = layout(&view, &fonts()).expect("layout");
        assert_tidy(&layout);
        let lines = field_text(&layout, "learner name");
        let joined: Vec<&str> = lines.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(joined.join(" "), name);
        assert!(lines[0].1 >= 18.0, "the name is still large: {lines:?}");
        let achievement = field_text(&layout, "achievement");
        let joined: Vec<&str> = achievement.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(joined.join(" "), view.achievement);
    }

    #[test]
    fn short_texts_keep_their_full_size_on_one_line() {
        let layout = layout(&CertificateView::sample("sq", NAMES[2].0), &fonts()).expect("layout");
        assert_tidy(&layout);
        assert_eq!(
            field_text(&layout, "learner name"),
            [(NAMES[2].0.to_owned(), 38.0)]
        );
        assert_eq!(
            field_text(&layout, "title"),
            [("Certifikatë".to_owned(), 30.0)]
        );
    }

    #[test]
    fn an_unbreakable_word_is_shrunk_until_it_fits() {
        let mut view = CertificateView::sample("en", &"W".repeat(90));
        view.verify_url = format!(
            "https://ispit.example.org/{}/verify/7K3QD-M0XPA-9RT1W",
            "x".repeat(120)
        );
        let layout = layout(&view, &fonts()).expect("layout");
        assert_tidy(&layout);
        assert_eq!(field_text(&layout, "learner name").len(), 1);
    }

    #[test]
    fn a_name_the_fonts_cannot_draw_is_refused_not_printed_as_boxes() {
        let view = CertificateView::sample("en", "山田 Hanako محمد");
        match render(&view, &fonts()) {
            Err(PdfError::MissingGlyphs { field, characters }) => {
                assert_eq!(field, "learner name");
                assert_eq!(characters, "山田محد", "each character once");
            }
            other => panic!("expected MissingGlyphs, got {other:?}"),
        }
        assert_eq!(fonts().missing_characters("Ана\u{200d} Ђ山"), ['山']);
    }

    #[test]
    fn a_missing_font_file_is_named_in_the_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = Fonts::load(dir.path()).expect_err("no fonts there");
        assert!(err.to_string().contains("NotoSans-Regular.ttf"), "{err}");
        std::fs::write(dir.path().join(REGULAR_FILE), b"not a font").expect("write");
        let err = Fonts::load(dir.path()).expect_err("not a font");
        assert!(err.to_string().contains("NotoSans-Bold.ttf"), "{err}");
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("templates/certificate/fonts")
                .join(BOLD_FILE),
            dir.path().join(BOLD_FILE),
        )
        .expect("copy");
        let err = Fonts::load(dir.path()).expect_err("not a font");
        assert!(err.to_string().contains("NotoSans-Regular.ttf"), "{err}");
    }

    #[test]
    fn fonts_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Fonts>();
    }
}
