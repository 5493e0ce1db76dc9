//! CEFR levels and the cut scores that map θ to them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    #[serde(rename = "below-A1")]
    BelowA1,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Level {
    pub const ALL: [Level; 7] = [
        Level::BelowA1,
        Level::A1,
        Level::A2,
        Level::B1,
        Level::B2,
        Level::C1,
        Level::C2,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::BelowA1 => "below-A1",
            Level::A1 => "A1",
            Level::A2 => "A2",
            Level::B1 => "B1",
            Level::B2 => "B2",
            Level::C1 => "C1",
            Level::C2 => "C2",
        }
    }

    /// How the level is shown, the same in every language: CEFR codes, and below A1 the CEFR's "Pre-A1".
    pub fn label(self) -> &'static str {
        match self {
            Level::BelowA1 => "Pre-A1",
            other => other.as_str(),
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
    }
}

/// Cut scores on the θ scale, ascending: optionally below-A1|A1, then A1|A2, A2|B1, B1|B2, B2|C1, C1|C2.
/// A θ exactly on a cut belongs to the level above it (a learner at the standard has reached it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cuts {
    /// Between below-A1 and A1; without it nobody is placed below A1.
    #[serde(default)]
    pub below_a1: Option<f64>,
    /// A1|A2, A2|B1, B1|B2, B2|C1, C1|C2.
    pub cuts: [f64; 5],
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("cut scores must be finite and strictly ascending")]
pub struct BadCuts;

impl Cuts {
    pub fn new(below_a1: Option<f64>, cuts: [f64; 5]) -> Result<Cuts, BadCuts> {
        let all: Vec<f64> = below_a1.into_iter().chain(cuts).collect();
        if all.iter().all(|c| c.is_finite()) && all.windows(2).all(|w| w[0] < w[1]) {
            Ok(Cuts { below_a1, cuts })
        } else {
            Err(BadCuts)
        }
    }

    /// Every cut with the level that starts at it.
    pub fn boundaries(&self) -> Vec<(f64, Level)> {
        let upper = [Level::A2, Level::B1, Level::B2, Level::C1, Level::C2];
        self.below_a1
            .map(|c| (c, Level::A1))
            .into_iter()
            .chain(self.cuts.iter().copied().zip(upper))
            .collect()
    }

    /// The lowest level this scale can report.
    pub fn floor(&self) -> Level {
        if self.below_a1.is_some() {
            Level::BelowA1
        } else {
            Level::A1
        }
    }

    pub fn level(&self, theta: f64) -> Level {
        self.boundaries()
            .into_iter()
            .rev()
            .find(|(c, _)| theta >= *c)
            .map_or(self.floor(), |(_, l)| l)
    }

    /// Probability of each level under a posterior over a grid: its mass between two cuts.
    pub fn level_probabilities(&self, posterior: &[(f64, f64)]) -> Vec<(Level, f64)> {
        let mut out: Vec<(Level, f64)> = Level::ALL
            .into_iter()
            .filter(|l| *l >= self.floor())
            .map(|l| (l, 0.0))
            .collect();
        for (theta, w) in posterior {
            let level = self.level(*theta);
            if let Some(entry) = out.iter_mut().find(|(l, _)| *l == level) {
                entry.1 += w;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts() -> Cuts {
        Cuts::new(Some(-3.0), [-2.0, -0.8, 0.4, 1.6, 2.8]).expect("valid")
    }

    #[test]
    fn below_a1_is_shown_as_pre_a1_and_the_rest_by_their_code() {
        assert_eq!(Level::BelowA1.label(), "Pre-A1");
        assert_eq!(Level::B2.label(), "B2");
        assert_eq!(Level::parse("below-A1"), Some(Level::BelowA1));
    }

    #[test]
    fn levels_exactly_at_the_cuts_belong_above() {
        let c = cuts();
        assert_eq!(c.level(-3.01), Level::BelowA1);
        assert_eq!(c.level(-3.0), Level::A1);
        assert_eq!(c.level(-2.0), Level::A2);
        assert_eq!(c.level(-2.0 - 1e-9), Level::A1);
        assert_eq!(c.level(-0.8), Level::B1);
        assert_eq!(c.level(0.4), Level::B2);
        assert_eq!(c.level(1.6), Level::C1);
        assert_eq!(c.level(2.8), Level::C2);
        assert_eq!(c.level(9.0), Level::C2);
        let five = Cuts::new(None, [-2.0, -0.8, 0.4, 1.6, 2.8]).expect("valid");
        assert_eq!(five.level(-9.0), Level::A1);
    }

    #[test]
    fn cuts_must_ascend() {
        assert!(Cuts::new(None, [0.0, -1.0, 1.0, 2.0, 3.0]).is_err());
        assert!(Cuts::new(Some(-1.0), [-1.0, 0.0, 1.0, 2.0, 3.0]).is_err());
        assert!(Cuts::new(None, [f64::NAN, 0.0, 1.0, 2.0, 3.0]).is_err());
    }

    #[test]
    fn level_probabilities_sum_to_one() {
        let post = crate::placement::estimate::posterior(&[], Default::default());
        let probs = cuts().level_probabilities(&post);
        let total: f64 = probs.iter().map(|(_, p)| p).sum();
        assert!((total - 1.0).abs() < 1e-9);
        let b1 = probs.iter().find(|(l, _)| *l == Level::B1).expect("B1").1;
        assert!(b1 > 0.3, "most mass near 0 is B1: {b1}");
    }

    #[test]
    fn level_codes_round_trip_in_order() {
        let codes: Vec<&str> = Level::ALL.iter().map(|l| l.as_str()).collect();
        assert_eq!(codes, ["below-A1", "A1", "A2", "B1", "B2", "C1", "C2"]);
        for (i, l) in Level::ALL.into_iter().enumerate() {
            assert_eq!(l.index(), i);
            assert_eq!(Level::parse(l.as_str()), Some(l));
        }
        assert_eq!(Level::parse("b2"), Some(Level::B2));
        assert_eq!(Level::parse("D1"), None);
        assert_eq!(Level::C1.label(), "C1");
    }

    #[test]
    fn boundaries_and_floor_follow_the_optional_below_a1_cut() {
        let c = cuts();
        assert_eq!(
            c.boundaries(),
            [
                (-3.0, Level::A1),
                (-2.0, Level::A2),
                (-0.8, Level::B1),
                (0.4, Level::B2),
                (1.6, Level::C1),
                (2.8, Level::C2)
            ]
        );
        assert_eq!(c.floor(), Level::BelowA1);
        let five = Cuts::new(None, [-2.0, -0.8, 0.4, 1.6, 2.8]).expect("valid");
        assert_eq!(five.boundaries().len(), 5);
        assert_eq!(five.boundaries()[0], (-2.0, Level::A2));
        assert_eq!(five.floor(), Level::A1);
        assert!(Cuts::new(None, [0.0, 1.0, 2.0, 3.0, f64::INFINITY]).is_err());
    }

    #[test]
    fn level_probabilities_add_the_mass_between_cuts() {
        // Grid points -3.5 (below A1), -1.0 (A2), 0.0 (B1), 0.5 (B2) with weights 0.1, 0.2, 0.3, 0.4.
        let post = [(-3.5, 0.1), (-1.0, 0.2), (0.0, 0.3), (0.5, 0.4)];
        let probs = cuts().level_probabilities(&post);
        assert_eq!(
            probs,
            [
                (Level::BelowA1, 0.1),
                (Level::A1, 0.0),
                (Level::A2, 0.2),
                (Level::B1, 0.3),
                (Level::B2, 0.4),
                (Level::C1, 0.0),
                (Level::C2, 0.0)
            ]
        );
        // Without a below-A1 cut, the lowest point counts as A1 and below A1 is not listed.
        let five = Cuts::new(None, [-2.0, -0.8, 0.4, 1.6, 2.8]).expect("valid");
        let probs = five.level_probabilities(&post);
        assert_eq!(probs.len(), 6);
        assert_eq!(probs[0], (Level::A1, 0.1));
    }
}
