-- English placement attempts and every step of them (item, answer, θ and SE after it), for audit.
-- Keep in step with ../postgres/0002_placement.sql.

CREATE TABLE placement_attempts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    locale      TEXT    NOT NULL,
    seed        BIGINT  NOT NULL,
    state       TEXT    NOT NULL CHECK (state IN ('in-progress', 'finished', 'expired')),
    started_at  BIGINT  NOT NULL,
    deadline    BIGINT,
    finished_at BIGINT,
    theta       REAL,
    se          REAL,
    level       TEXT,
    report      TEXT
);
CREATE INDEX placement_attempts_by_user ON placement_attempts (user_id);
-- One open placement test per learner: a second start resumes it.
CREATE UNIQUE INDEX placement_one_open ON placement_attempts (user_id) WHERE state = 'in-progress';

CREATE TABLE placement_steps (
    attempt_id  BIGINT NOT NULL REFERENCES placement_attempts (id) ON DELETE CASCADE,
    step_no     BIGINT NOT NULL,
    item_id     TEXT   NOT NULL,
    answer      TEXT   NOT NULL,
    correct     BIGINT NOT NULL,
    theta       REAL   NOT NULL,
    se          REAL   NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (attempt_id, step_no)
);
