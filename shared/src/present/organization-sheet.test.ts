import { describe, expect, it } from "vitest";
import { organizationKey } from "../organization.ts";
import { emptyCategoryCounts, emptyEducationCounts } from "../summary.ts";
import type { AttestationEntry, CategoryKey, DistrictId, OrganizationSummary } from "../types.ts";
import { organizationSheetTable } from "./organization-sheet.ts";
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

  it("sorts by district in the region's order, then by teachers still needed (most first)", () => {
    // Alga before Temir; in Alga: Ainalaiyn needs ceil(15.01) = 16, Aigolek ceil(6.004 - 3) = 4, Baldyrgan 0.
    expect(table.rows.map((r) => textIn(r.label, "en"))).toEqual([
      "Ainalaiyn",
      "Aigolek",
      "Baldyrgan",
      "Balapan",
    ]);
    expect(table.rows.map((r) => value(table.rows.indexOf(r), "stage.teachersNeeded"))).toEqual([
      16, 4, 0, 3,
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
