-- Certificates and the keys that sign them. A certificate's record (canonical JSON) and its Ed25519
-- signature are kept as issued: the PDF, the verification page and the Open Badges credential are all made
-- from them, so what was certified never changes. `subject` names what is certified ('course:<quiz>:<user>',
-- 'placement:<attempt>'): unique, so issuing twice (two instances, a double click, the catch-up sweep)
-- yields one certificate. Revocation keeps the row, with its date and reason. Lookups of the public
-- verification page are counted per client and minute to slow down guessing codes. Keep in step with
-- ../postgres/0012_certificates.sql.
CREATE TABLE signing_keys (
    kid         TEXT    PRIMARY KEY,
    secret      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    retired_at  INTEGER
);

CREATE TABLE certificates (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    code            TEXT    NOT NULL UNIQUE,
    subject         TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL CHECK (kind IN ('course', 'placement')),
    user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    record          TEXT    NOT NULL,
    signature       TEXT    NOT NULL,
    kid             TEXT    NOT NULL REFERENCES signing_keys(kid),
    issued_at       INTEGER NOT NULL,
    issued_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    revoked_at      INTEGER,
    revoked_reason  TEXT,
    revoked_by      INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX certificates_by_user ON certificates (user_id);

CREATE TABLE lookup_counts (
    bucket        TEXT    NOT NULL,
    window_start  INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
