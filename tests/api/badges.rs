//! Open Badges 3.0 credentials end to end: the learner downloads the JWT, whose header and payload hold the
//! claims the specification requires, whose RS256 signature openssl verifies with the published JWK (turned
//! into PEM by openssl itself), and whose credential validates against the official 1EdTech JSON Schema
//! (vendored in tests/fixtures/ob3/) with Python's `jsonschema` (Draft 2019-09). A revoked certificate's
//! badge is gone (410); another learner's is not found (404); the result page and the dashboard show the
//! learner their certificate's links.

use std::process::Command;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rocket::http::{ContentType, Status};
use serde_json::{json, Value};
use sqlx::Row;

use crate::mail::{centre, jovana_passes, Centre};
use crate::smtp::SmtpServer;

const ORIGIN: &str = "https://ispit.rcm.example.org";

/// The one certificate issued so far: (code, issued_at).
async fn the_certificate(c: &Centre) -> (String, i64) {
    let row = sqlx::query("SELECT code, issued_at FROM certificates")
        .fetch_one(&c.t.app().db.pool)
        .await
        .expect("one certificate");
    (
        row.try_get("code").expect("code"),
        row.try_get("issued_at").expect("issued_at"),
    )
}

async fn get(c: &Centre, path: &str) -> (Status, Option<ContentType>, String) {
    let res = c.t.client.get(path.to_string()).dispatch().await;
    let status = res.status();
    let ctype = res.content_type();
    (status, ctype, res.into_string().await.unwrap_or_default())
}

fn decode(part: &str) -> Value {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).expect("base64url")).expect("JSON")
}

fn openssl(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl must be installed (.ci/run installs it)")
}

/// Validates `instance` against the vendored OB 3.0 AchievementCredential schema; Err with the errors.
fn schema_check(instance: &Value) -> Result<(), String> {
    let schema = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ob3/ob_v3p0_achievementcredential_schema.json"
    );
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("credential.json");
    std::fs::write(&file, instance.to_string()).expect("write");
    let script = "import json, sys\n\
        from jsonschema import Draft201909Validator\n\
        schema = json.load(open(sys.argv[1]))\n\
        doc = json.load(open(sys.argv[2]))\n\
        errors = [f'{list(e.path)}: {e.message}' for e in Draft201909Validator(schema).iter_errors(doc)]\n\
        print('\\n'.join(errors))\n\
        sys.exit(1 if errors else 0)\n";
    let out = Command::new("python3")
        .args(["-c", script, schema])
        .arg(&file)
        .output()
        .expect("python3 must be installed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("ModuleNotFoundError"),
        "Python's jsonschema must be installed (pip install jsonschema): {stderr}"
    );
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{stderr}", String::from_utf8_lossy(&out.stdout)))
    }
}

#[rocket::async_test]
async fn the_badge_jwt_holds_the_required_claims_and_verifies_with_openssl_and_the_schema() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    jovana_passes(&c, None).await;
    let (code, issued_at) = the_certificate(&c).await;

    let (status, ctype, token) = get(&c, &format!("/certificates/{code}/badge.jwt")).await;
    assert_eq!(status, Status::Ok, "{token}");
    assert_eq!(ctype, Some(ContentType::new("application", "jwt")));
    let parts: Vec<&str> = token.trim().split('.').collect();
    assert_eq!(parts.len(), 3, "a compact JWS: {token}");

    // The published key set holds an RSA key for RS256 beside the Ed25519 record key.
    let (status, keys) =
        c.t.json("GET", "/.well-known/ispit-certificate-keys.json", "", None)
            .await;
    assert_eq!(status, Status::Ok);
    let rsa: Vec<&Value> = keys["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .filter(|k| k["kty"] == "RSA")
        .collect();
    assert_eq!(rsa.len(), 1, "{keys}");
    let jwk = rsa[0].clone();
    let kid = jwk["kid"].as_str().expect("kid").to_string();
    assert_eq!((&jwk["alg"], &jwk["e"]), (&json!("RS256"), &json!("AQAB")));
    assert!(jwk.get("d").is_none(), "never the private key");

    // The JOSE header: exactly alg, typ, kid (a URL that answers the JWK) and jwk (the public key).
    let header = decode(parts[0]);
    let kid_url = format!("{ORIGIN}/.well-known/ispit-certificate-keys/{kid}");
    assert_eq!(
        header,
        json!({"alg": "RS256", "typ": "JWT", "kid": kid_url,
               "jwk": {"kty": "RSA", "n": jwk["n"], "e": "AQAB"}})
    );
    let (status, _, one) = get(&c, &format!("/.well-known/ispit-certificate-keys/{kid}")).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(serde_json::from_str::<Value>(&one).expect("JWK"), jwk);

    // The payload: the credential at the top level with iss, jti, nbf and sub drawn from it.
    let payload = decode(parts[1]);
    let verify_url = format!("{ORIGIN}/verify/{code}");
    assert_eq!(payload["iss"], ORIGIN);
    assert_eq!(payload["issuer"]["id"], ORIGIN);
    assert_eq!(payload["jti"], verify_url.as_str());
    assert_eq!(payload["id"], verify_url.as_str());
    assert_eq!(payload["sub"], format!("{verify_url}#learner"));
    assert_eq!(payload["credentialSubject"]["id"], payload["sub"]);
    assert_eq!(payload["nbf"], issued_at, "nbf is the moment of issue");
    // The test clock starts on 2026-11-27 at 09:00 UTC and the quiz is passed that morning.
    let valid_from = payload["validFrom"].as_str().expect("validFrom");
    assert!(valid_from.starts_with("2026-11-27T"), "{valid_from}");
    assert_eq!(
        valid_from
            .parse::<jiff::Timestamp>()
            .expect("RFC 3339")
            .as_second(),
        issued_at
    );
    assert!(payload.get("vc").is_none() && payload.get("exp").is_none());
    assert_eq!(
        payload["@context"],
        json!([
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ])
    );
    assert_eq!(
        payload["type"],
        json!(["VerifiableCredential", "OpenBadgeCredential"])
    );
    let subject = &payload["credentialSubject"];
    assert_eq!(subject["type"], json!(["AchievementSubject"]));
    assert_eq!(subject["identifier"][0]["identityHash"], "Јована Петровић");
    assert_eq!(subject["identifier"][0]["identityType"], "name");
    let course =
        c.t.bank()
            .quiz(&crate::mail::QUIZ.parse().expect("id"))
            .map(|(course, _)| {
                (
                    course.id.to_string(),
                    course.title(ispit::i18n::Locale::SrCyrl),
                )
            })
            .expect("course");
    let achievement = &subject["achievement"];
    assert_eq!(achievement["name"], course.1.as_str(), "in Serbian");
    assert_eq!(
        achievement["id"],
        format!("{ORIGIN}/achievements/course/{}", course.0)
    );
    assert_eq!(achievement["type"], json!(["Achievement"]));
    assert_eq!(achievement["inLanguage"], "sr-Cyrl");
    for field in ["description", "name"] {
        assert!(
            achievement[field].as_str().is_some_and(|s| !s.is_empty()),
            "{field}"
        );
    }
    assert!(achievement["criteria"]["narrative"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));

    if crate::helpers::outside_tool("openssl", &["version"]) {
        // openssl verifies the signature over the JWS signing input with the published JWK, which openssl
        // itself turns into a PEM public key (from an ASN.1 RSAPublicKey built from n and e).
        let dir = tempfile::tempdir().expect("tmp");
        let n_hex = hex::encode(
            URL_SAFE_NO_PAD
                .decode(jwk["n"].as_str().expect("n"))
                .expect("n"),
        );
        std::fs::write(
            dir.path().join("key.cnf"),
            format!("asn1=SEQUENCE:k\n[k]\nn=INTEGER:0x{n_hex}\ne=INTEGER:0x010001\n"),
        )
        .expect("write");
        let made = openssl(
            dir.path(),
            &[
                "asn1parse",
                "-genconf",
                "key.cnf",
                "-out",
                "key.der",
                "-noout",
            ],
        );
        assert!(made.status.success(), "{made:?}");
        let pem = openssl(
            dir.path(),
            &[
                "rsa",
                "-RSAPublicKey_in",
                "-inform",
                "DER",
                "-in",
                "key.der",
                "-pubout",
                "-out",
                "pub.pem",
            ],
        );
        assert!(pem.status.success(), "{pem:?}");
        std::fs::write(
            dir.path().join("input"),
            format!("{}.{}", parts[0], parts[1]),
        )
        .expect("write");
        std::fs::write(
            dir.path().join("sig"),
            URL_SAFE_NO_PAD.decode(parts[2]).expect("signature"),
        )
        .expect("write");
        let verify = |input: &str| {
            openssl(
                dir.path(),
                &[
                    "dgst",
                    "-sha256",
                    "-verify",
                    "pub.pem",
                    "-signature",
                    "sig",
                    input,
                ],
            )
        };
        let verified = verify("input");
        assert!(verified.status.success(), "{verified:?}");
        assert_eq!(
            String::from_utf8_lossy(&verified.stdout).trim(),
            "Verified OK"
        );
        let forged = URL_SAFE_NO_PAD.encode(
            payload
                .to_string()
                .replace("Јована Петровић", "Јосип Петровић"),
        );
        std::fs::write(dir.path().join("forged"), format!("{}.{forged}", parts[0])).expect("write");
        assert!(
            !verify("forged").status.success(),
            "a changed name must fail"
        );
    }

    // The credential validates against the 1EdTech schema, as JSON and as the JWT's payload; the schema
    // check itself refuses a credential without its issuer.
    let (status, ctype, json_text) = get(&c, &format!("/certificates/{code}/badge.json")).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(ctype, Some(ContentType::JSON));
    let credential: Value = serde_json::from_str(&json_text).expect("JSON");
    let mut claims_removed = payload.clone();
    for claim in ["iss", "jti", "nbf", "sub"] {
        claims_removed
            .as_object_mut()
            .expect("object")
            .remove(claim);
    }
    assert_eq!(
        credential, claims_removed,
        "the JSON is the JWT's credential"
    );
    if crate::helpers::outside_tool("python3", &["-c", "import jsonschema"]) {
        schema_check(&credential).expect("the credential follows the OB 3.0 schema");
        schema_check(&payload).expect("the JWT payload follows the OB 3.0 schema");
        let mut broken = credential.clone();
        broken.as_object_mut().expect("object").remove("issuer");
        assert!(schema_check(&broken).is_err(), "the schema check can fail");
    }
}

#[rocket::async_test]
async fn a_revoked_badge_is_gone_and_another_learner_or_a_stranger_cannot_have_it() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    jovana_passes(&c, None).await;
    let (code, _) = the_certificate(&c).await;
    let jwt = format!("/certificates/{code}/badge.jwt");
    let json = format!("/certificates/{code}/badge.json");

    c.t.logout().await;
    c.t.login("mark@example.org").await;
    assert_eq!(c.t.get(&jwt).await.status, Status::NotFound);
    assert_eq!(c.t.get(&json).await.status, Status::NotFound);
    c.t.logout().await;
    let anonymous = c.t.get(&jwt).await;
    assert_eq!(anonymous.status, Status::SeeOther);
    assert!(anonymous.location.is_some_and(|l| l.starts_with("/login")));

    let app = c.t.app();
    let row = ispit::db::certificates::find_by_code(&app.db, &code)
        .await
        .expect("query")
        .expect("row");
    let admin =
        c.t.add_staff("admin@example.org", "Admin", &[ispit::auth::Role::Admin])
            .await;
    assert!(ispit::db::certificates::revoke(
        &app.db,
        row.id,
        "issued in error",
        admin,
        app.clock.now().as_second()
    )
    .await
    .expect("revoke"));
    c.t.login("jovana@example.org").await;
    assert_eq!(c.t.get(&jwt).await.status, Status::Gone);
    assert_eq!(c.t.get(&json).await.status, Status::Gone);
    let dashboard = c.t.get("/quizzes").await;
    assert!(
        !dashboard.body.contains(&jwt),
        "no badge link for a revoked certificate"
    );
    assert!(dashboard.body.contains(&format!("/verify/{code}")));
}

#[rocket::async_test]
async fn the_result_page_and_the_dashboard_show_the_learner_their_certificate() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let attempt = jovana_passes(&c, None).await;
    let (code, _) = the_certificate(&c).await;
    let links = [
        format!("href=\"/certificates/{code}/pdf\""),
        format!("href=\"/certificates/{code}/badge.jwt\""),
        format!("href=\"/certificates/{code}/badge.json\""),
        format!("href=\"/verify/{code}\""),
    ];
    let result = c.t.get(&format!("/attempts/{attempt}/result")).await;
    assert_eq!(result.status, Status::Ok);
    assert!(
        result.body.contains("id=\"certificate-heading\""),
        "the box: {}",
        result.body
    );
    for link in &links {
        assert!(result.body.contains(link), "{link} in {}", result.body);
    }
    let dashboard = c.t.get("/quizzes").await;
    assert_eq!(dashboard.status, Status::Ok);
    for link in &links {
        assert!(
            dashboard.body.contains(link),
            "{link} in {}",
            dashboard.body
        );
    }

    // Mark has no certificate: his dashboard lists none, and certainly not Jovana's.
    c.t.logout().await;
    c.t.login("mark@example.org").await;
    let his = c.t.get("/quizzes").await;
    assert_eq!(his.status, Status::Ok);
    assert!(!his.body.contains(&code));
    assert!(!his.body.contains("certificate-box"));
}
