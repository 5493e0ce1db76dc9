//! Item response models: the two-parameter logistic (2PL) and its special case, the Rasch model (a = 1).
//! Logistic with no 1.7 scaling constant, as the item parameters in our banks are on that metric.

use serde::{Deserialize, Serialize};

/// An item's parameters: discrimination `a` and difficulty `b`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ItemParams {
    #[serde(default = "one")]
    pub a: f64,
    pub b: f64,
}

fn one() -> f64 {
    1.0
}

impl ItemParams {
    pub fn rasch(b: f64) -> ItemParams {
        ItemParams { a: 1.0, b }
    }

    /// Probability of a right answer at ability `theta`.
    pub fn p(&self, theta: f64) -> f64 {
        logistic(self.a * (theta - self.b))
    }

    /// Fisher information at `theta`: a² P (1 − P). At most a²/4, reached at θ = b.
    pub fn information(&self, theta: f64) -> f64 {
        let p = self.p(theta);
        self.a * self.a * p * (1.0 - p)
    }

    /// Log-likelihood of one response at `theta`.
    pub fn log_likelihood(&self, theta: f64, right: bool) -> f64 {
        let z = self.a * (theta - self.b);
        // log P = -log(1 + e^-z), log Q = -log(1 + e^z), computed without overflow.
        if right {
            -softplus(-z)
        } else {
            -softplus(z)
        }
    }
}

pub fn logistic(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// log(1 + e^x), stable for every x: max(x, 0) + log(1 + e^−|x|) (exact, and e^−|x| never overflows).
fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn softplus_is_log_one_plus_exp_everywhere() {
        // ln(1 + e²) = ln 8.3890561 = 2.1269280; ln(1 + e^−2) = 0.1269280; ln 2 at 0; far out, x and 0.
        assert!((softplus(2.0) - 2.1269280).abs() < 1e-7);
        assert!((softplus(-2.0) - 0.1269280).abs() < 1e-7);
        assert!((softplus(0.0) - std::f64::consts::LN_2).abs() < 1e-15);
        assert_eq!(softplus(800.0), 800.0);
        assert_eq!(softplus(-800.0), 0.0);
    }

    #[test]
    fn probability_and_information() {
        let item = ItemParams { a: 1.5, b: 0.5 };
        assert!((item.p(0.5) - 0.5).abs() < 1e-12);
        assert!((item.information(0.5) - 1.5 * 1.5 / 4.0).abs() < 1e-12);
        // Information is largest at b.
        assert!(item.information(0.5) > item.information(0.0));
        assert!(item.information(0.5) > item.information(1.0));
        let rasch = ItemParams::rasch(-1.0);
        assert!((rasch.p(0.0) - 1.0 / (1.0 + (-1.0f64).exp())).abs() < 1e-12);
        assert!(rasch.information(-1.0) <= 0.25 + 1e-12);
    }

    #[test]
    fn log_likelihood_matches_probabilities_and_never_overflows() {
        let item = ItemParams { a: 1.2, b: 0.3 };
        for theta in [-3.0, 0.0, 2.5] {
            assert!((item.log_likelihood(theta, true) - item.p(theta).ln()).abs() < 1e-12);
            assert!((item.log_likelihood(theta, false) - (1.0 - item.p(theta)).ln()).abs() < 1e-12);
        }
        assert!(item.log_likelihood(1000.0, false).is_finite());
        assert!(item.log_likelihood(-1000.0, true).is_finite());
    }

    #[test]
    fn logistic_values_and_extremes() {
        // 1 / (1 + e^-2) and e^-2 / (1 + e^-2), by hand (and Python's math.exp).
        assert!((logistic(2.0) - 0.880_797_077_977_882_3).abs() < 1e-15);
        assert!((logistic(-2.0) - 0.119_202_922_022_117_55).abs() < 1e-15);
        assert_eq!(logistic(0.0), 0.5);
        assert_eq!(logistic(800.0), 1.0);
        assert_eq!(logistic(-800.0), 0.0);
    }

    #[test]
    fn far_from_the_item_the_log_likelihood_takes_its_limits() {
        // a = 1, b = 0, z = θ: log Q(40) = -40 (to f64 precision), log P(40) = -e^-40.
        let item = ItemParams::rasch(0.0);
        assert_eq!(item.log_likelihood(40.0, false), -40.0);
        assert_eq!(item.log_likelihood(-40.0, true), -40.0);
        let tiny = item.log_likelihood(40.0, true);
        assert!((tiny + 4.248_354_255_291_589e-18).abs() < 1e-30, "{tiny}");
        let tiny = item.log_likelihood(-40.0, false);
        assert!((tiny + 4.248_354_255_291_589e-18).abs() < 1e-30, "{tiny}");
        // A discrimination of 2 doubles z: log Q at θ = 20 is -40.
        assert_eq!(
            ItemParams { a: 2.0, b: 0.0 }.log_likelihood(20.0, false),
            -40.0
        );
    }

    #[test]
    fn discrimination_defaults_to_one() {
        let item: ItemParams = serde_json::from_str(r#"{"b": 0.5}"#).expect("json");
        assert_eq!(item, ItemParams { a: 1.0, b: 0.5 });
        // Information a² P (1 − P) at θ = b + 1 for a = 2: P = 1 / (1 + e^-2).
        let p = 0.880_797_077_977_882_3;
        let info = ItemParams { a: 2.0, b: 0.0 }.information(1.0);
        assert!((info - 4.0 * p * (1.0 - p)).abs() < 1e-12, "{info}");
    }
}
