-- Answers posted to an attempt page after the session had ended, held until the learner signs in again
-- (then applied if the attempt is theirs and still open) or until they expire. Keyed by the SHA-256 hash
-- of a random token kept in the browser's cookie. Keep in step with ../postgres/0004_pending_saves.sql.
-- (Numbered 0004 to leave 0003 to the server-side sessions of the same issue.)

CREATE TABLE pending_saves (
    token_hash TEXT    PRIMARY KEY,
    attempt_id BIGINT  NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    fields     TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX pending_saves_by_expiry ON pending_saves (expires_at);

-- The quiz's grace period after the deadline, fixed when the attempt starts (as the deadline is): the
-- attempt may still be submitted, not answered, until deadline + grace_seconds; then it closes as expired.
ALTER TABLE attempts ADD COLUMN grace_seconds BIGINT NOT NULL DEFAULT 0;
