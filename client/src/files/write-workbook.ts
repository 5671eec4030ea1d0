/**
 * Sapa's sheets as an .xlsx file: the file writer of the sheet descriptions built in @sapa/shared (the
 * CLI's `--out`, the web's downloads). The same cells, number formats, colours, frozen rows and widths the
 * pane writes through Office.js. exceljs draws no charts: a sheet with one gets the description's note in
 * the chart's place, and keeps the numbers. No file system here: it returns the bytes, in Node or a browser.
 */
import ExcelJS from "exceljs";
import { SHEET_COLORS, SHEET_FORMAT, type SheetDescription } from "@sapa/shared";

/** "#D9E1F2" as exceljs's ARGB. */
const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function addSheet(workbook: ExcelJS.Workbook, d: SheetDescription): void {
  const ws = workbook.addWorksheet(d.name, {
    views: d.freezeRows > 0 ? [{ state: "frozen", ySplit: d.freezeRows }] : [],
  });
  d.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  d.rows.forEach((row, r) => {
    const span = Math.max(1, row.values.length);
    row.values.forEach((value, c) => {
      if (value === null || value === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      const format = row.formats[c] ?? SHEET_FORMAT.general;
      if (format !== SHEET_FORMAT.general) cell.numFmt = format;
    });
    if (!row.style) return;
    const cells = row.style === "title" ? 1 : span;
    for (let c = 1; c <= cells; c++) {
      const cell = ws.getCell(r + 1, c);
      switch (row.style) {
        case "title":
        case "total":
          cell.font = { bold: true };
          break;
        case "header":
          cell.font = { bold: true };
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(SHEET_COLORS.headerFill) } };
          cell.alignment = { wrapText: true, vertical: "top" };
          break;
        case "missing":
          cell.font = { color: { argb: argb(SHEET_COLORS.missingFont) } };
          break;
      }
    }
  });
  for (const c of d.colors) {
    const cell = ws.getCell(c.row, c.column);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } };
    cell.font = { ...(cell.font ?? {}), color: { argb: argb(c.font) } };
  }
  if (d.chart) {
    const note = ws.getCell(d.chart.at.row, d.chart.at.column);
    note.value = d.chart.note;
    note.font = { italic: true };
  }
}

/** The sheets as an exceljs workbook, in order (names as the descriptions give them). */
export function workbookOf(sheets: readonly SheetDescription[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sapa";
  for (const d of sheets) addSheet(workbook, d);
  return workbook;
}

/** The sheets as the bytes of an .xlsx file. */
export async function writeWorkbook(sheets: readonly SheetDescription[]): Promise<Uint8Array> {
  const buffer = await workbookOf(sheets).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
