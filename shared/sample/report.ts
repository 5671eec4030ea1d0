/**
 * A consolidated report as the server builds it, from sample rosters through the shared core: Aktobe city,
 * Alga and Shalkar submitted (300, 120 and 80 teachers), the other ten units missing, with every list a
 * pull brings (organisations, attestation due, the trend, candidate counts, a group of organisations).
 * For the sheets' tests and the writers' tests in every workspace.
 */
import { ReportFiguresSchema, type Receipt } from "../src/api/schemas.ts";
import { candidateCounts, type CandidateCounts } from "../src/figures/candidate-counts.ts";
import { candidatesFor, type CandidatesReport } from "../src/figures/candidates.ts";
import { mergeSummaries, summaryFigures } from "../src/figures/merge.ts";
import { summarise } from "../src/figures/summary.ts";
import { mergeTrend, type Trend } from "../src/figures/trend.ts";
import { DISTRICTS } from "../src/plan/districts.ts";
import { groupReport, type GroupReport } from "../src/region/groups.ts";
import { readRoster } from "../src/roster/roster.ts";
import type {
  AcademicYear,
  AttestationEntry,
  DistrictId,
  OrganizationSummary,
  ReportFigures,
  Summary,
} from "../src/types.ts";
import { generateRoster } from "./roster.ts";

export const SAMPLE_AS_OF = "2026-05-31";
export const SAMPLE_UNITS: readonly { district: DistrictId; seed: number; rows: number }[] = [
  { district: "aktobe", seed: 21, rows: 300 },
  { district: "alga", seed: 22, rows: 120 },
  { district: "shalkar", seed: 23, rows: 80 },
];

export interface SampleReport {
  figures: ReportFigures;
  organizations: OrganizationSummary[];
  attestation: AttestationEntry[];
  trend: Trend;
  candidates: CandidateCounts;
  groups: GroupReport[];
  /** Alga's own summary and candidates, as its pane has them, and its receipt. */
  alga: { summary: Summary; candidates: CandidatesReport; receipt: Receipt };
}

/** The sample report of `year` (default the report date's, 2025-2026). */
export function sampleReport(year?: AcademicYear): SampleReport {
  const units = SAMPLE_UNITS.map(({ district, seed, rows }, i) => {
    const grid = generateRoster({ seed, rows, district, lang: i % 2 ? "ru" : "kk", messy: true });
    const read = readRoster(grid, { asOf: SAMPLE_AS_OF });
    const summary = summarise(read.teachers, {
      asOf: SAMPLE_AS_OF,
      district,
      present: read.present,
      ...(year ? { year } : {}),
    });
    return { district, summary, teachers: read.teachers, revision: i + 1 };
  });
  const region = mergeSummaries(units.map((u) => u.summary));
  const ids = new Set(units.map((u) => u.district));
  const figures = ReportFiguresSchema.parse({
    year: region.year,
    generatedAt: "2026-06-01T10:00:00.000Z",
    region: summaryFigures(region),
    districts: units.map((u, i) => ({
      district: u.district,
      name: DISTRICTS.find((d) => d.id === u.district)!.name,
      revision: u.revision,
      submittedAt: `2026-05-${29 + i}T08:00:00.000Z`,
      summary: summaryFigures(u.summary),
    })),
    completeness: {
      expected: DISTRICTS.length,
      submitted: units.length,
      accepted: 1,
      missing: DISTRICTS.filter((d) => !ids.has(d.id)).map((d) => d.id),
    },
  });
  const organizations = region.byOrganization;
  const trend = mergeTrend(
    {
      [region.year]: units.map((u) => ({
        district: u.district,
        revision: u.revision,
        summary: u.summary,
      })),
    },
    {
      groups: [
        {
          name: "Магнит",
          members: [
            { district: "alga", organization: organizations.find((o) => o.district === "alga")!.name },
          ],
        },
      ],
      organizations: { [region.year]: organizations },
    },
  );
  const withDistrict = units.flatMap((u) => u.teachers.map((t) => ({ ...t, district: u.district })));
  const candidates = candidateCounts(candidatesFor(withDistrict, { year: region.year }));
  const alga = units[1]!;
  const centres = groupReport(
    {
      name: "Құзыреттілік орталықтары",
      members: [
        ...organizations
          .filter((o) => o.district === "alga" || o.district === "shalkar")
          .slice(0, 3)
          .map((o) => ({ district: o.district!, organization: o.name })),
        { district: "temir", organization: "Жоқ балабақша" },
      ],
    },
    region.year,
    organizations,
  );
  return {
    figures,
    organizations,
    attestation: region.attestationDue,
    trend,
    candidates,
    groups: [centres],
    alga: {
      summary: alga.summary,
      candidates: candidatesFor(alga.teachers, { year: region.year }),
      receipt: {
        id: "r-alga-2",
        district: "alga",
        year: region.year,
        revision: 2,
        receivedAt: "2026-05-31T20:30:00.000Z",
        summary: summaryFigures(alga.summary),
      },
    },
  };
}
