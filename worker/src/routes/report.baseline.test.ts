import {
  DISTRICT_IDS,
  ReportFiguresSchema,
  type CategoryKey,
  type DistrictId,
  type Submission,
  type SubmissionRow,
} from "@sapa/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { TOKENS, call, json, sealed, seedTokens } from "../../test/api.ts";

/**
 * The plan's regional baseline (autumn 2025) as the 13 units would submit it: 3677 teachers in 635
 * organisations, higher education 2091, moderator 1712, expert 507, researcher 158, master 0 (18.09%).
 */
const TEACHERS = 3677;
const ORGANIZATIONS = 635;
const CATEGORIES: [CategoryKey, number][] = [
  ["moderator", 1712],
  ["expert", 507],
  ["researcher", 158],
  ["none", 520],
  ["pedagog", 600],
  ["trainee", 180],
];

function baselineSubmissions(): Submission[] {
  const categories = CATEGORIES.flatMap(([key, n]) => Array<CategoryKey>(n).fill(key));
  const rows = new Map<DistrictId, SubmissionRow[]>(DISTRICT_IDS.map((d) => [d, []]));
  for (let i = 0; i < TEACHERS; i++) {
    const org = i % ORGANIZATIONS;
    // Each organisation belongs to one district; 3677 is prime, so i × 1049 mod 3677 spreads education.
    rows.get(DISTRICT_IDS[org % DISTRICT_IDS.length]!)!.push({
      row: i + 2,
      fullName: `Педагог ${i + 1}`,
      organization: `№${org + 1} «Балапан» бөбекжай-балабақшасы`,
      education: (i * 1049) % TEACHERS < 2091 ? "higher" : "vocational",
      category: categories[i]!,
      iinKey: null,
      position: null,
      categoryDate: null,
      categoryDateYearOnly: false,
      experienceYears: null,
      lastCourseDate: null,
      mentor: null,
      internship: null,
      eventParticipation: null,
    });
  }
  return DISTRICT_IDS.map((district) => ({
    district,
    year: "2025-2026",
    asOf: "2025-11-01",
    columns: ["fullName", "organization", "education", "category"],
    rows: rows.get(district)!,
  }));
}

beforeAll(async () => {
  await seedTokens();
  for (const body of baselineSubmissions()) {
    const res = await call("/api/submissions", {
      body: await sealed(body),
      token: TOKENS.district(body.district),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
});

describe("the plan's baseline through the server", () => {
  it("reports 3677 teachers, 635 organisations and 18.09% for the region", async () => {
    const report = ReportFiguresSchema.parse(
      await json(await call("/api/report?year=2025-2026", { token: TOKENS.region })),
    );
    expect(report.completeness.submitted).toBe(13);
    expect(report.region.teachers).toBe(TEACHERS);
    expect(report.region.organizations).toBe(ORGANIZATIONS);
    expect(report.region.byEducation).toEqual({ higher: 2091, vocational: 1586, secondary: 0, unknown: 0 });
    expect(report.region.byCategory).toMatchObject({
      moderator: 1712,
      expert: 507,
      researcher: 158,
      master: 0,
    });
    expect((report.region.qualitativeShare * 100).toFixed(2)).toBe("18.09");
    expect(report.districts.reduce((n, d) => n + d.summary.organizations, 0)).toBe(ORGANIZATIONS);
  });

  it("pages all 635 organisations, 3677 teachers between them", async () => {
    const res = await call("/api/report/organizations?year=2025-2026&limit=1000", { token: TOKENS.region });
    const page = await json(res);
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(ORGANIZATIONS);
    expect(page.items.reduce((n: number, o: { teachers: number }) => n + o.teachers, 0)).toBe(TEACHERS);
  });
});
