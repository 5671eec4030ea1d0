/**
 * Real Excel builds that differ from Excel on the web in ways the adapter must hold against, each modelled
 * by the fake host (FakeQuirks) or by its real-Excel answer (getIntersection without overlap).
 */
import { receiptsSheet, summarise, type Receipt } from "@sapa/shared";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  createFakeWorkbook,
  dateToSerial,
  installFakeOffice,
  numberFormats,
} from "../../test/fake-office/index.ts";
import { writeBlocks } from "./block-writer.ts";
import { officeErrorMessage } from "./office-errors.ts";
import { createRosterSheet } from "./roster-template.ts";
import { selectCell } from "./sheets.ts";
import { writeSheet } from "./write-sheet.ts";

const ASOF = "2026-05-31";

describe("range.select() failing (some Excel 2016 builds)", () => {
  it("still shows the sheet and says the cell was not selected instead of failing", async () => {
    const wb = createFakeWorkbook({
      sheets: { Тізім: { values: [["Аты-жөні"]] }, Басқа: { values: [["x"]] } },
      activeSheet: "Басқа",
      quirks: { selectFails: true },
    });
    installFakeOffice(globalThis, wb);
    expect(await selectCell("Тізім", "C12")).toEqual({ sheet: "Тізім", address: "C12", selected: false });
    expect(wb.activeSheet.name).toBe("Тізім");
    expect(wb.selection).toBeNull();
  });

  it("fails as before for a sheet that is really gone", async () => {
    const wb = createFakeWorkbook({ sheets: { A: {} }, quirks: { selectFails: true } });
    installFakeOffice(globalThis, wb);
    await expect(selectCell("Жоқ", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("getIntersection without overlap (ItemNotFound in real Excel)", () => {
  it("is what the fake answers, so the adapter cannot mistake it for a working call", async () => {
    const wb = createFakeWorkbook({ sheets: { A: { values: [[1, 2]] } } });
    installFakeOffice(globalThis, wb);
    const failure = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("A").getRange("A1:B2").getIntersection("E5:F6");
      range.load("address");
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("never reaches the user as 'sheet deleted' when a receipts sheet lost its right-hand columns", async () => {
    const summary = summarise([], { asOf: ASOF, present: [] });
    const receipt: Receipt = {
      id: "r-9",
      district: "alga",
      year: "2025-2026",
      revision: 9,
      receivedAt: "2026-05-31T20:30:00.000Z",
      summary,
    };
    // The user cleared columns D:G of Sapa's receipts sheet: the used range no longer reaches the id column.
    const wb = createFakeWorkbook({
      sheets: {
        "Sapa — жіберілген": {
          values: [
            ["Оқу жылы", "Аудан", "Нұсқа"],
            ["2025-2026", "Алға ауданы", 1],
          ],
        },
      },
    });
    installFakeOffice(globalThis, wb);
    const log = receiptsSheet([receipt], "kk");
    expect(await writeSheet(log)).toEqual({ sheet: "Sapa — жіберілген", chart: false });
    // Aktobe time as a real date-time cell: 20:30 UTC is 01:30 on 1 June there.
    expect(cellValues(wb, "Sapa — жіберілген", "A3:E3")).toEqual([
      ["2025-2026", "Алға ауданы", 9, dateToSerial(2026, 6, 1) + 1.5 / 24, "r-9"],
    ]);
    expect(numberFormats(wb, "Sapa — жіберілген", "D3")).toEqual([["dd.mm.yyyy hh:mm"]]);
    // Now the id column is in use again: the same receipt is not listed twice.
    await writeSheet(log);
    expect(cellValues(wb, "Sapa — жіберілген", "A4:E4")).toEqual([[null, null, null, null, null]]);
  });
});

describe("oversized payloads reported as GeneralException (older desktop builds)", () => {
  it("a large write is retried in smaller chunks and lands whole", async () => {
    const rows = 60_000;
    const values = Array.from({ length: rows }, (_, r) => [r + 1, `Ұйым №${r % 300}`, `педагог-${r}`, 0.25]);
    const formats = values.map(() => ["0", "@", "@", "0.00%"]);
    const wb = createFakeWorkbook({
      sheets: { Нәтиже: {} },
      payloadLimit: 1_500_000,
      quirks: { oversizedAsGeneralException: true },
    });
    installFakeOffice(globalThis, wb);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Нәтиже");
      await writeBlocks(context, ws, { row: 2, column: 1 }, values, formats);
    });
    expect(wb.syncs.some((s) => s.error === "GeneralException")).toBe(true);
    expect(wb.syncs.at(-1)!.error).toBeUndefined();
    const sheet = wb.sheet("Нәтиже");
    expect(sheet.values.length).toBe(rows + 1);
    expect(cellValues(wb, "Нәтиже", `A${rows + 1}:C${rows + 1}`)).toEqual([
      [rows, `Ұйым №${(rows - 1) % 300}`, `педагог-${rows - 1}`],
    ]);
  });

  it("a GeneralException that is no size problem still reaches the user as Excel's own error", () => {
    expect(officeErrorMessage({ code: "GeneralException" }, "ru")).toContain("непредвиденная ошибка");
  });
});

describe("a new roster sheet where range.select() fails", () => {
  it("is still created and shown", async () => {
    const wb = createFakeWorkbook({ sheets: { Басқа: { values: [["x"]] } }, quirks: { selectFails: true } });
    installFakeOffice(globalThis, wb);
    const { sheet } = await createRosterSheet("kk");
    expect(wb.activeSheet.name).toBe(sheet);
    expect(cellValues(wb, sheet, "B1")[0]![0]).toBeTruthy();
  });
});
