import { describe, expect, it } from "vitest";
import { candidatesFor, type CandidateTeacher } from "./candidates.ts";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { summarise } from "./summary.ts";
import { STAGE_CATEGORY_KEYS, type CategoryKey, type DistrictId } from "../types.ts";

const YEAR = "2025-2026"; // 2025-09-01 … 2026-08-31

let n = 0;
function t(
  district: DistrictId,
  organization: string,
  category: CategoryKey | null,
  categoryDate: string | null,
  yearOnly = false,
): CandidateTeacher {
  n++;
  return {
    district,
    organization,
    organizationKey: organization.toLowerCase(),
    fullName: `Мұғалім ${String(n).padStart(2, "0")}`,
    category,
    categoryDate,
    categoryDateYearOnly: yearOnly,
  };
}

// Alga, one kindergarten of 12; Temir, "Айгөлек" of 40 and its own "№1 балабақша" of 1.
const ALGA = [
  t("alga", "№1 балабақша", "pedagog", "2023-05-10"), // 01 moderator: 2 years by 2025-05-10
  t("alga", "№1 балабақша", "pedagog", "2024-09-01"), // 02 not yet: 2 years only on 2026-09-01
  t("alga", "№1 балабақша", "pedagog", "2024-08-31"), // 03 moderator: 2 years on the year's last day
  t("alga", "№1 балабақша", "pedagog", null), // 04 moderator uncertain: no award date
  t("alga", "№1 балабақша", "moderator", "2021-03-15"), // 05 moderator renewal (expires 2026-03-15) and expert
  t("alga", "№1 балабақша", "moderator", "2025-10-01"), // 06 awarded moderator in the year, nobody's candidate
  t("alga", "№1 балабақша", "expert", "2022-01-20"), // 07 researcher
  t("alga", "№1 балабақша", "expert", "2024-01-01", true), // 08 researcher uncertain: 2024 straddles the limit
  t("alga", "№1 балабақша", "researcher", "2020-06-01"), // 09 master (its own renewal was due in 2024-2025)
  t("alga", "№1 балабақша", "legacy-higher", "2019-01-01"), // 10 legacy: never folded in
  t("alga", "№1 балабақша", "none", null), // 11
  t("alga", "№1 балабақша", "moderator", "2021-01-01", true), // 12 expert; moderator renewal uncertain
];
const TEMIR = [
  ...Array.from({ length: 36 }, () => t("temir", "Айгөлек", "pedagog", "2025-01-15")), // too recent
  ...Array.from({ length: 4 }, () => t("temir", "Айгөлек", "moderator", "2019-05-05")), // expert (overdue)
  t("temir", "№1 балабақша", "pedagog", "2020-02-02"), // moderator
];

const line = (
  needed: number | null,
  candidates: number,
  uncertain: number,
  shortfall: number | null,
  regionalTarget = false,
) => ({ needed, candidates, uncertain, shortfall, regionalTarget });

describe("candidatesFor", () => {
  const report = candidatesFor([...TEMIR, ...ALGA], { year: YEAR, scope: "region" });

  it("counts needed awards, candidates and shortfall per organisation (targets 8/5/2/0.01%)", () => {
    expect(report.minYearsSinceAward).toBe(2);
    expect(report.stage).toBe(1);
    expect(report.byOrganization.map((o) => [o.district, o.name, o.teachers])).toEqual([
      ["alga", "№1 балабақша", 12],
      ["temir", "Айгөлек", 40],
      ["temir", "№1 балабақша", 1],
    ]);
    // Alga: 12 teachers, 1 moderator awarded in the year: needed ceil(0.96 − 1) → 0, ceil(0.6) = 1; 2% of
    // 12 = 0.24 and 0.01% = 0.0012 of a teacher are less than half a teacher: regional targets, 0 here.
    expect(report.byOrganization[0]!.categories).toEqual({
      moderator: line(0, 3, 2, 0),
      expert: line(1, 2, 0, 0),
      researcher: line(0, 1, 1, 0, true),
      master: line(0, 1, 0, 0, true),
    });
    // Aigolek: 40 teachers, nothing awarded: ceil(3.2) = 4 moderators needed and no candidate; 2% = 0.8 → 1.
    expect(report.byOrganization[1]!.categories).toEqual({
      moderator: line(4, 0, 0, 4),
      expert: line(2, 4, 0, 0),
      researcher: line(1, 0, 0, 1),
      master: line(0, 0, 0, 0, true),
    });
  });

  it("counts per district and in total from the teachers, not by adding organisations' needs", () => {
    expect(report.byDistrict.map((d) => [d.district, d.teachers])).toEqual([
      ["alga", 12],
      ["temir", 41],
    ]);
    expect(report.byDistrict[1]!.categories).toEqual({
      moderator: line(4, 1, 0, 3), // ceil(0.08 × 41) = ceil(3.28)
      expert: line(3, 4, 0, 0), // ceil(2.05)
      researcher: line(1, 0, 0, 1), // 0.82 of a teacher → 1
      master: line(0, 0, 0, 0, true), // 0.0041 of a teacher: the region's target
    });
    // The region on its own totals always ceils. 53 teachers, 1 moderator awarded: ceil(4.24 − 1) = 4,
    // ceil(2.65) = 3, ceil(1.06) = 2, ceil(0.0053) = 1.
    expect(report.total).toEqual({
      teachers: 53,
      categories: {
        moderator: line(4, 4, 2, 0),
        expert: line(3, 6, 0, 0),
        researcher: line(2, 1, 1, 1),
        master: line(1, 1, 0, 0),
      },
    });
  });

  it("lists the candidates by name with the reason, a falling-due moderator under two categories", () => {
    expect(report.candidates.map((c) => [c.district, c.fullName, c.holds, c.for, c.reason])).toEqual([
      ["alga", "Мұғалім 01", "pedagog", "moderator", "next"],
      ["alga", "Мұғалім 03", "pedagog", "moderator", "next"],
      ["alga", "Мұғалім 05", "moderator", "moderator", "renewal"],
      ["alga", "Мұғалім 05", "moderator", "expert", "next"],
      ["alga", "Мұғалім 12", "moderator", "expert", "next"],
      ["alga", "Мұғалім 07", "expert", "researcher", "next"],
      ["alga", "Мұғалім 09", "researcher", "master", "next"],
      ...TEMIR.slice(36, 40).map((x) => ["temir", x.fullName, "moderator", "expert", "next"]),
      ["temir", TEMIR[40]!.fullName, "pedagog", "moderator", "next"],
    ]);
  });

  it("follows the region's minimum: 3 years drops the 2024 pedagog, 0 admits this year's", () => {
    const three = candidatesFor(ALGA, { year: YEAR, minYearsSinceAward: 3 });
    expect(three.minYearsSinceAward).toBe(3);
    // 01 (2023-05-10 + 3 = 2026-05-10) stays, 03 (2024-08-31 + 3) goes.
    expect(three.total.categories.moderator).toEqual(line(0, 2, 2, 0));
    const zero = candidatesFor(TEMIR, { year: YEAR, minYearsSinceAward: 0 });
    expect(zero.total.categories.moderator).toEqual(line(4, 37, 0, 0));
    expect(() => candidatesFor(ALGA, { year: YEAR, minYearsSinceAward: 1.5 })).toThrow(RangeError);
    expect(() => candidatesFor(ALGA, { year: YEAR, minYearsSinceAward: 6 })).toThrow(RangeError);
  });

  it("moves with the year: in 2026-2027 the 2024-09-01 pedagog is a candidate and targets are stage 2", () => {
    const next = candidatesFor(ALGA, { year: "2026-2027" });
    expect(next.stage).toBe(2);
    // Stage 2: moderator 6% of 12 = 0.72 → 1 (nothing awarded in 2026-2027); the 2021 bare-year moderator
    // may fall due in this year or the one before: uncertain.
    expect(next.total.categories.moderator).toEqual(line(1, 3, 2, 0));
    expect(next.candidates.filter((c) => c.for === "moderator").map((c) => c.fullName)).toEqual([
      "Мұғалім 01",
      "Мұғалім 02",
      "Мұғалім 03",
    ]);
    // The moderator of 2025-10-01 reaches 2 years only on 2027-10-01, after the year's end; the expert of
    // 2022-01-20 falls due on 2027-01-20, inside the year.
    expect(next.candidates.filter((c) => c.for === "expert").map((c) => [c.fullName, c.reason])).toEqual([
      ["Мұғалім 05", "next"],
      ["Мұғалім 07", "renewal"],
      ["Мұғалім 12", "next"],
    ]);
  });

  it("judges a pedagog without an award date by pedagogical experience; undecided only without either", () => {
    const undated = (experienceYears: number | null) => ({
      ...t("kargaly", "Ақбота", "pedagog", null),
      experienceYears,
    });
    // Minimum 2: 3 years of experience is a candidate, 1 is not, an empty cell is undecided.
    const result = candidatesFor([undated(3), undated(1), undated(null), undated(2)], { year: YEAR });
    expect(result.total.categories.moderator).toMatchObject({ candidates: 2, uncertain: 1 });
    // Counted in the district's and the organisation's rows as well, not only in a region footnote.
    expect(result.byDistrict[0]!.categories.moderator).toMatchObject({ candidates: 2, uncertain: 1 });
    expect(result.byOrganization[0]!.categories.moderator).toMatchObject({ candidates: 2, uncertain: 1 });
    expect(result.candidates.map((c) => c.reason)).toEqual(["next", "next"]);
    // Experience decides only the first category: a moderator without a date stays undecided for expert.
    const moderator = { ...t("kargaly", "Ақбота", "moderator", null), experienceYears: 20 };
    expect(candidatesFor([moderator], { year: YEAR }).total.categories.expert).toMatchObject({
      candidates: 0,
      uncertain: 1,
    });
  });

  it("has no needed awards outside the plan, but still lists the candidates", () => {
    const late = candidatesFor(ALGA, { year: "2030-2031" });
    expect(late.stage).toBeNull();
    expect(late.total.categories.expert).toEqual(line(null, 3, 0, null));
  });

  it("needs exactly the summary's teachers still needed on a generated district roster", () => {
    const read = readRoster(
      generateRoster({
        seed: 5,
        rows: 400,
        district: "mugalzhar",
        lang: "kk",
        year: YEAR,
        asOf: "2026-05-31",
      }),
      { asOf: "2026-05-31" },
    );
    const summary = summarise(read.teachers, { asOf: "2026-05-31", year: YEAR, present: read.present });
    const result = candidatesFor(read.teachers, { year: YEAR });
    for (const k of STAGE_CATEGORY_KEYS)
      expect(result.total.categories[k].needed).toBe(summary.stage.categories![k].teachersNeeded);
    expect(result.total.teachers).toBe(400);
    expect(result.byOrganization.reduce((s, o) => s + o.categories.expert.candidates, 0)).toBe(
      result.total.categories.expert.candidates,
    );
    expect(result.total.categories.expert.candidates).toBe(
      result.candidates.filter((c) => c.for === "expert").length,
    );
  });
});
