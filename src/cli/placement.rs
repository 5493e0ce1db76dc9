//! `ispit placement estimate | simulate | calibrate`: tools for psychometricians.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::placement::calibrate::ResponsePattern;
use crate::placement::cat::SkillRule;
use crate::placement::cat::{
    calibrate_exposure, CatConfig, Classification, ExposureTarget, Item, Pool,
};
use crate::placement::cefr::{Cuts, Level};
use crate::placement::estimate::{eap, mle, Prior, Response};
use crate::placement::irt::ItemParams;
use crate::placement::simulate::{
    draw_examinees, linear_form, simulate_cat_by_skill, simulate_linear, simulate_oracle,
    skill_figures, Figures, SkillFigures, SkillRow,
};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}: {1}")]
    Read(String, std::io::Error),
    #[error("{0}: {1}")]
    Json(String, serde_json::Error),
    #[error("{0}")]
    Invalid(String),
}

impl CliError {
    /// Bank problems, one `file:line:col: message` per line.
    pub fn from_diagnostics(problems: &[crate::diagnostic::Diagnostic]) -> CliError {
        CliError::Invalid(crate::diagnostic::Diagnostics(problems.to_vec()).to_string())
    }
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, CliError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| CliError::Read(name.clone(), e))?;
    serde_json::from_str(&text).map_err(|e| CliError::Json(name, e))
}

#[derive(Deserialize)]
struct ItemsFile {
    items: Vec<ItemRow>,
}

#[derive(Deserialize)]
struct ItemRow {
    id: String,
    #[serde(default = "one")]
    a: f64,
    b: f64,
}

fn one() -> f64 {
    1.0
}

#[derive(Deserialize)]
struct PatternsFile {
    patterns: Vec<Pattern>,
}

#[derive(Deserialize)]
struct Pattern {
    id: String,
    item_ids: Vec<String>,
    responses: Vec<u8>,
}

#[derive(Serialize)]
struct EstimateRow {
    id: String,
    eap: f64,
    psd: f64,
    mle: Option<f64>,
    mle_se: Option<f64>,
}

/// EAP (N(0,1) prior, 81-point grid), its posterior SD, and the MLE with its standard error per pattern.
pub fn estimate(items: &Path, responses: &Path) -> Result<serde_json::Value, CliError> {
    let items: ItemsFile = read_json(items)?;
    let by_id: BTreeMap<&str, ItemParams> = items
        .items
        .iter()
        .map(|i| (i.id.as_str(), ItemParams { a: i.a, b: i.b }))
        .collect();
    let patterns: PatternsFile = read_json(responses)?;
    let mut results = Vec::new();
    for p in patterns.patterns {
        if p.item_ids.len() != p.responses.len() {
            return Err(CliError::Invalid(format!(
                "pattern {}: {} item ids but {} responses",
                p.id,
                p.item_ids.len(),
                p.responses.len()
            )));
        }
        let mut rs = Vec::new();
        for (id, u) in p.item_ids.iter().zip(&p.responses) {
            let item = *by_id.get(id.as_str()).ok_or_else(|| {
                CliError::Invalid(format!("pattern {}: unknown item `{id}`", p.id))
            })?;
            if *u > 1 {
                return Err(CliError::Invalid(format!(
                    "pattern {}: responses are 0 or 1",
                    p.id
                )));
            }
            rs.push(Response {
                item,
                right: *u == 1,
            });
        }
        let (e, psd) = eap(&rs, Prior::default());
        let m = mle(&rs);
        results.push(EstimateRow {
            id: p.id,
            eap: e,
            psd,
            mle: m.map(|x| x.0),
            mle_se: m.map(|x| x.1),
        });
    }
    Ok(json!({ "results": results }))
}

/// A simulation bank file: items with skill and level, and the five cuts A1|A2 … C1|C2.
#[derive(Deserialize)]
struct SimBankFile {
    items: Vec<SimItem>,
    cuts: Vec<f64>,
}

#[derive(Deserialize)]
struct SimItem {
    id: String,
    #[serde(default = "one")]
    a: f64,
    b: f64,
    #[serde(default = "default_skill")]
    skill: String,
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    testlet: Option<String>,
}

fn default_skill() -> String {
    "general".into()
}

pub fn load_sim_bank(path: &Path) -> Result<SimBank, CliError> {
    let file: SimBankFile = read_json(path)?;
    let cuts: [f64; 5] = file.cuts.try_into().map_err(|_| {
        CliError::Invalid("`cuts` must hold five values: A1|A2, A2|B1, B1|B2, B2|C1, C1|C2".into())
    })?;
    let cuts = Cuts::new(None, cuts).map_err(|e| CliError::Invalid(e.to_string()))?;
    let items = file
        .items
        .into_iter()
        .map(|i| Item {
            level: i.level.as_deref().and_then(Level::parse),
            id: i.id,
            params: ItemParams { a: i.a, b: i.b },
            skill: i.skill,
            testlet: i.testlet,
        })
        .collect();
    Ok(SimBank {
        pool: Pool::new(items),
        cuts,
        config: None,
    })
}

/// The reference bank of the issue: 180 Rasch items with b spread evenly over −3…3.5, three skills.
pub fn reference_bank() -> SimBank {
    let cuts = Cuts {
        below_a1: None,
        cuts: [-2.0, -0.8, 0.4, 1.6, 2.8],
    };
    let items = (0..180)
        .map(|i| {
            let b = -3.0 + 6.5 * f64::from(i) / 179.0;
            Item {
                id: format!("ref{i:03}"),
                params: ItemParams::rasch(b),
                skill: ["grammar", "vocabulary", "reading"][i as usize % 3].into(),
                level: Some(cuts.level(b)),
                testlet: None,
            }
        })
        .collect();
    SimBank {
        pool: Pool::new(items),
        cuts,
        config: None,
    }
}

/// The adaptive test for a bank without settings of its own (a `--bank` file or the reference bank):
/// ispit's shipped stopping rules, equal skill shares, the simulated population as the prior.
pub fn default_config(population: Prior, skills: &[String]) -> CatConfig {
    CatConfig {
        min_items: 8,
        max_items: 40,
        prior: population,
        skill_targets: skills.iter().map(|s| (s.clone(), 1.0)).collect(),
        randomesque: 1,
        classification: Some(Classification::Glr {
            indifference: 0.35,
            alpha: 0.075,
            beta: 0.075,
        }),
        se_target: None,
        level_confidence: Some(0.76),
        skill_se_limit: 0.6,
        skill_confidence: None,
        skill_min_items: 0,
    }
}

/// Overrides of the stopping knobs, for trading test length against accuracy; `None` keeps the bank's.
#[derive(Debug, Clone, Default)]
pub struct Tuning {
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    /// GLR indifference half-width; 0 turns the GLR rule off.
    pub indifference: Option<f64>,
    pub alpha: Option<f64>,
    /// Level-probability threshold; 0 turns the rule off.
    pub confidence: Option<f64>,
    /// The rule for skill levels: SE limit, and level probability (0 turns it off).
    pub skill_se_limit: Option<f64>,
    pub skill_confidence: Option<f64>,
    /// Answers every skill needs before the test may stop.
    pub skill_min_items: Option<usize>,
}

impl Tuning {
    pub fn apply(&self, config: &mut CatConfig) {
        if let Some(n) = self.min_items {
            config.min_items = n;
        }
        if let Some(n) = self.max_items {
            config.max_items = n;
        }
        let (old_d, old_alpha) = match config.classification {
            Some(
                Classification::Glr {
                    indifference,
                    alpha,
                    ..
                }
                | Classification::Sprt {
                    indifference,
                    alpha,
                    ..
                },
            ) => (indifference, alpha),
            None => (0.0, 0.075),
        };
        if self.indifference.is_some() || self.alpha.is_some() {
            let d = self.indifference.unwrap_or(old_d);
            let alpha = self.alpha.unwrap_or(old_alpha);
            config.classification = (d > 0.0).then_some(Classification::Glr {
                indifference: d,
                alpha,
                beta: alpha,
            });
        }
        if let Some(p) = self.confidence {
            config.level_confidence = (p > 0.0).then_some(p);
        }
        if let Some(limit) = self.skill_se_limit {
            config.skill_se_limit = limit;
        }
        if let Some(p) = self.skill_confidence {
            config.skill_confidence = (p > 0.0).then_some(p);
        }
        if let Some(n) = self.skill_min_items {
            config.skill_min_items = n;
        }
    }
}

pub struct SimOptions {
    pub examinees: usize,
    pub seed: u64,
    pub population: Prior,
    pub max_exposure: f64,
    pub tuning: Tuning,
    /// Also run the oracle bound (items chosen at the true θ).
    pub oracle: bool,
}

/// A bank to simulate, with the adaptive-test settings it ships with, if any.
#[derive(Debug, Clone)]
pub struct SimBank {
    pub pool: Pool,
    pub cuts: Cuts,
    pub config: Option<CatConfig>,
}

pub struct SimFigures {
    pub cat: Figures,
    pub linear: Figures,
    pub oracle: Option<Figures>,
    /// The adaptive test's skill rows, for judging other rules for skill levels on the same tests.
    pub skill_rows: Vec<SkillRow>,
}

/// Simulates the adaptive test and a fixed 40-item form on the same examinees (and the oracle bound).
pub fn simulate(bank: SimBank, options: &SimOptions) -> SimFigures {
    let SimBank {
        mut pool,
        cuts,
        config,
    } = bank;
    let mut config = config.unwrap_or_else(|| {
        let mut skills: Vec<String> = pool.items.iter().map(|i| i.skill.clone()).collect();
        skills.sort();
        skills.dedup();
        default_config(options.population, &skills)
    });
    options.tuning.apply(&mut config);
    // Exposure parameters come from their own simulated sample, never from the examinees being evaluated.
    let target = ExposureTarget {
        population: options.population,
        max_rate: options.max_exposure,
        examinees: 500,
        iterations: 10,
        seed: options.seed ^ 0x5EED,
    };
    // A rate of 1 or more caps nothing (no item is in more than every test): K = 1 as the pool starts.
    if options.max_exposure < 1.0 {
        calibrate_exposure(&mut pool, &config, &cuts, &target);
    }
    let thetas = draw_examinees(options.population, options.examinees, options.seed);
    let (cat, skill_rows) =
        simulate_cat_by_skill(&pool, &config, &cuts, &thetas, options.seed.wrapping_add(1));
    let form = linear_form(&pool, 40);
    let linear = simulate_linear(
        &pool,
        &form,
        config.prior,
        &cuts,
        &thetas,
        options.seed.wrapping_add(2),
    );
    let oracle = options
        .oracle
        .then(|| simulate_oracle(&pool, &config, &cuts, &thetas, options.seed.wrapping_add(3)));
    SimFigures {
        cat,
        linear,
        oracle,
        skill_rows,
    }
}

/// What `simulate` prints.
#[derive(Debug, Clone, Copy)]
pub struct SimOutput {
    /// The length-against-accuracy table instead of one run's figures.
    pub trade_off: bool,
    pub json: bool,
    /// Also the rules for skill levels of [`SKILL_RULES`], judged on the same tests.
    pub skill_rules: bool,
}

/// `ispit placement simulate`: one run (with the oracle if asked) or the trade-off table, as text or JSON.
/// `discrimination_scale` multiplies every item's discrimination first (a what-if).
pub fn run_simulate(
    mut bank: SimBank,
    discrimination_scale: f64,
    options: &SimOptions,
    output: SimOutput,
) -> Result<(), CliError> {
    if !(discrimination_scale > 0.0 && discrimination_scale.is_finite()) {
        return Err(CliError::Invalid(format!(
            "--discrimination-scale must be a positive number (got {discrimination_scale})"
        )));
    }
    for item in &mut bank.pool.items {
        item.params.a *= discrimination_scale;
    }
    if output.trade_off {
        let rows = trade_off(&bank, options);
        if output.json {
            let rows: Vec<_> = rows
                .iter()
                .map(|(c, f)| json!({ "confidence": c, "cat": f }))
                .collect();
            println!("{:#}", json!({ "trade_off": rows }));
        } else {
            print_trade_off(&rows);
        }
        return Ok(());
    }
    let cuts = bank.cuts.clone();
    let figures = simulate(bank, options);
    let rules = output.skill_rules.then(|| {
        SKILL_RULES
            .iter()
            .map(|rule| (*rule, skill_figures(&cuts, &figures.skill_rows, rule)))
            .collect::<Vec<_>>()
    });
    if output.json {
        let mut out = json!({ "cat": figures.cat, "linear": figures.linear });
        if let Some(o) = &figures.oracle {
            out["oracle"] = json!(o);
        }
        if let Some(rules) = &rules {
            out["skill_rules"] = rules
                .iter()
                .map(|(rule, f)| json!({ "rule": rule_name(rule), "skills": f }))
                .collect();
        }
        println!("{out:#}");
    } else {
        print_figures(&figures);
        if let Some(rules) = &rules {
            print_skill_rules(rules);
        }
    }
    Ok(())
}

/// Rules for skill levels compared by `simulate --skill-rules`: SE limits, answers per skill, level
/// probabilities, and SE and probability together.
pub const SKILL_RULES: [SkillRule; 14] = {
    const fn se(limit: f64) -> SkillRule {
        SkillRule {
            se: Some(limit),
            items: None,
            probability: None,
        }
    }
    const fn items(n: usize) -> SkillRule {
        SkillRule {
            se: None,
            items: Some(n),
            probability: None,
        }
    }
    const fn probable(p: f64, limit: Option<f64>) -> SkillRule {
        SkillRule {
            se: limit,
            items: None,
            probability: Some(p),
        }
    }
    [
        se(0.5),
        se(0.6),
        se(0.7),
        se(0.8),
        items(6),
        items(8),
        items(10),
        items(12),
        probable(0.7, None),
        probable(0.76, None),
        probable(0.8, None),
        probable(0.9, None),
        probable(0.76, Some(0.6)),
        probable(0.8, Some(0.6)),
    ]
};

/// A rule as the table shows it: "SE ≤ 0.6 and P ≥ 0.8".
pub fn rule_name(rule: &SkillRule) -> String {
    let mut parts = Vec::new();
    if let Some(limit) = rule.se {
        parts.push(format!("SE ≤ {limit}"));
    }
    if let Some(n) = rule.items {
        parts.push(format!("items ≥ {n}"));
    }
    if let Some(p) = rule.probability {
        parts.push(format!("P ≥ {p}"));
    }
    if parts.is_empty() {
        "any answers".into()
    } else {
        parts.join(" and ")
    }
}

fn print_skill_figures(name: &str, skills: &BTreeMap<String, SkillFigures>) {
    for (skill, f) in skills {
        println!(
            "{name:<22} {skill:<10}   {:5.1}%   {:5.1}%   {:6.1}%   {:5.1}%   {:5.1}%   {:5.1}%   {:5.1}%   {:5.1}%   {:4.2}",
            f.levelled * 100.0,
            f.levelled_exact * 100.0,
            f.levelled_within_one * 100.0,
            f.levelled_differs_from_overall * 100.0,
            f.ranged * 100.0,
            f.range_holds_truth * 100.0,
            f.range_holds_overall * 100.0,
            f.range_two_levels_at_most * 100.0,
            f.range_mean_width
        );
    }
}

const SKILL_HEADER: &str = "rule                   skill        levelled exact  within one  ≠ overall ranged  truth in  overall in  ≤ 2 levels  width";

pub fn print_skill_rules(rules: &[(SkillRule, BTreeMap<String, SkillFigures>)]) {
    println!("rules for skill levels on the same tests (of levelled: exact, within one, not the overall level; of ranged: the true level in the range, the overall level in it, at most two levels wide, mean width):");
    println!("{SKILL_HEADER}");
    for (rule, skills) in rules {
        print_skill_figures(&rule_name(rule), skills);
    }
}

/// Level-probability thresholds for the trade-off table: from short and rough to long and sure.
pub const TRADE_OFF_CONFIDENCES: [f64; 7] = [0.66, 0.70, 0.74, 0.76, 0.80, 0.85, 0.90];

/// The adaptive test at each threshold of [`TRADE_OFF_CONFIDENCES`], on the same examinees: what each
/// point of accuracy costs in test length on this bank.
pub fn trade_off(bank: &SimBank, options: &SimOptions) -> Vec<(f64, Figures)> {
    TRADE_OFF_CONFIDENCES
        .iter()
        .map(|&confidence| {
            let options = SimOptions {
                tuning: Tuning {
                    confidence: Some(confidence),
                    ..options.tuning.clone()
                },
                oracle: false,
                ..*options
            };
            (confidence, simulate(bank.clone(), &options).cat)
        })
        .collect()
}

pub fn print_trade_off(rows: &[(f64, Figures)]) {
    println!("level probability   mean length   p95   exact    within one");
    for (confidence, f) in rows {
        println!(
            "{confidence:>17.2}   {:>11.1}   {:>3}   {:5.1}%   {:6.2}%",
            f.mean_length,
            f.p95_length,
            f.exact_accuracy * 100.0,
            f.within_one_accuracy * 100.0
        );
    }
}

pub fn print_figures(figures: &SimFigures) {
    let row = |name: &str, f: &Figures| {
        println!(
            "{name:<8} length mean {:5.1} p95 {:3}   exact {:5.1}%   within one {:6.2}%   bias {:+.3}   RMSE {:.3}   max exposure {:.2}",
            f.mean_length,
            f.p95_length,
            f.exact_accuracy * 100.0,
            f.within_one_accuracy * 100.0,
            f.bias,
            f.rmse,
            f.max_exposure
        );
    };
    let SimFigures {
        cat,
        linear,
        oracle,
        ..
    } = figures;
    println!("{} simulated examinees", cat.examinees);
    row("CAT", cat);
    row("linear", linear);
    if let Some(o) = oracle {
        row("oracle", o);
    }
    println!("exact classification by true level:");
    let pct =
        |f: &Figures, level: &str| f.exact_by_level.get(level).copied().unwrap_or(0.0) * 100.0;
    for (level, acc) in &cat.exact_by_level {
        print!(
            "  {level:<9} CAT {:5.1}%   linear {:5.1}%",
            acc * 100.0,
            pct(linear, level)
        );
        match oracle {
            Some(o) => println!("   oracle {:5.1}%", pct(o, level)),
            None => println!(),
        }
    }
    // What the result page can say per skill: a level, or "not enough evidence".
    let levelled: Vec<String> = cat
        .skill_levelled
        .iter()
        .map(|(skill, share)| format!("{skill} {:.1}%", share * 100.0))
        .collect();
    println!("skills given a level (CAT): {}", levelled.join("   "));
    println!("items per skill (CAT):");
    for (skill, f) in &cat.skills {
        println!(
            "  {skill:<10} mean {:4.1}   p10 {:2}   p50 {:2}   p90 {:2}",
            f.items_mean, f.items_p10, f.items_p50, f.items_p90
        );
    }
    println!("skill reports (CAT) under the configured rule:");
    println!("{SKILL_HEADER}");
    print_skill_figures("configured", &cat.skills);
}

/// The bundled English placement bank, for simulation, with its own cut scores (with below-A1) and
/// the settings of its placement.toml.
pub fn load_bundled_bank(dir: &Path) -> Result<SimBank, CliError> {
    let bank = crate::placement::load::load(dir).map_err(|p| CliError::from_diagnostics(&p))?;
    Ok(SimBank {
        pool: bank.pool,
        cuts: bank.cuts,
        config: Some(bank.config),
    })
}

/// `ispit placement calibrate`: Rasch difficulties from stored responses (the configured database, or a
/// patterns file), written to `out`; with `apply_min_responses`, also into the bank's item files.
pub fn run_calibrate(
    responses: Option<&Path>,
    out: &Path,
    apply_min_responses: u64,
) -> Result<(), CliError> {
    let settings = crate::web::config::settings().map_err(CliError::Invalid)?;
    let bank = crate::web::load_placement(&settings.banks_dir)
        .map_err(|p| CliError::from_diagnostics(&p))?
        .ok_or_else(|| CliError::Invalid("no placement bank".into()))?;
    let patterns = match responses {
        Some(path) => read_patterns(path)?,
        None => rocket::execute(async {
            let db = crate::db::Db::connect(&settings.database_url, settings.db_options())
                .await
                .map_err(|e| CliError::Invalid(e.to_string()))?;
            crate::db::placement::find_all_patterns(&db)
                .await
                .map_err(|e| CliError::Invalid(e.to_string()))
        })?,
    };
    let report = calibrate(&bank, &patterns)?;
    let text = format!("{report:#}\n");
    std::fs::write(out, text).map_err(|e| CliError::Read(out.display().to_string(), e))?;
    let items = report["items"].as_array().map(Vec::len).unwrap_or(0);
    let misfits = report["items"]
        .as_array()
        .map_or(0, |v| v.iter().filter(|i| i["misfit"] == true).count());
    println!(
        "{} learners, {items} items, {misfits} misfitting (infit or outfit outside 0.7–1.3); written to {}",
        report["persons_used"],
        out.display()
    );
    if apply_min_responses > 0 {
        let new_b: std::collections::BTreeMap<String, f64> = report["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|i| i["responses"].as_u64().unwrap_or(0) >= apply_min_responses)
            .filter_map(|i| Some((i["id"].as_str()?.to_string(), i["b"].as_f64()?)))
            .collect();
        let dir = crate::placement::load::bank_dir(&settings.banks_dir);
        let updated = crate::placement::load::write_difficulties(&dir, &new_b)
            .map_err(|p| CliError::from_diagnostics(&p))?;
        println!("{updated} difficulties written into {}", dir.display());
    }
    Ok(())
}

/// Re-estimates Rasch difficulties from response patterns (one per learner), keeping the mean difficulty
/// of the items it re-estimates, and returns the report and the updated item file.
///
/// The origin of a Rasch scale is free; it is fixed here by the items estimated, whose new mean equals
/// their old mean. Anchoring them to the whole bank's mean instead would move them all by the difference
/// whenever only part of the bank is estimated (a young bank whose tests reached the easy items, or items
/// everyone answered right): every estimated item would shift against the items, θ and cut scores that
/// stay, although nothing in the responses says so.
pub fn calibrate(
    bank: &crate::placement::bank::PlacementBank,
    patterns: &[ResponsePattern],
) -> Result<serde_json::Value, CliError> {
    use crate::placement::calibrate::{calibrate, Person};
    let persons: Vec<Person> = patterns
        .iter()
        .map(|(_, rs)| {
            rs.iter()
                .filter_map(|(id, r)| bank.item_index(id).map(|i| (i, *r)))
                .collect()
        })
        .collect();
    let centred = calibrate(bank.pool.items.len(), &persons, 0.0);
    let old: Vec<f64> = bank
        .pool
        .items
        .iter()
        .zip(&centred.items)
        .filter(|(_, fit)| fit.is_some())
        .map(|(item, _)| item.params.b)
        .collect();
    let anchor = old.iter().sum::<f64>() / old.len().max(1) as f64;
    let mut cal = centred;
    for fit in cal.items.iter_mut().flatten() {
        fit.b += anchor;
    }
    let items: Vec<serde_json::Value> = bank
        .pool
        .items
        .iter()
        .zip(&cal.items)
        .map(|(item, fit)| {
            json!({
                "id": item.id,
                "skill": item.skill,
                "level": item.level.map(|l| l.as_str()),
                "a": item.params.a,
                "old_b": item.params.b,
                "b": fit.as_ref().map_or(item.params.b, |f| (f.b * 1000.0).round() / 1000.0),
                "se": fit.as_ref().map(|f| f.se),
                "responses": fit.as_ref().map_or(0, |f| f.responses),
                "infit": fit.as_ref().map(|f| f.infit),
                "outfit": fit.as_ref().map(|f| f.outfit),
                "misfit": fit.as_ref().is_some_and(|f| !(0.7..=1.3).contains(&f.infit) || !(0.7..=1.3).contains(&f.outfit)),
            })
        })
        .collect();
    Ok(json!({
        "method": "Rasch, joint maximum likelihood with (L-1)/L correction; mean difficulty anchored to the bank's",
        "persons_used": cal.persons_used,
        "iterations": cal.iterations,
        "cuts": bank.cuts.cuts,
        "items": items,
    }))
}

/// Response patterns from a file in the `estimate` format.
pub fn read_patterns(path: &Path) -> Result<Vec<ResponsePattern>, CliError> {
    let file: PatternsFile = read_json(path)?;
    Ok(file
        .patterns
        .into_iter()
        .map(|p| {
            (
                p.id,
                p.item_ids
                    .into_iter()
                    .zip(p.responses.into_iter().map(|r| r == 1))
                    .collect(),
            )
        })
        .collect())
}

/// Computes Sympson–Hetter exposure parameters for the bundled bank by simulation and writes
/// `exposure.toml` beside `placement.toml`. Returns the number of items held back (K < 1).
pub fn write_exposure(dir: &Path, max_rate: f64, seed: u64) -> Result<usize, CliError> {
    use crate::placement::load::{load, EXPOSURE_FILE};
    let path = dir.join(EXPOSURE_FILE);
    // Start from K = 1 everywhere: the previous file must not bias the new simulation.
    let _ = std::fs::remove_file(&path);
    let mut bank = load(dir).map_err(|p| CliError::from_diagnostics(&p))?;
    let target = ExposureTarget {
        population: bank.config.prior,
        max_rate,
        examinees: 800,
        iterations: 12,
        seed,
    };
    calibrate_exposure(&mut bank.pool, &bank.config, &bank.cuts, &target);
    let mut out = format!(
        "# Sympson–Hetter exposure parameters, generated by `ispit placement exposure --max-rate {max_rate}`.\n\
         # An item chosen by the adaptive test is given with probability K (items not listed: K = 1).\n\
         [exposure]\n"
    );
    let mut held = 0;
    for (item, k) in bank.pool.items.iter().zip(&bank.pool.exposure_k) {
        if *k < 1.0 {
            held += 1;
            out.push_str(&format!("\"{}\" = {:.4}\n", item.id, k));
        }
    }
    std::fs::write(&path, out).map_err(|e| CliError::Read(path.display().to_string(), e))?;
    Ok(held)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimate_reads_files_and_reports_null_mle_for_extreme_patterns() {
        let dir = tempfile::tempdir().expect("tempdir");
        let items = dir.path().join("items.json");
        let responses = dir.path().join("responses.json");
        std::fs::write(&items, r#"{"items": [{"id": "g1", "b": -1.0}, {"id": "v7", "a": 1.5, "b": 0.5}, {"id": "r2", "b": 1.0}]}"#)
            .expect("write");
        std::fs::write(
            &responses,
            r#"{"patterns": [
                {"id": "mixed", "item_ids": ["g1", "v7", "r2"], "responses": [1, 1, 0]},
                {"id": "all-right", "item_ids": ["g1", "v7"], "responses": [1, 1]},
                {"id": "empty", "item_ids": [], "responses": []}
            ]}"#,
        )
        .expect("write");
        let out = estimate(&items, &responses).expect("estimates");
        let results = out["results"].as_array().expect("results");
        assert_eq!(results.len(), 3);
        // The mixed pattern, worked out by hand (independently of this crate, in double precision): right on
        // g1 (a 1, b −1) and v7 (a 1.5, b 0.5), wrong on r2 (a 1, b 1). EAP and posterior SD under N(0, 1) by
        // Simpson's rule on [−12, 12]: 0.53645 and 0.74404 (the 81-point grid differs by < 1e-4). MLE: the
        // root of Σ a(u − P) = 0 by bisection, θ = 1.12199, SE = 1/√Σ a²P(1 − P) = 1.11769.
        let got = |key: &str| results[0][key].as_f64().expect(key);
        assert!((got("eap") - 0.53645).abs() < 1e-3, "{}", results[0]);
        assert!((got("psd") - 0.74404).abs() < 1e-3, "{}", results[0]);
        assert!((got("mle") - 1.12199).abs() < 1e-4, "{}", results[0]);
        assert!((got("mle_se") - 1.11769).abs() < 1e-4, "{}", results[0]);
        assert!(results[1]["mle"].is_null() && results[1]["mle_se"].is_null());
        assert!(results[2]["mle"].is_null());
        assert!(
            (results[2]["eap"].as_f64().expect("eap")).abs() < 1e-12,
            "an empty pattern gives the prior mean"
        );
    }

    #[test]
    fn estimate_refuses_unknown_items_and_ragged_patterns() {
        let dir = tempfile::tempdir().expect("tempdir");
        let items = dir.path().join("items.json");
        let responses = dir.path().join("responses.json");
        std::fs::write(&items, r#"{"items": [{"id": "g1", "b": 0}]}"#).expect("write");
        std::fs::write(
            &responses,
            r#"{"patterns": [{"id": "p", "item_ids": ["x"], "responses": [1]}]}"#,
        )
        .expect("write");
        assert!(estimate(&items, &responses).is_err());
        std::fs::write(
            &responses,
            r#"{"patterns": [{"id": "p", "item_ids": ["g1"], "responses": [1, 0]}]}"#,
        )
        .expect("write");
        assert!(estimate(&items, &responses).is_err());
    }

    #[test]
    fn the_items_estimated_keep_their_own_mean_difficulty() {
        // Only the bundled bank's first two items answered, as in placement::calibrate's two-items test:
        // six learners right on the first and wrong on the second, two the other way round, two extreme.
        // The estimates are then m ∓ ln 3 / 2 about m, the mean of those two items' present difficulties
        // (not the whole bank's mean); every other item is left as it is.
        let bank = crate::placement::load::load(Path::new("question-banks/english-placement"))
            .expect("the bundled placement bank loads");
        let (first, second) = (&bank.pool.items[0], &bank.pool.items[1]);
        let pattern = |n: usize, a: bool, b: bool| -> ResponsePattern {
            (
                format!("p{n}"),
                vec![(first.id.clone(), a), (second.id.clone(), b)],
            )
        };
        let mut patterns: Vec<ResponsePattern> = (0..6).map(|n| pattern(n, true, false)).collect();
        patterns.extend([
            pattern(6, false, true),
            pattern(7, false, true),
            pattern(8, true, true),
            pattern(9, false, false),
        ]);
        let report = calibrate(&bank, &patterns).expect("calibrates");
        let items = report["items"].as_array().expect("items");
        let m = (first.params.b + second.params.b) / 2.0;
        let half_ln3 = 3f64.ln() / 2.0;
        // The report rounds b to three decimals.
        for (i, want) in [(0, m - half_ln3), (1, m + half_ln3)] {
            let b = items[i]["b"].as_f64().expect("b");
            assert!((b - want).abs() < 0.001, "item {i}: {b} against {want}");
        }
        let third = &bank.pool.items[2];
        assert_eq!(items[2]["b"].as_f64(), Some(third.params.b), "unestimated");
        assert_eq!(report["persons_used"], 8);
    }

    #[test]
    fn tuning_overrides_only_what_it_is_given_and_zero_turns_a_rule_off() {
        let base = default_config(Prior { mean: 0.0, sd: 1.2 }, &["grammar".into()]);
        let mut config = base.clone();
        Tuning::default().apply(&mut config);
        assert_eq!(config, base, "no overrides, no change");

        let mut config = base.clone();
        Tuning {
            max_items: Some(25),
            alpha: Some(0.1),
            ..Tuning::default()
        }
        .apply(&mut config);
        assert_eq!((config.min_items, config.max_items), (8, 25));
        assert_eq!(
            config.classification,
            Some(Classification::Glr {
                indifference: 0.35,
                alpha: 0.1,
                beta: 0.1
            }),
            "the indifference region is kept when only alpha changes"
        );
        assert_eq!(config.level_confidence, Some(0.76));

        let mut config = base;
        Tuning {
            indifference: Some(0.0),
            confidence: Some(0.0),
            ..Tuning::default()
        }
        .apply(&mut config);
        assert_eq!(
            (config.classification, config.level_confidence),
            (None, None)
        );
    }

    #[test]
    fn the_bundled_bank_is_simulated_with_its_own_settings() {
        let dir = Path::new("question-banks/english-placement");
        let bank = load_bundled_bank(dir).expect("the bundled placement bank loads");
        // The settings as placement.toml writes them, not the simulation's defaults.
        let config = bank.config.expect("the bank's own settings");
        assert_eq!((config.min_items, config.max_items), (8, 40));
        assert_eq!(config.prior, Prior { mean: 0.0, sd: 1.2 });
        assert_eq!(config.level_confidence, Some(0.76));
        assert_eq!(
            config.classification,
            Some(Classification::Glr {
                indifference: 0.35,
                alpha: 0.075,
                beta: 0.075
            })
        );
        assert_eq!(config.skill_se_limit, 0.6);
        assert_eq!(config.skill_confidence, Some(0.76));
        assert_eq!(config.skill_min_items, 0);
        let mut shares = config.skill_targets.clone();
        shares.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            shares,
            [
                ("grammar".to_string(), 0.4),
                ("reading".to_string(), 0.25),
                ("vocabulary".to_string(), 0.35)
            ]
        );
        assert_eq!(bank.cuts.below_a1, Some(-2.8));
        assert_eq!(bank.cuts.cuts, [-1.8, -0.7, 0.4, 1.5, 2.5]);
    }

    #[test]
    fn the_oracle_runs_beside_the_engine_on_the_same_examinees() {
        let options = SimOptions {
            examinees: 200,
            seed: 5,
            population: Prior { mean: 0.3, sd: 1.2 },
            max_exposure: 1.0,
            tuning: Tuning::default(),
            oracle: true,
        };
        let figures = simulate(reference_bank(), &options);
        let oracle = figures.oracle.expect("asked for");
        assert_eq!(oracle.examinees, 200);
        assert!(oracle.mean_length >= 8.0 && oracle.mean_length <= 40.0);
        assert!(oracle.within_one_accuracy > 0.98, "{oracle:?}");
        let without = simulate(
            reference_bank(),
            &SimOptions {
                oracle: false,
                ..options
            },
        );
        assert!(without.oracle.is_none());
        assert_eq!(
            without.cat, figures.cat,
            "the oracle does not disturb the engine's run"
        );
    }

    #[test]
    fn the_trade_off_buys_accuracy_with_length() {
        let options = SimOptions {
            examinees: 150,
            seed: 9,
            population: Prior { mean: 0.3, sd: 1.2 },
            max_exposure: 1.0,
            tuning: Tuning::default(),
            oracle: false,
        };
        let rows = trade_off(&reference_bank(), &options);
        let confidences: Vec<f64> = rows.iter().map(|(c, _)| *c).collect();
        assert_eq!(confidences, TRADE_OFF_CONFIDENCES);
        let (short, long) = (&rows[0].1, &rows[rows.len() - 1].1);
        assert!(
            short.mean_length + 5.0 < long.mean_length,
            "{short:?} {long:?}"
        );
        assert!(long.rmse < short.rmse, "{short:?} {long:?}");
    }
    #[test]
    fn the_skill_knobs_override_the_rule_for_skill_levels() {
        let mut config = default_config(Prior { mean: 0.0, sd: 1.2 }, &["grammar".into()]);
        config.skill_confidence = Some(0.76);
        Tuning {
            skill_se_limit: Some(0.7),
            skill_min_items: Some(6),
            ..Tuning::default()
        }
        .apply(&mut config);
        assert_eq!(
            (
                config.skill_se_limit,
                config.skill_confidence,
                config.skill_min_items
            ),
            (0.7, Some(0.76), 6)
        );
        // 0 turns the probability condition off; any other value sets it.
        Tuning {
            skill_confidence: Some(0.0),
            ..Tuning::default()
        }
        .apply(&mut config);
        assert_eq!(config.skill_confidence, None);
        Tuning {
            skill_confidence: Some(0.8),
            ..Tuning::default()
        }
        .apply(&mut config);
        assert_eq!(config.skill_confidence, Some(0.8));
        // The rules table names each rule by its conditions.
        assert_eq!(rule_name(&SKILL_RULES[1]), "SE ≤ 0.6");
        assert_eq!(rule_name(&SKILL_RULES[5]), "items ≥ 8");
        assert_eq!(rule_name(&SKILL_RULES[13]), "SE ≤ 0.6 and P ≥ 0.8");
        assert_eq!(rule_name(&SkillRule::default()), "any answers");
    }
}
