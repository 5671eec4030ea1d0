import { stat } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { CellValue, GridInput } from "@sapa/shared";
import { usageError } from "./errors.ts";

/** One worksheet as the domain core reads it. */
export interface SheetGrid {
  name: string;
  grid: GridInput;
}

const MS_PER_DAY = 86_400_000;
/** Days from the 1900 system's day 0 (1899-12-30, Lotus leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Shown for a date cell whose style carries no date format, so the core still sees a date. */
const FALLBACK_DATE_FORMAT = "yyyy-mm-dd";

/**
 * The Excel serial number (1900 date system) of a date as exceljs gives it. exceljs turns a serial into
 * a UTC instant (1904 workbooks included), so going back through UTC gives the 1900 serial either way.
 */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Keep time-of-day fractions but drop float noise from the millisecond round trip.
  return Math.round(serial * 1e9) / 1e9;
}

/** A cell's value as Office.js would show it in `range.values`: rich text, links and formulas become text/result. */
export function cellToValue(value: ExcelJS.CellValue | undefined): { value: CellValue; isDate: boolean } {
  if (value === null || value === undefined) return { value: null, isDate: false };
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : null, isDate: false };
  if (typeof value === "string" || typeof value === "boolean") return { value, isDate: false };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { value: null, isDate: false }
      : { value: dateToSerial(value), isDate: true };
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      return { value: value.richText.map((run) => run.text ?? "").join(""), isDate: false };
    }
    if ("hyperlink" in value) {
      const text = (value as { text?: unknown }).text;
      if (typeof text === "string") return { value: text, isDate: false };
      if (text && typeof text === "object") return cellToValue(text as ExcelJS.CellValue);
      return { value: String(value.hyperlink ?? ""), isDate: false };
    }
    if ("formula" in value || "sharedFormula" in value) {
      return cellToValue((value as { result?: ExcelJS.CellValue }).result);
    }
    if ("error" in value) return { value: String(value.error), isDate: false };
  }
  return { value: String(value), isDate: false };
}

/**
 * A worksheet as a grid from its first used row and column: values as Excel shows them, date cells as
 * serials with their number format, merged areas holding their value in the top-left cell only.
 */
export function worksheetToGrid(sheet: ExcelJS.Worksheet): GridInput {
  const cells: { row: number; col: number; value: CellValue; format: string | null }[] = [];
  let firstRow = Infinity;
  let firstColumn = Infinity;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's other cells echo the top-left value in exceljs; Excel shows it once.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const { value, isDate } = cellToValue(cell.value);
      if (value === null || value === "") return;
      const numFmt = typeof cell.numFmt === "string" && cell.numFmt !== "" ? cell.numFmt : null;
      cells.push({
        row: rowNumber,
        col: colNumber,
        value,
        format: isDate && !numFmt ? FALLBACK_DATE_FORMAT : numFmt,
      });
      if (rowNumber < firstRow) firstRow = rowNumber;
      if (colNumber < firstColumn) firstColumn = colNumber;
    });
  });
  if (cells.length === 0) return { values: [], numberFormats: [], firstRow: 1, firstColumn: 1 };

  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const cell of cells) {
    const r = cell.row - firstRow;
    const c = cell.col - firstColumn;
    for (let i = values.length; i <= r; i++) {
      values.push([]);
      numberFormats.push([]);
    }
    const valueRow = values[r]!;
    const formatRow = numberFormats[r]!;
    while (valueRow.length < c) {
      valueRow.push(null);
      formatRow.push(null);
    }
    valueRow[c] = cell.value;
    formatRow[c] = cell.format;
  }
  return { values, numberFormats, firstRow, firstColumn };
}

/**
 * Every worksheet of an .xlsx file as a grid, in workbook order. A missing file or one that is not an
 * .xlsx workbook is a file error (exit 2) with a message that says what to do.
 */
export async function readWorkbookFile(file: string): Promise<SheetGrid[]> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw usageError("file-not-found", { file });
  } catch (error) {
    if (error instanceof Error && error.name === "CliError") throw error;
    throw usageError("file-not-found", { file });
  }
  // Loaded here, not at start-up: usage errors answer without paying for exceljs.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw usageError("file-unreadable", { file, reason: shortReason(error) });
  }
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, grid: worksheetToGrid(sheet) }));
  if (sheets.length === 0) throw usageError("empty-workbook", { file });
  return sheets;
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 160);
}
