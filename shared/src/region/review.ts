/**
 * The region's review of a district-year (like DHIS2's data approval): statuses, the transitions between
 * them as data, and the wire schemas of the review endpoints.
 */
import { z } from "zod";
import { AcademicYearSchema, DistrictIdSchema, freeText } from "../api/schemas.ts";
import type { AcademicYear, DistrictId } from "../types.ts";
import { REVIEW_ACTIONS, REVIEW_STATUSES, type ReviewAction, type ReviewStatus } from "./review-status.ts";

/** Longest review comment (a paragraph or two; the guard is against junk, not a rule). */
export const MAX_REVIEW_COMMENT_LENGTH = 2000;

/**
 * Every transition the region may make: from which statuses, to which. Anything else is a conflict (409).
 * A district's own submission moves `not-submitted` or `returned` to `submitted` and is refused while
 * `accepted` (see SUBMISSION_TRANSITION).
 */
export const REVIEW_TRANSITIONS: Readonly<
  Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus }>
> = {
  accept: { from: ["submitted"], to: "accepted" },
  return: { from: ["submitted"], to: "returned" },
  reopen: { from: ["accepted"], to: "submitted" },
};

/** A district's submission: allowed from these statuses, after which the district-year is `submitted`. */
export const SUBMISSION_TRANSITION: { from: readonly ReviewStatus[]; to: ReviewStatus } = {
  from: ["not-submitted", "submitted", "returned"],
  to: "submitted",
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function reviewTransition(status: ReviewStatus, action: ReviewAction): ReviewStatus | null {
  const t = REVIEW_TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** True when a district may submit for a district-year in this status (accepted data is final). */
export function maySubmit(status: ReviewStatus): boolean {
  return SUBMISSION_TRANSITION.from.includes(status);
}

export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export const ReviewActionSchema = z.enum(REVIEW_ACTIONS);

const comment = freeText(MAX_REVIEW_COMMENT_LENGTH);

/**
 * POST /api/review/:district/accept|reopen. `revision`, when given, is the revision the region looked at:
 * if the district has submitted a newer one since, the action is refused (409) instead of accepting unseen data.
 */
export const ReviewRequestSchema = z.strictObject({
  year: AcademicYearSchema,
  comment: comment.optional(),
  revision: z.number().int().min(1).optional(),
});
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

/** POST /api/review/:district/return: the comment says what to fix, so it is required. */
export const ReviewReturnRequestSchema = ReviewRequestSchema.extend({
  comment: comment.pipe(z.string().min(1)),
});

/** GET /api/review query: the academic year (today's in Aktobe when absent). */
export const ReviewQuerySchema = z.strictObject({
  year: AcademicYearSchema.optional(),
  lang: z.string().optional(),
});

/** One district-year's review state as the API reports it. */
export const DistrictReviewSchema = z.strictObject({
  district: DistrictIdSchema,
  year: AcademicYearSchema,
  status: ReviewStatusSchema,
  /** The district's newest revision for the year, null when it has not submitted. */
  revision: z.number().int().min(1).nullable(),
  /** ISO timestamp of that revision. */
  submittedAt: z.string().min(1).nullable(),
  /** The revision the region's last review action concerned, null when never reviewed. */
  reviewedRevision: z.number().int().min(1).nullable(),
  /** ISO timestamp of the last review action. */
  reviewedAt: z.string().min(1).nullable(),
  /** The comment of the last review action (the reason for a return); null when none. */
  comment: z.string().nullable(),
});
export type DistrictReview = z.infer<typeof DistrictReviewSchema>;

/** GET /api/review: 13 rows in region order for the region, the caller's own row for a district. */
export const ReviewListSchema = z.strictObject({
  year: AcademicYearSchema,
  districts: z.array(DistrictReviewSchema),
});
export type ReviewList = z.infer<typeof ReviewListSchema>;

/** Completeness by review status: what the report counts apart (accepted vs merely submitted). */
export interface ReviewCompleteness {
  year: AcademicYear;
  expected: number;
  notSubmitted: DistrictId[];
  /** Submitted and waiting for review (resubmitted after a return included). */
  submitted: DistrictId[];
  accepted: DistrictId[];
  returned: DistrictId[];
}

/** Groups the districts of one year by review status, keeping the order of `rows`. */
export function reviewCompleteness(
  year: AcademicYear,
  rows: readonly Pick<DistrictReview, "district" | "status">[],
): ReviewCompleteness {
  const by = (status: ReviewStatus) => rows.filter((r) => r.status === status).map((r) => r.district);
  return {
    year,
    expected: rows.length,
    notSubmitted: by("not-submitted"),
    submitted: by("submitted"),
    accepted: by("accepted"),
    returned: by("returned"),
  };
}
