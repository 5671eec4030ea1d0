import { describe, expect, it } from "vitest";
import { groupReport } from "../region/groups.ts";
import { mergeSummaries } from "../figures/merge.ts";
import { summarise } from "../figures/summary.ts";
import type { CategoryKey, TeacherRow } from "../types.ts";
import { teacherRow } from "../../testing/teacher-row.ts";
import { groupTable, groupsTable } from "./group-tables.ts";
import { formatCell, textIn, type Table } from "./table.ts";

function teacher(
  organization: string,
  category: CategoryKey,
  categoryDate: string | null = null,
): TeacherRow {
  return teacherRow({ fullName: "Жанова Айгерім", organization, category, categoryDate });
}

const YEAR = "2025-2026";
const n = (count: number, org: string, category: CategoryKey, date: string | null = null) =>
  Array.from({ length: count }, () => teacher(org, category, date));
const present = ["fullName", "organization", "education", "category", "categoryDate"] as const;
const region = mergeSummaries([
  summarise([...n(3, "Балапан", "expert"), ...n(1, "Балапан", "moderator", "2025-10-01")], {
    asOf: "2026-03-01",
    year: YEAR,
    district: "temir",
    present,
  }),
  summarise([...n(4, "Айгөлек", "pedagog"), ...n(2, "Айгөлек", "researcher", "2026-01-05")], {
    asOf: "2026-03-01",
    year: YEAR,
    district: "alga",
    present,
  }),
]);
const report = groupReport(
  {
    name: "Магнит",
    members: [
      { district: "temir", organization: "балапан" },
      { district: "alga", organization: "АЙГӨЛЕК" },
      { district: "oiyl", organization: "Жоқ" },
    ],
  },
  YEAR,
  region.byOrganization,
);

const text = (table: Table, row: number, key: string, lang: "kk" | "ru" | "en" = "ru") =>
  formatCell(table.rows[row]!.cells[table.columns.findIndex((c) => c.key === key)]!, lang);

describe("groupsTable", () => {
  it("is one row per group with its organisations, missing members and figures", () => {
    const table = groupsTable(YEAR, [report]);
    expect(textIn(table.title!, "ru")).toBe("Группа организаций 2025-2026");
    expect(textIn(table.rows[0]!.label, "ru")).toBe("Магнит");
    expect(text(table, 0, "organizations")).toBe("2");
    expect(text(table, 0, "unmatchedMembers")).toBe("1");
    expect(text(table, 0, "teachers")).toBe("10");
    expect(text(table, 0, "qualitativeShare")).toBe("50,00%");
    expect(text(table, 0, "awardedInYear")).toBe("3");
    // Stage 1, 10 teachers, 1 moderator and 2 researchers awarded: 30% actual is above the 10–15% band,
    // yet 5% of 10 = 0.5 expert is asked and none was awarded: the researchers' surplus does not cover
    // it, so the group still needs 1 (moderator 0.8 − 1 → 0, researcher and master regional → 0).
    expect(text(table, 0, "stage.actual", "en")).toBe("30.00%");
    expect(text(table, 0, "stage.teachersNeeded")).toBe("1");
    expect(text(table, 0, "stage.bandVerdict")).toBe("выше диапазона");
  });

  it("shows no stage figures for a group none of whose organisations is in the year's data", () => {
    const empty = groupReport(
      { name: "Жаңа", members: [{ district: "oiyl", organization: "Жоқ" }] },
      YEAR,
      [],
    );
    const table = groupsTable(YEAR, [empty]);
    expect(text(table, 0, "teachers")).toBe("0");
    expect(text(table, 0, "unmatchedMembers")).toBe("1");
    // Not "0,00%, +15,01 п.п., ниже диапазона": nothing was compared.
    for (const key of [
      "stage.target",
      "stage.actual",
      "stage.gapPp",
      "stage.teachersNeeded",
      "stage.bandVerdict",
    ])
      expect(text(table, 0, key), key).toBe("");
  });
});

describe("groupTable", () => {
  it("lists the group's organisations with their districts and the group's total last", () => {
    const table = groupTable(report);
    expect(table.rows.map((r) => textIn(r.label, "kk"))).toEqual(["Айгөлек", "Балапан", "Барлығы"]);
    expect(text(table, 0, "district", "kk")).toBe("Алға ауданы");
    expect(text(table, 1, "category.expert")).toBe("3");
    expect(text(table, 1, "stage.gapPp")).toBe("");
    expect(table.rows[2]!.role).toBe("total");
    expect(text(table, 2, "teachers")).toBe("10");
    expect(text(table, 2, "category.researcher")).toBe("2");
    expect(text(table, 2, "stage.gapPp", "en")).toBe("-14.99 pp");
  });
});
