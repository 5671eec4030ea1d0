/**
 * The Office.js writer of Sapa's sheet descriptions against the fake Excel host: every cell of every sheet
 * Sapa writes lands as described (value and number format), with its emphasis, frozen rows and chart; a
 * second run gives the same sheet; long sheets go in chunks under the payload limit; older hosts get
 * every value. The file writer's test (cli/src/report-workbook.test.ts) holds the same descriptions
 * against the .xlsx it writes.
 */
import {
  SHEET_COLORS,
  candidatesSheet,
  cellAddress,
  describedCells,
  reportWorkbook,
  receiptsSheet,
  summarySheet,
  type OrganizationSummary,
  type SheetDescription,
} from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { sampleReport } from "@sapa/shared/sample/report";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  chartData,
  createFakeWorkbook,
  fill,
  installFakeOffice,
  numberFormats,
  sheetFromGrid,
  sheetSnapshot,
  usedRectOf,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import { writeSheet } from "./write-sheet.ts";

const ROSTER = "Тізім";
const report = sampleReport();
/** Every sheet Sapa writes: the region's report workbook, and a district's summary, candidates and receipts. */
function allSheets(lang: "kk" | "ru"): SheetDescription[] {
  return [
    ...reportWorkbook(report, lang),
    summarySheet({ ...report.alga.summary }, { lang, receipt: report.alga.receipt }),
    candidatesSheet(report.alga.candidates, lang),
    receiptsSheet([report.alga.receipt], lang),
  ];
}

function setup(excelApi = "1.17"): FakeWorkbook {
  const wb = createFakeWorkbook({
    sheets: {
      [ROSTER]: sheetFromGrid(generateRoster({ seed: 3, rows: 20, lang: "kk" })),
      Ескертпе: { values: [["жазба"]] },
    },
    excelApi,
  });
  installFakeOffice(globalThis, wb);
  return wb;
}

/** The fake's cells of a sheet as an address → value and format map (empty cells left out). */
function writtenCells(wb: FakeWorkbook, sheet: string): Map<string, { value: unknown; format: string }> {
  const rect = usedRectOf(wb.sheet(sheet))!;
  const address = `A1:${cellAddress(rect.r1 + 1, rect.c1 + 1)}`;
  const values = cellValues(wb, sheet, address);
  const formats = numberFormats(wb, sheet, address);
  const cells = new Map<string, { value: unknown; format: string }>();
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      cells.set(cellAddress(r + 1, c + 1), { value, format: formats[r]![c]! });
    }),
  );
  return cells;
}

describe("writeSheet (Office.js writer of the shared descriptions)", () => {
  it("writes every cell of every Sapa sheet as described: values and number formats", async () => {
    for (const lang of ["kk", "ru"] as const) {
      const wb = setup();
      for (const d of allSheets(lang)) {
        const written = await writeSheet(d);
        expect(written.sheet).toBe(d.name);
        const expected = describedCells(d);
        const got = writtenCells(wb, d.name);
        for (const [address, cell] of got)
          expect({ address, ...cell }).toEqual({ address, ...expected.get(address) });
        expect(got.size).toBe(expected.size);
      }
      expect(wb.sheets.map((s) => s.name)).toEqual([
        ROSTER,
        "Ескертпе",
        ...allSheets(lang)
          .map((s) => s.name)
          .filter((n, i, all) => all.indexOf(n) === i),
      ]);
    }
  });

  it("renders the emphasis: headers filled, totals bold, missing units grey, gaps coloured, header frozen", async () => {
    const wb = setup();
    const [, districts] = reportWorkbook(report, "kk");
    await writeSheet(districts!);
    const s = wb.sheet(districts!.name);
    const header = districts!.freezeRows;
    expect(s.frozenRows).toBe(header);
    expect(fill(wb, districts!.name, `A${header}`)).toBe(SHEET_COLORS.headerFill);
    expect(s.styles.get(`${header - 1},0`)?.bold).toBe(true);
    const temir = districts!.rows.findIndex((r) => r.values[0] === "Темір ауданы");
    expect(s.styles.get(`${temir},0`)?.fontColor).toBe(SHEET_COLORS.missingFont);
    const region = districts!.rows.findIndex((r) => r.style === "total");
    expect(s.styles.get(`${region},3`)?.bold).toBe(true);
    expect(districts!.colors.length).toBeGreaterThan(0);
    for (const c of districts!.colors) {
      expect(s.styles.get(`${c.row - 1},${c.column - 1}`)).toMatchObject({ fill: c.fill, fontColor: c.font });
    }
  });

  it("draws the described charts natively: the summary's columns, the trend's lines", async () => {
    const wb = setup();
    const sheets = reportWorkbook(report, "ru");
    const summary = sheets.find((s) => s.key === "regionSummary")!;
    const trend = sheets.find((s) => s.key === "trend")!;
    expect(await writeSheet(summary)).toEqual({ sheet: summary.name, chart: true });
    expect(await writeSheet(trend)).toEqual({ sheet: trend.name, chart: true });
    const column = chartData(wb, summary.name);
    expect(column.type).toBe("ColumnClustered");
    expect(column.series.map((x) => x.name)).toEqual(["Целевой показатель", "Фактический показатель"]);
    expect(wb.sheet(summary.name).charts[0]!.position).toEqual({ start: "J2", end: "Q20" });
    const line = chartData(wb, trend.name);
    expect(line.type).toBe("LineMarkers");
    expect(line.categories).toEqual(["2025-2026", "2026-2027", "2027-2028"]);
    expect(line.series[2]!.values.map((v) => v !== null)).toEqual([true, false, false]);
    expect(wb.sheet(trend.name).charts[0]!.position).toEqual({ start: "A8", end: "H23" });
  });

  it("rewrites a sheet the same on every run, leaves no stale cells, and never touches other sheets", async () => {
    const wb = setup();
    const others = [ROSTER, "Ескертпе"].map((s) => JSON.stringify(sheetSnapshot(wb.sheet(s))));
    const [summary, districts] = reportWorkbook(report, "kk");
    await writeSheet(summary!);
    await writeSheet(districts!);
    const first = [summary!, districts!].map((d) => JSON.stringify(sheetSnapshot(wb.sheet(d.name))));
    // A smaller report over it, then the full one again.
    const fewer = {
      ...report,
      figures: { ...report.figures, districts: report.figures.districts.slice(0, 1) },
    };
    await writeSheet(reportWorkbook(fewer, "kk")[1]!);
    await writeSheet(summary!);
    await writeSheet(districts!);
    expect([summary!, districts!].map((d) => JSON.stringify(sheetSnapshot(wb.sheet(d.name))))).toEqual(first);
    expect(wb.sheet(summary!.name).charts).toHaveLength(1);
    expect([ROSTER, "Ескертпе"].map((s) => JSON.stringify(sheetSnapshot(wb.sheet(s))))).toEqual(others);
  });

  it("an ExcelApi 1.1 host gets every value and the chart, without frozen rows or widths", async () => {
    const wb = setup("1.1");
    const [, districts, , , trend] = reportWorkbook(report, "ru");
    await writeSheet(districts!);
    expect(writtenCells(wb, districts!.name)).toEqual(describedCells(districts!));
    expect(wb.sheet(districts!.name).frozenRows).toBe(0);
    expect(wb.sheet(districts!.name).columnWidths.size).toBe(0);
    expect(await writeSheet(trend!)).toEqual({ sheet: trend!.name, chart: true });
  });

  it("where no chart can be drawn, writes the description's note in its place and keeps the numbers", async () => {
    const wb = setup();
    // A host whose requirement sets answer nothing (charts then count as unavailable).
    const office = (globalThis as unknown as { Office: typeof Office }).Office;
    office.context.requirements.isSetSupported = () => false;
    const trend = reportWorkbook(report, "kk").find((s) => s.key === "trend")!;
    expect(await writeSheet(trend)).toEqual({ sheet: trend.name, chart: false });
    expect(cellValues(wb, trend.name, "A8")).toEqual([[trend.chart!.note]]);
    expect(cellValues(wb, trend.name, "A4")).toEqual([["2025-2026"]]);
  });

  it("writes a region-sized sheet in chunks under 4 MB, one sync each, reporting progress", async () => {
    const wb = setup();
    const sample = report.organizations[0]!;
    const zero = <T extends object>(counts: T) =>
      Object.fromEntries(Object.keys(counts).map((k) => [k, 0])) as T;
    // 2,000 organisations of 3 moderators each, with long names: several megabytes of cells.
    const many: OrganizationSummary[] = Array.from({ length: 2000 }, (_, i) => ({
      district: i % 2 ? "alga" : "temir",
      key: `org ${i}`,
      name: `№${i} балабақша — ${"ұзын атау ".repeat(200)}`,
      teachers: 3,
      byCategory: { ...zero(sample.byCategory), moderator: 3 },
      byEducation: zero(sample.byEducation),
      qualitativeShare: 0,
      awardedInYear: zero(sample.awardedInYear),
    }));
    const d = reportWorkbook({ ...report, organizations: many, groups: [] }, "kk").find(
      (s) => s.key === "organizations",
    )!;
    const progress: number[] = [];
    const before = wb.syncs.length;
    await writeSheet(d, (done, total) => {
      expect(total).toBe(2004);
      progress.push(done);
    });
    const syncs = wb.syncs.slice(before);
    expect(syncs.length).toBeGreaterThan(3);
    for (const s of syncs) expect(s.requestBytes + s.responseBytes).toBeLessThan(4_000_000);
    expect(progress.at(-1)).toBe(2004);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(wb.sheet(d.name).values.length).toBe(2004);
  });

  it("adds each receipt to the submissions log once, under its header", async () => {
    const wb = setup();
    const { receipt } = report.alga;
    const second = { ...receipt, id: "r-alga-3", revision: 3 };
    await writeSheet(receiptsSheet([receipt], "kk"));
    await writeSheet(receiptsSheet([second], "kk"));
    await writeSheet(receiptsSheet([receipt], "kk"));
    const sheet = "Sapa — жіберілген";
    expect(cellValues(wb, sheet, "C1:E4")).toEqual([
      ["Нұсқа", "Жіберілген уақыты", "Түбіртек нөмірі"].map(() => expect.any(String)),
      [2, 46174 + 1.5 / 24, "r-alga-2"],
      [3, 46174 + 1.5 / 24, "r-alga-3"],
      [null, null, null],
    ]);
    expect(numberFormats(wb, sheet, "D3")).toEqual([["dd.mm.yyyy hh:mm"]]);
  });
});
