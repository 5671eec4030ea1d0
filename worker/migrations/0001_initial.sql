-- Sapa's regional store. Never edit a landed migration; add a new numbered one.

-- The 13 reporting units (ids as in shared/src/districts.ts; names live in the shared core).
CREATE TABLE districts (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL
);
INSERT INTO districts (id, position) VALUES
  ('aktobe', 1), ('aiteke-bi', 2), ('alga', 3), ('baiganin', 4), ('kargaly', 5), ('kobda', 6), ('martuk', 7),
  ('mugalzhar', 8), ('oiyl', 9), ('temir', 10), ('khromtau', 11), ('shalkar', 12), ('yrgyz', 13);

-- Bearer tokens, stored only as the SHA-256 hex of the token.
CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('district', 'region')),
  district TEXT REFERENCES districts (id),
  label TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT,
  revoked_at TEXT,
  CHECK ((role = 'district') = (district IS NOT NULL))
);

-- Stage targets the region has set for an academic year (JSON of StageTargets); the plan's table otherwise.
CREATE TABLE targets (
  year TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);

CREATE TABLE locked_years (
  year TEXT PRIMARY KEY,
  locked_at TEXT NOT NULL,
  locked_by TEXT
);

-- Every accepted submission is a revision kept for ever; the newest revision is the district's data.
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  district TEXT NOT NULL REFERENCES districts (id),
  year TEXT NOT NULL,
  revision INTEGER NOT NULL,
  as_of TEXT NOT NULL,
  received_at TEXT NOT NULL,
  token_id TEXT NOT NULL REFERENCES tokens (id),
  idempotency_key TEXT,
  -- SHA-256 of the request body, to tell a retry from a different body under the same key.
  body_hash TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  source TEXT,
  UNIQUE (district, year, revision),
  UNIQUE (token_id, idempotency_key)
);
CREATE INDEX submissions_by_year ON submissions (year, district, revision);

-- Large JSON (summary, rows) in parts below D1's 2 MB value limit; joined in `part` order.
CREATE TABLE submission_parts (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  kind TEXT NOT NULL CHECK (kind IN ('summary', 'rows')),
  part INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (submission_id, kind, part)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  token_id TEXT,
  action TEXT NOT NULL,
  district TEXT,
  year TEXT,
  detail TEXT
);
CREATE INDEX audit_log_by_time ON audit_log (at);
