//! The certificate record: what ispit signs and publishes, in a shape an outside tool can check. Every value
//! is a string (or the integer version, or the boolean `passed`), so its RFC 8785 canonical JSON is one
//! unambiguous byte string: no floating-point numbers whose spelling could differ between implementations.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::code::VerificationCode;
use crate::placement::cefr::Level;

/// The record format version this code writes.
pub const RECORD_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateRecord {
    pub v: u32,
    pub code: VerificationCode,
    pub issuer: Issuer,
    pub learner: Learner,
    pub achievement: Achievement,
    /// The day of issue, `YYYY-MM-DD`, in the centre's time zone.
    #[serde(with = "iso_date")]
    pub issued_on: jiff::civil::Date,
    /// The BCP 47 tag of the language the certificate is written in, e.g. `sr-Cyrl`.
    pub locale: String,
    /// The key id (RFC 7638 thumbprint) of the key that signs this record.
    pub kid: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Learner {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Achievement {
    Course {
        course_id: String,
        title: String,
        /// A whole percentage in ASCII digits ("85"): a string, so no JSON number is signed.
        score_percent: String,
        passed: bool,
    },
    Placement {
        level: Level,
        /// Skill name (as in the placement bank: "grammar", "vocabulary", "reading") to its level.
        skills: BTreeMap<String, Level>,
    },
}

impl Achievement {
    /// A passed course quiz; the score is rounded by the caller to a whole percentage.
    pub fn course(course_id: &str, title: &str, score_percent: u8, passed: bool) -> Self {
        Self::Course {
            course_id: course_id.to_owned(),
            title: title.to_owned(),
            score_percent: score_percent.to_string(),
            passed,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("the certificate record cannot be written as canonical JSON: {0}")]
    Canonical(#[source] serde_json::Error),
    #[error("the certificate record is not valid JSON of version {RECORD_VERSION}: {0}")]
    Parse(#[from] serde_json::Error),
    #[error("the certificate record has version {0}; this ispit reads version {RECORD_VERSION}")]
    Version(u32),
}

impl CertificateRecord {
    /// The record as RFC 8785 (JCS) canonical JSON: the exact bytes that are signed.
    pub fn canonical_json(&self) -> Result<String, RecordError> {
        canonicalize(self)
    }

    /// Reads a record back from JSON (canonical or not); refuses unknown fields and other versions.
    pub fn from_json(json: &str) -> Result<Self, RecordError> {
        let record: Self = serde_json::from_str(json)?;
        if record.v == RECORD_VERSION {
            Ok(record)
        } else {
            Err(RecordError::Version(record.v))
        }
    }
}

fn canonicalize<T: Serialize>(value: &T) -> Result<String, RecordError> {
    serde_json_canonicalizer::to_string(value).map_err(RecordError::Canonical)
}

mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &jiff::civil::Date, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&date.strftime("%Y-%m-%d"))
    }

    /// Only `YYYY-MM-DD`: jiff would also read a date-time, whose time the signature would then not cover.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<jiff::civil::Date, D::Error> {
        let text = String::deserialize(d)?;
        jiff::civil::Date::strptime("%Y-%m-%d", &text)
            .ok()
            .filter(|date| date.strftime("%Y-%m-%d").to_string() == text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a date YYYY-MM-DD")))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample_record() -> CertificateRecord {
        CertificateRecord {
            v: 1,
            code: "7K3QD-M0XPA-9RT1W".parse().expect("valid code"),
            issuer: Issuer {
                name: "Centar \"Most\" Novi Sad".into(),
                url: "https://ispit.example.org".into(),
            },
            learner: Learner {
                name: "Јована Петровић-Ђурђевић".into(),
            },
            achievement: Achievement::course("eng-b1", "Енглески\tB1", 85, true),
            issued_on: jiff::civil::date(2026, 12, 7),
            locale: "sr-Cyrl".into(),
            kid: "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k".into(),
        }
    }

    #[test]
    fn canonical_json_sorts_keys_compacts_and_escapes_only_what_jcs_escapes() {
        // Written by hand from RFC 8785 §3.2: keys sorted by UTF-16 code units at every level, no
        // whitespace, `"` and `\t` escaped as \" and \t, non-ASCII text written as UTF-8 unescaped.
        let expected = concat!(
            r#"{"achievement":{"course_id":"eng-b1","kind":"course","passed":true,"score_percent":"85","#,
            r#""title":"Енглески\tB1"},"code":"7K3QD-M0XPA-9RT1W","#,
            r#""issued_on":"2026-12-07","issuer":{"name":"Centar \"Most\" Novi Sad","#,
            r#""url":"https://ispit.example.org"},"kid":"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k","#,
            r#""learner":{"name":"Јована Петровић-Ђурђевић"},"locale":"sr-Cyrl","v":1}"#
        );
        assert_eq!(
            sample_record().canonical_json().expect("canonical"),
            expected
        );
    }

    #[test]
    fn placement_records_write_levels_and_skills_as_strings() {
        let mut record = sample_record();
        record.achievement = Achievement::Placement {
            level: Level::B2,
            skills: BTreeMap::from([
                ("reading".to_owned(), Level::B2),
                ("grammar".to_owned(), Level::C1),
                ("vocabulary".to_owned(), Level::BelowA1),
            ]),
        };
        let json = record.canonical_json().expect("canonical");
        assert!(
            json.starts_with(concat!(
                r#"{"achievement":{"kind":"placement","level":"B2","#,
                r#""skills":{"grammar":"C1","reading":"B2","vocabulary":"below-A1"}},"#
            )),
            "{json}"
        );
        assert_eq!(
            CertificateRecord::from_json(&json).expect("reads back"),
            record
        );
    }

    /// RFC 8785 §3.2.3 sorts these property names by UTF-16 code units (so the astral 😀, D83D DE00, comes
    /// before U+FB33) and §3.2.2.2 escapes the control character U+000D as \r but writes U+0080 unescaped.
    #[test]
    fn the_canonicalizer_matches_the_rfc_8785_sorting_example() {
        let input = r#"{
            "\u20ac": "Euro Sign",
            "\r": "Carriage Return",
            "\ufb33": "Hebrew Letter Dalet With Dagesh",
            "1": "One",
            "\ud83d\ude00": "Emoji: Grinning Face",
            "\u0080": "Control\u001f",
            "\u00f6": "Latin Small Letter O With Diaeresis"
        }"#;
        let value: serde_json::Value = serde_json::from_str(input).expect("RFC example parses");
        let expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\\u001f\",\
                        \"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\
                        \"😀\":\"Emoji: Grinning Face\",\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}";
        assert_eq!(canonicalize(&value).expect("canonical"), expected);
    }

    #[test]
    fn reading_refuses_other_versions_unknown_fields_and_date_times() {
        let json = sample_record().canonical_json().expect("canonical");
        let v2 = json.replace(r#""v":1"#, r#""v":2"#);
        assert!(matches!(
            CertificateRecord::from_json(&v2),
            Err(RecordError::Version(2))
        ));
        let extra = json.replace(r#""v":1"#, r#""v":1,"revoked":false"#);
        assert!(CertificateRecord::from_json(&extra).is_err());
        let datetime = json.replace("2026-12-07", "2026-12-07T10:00");
        assert!(CertificateRecord::from_json(&datetime).is_err());
        let loose_code = json.replace("7K3QD-M0XPA-9RT1W", "7k3qd-m0xpa-9rt1w");
        assert!(CertificateRecord::from_json(&loose_code).is_err());
    }
}
