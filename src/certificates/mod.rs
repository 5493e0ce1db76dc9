//! Certificates: the pure core the web and database shell call when a learner passes a course quiz or
//! finishes the placement test. Each part exists for one promise made to whoever holds a certificate:
//! - `code`: a short, unguessable verification code a person can type from paper;
//! - `record` and `signing`: a record signed with Ed25519 over its canonical JSON, so anyone can check it
//!   with an outside tool against the published key, and ispit cannot quietly change what it certified;
//! - `badge`: the same certificate as an Open Badges 3.0 credential, signed as a JWT (RS256), for wallets;
//! - `pdf`: the printable certificate, A4 landscape, the learner's name exactly as given in any of our
//!   languages and scripts (fonts embedded and shaped per language), with a QR code to the verification page.
//!
//! Pure: no Rocket, no SQL, no Fluent, no clock. Texts arrive already localized; keys and fonts arrive as
//! bytes (reading the fonts once at start is `pdf::Fonts::load`, the only file access here).

pub mod badge;
pub mod code;
pub mod pdf;
pub mod record;
pub mod signing;

pub use code::VerificationCode;
pub use record::{Achievement, CertificateRecord, Issuer, Learner};
pub use signing::{verify, verify_record, Ed25519KeyPair, PublicKey};
