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

  it("gives a year without data an empty region and 13 empty districts, and still the band it will be held to", () => {
    expect(third!.region).toBeNull();
    expect(third!.districts.every((d) => d.point === null && d.revision === null)).toBe(true);
    expect(third!.band).toEqual({ min: 0.2, max: 0.25 });
    // The band comes from the targets in force; a year they do not cover has none.
    const moved = mergeTrend(SOURCES, {
      targets: [
        {
          stage: 3,
          year: "2027-2028",
          band: { min: 0.22, max: 0.27 },
          targets: { moderator: 0.05, expert: 0.12, researcher: 0.08, master: 0.0004 },
        },
      ],
    });
    expect(moved.years.map((y) => y.band)).toEqual([null, null, { min: 0.22, max: 0.27 }]);
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

describe("mergeTrend's other plan indicators", () => {
  const ind = (count: number, covered: number) => ({ count, covered });
  const withIndicators = (
    s: TrendSource,
    courses: Record<string, { count: number; covered: number }>,
    internships: Record<string, { count: number; covered: number }>,
    events: { count: number; covered: number },
  ): TrendSource => ({
    ...s,
    summary: {
      ...s.summary,
      coursesByYear: courses,
      internshipsByYear: internships,
      eventParticipation: events,
    },
  });
  const none = { "2025": ind(0, 0), "2026": ind(0, 0), "2027": ind(0, 0), "2028": ind(0, 0) };
  // 2026-2027, the newest year with data: Temir (100 teachers, every column), Alga (300, no internship
  // column, events for 250 of them), Khromtau (figures without indicators). 2025-2026 is older: not read.
  const sources = {
    "2025-2026": [
      withIndicators(
        source("temir", 1, "2026-05-20", 90, {}, {}),
        { "2026": ind(50, 90) },
        { "2026": ind(9, 90) },
        ind(90, 90),
      ),
    ],
    "2026-2027": [
      withIndicators(
        source("temir", 2, "2027-05-20", 100, {}, {}),
        { "2025": ind(3, 100), "2026": ind(41, 100), "2027": ind(12, 100), "2028": ind(0, 100) },
        { "2025": ind(0, 100), "2026": ind(2, 100), "2027": ind(1, 100), "2028": ind(0, 100) },
        ind(60, 100),
      ),
      withIndicators(
        source("alga", 3, "2027-05-31", 300, {}, {}),
        { "2025": ind(10, 300), "2026": ind(130, 300), "2027": ind(95, 300), "2028": ind(0, 300) },
        none,
        ind(180, 250),
      ),
      source("khromtau", 1, "2027-05-25", 80, {}, {}),
    ],
  };

  it("adds the districts of the newest year with data, with the plan's targets by default", () => {
    const trend = mergeTrend(sources);
    expect(trend.indicators).toEqual({
      year: "2026-2027",
      districts: 3,
      // 3 + 10, 41 + 130, 12 + 95: Khromtau has no such column and adds nothing, not even to `covered`.
      coursesByYear: {
        "2025": ind(13, 400),
        "2026": ind(171, 400),
        "2027": ind(107, 400),
        "2028": ind(0, 400),
      },
      // Alga has no internship column: only Temir's 100 teachers are covered.
      internshipsByYear: {
        "2025": ind(0, 100),
        "2026": ind(2, 100),
        "2027": ind(1, 100),
        "2028": ind(0, 100),
      },
      eventParticipation: ind(240, 350),
      targets: {
        courses: { "2026": 595, "2027": 510, "2028": 550 },
        internships: { "2026": 25, "2027": 30, "2028": 35 },
        eventParticipation: 0.7,
      },
    });
    expect(TrendSchema.parse(trend)).toEqual(trend);
  });

  it("carries the region's own targets when given", () => {
    const targets = { courses: { "2026": 200 }, internships: { "2026": 4 }, eventParticipation: 0.8 };
    expect(mergeTrend(sources, { indicatorTargets: targets }).indicators?.targets).toEqual(targets);
  });

  it("reads an older year when the newer ones have no data; covered 0 where no district had the column", () => {
    const trend = mergeTrend({ "2025-2026": [source("alga", 1, "2026-05-31", 300, {}, {})] });
    expect(trend.indicators).toMatchObject({
      year: "2025-2026",
      districts: 1,
      coursesByYear: {},
      internshipsByYear: {},
      eventParticipation: ind(0, 0),
    });
  });

  it("is null when no year has data", () => {
    const trend = mergeTrend({});
    expect(trend.indicators).toBeNull();
    expect(TrendSchema.parse(trend)).toEqual(trend);
  });
});
