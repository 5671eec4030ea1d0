-- A submission as the district sent it, gzip-compressed (issue 7: the clients compress a submission's body;
-- 5,000 teachers are about 1 MB instead of 3.2 MB on the wire and in D1). The gzip bytes are kept as they
-- arrived, base64 text in parts under D1's value limit; the revision's rows are read back from them
-- (worker/src/db/submissions.ts, readRows). A body sent uncompressed keeps its rows in submission_parts
-- as before.
CREATE TABLE submission_bodies (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  part INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (submission_id, part)
);
