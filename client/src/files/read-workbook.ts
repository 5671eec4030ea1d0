import type { CellValue, GridInput, MergedArea, SheetCell } from "@sapa/shared";
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import { readCsvBytes } from "./read-csv.ts";
import { FileReadError } from "./read-errors.ts";
import { sniffFile } from "./sniff-file.ts";

/** One worksheet as the domain core reads it. */
export interface SheetGrid {
  name: string;
  grid: GridInput;
  /** Hidden in the workbook (Excel shows it to no one; the pane reads only visible sheets). */
  hidden?: true;
}

/** Shown for a date cell whose style carries no date format, so the core still sees a date. */
const FALLBACK_DATE_FORMAT = "yyyy-mm-dd";
const MS_PER_DAY = 86_400_000;
/** Days from the 1900 system's day 0 (1899-12-30, Lotus leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** The Excel serial number (1900 date system) of a UTC instant. */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Keep time-of-day fractions but drop float noise from the millisecond round trip.
  return Math.round(serial * 1e9) / 1e9;
}

/** A cell as Office.js shows it in `range.values`, and whether it is a formula with no stored result. */
export function cellToValue(cell: CellObject | undefined): { value: CellValue; uncalculated: boolean } {
  if (cell === undefined || cell === null) return { value: null, uncalculated: false };
  const v = cell.v;
  // A stub ("z") is a cell with no value; one holding a formula was saved without its result.
  if (cell.t === "z" || v === undefined || v === null) {
    return { value: null, uncalculated: typeof cell.f === "string" };
  }
  switch (cell.t) {
    case "n":
      return { value: typeof v === "number" && Number.isFinite(v) ? v : null, uncalculated: false };
    case "b":
      return { value: Boolean(v), uncalculated: false };
    case "e":
      return { value: cell.w ?? "#N/A", uncalculated: false };
    case "d":
      return {
        value: v instanceof Date && !Number.isNaN(v.getTime()) ? dateToSerial(v) : null,
        uncalculated: false,
      };
    default:
      return { value: typeof v === "string" ? v : String(v), uncalculated: false };
  }
}

/** A dense sheet's rows of cells (0-based), which SheetJS keeps under "!data". */
type DenseRows = ((CellObject | undefined)[] | undefined)[];

/**
 * A worksheet as a grid from its first used row and column: values as Excel shows them, date cells as
 * serials with their number format, merged areas as the sheet names them (the value in the top-left
 * cell only), and formula cells that were saved without a result. Bounded by the cells that hold
 * values: validations, formats and dimensions that name whole columns cost nothing.
 */
export function worksheetToGrid(sheet: WorkSheet, date1904: boolean): GridInput {
  const data: unknown = sheet["!data"];
  const rows = (Array.isArray(data) ? data : []) as DenseRows;
  let firstRow = Infinity;
  let firstColumn = Infinity;
  let lastRow = -1;
  const uncalculated: SheetCell[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const { value, uncalculated: noResult } = cellToValue(row[c]);
      if (noResult) uncalculated.push({ row: r + 1, column: c + 1 });
      if (value === null || value === "") continue;
      if (r < firstRow) firstRow = r;
      if (c < firstColumn) firstColumn = c;
      lastRow = r;
    }
  }
  const merged: MergedArea[] = (sheet["!merges"] ?? [])
    .filter((m) => m.e.r >= m.s.r && m.e.c >= m.s.c)
    .map((m) => ({ firstRow: m.s.r + 1, firstColumn: m.s.c + 1, lastRow: m.e.r + 1, lastColumn: m.e.c + 1 }));
  const extras = {
    ...(date1904 ? { date1904: true } : {}),
    ...(merged.length > 0 ? { merged } : {}),
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
  };
  if (lastRow < 0) return { values: [], numberFormats: [], firstRow: 1, firstColumn: 1, ...extras };

  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row = rows[r];
    const valueRow: CellValue[] = [];
    const formatRow: (string | null)[] = [];
    if (Array.isArray(row)) {
      for (let c = firstColumn; c < row.length; c++) {
        const cell = row[c];
        const { value } = cellToValue(cell);
        const format = typeof cell?.z === "string" && cell.z !== "General" ? cell.z : null;
        valueRow.push(value === "" ? null : value);
        formatRow.push(cell?.t === "d" && format === null ? FALLBACK_DATE_FORMAT : format);
      }
      while (valueRow.length > 0 && valueRow[valueRow.length - 1] === null) {
        valueRow.pop();
        formatRow.pop();
      }
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  return { values, numberFormats, firstRow: firstRow + 1, firstColumn: firstColumn + 1, ...extras };
}

/**
 * Every worksheet of a workbook (.xlsx, .xlsm) or a UTF-8 CSV file as a grid, in workbook order, from
 * its bytes; `name` is the file's name (its extension tells a CSV, and messages name it). Every kind of
 * file that cannot be read (password, .xls, .ods, empty, cut short, not a spreadsheet, CSV not in UTF-8)
 * is a FileReadError saying what it is and what to do. No file system: the browser calls it too.
 */
/**
 * SheetJS, loaded once (an ES module import is kept): a caller that knows a workbook is coming (a page whose
 * user is picking a file) loads it ahead, and readWorkbook finds it loaded.
 */
export const loadSheetJs = () => import("@e965/xlsx");

export async function readWorkbook(bytes: Uint8Array, name: string): Promise<SheetGrid[]> {
  const kind = sniffFile(bytes, name);
  if (kind === "csv") return [{ name: "CSV", grid: readCsvBytes(bytes, name) }];
  if (kind !== "xlsx") throw new FileReadError(kind, { file: name });
  // Loaded here, not with the module: errors answer without paying for the library.
  const XLSX = await loadSheetJs();
  let workbook: WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellFormula: true,
      cellDates: false,
      cellText: false,
      cellHTML: false,
      cellStyles: false,
      // Stubs carry formulas saved without a result; empty styled cells cost one small object each.
      sheetStubs: true,
    });
  } catch (error) {
    throw new FileReadError("file-unreadable", { file: name, reason: shortReason(error) });
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const hidden = new Set((workbook.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name));
  const sheets: SheetGrid[] = workbook.SheetNames.map((sheetName) => ({
    name: sheetName,
    grid: worksheetToGrid(workbook.Sheets[sheetName]!, date1904),
    ...(hidden.has(sheetName) ? { hidden: true as const } : {}),
  }));
  if (sheets.length === 0) throw new FileReadError("empty-workbook", { file: name });
  return sheets;
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 160);
}
