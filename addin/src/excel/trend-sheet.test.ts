import {
  label,
  mergeTrend,
  organizationKey,
  type CategoryKey,
  type DistrictId,
  type TrendSource,
} from "@sapa/shared";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  chartData,
  createFakeWorkbook,
  installFakeOffice,
  numberFormats,
  sheetSnapshot,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import { trendSheetName, writeTrendSheet } from "./trend-sheet.ts";

const CATEGORIES = ["none", "moderator", "expert", "researcher", "master"] as const;
const counts = (c: Partial<Record<CategoryKey, number>>) =>
  ({
    ...Object.fromEntries(
      [...CATEGORIES, "trainee", "pedagog", "legacy-higher", "legacy-first", "legacy-second", "unknown"].map(
        (k) => [k, 0],
      ),
    ),
    ...c,
  }) as Record<CategoryKey | "unknown", number>;
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

// 2025-2026: Temir (100 teachers) and Alga (300), 43 awarded of 400; 2026-2027: Alga, 49 of 310; 2027-2028: none.
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

function setup(excelApi = "1.17"): FakeWorkbook {
  const wb = createFakeWorkbook({ sheets: { Тізім: { values: [["x"]] } }, excelApi });
  installFakeOffice(globalThis, wb);
  return wb;
}

describe("writeTrendSheet (Excel adapter)", () => {
  it("draws a native line chart of the target band against the region's actual, a gap where no data", async () => {
    const wb = setup();
    const { sheet, chart } = await writeTrendSheet(trend, { lang: "ru" });
    expect(sheet).toBe("Sapa — этапы");
    expect(trendSheetName("kk")).toBe("Sapa — кезеңдер");
    expect(chart).toBe(true);
    expect(cellValues(wb, sheet, "A3:D6")).toEqual([
      [
        label("year", "ru"),
        "Целевой диапазон: от",
        "Целевой диапазон: до",
        "По области: Фактический показатель",
      ],
      ["2025-2026", 0.1, 0.15, 43 / 400],
      ["2026-2027", 0.15, 0.2, 49 / 310],
      ["2027-2028", 0.2, 0.25, null],
    ]);
    expect(numberFormats(wb, sheet, "A4:D4")).toEqual([["@", "0.00%", "0.00%", "0.00%"]]);
    expect(wb.sheet(sheet).charts).toHaveLength(1);
    expect(wb.sheet(sheet).charts[0]).toMatchObject({
      type: "LineMarkers",
      seriesBy: "Columns",
      position: { start: "A8", end: "H23" },
    });
    const plotted = chartData(wb, sheet);
    expect(plotted.title).toBe("Целевой диапазон этапа и факт области по учебным годам");
    expect(plotted.categories).toEqual(["2025-2026", "2026-2027", "2027-2028"]);
    expect(plotted.series).toEqual([
      { name: "Целевой диапазон: от", values: [0.1, 0.15, 0.2] },
      { name: "Целевой диапазон: до", values: [0.15, 0.2, 0.25] },
      { name: "По области: Фактический показатель", values: [43 / 400, 49 / 310, null] },
    ]);
  });

  it("writes every plan year's region and districts under the chart, empty where there is no data", async () => {
    const wb = setup();
    const { sheet } = await writeTrendSheet(trend, { lang: "kk" });
    const header = 25; // title, blank, chart block (4), blank + 16 chart rows, blank
    expect(cellValues(wb, sheet, `A${header}:D${header}`)[0]).toEqual([
      label("district", "kk"),
      label("year", "kk"),
      label("asOf", "kk"),
      label("teachers", "kk"),
    ]);
    expect(wb.sheet(sheet).values.length).toBe(header + 3 * 14);
    const region = cellValues(wb, sheet, `A${header + 1}:D${header + 1}`)[0]!;
    expect(region[0]).toBe(label("region", "kk"));
    expect(region.slice(1)).toEqual(["2025-2026", 46173, 400]); // 31.05.2026 as a date serial
    // Temir has no 2026-2027 data: its row keeps its name and year, every figure empty.
    const temir = header + 1 + 14 + 1 + 9; // the second year: region, then Temir tenth
    const row = cellValues(wb, sheet, `A${temir}:AB${temir}`)[0]!;
    expect(row.slice(0, 2)).toEqual(["Темір ауданы", "2026-2027"]);
    expect(row.slice(2).every((v) => v === null)).toBe(true);
    const lastRegion = cellValues(wb, sheet, `A${header + 29}:AB${header + 29}`)[0]!;
    expect(lastRegion.slice(0, 2)).toEqual([label("region", "kk"), "2027-2028"]);
    expect(lastRegion.slice(2).every((v) => v === null)).toBe(true);
  });

  it("rewrites the sheet with one chart on every pull, and draws it on an ExcelApi 1.1 host", async () => {
    const wb = setup("1.1");
    const { sheet, chart } = await writeTrendSheet(trend, { lang: "en" });
    expect(chart).toBe(true);
    const first = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeTrendSheet(trend, { lang: "en" });
    expect(wb.sheet(sheet).charts).toHaveLength(1);
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(first);
    expect(wb.sheet(sheet).frozenRows).toBe(0);
  });

  it("writes each group of organisations after the districts of every year, empty where it has no data", async () => {
    const wb = setup();
    const aigolek = {
      district: "alga" as const,
      key: organizationKey("Aigolek"),
      name: "Aigolek",
      teachers: 120,
      byCategory: counts({ moderator: 60, expert: 20, researcher: 4 }),
      byEducation: { higher: 0, vocational: 0, secondary: 0, unknown: 0 },
      qualitativeShare: 0,
      awardedInYear: counts({ moderator: 8, expert: 4 }),
    };
    const grouped = mergeTrend(
      { "2025-2026": [source("alga", "2026-05-31", 300, { expert: 40 }, { expert: 10 })] },
      {
        groups: [{ name: "Magnet", members: [{ district: "alga", organization: "Aigolek" }] }],
        organizations: { "2025-2026": [aigolek] },
      },
    );
    const { sheet } = await writeTrendSheet(grouped, { lang: "ru" });
    const header = 25;
    expect(wb.sheet(sheet).values.length).toBe(header + 3 * 15);
    const first = cellValues(wb, sheet, `A${header + 15}:D${header + 15}`)[0]!;
    expect(first).toEqual([`${label("group", "ru")}: Magnet`, "2025-2026", 46173, 120]);
    const last = cellValues(wb, sheet, `A${header + 45}:AB${header + 45}`)[0]!;
    expect(last.slice(0, 2)).toEqual([`${label("group", "ru")}: Magnet`, "2027-2028"]);
    expect(last.slice(2).every((v) => v === null)).toBe(true);
  });
});
