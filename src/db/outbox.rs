//! The outbox: emails queued with the events that cause them, and the worker's claims on them.
//! `enqueue` runs on the caller's transaction; a replayed event (same idempotency key) queues nothing more.
//! Claims mark rows `sending` with a lease: on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so several
//! instances never claim one row together; a row whose lease ran out (its worker died) is claimed again.

use sqlx::{AnyConnection, Row};

use super::{Backend, Db};
use crate::i18n::Locale;
use crate::ids::UserId;

/// An email to queue.
#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    pub idempotency_key: String,
    pub kind: &'a str,
    pub user: Option<UserId>,
    pub recipient: String,
    pub locale: Locale,
    pub payload: String,
    pub batch: Option<i64>,
}

/// Queues an email in the caller's transaction; false when its key was already queued (a replay).
pub async fn enqueue(
    conn: &mut AnyConnection,
    m: &NewMail<'_>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO outbox (idempotency_key, kind, user_id, recipient, locale, payload, batch_id, \
         status, next_try_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'queued', $8, $8) \
         ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(&m.idempotency_key)
    .bind(m.kind)
    .bind(m.user.map(|u| u.0))
    .bind(&m.recipient)
    .bind(m.locale.tag())
    .bind(&m.payload)
    .bind(m.batch)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A claimed email, as the worker sends it.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub user: Option<UserId>,
    pub recipient: String,
    pub locale: String,
    pub payload: String,
    /// The key the email was queued under (its Message-ID is made from it).
    pub key: String,
    /// This try's number (1 for the first).
    pub try_no: i64,
}

/// Claims up to `limit` emails that are due (queued and due, or sending with an expired lease) for
/// `owner` until `lease_until`.
pub async fn claim(
    db: &Db,
    owner: &str,
    now: i64,
    lease_until: i64,
    limit: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let lock = match db.backend {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        // One writer at a time: the statement is atomic on its own.
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET status = 'sending', lease_owner = $1, lease_until = $2, tries = tries + 1 \
         WHERE id IN (SELECT id FROM outbox WHERE (status = 'queued' AND next_try_at <= $3) \
         OR (status = 'sending' AND lease_until < $3) ORDER BY next_try_at, id LIMIT $4{lock}) \
         RETURNING id, user_id, recipient, locale, payload, idempotency_key, tries"
    );
    let rows = sqlx::query(&sql)
        .bind(owner)
        .bind(lease_until)
        .bind(now)
        .bind(limit)
        .fetch_all(db.writer())
        .await?;
    let mut out: Vec<Claimed> = rows
        .iter()
        .map(|r| {
            Ok(Claimed {
                id: r.try_get("id")?,
                user: r.try_get::<Option<i64>, _>("user_id")?.map(UserId),
                recipient: r.try_get("recipient")?,
                locale: r.try_get("locale")?,
                payload: r.try_get("payload")?,
                key: r.try_get("idempotency_key")?,
                try_no: r.try_get("tries")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    out.sort_by_key(|c| c.id);
    Ok(out)
}

/// How a try ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Tried again at the given time.
    Retry(i64),
    Failed,
}

/// Records a try's outcome and the server's reply, if `owner` still holds the claim (a worker whose lease
/// ran out and was overtaken records nothing). Returns whether it was recorded.
pub async fn record(
    db: &Db,
    claimed: &Claimed,
    owner: &str,
    now: i64,
    outcome: Outcome,
    reply: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let (status, next, sent_at, error, word) = match outcome {
        Outcome::Sent => ("sent", None, Some(now), None, "sent"),
        Outcome::Retry(at) => ("queued", Some(at), None, Some(reply), "retry"),
        Outcome::Failed => ("failed", None, None, Some(reply), "failed"),
    };
    // A link's token is needed only to compose its email: once sent or failed, the row keeps no secret.
    let scrubbed = match outcome {
        Outcome::Sent | Outcome::Failed => crate::mail::stored_without_secret(&claimed.payload),
        Outcome::Retry(_) => None,
    };
    let updated = sqlx::query(
        "UPDATE outbox SET status = $3, next_try_at = COALESCE($4, next_try_at), sent_at = $5, \
         last_error = $6, lease_owner = NULL, lease_until = NULL, payload = COALESCE($7, payload) \
         WHERE id = $1 AND lease_owner = $2 AND status = 'sending'",
    )
    .bind(claimed.id)
    .bind(owner)
    .bind(status)
    .bind(next)
    .bind(sent_at)
    .bind(error)
    .bind(scrubbed)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if updated == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO outbox_tries (outbox_id, try_no, at, outcome, reply) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(claimed.id)
    .bind(claimed.try_no)
    .bind(now)
    .bind(word)
    .bind(reply)
    .execute(tx.conn())
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Puts a failed email back in the queue for a new round of tries (an administrator's "re-send"). Its
/// Message-ID stays. False when it was not failed (already re-sent, or never failed).
pub async fn resend(db: &Db, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'queued', tries = 0, next_try_at = $2 WHERE id = $1 AND status = 'failed'",
    )
    .bind(id)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many emails are in each state (of one batch, or of all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub queued: i64,
    pub sending: i64,
    pub sent: i64,
    pub failed: i64,
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.queued + self.sending + self.sent + self.failed
    }
}

pub async fn counts(db: &Db, batch: Option<i64>) -> Result<Counts, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n FROM outbox WHERE ($1 IS NULL OR batch_id = $1) GROUP BY status",
    )
    .bind(batch)
    .fetch_all(&db.pool)
    .await?;
    let mut c = Counts::default();
    for r in rows {
        let n: i64 = r.try_get("n")?;
        match r.try_get::<String, _>("status")?.as_str() {
            "queued" => c.queued = n,
            "sending" => c.sending = n,
            "sent" => c.sent = n,
            "failed" => c.failed = n,
            _ => {}
        }
    }
    Ok(c)
}

/// One email as the administrator's list shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Listed {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub status: String,
    pub tries: i64,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub next_try_at: i64,
    pub last_error: Option<String>,
    pub batch: Option<i64>,
}

/// Emails, newest first: all, or those of one status, batch or recipient.
pub async fn list(
    db: &Db,
    status: Option<&str>,
    batch: Option<i64>,
    user: Option<UserId>,
    limit: i64,
) -> Result<Vec<Listed>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, kind, recipient, status, tries, created_at, sent_at, next_try_at, last_error, batch_id \
         FROM outbox WHERE ($1 IS NULL OR status = $1) AND ($2 IS NULL OR batch_id = $2) \
         AND ($3 IS NULL OR user_id = $3) ORDER BY id DESC LIMIT $4",
    )
    .bind(status)
    .bind(batch)
    .bind(user.map(|u| u.0))
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Listed {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                recipient: r.try_get("recipient")?,
                status: r.try_get("status")?,
                tries: r.try_get("tries")?,
                created_at: r.try_get("created_at")?,
                sent_at: r.try_get("sent_at")?,
                next_try_at: r.try_get("next_try_at")?,
                last_error: r.try_get("last_error")?,
                batch: r.try_get("batch_id")?,
            })
        })
        .collect()
}

/// One try of one email.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Try {
    pub try_no: i64,
    pub at: i64,
    pub outcome: String,
    pub reply: String,
}

pub async fn tries(db: &Db, id: i64) -> Result<Vec<Try>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT try_no, at, outcome, reply FROM outbox_tries WHERE outbox_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Try {
                try_no: r.try_get("try_no")?,
                at: r.try_get("at")?,
                outcome: r.try_get("outcome")?,
                reply: r.try_get("reply")?,
            })
        })
        .collect()
}

/// Opens a batch (a bulk send) and returns its id.
pub async fn insert_batch(
    conn: &mut AnyConnection,
    label: &str,
    by: UserId,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO mail_batches (label, created_by, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(label)
    .bind(by.0)
    .bind(now)
    .fetch_one(conn)
    .await?;
    row.try_get("id")
}

/// A learner to remind of an assignment due soon.
#[derive(Debug, Clone)]
pub struct Reminder {
    pub assignment: i64,
    pub kind: String,
    pub quiz: Option<String>,
    pub due_at: i64,
    pub user: UserId,
    pub email: String,
    pub locale: Option<String>,
}

/// Learners whose assignment (their own due time, overrides included) falls due within `window` seconds
/// of `now`, who have not submitted it, and have not been reminded. Assignments made within the window
/// are left out: their invitation came recently enough.
pub async fn due_reminders(db: &Db, now: i64, window: i64) -> Result<Vec<Reminder>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.kind, a.quiz_id, COALESCE(o.due_at, a.due_at) AS due, u.id AS user_id, u.email, u.locale \
         FROM assignments a \
         JOIN users u ON u.id = a.user_id \
           OR (a.cohort_id IS NOT NULL AND u.id IN \
               (SELECT m.user_id FROM cohort_members m WHERE m.cohort_id = a.cohort_id AND m.role = 'learner')) \
         LEFT JOIN assignment_overrides o ON o.assignment_id = a.id AND o.user_id = u.id \
         WHERE a.withdrawn_at IS NULL AND u.disabled_at IS NULL \
           AND COALESCE(o.due_at, a.due_at) > $1 AND COALESCE(o.due_at, a.due_at) <= $1 + $2 \
           AND a.created_at < COALESCE(o.due_at, a.due_at) - $2 \
           AND NOT EXISTS (SELECT 1 FROM attempts t WHERE t.assignment_id = a.id AND t.user_id = u.id \
                           AND t.state <> 'in-progress') \
           AND NOT EXISTS (SELECT 1 FROM placement_attempts p WHERE p.assignment_id = a.id AND p.user_id = u.id \
                           AND p.state <> 'in-progress') \
           AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.idempotency_key = \
                           'reminder:' || CAST(a.id AS TEXT) || ':' || CAST(u.id AS TEXT)) \
         ORDER BY a.id, u.id LIMIT 1000",
    )
    .bind(now)
    .bind(window)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Reminder {
                assignment: r.try_get("id")?,
                kind: r.try_get("kind")?,
                quiz: r.try_get("quiz_id")?,
                due_at: r.try_get("due")?,
                user: UserId(r.try_get("user_id")?),
                email: r.try_get("email")?,
                locale: r.try_get("locale")?,
            })
        })
        .collect()
}
