-- The RSA keys that sign Open Badges 3.0 credentials (JWTs, RS256: the algorithm the specification requires
-- every verifier to accept, which the certificates' Ed25519 key is not). Made once, on the first badge asked
-- for, by whichever instance gets there first; every instance then signs with the oldest key not retired.
-- `secret` is the PKCS#8 PEM. Retired keys stay published so what they signed still verifies. Keep in step
-- with ../sqlite/0014_badge_keys.sql.
CREATE TABLE badge_keys (
    kid         TEXT    PRIMARY KEY,
    secret      TEXT    NOT NULL,
    created_at  BIGINT NOT NULL,
    retired_at  BIGINT
);
