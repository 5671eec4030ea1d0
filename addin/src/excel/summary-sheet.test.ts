import { label, readRoster as checkRoster, summarise, type Receipt, type Summary } from "@sapa/shared";
import { generateRoster } from "@sapa/shared/sample";
import { describe, expect, it } from "vitest";
import {
  cellValues,
  createFakeWorkbook,
  displayedFill,
  installFakeOffice,
  numberFormats,
  sheetSnapshot,
  sheetFromGrid,
  type FakeWorkbook,
} from "../../test/fake-office/index.ts";
import { GAP_COLORS, writeSummarySheet } from "./summary-sheet.ts";
import { recordReceipt } from "./receipts.ts";

const ASOF = "2026-05-31";
const ROSTER = "Тізім";

function setup(excelApi = "1.17"): { wb: FakeWorkbook; summary: Summary } {
  const grid = generateRoster({ seed: 11, rows: 400, lang: "kk", messy: true });
  const checked = checkRoster(grid, { asOf: ASOF });
  const summary = summarise(checked.teachers, { asOf: ASOF, present: checked.present });
  const wb = createFakeWorkbook({ sheets: { [ROSTER]: sheetFromGrid(grid) }, excelApi });
  installFakeOffice(globalThis, wb);
  return { wb, summary };
}

/** Row (1-based) whose column A holds `text`. */
function rowOf(wb: FakeWorkbook, sheet: string, text: string): number {
  const i = wb.sheet(sheet).values.findIndex((row) => row?.[0] === text);
  if (i < 0) throw new Error(`no row "${text}"`);
  return i + 1;
}

const receipt = (summary: Summary, id: string, revision: number): Receipt => ({
  id,
  district: "alga",
  year: "2025-2026",
  revision,
  receivedAt: "2026-05-31T09:15:00.000Z",
  summary,
});

describe("writeSummarySheet (Excel adapter)", () => {
  it("writes the figures as tables, leaves the roster untouched, and a second run gives the same sheet", async () => {
    const { wb, summary } = setup();
    const rosterBefore = JSON.stringify(sheetSnapshot(wb.sheet(ROSTER)));
    const { sheet } = await writeSummarySheet(summary, { lang: "kk" });
    expect(sheet).toBe("Sapa — қорытынды");
    const first = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeSummarySheet(summary, { lang: "kk" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(first);
    expect(JSON.stringify(sheetSnapshot(wb.sheet(ROSTER)))).toBe(rosterBefore);
    expect(wb.sheets.map((s) => s.name)).toEqual([ROSTER, sheet]);

    const at = (text: string, col = "B") => cellValues(wb, sheet, `${col}${rowOf(wb, sheet, text)}`)[0]![0];
    expect(at(label("teachers", "kk"))).toBe(400);
    expect(at(label("organizations", "kk"))).toBe(summary.organizations);
    expect(at(label("qualitativeShare", "kk"))).toBe(summary.qualitativeShare);
    expect(numberFormats(wb, sheet, `B${rowOf(wb, sheet, label("qualitativeShare", "kk"))}`)).toEqual([
      ["0.00%"],
    ]);
    expect(at(label("category.expert", "kk"))).toBe(summary.byCategory.expert);
    expect(at(label("education.higher", "kk"))).toBe(summary.byEducation.higher);
    expect(at("2026-2027")).toBe(summary.attestationDueByYear["2026-2027"]);
    expect(at(label("attestationOverdue", "kk"))).toBe(summary.attestationOverdue);
    // The sample roster keeps the optional columns: the plan's indicators are written too.
    expect(summary.coursesByYear["2026"]!.covered).toBe(400);
    expect(at(`${label("courses", "kk")} 2026`)).toBe(summary.coursesByYear["2026"]!.count);
    const events = rowOf(wb, sheet, label("eventParticipation", "kk"));
    expect(cellValues(wb, sheet, `B${events}:D${events}`)[0]).toEqual([
      summary.eventParticipation.count,
      400,
      summary.eventParticipation.count / 400,
    ]);
    // The report date is a real date cell.
    expect(at(label("asOf", "kk"))).toBe(46173);
    // One row per organisation.
    const orgHeader = rowOf(wb, sheet, label("organization", "kk"));
    const org = summary.byOrganization[0]!;
    expect(cellValues(wb, sheet, `A${orgHeader + 1}:B${orgHeader + 1}`)).toEqual([[org.name, org.teachers]]);
    expect(wb.sheet(sheet).values.length).toBe(orgHeader + summary.byOrganization.length);
  });

  it("colours the stage gaps red when behind target and green when reached, and charts actual vs target", async () => {
    const { wb, summary } = setup();
    const { sheet } = await writeSummarySheet(summary, { lang: "ru" });
    expect(sheet).toBe("Sapa — итоги");
    const moderatorRow = rowOf(wb, sheet, label("field.category", "ru")) + 1;
    const categories = summary.stage.categories!;
    const lines = (["moderator", "expert", "researcher", "master"] as const).map((k, i) => ({
      row: moderatorRow + i,
      line: categories[k],
    }));
    for (const { row, line } of lines) {
      expect(cellValues(wb, sheet, `B${row}:F${row}`)[0]).toEqual([
        line.target,
        line.actual,
        line.gapPp,
        line.awarded,
        line.teachersNeeded,
      ]);
      expect(displayedFill(wb, sheet, `D${row}`)).toBe(
        line.gapPp > 0 ? GAP_COLORS.behind.fill : GAP_COLORS.onTarget.fill,
      );
    }
    expect(lines.some(({ line }) => line.gapPp > 0)).toBe(true);
    expect(wb.sheet(sheet).conditionalFormats).toHaveLength(2);
    const charts = wb.sheet(sheet).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      source: `'${sheet}'!A${moderatorRow - 1}:C${moderatorRow + 3}`,
    });
    expect(cellValues(wb, sheet, `B${moderatorRow - 1}:C${moderatorRow - 1}`)).toEqual([
      [label("target", "ru"), label("actual", "ru")],
    ]);
  });

  it("without conditional formatting (ExcelApi 1.4) fixes the same colours as static fills", async () => {
    const { wb, summary } = setup("1.4");
    const { sheet } = await writeSummarySheet(summary, { lang: "kk" });
    const row = rowOf(wb, sheet, label("field.category", "kk")) + 1;
    const gap = summary.stage.categories!.moderator.gapPp;
    expect(wb.sheet(sheet).conditionalFormats).toEqual([]);
    expect(displayedFill(wb, sheet, `D${row}`)).toBe(
      gap > 0 ? GAP_COLORS.behind.fill : GAP_COLORS.onTarget.fill,
    );
    const again = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeSummarySheet(summary, { lang: "kk" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(again);
  });

  it("outside the plan's years writes no stage table, gaps or chart, and stays idempotent", async () => {
    const grid = generateRoster({ seed: 4, rows: 60, lang: "ru" });
    const checked = checkRoster(grid, { asOf: ASOF });
    const summary = summarise(checked.teachers, { asOf: ASOF, year: "2030-2031", present: checked.present });
    expect(summary.stage.categories).toBeNull();
    const wb = createFakeWorkbook({ sheets: { Список: sheetFromGrid(grid) } });
    installFakeOffice(globalThis, wb);
    const { sheet } = await writeSummarySheet(summary, { lang: "ru" });
    expect(rowOf(wb, sheet, label("noStage", "ru"))).toBeGreaterThan(1);
    expect(wb.sheet(sheet).charts).toEqual([]);
    expect(wb.sheet(sheet).conditionalFormats).toEqual([]);
    const once = JSON.stringify(sheetSnapshot(wb.sheet(sheet)));
    await writeSummarySheet(summary, { lang: "ru" });
    expect(JSON.stringify(sheetSnapshot(wb.sheet(sheet)))).toBe(once);
  });

  it("shows the receipt line when given, and drops it on a later run without one", async () => {
    const { wb, summary } = setup();
    const { sheet } = await writeSummarySheet(summary, { lang: "kk", receipt: receipt(summary, "r-1", 3) });
    const row = rowOf(wb, sheet, label("revision", "kk"));
    expect(cellValues(wb, sheet, `A${row}:F${row}`)).toEqual([
      [label("revision", "kk"), 3, label("submittedAt", "kk"), "2026-05-31T09:15:00.000Z", "ID", "r-1"],
    ]);
    await writeSummarySheet(summary, { lang: "kk" });
    expect(() => rowOf(wb, sheet, label("revision", "kk"))).toThrow();
  });

  it("splits a large per-organisation table into writes under 4 MB", { timeout: 60_000 }, async () => {
    const grid = generateRoster({ seed: 5, rows: 50_000, lang: "ru" });
    const checked = checkRoster(grid, { asOf: ASOF });
    const summary = summarise(checked.teachers, { asOf: ASOF, present: checked.present });
    const wb = createFakeWorkbook({ sheets: { Список: { values: [["x"]] } } });
    installFakeOffice(globalThis, wb);
    const { sheet } = await writeSummarySheet(summary, { lang: "ru" });
    for (const s of wb.syncs) expect(s.requestBytes + s.responseBytes).toBeLessThan(4_000_000);
    const header = rowOf(wb, sheet, label("organization", "ru"));
    expect(wb.sheet(sheet).values.length).toBe(header + summary.byOrganization.length);
  });
});

describe("recordReceipt (Excel adapter)", () => {
  it("appends receipts to the submissions sheet once each", async () => {
    const { wb, summary } = setup();
    expect(await recordReceipt(receipt(summary, "r-1", 1), "kk")).toEqual({
      sheet: "Sapa — жіберілген",
      row: 2,
    });
    expect(await recordReceipt(receipt(summary, "r-2", 2), "kk")).toEqual({
      sheet: "Sapa — жіберілген",
      row: 3,
    });
    expect(await recordReceipt(receipt(summary, "r-1", 1), "kk")).toEqual({
      sheet: "Sapa — жіберілген",
      row: 2,
    });
    expect(cellValues(wb, "Sapa — жіберілген", "A2:G4")).toEqual([
      ["2025-2026", "Алға ауданы", 1, "31.05.2026 14:15", "r-1", 400, summary.qualitativeShare],
      ["2025-2026", "Алға ауданы", 2, "31.05.2026 14:15", "r-2", 400, summary.qualitativeShare],
      [null, null, null, null, null, null, null],
    ]);
    expect(cellValues(wb, "Sapa — жіберілген", "C1")).toEqual([[label("revision", "kk")]]);
  });
});
