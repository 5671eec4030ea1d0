import {
  AcademicYearSchema,
  DistrictIdSchema,
  ResealRequestSchema,
  SubmissionRowSchema,
  resealMismatch,
  sealedAttestationList,
  type Resealed,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { findRegionKey } from "../db/keys.ts";
import { readSummary } from "../db/report-lists.ts";
import { findRevision, listClearRevisions, resealRevision } from "../db/reseal.ts";
import { readRows } from "../db/submissions.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { refuseClearIdentity } from "../sealed-submission.ts";
import { jsonBody, validate } from "../validate.ts";

const ListQuery = z.strictObject({
  district: DistrictIdSchema.optional(),
  year: AcademicYearSchema.optional(),
  lang: z.string().optional(),
});
const RevisionParam = z.strictObject({
  district: DistrictIdSchema,
  year: AcademicYearSchema,
  revision: z.string().regex(/^[1-9][0-9]{0,8}$/, "expected a revision number"),
});

/**
 * Revisions stored before rows were sealed (issue 11, `sapa keys migrate`), region only. GET lists them;
 * PUT /:district/:year/:revision replaces one's clear rows with the same rows sealed to the region's current
 * key. The server checks every clear field against what it stored (same rows, same order: the figures
 * stay identical), so only the names and ИИН keys change, into sealed form.
 */
export const reseal = new Hono<AppEnv>()
  .get("/", requireRole("region"), validate("query", ListQuery), async (c) => {
    const { district, year } = c.req.valid("query");
    return c.json({ revisions: await listClearRevisions(c.env.DB, { district, year }) }, 200);
  })
  .put(
    "/:district/:year/:revision",
    requireRole("region"),
    validate("param", RevisionParam),
    jsonBody(ResealRequestSchema, refuseClearIdentity),
    async (c) => {
      const param = c.req.valid("param");
      const at = { district: param.district, year: param.year, revision: Number(param.revision) };
      const body = c.req.valid("json");
      const db = c.env.DB;
      const [found, key] = await Promise.all([
        findRevision(db, at),
        findRegionKey(db, body.encryption.keyId),
      ]);
      if (found === null) throw new ApiError(404, "not-found", at);
      if (found.sealed) throw new ApiError(409, "already-sealed", { ...at, id: found.id });
      if (key === null) throw new ApiError(400, "region-key-unknown", { keyId: body.encryption.keyId });
      if (key.retiredAt !== null) throw new ApiError(409, "reseal-key-not-current", { keyId: key.keyId });

      const [stored, summary] = await Promise.all([readRows(db, found.id), readSummary(db, found.id)]);
      if (stored.rows === null || summary === null)
        throw new Error(`submission ${found.id} has no stored rows or summary`);
      const clearRows = z.array(SubmissionRowSchema).parse(stored.rows);
      const mismatch = resealMismatch(clearRows, body.rows);
      if (mismatch !== null) throw new ApiError(400, "reseal-rows-changed", mismatch);
      const attestation = sealedAttestationList(summary.attestationDue, clearRows);
      if (attestation === null)
        throw new Error(`submission ${found.id}: attestation list does not match its rows`);

      const done = await resealRevision(db, {
        id: found.id,
        ...at,
        keyId: key.keyId,
        rowCount: body.rows.length,
        encryptionJson: JSON.stringify(body.encryption),
        rowsJson: JSON.stringify(body.rows),
        attestation,
        at: new Date().toISOString(),
        tokenId: c.var.caller.tokenId,
      });
      if (!done) throw new ApiError(409, "already-sealed", { ...at, id: found.id });
      const answer: Resealed = { id: found.id, ...at, keyId: key.keyId, rows: body.rows.length };
      return c.json(answer, 200);
    },
  );
