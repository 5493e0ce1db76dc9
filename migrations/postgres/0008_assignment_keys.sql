-- The key of the form that created an assignment: a double-clicked or re-sent "Assign" creates one
-- assignment, the database deciding (NULLs, for assignments made otherwise, are all distinct).
-- Keep in step with ../sqlite/0008_assignment_keys.sql.
ALTER TABLE assignments ADD COLUMN form_key TEXT;
CREATE UNIQUE INDEX assignments_by_form_key ON assignments (form_key);
