import {
  DISTRICTS,
  mergeSummaries,
  type AcademicYear,
  type Report,
  type StageTargets,
  type Summary,
} from "@sapa/shared";
import type { SubmissionMeta } from "./db/submissions.ts";

/**
 * The consolidated report of a year from each district's newest revision: every district's summary is
 * brought to the year's current targets, the region is their merge, completeness names the units that have
 * not submitted. Costs O(districts × organisations).
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
        summary: mergeSummaries([n.summary], { targets }),
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
    region,
    districts,
    completeness: {
      expected: DISTRICTS.length,
      submitted: districts.length,
      missing: DISTRICTS.filter((d) => !byDistrict.has(d.id)).map((d) => d.id),
    },
    attestationDue: region.attestationDue,
  };
}
