-- The region's targets for the plan's other indicators (issue 19 §8): qualification courses and internships
-- per calendar year and the share taking part in the plan's events, one row holding the whole set as JSON.
-- Never stored: the plan's values (PLAN_INDICATOR_TARGETS in the shared core). Changes are audited.
CREATE TABLE indicator_targets (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
