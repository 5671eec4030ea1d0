import {
  AcademicYearSchema,
  ReportPageQuerySchema,
  academicYearToday,
  type AttestationEntry,
  DistrictIdSchema,
  groupReport,
  groupsTable,
  organizationSheetTable,
  tableCsv,
  type OrganizationSummary,
} from "@sapa/shared";
import { Hono } from "hono";
import { z } from "zod";
import { requireRole } from "../auth.ts";
import { listGroups } from "../db/groups.ts";
import { reviewStatuses } from "../db/review.ts";
import { newestFigures } from "../db/submissions.ts";
import { indicatorTargets, targetsTable } from "../db/targets.ts";
import type { AppEnv, Caller } from "../env.ts";
import { ApiError } from "../errors.ts";
import { buildReport } from "../report.ts";
import { reportCsv } from "../report-csv.ts";
import { decodeCursor } from "../report-cursor.ts";
import { DEFAULT_PAGE_LIMIT, readReportPage, type PageRequest } from "../report-pages.ts";
import { readOrganizationsAndAttestation, readWholeList } from "../report-whole-list.ts";
import { invalidInputDetails, validate } from "../validate.ts";

const ReportQuery = z.strictObject({
  year: AcademicYearSchema.optional(),
  lang: z.string().optional(),
});

const OrganizationsCsvQuery = ReportQuery.extend({ district: DistrictIdSchema.optional() });

async function reportFor(db: D1Database, year: string | undefined) {
  const now = new Date();
  const y = year ?? academicYearToday(now);
  const [newest, targets, reviews, indicators] = await Promise.all([
    newestFigures(db, y),
    targetsTable(db),
    reviewStatuses(db, y),
    indicatorTargets(db),
  ]);
  const accepted = new Set(reviews.filter((r) => r.status === "accepted").map((r) => r.district));
  return { ...buildReport(y, newest, targets, now, accepted), indicatorTargets: indicators };
}

const badCursor = () =>
  new ApiError(
    400,
    "invalid-input",
    invalidInputDetails([
      {
        path: ["cursor"],
        code: "invalid_cursor",
        message: "not a cursor of this listing: start again without one",
      },
    ]),
  );

/**
 * What a list page reads: a district token its own district only (another → 403), the region all districts
 * or the one it names. A cursor must belong to the same year and scope (else 400); without `year` the
 * cursor's year is kept, so a listing begun on 31 August does not jump to the next year midway.
 */
function pageRequest(caller: Caller, query: z.output<typeof ReportPageQuerySchema>): PageRequest {
  if (caller.role === "district" && query.district !== undefined && query.district !== caller.district)
    throw new ApiError(403, "forbidden-district");
  const scope = caller.role === "district" ? caller.district : (query.district ?? null);
  const start = query.cursor === undefined ? null : decodeCursor(query.cursor);
  if (query.cursor !== undefined) {
    if (start === null || start.scope !== scope) throw badCursor();
    if (query.year !== undefined && query.year !== start.year) throw badCursor();
    if (scope !== null && start.district !== scope) throw badCursor();
  }
  return {
    year: start?.year ?? query.year ?? academicYearToday(),
    scope,
    start,
    limit: query.limit ?? DEFAULT_PAGE_LIMIT,
  };
}

/**
 * GET /api/report?year= (region): the consolidated report, aggregates only (ReportFigures).
 * GET /api/report/organizations, /api/report/attestation ?year=&district=&cursor=&limit= (district: its own;
 * region: all or one): the report's lists in pages (ReportPage), default 500 entries, at most 1000.
 * GET /api/report.csv?year=&lang= (region): the per-district table as CSV.
 * GET /api/report/organizations.csv?year=&lang=&district= (district: its own; region: all or one): the
 * organisations table (shared organizationSheetTable) as CSV; the region's list of every district also names
 * each organisation's groups and starts with the groups' rows.
 * GET /api/report/groups.csv?year=&lang= (region): every group of organisations with its figures (the shared
 * groups table, the report workbook's "Groups" sheet); a CSV holds one table, so it is not in report.csv.
 * The year defaults to the academic year of today in Aktobe.
 */
export const report = new Hono<AppEnv>()
  .get("/report", requireRole("region"), validate("query", ReportQuery), async (c) => {
    return c.json(await reportFor(c.env.DB, c.req.valid("query").year), 200);
  })
  .get(
    "/report/organizations",
    requireRole("district", "region"),
    validate("query", ReportPageQuerySchema),
    async (c) => {
      const req = pageRequest(c.var.caller, c.req.valid("query"));
      return c.json(await readReportPage<OrganizationSummary>(c.env.DB, "organizations", req), 200);
    },
  )
  .get(
    "/report/attestation",
    requireRole("district", "region"),
    validate("query", ReportPageQuerySchema),
    async (c) => {
      const req = pageRequest(c.var.caller, c.req.valid("query"));
      return c.json(await readReportPage<AttestationEntry>(c.env.DB, "attestation", req), 200);
    },
  )
  .get(
    "/report/organizations.csv",
    requireRole("district", "region"),
    validate("query", OrganizationsCsvQuery),
    async (c) => {
      const caller = c.var.caller;
      const query = c.req.valid("query");
      if (caller.role === "district" && query.district !== undefined && query.district !== caller.district)
        throw new ApiError(403, "forbidden-district");
      const scope = caller.role === "district" ? caller.district : (query.district ?? null);
      const year = query.year ?? academicYearToday();
      // The groups' rows sum whole groups: only on the region's list of every district.
      const wholeRegion = caller.role === "region" && scope === null;
      const [{ organizations, attestation }, targets, groups] = await Promise.all([
        readOrganizationsAndAttestation(c.env.DB, year, scope),
        targetsTable(c.env.DB),
        wholeRegion ? listGroups(c.env.DB) : Promise.resolve([]),
      ]);
      const reports = groups.map((g) => groupReport(g, year, organizations, targets));
      const table = organizationSheetTable(year, organizations, attestation, targets, reports);
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="sapa-organizations-${year}.csv"`);
      return c.body(tableCsv(table, c.var.lang), 200);
    },
  )
  .get("/report/groups.csv", requireRole("region"), validate("query", ReportQuery), async (c) => {
    const year = c.req.valid("query").year ?? academicYearToday();
    const [groups, organizations, targets] = await Promise.all([
      listGroups(c.env.DB),
      readWholeList<OrganizationSummary>(c.env.DB, "organizations", year, null).then((list) => list.items),
      targetsTable(c.env.DB),
    ]);
    const reports = groups.map((g) => groupReport(g, year, organizations, targets));
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="sapa-groups-${year}.csv"`);
    return c.body(tableCsv(groupsTable(year, reports), c.var.lang), 200);
  })
  .get("/report.csv", requireRole("region"), validate("query", ReportQuery), async (c) => {
    const r = await reportFor(c.env.DB, c.req.valid("query").year);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="sapa-report-${r.year}.csv"`);
    return c.body(reportCsv(r, c.var.lang), 200);
  });
