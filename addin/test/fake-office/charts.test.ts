import { beforeEach, describe, expect, it } from "vitest";
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from "./index.ts";
import { chartData } from "./inspect.ts";

let wb: FakeWorkbook;
beforeEach(() => {
  wb = createFakeWorkbook({
    sheets: {
      Trend: {
        values: [
          ["Year", "Band from", "Band to", "Actual"],
          ["2025-2026", 0.1, 0.15, 0.1075],
          ["2026-2027", 0.15, 0.2, null],
        ],
      },
    },
    excelApi: "1.1",
  });
  installFakeOffice(globalThis, wb);
});

describe("fake charts (ChartCollection.add, Chart.setPosition)", () => {
  it("plots series named by the header row, categories from the first column, an empty cell as a gap", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Trend");
      const chart = ws.charts.add("LineMarkers", ws.getRange("A1:D3"), "Columns");
      chart.title.text = "Band against actual";
      chart.setPosition("F1", "M16");
      await context.sync();
    });
    expect(chartData(wb, "Trend")).toEqual({
      type: "LineMarkers",
      title: "Band against actual",
      categories: ["2025-2026", "2026-2027"],
      series: [
        { name: "Band from", values: [0.1, 0.15] },
        { name: "Band to", values: [0.15, 0.2] },
        { name: "Actual", values: [0.1075, null] },
      ],
    });
    // A chart follows its cells, as in Excel.
    wb.sheet("Trend").values[2]![3] = 0.2;
    expect(chartData(wb, "Trend").series[2]!.values).toEqual([0.1075, 0.2]);
  });

  it("refuses an unknown chart type or a malformed position as Office does (InvalidArgument)", async () => {
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Trend");
        ws.charts.add("Sparkle" as "Line", ws.getRange("A1:D3"), "Columns");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Trend");
        ws.charts.add("Line", ws.getRange("A1:D3"), "Columns").setPosition("F1", "not a cell");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
