//! Email through a real SMTP conversation (the in-process server of `smtp.rs`): what arrives, in which
//! language and MIME shape; that an event queues its email once however often it is replayed; and that
//! refusals, outages and a dead worker end with every email delivered exactly once.

use std::collections::BTreeSet;

use ispit::assessment::answer::key_answer_in;
use ispit::auth::Role;
use ispit::db::cohorts::{self, MemberRole};
use ispit::db::outbox;
use ispit::i18n::Locale;
use ispit::ids::{CohortId, UserId};
use rocket::http::Status;
use sqlx::Row;

use crate::helpers::TestApp;
use crate::smtp::{header, part_text, Mode, SmtpServer};

pub const QUIZ: &str = "migration-gender-final";

pub struct Centre {
    pub t: TestApp,
    pub cohort: CohortId,
    pub jovana: UserId,
}

/// Ivana (instructor) and her cohort: Jovana, who reads Serbian Cyrillic, and Mark, who reads English.
pub async fn centre(smtp: &SmtpServer) -> Centre {
    let url = smtp.url();
    let t = TestApp::spawn_with(|f| {
        f.merge(("smtp_url", url))
            .merge(("mail_from", "Training Centre <ispit@rcm.example.org>"))
            .merge(("public_url", "https://ispit.rcm.example.org/"))
    })
    .await;
    let ivana = t
        .add_staff("ivana@example.org", "Ivana Kovač", &[Role::Instructor])
        .await;
    let jovana = t.add_user("jovana@example.org", Some(Locale::SrCyrl)).await;
    let mark = t.add_user("mark@example.org", Some(Locale::En)).await;
    let db = &t.app().db;
    sqlx::query("UPDATE users SET display_name = 'Јована Петровић' WHERE id = $1")
        .bind(jovana.0)
        .execute(db.writer())
        .await
        .expect("name");
    let cohort = cohorts::create_cohort(db, "MUP RS 2026", 0)
        .await
        .expect("cohort");
    let mut tx = db.begin_write().await.expect("tx");
    for (u, role) in [
        (ivana, MemberRole::Instructor),
        (jovana, MemberRole::Learner),
        (mark, MemberRole::Learner),
    ] {
        cohorts::put_member(tx.conn(), cohort, u, role, 0)
            .await
            .expect("member");
    }
    tx.commit().await.expect("commit");
    Centre { t, cohort, jovana }
}

/// Ivana assigns the quiz through the cohort page, due two days later; returns the assignment id.
pub async fn assign(c: &Centre) -> i64 {
    let t = &c.t;
    t.login("ivana@example.org").await;
    let page = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    let at = page.body.find("name=\"key\" value=\"").expect("key field") + 18;
    let key = page.body[at..at + 64].to_string();
    let due = ispit::assignments::form::format_local(
        t.app().clock.now() + jiff::SignedDuration::from_hours(48),
        &t.app().zone,
    );
    let r = t
        .submit_form(
            &format!("/teach/cohorts/{}/assignments", c.cohort),
            &[
                ("key", &key),
                ("task", &format!("quiz:{QUIZ}")),
                ("opens", ""),
                ("due", &due),
                ("attempts", ""),
                ("minutes", ""),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    t.logout().await;
    r.location
        .expect("the assignment's page")
        .trim_start_matches("/teach/assignments/")
        .parse()
        .expect("id")
}

async fn statuses(t: &TestApp) -> Vec<(String, String, i64)> {
    sqlx::query("SELECT kind, status, tries FROM outbox ORDER BY id")
        .fetch_all(&t.app().db.pool)
        .await
        .expect("outbox")
        .iter()
        .map(|r| {
            (
                r.try_get("kind").expect("kind"),
                r.try_get("status").expect("status"),
                r.try_get("tries").expect("tries"),
            )
        })
        .collect()
}

#[rocket::async_test]
async fn the_invitation_arrives_over_smtp_in_the_learner_s_language_and_script() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let id = assign(&c).await;
    assert_eq!(c.t.deliver_mail().await, 2, "one invitation per learner");
    let got = smtp.received();
    assert_eq!(got.len(), 2);
    let jovana = got
        .iter()
        .find(|m| m.to == ["<jovana@example.org>"] || m.to == ["jovana@example.org"])
        .unwrap_or_else(|| {
            panic!(
                "Jovana's invitation: {:?}",
                got.iter().map(|m| &m.to).collect::<Vec<_>>()
            )
        });
    assert!(
        jovana.from.contains("ispit@rcm.example.org"),
        "{}",
        jovana.from
    );
    let mail = jovana.parsed();
    assert_eq!(mail.ctype.mimetype, "multipart/alternative");
    assert_eq!(mail.subparts.len(), 2);
    assert_eq!(mail.subparts[0].ctype.mimetype, "text/plain");
    assert_eq!(mail.subparts[1].ctype.mimetype, "text/html");
    assert_eq!(mail.subparts[0].ctype.charset.to_lowercase(), "utf-8");
    let subject = header(&mail, "Subject").expect("subject");
    let title =
        c.t.bank()
            .quiz(&QUIZ.parse().expect("id"))
            .map(|(course, _)| course.title(Locale::SrCyrl))
            .expect("quiz");
    assert!(subject.contains(&title), "{subject} names {title}");
    assert!(
        subject
            .chars()
            .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch)),
        "a Cyrillic subject: {subject}"
    );
    let to = header(&mail, "To").expect("to");
    assert!(to.contains("Јована Петровић"), "the name, decoded: {to}");
    let message_id = header(&mail, "Message-ID").expect("message id");
    assert!(
        message_id.ends_with("@ispit.rcm.example.org>"),
        "{message_id}"
    );
    let text = part_text(&mail, "text/plain").expect("text part");
    let html = part_text(&mail, "text/html").expect("html part");
    assert!(text.contains("Јована Петровић"), "{text}");
    assert!(text.contains("https://ispit.rcm.example.org/"), "{text}");
    // Due 48 hours after 27 Nov 2026 09:00 UTC: 29 Nov, 10:00 in Belgrade, in Serbian date order.
    assert!(text.contains("29. 11. 2026. 10:00"), "{text}");
    assert!(html.contains("lang=\"sr-Cyrl\""), "{html}");
    assert!(
        html.contains("href=\"https://ispit.rcm.example.org/\""),
        "{html}"
    );
    assert!(
        !text.contains("&amp;") && !text.contains("&#"),
        "plain text is not escaped: {text}"
    );
    // Mark's is in English.
    let mark = got
        .iter()
        .find(|m| m.to.iter().any(|t| t.contains("mark@")))
        .expect("Mark's");
    let subject = header(&mark.parsed(), "Subject").expect("subject");
    assert!(subject.starts_with("New assignment: "), "{subject}");
    assert_eq!(
        statuses(&c.t).await,
        vec![
            ("invitation".into(), "sent".into(), 1),
            ("invitation".into(), "sent".into(), 1)
        ]
    );
    let tries = outbox::tries(&c.t.app().db, 1).await.expect("tries");
    assert_eq!(tries.len(), 1);
    assert!(
        tries[0].reply.starts_with("250"),
        "the server's reply is kept: {:?}",
        tries[0]
    );
    assert!(id > 0);
    assert_eq!(c.t.deliver_mail().await, 0, "nothing is sent twice");
    assert_eq!(smtp.received().len(), 2);
}

#[rocket::async_test]
async fn twenty_identical_assign_requests_queue_one_invitation_per_learner() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let page = t.get(&format!("/teach/cohorts/{}", c.cohort)).await;
    let at = page.body.find("name=\"key\" value=\"").expect("key field") + 18;
    let key = page.body[at..at + 64].to_string();
    let csrf = t.csrf().await;
    let task = format!("quiz:{QUIZ}");
    let path = format!("/teach/cohorts/{}/assignments", c.cohort);
    let fields = [
        ("_csrf", csrf.as_str()),
        ("key", key.as_str()),
        ("task", task.as_str()),
        ("opens", ""),
        ("due", ""),
        ("attempts", ""),
        ("minutes", ""),
    ];
    let replies =
        rocket::futures::future::join_all((0..20).map(|_| t.post_form(&path, &fields))).await;
    assert!(replies.iter().all(|r| r.status == Status::SeeOther));
    assert_eq!(statuses(t).await.len(), 2, "two learners, two invitations");
    t.deliver_mail().await;
    assert_eq!(smtp.received().len(), 2);
}

/// Jovana takes the quiz (under the assignment, if given) and answers every question right.
pub async fn jovana_passes(c: &Centre, assignment: Option<i64>) -> i64 {
    let t = &c.t;
    t.login("jovana@example.org").await;
    let id = match assignment {
        None => t.start(QUIZ).await,
        Some(a) => {
            let r = t.submit_form(&format!("/assignments/{a}/start"), &[]).await;
            assert_eq!(r.status, Status::SeeOther, "{}", r.body);
            let at = r.location.expect("the attempt");
            ispit::ids::AttemptId(at.trim_start_matches("/attempts/").parse().expect("id"))
        }
    };
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
    let r = t.submit_form(&format!("/attempts/{id}/submit"), &[]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    id.0
}

#[rocket::async_test]
async fn a_passed_quiz_emails_its_result_once_even_if_submitted_twenty_times() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let id = jovana_passes(&c, None).await;
    let t = &c.t;
    let csrf = t.csrf().await;
    let path = format!("/attempts/{id}/submit");
    let fields = [("_csrf", csrf.as_str())];
    let again =
        rocket::futures::future::join_all((0..20).map(|_| t.post_form(&path, &fields))).await;
    assert!(again.iter().all(|r| r.status == Status::SeeOther));
    assert_eq!(t.deliver_mail().await, 2, "the result and the certificate");
    let got = smtp.received();
    let results: Vec<_> = got
        .iter()
        .filter(|m| m.parsed().ctype.mimetype == "multipart/alternative")
        .collect();
    assert_eq!(results.len(), 1, "one result email");
    let mail = results[0].parsed();
    let text = part_text(&mail, "text/plain").expect("text");
    // All right: full marks, passed, in Serbian Cyrillic (the language the attempt was taken in).
    let max = t
        .attempt(ispit::ids::AttemptId(id))
        .await
        .max_milli
        .expect("max")
        / 1000;
    assert!(text.contains(&format!("{max} ")), "{text}");
    assert!(text.contains("100 %"), "{text}");
    assert!(
        text.contains(&format!(
            "https://ispit.rcm.example.org/attempts/{id}/result"
        )),
        "{text}"
    );
    let subject = header(&mail, "Subject").expect("subject");
    assert!(
        subject
            .chars()
            .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch)),
        "{subject}"
    );
    let _ = c.jovana;
}

#[rocket::async_test]
async fn while_the_smtp_server_is_down_emails_wait_and_then_arrive_once() {
    let smtp = SmtpServer::down();
    let c = centre(&smtp).await;
    assign(&c).await;
    assert_eq!(c.t.deliver_mail().await, 2);
    let s = statuses(&c.t).await;
    assert!(
        s.iter().all(|(_, st, tries)| st == "queued" && *tries == 1),
        "{s:?}"
    );
    let listed = outbox::list(&c.t.app().db, None, None, None, 10)
        .await
        .expect("list");
    assert!(
        listed
            .iter()
            .all(|m| m.last_error.as_deref().is_some_and(|e| !e.is_empty())),
        "the failure is recorded: {listed:?}"
    );
    let now = c.t.app().clock.now().as_second();
    assert!(
        listed
            .iter()
            .all(|m| (now + 15..=now + 30).contains(&m.next_try_at)),
        "retried after 15–30 s (base 30 s, jittered): {:?}",
        listed
            .iter()
            .map(|m| m.next_try_at - now)
            .collect::<Vec<_>>()
    );
    assert_eq!(c.t.deliver_mail().await, 0, "not before its time");
    smtp.listen();
    c.t.app().clock.advance(31);
    assert_eq!(c.t.deliver_mail().await, 2);
    assert_eq!(smtp.received().len(), 2);
    let s = statuses(&c.t).await;
    assert!(
        s.iter().all(|(_, st, tries)| st == "sent" && *tries == 2),
        "{s:?}"
    );
    let tries = outbox::tries(&c.t.app().db, 1).await.expect("tries");
    assert_eq!(
        tries.iter().map(|t| t.outcome.as_str()).collect::<Vec<_>>(),
        ["retry", "sent"]
    );
}

#[rocket::async_test]
async fn a_temporary_refusal_is_retried_and_a_permanent_one_fails_until_re_sent() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    smtp.set_mode(Mode::RefuseTemporarily);
    assign(&c).await;
    c.t.deliver_mail().await;
    let listed = outbox::list(&c.t.app().db, None, None, None, 10)
        .await
        .expect("list");
    assert!(listed.iter().all(|m| m.status == "queued"), "{listed:?}");
    assert!(
        listed
            .iter()
            .all(|m| m.last_error.as_deref().is_some_and(|e| e.contains("451"))),
        "the server's reply is kept: {listed:?}"
    );
    smtp.set_mode(Mode::RefusePermanently);
    c.t.app().clock.advance(60);
    c.t.deliver_mail().await;
    let listed = outbox::list(&c.t.app().db, None, None, None, 10)
        .await
        .expect("list");
    assert!(listed.iter().all(|m| m.status == "failed"), "{listed:?}");
    assert!(listed
        .iter()
        .all(|m| m.last_error.as_deref().is_some_and(|e| e.contains("550"))));
    c.t.app().clock.advance(3600);
    assert_eq!(
        c.t.deliver_mail().await,
        0,
        "a failed email is not retried by itself"
    );
    smtp.set_mode(Mode::Accept);
    let db = &c.t.app().db;
    let now = c.t.app().clock.now().as_second();
    assert!(outbox::resend(db, listed[0].id, now).await.expect("resend"));
    assert!(
        !outbox::resend(db, listed[0].id, now).await.expect("resend"),
        "once queued, not again"
    );
    assert_eq!(c.t.deliver_mail().await, 1);
    assert_eq!(smtp.received().len(), 1);
}

#[rocket::async_test]
async fn an_email_refused_every_time_is_failed_after_the_configured_tries() {
    let smtp = SmtpServer::down();
    let url = smtp.url();
    let t = TestApp::spawn_with(|f| f.merge(("smtp_url", url)).merge(("mail_max_tries", 3))).await;
    let c = Centre {
        cohort: CohortId(0),
        jovana: t.add_user("jovana@example.org", Some(Locale::SrCyrl)).await,
        t,
    };
    enqueue_one(&c.t, c.jovana, "k1").await;
    for _ in 0..3 {
        c.t.deliver_mail().await;
        c.t.app().clock.advance(3600);
    }
    let s = statuses(&c.t).await;
    assert_eq!(s, vec![("invitation".into(), "failed".into(), 3)]);
    assert_eq!(c.t.deliver_mail().await, 0);
}

async fn enqueue_one(t: &TestApp, user: UserId, key: &str) {
    let db = &t.app().db;
    let mut tx = db.begin_write().await.expect("tx");
    let payload = ispit::mail::Payload::Invitation {
        assignment: 1,
        task: ispit::mail::TaskRef::Placement,
        opens_at: None,
        due_at: None,
    };
    let to = ispit::service::mail::Recipient {
        user,
        email: format!("user{}@example.org", user.0),
        locale: Some(Locale::SrCyrl),
    };
    ispit::service::mail::queue(tx.conn(), key.into(), &payload, &to, None, 0)
        .await
        .expect("queue");
    tx.commit().await.expect("commit");
}

#[rocket::async_test]
async fn a_worker_killed_mid_queue_leaves_its_emails_to_the_next_without_duplicates() {
    let smtp = SmtpServer::start();
    let url = smtp.url();
    let t = TestApp::spawn_with(|f| f.merge(("smtp_url", url))).await;
    let users: Vec<UserId> = {
        let mut v = Vec::new();
        for i in 0..5 {
            v.push(t.add_user(&format!("l{i}@example.org"), None).await);
        }
        v
    };
    for (i, u) in users.iter().enumerate() {
        enqueue_one(&t, *u, &format!("key-{i}")).await;
    }
    let db = &t.app().db;
    let now = t.app().clock.now().as_second();
    // A worker claims two emails and dies before sending them (its lease is 120 s).
    let dead = outbox::claim(db, "dead-worker", now, now + 120, 2)
        .await
        .expect("claim");
    assert_eq!(dead.len(), 2);
    // The live worker sends the other three, not the claimed two.
    assert_eq!(t.deliver_mail().await, 3);
    assert_eq!(smtp.received().len(), 3);
    // Once the lease has run out, it takes them over.
    t.app().clock.advance(121);
    assert_eq!(t.deliver_mail().await, 2);
    let got = smtp.received();
    assert_eq!(got.len(), 5);
    let ids: BTreeSet<String> = got
        .iter()
        .map(|m| header(&m.parsed(), "Message-ID").expect("id"))
        .collect();
    assert_eq!(ids.len(), 5, "five different emails, none twice");
    // The dead worker, come back, cannot record over the live one's outcome.
    let late = outbox::record(
        db,
        &dead[0],
        "dead-worker",
        now,
        outbox::Outcome::Failed,
        "late",
    )
    .await
    .expect("record");
    assert!(!late);
    let s = statuses(&t).await;
    assert!(s.iter().all(|(_, st, _)| st == "sent"), "{s:?}");
}

#[rocket::async_test]
async fn two_workers_at_once_send_each_email_exactly_once() {
    let smtp = SmtpServer::start();
    let url = smtp.url();
    let t = TestApp::spawn_with(|f| f.merge(("smtp_url", url))).await;
    for i in 0..40 {
        let u = t.add_user(&format!("l{i}@example.org"), None).await;
        enqueue_one(&t, u, &format!("key-{i}")).await;
    }
    // Two (and more) passes racing, as several instances on one PostgreSQL would.
    let passes = rocket::futures::future::join_all((0..4).map(|_| t.deliver_mail())).await;
    let mut left = 40 - passes.iter().sum::<usize>();
    while left > 0 {
        let n = t.deliver_mail().await;
        assert!(n > 0, "progress");
        left -= n;
    }
    let got = smtp.received();
    let ids: BTreeSet<String> = got
        .iter()
        .map(|m| header(&m.parsed(), "Message-ID").expect("id"))
        .collect();
    assert_eq!(got.len(), 40, "every email once: {} received", got.len());
    assert_eq!(ids.len(), 40);
}

#[rocket::async_test]
async fn without_smtp_each_email_is_written_as_an_eml_file() {
    let t = TestApp::spawn().await;
    let u = t.add_user("jovana@example.org", Some(Locale::SrCyrl)).await;
    enqueue_one(&t, u, "k").await;
    assert_eq!(t.deliver_mail().await, 1);
    let dir = t.app().settings.mail_dir();
    let files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the mail folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let bytes = std::fs::read(&files[0]).expect("read");
    let mail = mailparse::parse_mail(&bytes).expect("a message");
    assert_eq!(mail.ctype.mimetype, "multipart/alternative");
    let text = part_text(&mail, "text/plain").expect("text");
    assert!(text.contains("Test Learner"), "{text}");
    let title = t.ui().format(Locale::SrCyrl, "placement-title", None, None);
    assert!(text.contains(&title), "{title} in {text}");
    let s = statuses(&t).await;
    assert_eq!(s, vec![("invitation".into(), "sent".into(), 1)]);
}

#[rocket::async_test]
async fn learners_who_have_not_submitted_are_reminded_once_before_the_due_time() {
    let smtp = SmtpServer::start();
    let c = centre(&smtp).await;
    let assignment = assign(&c).await; // due in 48 hours
    let t = &c.t;
    let db = &t.app().db;
    c.t.deliver_mail().await;
    let now = || t.app().clock.now().as_second();
    assert_eq!(
        ispit::service::mail::queue_reminders(db, 24, now())
            .await
            .expect("reminders"),
        0,
        "not yet: due in 48 hours"
    );
    // Jovana submits; Mark does not. Just inside 24 hours before the due time, only Mark is reminded, once.
    jovana_passes(&c, Some(assignment)).await;
    t.app().clock.advance(24 * 3600 + 60);
    assert_eq!(
        ispit::service::mail::queue_reminders(db, 24, now())
            .await
            .expect("reminders"),
        1
    );
    assert_eq!(
        ispit::service::mail::queue_reminders(db, 24, now())
            .await
            .expect("reminders"),
        0,
        "once only"
    );
    t.deliver_mail().await;
    let reminders: Vec<_> = smtp
        .received()
        .into_iter()
        .filter(|m| header(&m.parsed(), "Subject").is_some_and(|s| s.starts_with("Reminder: ")))
        .collect();
    assert_eq!(reminders.len(), 1);
    assert!(
        reminders[0].to.iter().any(|t| t.contains("mark@")),
        "{:?}",
        reminders[0].to
    );
    let text = part_text(&reminders[0].parsed(), "text/plain").expect("text");
    assert!(text.contains("29 Nov 2026, 10:00"), "{text}");
    // After the due time, no reminder.
    t.app().clock.advance(2 * 24 * 3600);
    assert_eq!(
        ispit::service::mail::queue_reminders(db, 24, now())
            .await
            .expect("reminders"),
        0
    );
}
