import { describe, expect, it } from "vitest";
import { sampleReport } from "../../sample/report.ts";
import { describedCells } from "./description.ts";
import { reportWorkbook } from "./report-workbook.ts";

const report = sampleReport();
const data = { ...report, figures: report.figures };

describe("reportWorkbook", () => {
  it("is the same sheets in the same order in every language, named in it", () => {
    expect(reportWorkbook(data, "kk").map((s) => s.name)).toEqual([
      "Sapa — қорытынды",
      "Sapa — облыс",
      "Sapa — ұйымдар",
      "Sapa — аттестаттау",
      "Sapa — кезеңдер",
      "Sapa — топтар",
      "Sapa — үміткерлер саны",
    ]);
    expect(reportWorkbook(data, "ru").map((s) => s.key)).toEqual([
      "regionSummary",
      "districts",
      "organizations",
      "attestation",
      "trend",
      "groups",
      "candidateCounts",
    ]);
    for (const lang of ["kk", "ru", "en"] as const) {
      const names = reportWorkbook(data, lang).map((s) => s.name);
      for (const name of names) {
        expect(Array.from(name).length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
      }
      expect(new Set(names.map((n) => n.toLocaleLowerCase())).size).toBe(names.length);
    }
  });

  it("leaves out the groups, trend and candidate counts when the pull has none", () => {
    const sheets = reportWorkbook(
      { figures: report.figures, organizations: report.organizations, attestation: report.attestation },
      "ru",
    );
    expect(sheets.map((s) => s.key)).toEqual(["regionSummary", "districts", "organizations", "attestation"]);
  });

  it("writes no ISO text anywhere: every timestamp is a date-time value", () => {
    for (const sheet of reportWorkbook(data, "kk"))
      for (const [address, cell] of describedCells(sheet))
        expect(`${sheet.name}!${address} ${String(cell.value)}`).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
