//! The administrators' pages of certificates and email: the latest certificates and their revocation;
//! sending certificates to a cohort or an assignment (a dry run, then a confirm that opens one batch per
//! form key); the outbox with its counts, each email's tries and the server's replies, and "send again"
//! for a failed one; a batch's progress. Every route takes the `Admin` guard and every POST a
//! `CheckedForm` (CSRF). It never sends email itself: it queues, and wakes the mail worker.

use fluent_bundle::{FluentArgs, FluentValue};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Admin, CheckedForm, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use crate::auth::random_token;
use crate::certificates::{Achievement, CertificateRecord};
use crate::db::{bulk, certificates, outbox};
use crate::i18n::format::format_datetime;
use crate::i18n::Locale;
use crate::service::bulk::{self as send, Action, Eligible, Target};

/// The longest revocation reason, in characters.
pub const MAX_REASON: usize = 300;
/// How many rows the lists show.
const LIST_LIMIT: i64 = 100;
/// How often a batch's page reloads itself while emails wait, in seconds.
const REFRESH_SECONDS: u32 = 5;
const STATUSES: [&str; 4] = ["queued", "sending", "sent", "failed"];

pub fn routes() -> Vec<Route> {
    routes![
        certificates_page,
        revoke_certificate,
        send_page,
        confirm_send,
        mail_page,
        mail_detail,
        resend_mail,
        batch_page,
    ]
}

/// A revocation reason: spaces collapsed, 1 to [`MAX_REASON`] characters.
fn parse_reason(typed: &str) -> Option<String> {
    crate::people::clean_name(typed).filter(|r| r.chars().count() <= MAX_REASON)
}

/// A form key as the send page makes them (64 hex digits).
fn is_form_key(k: &str) -> bool {
    k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit())
}

fn when(app: &App, locale: Locale, s: i64) -> String {
    jiff::Timestamp::from_second(s)
        .map(|t| format_datetime(t, &app.zone, locale))
        .unwrap_or_default()
}

fn text(app: &App, locale: Locale, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    app.ui.format(locale, id, None, Some(&fa))
}

/// What a certificate certifies, in the page's language where it can be (a course's title is the one
/// it was issued with).
fn what_of(app: &App, locale: Locale, record: &str) -> String {
    match CertificateRecord::from_json(record).map(|r| r.achievement) {
        Ok(Achievement::Course { title, .. }) => title,
        Ok(Achievement::Placement { level, .. }) => text(
            app,
            locale,
            "admin-certs-what-placement",
            &[("level", level.label().into())],
        ),
        Err(_) => String::new(),
    }
}

#[get("/admin/certificates?<q>&<revoked>")]
async fn certificates_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    q: Option<&str>,
    revoked: Option<bool>,
) -> Result<Page, AppError> {
    let search = q.map(str::trim).filter(|s| !s.is_empty());
    let rows: Vec<Value> = bulk::recent_certificates(&app.db, search, LIST_LIMIT)
        .await?
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "code": c.code,
                "learner": c.learner,
                "email": c.email,
                "what": what_of(app, lang.0, &c.record),
                "issued": when(app, lang.0, c.issued_at),
                "revoked": c.revoked_at.map(|at| json!({
                    "date": when(app, lang.0, at),
                    "reason": c.revoked_reason.clone().unwrap_or_default(),
                })),
            })
        })
        .collect();
    let ctx = base_context(&req, lang.0, Some(&admin.0))
        .with("q", search.unwrap_or_default())
        .with("certificates", rows)
        .with("revoked", revoked.unwrap_or(false))
        .with("max_reason", MAX_REASON);
    Ok(Page::new("pages/admin-certificates", ctx))
}

/// Revokes a certificate with the reason given; revoking twice is revoking once (the first date and
/// reason stand). Its verification page says "revoked" from now on, and its unsent email is not sent.
#[post("/admin/certificates/<id>/revoke", data = "<form>")]
async fn revoke_certificate(
    app: &State<App>,
    admin: Admin,
    id: i64,
    form: CheckedForm,
) -> Result<Redirect, AppError> {
    let Some(cert) = certificates::find(&app.db, id).await? else {
        return Err(AppError::NotFound);
    };
    let reason = parse_reason(form.get("reason").unwrap_or_default())
        .ok_or(AppError::Invalid("admin-certs-error-reason"))?;
    let now = app.clock.now().as_second();
    if certificates::revoke(&app.db, cert.id, &reason, admin.0.id, now).await? {
        tracing::info!(certificate = %cert.code, by = %admin.0.email, "certificate revoked");
    }
    Ok(Redirect::to("/admin/certificates?revoked=true"))
}

/// The choices of the send page: cohorts, then assignments.
async fn choices(app: &App, locale: Locale, chosen: Option<Target>) -> Result<Value, AppError> {
    let bank = app.bank();
    let chosen = chosen.map(Target::as_param);
    let cohorts: Vec<Value> = crate::db::cohorts::list_cohorts(&app.db)
        .await?
        .iter()
        .map(|c| {
            let value = format!("cohort:{}", c.id.0);
            json!({
                "selected": chosen.as_deref() == Some(value.as_str()),
                "value": value,
                "label": text(app, locale, "admin-send-cohort-option",
                    &[("name", c.name.clone().into()), ("learners", c.learners.into())]),
            })
        })
        .collect();
    let placement = app.ui.format(locale, "placement-title", None, None);
    let assignments: Vec<Value> = bulk::assignments_to_choose(&app.db, 200)
        .await?
        .into_iter()
        .map(|(id, quiz, audience)| {
            let task = match quiz {
                Some(q) => q
                    .parse()
                    .ok()
                    .and_then(|q| bank.quiz(&q))
                    .map(|(course, _)| course.title(locale))
                    .unwrap_or(q),
                None => placement.clone(),
            };
            let value = format!("assignment:{id}");
            json!({
                "selected": chosen.as_deref() == Some(value.as_str()),
                "value": value,
                "label": text(app, locale, "admin-send-assignment-option",
                    &[("id", id.into()), ("task", task.into()), ("audience", audience.into())]),
            })
        })
        .collect();
    Ok(json!({
        "cohorts": cohorts,
        "assignments": assignments,
        "any": true,
    }))
}

/// A plan's rows as the page shows them.
fn plan_rows(app: &App, locale: Locale, plan: &send::Plan) -> Vec<Value> {
    let bank = app.bank();
    plan.rows
        .iter()
        .map(|r| {
            let result = match &r.result {
                None => app.ui.format(locale, "admin-send-no-result", None, None),
                Some(Eligible::Quiz { quiz, percent, .. }) => {
                    let title = quiz
                        .parse()
                        .ok()
                        .and_then(|q| bank.quiz(&q))
                        .map(|(course, _)| course.title(locale))
                        .unwrap_or_else(|| quiz.clone());
                    text(
                        app,
                        locale,
                        "admin-send-result-quiz",
                        &[("quiz", title.into()), ("percent", (*percent).into())],
                    )
                }
                Some(Eligible::Placement { level, .. }) => text(
                    app,
                    locale,
                    "admin-send-result-placement",
                    &[("level", level.label().into())],
                ),
            };
            let why = match r.action {
                Action::Nothing(why) => Some(why.as_str()),
                _ => None,
            };
            json!({
                "name": r.learner.name,
                "email": r.learner.email,
                "result": result,
                "certificate": r.certificate,
                "action": r.action.as_str(),
                "why": why,
            })
        })
        .collect()
}

#[get("/admin/certificates/send?<target>&<again>")]
async fn send_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    target: Option<&str>,
    again: Option<bool>,
) -> Result<Page, AppError> {
    let bank = app.bank();
    let again = again.unwrap_or(false);
    let chosen = match target.map(str::trim).filter(|t| !t.is_empty()) {
        None => None,
        Some(t) => Some(Target::parse(t).ok_or(AppError::Invalid("admin-send-error-target"))?),
    };
    let mut ctx = base_context(&req, lang.0, Some(&admin.0))
        .with("choices", choices(app, lang.0, chosen).await?)
        .with("again", again);
    if let Some(target) = chosen {
        let plan = send::plan(&app.db, &bank, app.placement.as_deref(), target, again).await?;
        let (issue, email, nothing) = plan.tally();
        ctx = ctx.with(
            "plan",
            json!({
                "label": plan.label,
                "rows": plan_rows(app, lang.0, &plan),
                "issue": issue,
                "email": email,
                "nothing": nothing,
                "anything": issue + email > 0,
                "target": target.as_param(),
            }),
        );
    }
    // A fresh key for every confirm shown: each opens at most one batch.
    ctx = ctx.with("key", random_token());
    Ok(Page::new("pages/admin-send", ctx))
}

/// Executes the send (the plan made again now) in one batch and shows the batch. The form's key makes a
/// confirm sent twice, or twenty times at once, execute once: the others land on the same batch.
#[post("/admin/certificates/send", data = "<form>")]
async fn confirm_send(
    app: &State<App>,
    admin: Admin,
    form: CheckedForm,
) -> Result<Redirect, AppError> {
    let bank = app.bank();
    let target = form
        .get("target")
        .and_then(Target::parse)
        .ok_or(AppError::Invalid("admin-send-error-target"))?;
    let key = form
        .get("key")
        .filter(|k| is_form_key(k))
        .ok_or(AppError::Invalid("error-unprocessable"))?;
    let again = form.get("again") == Some("true");
    let sent = send::execute(
        &app.db,
        &app.certifier,
        &bank,
        app.placement.as_deref(),
        send::Send {
            target,
            again,
            by: Some(admin.0.id),
            form_key: key,
        },
        app.clock.now(),
    )
    .await?;
    if sent.issued + sent.emailed > 0 {
        app.mail_wake.notify_one();
    }
    Ok(Redirect::to(format!("/admin/mail/batches/{}", sent.batch)))
}

fn mail_row(app: &App, locale: Locale, m: &outbox::Listed) -> Value {
    json!({
        "id": m.id,
        "kind": m.kind,
        "recipient": m.recipient,
        "status": m.status,
        "failed": m.status == "failed",
        "tries": m.tries,
        "error": m.last_error,
        "batch": m.batch,
        "created": when(app, locale, m.created_at),
    })
}

fn counts_json(c: &outbox::Counts) -> Value {
    json!([
        {"status": "queued", "n": c.queued},
        {"status": "sending", "n": c.sending},
        {"status": "sent", "n": c.sent},
        {"status": "failed", "n": c.failed},
    ])
}

#[get("/admin/mail?<status>")]
async fn mail_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    status: Option<&str>,
) -> Result<Page, AppError> {
    // Only a known status filters; anything else shows all.
    let status = status.filter(|s| STATUSES.contains(s));
    let counts = outbox::counts(&app.db, None).await?;
    let mails: Vec<Value> = outbox::list(&app.db, status, None, None, LIST_LIMIT)
        .await?
        .iter()
        .map(|m| mail_row(app, lang.0, m))
        .collect();
    let batches: Vec<Value> = bulk::recent_batches(&app.db, 20)
        .await?
        .iter()
        .map(|b| json!({ "id": b.id, "label": b.label, "date": when(app, lang.0, b.created_at) }))
        .collect();
    let filters: Vec<Value> = STATUSES
        .iter()
        .map(|s| json!({ "status": s, "selected": status == Some(*s) }))
        .collect();
    let ctx = base_context(&req, lang.0, Some(&admin.0))
        .with("counts", counts_json(&counts))
        .with("mails", mails)
        .with("filters", filters)
        .with("batches", batches);
    Ok(Page::new("pages/admin-mail", ctx))
}

#[get("/admin/mail/<id>?<resent>")]
async fn mail_detail(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    id: i64,
    resent: Option<bool>,
) -> Result<Page, AppError> {
    let Some(mail) = bulk::find_mail(&app.db, id).await? else {
        return Err(AppError::NotFound);
    };
    let tries: Vec<Value> = outbox::tries(&app.db, id)
        .await?
        .iter()
        .map(|t| {
            json!({
                "try_no": t.try_no,
                "at": when(app, lang.0, t.at),
                "outcome": t.outcome,
                "reply": t.reply,
            })
        })
        .collect();
    let ctx = base_context(&req, lang.0, Some(&admin.0))
        .with("mail", mail_row(app, lang.0, &mail))
        .with("tries", tries)
        .with("resent", resent.unwrap_or(false));
    Ok(Page::new("pages/admin-mail-detail", ctx))
}

/// Puts a failed email back in the queue for a new round of tries (same Message-ID). An email that is
/// not failed (re-sent already, or never failed) is left as it is.
#[post("/admin/mail/<id>/resend", data = "<_form>")]
async fn resend_mail(
    app: &State<App>,
    admin: Admin,
    id: i64,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    if bulk::find_mail(&app.db, id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let resent = outbox::resend(&app.db, id, app.clock.now().as_second()).await?;
    if resent {
        tracing::info!(mail = id, by = %admin.0.email, "email queued again");
        app.mail_wake.notify_one();
    }
    Ok(Redirect::to(format!("/admin/mail/{id}?resent={resent}")))
}

#[get("/admin/mail/batches/<id>")]
async fn batch_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    id: i64,
) -> Result<Page, AppError> {
    let Some(batch) = bulk::find_batch(&app.db, id).await? else {
        return Err(AppError::NotFound);
    };
    let counts = outbox::counts(&app.db, Some(id)).await?;
    let mails: Vec<Value> = outbox::list(&app.db, None, Some(id), None, 10_000)
        .await?
        .iter()
        .map(|m| mail_row(app, lang.0, m))
        .collect();
    let waiting = counts.queued + counts.sending > 0;
    let ctx = base_context(&req, lang.0, Some(&admin.0))
        .with(
            "batch",
            json!({
                "id": batch.id,
                "label": batch.label,
                "by": batch.created_by,
                "date": when(app, lang.0, batch.created_at),
            }),
        )
        .with("counts", counts_json(&counts))
        .with("done", counts.sent + counts.failed)
        .with("total", counts.total())
        .with("waiting", waiting)
        .with("mails", mails)
        // While anything waits, the page's script fetches the page again every few seconds and replaces
        // the progress in place (no reload, so focus and reading position stay; without scripts a link
        // reloads). A `<meta http-equiv="refresh">` would fail WCAG 2.2.1 (axe: meta-refresh).
        .with("refresh_seconds", waiting.then_some(REFRESH_SECONDS));
    Ok(Page::new("pages/admin-batch", ctx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_one_to_three_hundred_characters_spaces_collapsed() {
        assert_eq!(
            parse_reason("  issued   in error "),
            Some("issued in error".to_string())
        );
        assert_eq!(parse_reason("   "), None);
        assert!(parse_reason(&"ž".repeat(300)).is_some(), "characters");
        assert_eq!(parse_reason(&"x".repeat(301)), None);
    }

    #[test]
    fn only_keys_made_by_the_page_open_a_batch() {
        assert!(is_form_key(&"0f".repeat(32)));
        assert!(!is_form_key(&"0f".repeat(31)));
        assert!(!is_form_key(&"zz".repeat(32)));
    }
}
