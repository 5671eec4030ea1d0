/** A1-style address helpers for the adapter (0-based indexes in, sheet addresses out). */
import { columnLetter, columnNumber } from "@sapa/shared";

/** Re-exported from the shared core so sheet letters mean the same thing in problems and in Excel. */
export { columnLetter, columnNumber } from "@sapa/shared";

/** "B3:D7" for a 1-based top-left cell and a size. */
export function rectAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = `${columnLetter(column)}${row}`;
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${columnLetter(column + columnCount - 1)}${row + rowCount - 1}`;
}

/** Top-left cell of an address as Office returns it ("'Sheet 1'!B3:M9" → row 3, column 2). */
export function topLeftOf(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!m) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(m[2]), column: columnNumber(m[1]!)! };
}

/** A sheet name quoted for use in a formula or list source: 'Sapa — lists'!$A$1:$A$9. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference for a list source or chart: ='Sheet'!$A$1:$A$9. */
export function absoluteRef(
  sheet: string,
  row: number,
  column: number,
  rowCount: number,
  columnCount = 1,
): string {
  const a = `$${columnLetter(column)}$${row}`;
  const b = `$${columnLetter(column + columnCount - 1)}$${row + rowCount - 1}`;
  return `=${quoteSheetName(sheet)}!${a}:${b}`;
}
