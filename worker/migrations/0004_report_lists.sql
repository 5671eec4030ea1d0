-- The report is aggregates (issue 7): each submission's figures are stored small and apart, and its two long
-- lists one row per entry, so the report reads O(districts) and a page of a list reads one index range.
-- New submissions no longer store the whole summary as parts. Rows stored before this migration have no
-- figures row and the report does not read them: only development ever stored any (the lazy derivation once
-- written for them is gone), and a deployment starts at the current schema (docs/DEPLOY.md).

-- A submission's SummaryFigures (JSON) and the lengths of its two lists.
CREATE TABLE submission_figures (
  submission_id TEXT PRIMARY KEY REFERENCES submissions (id),
  data TEXT NOT NULL,
  organization_count INTEGER NOT NULL,
  attestation_count INTEGER NOT NULL
);

-- One OrganizationSummary (JSON) per row, `position` in the shared core's order (compareOrganizations).
CREATE TABLE submission_organizations (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  position INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (submission_id, position)
) WITHOUT ROWID;

-- One AttestationEntry (JSON) per row, `position` in the shared core's order (compareAttestation).
CREATE TABLE submission_attestation (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  position INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (submission_id, position)
) WITHOUT ROWID;

-- The text-splicing report path is gone: its layout column and gzip copy are no longer read.
DROP TABLE submission_summary_gz;
ALTER TABLE submissions DROP COLUMN summary_layout;
