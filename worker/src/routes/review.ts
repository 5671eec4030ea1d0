import {
  DistrictIdSchema,
  ReviewQuerySchema,
  ReviewRequestSchema,
  ReviewReturnRequestSchema,
  academicYearToday,
  maySubmit,
  reviewTransition,
  type DistrictId,
  type DistrictReview,
  type ReviewAction,
  type ReviewRequest,
} from "@sapa/shared";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { readTogether } from "../db/read.ts";
import { applyReview, reviewOf, reviewRead, reviewStatuses } from "../db/review.ts";
import { lockedAtRead } from "../db/years.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { jsonBody, validate } from "../validate.ts";

const DistrictParam = z.strictObject({ district: DistrictIdSchema });

/** Refuses a submission to an accepted district-year (409 review-accepted): accepted data is final. */
export function assertMaySubmit(review: DistrictReview) {
  if (!maySubmit(review.status))
    throw new ApiError(409, "review-accepted", {
      district: review.district,
      year: review.year,
      status: review.status,
    });
}

/**
 * Runs one review action for the region: locked year → 409, invalid transition or moved state → 409. The
 * lock and the state are read together, and the write checks both again: a lock that lands in between
 * still refuses the change.
 */
async function review(c: Context<AppEnv>, district: DistrictId, action: ReviewAction, body: ReviewRequest) {
  const db = c.env.DB;
  const yearLocked = (lockedAt: string) => new ApiError(409, "year-locked", { year: body.year, lockedAt });
  const [locked, current] = await readTogether(db, [
    lockedAtRead(db, body.year),
    reviewRead(db, district, body.year),
  ] as const);
  if (locked !== null) throw yearLocked(locked);
  const to = reviewTransition(current.status, action);
  if (to === null || current.revision === null)
    throw new ApiError(409, "review-invalid-transition", { action, status: current.status });
  if (body.revision !== undefined && body.revision !== current.revision)
    throw new ApiError(409, "review-stale", { revision: current.revision, seen: body.revision });
  const applied = await applyReview(db, {
    district,
    year: body.year,
    action,
    from: current.status,
    to,
    revision: current.revision,
    comment: body.comment ?? null,
    at: new Date().toISOString(),
    by: c.var.caller.tokenId,
  });
  if (applied.kind === "locked") throw yearLocked(applied.lockedAt);
  if (applied.kind === "moved") {
    // A submission or another reviewer got there first: report the state as it is now.
    const now = await reviewOf(db, district, body.year);
    if (now.revision !== current.revision)
      throw new ApiError(409, "review-stale", { revision: now.revision, seen: current.revision });
    throw new ApiError(409, "review-invalid-transition", { action, status: now.status });
  }
  return c.json(await reviewOf(db, district, body.year), 200);
}

/**
 * The region's review of district-years (DHIS2-style approval): the region lists, accepts, returns with a
 * comment and reopens; a district reads only its own status and comment and never reviews (403).
 */
export const reviews = new Hono<AppEnv>()
  /** GET /api/review?year=: 13 rows in region order for the region, the caller's own row for a district. */
  .get("/", requireRole("district", "region"), validate("query", ReviewQuerySchema), async (c) => {
    const year = c.req.valid("query").year ?? academicYearToday();
    const caller = c.var.caller;
    const districts =
      caller.role === "district" && caller.district !== null
        ? [await reviewOf(c.env.DB, caller.district, year)]
        : await reviewStatuses(c.env.DB, year);
    return c.json({ year, districts }, 200);
  })
  /** GET /api/review/:district?year=: one district-year (a district only its own). */
  .get(
    "/:district",
    requireRole("district", "region"),
    validate("param", DistrictParam),
    validate("query", ReviewQuerySchema),
    async (c) => {
      const { district } = c.req.valid("param");
      const caller = c.var.caller;
      if (caller.role === "district" && caller.district !== district)
        throw new ApiError(403, "forbidden-district");
      const year = c.req.valid("query").year ?? academicYearToday();
      return c.json(await reviewOf(c.env.DB, district, year), 200);
    },
  )
  /** POST /api/review/:district/accept { year, comment?, revision? }: submitted → accepted. */
  .post(
    "/:district/accept",
    requireRole("region"),
    validate("param", DistrictParam),
    jsonBody(ReviewRequestSchema),
    async (c) => review(c, c.req.valid("param").district, "accept", c.req.valid("json")),
  )
  /** POST /api/review/:district/return { year, comment, revision? }: submitted → returned, comment required. */
  .post(
    "/:district/return",
    requireRole("region"),
    validate("param", DistrictParam),
    jsonBody(ReviewReturnRequestSchema),
    async (c) => review(c, c.req.valid("param").district, "return", c.req.valid("json")),
  )
  /** POST /api/review/:district/reopen { year, comment?, revision? }: accepted → submitted. */
  .post(
    "/:district/reopen",
    requireRole("region"),
    validate("param", DistrictParam),
    jsonBody(ReviewRequestSchema),
    async (c) => review(c, c.req.valid("param").district, "reopen", c.req.valid("json")),
  );
