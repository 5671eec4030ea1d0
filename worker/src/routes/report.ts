import { AcademicYearSchema, academicYearOf } from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { newestSummaries } from "../db/submissions.ts";
import { targetsTable } from "../db/targets.ts";
import type { AppEnv } from "../env.ts";
import { buildReport } from "../report.ts";
import { reportCsv } from "../report-csv.ts";
import { validate } from "../validate.ts";

const ReportQuery = z.strictObject({
  year: AcademicYearSchema.optional(),
  lang: z.string().optional(),
});

async function reportFor(db: D1Database, year: string | undefined) {
  const now = new Date();
  const y = year ?? academicYearOf(now.toISOString().slice(0, 10));
  const [newest, targets] = await Promise.all([newestSummaries(db, y), targetsTable(db)]);
  return buildReport(y, newest, targets, now);
}

/**
 * GET /api/report?year= (region): the consolidated report from each district's newest revision.
 * GET /api/report.csv?year=&lang= (region): its per-district table as CSV.
 * The year defaults to the academic year of today.
 */
export const report = new Hono<AppEnv>()
  .get("/report", requireRole("region"), validate("query", ReportQuery), async (c) =>
    c.json(await reportFor(c.env.DB, c.req.valid("query").year), 200),
  )
  .get("/report.csv", requireRole("region"), validate("query", ReportQuery), async (c) => {
    const r = await reportFor(c.env.DB, c.req.valid("query").year);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="sapa-report-${r.year}.csv"`);
    return c.body(reportCsv(r, c.var.lang), 200);
  });
