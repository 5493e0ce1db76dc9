//! The administrators' certificate and mail pages end to end, over the real SMTP conversation of
//! `smtp.rs`: the dry run lists exactly who receives what, a confirm sent twenty times at once makes one
//! batch and one email each, the batch page follows its progress, an outage delays the emails without
//! doubling them, a refused email shows the server's reply and is sent again, revocation through the
//! page shows on the verification page, and every route is for administrators, every POST needs its
//! CSRF token.

use std::collections::BTreeSet;

use ispit::assessment::answer::key_answer_in;
use ispit::auth::Role;
use ispit::db::cohorts::{self, MemberRole};
use ispit::i18n::Locale;
use rocket::http::{Header, Status};
use sqlx::Row;

use crate::helpers::TestApp;
use crate::mail::{assign, centre, jovana_passes, Centre};
use crate::smtp::{header, Mode, SmtpServer};

const ADMIN: &str = "admin@example.org";
const ANA: &str = "ana@example.org";
const MARK: &str = "mark@example.org";
const JOVANA: &str = "jovana@example.org";

/// A learner takes the assigned quiz: every answer right (`right`) or none given; returns the attempt.
async fn take(c: &Centre, email: &str, assignment: i64, right: bool) -> i64 {
    let t = &c.t;
    t.login(email).await;
    let r = t
        .submit_form(&format!("/assignments/{assignment}/start"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let id = ispit::ids::AttemptId(
        r.location
            .expect("the attempt")
            .trim_start_matches("/attempts/")
            .parse()
            .expect("id"),
    );
    if right {
        let a = t.attempt(id).await;
        let (course, _) = t.bank().quiz(&a.quiz_id).expect("quiz");
        let answers = a
            .paper
            .questions
            .iter()
            .map(|pq| {
                let q = course.question(&pq.id).expect("question");
                (pq.id.clone(), key_answer_in(q, a.locale))
            })
            .collect();
        let app = t.app();
        ispit::service::attempts::save_answers(
            &app.db,
            &app.bank(),
            &a,
            answers,
            &ispit::db::attempts::PageSave {
                next_page: None,
                flags: vec![],
            },
            app.clock.now(),
        )
        .await
        .expect("answers saved");
    }
    let r = t.submit_form(&format!("/attempts/{id}/submit"), &[]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    t.logout().await;
    id.0
}

async fn count(t: &TestApp, sql: &str) -> i64 {
    sqlx::query(sql)
        .fetch_one(&t.app().db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n")
}

/// The cohort of `mail::centre` with Ana added, the quiz assigned to it, and an administrator:
/// Jovana passed and her certificate's email was delivered; Ana passed, but her certificate was lost
/// (as if the process had died before issuing it: the catch-up sweep has not run); Mark failed.
/// Returns the centre and the assignment.
async fn graduation(smtp: &SmtpServer) -> (Centre, i64) {
    let c = centre(smtp).await;
    let t = &c.t;
    let ana = t.add_user(ANA, Some(Locale::En)).await;
    let db = &t.app().db;
    sqlx::query("UPDATE users SET display_name = 'Ana Anić' WHERE id = $1")
        .bind(ana.0)
        .execute(db.writer())
        .await
        .expect("name");
    let mut tx = db.begin_write().await.expect("tx");
    cohorts::put_member(tx.conn(), c.cohort, ana, MemberRole::Learner, 0)
        .await
        .expect("member");
    tx.commit().await.expect("commit");
    t.add_staff(ADMIN, "Ada Admin", &[Role::Admin]).await;
    let assignment = assign(&c).await;
    jovana_passes(&c, Some(assignment)).await;
    t.logout().await;
    take(&c, ANA, assignment, true).await;
    take(&c, MARK, assignment, false).await;
    let ana_cert = format!("course:{}:{}", crate::mail::QUIZ, ana.0);
    sqlx::query(
        "DELETE FROM outbox WHERE idempotency_key = \
         (SELECT 'certificate:' || CAST(id AS TEXT) FROM certificates WHERE subject = $1)",
    )
    .bind(&ana_cert)
    .execute(db.writer())
    .await
    .expect("delete the email");
    sqlx::query("DELETE FROM certificates WHERE subject = $1")
        .bind(&ana_cert)
        .execute(db.writer())
        .await
        .expect("delete the certificate");
    // Invitations, results and Jovana's certificate go out.
    while t.deliver_mail().await > 0 {}
    assert_eq!(
        count(t, "SELECT COUNT(*) AS n FROM certificates").await,
        1,
        "Jovana's only"
    );
    t.login(ADMIN).await;
    (c, assignment)
}

/// The dry run's rows as (email, action), from the page's table.
fn plan_rows(html: &str) -> Vec<(String, String)> {
    html.split("<tr data-action=\"")
        .skip(1)
        .map(|row| {
            let action = row.split('"').next().unwrap_or_default().to_string();
            let email = row
                .split("<td>")
                .nth(1)
                .and_then(|td| td.split("</td>").next())
                .unwrap_or_default()
                .to_string();
            (email, action)
        })
        .collect()
}

fn form_key(html: &str) -> String {
    let at = html.find("name=\"key\" value=\"").expect("key field") + 18;
    html[at..at + 64].to_string()
}

async fn batch_mail(t: &TestApp, batch: i64) -> Vec<(String, String, String)> {
    sqlx::query(
        "SELECT recipient, idempotency_key, status FROM outbox WHERE batch_id = $1 ORDER BY recipient",
    )
    .bind(batch)
    .fetch_all(&t.app().db.pool)
    .await
    .expect("batch")
    .iter()
    .map(|r| {
        (
            r.try_get("recipient").expect("recipient"),
            r.try_get("idempotency_key").expect("key"),
            r.try_get("status").expect("status"),
        )
    })
    .collect()
}

fn batch_of(location: Option<&str>) -> i64 {
    location
        .and_then(|l| l.strip_prefix("/admin/mail/batches/"))
        .expect("redirect to the batch")
        .parse()
        .expect("batch id")
}

#[rocket::async_test]
async fn the_dry_run_lists_who_receives_what_and_sends_nothing() {
    let smtp = SmtpServer::start();
    let (c, assignment) = graduation(&smtp).await;
    let t = &c.t;
    let before = count(t, "SELECT COUNT(*) AS n FROM outbox").await;
    for target in [
        format!("cohort:{}", c.cohort),
        format!("assignment:{assignment}"),
    ] {
        let page = t
            .get(&format!("/admin/certificates/send?target={target}"))
            .await;
        assert_eq!(page.status, Status::Ok, "{}", page.body);
        let mut rows = plan_rows(&page.body);
        rows.sort();
        assert_eq!(
            rows,
            vec![
                (ANA.to_string(), "issue".to_string()),
                (JOVANA.to_string(), "nothing".to_string()),
                (MARK.to_string(), "nothing".to_string()),
            ],
            "{target}"
        );
        assert!(
            page.body
                .contains("1 certificate to issue and email, 0 certificates to email, 2 without"),
            "{}",
            page.body
        );
        assert!(page.body.contains("its email was sent already"));
        assert!(page.body.contains("no result that earns one"));
    }
    // Asked to email again those who had theirs, Jovana's certificate is emailed once more.
    let page = t
        .get(&format!(
            "/admin/certificates/send?target=cohort:{}&again=true",
            c.cohort
        ))
        .await;
    let mut rows = plan_rows(&page.body);
    rows.sort();
    assert_eq!(
        rows,
        vec![
            (ANA.to_string(), "issue".to_string()),
            (JOVANA.to_string(), "email".to_string()),
            (MARK.to_string(), "nothing".to_string()),
        ]
    );
    assert_eq!(
        count(t, "SELECT COUNT(*) AS n FROM outbox").await,
        before,
        "a dry run queues nothing"
    );
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM certificates").await, 1);
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM mail_batches").await, 0);
    // The cohort's and the assignment's pages lead to the send page (administrators only).
    let cohort_page = t.get(&format!("/admin/cohorts/{}", c.cohort)).await;
    assert!(
        cohort_page.body.contains(&format!(
            "href=\"/admin/certificates/send?target=cohort:{}\"",
            c.cohort
        )),
        "{}",
        cohort_page.body
    );
    let link = format!("href=\"/admin/certificates/send?target=assignment:{assignment}\"");
    let page = t.get(&format!("/teach/assignments/{assignment}")).await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains(&link), "{}", page.body);
    t.logout().await;
    t.login("ivana@example.org").await;
    let page = t.get(&format!("/teach/assignments/{assignment}")).await;
    assert_eq!(page.status, Status::Ok);
    assert!(!page.body.contains(&link), "not for the instructor");
}

#[rocket::async_test]
async fn twenty_confirms_at_once_make_one_batch_and_one_email_each_and_its_page_follows_progress() {
    let smtp = SmtpServer::start();
    let (c, _) = graduation(&smtp).await;
    let t = &c.t;
    let page = t
        .get(&format!(
            "/admin/certificates/send?target=cohort:{}&again=true",
            c.cohort
        ))
        .await;
    let key = form_key(&page.body);
    let csrf = t.csrf().await;
    let target = format!("cohort:{}", c.cohort);
    let fields = [
        ("_csrf", csrf.as_str()),
        ("key", key.as_str()),
        ("target", target.as_str()),
        ("again", "true"),
    ];
    let replies = rocket::futures::future::join_all(
        (0..20).map(|_| t.post_form("/admin/certificates/send", &fields)),
    )
    .await;
    assert!(
        replies.iter().all(|r| r.status == Status::SeeOther),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    let batches: BTreeSet<i64> = replies
        .iter()
        .map(|r| batch_of(r.location.as_deref()))
        .collect();
    assert_eq!(batches.len(), 1, "{batches:?}");
    let batch = *batches.iter().next().expect("one");
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM mail_batches").await, 1);
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM certificates").await, 2);
    let mails = batch_mail(t, batch).await;
    let ana_cert: i64 = sqlx::query(
        "SELECT c.id FROM certificates c JOIN users u ON u.id = c.user_id WHERE u.email = $1",
    )
    .bind(ANA)
    .fetch_one(&t.app().db.pool)
    .await
    .expect("Ana's certificate")
    .try_get("id")
    .expect("id");
    let jovana_cert: i64 = sqlx::query(
        "SELECT c.id FROM certificates c JOIN users u ON u.id = c.user_id WHERE u.email = $1",
    )
    .bind(JOVANA)
    .fetch_one(&t.app().db.pool)
    .await
    .expect("Jovana's certificate")
    .try_get("id")
    .expect("id");
    assert_eq!(
        mails,
        vec![
            (
                ANA.to_string(),
                format!("certificate:{ana_cert}"),
                "queued".to_string()
            ),
            (
                JOVANA.to_string(),
                format!("certificate:{jovana_cert}:batch:{batch}"),
                "queued".to_string()
            ),
        ]
    );
    // The same confirm once more, later: the same batch, nothing new.
    let again = t.post_form("/admin/certificates/send", &fields).await;
    assert_eq!(batch_of(again.location.as_deref()), batch);
    assert_eq!(batch_mail(t, batch).await.len(), 2);

    // The batch page: nothing done yet, and it refreshes itself.
    let page = t.get(&format!("/admin/mail/batches/{batch}")).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    assert!(
        page.body
            .contains("<progress id=\"batch-progress\" value=\"0\" max=\"2\">"),
        "{}",
        page.body
    );
    assert!(page.body.contains("0 of 2 done"), "{}", page.body);
    assert!(page.body.contains("data-live-refresh=\"5\""));
    assert!(page.body.contains("MUP RS 2026"), "the batch's label");
    assert!(page.body.contains("Ada Admin"));
    let received = smtp.received().len();
    assert_eq!(t.deliver_mail().await, 2);
    let got = smtp.received();
    assert_eq!(got.len(), received + 2);
    let page = t.get(&format!("/admin/mail/batches/{batch}")).await;
    assert!(
        page.body
            .contains("<progress id=\"batch-progress\" value=\"2\" max=\"2\">"),
        "{}",
        page.body
    );
    assert!(page.body.contains("2 of 2 done"), "{}", page.body);
    assert!(!page.body.contains("data-live-refresh"), "done: no refresh");
    // One certificate email each, to Ana and to Jovana.
    let to: Vec<String> = got[received..].iter().flat_map(|m| m.to.clone()).collect();
    assert!(to.iter().any(|a| a.contains(ANA)), "{to:?}");
    assert!(to.iter().any(|a| a.contains(JOVANA)), "{to:?}");
}

#[rocket::async_test]
async fn while_the_server_is_down_a_batch_waits_and_then_every_email_arrives_exactly_once() {
    let smtp = SmtpServer::start();
    let (c, _) = graduation(&smtp).await;
    let t = &c.t;
    let page = t
        .get(&format!(
            "/admin/certificates/send?target=cohort:{}&again=true",
            c.cohort
        ))
        .await;
    let r = t
        .submit_form(
            "/admin/certificates/send",
            &[
                ("key", &form_key(&page.body)),
                ("target", &format!("cohort:{}", c.cohort)),
                ("again", "true"),
            ],
        )
        .await;
    let batch = batch_of(r.location.as_deref());
    let before = smtp.received().len();
    // The server refuses for now: the emails wait, with its reply kept.
    smtp.set_mode(Mode::RefuseTemporarily);
    assert_eq!(t.deliver_mail().await, 2);
    let mails = batch_mail(t, batch).await;
    assert!(mails.iter().all(|(_, _, s)| s == "queued"), "{mails:?}");
    let page = t.get(&format!("/admin/mail/batches/{batch}")).await;
    assert!(page.body.contains("0 of 2 done"), "{}", page.body);
    assert!(
        page.body.contains("451"),
        "the server's reply: {}",
        page.body
    );
    assert!(page.body.contains("data-live-refresh"));
    // Back up: each arrives once, and later passes send nothing more.
    smtp.set_mode(Mode::Accept);
    t.app().clock.advance(61);
    assert_eq!(t.deliver_mail().await, 2);
    t.app().clock.advance(3600);
    assert_eq!(t.deliver_mail().await, 0);
    let got = smtp.received();
    assert_eq!(got.len(), before + 2);
    let ids: BTreeSet<String> = got[before..]
        .iter()
        .map(|m| header(&m.parsed(), "Message-ID").expect("id"))
        .collect();
    assert_eq!(ids.len(), 2, "two emails, none twice");
    let page = t.get(&format!("/admin/mail/batches/{batch}")).await;
    assert!(page.body.contains("2 of 2 done"), "{}", page.body);
}

#[rocket::async_test]
async fn a_refused_email_shows_the_server_s_reply_and_is_sent_again_from_its_page() {
    let smtp = SmtpServer::start();
    let (c, _) = graduation(&smtp).await;
    let t = &c.t;
    let page = t
        .get(&format!(
            "/admin/certificates/send?target=cohort:{}",
            c.cohort
        ))
        .await;
    t.submit_form(
        "/admin/certificates/send",
        &[
            ("key", &form_key(&page.body)),
            ("target", &format!("cohort:{}", c.cohort)),
        ],
    )
    .await;
    smtp.set_mode(Mode::RefusePermanently);
    let before = smtp.received().len();
    assert_eq!(t.deliver_mail().await, 1, "Ana's certificate");
    let id: i64 = sqlx::query("SELECT id FROM outbox WHERE status = 'failed'")
        .fetch_one(&t.app().db.pool)
        .await
        .expect("the failed email")
        .try_get("id")
        .expect("id");
    let list = t.get("/admin/mail?status=failed").await;
    assert_eq!(list.status, Status::Ok);
    assert!(
        list.body.contains(&format!("data-mail=\"{id}\"")),
        "{}",
        list.body
    );
    assert!(
        list.body.contains("550"),
        "the reply in the list: {}",
        list.body
    );
    let rows: Vec<&str> = list.body.split("<tr data-mail=\"").skip(1).collect();
    assert_eq!(rows.len(), 1, "only the failed one is listed");
    assert!(
        rows[0].starts_with(&format!("{id}\" data-status=\"failed\"")),
        "{}",
        rows[0]
    );
    let counts = t.get("/admin/mail").await;
    assert!(
        counts.body.contains("<dd data-status=\"failed\">1</dd>"),
        "{}",
        counts.body
    );
    let detail = t.get(&format!("/admin/mail/{id}")).await;
    assert!(detail.body.contains("550"), "{}", detail.body);
    assert!(detail.body.contains(ANA));
    assert!(detail
        .body
        .contains(&format!("action=\"/admin/mail/{id}/resend\"")));

    smtp.set_mode(Mode::Accept);
    let r = t
        .submit_form(&format!("/admin/mail/{id}/resend"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther);
    assert_eq!(
        r.location.as_deref(),
        Some(format!("/admin/mail/{id}?resent=true").as_str())
    );
    let again = t
        .submit_form(&format!("/admin/mail/{id}/resend"), &[])
        .await;
    assert_eq!(
        again.location.as_deref(),
        Some(format!("/admin/mail/{id}?resent=false").as_str()),
        "queued already: not again"
    );
    assert_eq!(t.deliver_mail().await, 1);
    let got = smtp.received();
    assert_eq!(got.len(), before + 1);
    assert!(got[before].to.iter().any(|a| a.contains(ANA)));
    let detail = t.get(&format!("/admin/mail/{id}")).await;
    assert!(
        detail.body.contains("data-status=\"sent\""),
        "{}",
        detail.body
    );
}

#[rocket::async_test]
async fn revoking_through_the_page_shows_on_the_verification_page_and_happens_once() {
    let smtp = SmtpServer::start();
    let (c, _) = graduation(&smtp).await;
    let t = &c.t;
    let row = sqlx::query("SELECT id, code FROM certificates")
        .fetch_one(&t.app().db.pool)
        .await
        .expect("Jovana's certificate");
    let (id, code): (i64, String) = (
        row.try_get("id").expect("id"),
        row.try_get("code").expect("code"),
    );
    let list = t.get("/admin/certificates").await;
    assert_eq!(list.status, Status::Ok);
    assert!(list.body.contains(&code));
    assert!(list.body.contains("Јована Петровић"));
    let found = t
        .get("/admin/certificates?q=%D0%88%D0%BE%D0%B2%D0%B0%D0%BD%D0%B0")
        .await;
    assert!(found.body.contains(&code), "by name");
    let found = t
        .get(&format!("/admin/certificates?q={}", code.to_lowercase()))
        .await;
    assert!(found.body.contains(&code), "by code in any case");
    let none = t.get("/admin/certificates?q=nobody-at-all").await;
    assert!(!none.body.contains(&code));

    let path = format!("/admin/certificates/{id}/revoke");
    let empty = t.submit_form(&path, &[("reason", "   ")]).await;
    assert_eq!(
        empty.status,
        Status::UnprocessableEntity,
        "a reason is required"
    );
    let r = t.submit_form(&path, &[("reason", "issued in error")]).await;
    assert_eq!(r.status, Status::SeeOther);
    assert_eq!(
        r.location.as_deref(),
        Some("/admin/certificates?revoked=true")
    );
    let r = t.submit_form(&path, &[("reason", "second thoughts")]).await;
    assert_eq!(
        r.status,
        Status::SeeOther,
        "revoking twice is revoking once"
    );
    let row = sqlx::query("SELECT revoked_reason FROM certificates WHERE id = $1")
        .bind(id)
        .fetch_one(&t.app().db.pool)
        .await
        .expect("row");
    assert_eq!(
        row.try_get::<String, _>("revoked_reason").expect("reason"),
        "issued in error",
        "the first reason stands"
    );
    let list = t.get("/admin/certificates").await;
    assert!(
        list.body.contains("Revoked on 27 Nov 2026"),
        "{}",
        list.body
    );
    assert!(list.body.contains("issued in error"));
    let res = t
        .client
        .get(format!("/verify/{code}"))
        .header(Header::new("Accept", "application/json"))
        .dispatch()
        .await;
    let json: serde_json::Value =
        serde_json::from_str(&res.into_string().await.unwrap_or_default()).expect("json");
    assert_eq!(json["status"], "revoked");
    // A revoked certificate is not emailed, even when asked again.
    let page = t
        .get(&format!(
            "/admin/certificates/send?target=cohort:{}&again=true",
            c.cohort
        ))
        .await;
    let jovana: Vec<_> = plan_rows(&page.body)
        .into_iter()
        .filter(|(e, _)| e == JOVANA)
        .collect();
    assert_eq!(jovana, vec![(JOVANA.to_string(), "nothing".to_string())]);
    assert!(page.body.contains("the certificate was revoked"));
}

#[rocket::async_test]
async fn the_pages_are_for_administrators_and_every_post_needs_its_csrf_token() {
    let smtp = SmtpServer::start();
    let (c, _) = graduation(&smtp).await;
    let t = &c.t;
    let cert: i64 = sqlx::query("SELECT id FROM certificates")
        .fetch_one(&t.app().db.pool)
        .await
        .expect("certificate")
        .try_get("id")
        .expect("id");
    let mail: i64 = sqlx::query("SELECT MIN(id) AS id FROM outbox")
        .fetch_one(&t.app().db.pool)
        .await
        .expect("email")
        .try_get("id")
        .expect("id");
    // The administrator makes a batch to look at.
    let page = t
        .get(&format!(
            "/admin/certificates/send?target=cohort:{}",
            c.cohort
        ))
        .await;
    let key = form_key(&page.body);
    let r = t
        .submit_form(
            "/admin/certificates/send",
            &[("key", &key), ("target", &format!("cohort:{}", c.cohort))],
        )
        .await;
    let batch = batch_of(r.location.as_deref());
    let gets = [
        "/admin/certificates".to_string(),
        format!("/admin/certificates/send?target=cohort:{}", c.cohort),
        "/admin/mail".to_string(),
        format!("/admin/mail/{mail}"),
        format!("/admin/mail/batches/{batch}"),
    ];
    for path in &gets {
        assert_eq!(t.get(path).await.status, Status::Ok, "{path}");
    }
    // Without the CSRF token, as the administrator: refused, nothing done.
    let other_key = "ab".repeat(32);
    let posts = [
        (
            format!("/admin/certificates/{cert}/revoke"),
            vec![("reason", "x")],
        ),
        (
            "/admin/certificates/send".to_string(),
            vec![("key", other_key.as_str()), ("target", "cohort:1")],
        ),
        (format!("/admin/mail/{mail}/resend"), vec![]),
    ];
    for (path, fields) in &posts {
        let r = t.post_form(path, fields).await;
        assert_eq!(r.status, Status::Forbidden, "{path}");
    }
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM mail_batches").await, 1);
    assert_eq!(
        count(
            t,
            "SELECT COUNT(*) AS n FROM certificates WHERE revoked_at IS NOT NULL"
        )
        .await,
        0
    );
    t.logout().await;
    // Anyone else: the instructor of the cohort and a learner are refused (403), nobody is sent to sign in.
    for who in ["ivana@example.org", JOVANA] {
        t.login(who).await;
        for path in &gets {
            assert_eq!(t.get(path).await.status, Status::Forbidden, "{who} {path}");
        }
        for (path, fields) in &posts {
            let r = t.submit_form(path, fields).await;
            assert_eq!(r.status, Status::Forbidden, "{who} {path}");
        }
        t.logout().await;
    }
    for path in &gets {
        let r = t.get(path).await;
        assert_eq!(r.status, Status::SeeOther, "{path}");
        assert!(r.location.is_some_and(|l| l.starts_with("/login")));
    }
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM mail_batches").await, 1);
    assert_eq!(
        count(
            t,
            "SELECT COUNT(*) AS n FROM certificates WHERE revoked_at IS NOT NULL"
        )
        .await,
        0
    );
}

#[rocket::async_test]
async fn a_placement_assignment_sends_the_level_certificates_of_its_finished_tests() {
    let smtp = SmtpServer::start();
    let (c, _) = graduation(&smtp).await;
    let t = &c.t;
    let db = &t.app().db;
    let ivana = ispit::db::users::find_user_by_email(db, "ivana@example.org")
        .await
        .expect("q")
        .expect("Ivana");
    let placement = ispit::db::assignments::insert_assignment(
        db,
        &ispit::db::assignments::NewAssignment {
            task: ispit::assignments::Task::Placement,
            target: ispit::db::assignments::Target::Cohort(c.cohort),
            terms: ispit::assignments::Terms::default(),
            created_by: ivana.id,
            form_key: None,
        },
        0,
    )
    .await
    .expect("insert")
    .expect("created");
    // Jovana takes the placement test (as under the assignment); her certificate's email goes out.
    t.logout().await;
    t.login(JOVANA).await;
    let (attempt, _) = crate::placement::take(t, 1.0).await;
    sqlx::query("UPDATE placement_attempts SET assignment_id = $1 WHERE id = $2")
        .bind(placement.0)
        .bind(attempt)
        .execute(db.writer())
        .await
        .expect("under the assignment");
    while t.deliver_mail().await > 0 {}
    let level: String = sqlx::query("SELECT level FROM placement_attempts WHERE id = $1")
        .bind(attempt)
        .fetch_one(&db.pool)
        .await
        .expect("attempt")
        .try_get("level")
        .expect("a level");
    let label = ispit::placement::cefr::Level::parse(&level)
        .expect("level")
        .label();
    t.logout().await;
    t.login(ADMIN).await;
    let path = format!("/admin/certificates/send?target=assignment:{placement}");
    let page = t.get(&path).await;
    let mut rows = plan_rows(&page.body);
    rows.sort();
    assert_eq!(
        rows,
        vec![
            (ANA.to_string(), "nothing".to_string()),
            (JOVANA.to_string(), "nothing".to_string()),
            (MARK.to_string(), "nothing".to_string()),
        ],
        "Jovana's was sent; the others took no test"
    );
    assert!(
        page.body
            .contains(&format!("Placement test: level {label}")),
        "{}",
        page.body
    );
    // Sent again on request: one email of the placement certificate, to Jovana.
    let page = t.get(&format!("{path}&again=true")).await;
    let jovana: Vec<_> = plan_rows(&page.body)
        .into_iter()
        .filter(|(e, _)| e == JOVANA)
        .collect();
    assert_eq!(jovana, vec![(JOVANA.to_string(), "email".to_string())]);
    let r = t
        .submit_form(
            "/admin/certificates/send",
            &[
                ("key", &form_key(&page.body)),
                ("target", &format!("assignment:{placement}")),
                ("again", "true"),
            ],
        )
        .await;
    let batch = batch_of(r.location.as_deref());
    let cert: i64 = sqlx::query("SELECT id FROM certificates WHERE subject = $1")
        .bind(format!("placement:{attempt}"))
        .fetch_one(&db.pool)
        .await
        .expect("the placement certificate")
        .try_get("id")
        .expect("id");
    assert_eq!(
        batch_mail(t, batch).await,
        vec![(
            JOVANA.to_string(),
            format!("certificate:{cert}:batch:{batch}"),
            "queued".to_string()
        )]
    );
    let before = smtp.received().len();
    assert_eq!(t.deliver_mail().await, 1);
    let got = smtp.received();
    assert_eq!(got.len(), before + 1);
    let mail = got[before].parsed();
    let text = crate::smtp::part_text(&mail, "text/plain").expect("text");
    let code: String = sqlx::query("SELECT code FROM certificates WHERE id = $1")
        .bind(cert)
        .fetch_one(&db.pool)
        .await
        .expect("code")
        .try_get("code")
        .expect("code");
    assert!(text.contains(&code), "the certificate's code: {text}");
}
