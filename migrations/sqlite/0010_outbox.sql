-- The outbox: one row per email, written in the same transaction as the event that causes it (an
-- assignment, a closed attempt, a certificate), so an email exists exactly when its event does. The
-- idempotency key makes the same event enqueue one email however often it is replayed. A background worker
-- claims rows (status 'sending' with a lease), sends them and records each try in outbox_tries. The
-- Message-ID is derived from the idempotency key, so a resend after a crash carries the same one. Keep in step with
-- ../postgres/0010_outbox.sql.
CREATE TABLE mail_batches (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    label       TEXT    NOT NULL,
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    kind             TEXT    NOT NULL,
    user_id          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    recipient        TEXT    NOT NULL,
    locale           TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    batch_id         INTEGER REFERENCES mail_batches(id) ON DELETE SET NULL,
    status           TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    tries            INTEGER NOT NULL DEFAULT 0,
    next_try_at      INTEGER NOT NULL,
    lease_owner      TEXT,
    lease_until      INTEGER,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    sent_at          INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_try_at);
CREATE INDEX outbox_by_batch ON outbox (batch_id);
CREATE INDEX outbox_by_user ON outbox (user_id);

CREATE TABLE outbox_tries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    outbox_id   INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    try_no      INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('sent', 'retry', 'failed')),
    reply       TEXT    NOT NULL
);
CREATE INDEX outbox_tries_by_mail ON outbox_tries (outbox_id);
