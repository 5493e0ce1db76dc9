//! Links sent by email that stand in for a password: a password-reset link and a one-time sign-in link.
//! Pure: what a link is for, how long it lives, whether a stored one may still be used, how requests for
//! them are limited, and which tokens are worth looking up at all. The token itself is
//! [`super::random_token`]; only its [`super::token_hash`] is stored. Never sends, stores or reads a clock.

use std::fmt;

/// What a link lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// Choose a new password (and be signed in with it).
    Reset,
    /// Be signed in once, without a password.
    SignIn,
}

impl Purpose {
    /// The value stored in `auth_links.purpose` and sent by the request form's buttons.
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Reset => "reset",
            Purpose::SignIn => "sign_in",
        }
    }

    pub fn parse(s: &str) -> Option<Purpose> {
        match s {
            "reset" => Some(Purpose::Reset),
            "sign_in" => Some(Purpose::SignIn),
            _ => None,
        }
    }
}

impl fmt::Display for Purpose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How long links live and how often they may be asked for (the settings, in seconds and counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkPolicy {
    pub reset_seconds: i64,
    pub sign_in_seconds: i64,
    /// Link emails per e-mail address within [`LinkPolicy::WINDOW`].
    pub per_address: i64,
    /// Link requests per client (IP) address within [`LinkPolicy::WINDOW`].
    pub per_client: i64,
}

impl LinkPolicy {
    /// The window both request limits count in: one hour.
    pub const WINDOW: i64 = 3600;

    /// When a link for `purpose` made at `now` stops working.
    pub fn expires_at(&self, purpose: Purpose, now: i64) -> i64 {
        let ttl = match purpose {
            Purpose::Reset => self.reset_seconds,
            Purpose::SignIn => self.sign_in_seconds,
        };
        now.saturating_add(ttl.max(1))
    }
}

impl Default for LinkPolicy {
    /// OWASP's order of magnitude: a reset link for an hour, a sign-in link for a quarter of one; three
    /// emails an hour per address, twenty requests an hour from one client address.
    fn default() -> Self {
        LinkPolicy {
            reset_seconds: 60 * 60,
            sign_in_seconds: 15 * 60,
            per_address: 3,
            per_client: 20,
        }
    }
}

/// A token as it appears in a link: 64 lower-case hex digits. Anything else cannot be one of ours and is
/// answered "unknown" without a database lookup.
pub fn plausible_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Why a stored link can no longer be used (both answered 410 Gone; an unknown token is 404).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spent {
    Used,
    Expired,
}

/// Whether a stored link may be used at `now`. A disabled account's links count as used: they open nothing.
pub fn check(
    used_at: Option<i64>,
    expires_at: i64,
    account_disabled: bool,
    now: i64,
) -> Result<(), Spent> {
    if used_at.is_some() || account_disabled {
        Err(Spent::Used)
    } else if now >= expires_at {
        Err(Spent::Expired)
    } else {
        Ok(())
    }
}

/// The key a request limit counts under, for one e-mail address or one client address; the two kinds can
/// never be equal.
pub fn address_key(email: &str) -> String {
    format!("email:{email}")
}

pub fn client_key(client: Option<std::net::IpAddr>) -> String {
    match client {
        Some(ip) => format!("ip:{ip}"),
        // No address known (a local test client): such requests share one count.
        None => "ip:unknown".to_string(),
    }
}

/// A 64-bit number for a limit key, for PostgreSQL's advisory locks (callers take them in ascending order,
/// so two requests never wait for each other in a cycle). The first eight bytes of the key's SHA-256.
pub fn lock_id(key: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(key.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_round_trip_through_their_stored_names() {
        for p in [Purpose::Reset, Purpose::SignIn] {
            assert_eq!(Purpose::parse(p.as_str()), Some(p));
        }
        // The migration's CHECK lists exactly these two.
        assert_eq!(Purpose::Reset.as_str(), "reset");
        assert_eq!(Purpose::SignIn.as_str(), "sign_in");
        assert_eq!(Purpose::parse("Reset"), None);
        assert_eq!(Purpose::parse(""), None);
    }

    #[test]
    fn reset_links_live_an_hour_and_sign_in_links_a_quarter_by_default() {
        let p = LinkPolicy::default();
        assert_eq!(p.expires_at(Purpose::Reset, 1_000), 1_000 + 3_600);
        assert_eq!(p.expires_at(Purpose::SignIn, 1_000), 1_000 + 900);
        assert_eq!((p.per_address, p.per_client), (3, 20));
        let odd = LinkPolicy {
            reset_seconds: 0,
            ..p
        };
        assert_eq!(
            odd.expires_at(Purpose::Reset, 5),
            6,
            "a zero setting still gives a link that expires, never one that is born dead or lives forever"
        );
    }

    #[test]
    fn a_link_is_usable_until_it_is_used_or_its_time_is_up() {
        assert_eq!(check(None, 100, false, 99), Ok(()));
        assert_eq!(
            check(None, 100, false, 100),
            Err(Spent::Expired),
            "expiry is exclusive"
        );
        assert_eq!(check(Some(50), 100, false, 60), Err(Spent::Used));
        assert_eq!(
            check(Some(50), 100, false, 200),
            Err(Spent::Used),
            "used wins over expired"
        );
        assert_eq!(
            check(None, 100, true, 60),
            Err(Spent::Used),
            "a disabled account"
        );
    }

    #[test]
    fn only_tokens_of_our_shape_are_looked_up() {
        let t = crate::auth::random_token();
        assert!(plausible_token(&t));
        assert!(!plausible_token(&t.to_uppercase()));
        assert!(!plausible_token(&t[..63]));
        assert!(!plausible_token(&format!("{}g", &t[..63])));
        assert!(!plausible_token(""));
    }

    #[test]
    fn limit_keys_keep_addresses_and_clients_apart() {
        assert_eq!(address_key("ana@example.org"), "email:ana@example.org");
        let ip: std::net::IpAddr = "192.0.2.7".parse().expect("ip");
        assert_eq!(client_key(Some(ip)), "ip:192.0.2.7");
        assert_eq!(client_key(None), "ip:unknown");
        // `printf %s email:ana@example.org | sha256sum` begins 0f9abe4f8b95f187.
        assert_eq!(lock_id("email:ana@example.org"), 0x0f9a_be4f_8b95_f187);
        assert_ne!(lock_id("email:ana@example.org"), lock_id("ip:192.0.2.7"));
    }
}
