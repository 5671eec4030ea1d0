import { describe, expect, it } from "vitest";
import { createFakeWorkbook, fills, installFakeOffice } from "../../test/fake-office/index.ts";
import { clearHighlights, HIGHLIGHT_COLORS, HIGHLIGHT_SETTING, highlightProblems } from "./highlights.ts";

const ORIGINAL = [
  [null, "#92D050", null],
  ["#FFFFFF", null, "#FFC7CE"],
];

async function install(excelApi = "1.17") {
  const wb = createFakeWorkbook({
    sheets: {
      Roster: {
        values: [
          ["a", "b", "c"],
          ["d", "e", "f"],
        ],
      },
      Other: {},
    },
    excelApi,
  });
  installFakeOffice(globalThis, wb);
  // Paint the original fills the user had (a green cell, a white one, one already in Sapa's "error" pink).
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Roster");
    ws.getRange("B1").format.fill.color = "#92D050";
    ws.getRange("A2").format.fill.color = "#FFFFFF";
    ws.getRange("C2").format.fill.color = "#FFC7CE";
    await context.sync();
  });
  wb.resetSyncs();
  return wb;
}

describe("highlightProblems / clearHighlights (Excel adapter)", () => {
  it("fills problem cells by their worst severity and clear restores the original fills exactly", async () => {
    const wb = await install();
    expect(fills(wb, "Roster", "A1:C2")).toEqual(ORIGINAL);
    await highlightProblems("Roster", [
      { address: "A1", severity: "warning" },
      { address: "$B$1", severity: "info" },
      { address: "B1", severity: "error" },
      { address: "A2", severity: "warning" },
      { address: "C2", severity: "warning" },
    ]);
    expect(fills(wb, "Roster", "A1:C2")).toEqual([
      [HIGHLIGHT_COLORS.warning, HIGHLIGHT_COLORS.error, null],
      [HIGHLIGHT_COLORS.warning, null, HIGHLIGHT_COLORS.warning],
    ]);
    expect(wb.settings[HIGHLIGHT_SETTING]).toBeTruthy(); // saved with the document
    await clearHighlights("Roster");
    expect(fills(wb, "Roster", "A1:C2")).toEqual(ORIGINAL);
    expect(wb.settings[HIGHLIGHT_SETTING]).toEqual({});
  });

  it("highlighting twice never loses the original fill, and drops cells no longer listed", async () => {
    const wb = await install();
    await highlightProblems("Roster", [
      { address: "B1", severity: "error" },
      { address: "C1", severity: "warning" },
    ]);
    await highlightProblems("Roster", [
      { address: "B1", severity: "warning" },
      { address: "A1", severity: "info" },
    ]);
    expect(fills(wb, "Roster", "A1:C1")).toEqual([[HIGHLIGHT_COLORS.info, HIGHLIGHT_COLORS.warning, null]]);
    await clearHighlights("Roster");
    expect(fills(wb, "Roster", "A1:C2")).toEqual(ORIGINAL);
  });

  it("keeps a fill the user applied over a highlight, and survives a sheet rename", async () => {
    const wb = await install();
    await highlightProblems("Roster", [
      { address: "A1", severity: "error" },
      { address: "B2", severity: "error" },
    ]);
    wb.sheet("Roster").name = "Renamed";
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Renamed").getRange("A1").format.fill.color = "#00B0F0";
      await context.sync();
    });
    await clearHighlights("Renamed");
    expect(fills(wb, "Renamed", "A1:B2")).toEqual([
      ["#00B0F0", "#92D050"],
      ["#FFFFFF", null],
    ]);
  });

  it("does not confuse sheets: clearing one leaves the other's highlights", async () => {
    const wb = await install();
    await highlightProblems("Roster", [{ address: "A1", severity: "error" }]);
    await highlightProblems("Other", [{ address: "D4", severity: "error" }]);
    await clearHighlights("Roster");
    expect(fills(wb, "Roster", "A1")).toEqual([[null]]);
    expect(fills(wb, "Other", "D4")).toEqual([[HIGHLIGHT_COLORS.error]]);
  });

  it("on ExcelApi 1.1 (no fill pattern) a white cell comes back as no fill, all else exactly", async () => {
    const wb = await install("1.1");
    await highlightProblems("Roster", [
      { address: "A1", severity: "error" },
      { address: "B1", severity: "error" },
      { address: "A2", severity: "error" },
    ]);
    await clearHighlights("Roster");
    expect(fills(wb, "Roster", "A1:C2")).toEqual([
      [null, "#92D050", null],
      [null, null, "#FFC7CE"],
    ]);
  });

  it("uses a bounded number of syncs for thousands of cells", async () => {
    const wb = await install();
    const cells = Array.from({ length: 3000 }, (_, i) => ({
      address: `E${i + 1}`,
      severity: "warning" as const,
    }));
    await highlightProblems("Roster", cells);
    expect(wb.syncCount).toBe(3); // sheet id, original fills, writes
    for (const s of wb.syncs) expect(s.requestBytes + s.responseBytes).toBeLessThan(4_000_000);
    await clearHighlights("Roster");
    expect(
      fills(wb, "Roster", "E1:E3000")
        .flat()
        .every((f) => f === null),
    ).toBe(true);
  });
});
