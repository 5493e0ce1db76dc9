//! The English placement bank: `placement.toml` (settings and cut scores) and `items-*.toml` (items and
//! reading passages, in English). Parsing is pure; `super::load` reads and writes the folder. Problems are reported with
//! file, line and column, like the course banks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::cat::{CatConfig, Classification, Item, Pool};
use super::cefr::{Cuts, Level};
use super::estimate::Prior;
use super::irt::ItemParams;
use crate::diagnostic::Diagnostic;

pub const SKILLS: [&str; 3] = ["grammar", "vocabulary", "reading"];

#[derive(Debug, Clone)]
pub struct Passage {
    pub id: String,
    pub level: Level,
    pub title: String,
    pub text: String,
}

impl Passage {
    /// Paragraphs (split at blank lines), each as its lines: signs, forms, timetables and e-mail
    /// signatures keep their line breaks.
    pub fn paragraphs(&self) -> Vec<Vec<&str>> {
        self.text
            .split("\n\n")
            .map(|p| p.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
            .filter(|lines: &Vec<&str>| !lines.is_empty())
            .collect()
    }
}

/// The prose and key of an item (the pool holds its parameters).
#[derive(Debug, Clone)]
pub struct ItemText {
    pub stem: String,
    pub options: Vec<String>,
    pub correct: usize,
    pub passage: Option<String>,
    /// The items file it was read from (for advice to its author).
    pub file: PathBuf,
}

#[derive(Debug, Clone)]
pub struct PlacementBank {
    pub pool: Pool,
    pub texts: Vec<ItemText>,
    pub passages: BTreeMap<String, Passage>,
    pub cuts: Cuts,
    pub config: CatConfig,
    pub time_limit_seconds: Option<i64>,
    /// The learner is emailed the result when a test closes.
    pub email_result: bool,
    /// A finished test with a level issues a certificate stating it.
    pub certificate: bool,
}

impl PlacementBank {
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.pool.index_of(id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    format: Spanned<u32>,
    #[serde(default)]
    time_limit_minutes: Option<u32>,
    min_items: Spanned<usize>,
    max_items: usize,
    /// Stop when one level has at least this posterior probability.
    level_confidence: f64,
    /// GLR indifference half-width and error rate.
    indifference: f64,
    alpha: f64,
    prior_mean: f64,
    prior_sd: f64,
    skill_se_limit: f64,
    /// A skill's level also needs its most probable level at least this probable (absent: the SE limit
    /// alone decides).
    #[serde(default)]
    skill_confidence: Option<Spanned<f64>>,
    /// Target share per skill.
    skills: BTreeMap<Spanned<String>, f64>,
    cuts: Spanned<RawCuts>,
    #[serde(default)]
    email_result: bool,
    #[serde(default)]
    certificate: bool,
}

/// `exposure.toml`: Sympson–Hetter exposure parameters by item id (items not listed: 1).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExposure {
    #[serde(default)]
    exposure: BTreeMap<Spanned<String>, Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCuts {
    below_a1: f64,
    a1_a2: f64,
    a2_b1: f64,
    b1_b2: f64,
    b2_c1: f64,
    c1_c2: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItemsFile {
    format: Spanned<u32>,
    #[serde(default)]
    passages: Vec<Spanned<RawPassage>>,
    #[serde(default)]
    items: Vec<Spanned<RawItem>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPassage {
    id: Spanned<String>,
    level: Spanned<String>,
    title: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    level: Spanned<String>,
    skill: Spanned<String>,
    a: Option<Spanned<f64>>,
    b: Spanned<f64>,
    stem: String,
    options: Spanned<Vec<String>>,
    correct: Spanned<String>,
    #[serde(default)]
    passage: Option<Spanned<String>>,
}

/// An item's or passage's level, as the result shows it: `Pre-A1` (the level below A1) or A1 … C2.
fn item_level(s: &str) -> Option<Level> {
    Level::ALL
        .into_iter()
        .find(|l| l.label().eq_ignore_ascii_case(s))
}

fn at(path: &Path, source: &str, offset: usize, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::at_offset(path, source, offset, msg)
}

/// A TOML syntax or shape error, where the parser found it, on one line (the parser's message may have
/// several: "invalid string" then "expected `\"`, `'`").
fn toml_error(path: &Path, source: &str, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().lines().collect::<Vec<_>>().join("; ");
    at(path, source, e.span().map_or(0, |s| s.start), message)
}

/// Parses the settings, the optional exposure parameters and the item files (each as path, text). Every
/// problem at once, each in the file it is in.
pub fn parse(
    settings: (&Path, &str),
    exposure: Option<(&Path, &str)>,
    item_files: &[(PathBuf, String)],
) -> Result<PlacementBank, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let (spath, stext) = settings;
    let raw: RawSettings = toml::from_str(stext).map_err(|e| vec![toml_error(spath, stext, &e)])?;
    let parsed_exposure = match exposure {
        Some((epath, etext)) => match toml::from_str::<RawExposure>(etext) {
            Ok(raw) => Some((epath, etext, raw.exposure)),
            Err(e) => {
                problems.push(toml_error(epath, etext, &e));
                None
            }
        },
        None => None,
    };
    if *raw.format.get_ref() != 1 {
        problems.push(at(
            spath,
            stext,
            raw.format.span().start,
            format!("unsupported format {}", raw.format.get_ref()),
        ));
    }
    let c = raw.cuts.get_ref();
    let cuts = match Cuts::new(
        Some(c.below_a1),
        [c.a1_a2, c.a2_b1, c.b1_b2, c.b2_c1, c.c1_c2],
    ) {
        Ok(cuts) => Some(cuts),
        Err(e) => {
            problems.push(at(spath, stext, raw.cuts.span().start, e.to_string()));
            None
        }
    };
    for skill in raw.skills.keys() {
        if !SKILLS.contains(&skill.get_ref().as_str()) {
            problems.push(at(
                spath,
                stext,
                skill.span().start,
                format!("unknown skill `{}`", skill.get_ref()),
            ));
        }
    }
    let min_items = *raw.min_items.get_ref();
    if min_items == 0 || min_items > raw.max_items {
        problems.push(at(
            spath,
            stext,
            raw.min_items.span().start,
            "need 0 < min_items <= max_items",
        ));
    }
    if let Some(p) = &raw.skill_confidence {
        // A probability, and one that can be reached: at most 1 (and 0 would level every skill).
        if !(*p.get_ref() > 0.0 && *p.get_ref() <= 1.0) {
            problems.push(at(
                spath,
                stext,
                p.span().start,
                "skill_confidence must be a probability above 0, at most 1",
            ));
        }
    }
    // An items file that did not parse may hold items: "no items" would then be noise.
    let mut unreadable_items = false;

    let mut items = Vec::new();
    let mut texts = Vec::new();
    let mut passages = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut pending_refs = Vec::new();
    for (path, text) in item_files {
        let file: RawItemsFile = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                problems.push(toml_error(path, text, &e));
                unreadable_items = true;
                continue;
            }
        };
        if *file.format.get_ref() != 1 {
            problems.push(at(
                path,
                text,
                file.format.span().start,
                format!("unsupported format {}", file.format.get_ref()),
            ));
        }
        for p in &file.passages {
            let raw_p = p.get_ref();
            let Some(level) = item_level(raw_p.level.get_ref()) else {
                problems.push(at(
                    path,
                    text,
                    raw_p.level.span().start,
                    format!("unknown level `{}`", raw_p.level.get_ref()),
                ));
                continue;
            };
            let id = raw_p.id.get_ref();
            if passages.contains_key(id) || !crate::ids::is_slug(id) {
                problems.push(at(
                    path,
                    text,
                    raw_p.id.span().start,
                    format!("passage id `{id}` is invalid or used twice"),
                ));
                continue;
            }
            passages.insert(
                id.clone(),
                Passage {
                    id: id.clone(),
                    level,
                    title: raw_p.title.clone(),
                    text: raw_p.text.trim().to_string(),
                },
            );
        }
        for it in &file.items {
            let r = it.get_ref();
            let id = r.id.get_ref();
            if !crate::ids::is_slug(id) || !seen.insert(id.clone()) {
                problems.push(at(
                    path,
                    text,
                    r.id.span().start,
                    format!("item id `{id}` is invalid or used twice"),
                ));
                continue;
            }
            let level = item_level(r.level.get_ref());
            if level.is_none() {
                problems.push(at(
                    path,
                    text,
                    r.level.span().start,
                    format!("unknown level `{}`", r.level.get_ref()),
                ));
            }
            if !SKILLS.contains(&r.skill.get_ref().as_str()) {
                problems.push(at(
                    path,
                    text,
                    r.skill.span().start,
                    format!("unknown skill `{}`", r.skill.get_ref()),
                ));
            }
            let b = *r.b.get_ref();
            let a = r.a.as_ref().map_or(1.0, |a| *a.get_ref());
            let a_ok = a.is_finite() && a > 0.0 && a <= 4.0;
            if !(a_ok && b.is_finite() && (-6.0..=6.0).contains(&b)) {
                // Where the wrong one is: `a` if it is out of range, else `b`.
                let span = match &r.a {
                    Some(a) if !a_ok => a.span(),
                    _ => r.b.span(),
                };
                problems.push(at(
                    path,
                    text,
                    span.start,
                    "a must be in (0, 4] and b in [-6, 6]",
                ));
            }
            let options = r.options.get_ref();
            let unique: BTreeSet<&String> = options.iter().collect();
            if options.len() < 3 || options.len() > 5 || unique.len() != options.len() {
                problems.push(at(
                    path,
                    text,
                    r.options.span().start,
                    "an item needs 3 to 5 different options",
                ));
            }
            let correct = options.iter().position(|o| o == r.correct.get_ref());
            if correct.is_none() {
                problems.push(at(
                    path,
                    text,
                    r.correct.span().start,
                    format!(
                        "correct answer `{}` is not one of the options",
                        r.correct.get_ref()
                    ),
                ));
            }
            let is_reading = r.skill.get_ref() == "reading";
            match (&r.passage, is_reading) {
                (Some(p), true) => pending_refs.push((
                    path.clone(),
                    text.clone(),
                    p.span().start,
                    p.get_ref().clone(),
                )),
                (None, true) => problems.push(at(
                    path,
                    text,
                    r.id.span().start,
                    "a reading item needs a `passage`",
                )),
                (Some(p), false) => problems.push(at(
                    path,
                    text,
                    p.span().start,
                    "only reading items have a passage",
                )),
                (None, false) => {}
            }
            items.push(Item {
                id: id.clone(),
                params: ItemParams { a, b },
                skill: r.skill.get_ref().clone(),
                level,
                testlet: r.passage.as_ref().map(|p| p.get_ref().clone()),
            });
            texts.push(ItemText {
                stem: r.stem.trim().to_string(),
                options: options.clone(),
                correct: correct.unwrap_or(0),
                passage: r.passage.as_ref().map(|p| p.get_ref().clone()),
                file: path.clone(),
            });
        }
    }
    for (path, text, offset, passage) in pending_refs {
        if !passages.contains_key(&passage) {
            problems.push(at(&path, &text, offset, format!("no passage `{passage}`")));
        }
    }
    let mut exposure = BTreeMap::new();
    if let Some((epath, etext, parameters)) = &parsed_exposure {
        for (id, k) in parameters {
            if !seen.contains(id.get_ref()) {
                problems.push(at(
                    epath,
                    etext,
                    id.span().start,
                    format!("exposure parameter for unknown item `{}`", id.get_ref()),
                ));
            }
            // A Sympson–Hetter parameter is the probability that a selected item is given.
            let value = *k.get_ref();
            if !(0.0..=1.0).contains(&value) {
                problems.push(at(
                    epath,
                    etext,
                    k.span().start,
                    format!(
                        "exposure parameter {value} of `{}` must be a probability, from 0 to 1",
                        id.get_ref()
                    ),
                ));
            }
            exposure.insert(id.get_ref().clone(), value);
        }
    }
    if items.is_empty() && !unreadable_items {
        problems.push(Diagnostic::in_file(
            spath,
            "the placement bank has no items",
        ));
    }
    let (Some(cuts), true) = (cuts, problems.is_empty()) else {
        problems.sort();
        return Err(problems);
    };
    let mut pool = Pool::new(items);
    for (i, item) in pool.items.iter().enumerate() {
        if let Some(k) = exposure.get(&item.id) {
            pool.exposure_k[i] = *k;
        }
    }
    let config = CatConfig {
        min_items,
        max_items: raw.max_items,
        prior: Prior {
            mean: raw.prior_mean,
            sd: raw.prior_sd,
        },
        skill_targets: raw
            .skills
            .into_iter()
            .map(|(k, v)| (k.into_inner(), v))
            .collect(),
        randomesque: 1,
        classification: Some(Classification::Glr {
            indifference: raw.indifference,
            alpha: raw.alpha,
            beta: raw.alpha,
        }),
        se_target: None,
        level_confidence: Some(raw.level_confidence),
        skill_se_limit: raw.skill_se_limit,
        skill_confidence: raw.skill_confidence.map(Spanned::into_inner),
        skill_min_items: 0,
    };
    Ok(PlacementBank {
        pool,
        texts,
        passages,
        cuts,
        config,
        time_limit_seconds: raw.time_limit_minutes.map(|m| i64::from(m) * 60),
        email_result: raw.email_result,
        certificate: raw.certificate,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn passages_keep_paragraphs_and_line_breaks() {
        let passage = Passage {
            id: "p".into(),
            level: Level::A2,
            title: "Timetable".into(),
            text: "BUS 72\nCentre → Airport\n\n\nMonday: every 30 minutes  \nSunday: every hour\n"
                .into(),
        };
        assert_eq!(
            passage.paragraphs(),
            vec![
                vec!["BUS 72", "Centre → Airport"],
                vec!["Monday: every 30 minutes", "Sunday: every hour"]
            ]
        );
    }

    use super::*;

    const SETTINGS: &str = r#"format = 1
min_items = 2
max_items = 10
level_confidence = 0.75
indifference = 0.35
alpha = 0.075
prior_mean = 0.0
prior_sd = 1.2
skill_se_limit = 0.6
skills = { grammar = 1.0, reading = 1.0 }
cuts = { below_a1 = -2.8, a1_a2 = -1.8, a2_b1 = -0.7, b1_b2 = 0.4, b2_c1 = 1.5, c1_c2 = 2.5 }
"#;

    const ITEMS: &str = r#"format = 1

[[passages]]
id = "p1"
level = "A2"
title = "A notice"
text = "The office is closed on Monday."

[[items]]
id = "a2-g-1"
level = "A2"
skill = "grammar"
b = -1.2
stem = "She ___ a teacher."
options = ["is", "are", "am"]
correct = "is"

[[items]]
id = "a2-r-1"
level = "A2"
skill = "reading"
b = -1.0
stem = "When is the office closed?"
options = ["Monday", "Tuesday", "Sunday"]
correct = "Monday"
passage = "p1"
"#;

    fn parse_items(items: &str) -> Result<PlacementBank, Vec<Diagnostic>> {
        parse(
            (Path::new("placement.toml"), SETTINGS),
            None,
            &[(PathBuf::from("items-a2.toml"), items.to_string())],
        )
    }

    #[test]
    fn parses_items_passages_and_settings() {
        let bank = parse_items(ITEMS).expect("valid");
        assert_eq!(bank.pool.items.len(), 2);
        assert_eq!(bank.pool.items[1].testlet.as_deref(), Some("p1"));
        assert_eq!(bank.texts[0].correct, 0);
        assert_eq!(bank.cuts.level(-2.9), Level::BelowA1);
        assert_eq!(bank.config.prior.sd, 1.2);
    }

    #[test]
    fn new_difficulties_are_written_back_keeping_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("placement.toml"), SETTINGS).expect("write");
        let commented = format!("# keep this comment\n{ITEMS}");
        std::fs::write(dir.path().join("items-a2.toml"), &commented).expect("write");
        let updated = crate::placement::load::write_difficulties(
            dir.path(),
            &[("a2-g-1".to_string(), -1.234)].into(),
        )
        .expect("writes");
        assert_eq!(updated, 1);
        let text = std::fs::read_to_string(dir.path().join("items-a2.toml")).expect("read");
        assert!(text.starts_with("# keep this comment"));
        let bank = crate::placement::load::load(dir.path()).expect("still valid");
        assert_eq!(bank.pool.items[0].params.b, -1.23);
        assert_eq!(bank.pool.items[1].params.b, -1.0, "other items unchanged");
    }

    #[test]
    fn exposure_parameters_are_located_in_their_own_file() {
        let items = [(PathBuf::from("items-a2.toml"), ITEMS.to_string())];
        let parse_exposure = |text: &str| {
            parse(
                (Path::new("placement.toml"), SETTINGS),
                Some((Path::new("exposure.toml"), text)),
                &items,
            )
        };
        let bank = parse_exposure("[exposure]\n\"a2-g-1\" = 0.25\n").expect("valid");
        assert_eq!(bank.pool.exposure_k, vec![0.25, 1.0]);
        let err = parse_exposure("# generated\n[exposure]\n\"a2-g-1\" = 1.77\n\"gone\" = 0.5\n")
            .expect_err("invalid");
        let msgs: Vec<String> = err.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            vec![
                "exposure.toml:3:12: exposure parameter 1.77 of `a2-g-1` must be a probability, from 0 to 1",
                "exposure.toml:4:1: exposure parameter for unknown item `gone`",
            ]
        );
        let err = parse_exposure("[exposure]\n\"a2-g-1\" = \n").expect_err("invalid");
        assert!(
            err[0].to_string().starts_with("exposure.toml:2:"),
            "{err:?}"
        );
        let err = parse_exposure("[exposure]\n\"a2-g-1\" = -0.1\n").expect_err("invalid");
        assert!(err[0].to_string().contains("-0.1"), "{err:?}");
    }

    #[test]
    fn items_and_passages_may_be_levelled_pre_a1_by_the_name_the_result_shows() {
        let pre_a1 = ITEMS
            .replace("level = \"A2\"", "level = \"Pre-A1\"")
            .replace("b = -1.2", "b = -3.5");
        let bank = parse_items(&pre_a1).expect("Pre-A1 is a level for items");
        assert_eq!(bank.pool.items[0].level, Some(Level::BelowA1));
        assert_eq!(bank.pool.items[1].level, Some(Level::BelowA1));
        assert_eq!(bank.passages["p1"].level, Level::BelowA1);
        // The internal code is not an item level: authors write what learners see.
        let internal = ITEMS.replacen("level = \"A2\"", "level = \"below-A1\"", 1);
        let err = parse_items(&internal).expect_err("below-A1 is not an item level");
        assert!(
            err[0]
                .to_string()
                .starts_with("items-a2.toml:5:9: unknown level `below-A1`"),
            "{err:?}"
        );
    }

    fn with_settings(settings: &str) -> Result<PlacementBank, Vec<Diagnostic>> {
        parse(
            (Path::new("placement.toml"), settings),
            None,
            &[(PathBuf::from("items-a2.toml"), ITEMS.to_string())],
        )
    }

    fn messages(r: Result<PlacementBank, Vec<Diagnostic>>) -> Vec<String> {
        r.expect_err("refused")
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn items_are_found_by_id() {
        let bank = parse_items(ITEMS).expect("valid");
        assert_eq!(bank.item_index("a2-r-1"), Some(1));
        assert_eq!(bank.item_index("a2-g-1"), Some(0));
        assert_eq!(bank.item_index("a2-x-9"), None);
    }

    #[test]
    fn the_minimum_length_is_positive_and_at_most_the_maximum() {
        let min = |n: &str| SETTINGS.replace("min_items = 2", &format!("min_items = {n}"));
        let refusal = "placement.toml:2:13: need 0 < min_items <= max_items";
        assert_eq!(messages(with_settings(&min("0"))), [refusal]);
        assert_eq!(messages(with_settings(&min("11"))), [refusal]);
        assert!(with_settings(&min("10")).is_ok(), "equal to the maximum");
        assert!(with_settings(&min("1")).is_ok());
    }

    #[test]
    fn a_passage_id_must_be_valid_and_new() {
        let twice = ITEMS.replacen(
            "[[items]]",
            "[[passages]]\nid = \"p1\"\nlevel = \"A2\"\ntitle = \"Again\"\ntext = \"x\"\n\n[[items]]",
            1,
        );
        let msgs = messages(parse_items(&twice));
        assert!(
            msgs[0].ends_with("passage id `p1` is invalid or used twice"),
            "{msgs:?}"
        );
        let invalid = ITEMS.replace("id = \"p1\"", "id = \"P 1\"");
        let msgs = messages(parse_items(&invalid));
        assert!(
            msgs[0].ends_with("passage id `P 1` is invalid or used twice"),
            "{msgs:?}"
        );
    }

    #[test]
    fn discrimination_must_be_positive_finite_and_at_most_four() {
        let with_a = |a: &str| ITEMS.replacen("b = -1.2", &format!("a = {a}\nb = -1.2"), 1);
        for bad in ["0.0", "-1.0", "4.5", "nan", "inf"] {
            let msgs = messages(parse_items(&with_a(bad)));
            assert!(
                msgs[0].ends_with("a must be in (0, 4] and b in [-6, 6]"),
                "a = {bad}: {msgs:?}"
            );
        }
        for good in ["0.2", "4.0"] {
            assert!(parse_items(&with_a(good)).is_ok(), "a = {good}");
        }
        let far = ITEMS.replacen("b = -1.2", "b = 6.5", 1);
        assert!(messages(parse_items(&far))[0].ends_with("a must be in (0, 4] and b in [-6, 6]"));
    }

    #[test]
    fn an_out_of_range_parameter_is_reported_where_it_is_written() {
        // Line 13 of the items is `b`; with `a` inserted before it, `a` is on line 13 and `b` on 14.
        let bad_a = ITEMS.replacen("b = -1.2", "a = 4.5\nb = -1.2", 1);
        assert!(messages(parse_items(&bad_a))[0].starts_with("items-a2.toml:13:5: a must be"));
        let bad_b = ITEMS.replacen("b = -1.2", "a = 1.0\nb = 7.0", 1);
        assert!(messages(parse_items(&bad_b))[0].starts_with("items-a2.toml:14:5: a must be"));
        let bad_b_alone = ITEMS.replacen("b = -1.2", "b = 7.0", 1);
        assert!(messages(parse_items(&bad_b_alone))[0].starts_with("items-a2.toml:13:5: a must be"));
    }

    #[test]
    fn an_item_has_three_to_five_different_options() {
        let with = |options: &str| {
            ITEMS.replacen(
                "options = [\"is\", \"are\", \"am\"]",
                &format!("options = [{options}]"),
                1,
            )
        };
        for bad in [
            r#""is", "are""#,
            r#""is", "are", "am", "be", "was", "were""#,
            r#""is", "are", "is""#,
        ] {
            let msgs = messages(parse_items(&with(bad)));
            assert!(
                msgs[0].ends_with("an item needs 3 to 5 different options"),
                "{bad}: {msgs:?}"
            );
        }
        assert!(parse_items(&with(r#""is", "are", "am", "be", "was""#)).is_ok());
    }

    #[test]
    fn a_bank_without_items_is_refused_and_the_time_limit_is_in_seconds() {
        let msgs = messages(parse_items("format = 1\n"));
        assert_eq!(
            msgs,
            ["placement.toml:1:1: the placement bank has no items"]
        );
        let timed = with_settings(&format!("time_limit_minutes = 45\n{SETTINGS}")).expect("valid");
        assert_eq!(timed.time_limit_seconds, Some(2700));
        assert_eq!(parse_items(ITEMS).expect("valid").time_limit_seconds, None);
    }

    #[test]
    fn problems_are_located() {
        let bad = ITEMS.replace("correct = \"is\"", "correct = \"be\"");
        let err = parse_items(&bad).expect_err("invalid");
        assert!(
            err[0]
                .to_string()
                .starts_with("items-a2.toml:16:11: correct answer `be`"),
            "{err:?}"
        );
        let bad = ITEMS.replace("passage = \"p1\"", "passage = \"p9\"");
        let err = parse_items(&bad).expect_err("invalid");
        assert!(err[0].to_string().contains("no passage `p9`"), "{err:?}");
        let bad = ITEMS.replace("skill = \"grammar\"", "skill = \"listening\"");
        let err = parse_items(&bad).expect_err("invalid");
        assert!(
            err[0].to_string().contains("unknown skill `listening`"),
            "{err:?}"
        );
    }
    #[test]
    fn skill_confidence_is_optional_and_a_probability() {
        // Absent: the SE limit alone decides, as before the setting existed.
        assert_eq!(
            with_settings(SETTINGS)
                .expect("valid")
                .config
                .skill_confidence,
            None
        );
        let with = |p: &str| format!("{SETTINGS}skill_confidence = {p}\n");
        let bank = with_settings(&with("0.76")).expect("valid");
        assert_eq!(bank.config.skill_confidence, Some(0.76));
        assert_eq!(bank.config.skill_se_limit, 0.6);
        assert!(with_settings(&with("1.0")).is_ok(), "1 is a probability");
        // Line 12 (after the eleven lines of SETTINGS), column 20: the value.
        let refusal =
            "placement.toml:12:20: skill_confidence must be a probability above 0, at most 1";
        for bad in ["0.0", "1.2", "-0.5", "nan"] {
            assert_eq!(messages(with_settings(&with(bad))), [refusal], "{bad}");
        }
    }
}
