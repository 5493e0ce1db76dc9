-- Exam integrity: at most one unfinished attempt per learner and quiz, enforced by the database, and
-- sessions kept server-side so that signing out ends them. Keep in step with ../postgres/0003_integrity.sql.

-- Racing starts could leave several attempts of one quiz in progress. Keep the newest open; close the
-- others as expired at their deadline (or start) so the index below can hold. Their answers stay stored.
UPDATE attempts SET state = 'expired', closed_at = COALESCE(deadline, started_at)
WHERE state = 'in-progress'
  AND EXISTS (SELECT 1 FROM attempts newer
              WHERE newer.user_id = attempts.user_id AND newer.quiz_id = attempts.quiz_id
                AND newer.state = 'in-progress' AND newer.attempt_no > attempts.attempt_no);

CREATE UNIQUE INDEX attempts_one_open ON attempts (user_id, quiz_id) WHERE state = 'in-progress';

-- A browser session: the cookie holds a random id, the database its SHA-256. Deleting the row ends the
-- session everywhere, whatever the cookie still says.
CREATE TABLE sessions (
    id_hash    TEXT   PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
