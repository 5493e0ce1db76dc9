//! The rules of an attempt's life: when it may start, until when answers count, and when it closes.
//! Time is passed in, never read from a clock.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttemptState {
    InProgress,
    /// Submitted by the learner.
    Submitted,
    /// Closed at its deadline, by the learner's late request or by the background sweeper.
    Expired,
}

impl AttemptState {
    pub fn as_str(self) -> &'static str {
        match self {
            AttemptState::InProgress => "in-progress",
            AttemptState::Submitted => "submitted",
            AttemptState::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<AttemptState> {
        match s {
            "in-progress" => Some(AttemptState::InProgress),
            "submitted" => Some(AttemptState::Submitted),
            "expired" => Some(AttemptState::Expired),
            _ => None,
        }
    }

    pub fn is_closed(self) -> bool {
        self != AttemptState::InProgress
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AttemptRefusal {
    #[error("all attempts allowed have been used")]
    NoAttemptsLeft,
    /// Closed, when the kind of attempt does not tell why (placement tests).
    #[error("the attempt is closed")]
    Closed,
    /// The learner submitted it: nothing more is accepted.
    #[error("the attempt was submitted")]
    Submitted,
    /// Time ran out and the attempt closed at its deadline; answers saved before it were counted.
    #[error("the attempt closed at its time limit")]
    Expired,
    /// The deadline passed but the attempt is not closed yet (a save racing the close).
    #[error("the time limit has passed")]
    DeadlinePassed,
}

impl AttemptRefusal {
    pub fn message_id(self) -> &'static str {
        match self {
            AttemptRefusal::NoAttemptsLeft => "error-no-attempts-left",
            AttemptRefusal::Closed => "error-attempt-closed",
            AttemptRefusal::Submitted => "error-attempt-submitted",
            AttemptRefusal::Expired => "error-attempt-expired",
            AttemptRefusal::DeadlinePassed => "error-deadline-passed",
        }
    }
}

/// The one deadline rule, shared by the core, the service and the SQL: time counts in whole seconds, and a
/// limit's own second is still in time (a save sent as the countdown reaches zero has that second to
/// arrive). A limit has passed at `now` only from the next whole second on.
pub fn is_past(limit: i64, now: Timestamp) -> bool {
    limit < in_time_from(now)
}

/// The rule as SQL states it: a stored limit (whole seconds) is still in time at `now` when
/// `limit >= in_time_from(now)`, and has passed when `limit < in_time_from(now)`. Queries bind this, never
/// the clock's reading itself.
pub fn in_time_from(now: Timestamp) -> i64 {
    now.as_second()
}

/// The deadline of an attempt started at `started_at` under a time limit (a quiz's, the placement test's
/// or an assignment's), if there is one.
pub fn deadline(limit_seconds: Option<i64>, started_at: Timestamp) -> Option<Timestamp> {
    limit_seconds.map(|s| {
        started_at
            .saturating_add(SignedDuration::from_secs(s))
            .unwrap_or(started_at)
    })
}

/// When an open attempt closes by itself: at the deadline, or at the end of the quiz's grace period after
/// it, in which the learner may still submit but no longer answer.
pub fn closes_at(deadline: Option<Timestamp>, grace_seconds: i64) -> Option<Timestamp> {
    deadline.map(|d| {
        d.saturating_add(SignedDuration::from_secs(grace_seconds.max(0)))
            .unwrap_or(d)
    })
}

/// Whether an open attempt is overdue at `now`: its deadline has passed but its grace period has not, so
/// it may be submitted and nothing more.
pub fn is_overdue(
    state: AttemptState,
    deadline: Option<Timestamp>,
    grace_seconds: i64,
    now: Timestamp,
) -> bool {
    state == AttemptState::InProgress
        && deadline.is_some_and(|d| is_past(d.as_second(), now))
        && !has_expired(state, deadline, grace_seconds, now)
}

/// Whether an open attempt has run out of time altogether (deadline and grace period) at `now`: it is
/// then closed as expired, with the answers saved before the deadline.
pub fn has_expired(
    state: AttemptState,
    deadline: Option<Timestamp>,
    grace_seconds: i64,
    now: Timestamp,
) -> bool {
    state == AttemptState::InProgress
        && closes_at(deadline, grace_seconds).is_some_and(|c| is_past(c.as_second(), now))
}

/// Whether an answer given at `now` may still be saved.
pub fn may_answer(
    state: AttemptState,
    deadline: Option<Timestamp>,
    now: Timestamp,
) -> Result<(), AttemptRefusal> {
    match state {
        AttemptState::InProgress => {}
        AttemptState::Submitted => return Err(AttemptRefusal::Submitted),
        AttemptState::Expired => return Err(AttemptRefusal::Expired),
    }
    match deadline {
        Some(d) if is_past(d.as_second(), now) => Err(AttemptRefusal::DeadlinePassed),
        _ => Ok(()),
    }
}

/// Whole seconds left before the deadline (zero once passed), for the countdown shown to the learner.
pub fn seconds_left(deadline: Option<Timestamp>, now: Timestamp) -> Option<i64> {
    deadline.map(|d| (d.as_second() - now.as_second()).max(0))
}

/// Milliseconds left before the deadline, zero once passed. (Answers still count through the deadline's
/// whole second: a save sent when the countdown ends has that second to arrive.)
/// Pages hand this to the countdown script, which counts from its own monotonic clock: a wrong clock on
/// the learner's device does not move the deadline.
pub fn millis_left(deadline: Option<Timestamp>, now: Timestamp) -> Option<i64> {
    deadline.map(|d| (d.as_millisecond() - now.as_millisecond()).max(0))
}

/// Whole minutes left, rounded up, as shown to the learner ("1 minute" until the very last second).
pub fn minutes_left(deadline: Option<Timestamp>, now: Timestamp) -> Option<i64> {
    seconds_left(deadline, now).map(|s| (s + 59) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::test_support::demo_course;
    use crate::bank::Quiz;

    fn t(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn deadlines_follow_the_time_limit() {
        let course = demo_course();
        let quiz = &course.quizzes[0];
        let start = t("2026-11-27T10:00:00Z");
        let d = deadline(quiz.time_limit_seconds, start);
        assert_eq!(d, Some(t("2026-11-27T10:10:00Z")));
        assert_eq!(
            may_answer(AttemptState::InProgress, d, t("2026-11-27T10:10:00Z")),
            Ok(())
        );
        assert_eq!(
            may_answer(AttemptState::InProgress, d, t("2026-11-27T10:10:01Z")),
            Err(AttemptRefusal::DeadlinePassed)
        );
        assert_eq!(
            may_answer(AttemptState::Submitted, d, start),
            Err(AttemptRefusal::Submitted)
        );
        assert_eq!(
            may_answer(AttemptState::Expired, d, start),
            Err(AttemptRefusal::Expired),
            "an expired attempt says time ran out, not that it was submitted"
        );
        assert_eq!(seconds_left(d, t("2026-11-27T10:09:00Z")), Some(60));
        assert_eq!(seconds_left(d, t("2026-11-27T11:00:00Z")), Some(0));
        assert_eq!(millis_left(d, t("2026-11-27T10:09:59.250Z")), Some(750));
        assert_eq!(millis_left(d, t("2026-11-27T10:10:01Z")), Some(0));
        assert_eq!(minutes_left(d, t("2026-11-27T10:09:59Z")), Some(1));
        assert_eq!(minutes_left(d, t("2026-11-27T10:08:59Z")), Some(2));
        let untimed = Quiz {
            time_limit_seconds: None,
            ..quiz.clone()
        };
        assert_eq!(deadline(untimed.time_limit_seconds, start), None);
        assert_eq!(
            may_answer(AttemptState::InProgress, None, t("2099-01-01T00:00:00Z")),
            Ok(())
        );
    }

    #[test]
    fn a_limit_passes_only_from_the_next_whole_second() {
        let limit = t("2026-11-27T10:10:00Z").as_second();
        assert!(!is_past(limit, t("2026-11-27T10:09:59Z")));
        assert!(!is_past(limit, t("2026-11-27T10:10:00Z")));
        assert!(
            !is_past(limit, t("2026-11-27T10:10:00.999Z")),
            "the limit's own second counts to its end"
        );
        assert!(is_past(limit, t("2026-11-27T10:10:01Z")));
        // The SQL form: in time while `limit >= in_time_from(now)`.
        assert_eq!(in_time_from(t("2026-11-27T10:10:00.999Z")), limit);
        assert_eq!(in_time_from(t("2026-11-27T10:10:01Z")), limit + 1);
        // Answering, the grace period and expiry all follow it, to the millisecond.
        let d = Some(t("2026-11-27T10:10:00Z"));
        let open = AttemptState::InProgress;
        assert_eq!(may_answer(open, d, t("2026-11-27T10:10:00.5Z")), Ok(()));
        assert!(!is_overdue(open, d, 60, t("2026-11-27T10:10:00.5Z")));
        assert!(is_overdue(open, d, 60, t("2026-11-27T10:11:00.5Z")));
        assert!(!has_expired(open, d, 60, t("2026-11-27T10:11:00.5Z")));
        assert!(has_expired(open, d, 60, t("2026-11-27T10:11:01Z")));
    }

    #[test]
    fn a_grace_period_allows_submitting_but_not_answering() {
        let d = Some(t("2026-11-27T10:10:00Z"));
        let open = AttemptState::InProgress;
        let at = |s: &str| t(&format!("2026-11-27T{s}Z"));
        assert!(!is_overdue(open, d, 300, at("10:10:00")));
        assert!(is_overdue(open, d, 300, at("10:10:01")));
        assert_eq!(
            may_answer(open, d, at("10:10:01")),
            Err(AttemptRefusal::DeadlinePassed)
        );
        assert!(is_overdue(open, d, 300, at("10:15:00")));
        assert!(!has_expired(open, d, 300, at("10:15:00")));
        assert!(has_expired(open, d, 300, at("10:15:01")));
        assert!(!is_overdue(open, d, 300, at("10:15:01")));
        // Without a grace period the attempt expires at the deadline, as before.
        assert!(!is_overdue(open, d, 0, at("10:10:01")));
        assert!(has_expired(open, d, 0, at("10:10:01")));
        assert!(!has_expired(AttemptState::Submitted, d, 0, at("11:00:00")));
        assert!(!has_expired(open, None, 0, at("23:00:00")));
    }

    #[test]
    fn states_round_trip() {
        for s in [
            AttemptState::InProgress,
            AttemptState::Submitted,
            AttemptState::Expired,
        ] {
            assert_eq!(AttemptState::parse(s.as_str()), Some(s));
        }
        assert_eq!(AttemptState::parse("graded"), None);
    }

    #[test]
    fn refusals_name_their_messages_and_closed_states_are_closed() {
        let en = include_str!("../../locales/en/common.ftl");
        for (refusal, id) in [
            (AttemptRefusal::NoAttemptsLeft, "error-no-attempts-left"),
            (AttemptRefusal::Closed, "error-attempt-closed"),
            (AttemptRefusal::Submitted, "error-attempt-submitted"),
            (AttemptRefusal::Expired, "error-attempt-expired"),
            (AttemptRefusal::DeadlinePassed, "error-deadline-passed"),
        ] {
            assert_eq!(refusal.message_id(), id);
            assert!(
                en.contains(&format!("\n{id} = ")),
                "{id} missing from en/common.ftl"
            );
        }
        assert!(!AttemptState::InProgress.is_closed());
        assert!(AttemptState::Submitted.is_closed());
        assert!(AttemptState::Expired.is_closed());
    }

    #[test]
    fn a_negative_grace_period_counts_as_none_and_closed_attempts_are_never_overdue() {
        let d = Some(t("2026-11-27T10:10:00Z"));
        assert_eq!(closes_at(d, -60), d);
        assert_eq!(closes_at(d, 90), Some(t("2026-11-27T10:11:30Z")));
        assert_eq!(closes_at(None, 90), None);
        let late = t("2026-11-27T10:10:30Z");
        assert!(is_overdue(AttemptState::InProgress, d, 60, late));
        assert!(!is_overdue(AttemptState::Submitted, d, 60, late));
        assert!(!is_overdue(AttemptState::InProgress, None, 60, late));
        assert_eq!(seconds_left(None, late), None);
        assert_eq!(millis_left(None, late), None);
        assert_eq!(minutes_left(None, late), None);
    }
}
