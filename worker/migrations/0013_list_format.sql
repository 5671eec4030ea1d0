-- The stored form of a submission's two lists (issue 20): entries are JSON arrays in a declared field order
-- (worker/src/db/list-codec.ts, LIST_FORMATS). Each revision records which declared order its entries follow,
-- so a schema that gains or reorders a field in shared/ cannot misread revisions stored before. Every
-- revision stored so far follows format 1.
ALTER TABLE submission_figures ADD COLUMN list_format INTEGER NOT NULL DEFAULT 1;
