//! Slowing down password guessing: failed sign-ins are counted per e-mail address, and after a few free
//! ones every further attempt must wait, twice as long each time, up to a ceiling (OWASP's advice: slow an
//! attacker down without locking the owner out for long). Pure: the caller passes the time in.
//!
//! Counts live in the memory of one server process; behind several instances an attacker gets each
//! instance's budget, which Argon2's cost per guess still keeps small.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures allowed before any wait.
    pub free: u32,
    /// The first wait, in seconds; it doubles with each further failure.
    pub first_wait: i64,
    /// The longest wait, in seconds.
    pub max_wait: i64,
    /// A failure older than this (seconds since the last one) is forgotten with its count.
    pub forget_after: i64,
}

impl Default for Policy {
    /// Five free tries, then 1, 2, 4, 8 minutes… capped at 15; a quiet hour forgets everything.
    fn default() -> Self {
        Policy {
            free: 5,
            first_wait: 60,
            max_wait: 15 * 60,
            forget_after: 60 * 60,
        }
    }
}

/// How long a caller must wait before the next attempt is heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    pub seconds: i64,
}

impl Wait {
    /// Whole minutes, rounded up, for messages.
    pub fn minutes(self) -> i64 {
        (self.seconds + 59) / 60
    }
}

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: i64,
}

/// Failed attempts by key (a normalized e-mail address).
#[derive(Debug)]
pub struct Throttle {
    policy: Policy,
    failures: HashMap<String, Failures>,
    /// Entries kept before forgotten ones are swept out, so random addresses cannot grow the map
    /// without bound.
    sweep_above: usize,
}

impl Throttle {
    pub fn new(policy: Policy) -> Throttle {
        Throttle {
            policy,
            failures: HashMap::new(),
            sweep_above: 10_000,
        }
    }

    /// `Ok` when an attempt for `key` may be checked now, else how long to wait.
    pub fn check(&self, key: &str, now: i64) -> Result<(), Wait> {
        let Some(f) = self.failures.get(key) else {
            return Ok(());
        };
        if now - f.last >= self.policy.forget_after || f.count < self.policy.free {
            return Ok(());
        }
        let doublings = (f.count - self.policy.free).min(30);
        let wait = self
            .policy
            .first_wait
            .saturating_mul(1i64 << doublings)
            .min(self.policy.max_wait);
        let ready_at = f.last + wait;
        if now >= ready_at {
            Ok(())
        } else {
            Err(Wait {
                seconds: ready_at - now,
            })
        }
    }

    /// Checks and, when allowed, counts the attempt as a failure in the same step, before the password
    /// is even verified: concurrent guesses cannot all pass the check before any is recorded. A success
    /// then clears the count ([`Throttle::succeeded`]); an attempt that could not be decided (the
    /// database was down) gives its charge back ([`Throttle::refund`]).
    pub fn charge(&mut self, key: &str, now: i64) -> Result<(), Wait> {
        self.check(key, now)?;
        self.failed(key, now);
        Ok(())
    }

    /// Takes back one charge made by [`Throttle::charge`].
    pub fn refund(&mut self, key: &str) {
        if let Some(f) = self.failures.get_mut(key) {
            f.count = f.count.saturating_sub(1);
        }
    }

    pub fn failed(&mut self, key: &str, now: i64) {
        let forget_after = self.policy.forget_after;
        let entry = self.failures.entry(key.to_string()).or_insert(Failures {
            count: 0,
            last: now,
        });
        if now - entry.last >= forget_after {
            entry.count = 0;
        }
        entry.count = entry.count.saturating_add(1);
        entry.last = now;
        if self.failures.len() > self.sweep_above {
            self.failures.retain(|_, f| now - f.last < forget_after);
        }
    }

    pub fn succeeded(&mut self, key: &str) {
        self.failures.remove(key);
    }

    #[cfg(test)]
    fn count(&self, key: &str) -> u32 {
        self.failures.get(key).map_or(0, |f| f.count)
    }

    pub fn tracked(&self) -> usize {
        self.failures.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail_n(t: &mut Throttle, key: &str, n: u32, at: i64) {
        for _ in 0..n {
            t.failed(key, at);
        }
    }

    #[test]
    fn the_first_failures_are_free() {
        let mut t = Throttle::new(Policy::default());
        fail_n(&mut t, "ana@example.org", 4, 1000);
        assert_eq!(t.check("ana@example.org", 1000), Ok(()));
        t.failed("ana@example.org", 1000);
        assert_eq!(
            t.check("ana@example.org", 1000),
            Err(Wait { seconds: 60 }),
            "the fifth failure starts the first one-minute wait"
        );
        assert_eq!(t.check("someone@example.org", 1000), Ok(()), "per address");
    }

    #[test]
    fn waits_double_up_to_the_ceiling_and_count_down() {
        let mut t = Throttle::new(Policy::default());
        fail_n(&mut t, "k", 5, 0);
        assert_eq!(t.check("k", 30), Err(Wait { seconds: 30 }));
        assert_eq!(t.check("k", 60), Ok(()));
        t.failed("k", 60);
        assert_eq!(t.check("k", 60), Err(Wait { seconds: 120 }));
        t.failed("k", 180);
        assert_eq!(t.check("k", 180), Err(Wait { seconds: 240 }));
        fail_n(&mut t, "k", 20, 500);
        assert_eq!(t.check("k", 500), Err(Wait { seconds: 900 }), "capped");
        assert_eq!(Wait { seconds: 61 }.minutes(), 2);
        assert_eq!(Wait { seconds: 60 }.minutes(), 1);
    }

    #[test]
    fn success_and_a_quiet_hour_forget_the_failures() {
        let mut t = Throttle::new(Policy::default());
        fail_n(&mut t, "k", 9, 0);
        t.succeeded("k");
        assert_eq!(t.check("k", 0), Ok(()));
        fail_n(&mut t, "k", 9, 0);
        assert_eq!(t.check("k", 3600), Ok(()));
        t.failed("k", 3600);
        assert_eq!(t.check("k", 3600), Ok(()), "the count started again at one");
    }

    #[test]
    fn charging_checks_and_counts_in_one_step() {
        let mut t = Throttle::new(Policy::default());
        // Fifty guesses arriving together: only the free five are heard, whatever their outcome.
        let heard = (0..50).filter(|_| t.charge("k", 100).is_ok()).count();
        assert_eq!(heard, 5);
        assert_eq!(t.count("k"), 5);
        t.refund("k");
        assert_eq!(
            t.count("k"),
            4,
            "an undecided attempt gives its charge back"
        );
        assert_eq!(t.charge("k", 100), Ok(()));
        t.succeeded("k");
        assert_eq!(t.count("k"), 0, "a success clears the charges");
    }

    #[test]
    fn forgotten_entries_are_swept_when_the_map_grows() {
        let mut t = Throttle::new(Policy::default());
        t.sweep_above = 100;
        for i in 0..100 {
            t.failed(&format!("old{i}"), 0);
        }
        assert_eq!(t.tracked(), 100);
        t.failed("new", 4000);
        assert_eq!(t.tracked(), 1, "only the fresh entry is left");
    }
}
