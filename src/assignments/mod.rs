//! Assignments: a quiz or the placement test given to learners with a window, attempts allowed and a time
//! limit, and per-learner overrides for accommodations (Moodle's quiz "user overrides": each value set
//! replaces the assignment's). Pure: the terms and the learner's attempts in, a status or a decision out.
//!
//! Times follow the one deadline rule of `assessment::attempt::is_past`: a due time's own second is still
//! in time.

pub mod form;

use jiff::Timestamp;
use serde::Serialize;

use crate::assessment::attempt::{deadline, is_past};

/// What was assigned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Task {
    Quiz(crate::ids::QuizId),
    Placement,
}

/// The terms of an assignment for one learner, overrides applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terms {
    pub opens_at: Option<Timestamp>,
    pub due_at: Option<Timestamp>,
    /// `None`: unlimited.
    pub attempts_allowed: Option<u32>,
    /// `None`: the quiz's own time limit (or none).
    pub time_limit_seconds: Option<i64>,
}

/// One learner's accommodations; each value set replaces the assignment's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Override {
    pub due_at: Option<Timestamp>,
    pub attempts_allowed: Option<u32>,
    pub time_limit_seconds: Option<i64>,
}

impl Terms {
    pub fn with(self, o: Option<&Override>) -> Terms {
        let Some(o) = o else { return self };
        Terms {
            opens_at: self.opens_at,
            due_at: o.due_at.or(self.due_at),
            attempts_allowed: o.attempts_allowed.or(self.attempts_allowed),
            time_limit_seconds: o.time_limit_seconds.or(self.time_limit_seconds),
        }
    }

    pub fn is_open_yet(&self, now: Timestamp) -> bool {
        self.opens_at.is_none_or(|o| o <= now)
    }

    /// The due time has passed (its own second is still in time).
    pub fn is_past_due(&self, now: Timestamp) -> bool {
        self.due_at.is_some_and(|d| is_past(d.as_second(), now))
    }

    /// The deadline of an attempt started at `started_at`: its time limit (the assignment's, else the quiz's)
    /// from the start, but never after the due time, as Moodle closes open attempts at the quiz's close.
    pub fn attempt_deadline(
        &self,
        started_at: Timestamp,
        quiz_limit_seconds: Option<i64>,
    ) -> Option<Timestamp> {
        let limit = deadline(self.time_limit_seconds.or(quiz_limit_seconds), started_at);
        match (limit, self.due_at) {
            (Some(l), Some(d)) => Some(l.min(d)),
            (l, d) => l.or(d),
        }
    }
}

/// A learner's attempts under one assignment, as far as the status needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub attempts: u32,
    pub in_progress: bool,
    pub submitted: bool,
}

/// Where a learner stands with an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotYetOpen,
    Open,
    InProgress,
    Submitted,
    Overdue,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotYetOpen => "not-yet-open",
            Status::Open => "open",
            Status::InProgress => "in-progress",
            Status::Submitted => "submitted",
            Status::Overdue => "overdue",
        }
    }
}

pub fn status(terms: &Terms, progress: &Progress, now: Timestamp) -> Status {
    if progress.in_progress {
        Status::InProgress
    } else if progress.submitted {
        Status::Submitted
    } else if !terms.is_open_yet(now) {
        Status::NotYetOpen
    } else if terms.is_past_due(now) {
        Status::Overdue
    } else {
        Status::Open
    }
}

/// Why an assignment cannot be started now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StartRefusal {
    #[error("not open yet")]
    NotYetOpen,
    #[error("closed: the due time has passed")]
    Closed,
    #[error("no attempts left")]
    NoAttemptsLeft,
    /// The learner has an attempt of the same test in progress outside this assignment (practice from the
    /// catalogue, or another assignment): resuming it here would count it for the wrong one.
    #[error("another attempt of this test is in progress")]
    OtherAttemptOpen,
}

impl StartRefusal {
    pub fn message_id(self) -> &'static str {
        match self {
            StartRefusal::NotYetOpen => "assignment-error-not-open",
            StartRefusal::Closed => "assignment-error-closed",
            StartRefusal::NoAttemptsLeft => "error-no-attempts-left",
            StartRefusal::OtherAttemptOpen => "assignment-error-other-attempt-open",
        }
    }
}

/// Whether a new attempt may begin at `now` (an attempt in progress is resumed, not started). The database
/// holds the attempt limit again in the insert; this decides what to tell the learner.
pub fn may_start(terms: &Terms, progress: &Progress, now: Timestamp) -> Result<(), StartRefusal> {
    if !terms.is_open_yet(now) {
        Err(StartRefusal::NotYetOpen)
    } else if terms.is_past_due(now) {
        Err(StartRefusal::Closed)
    } else if terms
        .attempts_allowed
        .is_some_and(|n| progress.attempts >= n)
    {
        Err(StartRefusal::NoAttemptsLeft)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    fn terms() -> Terms {
        Terms {
            opens_at: Some(at("2026-12-01T08:00:00Z")),
            due_at: Some(at("2026-12-01T10:00:00Z")),
            attempts_allowed: Some(1),
            time_limit_seconds: Some(3600),
        }
    }

    #[test]
    fn status_through_the_window_at_each_edge() {
        let t = terms();
        let none = Progress::default();
        assert_eq!(
            status(&t, &none, at("2026-12-01T07:59:59Z")),
            Status::NotYetOpen
        );
        assert_eq!(
            status(&t, &none, at("2026-12-01T08:00:00Z")),
            Status::Open,
            "opens on the second"
        );
        // The due second itself is in time (the one deadline rule); the next is not.
        assert_eq!(status(&t, &none, at("2026-12-01T10:00:00Z")), Status::Open);
        assert_eq!(
            status(&t, &none, at("2026-12-01T10:00:00.999Z")),
            Status::Open
        );
        assert_eq!(
            status(&t, &none, at("2026-12-01T10:00:01Z")),
            Status::Overdue
        );
        let doing = Progress {
            attempts: 1,
            in_progress: true,
            submitted: false,
        };
        assert_eq!(
            status(&t, &doing, at("2026-12-01T09:00:00Z")),
            Status::InProgress
        );
        let done = Progress {
            attempts: 1,
            in_progress: false,
            submitted: true,
        };
        assert_eq!(
            status(&t, &done, at("2026-12-01T11:00:00Z")),
            Status::Submitted,
            "not overdue once submitted"
        );
        let open_ended = Terms::default();
        assert_eq!(
            status(&open_ended, &none, at("2030-01-01T00:00:00Z")),
            Status::Open
        );
    }

    #[test]
    fn a_closed_or_unopened_or_used_up_assignment_cannot_be_started() {
        let t = terms();
        let none = Progress::default();
        assert_eq!(
            may_start(&t, &none, at("2026-12-01T07:59:59Z")),
            Err(StartRefusal::NotYetOpen)
        );
        assert_eq!(may_start(&t, &none, at("2026-12-01T08:00:00Z")), Ok(()));
        assert_eq!(may_start(&t, &none, at("2026-12-01T10:00:00Z")), Ok(()));
        assert_eq!(
            may_start(&t, &none, at("2026-12-01T10:00:01Z")),
            Err(StartRefusal::Closed)
        );
        let used = Progress {
            attempts: 1,
            in_progress: false,
            submitted: true,
        };
        assert_eq!(
            may_start(&t, &used, at("2026-12-01T09:00:00Z")),
            Err(StartRefusal::NoAttemptsLeft)
        );
        let unlimited = Terms {
            attempts_allowed: None,
            ..t
        };
        assert_eq!(
            may_start(
                &unlimited,
                &Progress {
                    attempts: 40,
                    ..used
                },
                at("2026-12-01T09:00:00Z")
            ),
            Ok(())
        );
    }

    #[test]
    fn an_override_replaces_only_what_it_sets() {
        let t = terms();
        let extra = Override {
            due_at: Some(at("2026-12-02T10:00:00Z")),
            attempts_allowed: Some(2),
            time_limit_seconds: None,
        };
        let mine = t.with(Some(&extra));
        assert_eq!(mine.opens_at, t.opens_at);
        assert_eq!(mine.due_at, Some(at("2026-12-02T10:00:00Z")));
        assert_eq!(mine.attempts_allowed, Some(2));
        assert_eq!(
            mine.time_limit_seconds,
            Some(3600),
            "kept: the override sets no time limit"
        );
        assert_eq!(t.with(None), t);
        // One more attempt and a later due time let a learner who used theirs start again after the others' due.
        let used = Progress {
            attempts: 1,
            in_progress: false,
            submitted: true,
        };
        assert_eq!(may_start(&mine, &used, at("2026-12-01T12:00:00Z")), Ok(()));
        assert_eq!(
            may_start(&t, &used, at("2026-12-01T12:00:00Z")),
            Err(StartRefusal::Closed)
        );
    }

    #[test]
    fn an_attempt_ends_at_its_time_limit_or_the_due_time_whichever_comes_first() {
        let t = terms();
        // Started at 08:30 with an hour: 09:30. Started at 09:30: the due time, 10:00.
        assert_eq!(
            t.attempt_deadline(at("2026-12-01T08:30:00Z"), None),
            Some(at("2026-12-01T09:30:00Z"))
        );
        assert_eq!(
            t.attempt_deadline(at("2026-12-01T09:30:00Z"), None),
            Some(at("2026-12-01T10:00:00Z"))
        );
        // The assignment's limit wins over the quiz's; without one, the quiz's counts.
        assert_eq!(
            t.attempt_deadline(at("2026-12-01T08:00:00Z"), Some(600)),
            Some(at("2026-12-01T09:00:00Z"))
        );
        let no_limit = Terms {
            time_limit_seconds: None,
            ..t
        };
        assert_eq!(
            no_limit.attempt_deadline(at("2026-12-01T08:00:00Z"), Some(600)),
            Some(at("2026-12-01T08:10:00Z"))
        );
        assert_eq!(
            no_limit.attempt_deadline(at("2026-12-01T08:00:00Z"), None),
            Some(at("2026-12-01T10:00:00Z"))
        );
        assert_eq!(
            Terms::default().attempt_deadline(at("2026-12-01T08:00:00Z"), None),
            None
        );
        // Extra time for one learner: 90 minutes instead of 60.
        let extra = t.with(Some(&Override {
            time_limit_seconds: Some(5400),
            due_at: Some(at("2026-12-01T12:00:00Z")),
            ..Override::default()
        }));
        assert_eq!(
            extra.attempt_deadline(at("2026-12-01T09:00:00Z"), None),
            Some(at("2026-12-01T10:30:00Z"))
        );
    }
}
