//! Identifiers as types, so a quiz id cannot go where an attempt id belongs, and a malformed id from a URL
//! or a bank file is refused where it enters. Path-parameter parsing for them lives in `web/params.rs`.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a valid id: use lowercase letters, digits and '-', at most 64 characters")]
pub struct BadSlug(pub String);

/// Checks the slug grammar shared by bank ids: `[a-z0-9][a-z0-9-]{0,63}`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = BadSlug;
            fn from_str(s: &str) -> Result<Self, BadSlug> {
                if is_slug(s) {
                    Ok(Self(s.to_string()))
                } else {
                    Err(BadSlug(s.to_string()))
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_id!(
    /// A course folder under `question-banks/`.
    CourseId
);
slug_id!(
    /// A quiz, unique across all banks.
    QuizId
);
slug_id!(
    /// A question, unique within its course and stable across versions.
    QuestionId
);
slug_id!(
    /// An option, matching item, gap or ordering item within one question.
    ChoiceId
);

macro_rules! row_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

row_id!(
    /// A user account.
    UserId
);
row_id!(
    /// One learner's attempt at one quiz.
    AttemptId
);
row_id!(
    /// A group of learners and their instructors ("Ministry of Security BiH — English 2026").
    CohortId
);
row_id!(
    /// A quiz or the placement test given to a learner or a cohort.
    AssignmentId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            "gcm-2018".parse::<QuizId>().map(|q| q.as_str().to_string()),
            Ok("gcm-2018".to_string())
        );
        assert_eq!(
            "x".repeat(64).parse::<QuizId>().map(|q| q.as_str().len()),
            Ok(64),
            "64 characters are allowed, 65 are not"
        );
        assert!("GCM".parse::<QuizId>().is_err());
        assert!("-x".parse::<QuizId>().is_err());
        assert!("a b".parse::<QuizId>().is_err());
        assert!("".parse::<QuizId>().is_err());
        assert!("x".repeat(65).parse::<QuizId>().is_err());
        assert!("../etc".parse::<CourseId>().is_err());
    }
}
