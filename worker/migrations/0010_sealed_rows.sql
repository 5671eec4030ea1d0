-- Sealed rows (issue 11): a submission's rows carry each teacher's name and ИИН key sealed to the region's
-- key, and the submission keeps the header the region needs to open them (scheme, key id, ephemeral public
-- key, salt) as JSON. NULL marks a revision stored before this change: its rows still hold clear names
-- until the region re-seals (`sapa keys migrate`) or deletes them.
ALTER TABLE submissions ADD COLUMN encryption TEXT;
