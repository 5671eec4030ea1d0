import { beforeEach, describe, expect, it } from "vitest";
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from "./index.ts";
import { cellValues, fill } from "./inspect.ts";

let wb: FakeWorkbook;
beforeEach(() => {
  wb = createFakeWorkbook({
    sheets: {
      "Sheet 1": {
        values: [
          ["ФИО", "Дата"],
          ["Иванова", 45658],
        ],
        numberFormats: [
          ["General", "General"],
          ["General", "dd.mm.yyyy"],
        ],
      },
      Other: { values: [[1]] },
    },
  });
  installFakeOffice(globalThis, wb);
});

describe("fake Office.js Excel host", () => {
  it("throws like Office when a property is read before load + sync", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet 1").getRange("A1:B2");
      expect(() => range.values).toThrowError(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ["ФИО", "Дата"],
        ["Иванова", 45658],
      ]);
    });
  });

  it("returns dates as serial numbers with their number format and empty cells as empty strings", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet 1").getRange("B2:C2");
      range.load("values, numberFormat, address");
      await context.sync();
      expect(range.values).toEqual([[45658, ""]]);
      expect(range.numberFormat).toEqual([["dd.mm.yyyy", "General"]]);
      expect(range.address).toBe("'Sheet 1'!B2:C2");
    });
  });

  it("counts one sync per round trip and applies queued writes only at sync", async () => {
    wb.resetSyncs();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Other");
      ws.getRange("A2:B2").values = [["x", 2]];
      expect(cellValues(wb, "Other", "A2:B2")).toEqual([[null, null]]);
      await context.sync();
      expect(cellValues(wb, "Other", "A2:B2")).toEqual([["x", 2]]);
      await context.sync(); // nothing queued: no round trip
      ws.getRange("A1").format.fill.color = "#ff0000";
    });
    expect(wb.syncCount).toBe(2); // the explicit one and Excel.run's final flush
    expect(fill(wb, "Other", "A1")).toBe("#FF0000");
    expect(wb.syncs[0]!.requestBytes).toBeGreaterThan(JSON.stringify([["x", 2]]).length);
  });

  it("rejects a sync carrying more than 5 MB with RequestPayloadSizeLimitExceeded", async () => {
    const big = Array.from({ length: 60_000 }, (_, i) => [
      `Педагог ${i} ${"ж".repeat(30)}`,
      i,
      "Балабақша №1",
    ]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange(`A1:C${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(cellValues(wb, "Other", "A1")).toEqual([[1]]);
    expect(wb.syncs.at(-1)!.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("rejects an oversized read too, and measures response bytes of loads", async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [
      `Иванова Мария Петровна ${i}`,
      `ГККП «Ясли-сад №${i}» акимата`,
      "высшее",
      "педагог-модератор",
    ]);
    const big = createFakeWorkbook({ sheets: { R: { values: rows } } });
    installFakeOffice(globalThis, big);
    await expect(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("R").getUsedRange();
        r.load("values, numberFormat");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("R").getRange("A1:D1000");
      r.load("values");
      await context.sync();
    });
    const last = big.syncs.at(-1)!;
    expect(last.responseBytes).toBeGreaterThan(100_000);
    expect(last.responseBytes).toBeLessThan(200_000);
  });

  it("fails getItem on a missing sheet at sync with ItemNotFound, and getItemOrNullObject reports null", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Missing").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Missing");
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it("refuses APIs above the host's requirement set like Office.js (ApiNotFound)", async () => {
    const old = createFakeWorkbook({ sheets: { A: {} }, excelApi: "1.1" });
    installFakeOffice(globalThis, old);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.2")).toBe(false);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").freezePanes.freezeRows(1);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("selects only on the active sheet, records the selection, parses sheet-qualified addresses", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("B3").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Other");
      ws.activate();
      ws.getRange("Other!$B$3").select();
      await context.sync();
    });
    expect(wb.selection).toEqual({ sheet: "Other", address: "B3" });
  });

  it("reports no fill as white, mixed fills as null, and the pattern from ExcelApi 1.9", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Other");
      ws.getRange("A1").format.fill.color = "#FFFFFF";
      const a = ws.getRange("A1").format.fill.load("color, pattern");
      const b = ws.getRange("B1").format.fill.load("color, pattern");
      ws.getRange("C1").format.fill.color = "#FF0000";
      const ab = ws.getRange("A1:C1").format.fill.load("color");
      await context.sync();
      expect([a.color, a.pattern]).toEqual(["#FFFFFF", "Solid"]);
      expect([b.color, b.pattern]).toEqual(["#FFFFFF", "None"]);
      expect(ab.color).toBeNull();
    });
  });

  it("turns an ISO date string into a date like Excel does, unless the cell is formatted as text", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Other");
      ws.getRange("A3:B3").numberFormat = [["General", "@"]];
      ws.getRange("A3:B3").values = [["2025-09-01", "2025-09-01"]];
      await context.sync();
    });
    expect(cellValues(wb, "Other", "A3:B3")).toEqual([[45901, "2025-09-01"]]);
  });

  it("refuses a values matrix whose shape does not match the range", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
