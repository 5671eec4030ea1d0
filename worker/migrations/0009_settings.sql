-- The region's settings (issue 8 §6), one row per setting, the value as JSON. A setting never stored has
-- its default in the shared core (DEFAULT_REGION_SETTINGS); the first is the minimum of years since the
-- last award for a candidate (default 2). Changes are audited.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
