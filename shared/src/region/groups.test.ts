import { describe, expect, it } from "vitest";
import {
  GroupNameSchema,
  GroupPutRequestSchema,
  GroupReportSchema,
  groupFigures,
  groupKey,
  groupReport,
  matchGroupMembers,
} from "./groups.ts";
import { mergeSummaries } from "../figures/merge.ts";
import { organizationKey } from "../roster/organization.ts";
import { summarise } from "../figures/summary.ts";
import type { CategoryKey, DistrictId, FieldKey, TeacherRow } from "../types.ts";

function teacher(
  organization: string,
  category: CategoryKey,
  categoryDate: string | null = null,
): TeacherRow {
  return {
    row: 2,
    fullName: "Сейітқалиева Гүлнар Асқарқызы",
    organization,
    organizationKey: organizationKey(organization),
    education: "higher",
    category,
    iin: null,
    iinKey: null,
    position: "тәрбиеші",
    categoryDate,
    categoryDateYearOnly: false,
    experienceYears: 6,
    lastCourseDate: null,
    mentor: null,
    internship: null,
    eventParticipation: null,
    unreadable: [],
  };
}

const present: FieldKey[] = ["fullName", "organization", "education", "category", "categoryDate"];
const YEAR = "2025-2026";
const many = (n: number, org: string, category: CategoryKey, date: string | null = null) =>
  Array.from({ length: n }, () => teacher(org, category, date));

// Shalkar's competence centre "Ясли-сад № 5" (10 teachers), Alga's "Айгөлек" (10), and organisations outside the group.
const rows: Record<DistrictId, TeacherRow[]> = {
  shalkar: [
    ...many(4, "ГККП «Ясли-сад № 5»", "expert"),
    ...many(2, "ГККП «Ясли-сад № 5»", "moderator", "2025-10-01"),
    ...many(4, "ГККП «Ясли-сад № 5»", "pedagog"),
    ...many(7, "№1 балабақша", "pedagog"),
  ],
  alga: [
    ...many(1, "«Айгөлек» балабақшасы", "researcher", "2025-11-20"),
    ...many(1, "«Айгөлек» балабақшасы", "expert", "2026-03-01"),
    ...many(8, "«Айгөлек» балабақшасы", "pedagog"),
    ...many(5, "№1 балабақша", "master"),
  ],
} as Record<DistrictId, TeacherRow[]>;

const region = mergeSummaries(
  (["shalkar", "alga"] as const).map((d) =>
    summarise(rows[d], { asOf: "2026-04-01", year: YEAR, district: d, present }),
  ),
);

const members = [
  { district: "shalkar" as const, organization: "гккп ясли-сад №5" },
  { district: "alga" as const, organization: "Айгөлек балабақшасы" },
  // Alga's "№1 балабақша" is in the data, Temir's is not: same name, another district.
  { district: "temir" as const, organization: "№1 балабақша" },
  { district: "alga" as const, organization: "Жұлдыз" },
];

describe("matchGroupMembers", () => {
  it("matches by district and the shared organisation key, and lists the members found nowhere", () => {
    const { matched, unmatched } = matchGroupMembers(members, region.byOrganization);
    expect(matched.map((o) => [o.district, o.name, o.teachers])).toEqual([
      ["alga", "«Айгөлек» балабақшасы", 10],
      ["shalkar", "ГККП «Ясли-сад № 5»", 10],
    ]);
    expect(unmatched).toEqual([
      { district: "temir", organization: "№1 балабақша" },
      { district: "alga", organization: "Жұлдыз" },
    ]);
  });

  it("counts a member written twice once", () => {
    const twice = [
      members[0]!,
      { district: "shalkar" as const, organization: "ЯСЛИ-САД № 5 ГККП" },
      members[0]!,
    ];
    const { matched, unmatched } = matchGroupMembers(twice, region.byOrganization);
    expect(matched).toHaveLength(1);
    expect(unmatched).toEqual([{ district: "shalkar", organization: "ЯСЛИ-САД № 5 ГККП" }]);
  });
});

describe("groupFigures", () => {
  const { matched } = matchGroupMembers(members, region.byOrganization);
  const figures = groupFigures(matched, YEAR);

  it("adds the organisations' teachers and categories, and the qualitative composition follows", () => {
    expect(figures.teachers).toBe(20);
    expect(figures.organizations).toBe(2);
    expect(figures.byCategory.expert).toBe(5);
    expect(figures.byCategory.researcher).toBe(1);
    expect(figures.byCategory.pedagog).toBe(12);
    // (5 expert + 1 researcher) / 20 teachers.
    expect(figures.qualitativeShare).toBeCloseTo(0.3, 12);
    expect(figures.categoryShares.moderator).toBeCloseTo(0.1, 12);
  });

  it("compares the year's awards with stage 1 targets", () => {
    expect(figures.awardedInYear).toMatchObject({ moderator: 2, expert: 1, researcher: 1, master: 0 });
    expect(figures.stage.stage).toBe(1);
    // expert: target 5% of 20 = 1, 1 awarded → none needed; researcher 2% → 0.4, 1 awarded; moderator 8% → 1.6, 2 awarded.
    expect(figures.stage.categories?.expert).toMatchObject({ awarded: 1, teachersNeeded: 0 });
    expect(figures.stage.categories?.expert.actual).toBeCloseTo(0.05, 12);
    // master 0.01% of 20 is 0.002 of a teacher: the region's target, not the group's.
    expect(figures.stage.categories?.master).toMatchObject({ teachersNeeded: 0, regionalTarget: true });
    // total: the category rows' 0 + 0 + 0 + 0; actual 20% is above the 10-15% band (good news).
    expect(figures.stage.total).toMatchObject({ awarded: 4, teachersNeeded: 0, verdict: "above" });
  });

  it("equals the summary of the group's own teachers", () => {
    const own = summarise([...rows.shalkar!.slice(0, 10), ...rows.alga!.slice(0, 10)], {
      asOf: "2026-04-01",
      year: YEAR,
      present,
    });
    expect(figures.byCategory).toEqual(own.byCategory);
    expect(figures.byEducation).toEqual(own.byEducation);
    expect(figures.stage).toEqual(own.stage);
  });

  it("is zero teachers, not an error, for a group with no organisation in the data", () => {
    const empty = groupFigures([], "2026-2027");
    expect(empty.teachers).toBe(0);
    expect(empty.qualitativeShare).toBe(0);
    expect(empty.stage.stage).toBe(2);
  });

  it("uses the targets it is given", () => {
    const custom = groupFigures(matched, YEAR, [
      {
        stage: 1,
        year: YEAR,
        band: { min: 0.1, max: 0.3 },
        targets: { moderator: 0.2, expert: 0.05, researcher: 0.02, master: 0 },
      },
    ]);
    expect(custom.stage.categories?.moderator.teachersNeeded).toBe(2);
    expect(custom.stage.total?.verdict).toBe("within");
  });
});

describe("groupReport and schemas", () => {
  it("is a valid wire reply", () => {
    const report = groupReport({ name: "Құзыреттілік орталықтары", members }, YEAR, region.byOrganization);
    expect(GroupReportSchema.parse(report)).toEqual(report);
    expect(report.unmatched).toHaveLength(2);
  });

  it("folds group names and refuses a slash or an empty name", () => {
    expect(groupKey("  Магнит  БАЛАБАҚШАЛАР ")).toBe(groupKey("магнит балабақшалар"));
    expect(GroupNameSchema.safeParse("Магнит / 15").success).toBe(false);
    expect(GroupNameSchema.safeParse("   ").success).toBe(false);
    expect(GroupNameSchema.parse(" Магнит ")).toBe("Магнит");
  });

  it("refuses an unknown district and an empty member list", () => {
    expect(GroupPutRequestSchema.safeParse({ members: [] }).success).toBe(false);
    expect(
      GroupPutRequestSchema.safeParse({ members: [{ district: "almaty", organization: "№1" }] }).success,
    ).toBe(false);
  });
});
