//! The instructor's assignment and override forms as typed: local times (a browser's `datetime-local`, in the
//! centre's time zone), counts and minutes in, terms or a list of problems (field, Fluent id) out. Pure: the
//! shell passes the zone and the clock.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::{Override, Terms};

/// The most attempts an assignment may allow; more is a typing slip (unlimited is an empty field).
pub const MAX_ATTEMPTS: u32 = 50;
/// The longest time limit, in minutes (a working day).
pub const MAX_MINUTES: i64 = 600;

/// What was typed into the assignment form (empty strings for empty fields).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct TermsForm {
    pub opens: String,
    pub due: String,
    pub attempts: String,
    pub minutes: String,
}

/// A problem with one field: its name and the Fluent id of the message shown beside it.
pub type FieldError = (&'static str, &'static str);

/// A local time as a browser's `datetime-local` sends it (`2026-12-10T09:00`, seconds optional), read in the
/// centre's zone. At a clock change the earlier of two readings is taken, and a time skipped by the change
/// moves forward (jiff's "compatible" rule, as RFC 5545 calendars do).
pub fn parse_local(typed: &str, zone: &TimeZone) -> Result<Option<Timestamp>, NotATime> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let civil: DateTime = typed.parse().map_err(|_| NotATime)?;
    civil
        .to_zoned(zone.clone())
        .map(|z| Some(z.timestamp()))
        .map_err(|_| NotATime)
}

/// A field that does not hold a date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a date and time")]
pub struct NotATime;

/// A time for a `datetime-local` field's value, in the centre's zone, to the minute.
pub fn format_local(t: Timestamp, zone: &TimeZone) -> String {
    t.to_zoned(zone.clone())
        .strftime("%Y-%m-%dT%H:%M")
        .to_string()
}

/// A count from 1 to `max`; `None` stays none (unlimited, or the test's own limit).
fn check_count(n: Option<i64>, max: u32) -> Result<Option<u32>, ()> {
    match n {
        None => Ok(None),
        Some(n) => match u32::try_from(n) {
            Ok(n) if (1..=max).contains(&n) => Ok(Some(n)),
            _ => Err(()),
        },
    }
}

fn count(typed: &str, max: u32) -> Result<Option<u32>, ()> {
    match typed.trim() {
        "" => Ok(None),
        t => check_count(Some(t.parse::<i64>().map_err(|_| ())?), max),
    }
}

fn minutes(typed: &str) -> Result<Option<i64>, ()> {
    count(typed, MAX_MINUTES as u32).map(|m| m.map(|m| i64::from(m) * 60))
}

/// The due time's rules: after the opening, and not already past (an assignment due in the past could never
/// be taken; extending one is what overrides are for).
fn check_window(
    opens: Option<Timestamp>,
    due: Option<Timestamp>,
    now: Timestamp,
    errors: &mut Vec<FieldError>,
) {
    if let Some(d) = due {
        if opens.is_some_and(|o| d <= o) {
            errors.push(("due", "teach-error-due-before-opening"));
        } else if d <= now {
            errors.push(("due", "teach-error-due-past"));
        }
    }
}

/// Terms from values already read (the JSON API's timestamps and numbers), by the form's rules: the window
/// as [`TermsForm::parse`] checks it, 1 to [`MAX_ATTEMPTS`] attempts, 1 to [`MAX_MINUTES`] minutes. Every
/// problem is named by the form's field names (`opens`, `due`, `attempts`, `minutes`).
pub fn terms_of(
    opens: Option<Timestamp>,
    due: Option<Timestamp>,
    attempts: Option<i64>,
    minutes: Option<i64>,
    now: Timestamp,
) -> Result<Terms, Vec<FieldError>> {
    let mut errors = Vec::new();
    check_window(opens, due, now, &mut errors);
    let attempts = check_count(attempts, MAX_ATTEMPTS)
        .map_err(|_| errors.push(("attempts", "teach-error-attempts")))
        .ok()
        .flatten();
    let limit = check_count(minutes, MAX_MINUTES as u32)
        .map_err(|_| errors.push(("minutes", "teach-error-minutes")))
        .ok()
        .flatten()
        .map(|m| i64::from(m) * 60);
    if errors.is_empty() {
        Ok(Terms {
            opens_at: opens,
            due_at: due,
            attempts_allowed: attempts,
            time_limit_seconds: limit,
        })
    } else {
        Err(errors)
    }
}

/// A time field, its problem noted.
fn local_field(
    name: &'static str,
    typed: &str,
    zone: &TimeZone,
    errors: &mut Vec<FieldError>,
) -> Option<Timestamp> {
    parse_local(typed, zone)
        .map_err(|_| errors.push((name, "teach-error-datetime")))
        .ok()
        .flatten()
}

/// The attempts and time limit fields (the limit in seconds), their problems noted.
fn limits(
    attempts: &str,
    minutes_typed: &str,
    errors: &mut Vec<FieldError>,
) -> (Option<u32>, Option<i64>) {
    let attempts = count(attempts, MAX_ATTEMPTS)
        .map_err(|_| errors.push(("attempts", "teach-error-attempts")))
        .ok()
        .flatten();
    let limit = minutes(minutes_typed)
        .map_err(|_| errors.push(("minutes", "teach-error-minutes")))
        .ok()
        .flatten();
    (attempts, limit)
}

impl TermsForm {
    /// The terms, or every problem. A due time must be after the opening and not already past.
    pub fn parse(&self, zone: &TimeZone, now: Timestamp) -> Result<Terms, Vec<FieldError>> {
        let mut errors = Vec::new();
        let opens = local_field("opens", &self.opens, zone, &mut errors);
        let due = local_field("due", &self.due, zone, &mut errors);
        check_window(opens, due, now, &mut errors);
        let (attempts, limit) = limits(&self.attempts, &self.minutes, &mut errors);
        if errors.is_empty() {
            Ok(Terms {
                opens_at: opens,
                due_at: due,
                attempts_allowed: attempts,
                time_limit_seconds: limit,
            })
        } else {
            Err(errors)
        }
    }
}

/// An override from values already read (the JSON API's), by the override form's rules (no window check:
/// an accommodation may reopen an overdue assignment); `None` when nothing is set.
pub fn override_of(
    due: Option<Timestamp>,
    attempts: Option<i64>,
    minutes: Option<i64>,
) -> Result<Option<Override>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let attempts = check_count(attempts, MAX_ATTEMPTS)
        .map_err(|_| errors.push(("attempts", "teach-error-attempts")))
        .ok()
        .flatten();
    let limit = check_count(minutes, MAX_MINUTES as u32)
        .map_err(|_| errors.push(("minutes", "teach-error-minutes")))
        .ok()
        .flatten()
        .map(|m| i64::from(m) * 60);
    if !errors.is_empty() {
        return Err(errors);
    }
    let o = Override {
        due_at: due,
        attempts_allowed: attempts,
        time_limit_seconds: limit,
    };
    Ok((o != Override::default()).then_some(o))
}

/// What was typed into one learner's override form.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct OverrideForm {
    pub due: String,
    pub attempts: String,
    pub minutes: String,
}

impl OverrideForm {
    /// The override, `None` when every field is empty (the learner goes back to the assignment's terms).
    pub fn parse(&self, zone: &TimeZone) -> Result<Option<Override>, Vec<FieldError>> {
        let mut errors = Vec::new();
        let due = local_field("due", &self.due, zone, &mut errors);
        let (attempts, limit) = limits(&self.attempts, &self.minutes, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        let o = Override {
            due_at: due,
            attempts_allowed: attempts,
            time_limit_seconds: limit,
        };
        Ok((o != Override::default()).then_some(o))
    }

    /// The form as the override fills it, for showing it again.
    pub fn of(o: &Override, zone: &TimeZone) -> OverrideForm {
        OverrideForm {
            due: o.due_at.map(|t| format_local(t, zone)).unwrap_or_default(),
            attempts: o
                .attempts_allowed
                .map(|n| n.to_string())
                .unwrap_or_default(),
            minutes: o
                .time_limit_seconds
                .map(|s| (s / 60).to_string())
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn belgrade() -> TimeZone {
        TimeZone::get("Europe/Belgrade").expect("tzdb has Europe/Belgrade")
    }

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    fn form(opens: &str, due: &str, attempts: &str, minutes: &str) -> TermsForm {
        TermsForm {
            opens: opens.into(),
            due: due.into(),
            attempts: attempts.into(),
            minutes: minutes.into(),
        }
    }

    #[test]
    fn local_times_are_read_in_the_centres_zone() {
        // Belgrade is UTC+1 in December and UTC+2 in July.
        assert_eq!(
            parse_local("2026-12-10T09:00", &belgrade()),
            Ok(Some(at("2026-12-10T08:00:00Z")))
        );
        assert_eq!(
            parse_local("2026-07-10T09:00:30", &belgrade()),
            Ok(Some(at("2026-07-10T07:00:30Z")))
        );
        assert_eq!(parse_local("  ", &belgrade()), Ok(None));
        assert_eq!(parse_local("10.12.2026. 09:00", &belgrade()), Err(NotATime));
        assert_eq!(parse_local("2026-02-30T09:00", &belgrade()), Err(NotATime));
        assert_eq!(
            format_local(at("2026-12-10T08:00:00Z"), &belgrade()),
            "2026-12-10T09:00"
        );
    }

    #[test]
    fn a_time_skipped_or_repeated_by_a_clock_change_is_still_a_time() {
        // 29 March 2026: 02:00 jumps to 03:00 in Belgrade; 02:30 does not exist and moves forward an hour.
        assert_eq!(
            parse_local("2026-03-29T02:30", &belgrade()),
            Ok(Some(at("2026-03-29T01:30:00Z")))
        );
        // 25 October 2026: 02:30 happens twice; the first (summer time, UTC+2) is taken.
        assert_eq!(
            parse_local("2026-10-25T02:30", &belgrade()),
            Ok(Some(at("2026-10-25T00:30:00Z")))
        );
    }

    #[test]
    fn a_valid_form_gives_its_terms() {
        let now = at("2026-12-07T08:00:00Z");
        let t = form("2026-12-10T09:00", "2026-12-10T11:00", "2", "45")
            .parse(&belgrade(), now)
            .expect("valid");
        assert_eq!(
            t,
            Terms {
                opens_at: Some(at("2026-12-10T08:00:00Z")),
                due_at: Some(at("2026-12-10T10:00:00Z")),
                attempts_allowed: Some(2),
                time_limit_seconds: Some(2700),
            }
        );
        assert_eq!(
            form("", "", "", "").parse(&belgrade(), now),
            Ok(Terms::default()),
            "every field may be left empty: open now, no due time, unlimited, the quiz's own limit"
        );
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let now = at("2026-12-07T08:00:00Z");
        assert_eq!(
            form("tomorrow", "2026-12-10T11:00", "0", "-5").parse(&belgrade(), now),
            Err(vec![
                ("opens", "teach-error-datetime"),
                ("attempts", "teach-error-attempts"),
                ("minutes", "teach-error-minutes"),
            ])
        );
        assert_eq!(
            form("2026-12-10T11:00", "2026-12-10T11:00", "", "").parse(&belgrade(), now),
            Err(vec![("due", "teach-error-due-before-opening")]),
            "due at the opening minute leaves no time at all"
        );
        assert_eq!(
            form("", "2026-12-07T09:00", "", "").parse(&belgrade(), now),
            Err(vec![("due", "teach-error-due-past")]),
            "09:00 in Belgrade is 08:00 UTC: now, so already past"
        );
        assert!(form("", "2026-12-07T09:01", "", "")
            .parse(&belgrade(), now)
            .is_ok());
        assert_eq!(
            form("", "", "51", "601").parse(&belgrade(), now),
            Err(vec![
                ("attempts", "teach-error-attempts"),
                ("minutes", "teach-error-minutes")
            ])
        );
        assert!(form("", "", "50", "600").parse(&belgrade(), now).is_ok());
        assert_eq!(
            form("", "", "2.5", "1e3").parse(&belgrade(), now),
            Err(vec![
                ("attempts", "teach-error-attempts"),
                ("minutes", "teach-error-minutes")
            ])
        );
    }

    #[test]
    fn an_override_form_sets_only_what_was_typed_and_an_empty_one_clears_it() {
        let typed = OverrideForm {
            due: "2026-12-11T17:00".into(),
            attempts: "".into(),
            minutes: "90".into(),
        };
        let o = typed
            .parse(&belgrade())
            .expect("valid")
            .expect("something set");
        assert_eq!(
            o,
            Override {
                due_at: Some(at("2026-12-11T16:00:00Z")),
                attempts_allowed: None,
                time_limit_seconds: Some(5400),
            }
        );
        assert_eq!(OverrideForm::of(&o, &belgrade()), typed);
        assert_eq!(OverrideForm::default().parse(&belgrade()), Ok(None));
        assert_eq!(
            OverrideForm {
                attempts: "x".into(),
                ..OverrideForm::default()
            }
            .parse(&belgrade()),
            Err(vec![("attempts", "teach-error-attempts")])
        );
    }

    #[test]
    fn values_already_read_meet_the_forms_rules() {
        let now = at("2026-12-07T08:00:00Z");
        let opens = Some(at("2026-12-10T08:00:00Z"));
        let due = Some(at("2026-12-10T10:00:00Z"));
        assert_eq!(
            terms_of(opens, due, Some(2), Some(45), now),
            Ok(Terms {
                opens_at: opens,
                due_at: due,
                attempts_allowed: Some(2),
                time_limit_seconds: Some(2700),
            })
        );
        assert_eq!(terms_of(None, None, None, None, now), Ok(Terms::default()));
        assert_eq!(
            terms_of(due, opens, Some(0), Some(601), now),
            Err(vec![
                ("due", "teach-error-due-before-opening"),
                ("attempts", "teach-error-attempts"),
                ("minutes", "teach-error-minutes"),
            ])
        );
        assert_eq!(
            terms_of(None, Some(now), Some(51), Some(-1), now),
            Err(vec![
                ("due", "teach-error-due-past"),
                ("attempts", "teach-error-attempts"),
                ("minutes", "teach-error-minutes"),
            ]),
            "due at this very second is already past"
        );
        assert!(terms_of(None, None, Some(50), Some(600), now).is_ok());
        assert_eq!(
            terms_of(None, None, Some(i64::from(u32::MAX) + 2), None, now),
            Err(vec![("attempts", "teach-error-attempts")]),
            "a number beyond u32 is refused, not wrapped"
        );
    }

    #[test]
    fn an_override_from_values_sets_what_was_given_and_nothing_clears_it() {
        let due = Some(at("2026-12-11T16:00:00Z"));
        assert_eq!(
            override_of(due, None, Some(90)),
            Ok(Some(Override {
                due_at: due,
                attempts_allowed: None,
                time_limit_seconds: Some(5400),
            }))
        );
        assert_eq!(override_of(None, None, None), Ok(None));
        assert_eq!(
            override_of(None, Some(0), Some(601)),
            Err(vec![
                ("attempts", "teach-error-attempts"),
                ("minutes", "teach-error-minutes")
            ])
        );
    }
}
