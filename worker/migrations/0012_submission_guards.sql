-- A new revision is refused at the moment it is written, not only when the route read the state (issue 20):
-- a lock or an acceptance that lands between a submission's checks and its insert batch aborts the batch
-- (a transaction: nothing of the revision, its lists, rows or audit line is kept). The route maps the
-- messages to 409 year-locked and 409 review-accepted.
CREATE TRIGGER submissions_refused_when_locked
BEFORE INSERT ON submissions
WHEN EXISTS (SELECT 1 FROM locked_years WHERE year = NEW.year)
BEGIN
  SELECT RAISE(ABORT, 'sapa:year-locked');
END;

-- "Accepted" is derived as review.ts's DERIVED_STATUS says: the review row accepted the newest revision.
CREATE TRIGGER submissions_refused_when_accepted
BEFORE INSERT ON submissions
WHEN EXISTS (
  SELECT 1 FROM reviews r
  WHERE r.district = NEW.district AND r.year = NEW.year AND r.status = 'accepted'
    AND r.reviewed_revision = (SELECT MAX(revision) FROM submissions WHERE district = NEW.district AND year = NEW.year)
)
BEGIN
  SELECT RAISE(ABORT, 'sapa:review-accepted');
END;
