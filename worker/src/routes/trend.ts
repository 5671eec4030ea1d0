import {
  TREND_YEARS,
  mergeTrend,
  tableCsv,
  trendSheetTable,
  type AcademicYear,
  type TrendSource,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { newestFigures } from "../db/submissions.ts";
import { targetsTable } from "../db/targets.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const TrendQuery = z.strictObject({ lang: z.string().optional() });

/** Each plan year's newest revisions (their stored figures, never the lists) merged into the trend. */
async function trendFor(db: D1Database) {
  const [targets, ...perYear] = await Promise.all([
    targetsTable(db),
    ...TREND_YEARS.map((year) => newestFigures(db, year)),
  ]);
  const sources: Partial<Record<AcademicYear, TrendSource[]>> = {};
  TREND_YEARS.forEach((year, i) => {
    sources[year] = perYear[i]!.map((n) => ({
      district: n.district,
      revision: n.revision,
      summary: n.figures,
    }));
  });
  return mergeTrend(sources, { targets });
}

/**
 * GET /api/trend (region): the plan's years side by side, region and 13 districts, null where no data.
 * GET /api/trend.csv?lang= (region): the same as the shared trend table (per year the region, then the 13
 * districts), written by the one CSV writer; empty cells where no data.
 */
export const trend = new Hono<AppEnv>()
  .get("/trend", requireRole("region"), validate("query", TrendQuery), async (c) =>
    c.json(await trendFor(c.env.DB), 200),
  )
  .get("/trend.csv", requireRole("region"), validate("query", TrendQuery), async (c) => {
    const csv = tableCsv(trendSheetTable(await trendFor(c.env.DB)), c.var.lang);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", 'attachment; filename="sapa-trend.csv"');
    return c.body(csv, 200);
  });
