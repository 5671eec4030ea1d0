import {
  DISTRICTS,
  DISTRICT_IDS,
  mergeSummaries,
  stageComparison,
  type AcademicYear,
  type StageTargets,
  type Summary,
} from "@sapa/shared";
import type { SubmissionMeta } from "./db/submissions.ts";
import type { SummaryPieces } from "./summary-layout.ts";

const EMPTY_ORGS_END = '"byOrganization":[]}';

/** JSON of a summary whose byOrganization is empty, with `orgsJson` put inside that array. */
function withOrganizations(summary: Summary, orgsJson: string): string {
  const json = JSON.stringify(summary);
  if (!json.endsWith(EMPTY_ORGS_END))
    throw new Error("reportJson: a summary does not end with byOrganization");
  return `${json.slice(0, json.length - 2)}${orgsJson}]}`;
}

/**
 * The report of `buildReport` (report.ts) as its JSON text, byte for byte `JSON.stringify(buildReport(...))`,
 * built from summaries taken apart (summary-layout.ts): only the small part of each summary is parsed and
 * merged; the organisation lists and attestation entries are spliced in as stored text. The region's
 * organisations are the districts' lists one after another (an organisation belongs to one district, and
 * both orders start with the district), and the attestation list is the districts' runs of one expiry date
 * ordered by (expiry, district): that is compareAttestation's order, as each run is sorted already.
 */
export function reportJson(
  year: AcademicYear,
  newest: readonly (SubmissionMeta & SummaryPieces)[],
  targets: readonly StageTargets[],
  now: Date,
): string {
  return reportJsonParts(year, newest, targets, now).join("");
}

/**
 * reportJson's text as the pieces it is made of, in order: a response body can encode them to UTF-8 one by
 * one (`new Blob(parts)`) without first joining tens of megabytes into one string.
 */
export function reportJsonParts(
  year: AcademicYear,
  newest: readonly (SubmissionMeta & SummaryPieces)[],
  targets: readonly StageTargets[],
  now: Date,
): string[] {
  const byDistrict = new Map(newest.map((n) => [n.district, n]));
  const districts = DISTRICTS.flatMap((d) => {
    const n = byDistrict.get(d.id);
    if (n === undefined) return [];
    if (n.head.byOrganization.length > 0 || n.head.attestationDue.length > 0)
      throw new Error("reportJson: the head of a summary must carry empty lists");
    return [
      {
        d,
        n,
        summary: { ...n.head, stage: stageComparison(year, n.head.awardedInYear, n.head.teachers, targets) },
      },
    ];
  });
  const today = now.toISOString().slice(0, 10);
  const merged = mergeSummaries(
    districts.map((x) => x.summary),
    { targets, year, asOf: today },
  );
  // The merge saw no organisations; each one is of a single district, so the region's count is the sum.
  const region = { ...merged, organizations: districts.reduce((sum, x) => sum + x.summary.organizations, 0) };

  const runs = districts.flatMap((x, order) =>
    x.n.due.map((run) => ({ ...run, rank: DISTRICT_IDS.indexOf(x.d.id), order })),
  );
  runs.sort((a, b) =>
    a.expires < b.expires ? -1 : a.expires > b.expires ? 1 : a.rank - b.rank || a.order - b.order,
  );

  const parts: string[] = [
    `{"year":${JSON.stringify(year)},"generatedAt":${JSON.stringify(now.toISOString())},"region":`,
    withOrganizations(
      region,
      districts
        .map((x) => x.n.orgsJson)
        .filter((j) => j !== "")
        .join(","),
    ),
    ',"districts":[',
  ];
  districts.forEach(({ d, n, summary }, i) => {
    const head = JSON.stringify({
      district: d.id,
      name: { kk: d.name.kk, ru: d.name.ru, en: d.name.en },
      revision: n.revision,
      submittedAt: n.receivedAt,
    });
    parts.push(
      i > 0 ? "," : "",
      head.slice(0, -1),
      ',"summary":',
      withOrganizations(summary, n.orgsJson),
      "}",
    );
  });
  const completeness = {
    expected: DISTRICTS.length,
    submitted: districts.length,
    missing: DISTRICTS.filter((d) => !byDistrict.has(d.id)).map((d) => d.id),
  };
  parts.push(
    '],"completeness":',
    JSON.stringify(completeness),
    ',"attestationDue":[',
    runs
      .map((r) => r.json)
      .filter((j) => j !== "")
      .join(","),
    "]}",
  );
  return parts;
}
