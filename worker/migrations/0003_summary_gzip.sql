-- A gzip copy of each submission's summary JSON (base64 text, in parts like submission_parts), so the
-- report reads about a seventeenth of the bytes from D1. Rows stored before this migration have none:
-- the report then reads their summary parts.
CREATE TABLE submission_summary_gz (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  part INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (submission_id, part)
);
