//! The life of a placement test: open, then finished by the stopping rules or expired by its time limit.
//! Time is passed in (seconds), never read from a clock. Also what a page shows of an item for one
//! attempt: its options in a per-attempt order and an opaque name instead of the bank's item id.

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use sha2::{Digest, Sha256};

/// Stored as `in-progress`, `finished` or `expired`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlacementState {
    InProgress,
    /// Ended by the stopping rules.
    Finished,
    /// Ended by the time limit.
    Expired,
}

impl PlacementState {
    pub fn as_str(self) -> &'static str {
        match self {
            PlacementState::InProgress => "in-progress",
            PlacementState::Finished => "finished",
            PlacementState::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<PlacementState> {
        match s {
            "in-progress" => Some(PlacementState::InProgress),
            "finished" => Some(PlacementState::Finished),
            "expired" => Some(PlacementState::Expired),
            _ => None,
        }
    }

    pub fn is_open(self) -> bool {
        self == PlacementState::InProgress
    }
}

/// Whether an open test's time is up at `now` (it is then closed as expired before anything else).
pub fn overdue(state: PlacementState, deadline: Option<i64>, now: jiff::Timestamp) -> bool {
    state.is_open() && deadline.is_some_and(|d| crate::assessment::attempt::is_past(d, now))
}

/// A digest of the attempt's seed and an item id, for one purpose (`domain`): stable across builds and
/// platforms, and unguessable without the seed, which never leaves the server.
fn digest(domain: &str, seed: u64, item_id: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(domain.as_bytes());
    h.update(seed.to_le_bytes());
    h.update(item_id.as_bytes());
    h.finalize().into()
}

/// The order in which one attempt is shown an item's `n` options (indices into the stored options).
/// Shuffled per attempt and item, so the stored key position tells nothing, and derived from the
/// attempt's seed, so a reload shows the same order.
pub fn option_order(seed: u64, item_id: &str, n: usize) -> Vec<usize> {
    let mut rng = ChaCha8Rng::from_seed(digest("ispit-placement-options", seed, item_id));
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(&mut rng);
    order
}

/// The name a page gives the item it shows: opaque per attempt, so a stale page can be recognised
/// without the page naming a bank id.
pub fn item_token(seed: u64, item_id: &str) -> String {
    hex::encode(&digest("ispit-placement-item", seed, item_id)[..8])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_order_is_a_stable_permutation_that_varies_by_attempt_and_item() {
        let order = option_order(7, "b1-grammar-01", 4);
        assert_eq!(
            order,
            option_order(7, "b1-grammar-01", 4),
            "stable on reload"
        );
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 1, 2, 3]);
        let firsts: std::collections::BTreeSet<usize> = (0..40)
            .map(|seed| option_order(seed, "b1-grammar-01", 4)[0])
            .collect();
        assert_eq!(firsts.len(), 4, "every option comes first for some attempt");
        assert!((0..40).any(|seed| option_order(seed, "a", 4) != option_order(seed, "b", 4)));
    }

    #[test]
    fn item_tokens_name_no_item() {
        let t = item_token(7, "b1-grammar-01");
        assert_eq!(t.len(), 16);
        assert!(!t.contains("grammar"));
        assert_ne!(t, item_token(8, "b1-grammar-01"));
        assert_ne!(t, item_token(7, "b1-grammar-02"));
    }

    #[test]
    fn states_round_trip_and_only_an_open_test_can_be_overdue() {
        for s in [
            PlacementState::InProgress,
            PlacementState::Finished,
            PlacementState::Expired,
        ] {
            assert_eq!(PlacementState::parse(s.as_str()), Some(s));
        }
        assert_eq!(PlacementState::parse("submitted"), None);
        let at = |ms: i64| jiff::Timestamp::from_millisecond(ms).expect("time");
        assert!(overdue(PlacementState::InProgress, Some(100), at(101_000)));
        assert!(
            !overdue(PlacementState::InProgress, Some(100), at(100_999)),
            "the deadline second still counts, to its end"
        );
        assert!(!overdue(PlacementState::InProgress, Some(100), at(99_000)));
        assert!(!overdue(
            PlacementState::InProgress,
            None,
            jiff::Timestamp::MAX
        ));
        assert!(!overdue(PlacementState::Finished, Some(100), at(101_000)));
        assert!(!overdue(PlacementState::Expired, Some(100), at(101_000)));
    }
}
