-- Password-reset and one-time sign-in links sent by email. Only the SHA-256 of a link's token is kept (the
-- token itself is in the email, and in the outbox row until the email is sent or failed), so a leaked table
-- opens no account. A link is used by the statement that checks it is unused and unexpired, so it works once
-- however many requests race with it.
--
-- link_requests counts the requests for a link by e-mail address and by client address (requests for
-- addresses with no account count too: the reply never tells them apart); a request is recorded only while
-- both counts in the last hour are under their limits, the key rows of link_throttle_keys being locked
-- first so that concurrent requests (several instances on one PostgreSQL) take turns.
-- Keep in step with ../postgres/0011_auth_links.sql.
CREATE TABLE auth_links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash  TEXT    NOT NULL UNIQUE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('reset', 'sign_in')),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX auth_links_by_user ON auth_links (user_id, used_at);

CREATE TABLE link_throttle_keys (
    key  TEXT PRIMARY KEY
);

CREATE TABLE link_requests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT    NOT NULL,
    client      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX link_requests_by_email ON link_requests (email, created_at);
CREATE INDEX link_requests_by_client ON link_requests (client, created_at);
