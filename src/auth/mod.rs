//! Identity values: roles, e-mail addresses, password hashing (Argon2id) and random tokens.
//! No HTTP here: cookies and request guards live in `web/guards.rs`.

pub mod links;
pub mod throttle;

use std::fmt;
use std::str::FromStr;

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Learner,
    Instructor,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Instructor => "instructor",
            Role::Admin => "admin",
        }
    }
}

impl FromStr for Role {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "learner" => Ok(Role::Learner),
            "instructor" => Ok(Role::Instructor),
            "admin" => Ok(Role::Admin),
            _ => Err(()),
        }
    }
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Learner, Role::Instructor, Role::Admin];

    fn bit(self) -> i64 {
        match self {
            Role::Learner => 1,
            Role::Instructor => 2,
            Role::Admin => 4,
        }
    }
}

/// The roles one account holds: never empty (an account with no role could do nothing, and the database
/// refuses it too). Stored as bits in `users.roles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roles(i64);

impl Roles {
    pub fn only(role: Role) -> Roles {
        Roles(role.bit())
    }

    /// The set of the given roles; `None` when there are none.
    pub fn of(roles: impl IntoIterator<Item = Role>) -> Option<Roles> {
        let bits = roles.into_iter().fold(0, |acc, r| acc | r.bit());
        (bits != 0).then_some(Roles(bits))
    }

    /// Reads the stored bits; `None` for a value no version of ispit writes.
    pub fn from_bits(bits: i64) -> Option<Roles> {
        (1..=7).contains(&bits).then_some(Roles(bits))
    }

    pub fn bits(self) -> i64 {
        self.0
    }

    pub fn has(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    pub fn with(self, role: Role) -> Roles {
        Roles(self.0 | role.bit())
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.has(*r))
    }
}

/// A password someone chose for an account: at least 10 characters (NIST SP 800-63B asks for 8 at least;
/// administrators set these for others, so a little more), at most 1024 so hashing stays bounded.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadPassword {
    #[error("a password needs at least {} characters", NewPassword::MIN)]
    TooShort,
    #[error("a password may have at most {} characters", NewPassword::MAX)]
    TooLong,
}

impl NewPassword {
    pub const MIN: usize = 10;
    pub const MAX: usize = 1024;

    pub fn parse(s: &str) -> Result<NewPassword, BadPassword> {
        match s.chars().count() {
            n if n < Self::MIN => Err(BadPassword::TooShort),
            n if n > Self::MAX => Err(BadPassword::TooLong),
            _ => Ok(NewPassword(s.to_string())),
        }
    }

    /// A random password of 16 letters and digits (about 95 bits), for an account created without one.
    pub fn generate() -> NewPassword {
        use rand::Rng;
        // No 0/O, 1/l/I: it may be read aloud or copied from paper.
        const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        let mut rng = rand::rngs::OsRng;
        NewPassword(
            (0..16)
                .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
                .collect(),
        )
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// A syntactically plausible e-mail address, trimmed and lower-cased (addresses are compared that way).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not an e-mail address")]
pub struct BadEmail;

impl Email {
    pub fn parse(s: &str) -> Result<Email, BadEmail> {
        let s = s.trim().to_lowercase();
        let (local, domain) = s.split_once('@').ok_or(BadEmail)?;
        let ok = !local.is_empty()
            && local.len() <= 64
            && s.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        if ok {
            Ok(Email(s))
        } else {
            Err(BadEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

/// Hashes a password with Argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// Checks a password against a stored PHC hash; a malformed hash never verifies.
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Checks a sign-in: against the user's hash, or, for an unknown address, against a dummy hash so that
/// both cases take the same time and do not reveal who has an account.
pub fn verify_login(stored_hash: Option<&str>, password: &str) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password("no such user").unwrap_or_default());
    let verified = verify_password(stored_hash.unwrap_or(dummy), password);
    verified && stored_hash.is_some()
}

/// A fresh random token (256 bits, hex) for API access and CSRF.
pub fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Tokens are stored hashed, so a leaked table grants nothing.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Constant-time comparison for secrets.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passwords_count_characters_not_bytes() {
        assert_eq!(NewPassword::parse("123456789"), Err(BadPassword::TooShort));
        assert!(NewPassword::parse("1234567890").is_ok());
        // Nine Cyrillic letters are 18 bytes but still too short; ten are enough.
        assert_eq!(NewPassword::parse("љњџшђжћча"), Err(BadPassword::TooShort));
        assert!(NewPassword::parse("љњџшђжћчаб").is_ok());
        assert_eq!(
            NewPassword::parse(&"x".repeat(1025)),
            Err(BadPassword::TooLong)
        );
        let generated = NewPassword::generate();
        assert_eq!(generated.as_str().chars().count(), 16);
        assert!(generated
            .as_str()
            .chars()
            .all(|c| c.is_ascii_alphanumeric() && !"0O1lI".contains(c)));
        assert_ne!(generated, NewPassword::generate(), "random each time");
        assert_eq!(
            format!("{generated:?}"),
            "NewPassword(…)",
            "never printed by accident"
        );
    }

    #[test]
    fn role_sets_round_trip_through_the_stored_bits() {
        // The bits are the migration's: 1 learner, 2 instructor, 4 administrator.
        let both = Roles::of([Role::Learner, Role::Admin]).expect("two roles");
        assert_eq!(both.bits(), 5);
        assert!(both.has(Role::Learner) && both.has(Role::Admin) && !both.has(Role::Instructor));
        assert_eq!(
            both.iter().collect::<Vec<_>>(),
            vec![Role::Learner, Role::Admin]
        );
        assert_eq!(Roles::only(Role::Instructor).bits(), 2);
        assert_eq!(Roles::only(Role::Instructor).with(Role::Learner).bits(), 3);
        assert_eq!(Roles::of([]), None, "no account without a role");
        assert_eq!(Roles::from_bits(0), None);
        assert_eq!(Roles::from_bits(8), None);
        assert_eq!(Roles::from_bits(7).map(|r| r.iter().count()), Some(3));
    }

    #[test]
    fn emails_are_parsed_and_normalized() {
        assert_eq!(
            Email::parse(" Ana@Example.org ").map(|e| e.to_string()),
            Ok("ana@example.org".into())
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.org",
            "ana@org",
            "a b@x.org",
            "ana@x.org.",
            "a@b@c.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password(&h, "correct horse"));
        assert!(!verify_password(&h, "wrong"));
        assert!(!verify_password("not a hash", "x"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
    }
}
