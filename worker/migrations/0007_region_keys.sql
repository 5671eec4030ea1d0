-- The regional centre's public keys (issue 11). Only public keys: the private key never reaches the server.
-- A new key retires the current one; retired keys stay readable so older submissions can still be opened.
CREATE TABLE region_keys (
  -- First 16 bytes of SHA-256 of the raw public key, as 32 lowercase hex digits (recomputed by the server).
  id TEXT PRIMARY KEY,
  algorithm TEXT NOT NULL CHECK (algorithm = 'ECDH-P256'),
  -- The 65-byte uncompressed P-256 point in base64url.
  public_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT,
  retired_at TEXT
);
-- At most one current key.
CREATE UNIQUE INDEX region_keys_one_current ON region_keys (retired_at IS NULL) WHERE retired_at IS NULL;
