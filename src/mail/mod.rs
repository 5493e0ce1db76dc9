//! Email. What to send is decided where an event happens and queued in the database in the same
//! transaction (the outbox, `db::outbox`); a background worker (`service::mail`) composes and sends it
//! later. So a slow or absent SMTP server never holds up a learner's submit, an email exists exactly when
//! its event does, and nothing is lost while the server is down.
//!
//! This module is the part without I/O: what each email carries ([`Payload`]), how it reads
//! ([`compose`]), when a failed one is tried again ([`backoff`]); [`transport`] talks to the SMTP server
//! or writes `.eml` files.

pub mod backoff;
pub mod compose;
pub mod transport;

use serde::{Deserialize, Serialize};

/// What an email is about: the facts of its event, fixed when it is queued. The text is composed from them
/// when it is sent, in the recipient's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Payload {
    /// A learner was given something to do.
    Invitation {
        assignment: i64,
        task: TaskRef,
        opens_at: Option<i64>,
        due_at: Option<i64>,
    },
    /// The due time of an assignment not yet done is near.
    Reminder {
        assignment: i64,
        task: TaskRef,
        due_at: i64,
    },
    /// A quiz attempt closed and its quiz emails results.
    QuizResult {
        attempt: i64,
        quiz: String,
        /// The time ran out (the attempt was closed for the learner).
        expired: bool,
        score_milli: i64,
        max_milli: i64,
        passed: bool,
        /// The quiz shows the score after the attempt (its review options); when not, neither does the
        /// email.
        show_score: bool,
    },
    /// A certificate was issued: the email carries its PDF (made when sending, from the signed record).
    Certificate {
        certificate: i64,
        code: String,
        /// The course's title, or the placement level reached (`None` for a course certificate).
        course: Option<String>,
        level: Option<crate::placement::cefr::Level>,
    },
    /// A placement test closed.
    PlacementResult {
        attempt: i64,
        level: Option<crate::placement::cefr::Level>,
        /// The per-skill report as stored with the attempt.
        report: Option<String>,
        finished_at: i64,
    },
    /// A password-reset link was asked for. The token is the link's secret: it leaves the outbox row once
    /// the email is sent or failed ([`Payload::without_secret`]).
    PasswordReset { token: String, expires_at: i64 },
    /// A one-time sign-in link was asked for (its token as for [`Payload::PasswordReset`]).
    SignInLink { token: String, expires_at: i64 },
}

/// What was assigned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TaskRef {
    Quiz { quiz: String },
    Placement,
}

impl Payload {
    /// The kind stored beside the payload (for listings and counts).
    pub fn kind(&self) -> &'static str {
        match self {
            Payload::Invitation { .. } => "invitation",
            Payload::Reminder { .. } => "reminder",
            Payload::QuizResult { .. } => "quiz_result",
            Payload::PlacementResult { .. } => "placement_result",
            Payload::Certificate { .. } => "certificate",
            Payload::PasswordReset { .. } => "password_reset",
            Payload::SignInLink { .. } => "sign_in_link",
        }
    }

    /// The payload with its secret (a link's token) blanked, to be kept once the email is sent or failed;
    /// `None` for payloads without one.
    pub fn without_secret(&self) -> Option<Payload> {
        match self {
            Payload::PasswordReset { expires_at, .. } => Some(Payload::PasswordReset {
                token: String::new(),
                expires_at: *expires_at,
            }),
            Payload::SignInLink { expires_at, .. } => Some(Payload::SignInLink {
                token: String::new(),
                expires_at: *expires_at,
            }),
            _ => None,
        }
    }

    /// Whether the payload's secret was blanked already: such an email can no longer be composed (an
    /// administrator's re-send of a failed link email fails at once; the person asks for a new link).
    pub fn secret_removed(&self) -> bool {
        matches!(self, Payload::PasswordReset { token, .. } | Payload::SignInLink { token, .. } if token.is_empty())
    }
}

/// The stored payload with its secret blanked, as stored text; `None` when it holds no secret (or cannot
/// be read, in which case it holds none of ours).
pub fn stored_without_secret(stored: &str) -> Option<String> {
    let payload: Payload = serde_json::from_str(stored).ok()?;
    let cleaned = payload.without_secret()?;
    serde_json::to_string(&cleaned).ok()
}

impl From<&crate::assignments::Task> for TaskRef {
    fn from(t: &crate::assignments::Task) -> TaskRef {
        match t {
            crate::assignments::Task::Quiz(q) => TaskRef::Quiz {
                quiz: q.as_str().to_string(),
            },
            crate::assignments::Task::Placement => TaskRef::Placement,
        }
    }
}

/// A Message-ID in ispit's own domain, made from the email's idempotency key: every try of one email,
/// including a resend after a crash between the SMTP server's acceptance and the row being marked sent,
/// carries the same one, so the receiving side can recognise the duplicate.
pub fn message_id(idempotency_key: &str, domain: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(idempotency_key.as_bytes());
    format!("<{}@{}>", hex::encode(&digest[..16]), domain)
}

/// The host part of the public URL, for Message-IDs (`localhost` when it has none).
pub fn domain_of(public_url: &str) -> String {
    let after_scheme = public_url.split("://").nth(1).unwrap_or(public_url);
    let host_port = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host = host_port.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    if host.is_empty() {
        "localhost".into()
    } else {
        host.to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_id_depends_on_the_key_only_and_is_in_our_domain() {
        let a = message_id("invitation:12:34", "ispit.example.org");
        assert_eq!(a, message_id("invitation:12:34", "ispit.example.org"));
        assert_ne!(a, message_id("invitation:12:35", "ispit.example.org"));
        assert!(
            a.starts_with('<') && a.ends_with("@ispit.example.org>"),
            "{a}"
        );
        assert_eq!(a.len(), 1 + 32 + 1 + "ispit.example.org".len() + 1);
    }

    #[test]
    fn the_domain_is_the_public_url_s_host() {
        assert_eq!(domain_of("https://Ispit.Example.org/"), "ispit.example.org");
        assert_eq!(domain_of("http://localhost:8000"), "localhost");
        assert_eq!(
            domain_of("https://u:p@exam.rcm.example:8443/base?x=1"),
            "exam.rcm.example"
        );
        assert_eq!(domain_of(""), "localhost");
    }

    #[test]
    fn a_payload_keeps_its_kind_through_storage() {
        let p = Payload::Invitation {
            assignment: 3,
            task: TaskRef::Quiz {
                quiz: "migration-gender-final".into(),
            },
            opens_at: None,
            due_at: Some(1_800_000_000),
        };
        let stored = serde_json::to_string(&p).expect("serialise");
        assert!(stored.contains(r#""kind":"invitation""#), "{stored}");
        assert_eq!(
            serde_json::from_str::<Payload>(&stored).expect("read back"),
            p
        );
        assert_eq!(p.kind(), "invitation");
    }

    #[test]
    fn a_link_s_token_can_be_blanked_in_the_stored_payload() {
        let token = "ab".repeat(32);
        let stored = serde_json::to_string(&Payload::PasswordReset {
            token: token.clone(),
            expires_at: 1_800_000_000,
        })
        .expect("serialise");
        assert!(stored.contains(&token));
        let cleaned = stored_without_secret(&stored).expect("a secret to remove");
        assert!(!cleaned.contains(&token), "{cleaned}");
        assert_eq!(
            serde_json::from_str::<Payload>(&cleaned).expect("still a payload"),
            Payload::PasswordReset {
                token: String::new(),
                expires_at: 1_800_000_000
            }
        );
        assert!(serde_json::from_str::<Payload>(&cleaned)
            .expect("payload")
            .secret_removed());
        let sign_in = Payload::SignInLink {
            token: token.clone(),
            expires_at: 5,
        };
        assert!(!sign_in.secret_removed());
        assert_eq!(sign_in.kind(), "sign_in_link");
        assert!(sign_in.without_secret().is_some_and(|p| p.secret_removed()));
        let invitation = serde_json::to_string(&Payload::Reminder {
            assignment: 1,
            task: TaskRef::Placement,
            due_at: 2,
        })
        .expect("serialise");
        assert_eq!(
            stored_without_secret(&invitation),
            None,
            "nothing to remove"
        );
        assert_eq!(stored_without_secret("not json"), None);
    }
}
