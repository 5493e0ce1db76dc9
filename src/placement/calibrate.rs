//! Rasch calibration from collected responses by joint maximum likelihood (JML, as in Winsteps), with the
//! (L−1)/L bias correction and infit/outfit mean squares, so the bank improves as real learners take it.
//! The scale is kept: new difficulties are shifted so their mean equals the mean of the old ones.

use std::collections::BTreeMap;

use serde::Serialize;

use super::irt::logistic;

/// One learner's responses: item index → right or wrong.
pub type Person = BTreeMap<usize, bool>;

/// One learner's responses by item id, as stored or exchanged: (pattern id, [(item id, right)]).
pub type ResponsePattern = (String, Vec<(String, bool)>);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemFit {
    pub b: f64,
    pub se: f64,
    pub responses: usize,
    pub infit: f64,
    pub outfit: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// Per item, in input order; `None` for items with no usable responses (all right or all wrong).
    pub items: Vec<Option<ItemFit>>,
    pub persons_used: usize,
    pub iterations: usize,
}

/// A Rasch response's probability of being right at ability `theta` on an item of difficulty `b`, and its
/// information P·(1 − P): the Newton steps for persons and items and the fit statistics share them.
fn p_and_info(theta: f64, b: f64) -> (f64, f64) {
    let p = logistic(theta - b);
    (p, p * (1.0 - p))
}

/// One Newton–Raphson step on a score equation: observed minus expected score, over the information, at
/// most one logit either way. Persons and items take the same step (an item's difficulty rises when fewer
/// got it right than expected, so its observed and expected are swapped).
fn newton_step(observed: f64, expected: f64, info: f64) -> f64 {
    ((observed - expected) / info.max(1e-9)).clamp(-1.0, 1.0)
}

/// Estimates Rasch difficulties for `n_items` items from `persons`. `anchor` is the mean difficulty the
/// result keeps (the old bank's, so θ and the cut scores keep their meaning).
pub fn calibrate(n_items: usize, persons: &[Person], anchor: f64) -> Calibration {
    // Extreme persons and items carry no information for JML: drop them, repeatedly.
    let mut person_ok: Vec<bool> = vec![true; persons.len()];
    let mut item_ok: Vec<bool> = vec![true; n_items];
    loop {
        let mut changed = false;
        for (p, resp) in persons.iter().enumerate() {
            if !person_ok[p] {
                continue;
            }
            let used: Vec<bool> = resp
                .iter()
                .filter(|(i, _)| item_ok[**i])
                .map(|(_, r)| *r)
                .collect();
            let rights = used.iter().filter(|r| **r).count();
            if used.is_empty() || rights == 0 || rights == used.len() {
                person_ok[p] = false;
                changed = true;
            }
        }
        for (i, ok) in item_ok.iter_mut().enumerate() {
            if !*ok {
                continue;
            }
            let used: Vec<bool> = persons
                .iter()
                .enumerate()
                .filter(|(p, _)| person_ok[*p])
                .filter_map(|(_, r)| r.get(&i).copied())
                .collect();
            let rights = used.iter().filter(|r| **r).count();
            if used.is_empty() || rights == 0 || rights == used.len() {
                *ok = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut b = vec![0.0; n_items];
    let mut theta = vec![0.0; persons.len()];
    let mut iterations = 0;
    for iter in 0..500 {
        iterations = iter + 1;
        let mut max_change: f64 = 0.0;
        // Persons, given items.
        for (p, resp) in persons.iter().enumerate() {
            if !person_ok[p] {
                continue;
            }
            let (mut score, mut expected, mut info) = (0.0, 0.0, 0.0);
            for (&i, &r) in resp.iter().filter(|(i, _)| item_ok[**i]) {
                let (pr, w) = p_and_info(theta[p], b[i]);
                score += f64::from(u8::from(r));
                expected += pr;
                info += w;
            }
            theta[p] += newton_step(score, expected, info);
        }
        // Items, given persons.
        for i in (0..n_items).filter(|i| item_ok[*i]) {
            let (mut score, mut expected, mut info) = (0.0, 0.0, 0.0);
            for (p, resp) in persons.iter().enumerate().filter(|(p, _)| person_ok[*p]) {
                if let Some(&r) = resp.get(&i) {
                    let (pr, w) = p_and_info(theta[p], b[i]);
                    score += f64::from(u8::from(r));
                    expected += pr;
                    info += w;
                }
            }
            let step = newton_step(expected, score, info);
            b[i] += step;
            max_change = max_change.max(step.abs());
        }
        // Centre the items on the anchor each round (the Rasch scale has a free origin). The persons are left
        // where they are: the next round's person steps follow, and the shift is below the tolerance by the end.
        let used: Vec<usize> = (0..n_items).filter(|i| item_ok[*i]).collect();
        let mean = used.iter().map(|i| b[*i]).sum::<f64>() / used.len().max(1) as f64;
        for i in &used {
            b[*i] -= mean;
        }
        // (`<=` here would be the same test: no step is exactly 1e-6. Mutation testing reports it; it is kept.)
        if max_change < 1e-6 {
            break;
        }
    }
    // JML over-spreads difficulties by about L/(L−1) (Wright & Douglas): correct with the mean test length.
    let lengths: Vec<usize> = persons
        .iter()
        .enumerate()
        .filter(|(p, _)| person_ok[*p])
        .map(|(_, r)| r.keys().filter(|i| item_ok[**i]).count())
        .collect();
    // Every learner kept answered at least two kept items (one right, one wrong), so L ≥ 2 whenever an item
    // is estimated; with no learner kept, no item is, and the correction is not used.
    let l = lengths.iter().sum::<usize>() as f64 / lengths.len().max(1) as f64;
    let correction = (l - 1.0) / l;
    let items = (0..n_items)
        .map(|i| {
            if !item_ok[i] {
                return None;
            }
            let (mut info, mut n, mut z2, mut sq_res, mut var) = (0.0, 0usize, 0.0, 0.0, 0.0);
            for (p, resp) in persons.iter().enumerate().filter(|(p, _)| person_ok[*p]) {
                if let Some(&r) = resp.get(&i) {
                    let (pr, w) = p_and_info(theta[p], b[i]);
                    let res = f64::from(u8::from(r)) - pr;
                    info += w;
                    n += 1;
                    z2 += res * res / w.max(1e-12);
                    sq_res += res * res;
                    var += w;
                }
            }
            Some(ItemFit {
                b: b[i] * correction + anchor,
                se: 1.0 / info.max(1e-12).sqrt(),
                responses: n,
                outfit: z2 / n.max(1) as f64,
                infit: sq_res / var.max(1e-12),
            })
        })
        .collect();
    Calibration {
        items,
        persons_used: person_ok.iter().filter(|o| **o).count(),
        iterations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::placement::cat::normal;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn two_items_by_hand() {
        // Six learners right on item 0 and wrong on item 1, two the other way round, and two extreme learners
        // (both right, both wrong) who carry no information. JML with two items converges to θ = 0 for
        // everyone and b = ∓ln 3 (so P = 3/4 on item 0, 1/4 on item 1, matching the 6:2 split), twice the
        // conditional estimate ln 3 of the difference: the (L − 1)/L = 1/2 correction brings it back, so the
        // reported b are anchor ∓ ln 3 / 2. Fit at convergence: residuals ±1/4 (six) and ∓3/4 (two), weight
        // P·Q = 3/16 each, so Σres² = 6/16 + 2·9/16 = 1.5 = Σw: infit 1; outfit Σ(res²/w)/n = 8/8 = 1;
        // SE 1/√1.5.
        let pattern = |a: bool, b: bool| Person::from([(0, a), (1, b)]);
        let mut persons = vec![pattern(true, false); 6];
        persons.extend([pattern(false, true), pattern(false, true)]);
        persons.extend([pattern(true, true), pattern(false, false)]);
        let cal = calibrate(2, &persons, 0.5);
        assert_eq!(cal.persons_used, 8);
        let half_ln3 = 3f64.ln() / 2.0;
        for (i, want) in [(0, 0.5 - half_ln3), (1, 0.5 + half_ln3)] {
            let fit = cal.items[i].as_ref().expect("estimated");
            assert!((fit.b - want).abs() < 1e-6, "item {i}: {fit:?}");
            assert_eq!(fit.responses, 8);
            assert!((fit.infit - 1.0).abs() < 1e-6, "{fit:?}");
            assert!((fit.outfit - 1.0).abs() < 1e-6, "{fit:?}");
            assert!((fit.se - 1.0 / 1.5f64.sqrt()).abs() < 1e-6, "{fit:?}");
        }
    }

    #[test]
    fn recovers_known_difficulties_from_simulated_responses() {
        let truth: Vec<f64> = (0..30).map(|i| -2.0 + 4.0 * f64::from(i) / 29.0).collect();
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let persons: Vec<Person> = (0..1500)
            .map(|_| {
                let theta = normal(&mut rng) * 1.2;
                truth
                    .iter()
                    .enumerate()
                    .map(|(i, b)| {
                        (
                            i,
                            crate::placement::cat::chance(&mut rng, logistic(theta - b)),
                        )
                    })
                    .collect()
            })
            .collect();
        let anchor = truth.iter().sum::<f64>() / truth.len() as f64;
        let cal = calibrate(truth.len(), &persons, anchor);
        let rmse = (truth
            .iter()
            .zip(&cal.items)
            .map(|(t, e)| (t - e.as_ref().expect("estimated").b).powi(2))
            .sum::<f64>()
            / truth.len() as f64)
            .sqrt();
        assert!(rmse < 0.1, "RMSE of recovered difficulties {rmse}");
        for fit in cal.items.iter().flatten() {
            assert!(fit.infit > 0.8 && fit.infit < 1.2, "{fit:?}");
            assert!(fit.outfit > 0.7 && fit.outfit < 1.3, "{fit:?}");
        }
    }

    #[test]
    fn flags_an_item_that_does_not_fit() {
        // Item 0 is answered at random, whatever the ability: its outfit and infit rise above 1.
        let truth: Vec<f64> = (0..20).map(|i| -1.5 + 3.0 * f64::from(i) / 19.0).collect();
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let persons: Vec<Person> = (0..1000)
            .map(|_| {
                let theta = normal(&mut rng);
                truth
                    .iter()
                    .enumerate()
                    .map(|(i, b)| {
                        let p = if i == 0 { 0.5 } else { logistic(theta - b) };
                        (i, crate::placement::cat::chance(&mut rng, p))
                    })
                    .collect()
            })
            .collect();
        let cal = calibrate(truth.len(), &persons, 0.0);
        let noisy = cal.items[0].as_ref().expect("fit");
        assert!(noisy.infit > 1.2 && noisy.outfit > 1.2, "{noisy:?}");
    }

    #[test]
    fn extreme_items_and_persons_are_left_out() {
        let persons: Vec<Person> = vec![
            [(0, true), (1, true), (2, false)].into(),
            [(0, true), (1, false), (2, false)].into(),
            [(0, true), (1, true), (2, true)].into(),
        ];
        let cal = calibrate(3, &persons, 0.0);
        assert!(cal.items[0].is_none(), "everyone got item 0 right");
        assert_eq!(
            cal.persons_used, 0,
            "removing extremes cascades until nothing informative is left"
        );
        assert!(cal.items.iter().all(Option::is_none), "{cal:?}");
        // Nothing to estimate: the first round moves nothing, and that is the end.
        assert_eq!(cal.iterations, 1);
    }

    #[test]
    fn an_item_everyone_got_wrong_is_left_out_and_the_rest_is_as_without_it() {
        // The two items by hand, and a third that all ten learners got wrong. Dropping it makes the
        // (right, right, wrong) learners extreme on what is left, so the same eight learners remain and the
        // first two items get the same difficulties as without it: 0.5 ∓ ln 3 / 2.
        let pattern = |a: bool, b: bool| Person::from([(0, a), (1, b), (2, false)]);
        let mut persons = vec![pattern(true, false); 6];
        persons.extend([pattern(false, true), pattern(false, true)]);
        persons.extend([pattern(true, true), pattern(false, false)]);
        let cal = calibrate(3, &persons, 0.5);
        assert!(cal.items[2].is_none(), "{cal:?}");
        assert_eq!(cal.persons_used, 8);
        let half_ln3 = 3f64.ln() / 2.0;
        for (i, want) in [(0, 0.5 - half_ln3), (1, 0.5 + half_ln3)] {
            let fit = cal.items[i].as_ref().expect("estimated");
            assert!((fit.b - want).abs() < 1e-6, "item {i}: {fit:?}");
        }
    }

    /// Three items of unequal difficulty, one learner who skipped item 1, and two extreme learners. The
    /// expected figures come from a separate computation in Python 3 (numpy 2.4.6, scipy 1.17.1): the joint
    /// log-likelihood Σ r·z − log(1 + eᶻ), z = θₚ − bᵢ, with Σb = 0, its score equations solved by
    /// `scipy.optimize.root` (hybr, largest residual 2e-16; BFGS on the likelihood agrees to 4e-8); then
    /// b·(L − 1)/L + 0.25 with L = 38/13 responses per learner, SE = 1/√ΣPQ, infit = Σres²/ΣPQ and
    /// outfit = Σ(res²/PQ)/n at the uncorrected estimates.
    #[test]
    fn uneven_items_match_a_direct_maximisation_of_the_likelihood() {
        let patterns: [(&[(usize, bool)], usize); 9] = [
            (&[(0, true), (1, false), (2, false)], 3),
            (&[(0, true), (1, true), (2, false)], 4),
            (&[(0, false), (1, true), (2, false)], 1),
            (&[(0, true), (1, false), (2, true)], 2),
            (&[(0, false), (1, false), (2, true)], 1),
            (&[(0, false), (1, true), (2, true)], 1),
            (&[(0, true), (2, false)], 1),
            (&[(0, true), (1, true), (2, true)], 1),
            (&[(0, false), (1, false), (2, false)], 1),
        ];
        let persons: Vec<Person> = patterns
            .iter()
            .flat_map(|(pattern, count)| vec![pattern.iter().copied().collect(); *count])
            .collect();
        let cal = calibrate(3, &persons, 0.25);
        assert_eq!(cal.persons_used, 13);
        assert!(cal.iterations < 500, "converged: {cal:?}");
        // (b, SE, responses, infit, outfit)
        let want = [
            (-0.567044870, 0.696075805, 13, 1.028155876, 1.090730582),
            (0.360248868, 0.627030358, 12, 0.892342917, 0.889673367),
            (0.956796002, 0.635745759, 13, 1.050082112, 1.121570263),
        ];
        for (i, (b, se, responses, infit, outfit)) in want.into_iter().enumerate() {
            let fit = cal.items[i].as_ref().expect("estimated");
            assert_eq!(fit.responses, responses, "item {i}");
            for (got, want) in [
                (fit.b, b),
                (fit.se, se),
                (fit.infit, infit),
                (fit.outfit, outfit),
            ] {
                assert!((got - want).abs() < 1e-5, "item {i}: {fit:?}");
            }
        }
    }
}
