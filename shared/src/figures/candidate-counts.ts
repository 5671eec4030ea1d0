/**
 * The candidates report without names (issue 8 §6): needed, candidates and shortfall per category for the
 * region, its districts and their organisations. What the server answers; names stay in the district's workbook.
 */
import { z } from "zod";
import type { CandidatesReport } from "./candidates.ts";
import { MinYearsSinceAwardSchema } from "../plan/settings.ts";
import { AcademicYearSchema, DistrictIdSchema } from "../api/schemas.ts";

export type CandidateCounts = Omit<CandidatesReport, "candidates">;

/** The counts of a candidates report: everything but the names. */
export function candidateCounts(report: CandidatesReport): CandidateCounts {
  const { candidates: _names, ...counts } = report;
  return counts;
}

const count = z.number().int().nonnegative();
const CandidateLineSchema = z.strictObject({
  needed: count.nullable(),
  candidates: count,
  uncertain: count,
  shortfall: count.nullable(),
  regionalTarget: z.boolean(),
});
const CandidateUnitShape = {
  teachers: count,
  categories: z.strictObject({
    moderator: CandidateLineSchema,
    expert: CandidateLineSchema,
    researcher: CandidateLineSchema,
    master: CandidateLineSchema,
  }),
};

/** Query of GET /api/candidates: the academic year (today's in Aktobe by default) and one district. */
export const CandidatesQuerySchema = z.strictObject({
  year: AcademicYearSchema.optional(),
  district: DistrictIdSchema.optional(),
  lang: z.string().optional(),
});

/** GET /api/candidates reply. */
export const CandidateCountsSchema = z.strictObject({
  year: AcademicYearSchema,
  stage: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  minYearsSinceAward: MinYearsSinceAwardSchema,
  scope: z.enum(["region", "unit"]),
  total: z.strictObject(CandidateUnitShape),
  byDistrict: z.array(z.strictObject({ district: DistrictIdSchema, ...CandidateUnitShape })),
  byOrganization: z.array(
    z.strictObject({
      district: DistrictIdSchema.nullable(),
      key: z.string(),
      name: z.string(),
      ...CandidateUnitShape,
    }),
  ),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _counts: Same<z.infer<typeof CandidateCountsSchema>, CandidateCounts> = true;
void _counts;
