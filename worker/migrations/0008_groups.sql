-- Groups of organisations (issue 8 §5): named sets the regional centre defines by district and organisation
-- name (the competence centres, the "magnet" kindergartens). Data, not code. `key` is the folded name
-- (shared groupKey), so one group cannot be stored twice under two spellings; `name` is as the region wrote it.
-- `members` is the JSON array of { district, organization } as given; matching them to the data happens
-- when a report is read, so a group outlives resubmissions and new academic years.
CREATE TABLE groups (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  members TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
