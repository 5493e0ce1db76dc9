//! The outbox's two ends: queuing an email inside the transaction of its event, and the worker that sends
//! what is due, retries with backoff and records every try. The worker keeps no state of its own between
//! passes, so a restart (or another instance) resumes the queue where the database says it stands.

use std::path::Path;
use std::sync::Arc;

use lettre::message::Mailbox;
use rand::Rng;
use sqlx::AnyConnection;

use crate::db::outbox::{self, Claimed, NewMail, Outcome};
use crate::db::Db;
use crate::i18n::{Locale, Texts};
use crate::ids::UserId;
use crate::mail::backoff::Backoff;
use crate::mail::compose::{message, Composer, Context, File};
use crate::mail::transport::{SendError, Transport, TransportError};
use crate::mail::{domain_of, message_id, Payload};
use crate::web::config::Settings;
use crate::web::render::TemplateError;
use crate::web::state::Clock;

/// Everything the worker needs to turn outbox rows into sent email.
pub struct Mailer {
    pub composer: Composer,
    pub transport: Transport,
    pub from: Mailbox,
    /// The domain of Message-IDs (the public URL's host).
    pub domain: String,
    pub backoff: Backoff,
    /// This process's name on its claims.
    pub owner: String,
    /// How long a claim holds before another worker may take the email over (longer than the SMTP
    /// timeout, so a live worker is not overtaken).
    pub lease_seconds: i64,
    pub batch_size: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum MailSetupError {
    #[error("mail_from `{0}` is not an email address with an optional name: {1}")]
    From(String, String),
    #[error(transparent)]
    Transport(#[from] TransportError),
    #[error(transparent)]
    Templates(#[from] TemplateError),
}

impl Mailer {
    pub fn from_settings(s: &Settings, ui: Arc<Texts>) -> Result<Mailer, MailSetupError> {
        // rustls needs one crypto provider chosen for the process; ring is the one built in. An error means
        // one was installed already (a second app in the same test binary), which is as good. (Deprecated
        // only for lacking post-quantum key exchange, which SMTP servers do not offer yet.)
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
        let from: Mailbox = s
            .mail_from
            .parse()
            .map_err(|e: lettre::address::AddressError| {
                MailSetupError::From(s.mail_from.clone(), e.to_string())
            })?;
        let transport = Transport::new(
            s.smtp_url.as_deref(),
            s.smtp_ca_file.as_deref(),
            &s.mail_dir(),
        )?;
        Ok(Mailer {
            composer: Composer::load(Path::new(&s.templates_dir), ui)?,
            transport,
            from,
            domain: domain_of(&s.public_url),
            backoff: Backoff {
                base_seconds: s.mail_retry_seconds.max(1),
                max_seconds: 3600,
                max_tries: s.mail_max_tries.max(1),
            },
            owner: format!(
                "worker-{}",
                crate::auth::random_token().get(..12).unwrap_or("x")
            ),
            lease_seconds: 120,
            batch_size: 32,
        })
    }
}

/// Someone to write to.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub user: UserId,
    pub email: String,
    pub locale: Option<Locale>,
}

/// The outbox row for `payload` to `to` (queued by the caller, in its transaction).
pub fn new_mail(
    key: String,
    payload: &Payload,
    to: &Recipient,
    batch: Option<i64>,
) -> NewMail<'static> {
    NewMail {
        idempotency_key: key,
        kind: payload.kind(),
        user: Some(to.user),
        recipient: to.email.clone(),
        locale: to.locale.unwrap_or(Locale::DEFAULT),
        payload: serde_json::to_string(payload).unwrap_or_default(),
        batch,
    }
}

/// The email of `payload` to a learner (in `locale`), for the caller to queue with its event: none when
/// the account is gone or disabled.
pub async fn to_learner(
    db: &Db,
    user: UserId,
    locale: Locale,
    key: String,
    payload: &Payload,
) -> Result<Vec<NewMail<'static>>, sqlx::Error> {
    let user = crate::db::users::find_user(db, user).await?;
    Ok(for_learner(user.as_ref(), locale, key, payload))
}

/// [`to_learner`] for an account already read (an email built inside a transaction, say).
pub fn for_learner(
    user: Option<&crate::db::users::User>,
    locale: Locale,
    key: String,
    payload: &Payload,
) -> Vec<NewMail<'static>> {
    match user {
        Some(u) if !u.disabled => vec![new_mail(
            key,
            payload,
            &Recipient {
                user: u.id,
                email: u.email.clone(),
                locale: Some(locale),
            },
            None,
        )],
        _ => vec![],
    }
}

/// Queues `payload` for `to` in the caller's transaction; the key makes a replay queue nothing more.
pub async fn queue(
    conn: &mut AnyConnection,
    key: String,
    payload: &Payload,
    to: &Recipient,
    batch: Option<i64>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    outbox::enqueue(conn, &new_mail(key, payload, to, batch), now).await
}

/// One pass of the worker: claims what is due, sends it and records each outcome. Returns how many emails
/// it tried (the caller passes again at once when that was a full batch).
pub async fn run_once(
    db: &Db,
    mailer: &Mailer,
    ctx: &Context<'_>,
    clock: &Clock,
) -> Result<usize, sqlx::Error> {
    let now = clock.now().as_second();
    let claimed = outbox::claim(
        db,
        &mailer.owner,
        now,
        now + mailer.lease_seconds,
        mailer.batch_size,
    )
    .await?;
    for c in &claimed {
        let outcome = match prepare(db, mailer, ctx, c).await? {
            Err(why) => (Outcome::Failed, why),
            Ok(msg) => match mailer.transport.send(msg).await {
                Ok(reply) => (Outcome::Sent, reply),
                Err(SendError::Permanent(reply)) => (Outcome::Failed, reply),
                Err(SendError::Temporary(reply)) => {
                    let tries = u32::try_from(c.try_no).unwrap_or(u32::MAX);
                    if mailer.backoff.gives_up_after(tries) {
                        (Outcome::Failed, reply)
                    } else {
                        let delay = mailer.backoff.delay(tries, &mut rand::thread_rng());
                        (Outcome::Retry(clock.now().as_second() + delay), reply)
                    }
                }
            },
        };
        let (outcome, reply) = outcome;
        match outcome {
            Outcome::Sent => tracing::info!(mail = c.id, to = %c.recipient, %reply, "email sent"),
            _ => {
                tracing::warn!(mail = c.id, to = %c.recipient, try_no = c.try_no, %reply, "email not sent")
            }
        }
        outbox::record(
            db,
            c,
            &mailer.owner,
            clock.now().as_second(),
            outcome,
            &reply,
        )
        .await?;
    }
    Ok(claimed.len())
}

/// The MIME message of a claimed email, or why it can never be sent (failed at once, not retried).
async fn prepare(
    db: &Db,
    mailer: &Mailer,
    ctx: &Context<'_>,
    c: &Claimed,
) -> Result<Result<lettre::Message, String>, sqlx::Error> {
    let payload: Payload = match serde_json::from_str(&c.payload) {
        Ok(p) => p,
        Err(e) => return Ok(Err(format!("unreadable payload: {e}"))),
    };
    let locale = c.locale.parse::<Locale>().unwrap_or(Locale::DEFAULT);
    let name = match c.user {
        Some(u) => crate::db::users::find_user(db, u)
            .await?
            .map(|u| u.display_name),
        None => None,
    }
    .unwrap_or_else(|| c.recipient.clone());
    let to = match c.recipient.parse::<lettre::Address>() {
        Ok(address) => Mailbox::new(Some(name.clone()), address),
        Err(e) => return Ok(Err(format!("recipient `{}`: {e}", c.recipient))),
    };
    let composed = match mailer.composer.compose(ctx, &payload, &name, locale) {
        Ok(c) => c,
        Err(e) => return Ok(Err(e.to_string())),
    };
    let mut files: Vec<File> = Vec::new();
    if let Payload::Certificate {
        certificate, code, ..
    } = &payload
    {
        let Some(row) = crate::db::certificates::find(db, *certificate).await? else {
            return Ok(Err(format!("certificate {code} no longer exists")));
        };
        if row.revoked_at.is_some() {
            return Ok(Err(format!("certificate {code} was revoked")));
        }
        let Some(certifier) = ctx.certifier else {
            return Ok(Err("no certificate printer in this process".into()));
        };
        let pdf = lettre::message::header::ContentType::parse("application/pdf");
        match (certifier.pdf(&row.record), pdf) {
            (Ok(bytes), Ok(content_type)) => files.push(File {
                name: format!("{code}.pdf"),
                content_type,
                bytes,
            }),
            (Err(e), _) => return Ok(Err(format!("certificate {code}: {e}"))),
            (_, Err(e)) => return Ok(Err(e.to_string())),
        }
    }
    let id = message_id(&c.key, &mailer.domain);
    Ok(message(&composed, &mailer.from, &to, &id, &files).map_err(|e| e.to_string()))
}

/// A jittered pause for the worker loop (so instances started together do not poll in step).
pub fn poll_jitter(seconds: u64) -> std::time::Duration {
    let ms = seconds.max(1) * 1000;
    std::time::Duration::from_millis(ms - ms / 10 + rand::thread_rng().gen_range(0..=ms / 5))
}

/// Queues a reminder for each learner whose assignment falls due within `hours` and who has not submitted
/// it (once per learner and assignment, whichever instance gets there first). Returns how many it queued.
pub async fn queue_reminders(db: &Db, hours: i64, now: i64) -> Result<usize, sqlx::Error> {
    if hours <= 0 {
        return Ok(0);
    }
    let due = outbox::due_reminders(db, now, hours * 3600).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    let mut queued = 0;
    for r in &due {
        let task = match (r.kind.as_str(), &r.quiz) {
            ("quiz", Some(q)) => crate::mail::TaskRef::Quiz { quiz: q.clone() },
            _ => crate::mail::TaskRef::Placement,
        };
        let payload = Payload::Reminder {
            assignment: r.assignment,
            task,
            due_at: r.due_at,
        };
        let to = Recipient {
            user: r.user,
            email: r.email.clone(),
            locale: r.locale.as_deref().and_then(|l| l.parse().ok()),
        };
        let key = format!("reminder:{}:{}", r.assignment, r.user.0);
        if queue(tx.conn(), key, &payload, &to, None, now).await? {
            queued += 1;
        }
    }
    tx.commit().await?;
    Ok(queued)
}
