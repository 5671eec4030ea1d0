import { describe, expect, it } from "vitest";
import { createFakeWorkbook, installFakeOffice } from "./index.ts";

const sheets = {
  "Sheet 1": { values: [["Балапан"], [null], ["x"]], merged: ["A1:A2", "C5:D5"] },
  Plain: { values: [[1]] },
};

describe("fake host: merged areas and the date system", () => {
  it("reports the merged areas touching a range as one RangeAreas, and a null object where there are none", async () => {
    installFakeOffice(globalThis, createFakeWorkbook({ sheets }));
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Sheet 1")
        .getRange("A1:D9")
        .getMergedAreasOrNullObject();
      areas.load("address, areaCount");
      const partial = context.workbook.worksheets
        .getItem("Sheet 1")
        .getRange("A2")
        .getMergedAreasOrNullObject();
      partial.load("address");
      const none = context.workbook.worksheets
        .getItem("Plain")
        .getRange("A1:C3")
        .getMergedAreasOrNullObject();
      none.load("address");
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.address).toBe("'Sheet 1'!A1:A2, 'Sheet 1'!C5:D5");
      expect(areas.areaCount).toBe(2);
      expect(partial.address).toBe("'Sheet 1'!A1:A2");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("throws ApiNotFound for merged areas before ExcelApi 1.13, as Office.js does", async () => {
    installFakeOffice(globalThis, createFakeWorkbook({ sheets, excelApi: "1.12" }));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet 1").getRange("A1").getMergedAreasOrNullObject();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("answers DATE(2000,1,1) in the workbook's date system", async () => {
    for (const [date1904, serial] of [
      [false, 36526],
      [true, 35064],
    ] as const) {
      installFakeOffice(globalThis, createFakeWorkbook({ sheets, date1904 }));
      const value = await Excel.run(async (context) => {
        const result = context.workbook.functions.date(2000, 1, 1);
        result.load("value");
        await context.sync();
        return result.value;
      });
      expect(value).toBe(serial);
    }
  });
});
