import ExcelJS from "exceljs";
import type { GridInput } from "@sapa/shared";

/**
 * Puts a grid on a new worksheet as Excel would hold it: numbers stay numbers, and cells with a number
 * format (date serials) keep it, so a reader sees dates where the sheet shows dates.
 */
export function addGridSheet(workbook: ExcelJS.Workbook, name: string, grid: GridInput): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = sheet.getCell(firstRow + r, firstColumn + c);
      cell.value = value;
      const format = grid.numberFormats?.[r]?.[c];
      if (format && format !== "General") cell.numFmt = format;
    });
  });
  // Wide enough to read the names and organisations at a glance.
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return sheet;
}

/** Writes one roster grid as an .xlsx file. */
export async function writeRosterWorkbook(file: string, sheetName: string, grid: GridInput): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addGridSheet(workbook, sheetName, grid);
  await workbook.xlsx.writeFile(file);
}
