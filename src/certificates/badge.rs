//! Open Badges 3.0: a certificate as an `OpenBadgeCredential` (a W3C Verifiable Credential, data model 2.0)
//! and its JSON Web Token proof, so a learner can keep it in a credential wallet and anyone can check it
//! with an outside verifier. Made from the signed certificate record, never from anything else, so the
//! badge says what the certificate says.
//!
//! What this follows, from the 1EdTech Open Badges Specification 3.0 (`ob_v3p0/integrity.md` of
//! 1EdTech/openbadges-specification, §"JSON Web Token Proof Format", and the `AchievementCredential` JSON
//! Schema published at [`OB3_SCHEMA`], vendored in `tests/fixtures/ob3/`):
//! - JOSE header: `alg` "MUST be RS256 as a minimum" (other algorithms limit interoperability, so the
//!   certificate's Ed25519 key is not used here: an RSA key of its own signs badges); `kid` a URI that
//!   dereferences to the JWK, and/or `jwk` the public key (never `d`); `typ`, if present, "JWT"; no other
//!   header is allowed. We send all of `alg`, `typ`, `kid` and `jwk`, so a verifier that cannot fetch still
//!   has the key, and one that can fetches it from the issuer's own address.
//! - JWT payload: the credential's own members at the top level (not under a `vc` claim, which is the
//!   VC 1.1 form the specification only reads), plus `iss` = `issuer.id`, `jti` = `id`, `nbf` = `validFrom`
//!   as a NumericDate, `sub` = `credentialSubject.id` (all required) and `exp` only with a `validUntil`
//!   (certificates do not expire, so none).
//! - The credential: `@context` [VC 2.0, OB 3.0 context 3.0.3], `type` [VerifiableCredential,
//!   OpenBadgeCredential], `id`, `issuer` (a Profile: `id`, `type`, `name`, `url`), `validFrom`, `name`,
//!   `credentialSubject` (an AchievementSubject with `id`, the learner's name as an IdentityObject of type
//!   "name", and the `achievement`: `id`, `type`, `achievementType`, `name`, `description`, `criteria`),
//!   and `credentialSchema` naming the 1EdTech schema.
//! - Not done: `credentialStatus`. The OB 3.0 revocation method (1EdTech Revocation List) is a separate
//!   specification we have not implemented; a revoked certificate's badge is no longer served (410) and the
//!   credential's `id` is its public verification page, which says "revoked".
//!
//! Pure: texts arrive localized, identifiers arrive as URLs, the time arrives as a value; no I/O.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rand::rngs::OsRng;
use rsa::pkcs1v15::SigningKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::signature::{RandomizedSigner, SignatureEncoding};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::record::{Achievement, CertificateRecord};

/// The W3C Verifiable Credentials Data Model 2.0 context, first in every credential.
pub const VC2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context (the latest published version, which the schema's pattern accepts).
pub const OB3_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// The 1EdTech JSON Schema for an AchievementCredential / OpenBadgeCredential.
pub const OB3_SCHEMA: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
/// The RSA modulus size of keys we make.
pub const RSA_BITS: usize = 2048;

#[derive(Debug, thiserror::Error)]
pub enum BadgeError {
    #[error("RSA: {0}")]
    Rsa(String),
    #[error("the credential lacks {0}, which its JWT claims need")]
    Missing(&'static str),
}

/// The RSA key that signs badges (RS256). `Debug` shows only the key id.
#[derive(Clone)]
pub struct RsaKeyPair {
    key: RsaPrivateKey,
}

impl fmt::Debug for RsaKeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RsaKeyPair")
            .field("kid", &self.key_id())
            .finish_non_exhaustive()
    }
}

impl RsaKeyPair {
    /// A new 2048-bit key from the operating system's CSPRNG (a second or so: run it off the async workers).
    pub fn generate() -> Result<Self, BadgeError> {
        RsaPrivateKey::new(&mut OsRng, RSA_BITS)
            .map(|key| Self { key })
            .map_err(|e| BadgeError::Rsa(e.to_string()))
    }

    /// The key stored earlier as PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`).
    pub fn from_pem(pem: &str) -> Result<Self, BadgeError> {
        RsaPrivateKey::from_pkcs8_pem(pem)
            .map(|key| Self { key })
            .map_err(|e| BadgeError::Rsa(e.to_string()))
    }

    /// The secret as PKCS#8 PEM, for the caller to store where secrets belong.
    pub fn secret_pem(&self) -> Result<String, BadgeError> {
        self.key
            .to_pkcs8_pem(LineEnding::LF)
            .map(|pem| pem.to_string())
            .map_err(|e| BadgeError::Rsa(e.to_string()))
    }

    fn public(&self) -> RsaPublicKey {
        self.key.to_public_key()
    }

    fn n(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.key.n().to_bytes_be())
    }

    fn e(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.key.e().to_bytes_be())
    }

    /// The RFC 7638 thumbprint: SHA-256 of `{"e":…,"kty":"RSA","n":…}` (required members, sorted, no
    /// whitespace), base64url.
    pub fn key_id(&self) -> String {
        let members = format!(r#"{{"e":"{}","kty":"RSA","n":"{}"}}"#, self.e(), self.n());
        URL_SAFE_NO_PAD.encode(Sha256::digest(members.as_bytes()))
    }

    /// The public JWK (RFC 7517/7518 §6.3.1), with its key id, algorithm and use; never `d`.
    pub fn public_jwk(&self) -> Value {
        json!({
            "kty": "RSA",
            "n": self.n(),
            "e": self.e(),
            "kid": self.key_id(),
            "alg": "RS256",
            "use": "sig",
        })
    }

    /// SubjectPublicKeyInfo PEM, as OpenSSL reads it.
    pub fn public_pem(&self) -> Result<String, BadgeError> {
        self.public()
            .to_public_key_pem(LineEnding::LF)
            .map_err(|e| BadgeError::Rsa(e.to_string()))
    }

    /// RSASSA-PKCS1-v1_5 with SHA-256 (RS256, RFC 7518 §3.3) over `message`. The signature is deterministic;
    /// the random generator only blinds the private-key operation against timing attacks.
    pub fn sign_rs256(&self, message: &[u8]) -> Result<Vec<u8>, BadgeError> {
        SigningKey::<Sha256>::new(self.key.clone())
            .try_sign_with_rng(&mut OsRng, message)
            .map(|s| s.to_vec())
            .map_err(|e| BadgeError::Rsa(e.to_string()))
    }
}

/// The badge's texts, already in the certificate's language.
#[derive(Debug, Clone)]
pub struct BadgeTexts {
    pub credential_name: String,
    /// What this learner's certificate says beyond the achievement (the score, the skills' levels).
    pub credential_description: String,
    pub achievement_name: String,
    pub achievement_description: String,
    pub criteria: String,
}

/// The badge's identifiers (URIs).
#[derive(Debug, Clone)]
pub struct BadgeIds {
    /// The credential: its public verification page.
    pub credential: String,
    /// The learner as this certificate names them (ispit gives learners no public identifier).
    pub subject: String,
    /// The achievement, the same for every learner who reaches it.
    pub achievement: String,
}

/// The OpenBadgeCredential of a certificate record, valid from `valid_from` (the moment it was issued).
pub fn credential(
    record: &CertificateRecord,
    ids: &BadgeIds,
    texts: &BadgeTexts,
    valid_from: jiff::Timestamp,
) -> Value {
    let achievement_type = match record.achievement {
        Achievement::Course { .. } => "Course",
        Achievement::Placement { .. } => "Assessment",
    };
    json!({
        "@context": [VC2_CONTEXT, OB3_CONTEXT],
        "id": ids.credential,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": texts.credential_name,
        "description": texts.credential_description,
        "issuer": {
            "id": record.issuer.url,
            "type": ["Profile"],
            "name": record.issuer.name,
            "url": record.issuer.url,
        },
        "validFrom": valid_from.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "credentialSubject": {
            "id": ids.subject,
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": false,
                "identityHash": record.learner.name,
            }],
            "achievement": {
                "id": ids.achievement,
                "type": ["Achievement"],
                "achievementType": achievement_type,
                "name": texts.achievement_name,
                "description": texts.achievement_description,
                "criteria": { "narrative": texts.criteria },
                "inLanguage": record.locale,
            },
        },
        "credentialSchema": [{
            "id": OB3_SCHEMA,
            "type": "1EdTechJsonSchemaValidator2019",
        }],
    })
}

/// The JOSE header: RS256, "JWT", the key's URL (`kid_url`, which answers the JWK) and the public JWK.
pub fn jose_header(key: &RsaKeyPair, kid_url: &str) -> Value {
    let mut jwk = key.public_jwk();
    if let Value::Object(m) = &mut jwk {
        // The header's own `kid` names the key; inside `jwk` only the key itself.
        m.remove("kid");
        m.remove("alg");
        m.remove("use");
    }
    json!({ "alg": "RS256", "typ": "JWT", "kid": kid_url, "jwk": jwk })
}

/// The JWT payload: the credential's members and the registered claims drawn from them.
pub fn jwt_payload(credential: &Value) -> Result<Value, BadgeError> {
    let text = |v: Option<&Value>, what| {
        v.and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or(BadgeError::Missing(what))
    };
    let iss = text(credential.pointer("/issuer/id"), "issuer.id")?;
    let jti = text(credential.get("id"), "id")?;
    let sub = text(
        credential.pointer("/credentialSubject/id"),
        "credentialSubject.id",
    )?;
    let nbf = text(credential.get("validFrom"), "validFrom")?
        .parse::<jiff::Timestamp>()
        .map_err(|_| BadgeError::Missing("a validFrom date-time"))?
        .as_second();
    let mut payload = credential.clone();
    let Value::Object(m) = &mut payload else {
        return Err(BadgeError::Missing("an object"));
    };
    m.insert("iss".into(), json!(iss));
    m.insert("jti".into(), json!(jti));
    m.insert("nbf".into(), json!(nbf));
    m.insert("sub".into(), json!(sub));
    Ok(payload)
}

/// The credential as a Compact JWS (RFC 7515 §7.1): BASE64URL(header) "." BASE64URL(payload) "."
/// BASE64URL(RS256 signature of the two joined).
pub fn jwt(credential: &Value, key: &RsaKeyPair, kid_url: &str) -> Result<String, BadgeError> {
    let header = jose_header(key, kid_url).to_string();
    let payload = jwt_payload(credential)?.to_string();
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.as_bytes()),
        URL_SAFE_NO_PAD.encode(payload.as_bytes())
    );
    let signature = key.sign_rs256(input.as_bytes())?;
    Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificates::record::tests::sample_record;
    use std::process::Command;

    /// A 2048-bit key made with `openssl genpkey -algorithm RSA` for these tests only.
    const TEST_KEY: &str = include_str!("../../tests/fixtures/ob3/rsa-test-key.pem");
    /// Its modulus as `openssl rsa -modulus` prints it, in base64url (by Python's base64 module).
    const TEST_N: &str = "sz3lslZhARF1I-x850GA7OkmbQdyKrOiTkGNbeQJ8d2HUhBTX1UWl-njgxRUKBh0vItuejkM7LYC9Jw9Avno3OC6sOAojyvLmcH90uI-0EDPZBcyKOtxH6vthI_NznC6SA0vzO2EcUwompifOb6_9FbC8_yDD0LecKxUV7ak9FH2rKjVSV6iWjd07oBTlynYffRPgOL7agaxUY1cQzhl2U0LiZLz1Rbw1HIYlTV_HUzP1WKWdAHYYjXXCyxP6CKoHAhu_HRvnmG6FWLVk4poGEQYKzsM3JPG2fipuHgaOYXpqebma4P1HLrdnrYoOf8LlI-S_OHQMacNZy0W0XFZiQ";
    /// The RFC 7638 thumbprint of that key, computed with Python's hashlib over the members written by hand.
    const TEST_KID: &str = "WJV4nT5yWnaikaRP1bY6eZg0wVeqNFM5P7vWBi-2Ec8";

    fn key() -> RsaKeyPair {
        RsaKeyPair::from_pem(TEST_KEY).expect("the test key reads")
    }

    fn texts() -> BadgeTexts {
        BadgeTexts {
            credential_name: "Certificate: Енглески B1".into(),
            credential_description: "Score: 85 %".into(),
            achievement_name: "Енглески B1".into(),
            achievement_description: "Passed the final assessment of the course.".into(),
            criteria: "Pass the course's final quiz.".into(),
        }
    }

    fn ids() -> BadgeIds {
        BadgeIds {
            credential: "https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W".into(),
            subject: "https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W#learner".into(),
            achievement: "https://ispit.example.org/achievements/course/eng-b1".into(),
        }
    }

    fn unb64(part: &str) -> Value {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).expect("base64url")).expect("JSON")
    }

    #[test]
    fn the_test_key_has_the_modulus_and_thumbprint_computed_outside() {
        let jwk = key().public_jwk();
        assert_eq!(
            jwk,
            json!({"kty": "RSA", "n": TEST_N, "e": "AQAB", "kid": TEST_KID, "alg": "RS256", "use": "sig"})
        );
        let again = RsaKeyPair::from_pem(&key().secret_pem().expect("pem")).expect("reads back");
        assert_eq!(again.key_id(), TEST_KID);
        assert!(!format!("{:?}", key()).contains(TEST_N));
    }

    /// RS256 is deterministic: `openssl dgst -sha256 -sign rsa-test-key.pem` over these 41 bytes printed
    /// this signature (base64url by `basenc --base64url`, padding removed).
    #[test]
    fn rs256_matches_openssl_on_a_fixed_message() {
        let expected = "qir37nju97lHwQ9hLy4QaIeGuqptcLScTy8FZTDxQjw2mChSkKRQXzDiOSoN-eLLk-HRTmBZuxOjw5Tqy5NoNLXEpIcEeFdPACdBalTi5d0Se55YzDGLjLUl82WVolkPjH9ApZhgmn4QE849Bgn_XxAoadAUf26eqyrOBsonfc7n1knXW9IEiEZkXsABlUF92j5_FEi3nV6w6D2bTR_DjEMSJzkZhP5Lz1asmAPw9AseKKw4hPHQFuSvjNdH9PxOJQA_-TNQF-sjPDK2PPiqXMqDhV8_gumlPzAaIvDMV-zv8OfSMCxSDNNbTqQUEfrT5hgjP1IX8BqPYascytpwJw";
        let signature = key()
            .sign_rs256(b"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJpc3BpdCJ9")
            .expect("sign");
        assert_eq!(URL_SAFE_NO_PAD.encode(signature), expected);
    }

    #[test]
    fn the_credential_and_its_jwt_hold_what_open_badges_3_requires() {
        let record = sample_record();
        // 2026-12-07 10:30:00 UTC: 20794 days after 1970-01-01 (by hand: 56 years with 14 leap days from
        // 1970 to 2026 = 20454, plus 340 days to 7 December 2026), times 86400, plus 37800 s.
        let at = jiff::Timestamp::from_second(1_796_639_400).expect("time");
        let credential = credential(&record, &ids(), &texts(), at);
        let expected = json!({
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
            ],
            "id": "https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": "Certificate: Енглески B1",
            "description": "Score: 85 %",
            "issuer": {
                "id": "https://ispit.example.org",
                "type": ["Profile"],
                "name": "Centar \"Most\" Novi Sad",
                "url": "https://ispit.example.org"
            },
            "validFrom": "2026-12-07T10:30:00Z",
            "credentialSubject": {
                "id": "https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W#learner",
                "type": ["AchievementSubject"],
                "identifier": [{
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": false,
                    "identityHash": "Јована Петровић-Ђурђевић"
                }],
                "achievement": {
                    "id": "https://ispit.example.org/achievements/course/eng-b1",
                    "type": ["Achievement"],
                    "achievementType": "Course",
                    "name": "Енглески B1",
                    "description": "Passed the final assessment of the course.",
                    "criteria": {"narrative": "Pass the course's final quiz."},
                    "inLanguage": "sr-Cyrl"
                }
            },
            "credentialSchema": [{
                "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                "type": "1EdTechJsonSchemaValidator2019"
            }]
        });
        assert_eq!(credential, expected);

        let kid_url =
            format!("https://ispit.example.org/.well-known/ispit-certificate-keys/{TEST_KID}");
        let token = jwt(&credential, &key(), &kid_url).expect("jwt");
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3, "{token}");
        assert_eq!(
            unb64(parts[0]),
            json!({"alg": "RS256", "typ": "JWT", "kid": kid_url, "jwk": {"kty": "RSA", "n": TEST_N, "e": "AQAB"}})
        );
        let mut payload = expected.clone();
        payload["iss"] = json!("https://ispit.example.org");
        payload["jti"] = json!("https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W");
        payload["nbf"] = json!(1_796_639_400);
        payload["sub"] = json!("https://ispit.example.org/verify/7K3QD-M0XPA-9RT1W#learner");
        assert_eq!(unb64(parts[1]), payload);
        // No `vc` wrapper and no `exp` (certificates do not expire).
        assert!(payload.get("vc").is_none() && payload.get("exp").is_none());

        // The signature checked by openssl against the public key in PEM.
        let dir = tempfile::tempdir().expect("tmp");
        let path = |n: &str| dir.path().join(n);
        std::fs::write(path("pub.pem"), key().public_pem().expect("pem")).expect("write");
        std::fs::write(path("input"), format!("{}.{}", parts[0], parts[1])).expect("write");
        std::fs::write(path("sig"), URL_SAFE_NO_PAD.decode(parts[2]).expect("b64")).expect("write");
        let verify = |input: &str| {
            Command::new("openssl")
                .args([
                    "dgst",
                    "-sha256",
                    "-verify",
                    "pub.pem",
                    "-signature",
                    "sig",
                    input,
                ])
                .current_dir(dir.path())
                .output()
                .expect("openssl must be installed")
                .status
                .success()
        };
        assert!(verify("input"));
        std::fs::write(path("forged"), format!("{}.{}", parts[0], parts[0])).expect("write");
        assert!(!verify("forged"), "another payload must not verify");
    }

    #[test]
    fn placement_badges_are_assessments_and_a_credential_without_a_subject_id_has_no_jwt() {
        let mut record = sample_record();
        record.achievement = Achievement::Placement {
            level: crate::placement::cefr::Level::B2,
            skills: Default::default(),
        };
        let at = jiff::Timestamp::from_second(0).expect("time");
        let mut c = credential(&record, &ids(), &texts(), at);
        assert_eq!(
            c["credentialSubject"]["achievement"]["achievementType"],
            "Assessment"
        );
        assert_eq!(c["validFrom"], "1970-01-01T00:00:00Z");
        c["credentialSubject"]
            .as_object_mut()
            .expect("object")
            .remove("id");
        assert!(matches!(
            jwt(&c, &key(), "https://x"),
            Err(BadgeError::Missing("credentialSubject.id"))
        ));
    }
}
