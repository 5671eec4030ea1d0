import {
  CandidatesQuerySchema,
  academicYearToday,
  candidateCounts,
  candidatesFor,
  fromEncryptedSubmissionRows,
  type AcademicYear,
  type CandidateTeacher,
  type DistrictId,
  type EncryptedSubmissionRow,
} from "@sapa/shared";
import { Hono } from "hono";
import { requireRole } from "../auth.ts";
import { readSettings } from "../db/settings.ts";
import { newestFigures, readRows } from "../db/submissions.ts";
import { targetsTable } from "../db/targets.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { validate } from "../validate.ts";

/**
 * The teachers of each district's newest revision of `year` (one district when `scope` is given), as the
 * candidate rule reads them. One district at a time, keeping of each teacher only the CandidateTeacher
 * fields: one district's body in flight (about 14 MB at 5,000 rows) instead of every district's at once.
 */
async function storedTeachers(
  db: D1Database,
  year: AcademicYear,
  scope: DistrictId | null,
): Promise<CandidateTeacher[]> {
  const newest = (await newestFigures(db, year)).filter((n) => scope === null || n.district === scope);
  const teachers: CandidateTeacher[] = [];
  for (const n of newest) {
    const { rows } = await readRows(db, n.id);
    for (const t of fromEncryptedSubmissionRows((rows ?? []) as EncryptedSubmissionRow[]))
      teachers.push({
        fullName: t.fullName,
        organization: t.organization,
        organizationKey: t.organizationKey,
        category: t.category,
        categoryDate: t.categoryDate,
        categoryDateYearOnly: t.categoryDateYearOnly,
        experienceYears: t.experienceYears,
        district: n.district,
      });
  }
  return teachers;
}

/**
 * GET /api/candidates?year=&district= (issue 8 §6): for each stage category, the awards the target needs,
 * the candidates and the shortfall, in total, per district and per organisation, counted by the shared
 * rule from the newest revisions with the region's minimum of years since the last award. No names.
 * A district token sees its own district only (another district → 403); the region all or one.
 */
export const candidates = new Hono<AppEnv>().get(
  "/candidates",
  requireRole("district", "region"),
  validate("query", CandidatesQuerySchema),
  async (c) => {
    const query = c.req.valid("query");
    const caller = c.var.caller;
    if (caller.role === "district" && query.district !== undefined && query.district !== caller.district)
      throw new ApiError(403, "forbidden-district");
    const scope = caller.role === "district" ? caller.district : (query.district ?? null);
    const year = query.year ?? academicYearToday();
    const [teachers, targets, settings] = await Promise.all([
      storedTeachers(c.env.DB, year, scope),
      targetsTable(c.env.DB),
      readSettings(c.env.DB),
    ]);
    const report = candidatesFor(teachers, {
      year,
      targets,
      minYearsSinceAward: settings.minYearsSinceAward,
      // The region's whole list is the region on its own totals; one district's is a unit.
      scope: scope === null ? "region" : "unit",
    });
    return c.json(candidateCounts(report), 200);
  },
);
