-- The key of the administrator's form that issued a script token: a double-clicked or re-sent "Issue" makes
-- one token, the database deciding (NULLs, for tokens got by signing in through the API, are all distinct).
-- The key also names the token in the revoke form and the list, so the token's hash never leaves the
-- server. Keep in step with ../postgres/0009_script_tokens.sql.
ALTER TABLE api_tokens ADD COLUMN form_key TEXT;
CREATE UNIQUE INDEX api_tokens_by_form_key ON api_tokens (form_key);
