-- Instructors' marks of essays (`type = "essay"`): one per attempt and question, with the instructor's
-- comment. An attempt with answered essays not yet marked closes with `awaiting_grading` > 0 and no pass or
-- fail (`passed` NULL); each mark updates its score, and the last one decides the pass. Keep in step with
-- ../postgres/0015_essay_marks.sql.
CREATE TABLE manual_marks (
    attempt_id   INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    question_id  TEXT    NOT NULL,
    points_milli INTEGER NOT NULL CHECK (points_milli >= 0),
    comment      TEXT    NOT NULL DEFAULT '',
    marked_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    marked_at    INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
ALTER TABLE attempts ADD COLUMN awaiting_grading INTEGER NOT NULL DEFAULT 0;
