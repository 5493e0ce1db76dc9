-- ispit schema, SQLite flavour. Times are Unix seconds (BIGINT on both engines, so one query text serves
-- both); flags are 0/1 integers. Keep in step with ../postgres/0001_init.sql.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('learner', 'instructor', 'admin')),
    locale        TEXT,
    created_at    BIGINT  NOT NULL
);

CREATE TABLE cohorts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL UNIQUE,
    created_at BIGINT  NOT NULL
);

CREATE TABLE cohort_members (
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (cohort_id, user_id)
);

-- A quiz or placement test given to one learner or a whole cohort (pages come with the instructor issue).
CREATE TABLE assignments (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT    NOT NULL CHECK (kind IN ('quiz', 'placement')),
    quiz_id          TEXT,
    user_id          BIGINT  REFERENCES users (id) ON DELETE CASCADE,
    cohort_id        BIGINT  REFERENCES cohorts (id) ON DELETE CASCADE,
    opens_at         BIGINT,
    due_at           BIGINT,
    attempts_allowed BIGINT,
    created_by       BIGINT  NOT NULL REFERENCES users (id),
    created_at       BIGINT  NOT NULL,
    CHECK ((user_id IS NULL) <> (cohort_id IS NULL))
);

CREATE TABLE attempts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quiz_id     TEXT    NOT NULL,
    attempt_no  BIGINT  NOT NULL,
    locale      TEXT    NOT NULL,
    seed        BIGINT  NOT NULL,
    paper       TEXT    NOT NULL,
    state       TEXT    NOT NULL CHECK (state IN ('in-progress', 'submitted', 'expired')),
    started_at  BIGINT  NOT NULL,
    deadline    BIGINT,
    closed_at   BIGINT,
    score_milli BIGINT,
    max_milli   BIGINT,
    passed      BIGINT,
    -- Two racing starts cannot both become attempt N.
    UNIQUE (user_id, quiz_id, attempt_no)
);
CREATE INDEX attempts_by_user ON attempts (user_id, quiz_id);
CREATE INDEX attempts_open_by_deadline ON attempts (state, deadline);

CREATE TABLE responses (
    attempt_id  BIGINT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    question_id TEXT   NOT NULL,
    answer      TEXT   NOT NULL,
    saved_at    BIGINT NOT NULL,
    score_milli BIGINT,
    PRIMARY KEY (attempt_id, question_id)
);

CREATE TABLE api_tokens (
    token_hash TEXT   PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
