-- Where the two long lists sit inside a submission's stored summary JSON (see worker/src/summary-layout.ts),
-- so the report splices them as text instead of parsing and re-serialising them. NULL for rows stored
-- before this migration: the report then derives the layout from the parsed summary.
ALTER TABLE submissions ADD COLUMN summary_layout TEXT;
