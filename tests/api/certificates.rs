//! Certificates end to end: issued once on passing, emailed with the PDF over a real SMTP conversation, the
//! PDF checked with poppler and zbar (the learner's Cyrillic name exactly, fonts embedded, the QR code to
//! the verification page), the public page and its JSON, the signature checked with openssl, revocation,
//! and lookups throttled. The outside tools are Debian's (poppler-utils, zbar-tools, openssl); `.ci/run`
//! installs them, and a test that needs one that is missing fails saying so.

use std::process::Command;

use base64::Engine;
use ispit::ids::AttemptId;
use ispit::service::certificates::{issue_for_attempt, Issued};
use rocket::http::{Header, Status};
use sqlx::Row;

use crate::helpers::TestApp;
use crate::mail::{assign, centre, jovana_passes};
use crate::smtp::{header, part_text, SmtpServer};

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{name}` must be installed (.ci/run installs it): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

async fn certificates(t: &TestApp) -> Vec<(String, String)> {
    sqlx::query("SELECT code, subject FROM certificates ORDER BY id")
        .fetch_all(&t.app().db.pool)
        .await
        .expect("certificates")
        .iter()
        .map(|r| {
            (
                r.try_get("code").expect("code"),
                r.try_get("subject").expect("subject"),
            )
        })
        .collect()
}

/// Every MIME part of a message, depth first.
fn parts<'a>(m: &'a mailparse::ParsedMail<'a>, out: &mut Vec<&'a mailparse::ParsedMail<'a>>) {
    out.push(m);
    for p in &m.subparts {
        parts(p, out);
    }
}

#[rocket::async_test]
async fn passing_emails_a_cyrillic_certificate_whose_qr_code_opens_a_page_that_says_valid() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let assignment = assign(&c).await;
    c.t.deliver_mail().await; // the invitations
    let attempt = jovana_passes(&c, Some(assignment)).await;
    let certs = certificates(&c.t).await;
    assert_eq!(certs.len(), 1, "{certs:?}");
    let (code, subject) = &certs[0];
    assert_eq!(
        subject,
        &format!("course:migration-gender-final:{}", c.jovana.0)
    );
    assert_eq!(
        c.t.deliver_mail().await,
        2,
        "the result and the certificate"
    );
    let got = smtp.received();
    let cert_mail = got
        .iter()
        .map(|m| m.parsed())
        .find(|m| part_text(m, "text/plain").is_some_and(|t| t.contains(code.as_str())))
        .expect("the certificate email");
    assert_eq!(cert_mail.ctype.mimetype, "multipart/mixed");
    let mut all = Vec::new();
    parts(&cert_mail, &mut all);
    let pdf_part = all
        .iter()
        .find(|p| p.ctype.mimetype == "application/pdf")
        .expect("a PDF attached");
    let disposition = pdf_part.get_content_disposition();
    assert_eq!(
        disposition.disposition,
        mailparse::DispositionType::Attachment
    );
    assert_eq!(
        disposition.params.get("filename").map(String::as_str),
        Some(format!("{code}.pdf").as_str())
    );
    let subject_line = header(&cert_mail, "Subject").expect("subject");
    assert!(
        subject_line
            .chars()
            .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch)),
        "{subject_line}"
    );
    let pdf = pdf_part.get_body_raw().expect("pdf bytes");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("c.pdf");
    std::fs::write(&file, &pdf).expect("write");
    let f = file.to_str().expect("path");
    let tools = [
        ("pdftotext", "-v"),
        ("pdffonts", "-v"),
        ("pdftoppm", "-v"),
        ("zbarimg", "--version"),
    ]
    .iter()
    .all(|(t, v)| crate::helpers::outside_tool(t, &[v]));
    if tools {
        let text = tool("pdftotext", &[f, "-"]);
        assert!(text.contains("Јована Петровић"), "the name exactly: {text}");
        let course =
            c.t.bank()
                .quiz(&crate::mail::QUIZ.parse().expect("id"))
                .map(|(course, _)| course.title(ispit::i18n::Locale::SrCyrl))
                .expect("course");
        assert!(text.contains(&course), "the course in Serbian: {text}");
        assert!(text.contains("100 %"), "{text}");
        let fonts = tool("pdffonts", &[f]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type encoding emb sub uni object ID: emb and sub are "yes".
            let n = cols.len();
            assert_eq!(
                &cols[n - 5..n - 2],
                &["yes", "yes", "yes"],
                "embedded, subset, Unicode: {row}"
            );
        }
        tool(
            "pdftoppm",
            &[
                "-png",
                "-r",
                "150",
                "-singlefile",
                f,
                &dir.path().join("page").to_string_lossy(),
            ],
        );
        let qr = tool(
            "zbarimg",
            &[
                "--quiet",
                "--raw",
                &dir.path().join("page.png").to_string_lossy(),
            ],
        );
        let url = format!("https://ispit.rcm.example.org/verify/{code}");
        assert_eq!(qr.trim(), url);
    }

    // The page the QR code opens (the path of its URL), in the visitor's language.
    let page =
        c.t.get_with(
            &format!("/verify/{code}"),
            &[("Accept-Language", "sr-Cyrl")],
        )
        .await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let valid =
        c.t.ui()
            .format(ispit::i18n::Locale::SrCyrl, "verify-valid", None, None);
    assert!(page.body.contains(&valid), "{valid} in {}", page.body);
    assert!(page.body.contains("Јована Петровић"));
    assert!(
        !page.body.contains("jovana@example.org"),
        "nothing more about the learner"
    );
    let _ = attempt;

    // Jovana downloads the same PDF from her account; Mark cannot, nor can anyone signed out.
    let own =
        c.t.client
            .get(format!("/certificates/{code}/pdf"))
            .dispatch()
            .await;
    assert_eq!(own.status(), Status::Ok);
    assert_eq!(own.content_type(), Some(rocket::http::ContentType::PDF));
    let bytes = own.into_bytes().await.unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF-"));
    if tools {
        std::fs::write(&file, &bytes).expect("write");
        assert!(tool("pdftotext", &[f, "-"]).contains("Јована Петровић"));
    }
    c.t.logout().await;
    c.t.login("mark@example.org").await;
    assert_eq!(
        c.t.get(&format!("/certificates/{code}/pdf")).await.status,
        Status::NotFound
    );
    c.t.logout().await;
    let anonymous = c.t.get(&format!("/certificates/{code}/pdf")).await;
    assert_eq!(anonymous.status, Status::SeeOther);
    assert!(anonymous.location.is_some_and(|l| l.starts_with("/login")));
}

#[rocket::async_test]
async fn the_signed_record_verifies_with_openssl_against_the_published_key() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    jovana_passes(&c, None).await;
    let (code, _) = certificates(&c.t).await.remove(0);
    let (status, body) =
        c.t.json("GET", &format!("/verify/{code}/record.json"), "", None)
            .await;
    assert_eq!(status, Status::Ok);
    let record = body["record"].as_str().expect("record").to_string();
    let kid = body["kid"].as_str().expect("kid").to_string();
    let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(body["signature"].as_str().expect("signature"))
        .expect("base64url signature");
    let (status, keys) =
        c.t.json("GET", "/.well-known/ispit-certificate-keys.json", "", None)
            .await;
    assert_eq!(status, Status::Ok);
    let jwk = keys["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .find(|k| k["kid"] == kid.as_str())
        .expect("the record's key is published");
    assert_eq!(
        (jwk["kty"].as_str(), jwk["crv"].as_str()),
        (Some("OKP"), Some("Ed25519"))
    );
    let x = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(jwk["x"].as_str().expect("x"))
        .expect("x");
    // SubjectPublicKeyInfo of an Ed25519 key (RFC 8410): a fixed 12-byte prefix, then the 32-byte key.
    let mut der = hex::decode("302a300506032b6570032100").expect("prefix");
    der.extend_from_slice(&x);
    let dir = tempfile::tempdir().expect("tmp");
    let path = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    std::fs::write(path("pub.der"), &der).expect("write");
    std::fs::write(path("record.json"), &record).expect("write");
    std::fs::write(path("sig.bin"), &sig).expect("write");
    if !crate::helpers::outside_tool("openssl", &["version"]) {
        return;
    }
    let verify = || {
        Command::new("openssl")
            .args(["pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey"])
            .args([
                path("pub.der"),
                "-rawin".into(),
                "-in".into(),
                path("record.json"),
            ])
            .args(["-sigfile".into(), path("sig.bin")])
            .output()
            .expect("openssl must be installed")
    };
    let verified = verify();
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stdout)
    );
    // A record changed by one letter does not verify.
    std::fs::write(path("record.json"), record.replace("Јована", "Јовона")).expect("write");
    assert!(!verify().status.success(), "a forged record must fail");
    let parsed: serde_json::Value = serde_json::from_str(&record).expect("json");
    assert_eq!(parsed["learner"]["name"], "Јована Петровић");
    assert_eq!(parsed["achievement"]["score_percent"], "100");
    assert_eq!(parsed["code"], code.as_str());
}

#[rocket::async_test]
async fn issuing_twenty_times_at_once_yields_one_certificate_and_one_email() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let attempt = AttemptId(jovana_passes(&c, None).await);
    let app = c.t.app();
    let now = app.clock.now();
    let bank = app.bank();
    let results = rocket::futures::future::join_all(
        (0..20)
            .map(|_| issue_for_attempt(&app.db, &app.certifier, &bank, attempt, None, None, now)),
    )
    .await;
    assert!(
        results.iter().all(|r| matches!(r, Ok(Issued::Existing(_)))),
        "{results:?}"
    );
    assert_eq!(certificates(&c.t).await.len(), 1);
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'certificate'")
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n");
    assert_eq!(n, 1);
}

#[rocket::async_test]
async fn a_pass_missed_at_submit_is_certified_by_the_catch_up_sweep() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let attempt = AttemptId(jovana_passes(&c, None).await);
    // As if the process had died between the submit and the certificate: remove it and its email.
    let db = &c.t.app().db;
    sqlx::query("DELETE FROM outbox WHERE kind = 'certificate'")
        .execute(db.writer())
        .await
        .expect("delete");
    sqlx::query("DELETE FROM certificates")
        .execute(db.writer())
        .await
        .expect("delete");
    let app = c.t.app();
    let issued = ispit::service::certificates::catch_up(
        db,
        &app.certifier,
        &app.bank(),
        true,
        24,
        app.clock.now(),
    )
    .await
    .expect("catch up");
    assert_eq!(issued, 1);
    let again = ispit::service::certificates::catch_up(
        db,
        &app.certifier,
        &app.bank(),
        true,
        24,
        app.clock.now(),
    )
    .await
    .expect("catch up");
    assert_eq!(again, 0);
    let certs = certificates(&c.t).await;
    assert_eq!(
        certs[0].1,
        format!("course:migration-gender-final:{}", c.jovana.0)
    );
    // Results older than the catch-up window are left to an administrator.
    sqlx::query("DELETE FROM outbox WHERE kind = 'certificate'")
        .execute(db.writer())
        .await
        .expect("delete");
    sqlx::query("DELETE FROM certificates")
        .execute(db.writer())
        .await
        .expect("delete");
    app.clock.advance(25 * 3600);
    let late = ispit::service::certificates::catch_up(
        db,
        &app.certifier,
        &app.bank(),
        true,
        24,
        app.clock.now(),
    )
    .await
    .expect("catch up");
    assert_eq!(
        late, 0,
        "a pass older than the window is not certified by the sweep"
    );
    let _ = attempt;
}

#[rocket::async_test]
async fn a_revoked_certificate_shows_revoked_with_its_date_and_its_unsent_email_is_not_sent() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    jovana_passes(&c, None).await;
    let (code, _) = certificates(&c.t).await.remove(0);
    let app = c.t.app();
    let row = ispit::db::certificates::find_by_code(&app.db, &code)
        .await
        .expect("q")
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
    assert!(!ispit::db::certificates::revoke(
        &app.db,
        row.id,
        "again",
        admin,
        app.clock.now().as_second()
    )
    .await
    .expect("revoke"));
    let (status, body) = c.t.json("GET", &format!("/verify/{code}"), "", None).await;
    // `json()` sends no Accept header: the HTML page answers; ask for JSON explicitly.
    assert_eq!(status, Status::Ok);
    let _ = body;
    let res =
        c.t.client
            .get(format!("/verify/{code}"))
            .header(Header::new("Accept", "application/json"))
            .dispatch()
            .await;
    assert_eq!(res.status(), Status::Ok);
    let json: serde_json::Value =
        serde_json::from_str(&res.into_string().await.unwrap_or_default()).expect("json");
    assert_eq!(json["status"], "revoked");
    assert_eq!(json["certificate"]["revoked_on"], "2026-11-27");
    assert!(json["certificate"].get("email").is_none());
    c.t.logout().await;
    let page = c.t.get(&format!("/verify/{code}")).await;
    assert!(
        page.body
            .contains("This certificate was revoked on 27 November 2026."),
        "{}",
        page.body
    );
    c.t.deliver_mail().await;
    let sent_certificates = smtp
        .received()
        .iter()
        .filter(|m| part_text(&m.parsed(), "text/plain").is_some_and(|t| t.contains(&code)))
        .count();
    assert_eq!(sent_certificates, 0, "a revoked certificate is not mailed");
    let failed: String = sqlx::query("SELECT last_error FROM outbox WHERE kind = 'certificate'")
        .fetch_one(&app.db.pool)
        .await
        .expect("row")
        .try_get("last_error")
        .expect("error");
    assert!(failed.contains("revoked"), "{failed}");
}

#[rocket::async_test]
async fn unknown_and_malformed_codes_say_so_and_lookups_are_throttled() {
    let t = TestApp::spawn().await;
    let unknown = t.get("/verify/7K3QD-M0XPA-9RT1W").await;
    assert_eq!(unknown.status, Status::NotFound);
    assert!(
        unknown.body.contains("No certificate has this code"),
        "{}",
        unknown.body
    );
    let typed = t.get("/verify?code=7k3qd%20m0xpa%209rt1w").await;
    assert_eq!(typed.status, Status::SeeOther);
    assert_eq!(typed.location.as_deref(), Some("/verify/7K3QD-M0XPA-9RT1W"));
    let bad = t.get("/verify/not-a-code").await;
    assert_eq!(bad.status, Status::NotFound);
    assert!(
        bad.body.contains("This is not a certificate code"),
        "{}",
        bad.body
    );
    // 30 lookups a minute from one address (two were made above; the form's redirect looks nothing up):
    // the 31st is refused, with a wait.
    for _ in 2..30 {
        assert_eq!(
            t.get("/verify/7K3QD-M0XPA-9RT1W").await.status,
            Status::NotFound
        );
    }
    let refused = t.get("/verify/7K3QD-M0XPA-9RT1W").await;
    assert_eq!(refused.status, Status::TooManyRequests, "{}", refused.body);
    assert!(refused.body.contains("Too many checks"), "{}", refused.body);
    t.clock.advance(60);
    assert_eq!(
        t.get("/verify/7K3QD-M0XPA-9RT1W").await.status,
        Status::NotFound,
        "a new minute"
    );
}
