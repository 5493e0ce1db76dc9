-- A bulk send's form key: the random key of the confirm form (or of one run of the command line) that
-- opened the batch. Unique, so a double-clicked or re-sent confirm opens one batch and sends once, the
-- database deciding between racing requests. Older batches have none (NULLs do not collide). Keep in step
-- with ../sqlite/0013_mail_batch_keys.sql.
ALTER TABLE mail_batches ADD COLUMN form_key TEXT;
CREATE UNIQUE INDEX mail_batches_form_key ON mail_batches (form_key);
