//! Ed25519 keys that sign certificate records, and their public forms (JWK with an RFC 7638 key id, SPKI
//! PEM) so that anyone can check a certificate with an outside tool (`openssl pkeyutl -verify -rawin`).
//! The signature covers the record's canonical JSON bytes and is written base64url without padding, as in
//! JWS; `sign_bytes` is the general primitive another format (a JWT for Open Badges) can use beside it.
//! Never stores or logs the secret: the caller keeps `secret_bytes()` where secrets belong.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::EncodePublicKey;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use rand::rngs::OsRng;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::record::{CertificateRecord, RecordError};

#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error("the record names key {record} but is being signed with key {signer}")]
    KeyIdMismatch { record: String, signer: String },
    #[error("the public key cannot be written as PEM: {0}")]
    Pem(String),
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("the signature is not 64 bytes of base64url")]
    MalformedSignature,
    #[error("the signature does not match the record and key")]
    BadSignature,
    #[error("the public key is not an Ed25519 JWK: {0}")]
    BadKey(&'static str),
    #[error("the record names key {record}, not {key}")]
    KeyIdMismatch { record: String, key: String },
    #[error(transparent)]
    Record(#[from] RecordError),
}

/// An Ed25519 key pair. `Debug` shows only the key id.
pub struct Ed25519KeyPair {
    key: SigningKey,
}

impl fmt::Debug for Ed25519KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ed25519KeyPair")
            .field("kid", &self.key_id())
            .finish_non_exhaustive()
    }
}

impl Ed25519KeyPair {
    /// A new key from the operating system's CSPRNG.
    pub fn generate() -> Self {
        Self {
            key: SigningKey::generate(&mut OsRng),
        }
    }

    /// The key whose 32-byte secret (RFC 8032's "private key", the seed) was stored earlier.
    pub fn from_secret(secret: &[u8; 32]) -> Self {
        Self {
            key: SigningKey::from_bytes(secret),
        }
    }

    /// A copy of the 32-byte secret, for the caller to store. The key pair itself wipes its copy on drop.
    pub fn secret_bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.key.verifying_key())
    }

    pub fn key_id(&self) -> String {
        self.public().key_id()
    }

    pub fn public_jwk(&self) -> Value {
        self.public().jwk()
    }

    pub fn public_pem(&self) -> Result<String, SigningError> {
        self.public().pem()
    }

    /// The raw Ed25519 signature of any bytes.
    pub fn sign_bytes(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    /// The base64url signature of the record's canonical JSON. The record must name this key (`kid`), so a
    /// verifier knows which published key to use.
    pub fn sign(&self, record: &CertificateRecord) -> Result<String, SigningError> {
        let kid = self.key_id();
        if record.kid != kid {
            return Err(SigningError::KeyIdMismatch {
                record: record.kid.clone(),
                signer: kid,
            });
        }
        let json = record.canonical_json()?;
        Ok(URL_SAFE_NO_PAD.encode(self.sign_bytes(json.as_bytes())))
    }
}

/// An Ed25519 public key, as published at the well-known URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, VerifyError> {
        VerifyingKey::from_bytes(bytes)
            .map(Self)
            .map_err(|_| VerifyError::BadKey("x is not a point on Ed25519"))
    }

    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// Reads `{"kty":"OKP","crv":"Ed25519","x":…}`; a `kid`, if present, must be this key's thumbprint.
    pub fn from_jwk(jwk: &Value) -> Result<Self, VerifyError> {
        if jwk.get("kty").and_then(Value::as_str) != Some("OKP") {
            return Err(VerifyError::BadKey("kty is not OKP"));
        }
        if jwk.get("crv").and_then(Value::as_str) != Some("Ed25519") {
            return Err(VerifyError::BadKey("crv is not Ed25519"));
        }
        let x = jwk
            .get("x")
            .and_then(Value::as_str)
            .ok_or(VerifyError::BadKey("x is missing"))?;
        let bytes: [u8; 32] = URL_SAFE_NO_PAD
            .decode(x)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(VerifyError::BadKey("x is not 32 bytes of base64url"))?;
        let key = Self::from_bytes(&bytes)?;
        match jwk.get("kid") {
            None => Ok(key),
            Some(kid) if kid.as_str() == Some(key.key_id().as_str()) => Ok(key),
            Some(_) => Err(VerifyError::BadKey(
                "kid is not the key's RFC 7638 thumbprint",
            )),
        }
    }

    /// The RFC 7638 JWK thumbprint: SHA-256 of the required members in lexicographic order with no
    /// whitespace (`{"crv":"Ed25519","kty":"OKP","x":…}`, RFC 8037 §2), base64url.
    pub fn key_id(&self) -> String {
        let members = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{}"}}"#, self.x());
        URL_SAFE_NO_PAD.encode(Sha256::digest(members.as_bytes()))
    }

    fn x(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0.as_bytes())
    }

    pub fn jwk(&self) -> Value {
        json!({"kty": "OKP", "crv": "Ed25519", "x": self.x(), "kid": self.key_id()})
    }

    /// SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`), as OpenSSL reads it.
    pub fn pem(&self) -> Result<String, SigningError> {
        self.0
            .to_public_key_pem(LineEnding::LF)
            .map_err(|e| SigningError::Pem(e.to_string()))
    }

    /// Checks a base64url signature over exactly these bytes (strict: refuses small-order keys and
    /// non-canonical signatures).
    pub fn verify_bytes(&self, message: &[u8], signature: &str) -> Result<(), VerifyError> {
        let bytes: [u8; 64] = URL_SAFE_NO_PAD
            .decode(signature)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(VerifyError::MalformedSignature)?;
        self.0
            .verify_strict(message, &Signature::from_bytes(&bytes))
            .map_err(|_| VerifyError::BadSignature)
    }
}

/// Checks a signature over the record JSON exactly as given (the bytes that were signed).
pub fn verify(public: &PublicKey, json: &str, signature: &str) -> Result<(), VerifyError> {
    public.verify_bytes(json.as_bytes(), signature)
}

/// Checks the signature, then reads the record and checks that it names this key.
pub fn verify_record(
    public: &PublicKey,
    json: &str,
    signature: &str,
) -> Result<CertificateRecord, VerifyError> {
    verify(public, json, signature)?;
    let record = CertificateRecord::from_json(json)?;
    let key = public.key_id();
    if record.kid == key {
        Ok(record)
    } else {
        Err(VerifyError::KeyIdMismatch {
            record: record.kid,
            key,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificates::record::tests::sample_record;
    use std::path::Path;
    use std::process::Command;

    fn unhex<const N: usize>(hex_text: &str) -> [u8; N] {
        hex::decode(hex_text)
            .expect("hex")
            .try_into()
            .expect("length")
    }

    /// RFC 8032 §7.1 TEST 1: secret key, public key; RFC 8037 Appendix A.3 gives the thumbprint of that same
    /// public key (x = 11qYAYKx…).
    #[test]
    fn rfc_8032_test_1_key_and_rfc_8037_thumbprint() {
        let pair = Ed25519KeyPair::from_secret(&unhex(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        ));
        assert_eq!(
            hex::encode(pair.public().to_bytes()),
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
        );
        assert_eq!(
            pair.public_jwk(),
            json!({
                "kty": "OKP",
                "crv": "Ed25519",
                "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
                "kid": "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
            })
        );
        assert_eq!(
            pair.secret_bytes(),
            unhex::<32>("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        );
    }

    /// RFC 8032 §7.1 TEST 2: the one-byte message 0x72.
    #[test]
    fn rfc_8032_test_2_signature() {
        let pair = Ed25519KeyPair::from_secret(&unhex(
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        ));
        assert_eq!(
            hex::encode(pair.public().to_bytes()),
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
        );
        let expected = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da\
                        085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";
        assert_eq!(hex::encode(pair.sign_bytes(&[0x72])), expected);
        let b64 = URL_SAFE_NO_PAD.encode(unhex::<64>(expected));
        assert!(pair.public().verify_bytes(&[0x72], &b64).is_ok());
        assert!(matches!(
            pair.public().verify_bytes(&[0x73], &b64),
            Err(VerifyError::BadSignature)
        ));
    }

    fn signed_sample() -> (Ed25519KeyPair, CertificateRecord, String, String) {
        let pair = Ed25519KeyPair::generate();
        let mut record = sample_record();
        record.kid = pair.key_id();
        let json = record.canonical_json().expect("canonical");
        let signature = pair.sign(&record).expect("sign");
        (pair, record, json, signature)
    }

    #[test]
    fn a_signed_record_verifies_and_any_change_does_not() {
        let (pair, record, json, signature) = signed_sample();
        let public = PublicKey::from_jwk(&pair.public_jwk()).expect("own JWK reads back");
        assert_eq!(
            verify_record(&public, &json, &signature).expect("verifies"),
            record
        );
        let tampered = json.replace(r#""score_percent":"85""#, r#""score_percent":"95""#);
        assert_ne!(tampered, json);
        assert!(matches!(
            verify(&public, &tampered, &signature),
            Err(VerifyError::BadSignature)
        ));
        let other = Ed25519KeyPair::generate().public();
        assert!(matches!(
            verify(&other, &json, &signature),
            Err(VerifyError::BadSignature)
        ));
        assert!(matches!(
            verify(&public, &json, "not base64!"),
            Err(VerifyError::MalformedSignature)
        ));
        assert!(matches!(
            verify(&public, &json, &signature[..40]),
            Err(VerifyError::MalformedSignature)
        ));
    }

    #[test]
    fn a_key_survives_its_stored_secret_and_refuses_a_record_naming_another_key() {
        let (pair, record, _, signature) = signed_sample();
        let again = Ed25519KeyPair::from_secret(&pair.secret_bytes());
        assert_eq!(again.key_id(), pair.key_id());
        // Ed25519 is deterministic: the same key signs the same bytes the same way.
        assert_eq!(again.sign(&record).expect("sign"), signature);
        let mut foreign = record;
        foreign.kid = "someone-else".into();
        assert!(matches!(
            pair.sign(&foreign),
            Err(SigningError::KeyIdMismatch { .. })
        ));
        assert!(!format!("{pair:?}").contains(&hex::encode(pair.secret_bytes())));
    }

    #[test]
    fn jwk_reading_refuses_other_key_types_and_wrong_kids() {
        let pair = Ed25519KeyPair::generate();
        let good = pair.public_jwk();
        let mut wrong_kid = good.clone();
        wrong_kid["kid"] = json!("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
        assert!(PublicKey::from_jwk(&wrong_kid).is_err());
        let mut x25519 = good.clone();
        x25519["crv"] = json!("X25519");
        assert!(PublicKey::from_jwk(&x25519).is_err());
        let mut rsa = good.clone();
        rsa["kty"] = json!("RSA");
        assert!(PublicKey::from_jwk(&rsa).is_err());
        let mut short = good;
        short["x"] = json!("AAAA");
        assert!(PublicKey::from_jwk(&short).is_err());
    }

    fn openssl_verifies(dir: &Path, record_file: &str) -> bool {
        let status = Command::new("openssl")
            .args([
                "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin",
            ])
            .args(["-in", record_file, "-sigfile", "sig.bin"])
            .current_dir(dir)
            .output()
            .expect("openssl runs");
        status.status.success()
    }

    /// What an outside verifier does: the published PEM, the record bytes, the raw signature.
    #[test]
    fn openssl_verifies_the_signature_and_refuses_a_tampered_record() {
        if Command::new("openssl").arg("version").output().is_err() {
            eprintln!("openssl is not installed: skipping the outside check");
            return;
        }
        let (pair, _, json, signature) = signed_sample();
        let dir = tempfile::tempdir().expect("temp dir");
        let pem = pair.public_pem().expect("pem");
        assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----\n"), "{pem}");
        std::fs::write(dir.path().join("pub.pem"), pem).expect("write pem");
        std::fs::write(dir.path().join("record.json"), &json).expect("write record");
        let raw = URL_SAFE_NO_PAD.decode(&signature).expect("base64url");
        std::fs::write(dir.path().join("sig.bin"), raw).expect("write signature");
        assert!(openssl_verifies(dir.path(), "record.json"));

        let tampered = json.replace("Јована", "Јосип");
        assert_ne!(tampered, json);
        std::fs::write(dir.path().join("tampered.json"), tampered).expect("write tampered");
        assert!(!openssl_verifies(dir.path(), "tampered.json"));
    }
}
