import {
  DISTRICTS,
  type AcademicYear,
  type DistrictId,
  type DistrictReview,
  type ReviewAction,
  type ReviewStatus,
} from "@sapa/shared";
import { readOne, type Read } from "./read.ts";

interface ReviewRow {
  district: DistrictId;
  revision: number | null;
  received_at: string | null;
  status: ReviewStatus | null;
  reviewed_revision: number | null;
  reviewed_at: string | null;
  comment: string | null;
}

// Every district with its newest revision of the year and its review row, in region order.
const REVIEW_SELECT = `
  SELECT d.id AS district, s.revision, s.received_at, r.status, r.reviewed_revision, r.reviewed_at, r.comment
  FROM districts d
  LEFT JOIN (SELECT district, MAX(revision) AS revision FROM submissions WHERE year = ?1 GROUP BY district) m
    ON m.district = d.id
  LEFT JOIN submissions s ON s.district = d.id AND s.year = ?1 AND s.revision = m.revision
  LEFT JOIN reviews r ON r.district = d.id AND r.year = ?1`;

/**
 * The status: not-submitted without a revision; submitted without a review, or when a revision newer than
 * the reviewed one exists (a submission that raced an acceptance is new data waiting, never silently
 * accepted); otherwise the review's status. DERIVED_STATUS says the same in SQL.
 */
function statusOf(r: ReviewRow): ReviewStatus {
  if (r.revision === null) return "not-submitted";
  if (r.status === null || r.reviewed_revision !== r.revision) return "submitted";
  return r.status;
}
const DERIVED_STATUS = `CASE WHEN r.status IS NULL OR r.reviewed_revision <> m.revision THEN 'submitted' ELSE r.status END`;

/**
 * The region's comment is about the revision it reviewed: beside a newer revision (a returned district that
 * resubmitted, new data after a reopen) it would read as a verdict on data the region has not seen, so it is
 * left out; the audit log keeps it (review.return / accept / reopen lines).
 */
const toReview = (year: AcademicYear, r: ReviewRow): DistrictReview => ({
  district: r.district,
  year,
  status: statusOf(r),
  revision: r.revision,
  submittedAt: r.received_at,
  reviewedRevision: r.reviewed_revision,
  reviewedAt: r.reviewed_at,
  comment: r.revision !== null && r.reviewed_revision === r.revision ? r.comment : null,
});

/** The review state of all 13 districts for a year, in region order (what the report's completeness counts). */
export async function reviewStatuses(db: D1Database, year: AcademicYear): Promise<DistrictReview[]> {
  const { results } = await db.prepare(`${REVIEW_SELECT} ORDER BY d.position`).bind(year).all<ReviewRow>();
  const byId = new Map(results.map((r) => [r.district, r]));
  return DISTRICTS.flatMap((d) => {
    const row = byId.get(d.id);
    return row === undefined ? [] : [toReview(year, row)];
  });
}

/** The review state of one district-year. */
export const reviewRead = (
  db: D1Database,
  district: DistrictId,
  year: AcademicYear,
): Read<DistrictReview> => ({
  statement: db.prepare(`${REVIEW_SELECT} WHERE d.id = ?2`).bind(year, district),
  read(rows) {
    if (rows.length === 0) throw new Error(`reviewOf: unknown district ${district}`);
    return toReview(year, rows[0] as ReviewRow);
  },
});
export const reviewOf = (db: D1Database, district: DistrictId, year: AcademicYear) =>
  readOne(db, reviewRead(db, district, year));

export interface ReviewChange {
  district: DistrictId;
  year: AcademicYear;
  action: ReviewAction;
  from: ReviewStatus;
  to: ReviewStatus;
  /** The district's newest revision when the region decided: the change applies only if it still is. */
  revision: number;
  comment: string | null;
  at: string;
  by: string;
}

// The audit line of a review change, written only when the statement before it changed a row.
const AUDIT_IF_CHANGED = `
  INSERT INTO audit_log (at, token_id, action, district, year, detail)
  SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE changes() = 1`;

/** What became of a review change: applied, refused by a locked year, or not applied as the state moved. */
export type ReviewApplied = { kind: "applied" } | { kind: "locked"; lockedAt: string } | { kind: "moved" };

/**
 * Applies a review transition as a compare-and-set: it lands only while the district-year still has status
 * `from` and newest revision `revision`, so a racing submission or a second reviewer cannot be overwritten,
 * and only while the year is not locked (checked by the same statement, so a lock that lands after the
 * route's reads still freezes the review). The audit line (who, when, from → to, comment, revision) is
 * written in the same transaction, whose last read says whether a lock was the reason nothing was written.
 */
export async function applyReview(db: D1Database, c: ReviewChange): Promise<ReviewApplied> {
  const [change, , lock] = await db.batch<{ locked_at?: string }>([
    db
      .prepare(
        `INSERT INTO reviews (district, year, status, reviewed_revision, reviewed_at, reviewed_by, comment)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
         WHERE (
           SELECT ${DERIVED_STATUS}
           FROM (SELECT MAX(revision) AS revision FROM submissions WHERE district = ?1 AND year = ?2) m
           LEFT JOIN reviews r ON r.district = ?1 AND r.year = ?2
           WHERE m.revision = ?4
         ) = ?8
           AND NOT EXISTS (SELECT 1 FROM locked_years WHERE year = ?2)
         ON CONFLICT (district, year) DO UPDATE SET
           status = excluded.status, reviewed_revision = excluded.reviewed_revision,
           reviewed_at = excluded.reviewed_at, reviewed_by = excluded.reviewed_by, comment = excluded.comment`,
      )
      .bind(c.district, c.year, c.to, c.revision, c.at, c.by, c.comment, c.from),
    db
      .prepare(AUDIT_IF_CHANGED)
      .bind(
        c.at,
        c.by,
        `review.${c.action}`,
        c.district,
        c.year,
        JSON.stringify({ from: c.from, to: c.to, comment: c.comment, revision: c.revision }),
      ),
    db.prepare("SELECT locked_at FROM locked_years WHERE year = ?1").bind(c.year),
  ]);
  if ((change?.meta.changes ?? 0) === 1) return { kind: "applied" };
  const lockedAt = lock?.results[0]?.locked_at;
  return lockedAt === undefined ? { kind: "moved" } : { kind: "locked", lockedAt };
}

/**
 * The statements, for a new revision's insert batch, that move a returned district-year back to `submitted`
 * (audited as review.resubmit with the revision the batch assigned); any other status is left alone.
 */
export function resubmittedStatements(
  db: D1Database,
  s: { submissionId: string; district: DistrictId; year: AcademicYear; at: string; by: string },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        "UPDATE reviews SET status = 'submitted' WHERE district = ?1 AND year = ?2 AND status = 'returned'",
      )
      .bind(s.district, s.year),
    db
      .prepare(
        `INSERT INTO audit_log (at, token_id, action, district, year, detail)
         SELECT ?1, ?2, 'review.resubmit', ?3, ?4,
                json_object('from', 'returned', 'to', 'submitted', 'comment', NULL,
                            'revision', (SELECT revision FROM submissions WHERE id = ?5))
         WHERE changes() = 1`,
      )
      .bind(s.at, s.by, s.district, s.year, s.submissionId),
  ];
}
