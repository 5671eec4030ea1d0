import {
  DISTRICTS,
  mergeFigures,
  stageComparison,
  todayInRegion,
  type AcademicYear,
  type DistrictId,
  type ReportFigures,
  type StageTargets,
  type SummaryFigures,
} from "@sapa/shared";
import type { SubmissionMeta } from "./db/submissions.ts";

/**
 * The consolidated report of a year from each district's newest revision, aggregates only: every district's
 * stage comparison is recomputed with the year's current targets, the region is the merge of the districts'
 * figures (dated today in Aktobe when no district has submitted), completeness names the units that have
 * not submitted and counts those whose newest revision the region accepted (`accepted`, from the review
 * statuses). Costs O(districts); the lists are paged (report-pages.ts).
 */
export function buildReport(
  year: AcademicYear,
  newest: readonly (SubmissionMeta & { figures: SummaryFigures })[],
  targets: readonly StageTargets[],
  now: Date,
  accepted: ReadonlySet<DistrictId> = new Set(),
): ReportFigures {
  const byDistrict = new Map(newest.map((n) => [n.district, n]));
  const districts = DISTRICTS.flatMap((d) => {
    const n = byDistrict.get(d.id);
    if (n === undefined) return [];
    return [
      {
        district: d.id,
        name: { kk: d.name.kk, ru: d.name.ru, en: d.name.en },
        revision: n.revision,
        submittedAt: n.receivedAt,
        summary: {
          ...n.figures,
          stage: stageComparison(year, n.figures.awardedInYear, n.figures.teachers, targets),
        },
      },
    ];
  });
  return {
    year,
    generatedAt: now.toISOString(),
    region: mergeFigures(
      districts.map((d) => d.summary),
      // The region's figures are computed on its own totals, never by adding the districts' needs.
      { targets, year, asOf: todayInRegion(now), scope: "region" },
    ),
    districts,
    completeness: {
      expected: DISTRICTS.length,
      submitted: districts.length,
      accepted: districts.filter((d) => accepted.has(d.district)).length,
      missing: DISTRICTS.filter((d) => !byDistrict.has(d.id)).map((d) => d.id),
    },
  };
}
