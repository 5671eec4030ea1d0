-- The region's review of each district-year (issue 8). A district-year without a row is derived: "submitted"
-- once it has a revision, "not-submitted" before. `comment` and `reviewed_*` belong to the last review
-- action; a resubmission after a return only moves `status` back to 'submitted'. The audit_log keeps every
-- transition with who, when, from, to and comment.
CREATE TABLE reviews (
  district TEXT NOT NULL REFERENCES districts (id),
  year TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
  reviewed_revision INTEGER NOT NULL,
  reviewed_at TEXT NOT NULL,
  reviewed_by TEXT NOT NULL,
  comment TEXT,
  PRIMARY KEY (district, year)
);
