-- The page of an attempt the learner was last sent to, so "continue" resumes there (Moodle's currentpage).
-- Written with the answers of a page save, in the same statement. Keep in step with ../sqlite/0005_current_page.sql.
ALTER TABLE attempts ADD COLUMN current_page INTEGER NOT NULL DEFAULT 1;
