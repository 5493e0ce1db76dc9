//! When a failed email is tried again: exponential backoff with "equal jitter" (half the delay fixed, half
//! random), so a whole cohort's emails that failed together while the SMTP server was down do not all come
//! back in the same second, and no retry comes sooner than half its nominal delay.

use rand::Rng;

/// Retry policy of the outbox worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// Delay after the first failed try, in seconds.
    pub base_seconds: i64,
    /// No delay grows beyond this.
    pub max_seconds: i64,
    /// After this many tries the email is marked failed (an administrator may re-send it).
    pub max_tries: u32,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            base_seconds: 30,
            max_seconds: 3600,
            max_tries: 8,
        }
    }
}

impl Backoff {
    /// The nominal delay after `tries` failed tries (1 = the first): base · 2^(tries-1), capped.
    pub fn nominal(&self, tries: u32) -> i64 {
        let doublings = tries.saturating_sub(1).min(30);
        self.base_seconds
            .max(1)
            .saturating_mul(1_i64 << doublings)
            .min(self.max_seconds.max(1))
    }

    /// The delay actually waited: between half the nominal delay and all of it.
    pub fn delay(&self, tries: u32, rng: &mut impl Rng) -> i64 {
        let nominal = self.nominal(tries);
        let half = nominal / 2;
        half + rng.gen_range(0..=nominal - half)
    }

    /// Whether an email that has been tried `tries` times gets another try.
    pub fn gives_up_after(&self, tries: u32) -> bool {
        tries >= self.max_tries.max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn delays_double_from_the_base_up_to_the_cap() {
        let b = Backoff {
            base_seconds: 30,
            max_seconds: 3600,
            max_tries: 8,
        };
        let nominal: Vec<i64> = (1..=9).map(|t| b.nominal(t)).collect();
        assert_eq!(nominal, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(b.nominal(0), 30, "no try yet counts as the first");
        assert_eq!(b.nominal(u32::MAX), 3600, "no overflow on absurd counts");
    }

    #[test]
    fn jitter_stays_between_half_and_all_of_the_delay_and_spreads() {
        let b = Backoff::default();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        let delays: Vec<i64> = (0..500).map(|_| b.delay(3, &mut rng)).collect();
        assert!(delays.iter().all(|d| (60..=120).contains(d)), "{delays:?}");
        let distinct: std::collections::BTreeSet<_> = delays.iter().collect();
        assert!(
            distinct.len() > 40,
            "jitter spreads retries: {}",
            distinct.len()
        );
        assert!(delays.contains(&60) || delays.iter().any(|d| *d < 65));
        assert!(delays.iter().any(|d| *d > 115));
    }

    #[test]
    fn gives_up_exactly_at_the_configured_number_of_tries() {
        let b = Backoff {
            max_tries: 3,
            ..Backoff::default()
        };
        assert!(!b.gives_up_after(1));
        assert!(!b.gives_up_after(2));
        assert!(b.gives_up_after(3));
        assert!(b.gives_up_after(4));
        let never_zero = Backoff {
            max_tries: 0,
            ..Backoff::default()
        };
        assert!(
            never_zero.gives_up_after(1),
            "0 tries means one try, not endless ones"
        );
    }
}
