-- People and assignments (issue 13). Keep in step with ../postgres/0007_people.sql.

-- One account may hold several roles: a set kept as bits (1 learner, 2 instructor, 4 administrator), read with
-- the user in the one query every request makes. At least one role.
ALTER TABLE users ADD COLUMN roles BIGINT NOT NULL DEFAULT 1 CHECK (roles BETWEEN 1 AND 7);
UPDATE users SET roles = CASE role WHEN 'admin' THEN 4 WHEN 'instructor' THEN 2 ELSE 1 END;
ALTER TABLE users DROP COLUMN role;
-- A disabled account cannot sign in; its sessions and tokens are ended when it is disabled.
ALTER TABLE users ADD COLUMN disabled_at BIGINT;

-- A cohort's members are its learners and its instructors (who see its results).
ALTER TABLE cohort_members ADD COLUMN role TEXT NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'instructor'));
ALTER TABLE cohort_members ADD COLUMN joined_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX cohort_members_by_user ON cohort_members (user_id);

-- An assignment's own time limit (the quiz's otherwise), and its withdrawal: a withdrawn assignment
-- stays for the attempts made under it but is no longer offered.
ALTER TABLE assignments ADD COLUMN time_limit_seconds BIGINT;
ALTER TABLE assignments ADD COLUMN withdrawn_at BIGINT;
CREATE INDEX assignments_by_cohort ON assignments (cohort_id);
CREATE INDEX assignments_by_user ON assignments (user_id);

-- Accommodations for one learner on one assignment, as Moodle's user overrides: each value set replaces the
-- assignment's.
CREATE TABLE assignment_overrides (
    assignment_id      BIGINT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    user_id            BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    due_at             BIGINT,
    attempts_allowed   BIGINT,
    time_limit_seconds BIGINT,
    PRIMARY KEY (assignment_id, user_id)
);

-- Which assignment an attempt was made under (none for practice from the catalogue).
ALTER TABLE attempts ADD COLUMN assignment_id BIGINT REFERENCES assignments (id);
CREATE INDEX attempts_by_assignment ON attempts (assignment_id);
ALTER TABLE placement_attempts ADD COLUMN assignment_id BIGINT REFERENCES assignments (id);
CREATE INDEX placement_attempts_by_assignment ON placement_attempts (assignment_id);

-- API tokens for scripts, issued by an administrator with a label, revocable (the row is deleted).
ALTER TABLE api_tokens ADD COLUMN label TEXT;
ALTER TABLE api_tokens ADD COLUMN issued_by BIGINT REFERENCES users (id);
