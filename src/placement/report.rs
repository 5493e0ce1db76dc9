//! How a stored per-skill report reads beside the overall level, for every place that shows it (the
//! result page, the result email): one reading, so the page and the email never disagree.

use serde::Serialize;

use super::cat::{SkillReport, SkillStanding};
use super::cefr::Level;

/// One skill's line: its Fluent message, and its level or range (neither: not enough evidence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkillLine {
    /// The skill's name as a Fluent message id (`placement-skill-reading`).
    pub skill: String,
    pub level: Option<&'static str>,
    pub range: Option<RangeLine>,
    pub items: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RangeLine {
    pub low: &'static str,
    pub high: &'static str,
    /// The Fluent message that reads the range against the overall level.
    pub message: &'static str,
}

/// The lines of a stored report (JSON as `placement_attempts.report` keeps it); an unreadable or missing
/// report has no lines.
pub fn skill_lines(overall: Option<Level>, report: Option<&str>) -> Vec<SkillLine> {
    report
        .and_then(|r| serde_json::from_str::<Vec<SkillReport>>(r).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|s| {
            // Rows stored before ranges existed have none: "not enough evidence".
            let standing = overall.map_or(SkillStanding::Unknown, |o| s.standing(o));
            let range = |r: super::cat::LevelRange, message| {
                Some(RangeLine {
                    low: r.low.label(),
                    high: r.high.label(),
                    message,
                })
            };
            let (level, range) = match standing {
                SkillStanding::Level(l) => (Some(l.label()), None),
                SkillStanding::Fits(r) => (None, range(r, "placement-skill-range-fits")),
                SkillStanding::Below(r) => (None, range(r, "placement-skill-range-below")),
                SkillStanding::Above(r) => (None, range(r, "placement-skill-range-above")),
                SkillStanding::Unknown => (None, None),
            };
            SkillLine {
                skill: format!("placement-skill-{}", s.skill),
                level,
                range,
                items: s.items,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_report_reads_as_levels_ranges_and_missing_evidence() {
        let stored = r#"[
            {"skill":"grammar","items":9,"theta":0.5,"se":0.3,"level":"B1"},
            {"skill":"reading","items":3,"theta":1.5,"se":0.9,"level":null,"range":{"low":"B2","high":"C1"}},
            {"skill":"vocabulary","items":4,"theta":0.0,"se":0.8,"level":null,"range":{"low":"A2","high":"B1"}},
            {"skill":"general","items":0,"theta":0.0,"se":9.0,"level":null}
        ]"#;
        let lines = skill_lines(Some(Level::B1), Some(stored));
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].skill, "placement-skill-grammar");
        assert_eq!(
            (lines[0].level, lines[0].range.as_ref()),
            (Some("B1"), None)
        );
        let above = lines[1].range.as_ref().expect("reading has a range");
        assert_eq!(
            (above.low, above.high, above.message),
            ("B2", "C1", "placement-skill-range-above")
        );
        let fits = lines[2].range.as_ref().expect("vocabulary has a range");
        assert_eq!(fits.message, "placement-skill-range-fits");
        assert_eq!((lines[3].level, lines[3].range.as_ref()), (None, None));
        assert!(skill_lines(Some(Level::B1), Some("not json")).is_empty());
        assert!(skill_lines(None, None).is_empty());
    }
}
