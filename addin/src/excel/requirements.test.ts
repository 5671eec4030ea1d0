import { describe, expect, it } from "vitest";
import { createFakeWorkbook, installFakeOffice } from "../../test/fake-office/index.ts";
import { detectRequirementSets } from "./requirements.ts";

const host = (excelApi: string) =>
  installFakeOffice(globalThis, createFakeWorkbook({ sheets: { A: {} }, excelApi }));

describe("detectRequirementSets", () => {
  it("reports the highest ExcelApi version and what it allows", () => {
    host("1.17");
    expect(detectRequirementSets()).toMatchObject({
      excelApi: "1.17",
      canChart: true,
      canConditionalFormat: true,
      canDataValidation: true,
      canSheetVisibility: true,
      canFreezePanes: true,
    });
  });

  it("on an Excel 2016 (ExcelApi 1.1) host keeps the core flow and turns the extras off", () => {
    host("1.1");
    expect(detectRequirementSets()).toMatchObject({
      excelApi: "1.1",
      canChart: true,
      canConditionalFormat: false,
      canDataValidation: false,
      canSheetVisibility: false,
      canFreezePanes: false,
      canValuesOnlyUsedRange: false,
    });
  });

  it("on ExcelApi 1.7 has frozen panes and conditional formats but no data validation", () => {
    host("1.7");
    const caps = detectRequirementSets();
    expect([caps.excelApi, caps.canFreezePanes, caps.canConditionalFormat, caps.canDataValidation]).toEqual([
      "1.7",
      true,
      true,
      false,
    ]);
  });

  it("outside Office reports no host at all instead of throwing", () => {
    const g = globalThis as { Office?: unknown };
    const saved = g.Office;
    delete g.Office;
    try {
      expect(detectRequirementSets()).toMatchObject({
        excelApi: "none",
        canChart: false,
        canDataValidation: false,
      });
    } finally {
      g.Office = saved;
    }
  });
});
