//! The life of a placement test: open, then finished by the stopping rules or expired by its time limit.
//! Time is passed in (seconds), never read from a clock.

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
pub fn overdue(state: PlacementState, deadline: Option<i64>, now: i64) -> bool {
    state.is_open() && deadline.is_some_and(|d| now > d)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(overdue(PlacementState::InProgress, Some(100), 101));
        assert!(
            !overdue(PlacementState::InProgress, Some(100), 100),
            "the deadline second still counts"
        );
        assert!(!overdue(PlacementState::InProgress, None, i64::MAX));
        assert!(!overdue(PlacementState::Finished, Some(100), 101));
    }
}
