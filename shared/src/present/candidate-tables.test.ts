import { describe, expect, it } from "vitest";
import { candidateCounts } from "../candidate-counts.ts";
import { candidatesFor, type CandidateTeacher } from "../candidates.ts";
import { organizationKey } from "../organization.ts";
import type { CategoryKey, DistrictId } from "../types.ts";
import { candidateDistrictsTable, candidateOrganizationsTable } from "./candidate-tables.ts";
import { formatCell, textIn } from "./table.ts";

const teacher = (
  district: DistrictId,
  organization: string,
  category: CategoryKey,
  date: string,
): CandidateTeacher => ({
  district,
  organization,
  organizationKey: organizationKey(organization),
  fullName: "x",
  category,
  categoryDate: date,
  categoryDateYearOnly: false,
});

// Shalkar: 10 pedagogues of 2021 (moderator candidates); Alga: 5 moderators of 2023 (expert candidates).
const counts = candidateCounts(
  candidatesFor(
    [
      ...Array.from({ length: 10 }, () => teacher("shalkar", "№1 балабақша", "pedagog", "2021-05-05")),
      ...Array.from({ length: 5 }, () => teacher("alga", "Айгөлек", "moderator", "2023-06-01")),
    ],
    { year: "2025-2026" },
  ),
);
const row = (table: ReturnType<typeof candidateDistrictsTable>, key: string) =>
  Object.fromEntries(
    table.columns.map((c, i) => [c.key, formatCell(table.rows.find((r) => r.key === key)!.cells[i]!, "ru")]),
  );

describe("candidate tables", () => {
  it("lays out needed, candidates and shortfall per district with the total last", () => {
    const table = candidateDistrictsTable(counts);
    expect(table.rows.map((r) => r.key)).toEqual(["alga", "shalkar", "total"]);
    expect(textIn(table.title!, "ru")).toBe(
      "Кандидаты на категорию · 2025-2026 · Минимум лет после последней категории: 2",
    );
    // 10 teachers: moderator ceil(0.8) = 1 needed, 10 candidates; master ceil(0.001) = 1, none.
    expect(row(table, "shalkar")).toMatchObject({
      teachers: "10",
      "moderator.needed": "1",
      "moderator.candidates": "10",
      "moderator.shortfall": "0",
      "expert.candidates": "0",
      "expert.shortfall": "1",
      "master.shortfall": "1",
    });
    // 15 teachers: expert ceil(0.75) = 1 needed, 5 candidates (Alga's moderators).
    expect(row(table, "total")).toMatchObject({
      teachers: "15",
      "expert.needed": "1",
      "expert.candidates": "5",
    });
    expect(textIn(table.columns[1]!.short!, "en")).toBe(
      `${textIn("category.moderator", "en")}: Still needed`,
    );
  });

  it("names each organisation's district", () => {
    const table = candidateOrganizationsTable(counts);
    expect(table.rows.map((r) => [textIn(r.label, "ru"), formatCell(r.cells[0]!, "ru")])).toEqual([
      ["Айгөлек", "Алгинский район"],
      ["№1 балабақша", "Шалкарский район"],
    ]);
  });
});
