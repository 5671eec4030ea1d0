import { describe, expect, it } from "vitest";
import { groupReport } from "../region/groups.ts";
import { organizationKey } from "../roster/organization.ts";
import { emptyCategoryCounts, emptyEducationCounts } from "../figures/summary.ts";
import type { AttestationEntry, CategoryKey, DistrictId, OrganizationSummary } from "../types.ts";
import { organizationSheetGroupRowKey, organizationSheetTable } from "./organization-sheet.ts";
import { columnIndex, formatCell, textIn } from "./table.ts";

function org(
  district: DistrictId,
  name: string,
  teachers: number,
  byCategory: Partial<Record<CategoryKey, number>>,
  awarded: Partial<Record<CategoryKey, number>>,
): OrganizationSummary {
  const cats = { ...emptyCategoryCounts(), ...byCategory };
  const q = cats.expert + cats.researcher + cats.master;
  return {
    district,
    key: organizationKey(name),
    name,
    teachers,
    byCategory: { ...cats, none: teachers - Object.values(byCategory).reduce((a, b) => a + b, 0) },
    byEducation: emptyEducationCounts(),
    qualitativeShare: q / teachers,
    awardedInYear: { ...emptyCategoryCounts(), ...awarded },
  };
}

const due = (district: DistrictId, organization: string): AttestationEntry => ({
  district,
  organization,
  fullName: "X",
  category: "moderator",
  categoryDate: "2021-05-01",
  expires: "2026-05-01",
  year: "2025-2026",
});

describe("organizationSheetTable", () => {
  // Stage 1 (2025-2026): the four targets sum to 15.01 % of the teachers.
  const orgs = [
    org("temir", "Balapan", 20, { expert: 2 }, { moderator: 1 }),
    org("alga", "Aigolek", 40, { moderator: 5 }, { moderator: 2, expert: 1 }),
    org("alga", "Baldyrgan", 10, { expert: 1, master: 1 }, { expert: 2 }),
    org("alga", "Ainalaiyn", 100, {}, {}),
  ];
  const table = organizationSheetTable("2025-2026", orgs, [
    due("alga", "Aigolek"),
    due("alga", "  aigolek "),
    due("temir", "Balapan"),
  ]);
  const col = (key: string) => columnIndex(table, key);
  const value = (row: number, key: string) => table.rows[row]!.cells[col(key)]!.value;

  it("heads a category column with its full name, and the short one for narrow renderers", () => {
    const moderator = table.columns[col("category.moderator")]!;
    expect(textIn(moderator.heading, "kk")).toBe("Педагог-модератор");
    expect(textIn(moderator.short!, "kk")).toBe("Модератор");
    expect(textIn(table.columns[col("category.researcher")]!.short!, "ru")).toBe("Исследователь");
    // A name without the "Педагог-" prefix is its own short name.
    expect(textIn(table.columns[col("category.none")]!.short!, "ru")).toBe("Без категории");
  });

  it("sorts by district in the region's order, then by teachers still needed (most first)", () => {
    // Alga before Temir; still needed = the sum of the category rows, a target under half a teacher not asked.
    // Ainalaiyn (100): 8 + 5 + 2 + 0 = 15; Aigolek (40, awarded 2 moderators, 1 expert): ceil(3.2 − 2) = 2
    // + ceil(2 − 1) = 1 + ceil(0.8) = 1 = 4; Baldyrgan (10, 2 experts): ceil(0.8) = 1 + 0 = 1;
    // Balapan (20, 1 moderator): ceil(1.6 − 1) = 1 + ceil(1) = 1, researcher 0.4 not asked = 2.
    expect(table.rows.map((r) => textIn(r.label, "en"))).toEqual([
      "Ainalaiyn",
      "Aigolek",
      "Baldyrgan",
      "Balapan",
    ]);
    expect(table.rows.map((r) => value(table.rows.indexOf(r), "stage.teachersNeeded"))).toEqual([
      15, 4, 1, 2,
    ]);
  });

  it("counts awards, attestation due by normalised name, and flags no teacher at expert or above", () => {
    expect(value(1, "awardedInYear")).toBe(3);
    expect(value(1, "attestationDue")).toBe(2);
    expect(value(3, "attestationDue")).toBe(1);
    expect(value(0, "attestationDue")).toBe(0);
    expect(formatCell(table.rows[0]!.cells[col("noExpertOrAbove")]!, "ru")).toBe("да");
    expect(formatCell(table.rows[1]!.cells[col("noExpertOrAbove")]!, "ru")).toBe("да");
    expect(table.rows[2]!.cells[col("noExpertOrAbove")]!.value).toBeNull();
    expect(value(2, "qualitativeShare")).toBe(0.2);
    expect(formatCell(table.rows[3]!.cells[col("district")]!, "kk")).toMatch(/Темір/);
    expect(value(0, "category.moderator")).toBe(0);
    expect(value(1, "category.moderator")).toBe(5);
  });

  it("leaves the stage columns empty outside the plan's years", () => {
    const later = organizationSheetTable("2030-2031", orgs, []);
    expect(later.rows.every((r) => r.cells[columnIndex(later, "stage.teachersNeeded")]!.value === null)).toBe(
      true,
    );
  });
});

describe("organizationSheetTable with groups of organisations", () => {
  const orgs = [
    org("temir", "Balapan", 20, { expert: 2 }, { moderator: 1 }),
    org("alga", "Aigolek", 40, { moderator: 5 }, { moderator: 2, expert: 1 }),
    org("alga", "Baldyrgan", 10, { expert: 1, master: 1 }, { expert: 2 }),
    org("alga", "Ainalaiyn", 100, {}, {}),
  ];
  const attestation = [due("alga", "Aigolek"), due("alga", "  aigolek "), due("temir", "Balapan")];
  const centres = groupReport(
    {
      name: "Centres",
      members: [
        { district: "alga", organization: "AIGOLEK" },
        { district: "temir", organization: "Balapan" },
        { district: "shalkar", organization: "Nowhere" },
      ],
    },
    "2025-2026",
    orgs,
  );
  const pair = groupReport(
    {
      name: "Alga pair",
      members: [
        { district: "alga", organization: "Aigolek" },
        { district: "alga", organization: "Baldyrgan" },
      ],
    },
    "2025-2026",
    orgs,
  );
  const table = organizationSheetTable("2025-2026", orgs, attestation, undefined, [centres, pair]);
  const col = (key: string) => columnIndex(table, key);
  const row = (key: string) => table.rows.find((r) => r.key === key)!;
  const value = (key: string, column: string) => row(key).cells[col(column)]!.value;
  const shown = (key: string, column: string) => formatCell(row(key).cells[col(column)]!, "ru");
  const orgKey = (district: DistrictId, name: string) => `${district}/${organizationKey(name)}`;

  it("puts the groups' rows first, in their order, then the organisations as without groups", () => {
    expect(table.rows.map((r) => textIn(r.label, "ru"))).toEqual([
      "Группа организаций: Centres",
      "Группа организаций: Alga pair",
      "Ainalaiyn",
      "Aigolek",
      "Baldyrgan",
      "Balapan",
    ]);
    expect(table.rows.slice(0, 2).map((r) => r.role)).toEqual(["total", "total"]);
    expect(table.columns.map((c) => c.key).slice(0, 3)).toEqual(["district", "inGroups", "teachers"]);
  });

  it("sums each group's organisations: teachers, awards, attestation due, teachers still needed", () => {
    const c = organizationSheetGroupRowKey("Centres");
    // Aigolek (40) + Balapan (20); awards 3 + 1; due 2 + 1; ceil(60 × 15.01% − 4) = ceil(5.006) = 6.
    expect([value(c, "teachers"), value(c, "awardedInYear"), value(c, "attestationDue")]).toEqual([60, 4, 3]);
    expect(value(c, "stage.teachersNeeded")).toBe(6);
    expect(value(c, "qualitativeShare")).toBeCloseTo(2 / 60, 12);
    expect(value(c, "category.moderator")).toBe(5);
    expect(value(c, "district")).toBeNull();
    expect(value(c, "noExpertOrAbove")).toBeNull();
    // The member found in no data stays reported on the group's row.
    expect(shown(c, "inGroups")).toBe("Не найдены в данных: 1");
    const p = organizationSheetGroupRowKey("Alga pair");
    // Aigolek (40) + Baldyrgan (10): awards 3 + 2; ceil(50 × 15.01% − 5) = ceil(2.505) = 3.
    expect([value(p, "teachers"), value(p, "awardedInYear"), value(p, "stage.teachersNeeded")]).toEqual([
      50, 5, 3,
    ]);
    expect(value(p, "inGroups")).toBeNull();
  });

  it("names each organisation's groups; an organisation in none is empty", () => {
    expect(shown(orgKey("alga", "Aigolek"), "inGroups")).toBe("Centres; Alga pair");
    expect(shown(orgKey("temir", "Balapan"), "inGroups")).toBe("Centres");
    expect(value(orgKey("alga", "Ainalaiyn"), "inGroups")).toBeNull();
    expect(value(orgKey("alga", "Aigolek"), "teachers")).toBe(40);
  });

  it("has neither the column nor group rows without groups", () => {
    const plain = organizationSheetTable("2025-2026", orgs, attestation);
    expect(columnIndex(plain, "inGroups")).toBe(-1);
    expect(plain.rows).toHaveLength(4);
  });
});
