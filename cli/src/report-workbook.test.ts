/**
 * The file writer of Sapa's sheet descriptions (@sapa/client/files, exceljs) read back with a different
 * library (SheetJS): every cell of every sheet Sapa writes is in the .xlsx as described, value and number
 * format, as the pane's writer puts it into Excel (addin/src/excel/write-sheet.test.ts); charts are a note.
 */
import { writeWorkbook } from "@sapa/client/files";
import {
  NO_CHART_NOTE,
  candidatesSheet,
  cellAddress,
  describedCells,
  label,
  receiptsSheet,
  reportWorkbook,
  summarySheet,
  type SheetDescription,
} from "@sapa/shared";
import { sampleReport } from "@sapa/shared/sample/report";
import { describe, expect, it } from "vitest";
import * as XLSX from "@e965/xlsx";

const report = sampleReport();

function allSheets(lang: "kk" | "ru"): SheetDescription[] {
  return [
    ...reportWorkbook(report, lang),
    summarySheet(report.alga.summary, { lang, receipt: report.alga.receipt }),
    candidatesSheet(report.alga.candidates, lang),
    receiptsSheet([report.alga.receipt], lang),
  ].filter((d, i, all) => all.findIndex((x) => x.name === d.name) === i);
}

/** A sheet of the file as SheetJS reads it: address → value and number format. */
function readCells(sheet: XLSX.WorkSheet): Map<string, { value: unknown; format: string }> {
  const cells = new Map<string, { value: unknown; format: string }>();
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith("!")) continue;
    const c = cell as XLSX.CellObject;
    if (c.v === undefined || c.v === null || c.v === "") continue;
    cells.set(address, { value: c.v, format: c.z === undefined ? "General" : String(c.z) });
  }
  return cells;
}

describe("writeWorkbook (the file writer), read back with SheetJS", () => {
  for (const lang of ["kk", "ru"] as const) {
    it(`holds every described cell, value and number format, on every sheet (${lang})`, async () => {
      const sheets = allSheets(lang);
      const bytes = await writeWorkbook(sheets);
      const book = XLSX.read(bytes, { type: "array", cellNF: true, cellStyles: true });
      expect(book.SheetNames).toEqual(sheets.map((s) => s.name));
      for (const d of sheets) {
        const expected = describedCells(d);
        // The file writer draws no chart: its note stands in the chart's top-left cell.
        if (d.chart)
          expected.set(cellAddress(d.chart.at.row, d.chart.at.column), {
            value: NO_CHART_NOTE[lang],
            format: "General",
          });
        const got = readCells(book.Sheets[d.name]!);
        for (const [address, cell] of got)
          expect({ address, ...cell }).toEqual({ address, ...expected.get(address) });
        expect(got.size).toBe(expected.size);
        // Column widths as described (characters).
        const cols = book.Sheets[d.name]!["!cols"] ?? [];
        expect(cols.map((c) => c?.width)).toEqual(d.columnWidths);
      }
    });
  }

  it("is the region's report a user reads: the region and each unit, shares as percent cells, real dates", async () => {
    const sheets = reportWorkbook(report, "kk");
    const book = XLSX.read(await writeWorkbook(sheets), { type: "array", cellNF: true });
    const districts = book.Sheets["Sapa — облыс"]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(districts, {
      header: 1,
      blankrows: true,
      defval: null,
      raw: true,
    });
    const region = rows.find((r) => r[0] === label("regionOnTotals", "kk"))!;
    expect(region[3]).toBe(500);
    const alga = rows.findIndex((r) => r[0] === "Алға ауданы");
    expect(rows[alga]![3]).toBe(120);
    expect(districts[`K${alga + 1}`]!.z).toBe("0.00%");
    // Sent at 08:00 UTC on 30 May: 13:00 Aktobe time, a date-time cell.
    expect(districts[`C${alga + 1}`]).toMatchObject({ t: "n", z: "dd.mm.yyyy hh:mm" });
    expect(XLSX.SSF.parse_date_code(districts[`C${alga + 1}`]!.v as number)).toMatchObject({
      y: 2026,
      m: 5,
      d: 30,
      H: 13,
      M: 0,
    });
    expect(rows.some((r) => r[0] === `${label("submitted", "kk")}: 3 / 13`)).toBe(true);
    expect(rows.filter((r) => r[1] === label("unitMissing", "kk")).length).toBeGreaterThanOrEqual(10);

    // Every organisation once, every teacher in one row.
    const orgs = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["Sapa — ұйымдар"]!, {
      header: 1,
      defval: null,
      raw: true,
    });
    const header = orgs.findIndex((r) => r[0] === label("organization", "kk"));
    const groupRows = report.groups.length;
    const body = orgs.slice(header + 1 + groupRows);
    expect(body).toHaveLength(report.organizations.length);
    expect(body.reduce((n, r) => n + Number(r[3]), 0)).toBe(500);

    // The attestation list: real date cells.
    const due = book.Sheets["Sapa — аттестаттау"]!;
    const first = report.attestation[0]!;
    expect(due["D5"]!.v).toBe(first.fullName);
    expect(due["G5"]).toMatchObject({ t: "n", z: "dd.mm.yyyy" });
    const expires = XLSX.SSF.parse_date_code(due["G5"]!.v as number);
    const iso = (n: number) => String(n).padStart(2, "0");
    expect(`${expires.y}-${iso(expires.m)}-${iso(expires.d)}`).toBe(first.expires);

    // The trend's chart is a note in its place; the numbers stay.
    const trend = book.Sheets["Sapa — кезеңдер"]!;
    expect(trend["A8"]!.v).toBe(NO_CHART_NOTE.kk);
    expect(trend["A4"]!.v).toBe("2025-2026");
  });
});
