import { AcademicYearSchema, academicYearOf } from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { newestSummaries, newestSummaryTexts } from "../db/submissions.ts";
import { targetsTable } from "../db/targets.ts";
import type { AppEnv } from "../env.ts";
import { buildReport } from "../report.ts";
import { reportCsv } from "../report-csv.ts";
import { reportJsonParts } from "../report-json.ts";
import { summaryPieces } from "../summary-layout.ts";
import { validate } from "../validate.ts";

const ReportQuery = z.strictObject({
  year: AcademicYearSchema.optional(),
  lang: z.string().optional(),
});

const yearOf = (year: string | undefined, now: Date) =>
  year ?? academicYearOf(now.toISOString().slice(0, 10));

async function reportFor(db: D1Database, year: string | undefined) {
  const now = new Date();
  const y = yearOf(year, now);
  const [newest, targets] = await Promise.all([newestSummaries(db, y), targetsTable(db)]);
  return buildReport(y, newest, targets, now);
}

/**
 * The report as JSON text without parsing or re-serialising the stored organisation and attestation lists
 * (report-json.ts): the same bytes as `JSON.stringify(await reportFor(...))`, several times faster. The
 * pieces are encoded to UTF-8 as the body streams out, never joined into one string of tens of megabytes.
 */
async function reportJsonFor(db: D1Database, year: string | undefined) {
  const now = new Date();
  const y = yearOf(year, now);
  const [newest, targets] = await Promise.all([newestSummaryTexts(db, y), targetsTable(db)]);
  const pieces = newest.map(({ summaryJson, summaryLayout, ...meta }) => ({
    ...meta,
    ...summaryPieces(summaryJson, summaryLayout),
  }));
  return reportJsonParts(y, pieces, targets, now);
}

/** The pieces as a UTF-8 byte stream, encoded as they are sent, in chunks of about 256 K characters. */
function utf8Stream(parts: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      while (next < parts.length && chunk.length < 262_144) chunk += parts[next++];
      if (chunk !== "") controller.enqueue(encoder.encode(chunk));
      if (next >= parts.length) controller.close();
    },
  });
}

/**
 * GET /api/report?year= (region): the consolidated report from each district's newest revision.
 * GET /api/report.csv?year=&lang= (region): its per-district table as CSV.
 * The year defaults to the academic year of today.
 */
export const report = new Hono<AppEnv>()
  .get("/report", requireRole("region"), validate("query", ReportQuery), async (c) => {
    const parts = await reportJsonFor(c.env.DB, c.req.valid("query").year);
    c.header("Content-Type", "application/json");
    return c.body(utf8Stream(parts), 200);
  })
  .get("/report.csv", requireRole("region"), validate("query", ReportQuery), async (c) => {
    const r = await reportFor(c.env.DB, c.req.valid("query").year);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="sapa-report-${r.year}.csv"`);
    return c.body(reportCsv(r, c.var.lang), 200);
  });
