-- Optimistic concurrency for the region's settings (HTTP ETag / If-Match): each stored row of a setting,
-- a year's stage targets, the indicator targets, the year window and a group carries the version of the
-- write that made it, the id of that write's audit_log entry (AUTOINCREMENT: never reused, so a group
-- deleted and created again never takes an earlier version). Rows stored before this migration get 0, the
-- version a resource has until its first write since, as the plan's defaults have while nothing is stored.
ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE targets ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicator_targets ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE year_window ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE groups ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
