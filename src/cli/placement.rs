//! `ispit placement estimate | simulate | calibrate`: tools for psychometricians.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::placement::calibrate::ResponsePattern;
use crate::placement::cat::{calibrate_exposure, CatConfig, ExposureTarget, Item, Pool};
use crate::placement::cefr::{Cuts, Level};
use crate::placement::estimate::{eap, mle, Prior, Response};
use crate::placement::irt::ItemParams;
use crate::placement::simulate::{
    draw_examinees, linear_form, simulate_cat, simulate_linear, Figures,
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

pub fn load_sim_bank(path: &Path) -> Result<(Pool, Cuts), CliError> {
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
    Ok((Pool::new(items), cuts))
}

/// The reference bank of the issue: 180 Rasch items with b spread evenly over −3…3.5, three skills.
pub fn reference_bank() -> (Pool, Cuts) {
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
    (Pool::new(items), cuts)
}

/// The adaptive test as ispit runs it for placement (see README, "Placement").
pub fn placement_config(population: Prior, skills: &[String], tuning: &Tuning) -> CatConfig {
    CatConfig {
        min_items: tuning.min_items,
        max_items: tuning.max_items,
        prior: population,
        skill_targets: skills.iter().map(|s| (s.clone(), 1.0)).collect(),
        randomesque: 1,
        classification: tuning
            .indifference
            .map(|d| crate::placement::cat::Classification::Glr {
                indifference: d,
                alpha: tuning.alpha,
                beta: tuning.alpha,
            }),
        se_target: None,
        level_confidence: tuning.confidence,
        skill_se_limit: 0.6,
    }
}

/// The stopping knobs, for trading test length against accuracy.
#[derive(Debug, Clone)]
pub struct Tuning {
    pub min_items: usize,
    pub max_items: usize,
    pub indifference: Option<f64>,
    pub alpha: f64,
    pub confidence: Option<f64>,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            min_items: 8,
            max_items: 40,
            indifference: Some(0.35),
            alpha: 0.075,
            confidence: Some(0.76),
        }
    }
}

pub struct SimOptions {
    pub examinees: usize,
    pub seed: u64,
    pub population: Prior,
    pub max_exposure: f64,
    pub tuning: Tuning,
}

/// Simulates the adaptive test and a fixed 40-item form on the same examinees.
pub fn simulate(pool: Pool, cuts: &Cuts, options: &SimOptions) -> (Figures, Figures) {
    let mut skills: Vec<String> = pool.items.iter().map(|i| i.skill.clone()).collect();
    skills.sort();
    skills.dedup();
    let config = placement_config(options.population, &skills, &options.tuning);
    let mut pool = pool;
    // Exposure parameters come from their own simulated sample, never from the examinees being evaluated.
    let target = ExposureTarget {
        population: options.population,
        max_rate: options.max_exposure,
        examinees: 500,
        iterations: 10,
        seed: options.seed ^ 0x5EED,
    };
    calibrate_exposure(&mut pool, &config, cuts, &target);
    let thetas = draw_examinees(options.population, options.examinees, options.seed);
    let cat = simulate_cat(&pool, &config, cuts, &thetas, options.seed.wrapping_add(1));
    let form = linear_form(&pool, 40);
    let linear = simulate_linear(
        &pool,
        &form,
        options.population,
        cuts,
        &thetas,
        options.seed.wrapping_add(2),
    );
    (cat, linear)
}

pub fn print_figures(cat: &Figures, linear: &Figures) {
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
    println!("{} simulated examinees", cat.examinees);
    row("CAT", cat);
    row("linear", linear);
    println!("exact classification by true level:");
    for (level, acc) in &cat.exact_by_level {
        println!(
            "  {level:<9} CAT {:5.1}%   linear {:5.1}%",
            acc * 100.0,
            linear.exact_by_level.get(level).copied().unwrap_or(0.0) * 100.0
        );
    }
}

/// The bundled English placement bank, for simulation (its own cut scores, with below-A1).
pub fn load_bundled_bank() -> Result<(Pool, Cuts), CliError> {
    let bank = crate::placement::load::load(Path::new("question-banks/english-placement"))
        .map_err(|p| CliError::from_diagnostics(&p))?;
    Ok((bank.pool, bank.cuts))
}

/// Re-estimates Rasch difficulties from response patterns (one per learner), keeping the bank's mean
/// difficulty, and returns the report and the updated item file.
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
    let anchor = bank.pool.items.iter().map(|i| i.params.b).sum::<f64>()
        / bank.pool.items.len().max(1) as f64;
    let cal = calibrate(bank.pool.items.len(), &persons, anchor);
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
        let mixed = Response {
            item: ItemParams { a: 1.0, b: -1.0 },
            right: true,
        };
        let rs = [
            mixed,
            Response {
                item: ItemParams { a: 1.5, b: 0.5 },
                right: true,
            },
            Response {
                item: ItemParams { a: 1.0, b: 1.0 },
                right: false,
            },
        ];
        let (e, psd) = eap(&rs, Prior::default());
        let (m, se) = mle(&rs).expect("mixed pattern has an MLE");
        assert!((results[0]["eap"].as_f64().expect("eap") - e).abs() < 1e-12);
        assert!((results[0]["psd"].as_f64().expect("psd") - psd).abs() < 1e-12);
        assert!((results[0]["mle"].as_f64().expect("mle") - m).abs() < 1e-12);
        assert!((results[0]["mle_se"].as_f64().expect("se") - se).abs() < 1e-12);
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
}
