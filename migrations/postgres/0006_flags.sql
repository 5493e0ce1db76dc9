-- Questions a learner flagged for review (Moodle's flag): shown in the navigation and on the summary page.
-- Written with the answers of a page save, in the same transaction. Keep in step with ../sqlite/0006_flags.sql.
CREATE TABLE flags (
    attempt_id  BIGINT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    question_id TEXT   NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
