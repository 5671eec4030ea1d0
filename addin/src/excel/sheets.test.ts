import { describe, expect, it } from "vitest";
import { createFakeWorkbook, dateToSerial, installFakeOffice } from "../../test/fake-office/index.ts";
import { listSheets, readCellValue, selectCell } from "./sheets.ts";

function install() {
  const wb = createFakeWorkbook({
    sheets: {
      Тізім: { values: [["Аты-жөні"], ["Асанова Әсел"]] },
      "Sheet 2": { values: [[1, dateToSerial(2024, 9, 1)]], numberFormats: [["General", "dd.mm.yyyy"]] },
      Жасырын: { visibility: "Hidden" },
    },
    activeSheet: "Sheet 2",
  });
  installFakeOffice(globalThis, wb);
  return wb;
}

describe("sheet helpers (Excel adapter)", () => {
  it("lists visible sheets in tab order and marks the active one", async () => {
    install();
    expect(await listSheets()).toEqual([
      { name: "Тізім", active: false },
      { name: "Sheet 2", active: true },
    ]);
  });

  it("selectCell activates the problem's sheet and selects the cell", async () => {
    const wb = install();
    expect(await selectCell("Тізім", "C12")).toEqual({ sheet: "Тізім", address: "C12", selected: true });
    expect(wb.activeSheet.name).toBe("Тізім");
    expect(wb.selection).toEqual({ sheet: "Тізім", address: "C12" });
    expect(wb.syncCount).toBe(2);
  });

  it("selectCell on a missing sheet fails with ItemNotFound and leaves the selection alone", async () => {
    const wb = install();
    await expect(selectCell("Жоқ", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(wb.selection).toBeNull();
  });

  it("readCellValue gives a date cell back as its serial number", async () => {
    install();
    expect(await readCellValue("Sheet 2", "B1")).toBe(45536);
    expect(await readCellValue("Тізім", "A2")).toBe("Асанова Әсел");
    expect(await readCellValue("Тізім", "Z99")).toBe("");
  });
});
