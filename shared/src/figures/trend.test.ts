import { describe, expect, it } from "vitest";
import { organizationKey } from "../roster/organization.ts";
import { emptyCategoryCounts, emptyEducationCounts } from "./summary.ts";
import { TrendSchema, mergeTrend, type TrendSource } from "./trend.ts";
import type { CategoryKey, DistrictId, OrganizationSummary, StageTargets } from "../types.ts";

const counts = (c: Partial<Record<CategoryKey, number>>) => ({ ...emptyCategoryCounts(), ...c });
const source = (
  district: DistrictId,
  revision: number,
  asOf: string,
  teachers: number,
  stock: Partial<Record<CategoryKey, number>>,
  awarded: Partial<Record<CategoryKey, number>>,
): TrendSource => ({
  district,
  revision,
  summary: { asOf, teachers, byCategory: counts(stock), awardedInYear: counts(awarded) },
});

// 2025-2026: Alga and Temir; 2026-2027: Alga only (Temir missing); 2027-2028: no data at all.
const SOURCES = {
  "2025-2026": [
    source(
      "temir",
      2,
      "2026-05-20",
      100,
      { pedagog: 40, moderator: 45, expert: 12, researcher: 3 },
      {
        moderator: 5,
        expert: 4,
        researcher: 1,
      },
    ),
    source(
      "alga",
      1,
      "2026-05-31",
      300,
      { pedagog: 108, moderator: 140, expert: 40, researcher: 12 },
      {
        moderator: 20,
        expert: 10,
        researcher: 3,
      },
    ),
  ],
  "2026-2027": [
    source(
      "alga",
      3,
      "2027-05-31",
      310,
      { pedagog: 86, moderator: 150, expert: 55, researcher: 18, master: 1 },
      {
        moderator: 15,
        expert: 25,
        researcher: 8,
        master: 1,
      },
    ),
  ],
};

describe("mergeTrend", () => {
  const trend = mergeTrend(SOURCES);
  const [first, second, third] = trend.years;

  it("has the plan's three years in order, each with the 13 districts", () => {
    expect(trend.years.map((y) => y.year)).toEqual(["2025-2026", "2026-2027", "2027-2028"]);
    expect(trend.years.map((y) => y.districts.length)).toEqual([13, 13, 13]);
    expect(TrendSchema.parse(trend)).toEqual(trend);
  });

  it("sums the region from the districts with data and recomputes shares and the stage", () => {
    const region = first!.region!;
    expect(region).toMatchObject({ asOf: "2026-05-31", teachers: 400, districts: 2 });
    expect(region.byCategory).toEqual({ moderator: 185, expert: 52, researcher: 15, master: 0 });
    expect(region.qualitativeShare).toBeCloseTo(67 / 400, 12);
    expect(region.categoryShares.moderator).toBeCloseTo(0.4625, 12);
    const lines = region.stage.categories!;
    // 8% of 400 = 32 against 25; 5% = 20 against 14; 2% = 8 against 4; 0.01% = 0.04 against 0.
    expect(
      (["moderator", "expert", "researcher", "master"] as const).map((k) => [
        lines[k].awarded,
        lines[k].teachersNeeded,
      ]),
    ).toEqual([
      [25, 7],
      [14, 6],
      [4, 4],
      [0, 1],
    ]);
    // The region always ceils (0.04 of a master → 1); its total is the sum of its category rows.
    expect(region.stage.total).toMatchObject({ awarded: 43, teachersNeeded: 18, verdict: "within" });
    expect(region.stage.total!.actual).toBeCloseTo(0.1075, 12);
    expect(region.stage.total!.gapPp).toBeCloseTo(15.01 - 10.75, 9);
  });

  it("keeps each district's own point and revision", () => {
    const alga = first!.districts.find((d) => d.district === "alga")!;
    expect(alga.revision).toBe(1);
    expect(alga.point!.stage.categories!.expert).toMatchObject({ awarded: 10, teachersNeeded: 5 });
    expect(alga.point!.qualitativeShare).toBeCloseTo(52 / 300, 12);
    // 300 teachers: moderator 24 − 20 = 4, expert 15 − 10 = 5, researcher 6 − 3 = 3, master 0.03 of a
    // teacher is the region's target (0): 12, the sum of the rows (not ceil(45.03 − 33) = 13).
    expect(alga.point!.stage.total).toMatchObject({ awarded: 33, teachersNeeded: 12, verdict: "within" });
    expect(alga.point!.stage.categories!.master).toMatchObject({ teachersNeeded: 0, regionalTarget: true });
  });

  it("leaves a district missing in one year null (not zero), and compares the next year with stage 2", () => {
    expect(second!.districts.find((d) => d.district === "temir")).toEqual({
      district: "temir",
      revision: null,
      point: null,
    });
    expect(second!.districts.filter((d) => d.point !== null).map((d) => d.district)).toEqual(["alga"]);
    const region = second!.region!;
    expect(region).toMatchObject({ teachers: 310, districts: 1, asOf: "2027-05-31" });
    expect(region.stage.stage).toBe(2);
    // 6% of 310 = 18.6 against 15 → 4; 9% = 27.9 against 25 → 3; 5% = 15.5 against 8 → 8; master met.
    expect(Object.values(region.stage.categories!).map((l) => l.teachersNeeded)).toEqual([4, 3, 8, 0]);
    expect(region.qualitativeShare).toBeCloseTo(74 / 310, 12);
  });

  it("gives a year without data an empty region and 13 empty districts", () => {
    expect(third!.region).toBeNull();
    expect(third!.districts.every((d) => d.point === null && d.revision === null)).toBe(true);
  });

  it("compares with the targets it is given, not the ones stored at submission", () => {
    const raised: StageTargets[] = [
      {
        stage: 1,
        year: "2025-2026",
        band: { min: 0.1, max: 0.15 },
        targets: { moderator: 0.1, expert: 0.05, researcher: 0.02, master: 0.0001 },
      },
    ];
    const r = mergeTrend(SOURCES, { targets: raised });
    // 10% of 400 = 40 against 25.
    expect(r.years[0]!.region!.stage.categories!.moderator.teachersNeeded).toBe(15);
    expect(r.years[1]!.region!.stage.categories).toBeNull();
  });
});

describe("mergeTrend with groups of organisations", () => {
  const org = (
    district: DistrictId,
    name: string,
    teachers: number,
    stock: Partial<Record<CategoryKey, number>>,
    awarded: Partial<Record<CategoryKey, number>>,
  ): OrganizationSummary => ({
    district,
    key: organizationKey(name),
    name,
    teachers,
    byCategory: counts(stock),
    byEducation: emptyEducationCounts(),
    qualitativeShare: 0,
    awardedInYear: counts(awarded),
  });
  // Parts of the districts' figures above: Temir's Balapan (40 of 100), Alga's Aigolek (120 of 300) in
  // 2025-2026; Aigolek again (130 of 310) in 2026-2027, Temir without data.
  const organizations = {
    "2025-2026": [
      org("temir", "Balapan", 40, { moderator: 20, expert: 6, researcher: 1 }, { moderator: 2, expert: 2 }),
      org("alga", "Aigolek", 120, { moderator: 60, expert: 20, researcher: 4 }, { moderator: 8, expert: 4 }),
      org("alga", "Other", 180, { moderator: 80, expert: 20, researcher: 8 }, { moderator: 12, expert: 6 }),
    ],
    "2026-2027": [
      org(
        "alga",
        "Aigolek",
        130,
        { moderator: 60, expert: 25, researcher: 6, master: 1 },
        { moderator: 6, expert: 10, researcher: 3, master: 1 },
      ),
    ],
  };
  const centres = {
    name: "Centres",
    members: [
      { district: "temir" as const, organization: "balapan " },
      { district: "alga" as const, organization: "Aigolek" },
      { district: "shalkar" as const, organization: "Nowhere" },
    ],
  };
  const trend = mergeTrend(SOURCES, { groups: [centres], organizations });
  const [first, second, third] = trend.years.map((y) => y.groups[0]!);

  it("sums the group's organisations like the region: counts added, shares and the stage recomputed", () => {
    expect(first).toMatchObject({ name: "Centres", organizations: 2, unmatched: 1 });
    const p = first!.point!;
    // Dated by the latest of its districts' report dates (Alga 2026-05-31, Temir 2026-05-20).
    expect(p).toMatchObject({ asOf: "2026-05-31", teachers: 160 });
    expect(p.byCategory).toEqual({ moderator: 80, expert: 26, researcher: 5, master: 0 });
    expect(p.qualitativeShare).toBeCloseTo(31 / 160, 12);
    expect(p.categoryShares.moderator).toBeCloseTo(0.5, 12);
    // Stage 1: 8% of 160 = 12.8 against 10 → 3; 5% = 8 against 6 → 2; 2% = 3.2 against 0 → 4; master
    // 0.016 of a teacher is the region's target, not the group's → 0.
    expect(Object.values(p.stage.categories!).map((l) => l.teachersNeeded)).toEqual([3, 2, 4, 0]);
    expect(p.stage.total).toMatchObject({ awarded: 16 });
    expect(p.stage.total!.actual).toBeCloseTo(16 / 160, 12);
    expect(TrendSchema.parse(trend)).toEqual(trend);
  });

  it("counts only the organisations with data in a year; a year without any is null, not zero", () => {
    expect(second).toMatchObject({ organizations: 1, unmatched: 2 });
    expect(second!.point).toMatchObject({ asOf: "2027-05-31", teachers: 130 });
    expect(second!.point!.stage.stage).toBe(2);
    expect(second!.point!.stage.total).toMatchObject({ awarded: 20 });
    expect(third).toEqual({ name: "Centres", organizations: 0, unmatched: 3, point: null });
  });

  it("has no group without groups", () => {
    expect(mergeTrend(SOURCES).years.every((y) => y.groups.length === 0)).toBe(true);
  });
});
