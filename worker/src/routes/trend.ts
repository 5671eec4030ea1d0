import {
  TREND_YEARS,
  mergeTrend,
  tableCsv,
  trendSheetTable,
  type AcademicYear,
  type OrganizationSummary,
  type TrendSource,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { listGroups } from "../db/groups.ts";
import { newestFigures } from "../db/submissions.ts";
import { indicatorTargets, targetsTable } from "../db/targets.ts";
import type { AppEnv } from "../env.ts";
import { readWholeList } from "../report-whole-list.ts";
import { validate } from "../validate.ts";

const TrendQuery = z.strictObject({ lang: z.string().optional() });

/**
 * Each plan year's newest revisions (their stored figures) merged into the trend; when the region has groups
 * of organisations, each year's organisation list too, so the shared merge sums every group. The other plan
 * indicators are held against the region's targets in force, as the report's are.
 */
async function trendFor(db: D1Database) {
  const [targets, indicators, groups, ...perYear] = await Promise.all([
    targetsTable(db),
    indicatorTargets(db),
    listGroups(db),
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
  const organizations: Partial<Record<AcademicYear, OrganizationSummary[]>> = {};
  if (groups.length > 0) {
    const lists = await Promise.all(
      TREND_YEARS.map((year) => readWholeList<OrganizationSummary>(db, "organizations", year, null)),
    );
    TREND_YEARS.forEach((year, i) => (organizations[year] = lists[i]!.items));
  }
  return mergeTrend(sources, { targets, groups, organizations, indicatorTargets: indicators });
}

/**
 * GET /api/trend (region): the plan's years side by side, region, 13 districts and the region's groups of
 * organisations, null where no data; the region's other plan indicators of the newest year with data.
 * GET /api/trend.csv?lang= (region): the same as the shared trend table (per year the region, the 13
 * districts, the groups), written by the one CSV writer; empty cells where no data.
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
