import {
  DISTRICTS,
  mergeSummaries,
  stageComparison,
  type AcademicYear,
  type Report,
  type StageTargets,
  type Summary,
} from "@sapa/shared";
import type { SubmissionMeta } from "./db/submissions.ts";

/**
 * The consolidated report of a year from each district's newest revision: every district's stage
 * comparison is recomputed with the year's current targets, the region is the merge of the districts,
 * completeness names the units that have not submitted. Costs O(districts × organisations).
 *
 * The attestation list appears once, at the top level (`attestationDue`, every entry with its district):
 * the summaries inside a report carry an empty `attestationDue` (their `attestationDueByYear` counts stay).
 * Repeating a region's list three times would triple the largest part of the answer.
 */
export function buildReport(
  year: AcademicYear,
  newest: readonly (SubmissionMeta & { summary: Summary })[],
  targets: readonly StageTargets[],
  now: Date,
): Report {
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
          ...n.summary,
          stage: stageComparison(year, n.summary.awardedInYear, n.summary.teachers, targets),
        },
      },
    ];
  });
  const today = now.toISOString().slice(0, 10);
  const region = mergeSummaries(
    districts.map((d) => d.summary),
    { targets, year, asOf: today },
  );
  return {
    year,
    generatedAt: now.toISOString(),
    region: { ...region, attestationDue: [] },
    districts: districts.map((d) => ({ ...d, summary: { ...d.summary, attestationDue: [] } })),
    completeness: {
      expected: DISTRICTS.length,
      submitted: districts.length,
      missing: DISTRICTS.filter((d) => !byDistrict.has(d.id)).map((d) => d.id),
    },
    attestationDue: region.attestationDue,
  };
}
