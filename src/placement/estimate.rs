//! Ability estimation from a response pattern: EAP on a fixed grid (the running estimate of the adaptive
//! test), maximum likelihood by bisection of the score, and Warm's weighted likelihood for reports at the extremes.

use super::irt::ItemParams;

/// The quadrature grid: 81 points from −4 to 4 in steps of 0.1.
pub fn grid() -> impl Iterator<Item = f64> {
    (0..81).map(|i| -4.0 + 0.1 * f64::from(i))
}

/// A normal prior over θ.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Prior {
    pub mean: f64,
    pub sd: f64,
}

impl Default for Prior {
    fn default() -> Self {
        Prior { mean: 0.0, sd: 1.0 }
    }
}

impl Prior {
    /// Unnormalized density: for N(0,1), exp(−θ²/2).
    pub fn weight(&self, theta: f64) -> f64 {
        let z = (theta - self.mean) / self.sd;
        (-z * z / 2.0).exp()
    }
}

/// One answered item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Response {
    pub item: ItemParams,
    pub right: bool,
}

pub fn log_likelihood(responses: &[Response], theta: f64) -> f64 {
    responses
        .iter()
        .map(|r| r.item.log_likelihood(theta, r.right))
        .sum()
}

/// The posterior over the grid, normalized (sums to 1).
pub fn posterior(responses: &[Response], prior: Prior) -> Vec<(f64, f64)> {
    let logs: Vec<(f64, f64)> = grid()
        .map(|t| (t, prior.weight(t).ln() + log_likelihood(responses, t)))
        .collect();
    let max = logs
        .iter()
        .map(|(_, l)| *l)
        .fold(f64::NEG_INFINITY, f64::max);
    let weights: Vec<(f64, f64)> = logs.iter().map(|(t, l)| (*t, (l - max).exp())).collect();
    let total: f64 = weights.iter().map(|(_, w)| w).sum();
    weights.into_iter().map(|(t, w)| (t, w / total)).collect()
}

/// Expected a posteriori estimate and posterior standard deviation (the standard error we report).
pub fn eap(responses: &[Response], prior: Prior) -> (f64, f64) {
    let post = posterior(responses, prior);
    let mean: f64 = post.iter().map(|(t, w)| t * w).sum();
    let var: f64 = post.iter().map(|(t, w)| (t - mean).powi(2) * w).sum();
    (mean, var.sqrt())
}

pub fn test_information(responses: &[Response], theta: f64) -> f64 {
    responses.iter().map(|r| r.item.information(theta)).sum()
}

/// Score function: d log L / dθ = Σ a (u − P). Strictly decreasing in θ.
fn score(responses: &[Response], theta: f64) -> f64 {
    responses
        .iter()
        .map(|r| r.item.a * (f64::from(u8::from(r.right)) - r.item.p(theta)))
        .sum()
}

pub const MLE_BOUND: f64 = 8.0;

/// Maximum-likelihood estimate and its standard error 1/√I(θ), or `None` for an empty, all-right or
/// all-wrong pattern, or when the maximum lies on the bound of [−8, 8]: the score then keeps one sign.
pub fn mle(responses: &[Response]) -> Option<(f64, f64)> {
    let theta = bisect(|t| score(responses, t), -MLE_BOUND, MLE_BOUND)?;
    let info = test_information(responses, theta);
    Some((theta, 1.0 / info.sqrt()))
}

/// Where the likelihood peaks within [−8, 8]: the MLE, or the bound an all-right (all-wrong) pattern runs
/// to. The classification rules clamp it into each cut's region.
pub fn likelihood_peak(responses: &[Response]) -> f64 {
    let f = |t: f64| score(responses, t);
    if f(-MLE_BOUND) <= 0.0 {
        return -MLE_BOUND;
    }
    if f(MLE_BOUND) >= 0.0 {
        return MLE_BOUND;
    }
    bisect(f, -MLE_BOUND, MLE_BOUND).unwrap_or(0.0)
}

/// Warm's (1989) weighted likelihood estimate: the root of score + I'/(2I). Finite for every pattern, so
/// it can report all-right and all-wrong learners at the ends of the scale.
pub fn wle(responses: &[Response]) -> Option<(f64, f64)> {
    if responses.is_empty() {
        return None;
    }
    let f = |t: f64| {
        let info = test_information(responses, t);
        // I'(θ) for the 2PL: Σ a³ P Q (1 − 2P).
        let d_info: f64 = responses
            .iter()
            .map(|r| {
                let p = r.item.p(t);
                r.item.a.powi(3) * p * (1.0 - p) * (1.0 - 2.0 * p)
            })
            .sum();
        score(responses, t) + d_info / (2.0 * info)
    };
    let theta = bisect(f, -MLE_BOUND, MLE_BOUND)?;
    Some((theta, 1.0 / test_information(responses, theta).sqrt()))
}

/// Root of a monotone function between `lo` and `hi` by bisection (the estimates are not on a hot path, so
/// Newton's speed is not worth its cases). `None` when the sign does not change between the bounds.
fn bisect(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> Option<f64> {
    let sign_lo = f(lo).signum();
    if sign_lo == f(hi).signum() {
        return None;
    }
    // 64 halvings take [−8, 8] below f64's resolution: a fixed count needs no tolerance to compare.
    for _ in 0..64 {
        let mid = (lo + hi) / 2.0;
        if f(mid).signum() == sign_lo {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some((lo + hi) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rasch(bs: &[f64], pattern: &[u8]) -> Vec<Response> {
        bs.iter()
            .zip(pattern)
            .map(|(b, u)| Response {
                item: ItemParams::rasch(*b),
                right: *u == 1,
            })
            .collect()
    }

    #[test]
    fn eap_of_no_responses_is_the_prior() {
        let (m, sd) = eap(&[], Prior::default());
        assert!(m.abs() < 1e-12);
        // The discrete N(0,1) on a 0.1 grid has SD 1 to within 1e-4.
        assert!((sd - 1.0).abs() < 1e-3, "{sd}");
    }

    #[test]
    fn the_prior_weight_is_centred_on_its_mean_and_scaled_by_its_sd() {
        // N(1, 2²) at θ = 2: z = (2 − 1)/2 = 0.5, weight exp(−0.125); at its mean, 1.
        let prior = Prior { mean: 1.0, sd: 2.0 };
        assert!((prior.weight(2.0) - (-0.125f64).exp()).abs() < 1e-12);
        assert!((prior.weight(1.0) - 1.0).abs() < 1e-12);
        assert!(
            (prior.weight(-3.0) - (-2.0f64).exp()).abs() < 1e-12,
            "z = −2"
        );
    }

    #[test]
    fn a_very_long_pattern_still_has_a_posterior() {
        // 1,200 answers to b = 0, half right: the log-likelihood is about −832 at its peak, far below where
        // exp() underflows; the posterior is only computable relative to its maximum. By symmetry EAP = 0.
        let bs = vec![0.0; 1200];
        let pattern: Vec<u8> = (0..1200).map(|i| (i % 2) as u8).collect();
        let (m, sd) = eap(&rasch(&bs, &pattern), Prior::default());
        assert!(m.abs() < 1e-9, "{m}");
        // The information is 1200 · 0.25 = 300, so the posterior SD is near 1/√300 ≈ 0.058 (the 0.1 grid
        // coarsens it: most mass sits on θ = 0 and its neighbours).
        assert!(sd > 0.0 && sd < 0.1, "{sd}");
    }

    #[test]
    fn eap_hand_checked_single_item() {
        // One right answer to a Rasch item at b = 0: posterior ∝ φ(θ)·Λ(θ). Since Λ(θ) + Λ(−θ) = 1,
        // ∫φΛ = 1/2 and ∫θ²φΛ = 1/2, so E[θ²] = 1; by Stein's lemma ∫θφΛ = E[Λ'] = E[Λ(1 − Λ)] under N(0, 1).
        // So the mean is 2·E[Λ(1 − Λ)] = 0.41324 (Simpson's rule, 24,000 panels on [−12, 12]) and the SD
        // √(1 − 0.41324²) = 0.91062. The 81-point grid on [−4, 4] lands within 2e-4 of both.
        let r = rasch(&[0.0], &[1]);
        let (m, sd) = eap(&r, Prior::default());
        assert!((m - 0.41324).abs() < 1e-3, "{m}");
        assert!((sd - 0.91062).abs() < 1e-3, "{sd}");
        // Symmetry: a wrong answer mirrors it.
        let (m2, sd2) = eap(&rasch(&[0.0], &[0]), Prior::default());
        assert!((m2 + m).abs() < 1e-12 && (sd2 - sd).abs() < 1e-12);
    }

    #[test]
    fn eap_is_finite_for_all_right_and_all_wrong() {
        let bs = [-1.0, 0.0, 1.0, 2.0];
        let (hi, se_hi) = eap(&rasch(&bs, &[1, 1, 1, 1]), Prior::default());
        let (lo, se_lo) = eap(&rasch(&bs, &[0, 0, 0, 0]), Prior::default());
        assert!(hi > 1.0 && hi < 4.0 && se_hi < 1.0, "{hi} {se_hi}");
        assert!(lo < -0.5 && lo > -4.0 && se_lo < 1.0, "{lo} {se_lo}");
        assert_eq!(mle(&rasch(&bs, &[1, 1, 1, 1])), None);
        assert_eq!(mle(&rasch(&bs, &[0, 0, 0, 0])), None);
        assert_eq!(mle(&[]), None);
    }

    #[test]
    fn mle_solves_the_score_equation() {
        // Rasch: at the MLE the expected score equals the raw score.
        let bs = [-1.0, -0.5, 0.0, 0.5, 1.0];
        let r = rasch(&bs, &[1, 1, 1, 0, 0]);
        let (theta, se) = mle(&r).expect("mixed pattern");
        let expected: f64 = bs.iter().map(|b| ItemParams::rasch(*b).p(theta)).sum();
        assert!((expected - 3.0).abs() < 1e-9);
        let info: f64 = bs
            .iter()
            .map(|b| ItemParams::rasch(*b).information(theta))
            .sum();
        assert!((se - 1.0 / info.sqrt()).abs() < 1e-12);
        // Solved by hand (bisection of Σ Λ(θ − b) = 3): θ = 0.45454, SE = 1/√Σ P(1 − P) = 0.96500.
        assert!((theta - 0.45454).abs() < 1e-4, "{theta}");
        assert!((se - 0.96500).abs() < 1e-4, "{se}");
        // Symmetric items and a half-right pattern give 0.
        let (t0, _) = mle(&rasch(&[-1.0, 1.0], &[1, 0])).expect("mle");
        assert!(t0.abs() < 1e-9);
    }

    #[test]
    fn mle_on_the_bound_is_none() {
        // Right on an extremely hard item, wrong on an easy one: the maximum runs past 8? No: mixed
        // patterns with items far outside the bounds push the root beyond [−8, 8].
        let r = vec![
            Response {
                item: ItemParams::rasch(20.0),
                right: true,
            },
            Response {
                item: ItemParams::rasch(19.0),
                right: false,
            },
        ];
        assert_eq!(mle(&r), None);
    }

    #[test]
    fn wle_is_finite_at_the_extremes_and_near_the_mle_in_between() {
        let bs = [-2.0, -1.0, 0.0, 1.0, 2.0];
        let (hi, _) = wle(&rasch(&bs, &[1, 1, 1, 1, 1])).expect("wle");
        let (lo, _) = wle(&rasch(&bs, &[0, 0, 0, 0, 0])).expect("wle");
        assert!(hi > 2.0 && hi < 8.0, "{hi}");
        assert!((lo + hi).abs() < 1e-6, "symmetric: {lo} {hi}");
        let mixed = rasch(&bs, &[1, 1, 1, 0, 0]);
        let (w, _) = wle(&mixed).expect("wle");
        let (m, _) = mle(&mixed).expect("mle");
        assert!(
            (w - m).abs() < 0.3 && w < m,
            "WLE shrinks toward the middle: {w} {m}"
        );
    }

    #[test]
    fn wle_of_a_symmetric_pattern_is_zero_with_the_information_there() {
        // Right at b = −1, wrong at b = 1: by symmetry θ = 0, where each item gives P·Q = 0.196612, so
        // I = 0.393224 and SE = 1/√I = 1.594704.
        let (theta, se) = wle(&rasch(&[-1.0, 1.0], &[1, 0])).expect("wle");
        assert!(theta.abs() < 1e-9, "{theta}");
        assert!((se - 1.594704).abs() < 1e-6, "{se}");
    }
}
