-- The outbox: one row per email, written in the same transaction as the event that causes it (an
-- assignment, a closed attempt, a certificate), so an email exists exactly when its event does. The
-- idempotency key makes the same event enqueue one email however often it is replayed. A background worker
-- claims rows (status 'sending' with a lease), sends them and records each try in outbox_tries. The
-- Message-ID is derived from the idempotency key, so a resend after a crash carries the same one. Keep in step with
-- ../sqlite/0010_outbox.sql.
CREATE TABLE mail_batches (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label       TEXT    NOT NULL,
    created_by  BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE outbox (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    kind             TEXT    NOT NULL,
    user_id          BIGINT REFERENCES users(id) ON DELETE SET NULL,
    recipient        TEXT    NOT NULL,
    locale           TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    batch_id         BIGINT REFERENCES mail_batches(id) ON DELETE SET NULL,
    status           TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    tries            BIGINT NOT NULL DEFAULT 0,
    next_try_at      BIGINT NOT NULL,
    lease_owner      TEXT,
    lease_until      BIGINT,
    last_error       TEXT,
    created_at       BIGINT NOT NULL,
    sent_at          BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_try_at);
CREATE INDEX outbox_by_batch ON outbox (batch_id);
CREATE INDEX outbox_by_user ON outbox (user_id);

CREATE TABLE outbox_tries (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id   BIGINT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    try_no      BIGINT NOT NULL,
    at          BIGINT NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('sent', 'retry', 'failed')),
    reply       TEXT    NOT NULL
);
CREATE INDEX outbox_tries_by_mail ON outbox_tries (outbox_id);
