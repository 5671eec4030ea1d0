import { describe, expect, it } from "vitest";
import { summarise } from "./summary.ts";
import { compareAttestation, sortAttestation } from "./accumulator.ts";
import { readRoster } from "../roster/roster.ts";
import { generateRoster } from "../../sample/roster.ts";
import { SummarySchema } from "../api/schemas.ts";
import type { CategoryKey, FieldKey, TeacherRow } from "../types.ts";
import { teacherRow } from "../../testing/teacher-row.ts";

let nextRow = 2;
function teacher(over: Partial<TeacherRow> = {}): TeacherRow {
  const organization = over.organization ?? "№1 «Балапан» балабақшасы";
  return teacherRow({
    row: nextRow++,
    fullName: "Кенжебаева Айгүл Серікқызы",
    organizationKey: organization.toLowerCase(),
    category: "moderator",
    ...over,
  });
}

const REQUIRED: FieldKey[] = ["fullName", "organization", "education", "category"];
const asOf = "2025-11-20";

function many(n: number, over: Partial<TeacherRow>): TeacherRow[] {
  return Array.from({ length: n }, () => teacher(over));
}

describe("summarise: stock", () => {
  it("counts every teacher by category and education, unreadable values under unknown", () => {
    const rows = [
      ...many(3, { category: "expert" }),
      ...many(2, { category: "researcher", education: "vocational" }),
      teacher({ category: "master" }),
      ...many(4, { category: "moderator" }),
      teacher({ category: "legacy-higher", education: null, unreadable: ["education"] }),
      teacher({ category: null, unreadable: ["category"] }),
      teacher({ category: "none", education: "secondary" }),
    ];
    const s = summarise(rows, { asOf, present: REQUIRED });
    expect(s.teachers).toBe(13);
    expect(s.byCategory).toEqual({
      none: 1,
      trainee: 0,
      pedagog: 0,
      moderator: 4,
      expert: 3,
      researcher: 2,
      master: 1,
      "legacy-higher": 1,
      "legacy-first": 0,
      "legacy-second": 0,
      unknown: 1,
    });
    expect(s.byEducation).toEqual({ higher: 9, vocational: 2, secondary: 1, unknown: 1 });
    expect(s.qualitativeShare).toBeCloseTo(6 / 13, 12);
    // moderator..master and legacy count as "has a category"; none and unknown do not.
    expect(s.anyCategoryShare).toBeCloseTo(11 / 13, 12);
    expect(s.categoryShares.expert).toBeCloseTo(3 / 13, 12);
    expect(s.educationShares.unknown).toBeCloseTo(1 / 13, 12);
    const sum = Object.values(s.byCategory).reduce((a, b) => a + b, 0);
    expect(sum).toBe(s.teachers);
    expect(s.year).toBe("2025-2026");
    expect(SummarySchema.parse(s)).toEqual(s);
  });

  it("gives zeros, never NaN, for an empty roster", () => {
    const s = summarise([], { asOf, present: [] });
    expect(s.teachers).toBe(0);
    expect(s.qualitativeShare).toBe(0);
    expect(s.anyCategoryShare).toBe(0);
    expect(Object.values(s.categoryShares).every((v) => v === 0)).toBe(true);
    // No teacher, no comparison: the stage and its band are named, its figures are no data (not a 0% share
    // "below the band" with the whole 15.01 pp as the gap).
    expect(s.stage).toMatchObject({ stage: 1, band: { min: 0.1, max: 0.15 }, categories: null, total: null });
    expect(SummarySchema.parse(s)).toEqual(s);
  });

  it("counts organisations by normalised key and sorts them by name", () => {
    const rows = [
      teacher({ organization: "№2 «Ақбота» бөбекжайы", organizationKey: "2 ақбота бөбекжайы" }),
      teacher({ organization: "№1  Балапан", organizationKey: "1 балапан" }),
      teacher({ organization: "№1 Балапан", organizationKey: "1 балапан", category: "expert" }),
      teacher({ organization: "", organizationKey: "" }),
    ];
    const s = summarise(rows, { asOf, district: "alga", present: REQUIRED });
    expect(s.organizations).toBe(2);
    expect(s.byOrganization.map((o) => [o.district, o.name, o.teachers])).toEqual([
      ["alga", "", 1],
      ["alga", "№1  Балапан", 2],
      ["alga", "№2 «Ақбота» бөбекжайы", 1],
    ]);
    expect(s.byOrganization[1]!.qualitativeShare).toBe(0.5);
  });
});

it("counts an organisation's teachers together wherever its rows stand, keeping its smallest spelling", () => {
  const a = (over: Partial<TeacherRow>) => teacher({ organizationKey: "1 балапан", ...over });
  const b = (over: Partial<TeacherRow>) => teacher({ organizationKey: "2 ақбота", ...over });
  const rows = [
    a({ organization: "№1 Балапан", category: "expert", categoryDate: "2025-10-01" }),
    a({ organization: "№1 Балапан", category: null, education: null }),
    b({ organization: "№2 Ақбота", category: "master", education: "vocational" }),
    // Back to the first organisation, in a spelling that sorts before the first one seen.
    a({ organization: "№1  Балапан", category: "expert", categoryDate: "2024-10-01" }),
    b({ organization: "№2 Ақбота", category: "moderator", categoryDate: "2025-09-01" }),
    a({ organization: "№1 Балапан", category: "moderator", education: "secondary" }),
  ];
  const s = summarise(rows, { asOf, district: "alga", present: REQUIRED });
  expect(s.organizations).toBe(2);
  const [first, second] = s.byOrganization;
  expect(first).toMatchObject({
    key: "1 балапан",
    name: "№1  Балапан",
    teachers: 4,
    byCategory: { expert: 2, moderator: 1, unknown: 1, master: 0 },
    byEducation: { higher: 2, secondary: 1, unknown: 1, vocational: 0 },
    awardedInYear: { expert: 1, moderator: 0 },
    qualitativeShare: 0.5,
  });
  expect(second).toMatchObject({
    key: "2 ақбота",
    name: "№2 Ақбота",
    teachers: 2,
    byCategory: { master: 1, moderator: 1 },
    byEducation: { vocational: 1, higher: 1 },
    awardedInYear: { moderator: 1, expert: 0 },
  });
  // The unit's own counts are the organisations' sums.
  expect(s.teachers).toBe(6);
  expect(s.byCategory).toMatchObject({ expert: 2, master: 1, moderator: 2, unknown: 1 });
  expect(s.awardedInYear).toMatchObject({ expert: 1, moderator: 1 });
  expect(s.byEducation).toEqual({ higher: 3, vocational: 1, secondary: 1, unknown: 1 });
});

describe("summarise: awards in the academic year and the stage comparison", () => {
  it("places award dates by 1 September – 31 August and never guesses a bare year", () => {
    const rows = [
      teacher({ category: "expert", categoryDate: "2025-08-31" }),
      teacher({ category: "expert", categoryDate: "2025-09-01" }),
      teacher({ category: "researcher", categoryDate: "2026-08-31" }),
      teacher({ category: "moderator", categoryDate: "2026-09-01" }),
      teacher({ category: "moderator", categoryDate: "2025-09-01", categoryDateYearOnly: true }),
      teacher({ category: "moderator", categoryDate: "2026-09-01", categoryDateYearOnly: true }),
      teacher({ category: "moderator", categoryDate: "2024-09-01", categoryDateYearOnly: true }),
    ];
    const s = summarise(rows, { asOf: "2026-09-10", year: "2025-2026", present: REQUIRED });
    expect(s.awardedInYear.expert).toBe(1);
    expect(s.awardedInYear.researcher).toBe(1);
    expect(s.awardedInYear.moderator).toBe(0);
    expect(s.awardedYearUnknown).toBe(2);
    expect(s.byOrganization[0]!.awardedInYear.expert).toBe(1);
  });

  it("computes target, actual, gap and teachers still needed without float noise", () => {
    // 2500 teachers, 150 moderators and 100 experts awarded in 2025-2026.
    const rows = [
      ...many(150, { category: "moderator", categoryDate: "2025-10-01" }),
      ...many(100, { category: "expert", categoryDate: "2026-03-15" }),
      ...many(2250, { category: "none" }),
    ];
    const s = summarise(rows, { asOf: "2026-05-01", present: REQUIRED });
    const { stage } = s;
    expect(stage.stage).toBe(1);
    expect(stage.band).toEqual({ min: 0.1, max: 0.15 });
    const moderator = stage.categories!.moderator;
    expect(moderator.target).toBe(0.08);
    expect(moderator.actual).toBe(0.06);
    expect(moderator.gapPp).toBeCloseTo(2, 9);
    expect(moderator.teachersNeeded).toBe(50); // 0.08 × 2500 = 200 − 150
    expect(stage.categories!.expert.teachersNeeded).toBe(25); // 125 − 100
    expect(stage.categories!.researcher.teachersNeeded).toBe(50);
    // 0.01% of 2500 is a quarter of a teacher: a regional target, not asked of this district
    expect(stage.categories!.master.teachersNeeded).toBe(0);
    expect(stage.categories!.master.regionalTarget).toBe(true);
    expect(stage.total!.target).toBe(0.1501);
    expect(stage.total!.awarded).toBe(250);
    expect(stage.total!.actual).toBe(0.1);
    expect(stage.total!.verdict).toBe("within");
    expect(stage.total!.teachersNeeded).toBe(125); // the category rows: 50 + 25 + 50 + 0
  });

  it("needs exactly 200 moderators of 2500 when none is awarded (0.08 × 2500 is not 201)", () => {
    const s = summarise(many(2500, { category: "none" }), { asOf: "2025-10-01", present: REQUIRED });
    expect(s.stage.categories!.moderator.teachersNeeded).toBe(200);
    expect(s.stage.total!.verdict).toBe("below");
  });

  it("uses the targets table it is given and has no stage outside the plan", () => {
    const rows = many(10, { category: "expert", categoryDate: "2028-10-01" });
    const outside = summarise(rows, { asOf: "2028-12-01", present: REQUIRED });
    expect(outside.stage).toEqual({
      stage: null,
      year: "2028-2029",
      band: null,
      categories: null,
      total: null,
    });
    const custom = summarise(rows, {
      asOf: "2028-12-01",
      present: REQUIRED,
      targets: [
        {
          stage: 3,
          year: "2028-2029",
          band: { min: 0.5, max: 1 },
          targets: { moderator: 0, expert: 0.9, researcher: 0, master: 0 },
        },
      ],
    });
    expect(custom.stage.categories!.expert).toEqual({
      target: 0.9,
      actual: 1,
      awarded: 10,
      gapPp: -10,
      teachersNeeded: 0,
      regionalTarget: false,
    });
    expect(custom.stage.total!.verdict).toBe("within");
  });
});

describe("summarise: optional indicators", () => {
  it("counts courses and internships by calendar year, only where the column exists", () => {
    const rows = [
      teacher({ lastCourseDate: "2026-02-01", internship: "2027-04-01" }),
      teacher({ lastCourseDate: "2026-12-31", internship: true }),
      teacher({ lastCourseDate: "2024-05-05", internship: false }),
      teacher({ lastCourseDate: null, internship: null }),
    ];
    const without = summarise(rows, { asOf, present: REQUIRED });
    expect(without.coursesByYear["2026"]).toEqual({ count: 0, covered: 0 });
    const s = summarise(rows, { asOf, present: [...REQUIRED, "lastCourseDate", "internship"] });
    expect(Object.keys(s.coursesByYear)).toEqual(["2025", "2026", "2027", "2028"]);
    expect(s.coursesByYear["2026"]).toEqual({ count: 2, covered: 4 });
    expect(s.coursesByYear["2025"]).toEqual({ count: 0, covered: 4 });
    expect(s.internshipsByYear["2027"]).toEqual({ count: 1, covered: 4 });
    expect(s.internshipsByYear["2026"]).toEqual({ count: 0, covered: 4 });
  });

  it("counts event participation and young specialists without a mentor", () => {
    const rows = [
      teacher({ eventParticipation: true, experienceYears: 1, mentor: null }),
      teacher({ eventParticipation: true, experienceYears: 2.5, mentor: "Ахметова Гүлнар" }),
      teacher({ eventParticipation: false, experienceYears: 3, mentor: null }),
      teacher({ eventParticipation: null, experienceYears: null, mentor: null }),
      teacher({ experienceYears: 0, mentor: null }),
      // The mentor cell could not be read: unknown, not "no mentor".
      teacher({ experienceYears: 1, mentor: null, unreadable: ["mentor"] }),
    ];
    const s = summarise(rows, {
      asOf,
      present: [...REQUIRED, "eventParticipation", "experienceYears", "mentor"],
    });
    expect(s.eventParticipation).toEqual({ count: 2, covered: 6 });
    expect(s.youngWithoutMentor).toEqual({ count: 2, covered: 6 });
    const noMentorColumn = summarise(rows, { asOf, present: [...REQUIRED, "experienceYears"] });
    expect(noMentorColumn.youngWithoutMentor).toEqual({ count: 0, covered: 0 });
  });
});

describe("summarise: attestation", () => {
  it("lists overdue categories and the teachers due by academic year, sorted", () => {
    const mk = (
      fullName: string,
      category: CategoryKey,
      categoryDate: string,
      organization = "№5 Ясли-сад",
    ) => teacher({ fullName, category, categoryDate, organization, organizationKey: organization });
    const rows = [
      mk("Бекова Сәуле", "expert", "2021-03-15"), // expires 2026-03-15: due 2025-2026
      mk("Ахметова Гүлнар", "moderator", "2021-03-15", "№1 Балапан"), // same day, other organisation
      mk("Есенова Жанар", "legacy-first", "2020-02-29"), // expired 2025-02-28: overdue, due 2024-2025 → not listed
      mk("Қалиева Динара", "researcher", "2022-10-01"), // 2027-10-01: due 2027-2028
      mk("Жұмабаева Әсем", "pedagog", "2021-09-01"), // 2026-09-01: due 2026-2027
      mk("Нұрланова Айжан", "trainee", "2020-01-01"), // trainee carries no expiry
      mk("Сәрсенова Мадина", "none", "2019-01-01"),
      mk("Төлеуова Алия", "master", "2024-05-05"), // 2029: after the period
      teacher({ category: "expert", categoryDate: "2019-09-01", categoryDateYearOnly: true }), // 2024: overdue for sure
      teacher({ category: "expert", categoryDate: "2020-09-01", categoryDateYearOnly: true }), // 2025: not certain
    ];
    const s = summarise(rows, { asOf: "2025-11-20", district: "temir", present: REQUIRED });
    expect(s.attestationOverdue).toBe(2);
    expect(s.attestationYearUnknown).toBe(2);
    expect(s.attestationDueByYear).toEqual({ "2025-2026": 2, "2026-2027": 1, "2027-2028": 1 });
    expect(s.attestationDue.map((e) => [e.expires, e.organization, e.fullName, e.year])).toEqual([
      ["2026-03-15", "№1 Балапан", "Ахметова Гүлнар", "2025-2026"],
      ["2026-03-15", "№5 Ясли-сад", "Бекова Сәуле", "2025-2026"],
      ["2026-09-01", "№5 Ясли-сад", "Жұмабаева Әсем", "2026-2027"],
      ["2027-10-01", "№5 Ясли-сад", "Қалиева Динара", "2027-2028"],
    ]);
    expect(s.attestationDue[0]).toEqual({
      district: "temir",
      organization: "№1 Балапан",
      fullName: "Ахметова Гүлнар",
      category: "moderator",
      categoryDate: "2021-03-15",
      expires: "2026-03-15",
      year: "2025-2026",
    });
    const later = summarise(rows, { asOf: "2026-03-16", district: "temir", present: REQUIRED });
    // Both 2026-03-15 expiries, plus the bare 2020 award: all of 2025 now lies before the report date.
    expect(later.attestationOverdue).toBe(5);
  });
});

describe("summarise: attestation due lists only this year and later", () => {
  it("leaves a past academic year out of 2026-2027 figures (no '2025-2026: 0')", () => {
    const rows = [
      teacher({ categoryDate: "2021-03-01" }), // expires 2026-03-01: 2025-2026, overdue by 2026-11
      teacher({ categoryDate: "2021-10-01" }), // expires 2026-10-01: 2026-2027
      teacher({ categoryDate: "2022-12-01" }), // expires 2027-12-01: 2027-2028
    ];
    const s = summarise(rows, { asOf: "2026-11-20", present: [...REQUIRED, "categoryDate"] });
    expect(s.year).toBe("2026-2027");
    expect(s.attestationDueByYear).toEqual({ "2026-2027": 1, "2027-2028": 1 });
    expect(s.attestationDue.map((e) => e.year)).toEqual(["2026-2027", "2027-2028"]);
    expect(s.attestationOverdue).toBe(2); // the 2026-03-01 expiry and the 2026-10-01 one, both past
    expect(summarise(rows, { asOf, present: REQUIRED }).attestationDueByYear).toEqual({
      "2025-2026": 1,
      "2026-2027": 1,
      "2027-2028": 1,
    });
  });
});

describe("sortAttestation", () => {
  it("puts a roster's attestation list in compareAttestation's order, whatever order it came in", () => {
    const asOf = "2026-05-31";
    const grid = generateRoster({ seed: 21, rows: 3000, district: "kobda", lang: "ru", asOf });
    const list = readRoster(grid, { asOf, figures: { district: "kobda" } }).summary!.attestationDue;
    expect(list.length).toBeGreaterThan(1000);
    // Reversed and interleaved: every day's entries arrive out of order and apart.
    const scrambled = [...list].reverse();
    for (let i = 0; i + 7 < scrambled.length; i += 7)
      [scrambled[i], scrambled[i + 7]] = [scrambled[i + 7]!, scrambled[i]!];
    const expected = [...scrambled].sort(compareAttestation);
    sortAttestation(scrambled);
    expect(scrambled).toEqual(expected);
    expect(scrambled).toEqual(list);
    expect(new Set(list.map((e) => e.expires)).size).toBeGreaterThan(100);
  });
});
