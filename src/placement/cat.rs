//! The computer-adaptive test: item selection by maximum information at the current EAP estimate, with
//! Sympson–Hetter exposure control, content balancing across skills, reading passages as testlets, and
//! stopping built for placement (a classification rule against the cut scores, within minimum and maximum
//! lengths; an SE rule as an option). Pure and deterministic for a seed: a session is rebuilt from its
//! stored responses.

use std::collections::{BTreeMap, BTreeSet};

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::cefr::{Cuts, Level};
use super::estimate::{self, Prior, Response};
use super::irt::ItemParams;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub params: ItemParams,
    pub skill: String,
    #[serde(default)]
    pub level: Option<Level>,
    /// Items sharing a testlet (a reading passage) are given together, in bank order.
    #[serde(default)]
    pub testlet: Option<String>,
}

/// The items of a placement bank, with their Sympson–Hetter exposure parameters.
#[derive(Debug, Clone)]
pub struct Pool {
    pub items: Vec<Item>,
    /// Probability that an item, once selected, is given (1 = always). See [`calibrate_exposure`].
    pub exposure_k: Vec<f64>,
}

impl Pool {
    pub fn new(items: Vec<Item>) -> Pool {
        let n = items.len();
        Pool {
            items,
            exposure_k: vec![1.0; n],
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    /// Selection units: single items, or whole testlets (indices in bank order).
    fn units(&self) -> Vec<Vec<usize>> {
        let mut testlets: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        let mut units = Vec::new();
        for (i, item) in self.items.iter().enumerate() {
            match &item.testlet {
                Some(t) => testlets.entry(t.as_str()).or_default().push(i),
                None => units.push(vec![i]),
            }
        }
        units.extend(testlets.into_values());
        units
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum Classification {
    /// Wald's SPRT at each cut: θ = cut − δ against θ = cut + δ.
    Sprt {
        indifference: f64,
        alpha: f64,
        beta: f64,
    },
    /// Generalized likelihood ratio (Bartroff, Finkelman & Lai): the best θ at least δ above the cut
    /// against the best θ at least δ below it.
    Glr {
        indifference: f64,
        alpha: f64,
        beta: f64,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatConfig {
    pub min_items: usize,
    pub max_items: usize,
    pub prior: Prior,
    /// Target share of each skill; empty means no content balancing.
    pub skill_targets: Vec<(String, f64)>,
    /// Choose at random among this many most informative units (1 = pure maximum information).
    pub randomesque: usize,
    pub classification: Option<Classification>,
    /// Also stop once the standard error is at most this.
    pub se_target: Option<f64>,
    /// Also stop once the posterior puts at least this probability on one level (measurement decision
    /// theory: Rudner 2002).
    #[serde(default)]
    pub level_confidence: Option<f64>,
    /// Report per-skill levels only when the skill's SE is at most this.
    pub skill_se_limit: f64,
    /// Report per-skill levels only when the skill's own posterior puts at least this probability on one
    /// level (none: the SE limit alone decides).
    #[serde(default)]
    pub skill_confidence: Option<f64>,
    /// Do not stop before every balanced skill (with items left) has at least this many answers; 0: no
    /// such condition. Once the overall rules are met, the items left go to the skill furthest short.
    #[serde(default)]
    pub skill_min_items: usize,
}

impl Default for CatConfig {
    fn default() -> Self {
        CatConfig {
            min_items: 10,
            max_items: 30,
            prior: Prior::default(),
            skill_targets: Vec::new(),
            randomesque: 1,
            classification: Some(Classification::Glr {
                indifference: 0.3,
                alpha: 0.05,
                beta: 0.05,
            }),
            se_target: None,
            level_confidence: None,
            skill_se_limit: 0.6,
            skill_confidence: None,
            skill_min_items: 0,
        }
    }
}

impl CatConfig {
    /// The rule for a skill's level: its SE within `skill_se_limit` and, if set, its most probable level
    /// at least `skill_confidence` probable.
    pub fn skill_rule(&self) -> SkillRule {
        SkillRule {
            se: Some(self.skill_se_limit),
            items: None,
            probability: self.skill_confidence,
        }
    }
}

/// One administered item and the estimate after it (kept for audit).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub item: usize,
    pub right: bool,
    pub theta: f64,
    pub se: f64,
}

/// A placement session in progress.
#[derive(Debug, Clone)]
pub struct Session<'a> {
    pool: &'a Pool,
    config: &'a CatConfig,
    cuts: &'a Cuts,
    seed: u64,
    steps: Vec<Step>,
    /// Rest of the testlet being given.
    queue: Vec<usize>,
    /// Units passed over by exposure control in this session.
    excluded: BTreeSet<usize>,
}

impl<'a> Session<'a> {
    pub fn new(pool: &'a Pool, config: &'a CatConfig, cuts: &'a Cuts, seed: u64) -> Session<'a> {
        Session {
            pool,
            config,
            cuts,
            seed,
            steps: Vec::new(),
            queue: Vec::new(),
            excluded: BTreeSet::new(),
        }
    }

    /// Rebuilds a session from stored responses (item index, right), replaying every selection.
    pub fn replay(
        pool: &'a Pool,
        config: &'a CatConfig,
        cuts: &'a Cuts,
        seed: u64,
        answered: &[(usize, bool)],
    ) -> Session<'a> {
        let mut s = Session::new(pool, config, cuts, seed);
        for &(item, right) in answered {
            // Replaying keeps the testlet queue and exclusions as they were when the item was chosen.
            let _ = s.next_item();
            s.record(item, right);
        }
        s
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn responses(&self) -> Vec<Response> {
        self.steps
            .iter()
            .map(|s| Response {
                item: self.pool.items[s.item].params,
                right: s.right,
            })
            .collect()
    }

    pub fn estimate(&self) -> (f64, f64) {
        estimate::eap(&self.responses(), self.config.prior)
    }

    /// The rng for the n-th choice: sessions can be rebuilt at any step without storing rng state.
    fn rng(&self) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(
            self.seed ^ (self.steps.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15),
        )
    }

    /// The next item to give, or `None` when the test is over.
    pub fn next_item(&mut self) -> Option<usize> {
        if let Some(&next) = self.queue.first() {
            return Some(next);
        }
        if self.finished() {
            return None;
        }
        let mut rng = self.rng();
        let (theta, _) = self.estimate();
        let given: BTreeSet<usize> = self.steps.iter().map(|s| s.item).collect();
        let room = self.config.max_items - self.steps.len();
        let all_units = self.pool.units();
        let skill = self.target_skill(&given);
        loop {
            let available: Vec<&Vec<usize>> = all_units
                .iter()
                .filter(|u| {
                    u.len() <= room
                        && u.iter()
                            .all(|i| !given.contains(i) && !self.excluded.contains(i))
                })
                .collect();
            if available.is_empty() {
                return None;
            }
            let in_skill: Vec<&Vec<usize>> = match &skill {
                Some(s) => available
                    .iter()
                    .copied()
                    .filter(|u| self.pool.items[u[0]].skill == *s)
                    .collect(),
                None => Vec::new(),
            };
            let candidates = if in_skill.is_empty() {
                available
            } else {
                in_skill
            };
            let mut scored: Vec<(f64, &Vec<usize>)> = candidates
                .into_iter()
                .map(|u| {
                    let info: f64 = u
                        .iter()
                        .map(|i| self.pool.items[*i].params.information(theta))
                        .sum();
                    (info / u.len() as f64, u)
                })
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1[0].cmp(&b.1[0])));
            let top = self.config.randomesque.max(1).min(scored.len());
            let (_, unit) = scored[..top].choose(&mut rng)?;
            let unit = (*unit).clone();
            // Sympson–Hetter: a selected unit is given with probability K, else set aside for this test.
            let k = unit
                .iter()
                .map(|i| self.pool.exposure_k[*i])
                .fold(1.0, f64::min);
            if chance(&mut rng, k) {
                self.queue = unit.clone();
                return unit.first().copied();
            }
            self.excluded.extend(unit);
        }
    }

    /// The skill furthest below its target share, among those with items left.
    fn target_skill(&self, given: &BTreeSet<usize>) -> Option<String> {
        if self.config.skill_targets.is_empty() {
            return None;
        }
        // The level is decided and the test goes on only for the per-skill minimum: top up the skill
        // furthest short rather than follow the shares.
        // (Without a per-skill minimum there is never a skill short of it, and the posterior behind
        // `placed` is not computed.)
        if self.steps.len() >= self.config.min_items {
            if let Some(short) = self.skill_short_of_minimum() {
                if self.placed() {
                    return Some(short);
                }
            }
        }
        let n = self.steps.len() as f64 + 1.0;
        let total: f64 = self.config.skill_targets.iter().map(|(_, t)| t).sum();
        self.config
            .skill_targets
            .iter()
            .filter(|(s, _)| {
                self.pool
                    .items
                    .iter()
                    .enumerate()
                    .any(|(i, it)| &it.skill == s && !given.contains(&i))
            })
            .map(|(s, t)| {
                let have = self
                    .steps
                    .iter()
                    .filter(|st| &self.pool.items[st.item].skill == s)
                    .count() as f64;
                (t / total * n - have, s)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, s)| s.clone())
    }

    /// Records the response to the item last returned by [`Session::next_item`].
    pub fn record(&mut self, item: usize, right: bool) {
        self.queue.retain(|i| *i != item);
        let mut responses = self.responses();
        responses.push(Response {
            item: self.pool.items[item].params,
            right,
        });
        let (theta, se) = estimate::eap(&responses, self.config.prior);
        self.steps.push(Step {
            item,
            right,
            theta,
            se,
        });
    }

    /// Whether the stopping rules are met (a testlet under way is always finished first).
    pub fn finished(&self) -> bool {
        let n = self.steps.len();
        if !self.queue.is_empty() {
            return false;
        }
        if n >= self.config.max_items {
            return true;
        }
        if n < self.config.min_items {
            return false;
        }
        self.placed() && self.skill_short_of_minimum().is_none()
    }

    /// Whether a rule for the overall level (SE target, level probability, classification) is met.
    fn placed(&self) -> bool {
        if let Some(target) = self.config.se_target {
            if self.estimate().1 <= target {
                return true;
            }
        }
        if let Some(p) = self.config.level_confidence {
            if level_is_probable(&self.responses(), self.config.prior, self.cuts, p) {
                return true;
            }
        }
        match self.config.classification {
            Some(rule) => classified(&self.responses(), self.cuts, rule),
            None => false,
        }
    }

    /// The balanced skill furthest short of `skill_min_items` answers among those with items still to
    /// give (ties: the first in the targets), or `None` when every skill has its minimum.
    fn skill_short_of_minimum(&self) -> Option<String> {
        let min = self.config.skill_min_items;
        if min == 0 {
            return None;
        }
        let given: BTreeSet<usize> = self.steps.iter().map(|s| s.item).collect();
        self.config
            .skill_targets
            .iter()
            .filter(|(s, _)| {
                self.pool.items.iter().enumerate().any(|(i, it)| {
                    &it.skill == s && !given.contains(&i) && !self.excluded.contains(&i)
                })
            })
            .map(|(s, _)| {
                let have = self
                    .steps
                    .iter()
                    .filter(|st| &self.pool.items[st.item].skill == s)
                    .count();
                (min.saturating_sub(have), s)
            })
            .filter(|(short, _)| *short > 0)
            .fold(
                None,
                |best: Option<(usize, &String)>, (short, s)| match best {
                    Some((b, _)) if b >= short => best,
                    _ => Some((short, s)),
                },
            )
            .map(|(_, s)| s.clone())
    }

    /// The overall level: the one the posterior makes most probable (the Bayes classification, which
    /// places more learners right than the level of the EAP point when the posterior is skewed).
    pub fn level(&self) -> Level {
        modal_level(&self.responses(), self.config.prior, self.cuts)
    }

    /// The level to report, or `None` when the test ended (by its time limit) before the minimum number of
    /// items: the level would then say more about the prior than about the learner.
    pub fn reported_level(&self) -> Option<Level> {
        (self.steps.len() >= self.config.min_items).then(|| self.level())
    }

    /// Each skill's answers with the evidence they give on their own (every balanced skill, even one the
    /// test never reached).
    pub fn skill_evidence(&self) -> Vec<(String, SkillEvidence)> {
        let mut skills: Vec<String> = self
            .steps
            .iter()
            .map(|s| self.pool.items[s.item].skill.clone())
            .chain(self.config.skill_targets.iter().map(|(s, _)| s.clone()))
            .collect();
        skills.sort();
        skills.dedup();
        skills
            .into_iter()
            .map(|skill| {
                let responses: Vec<Response> = self
                    .steps
                    .iter()
                    .filter(|s| self.pool.items[s.item].skill == skill)
                    .map(|s| Response {
                        item: self.pool.items[s.item].params,
                        right: s.right,
                    })
                    .collect();
                let evidence = skill_evidence(&responses, self.config.prior, self.cuts);
                (skill, evidence)
            })
            .collect()
    }

    /// Per-skill estimates from each skill's responses alone. A skill gets a `level` only when the
    /// configured rule ([`CatConfig::skill_rule`]) says its own answers are enough; otherwise, if it has
    /// answers, the `range` of levels its posterior's central 80 % credible interval spans, and with no
    /// answers neither ("not enough evidence").
    pub fn skill_report(&self) -> Vec<SkillReport> {
        let rule = self.config.skill_rule();
        self.skill_evidence()
            .into_iter()
            .map(|(skill, e)| {
                let level = rule.levels(&e).then_some(e.level);
                SkillReport {
                    skill,
                    items: e.items,
                    theta: e.theta,
                    se: e.se,
                    level,
                    range: (level.is_none() && e.items > 0).then_some(e.range),
                }
            })
            .collect()
    }
}

/// Whether the posterior puts at least `confidence` on one level (the level-probability stopping rule).
pub fn level_is_probable(
    responses: &[Response],
    prior: Prior,
    cuts: &Cuts,
    confidence: f64,
) -> bool {
    let post = estimate::posterior(responses, prior);
    cuts.level_probabilities(&post)
        .iter()
        .any(|(_, q)| *q >= confidence)
}

/// The level with the largest posterior probability.
pub fn modal_level(responses: &[Response], prior: Prior, cuts: &Cuts) -> Level {
    let post = estimate::posterior(responses, prior);
    cuts.level_probabilities(&post)
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(cuts.floor(), |(l, _)| l)
}

/// One skill's line in a result, as stored in `placement_attempts.report` (a JSON array of these). Rows
/// stored before a field was added read it as its default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillReport {
    pub skill: String,
    pub items: usize,
    pub theta: f64,
    pub se: f64,
    /// The skill's level, given only when its own answers are enough by the configured rule.
    pub level: Option<Level>,
    /// Without a level: the levels the skill's own answers leave open (the central 80 % credible
    /// interval), when it has any answers.
    #[serde(default)]
    pub range: Option<LevelRange>,
}

/// How a skill's line reads beside the overall level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillStanding {
    /// Its own answers decide a level.
    Level(Level),
    /// No level, but a range of levels that holds the overall level: nothing in the skill's answers
    /// says it differs from the overall level.
    Fits(LevelRange),
    /// A range wholly below (above) the overall level: the skill's few answers point lower (higher).
    Below(LevelRange),
    Above(LevelRange),
    /// No answers in the skill (or a row stored before ranges existed): not enough evidence.
    Unknown,
}

impl SkillReport {
    pub fn standing(&self, overall: Level) -> SkillStanding {
        match (self.level, self.range) {
            (Some(level), _) => SkillStanding::Level(level),
            (None, Some(r)) if r.high < overall => SkillStanding::Below(r),
            (None, Some(r)) if r.low > overall => SkillStanding::Above(r),
            (None, Some(r)) => SkillStanding::Fits(r),
            (None, None) => SkillStanding::Unknown,
        }
    }
}

/// A run of adjacent levels, `low` up to `high` (the same level when the range is one level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelRange {
    pub low: Level,
    pub high: Level,
}

impl LevelRange {
    pub fn contains(&self, level: Level) -> bool {
        self.low <= level && level <= self.high
    }

    /// How many levels the range spans.
    pub fn width(&self) -> usize {
        self.high.index() - self.low.index() + 1
    }
}

/// The posterior mass a skill's level range keeps: the central 80 % credible interval, leaving at most
/// 10 % out at each end.
pub const SKILL_RANGE_MASS: f64 = 0.8;

/// What one skill's own answers say, under the population prior.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SkillEvidence {
    pub items: usize,
    pub theta: f64,
    pub se: f64,
    /// The most probable level and its posterior probability.
    pub level: Level,
    pub probability: f64,
    /// The levels left after setting aside the least able and the most able ends of the posterior, at
    /// most (1 − [`SKILL_RANGE_MASS`]) / 2 each.
    pub range: LevelRange,
}

pub fn skill_evidence(responses: &[Response], prior: Prior, cuts: &Cuts) -> SkillEvidence {
    let (theta, se) = estimate::eap(responses, prior);
    let probabilities = cuts.level_probabilities(&estimate::posterior(responses, prior));
    let (level, probability) = probabilities
        .iter()
        .copied()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or((cuts.floor(), 0.0));
    let tail = (1.0 - SKILL_RANGE_MASS) / 2.0;
    // The first level whose cumulative probability passes the tail, from each end. (`>` and `>=` differ
    // only when a sum of posterior masses equals the tail exactly, which floating-point integration of a
    // continuous posterior does not produce: the mutation test's `>=` survivor cannot matter.)
    #[mutants::skip]
    fn first_past<'a>(levels: impl Iterator<Item = &'a (Level, f64)>, tail: f64) -> Option<Level> {
        let mut sum = 0.0;
        levels
            .into_iter()
            .find(|(_, p)| {
                sum += p;
                sum > tail
            })
            .map(|(l, _)| *l)
    }
    let range = LevelRange {
        low: first_past(probabilities.iter(), tail).unwrap_or(level),
        high: first_past(probabilities.iter().rev(), tail).unwrap_or(level),
    };
    SkillEvidence {
        items: responses.len(),
        theta,
        se,
        level,
        probability,
        range,
    }
}

/// When a skill's own answers are enough for a level: it has answers, and every condition given holds.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SkillRule {
    /// Its SE at most this.
    pub se: Option<f64>,
    /// At least this many answers.
    pub items: Option<usize>,
    /// Its most probable level at least this probable.
    pub probability: Option<f64>,
}

impl SkillRule {
    pub fn levels(&self, e: &SkillEvidence) -> bool {
        e.items > 0
            && self.se.is_none_or(|limit| e.se <= limit)
            && self.items.is_none_or(|n| e.items >= n)
            && self.probability.is_none_or(|p| e.probability >= p)
    }
}

/// Whether every cut has been decided (above or below) by the classification rule, which places the
/// learner in one level.
pub fn classified(responses: &[Response], cuts: &Cuts, rule: Classification) -> bool {
    let (delta, alpha, beta, generalized) = match rule {
        Classification::Sprt {
            indifference,
            alpha,
            beta,
        } => (indifference, alpha, beta, false),
        Classification::Glr {
            indifference,
            alpha,
            beta,
        } => (indifference, alpha, beta, true),
    };
    let (lower, upper) = wald_bounds(alpha, beta);
    cut_llrs(responses, cuts, delta, generalized)
        .into_iter()
        .all(|llr| llr >= upper || llr <= lower)
}

/// The log-likelihood ratio at each cut: θ = c + δ against θ = c − δ (SPRT), or, generalized, the best θ
/// at least δ above the cut against the best θ at least δ below it. The log-likelihood is concave in θ, so
/// each best θ is the likelihood's peak clamped into its region.
fn cut_llrs(responses: &[Response], cuts: &Cuts, delta: f64, generalized: bool) -> Vec<f64> {
    let peak = estimate::likelihood_peak(responses);
    cuts.boundaries()
        .iter()
        .map(|(cut, _)| {
            let (above, below) = if generalized {
                (peak.max(cut + delta), peak.min(cut - delta))
            } else {
                (cut + delta, cut - delta)
            };
            estimate::log_likelihood(responses, above) - estimate::log_likelihood(responses, below)
        })
        .collect()
}

/// Wald's SPRT decision bounds on the log-likelihood ratio, `(ln(β/(1−α)), ln((1−β)/α))`: below the first
/// the lower hypothesis is accepted, above the second the upper one.
fn wald_bounds(alpha: f64, beta: f64) -> (f64, f64) {
    ((beta / (1.0 - alpha)).ln(), ((1.0 - beta) / alpha).ln())
}

/// What exposure control aims at, and how hard it simulates to get there.
#[derive(Debug, Clone, Copy)]
pub struct ExposureTarget {
    /// The population the test serves.
    pub population: Prior,
    /// Highest share of tests any item may appear in.
    pub max_rate: f64,
    /// Simulated examinees per iteration.
    pub examinees: usize,
    pub iterations: usize,
    pub seed: u64,
}

/// Sympson–Hetter: sets each item's K by repeated simulation so that no item is given to more than
/// `max_rate` of a population of examinees drawn from N(mean, sd²).
pub fn calibrate_exposure(
    pool: &mut Pool,
    config: &CatConfig,
    cuts: &Cuts,
    target: &ExposureTarget,
) {
    let ExposureTarget {
        population,
        max_rate,
        examinees,
        iterations,
        seed,
    } = *target;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for _ in 0..iterations {
        let mut selected = vec![0usize; pool.items.len()];
        let mut given = vec![0usize; pool.items.len()];
        for _ in 0..examinees {
            let theta = population.mean + population.sd * normal(&mut rng);
            let snapshot = pool.clone();
            let mut s = Session::new(&snapshot, config, cuts, rng.gen());
            while let Some(item) = s.next_item() {
                let right = chance(&mut rng, snapshot.items[item].params.p(theta));
                s.record(item, right);
                given[item] += 1;
            }
            // Items chosen but passed over by the lottery count as selections too.
            for i in &s.excluded {
                selected[*i] += 1;
            }
        }
        for i in 0..pool.items.len() {
            pool.exposure_k[i] = exposure_parameter(selected[i] + given[i], examinees, max_rate);
        }
    }
}

/// Sympson–Hetter's update: an item selected (given, or chosen and passed over by the lottery) in a share of
/// the tests above `max_rate` is given with probability `max_rate / share` from then on; any other, always.
fn exposure_parameter(selections: usize, tests: usize, max_rate: f64) -> f64 {
    let share = selections as f64 / tests.max(1) as f64;
    if share > max_rate {
        max_rate / share
    } else {
        1.0
    }
}

/// A Bernoulli draw: true with probability `p` (a simulated right answer, the Sympson–Hetter lottery).
// Skipped by cargo-mutants: its one mutant no test can kill, `<` → `<=`, differs only when a uniform draw in
// [0, 1) equals `p` exactly, which has probability zero. (The skip also drops its other mutants, `==`, `>`
// and constant results, which turn every simulated learner right or wrong and fail the simulation tests.)
#[mutants::skip]
pub fn chance(rng: &mut impl Rng, p: f64) -> bool {
    rng.gen::<f64>() < p
}

/// A standard normal draw (Box–Muller), so simulations need no extra crate.
pub fn normal(rng: &mut impl Rng) -> f64 {
    let u1: f64 = rng.gen::<f64>().max(f64::MIN_POSITIVE);
    let u2: f64 = rng.gen();
    (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank(n: usize) -> Pool {
        Pool::new(
            (0..n)
                .map(|i| Item {
                    id: format!("i{i}"),
                    params: ItemParams::rasch(-3.0 + 6.5 * i as f64 / (n - 1) as f64),
                    skill: ["grammar", "vocabulary", "reading"][i % 3].to_string(),
                    level: None,
                    testlet: None,
                })
                .collect(),
        )
    }

    fn cuts() -> Cuts {
        Cuts::new(None, [-2.0, -0.8, 0.4, 1.6, 2.8]).expect("cuts")
    }

    fn run(pool: &Pool, config: &CatConfig, theta: f64, seed: u64) -> Vec<Step> {
        let cuts = cuts();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut s = Session::new(pool, config, &cuts, seed);
        while let Some(item) = s.next_item() {
            let right = chance(&mut rng, pool.items[item].params.p(theta));
            s.record(item, right);
        }
        s.steps().to_vec()
    }

    fn item(id: &str, b: f64, testlet: Option<&str>) -> Item {
        Item {
            id: id.into(),
            params: ItemParams::rasch(b),
            skill: "reading".into(),
            level: None,
            testlet: testlet.map(Into::into),
        }
    }

    #[test]
    fn a_testlet_is_not_begun_without_room_for_all_of_it() {
        // Two single items at b = 0, then a three-item passage at b = −0.5 (less informative at θ ≥ 0, where
        // two right answers keep the estimate); at most four items. After the singles two places are left,
        // too few for the passage: the test ends at two rather than run to five.
        let pool = Pool::new(vec![
            item("s1", 0.0, None),
            item("s2", 0.0, None),
            item("p1", -0.5, Some("p")),
            item("p2", -0.5, Some("p")),
            item("p3", -0.5, Some("p")),
        ]);
        let config = CatConfig {
            min_items: 1,
            max_items: 4,
            classification: None,
            ..Default::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 3);
        while let Some(i) = s.next_item() {
            s.record(i, true);
        }
        let given: Vec<usize> = s.steps().iter().map(|st| st.item).collect();
        assert_eq!(given, [0, 1]);
    }

    #[test]
    fn a_testlet_competes_by_the_mean_information_of_its_items() {
        // At the start (θ = 0) a single item at b = 0 gives 0.25; each passage item at b = 1.5 gives
        // P·Q = 0.1491, 0.447 in sum but 0.149 per item: the single item comes first.
        let pool = Pool::new(vec![
            item("p1", 1.5, Some("p")),
            item("p2", 1.5, Some("p")),
            item("p3", 1.5, Some("p")),
            item("s1", 0.0, None),
        ]);
        let config = CatConfig {
            classification: None,
            ..Default::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 3);
        assert_eq!(s.next_item(), Some(3));
    }

    #[test]
    fn content_balancing_serves_the_neediest_skill_that_has_items_left() {
        // Targets a 80 %, b 15 %, c 5 %. First item (n = 1): deficits 0.8, 0.15, 0.05, so skill a. Its only
        // item given, a is out; at n = 2 the deficits are b 0.3, c 0.1: skill b, although the c item (b = 0)
        // tells more about a learner near θ = 0 than the b items (b = 2).
        let skilled = |id: &str, b: f64, skill: &str| Item {
            skill: skill.into(),
            ..item(id, b, None)
        };
        let pool = Pool::new(vec![
            skilled("a0", 0.0, "a"),
            skilled("b1", 2.0, "b"),
            skilled("b2", 2.0, "b"),
            skilled("c3", 0.0, "c"),
        ]);
        let config = CatConfig {
            classification: None,
            skill_targets: vec![("a".into(), 0.8), ("b".into(), 0.15), ("c".into(), 0.05)],
            ..Default::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 3);
        assert_eq!(s.next_item(), Some(0));
        s.record(0, true);
        assert_eq!(s.next_item(), Some(1));
    }

    #[test]
    fn content_balancing_reads_targets_as_shares_of_their_sum() {
        // Targets x 1.2 and y 0.8 are shares 0.6 and 0.4. Deficits (share × n − given): n = 1: x 0.6, y 0.4;
        // n = 2: x 0.2, y 0.8; n = 3: x 0.8, y 0.2; n = 4: x 0.4, y 0.6. So x, y, x, y (unnormalized
        // targets would give x, x, … or x, y, x, x).
        let pool = Pool::new(
            (0..8)
                .map(|i| Item {
                    skill: if i < 4 { "x" } else { "y" }.into(),
                    ..item(&format!("i{i}"), 0.0, None)
                })
                .collect(),
        );
        let config = CatConfig {
            classification: None,
            skill_targets: vec![("x".into(), 1.2), ("y".into(), 0.8)],
            ..Default::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 3);
        let mut skills = Vec::new();
        for k in 0..4 {
            let i = s.next_item().expect("an item");
            skills.push(pool.items[i].skill.clone());
            s.record(i, k % 2 == 0);
        }
        assert_eq!(skills, ["x", "y", "x", "y"]);
    }

    /// Rasch responses to items at `bs`, right where `us` is 1.
    fn pattern(bs: &[f64], us: &[u8]) -> Vec<Response> {
        bs.iter()
            .zip(us)
            .map(|(b, u)| Response {
                item: ItemParams::rasch(*b),
                right: *u == 1,
            })
            .collect()
    }

    #[test]
    fn the_ratio_at_each_cut_matches_an_independent_computation() {
        // Items b = −1, 0, 1, 0.5, −0.5 answered 1, 1, 0, 1, 0; cuts −2, −0.8, 0.4, 1.6, 2.8; δ = 0.35.
        // Computed separately in Python (math.log of the Rasch P and Q; the peak by bisection of the score:
        // θ̂ = 0.454543): SPRT ln L(c + δ) − ln L(c − δ), GLR with each θ clamped from the peak.
        let r = pattern(&[-1.0, 0.0, 1.0, 0.5, -0.5], &[1, 1, 0, 1, 0]);
        let sprt = [1.6090895, 0.9470716, 0.0433129, -0.7293177, -1.1529279];
        let glr = [3.9534822, 1.3970826, 0.0433129, -1.0496186, -2.9068423];
        for (got, want) in cut_llrs(&r, &cuts(), 0.35, false).iter().zip(sprt) {
            assert!((got - want).abs() < 1e-6, "SPRT {got} {want}");
        }
        for (got, want) in cut_llrs(&r, &cuts(), 0.35, true).iter().zip(glr) {
            assert!((got - want).abs() < 1e-6, "GLR {got} {want}");
        }
        assert!((estimate::likelihood_peak(&r) - 0.4545429).abs() < 1e-6);
    }

    #[test]
    fn every_cut_must_be_decided_to_classify() {
        // Items at b = −0.2, half right, so the peak is −0.2 (mid B1). With 20 items the GLR at the B1
        // cuts −0.8 and 0.4 is ±2.1762, short of Wald's ±2.5123 (α = β = 0.075); with 40 it is ±4.3524.
        let half = |n: usize| {
            let us: Vec<u8> = (0..n).map(|i| (i % 2) as u8).collect();
            pattern(&vec![-0.2; n], &us)
        };
        let glr = Classification::Glr {
            indifference: 0.35,
            alpha: 0.075,
            beta: 0.075,
        };
        assert!(!classified(&half(20), &cuts(), glr));
        assert!(classified(&half(40), &cuts(), glr));
        // SPRT at 40 items: ±4.0407 at the B1 cuts, also decided; at 20 (±2.0203) not.
        let sprt = Classification::Sprt {
            indifference: 0.35,
            alpha: 0.075,
            beta: 0.075,
        };
        assert!(!classified(&half(20), &cuts(), sprt));
        assert!(classified(&half(40), &cuts(), sprt));
        // All right or all wrong: the peak runs to the bound of the scale.
        assert_eq!(estimate::likelihood_peak(&half(1)), -estimate::MLE_BOUND);
        assert_eq!(
            estimate::likelihood_peak(&pattern(&[0.0], &[1])),
            estimate::MLE_BOUND
        );
    }

    #[test]
    fn an_overexposed_item_is_given_in_proportion_to_its_excess() {
        // Selected in 40 of 100 tests against a 0.2 cap: K = 0.2 / 0.4 = 0.5. Exactly at the cap (20 of
        // 100) or below it: K = 1. No tests: nothing selected, K = 1.
        assert!((exposure_parameter(40, 100, 0.2) - 0.5).abs() < 1e-12);
        assert!((exposure_parameter(30, 40, 0.25) - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(exposure_parameter(20, 100, 0.2), 1.0);
        assert_eq!(exposure_parameter(5, 100, 0.2), 1.0);
        assert_eq!(exposure_parameter(0, 0, 0.2), 1.0);
    }

    #[test]
    fn normal_draws_have_the_standard_normal_s_moments_and_tail() {
        // 20,000 draws: the mean's standard error is 0.007, so |mean| < 0.025 is 3.5 of them; the share
        // below −1 must be Φ(−1) = 0.158655 (tables) within 0.008, three standard errors.
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let xs: Vec<f64> = (0..20_000).map(|_| normal(&mut rng)).collect();
        let n = xs.len() as f64;
        let mean = xs.iter().sum::<f64>() / n;
        let sd = (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
        let below = xs.iter().filter(|x| **x < -1.0).count() as f64 / n;
        assert!(mean.abs() < 0.025, "{mean}");
        assert!((sd - 1.0).abs() < 0.02, "{sd}");
        assert!((below - 0.158655).abs() < 0.008, "{below}");
    }

    #[test]
    fn wald_s_bounds_are_the_log_error_ratios() {
        // α = 0.05, β = 0.1: ln(0.1/0.95) = −2.2512918 and ln(0.9/0.05) = ln 18 = 2.8903718.
        let (lower, upper) = wald_bounds(0.05, 0.1);
        assert!((lower - -2.2512918).abs() < 1e-6, "{lower}");
        assert!((upper - 2.8903718).abs() < 1e-6, "{upper}");
    }

    #[test]
    fn no_rule_stops_a_test_before_its_minimum_length() {
        // An SE target every estimate meets: the test ends exactly at its minimum of three items.
        let pool = bank(30);
        let config = CatConfig {
            min_items: 3,
            max_items: 10,
            classification: None,
            level_confidence: None,
            se_target: Some(10.0),
            ..Default::default()
        };
        assert_eq!(run(&pool, &config, 0.0, 1).len(), 3);
    }

    #[test]
    fn a_skill_is_levelled_only_from_answers_of_its_own() {
        // With a limit every SE meets, a skill with answers gets a level; a balanced skill never reached
        // gets none, although its prior SD alone would pass the limit.
        let pool = Pool::new(vec![Item {
            skill: "grammar".into(),
            ..item("g", 0.0, None)
        }]);
        let config = CatConfig {
            skill_se_limit: 5.0,
            skill_targets: vec![("grammar".into(), 0.5), ("reading".into(), 0.5)],
            ..Default::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 1);
        s.record(0, true);
        let report = s.skill_report();
        let level_of = |skill: &str| {
            report
                .iter()
                .find(|r| r.skill == skill)
                .map(|r| (r.items, r.level.is_some()))
        };
        assert_eq!(level_of("grammar"), Some((1, true)));
        assert_eq!(level_of("reading"), Some((0, false)));
    }

    #[test]
    fn items_are_found_by_their_id() {
        let pool = bank(5);
        assert_eq!(pool.index_of("i0"), Some(0));
        assert_eq!(pool.index_of("i3"), Some(3));
        assert_eq!(pool.index_of("i9"), None);
    }

    #[test]
    fn sessions_with_different_seeds_draw_differently_at_every_step() {
        // The per-step rng mixes the seed with the step number: two learners' tests must not share
        // randomness (randomesque selection, exposure control) just because their seeds differ in low bits.
        let pool = bank(30);
        let config = CatConfig::default();
        let cuts = cuts();
        let mut a = Session::new(&pool, &config, &cuts, 0);
        let mut b = Session::new(&pool, &config, &cuts, 1);
        for step in 0..3 {
            assert_ne!(a.rng().gen::<u64>(), b.rng().gen::<u64>(), "step {step}");
            a.record(step, true);
            b.record(step, true);
        }
    }

    #[test]
    fn never_gives_an_item_twice_and_respects_lengths() {
        let pool = bank(90);
        let config = CatConfig {
            min_items: 8,
            max_items: 20,
            ..Default::default()
        };
        for seed in 0..20 {
            let steps = run(&pool, &config, (seed as f64 - 10.0) / 3.0, seed);
            let mut ids: Vec<usize> = steps.iter().map(|s| s.item).collect();
            assert!(steps.len() >= 8 && steps.len() <= 20, "{}", steps.len());
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), steps.len());
        }
    }

    #[test]
    fn the_first_item_is_the_most_informative_at_the_prior_mean() {
        let pool = bank(90);
        let config = CatConfig::default();
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 1);
        let first = s.next_item().expect("item");
        let best = (0..90)
            .max_by(|a, b| {
                pool.items[*a]
                    .params
                    .information(0.0)
                    .total_cmp(&pool.items[*b].params.information(0.0))
            })
            .expect("best");
        assert_eq!(first, best);
    }

    #[test]
    fn sessions_are_deterministic_and_replayable() {
        let pool = bank(90);
        let config = CatConfig {
            randomesque: 4,
            ..Default::default()
        };
        assert_eq!(run(&pool, &config, 0.7, 5), run(&pool, &config, 0.7, 5));
        let steps = run(&pool, &config, 0.7, 5);
        let answered: Vec<(usize, bool)> = steps.iter().map(|s| (s.item, s.right)).collect();
        let cuts = cuts();
        let mut replayed = Session::replay(&pool, &config, &cuts, 5, &answered[..6]);
        assert_eq!(replayed.next_item(), Some(answered[6].0));
    }

    #[test]
    fn content_balancing_follows_the_target_shares() {
        let pool = bank(120);
        let config = CatConfig {
            min_items: 20,
            max_items: 20,
            classification: None,
            skill_targets: vec![
                ("grammar".into(), 0.5),
                ("vocabulary".into(), 0.25),
                ("reading".into(), 0.25),
            ],
            ..Default::default()
        };
        let steps = run(&pool, &config, 0.0, 3);
        let count = |s: &str| {
            steps
                .iter()
                .filter(|st| pool.items[st.item].skill == s)
                .count()
        };
        assert_eq!(
            (count("grammar"), count("vocabulary"), count("reading")),
            (10, 5, 5)
        );
    }

    #[test]
    fn testlets_stay_together() {
        let mut pool = bank(60);
        for i in 0..60 {
            if pool.items[i].skill == "reading" {
                pool.items[i].testlet = Some(format!("passage-{}", i / 12));
            }
        }
        let config = CatConfig {
            skill_targets: vec![
                ("grammar".into(), 1.0),
                ("vocabulary".into(), 1.0),
                ("reading".into(), 1.0),
            ],
            ..Default::default()
        };
        for seed in 0..10 {
            let steps = run(&pool, &config, 0.0, seed);
            let mut i = 0;
            while i < steps.len() {
                if let Some(t) = &pool.items[steps[i].item].testlet {
                    let size = pool
                        .items
                        .iter()
                        .filter(|it| it.testlet.as_ref() == Some(t))
                        .count();
                    for j in 0..size {
                        assert_eq!(
                            pool.items[steps[i + j].item].testlet.as_ref(),
                            Some(t),
                            "testlet interrupted"
                        );
                    }
                    i += size;
                } else {
                    i += 1;
                }
            }
        }
    }

    #[test]
    fn classification_stops_early_far_from_a_cut_and_late_near_one() {
        let pool = bank(180);
        let config = CatConfig {
            min_items: 5,
            max_items: 40,
            ..Default::default()
        };
        let mean_len = |theta: f64| -> f64 {
            (0..30)
                .map(|s| run(&pool, &config, theta, s).len() as f64)
                .sum::<f64>()
                / 30.0
        };
        let far = mean_len(-0.2); // mid-level B1 (cuts at −0.8 and 0.4)
        let near = mean_len(0.4); // on the B1|B2 cut
        assert!(far < near, "far {far} near {near}");
    }

    #[test]
    fn the_se_rule_stops_at_the_target() {
        let pool = bank(180);
        let config = CatConfig {
            min_items: 1,
            max_items: 60,
            classification: None,
            se_target: Some(0.4),
            ..Default::default()
        };
        let steps = run(&pool, &config, 0.0, 9);
        assert!(steps.last().expect("steps").se <= 0.4);
        assert!(steps[steps.len() - 2].se > 0.4);
    }

    #[test]
    fn sympson_hetter_caps_exposure() {
        let mut pool = bank(120);
        let config = CatConfig {
            min_items: 15,
            max_items: 15,
            classification: None,
            ..Default::default()
        };
        let cuts = cuts();
        let population = Prior { mean: 0.0, sd: 1.0 };
        let rate = |pool: &Pool| {
            let mut counts = vec![0usize; pool.items.len()];
            let mut rng = ChaCha8Rng::seed_from_u64(77);
            for _ in 0..300 {
                let theta = normal(&mut rng);
                let mut s = Session::new(pool, &config, &cuts, rng.gen());
                while let Some(item) = s.next_item() {
                    s.record(item, chance(&mut rng, pool.items[item].params.p(theta)));
                    counts[item] += 1;
                }
            }
            counts.into_iter().max().unwrap_or(0) as f64 / 300.0
        };
        let before = rate(&pool);
        let target = ExposureTarget {
            population,
            max_rate: 0.25,
            examinees: 300,
            iterations: 12,
            seed: 1,
        };
        calibrate_exposure(&mut pool, &config, &cuts, &target);
        let after = rate(&pool);
        assert!(
            before > 0.9,
            "without control the best item is in every test: {before}"
        );
        // Sympson–Hetter converges on the target from above; allow for the sampling noise of 300 tests.
        assert!(after <= 0.32, "after Sympson–Hetter: {after}");
    }

    #[test]
    fn no_level_is_reported_before_the_minimum_length() {
        let pool = bank(60);
        let config = CatConfig {
            min_items: 8,
            ..CatConfig::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 1);
        for n in 0..8 {
            assert_eq!(s.reported_level(), None, "after {n} items");
            let item = s.next_item().expect("an item");
            s.record(item, true);
        }
        // Eight right answers, to items 27, 31, 34, 37, 39, 42, 44 and 46 (b = −3 + 6.5·i/59: −0.03, 0.42,
        // 0.75, 1.08, 1.30, 1.63, 1.85, 2.07). The posterior ∝ exp(−θ²/2)·ΠΛ(θ − b), integrated by hand (a
        // 160,001-point grid on [−8, 8]), puts 0.65 on C1 (θ from 1.6 to 2.8), 0.19 on C2 and 0.16 on B2.
        let given: Vec<usize> = s.steps().iter().map(|st| st.item).collect();
        assert_eq!(given, [27, 31, 34, 37, 39, 42, 44, 46]);
        assert_eq!(s.reported_level(), Some(Level::C1));
    }

    #[test]
    fn skill_reports_say_when_evidence_is_thin() {
        let pool = bank(90);
        let config = CatConfig {
            min_items: 12,
            max_items: 12,
            classification: None,
            skill_se_limit: 0.5,
            skill_targets: vec![
                ("grammar".into(), 1.0),
                ("vocabulary".into(), 1.0),
                ("reading".into(), 1.0),
            ],
            ..Default::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 1);
        while let Some(item) = s.next_item() {
            s.record(item, true);
        }
        let report = s.skill_report();
        assert_eq!(report.len(), 3);
        assert!(report.iter().all(|r| r.items == 4));
        assert!(
            report.iter().all(|r| r.level.is_none()),
            "four items per skill are not enough for SE 0.5"
        );
    }
    #[test]
    fn a_skill_s_evidence_is_its_own_posterior_over_the_levels() {
        // Computed separately in Python (the same 81-point grid, prior N(0, 1), Rasch, cuts −2, −0.8,
        // 0.4, 1.6, 2.8). Items b = −0.5, 0, 0.5, 1 answered 1, 1, 0, 1: EAP 0.6590, SE 0.7417; A1 0.0001,
        // A2 0.0199, B1 0.3192, B2 0.5466, C1 0.1110, C2 0.0031. Most probable B2 (0.5466); from below A1
        // and A2 hold 0.0200 ≤ 0.1, B1 takes the sum past 0.1; from above C2 holds 0.0031, C1 takes it
        // past (0.1141): the range is B1–C1.
        let e = skill_evidence(
            &pattern(&[-0.5, 0.0, 0.5, 1.0], &[1, 1, 0, 1]),
            Prior::default(),
            &cuts(),
        );
        assert_eq!(e.items, 4);
        assert!((e.theta - 0.6590).abs() < 5e-5, "{e:?}");
        assert!((e.se - 0.7417).abs() < 5e-5, "{e:?}");
        assert_eq!(e.level, Level::B2);
        assert!((e.probability - 0.5466).abs() < 5e-5, "{e:?}");
        assert_eq!(
            e.range,
            LevelRange {
                low: Level::B1,
                high: Level::C1
            }
        );
        assert_eq!(e.range.width(), 3);
        // Twenty items at b = −0.2, every other one right: B1 0.8451, B2 0.1059, A2 0.0490. B1 is 0.85
        // probable, yet B2's 0.1059 is over the 0.1 the range may leave out above: B1–B2.
        let half: Vec<u8> = (0..20).map(|i| (i % 2) as u8).collect();
        let e = skill_evidence(&pattern(&[-0.2; 20], &half), Prior::default(), &cuts());
        assert_eq!(e.level, Level::B1);
        assert!((e.probability - 0.8451).abs() < 5e-5, "{e:?}");
        assert_eq!(
            e.range,
            LevelRange {
                low: Level::B1,
                high: Level::B2
            }
        );
    }

    #[test]
    fn a_level_range_holds_the_levels_between_its_ends() {
        let r = LevelRange {
            low: Level::A2,
            high: Level::B2,
        };
        assert!(!r.contains(Level::A1));
        assert!(r.contains(Level::A2) && r.contains(Level::B1) && r.contains(Level::B2));
        assert!(!r.contains(Level::C1));
        assert_eq!(r.width(), 3);
        let one = LevelRange {
            low: Level::C2,
            high: Level::C2,
        };
        assert_eq!(one.width(), 1);
    }

    #[test]
    fn a_skill_rule_needs_answers_and_every_condition_it_names() {
        let e = SkillEvidence {
            items: 6,
            theta: 0.0,
            se: 0.6,
            level: Level::B1,
            probability: 0.8,
            range: LevelRange {
                low: Level::B1,
                high: Level::B2,
            },
        };
        let rule = |se, items, probability| SkillRule {
            se,
            items,
            probability,
        };
        // Each condition holds at its limit and fails just past it.
        assert!(rule(Some(0.6), Some(6), Some(0.8)).levels(&e));
        assert!(!rule(Some(0.59), None, None).levels(&e));
        assert!(!rule(None, Some(7), None).levels(&e));
        assert!(!rule(None, None, Some(0.81)).levels(&e));
        // No condition: any answers will do, but none never.
        assert!(SkillRule::default().levels(&e));
        assert!(!SkillRule::default().levels(&SkillEvidence { items: 0, ..e }));
    }

    #[test]
    fn a_skill_gets_a_level_by_the_rule_a_range_without_one_and_nothing_without_answers() {
        // Grammar: the twenty-item pattern above (B1 0.8451, SE 0.4154); vocabulary: the four-item one
        // (B2 0.5466, SE 0.7417, range B1–C1); reading: no answers. Rule: SE ≤ 0.8 and P ≥ 0.8.
        let mut items: Vec<Item> = (0..20)
            .map(|i| Item {
                skill: "grammar".into(),
                ..item(&format!("g{i}"), -0.2, None)
            })
            .collect();
        items.extend([-0.5, 0.0, 0.5, 1.0].iter().enumerate().map(|(i, b)| Item {
            skill: "vocabulary".into(),
            ..item(&format!("v{i}"), *b, None)
        }));
        let pool = Pool::new(items);
        let config = CatConfig {
            skill_se_limit: 0.8,
            skill_confidence: Some(0.8),
            skill_targets: vec![
                ("grammar".into(), 1.0),
                ("vocabulary".into(), 1.0),
                ("reading".into(), 1.0),
            ],
            ..Default::default()
        };
        let cuts = cuts();
        let mut s = Session::new(&pool, &config, &cuts, 1);
        for i in 0..20 {
            s.record(i, i % 2 == 1);
        }
        for (i, right) in [true, true, false, true].into_iter().enumerate() {
            s.record(20 + i, right);
        }
        let report = s.skill_report();
        let line = |skill: &str| {
            report
                .iter()
                .find(|r| r.skill == skill)
                .map(|r| (r.items, r.level, r.range))
        };
        assert_eq!(line("grammar"), Some((20, Some(Level::B1), None)));
        assert_eq!(
            line("vocabulary"),
            Some((
                4,
                None,
                Some(LevelRange {
                    low: Level::B1,
                    high: Level::C1
                })
            ))
        );
        assert_eq!(line("reading"), Some((0, None, None)));
        // The SE limit still applies: at 0.4, grammar's 0.4154 is too much, and it gets its range.
        let strict = CatConfig {
            skill_se_limit: 0.4,
            ..config.clone()
        };
        let answered: Vec<(usize, bool)> = s.steps().iter().map(|st| (st.item, st.right)).collect();
        let mut t = Session::new(&pool, &strict, &cuts, 1);
        for (i, right) in answered {
            t.record(i, right);
        }
        let grammar = t.skill_report().into_iter().find(|r| r.skill == "grammar");
        assert_eq!(
            grammar.map(|r| (r.level, r.range)),
            Some((
                None,
                Some(LevelRange {
                    low: Level::B1,
                    high: Level::B2
                })
            ))
        );
    }

    #[test]
    fn stored_skill_reports_without_a_range_still_read() {
        // A row stored before ranges existed, and one written now.
        let old = r#"[{"skill":"grammar","items":9,"theta":0.5,"se":0.55,"level":"B2"},
                      {"skill":"reading","items":3,"theta":0.1,"se":0.8,"level":null}]"#;
        let read: Vec<SkillReport> = serde_json::from_str(old).expect("old rows read");
        assert_eq!(read[0].level, Some(Level::B2));
        assert_eq!((read[1].level, read[1].range), (None, None));
        let now = SkillReport {
            range: Some(LevelRange {
                low: Level::BelowA1,
                high: Level::A1,
            }),
            ..read[1].clone()
        };
        let json = serde_json::to_value(&now).expect("json");
        assert_eq!(
            json["range"],
            serde_json::json!({"low": "below-A1", "high": "A1"})
        );
        assert_eq!(json["level"], serde_json::Value::Null);
        let back: SkillReport = serde_json::from_value(json).expect("reads back");
        assert_eq!(back, now);
    }

    #[test]
    fn a_test_goes_on_until_every_skill_has_its_minimum_then_tops_up_the_shortest() {
        // Shares grammar 0.8, vocabulary 0.1, reading 0.1: deficits at n = 1, 2, 3 are grammar 0.8, 0.6,
        // 0.4 against 0.1, 0.2, 0.3 for the others, so three grammar items; an SE target every estimate
        // meets then ends the test at its minimum of three. With two answers required per skill it goes
        // on, each time to the skill furthest short (ties: the first in the targets): vocabulary, reading,
        // vocabulary, reading.
        let items: Vec<Item> = (0..12)
            .map(|i| Item {
                skill: ["grammar", "vocabulary", "reading"][i / 4].into(),
                ..item(&format!("i{i}"), 0.0, None)
            })
            .collect();
        let pool = Pool::new(items);
        let mut config = CatConfig {
            min_items: 3,
            max_items: 12,
            classification: None,
            se_target: Some(10.0),
            skill_targets: vec![
                ("grammar".into(), 0.8),
                ("vocabulary".into(), 0.1),
                ("reading".into(), 0.1),
            ],
            ..Default::default()
        };
        let skills = |config: &CatConfig| -> Vec<String> {
            run(&pool, config, 0.0, 2)
                .iter()
                .map(|st| pool.items[st.item].skill.clone())
                .collect()
        };
        assert_eq!(skills(&config), ["grammar"; 3]);
        config.skill_min_items = 2;
        assert_eq!(
            skills(&config),
            [
                "grammar",
                "grammar",
                "grammar",
                "vocabulary",
                "reading",
                "vocabulary",
                "reading"
            ]
        );
        // A skill whose items are all given cannot hold the test up: with reading out of the bank, the
        // test ends once vocabulary has its two.
        let no_reading = Pool::new(pool.items[..8].to_vec());
        let steps = run(&no_reading, &config, 0.0, 2);
        assert_eq!(steps.len(), 5);
    }
    #[test]
    fn a_skill_without_a_level_reads_against_the_overall_level() {
        let range = |low, high| LevelRange { low, high };
        let line = |level, range| SkillReport {
            skill: "reading".into(),
            items: 5,
            theta: 0.0,
            se: 0.7,
            level,
            range,
        };
        let b1_b2 = range(Level::B1, Level::B2);
        // A level stands whatever the overall level.
        assert_eq!(
            line(Some(Level::C1), None).standing(Level::A2),
            SkillStanding::Level(Level::C1)
        );
        // B1–B2 fits B1 and B2 (both ends), is below C1 and above A2.
        let r = line(None, Some(b1_b2));
        assert_eq!(r.standing(Level::B1), SkillStanding::Fits(b1_b2));
        assert_eq!(r.standing(Level::B2), SkillStanding::Fits(b1_b2));
        assert_eq!(r.standing(Level::C1), SkillStanding::Below(b1_b2));
        assert_eq!(r.standing(Level::A2), SkillStanding::Above(b1_b2));
        assert_eq!(line(None, None).standing(Level::B1), SkillStanding::Unknown);
    }
}
