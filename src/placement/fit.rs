//! How well each placement item's stored responses agree with its bank parameters: the observed
//! proportion right against the model's expectation, and the infit and outfit mean squares (Wright &
//! Masters 1982, *Rating Scale Analysis*, ch. 5; Linacre's Winsteps manual, "Misfit diagnosis").
//!
//! Unlike `calibrate`, which re-estimates difficulties and fits the items to them, this judges the items
//! *as the bank has them*, at the ability the test gave each learner — what the adaptive test actually
//! relied on. Pure: item parameters and (θ, right) pairs in, figures out.
//!
//! Which θ: the caller passes each test's final estimate (the attempt's θ), not the running estimate
//! stored with each step. The step's θ is the estimate *after* that response, and for the first items of
//! a test it is little more than the prior: every test starts on the same few middle items, whose
//! residuals would then measure the estimator's early noise rather than the item. The final θ uses every
//! response of the test. Its known costs: it includes the item's own response (mean squares come out a
//! little below 1 on short tests, as with joint estimation), and it is an EAP estimate, shrunk towards the
//! prior mean for learners far from it.

use serde::Serialize;

use super::irt::ItemParams;

/// Mean squares outside this band are flagged: Wright & Linacre (1994), "Reasonable mean-square fit
/// values", Rasch Measurement Transactions 8:3, p. 370, give 0.7–1.3 for multiple-choice tests of the
/// "run of the mill" kind (0.8–1.2 for high-stakes ones). `ispit placement calibrate` uses the same band.
pub const FIT_LOW: f64 = 0.7;
pub const FIT_HIGH: f64 = 1.3;

/// Below this many responses an item is flagged [`FitFlag::TooFewResponses`] and its mean squares are
/// not judged. Thirty is Linacre's (1994, "Sample size and item calibration stability", RMT 7:4, p. 328)
/// smallest sample for a difficulty stable within ±1 logit; the outfit mean square's own sampling SD is
/// about √(2/n), 0.26 at n = 30, so even there a value just outside the band is weak evidence.
pub const MIN_FIT_RESPONSES: usize = 30;

/// Something to look at in an item. Serialised kebab-case for pages and CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FitFlag {
    /// Fewer than [`MIN_FIT_RESPONSES`] responses: no other flag is raised.
    TooFewResponses,
    /// Infit or outfit above [`FIT_HIGH`]: more surprising answers than the model expects (a guessable
    /// or ambiguous item, a wrong key, or — outfit only — lucky guesses and careless slips far from b).
    Underfit,
    /// Infit or outfit below [`FIT_LOW`]: answers more predictable than the model expects (often an item
    /// that discriminates more than its a says, or one that depends on another).
    Overfit,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemFit {
    pub responses: usize,
    /// Share answered right; `None` without responses.
    pub observed: Option<f64>,
    /// Mean model probability of a right answer at the θ of each response; `None` without responses.
    pub expected: Option<f64>,
    /// Information-weighted mean square Σ(x − P)² / Σ P(1 − P); `None` without responses.
    pub infit: Option<f64>,
    /// Unweighted mean square: the mean of the squared standardised residuals (x − P)² / (P(1 − P)).
    pub outfit: Option<f64>,
    pub flags: Vec<FitFlag>,
}

/// The fit of one item with parameters `item` to its responses, each a (θ, right) pair.
pub fn item_fit(item: ItemParams, responses: &[(f64, bool)]) -> ItemFit {
    let n = responses.len();
    let (mut rights, mut expected, mut squares, mut variance, mut z2) =
        (0usize, 0.0, 0.0, 0.0, 0.0);
    for &(theta, right) in responses {
        let p = item.p(theta);
        let w = p * (1.0 - p);
        let residual = f64::from(u8::from(right)) - p;
        rights += usize::from(right);
        expected += p;
        squares += residual * residual;
        variance += w;
        // P is never exactly 0 or 1 at finite θ in exact arithmetic; in f64 it is beyond |z| ≈ 37, where a
        // response against the model would weigh without bound: floor the variance as calibrate does.
        z2 += residual * residual / w.max(1e-12);
    }
    let (infit, outfit) = if n == 0 {
        (None, None)
    } else {
        (Some(squares / variance.max(1e-12)), Some(z2 / n as f64))
    };
    let flags = if n < MIN_FIT_RESPONSES {
        vec![FitFlag::TooFewResponses]
    } else {
        let values = [infit, outfit];
        let mut f = Vec::new();
        if values.iter().flatten().any(|v| *v > FIT_HIGH) {
            f.push(FitFlag::Underfit);
        }
        if values.iter().flatten().any(|v| *v < FIT_LOW) {
            f.push(FitFlag::Overfit);
        }
        f
    };
    let share = |x: f64| (n > 0).then(|| x / n as f64);
    ItemFit {
        responses: n,
        observed: share(rights as f64),
        expected: share(expected),
        infit,
        outfit,
        flags,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-12;

    fn close(got: Option<f64>, want: f64) {
        let got = got.expect("defined");
        assert!((got - want).abs() < EPS, "{got} ≠ {want}");
    }

    #[test]
    fn a_rasch_item_by_hand() {
        // b = 0. At θ = ln 3, P = 3/4 (right); at θ = −ln 3, P = 1/4 (right); at θ = 0, P = 1/2 (wrong).
        // Residuals 1/4, 3/4, −1/2; squared 1/16, 9/16, 4/16: Σ = 14/16 = 7/8.
        // Variances P(1 − P) = 3/16, 3/16, 4/16: Σ = 10/16 = 5/8. Infit = (7/8)/(5/8) = 7/5.
        // Standardised squares (1/16)/(3/16) = 1/3, (9/16)/(3/16) = 3, (4/16)/(4/16) = 1: outfit = (13/3)/3
        // = 13/9. Observed 2/3; expected (3/4 + 1/4 + 1/2)/3 = 1/2.
        let ln3 = 3f64.ln();
        let fit = item_fit(
            ItemParams::rasch(0.0),
            &[(ln3, true), (-ln3, true), (0.0, false)],
        );
        assert_eq!(fit.responses, 3);
        close(fit.observed, 2.0 / 3.0);
        close(fit.expected, 0.5);
        close(fit.infit, 7.0 / 5.0);
        close(fit.outfit, 13.0 / 9.0);
        assert_eq!(fit.flags, [FitFlag::TooFewResponses]);
    }

    #[test]
    fn a_two_parameter_item_by_hand() {
        // a = 2, b = 0.5. At θ = 0.5 + ln 3 / 2, z = 2 · ln 3 / 2 = ln 3, P = 3/4 (right); at θ = 0.5,
        // P = 1/2 (wrong). Residuals 1/4, −1/2: squares 1/16 + 4/16 = 5/16; variances 3/16 + 4/16 = 7/16;
        // infit 5/7. Outfit (1/3 + 1)/2 = 2/3. Expected (3/4 + 1/2)/2 = 5/8; observed 1/2.
        let item = ItemParams { a: 2.0, b: 0.5 };
        let fit = item_fit(item, &[(0.5 + 3f64.ln() / 2.0, true), (0.5, false)]);
        close(fit.infit, 5.0 / 7.0);
        close(fit.outfit, 2.0 / 3.0);
        close(fit.expected, 5.0 / 8.0);
        close(fit.observed, 0.5);
    }

    #[test]
    fn no_responses_no_figures() {
        let fit = item_fit(ItemParams::rasch(1.0), &[]);
        assert_eq!(
            (fit.observed, fit.expected, fit.infit, fit.outfit),
            (None, None, None, None)
        );
        assert_eq!(fit.flags, [FitFlag::TooFewResponses]);
    }

    #[test]
    fn flags_from_thirty_responses() {
        // Thirty learners at θ = b, P = 1/2, W = 1/4, residual ±1/2 whatever they answer: every squared
        // residual is 1/4, so infit = outfit = 1 exactly: no flag.
        let even: Vec<(f64, bool)> = (0..30).map(|i| (0.0, i % 2 == 0)).collect();
        assert!(item_fit(ItemParams::rasch(0.0), &even).flags.is_empty());
        // Twenty-nine of them: too few to judge.
        assert_eq!(
            item_fit(ItemParams::rasch(0.0), &even[..29]).flags,
            [FitFlag::TooFewResponses]
        );
        // Thirty learners at θ = ln 3 (P = 3/4) who all answer wrong: residual −3/4, square 9/16, W 3/16:
        // infit = outfit = 3 > 1.3, underfit.
        let wrong: Vec<(f64, bool)> = vec![(3f64.ln(), false); 30];
        let fit = item_fit(ItemParams::rasch(0.0), &wrong);
        close(fit.infit, 3.0);
        close(fit.outfit, 3.0);
        assert_eq!(fit.flags, [FitFlag::Underfit]);
        // All thirty answer right: residual 1/4, square 1/16, W 3/16: 1/3 < 0.7, overfit.
        let right: Vec<(f64, bool)> = vec![(3f64.ln(), true); 30];
        let fit = item_fit(ItemParams::rasch(0.0), &right);
        close(fit.infit, 1.0 / 3.0);
        assert_eq!(fit.flags, [FitFlag::Overfit]);
    }
}
