-- The academic years the region opens to submissions besides the plan's own (at most one row; none means
-- the plan's years only). Read on every submission; changed by PUT /api/years/window (audited).
CREATE TABLE year_window (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  first_year TEXT NOT NULL,
  last_year TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
