-- Open TRM reference node: the initial schema. Applied once, in one transaction, by src/store/migrate.ts.
-- Identifiers (UUIDs) are stored in lower case so that lookups ignore letter case, as the standard compares them.
-- Times written by the node are RFC 3339 UTC with milliseconds (Date#toISOString), so text order is time order.

CREATE TABLE node_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Ed25519 signing keys (RFC 8037); the row with the highest seq signs, every row stays in the JWKS.
CREATE TABLE signing_keys (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  kid         TEXT NOT NULL UNIQUE,
  private_jwk TEXT NOT NULL,
  public_jwk  TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

-- Bearer tokens: only the SHA-256 of the token is stored.
CREATE TABLE tokens (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  hash        BLOB NOT NULL UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('focalPoint', 'admin')),
  focal_point TEXT,
  created_at  TEXT NOT NULL,
  CHECK ((kind = 'admin') = (focal_point IS NULL))
) STRICT;

-- The focal point directory the node serves: one focalPointDirectory document.
CREATE TABLE directory (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  document   TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE consents (
  id          TEXT PRIMARY KEY,
  created_by  TEXT NOT NULL,
  subject_ref TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  etag        TEXT NOT NULL,
  document    TEXT NOT NULL,
  signature   TEXT NOT NULL
) STRICT;

CREATE TABLE consent_controllers (
  consent_id  TEXT NOT NULL REFERENCES consents (id),
  focal_point TEXT NOT NULL,
  PRIMARY KEY (consent_id, focal_point)
) STRICT, WITHOUT ROWID;

CREATE TABLE referrals (
  id               TEXT PRIMARY KEY,
  status           TEXT NOT NULL,
  sender           TEXT NOT NULL,
  receiver         TEXT NOT NULL,
  sender_country   TEXT NOT NULL,
  receiver_country TEXT NOT NULL,
  consent_id       TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  etag             TEXT NOT NULL,
  document         TEXT NOT NULL,
  signature        TEXT NOT NULL
) STRICT;
CREATE INDEX referrals_by_sender ON referrals (sender, updated_at, id);
CREATE INDEX referrals_by_receiver ON referrals (receiver, updated_at, id);
CREATE INDEX referrals_by_consent ON referrals (consent_id);

-- Responses of POST /referrals by (token, Idempotency-Key), written in the transaction that stores the referral.
CREATE TABLE idempotency (
  token_id   INTEGER NOT NULL REFERENCES tokens (id),
  key        TEXT NOT NULL,
  body_hash  TEXT NOT NULL,
  status     INTEGER NOT NULL,
  headers    TEXT NOT NULL,
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (token_id, key)
) STRICT;

-- The change feed (CloudEvents 1.0); no personal data, only ids, statuses and states.
CREATE TABLE events (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  id          TEXT NOT NULL UNIQUE,
  type        TEXT NOT NULL,
  time        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('referral', 'consent')),
  resource_id TEXT NOT NULL,
  data        TEXT NOT NULL
) STRICT;

-- Who read or wrote which document, when. Append-only: the triggers below refuse UPDATE and DELETE.
CREATE TABLE audit (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('read', 'list', 'create', 'update')),
  resource    TEXT NOT NULL CHECK (resource IN ('referral', 'consent', 'focalPoint', 'directory')),
  resource_id TEXT,
  outcome     TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  status      INTEGER NOT NULL
) STRICT;
CREATE INDEX audit_by_resource ON audit (resource_id, seq);
CREATE INDEX audit_by_actor ON audit (actor, seq);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit is append-only: UPDATE refused');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit is append-only: DELETE refused');
END;
