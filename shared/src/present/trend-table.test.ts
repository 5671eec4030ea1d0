import { describe, expect, it } from "vitest";
import { organizationKey } from "../roster/organization.ts";
import { emptyCategoryCounts, emptyEducationCounts } from "../figures/summary.ts";
import { mergeTrend, type TrendSource } from "../figures/trend.ts";
import type { CategoryKey, DistrictId } from "../types.ts";
import { trendChartTable, trendGroupRowKey, trendSheetTable } from "./trend-table.ts";
import { columnIndex, formatCell, textIn } from "./table.ts";

const counts = (c: Partial<Record<CategoryKey, number>>) => ({ ...emptyCategoryCounts(), ...c });
const source = (
  district: DistrictId,
  asOf: string,
  teachers: number,
  stock: Partial<Record<CategoryKey, number>>,
  awarded: Partial<Record<CategoryKey, number>>,
): TrendSource => ({
  district,
  revision: 1,
  summary: { asOf, teachers, byCategory: counts(stock), awardedInYear: counts(awarded) },
});

// 2025-2026: Temir (100 teachers) and Alga (300); 2026-2027: Alga only; 2027-2028: no data.
const trend = mergeTrend({
  "2025-2026": [
    source(
      "temir",
      "2026-05-20",
      100,
      { moderator: 45, expert: 12, researcher: 3 },
      { moderator: 5, expert: 4, researcher: 1 },
    ),
    source(
      "alga",
      "2026-05-31",
      300,
      { moderator: 140, expert: 40, researcher: 12 },
      { moderator: 20, expert: 10, researcher: 3 },
    ),
  ],
  "2026-2027": [
    source(
      "alga",
      "2027-05-31",
      310,
      { moderator: 150, expert: 55, researcher: 18, master: 1 },
      { moderator: 15, expert: 25, researcher: 8, master: 1 },
    ),
  ],
});

describe("trendSheetTable", () => {
  const table = trendSheetTable(trend);
  const row = (key: string) => table.rows.find((r) => r.key === key)!;
  const value = (key: string, col: string) => row(key).cells[columnIndex(table, col)]!.value;

  it("has per plan year the region then the 13 districts, in the region's order", () => {
    expect(table.rows).toHaveLength(3 * 14);
    expect(table.rows.slice(0, 3).map((r) => textIn(r.label, "ru"))).toEqual([
      "Область (по своим итогам)",
      "г. Актобе",
      "Айтекебийский район",
    ]);
    expect(row("2025-2026/region")).toMatchObject({ region: true });
    expect(table.rows.map((r) => formatCell(r.cells[0]!, "kk"))).toEqual(
      ["2025-2026", "2026-2027", "2027-2028"].flatMap((y) => Array<string>(14).fill(y)),
    );
  });

  it("puts awards against each year's own stage targets beside the stock shares", () => {
    // 2025-2026, region: 400 teachers, 43 awarded (10.75%) against stage 1's 15.01%, 18 still needed.
    expect(value("2025-2026/region", "teachers")).toBe(400);
    expect(value("2025-2026/region", "awarded.moderator")).toBe(25);
    expect(value("2025-2026/region", "target.moderator")).toBe(0.08);
    expect(value("2025-2026/region", "stage.actual")).toBeCloseTo(0.1075, 12);
    expect(value("2025-2026/region", "stage.target")).toBeCloseTo(0.1501, 12);
    expect(value("2025-2026/region", "band.min")).toBe(0.1);
    expect(value("2025-2026/region", "band.max")).toBe(0.15);
    expect(value("2025-2026/region", "stage.teachersNeeded")).toBe(18);
    expect(value("2025-2026/region", "stage.gapPp")).toBeCloseTo(4.26, 9);
    expect(value("2025-2026/region", "stock.expert")).toBeCloseTo(52 / 400, 12);
    expect(value("2025-2026/region", "qualitativeShare")).toBeCloseTo(67 / 400, 12);
    expect(value("2025-2026/temir", "asOf")).toBe("2026-05-20");
    // 2026-2027 is stage 2: 49 of 310 awarded against 20.02%; band 15–20%.
    expect(value("2026-2027/region", "stage.actual")).toBeCloseTo(49 / 310, 12);
    expect(value("2026-2027/region", "band.max")).toBe(0.2);
    expect(value("2026-2027/alga", "qualitativeShare")).toBeCloseTo(74 / 310, 12);
  });

  it("leaves a district missing in a year and a year without data empty, never 0", () => {
    for (const key of ["2026-2027/temir", "2027-2028/region", "2027-2028/alga"]) {
      const cells = row(key).cells;
      expect(formatCell(cells[0]!, "ru")).toBe(key.slice(0, 9));
      expect(cells.slice(1).every((c) => c.value === null)).toBe(true);
      expect(cells).toHaveLength(table.columns.length);
    }
  });
});

describe("trendChartTable", () => {
  it("gives each plan year its target band and the region's actual, empty where there is no data", () => {
    const chart = trendChartTable(trend);
    expect(chart.rows.map((r) => [textIn(r.label, "en"), ...r.cells.map((c) => c.value)])).toEqual([
      ["2025-2026", 0.1, 0.15, 43 / 400],
      ["2026-2027", 0.15, 0.2, 49 / 310],
      ["2027-2028", 0.2, 0.25, null],
    ]);
    expect(chart.columns.map((c) => textIn(c.heading, "ru"))).toEqual([
      "Целевой диапазон: от",
      "Целевой диапазон: до",
      "По области: Фактический показатель",
    ]);
  });
});

describe("trendSheetTable with groups of organisations", () => {
  const org = (
    district: DistrictId,
    name: string,
    teachers: number,
    stock: Partial<Record<CategoryKey, number>>,
  ) => ({
    district,
    key: organizationKey(name),
    name,
    teachers,
    byCategory: counts(stock),
    byEducation: emptyEducationCounts(),
    qualitativeShare: 0,
    awardedInYear: counts({ expert: 2 }),
  });
  const withGroups = mergeTrend(
    {
      "2025-2026": [source("alga", "2026-05-31", 50, { expert: 5 }, { expert: 2 })],
    },
    {
      groups: [{ name: "Magnet", members: [{ district: "alga", organization: "Aigolek" }] }],
      organizations: { "2025-2026": [org("alga", "Aigolek", 40, { expert: 4 })] },
    },
  );
  const table = trendSheetTable(withGroups);

  it("adds each group's row after the districts of every year, its figures empty where no data", () => {
    expect(table.rows).toHaveLength(3 * 15);
    const first = table.rows[14]!;
    expect(first.key).toBe(trendGroupRowKey("2025-2026", "Magnet"));
    expect(textIn(first.label, "kk")).toBe("Ұйымдар тобы: Magnet");
    expect(first.cells[columnIndex(table, "teachers")]!.value).toBe(40);
    expect(first.cells[columnIndex(table, "qualitativeShare")]!.value).toBeCloseTo(0.1, 12);
    expect(first.cells[columnIndex(table, "stage.actual")]!.value).toBeCloseTo(2 / 40, 12);
    const later = table.rows[29]!;
    expect(later.key).toBe(trendGroupRowKey("2026-2027", "Magnet"));
    expect(formatCell(later.cells[0]!, "ru")).toBe("2026-2027");
    expect(later.cells.slice(1).every((c) => c.value === null)).toBe(true);
  });
});
