//! Simulated examinees with known θ through the real adaptive engine, and through a fixed linear form for
//! comparison: test length, classification accuracy, bias, RMSE and item exposure.

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use super::cat::{
    chance, level_is_probable, modal_level, normal, CatConfig, Pool, Session, SkillEvidence,
    SkillRule,
};
use super::cefr::{Cuts, Level};
use super::estimate::{eap, Prior, Response};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub examinees: usize,
    pub mean_length: f64,
    pub p95_length: usize,
    pub exact_accuracy: f64,
    pub within_one_accuracy: f64,
    pub bias: f64,
    pub rmse: f64,
    pub max_exposure: f64,
    pub exact_by_level: BTreeMap<String, f64>,
    /// Per skill, the share of examinees whose result gives that skill a level (its SE within the limit);
    /// the rest read "not enough evidence". Adaptive test only (empty for the other designs).
    pub skill_levelled: BTreeMap<String, f64>,
    /// Per skill, what the result pages show under the configured rule, against the truth. Adaptive test
    /// only (empty for the other designs).
    pub skills: BTreeMap<String, SkillFigures>,
}

/// One skill of one simulated examinee: the true θ (the simulation is unidimensional, so a skill's true θ
/// is the examinee's), the overall level the test gave, and what the skill's own answers say.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillRow {
    pub theta: f64,
    pub overall: Level,
    pub skill: String,
    pub evidence: SkillEvidence,
}

/// Per skill, over the examinees: how many of its items a test gives, and how right its report is.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SkillFigures {
    /// Items of the skill in a test: mean, and the 10th, 50th and 90th percentiles (nearest rank).
    pub items_mean: f64,
    pub items_p10: usize,
    pub items_p50: usize,
    pub items_p90: usize,
    /// Share of examinees whose skill gets a level.
    pub levelled: f64,
    /// Of those: the level is the true level; within one level of it; not the overall level.
    pub levelled_exact: f64,
    pub levelled_within_one: f64,
    pub levelled_differs_from_overall: f64,
    /// Share of examinees whose skill gets a range instead (answers, but no level).
    pub ranged: f64,
    /// Of those: the true level is in the range; the overall level is; the range spans at most two
    /// levels; its mean width in levels.
    pub range_holds_truth: f64,
    pub range_holds_overall: f64,
    pub range_two_levels_at_most: f64,
    pub range_mean_width: f64,
}

/// The `p`-th percentile by nearest rank: the ⌈p·n⌉-th smallest value (0 when there are none).
fn nearest_rank(sorted: &[usize], p: f64) -> usize {
    sorted
        .get(((sorted.len() as f64 * p).ceil() as usize).saturating_sub(1))
        .copied()
        .unwrap_or(0)
}

/// [`SkillFigures`] per skill when a skill is levelled by `rule` and ranged otherwise (if it has answers).
pub fn skill_figures(
    cuts: &Cuts,
    rows: &[SkillRow],
    rule: &SkillRule,
) -> BTreeMap<String, SkillFigures> {
    let mut by_skill: BTreeMap<&str, Vec<&SkillRow>> = BTreeMap::new();
    for row in rows {
        by_skill.entry(row.skill.as_str()).or_default().push(row);
    }
    let share = |count: usize, of: usize| count as f64 / of.max(1) as f64;
    by_skill
        .into_iter()
        .map(|(skill, rows)| {
            let n = rows.len();
            let mut items: Vec<usize> = rows.iter().map(|r| r.evidence.items).collect();
            items.sort_unstable();
            let (levelled, ranged): (Vec<&&SkillRow>, Vec<&&SkillRow>) = rows
                .iter()
                .filter(|r| r.evidence.items > 0)
                .partition(|r| rule.levels(&r.evidence));
            let count = |rows: &[&&SkillRow], f: &dyn Fn(&SkillRow) -> bool| {
                rows.iter().filter(|r| f(r)).count()
            };
            let off = |r: &SkillRow| {
                cuts.level(r.theta)
                    .index()
                    .abs_diff(r.evidence.level.index())
            };
            let in_range = |r: &SkillRow, l: Level| r.evidence.range.contains(l);
            let figures = SkillFigures {
                items_mean: items.iter().sum::<usize>() as f64 / n.max(1) as f64,
                items_p10: nearest_rank(&items, 0.1),
                items_p50: nearest_rank(&items, 0.5),
                items_p90: nearest_rank(&items, 0.9),
                levelled: share(levelled.len(), n),
                levelled_exact: share(count(&levelled, &|r| off(r) == 0), levelled.len()),
                levelled_within_one: share(count(&levelled, &|r| off(r) <= 1), levelled.len()),
                levelled_differs_from_overall: share(
                    count(&levelled, &|r| r.evidence.level != r.overall),
                    levelled.len(),
                ),
                ranged: share(ranged.len(), n),
                range_holds_truth: share(
                    count(&ranged, &|r| in_range(r, cuts.level(r.theta))),
                    ranged.len(),
                ),
                range_holds_overall: share(
                    count(&ranged, &|r| in_range(r, r.overall)),
                    ranged.len(),
                ),
                range_two_levels_at_most: share(
                    count(&ranged, &|r| r.evidence.range.width() <= 2),
                    ranged.len(),
                ),
                range_mean_width: ranged
                    .iter()
                    .map(|r| r.evidence.range.width() as f64)
                    .sum::<f64>()
                    / ranged.len().max(1) as f64,
            };
            (skill.to_string(), figures)
        })
        .collect()
}

/// True abilities drawn from N(mean, sd²).
pub fn draw_examinees(population: Prior, n: usize, seed: u64) -> Vec<f64> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..n)
        .map(|_| population.mean + population.sd * normal(&mut rng))
        .collect()
}

struct Outcome {
    theta: f64,
    estimate: f64,
    placed: Level,
    length: usize,
    items: Vec<usize>,
    /// Each reported skill, and whether it got a level.
    skills: Vec<(String, bool)>,
}

fn figures(pool: &Pool, cuts: &Cuts, outcomes: &[Outcome]) -> Figures {
    let n = outcomes.len().max(1) as f64;
    let mut lengths: Vec<usize> = outcomes.iter().map(|o| o.length).collect();
    lengths.sort_unstable();
    let p95 = lengths
        .get(((lengths.len() as f64 * 0.95).ceil() as usize).saturating_sub(1))
        .copied()
        .unwrap_or(0);
    let mut exposure = vec![0usize; pool.items.len()];
    for o in outcomes {
        for i in &o.items {
            exposure[*i] += 1;
        }
    }
    let mut by_level: BTreeMap<Level, (usize, usize)> = BTreeMap::new();
    let (mut exact, mut within) = (0usize, 0usize);
    for o in outcomes {
        let (truth, placed) = (cuts.level(o.theta), o.placed);
        let e = by_level.entry(truth).or_default();
        e.1 += 1;
        if truth == placed {
            exact += 1;
            e.0 += 1;
        }
        if truth.index().abs_diff(placed.index()) <= 1 {
            within += 1;
        }
    }
    let mut levelled: BTreeMap<String, usize> = BTreeMap::new();
    for (skill, has_level) in outcomes.iter().flat_map(|o| &o.skills) {
        *levelled.entry(skill.clone()).or_default() += usize::from(*has_level);
    }
    let errors: Vec<f64> = outcomes.iter().map(|o| o.estimate - o.theta).collect();
    Figures {
        examinees: outcomes.len(),
        mean_length: outcomes.iter().map(|o| o.length as f64).sum::<f64>() / n,
        p95_length: p95,
        exact_accuracy: exact as f64 / n,
        within_one_accuracy: within as f64 / n,
        bias: errors.iter().sum::<f64>() / n,
        rmse: (errors.iter().map(|e| e * e).sum::<f64>() / n).sqrt(),
        max_exposure: exposure.into_iter().max().unwrap_or(0) as f64 / n,
        exact_by_level: by_level
            .into_iter()
            .map(|(l, (right, all))| (l.as_str().to_string(), right as f64 / all.max(1) as f64))
            .collect(),
        skill_levelled: levelled
            .into_iter()
            .map(|(skill, count)| (skill, count as f64 / n))
            .collect(),
        skills: BTreeMap::new(),
    }
}

/// Runs every examinee through the adaptive test.
pub fn simulate_cat(
    pool: &Pool,
    config: &CatConfig,
    cuts: &Cuts,
    thetas: &[f64],
    seed: u64,
) -> Figures {
    simulate_cat_by_skill(pool, config, cuts, thetas, seed).0
}

/// [`simulate_cat`], with every examinee's skill rows, to judge other rules for skill levels on the same
/// tests (a rule for reporting changes no test).
pub fn simulate_cat_by_skill(
    pool: &Pool,
    config: &CatConfig,
    cuts: &Cuts,
    thetas: &[f64],
    seed: u64,
) -> (Figures, Vec<SkillRow>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut rows = Vec::new();
    let outcomes: Vec<Outcome> = thetas
        .iter()
        .map(|&theta| {
            let mut s = Session::new(pool, config, cuts, rng.gen());
            while let Some(item) = s.next_item() {
                let right = chance(&mut rng, pool.items[item].params.p(theta));
                s.record(item, right);
            }
            let overall = s.level();
            rows.extend(
                s.skill_evidence()
                    .into_iter()
                    .map(|(skill, evidence)| SkillRow {
                        theta,
                        overall,
                        skill,
                        evidence,
                    }),
            );
            Outcome {
                theta,
                estimate: s.estimate().0,
                placed: s.level(),
                length: s.steps().len(),
                items: s.steps().iter().map(|st| st.item).collect(),
                skills: s
                    .skill_report()
                    .into_iter()
                    .map(|r| (r.skill, r.level.is_some()))
                    .collect(),
            }
        })
        .collect();
    let skills = skill_figures(cuts, &rows, &config.skill_rule());
    (
        Figures {
            skills,
            ..figures(pool, cuts, &outcomes)
        },
        rows,
    )
}

/// The best any item selection could do on this bank, an upper bound for judging the real engine: each
/// examinee gets the items most informative at their *true* θ, free of exposure control, content
/// balancing and testlets, and stops by the same level-probability rule (`config.level_confidence`; none:
/// full length) within the same lengths. If even this misses a target, the bank, not the algorithm, is what limits accuracy.
pub fn simulate_oracle(
    pool: &Pool,
    config: &CatConfig,
    cuts: &Cuts,
    thetas: &[f64],
    seed: u64,
) -> Figures {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let outcomes: Vec<Outcome> = thetas
        .iter()
        .map(|&theta| {
            let mut order: Vec<usize> = (0..pool.items.len()).collect();
            order.sort_by(|a, b| {
                let info = |i: &usize| pool.items[*i].params.information(theta);
                info(b).total_cmp(&info(a))
            });
            let mut responses = Vec::new();
            let mut items = Vec::new();
            for i in order.into_iter().take(config.max_items) {
                let item = pool.items[i].params;
                responses.push(Response {
                    item,
                    right: chance(&mut rng, item.p(theta)),
                });
                items.push(i);
                let probable = |p| level_is_probable(&responses, config.prior, cuts, p);
                if items.len() >= config.min_items && config.level_confidence.is_some_and(probable)
                {
                    break;
                }
            }
            Outcome {
                theta,
                estimate: eap(&responses, config.prior).0,
                placed: modal_level(&responses, config.prior, cuts),
                length: items.len(),
                items,
                skills: Vec::new(),
            }
        })
        .collect();
    figures(pool, cuts, &outcomes)
}

/// A fixed form of `length` items spread evenly across levels (or, without levels, across difficulty).
pub fn linear_form(pool: &Pool, length: usize) -> Vec<usize> {
    let mut by_level: BTreeMap<Option<Level>, Vec<usize>> = BTreeMap::new();
    for (i, item) in pool.items.iter().enumerate() {
        by_level.entry(item.level).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = if by_level.len() > 1 {
        by_level.into_values().collect()
    } else {
        // No levels: sort by difficulty and cut into `length` equal strata.
        let mut all: Vec<usize> = (0..pool.items.len()).collect();
        all.sort_by(|a, b| pool.items[*a].params.b.total_cmp(&pool.items[*b].params.b));
        let k = length.min(all.len()).max(1);
        (0..k)
            .map(|s| all[s * all.len() / k..(s + 1) * all.len() / k].to_vec())
            .collect()
    };
    let mut form = Vec::new();
    let g = groups.len();
    for (gi, group) in groups.iter().enumerate() {
        let mut sorted = group.clone();
        sorted.sort_by(|a, b| pool.items[*a].params.b.total_cmp(&pool.items[*b].params.b));
        let take = (length * (gi + 1) / g - length * gi / g).min(sorted.len());
        for j in 0..take {
            form.push(sorted[(2 * j + 1) * sorted.len() / (2 * take)]);
        }
    }
    form
}

/// Runs every examinee through the fixed form, scored by EAP with the same prior.
pub fn simulate_linear(
    pool: &Pool,
    form: &[usize],
    prior: Prior,
    cuts: &Cuts,
    thetas: &[f64],
    seed: u64,
) -> Figures {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let outcomes: Vec<Outcome> = thetas
        .iter()
        .map(|&theta| {
            let responses: Vec<Response> = form
                .iter()
                .map(|i| {
                    let item = pool.items[*i].params;
                    Response {
                        item,
                        right: chance(&mut rng, item.p(theta)),
                    }
                })
                .collect();
            Outcome {
                theta,
                estimate: eap(&responses, prior).0,
                placed: modal_level(&responses, prior, cuts),
                length: form.len(),
                items: form.to_vec(),
                skills: Vec::new(),
            }
        })
        .collect();
    figures(pool, cuts, &outcomes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::placement::cat::Item;
    use crate::placement::irt::ItemParams;

    fn reference_pool() -> (Pool, Cuts) {
        let items = (0..60)
            .map(|i| Item {
                id: format!("r{i}"),
                params: ItemParams::rasch(-3.0 + 6.5 * i as f64 / 59.0),
                skill: "grammar".into(),
                level: None,
                testlet: None,
            })
            .collect();
        (
            Pool::new(items),
            Cuts::new(None, [-2.0, -0.8, 0.4, 1.6, 2.8]).expect("cuts"),
        )
    }

    #[test]
    fn figures_by_hand_on_four_outcomes() {
        // Cuts −2, −0.8, 0.4, 1.6, 2.8: θ 0 is B1, 1 is B2, −1 is A2, 2 is C1.
        let (pool, cuts) = reference_pool();
        let outcome =
            |theta: f64, estimate: f64, placed: Level, length: usize, items: &[usize]| Outcome {
                theta,
                estimate,
                placed,
                length,
                items: items.to_vec(),
                skills: Vec::new(),
            };
        let skills = |grammar: bool, reading: bool| {
            vec![
                ("grammar".to_string(), grammar),
                ("reading".to_string(), reading),
            ]
        };
        let outcomes = vec![
            Outcome {
                skills: skills(true, false),
                ..outcome(0.0, 0.2, Level::B1, 10, &[0, 1])
            },
            Outcome {
                skills: skills(true, true),
                ..outcome(1.0, 0.6, Level::B1, 20, &[0, 2])
            },
            Outcome {
                skills: skills(false, false),
                ..outcome(-1.0, -1.5, Level::C1, 30, &[1])
            },
            Outcome {
                skills: skills(true, false),
                ..outcome(2.0, 2.4, Level::C1, 40, &[0])
            },
        ];
        let f = figures(&pool, &cuts, &outcomes);
        assert_eq!(f.examinees, 4);
        assert!((f.mean_length - 25.0).abs() < 1e-12);
        // 95th percentile of 10, 20, 30, 40: the ⌈0.95 · 4⌉ = 4th value.
        assert_eq!(f.p95_length, 40);
        // Right: B1 and C1; within one level also B2 placed B1 (A2 placed C1 is three off).
        assert!((f.exact_accuracy - 0.5).abs() < 1e-12);
        assert!((f.within_one_accuracy - 0.75).abs() < 1e-12);
        // Errors 0.2, −0.4, −0.5, 0.4: bias −0.3/4, RMSE √(0.61/4).
        assert!((f.bias - -0.075).abs() < 1e-12, "{}", f.bias);
        assert!(
            (f.rmse - (0.61f64 / 4.0).sqrt()).abs() < 1e-12,
            "{}",
            f.rmse
        );
        // Item 0 is in three of four tests.
        assert!((f.max_exposure - 0.75).abs() < 1e-12);
        let by_level: Vec<(&str, f64)> = f
            .exact_by_level
            .iter()
            .map(|(l, a)| (l.as_str(), *a))
            .collect();
        assert_eq!(
            by_level,
            [("A2", 0.0), ("B1", 1.0), ("B2", 0.0), ("C1", 1.0)]
        );
        let levelled: Vec<(&str, f64)> = f
            .skill_levelled
            .iter()
            .map(|(s, a)| (s.as_str(), *a))
            .collect();
        assert_eq!(levelled, [("grammar", 0.75), ("reading", 0.25)]);
    }

    #[test]
    fn accuracy_by_level_is_the_share_of_that_level_placed_right() {
        // Three examinees truly at B1 (θ 0, 0.1, 0.2; cuts 0.4 and −0.8 around it), two placed right: 2/3.
        let (pool, cuts) = reference_pool();
        let outcome = |theta: f64, placed: Level| Outcome {
            theta,
            estimate: theta,
            placed,
            length: 1,
            items: vec![0],
            skills: Vec::new(),
        };
        let outcomes = [
            outcome(0.0, Level::B1),
            outcome(0.1, Level::A2),
            outcome(0.2, Level::B1),
        ];
        let f = figures(&pool, &cuts, &outcomes);
        let by_level: Vec<(&str, f64)> = f
            .exact_by_level
            .iter()
            .map(|(l, a)| (l.as_str(), *a))
            .collect();
        assert_eq!(by_level.len(), 1, "{by_level:?}");
        assert_eq!(by_level[0].0, "B1");
        assert!((by_level[0].1 - 2.0 / 3.0).abs() < 1e-12, "{by_level:?}");
    }

    #[test]
    fn the_linear_form_spreads_across_difficulty() {
        let (pool, _) = reference_pool();
        let form = linear_form(&pool, 12);
        assert_eq!(form.len(), 12);
        let bs: Vec<f64> = form.iter().map(|i| pool.items[*i].params.b).collect();
        assert!(bs.windows(2).all(|w| w[0] < w[1]));
        assert!(bs[0] < -2.0 && bs[11] > 2.5, "{bs:?}");
    }

    #[test]
    fn figures_are_plausible_and_deterministic() {
        let (pool, cuts) = reference_pool();
        let thetas = draw_examinees(Prior { mean: 0.3, sd: 1.2 }, 200, 4);
        let config = CatConfig::default();
        let a = simulate_cat(&pool, &config, &cuts, &thetas, 1);
        assert_eq!(a, simulate_cat(&pool, &config, &cuts, &thetas, 1));
        assert!(
            a.exact_accuracy > 0.5 && a.within_one_accuracy > 0.95,
            "{a:?}"
        );
        assert!(a.rmse < 0.7 && a.bias.abs() < 0.2, "{a:?}");
        assert!(a.mean_length >= 10.0 && a.mean_length <= 30.0);
        let linear = simulate_linear(
            &pool,
            &linear_form(&pool, 40),
            config.prior,
            &cuts,
            &thetas,
            1,
        );
        assert_eq!(linear.mean_length, 40.0);
        assert_eq!(linear.max_exposure, 1.0);
    }

    #[test]
    fn the_oracle_gives_the_items_most_informative_at_the_true_theta_and_places_best() {
        let (pool, cuts) = reference_pool();
        let config = CatConfig {
            min_items: 12,
            max_items: 12,
            classification: None,
            level_confidence: None,
            ..CatConfig::default()
        };
        // One examinee at θ = 1.0: the 12 items nearest b = 1.0 (Rasch), each once.
        let one = simulate_oracle(&pool, &config, &cuts, &[1.0], 3);
        assert_eq!(one.mean_length, 12.0);
        let thetas = draw_examinees(Prior { mean: 0.3, sd: 1.2 }, 1000, 8);
        let oracle = simulate_oracle(&pool, &config, &cuts, &thetas, 3);
        let linear = simulate_linear(
            &pool,
            &linear_form(&pool, 12),
            config.prior,
            &cuts,
            &thetas,
            3,
        );
        let cat = simulate_cat(&pool, &config, &cuts, &thetas, 3);
        assert_eq!((oracle.mean_length, cat.mean_length), (12.0, 12.0));
        assert!(
            oracle.rmse < linear.rmse && oracle.exact_accuracy > linear.exact_accuracy,
            "oracle {oracle:?} linear {linear:?}"
        );
        assert!(
            oracle.rmse <= cat.rmse + 0.02,
            "oracle {oracle:?} cat {cat:?}"
        );
        // Every oracle examinee near θ = 1 got the same twelve items: exposure is 1 for those.
        assert_eq!(one.max_exposure, 1.0);
    }

    #[test]
    fn the_oracle_stops_by_the_level_probability_rule() {
        let (pool, cuts) = reference_pool();
        let config = CatConfig {
            min_items: 5,
            max_items: 40,
            classification: None,
            level_confidence: Some(0.9),
            ..CatConfig::default()
        };
        // Deep in the open lowest level (A1 is everything below −2) the rule stops well before the
        // maximum; exactly on a cut it cannot reach 0.9 and runs to the end.
        let far = simulate_oracle(&pool, &config, &cuts, &[-3.5; 50], 1);
        let on_cut = simulate_oracle(&pool, &config, &cuts, &[0.4; 50], 1);
        assert!(far.mean_length < 25.0, "{far:?}");
        assert!(on_cut.mean_length > 35.0, "{on_cut:?}");
    }
    #[test]
    fn skill_figures_by_hand_on_six_rows() {
        // Cuts −2, −0.8, 0.4, 1.6, 2.8: θ 0 is B1, 1 is B2, −1 is A2, 2 is C1.
        use crate::placement::cat::LevelRange;
        let (_, cuts) = reference_pool();
        let row = |skill: &str,
                   theta: f64,
                   overall: Level,
                   items: usize,
                   se: f64,
                   level: Level,
                   (low, high): (Level, Level)| SkillRow {
            theta,
            overall,
            skill: skill.into(),
            evidence: SkillEvidence {
                items,
                theta: 0.0,
                se,
                level,
                probability: 0.5,
                range: LevelRange { low, high },
            },
        };
        use Level::*;
        let rows = vec![
            row("grammar", 0.0, B1, 8, 0.5, B1, (B1, B2)),
            row("grammar", 1.0, B2, 6, 0.55, B1, (B1, B2)),
            row("grammar", -1.0, A2, 2, 0.9, A2, (A2, B1)),
            row("grammar", 2.0, C1, 4, 0.7, B2, (B1, B2)),
            row("reading", 0.0, B1, 0, 1.0, B1, (A2, B2)),
            row("reading", 1.0, B1, 3, 0.75, B2, (A2, C1)),
        ];
        let se = SkillRule {
            se: Some(0.6),
            ..SkillRule::default()
        };
        let f = skill_figures(&cuts, &rows, &se);
        let g = &f["grammar"];
        // Grammar items 2, 4, 6, 8: mean 5; nearest ranks ⌈0.4⌉ = 1st, ⌈2⌉ = 2nd, ⌈3.6⌉ = 4th.
        assert_eq!((g.items_p10, g.items_p50, g.items_p90), (2, 4, 8));
        assert!((g.items_mean - 5.0).abs() < 1e-12);
        // SE ≤ 0.6 levels the first two: B1 right, B1 for a true B2 one off and not its overall B2.
        assert_eq!(
            (g.levelled, g.levelled_exact, g.levelled_within_one),
            (0.5, 0.5, 1.0)
        );
        assert_eq!(g.levelled_differs_from_overall, 0.5);
        // The other two get ranges: A2–B1 holds the true and overall A2; B1–B2 misses C1 for both.
        assert_eq!(
            (g.ranged, g.range_holds_truth, g.range_holds_overall),
            (0.5, 0.5, 0.5)
        );
        assert_eq!((g.range_two_levels_at_most, g.range_mean_width), (1.0, 2.0));
        // Reading items 0, 3: mean 1.5, ranks 1st, 1st, 2nd. The one without answers is neither levelled
        // nor ranged; the other's range A2–C1 (four levels) holds the true B2 and the overall B1.
        let r = &f["reading"];
        assert_eq!((r.items_p10, r.items_p50, r.items_p90), (0, 0, 3));
        assert!((r.items_mean - 1.5).abs() < 1e-12);
        assert_eq!((r.levelled, r.levelled_exact, r.ranged), (0.0, 0.0, 0.5));
        assert_eq!(
            (
                r.range_holds_truth,
                r.range_holds_overall,
                r.range_two_levels_at_most
            ),
            (1.0, 1.0, 0.0)
        );
        assert_eq!(r.range_mean_width, 4.0);
        // Four answers or more levels three grammar rows: right only the first (1 of 3), all within one
        // (C1 given B2), two not their overall level; the two-item row gets its range.
        let items = SkillRule {
            items: Some(4),
            ..SkillRule::default()
        };
        let g = &skill_figures(&cuts, &rows, &items)["grammar"];
        assert_eq!(
            (g.levelled, g.levelled_within_one, g.ranged),
            (0.75, 1.0, 0.25)
        );
        assert!((g.levelled_exact - 1.0 / 3.0).abs() < 1e-12);
        assert!((g.levelled_differs_from_overall - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!((g.range_holds_truth, g.range_mean_width), (1.0, 2.0));
    }

    #[test]
    fn the_adaptive_test_s_skill_figures_follow_its_configured_rule() {
        // The same tests judged with no SE limit and with an impossible one: every skill with answers is
        // levelled by the first and ranged by the second; the items per skill do not change.
        let (pool, cuts) = reference_pool();
        let thetas = draw_examinees(Prior { mean: 0.3, sd: 1.2 }, 50, 4);
        let loose = CatConfig {
            skill_se_limit: 9.0,
            ..CatConfig::default()
        };
        let strict = CatConfig {
            skill_se_limit: 0.0,
            ..loose.clone()
        };
        let a = simulate_cat(&pool, &loose, &cuts, &thetas, 1).skills;
        let b = simulate_cat(&pool, &strict, &cuts, &thetas, 1).skills;
        let g = (&a["grammar"], &b["grammar"]);
        assert_eq!((g.0.levelled, g.0.ranged), (1.0, 0.0));
        assert_eq!((g.1.levelled, g.1.ranged), (0.0, 1.0));
        assert_eq!(g.0.items_mean, g.1.items_mean);
        assert!(g.0.items_mean >= 10.0, "one skill: every item is grammar");
    }

    #[test]
    fn examinees_are_the_seeded_normal_deviates_scaled_to_the_population() {
        let population = Prior { mean: 2.0, sd: 0.5 };
        let thetas = draw_examinees(population, 20_000, 7);
        assert_eq!(thetas.len(), 20_000);
        // Sample mean and SD within about six standard errors (0.5/√20000 ≈ 0.0035; 0.5/√40000 = 0.0025).
        let n = thetas.len() as f64;
        let mean = thetas.iter().sum::<f64>() / n;
        let sd = (thetas.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / n).sqrt();
        assert!((mean - 2.0).abs() < 0.02, "{mean}");
        assert!((sd - 0.5).abs() < 0.015, "{sd}");
        // Each examinee is the same seed's standard deviate, shifted and scaled (so designs compared on one
        // seed meet the same people).
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for theta in &thetas[..5] {
            let z = normal(&mut rng);
            assert!((theta - (2.0 + 0.5 * z)).abs() < 1e-12, "{theta} vs z {z}");
        }
    }

    /// Items of difficulty 0, 1, 2, …, each with the given level.
    fn pool_of(levels: &[Option<Level>]) -> Pool {
        Pool::new(
            levels
                .iter()
                .enumerate()
                .map(|(i, level)| Item {
                    id: format!("i{i}"),
                    params: ItemParams::rasch(i as f64),
                    skill: "grammar".into(),
                    level: *level,
                    testlet: None,
                })
                .collect(),
        )
    }

    #[test]
    fn linear_forms_by_hand() {
        // No levels: ten items cut into `length` strata by difficulty, the middle item of each.
        // Length 3: strata 0–2, 3–5, 6–9, middles 1, 4 and 8 (the lower middle of four is index 2 of it).
        let plain = pool_of(&[None; 10]);
        assert_eq!(linear_form(&plain, 3), [1, 4, 8]);
        // Length 4: strata 0–1, 2–4, 5–6, 7–9.
        assert_eq!(linear_form(&plain, 4), [1, 3, 6, 8]);
        // The 60-item reference pool in 12 strata of 5: the third of each.
        let (reference, _) = reference_pool();
        let every_fifth: Vec<usize> = (0..12).map(|s| 5 * s + 2).collect();
        assert_eq!(linear_form(&reference, 12), every_fifth);
        // Levels: A1 has items 0–5, A2 6–8, B1 9–11. Four items over three levels take 1, 1 and 2
        // (⌊4·k/3⌋ − ⌊4·(k−1)/3⌋), each spread within its level: A1's 4th of 6 (index 3), A2's middle (7),
        // B1's items at ⌊3/4⌋ and ⌊9/4⌋ (9 and 11).
        let levelled = pool_of(
            &[
                [Some(Level::A1); 6].as_slice(),
                &[Some(Level::A2); 3],
                &[Some(Level::B1); 3],
            ]
            .concat(),
        );
        assert_eq!(linear_form(&levelled, 4), [3, 7, 9, 11]);
    }
}
