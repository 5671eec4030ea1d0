import {
  AcademicYearSchema,
  DistrictIdSchema,
  academicYearBounds,
  inAcademicYear,
  REQUIRED_FIELDS,
  WireSubmissionSchema,
  fromEncryptedSubmissionRows,
  isYearOpen,
  openYears,
  sortProblems,
  summarise,
  summaryFigures,
  validateTeachers,
  fromWire,
  namedWirePath,
  type Receipt,
  type SummaryFigures,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { currentRegionKeyRead, regionKeyRead } from "../db/keys.ts";
import { readTogether } from "../db/read.ts";
import { reviewRead } from "../db/review.ts";
import { targetsRead } from "../db/targets.ts";
import {
  getSubmission,
  idempotentRead,
  insertSubmission,
  listSubmissions,
  readRows,
  type SubmissionMeta,
} from "../db/submissions.ts";
import { readFigures } from "../db/report-lists.ts";
import { lockedAt, lockedAtRead, yearWindowRead } from "../db/years.ts";
import type { AppEnv, Caller } from "../env.ts";
import { ApiError } from "../errors.ts";
import { sha256Hex } from "../hash.ts";
import { refuseClearIdentity } from "../sealed-submission.ts";
import { invalidInputDetails, jsonBody, validate } from "../validate.ts";
import { assertMaySubmit } from "./review.ts";

/** Most problems a 422 lists (the counts are always complete). */
export const MAX_PROBLEMS_LISTED = 1000;
/** An Idempotency-Key: 1–200 visible ASCII characters (a UUID is typical). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

const ListQuery = z.strictObject({
  district: DistrictIdSchema.optional(),
  year: AcademicYearSchema.optional(),
  lang: z.string().optional(),
});
const OneQuery = z.strictObject({
  rows: z.enum(["0", "1", "true", "false"]).optional(),
  lang: z.string().optional(),
});

function receiptOf(meta: SubmissionMeta, summary: SummaryFigures): Receipt {
  return {
    id: meta.id,
    district: meta.district,
    year: meta.year,
    revision: meta.revision,
    receivedAt: meta.receivedAt,
    summary,
  };
}

/** A district reads only its own district; the region reads all. */
function assertMayRead(caller: Caller, district: string) {
  if (caller.role === "district" && caller.district !== district)
    throw new ApiError(403, "forbidden-district");
}

export const submissions = new Hono<AppEnv>()
  /**
   * POST /api/submissions (district token): rows whose name and ИИН key are sealed to the region's key
   * (a clear name or key → 400 naming the field; no region key published → 409; a key the region never
   * published → 400), dated a day of their academic year (→ 422 otherwise). The server recomputes everything from the rows' clear part with the shared core
   * (duplicate ИИН within the submission through the per-submission tag); errors → 422 with the problems;
   * otherwise a new revision and 201 with the receipt. A repeated
   * Idempotency-Key from the same token → 200 with the first receipt (header Idempotent-Replayed: true);
   * the same key with a different body → 409 idempotency-key-reused.
   */
  .post(
    "/",
    requireRole("district"),
    jsonBody(WireSubmissionSchema, refuseClearIdentity, namedWirePath),
    async (c) => {
      // Rows arrive as arrays of values (shared/src/submission/wire.ts); from here on, rows as objects.
      const body = fromWire(c.req.valid("json"));
      const caller = c.var.caller;
      if (caller.district !== body.district) throw new ApiError(403, "forbidden-district");
      const key = c.req.header("idempotency-key")?.trim() || null;
      if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
        throw new ApiError(
          400,
          "invalid-input",
          invalidInputDetails([
            { path: ["Idempotency-Key"], code: "invalid_format", message: "1-200 visible ASCII characters" },
          ]),
        );
      }
      const db = c.env.DB;
      // Everything the checks read goes to D1 in one batch (one round trip, one snapshot), hashed meanwhile.
      const [[existing, opened, locked, table, review, current, sealedTo], bodyHash] = await Promise.all([
        readTogether(db, [
          idempotentRead(db, caller.tokenId, key),
          yearWindowRead(db),
          lockedAtRead(db, body.year),
          targetsRead(db),
          reviewRead(db, body.district, body.year),
          currentRegionKeyRead(db),
          regionKeyRead(db, body.encryption.keyId),
        ] as const),
        sha256Hex(c.var.rawBody.utf8),
      ]);

      const replay = async (existing: SubmissionMeta & { bodyHash: string }) => {
        if (existing.bodyHash !== bodyHash)
          throw new ApiError(409, "idempotency-key-reused", { id: existing.id });
        const stored = await readFigures(db, existing.id);
        if (stored === null) throw new Error(`submission ${existing.id} has no stored summary`);
        c.header("Idempotent-Replayed", "true");
        return c.json(receiptOf(existing, stored.figures), 200);
      };
      // A repeated key answers with the first receipt whatever changed since; then the checks refuse in order:
      // year not open, year locked, data accepted, region key.
      if (existing !== null) return replay(existing);
      if (!isYearOpen(body.year, opened))
        throw new ApiError(400, "year-not-open", { year: body.year, open: openYears(opened) });
      if (locked !== null) throw new ApiError(409, "year-locked", { year: body.year, lockedAt: locked });
      assertMaySubmit(review);
      if (current === null) throw new ApiError(409, "region-key-missing");
      if (sealedTo === null) throw new ApiError(400, "region-key-unknown", { keyId: body.encryption.keyId });
      // Ages and overdue attestation are measured at the report date: one outside the year skews the year's figures.
      if (!inAcademicYear(body.asOf, body.year)) {
        const { start, end } = academicYearBounds(body.year);
        throw new ApiError(422, "report-date-outside-year", {
          asOf: body.asOf,
          year: body.year,
          from: start,
          to: end,
        });
      }
      // A district with no teachers is never a real report: it would zero the district's figures.
      if (body.rows.length === 0) throw new ApiError(422, "roster-empty");

      const teachers = fromEncryptedSubmissionRows(body.rows);
      // Required fields are required whatever `columns` claims (an empty list must not switch them off).
      const present = [...new Set([...REQUIRED_FIELDS, ...body.columns])];
      // A roster it stores needs no warnings worded: the whole list is made only for a refusal's answer.
      const errors = validateTeachers(teachers, { asOf: body.asOf, present, errorsOnly: true });
      if (errors.length > 0) {
        const problems = validateTeachers(teachers, { asOf: body.asOf, present });
        throw new ApiError(422, "roster-has-errors", {
          problems: sortProblems(problems).slice(0, MAX_PROBLEMS_LISTED),
          problemCount: problems.length,
          errorCount: errors.length,
        });
      }
      const summary = summarise(teachers, {
        asOf: body.asOf,
        year: body.year,
        district: body.district,
        targets: table,
        present,
      });
      const meta: SubmissionMeta = {
        id: crypto.randomUUID(),
        district: body.district,
        year: body.year,
        revision: 0,
        asOf: body.asOf,
        receivedAt: new Date().toISOString(),
        tokenId: caller.tokenId,
        rowCount: body.rows.length,
        source: body.source ?? null,
      };
      const result = await insertSubmission(db, {
        ...meta,
        idempotencyKey: key,
        bodyHash,
        summary,
        rows:
          c.var.rawBody.gzip !== null
            ? { kind: "gzip-body", gzip: c.var.rawBody.gzip }
            : { kind: "rows-json", json: JSON.stringify(body.rows) },
        encryptionJson: JSON.stringify(body.encryption),
      });
      if (result.kind === "duplicate-key") return replay(result.existing);
      // The region locked the year or accepted the data while this submission was being checked.
      if (result.kind === "refused" && result.reason === "year-locked")
        throw new ApiError(409, "year-locked", { year: body.year, lockedAt: await lockedAt(db, body.year) });
      if (result.kind === "refused")
        throw new ApiError(409, "review-accepted", {
          district: body.district,
          year: body.year,
          status: "accepted",
        });
      return c.json(receiptOf({ ...meta, revision: result.revision }, summaryFigures(summary)), 201);
    },
  )
  /** GET /api/submissions?district=&year=: revision history, newest first (a district sees only its own). */
  .get("/", requireRole("district", "region"), validate("query", ListQuery), async (c) => {
    const query = c.req.valid("query");
    const caller = c.var.caller;
    if (query.district !== undefined) assertMayRead(caller, query.district);
    const district = caller.role === "district" ? (caller.district ?? undefined) : query.district;
    const list = await listSubmissions(c.env.DB, { district, year: query.year });
    return c.json({ submissions: list.map(({ tokenId: _tokenId, ...rest }) => rest) }, 200);
  })
  /** GET /api/submissions/:id[?rows=1]: one revision as stored: its receipt (figures), and its rows on request. */
  .get(
    "/:id",
    requireRole("district", "region"),
    validate("param", z.strictObject({ id: z.string().min(1).max(100) })),
    validate("query", OneQuery),
    async (c) => {
      const { id } = c.req.valid("param");
      const withRows = ["1", "true"].includes(c.req.valid("query").rows ?? "");
      const meta = await getSubmission(c.env.DB, id);
      if (meta === null) throw new ApiError(404, "not-found", { id });
      assertMayRead(c.var.caller, meta.district);
      const figures = await readFigures(c.env.DB, id);
      if (figures === null) throw new Error(`submission ${id} has no stored summary`);
      const stored = withRows ? await readRows(c.env.DB, id) : undefined;
      return c.json(
        {
          ...receiptOf(meta, figures.figures),
          asOf: meta.asOf,
          rowCount: meta.rowCount,
          source: meta.source,
          ...(stored === undefined ? {} : stored),
        },
        200,
      );
    },
  );
