import { SHEET_COLORS, districtsSheet, trendSheet, NO_CHART_NOTE } from "@sapa/shared";
import { sampleReport } from "@sapa/shared/sample/report";
import { describe, expect, it } from "vitest";
import { workbookOf, writeWorkbook } from "./write-workbook.ts";

const report = sampleReport();
const argb = (hex: string) => `FF${hex.slice(1)}`;

describe("the file writer's emphasis, frozen rows and chart note", () => {
  it("fills headers, makes totals bold, greys units without data, colours gaps and freezes the header", () => {
    const d = districtsSheet(report.figures, "kk");
    const ws = workbookOf([d]).getWorksheet(d.name)!;
    const header = d.freezeRows;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    const headerCell = ws.getCell(header, 1);
    expect(headerCell.font?.bold).toBe(true);
    expect(headerCell.fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: argb(SHEET_COLORS.headerFill) },
    });
    const temir = d.rows.findIndex((r) => r.values[0] === "Темір ауданы") + 1;
    expect(ws.getCell(temir, 1).font?.color?.argb).toBe(argb(SHEET_COLORS.missingFont));
    const region = d.rows.findIndex((r) => r.style === "total") + 1;
    expect(ws.getCell(region, 4).font?.bold).toBe(true);
    expect(d.colors.length).toBeGreaterThan(0);
    for (const c of d.colors) {
      const cell = ws.getCell(c.row, c.column);
      expect(cell.fill).toMatchObject({ fgColor: { argb: argb(c.fill) } });
      expect(cell.font?.color?.argb).toBe(argb(c.font));
    }
    expect(ws.getColumn(1).width).toBe(d.columnWidths[0]);
  });

  it("says in the chart's place that the file has no chart, and returns .xlsx bytes", async () => {
    const d = trendSheet(report.trend, { lang: "ru" });
    const ws = workbookOf([d]).getWorksheet(d.name)!;
    expect(ws.getCell(d.chart!.at.row, d.chart!.at.column).value).toBe(NO_CHART_NOTE.ru);
    const bytes = await writeWorkbook([d]);
    // A zip (an .xlsx): "PK".
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
